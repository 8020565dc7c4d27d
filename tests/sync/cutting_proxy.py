"""A loopback TCP proxy that cuts every connection after a few hundred KB and adds delay: a
phone hotspot's link, made repeatable. Threads, standard library only."""

from __future__ import annotations

import contextlib
import random
import socket
import threading
import time


class CuttingProxy:
    def __init__(self, target_port: int, cut_between: tuple[int, int] = (64_000, 512_000),
                 delay: float = 0.001, seed: int = 7) -> None:
        self._target = target_port
        self._cut = cut_between
        self._delay = delay
        self._rng = random.Random(seed)
        self._server = socket.socket()
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(64)
        self.port = int(self._server.getsockname()[1])
        self.connections = 0
        self.cuts = 0
        self._stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._stop.set()
        self._server.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _addr = self._server.accept()
            except OSError:
                return
            self.connections += 1
            budget = [self._rng.randint(*self._cut)]
            try:
                upstream = socket.create_connection(("127.0.0.1", self._target))
            except OSError:  # the hub is down: the laptop sees a refused connection
                client.close()
                continue
            lock = threading.Lock()
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b, budget, lock, client, upstream),
                                 daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, budget: list[int],
              lock: threading.Lock, *both: socket.socket) -> None:
        try:
            while True:
                data = src.recv(16_384)
                if not data:
                    break
                with lock:
                    allowed = min(len(data), budget[0])
                    budget[0] -= allowed
                if allowed:
                    time.sleep(self._delay)
                    dst.sendall(data[:allowed])
                if allowed < len(data):
                    self.cuts += 1
                    break
        except OSError:
            pass
        for sock in both:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
