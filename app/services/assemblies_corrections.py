"""Corrections before the acta is sealed: an agenda item, a speaker or an agreement recorded by
mistake (a double click, the wrong item) is removed, and the removal is in the change log.

After approval nothing is removed: the acta is frozen and corrections go in an addendum.
"""

from __future__ import annotations

from sqlalchemy import select

from app.domain.errors import DomainError
from app.persistence.rows import AgreementRow, InterventionRow
from app.services.assemblies_proceedings import Proceedings
from app.services.assemblies_record import item_assembly, require_unlocked
from app.services.context import get_live


class Corrections(Proceedings):
    """The corrections half of AssemblyService (see assemblies.py)."""

    def remove_agreement(self, agreement_id: str) -> None:
        with self._ctx.sessions.begin() as s:
            row = get_live(s, AgreementRow, agreement_id, "agreement")
            require_unlocked(s, item_assembly(s, row.agenda_item_id).assembly_id)
            self._ctx.log.delete(s, row)

    def remove_intervention(self, intervention_id: str) -> None:
        with self._ctx.sessions.begin() as s:
            row = get_live(s, InterventionRow, intervention_id, "intervention")
            require_unlocked(s, item_assembly(s, row.agenda_item_id).assembly_id)
            self._ctx.log.delete(s, row)

    def remove_agenda_item(self, agenda_item_id: str) -> None:
        """An item with agreements or speakers keeps them: those are removed first, one by
        one, so nothing voted disappears with a click on the item."""
        with self._ctx.sessions.begin() as s:
            item = item_assembly(s, agenda_item_id)
            require_unlocked(s, item.assembly_id)
            for cls in (AgreementRow, InterventionRow):
                held = s.scalar(select(cls.id).where(
                    cls.agenda_item_id == agenda_item_id, cls.deleted_at.is_(None)).limit(1))
                if held is not None:
                    raise DomainError("agenda.item_not_empty", title=item.title)
            self._ctx.log.delete(s, item)
