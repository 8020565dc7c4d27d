"""Voting centres and tables: their members and witnesses, and which voters each one takes."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

import app.consultation.messages  # noqa: F401  (registers the consultation's sentences)
from app.consultation.eligibility import RULES
from app.consultation.model import TableMember, VoterRegister, VotingCentre, VotingTable
from app.domain.enums import ConsultationStatus, TableRole
from app.domain.errors import DomainError
from app.domain.national_id import optional_national_id
from app.domain.text import clean_name
from app.persistence.rows import (
    BallotBatchRow,
    ConsultationRow,
    ResidentRow,
    TableMemberRow,
    TallyAcceptanceRow,
    VoterAssignmentRow,
    VotingCentreRow,
    VotingTableRow,
)
from app.services import consultation_loading as loading
from app.services.consultations import to_consultation
from app.services.context import ServiceContext, get_live
from app.services.register_prints import record_print, stale_registers
from app.services.repeats import refuse_repeat


class VotingTableService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def add_centre(self, consultation_id: str, name: str, address: str | None = None
                   ) -> VotingCentre:
        return self.add_centre_with_tables(consultation_id, name, address, 0)[0]

    def add_centre_with_tables(self, consultation_id: str, name: str, address: str | None,
                               tables: int) -> tuple[VotingCentre, list[str]]:
        """A centre and its first `tables` tables in one unit of work: a failure leaves
        no centre without its tables."""
        name = clean_name(name)
        if not name:
            raise DomainError("centre.name_empty")
        with self._ctx.sessions.begin() as s:
            get_live(s, ConsultationRow, consultation_id, "consultation")
            refuse_repeat(s, self._ctx.log, VotingCentreRow,
                          {"consultation_id": consultation_id, "name": name})
            row = VotingCentreRow(id=self._ctx.ids.new(), consultation_id=consultation_id,
                                  name=name, address=(address or "").strip() or None,
                                  created_at=self._ctx.clock.now())
            self._ctx.log.insert(s, row)
            table_ids = [self._add_table(s, row, None) for _ in range(tables)]
            return VotingCentre(row.id, consultation_id, row.name, row.address), table_ids

    def add_table(self, centre_id: str, number: int | None = None) -> str:
        """A new table; by default numbered after every table of the consultation, so a
        plain number names it (Mesa 1 at one centre, Mesa 2 at the next)."""
        with self._ctx.sessions.begin() as s:
            centre = get_live(s, VotingCentreRow, centre_id, "voting_centre")
            refuse_repeat(s, self._ctx.log, VotingTableRow, {"centre_id": centre_id})
            return self._add_table(s, centre, number)

    def _add_table(self, s: Session, centre: VotingCentreRow, number: int | None) -> str:
        s.flush()  # tables added earlier in this unit of work count for the next number
        rows = loading.table_rows(s, centre.consultation_id)
        if number is None:
            number = max((t.number for t, _n in rows), default=0) + 1
        if number < 1:
            raise DomainError("table.number_invalid")
        if any(t.centre_id == centre.id and t.number == number for t, _n in rows):
            raise DomainError("table.number_taken", number=number)
        row = VotingTableRow(id=self._ctx.ids.new(), centre_id=centre.id, number=number,
                             assignment=None, created_at=self._ctx.clock.now())
        self._ctx.log.insert(s, row)
        return row.id

    def add_member(self, table_id: str, full_name: str, role: TableRole,
                   national_id: str | None = None, resident_id: str | None = None
                   ) -> TableMember:
        with self._ctx.sessions.begin() as s:
            get_live(s, VotingTableRow, table_id, "voting_table")
            if resident_id:
                resident = get_live(s, ResidentRow, resident_id, "resident")
                full_name = full_name or f"{resident.first_names} {resident.last_names}"
                national_id = national_id or resident.national_id
            name = clean_name(full_name)
            if not name:
                raise DomainError("table.member_name_empty")
            refuse_repeat(s, self._ctx.log, TableMemberRow,
                          {"table_id": table_id, "full_name": name, "role": role.value})
            row = TableMemberRow(id=self._ctx.ids.new(), table_id=table_id,
                                 resident_id=resident_id, full_name=name,
                                 national_id=optional_national_id(national_id),
                                 role=role.value, created_at=self._ctx.clock.now())
            self._ctx.log.insert(s, row)
            return TableMember(row.id, table_id, name, row.national_id, role, resident_id)

    def remove_member(self, member_id: str) -> None:
        """A member typed twice or who did not come goes, until the table's tally sheet is
        accepted: from then on the members are those who signed it."""
        with self._ctx.sessions.begin() as s:
            member = get_live(s, TableMemberRow, member_id, "table_member")
            signed = s.scalar(select(TallyAcceptanceRow.id).where(
                TallyAcceptanceRow.table_id == member.table_id).limit(1))
            if signed is not None:
                raise DomainError("table.member_signed", name=member.full_name)
            self._ctx.log.delete(s, member)

    def remove_table(self, table_id: str) -> None:
        """A table added twice or not needed goes with its members and register places (its
        voters fall back to the other tables' rules), until ballots are printed for it."""
        with self._ctx.sessions.begin() as s:
            table = get_live(s, VotingTableRow, table_id, "voting_table")
            centre = get_live(s, VotingCentreRow, table.centre_id, "voting_centre")
            self._check_open(s, centre.consultation_id)
            printed = s.scalar(select(BallotBatchRow.id).where(
                BallotBatchRow.table_id == table_id).limit(1))
            if printed is not None:
                raise DomainError("table.ballots_printed", number=table.number)
            for cls in (TableMemberRow, VoterAssignmentRow):
                for row in s.scalars(select(cls).where(cls.table_id == table_id,
                                                       cls.deleted_at.is_(None))):
                    self._ctx.log.delete(s, row)
            self._ctx.log.delete(s, table)

    def set_rule(self, table_id: str, by: str, ids: Sequence[str] = (),
                 part: tuple[int, int] | None = None) -> None:
        """Which voters a table takes: councils, sectors, or part i of n of the register."""
        if by not in RULES:
            raise DomainError("assignment.by_invalid")
        rule: dict[str, object] = {"by": by}
        if by == "split":
            if part is None or not 1 <= part[0] <= part[1]:
                raise DomainError("assignment.by_invalid")
            rule["part"] = [part[0], part[1]]
        else:
            if not ids:
                raise DomainError("assignment.ids_needed")
            rule["ids"] = list(ids)
        with self._ctx.sessions.begin() as s:
            table = get_live(s, VotingTableRow, table_id, "voting_table")
            centre = get_live(s, VotingCentreRow, table.centre_id, "voting_centre")
            self._check_open(s, centre.consultation_id)
            self._check_unprinted(s, [table_id])
            self._ctx.log.update(s, table, assignment=rule)

    def split_evenly(self, consultation_id: str) -> None:
        """Split the whole register among the tables, in alphabetical order (A–L, M–Z…)."""
        with self._ctx.sessions.begin() as s:
            self._check_open(s, consultation_id)
            rows = loading.table_rows(s, consultation_id)
            if not rows:
                raise DomainError("assignment.no_tables")
            self._check_unprinted(s, [table.id for table, _name in rows])
            for index, (table, _name) in enumerate(rows, start=1):
                self._ctx.log.update(s, table, assignment={"by": "split",
                                                           "part": [index, len(rows)]})

    def place_voter(self, consultation_id: str, table_id: str, resident_id: str) -> None:
        """Put one voter on a table's register, whatever the table rules say."""
        with self._ctx.sessions.begin() as s:
            self._check_open(s, consultation_id)
            table = loading.find_table(s, consultation_id, table_id)
            get_live(s, ResidentRow, resident_id, "resident")
            for old in s.scalars(select(VoterAssignmentRow).where(
                    VoterAssignmentRow.consultation_id == consultation_id,
                    VoterAssignmentRow.resident_id == resident_id,
                    VoterAssignmentRow.deleted_at.is_(None))):
                self._ctx.log.delete(s, old)
            self._ctx.log.insert(s, VoterAssignmentRow(
                id=self._ctx.ids.new(), consultation_id=consultation_id, table_id=table.id,
                resident_id=resident_id, created_at=self._ctx.clock.now()))

    @staticmethod
    def _check_unprinted(s: Session, table_ids: Sequence[str]) -> None:
        """Moving voters between tables once ballots are printed would leave a table with
        the wrong register and too few or too many ballots: refused, naming the tables."""
        printed = sorted({number for number, in s.execute(
            select(VotingTableRow.number).join(
                BallotBatchRow, BallotBatchRow.table_id == VotingTableRow.id)
            .where(VotingTableRow.id.in_(table_ids)))})
        if printed:
            raise DomainError("assignment.ballots_printed",
                              tables=", ".join(str(n) for n in printed))

    @staticmethod
    def _check_open(s: Session, consultation_id: str) -> None:
        """Registers are fixed once counting starts: they are the base of participation."""
        consultation = get_live(s, ConsultationRow, consultation_id, "consultation")
        if consultation.status in (ConsultationStatus.COUNTING.value,
                                   ConsultationStatus.CLOSED.value):
            raise DomainError("assignment.locked")

    def centres(self, consultation_id: str) -> list[VotingCentre]:
        with self._ctx.sessions.begin() as s:
            return loading.centres(s, consultation_id)

    def tables(self, consultation_id: str) -> list[VotingTable]:
        with self._ctx.sessions.begin() as s:
            consultation = get_live(s, ConsultationRow, consultation_id, "consultation")
            return loading.tables(s, consultation)

    def table(self, consultation_id: str, ref: str) -> VotingTable:
        """A table by id or number (see loading.find_table)."""
        with self._ctx.sessions.begin() as s:
            consultation = get_live(s, ConsultationRow, consultation_id, "consultation")
            row = loading.find_table(s, consultation_id, ref)
            return next(t for t in loading.tables(s, consultation) if t.id == row.id)

    def stale_registers(self, consultation_id: str) -> list[int]:
        """Tables whose printed register no longer lists their voters (see register_prints)."""
        with self._ctx.sessions.begin() as s:
            consultation = get_live(s, ConsultationRow, consultation_id, "consultation")
            _voters, by_table, _unassigned = loading.registers(s, consultation)
            return stale_registers(s, loading.tables(s, consultation, by_table), by_table)

    def register(self, consultation_id: str, ref: str, printed: bool = False
                 ) -> VoterRegister:
        """The voters of one table, in register order; `printed` records that this register
        goes to paper or to a file (a preview does not), see register_prints.py."""
        with self._ctx.sessions.begin() as s:
            consultation = get_live(s, ConsultationRow, consultation_id, "consultation")
            row = loading.find_table(s, consultation_id, ref)
            _voters, by_table, _unassigned = loading.registers(s, consultation)
            table = next(t for t in loading.tables(s, consultation, by_table) if t.id == row.id)
            if printed:
                record_print(self._ctx, s, row.id, by_table.get(row.id, []))
            return VoterRegister(to_consultation(consultation), table,
                                 tuple(by_table.get(row.id, [])),
                                 loading.voting_age(s, consultation))
