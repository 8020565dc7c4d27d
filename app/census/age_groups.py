"""The age groups of the census report: under 15, 15-29, 30-59, 60 and over."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class AgeGroup(StrEnum):
    CHILDREN = "0-14"
    YOUTH = "15-29"
    ADULTS = "30-59"
    ELDERS = "60+"


@dataclass(frozen=True)
class AgeRange:
    min_age: int | None
    max_age: int | None


AGE_RANGES: dict[AgeGroup, AgeRange] = {
    AgeGroup.CHILDREN: AgeRange(None, 14),
    AgeGroup.YOUTH: AgeRange(15, 29),
    AgeGroup.ADULTS: AgeRange(30, 59),
    AgeGroup.ELDERS: AgeRange(60, None),
}


def age_group_of(age: int | None) -> AgeGroup | None:
    if age is None:
        return None
    if age < 15:
        return AgeGroup.CHILDREN
    if age < 30:
        return AgeGroup.YOUTH
    if age < 60:
        return AgeGroup.ADULTS
    return AgeGroup.ELDERS
