"""The hub stages its imports, exports and commune views in its own folder, never in the
system's temp folder (a bundle there is a commune's census in clear), and leaves nothing."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from app.hub.run import STAGING, VIEWS, clean_leftovers, open_hub
from app.hub.views import commune_digest

from tests.hub.uploads import bundle_of, enrolled, upload
from tests.sync.conftest import Laptop


def made_dirs(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    made: list[Path] = []
    real = tempfile.mkdtemp

    def recorded(*args: object, **kw: object) -> str:
        path = real(*args, **kw)  # type: ignore[call-overload]
        made.append(Path(path))
        return str(path)

    monkeypatch.setattr(tempfile, "mkdtemp", recorded)
    return made


@pytest.mark.postgres
def test_views_and_imports_stay_in_the_hubs_folder_and_are_removed(
        pg_url: str, laptop: Laptop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hub = open_hub(pg_url, tmp_path / "hub")
    try:
        one = laptop("one")
        caller = enrolled(hub, one, "folders-a", 120, 9)
        bundle = bundle_of(one, tmp_path / "one")
        made = made_dirs(monkeypatch)
        hub.hub.apply(caller, upload(hub, caller, bundle))
        assert commune_digest(hub, "folders-a") == one.info.digest()
    finally:
        hub.close()
    assert made, "nothing was staged: the test looks at nothing"
    spool = (tmp_path / "hub" / "spool").resolve()
    assert all(p.resolve().is_relative_to(spool) for p in made), made
    assert not any(p.exists() for p in made)
    assert list((spool / VIEWS).iterdir()) == []


def test_a_starting_server_sweeps_what_a_killed_one_left(tmp_path: Path) -> None:
    spool = tmp_path / "spool"
    for kind, name in ((STAGING, "import-x"), ("applying", "apply-y"), (VIEWS, "view-new"),
                       (VIEWS, "view-old"), ("uploads", "abc.K3QX7MNAP2RD.part")):
        (spool / kind).mkdir(parents=True, exist_ok=True)
        (spool / kind / name).mkdir()
    day_ago = (spool / VIEWS / "view-old").stat().st_mtime - 2 * 86_400
    os.utime(spool / VIEWS / "view-old", (day_ago, day_ago))
    clean_leftovers(spool)
    assert list((spool / STAGING).iterdir()) == list((spool / "applying").iterdir()) == []
    # A view being made right now by `hub digest` stays; so do uploads (they resume).
    assert [p.name for p in (spool / VIEWS).iterdir()] == ["view-new"]
    assert (spool / "uploads" / "abc.K3QX7MNAP2RD.part").exists()
