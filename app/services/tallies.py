"""Results entry from the signed tally sheets (each typed twice by two people) and results."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.consultation import serials
from app.consultation.double_entry import (
    agreeing_pair,
    differences,
    latest_per_person,
    refuse_same_person,
)
from app.consultation.funding import FundingRules, decide
from app.consultation.messages import text
from app.consultation.model import (
    CandidateResult,
    ConsultationOverview,
    Results,
    TableResult,
    TableTally,
    TallyEntry,
    TallyFigures,
    TallyState,
    VotingTable,
)
from app.consultation.reconciliation import check_sheet, failed
from app.domain.consultation import Nomination
from app.domain.enums import ConsultationStatus, FundingRule, TieRule
from app.domain.errors import DomainError
from app.domain.text import clean_name
from app.persistence.rows import (
    ConsultationRow,
    NominationRow,
    ProjectRow,
    TallyAcceptanceRow,
    TallyEntryRow,
)
from app.services import consultation_loading as loading
from app.services.consultations import to_consultation
from app.services.context import ServiceContext, get_live
from app.services.project_status import fund_closed_consultation, funded_candidates
from app.services.register_prints import stale_registers
from app.voting.consultation import add_up, rank


def _candidates(s: Session, consultation_id: str) -> list[tuple[Nomination, int]]:
    """The candidates in ballot order, with each project's cost."""
    rows = s.execute(
        select(NominationRow, ProjectRow.title, ProjectRow.cost_cents)
        .join(ProjectRow, ProjectRow.id == NominationRow.project_id)
        .where(NominationRow.consultation_id == consultation_id,
               NominationRow.deleted_at.is_(None))
        .order_by(NominationRow.number)).all()
    return [(Nomination(n.id, n.consultation_id, n.project_id, n.number, title), cost)
            for n, title, cost in rows]


class TallyService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def enter(self, consultation_id: str, table_ref: str, figures: TallyFigures,
              entered_by: str, observation: str | None = None) -> TableTally:
        """Record one typing of a table's sheet. When it agrees with another person's typing
        and every check passes (or an observation explains why not), the sheet is accepted."""
        who = clean_name(entered_by)
        if not who:
            raise DomainError("tally.entered_by_empty")
        with self._ctx.sessions.begin() as s:
            consultation = get_live(s, ConsultationRow, consultation_id, "consultation")
            table = self._table(s, consultation, table_ref)
            figures = self._validated(s, consultation_id, figures)
            if self._acceptance(s, table.id) is not None:
                raise DomainError("tally.already_accepted")
            refuse_same_person(loading.entries(s, table.id), who)
            note = (observation or "").strip() or None
            self._ctx.log.insert(s, TallyEntryRow(
                id=self._ctx.ids.new(), table_id=table.id,
                votes={str(k): v for k, v in sorted(figures.votes.items())},
                null_votes=figures.null_votes, blank_votes=figures.blank_votes,
                ballots_in_box=figures.ballots_in_box, signatures=figures.signatures,
                ballots_received=figures.ballots_received, spoiled=figures.spoiled,
                unused=figures.unused, observation=note, entered_by=who,
                entered_at=self._ctx.clock.now()))
            pair = agreeing_pair(loading.entries(s, table.id))
            if pair is not None:
                checks = check_sheet(pair[0].figures, table.ballots_printed,
                                     serials.describe(table.ranges), table.ballots_reprinted)
                # A sheet that does not add up stands only with the members' written note.
                reason = pair[0].observation or pair[1].observation
                if not failed(checks) or reason:
                    self._accept(s, table, pair[0], reason, who)
            self._advance_status(s, consultation)
            return self._state(s, table)

    def accept(self, consultation_id: str, table_ref: str, observation: str,
               accepted_by: str) -> TableTally:
        """Accept two agreeing typings whose sheet fails a check, with the members' note."""
        with self._ctx.sessions.begin() as s:
            consultation = get_live(s, ConsultationRow, consultation_id, "consultation")
            table = self._table(s, consultation, table_ref)
            if self._acceptance(s, table.id) is not None:
                raise DomainError("tally.already_accepted")
            state = self._state(s, table)
            pair = agreeing_pair(state.entries)
            if pair is None:
                raise DomainError("tally.not_agreed")
            failing = failed(list(state.checks))
            note = observation.strip()
            if failing and not note:
                raise DomainError("tally.observation_needed",
                                  failed=" ".join(c.message for c in failing))
            self._accept(s, table, pair[0], note or None, clean_name(accepted_by) or None)
            self._advance_status(s, consultation)
            return self._state(s, table)

    def tally(self, consultation_id: str, table_ref: str) -> TableTally:
        with self._ctx.sessions.begin() as s:
            consultation = get_live(s, ConsultationRow, consultation_id, "consultation")
            return self._state(s, self._table(s, consultation, table_ref))

    def overview(self, consultation_id: str) -> ConsultationOverview:
        with self._ctx.sessions.begin() as s:
            consultation = get_live(s, ConsultationRow, consultation_id, "consultation")
            return self._overview(s, consultation)

    def overview_and_results(self, consultation_id: str
                             ) -> tuple[ConsultationOverview, Results]:
        """What the Consulta page shows, in one unit of work: the registers (every eligible
        voter, sorted and placed at a table: the costly part) are built once for both."""
        with self._ctx.sessions.begin() as s:
            consultation = get_live(s, ConsultationRow, consultation_id, "consultation")
            overview = self._overview(s, consultation)
            return overview, self._results(s, consultation_id,
                                           (overview.eligible, overview.tables))

    def _overview(self, s: Session, consultation: ConsultationRow) -> ConsultationOverview:
        voters, by_table, unassigned = loading.registers(s, consultation)
        tables = loading.tables(s, consultation, by_table)
        return ConsultationOverview(
            consultation=to_consultation(consultation),
            candidates=tuple(n for n, _cost in _candidates(s, consultation.id)),
            centres=tuple(loading.centres(s, consultation.id)),
            tables=tuple(self._state(s, t) for t in tables),
            eligible=len(voters), unassigned=unassigned,
            voting_age=loading.voting_age(s, consultation),
            stale_registers=tuple(stale_registers(s, tables, by_table)))

    def results(self, consultation_id: str) -> Results:
        """Votes per project per table and in total, from the accepted sheets only."""
        with self._ctx.sessions.begin() as s:
            return self._results(s, consultation_id)

    def _results(self, s: Session, consultation_id: str,
                 read: tuple[int, Sequence[TableTally]] | None = None) -> Results:
        """`read`: the eligible count and the tables' states when already read (the overview),
        so the registers are not built again."""
        row = get_live(s, ConsultationRow, consultation_id, "consultation")
        consultation = to_consultation(row)
        if read is None:
            voters, by_table, _unassigned = loading.registers(s, row)
            read = len(voters), [self._state(s, t) for t in loading.tables(s, row, by_table)]
        eligible, states = read
        candidates = _candidates(s, consultation_id)
        resolution = row.tie_resolution or {}
        numbers = [n.number for n, _cost in candidates]
        tables = [self._table_result(state) for state in states]
        counted = [t for t in tables if t.accepted]
        totals = add_up(numbers, (t.votes for t in counted))
        ranked = rank(totals)
        by_id = {n.id: n.number for n, _cost in candidates}
        order_ids = resolution.get("order") if isinstance(resolution, dict) else None
        order = tuple(by_id[i] for i in (order_ids if isinstance(order_ids, list) else [])
                      if isinstance(i, str) and i in by_id)
        kind = resolution.get("kind") if isinstance(resolution, dict) else None
        outcome = decide(ranked, {n.number: cost for n, cost in candidates}, FundingRules(
            FundingRule(consultation.funding_rule), consultation.funded_count,
            consultation.budget_cents, TieRule(consultation.tie_rule), order,
            kind if isinstance(kind, str) else None), consultation.currency.value)
        # Nothing is funded while a table is still to be counted: the order may yet change.
        complete = bool(tables) and len(counted) == len(tables)
        funded = outcome.funded if complete else ()
        note = outcome.note if complete or not counted else " ".join((
            text("funding.partial", counted=len(counted), total=len(tables)), outcome.note))
        valid = sum(totals.values())
        by_number = {n.number: (n, cost) for n, cost in candidates}
        results = tuple(
            CandidateResult(r.number, by_number[r.number][0].id, by_number[r.number][0].title,
                            by_number[r.number][1], r.votes, r.votes / valid if valid else 0.0,
                            r.rank, r.tied, r.number in funded)
            for r in ranked)
        return Results(
            consultation=consultation, candidates=results, tables=tuple(tables),
            null_votes=sum(t.null_votes for t in counted),
            blank_votes=sum(t.blank_votes for t in counted), valid_votes=valid,
            ballots_in_box=sum(t.ballots_in_box for t in counted), eligible=eligible,
            tables_counted=len(counted), tables_total=len(tables),
            funding_note=note, tie_note=outcome.tie_note,
            funded_numbers=funded, pending_tie=outcome.pending_tie if complete else ())

    # -- internals --------------------------------------------------------------------------

    @staticmethod
    def _table_result(state: TableTally) -> TableResult:
        figures = state.accepted
        return TableResult(
            table_id=state.table.id, label=state.table.label, accepted=figures is not None,
            eligible=state.table.voters or 0, votes=dict(figures.votes) if figures else {},
            null_votes=figures.null_votes if figures else 0,
            blank_votes=figures.blank_votes if figures else 0,
            ballots_in_box=figures.ballots_in_box if figures else 0,
            observation=state.accepted_observation)

    def _table(self, s: Session, consultation: ConsultationRow, ref: str) -> VotingTable:
        row = loading.find_table(s, consultation.id, ref)
        return next(t for t in loading.tables(s, consultation, count_voters=False)
                    if t.id == row.id)

    def _validated(self, s: Session, consultation_id: str, figures: TallyFigures
                   ) -> TallyFigures:
        numbers = [n.number for n, _cost in _candidates(s, consultation_id)]
        for number in figures.votes:
            if number not in numbers:
                raise DomainError("tally.unknown_number", number=number,
                                  numbers=", ".join(str(n) for n in numbers))
        scalars = {"null_votes": figures.null_votes, "blank_votes": figures.blank_votes,
                   "ballots_in_box": figures.ballots_in_box, "signatures": figures.signatures,
                   "spoiled": figures.spoiled, "unused": figures.unused,
                   "ballots_received": figures.ballots_received or 0}
        for name, value in [*scalars.items(), *((f"votes.{k}", v)
                                                for k, v in figures.votes.items())]:
            if value < 0:
                raise DomainError("tally.negative", field=name)
        votes = {n: figures.votes.get(n, 0) for n in numbers}
        return TallyFigures(votes, figures.null_votes, figures.blank_votes,
                            figures.ballots_in_box, figures.signatures, figures.spoiled,
                            figures.unused, figures.ballots_received)

    @staticmethod
    def _acceptance(s: Session, table_id: str) -> TallyAcceptanceRow | None:
        return s.scalars(select(TallyAcceptanceRow).where(TallyAcceptanceRow.table_id == table_id)
                         .order_by(TallyAcceptanceRow.accepted_at.desc())).first()

    def _accept(self, s: Session, table: VotingTable, entry: TallyEntry, observation: str | None,
                accepted_by: str | None) -> None:
        self._ctx.log.insert(s, TallyAcceptanceRow(
            id=self._ctx.ids.new(), table_id=table.id, entry_id=entry.id,
            observation=observation, accepted_by=accepted_by,
            accepted_at=self._ctx.clock.now()))

    def _state(self, s: Session, table: VotingTable) -> TableTally:
        entries = tuple(loading.entries(s, table.id))
        printed, reprinted = table.ballots_printed, table.ballots_reprinted
        ranges = serials.describe(table.ranges)
        acceptance = self._acceptance(s, table.id)
        if acceptance is not None:
            entry = next(e for e in entries if e.id == acceptance.entry_id)
            return TableTally(table, TallyState.ACCEPTED, entries,
                              checks=tuple(check_sheet(entry.figures, printed, ranges,
                                                      reprinted)),
                              accepted=entry.figures, accepted_observation=acceptance.observation,
                              accepted_by=acceptance.accepted_by)
        if not entries:
            return TableTally(table, TallyState.EMPTY, entries)
        pair = agreeing_pair(entries)
        if pair is not None:
            checks = tuple(check_sheet(pair[0].figures, printed, ranges, reprinted))
            state = TallyState.NEEDS_OBSERVATION if failed(list(checks)) else TallyState.WAITING
            return TableTally(table, state, entries, checks=checks)
        latest = latest_per_person(entries)
        checks = tuple(check_sheet(latest[0].figures, printed, ranges, reprinted))
        if len(latest) >= 2:
            diffs = tuple(differences(latest[1].figures, latest[0].figures))
            return TableTally(table, TallyState.MISMATCH, entries, diffs, checks)
        return TableTally(table, TallyState.WAITING, entries, checks=checks)

    def _advance_status(self, s: Session, consultation: ConsultationRow) -> None:
        tables = loading.tables(s, consultation, count_voters=False)
        accepted = sum(1 for t in tables if self._acceptance(s, t.id) is not None)
        status = (ConsultationStatus.CLOSED if tables and accepted == len(tables)
                  else ConsultationStatus.COUNTING)
        self._ctx.log.update(s, consultation, status=status.value)
        self.fund_if_closed(s, consultation)

    def fund_if_closed(self, s: Session, consultation: ConsultationRow) -> None:
        """Closing is what funds: the winners become FUNDED in the same unit of work (also
        when a tie that decided the winner is settled after the close)."""
        if consultation.status != ConsultationStatus.CLOSED.value:
            return
        funded = self._results(s, consultation.id).funded_numbers
        fund_closed_consultation(self._ctx, s, consultation,
                                 funded_candidates(s, consultation.id, funded))
