"""What the census widgets offer to choose from, loaded once on the worker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.census.age_groups import AgeGroup
from app.domain.enums import OrgKind, Sex
from app.domain.organizations import Organization, Sector

from ui import labels

if TYPE_CHECKING:  # only named in annotations: the module is not loaded at run time
    from app.container import WindowServices


@dataclass(frozen=True)
class CensusChoices:
    organizations: tuple[Organization, ...]
    sectors: tuple[Sector, ...]
    default_council_id: str | None  # the council this laptop works for, if it is one

    @property
    def councils(self) -> tuple[Organization, ...]:
        return tuple(o for o in self.organizations if o.kind is OrgKind.COUNCIL)

    def council_name(self, council_id: str) -> str:
        return next((o.name for o in self.organizations if o.id == council_id), "")

    def sectors_of(self, council_id: str | None) -> tuple[Sector, ...]:
        return tuple(s for s in self.sectors if s.organization_id == council_id)

    def sector_name(self, sector_id: str | None) -> str:
        return next((s.name for s in self.sectors if s.id == sector_id), "")


def load_choices(services: WindowServices) -> CensusChoices:
    """Runs on the worker thread."""
    organizations = tuple(services.organizations.list_all())
    sectors = tuple(services.organizations.sectors())
    setting = services.settings.get("organization_id") or None
    councils = [o for o in organizations if o.kind is OrgKind.COUNCIL]
    default = setting if any(c.id == setting for c in councils) else (
        councils[0].id if len(councils) == 1 else None)
    return CensusChoices(organizations, sectors, default)


def age_group_label(group: AgeGroup) -> str:
    # Literal translate() calls, so that lupdate finds every string.
    return {
        AgeGroup.CHILDREN: QCoreApplication.translate("CensusLabels", "Menores de 15"),
        AgeGroup.YOUTH: QCoreApplication.translate("CensusLabels", "15 a 29 años"),
        AgeGroup.ADULTS: QCoreApplication.translate("CensusLabels", "30 a 59 años"),
        AgeGroup.ELDERS: QCoreApplication.translate("CensusLabels", "60 años y más"),
    }[group]


def sex_label(sex: Sex | None) -> str:
    if sex is None:
        return ""
    return labels.sex(sex)
