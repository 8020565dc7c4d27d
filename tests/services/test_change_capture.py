"""No service write escapes the change log: the log alone rebuilds every synced table."""

from __future__ import annotations

import contextlib
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.assembly.minutes_content import MinutesText
from app.container import Services, open_services
from app.domain.census import NewResident
from app.domain.enums import (
    AssemblyKind,
    AssemblyStatus,
    AttendanceAction,
    Currency,
    OrgKind,
    PrioritizationMethod,
    ProblemCategory,
    Sex,
)
from app.domain.errors import DomainError
from app.persistence.base import synced_tables
from app.persistence.engine import make_engine, make_sessions
from app.persistence.migrate import upgrade
from app.sync.digest import table_digest
from app.sync.replay import rebuild

OPERATIONS = st.lists(
    st.sampled_from(["resident", "residents_bulk", "rules", "sector", "committee", "assembly",
                     "check_in", "withdraw", "agreement", "problem", "prioritization",
                     "project", "consultation", "minutes", "delete_sector"]),
    min_size=1, max_size=25,
)


class World:
    """Drives the services with whatever the operations ask, remembering what exists."""

    def __init__(self, sv: Services) -> None:
        self.sv = sv
        self.commune = sv.organizations.create(OrgKind.COMMUNE, "Comuna Prueba")
        self.council = sv.organizations.create(OrgKind.COUNCIL, "Consejo Prueba",
                                               parent_id=self.commune.id)
        self.residents: list[str] = []
        self.assemblies: list[str] = []
        self.sectors: list[str] = []
        self.problems: list[str] = []
        self.projects: list[str] = []
        self.n = 0

    def do(self, op: str) -> None:
        """One operation; a refusal by the domain's rules is fine (and must write nothing)."""
        with contextlib.suppress(DomainError):
            self._do(op)

    def _do(self, op: str) -> None:
        self.n += 1
        sv, n = self.sv, self.n
        if op == "resident":
            r = sv.residents.add(NewResident(self.council.id, f"Ana {n}", "Pérez",
                                             f"V-{1000000 + n}", date(1990, 1, 1), Sex.FEMALE))
            self.residents.append(r.id)
        elif op == "residents_bulk":
            sv.residents.add_many(NewResident(self.council.id, f"Luis {n}-{i}", "Gómez")
                                  for i in range(3))
        elif op == "rules":
            sv.organizations.update_rules(self.council.id, 25 + n % 10, 15, 15)
        elif op == "sector":
            self.sectors.append(sv.organizations.add_sector(self.council.id, f"Sector {n}").id)
        elif op == "delete_sector" and self.sectors:
            self._delete_sector(self.sectors.pop())
        elif op == "committee":
            c = sv.organizations.add_committee(self.council.id, f"Comité {n}", "water")
            if self.residents:
                sv.organizations.add_spokesperson(c.id, self.residents[0], date(2025, 1, 1),
                                                  None, "principal")
        elif op == "assembly":
            a = sv.assemblies.create(self.council.id, AssemblyKind.BASE,
                                     datetime(2026, 5, 1, 14, tzinfo=UTC), "Casa comunal",
                                     ["Punto uno", "Punto dos"])
            self.assemblies.append(a.id)
        elif op in ("check_in", "withdraw") and self.assemblies and self.residents:
            action = AttendanceAction.CHECK_IN if op == "check_in" else AttendanceAction.WITHDRAW
            sv.assemblies.check_in(self.assemblies[-1], self.residents[-1], action)
        elif op == "agreement" and self.assemblies:
            item = sv.assemblies.agenda(self.assemblies[-1])[0]
            sv.assemblies.add_agreement(item.id, f"Acuerdo {n}", by_acclamation=True)
        elif op == "problem":
            p = sv.problems.create(self.council.id, f"Problema {n}", ProblemCategory.WATER, 3,
                                   assembly_id=self.assemblies[-1] if self.assemblies else None)
            self.problems.append(p.id)
        elif op == "prioritization" and self.assemblies and self.problems:
            pr = sv.problems.start_prioritization(self.assemblies[-1], PrioritizationMethod.BORDA)
            sv.problems.add_ballots(pr.id, [self.problems[::-1], self.problems])
        elif op == "project":
            pid = sv.projects.create(self.commune.id, f"Proyecto {n}", ProblemCategory.ROADS,
                                     100_00, Currency.USD, problem_ids=self.problems[-1:]).id
            self.projects.append(pid)
        elif op == "consultation" and self.projects:
            c = sv.consultations.create(self.commune.id, f"Consulta {n}", date(2026, 12, 6))
            sv.consultations.nominate(c.id, self.projects[-1])
        elif op == "minutes" and self.assemblies:
            assembly_id = self.assemblies[-1]
            sv.minutes.save_text(assembly_id, MinutesText(opening=f"Borrador {n}"))
            if n % 2:  # an acta is approved once the assembly is closed
                sv.assemblies.set_status(assembly_id, AssemblyStatus.CLOSED)
                sv.minutes.approve(assembly_id, "Secretaría")

    def _delete_sector(self, sector_id: str) -> None:
        from app.persistence.rows import SectorRow

        with self.sv.sessions.begin() as s:
            row = s.get_one(SectorRow, sector_id)
            self.sv.ctx.log.delete(s, row)


def table_digests(sv_sessions: object) -> dict[str, str]:
    with sv_sessions.begin() as s:  # type: ignore[attr-defined]
        return {name: table_digest(s, name) for name in synced_tables()}


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=OPERATIONS)
def test_the_log_alone_rebuilds_every_synced_table(ops: list[str], tmp_path: Path,
                                                   empty_template: Path) -> None:
    source = tmp_path / f"source-{abs(hash(tuple(ops)))}.db"
    shutil.copyfile(empty_template, source)
    sv = open_services(source)
    try:
        world = World(sv)
        for op in ops:
            world.do(op)
        expected = table_digests(sv.sessions)

        target_path = source.with_suffix(".rebuilt.db")
        engine = make_engine(f"sqlite:///{target_path}")
        upgrade(engine, None, None)
        target = make_sessions(engine)
        with sv.sessions.begin() as src, target.begin() as dst:
            rebuild(src, dst)
        assert table_digests(target) == expected
        engine.dispose()
    finally:
        sv.close()


def test_a_write_that_skips_the_log_is_caught(services: Services, tmp_path: Path) -> None:
    """The check above can fail: a row added behind the log's back breaks the rebuild."""
    from app.persistence.rows import SectorRow

    council = services.organizations.create(OrgKind.COUNCIL, "Consejo")
    with services.sessions.begin() as s:
        s.add(SectorRow(id="00000000-0000-7000-8000-000000000001", organization_id=council.id,
                        name="Escondido", created_at=datetime(2026, 1, 1, tzinfo=UTC)))
    expected = table_digests(services.sessions)
    engine = make_engine(f"sqlite:///{tmp_path / 'rebuilt.db'}")
    upgrade(engine, None, None)
    target = make_sessions(engine)
    with services.sessions.begin() as src, target.begin() as dst:
        rebuild(src, dst)
    assert table_digests(target)["sector"] != expected["sector"]
    engine.dispose()


def test_every_change_chains_to_the_previous_one(services: Services) -> None:
    from app.sync.verify_log import chain_problems

    council = services.organizations.create(OrgKind.COUNCIL, "Consejo")
    services.residents.add(NewResident(council.id, "Ana", "Pérez", "V-12345678"))
    services.organizations.update_rules(council.id, 40, 20, 16)
    with services.sessions.begin() as s:
        assert chain_problems(s) == []
        from app.persistence.rows import ChangeRow

        seqs = [c.seq for c in s.query(ChangeRow).order_by(ChangeRow.seq)]
    assert seqs == list(range(1, len(seqs) + 1))
