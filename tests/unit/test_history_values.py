"""Values of a record's history as a person reads them (pure rules)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from app.domain.enums import AssemblyStatus
from app.i18n import in_language
from app.safety.history_values import Context, FieldKind, record_name, shown

CTX = Context({"r1": "Ana Pérez"}, ZoneInfo("America/Caracas"), {"project": "USD"})


def test_each_kind_of_value() -> None:
    with in_language("es"):
        assert shown(FieldKind("bool"), True, CTX) == "Sí"
        assert shown(FieldKind("bool"), False, CTX) == "No"
        assert shown(FieldKind("ref", target="resident"), "r1", CTX) == "Ana Pérez"
        assert shown(FieldKind("money", currency_field="currency"), 120_050, CTX) == \
            "1.200,50 USD"
        assert shown(FieldKind("money", currency_field="currency"), -5, CTX) == "-0,05 USD"
        assert shown(FieldKind("rate"), 365_000, CTX) == "36,5000"
        assert shown(FieldKind("date"), "2026-09-05", CTX) == "05/09/2026"
        # 02:15 UTC is still the evening before in Caracas.
        assert shown(FieldKind("datetime"), "2026-09-05T02:15:00.000000Z", CTX) == \
            "04/09/2026 22:15"
        assert shown(FieldKind("enum", enum=AssemblyStatus), "convened", CTX) == "Convocada"
        assert shown(FieldKind("enum", enum=AssemblyStatus), "newer", CTX) == "newer"
        assert shown(FieldKind(), None, CTX) is None and shown(FieldKind(), "", CTX) is None
        # What cannot be read is shown as stored, never an error.
        assert shown(FieldKind("date"), "mañana", CTX) == "mañana"
        assert shown(FieldKind("datetime"), "??", CTX) == "??"
    with in_language("en"):
        assert shown(FieldKind("bool"), True, CTX) == "Yes"


def test_a_record_named_from_its_fields() -> None:
    assert record_name({"first_names": "Ana", "last_names": "Pérez",
                        "national_id": "V-1"}, "x") == "Ana Pérez, V-1"
    assert record_name({"description": "Tubos"}, "x") == "Tubos"
    assert record_name({}, "0123456789abcdef") == "89abcdef"
