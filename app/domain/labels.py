"""What a person reads for each stored enum value and each kind of record: one table for all.

The window, the papers and the command line take their labels from here, so a status reads the
same on screen and on paper. The Spanish is the catalog's source text (marked with N_); English
comes from app/locale/en/LC_MESSAGES/domain.po when shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from app.domain.enums import (
    AssemblyKind,
    AssemblyStatus,
    ConsultationStatus,
    OrgKind,
    PrioritizationMethod,
    ProblemCategory,
    ProblemStatus,
    ProjectRole,
    ProjectStatus,
    Sex,
    TableRole,
    TieRule,
)
from app.i18n import N_, _

LABELS: dict[type[StrEnum], Mapping[str, str]] = {
    OrgKind: {
        OrgKind.COMMUNE: N_("Comuna"),
        OrgKind.CIRCUIT: N_("Circuito comunal"),
        OrgKind.COUNCIL: N_("Consejo comunal"),
    },
    AssemblyKind: {
        AssemblyKind.ORDINARY: N_("Ordinaria"),
        AssemblyKind.EXTRAORDINARY: N_("Extraordinaria"),
        AssemblyKind.BASE: N_("De base (problemas)"),
        AssemblyKind.ACCOUNTABILITY: N_("Rendición de cuentas"),
    },
    AssemblyStatus: {
        AssemblyStatus.CONVENED: N_("Convocada"),
        AssemblyStatus.IN_PROGRESS: N_("En curso"),
        AssemblyStatus.CLOSED: N_("Cerrada"),
        AssemblyStatus.CANCELLED: N_("Suspendida"),
        AssemblyStatus.NOT_CONSTITUTED: N_("No constituida"),
    },
    ProblemCategory: {
        ProblemCategory.WATER: N_("Agua"),
        ProblemCategory.ELECTRICITY: N_("Electricidad"),
        ProblemCategory.ROADS: N_("Vialidad"),
        ProblemCategory.HEALTH: N_("Salud"),
        ProblemCategory.EDUCATION: N_("Educación"),
        ProblemCategory.HOUSING: N_("Vivienda"),
        ProblemCategory.SPORTS: N_("Deporte"),
        ProblemCategory.CULTURE: N_("Cultura"),
        ProblemCategory.ENVIRONMENT: N_("Ambiente"),
        ProblemCategory.SECURITY: N_("Seguridad"),
        ProblemCategory.TRANSPORT: N_("Transporte"),
        ProblemCategory.RETAINING_WALLS: N_("Muros de contención"),
        ProblemCategory.OTHER: N_("Otro"),
    },
    ProblemStatus: {
        ProblemStatus.OPEN: N_("Abierto"),
        ProblemStatus.IN_PROJECT: N_("En proyecto"),
        ProblemStatus.SOLVED: N_("Resuelto"),
    },
    ProjectRole: {
        ProjectRole.SPOKESPERSON: N_("Vocero o vocera responsable"),
        ProjectRole.COMMITTEE: N_("Integrante del comité del proyecto"),
    },
    ProjectStatus: {
        ProjectStatus.PROPOSED: N_("Propuesto"),
        ProjectStatus.CANDIDATE: N_("Postulado"),
        ProjectStatus.FUNDED: N_("Financiado"),
        ProjectStatus.IN_PROGRESS: N_("En ejecución"),
        ProjectStatus.COMPLETED: N_("Culminado"),
        ProjectStatus.SUSPENDED: N_("Suspendido"),
        ProjectStatus.CANCELLED: N_("Cancelado"),
    },
    ConsultationStatus: {
        ConsultationStatus.DRAFT: N_("En preparación"),
        ConsultationStatus.READY: N_("Lista"),
        ConsultationStatus.VOTING: N_("Votación"),
        ConsultationStatus.COUNTING: N_("Escrutinio"),
        ConsultationStatus.CLOSED: N_("Cerrada"),
    },
    PrioritizationMethod: {
        PrioritizationMethod.BORDA: N_("Orden de preferencia (Borda)"),
        PrioritizationMethod.PLURALITY: N_("Manos alzadas por problema"),
        PrioritizationMethod.APPROVAL: N_("Aprobación (marcar varios)"),
        PrioritizationMethod.SCORE: N_("Reparto de puntos"),
    },
    TieRule: {
        TieRule.SECOND_VOTE: N_("Segunda votación"),
        TieRule.DRAW: N_("Sorteo"),
    },
    TableRole: {
        TableRole.PRESIDENT: N_("Presidente(a)"),
        TableRole.SECRETARY: N_("Secretario(a)"),
        TableRole.MEMBER: N_("Miembro"),
        TableRole.WITNESS: N_("Testigo"),
    },
    Sex: {
        Sex.FEMALE: N_("Femenino"),
        Sex.MALE: N_("Masculino"),
    },
}

# The kind of assembly inside a sentence ("Asamblea de Ciudadanos y Ciudadanas ordinaria"):
# the same value as its label, in the form Spanish grammar asks for after "Asamblea".
ASSEMBLY_KIND_IN_SENTENCE: Mapping[str, str] = {
    AssemblyKind.ORDINARY: N_("ordinaria"),
    AssemblyKind.EXTRAORDINARY: N_("extraordinaria"),
    AssemblyKind.BASE: N_("de base (nudos críticos)"),
    AssemblyKind.ACCOUNTABILITY: N_("de rendición de cuentas"),
}

# Kinds of record a message may name (`DomainError("not_found", entity="resident")`): the
# table's name -> the Spanish noun with its article, so the sentence agrees in gender.
ENTITIES: Mapping[str, str] = {
    "agenda_item": N_("el punto del orden del día"),
    "agreement": N_("el acuerdo"),
    "assembly": N_("la asamblea"),
    "attachment": N_("el archivo adjunto"),
    "attendance": N_("el registro de asistencia"),
    "ballot_batch": N_("el lote de boletas"),
    "register_print": N_("la impresión del cuaderno de votación"),
    "committee": N_("el comité"),
    "commune": N_("la comuna"),
    "consultation": N_("la consulta"),
    "council": N_("el consejo comunal"),
    "device": N_("el equipo"),
    "operator_shift": N_("el cambio de secretaria a cargo del equipo"),
    "budget_line": N_("la partida del presupuesto"),
    "disbursement": N_("el ingreso"),
    "expense": N_("el gasto"),
    "finding": N_("el hallazgo"),
    "inspection": N_("la inspección"),
    "intervention": N_("la intervención"),
    "minutes": N_("el acta"),
    "nomination": N_("la postulación"),
    "organization": N_("la organización"),
    "prioritization": N_("la priorización"),
    "prioritization_ballot": N_("la papeleta de priorización"),
    "problem": N_("el problema"),
    "progress_report": N_("el informe de avance"),
    "project_person": N_("el responsable del proyecto"),
    "project": N_("el proyecto"),
    "project_problem": N_("el vínculo entre proyecto y problema"),
    "project_status_change": N_("el cambio de estado del proyecto"),
    "resident": N_("el habitante"),
    "sector": N_("el sector"),
    "setting": N_("el ajuste"),
    "spokesperson": N_("el vocero"),
    "table_member": N_("el miembro de mesa"),
    "tally_acceptance": N_("la aceptación del acta de escrutinio"),
    "tally_entry": N_("el acta de escrutinio"),
    "voter_assignment": N_("la asignación de elector"),
    "voting_centre": N_("el centro de votación"),
    "voting_table": N_("la mesa"),
}


def label(value: StrEnum) -> str:
    """The label of an enum member in the current language."""
    return _(LABELS[type(value)][value])


def label_of(kind: type[StrEnum], value: str) -> str:
    """The label of a stored value; an unknown value (a newer program's) shows as stored."""
    spanish = LABELS[kind].get(value)
    return _(spanish) if spanish is not None else value


def label_in_sentence(kind: type[StrEnum], value: str) -> str:
    """The label inside a sentence ("se resolvió por sorteo"): the same words, lower case."""
    return label_of(kind, value).lower()


def assembly_kind_in_sentence(value: str) -> str:
    spanish = ASSEMBLY_KIND_IN_SENTENCE.get(value)
    return _(spanish) if spanish is not None else value
