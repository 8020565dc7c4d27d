"""`--db` takes a database URL as well as a path: the hub's PostgreSQL URL is not a path."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest

import app.container
from app.commands.common import opened


class _Stop(Exception):
    pass


def test_a_postgresql_url_reaches_the_container_unmangled(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    given: list[Any] = []

    def fake_open(db: Any = None, **_kw: Any) -> Any:
        given.append(db)
        raise _Stop

    monkeypatch.setattr(app.container, "open_services", fake_open)
    url = "postgresql+psycopg://asamblea@localhost/hub"
    with pytest.raises(_Stop), opened(argparse.Namespace(db=url)):
        pass
    assert given == [url]


def test_a_path_still_opens(tmp_path: Path) -> None:
    with opened(argparse.Namespace(db=str(tmp_path / "x.db"))) as services:
        assert services.db_path == tmp_path / "x.db"
