"""The `asamblea` command. Alone it opens the window; subcommands do the rest.

Each area registers its subcommands from a module in app/commands/; only the module of the
subcommand given is imported. Errors a person can act on go to stderr as one sentence, with
the exit code app/commands/exit_codes.py assigns; unexpected ones are written to a log, never
shown raw. The README's command section states the convention tests/cli/test_convention.py
checks.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
import traceback
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from app import __version__
from app.commands.exit_codes import (
    BAD_INPUT,
    DATABASE,
    DONE,
    INTERRUPTED,
    UNEXPECTED,
    exit_code_for,
)
from app.domain.errors import DomainError
from app.i18n import LANGUAGES, _, install_argparse_translations, set_language

# Every subcommand and the module whose register(subparsers) adds it; a module may add several.
COMMANDS: dict[str, str] = {
    "demo": "app.commands.basic",
    "info": "app.commands.basic",
    "list": "app.commands.basic",
    "check": "app.commands.basic",
    "gui": "app.commands.gui",
    "print": "app.commands.printing",
    "residents": "app.commands.census",
    "assemblies": "app.commands.assemblies",
    "minutes": "app.commands.assemblies",
    "consultation": "app.commands.consultation",
    "projects": "app.commands.projects",
    "sync": "app.commands.sync",
    "backup": "app.commands.safety",
    "history": "app.commands.safety",
    "hub": "app.commands.hub",
}
COMMAND_MODULES = tuple(dict.fromkeys(COMMANDS.values()))
WINDOW_MODULES = (COMMANDS["gui"],)


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    """The parser in the current language: argparse reads its own words as it builds one."""
    install_argparse_translations()
    parser = argparse.ArgumentParser(
        prog="asamblea",
        description="Asamblea: censo, asambleas, consulta popular y actas para consejos "
                    "comunales y comunas. Sin subcomando abre la ventana.",
    )
    parser.add_argument("--db", metavar="RUTA", help="archivo de la base de datos")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="idioma de la ventana y de los mensajes (es: español, en: inglés)")
    parser.add_argument("--version", action="version", version=f"asamblea {__version__}",
                        help="muestra la versión del programa y sale")
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMANDO")
    for name in modules:
        importlib.import_module(name).register(sub)
    return parser


def _global_options(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """--lang, and what follows the global options (the subcommand first)."""
    global_options = argparse.ArgumentParser(add_help=False)
    global_options.add_argument("--db")
    global_options.add_argument("--lang")
    known, rest = global_options.parse_known_args(list(argv))
    return known.lang, rest


def wants_window(argv: Sequence[str]) -> bool:
    """`asamblea [--db X] [--lang L] [gui ...]`: the window, and nothing else to load.

    Building the full parser imports every area's commands (spreadsheets, PDF, sync); the
    window must not wait for them.
    """
    _lang, rest = _global_options(argv)
    return not rest or rest[0] == "gui"


def modules_for(argv: Sequence[str]) -> tuple[str, ...]:
    """The module of the subcommand given; every module for --help, a typo or no subcommand;
    none for --version (it prints the version before any subcommand is read)."""
    if wants_window(argv):
        return WINDOW_MODULES
    _lang, rest = _global_options(argv)
    if rest[0] == "--version":
        return ()
    module = COMMANDS.get(rest[0])
    return (module,) if module else COMMAND_MODULES


def _log_crash(exc: BaseException) -> Path | None:
    from platformdirs import user_log_dir

    try:
        folder = Path(user_log_dir("asamblea", appauthor=False))
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "errores.log"
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"\n=== {datetime.now(UTC).isoformat()} {sys.argv}\n")
            fh.write("".join(traceback.format_exception(exc)))
        return path
    except OSError:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    # Start-up makes tens of thousands of objects that live as long as the program (modules,
    # classes, SQLAlchemy's mappers); the collector's default pass every 700 of them rescans
    # those for nothing, 5-8 % of a short command's time. Every 20,000 still bounds the
    # cyclic garbage of a long one.
    gc.set_threshold(20_000, 10, 10)
    arguments = list(sys.argv[1:] if argv is None else argv)
    lang, _rest = _global_options(arguments)
    if lang in LANGUAGES:  # before the parser exists (see build_parser)
        set_language(lang)
    parser = build_parser(modules_for(arguments))
    try:
        args = parser.parse_args(arguments)
        if args.command is None:
            args = parser.parse_args([*arguments, "gui"])
    except SystemExit as stop:  # --help, or argparse refusing what was typed (BAD_INPUT)
        return stop.code if isinstance(stop.code, int) else BAD_INPUT
    try:
        return int(args.handler(args))
    except DomainError as exc:
        print(_("Error: {message}").format(message=exc), file=sys.stderr)
        return exit_code_for(exc)
    except BrokenPipeError:
        # The reader went away (`asamblea info | head`): nothing to report.
        sys.stderr.close()
        return DONE
    except OSError as exc:
        # A file or folder given that cannot be written or read (no room, no permission, a
        # folder where a file was expected): a sentence, not "Error inesperado".
        if _about_database(exc, args) and _write_trouble_of(exc, args) is not None:
            return _write_trouble(exc, args)
        print(_os_error_sentence(exc), file=sys.stderr)
        return BAD_INPUT
    except Exception as exc:
        if _write_trouble_of(exc, args) is not None:
            return _write_trouble(exc, args)
        if not _is_database_error(exc):
            return _unexpected(exc)
        path = _log_crash(exc)
        message = _("Error: no se pudo abrir o leer la base de datos. Compruebe que la ruta es "
                    "correcta, que el archivo no está dañado y que otro programa no lo tiene "
                    "bloqueado.")
        if path:
            message += " " + _("Detalles en {path}.").format(path=path)
        print(message, file=sys.stderr)
        return DATABASE
    except KeyboardInterrupt:
        print(_("Interrumpido."), file=sys.stderr)
        return INTERRUPTED


def _database_of(args: argparse.Namespace) -> Path | None:
    """The database file the command used (None for a server's URL)."""
    db = getattr(args, "db", None)
    if db and str(db).startswith(("sqlite:", "postgresql")):
        return None
    if db:
        return Path(db).expanduser()
    from app.paths import default_db_path

    return default_db_path()


def _about_database(exc: OSError, args: argparse.Namespace) -> bool:
    """The error names no file, or one in the database's folder (the database, its key, its
    backups): the data folder's trouble, not that of a file the person named."""
    db = _database_of(args)
    if not exc.filename or db is None:
        return not exc.filename
    named = Path(os.fsdecode(exc.filename)).expanduser().absolute()
    return db.absolute().parent in (named, *named.parents)


def _write_trouble_of(exc: BaseException, args: argparse.Namespace) -> DomainError | None:
    from app.safety.write_trouble import write_trouble

    return write_trouble(exc, _database_of(args))


def _write_trouble(exc: BaseException, args: argparse.Namespace) -> int:
    """A full disk or a read-only database: the unit of work rolled back; say so, and how
    to get out (room, permissions), with the database's exit code."""
    trouble = _write_trouble_of(exc, args)
    assert trouble is not None
    print(_("Error: {message}").format(message=trouble), file=sys.stderr)
    return exit_code_for(trouble)


def _os_error_sentence(exc: OSError) -> str:
    import errno

    where = exc.filename or ""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return _("Error: no queda espacio en el disco para escribir «{path}». No se perdió "
                 "nada guardado; libere espacio y vuelva a intentarlo.").format(path=where)
    return _("Error: no se pudo usar «{path}» ({reason}). No se cambió nada.").format(
        path=where, reason=exc.strerror or exc.__class__.__name__)


def _is_database_error(exc: BaseException) -> bool:
    # Imported here: SQLAlchemy is loaded only by commands that use the database.
    from sqlalchemy.exc import DatabaseError, OperationalError

    return isinstance(exc, OperationalError | DatabaseError)


def _unexpected(exc: BaseException) -> int:
    if os.environ.get("ASAMBLEA_DEBUG"):
        raise exc
    path = _log_crash(exc)
    message = _("Error inesperado. No se perdió ningún dato guardado.")
    if path:
        message += " " + _("Los detalles quedaron en {path}; envíelos a quien le da "
                           "soporte.").format(path=path)
    print(message, file=sys.stderr)
    return UNEXPECTED


if __name__ == "__main__":
    sys.exit(main())
