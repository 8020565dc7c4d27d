"""`asamblea print convocation|attendance-sheet|priorities|minutes --assembly ID`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app.commands.assembly_common import assembly_arg as _assembly_arg
from app.commands.assembly_common import run as _run
from app.commands.common import db_parent
from app.container import Services
from app.printing.document import write_pdf
from app.printing.paper import Paper


def register_print(papers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parent = db_parent()
    for name, help_text, handler in (
        ("convocation", "la convocatoria para publicar", print_convocation),
        ("attendance-sheet", "la lista de asistencia con columna de firma",
         print_attendance),
        ("priorities", "la priorización de problemas", print_priorities),
        ("minutes", "el acta de la asamblea", print_minutes),
    ):
        parser = papers.add_parser(name, parents=[parent], help=help_text)
        _assembly_arg(parser)
        parser.add_argument("--out", type=Path, default=None, metavar="ARCHIVO.pdf")
        if name == "attendance-sheet":
            parser.add_argument("--blank-rows", type=int, default=15,
                                help="filas en blanco para quienes lleguen sin estar en la lista")
        parser.set_defaults(handler=handler)


def _write(args: argparse.Namespace, make: Callable[[Services], Paper]) -> int:
    def job(sv: Services) -> int:
        paper = make(sv)
        out = args.out or Path(paper.file_name)
        write_pdf(paper.data, out)
        print(f"PDF guardado en {out}")
        return 0
    return _run(args, job)


def print_convocation(args: argparse.Namespace) -> int:
    return _write(args, lambda sv: sv.papers.convocation(args.assembly))


def print_attendance(args: argparse.Namespace) -> int:
    return _write(args, lambda sv: sv.papers.attendance_sheet(args.assembly, args.blank_rows))


def print_priorities(args: argparse.Namespace) -> int:
    return _write(args, lambda sv: sv.papers.priorities(args.assembly))


def print_minutes(args: argparse.Namespace) -> int:
    return _write(args, lambda sv: sv.papers.minutes(args.assembly))
