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
from app.domain.messages import current_language


def org_kind(kind: OrgKind) -> str:
    return {
        OrgKind.COMMUNE: QCoreApplication.translate("labels", "Comuna"),
        OrgKind.CIRCUIT: QCoreApplication.translate("labels", "Circuito comunal"),
        OrgKind.COUNCIL: QCoreApplication.translate("labels", "Consejo comunal"),
    }[kind]


def assembly_kind(kind: AssemblyKind) -> str:
    return {
        AssemblyKind.ORDINARY: QCoreApplication.translate("labels", "Ordinaria"),
        AssemblyKind.EXTRAORDINARY: QCoreApplication.translate("labels", "Extraordinaria"),
        AssemblyKind.BASE: QCoreApplication.translate("labels", "De base (problemas)"),
        AssemblyKind.ACCOUNTABILITY: QCoreApplication.translate("labels", "Rendición de cuentas"),
    }[kind]


def assembly_status(status: AssemblyStatus) -> str:
    return {
        AssemblyStatus.CONVENED: QCoreApplication.translate("labels", "Convocada"),
        AssemblyStatus.IN_PROGRESS: QCoreApplication.translate("labels", "En curso"),
        AssemblyStatus.CLOSED: QCoreApplication.translate("labels", "Cerrada"),
        AssemblyStatus.CANCELLED: QCoreApplication.translate("labels", "Suspendida"),
    }[status]


def category(value: ProblemCategory) -> str:
    return {
        ProblemCategory.WATER: QCoreApplication.translate("labels", "Agua"),
        ProblemCategory.ELECTRICITY: QCoreApplication.translate("labels", "Electricidad"),
        ProblemCategory.ROADS: QCoreApplication.translate("labels", "Vialidad"),
        ProblemCategory.HEALTH: QCoreApplication.translate("labels", "Salud"),
        ProblemCategory.EDUCATION: QCoreApplication.translate("labels", "Educación"),
        ProblemCategory.HOUSING: QCoreApplication.translate("labels", "Vivienda"),
        ProblemCategory.SPORTS: QCoreApplication.translate("labels", "Deporte"),
        ProblemCategory.CULTURE: QCoreApplication.translate("labels", "Cultura"),
        ProblemCategory.ENVIRONMENT: QCoreApplication.translate("labels", "Ambiente"),
        ProblemCategory.SECURITY: QCoreApplication.translate("labels", "Seguridad"),
        ProblemCategory.TRANSPORT: QCoreApplication.translate("labels", "Transporte"),
        ProblemCategory.RETAINING_WALLS: QCoreApplication.translate(
            "labels", "Muros de contención"),
        ProblemCategory.OTHER: QCoreApplication.translate("labels", "Otro"),
    }[value]


def problem_status(status: ProblemStatus) -> str:
    return {
        ProblemStatus.OPEN: QCoreApplication.translate("labels", "Abierto"),
        ProblemStatus.IN_PROJECT: QCoreApplication.translate("labels", "En proyecto"),
        ProblemStatus.SOLVED: QCoreApplication.translate("labels", "Resuelto"),
    }[status]


def project_status(status: ProjectStatus) -> str:
    return {
        ProjectStatus.PROPOSED: QCoreApplication.translate("labels", "Propuesto"),
        ProjectStatus.CANDIDATE: QCoreApplication.translate("labels", "Postulado"),
        ProjectStatus.FUNDED: QCoreApplication.translate("labels", "Financiado"),
        ProjectStatus.IN_PROGRESS: QCoreApplication.translate("labels", "En ejecución"),
        ProjectStatus.COMPLETED: QCoreApplication.translate("labels", "Culminado"),
        ProjectStatus.CANCELLED: QCoreApplication.translate("labels", "Cancelado"),
    }[status]


def consultation_status(status: ConsultationStatus) -> str:
    return {
        ConsultationStatus.DRAFT: QCoreApplication.translate("labels", "En preparación"),
        ConsultationStatus.READY: QCoreApplication.translate("labels", "Lista"),
        ConsultationStatus.VOTING: QCoreApplication.translate("labels", "Votación"),
        ConsultationStatus.COUNTING: QCoreApplication.translate("labels", "Escrutinio"),
        ConsultationStatus.CLOSED: QCoreApplication.translate("labels", "Cerrada"),
    }[status]


def _spanish() -> bool:
    return current_language() == "es"


def money(cents: int, currency: str) -> str:
    """1234567 USD -> "USD 12.345,67" in Spanish (dot thousands, comma decimals)."""
    whole, frac = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    if _spanish():
        return f"{currency} {sign}{whole:,}".replace(",", ".") + f",{frac:02d}"
    return f"{currency} {sign}{whole:,}.{frac:02d}"


def number(value: int) -> str:
    return f"{value:,}".replace(",", ".") if _spanish() else f"{value:,}"
