"""Candidates: numbered in the order the secretary sets, from assembly projects or new."""

from __future__ import annotations

import pytest

from app.container import Services
from app.domain.enums import ProblemCategory, ProjectStatus
from app.domain.errors import DomainError

from tests.consultation.conftest import Small


def test_reorder_and_withdraw_keep_numbers_1_to_n(services: Services, small: Small) -> None:
    cid = small.consultation_id
    water, light, court = services.consultations.candidates(cid)
    services.consultations.reorder(cid, [court.id, water.id, light.id])
    assert [(n.number, n.title) for n in services.consultations.candidates(cid)] == [
        (1, "Cancha"), (2, "Tubería de agua"), (3, "Alumbrado")]
    services.consultations.withdraw(cid, water.id)
    assert [(n.number, n.title) for n in services.consultations.candidates(cid)] == [
        (1, "Cancha"), (2, "Alumbrado")]
    project = next(p for p in services.projects.list_all() if p.id == water.project_id)
    assert project.status is ProjectStatus.PROPOSED
    with pytest.raises(DomainError, match="todos los proyectos postulados"):
        services.consultations.reorder(cid, [court.id])


def test_candidates_from_problems_keep_the_link_and_new_ones_are_added(
        services: Services, small: Small) -> None:
    cid = small.consultation_id
    problem = services.problems.create(small.councils[0], "Cancha sin techo",
                                       ProblemCategory.SPORTS, 40)
    project = services.projects.create(small.commune_id, "Techado de la cancha",
                                       ProblemCategory.SPORTS, 900_000,
                                       problem_ids=[problem.id])
    nomination = services.consultations.nominate(cid, project.id)
    assert nomination.number == 4
    assert services.consultations.problems_of([project.id]) == {project.id: [problem.id]}
    direct = services.consultations.nominate_new(cid, "Plaza de bolsillo",
                                                 ProblemCategory.CULTURE, 250_000)
    assert (direct.number, direct.title) == (5, "Plaza de bolsillo")
    with pytest.raises(DomainError, match="ya está postulado"):
        services.consultations.nominate(cid, project.id)


def test_limit_of_candidates_refuses_and_changes_nothing(services: Services,
                                                         small: Small) -> None:
    limited = services.consultations.create(small.commune_id, "Consulta chica",
                                            services.consultations.get(
                                                small.consultation_id).vote_date,
                                            max_candidates=1)
    services.consultations.nominate_new(limited.id, "Uno", ProblemCategory.OTHER, 0)
    before = len(services.projects.list_all())
    with pytest.raises(DomainError, match="máximo"):
        services.consultations.nominate_new(limited.id, "Dos", ProblemCategory.OTHER, 0)
    assert len(services.projects.list_all()) == before
