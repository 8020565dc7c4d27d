"""Spanish labels (translatable) for the stored values of the domain's enums."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.enums import (
    AssemblyKind,
    AssemblyStatus,
    ConsultationStatus,
    OrgKind,
    ProblemCategory,
    ProblemStatus,
    ProjectStatus,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def org_kind(kind: OrgKind) -> str:
    return {
        OrgKind.COMMUNE: _t("Comuna"),
        OrgKind.CIRCUIT: _t("Circuito comunal"),
        OrgKind.COUNCIL: _t("Consejo comunal"),
    }[kind]


def assembly_kind(kind: AssemblyKind) -> str:
    return {
        AssemblyKind.ORDINARY: _t("Ordinaria"),
        AssemblyKind.EXTRAORDINARY: _t("Extraordinaria"),
        AssemblyKind.BASE: _t("De base (problemas)"),
        AssemblyKind.ACCOUNTABILITY: _t("Rendición de cuentas"),
    }[kind]


def assembly_status(status: AssemblyStatus) -> str:
    return {
        AssemblyStatus.CONVENED: _t("Convocada"),
        AssemblyStatus.IN_PROGRESS: _t("En curso"),
        AssemblyStatus.CLOSED: _t("Cerrada"),
        AssemblyStatus.CANCELLED: _t("Suspendida"),
    }[status]


def category(value: ProblemCategory) -> str:
    return {
        ProblemCategory.WATER: _t("Agua"),
        ProblemCategory.ELECTRICITY: _t("Electricidad"),
        ProblemCategory.ROADS: _t("Vialidad"),
        ProblemCategory.HEALTH: _t("Salud"),
        ProblemCategory.EDUCATION: _t("Educación"),
        ProblemCategory.HOUSING: _t("Vivienda"),
        ProblemCategory.SPORTS: _t("Deporte"),
        ProblemCategory.CULTURE: _t("Cultura"),
        ProblemCategory.ENVIRONMENT: _t("Ambiente"),
        ProblemCategory.SECURITY: _t("Seguridad"),
        ProblemCategory.TRANSPORT: _t("Transporte"),
        ProblemCategory.RETAINING_WALLS: _t("Muros de contención"),
        ProblemCategory.OTHER: _t("Otro"),
    }[value]


def problem_status(status: ProblemStatus) -> str:
    return {
        ProblemStatus.OPEN: _t("Abierto"),
        ProblemStatus.IN_PROJECT: _t("En proyecto"),
        ProblemStatus.SOLVED: _t("Resuelto"),
    }[status]


def project_status(status: ProjectStatus) -> str:
    return {
        ProjectStatus.PROPOSED: _t("Propuesto"),
        ProjectStatus.CANDIDATE: _t("Postulado"),
        ProjectStatus.FUNDED: _t("Financiado"),
        ProjectStatus.IN_PROGRESS: _t("En ejecución"),
        ProjectStatus.COMPLETED: _t("Culminado"),
        ProjectStatus.CANCELLED: _t("Cancelado"),
    }[status]


def consultation_status(status: ConsultationStatus) -> str:
    return {
        ConsultationStatus.DRAFT: _t("En preparación"),
        ConsultationStatus.READY: _t("Lista"),
        ConsultationStatus.VOTING: _t("Votación"),
        ConsultationStatus.COUNTING: _t("Escrutinio"),
        ConsultationStatus.CLOSED: _t("Cerrada"),
    }[status]


def money(cents: int, currency: str) -> str:
    """1234567 USD -> "USD 12.345,67" (Venezuelan grouping: dot thousands, comma decimals)."""
    whole, frac = divmod(abs(cents), 100)
    grouped = f"{whole:,}".replace(",", ".")
    sign = "-" if cents < 0 else ""
    return f"{currency} {sign}{grouped},{frac:02d}"


def number(value: int) -> str:
    return f"{value:,}".replace(",", ".")
