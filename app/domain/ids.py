"""Record ids: UUIDv7 strings (they sort by creation time), made on the laptop."""

from __future__ import annotations

import os
import random
import uuid

from app.domain.clock import Clock, SystemClock


class IdGenerator:
    """Makes UUIDv7 ids. Given a seeded `rng` and a stepping clock, the ids repeat exactly
    (the demo commune must have the same digest on every laptop)."""

    def __init__(self, clock: Clock | None = None, rng: random.Random | None = None) -> None:
        self._clock = clock or SystemClock()
        self._rng = rng

    def _random_bits(self, n: int) -> int:
        if self._rng is not None:
            return self._rng.getrandbits(n)
        return int.from_bytes(os.urandom((n + 7) // 8), "big") >> ((8 - n % 8) % 8)

    def new(self) -> str:
        ms = int(self._clock.now().timestamp() * 1000) & ((1 << 48) - 1)
        value = (ms << 80) | (0x7 << 76) | (self._random_bits(12) << 64)
        value |= (0b10 << 62) | self._random_bits(62)
        return str(uuid.UUID(int=value))


_default = IdGenerator()


def new_id() -> str:
    return _default.new()
