"""Printing ballots records their serials: each table's numbering is unique and contiguous,
a new run continues it, a reprint repeats a damaged range and is recorded as such."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

import app.consultation.messages  # noqa: F401  (registers the consultation's sentences)
from app.consultation import serials
from app.consultation.model import BallotRun, SerialRange
from app.domain.consultation import Nomination
from app.domain.enums import BallotStyle, ConsultationStatus
from app.domain.errors import DomainError
from app.persistence.rows import (
    BallotBatchRow,
    ConsultationRow,
    NominationRow,
    ProjectRow,
    TallyAcceptanceRow,
    VotingCentreRow,
    VotingTableRow,
)
from app.services import consultation_loading as loading
from app.services.consultations import to_consultation
from app.services.context import ServiceContext, get_live

Render = Callable[[BallotRun], bytes]


class BallotService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def print_run(self, consultation_id: str, table_ref: str, count: int,
                  style: BallotStyle | None, render: Render, printed_by: str | None = None
                  ) -> tuple[SerialRange, bytes]:
        """Render the next `count` serials of a table and record them, in one transaction:
        a failed rendering records nothing. The consultation's first run fixes the style
        for every table (None: that style, or the official number box for the first)."""
        with self._ctx.sessions.begin() as s:
            style = _style_for(s, consultation_id, style)
            run = self._run(s, consultation_id, table_ref, style)
            _refuse_after_count(s, run)
            first, last = serials.next_range(run.table.ranges, count)
            return self._record(s, run, first, last, None, render, printed_by)

    def reprint(self, consultation_id: str, table_ref: str, first: int, last: int,
                style: BallotStyle | None, render: Render, printed_by: str | None = None,
                reason: str = "") -> tuple[SerialRange, bytes]:
        """Print again serials first..last to replace damaged ballots, once, marked
        REIMPRESIÓN on the stub, with the reason recorded: the damaged ones are void."""
        if last < first:
            first, last = last, first
        why = reason.strip()
        if not why:
            raise DomainError("ballots.reason_needed")
        with self._ctx.sessions.begin() as s:
            style = _style_for(s, consultation_id, style)
            run = self._run(s, consultation_id, table_ref, style)
            _refuse_after_count(s, run)
            if not run.table.ranges:
                raise DomainError("ballots.none_printed")
            source = serials.reprint_source(run.table.ranges, first, last)
            again = [r for r in run.table.ranges
                     if r.is_reprint and r.first <= last and first <= r.last]
            if again:
                raise DomainError("ballots.already_reprinted",
                                  serials=", ".join(f"{r.first}–{r.last}" for r in again))
            return self._record(s, run, first, last, source.id, render, printed_by, why)

    def style_of(self, consultation_id: str) -> BallotStyle | None:
        """The style the consultation's ballots are printed in (None before the first run)."""
        with self._ctx.sessions.begin() as s:
            return _fixed_style(s, consultation_id)

    def specimen(self, consultation_id: str, table_ref: str, count: int, style: BallotStyle,
                 render: Render) -> bytes:
        """MUESTRA ballots: no serials, nothing recorded."""
        if not 1 <= count <= 1000:
            raise DomainError("ballots.count_invalid", max=1000)
        with self._ctx.sessions.begin() as s:
            run = self._run(s, consultation_id, table_ref, style)
        return render(BallotRun(run.consultation, run.table, run.candidates, style, 0, 0,
                                specimen=True, count=count))

    def ranges(self, table_id: str) -> list[SerialRange]:
        with self._ctx.sessions.begin() as s:
            rows = s.scalars(select(BallotBatchRow).where(BallotBatchRow.table_id == table_id)
                             .order_by(BallotBatchRow.printed_at, BallotBatchRow.id))
            return [loading.to_range(r) for r in rows]

    # -- internals --------------------------------------------------------------------------

    def _run(self, s: Session, consultation_id: str, table_ref: str,
             style: BallotStyle) -> BallotRun:
        consultation = get_live(s, ConsultationRow, consultation_id, "consultation")
        row = loading.find_table(s, consultation_id, table_ref)
        table = next(t for t in loading.tables(s, consultation, count_voters=False)
                     if t.id == row.id)
        candidates = tuple(
            Nomination(n.id, n.consultation_id, n.project_id, n.number, title)
            for n, title in s.execute(
                select(NominationRow, ProjectRow.title)
                .join(ProjectRow, ProjectRow.id == NominationRow.project_id)
                .where(NominationRow.consultation_id == consultation_id,
                       NominationRow.deleted_at.is_(None))
                .order_by(NominationRow.number)).all())
        if not candidates:
            raise DomainError("consultation.no_candidates")
        return BallotRun(to_consultation(consultation), table, candidates, style, 0, 0)

    def _record(self, s: Session, run: BallotRun, first: int, last: int,
                reprint_of: str | None, render: Render, printed_by: str | None,
                reason: str | None = None) -> tuple[SerialRange, bytes]:
        data = render(BallotRun(run.consultation, run.table, run.candidates, run.style, first,
                                last, is_reprint=reprint_of is not None))
        row = BallotBatchRow(
            id=self._ctx.ids.new(), table_id=run.table.id, style=run.style.value,
            first_serial=first, last_serial=last, reprint_of_id=reprint_of,
            is_reprint=reprint_of is not None, printed_at=self._ctx.clock.now(),
            printed_by=(printed_by or "").strip() or None, reason=reason)
        self._ctx.log.insert(s, row)
        consultation = s.get(ConsultationRow, run.consultation.id)
        if consultation is not None and consultation.status == ConsultationStatus.DRAFT.value:
            self._ctx.log.update(s, consultation, status=ConsultationStatus.READY.value)
        return loading.to_range(row), data


def _fixed_style(s: Session, consultation_id: str) -> BallotStyle | None:
    first = s.scalars(
        select(BallotBatchRow.style)
        .join(VotingTableRow, VotingTableRow.id == BallotBatchRow.table_id)
        .join(VotingCentreRow, VotingCentreRow.id == VotingTableRow.centre_id)
        .where(VotingCentreRow.consultation_id == consultation_id)
        .order_by(BallotBatchRow.printed_at, BallotBatchRow.id)).first()
    return BallotStyle(first) if first else None


def _style_for(s: Session, consultation_id: str, wanted: BallotStyle | None) -> BallotStyle:
    """One style per consultation: every table's voters get the same ballot."""
    fixed = _fixed_style(s, consultation_id)
    if fixed is not None and wanted is not None and wanted is not fixed:
        raise DomainError("ballots.style_fixed")
    return fixed or wanted or BallotStyle.NUMBER


def _refuse_after_count(s: Session, run: BallotRun) -> None:
    """No ballot prints for a table whose tally sheet was accepted: the count is closed."""
    accepted = s.scalar(select(TallyAcceptanceRow.id).where(
        TallyAcceptanceRow.table_id == run.table.id).limit(1))
    if accepted is not None:
        raise DomainError("ballots.tally_accepted", table=run.table.label)
