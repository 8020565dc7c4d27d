"""The census of a 50,000-resident council prints whole, drawn on the canvas (issue 17).

Slow: adding 50,000 residents takes about a minute on a loaded machine. The layout of long
and awkward names is checked page by page in test_layouts_long_data.py; here the first page,
the last page and the page count of the big one are checked with `pdftotext`.
"""

from __future__ import annotations

import random
import re
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.census.model import ResidentQuery
from app.container import open_services
from app.demo.names import FEMALE, MALE, SURNAMES
from app.domain.census import NewResident
from app.domain.enums import OrgKind
from app.printing.paper import PaperOptions

pytestmark = pytest.mark.slow
RESIDENTS = 50_000


def text_of(pdf: Path, first: int, last: int) -> str:
    return subprocess.run(["pdftotext", "-layout", "-f", str(first), "-l", str(last), str(pdf),
                           "-"], check=True, capture_output=True, text=True).stdout


def test_a_census_of_50000_prints_every_resident(tmp_path: Path) -> None:
    sv = open_services(tmp_path / "big.db")
    rng = random.Random(50)
    commune = sv.organizations.create(OrgKind.COMMUNE, "Comuna Grande")
    council = sv.organizations.create(OrgKind.COUNCIL, "Consejo Comunal Grande", commune.id)
    today = date.today()
    sv.residents.add_many(
        NewResident(council.id, f"{rng.choice(FEMALE + MALE)} {rng.choice(FEMALE + MALE)}",
                    f"{rng.choice(SURNAMES)} {rng.choice(SURNAMES)}", f"V-{3_000_000 + i}",
                    today - timedelta(days=rng.randint(0, 90 * 365)))
        for i in range(RESIDENTS))
    paper = sv.papers.census(council.id, PaperOptions("letter"))
    last = sv.residents.page(ResidentQuery(), RESIDENTS - 1, 1)[0]
    sv.close()
    pdf = tmp_path / "censo.pdf"
    pdf.write_bytes(paper.data)
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True,
                          text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    assert 50_000 / 60 < pages < 50_000 / 30
    opening = text_of(pdf, 1, 1)
    assert "Habitantes (50.000)" in opening and "Página 1 de " in opening
    end = text_of(pdf, pages, pages)
    digits = last.national_id[2:]  # type: ignore[index]
    cedula = f"V-{int(digits):,}".replace(",", ".")
    assert "50.000" in end and cedula in end and last.first_names in end
    assert f"Página {pages:,} de {pages:,}".replace(",", ".") in end
