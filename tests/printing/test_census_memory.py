"""The printed census does not hold its residents (issue 17: 200,000 residents under 300 MB).

The paper reads them twice from the database, in name order, and holds one page of them at a
time; what still grows with the census is the PDF itself. Measured with tracemalloc at small
sizes: four times the residents may cost no more than the PDF they fill, a few times over.
"""

from __future__ import annotations

import random
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

import pytest
from reportlab import rl_config

from app.container import Services, open_services
from app.demo.names import FEMALE, MALE, SURNAMES
from app.domain.census import NewResident
from app.domain.enums import OrgKind
from app.printing.paper import PaperOptions

SMALL, LARGE = 1_000, 4_000


def _census(path: Path, residents: int) -> tuple[Services, str]:
    sv = open_services(path)
    rng = random.Random(residents)
    commune = sv.organizations.create(OrgKind.COMMUNE, "Comuna")
    council = sv.organizations.create(OrgKind.COUNCIL, "Consejo Comunal", commune.id)
    today = date(2026, 5, 1)
    sv.residents.add_many(
        NewResident(council.id, f"{rng.choice(FEMALE + MALE)} {rng.choice(FEMALE + MALE)}",
                    f"{rng.choice(SURNAMES)} {rng.choice(SURNAMES)}", f"V-{3_000_000 + i}",
                    today - timedelta(days=rng.randint(0, 90 * 365)),
                    address=f"Calle {i} con avenida principal, casa número {i}",
                    phone=f"0412-{i:07d}")
        for i in range(residents))
    return sv, council.id


def _peak(sv: Services, council_id: str) -> tuple[int, int]:
    """The peak bytes allocated while composing the paper, and the PDF's size."""
    sv.papers.census(council_id, PaperOptions("letter"))  # fonts and modules loaded
    tracemalloc.start()
    try:
        paper = sv.papers.census(council_id, PaperOptions("letter"))
        return tracemalloc.get_traced_memory()[1], len(paper.data)
    finally:
        tracemalloc.stop()


def test_the_census_paper_does_not_hold_every_resident(tmp_path: Path) -> None:
    small, small_id = _census(tmp_path / "small.db", SMALL)
    large, large_id = _census(tmp_path / "large.db", LARGE)
    try:
        (peak_small, pdf_small), (peak_large, pdf_large) = (_peak(small, small_id),
                                                           _peak(large, large_id))
    finally:
        small.close()
        large.close()
    # Per extra resident only the PDF's own bytes, a few times over (the compressed pages,
    # their formatting when saved, the file returned): about 210 bytes against 75 of PDF.
    # Holding every Resident, or every page's drawing as text until saved, cost 1,350.
    per_resident = (peak_large - peak_small) / (LARGE - SMALL)
    pdf_per_resident = (pdf_large - pdf_small) / (LARGE - SMALL)
    assert per_resident < 4 * pdf_per_resident, (per_resident, pdf_per_resident)


def test_the_streamed_census_prints_what_the_held_one_does(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    """Read twice from the database with the totals grouped there, or held as Residents and
    counted one by one: the same PDF, byte for byte (no creation date in it)."""
    from app.printing.census import census_pdf

    monkeypatch.setattr(rl_config, "invariant", 1)
    sv, council_id = _census(tmp_path / "census.db", 300)
    try:
        sv.residents.add_many([NewResident(council_id, "Sin", "Datos"),
                               NewResident(council_id, "Ñ" * 90, "Á" * 120, "V-123456")])
        held = census_pdf(sv.residents.census_sheet(council_id), "letter")
        streamed = sv.papers.census(council_id, PaperOptions("letter")).data
    finally:
        sv.close()
    assert streamed == held
