"""A print runs in a process of its own: the window's process draws no page and opens no printer.

PySide6 keeps Python's lock while Qt runs any call: while Qt opens a printer the first time or
compresses a strip of a page into the print stream (2-5 ms of processor each), no Python code
of the window can run. On a busy laptop the system also pauses the printing thread while it
holds the lock, and the window waits that out too: gaps of 60-140 ms under load (issue 17).
The print's own process shares no lock with the window and runs at a lower priority, so the
window comes first whenever both want the processor.

The window's side (`print_in_process`, on PrintThread) starts it, hands it the PDF and the
printer chosen in the dialog (ui/printer_settings.py), and relays its progress. A cancel
travels down the same pipe, and the process looks for it between pages and strips of a page
(print_pages); a process still starting, which has opened no printer yet, is simply stopped.
No semaphore is shared (a multiprocessing Event would start a helper process the first time,
from the window's thread).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from ui.printer_settings import PrinterSettings

ProgressReport = Callable[[int, int], None]  # (pages sent, total)
LOWER_PRIORITY = 5  # niceness added to the print's process: the window's process wins
BELOW_NORMAL_PRIORITY_CLASS = 0x4000  # the same on Windows (SetPriorityClass)
LINUX = sys.platform.startswith("linux")
POLL_S = 0.05  # how often the window's side looks at a cancel to pass on

# Spawned, never forked: a fork of a process running Qt's threads may hang in the child. The
# frozen program starts its copy through multiprocessing.freeze_support (packaging/launch.py).
CONTEXT = multiprocessing.get_context("spawn")


class PrintCancelled(Exception):
    """The person cancelled: the pages already sent stay sent, the rest are not."""


class PrintFailed(OSError):
    """The print's process could not print (the printer refused, or the process ended)."""


def print_in_process(settings: PrinterSettings, pdf: bytes, report: ProgressReport,
                     cancel: threading.Event) -> int:
    """Print `pdf` on the chosen printer from the print's own process; returns the pages
    sent. Raises PrintCancelled once `cancel` is set, PrintFailed if it could not print.
    Called from a thread of its own (PrintThread): on Linux it lowers that thread's
    priority, which the process inherits from its first instruction, Python's start-up and
    Qt's imports included (a second of processor on an old laptop)."""
    if LINUX:
        os.nice(LOWER_PRIORITY)  # this thread's alone on Linux (pthreads(7)), not the window's
    ours, theirs = CONTEXT.Pipe()
    process = CONTEXT.Process(target=_child, args=(settings, theirs),
                              name="asamblea-print", daemon=True)
    process.start()
    theirs.close()  # ours alone stays open here: the process's end closes with it (EOF)
    try:
        ours.send_bytes(pdf)
        return _relay(ours, process, report, cancel)
    finally:
        ours.close()
        process.join()


def _relay(conn: Connection, process: Any, report: ProgressReport,
           cancel: threading.Event) -> int:
    ready = passed_on = False
    sent = 0
    while True:
        if cancel.is_set() and not passed_on:
            if ready:  # it looks for this between strips, aborts, and says "cancelled"
                conn.send(("cancel",))
                passed_on = True
            elif not conn.poll():
                process.terminate()  # still importing Qt: no printer opened, nothing sent
                raise PrintCancelled
        if not conn.poll(POLL_S):
            continue
        try:
            message = conn.recv()
        except EOFError:
            process.join()
            raise PrintFailed(f"the print's process ended (exit code {process.exitcode})") \
                from None
        kind = message[0]
        if kind == "ready":
            ready = True
        elif kind == "page":
            sent = message[1]
            report(message[1], message[2])
        elif kind == "done":
            return sent
        elif kind == "cancelled":
            raise PrintCancelled
        else:
            raise PrintFailed(f"{message[1]}: {message[2]}")


def _lower_priority() -> None:
    """Below the window's process, where the process could not inherit it (on Linux it
    did: print_in_process)."""
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), BELOW_NORMAL_PRIORITY_CLASS)
    elif not LINUX and hasattr(os, "nice"):
        os.nice(LOWER_PRIORITY)


class _CancelInPipe:
    """The print's side of a cancel: anything arriving from the window is one, and so is the
    pipe's end (the window's process is gone: nobody is waiting for these pages)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._set = False

    def is_set(self) -> bool:
        if not self._set and self._conn.poll():
            self._set = True
        return self._set


def _child(settings: PrinterSettings, conn: Connection) -> None:
    """The print's process: a Qt application without windows, one printer, one PDF."""
    _lower_priority()
    if LINUX:
        # It shows nothing: no connection to the display. The printers come from Qt's CUPS
        # plugin whatever the platform (on Windows and macOS the platform's plugin may be
        # the one that knows them, so there it stays as it is).
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    from ui.print_job import print_pages

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1] or ["asamblea"])
    pdf = conn.recv_bytes()
    conn.send(("ready",))
    try:
        print_pages(settings.printer(), pdf,
                    lambda done, total: conn.send(("page", done, total)),
                    _CancelInPipe(conn))
    except PrintCancelled:
        conn.send(("cancelled",))
    except Exception as exc:  # told to the window, which shows it to the person
        conn.send(("failed", type(exc).__name__, str(exc)))
    else:
        conn.send(("done",))
    finally:
        conn.close()
        del app
