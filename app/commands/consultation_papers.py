"""The consultation's papers under `asamblea print`: project-guide, voter-register, ballots,
tally-sheet, results."""

from __future__ import annotations

import argparse

from app.commands.choices import STYLE
from app.commands.common import add_out, add_paper, db_parent, fail, opened, paper_options
from app.commands.consultation import table_arg
from app.commands.exit_codes import DONE, REFUSED
from app.consultation.serials import parse_serial_range
from app.domain.enums import BallotStyle
from app.i18n import _, ngettext
from app.printing.document import write_pdf
from app.printing.paper import Paper


def register_print(papers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parent = db_parent()

    def paper(name: str, help_text: str, example: str) -> argparse.ArgumentParser:
        p = papers.add_parser(name, parents=[parent], help=help_text)
        p.add_argument("--consultation", required=True, metavar="ID", help="id de la consulta")
        add_out(p, f"el PDF que se escribe (por omisión un nombre como {example} en la "
                   "carpeta actual)")
        add_paper(p)
        return p

    paper("project-guide", "guía de proyectos para el parabán",
          "guia-de-proyectos.pdf").set_defaults(handler=cmd_print_guide)
    reg = paper("voter-register", "cuaderno de votación de una mesa", "cuaderno-mesa.pdf")
    table_arg(reg)
    reg.add_argument("--blank-lines", type=int, default=15, metavar="N",
                     help="líneas en blanco al final para electores no listados")
    reg.set_defaults(handler=cmd_print_register)
    ballots = paper("ballots", "boletas con talón numerado", "boletas-mesa.pdf")
    table_arg(ballots)
    ballots.add_argument("--count", type=int, default=None, metavar="N",
                         help="cuántas boletas (por omisión: los electores de la mesa que aún "
                              "no tienen boleta impresa)")
    ballots.add_argument("--style", choices=tuple(STYLE), default=None,
                         help="numero: recuadro para escribir el número (oficial); lista: "
                              "lista con casillas; el primer tiraje lo fija para toda la "
                              "consulta")
    ballots.add_argument("--specimen", action="store_true",
                         help="MUESTRA: sin seriales, no se registra nada")
    ballots.add_argument("--reprint", metavar="DESDE-HASTA",
                         help="reimprime seriales ya impresos (boletas dañadas)")
    ballots.add_argument("--reason", default="", metavar="MOTIVO",
                         help="por qué se reimprime (obligatorio con --reprint): la boleta "
                              "dañada queda anulada")
    ballots.add_argument("--by", default=None, metavar="NOMBRE", help="quién imprime")
    ballots.set_defaults(handler=cmd_print_ballots)
    sheet = paper("tally-sheet", "acta de escrutinio de una mesa", "acta-escrutinio.pdf")
    table_arg(sheet)
    sheet.set_defaults(handler=cmd_print_sheet)
    paper("results", "resultados con gráfico de barras",
          "resultados.pdf").set_defaults(handler=cmd_print_results)


def _saved(args: argparse.Namespace, paper: Paper, what: str) -> int:
    target = write_pdf(paper.data, args.out or paper.file_name)
    print(_("{what}: {path}").format(what=what, path=target))
    return DONE


def cmd_print_guide(args: argparse.Namespace) -> int:
    with opened(args) as services:
        paper = services.papers.project_guide(args.consultation, paper_options(args))
    return _saved(args, paper, _("Guía de proyectos"))


def cmd_print_register(args: argparse.Namespace) -> int:
    if args.blank_lines < 0:
        return fail(_("Error: --blank-lines no puede ser negativo."))
    with opened(args) as services:
        voters = services.voting_tables.table(args.consultation, args.table).voters or 0
        paper = services.papers.voter_register(args.consultation, args.table, args.blank_lines,
                                                paper_options(args), printed=True)
    return _saved(args, paper, ngettext("Cuaderno de votación ({count} elector)",
                                        "Cuaderno de votación ({count} electores)",
                                        voters).format(count=voters))


def cmd_print_ballots(args: argparse.Namespace) -> int:
    style = STYLE[args.style] if args.style else None
    with opened(args) as services:
        papers = services.papers
        if args.specimen:
            paper = papers.ballot_specimen(args.consultation, args.table, args.count or 6,
                                           style or BallotStyle.NUMBER, paper_options(args))
            return _saved(args, paper, _("Boletas de MUESTRA (sin seriales)"))
        if args.reprint:
            wanted = parse_serial_range(args.reprint)
            if wanted is None:
                return fail(_("Error: escriba el rango a reimprimir como DESDE-HASTA, por "
                              "ejemplo 120-125."))
            serials, paper = papers.ballot_reprint(args.consultation, args.table, *wanted,
                                                   style, args.by, paper_options(args),
                                                   reason=args.reason)
            return _saved(args, paper, _("REIMPRESIÓN de los seriales {first}–{last}").format(
                first=serials.first, last=serials.last))
        count = args.count
        if count is None:
            count = services.voting_tables.table(args.consultation, args.table).ballots_missing
            if count <= 0:
                return fail(_("Error: la mesa ya tiene una boleta impresa por elector. "
                              "Indique cuántas más con --count."), REFUSED)
        serials, paper = papers.ballots(args.consultation, args.table, count, style,
                                        args.by, paper_options(args))
    numbers = str(serials.first) if serials.count == 1 else f"{serials.first}–{serials.last}"
    return _saved(args, paper, ngettext(
        "{count} boleta, serial {numbers}", "{count} boletas, seriales {numbers}",
        serials.count).format(count=serials.count, numbers=numbers))


def cmd_print_sheet(args: argparse.Namespace) -> int:
    with opened(args) as services:
        paper = services.papers.tally_sheet(args.consultation, args.table, paper_options(args))
    return _saved(args, paper, _("Acta de escrutinio"))


def cmd_print_results(args: argparse.Namespace) -> int:
    with opened(args) as services:
        paper = services.papers.results(args.consultation, paper_options(args))
    return _saved(args, paper, _("Resultados"))
