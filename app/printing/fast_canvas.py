"""Big papers (thousands of ballots, a whole register) written without ASCII85 streams.

ReportLab wraps every compressed stream in ASCII85 by default, and without its C accelerator
that encoding alone takes longer than drawing the page. Binary streams are valid PDF, and
smaller. The setting is global in ReportLab, so it is switched only while one paper is saved.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from threading import Lock

from reportlab import rl_config

_lock = Lock()


@contextmanager
def binary_streams() -> Iterator[None]:
    with _lock:
        previous = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = previous
