"""Who was in charge of a laptop when it made a change: pure rules, no SQL.

There are no accounts. A laptop's chain of changes holds, now and then, a shift change
(`operator_shift`: "from now on NAME is in charge of this laptop"). Every later change of the
same laptop (a higher seq in its chain) until its next shift is that person's. A shift written
after a change never renames it: the answer depends on the order in the signed chain, not on
which shift is newest.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping

from app.domain.errors import DomainError
from app.domain.text import clean_name

NAME_MAX = 200


def operator_name(text: str) -> str:
    """The name as it will be recorded: spaces folded as every name is (`clean_name`),
    control characters and overlong names refused."""
    name = clean_name(text)
    if not name:
        raise DomainError("operator.empty")
    if any(not ch.isprintable() for ch in name):
        raise DomainError("operator.bad_name")
    if len(name) > NAME_MAX:
        raise DomainError("operator.too_long", limit=NAME_MAX)
    return name


class Shifts:
    """Each laptop's shifts, by their place in its chain: origin -> [(seq, name)] by seq."""

    def __init__(self, shifts: Iterable[tuple[str, int, str]]) -> None:
        by_origin: dict[str, list[tuple[int, str]]] = {}
        for origin, seq, name in shifts:
            by_origin.setdefault(origin, []).append((seq, name))
        for found in by_origin.values():
            found.sort()
        self._seqs: Mapping[str, list[int]] = {
            origin: [seq for seq, _name in found] for origin, found in by_origin.items()}
        self._names: Mapping[str, list[str]] = {
            origin: [name for _seq, name in found] for origin, found in by_origin.items()}

    def in_charge(self, origin: str, seq: int) -> str | None:
        """Who was in charge of laptop `origin` when it wrote its change number `seq`: the
        latest shift of that laptop with a lower seq; None before its first shift."""
        seqs = self._seqs.get(origin)
        if not seqs:
            return None
        at = bisect_left(seqs, seq)  # shifts strictly before `seq`
        return self._names[origin][at - 1] if at else None
