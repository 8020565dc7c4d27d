"""Issue 10, point 10: a table of more than 1,000 voters prints its register as volumes of at
most 1,000 ("Tomo 1 de 3"), each with its own opening and closing notes and signatures, the
numbers running on from one volume to the next."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

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
