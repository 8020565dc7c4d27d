"""An error's sentence is found wherever it is raised: a command that never imported the
area whose module registers the code (lazy imports, issue 17) still shows the sentence, not
the bare code (`attachment.pending` is raised by the attachments service and registered by
the assemblies' messages)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from app.domain.messages import AREA_MESSAGES

ROOT = Path(__file__).resolve().parents[2]


def test_the_list_of_areas_names_every_module_that_registers_codes() -> None:
    registering = {
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for path in (ROOT / "app").rglob("*.py")
        if re.search(r"^register_messages\(", path.read_text("utf-8"), re.MULTILINE)
    }
    assert registering == set(AREA_MESSAGES)


def test_a_code_whose_area_was_never_imported_is_still_worded() -> None:
    code = (
        "import sys\n"
        "from app.domain.errors import DomainError\n"
        "assert 'app.assembly.messages' not in sys.modules\n"
        "print(DomainError('attachment.pending', name='acta.pdf'))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert "acta.pdf" in run.stdout
    assert "attachment.pending" not in run.stdout
