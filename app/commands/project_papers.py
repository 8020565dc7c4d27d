"""The funded project's papers under `asamblea print`: accountability (the statement read at
the rendición de cuentas) and notice (one page for the community's board)."""

from __future__ import annotations

import argparse

from app.commands.common import add_out, db_parent, opened
from app.commands.exit_codes import DONE
from app.i18n import _
from app.printing.document import write_pdf


def register_print(papers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parent = db_parent()
    for name, help_text, example, handler in (
            ("accountability", "rendición de cuentas: estado financiero, gastos y firmas",
             "rendicion-de-cuentas.pdf", cmd_print_accountability),
            ("notice", "una página para la cartelera: financiado, recibido, gastado, avance",
             "cartelera-proyecto.pdf", cmd_print_notice)):
        p = papers.add_parser(name, parents=[parent], help=help_text)
        p.add_argument("--project", required=True, metavar="ID", help="id del proyecto")
        add_out(p, f"el PDF que se escribe (por omisión un nombre como {example} en la "
                   "carpeta actual)")
        p.set_defaults(handler=handler)


def cmd_print_accountability(args: argparse.Namespace) -> int:
    with opened(args) as services:
        paper = services.papers.accountability(args.project)
    target = write_pdf(paper.data, args.out or paper.file_name)
    print(_("Rendición de cuentas: {path}").format(path=target))
    return DONE


def cmd_print_notice(args: argparse.Namespace) -> int:
    with opened(args) as services:
        paper = services.papers.notice(args.project)
    target = write_pdf(paper.data, args.out or paper.file_name)
    print(_("Cartelera del proyecto: {path}").format(path=target))
    return DONE
