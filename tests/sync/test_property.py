"""Property: whatever 2-5 laptops do apart and however bundles travel, they end up the same.

Laptops create, edit, delete, add facts and resolve conflicts; bundles are exported for one
peer or in full and delivered to anyone, late, twice or never. After a final exchange all to
all, every laptop has the same state digest, the same conflicts, and every change ever made.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.container import Services, open_services
from app.domain.enums import OrgKind
from app.domain.errors import DomainError
from app.persistence.rows import AttachmentRow, ChangeRow, ConflictRow, OrganizationRow
from app.sync import materialize
from app.sync.merge import Merged, Version
from app.sync.verify_log import chain_problems

NAMES = ("Norte", "Sur", "Este")
CODES = ("R-1", "R-2", None)
PCTS = (20, 30, 40)

index = st.integers(min_value=0, max_value=9)
edit = st.tuples(st.just("edit"), index, index,
                 st.sampled_from(("name", "registry_code", "quorum_first_call_pct")), index)
step = st.one_of(
    st.tuples(st.just("create"), index),
    edit,
    edit,
    edit,
    st.tuples(st.just("delete"), index, index),
    st.tuples(st.just("fact"), index),
    st.tuples(st.just("resolve"), index, index, index),
    # A delta by watermarks, a full bundle, or a partial one carrying only the sender's own
    # log (what refers to other laptops' records then waits as pending where it lands).
    st.tuples(st.just("export"), index, index, st.sampled_from(("delta", "full", "own"))),
    st.tuples(st.just("deliver"), index, index),
)
scenario = st.tuples(st.integers(min_value=2, max_value=5), st.lists(step, max_size=25))

# Unsealed: these properties are about merging, between laptops that may not know each other
# yet; a sealed bundle reaches only its sender's trusted devices (tests/sync/test_envelope.py).
PLAIN = True


@dataclass
class World:
    laptops: list[Services]
    folder: Path
    bundles: list[Path] = field(default_factory=list)

    def pick(self, i: int) -> Services:
        return self.laptops[i % len(self.laptops)]


def _records(services: Services, live: bool = True) -> list[str]:
    with services.sessions.begin() as s:
        query = select(OrganizationRow.id).order_by(OrganizationRow.id)
        if live:
            query = query.where(OrganizationRow.deleted_at.is_(None))
        return list(s.scalars(query))


def _value(field_name: str, i: int) -> object:
    options: tuple[object, ...] = {"name": NAMES, "registry_code": CODES,
                                   "quorum_first_call_pct": PCTS}[field_name]
    return options[i % len(options)]


def _do(world: World, op: tuple[Any, ...]) -> None:
    kind = op[0]
    if kind == "create":
        # Numbered: one laptop refuses a second commune with a name it already holds.
        services = world.pick(op[1])
        number = len(_records(services, live=False)) + 1
        services.organizations.create(OrgKind.COMMUNE, f"Comuna {op[1]}.{number}")
    elif kind in ("edit", "delete"):
        services = world.pick(op[1])
        records = _records(services)
        if not records:
            return
        record_id = records[op[2] % len(records)]
        with services.sessions.begin() as s:
            row = s.get_one(OrganizationRow, record_id)
            if kind == "edit":
                services.ctx.log.update(s, row, **{op[3]: _value(op[3], op[4])})
            else:
                services.ctx.log.delete(s, row)
    elif kind == "fact":
        services = world.pick(op[1])
        with services.sessions.begin() as s:
            services.ctx.log.insert(s, AttachmentRow(
                id=services.ctx.ids.new(), owner_entity="organization", owner_id="-",
                filename=f"acta-{op[1]}.txt", media_type="text/plain", size=1,
                sha256="0" * 64, description=None, created_at=datetime.now(UTC)))
    elif kind == "resolve":
        services = world.pick(op[1])
        conflicts = services.sync.conflicts()
        if conflicts:
            conflict = conflicts[op[2] % len(conflicts)]
            services.sync.resolve(conflict.id, conflict.choices[op[3] %
                                                                len(conflict.choices)].value)
    elif kind == "export":
        src, dst = world.pick(op[1]), world.pick(op[2])
        if src is dst:
            return
        known = dst.device.id in {d.id for d in src.sync.status().devices}
        result = src.sync.export(
            world.folder, peer=dst.device.id if known and op[3] == "delta" else None,
            only_origins=frozenset({src.device.id}) if op[3] == "own" else None, plain=PLAIN)
        world.bundles.append(result.path)
    elif kind == "deliver":
        if not world.bundles:
            return
        bundle = world.bundles[op[1] % len(world.bundles)]
        _import(world.pick(op[2]), bundle)


def _import(dst: Services, bundle: Path) -> None:
    info = dst.sync.inspect(bundle)
    try:
        dst.sync.import_file(bundle, trust_fingerprint=info.sender_fingerprint)
    except DomainError as exc:
        # A delta made for another peer may start above what this laptop holds: refused
        # whole, harmless. Nothing else may go wrong.
        if exc.code != "sync.gap":
            raise


def _exchange_all(world: World) -> None:
    hub, others = world.laptops[0], world.laptops[1:]
    for services in others:
        _import(hub, services.sync.export(world.folder, plain=PLAIN).path)
    for services in others:
        _import(services, hub.sync.export(world.folder, plain=PLAIN).path)


def _conflicts(services: Services) -> list[tuple[Any, ...]]:
    with services.sessions.begin() as s:
        return sorted(
            (c.id, c.entity, c.entity_id, c.field, json.dumps(c.candidates, sort_keys=True),
             c.provisional)
            for c in s.scalars(select(ConflictRow))
        )


def _own_changes(services: Services) -> set[tuple[str, int, str]]:
    with services.sessions.begin() as s:
        return {(o, q, h) for o, q, h in s.execute(
            select(ChangeRow.origin, ChangeRow.seq, ChangeRow.hash)
            .where(ChangeRow.origin == services.device.id))}


def _held(services: Services) -> set[tuple[str, int, str]]:
    with services.sessions.begin() as s:
        return {(o, q, h) for o, q, h in s.execute(
            select(ChangeRow.origin, ChangeRow.seq, ChangeRow.hash))}


def run_scenario(template: Path, laptops: int, steps: list[tuple[Any, ...]]) -> None:
    """Play the steps, exchange all to all, and assert the laptops agree and lost nothing."""
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        root = Path(tmp)
        opened = []
        for n in range(laptops):
            path = root / f"laptop{n}.db"
            shutil.copyfile(template, path)
            services = open_services(path)
            stack.callback(services.close)
            opened.append(services)
        (root / "stick").mkdir()
        world = World(opened, root / "stick")
        # Two records every laptop holds from the start, so that edits meet often.
        opened[0].organizations.create(OrgKind.COMMUNE, "Comuna Inicial")
        opened[0].organizations.create(OrgKind.CIRCUIT, "Circuito Inicial")
        _exchange_all(world)
        for op in steps:
            _do(world, op)
        made = set().union(*(_own_changes(s) for s in opened))
        _exchange_all(world)
        digests = {s.info.digest() for s in opened}
        assert len(digests) == 1, "the laptops disagree after exchanging everything"
        conflicts = [_conflicts(s) for s in opened]
        assert all(c == conflicts[0] for c in conflicts), "the laptops show other conflicts"
        for services in opened:
            assert made <= _held(services), "a change was lost"
            assert services.sync.status().pending == [], "a change still waits"
            with services.sessions.begin() as s:
                assert chain_problems(s) == []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario)
def test_laptops_converge_whatever_the_order(
    schema_template: Path, plan: tuple[int, list[tuple[Any, ...]]]
) -> None:
    run_scenario(schema_template, *plan)


def _last_arrived_wins(entity: str, entity_id: str, versions: dict[str, Version]) -> Merged:
    """A deliberately broken merge: the version that arrived last simply wins."""
    last = list(versions.values())[-1]
    return Merged(dict(last.fields), ())


def test_a_broken_merge_is_caught(
    schema_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(materialize, "merge_heads", _last_arrived_wins)
    # A concrete case first: the same field edited on two laptops, exchanged both ways.
    concurrent = [("edit", 0, 0, "name", 0), ("edit", 1, 0, "name", 1)]
    with pytest.raises(AssertionError, match="disagree"):
        run_scenario(schema_template, 2, concurrent)

    # And the property itself, searching on its own, finds a counterexample.
    # Derandomized: the same search every run, so the twin cannot pass or fail by luck.
    @settings(max_examples=100, deadline=None, phases=[Phase.generate], derandomize=True,
              suppress_health_check=[HealthCheck.too_slow], database=None)
    @given(scenario)
    def prop(plan: tuple[int, list[tuple[Any, ...]]]) -> None:
        run_scenario(schema_template, *plan)

    with pytest.raises(AssertionError):
        prop()
