"""Every field of every editable synced record has a name a person reads (the conflicts list
says "Teléfono", not "phone"), in Spanish and in English."""

from __future__ import annotations

from app.domain.field_labels import COMMON, FIELD_LABELS, field_label
from app.i18n import in_language
from app.persistence.base import SyncKind, synced_tables

# Kept by the program itself, never typed by a person nor in conflict.
BOOKKEEPING = {"id", "created_at", "deleted_at", "search_text"}


def _editable_fields() -> list[tuple[str, str]]:
    return [(table, column.name)
            for table, cls in synced_tables().items() if cls.__sync__ is SyncKind.EDITABLE
            for column in cls.__table__.columns if column.name not in BOOKKEEPING]


def test_every_editable_field_has_a_label() -> None:
    fields = _editable_fields()
    assert ("resident", "phone") in fields
    missing = [(t, f) for t, f in fields
               if f not in FIELD_LABELS.get(t, {}) and f not in COMMON]
    assert missing == []


def test_labels_in_both_languages_and_unknown_fields_as_stored() -> None:
    with in_language("es"):
        assert field_label("resident", "phone") == "Teléfono"
        assert field_label("organization", "name") == "Nombre"
        assert field_label("resident", "a_newer_field") == "a_newer_field"
    with in_language("en"):
        assert field_label("resident", "phone") == "Phone"
        assert field_label("assembly", "place") == "Place"


def test_every_field_a_history_can_show_has_a_label() -> None:
    """`asamblea history` and the Historial dialog show every field of any synced record,
    facts and bookkeeping included: none of them as its column's name."""
    missing = [(table, column.name)
               for table, cls in synced_tables().items()
               for column in cls.__table__.columns
               if column.name != "id" and field_label(table, column.name) == column.name]
    assert missing == []
