"""Build the demo commune through the services, so every record is in the change log."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from app.assembly.minutes_content import MinutesText
from app.census.model import ResidentQuery, Territory
from app.container import Services
from app.demo import names
from app.demo.funded_project import build_funded_project
from app.domain.census import NewResident
from app.domain.clock import SteppingClock
from app.domain.enums import (
    AssemblyKind,
    AssemblyStatus,
    AttendanceAction,
    Currency,
    OrgKind,
    PrioritizationMethod,
    ProblemCategory,
    Sex,
    TableRole,
)
from app.domain.errors import DomainError
from app.domain.ids import IdGenerator
from app.domain.organizations import NewCommittee, NewSeat, Organization

# Fixed, so the same seed gives the same records on every laptop, whatever the date.
ANCHOR = datetime(2026, 9, 1, 13, 0, tzinfo=UTC)
TODAY = date(2026, 11, 15)
VOTE_DAY = date(2026, 12, 6)  # a Sunday

COUNCILS = (
    ("Consejo Comunal Brisas del Guaire", ("La Ceiba", "El Tanque", "Los Mangos")),
    ("Consejo Comunal Cañaveral Unido", ("La Quebrada", "El Estadio")),
    ("Consejo Comunal Luchadores de Petare", ("Vereda 5", "La Bomba", "Escalera 3")),
    ("Consejo Comunal Nuevo Amanecer", ("El Carmen", "La Cruz")),
)
COMMITTEES = (
    ("Comité de Agua", "water"),
    ("Comité de Salud", "health"),
    ("Comité de Educación", "education"),
    ("Comité de Deportes", "sports"),
    ("Comité de Seguridad y Defensa", "security"),
    ("Unidad de Contraloría Social", "oversight"),
    ("Unidad Administrativa y Financiera Comunitaria", "finance"),
)
PROBLEMS = (
    ("Bote de aguas blancas en la Calle Principal", ProblemCategory.WATER, 45),
    ("Falta de alumbrado público en la Vereda 5", ProblemCategory.ELECTRICITY, 60),
    ("Muro de contención agrietado en La Quebrada", ProblemCategory.RETAINING_WALLS, 18),
    ("Ambulatorio sin insumos básicos", ProblemCategory.HEALTH, 210),
    ("Cancha deportiva deteriorada", ProblemCategory.SPORTS, 120),
    ("Calle El Carmen sin asfaltar", ProblemCategory.ROADS, 80),
    ("Transformador eléctrico sobrecargado", ProblemCategory.ELECTRICITY, 95),
    ("Escuela con techo filtrado", ProblemCategory.EDUCATION, 150),
)
PROJECTS = (
    ("Sustitución de tubería de aguas blancas", ProblemCategory.WATER, 980_000),
    ("Alumbrado público con luminarias LED", ProblemCategory.ELECTRICITY, 640_000),
    ("Construcción de muro de contención", ProblemCategory.RETAINING_WALLS, 1_000_000),
    ("Dotación del ambulatorio comunal", ProblemCategory.HEALTH, 720_000),
    ("Rehabilitación de la cancha múltiple", ProblemCategory.SPORTS, 560_000),
    ("Asfaltado de la Calle El Carmen", ProblemCategory.ROADS, 890_000),
    ("Impermeabilización del techo de la escuela", ProblemCategory.EDUCATION, 470_000),
)


# People who come to each held assembly of the plan. Enough for the quorum of the first call
# (30 % of those aged 15 and over) except the extraordinary one, which shows an assembly
# held without quorum, as happens.
ATTENDANCE = (75, 80, 85, 60, 300)
NOT_CONSTITUTED = 3  # the assembly in the plaza, without quorum: its acta says so


@dataclass(frozen=True)
class DemoSummary:
    commune_id: str
    council_ids: tuple[str, ...]
    residents: int
    assemblies: int
    consultation_id: str


def is_empty(services: Services) -> bool:
    return not services.organizations.list_all()


def build_demo(services: Services, residents: int = 1200, seed: int = 2026,
               force: bool = False) -> DemoSummary:
    """Fill the database with the demo commune. Refuses a database with data unless forced."""
    if not force and not is_empty(services):
        raise DomainError("demo.not_empty")
    rng = random.Random(seed)
    clock = SteppingClock(ANCHOR, timedelta(seconds=7))
    demo = services.with_clock(clock, IdGenerator(clock, random.Random(seed + 1)))
    return _Builder(demo, rng, clock).build(residents)


class _Builder:
    def __init__(self, sv: Services, rng: random.Random, clock: SteppingClock) -> None:
        self.sv, self.rng, self.clock = sv, rng, clock
        self.households = 0  # in the whole commune, counted as the census is made

    def build(self, residents: int) -> DemoSummary:
        territory = Territory("Miranda", "Sucre", "Petare")
        commune = self.sv.organizations.create(
            OrgKind.COMMUNE, "Comuna Socialista Guaire Productivo", territory=territory,
            registry_code="COM-MIR-0427",
        )
        councils: list[Organization] = []
        sectors: dict[str, list[str]] = {}
        for index, (name, sector_names) in enumerate(COUNCILS, start=1):
            council = self.sv.organizations.create(
                OrgKind.COUNCIL, name, parent_id=commune.id, territory=territory,
                registry_code=f"CC-MIR-{1500 + index}",
            )
            councils.append(council)
            sectors[council.id] = [
                self.sv.organizations.add_sector(council.id, s).id for s in sector_names
            ]
        self.sv.settings.set("organization_id", commune.id)
        self._residents(councils, sectors, residents)
        self._committees(councils)
        assemblies = self._assemblies(commune, councils)
        consultation_id = self._consultation(commune, councils)
        adults = self.sv.residents.page(
            ResidentQuery(council_ids=(councils[0].id,), min_age=18), 0, 5)
        build_funded_project(self.sv, commune.id, "Yelitza Márquez",
                             [p.id for p in adults[:2]], [p.id for p in adults[2:]])
        return DemoSummary(commune.id, tuple(c.id for c in councils), residents,
                           assemblies, consultation_id)

    # -- census ----------------------------------------------------------------------------

    def _residents(self, councils: list[Organization], sectors: dict[str, list[str]],
                   total: int) -> None:
        per_council = [total // len(councils)] * len(councils)
        per_council[0] += total - sum(per_council)
        people: list[NewResident] = []
        used_ids: set[int] = set()
        for council, count in zip(councils, per_council, strict=True):
            people.extend(self._families(council.id, sectors[council.id], count, used_ids))
        self.sv.residents.add_many(people)

    def _families(self, council_id: str, sector_ids: list[str], count: int,
                  used_ids: set[int]) -> Iterator[NewResident]:
        made = 0
        house = 0
        while made < count:
            house += 1
            self.households += 1
            size = min(count - made, self.rng.choice((1, 2, 3, 3, 4, 4, 5, 6)))
            surname = self.rng.choice(names.SURNAMES)
            sector = self.rng.choice(sector_ids)
            street = self.rng.choice(names.STREETS)
            address = f"{street}, casa {house}"
            household = f"F-{house:04d}"
            for member in range(size):
                yield self._person(council_id, sector, address, household, surname,
                                   adult=member < 2, used_ids=used_ids)
                made += 1

    def _person(self, council_id: str, sector_id: str, address: str, household: str,
                surname: str, adult: bool, used_ids: set[int]) -> NewResident:
        rng = self.rng
        sex = Sex.FEMALE if rng.random() < 0.52 else Sex.MALE
        given = names.FEMALE if sex is Sex.FEMALE else names.MALE
        first = rng.choice(given)
        if rng.random() < 0.5:
            first = f"{first} {rng.choice(given)}"
        last = f"{surname} {rng.choice(names.SURNAMES)}"
        age = rng.randint(18, 88) if adult else rng.choice(
            (rng.randint(0, 14), rng.randint(0, 14), rng.randint(15, 30), rng.randint(31, 70)))
        birth = ANCHOR.date() - timedelta(days=age * 365 + rng.randint(1, 364))
        national_id = None
        if age >= 9 or rng.random() < 0.3:
            # Older people hold lower numbers, as the registry issued them in order.
            base = 30_000_000 - (age * 320_000) + rng.randint(-150_000, 150_000)
            number = max(600_000, base)
            while number in used_ids:
                number += 1
            used_ids.add(number)
            letter = "E" if rng.random() < 0.03 else "V"
            if letter == "E":
                number = 80_000_000 + number % 5_000_000
            national_id = f"{letter}-{number}"
        phone = f"0{rng.choice((412, 414, 416, 424, 426))}-{rng.randint(1_000_000, 9_999_999)}"
        return NewResident(
            council_id=council_id, first_names=first, last_names=last, national_id=national_id,
            birth_date=birth, sex=sex, sector_id=sector_id, address=address,
            phone=phone if age >= 15 else None, household=household,
        )

    def _adults(self, council_id: str, count: int) -> list[str]:
        residents = self.sv.residents.page(
            ResidentQuery(council_ids=(council_id,), min_age=18), 0, 400)
        self.rng.shuffle(residents := list(residents))
        return [r.id for r in residents[:count]]

    def _committees(self, councils: list[Organization]) -> None:
        for council in councils:
            adults = self._adults(council.id, len(COMMITTEES) * 2 + 1)
            # Two seats a committee, while there are adults for them (a small demo,
            # --residents 60, has fewer adults than seats): all in one unit of work.
            seats = iter(adults[:len(COMMITTEES) * 2])
            made = self.sv.organizations.add_committees(council.id, [
                NewCommittee(name, area, tuple(
                    NewSeat(resident_id, date(2025, 3, 15), date(2027, 3, 14), role)
                    for role, resident_id in zip(("principal", "suplente"), seats,
                                                 strict=False)))
                for name, area in COMMITTEES])
            # One spokesperson whose term has ended, as the census screen must show.
            if adults:
                self.sv.organizations.add_spokesperson(
                    made[0][0].id, adults[-1], date(2023, 3, 1), date(2025, 2, 28), "principal")

    # -- assemblies, problems, projects ----------------------------------------------------

    def _assemblies(self, commune: Organization, councils: list[Organization]) -> int:
        sv = self.sv
        plan = (
            (councils[0], AssemblyKind.BASE, datetime(2026, 9, 12, 13, 0, tzinfo=UTC),
             "Cancha techada de La Ceiba",
             ("Verificación del quórum", "Nudos críticos del sector",
              "Priorización de problemas")),
            (councils[1], AssemblyKind.BASE, datetime(2026, 9, 19, 13, 0, tzinfo=UTC),
             "Escuela Básica Cañaveral", ("Verificación del quórum", "Nudos críticos")),
            (councils[2], AssemblyKind.ORDINARY, datetime(2026, 9, 26, 14, 0, tzinfo=UTC),
             "Casa comunal Luchadores", ("Informe de vocerías", "Jornada de salud")),
            (councils[3], AssemblyKind.EXTRAORDINARY, datetime(2026, 10, 3, 14, 0, tzinfo=UTC),
             "Plaza El Carmen", ("Falla del transformador",)),
            (commune, AssemblyKind.ORDINARY, datetime(2026, 10, 17, 13, 0, tzinfo=UTC),
             "Sede del Parlamento Comunal",
             ("Proyectos para la consulta popular", "Elección de la comisión electoral")),
            (commune, AssemblyKind.ACCOUNTABILITY, datetime(2026, 11, 28, 13, 0, tzinfo=UTC),
             "Sede del Parlamento Comunal", ("Rendición de cuentas del proyecto anterior",)),
        )
        problem_ids: list[str] = []
        for index, (org, kind, when, place, agenda) in enumerate(plan):
            self.clock.set(when - timedelta(days=10))
            assembly = sv.assemblies.create(
                org.id, kind, when, place, agenda, call=1,
                called_by="Colectivo de Coordinación Comunitaria",
            )
            if when.date() >= TODAY:
                continue  # convened, not yet held
            self.clock.set(when)
            sv.assemblies.set_status(assembly.id, AssemblyStatus.IN_PROGRESS)
            council_ids = (org.id,) if org.kind is OrgKind.COUNCIL else tuple(
                c.id for c in councils)
            attendees = self._attendees(council_ids, self._coming(assembly.id, index))
            sv.assemblies.check_in_many(assembly.id, attendees)
            if len(attendees) > 1:  # someone leaves early, unless they are the only one
                sv.assemblies.check_in(assembly.id, attendees[0], AttendanceAction.WITHDRAW)
            if not self._constituted(assembly.id, index):
                self.sv.minutes.approve(assembly.id, "Secretaría")
                continue
            present = sv.assemblies.present_count(assembly.id)
            items = sv.assemblies.agenda(assembly.id)
            for item in items:
                sv.assemblies.set_item_notes(
                    item.id, f"Se presentó el punto «{item.title}» y los vecinos expusieron "
                             "sus planteamientos.")
            against, abstaining = min(4, present // 4), min(2, present // 8)
            sv.assemblies.add_agreement(
                items[-1].id, f"Se aprueba por mayoría lo tratado en el punto «{items[-1].title}».",
                present - against - abstaining, against, abstaining,
            )
            if kind is AssemblyKind.BASE:
                problem_ids += self._problems(org, assembly.id, index, present)
            sv.assemblies.set_status(assembly.id, AssemblyStatus.CLOSED)
            self._approve_minutes(assembly.id)
        self._projects(commune, problem_ids)
        return len(plan)

    def _coming(self, assembly_id: str, index: int) -> int:
        """How many come: ATTENDANCE (in a small commune, every adult of the territory), but
        the plaza's assembly stays short of its quorum whatever the census: fewer than the
        quorum come, and one of them leaves early."""
        wanted = ATTENDANCE[index]
        if index != NOT_CONSTITUTED:
            return wanted
        return min(wanted, max(self.sv.assemblies.quorum(assembly_id).required - 1, 0))

    def _constituted(self, assembly_id: str, index: int) -> bool:
        """What a table does without quorum at first call: the extraordinary assembly in
        the plaza is recorded as not constituted; the others meet at second call."""
        if self.sv.assemblies.quorum(assembly_id).met:
            return True
        if index != NOT_CONSTITUTED:
            self.sv.assemblies.pass_to_second_call(assembly_id)
            if self.sv.assemblies.quorum(assembly_id).met:
                return True
        self.sv.assemblies.record_not_constituted(
            assembly_id, "Se esperó una hora sin alcanzar el quórum; se convocará de nuevo.")
        return False

    def _approve_minutes(self, assembly_id: str) -> None:
        """Approved through the real path, so `asamblea minutes verify` checks its seal."""
        self.sv.minutes.save_text(assembly_id, MinutesText(
            opening="Preside la vocería del Colectivo de Coordinación Comunitaria.",
            closing="No habiendo más puntos que tratar, se levanta la sesión."))
        self.sv.minutes.approve(assembly_id, "Secretaría")

    def _attendees(self, council_ids: tuple[str, ...], count: int) -> list[str]:
        pool: list[str] = []
        for council_id in council_ids:
            pool += self._adults(council_id, count)
        self.rng.shuffle(pool)
        return pool[:count]

    def _problems(self, org: Organization, assembly_id: str, index: int,
                  present: int) -> list[str]:
        chosen = PROBLEMS[:5] if index == 0 else PROBLEMS[5:]
        ids = [
            # No problem touches more families than the commune has (a small demo's).
            self.sv.problems.create(org.id, title, category, min(families, self.households),
                                    assembly_id=assembly_id,
                                    description=f"Planteado por los vecinos: {title.lower()}.").id
            for title, category, families in chosen
        ]
        if index == 0:
            prio = self.sv.problems.start_prioritization(assembly_id, PrioritizationMethod.BORDA)
            ballots = []
            for _ in range(min(40, present)):  # a ballot a person present, at most
                order = ids[:]
                self.rng.shuffle(order)
                ballots.append(order)
            self.sv.problems.add_ballots(prio.id, ballots)
            self.sv.problems.close_prioritization(prio.id)
        return ids

    def _projects(self, commune: Organization, problem_ids: list[str]) -> None:
        self._project_ids = [
            self.sv.projects.create(
                commune.id, title, category, cost, Currency.USD,
                description=f"Proyecto comunal: {title.lower()}.",
                problem_ids=[problem_ids[i]] if i < len(problem_ids) else [],
            ).id
            for i, (title, category, cost) in enumerate(PROJECTS)
        ]

    def _consultation(self, commune: Organization, councils: list[Organization]) -> str:
        self.clock.set(datetime(2026, 11, 10, 14, 0, tzinfo=UTC))
        consultation = self.sv.consultations.create(
            commune.id, "Primera Consulta Popular 2026", VOTE_DAY)
        for project_id in self._project_ids:
            self.sv.consultations.nominate(consultation.id, project_id)
        self._voting_tables(consultation.id, councils)
        return consultation.id

    def _voting_tables(self, consultation_id: str, councils: list[Organization]) -> None:
        """Two centres with one table each; each table takes the voters of two councils."""
        plan = (
            ("Escuela Básica Cañaveral", "Calle Principal de Cañaveral", councils[:2]),
            ("Casa comunal Luchadores de Petare", "Vereda 5, frente a la cancha", councils[2:]),
        )
        roles = (TableRole.PRESIDENT, TableRole.SECRETARY, TableRole.MEMBER,
                 TableRole.WITNESS, TableRole.WITNESS)
        for name, address, served in plan:
            centre = self.sv.voting_tables.add_centre(consultation_id, name, address)
            table_id = self.sv.voting_tables.add_table(centre.id)
            self.sv.voting_tables.set_rule(table_id, "council", [c.id for c in served])
            people = list(self.sv.residents.page(
                ResidentQuery(council_ids=(served[0].id,), min_age=18), 0, 60))
            if len(people) < len(roles):  # a small council: the other served one helps
                people += self.sv.residents.page(
                    ResidentQuery(council_ids=(served[1].id,), min_age=18), 0, len(roles))
            # The roles in order of need, as far as there are people for them.
            chosen = self.rng.sample(people, min(len(roles), len(people)))
            for role, person in zip(roles, chosen, strict=False):
                self.sv.voting_tables.add_member(table_id, "", role, resident_id=person.id)
