"""The `asamblea` command. Alone it opens the window; subcommands do the rest.

Each area registers its subcommands from a module in app/commands/. Errors a person can act on
go to stderr with a non-zero exit; unexpected ones are written to a log, never shown raw.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from app.domain.errors import DomainError

# One module per area; each has register(subparsers).
COMMAND_MODULES = (
    "app.commands.basic",
    "app.commands.gui",
    "app.commands.printing",
    "app.commands.census",
    "app.commands.assemblies",
    "app.commands.consultation",
    "app.commands.sync",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="asamblea",
        description="Asamblea: censo, asambleas, consulta popular y actas para consejos "
                    "comunales y comunas. Sin subcomando abre la ventana.",
    )
    parser.add_argument("--db", metavar="RUTA", help="archivo de la base de datos")
    parser.add_argument("--lang", choices=("es", "en"), help="idioma de la ventana y mensajes")
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMANDO")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


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
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        os.environ["ASAMBLEA_LANG"] = args.lang
    if args.command is None:
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
    try:
        return int(args.handler(args))
    except DomainError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (`asamblea info | head`): nothing to report.
        sys.stderr.close()
        return 0
    except Exception as exc:
        if not _is_database_error(exc):
            return _unexpected(exc)
        path = _log_crash(exc)
        print(
            "Error: no se pudo abrir o leer la base de datos. Compruebe que la ruta es correcta, "
            "que el archivo no está dañado y que otro programa no lo tiene bloqueado."
            + (f" Detalles en {path}." if path else ""),
            file=sys.stderr,
        )
        return 3
    except KeyboardInterrupt:
        print("Interrumpido.", file=sys.stderr)
        return 130


def _is_database_error(exc: BaseException) -> bool:
    # Imported here: SQLAlchemy is loaded only by commands that use the database.
    from sqlalchemy.exc import DatabaseError, OperationalError

    return isinstance(exc, OperationalError | DatabaseError)


def _unexpected(exc: BaseException) -> int:
    if os.environ.get("ASAMBLEA_DEBUG"):
        raise exc
    path = _log_crash(exc)
    print(
        "Error inesperado. No se perdió ningún dato guardado."
        + (f" Los detalles quedaron en {path}; envíelos a quien le da soporte." if path else ""),
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
