"""A hub on loopback for tests: `hub init` and `hub serve` as a user runs them, in a child
process (so a test can kill it), over the throwaway PostgreSQL cluster."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from app.hub.run import open_hub
from app.hub.tls import fingerprint_of
from app.hub.views import commune_digest

ROOT = Path(__file__).resolve().parents[2]
PATIENT = 600.0  # seconds: the most `--answer-within` takes


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ASAMBLEA_LANG": "es"}
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def wait_port(port: int, up: bool = True, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                if up:
                    return
        except OSError:
            if not up:
                return
        time.sleep(0.1)
    raise TimeoutError(f"port {port} not {'up' if up else 'down'}")


@dataclass
class HubServer:
    db: str
    folder: Path
    port: int
    process: subprocess.Popen[bytes] | None = None
    log: list[Path] = field(default_factory=list)
    # `hub serve --answer-within`: long by default, so a test sees each apply's answer as
    # it always did (deterministic); 0 to have every apply answered "being applied".
    answer_within: float = PATIENT

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.folder / "hub-cert.pem")

    def start(self) -> None:
        env = {**os.environ, "ASAMBLEA_LANG": "es"}
        out = self.folder / f"serve-{len(self.log)}.log"
        self.log.append(out)
        with out.open("wb") as fh:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "app.cli", "hub", "serve", "--db", self.db, "--dir",
                 str(self.folder), "--host", "127.0.0.1", "--port", str(self.port),
                 "--answer-within", str(self.answer_within)],
                cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT)
        wait_port(self.port)

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process is not None:
            self.process.send_signal(sig)
            self.process.wait(timeout=30)
            self.process = None
        wait_port(self.port, up=False)

    def enroll(self, fingerprint: str, commune: str) -> None:
        hub = open_hub(self.db, self.folder)
        try:
            hub.admission.enroll(fingerprint, commune)
        finally:
            hub.close()

    def commune_digest(self, commune: str) -> str:
        hub = open_hub(self.db, self.folder)
        try:
            return commune_digest(hub, commune)
        finally:
            hub.close()

    def revoke(self, fingerprint: str) -> None:
        done = run_cli("hub", "revoke", fingerprint, "--db", self.db, "--dir", str(self.folder))
        assert done.returncode == 0, done.stderr


def start_hub(db: str, folder: Path, answer_within: float = PATIENT) -> HubServer:
    done = run_cli("hub", "init", "--db", db, "--dir", str(folder), "--json")
    assert done.returncode == 0, done.stderr
    server = HubServer(db, folder, free_port(), answer_within=answer_within)
    server.start()
    return server
