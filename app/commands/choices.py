"""The Spanish words typed on the command line for each enum value (`--category agua`).

Stored values stay English (`water`); a person types the word of the field, without accents so
that any keyboard writes it. One table per enum; `tests/cli/test_convention.py` checks that
every value has its word.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

from app.domain.enums import (
    AssemblyKind,
    BallotStyle,
    FundingRule,
    PrioritizationMethod,
    ProblemCategory,
    ProjectRole,
    ProjectStatus,
    TableRole,
    TieRule,
)

KIND: dict[str, AssemblyKind] = {
    "ordinaria": AssemblyKind.ORDINARY, "extraordinaria": AssemblyKind.EXTRAORDINARY,
    "base": AssemblyKind.BASE, "rendicion": AssemblyKind.ACCOUNTABILITY,
}
CATEGORY: dict[str, ProblemCategory] = {
    "agua": ProblemCategory.WATER, "electricidad": ProblemCategory.ELECTRICITY,
    "vialidad": ProblemCategory.ROADS, "salud": ProblemCategory.HEALTH,
    "educacion": ProblemCategory.EDUCATION, "vivienda": ProblemCategory.HOUSING,
    "deporte": ProblemCategory.SPORTS, "cultura": ProblemCategory.CULTURE,
    "ambiente": ProblemCategory.ENVIRONMENT, "seguridad": ProblemCategory.SECURITY,
    "transporte": ProblemCategory.TRANSPORT, "muros": ProblemCategory.RETAINING_WALLS,
    "otro": ProblemCategory.OTHER,
}
METHOD: dict[str, PrioritizationMethod] = {
    "manos": PrioritizationMethod.PLURALITY, "aprobacion": PrioritizationMethod.APPROVAL,
    "borda": PrioritizationMethod.BORDA, "puntos": PrioritizationMethod.SCORE,
}
FUNDING: dict[str, FundingRule] = {
    "el-mas-votado": FundingRule.MOST_VOTED, "los-mas-votados": FundingRule.TOP_N,
    "presupuesto": FundingRule.BUDGET,
}
TIE: dict[str, TieRule] = {"segunda-votacion": TieRule.SECOND_VOTE, "sorteo": TieRule.DRAW}
ROLE: dict[str, TableRole] = {
    "presidencia": TableRole.PRESIDENT, "secretaria": TableRole.SECRETARY,
    "miembro": TableRole.MEMBER, "testigo": TableRole.WITNESS,
}
STYLE: dict[str, BallotStyle] = {"numero": BallotStyle.NUMBER, "lista": BallotStyle.LIST}
PROJECT_STATUS: dict[str, ProjectStatus] = {
    "propuesto": ProjectStatus.PROPOSED, "postulado": ProjectStatus.CANDIDATE,
    "financiado": ProjectStatus.FUNDED, "en-ejecucion": ProjectStatus.IN_PROGRESS,
    "terminado": ProjectStatus.COMPLETED, "suspendido": ProjectStatus.SUSPENDED,
    "cancelado": ProjectStatus.CANCELLED,
}

PROJECT_ROLE: dict[str, ProjectRole] = {
    "vocero": ProjectRole.SPOKESPERSON, "comite": ProjectRole.COMMITTEE,
}

# Every table above, for the test that each enum value has a word.
ALL: tuple[Mapping[str, Enum], ...] = (KIND, CATEGORY, METHOD, FUNDING, TIE, ROLE, STYLE,
                                       PROJECT_STATUS, PROJECT_ROLE)

