"""The committee and spokespeople responsible are records: residents of the census with a
role, named all or none, printed on the statement's signature lines, listed by the command
line; the name stays as it was when named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.container import Services
from app.domain.enums import ProjectRole
from app.domain.errors import DomainError

from tests.assemblies.conftest import Town, town  # noqa: F401  (the fixture, reused)
from tests.conftest import Place  # noqa: F401
from tests.consultation.conftest import Small, small  # noqa: F401
from tests.pdf import pdf_text
from tests.projects.conftest import funded  # noqa: F401


def test_people_are_named_all_or_none_and_sign_the_statement(
        services: Services, funded: str, small: Small) -> None:  # noqa: F811
    sv = services
    residents = sv.residents.search("", limit=3)
    first, second = residents[0], residents[1]
    named = sv.project_status.name_people(funded, [first.id, first.id],
                                          ProjectRole.SPOKESPERSON)
    assert [(p.resident_id, p.role) for p in named] == [(first.id, ProjectRole.SPOKESPERSON)]
    with pytest.raises(DomainError) as twice:
        sv.project_status.name_people(funded, [second.id, first.id], ProjectRole.SPOKESPERSON)
    assert twice.value.code == "project.person_named"
    assert len(sv.project_status.people(funded)) == 1  # the second was not named either
    with pytest.raises(DomainError) as nobody:
        sv.project_status.name_people(funded, [], ProjectRole.COMMITTEE)
    assert nobody.value.code == "project.people_needed"
    sv.project_status.name_people(funded, [second.id], ProjectRole.COMMITTEE)
    sv.project_status.name_people(funded, [first.id], ProjectRole.COMMITTEE)  # another role
    people = sv.project_status.people(funded)
    assert [p.role for p in people] == [ProjectRole.SPOKESPERSON, ProjectRole.COMMITTEE,
                                        ProjectRole.COMMITTEE]
    statement = " ".join(pdf_text(sv.papers.accountability(funded).data).split())
    assert first.full_name in statement and second.full_name in statement
    assert "Vocero o vocera responsable" in statement
    assert "Integrante del comité del proyecto" in statement

    sv.project_status.remove_person(people[0].id)
    assert [p.role for p in sv.project_status.people(funded)] == [ProjectRole.COMMITTEE] * 2


def test_the_command_line_names_and_lists(services: Services, funded: str, small: Small,  # noqa: F811
                                          db_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    resident = services.residents.search("", limit=1)[0]
    services.close()
    db = ["--db", str(db_path)]
    assert main(["projects", "people", funded, "--add", resident.id, "--role", "comite",
                 *db]) == 0
    assert "figura ahora como «Integrante del comité del proyecto»" in capsys.readouterr().out
    assert main(["projects", "people", funded, "--add", resident.id, "--role", "comite",
                 *db]) == 1
    assert "ya figura" in capsys.readouterr().err
    assert main(["projects", "people", funded, "--json", *db]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert (listed["resident_id"], listed["role"]) == (resident.id, "committee")
    assert main(["projects", "people", funded, "--remove", listed["id"], *db]) == 0
    assert "ya no figura" in capsys.readouterr().out
