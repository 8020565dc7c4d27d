"""Words the consultation papers share: who holds the vote, and the lines a table fills."""

from __future__ import annotations

from app.domain.organizations import Organization
from app.i18n import _
from app.printing.assembly_words import org_title


def where_line(org: Organization) -> str:
    """«Comuna El Guaire · Código CM-MIR-0001 · Parroquia Petare, municipio Sucre»: every
    consultation paper names the commune or circuit, its code and its parish, so a sheet
    that travels alone still says where it belongs."""
    return " · ".join(where_parts(org))


def where_parts(org: Organization) -> tuple[str, ...]:
    """where_line's parts: the name, then the code and the place when known (a narrow paper,
    the ballot, may shorten the name and keep the code and parish whole)."""
    parts = [org_title(org.kind.value, org.name)]
    if org.registry_code:
        parts.append(_("Código {code}").format(code=org.registry_code))
    place = ", ".join(p for p in (
        _("parroquia {parish}").format(parish=org.parish) if org.parish else "",
        _("municipio {municipality}").format(municipality=org.municipality)
        if org.municipality else "") if p)
    if place:
        parts.append(place[:1].upper() + place[1:])
    return tuple(parts)
