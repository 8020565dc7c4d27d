"""Several hub processes over one database (`hub serve --processes N`): a commune's uploads
keep their order through a PostgreSQL advisory lock, other communes' go on meanwhile; an
upload has one writer whichever process answers (PostgreSQL)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.demo.commune import build_demo
from app.domain.errors import DomainError
from app.hub.run import Hub, open_hub
from app.services.hub import Applied, file_sha256
from app.services.hub_gate import commune_key
from app.sync.hub_protocol import body_digest

from tests.hub.test_concurrency import Held
from tests.hub.uploads import bundle_of, enrolled, upload
from tests.sync.conftest import Laptop
from tests.sync.hub_server import PATIENT, ROOT, free_port, run_cli, wait_port

pytestmark = pytest.mark.postgres
WAIT = 60.0



def waiting_for_a_commune(hub: Hub, commune: str) -> bool:
    """Is some connection waiting for this commune's advisory lock?"""
    key = commune_key(commune) & 0xFFFFFFFFFFFFFFFF
    with hub.services.sessions.begin() as s:
        return bool(s.scalar(text(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
            "AND classid::bigint = :hi AND objid::bigint = :lo"),
            {"hi": key >> 32, "lo": key & 0xFFFFFFFF}))


def test_the_lock_key_is_stable() -> None:
    # Every process and every version of the hub must agree on it: never Python's hash().
    assert commune_key("comuna-a") == -8028889625478980505
    assert commune_key("Comuna «El Guaire» ñ") == -4629695225947713149


def test_two_processes_keep_one_communes_order_and_apply_two_communes_at_once(
        hubs: tuple[Hub, Hub], laptop: Laptop, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = hubs
    a, a2, b = laptop("a"), laptop("a2"), laptop("b")
    ca = enrolled(first, a, "proc-a", 120, 41)
    ca2 = enrolled(first, a2, "proc-a", 120, 42)
    cb = enrolled(first, b, "proc-b", 120, 43)
    sha = {who: upload(first, c, bundle_of(one, tmp_path / who))
           for who, one, c in (("a", a, ca), ("a2", a2, ca2), ("b", b, cb))}
    held = Held(first, {a.device.fingerprint})
    monkeypatch.setattr(first.sync, "import_file", held)
    done: list[str] = []

    def apply(hub: Hub, caller: Any, who: str, out: list[Applied]) -> threading.Thread:
        def run() -> None:
            out.append(hub.hub.apply(caller, sha[who]))
            done.append(who)
        thread = threading.Thread(target=run)
        thread.start()
        return thread

    got_a: list[Applied] = []
    got_a2: list[Applied] = []
    got_b: list[Applied] = []
    first_a = apply(first, ca, "a", got_a)
    assert held.entered.wait(WAIT)
    # The other process: the same commune waits on PostgreSQL for the first process's turn...
    second_a = apply(second, ca2, "a2", got_a2)
    deadline = threading.Event()
    for _ in range(600):
        if waiting_for_a_commune(second, "proc-a"):
            break
        deadline.wait(0.05)
    assert waiting_for_a_commune(second, "proc-a")
    # ...while another commune is applied there right away.
    other = apply(second, cb, "b", got_b)
    other.join(WAIT)
    assert got_b and got_b[0].changes_new > 0 and done == ["b"]
    assert not got_a2 and second_a.is_alive()
    held.release.set()
    for thread in (first_a, second_a):
        thread.join(WAIT)
    assert done == ["b", "a", "a2"]
    assert got_a[0].changes_new > 0 and got_a2[0].changes_new > 0
    assert not waiting_for_a_commune(second, "proc-a")


def test_an_upload_has_one_writer_whichever_process_answers(
        hubs: tuple[Hub, Hub], laptop: Laptop, tmp_path: Path) -> None:
    first, second = hubs
    a = laptop("a")
    ca = enrolled(first, a, "proc-w", 120, 44)
    bundle = bundle_of(a, tmp_path / "w")
    data, sha = bundle.read_bytes(), file_sha256(bundle)
    writing = first.hub.begin_append(ca, sha, 0, len(data))
    with pytest.raises(DomainError) as refused:
        second.hub.begin_append(ca, sha, 0, len(data))
    assert refused.value.code == "hub.offset"
    chunk = data[:1000]
    writing.write(chunk)
    assert writing.close(body_digest(chunk)) == 1000
    # The first writer is done: the other process continues from what is held.
    with pytest.raises(DomainError) as moved:
        second.hub.begin_append(ca, sha, 0, len(data))
    assert moved.value.params["offset"] == 1000
    upload(second, ca, bundle)
    assert second.hub.apply(ca, sha).changes_new > 0


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def test_serve_with_two_processes(pg_url: str, laptop: Laptop, tmp_path: Path) -> None:
    folder = tmp_path / "hub"
    done = run_cli("hub", "init", "--db", pg_url, "--dir", str(folder), "--json")
    assert done.returncode == 0, done.stderr
    refused = run_cli("hub", "serve", "--db", pg_url, "--dir", str(folder), "--processes", "0")
    assert refused.returncode != 0 and "procesos" in refused.stderr
    port = free_port()
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "hub", "serve", "--db", pg_url, "--dir", str(folder),
         "--host", "127.0.0.1", "--port", str(port), "--processes", "2",
         "--answer-within", str(PATIENT)],
        cwd=ROOT, env={**os.environ, "ASAMBLEA_LANG": "es"}, stdout=log,
        stderr=subprocess.STDOUT)
    try:
        wait_port(port)
        hub = open_hub(pg_url, folder)
        try:
            a, b = laptop("a"), laptop("b")
            for one, commune, seed in ((a, "serve-a", 45), (b, "serve-b", 46)):
                build_demo(one, 120, seed)
                hub.admission.enroll(one.device.fingerprint, commune)
                one.hub.configure(f"https://127.0.0.1:{port}", hub.certificate_fingerprint)
            assert a.hub.sync_now().sent_changes > 0 and b.hub.sync_now().sent_changes > 0
            assert a.hub.sync_now().sent_bundles == 0
        finally:
            hub.close()
        # uvicorn's supervisor and its two workers, each a hub process of its own.
        assert len([c for c in children_of(server.pid)
                    if "spawn_main" in Path(f"/proc/{c}/cmdline").read_text()]) == 2
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
        log.close()
