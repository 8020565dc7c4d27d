"""Words the assembly papers share: long Spanish dates, times, kinds of assembly and call."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime

from app.domain.enums import OrgKind, PrioritizationMethod, ProblemCategory
from app.domain.labels import assembly_kind_in_sentence, label_of
from app.domain.zone import DEFAULT_TIME_ZONE, zone_named
from app.i18n import N_, _, ngettext
from app.printing import formats

MONTHS = (N_("enero"), N_("febrero"), N_("marzo"), N_("abril"), N_("mayo"), N_("junio"),
          N_("julio"), N_("agosto"), N_("septiembre"), N_("octubre"), N_("noviembre"),
          N_("diciembre"))
DAYS = (N_("lunes"), N_("martes"), N_("miércoles"), N_("jueves"), N_("viernes"), N_("sábado"),
        N_("domingo"))


# The zone papers show hours in while one is drawn (PaperService sets it from the
# organization's setting, or from what a sealed acta states); never the laptop's own zone.
_PAPER_ZONE: ContextVar[str] = ContextVar("paper_zone", default=DEFAULT_TIME_ZONE)


@contextmanager
def paper_zone(name: str) -> Iterator[None]:
    token = _PAPER_ZONE.set(name)
    try:
        yield
    finally:
        _PAPER_ZONE.reset(token)


def local(moment: datetime) -> datetime:
    """Times are UTC in the record; papers show them in the organization's time zone."""
    return moment.astimezone(zone_named(_PAPER_ZONE.get()))


def long_date(day: date) -> str:
    """«sábado 12 de septiembre de 2026»."""
    return _("{weekday} {day} de {month} de {year}").format(
        weekday=_(DAYS[day.weekday()]), day=day.day, month=_(MONTHS[day.month - 1]),
        year=day.year)


NBSP = "\u00a0"


def clock_time(moment: datetime) -> str:
    """«9:00 a. m.» (the way a notice on a wall says it), never broken across two lines."""
    hour = moment.hour % 12 or 12
    suffix = _("a. m.") if moment.hour < 12 else _("p. m.")
    return f"{hour}:{moment.minute:02d} {suffix}".replace(" ", NBSP)


def at_hour(moment: datetime) -> str:
    """«la 1:00 p. m.», «las 9:00 a. m.»: Spanish takes the singular article for one."""
    hour = moment.hour % 12 or 12
    return (_("la {time}") if hour == 1 else _("las {time}")).format(time=clock_time(moment))


def grouped(value: int) -> str:
    """«1.200»: thousands separated by a point, as Venezuelan papers write them."""
    return formats.number(value)


def people(count: int) -> str:
    """«1 persona», «12 personas»: a count of people that agrees with its number."""
    return ngettext("{n} persona", "{n} personas", count).format(n=grouped(count))


def parse_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def assembly_kind(kind: str) -> str:
    return assembly_kind_in_sentence(kind)


def call_words(call: int) -> str:
    return _("primera convocatoria") if call == 1 else _(
        "segunda convocatoria")


def org_kind(kind: str) -> str:
    return label_of(OrgKind, kind)


def territory(parish: str | None, municipality: str | None, state: str | None) -> str:
    parts = []
    if parish:
        parts.append(_("parroquia {parish}").format(parish=parish))
    if municipality:
        parts.append(_("municipio {municipality}").format(municipality=municipality))
    if state:
        parts.append(_("estado {state}").format(state=state))
    return ", ".join(parts)


def method_words(method: str) -> str:
    return {
        PrioritizationMethod.PLURALITY.value: _(
            "votación a mano alzada (se cuentan las manos por cada problema)"),
        PrioritizationMethod.APPROVAL.value: _(
            "aprobación (cada persona marca todos los problemas que apoya)"),
        PrioritizationMethod.BORDA.value: _(
            "orden de preferencia, contado por el método Borda (con n problemas, el primero "
            "de cada papeleta recibe n−1 puntos, el segundo n−2, y así hasta 0)"),
        PrioritizationMethod.SCORE.value: _(
            "reparto de puntos (cada persona reparte sus puntos entre los problemas)"),
    }.get(method, method)


def total_header(method: str) -> str:
    return _("Votos") if method in (PrioritizationMethod.PLURALITY.value,
                                             PrioritizationMethod.APPROVAL.value) \
        else _("Puntos")


def category(value: str) -> str:
    return label_of(ProblemCategory, value)


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


def upper_first(text: str) -> str:
    """A capital first letter, the rest untouched (str.capitalize would lower the rest)."""
    return text[:1].upper() + text[1:]


def end_sentence(text: str) -> str:
    """Add the final period unless the text already ends with one («p. m.»)."""
    text = text.rstrip()
    return text if text.endswith(".") else text + "."


def esc(text: str) -> str:
    """Escape text for ReportLab's Paragraph markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
