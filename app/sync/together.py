"""Fields that change together: one value for the merge, never merged one by one.

A payment's money is one value written in four columns: the amount, its currency, the rate
of its date and its value in the project's currency. Merged field by field, two laptops that
corrected it apart could end with one laptop's amount beside the other's value (or one's
rate beside the other's amount, merged silently). Declared here per table, a group merges as
one: a version writes the group when it writes any of its fields, and two versions that
disagree on it meet as ONE conflict, named after the group's first field, whose values are
the whole group ({"amount_cents": ..., "currency": ..., ...}); resolving it sets them all.
"""

from __future__ import annotations

from collections.abc import Iterable

_MONEY = ("amount_cents", "currency", "rate_e4", "value_cents")

TOGETHER: dict[str, tuple[tuple[str, ...], ...]] = {
    "expense": (_MONEY,),
    "disbursement": (_MONEY,),
}


def merge_units(entity: str, keys: Iterable[str]) -> list[tuple[str, ...]]:
    """`keys` as the merge takes them: a group (of those present) as one unit, named by its
    first field; every other field alone. Sorted by the unit's name, as keys were."""
    remaining = set(keys)
    units: list[tuple[str, ...]] = []
    for group in TOGETHER.get(entity, ()):
        present = tuple(k for k in group if k in remaining)
        if present:
            units.append(present)
            remaining -= set(present)
    units += [(k,) for k in remaining]
    return sorted(units, key=lambda unit: unit[0])


def group_led_by(entity: str, field: str) -> tuple[str, ...] | None:
    """The group a conflict on `field` stands for (None: a field on its own)."""
    for group in TOGETHER.get(entity, ()):
        if group[0] == field:
            return group
    return None
