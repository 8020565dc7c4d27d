"""The command-line convention of the README, checked on the whole parser and on real runs."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

import pytest

import app.commands.basic
from app import cli
from app.cli import COMMANDS, build_parser, main, modules_for
from app.commands.choices import ALL as CHOICE_TABLES
from app.commands.exit_codes import (
    BAD_INPUT,
    BAD_INPUT_CODES,
    DATABASE,
    DATABASE_CODES,
    DONE,
    REFUSED,
    REFUSED_CODES,
    UNEXPECTED,
)
from app.domain import enums

APP = Path(__file__).resolve().parents[2] / "app"
# Words that would give an English help text or choice away.
ENGLISH_WORDS = {"the", "of", "and", "to", "with", "for", "from", "file", "show", "shows",
                 "print", "prints", "write", "writes", "default", "number", "name", "path",
                 "list", "lists", "output", "council", "organization", "organizations"}
# Stored enum values that are Spanish words as well (or a name, like Borda's count).
SHARED_WORDS = {"base", "borda", "sector"}
# Commands that report nothing but where their file or window went.
NO_REPORT = ("print", "gui")
FORBIDDEN_OPTIONS = {"--org", "--output", "-o", "--csv", "--xlsx"}


@pytest.fixture(autouse=True)
def spanish(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASAMBLEA_LANG", "es")


def walk(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
         ) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every parser under `asamblea`, with the words that reach it."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from walk(child, (*path, name))


def leaves() -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    return [(path, parser) for path, parser in walk(build_parser())
            if path and not any(isinstance(a, argparse._SubParsersAction)
                                for a in parser._actions)]


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-záéíóúñü]+", text.lower()))


def test_every_option_and_subcommand_has_spanish_help() -> None:
    missing, english = [], []
    for path, parser in walk(build_parser()):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                helps = [(c.dest, c.help) for c in action._choices_actions]
            else:
                helps = [("/".join(action.option_strings) or action.dest, action.help)]
            for name, text in helps:
                where = " ".join(("asamblea", *path, name))
                if not text or text == argparse.SUPPRESS:
                    missing.append(where)
                elif words(text) & ENGLISH_WORDS:
                    english.append(f"{where}: {text}")
    assert not missing, missing
    assert not english, english


def test_choices_are_spanish_words() -> None:
    english_values = {m.value for e in vars(enums).values()
                      if isinstance(e, type) and issubclass(e, StrEnum) and e is not StrEnum
                      for m in e} - SHARED_WORDS
    wrong = []
    for path, parser in walk(build_parser()):
        for action in parser._actions:
            if not action.choices or isinstance(action, argparse._SubParsersAction):
                continue
            if action.dest == "lang":  # language codes, the same in any language
                continue
            for choice in action.choices:
                if isinstance(choice, str) and (choice in english_values
                                                or words(choice) & ENGLISH_WORDS):
                    wrong.append(f"asamblea {' '.join(path)} {action.dest}: {choice}")
    assert not wrong, wrong


def test_every_enum_value_has_its_spanish_word() -> None:
    for table in CHOICE_TABLES:
        members = list(table.values())
        enum_type = type(members[0])
        assert set(members) == set(enum_type), enum_type
        assert len(members) == len(table)  # one word per value, no synonyms


def test_every_command_that_reports_has_json() -> None:
    without = [" ".join(path) for path, parser in leaves()
               if path[0] not in NO_REPORT
               and not any("--json" in a.option_strings for a in parser._actions)]
    assert not without, without


def test_one_out_convention_and_organization_spelled_out() -> None:
    found_out = 0
    for path, parser in walk(build_parser()):
        for action in parser._actions:
            assert not FORBIDDEN_OPTIONS & set(action.option_strings), (path, action)
            if "--out" in action.option_strings:
                found_out += 1
                assert action.option_strings == ["--out"], path
                assert action.metavar == "ARCHIVO", path
                assert "si la carpeta no existe, se crea" in (action.help or ""), path
    assert found_out >= 11  # export, results, and every paper under print


def test_the_command_table_names_every_subcommand() -> None:
    top = next(a for a in build_parser()._actions
               if isinstance(a, argparse._SubParsersAction))
    assert set(top.choices) == set(COMMANDS)
    for name, module in COMMANDS.items():
        assert modules_for([name]) == (module,) or name == "gui"
        only = next(a for a in build_parser(modules_for([name]))._actions
                    if isinstance(a, argparse._SubParsersAction))
        assert name in only.choices


def test_every_domain_error_code_has_an_exit_code() -> None:
    raised = set()
    for source in APP.rglob("*.py"):
        raised |= set(re.findall(r"DomainError\(\s*\"([a-z_.]+)\"", source.read_text("utf-8")))
    assert not REFUSED_CODES & BAD_INPUT_CODES
    assert not DATABASE_CODES & (REFUSED_CODES | BAD_INPUT_CODES)
    unclassified = raised - REFUSED_CODES - BAD_INPUT_CODES - DATABASE_CODES
    assert not unclassified, sorted(unclassified)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_exit_codes_tell_a_refusal_from_bad_input(capsys: pytest.CaptureFixture[str],
                                                  demo_db: Path) -> None:
    db = str(demo_db)
    assert run(capsys, "--db", db, "info")[0] == DONE
    code, _, err = run(capsys, "--db", db, "demo")  # a rule: the database already has data
    assert (code, err.startswith("Error: ")) == (REFUSED, True)
    code, _, err = run(capsys, "--db", db, "residents", "update", "0000", "--phone", "1")
    assert (code, err.startswith("Error: ")) == (BAD_INPUT, True)  # an id naming nothing
    code, _, err = run(capsys, "--db", db, "list", "organizations")  # argparse: bad choice
    assert code == BAD_INPUT
    assert "opción no válida" in err


def test_database_and_unexpected_errors_have_their_own_codes(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    from sqlalchemy.exc import OperationalError

    monkeypatch.setattr(cli, "_log_crash", lambda exc: None)

    def locked(args: argparse.Namespace) -> int:
        raise OperationalError("SELECT 1", {}, Exception("database is locked"))

    monkeypatch.setattr(app.commands.basic, "cmd_info", locked)
    code, _, err = run(capsys, "--db", str(tmp_path / "x.db"), "info")
    assert code == DATABASE
    assert "base de datos" in err

    def broken(args: argparse.Namespace) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(app.commands.basic, "cmd_info", broken)
    code, _, err = run(capsys, "--db", str(tmp_path / "x.db"), "info")
    assert code == UNEXPECTED
    assert "Error inesperado" in err
    assert "a bug" not in err


def test_help_speaks_spanish_for_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "residents", "import", "--help")
    assert code == DONE
    assert out.startswith("uso: asamblea residents import")
    assert "\nargumentos posicionales:\n" in out
    assert "\nopciones:\n" in out
    assert "muestra esta ayuda y sale" in out
    sections = out.split("\n\n", 1)[1]  # past the usage lines
    for option in ("ARCHIVO", "--db", "--council", "--dry-run", "--json"):
        line = next(line for line in sections.splitlines()
                    if line.strip().startswith(option))
        help_text = re.split(r"\s{2,}", line.strip(), maxsplit=1)[1]
        assert len(words(help_text)) >= 2, line
        assert not words(help_text) & ENGLISH_WORDS, line


def test_english_on_request(tmp_path: Path, demo_db: Path) -> None:
    """--lang reaches the command's own sentences and the error from the domain."""
    def asamblea(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app.cli", "--lang", "en", *argv],
                              capture_output=True, text=True, timeout=120)

    checked = asamblea("--db", str(demo_db), "check")
    assert (checked.returncode, checked.stdout) == (DONE, "The database is in good order.\n")
    bad_date = asamblea("--db", str(demo_db), "residents", "update", "0000",
                        "--birth-date", "31/02/1990")
    assert bad_date.returncode == BAD_INPUT
    assert bad_date.stderr.startswith("Error: The date '31/02/1990' is not valid.")


def test_an_unknown_resident_in_english(demo_db: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "app.cli", "--lang", "en", "residents",
                             "update", "0000", "--phone", "1", "--db", str(demo_db)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == BAD_INPUT
    assert result.stderr.startswith("Error: ")
    assert not words(result.stderr) & {"el", "la", "del", "se", "habitante", "encontró",
                                       "identificador"}, result.stderr
