"""What every subcommand shares: --db, --json and --out, opening services, printing results."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.commands.exit_codes import BAD_INPUT, DONE
from app.i18n import _

if TYPE_CHECKING:  # `asamblea gui` must not pay for the database layer before the window shows
    from app.container import Services
    from app.printing.paper import PaperOptions

Handler = Callable[[argparse.Namespace], int]


def db_parent() -> argparse.ArgumentParser:
    """--db on every subcommand too (SUPPRESS keeps a value given before the subcommand)."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db", default=argparse.SUPPRESS, metavar="RUTA",
        help="archivo de la base de datos (por omisión: carpeta de datos del usuario, o "
             "la variable ASAMBLEA_DB)",
    )
    parent.add_argument(
        "--as", dest="operator", default=argparse.SUPPRESS, metavar="NOMBRE",
        help="quién está a cargo del equipo desde ahora (por omisión, el último nombre "
             "dado); el historial nombra a esa persona en los cambios que siguen",
    )
    return parent


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="salida en JSON")


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Services]:
    """The services on the database --db names, closed however the handler ends."""
    from app.container import open_services

    db = getattr(args, "db", None)
    # Given as typed: a URL ("postgresql://…", the hub) must not become a path ("postgresql:/…").
    services = open_services(db or None, daily_backup=True)
    if services.incarnation is not None:
        from app.safety.sentences import incarnation_sentence

        print(_("Aviso: {text}").format(text=incarnation_sentence(services.incarnation)),
              file=sys.stderr)
    if services.startup_warning is not None:
        print(_("Aviso: {text}").format(text=services.startup_warning), file=sys.stderr)
    try:
        # Who is in charge: `--as`, else the name last given (a shift only when it changes).
        operator = getattr(args, "operator", None)
        if operator:
            services.operators.take(operator)
        else:
            services.operators.resume()
        yield services
    finally:
        services.close()


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return value


def print_json(value: Any) -> None:
    json.dump(to_jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(rows: list[list[str]], headers: list[str]) -> None:
    """A plain text table for a person reading a terminal."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print(line)
    print("-" * len(line))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


class ActionAdder:
    """Adds the actions of one command group the one way: --db, --json, a handler, and the
    group's subject (an assembly, a consultation, a project) unless the action has none."""

    def __init__(self, actions: argparse._SubParsersAction[argparse.ArgumentParser],
                 subject: Callable[[argparse.ArgumentParser], None]) -> None:
        self._actions, self._subject, self._parent = actions, subject, db_parent()

    def __call__(self, name: str, help_text: str, handler: Handler,
                 with_subject: bool = True) -> argparse.ArgumentParser:
        parser = self._actions.add_parser(name, parents=[self._parent], help=help_text)
        if with_subject:
            self._subject(parser)
        add_json(parser)
        parser.set_defaults(handler=handler)
        return parser


def add_out(parser: argparse.ArgumentParser, help_text: str, *, required: bool = False,
            default: str | None = None, many: bool = False) -> None:
    """The one way to name a file a command writes (see the README's command section).

    `many`: the option may be repeated (one file per format), giving a list.
    """
    help_text += " (si la carpeta no existe, se crea)"
    if many:
        parser.add_argument("--out", action="append", default=[], metavar="ARCHIVO",
                            help=help_text)
    else:
        parser.add_argument("--out", required=required, default=default, metavar="ARCHIVO",
                            help=help_text)


# `--paper carta|a4` on every `print` command: the Spanish word for the page size.
PAPER_SIZES = {"carta": "letter", "a4": "a4"}


def add_paper(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--paper", choices=tuple(PAPER_SIZES), default=None,
                        help="tamaño del papel (por omisión, el de la configuración)")


def paper_options(args: argparse.Namespace) -> PaperOptions:
    from app.printing.paper import PaperOptions  # only `print` commands reach here

    size = getattr(args, "paper", None)
    return PaperOptions(page_size=PAPER_SIZES[size] if size else None)


def report(args: argparse.Namespace, value: Any, sentence: str) -> int:
    """What a command did: `value` as JSON with --json, else `sentence` for a person."""
    if args.json:
        print_json(value)
    else:
        print(sentence)
    return DONE


def fail(message: str, code: int = BAD_INPUT) -> int:
    """A refusal the handler found itself: the sentence on stderr, its exit code returned."""
    print(message, file=sys.stderr)
    return code


def read_limited(path: Path, limit: int) -> bytes | None:
    """At most `limit` + 1 bytes of `path` (a device such as /dev/zero never ends): the caller
    refuses more than `limit` with its own sentence. None if it cannot be read."""
    try:
        with path.open("rb") as fh:
            return fh.read(limit + 1)
    except OSError:
        return None


LIMIT_MAX = 1_000_000


def limit_number(text: str) -> int:
    """`--limit N`: a whole number from 1 to a million (SQLite reads a negative limit as "no
    limit", and a huge one overflows)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= LIMIT_MAX:
        raise argparse.ArgumentTypeError(
            _("«{value}» no sirve: escriba un número entero entre 1 y 1.000.000").format(
                value=text))
    return value
