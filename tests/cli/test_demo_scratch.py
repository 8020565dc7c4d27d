"""`demo` is built on a scratch copy (issue 17: the demo under 2 s): its some 300 units of work
do not each wait for the disk; the finished copy is synced once and then holds everything."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from app.cli import main
from app.commands.exit_codes import DONE


def test_the_demo_waits_for_the_disk_a_few_times_not_per_unit_of_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    durable: list[int] = []

    def on_commit(conn: Any) -> None:
        level = conn.connection.dbapi_connection.execute("PRAGMA synchronous").fetchone()[0]
        if level:  # anything but OFF syncs at this commit
            durable.append(level)

    event.listen(Engine, "commit", on_commit)
    try:
        assert main(["--db", str(tmp_path / "demo.db"), "demo", "--residents", "60"]) == DONE
    finally:
        event.remove(Engine, "commit", on_commit)
    assert len(durable) < 20  # opening the database; the demo's own ~300 are not synced
    capsys.readouterr()
    # The copy put in place holds the whole demo, and the database syncs again afterwards.
    assert main(["--db", str(tmp_path / "demo.db"), "info", "--json"]) == DONE
    info = json.loads(capsys.readouterr().out)
    assert info["counts"]["resident"] == 60 and info["changes"] > 300
    assert main(["--db", str(tmp_path / "demo.db"), "check"]) == DONE
