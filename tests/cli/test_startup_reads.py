"""What every command reads at its start costs the same on a long change log (issue 17).

Resuming who is in charge looked for this laptop's last shift through the (origin, seq) index:
nearly the whole log is the laptop's own, so SQLite walked it back row by row, 8 s at 200,000
residents with a cold disk, before `list` or `info` did anything. Counted in SQLite's virtual
machine steps (its progress handler), not in seconds."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from app.container import Services
from app.domain.census import NewResident
from app.domain.enums import OrgKind

STEPS = 100  # the progress handler is called once every this many instructions


@contextmanager
def counted_steps(services: Services) -> Iterator[list[int]]:
    """Instructions SQLite runs, in hundreds, on every connection checked out meanwhile."""
    calls = [0]

    def count() -> int:
        calls[0] += 1
        return 0  # go on

    def on_checkout(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        dbapi_connection.set_progress_handler(count, STEPS)

    event.listen(services.engine, "checkout", on_checkout)
    try:
        yield calls
    finally:
        event.remove(services.engine, "checkout", on_checkout)


def _residents(council: str, start: int, count: int) -> Iterator[NewResident]:
    for i in range(start, start + count):
        yield NewResident(council, f"Persona {i}", f"Apellido {i % 97}", f"V-{9_000_000 + i}")


def _steps_to_resume(services: Services) -> int:
    with counted_steps(services) as calls:
        services.operators.resume()
    return calls[0]


def test_resuming_who_is_in_charge_does_not_walk_the_log(services: Services) -> None:
    services.operators.take("Ana Pérez")  # the shift sits at the start of the chain
    commune = services.organizations.create(OrgKind.COMMUNE, "Comuna Larga")
    council = services.organizations.create(OrgKind.COUNCIL, "Consejo Largo", commune.id)
    services.residents.add_many(_residents(council.id, 0, 20))
    short_log = _steps_to_resume(services)
    services.residents.add_many(_residents(council.id, 20, 4000))
    long_log = _steps_to_resume(services)
    assert services.operators.in_charge() == "Ana Pérez"  # still found
    # 4,000 more changes of this laptop: walking them costs far more than 100 steps of 100.
    assert long_log <= short_log + 100, (short_log, long_log)
