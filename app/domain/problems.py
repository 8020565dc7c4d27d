"""Problems, prioritizations and projects."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.enums import (
    Currency,
    PrioritizationMethod,
    ProblemCategory,
    ProblemStatus,
    ProjectStatus,
)


@dataclass(frozen=True)
class Problem:
    id: str
    organization_id: str
    assembly_id: str | None
    title: str
    description: str | None
    category: ProblemCategory
    families_affected: int
    status: ProblemStatus


@dataclass(frozen=True)
class Prioritization:
    id: str
    assembly_id: str
    method: PrioritizationMethod
    points_per_voter: int | None


@dataclass(frozen=True)
class PaperBallot:
    """One prioritization paper as typed: its number in the count and its marks (the shapes
    of app/voting/methods.py), so a paper typed twice can be found and removed."""

    id: str
    prioritization_id: str
    number: int
    marks: object


@dataclass(frozen=True)
class Project:
    id: str
    organization_id: str
    title: str
    description: str | None
    category: ProblemCategory
    cost_cents: int
    currency: Currency
    status: ProjectStatus
