"""`asamblea print convocation|attendance-sheet|priorities|minutes --assembly ID`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app.commands.assembly_common import assembly_arg
from app.commands.common import add_out, db_parent, opened
from app.commands.exit_codes import DONE
from app.container import Services
from app.i18n import _
from app.printing.attendance_sheet import attendance_sheet_pdf
from app.printing.convocation import convocation_pdf
from app.printing.document import write_pdf
from app.printing.minutes import minutes_pdf
from app.printing.priorities import priorities_pdf


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
        if name == "attendance-sheet":
            parser.add_argument("--blank-rows", type=int, default=15, metavar="N",
                                help="filas en blanco para quienes lleguen sin estar en la lista")
        parser.set_defaults(handler=handler)


def _write(args: argparse.Namespace, name: str, make: Callable[[Services, str], bytes]) -> int:
    with opened(args) as sv:
        assembly = sv.assemblies.get(args.assembly)
        page = sv.settings.get("page_size")
        out = Path(args.out) if args.out else Path(
            f"{name}-{assembly.scheduled_at.astimezone():%Y-%m-%d}-{assembly.id[:8]}.pdf")
        write_pdf(make(sv, page), out)
    print(_("PDF guardado en {path}").format(path=out))
    return DONE


def print_convocation(args: argparse.Namespace) -> int:
    return _write(args, "convocatoria", lambda sv, page: convocation_pdf(
        sv.assemblies.convocation_paper(args.assembly), page))


def print_attendance(args: argparse.Namespace) -> int:
    return _write(args, "asistencia", lambda sv, page: attendance_sheet_pdf(
        sv.assemblies.attendance_paper(args.assembly, args.blank_rows), page))


def print_priorities(args: argparse.Namespace) -> int:
    return _write(args, "priorizacion", lambda sv, page: priorities_pdf(
        sv.problems.priorities_paper(args.assembly), page))


def print_minutes(args: argparse.Namespace) -> int:
    return _write(args, "acta", lambda sv, page: minutes_pdf(
        sv.minutes.paper(args.assembly), page))
