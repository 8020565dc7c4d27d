"""`asamblea print convocation|attendance-sheet|priorities|minutes --assembly ID`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app.commands.assembly_common import assembly_arg
from app.commands.common import add_out, add_paper, db_parent, opened, paper_options
from app.commands.exit_codes import DONE
from app.container import Services
from app.i18n import _
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
        assembly_arg(parser)
        add_out(parser, "el PDF que se escribe (por omisión, un nombre con la fecha de la "
                        "asamblea en la carpeta actual)")
        add_paper(parser)
        if name == "attendance-sheet":
            parser.add_argument("--blank-rows", type=int, default=15, metavar="N",
                                help="filas en blanco para quienes lleguen sin estar en la lista")
        parser.set_defaults(handler=handler)


def _write(args: argparse.Namespace, make: Callable[[Services], Paper]) -> int:
    with opened(args) as sv:
        paper = make(sv)
    out = Path(args.out) if args.out else Path(paper.file_name)
    write_pdf(paper.data, out)
    print(_("PDF guardado en {path}").format(path=out))
    return DONE


def print_convocation(args: argparse.Namespace) -> int:
    return _write(args, lambda sv: sv.papers.convocation(args.assembly, paper_options(args)))


def print_attendance(args: argparse.Namespace) -> int:
    return _write(args, lambda sv: sv.papers.attendance_sheet(
        args.assembly, args.blank_rows, paper_options(args)))


def print_priorities(args: argparse.Namespace) -> int:
    return _write(args, lambda sv: sv.papers.priorities(args.assembly, paper_options(args)))


def print_minutes(args: argparse.Namespace) -> int:
    return _write(args, lambda sv: sv.papers.minutes(args.assembly, paper_options(args)))
