"""Issue 10, point 10: a table of more than 1,000 voters prints its register as volumes of at
most 1,000 ("Tomo 1 de 3"), each with its own opening and closing notes and signatures, the
numbers running on from one volume to the next."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path

import pytest

from app.consultation.model import Voter
from app.container import Services
from app.printing.voter_register import voter_register_pdf

from tests.consultation.conftest import Small


def _text(data: bytes, tmp_path: Path) -> str:
    pdf = tmp_path / "cuaderno.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(out.split())


def test_2300_voters_print_three_volumes_each_opened_and_closed(
        services: Services, small: Small, tmp_path: Path) -> None:
    register = services.voting_tables.register(small.consultation_id, "1")
    voters = tuple(Voter(f"r{i}", str(10_000_000 + i), f"Apellido{i:04d}", "Nombre",
                         "c", None, None) for i in range(2_300))
    text = _text(voter_register_pdf(dataclasses.replace(register, voters=voters),
                                    blank_lines=5), tmp_path)
    for volume, (count, first, last) in enumerate(
            (("1.000", "1", "1.000"), ("1.000", "1.001", "2.000"), ("300", "2.001", "2.300")),
            start=1):
        assert f"Tomo {volume} de 3" in text
        assert (f"Apertura del tomo {volume} de 3: {count} electores inscritos, "
                f"n.º {first} al {last}.") in text
        assert f"Cierre del tomo {volume} de 3" in text
    assert "Tomo 4 de" not in text
    assert text.count("se cierra este tomo") == 3
    assert text.count("Electores en este tomo: 1.000") == 2
    assert "Electores en este tomo: 300" in text
    # Every volume's closing block has the signers, each with a C.I. line.
    assert text.count("C.I.:") >= 3 * 3
    assert text.count("se abre este tomo.") == 3 and "…" not in text


def test_1000_voters_stay_one_book(services: Services, small: Small, tmp_path: Path) -> None:
    register = services.voting_tables.register(small.consultation_id, "1")
    voters = tuple(Voter(f"r{i}", str(10_000_000 + i), f"Apellido{i:04d}", "Nombre",
                         "c", None, None) for i in range(1_000))
    text = _text(voter_register_pdf(dataclasses.replace(register, voters=voters),
                                    blank_lines=0), tmp_path)
    assert "Tomo" not in text and "se abre este cuaderno con 1.000 electores" in text


def _pages(data: bytes, tmp_path: Path) -> list[str]:
    pdf = tmp_path / "cuaderno.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    return [" ".join(page.split()) for page in out.split("\f") if page.strip()]


@pytest.mark.parametrize("page", ["letter", "a4"])
@pytest.mark.parametrize("count", [*range(1, 18), 24, 32, 1_000, 2_000])
def test_the_closing_block_keeps_the_last_lines_with_it(
        services: Services, small: Small, tmp_path: Path, page: str, count: int) -> None:
    """The closing block (hour, counts, signers) is on the page of the volume's last lines,
    never alone on a page of its own: for every count that fills a page exactly or leaves
    too little room (7 lines a page in Letter, 8 in A4), and for volumes of exactly 1,000."""
    register = services.voting_tables.register(small.consultation_id, "1")
    voters = tuple(Voter(f"r{i}", str(10_000_000 + i), f"Apellido{i:04d}", "Nombre",
                         "c", None, None) for i in range(count))
    pages = _pages(voter_register_pdf(dataclasses.replace(register, voters=voters), page,
                                      blank_lines=0), tmp_path)
    closing = [n for n, text in enumerate(pages) if "se cierra este" in text]
    assert len(closing) == max(1, -(-count // 1_000))
    for volume, n in enumerate(closing):
        last = min(count, (volume + 1) * 1_000) - 1
        assert f"Apellido{last:04d}" in pages[n], (volume, n)
        assert pages[n].count("C.I.:") >= 3  # the signers are there too
    assert closing[-1] == len(pages) - 1
    # Every voter is printed once.
    assert sum(len(re.findall(r"Apellido\d{4}", text)) for text in pages) == count


def test_a_register_with_blank_lines_closes_after_its_last_blank_line(
        services: Services, small: Small, tmp_path: Path) -> None:
    register = services.voting_tables.register(small.consultation_id, "1")
    voters = tuple(Voter(f"r{i}", str(10_000_000 + i), f"Apellido{i:04d}", "Nombre",
                         "c", None, None) for i in range(13))
    pages = _pages(voter_register_pdf(dataclasses.replace(register, voters=voters), "letter",
                                      blank_lines=1), tmp_path)
    assert "se cierra este cuaderno" in pages[-1]
    assert " 14 " in f" {pages[-1]} "  # the numbered blank line goes with the closing
