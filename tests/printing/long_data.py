"""Long, awkward data for the layout tests: the names and counts real papers get (issue 10,
point 7), built through the services like any other record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from app.census.model import ResidentQuery, Territory
from app.consultation.model import TallyFigures
from app.container import Services
from app.domain.census import NewResident
from app.domain.enums import AssemblyKind, BallotStyle, OrgKind, ProblemCategory, TableRole
from app.domain.ids import IdGenerator
from app.printing.ballots import ballots_pdf

from tests.clock import TravelClock

ORG = ("Comuna Socialista Productiva Agroecológica y Cultural Guaicaipuro de los Altos "
       "Mirandinos")[:90]
COUNCIL = ("Consejo Comunal Brisas del Guaire y Cañaveral de las Adjuntas Sector Las "
           "Casitas de Arriba")[:90]
FIRST = "María de los Ángeles Guadalupe"  # with LAST: a 60-character name
LAST = "Hernández Rodríguez de Castillo"
TITLE = ("Sustitución de la tubería matriz de aguas blancas y construcción de un tanque "
         "elevado de 50.000 litros para el sector Las Casitas")[:120]
AGREEMENT = ("Se aprueba por mayoría que la vocería del comité de agua gestione ante la "
             "hidrológica la sustitución de la tubería matriz, con cronograma público. ") * 14


@dataclass(frozen=True)
class LongWorld:
    council_id: str
    held: str  # a held assembly with many attendees and long agreements
    empty: str  # an assembly nobody came to, recorded as not constituted
    consultation_id: str


def build_long_world(sv: Services, residents: int = 1_200, attendees: int = 1_050
                     ) -> LongWorld:
    # The longest line a consultation paper names its commune with (name, code, parish).
    commune = sv.organizations.create(
        OrgKind.COMMUNE, ORG, territory=Territory("Miranda", "Guaicaipuro", "Cecilio Acosta"),
        registry_code="CM-MIR-2026-00001")
    council = sv.organizations.create(OrgKind.COUNCIL, COUNCIL, commune.id)
    sv.residents.add_many(
        NewResident(council.id, f"{FIRST} {i}", LAST, f"V-{12_000_000 + i}",
                    date(1960 + i % 40, 1 + i % 12, 1 + i % 28))
        for i in range(residents))
    assert len(f"{FIRST} {LAST}") >= 60
    when = datetime(2026, 12, 5, 13, 0, tzinfo=UTC)
    agenda = [TITLE, "Priorización de problemas", "Elección de la comisión electoral"]
    held = sv.assemblies.create(commune.id, AssemblyKind.ORDINARY, when, ORG, agenda,
                                called_by=f"{FIRST} {LAST}").id
    people = [r.id for r in sv.residents.page(ResidentQuery(council_ids=(council.id,)), 0,
                                              attendees)]
    # The assembly day itself happens on its day (an assembly opens only then).
    clock = TravelClock()
    clock.travel_to(when + timedelta(minutes=10))
    day = sv.with_clock(clock, IdGenerator(clock))
    day.assemblies.check_in_many(held, people)  # one unit of work: 5,000 in seconds
    items = day.assemblies.agenda(held)
    day.assemblies.add_agreement(items[0].id, AGREEMENT.strip(), attendees - 20, 12, 8)
    for n in range(1, 6):
        day.problems.create(commune.id, f"{TITLE[:100]} {n}", ProblemCategory.WATER,
                            1_000 * n, assembly_id=held)
    day.assemblies.close(held)
    empty = day.assemblies.create(commune.id, AssemblyKind.EXTRAORDINARY, when, ORG,
                                  agenda).id
    day.assemblies.record_not_constituted(empty, "Nadie asistió a la convocatoria.")
    sv.minutes.approve(empty, f"{FIRST} {LAST}")
    consultation = sv.consultations.create(commune.id, f"Consulta Popular de {ORG}",
                                           date(2026, 12, 6))
    for n in range(7):
        project = sv.projects.create(commune.id, f"{n + 1} {TITLE}"[:120],
                                     ProblemCategory.WATER, 12_345_678_00 + n)
        sv.consultations.nominate(consultation.id, project.id)
    centre = sv.voting_tables.add_centre(consultation.id, f"Escuela Bolivariana {ORG}",
                                         f"Calle principal de {COUNCIL}")
    table = sv.voting_tables.add_table(centre.id)
    sv.voting_tables.set_rule(table, "council", [council.id])
    for role in (TableRole.PRESIDENT, TableRole.SECRETARY, TableRole.MEMBER,
                 TableRole.WITNESS):
        sv.voting_tables.add_member(table, f"{FIRST} {LAST}", role, "V-12.345.678")
    sv.ballots.print_run(consultation.id, "1", residents, BallotStyle.NUMBER, ballots_pdf)
    votes = {1: 402, 2: 201, 3: 150, 4: 99, 5: 80, 6: 50, 7: 40}  # 1,037 in the box
    box = sum(votes.values()) + 10 + 5
    figures = TallyFigures(votes, 10, 5, box, box, 3, residents - box - 3,
                           ballots_received=residents)
    for who in ("Ana", "Luis"):
        sv.tallies.enter(consultation.id, "1", figures, who,
                         observation="Tres boletas dañadas, reemplazadas.")
    return LongWorld(council.id, held, empty, consultation.id)
