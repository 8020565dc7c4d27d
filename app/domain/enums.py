"""The closed vocabularies of the domain. Values are stored; labels live in the UI."""

from __future__ import annotations

from enum import StrEnum


class OrgKind(StrEnum):
    COMMUNE = "commune"
    CIRCUIT = "circuit"
    COUNCIL = "council"


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"


class AssemblyKind(StrEnum):
    ORDINARY = "ordinary"
    EXTRAORDINARY = "extraordinary"
    BASE = "base"
    ACCOUNTABILITY = "accountability"


class AssemblyStatus(StrEnum):
    CONVENED = "convened"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"
    CANCELLED = "cancelled"
    # Quorum was not reached (at first call, or at second): nothing was decided; its acta
    # says so and is approved like any other.
    NOT_CONSTITUTED = "not_constituted"


# An assembly in one of these takes no more check-ins, votes or agreements.
ASSEMBLY_ENDED = frozenset({AssemblyStatus.CLOSED.value, AssemblyStatus.CANCELLED.value,
                            AssemblyStatus.NOT_CONSTITUTED.value})


class AttendanceAction(StrEnum):
    CHECK_IN = "check_in"
    WITHDRAW = "withdraw"


class MinutesStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"


class ProblemCategory(StrEnum):
    WATER = "water"
    ELECTRICITY = "electricity"
    ROADS = "roads"
    HEALTH = "health"
    EDUCATION = "education"
    HOUSING = "housing"
    SPORTS = "sports"
    CULTURE = "culture"
    ENVIRONMENT = "environment"
    SECURITY = "security"
    TRANSPORT = "transport"
    RETAINING_WALLS = "retaining_walls"
    OTHER = "other"


class ProblemStatus(StrEnum):
    OPEN = "open"
    IN_PROJECT = "in_project"
    SOLVED = "solved"


class PrioritizationMethod(StrEnum):
    PLURALITY = "plurality"
    APPROVAL = "approval"
    BORDA = "borda"
    SCORE = "score"


class PrioritizationStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ProjectStatus(StrEnum):
    PROPOSED = "proposed"
    CANDIDATE = "candidate"
    FUNDED = "funded"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    SUSPENDED = "suspended"
    CANCELLED = "cancelled"


class ProjectRole(StrEnum):
    """Who answers for a funded project: its spokespeople and its committee's members."""

    SPOKESPERSON = "spokesperson"
    COMMITTEE = "committee"


# A project with accounts to give: funded, whatever happened to it afterwards.
HAS_ACCOUNTS = frozenset({ProjectStatus.FUNDED, ProjectStatus.IN_PROGRESS,
                          ProjectStatus.COMPLETED, ProjectStatus.SUSPENDED})


class Currency(StrEnum):
    USD = "USD"
    VES = "VES"


class ConsultationStatus(StrEnum):
    DRAFT = "draft"
    READY = "ready"
    VOTING = "voting"
    COUNTING = "counting"
    CLOSED = "closed"


class FundingRule(StrEnum):
    MOST_VOTED = "most_voted"
    TOP_N = "top_n"
    BUDGET = "budget"


class TieRule(StrEnum):
    SECOND_VOTE = "second_vote"
    DRAW = "draw"


class TableRole(StrEnum):
    PRESIDENT = "president"
    SECRETARY = "secretary"
    MEMBER = "member"
    WITNESS = "witness"


class BallotStyle(StrEnum):
    NUMBER = "number"
    LIST = "list"


class DeviceTrust(StrEnum):
    TRUSTED = "trusted"
    REVOKED = "revoked"
