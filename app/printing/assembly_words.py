"""Words the assembly papers share: long Spanish dates, times, kinds of assembly and call."""

from __future__ import annotations

from datetime import date, datetime

from app.domain.enums import AssemblyKind, OrgKind, PrioritizationMethod, ProblemCategory
from app.printing.i18n import t

MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
DAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def local(moment: datetime) -> datetime:
    """Times are UTC in the record; papers show the laptop's local time."""
    return moment.astimezone()


def long_date(day: date) -> str:
    """«sábado 12 de septiembre de 2026»."""
    return t(f"{DAYS[day.weekday()]} {day.day} de {MONTHS[day.month - 1]} de {day.year}",
             f"{DAYS_EN[day.weekday()]}, {MONTHS_EN[day.month - 1]} {day.day}, {day.year}")


def clock_time(moment: datetime) -> str:
    """«9:00 a. m.» (the way a notice on a wall says it)."""
    hour = moment.hour % 12 or 12
    suffix = t("a. m.", "a.m.") if moment.hour < 12 else t("p. m.", "p.m.")
    return f"{hour}:{moment.minute:02d} {suffix}"


def parse_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def assembly_kind(kind: str) -> str:
    return {
        AssemblyKind.ORDINARY.value: t("ordinaria", "ordinary"),
        AssemblyKind.EXTRAORDINARY.value: t("extraordinaria", "extraordinary"),
        AssemblyKind.BASE.value: t("de base (nudos críticos)", "base (critical problems)"),
        AssemblyKind.ACCOUNTABILITY.value: t("de rendición de cuentas", "accountability"),
    }.get(kind, kind)


def call_words(call: int) -> str:
    return t("primera convocatoria", "first call") if call == 1 else t(
        "segunda convocatoria", "second call")


def org_kind(kind: str) -> str:
    return {
        OrgKind.COMMUNE.value: t("Comuna", "Commune"),
        OrgKind.CIRCUIT.value: t("Circuito comunal", "Communal circuit"),
        OrgKind.COUNCIL.value: t("Consejo comunal", "Communal council"),
    }.get(kind, kind)


def territory(parish: str | None, municipality: str | None, state: str | None) -> str:
    parts = []
    if parish:
        parts.append(t(f"parroquia {parish}", f"parish of {parish}"))
    if municipality:
        parts.append(t(f"municipio {municipality}", f"municipality of {municipality}"))
    if state:
        parts.append(t(f"estado {state}", f"state of {state}"))
    return ", ".join(parts)


def method_words(method: str) -> str:
    return {
        PrioritizationMethod.PLURALITY.value: t(
            "votación a mano alzada (se cuentan las manos por cada problema)",
            "show of hands (hands counted for each problem)"),
        PrioritizationMethod.APPROVAL.value: t(
            "aprobación (cada persona marca todos los problemas que apoya)",
            "approval (each person marks every problem they support)"),
        PrioritizationMethod.BORDA.value: t(
            "orden de preferencia, contado por el método Borda (con n problemas, el primero "
            "de cada papeleta recibe n−1 puntos, el segundo n−2, y así hasta 0)",
            "ranked preference, counted by the Borda method (with n problems, each ballot's "
            "first gets n−1 points, the second n−2, and so on down to 0)"),
        PrioritizationMethod.SCORE.value: t(
            "reparto de puntos (cada persona reparte sus puntos entre los problemas)",
            "points (each person spreads their points among the problems)"),
    }.get(method, method)


def total_header(method: str) -> str:
    return t("Votos", "Votes") if method in (PrioritizationMethod.PLURALITY.value,
                                             PrioritizationMethod.APPROVAL.value) \
        else t("Puntos", "Points")


def category(value: str) -> str:
    return {
        ProblemCategory.WATER.value: t("Agua", "Water"),
        ProblemCategory.ELECTRICITY.value: t("Electricidad", "Electricity"),
        ProblemCategory.ROADS.value: t("Vialidad", "Roads"),
        ProblemCategory.HEALTH.value: t("Salud", "Health"),
        ProblemCategory.EDUCATION.value: t("Educación", "Education"),
        ProblemCategory.HOUSING.value: t("Vivienda", "Housing"),
        ProblemCategory.SPORTS.value: t("Deporte", "Sports"),
        ProblemCategory.CULTURE.value: t("Cultura", "Culture"),
        ProblemCategory.ENVIRONMENT.value: t("Ambiente", "Environment"),
        ProblemCategory.SECURITY.value: t("Seguridad", "Security"),
        ProblemCategory.TRANSPORT.value: t("Transporte", "Transport"),
        ProblemCategory.RETAINING_WALLS.value: t("Muros de contención", "Retaining walls"),
        ProblemCategory.OTHER.value: t("Otro", "Other"),
    }.get(value, value)


SPANISH_KINDS = ("consejo comunal", "comuna", "circuito comunal")


def org_title(kind: str, name: str) -> str:
    """«Comuna El Sol», but «Consejo Comunal Brisas» when the name already says what it is
    (names are proper nouns: they stay in Spanish in an English paper too)."""
    if name.lower().startswith(SPANISH_KINDS):
        return name
    return f"{org_kind(kind)} {name}"


def short_council(name: str) -> str:
    """«Brisas del Guaire» for a column already headed «Consejo comunal»."""
    prefix = "consejo comunal "
    return name[len(prefix):] if name.lower().startswith(prefix) else name


def end_sentence(text: str) -> str:
    """Add the final period unless the text already ends with one («p. m.»)."""
    text = text.rstrip()
    return text if text.endswith(".") else text + "."


def esc(text: str) -> str:
    """Escape text for ReportLab's Paragraph markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
