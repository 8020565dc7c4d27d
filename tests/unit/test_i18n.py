"""One message catalog for app/: every text has its English, errors name things in the
reader's language, labels agree on screen and paper, argparse speaks Spanish."""

from __future__ import annotations

import argparse
import ast
import importlib
import importlib.util
import os
import string
import subprocess
import sys
import threading
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

from app.domain.enums import OrgKind, ProblemCategory
from app.domain.errors import DomainError
from app.domain.labels import ENTITIES, LABELS, label, label_in_sentence, label_of
from app.domain.messages import MESSAGES
from app.i18n import current_language, in_language, install_argparse_translations, translations
from app.persistence.base import synced_tables
from app.printing import assembly_words as paper

from ui import labels as screen

ROOT = Path(__file__).resolve().parents[2]
FEATURE_MESSAGES = ("app.sync.messages", "app.census.messages", "app.assembly.messages",
                    "app.consultation.messages", "app.voting.messages")


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("messages_tool", ROOT / "scripts" /
                                                  "messages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_marked_text_in_app_has_english() -> None:
    missing = load_tool().missing_english()
    assert missing == [], f"{len(missing)} sin inglés (scripts/messages.py update), " \
                          f"p. ej. {missing[:5]}"


def test_every_error_code_has_english() -> None:
    for name in FEATURE_MESSAGES:
        importlib.import_module(name)
    english = translations("en")
    untranslated = [code for code, spanish in MESSAGES.items()
                    if (english.gettext(spanish) == spanish if isinstance(spanish, str) else
                        english.ngettext(spanish.singular, spanish.plural, 1) == spanish.singular
                        or english.ngettext(spanish.singular, spanish.plural, 2)
                        == spanish.plural)]
    assert untranslated == []


def _fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def test_every_english_text_fills_the_same_blanks_as_its_spanish() -> None:
    """`_("... {n} ...").format(n=...)` must not fail, or lose a value, in English."""
    english = load_tool().merged(sorted((ROOT / "app" / "locale" / "en" / "LC_MESSAGES").glob(
        "*.po")), "en")
    for message in english:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(_fields(s) == _fields(ids[0]) for s in strings), message.id


def test_a_missing_resident_reads_in_one_language(monkeypatch: pytest.MonkeyPatch) -> None:
    error = DomainError("not_found", entity="resident", id="0000")
    monkeypatch.setenv("ASAMBLEA_LANG", "en")
    english = str(error)
    assert english == "No resident was found with id '0000'."
    assert not {"el", "habitante", "identificador", "encontró"} & set(english.split())
    monkeypatch.setenv("ASAMBLEA_LANG", "es")
    assert str(error) == "No se encontró el habitante con el identificador «0000»."


def test_the_command_line_says_it_in_english(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "--lang", "en", "--db", str(tmp_path / "a.db"),
         "residents", "update", "0000", "--phone", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert "No resident was found with id '0000'." in result.stderr
    assert "habitante" not in result.stderr and "encontró" not in result.stderr


def _entity_arguments() -> list[tuple[str, int, str]]:
    """Every literal passed as `entity` (get_live's fourth argument or entity=) in app/."""
    found = []
    for path in (ROOT / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            values = [k.value for k in node.keywords if k.arg == "entity"]
            if name == "get_live" and len(node.args) >= 4:
                values.append(node.args[3])
            found += [(str(path.relative_to(ROOT)), v.lineno, v.value) for v in values
                      if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    return found


def test_errors_name_things_by_code_and_every_code_has_a_noun() -> None:
    arguments = _entity_arguments()
    assert len(arguments) > 50  # the scan really finds the raise sites
    unknown = [a for a in arguments if a[2] not in ENTITIES]
    assert unknown == []
    # A sync conflict names its record by table: every synced table reads as a noun too.
    assert sorted(set(synced_tables()) - set(ENTITIES)) == []


def test_every_label_has_english_and_screen_and_paper_agree(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The window names enum values only through the one table...
    assert all(getattr(screen, name) is label for name in screen.ENUM_LABELS)
    for lang in ("es", "en"):
        monkeypatch.setenv("ASAMBLEA_LANG", lang)
        for kind, table in LABELS.items():
            for member in kind:
                text = label(member)
                assert text == translations(lang).gettext(table[member])
                if lang == "en":
                    assert text != table[member], member
                # ...and so do the papers, in titles and inside sentences.
                assert label_in_sentence(kind, member.value) == text.lower()
        for value in LABELS[OrgKind]:
            assert paper.org_kind(value) == label_of(OrgKind, value)
        for value in LABELS[ProblemCategory]:
            assert paper.category(value) == label_of(ProblemCategory, value)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="asamblea")
    parser.add_argument("file")
    parser.add_argument("--council", required=True)
    return parser


def test_argparse_speaks_spanish_after_the_hook(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    # Put argparse's own lookups back after the test, whatever the hook does to them.
    monkeypatch.setattr(argparse, "_", argparse._)  # type: ignore[attr-defined]
    monkeypatch.setattr(argparse, "ngettext", argparse.ngettext)  # type: ignore[attr-defined]
    install_argparse_translations()
    monkeypatch.setenv("ASAMBLEA_LANG", "es")
    help_text = _parser().format_help()
    for words in ("uso: asamblea", "argumentos posicionales:", "opciones:",
                  "muestra esta ayuda y sale"):
        assert words in help_text
    with pytest.raises(SystemExit):
        _parser().parse_args([])
    assert "asamblea: error: argumentos requeridos: file, --council" in capsys.readouterr().err
    # Spanish plurals have two forms here, like English (a third, empty one would print "").
    assert argparse.ngettext("expected %s argument", "expected %s arguments",  # type: ignore[attr-defined]
                             2) == "se esperaban %s valores"
    monkeypatch.setenv("ASAMBLEA_LANG", "en")
    assert "usage: asamblea" in _parser().format_help()
    assert "show this help message and exit" in _parser().format_help()


def test_every_argparse_message_has_spanish() -> None:
    with (ROOT / "app" / "locale" / "es" / "LC_MESSAGES" / "argparse.po").open("rb") as f:
        spanish = read_po(f, locale="es")
    wanted = {m[1] if isinstance(m[1], str) else m[1][0] for m in extract_from_file(
        "python", argparse.__file__, keywords={"_": None, "ngettext": (1, 2)})}
    missing = []
    for msgid in sorted(wanted):
        message = spanish.get(msgid)  # a plural is found by its singular
        strings = () if message is None else message.string
        if not all(strings if isinstance(strings, tuple) else (strings,)) or not strings:
            missing.append(msgid)
    assert missing == []


def test_a_language_for_one_piece_of_work_stays_on_its_thread(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASAMBLEA_LANG", "es")
    seen: list[str] = []
    with in_language("en"):
        assert current_language() == "en"
        other = threading.Thread(target=lambda: seen.append(current_language()))
        other.start()
        other.join()
        with in_language(None):  # None keeps the language in force
            assert current_language() == "en"
    assert seen == ["es"]  # the window's thread kept its language while a paper was drawn
    assert current_language() == "es"
    assert os.environ["ASAMBLEA_LANG"] == "es"
