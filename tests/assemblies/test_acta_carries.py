"""Issue 10, point 10: the acta carries its number (correlative per organization, assigned
when sealed), who presided and who kept it, the agenda's approval, the folios of the annexed
attendance list and the second call."""

from __future__ import annotations

from app.container import Services
from app.domain.enums import AssemblyKind

from tests.assemblies.conftest import Town, convene
from tests.pdf import pdf_text


def words(data: bytes) -> str:
    return " ".join(pdf_text(data).split())


def held(sv: Services, town: Town, call: int = 1, org: str | None = None,
         kind: AssemblyKind = AssemblyKind.ORDINARY) -> str:
    aid = convene(sv, org or town.council_a, call=call, kind=kind)
    adults = town.adults_a if org is None else town.adults_b
    for rid in adults[:12]:
        sv.assemblies.check_in(aid, rid)
    sv.assemblies.close(aid)
    return aid


def test_actas_are_numbered_per_organization_when_sealed(services: Services,
                                                         town: Town) -> None:
    sv = services
    # Two kinds: the repeat guard refuses the same assembly convened twice within seconds.
    first, second = held(sv, town), held(sv, town, kind=AssemblyKind.EXTRAORDINARY)
    other = held(sv, town, org=town.council_b)
    draft = words(sv.papers.minutes(first).data)
    assert "ACTA N.º ____" in draft
    sv.minutes.approve(second, "Rosa Pérez", chair="Luis Mora")
    sv.minutes.approve(first, "Rosa Pérez")
    sv.minutes.approve(other, "Rosa Pérez")
    assert sv.minutes.paper(second).content.number == 1
    assert sv.minutes.paper(first).content.number == 2
    assert sv.minutes.paper(other).content.number == 1  # its own organization's count
    text = words(sv.papers.minutes(second).data)
    assert "ACTA N.º 1" in text
    assert "Presidió la asamblea Luis Mora" in text
    assert "Presidencia de la asamblea" in text
    assert "Leído el orden del día, fue sometido a la consideración de la asamblea y " \
           "aprobado." in text
    folios = sv.papers.attendance_sheet(second).pages
    assert folios >= 2  # 12 names and 15 blank lines
    assert f"lista de asistencia de {folios} folios." in text
    assert sv.minutes.verify(second).ok


def test_a_second_call_says_so(services: Services, town: Town) -> None:
    sv = services
    aid = held(sv, town, call=2)
    text = words(sv.papers.minutes(aid).data)
    assert "se reunió en segunda convocatoria" in text


def test_the_convocation_states_its_issue_second_call_and_signers(services: Services,
                                                                  town: Town) -> None:
    sv = services
    aid = convene(sv, town.council_a)
    paper = sv.papers.convocation(aid)
    text = words(paper.data)
    assert paper.pages == 1  # a notice for a wall is one sheet
    assert "Dado en Petare, el" in text
    # The second call's day and hour are printed (30 minutes later by default), not blank.
    second = text.split("en segunda convocatoria el ", 1)[1].split("personas")[0]
    assert " a las " in second and "____" not in second
    assert "con la presencia del 20\u00a0% (" in text or "con la presencia del 20 % (" in text
    assert text.count("C.I.:") == 2
