"""The PaperService composes every paper of the demo, for the window and the command line."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.container import Services
from app.demo.commune import DemoSummary
from app.domain.enums import BallotStyle
from app.printing.paper import Paper, PaperOptions, count_pages, safe_file_name
from app.services.papers import PaperService

from tests.pdf import page_count, page_sizes, page_texts

FAT32_SAFE = re.compile(r"[a-z0-9][a-z0-9-]{0,59}\.pdf")
LETTER, A4 = (612, 792), (595, 842)


def every_paper(sv: Services, demo: DemoSummary, held: str
                ) -> dict[str, Callable[[PaperOptions], Paper]]:
    p, cid = sv.papers, demo.consultation_id
    return {
        "census": lambda o: p.census(demo.council_ids[0], options=o),
        "convocation": lambda o: p.convocation(held, options=o),
        "attendance": lambda o: p.attendance_sheet(held, options=o),
        "priorities": lambda o: p.priorities(held, options=o),
        "minutes": lambda o: p.minutes(held, options=o),
        "guide": lambda o: p.project_guide(cid, options=o),
        "register": lambda o: p.voter_register(cid, "1", options=o),
        "sheet": lambda o: p.tally_sheet(cid, "1", options=o),
        "results": lambda o: p.results(cid, options=o),
        "specimen": lambda o: p.ballot_specimen(cid, "1", 2, options=o),
        "ballots": lambda o: p.ballots(cid, "1", 3, BallotStyle.NUMBER, options=o)[1],
    }


def test_every_demo_paper_has_pages_a_safe_name_and_the_settings_page_size(
        demo_services: Services, demo: DemoSummary, held: str) -> None:
    names = set()
    for size, expected in (("a4", A4), ("letter", LETTER)):
        demo_services.settings.set("page_size", size)
        for what, make in every_paper(demo_services, demo, held).items():
            paper = make(PaperOptions())
            assert paper.data.startswith(b"%PDF"), what
            assert paper.pages == page_count(paper.data) >= 1, what
            assert page_sizes(paper.data) == {expected}, (what, size)
            assert FAT32_SAFE.fullmatch(paper.file_name), paper.file_name
            names.add(paper.file_name)
    # Each paper offers its own name (two runs of ballots differ only by their serials).
    assert len({n for n in names if not n.startswith("boletas")}) >= 10


def test_options_override_the_settings_page_size(demo_services: Services, demo: DemoSummary,
                                                 held: str) -> None:
    demo_services.settings.set("page_size", "letter")
    papers = demo_services.papers
    assert page_sizes(papers.convocation(held, PaperOptions(page_size="a4")).data) == {A4}
    assert page_sizes(papers.results(demo.consultation_id,
                                     PaperOptions(page_size="a4")).data) == {A4}
    assert page_sizes(papers.convocation(held).data) == {LETTER}


def test_language_option_prints_english_words_then_restores_spanish(
        demo_services: Services, demo: DemoSummary) -> None:
    papers = demo_services.papers
    english = "\n".join(page_texts(papers.results(demo.consultation_id,
                                               PaperOptions(language="en")).data))
    spanish = "\n".join(page_texts(papers.results(demo.consultation_id).data))
    assert english != spanish
    assert "Resultados" in spanish


def test_papers_print_without_a_language_in_the_environment(
        demo_services: Services, demo: DemoSummary, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASAMBLEA_LANG", raising=False)
    papers = demo_services.papers
    # Spanish words (the proclamation and signatures now push «Resultados por mesa» on).
    assert "Resultados" in "\n".join(page_texts(papers.results(demo.consultation_id).data))
    assert papers.results(demo.consultation_id, PaperOptions(language="en")).pages >= 1
    assert "ASAMBLEA_LANG" not in os.environ


def test_file_names_carry_the_table_the_day_and_the_reprinted_serials(
        demo_services: Services, demo: DemoSummary, held: str) -> None:
    papers, cid = demo_services.papers, demo.consultation_id
    assembly = demo_services.assemblies.get(held)
    convocation = papers.convocation(held).file_name
    assert convocation.startswith("convocatoria-20") and assembly.id[:8].lower() in convocation
    assert papers.tally_sheet(cid, "1").file_name == "acta-escrutinio-mesa-1.pdf"
    serials, printed = papers.ballots(cid, "1", 2, BallotStyle.NUMBER)
    assert printed.file_name == "boletas-mesa-1.pdf"
    again, reprint = papers.ballot_reprint(cid, "1", serials.first, serials.last,
                                           reason="Boletas mojadas")
    assert (again.first, again.last) == (serials.first, serials.last)
    assert reprint.file_name == f"reimpresion-mesa-1-{serials.first}-{serials.last}.pdf"


def test_safe_file_name_folds_accents_and_drops_what_fat32_refuses() -> None:
    assert safe_file_name("Censo", "Consejo Comunal Cañaveral") == \
        "censo-consejo-comunal-canaveral.pdf"
    assert safe_file_name("a:b/c\\d?*") == "a-b-c-d.pdf"
    assert safe_file_name("¿¡!") == "documento.pdf"
    assert len(safe_file_name("x" * 300)) <= 64


def test_count_pages_counts_page_objects_not_the_page_tree(demo_services: Services,
                                                           demo: DemoSummary) -> None:
    data = demo_services.papers.voter_register(demo.consultation_id, "1").data
    assert count_pages(data) == page_count(data) > 1


@pytest.mark.parametrize(("argv", "method"), [
    (["print", "convocation", "--assembly", "{held}"], "convocation"),
    (["print", "attendance-sheet", "--assembly", "{held}"], "attendance_sheet"),
    (["print", "priorities", "--assembly", "{held}"], "priorities"),
    (["print", "minutes", "--assembly", "{held}"], "minutes"),
    (["print", "census", "--council", "{council}"], "census"),
    (["print", "project-guide", "--consultation", "{cid}"], "project_guide"),
    (["print", "voter-register", "--consultation", "{cid}", "--table", "1"], "voter_register"),
    (["print", "tally-sheet", "--consultation", "{cid}", "--table", "1"], "tally_sheet"),
    (["print", "results", "--consultation", "{cid}"], "results"),
    (["print", "ballots", "--consultation", "{cid}", "--table", "1", "--count", "2"],
     "ballots"),
])
def test_the_command_line_prints_what_the_paper_service_composes(
        argv: list[str], method: str, demo_db: Path, demo: DemoSummary, held: str,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    composed: list[Paper] = []
    original = getattr(PaperService, method)

    def spy(self: PaperService, *args: Any, **kwargs: Any) -> Any:
        result = original(self, *args, **kwargs)
        composed.append(result[1] if isinstance(result, tuple) else result)
        return result

    monkeypatch.setattr(PaperService, method, spy)
    out = tmp_path / "paper.pdf"
    values = {"held": held, "council": demo.council_ids[0], "cid": demo.consultation_id}
    code = main([a.format(**values) for a in argv] + ["--db", str(demo_db), "--out", str(out)])
    capsys.readouterr()
    assert code == 0
    assert len(composed) == 1
    assert out.read_bytes() == composed[0].data
