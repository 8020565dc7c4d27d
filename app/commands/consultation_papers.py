"""The consultation's papers under `asamblea print`: project-guide, voter-register, ballots,
tally-sheet, results."""

from __future__ import annotations

import argparse
import re

from app.commands.choices import STYLE
from app.commands.common import add_out, db_parent, fail, opened
from app.commands.consultation import table_arg
from app.commands.exit_codes import DONE, REFUSED
from app.consultation.model import BallotRun
from app.domain.enums import BallotStyle
from app.domain.errors import DomainError
from app.i18n import _
from app.printing.ballots import ballots_pdf
from app.printing.document import write_pdf
from app.printing.project_guide import project_guide_pdf
from app.printing.results import results_pdf
from app.printing.tally_sheet import tally_sheet_pdf
from app.printing.voter_register import voter_register_pdf


def register_print(papers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parent = db_parent()

    def paper(name: str, help_text: str, default_name: str) -> argparse.ArgumentParser:
        p = papers.add_parser(name, parents=[parent], help=help_text)
        p.add_argument("--consultation", required=True, metavar="ID", help="id de la consulta")
        add_out(p, f"el PDF que se escribe (por omisión {default_name})", default=default_name)
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
                              "lista con casillas; una reimpresión sigue el de su tiraje")
    ballots.add_argument("--specimen", action="store_true",
                         help="MUESTRA: sin seriales, no se registra nada")
    ballots.add_argument("--reprint", metavar="DESDE-HASTA",
                         help="reimprime seriales ya impresos (boletas dañadas)")
    ballots.add_argument("--by", default=None, metavar="NOMBRE", help="quién imprime")
    ballots.set_defaults(handler=cmd_print_ballots)
    sheet = paper("tally-sheet", "acta de escrutinio de una mesa", "acta-escrutinio.pdf")
    table_arg(sheet)
    sheet.set_defaults(handler=cmd_print_sheet)
    paper("results", "resultados con gráfico de barras",
          "resultados.pdf").set_defaults(handler=cmd_print_results)


def _saved(path: str, data: bytes, what: str) -> int:
    target = write_pdf(data, path)
    print(_("{what}: {path}").format(what=what, path=target))
    return DONE


def cmd_print_guide(args: argparse.Namespace) -> int:
    with opened(args) as services:
        consultation = services.consultations.get(args.consultation)
        candidates = services.consultations.candidates(args.consultation)
        page = services.settings.all().page_size
    if not candidates:
        raise DomainError("consultation.no_candidates")
    return _saved(args.out, project_guide_pdf(consultation, candidates, page),
                  _("Guía de proyectos"))


def cmd_print_register(args: argparse.Namespace) -> int:
    if args.blank_lines < 0:
        return fail(_("Error: --blank-lines no puede ser negativo."))
    with opened(args) as services:
        register = services.voting_tables.register(args.consultation, args.table)
        page = services.settings.all().page_size
    data = voter_register_pdf(register, page, args.blank_lines)
    return _saved(args.out, data, _("Cuaderno de votación ({count} electores)").format(
        count=len(register.voters)))


def cmd_print_ballots(args: argparse.Namespace) -> int:
    style = STYLE[args.style] if args.style else None
    with opened(args) as services:
        page = services.settings.all().page_size

        def render(run: BallotRun) -> bytes:
            return ballots_pdf(run, page)

        if args.specimen:
            data = services.ballots.specimen(args.consultation, args.table, args.count or 6,
                                             style or BallotStyle.NUMBER, render)
            return _saved(args.out, data, _("Boletas de MUESTRA (sin seriales)"))
        if args.reprint:
            match = re.fullmatch(r"\s*(\d+)\s*[-–]\s*(\d+)\s*", args.reprint)
            if match is None:
                return fail(_("Error: escriba el rango a reimprimir como DESDE-HASTA, por "
                              "ejemplo 120-125."))
            serials, data = services.ballots.reprint(
                args.consultation, args.table, int(match.group(1)), int(match.group(2)),
                style, render, args.by)
            return _saved(args.out, data,
                          _("REIMPRESIÓN de los seriales {first}–{last}").format(
                              first=serials.first, last=serials.last))
        count = args.count
        if count is None:
            table = services.voting_tables.table(args.consultation, args.table)
            count = (table.voters or 0) - table.ballots_printed
            if count <= 0:
                return fail(_("Error: la mesa ya tiene una boleta impresa por elector. "
                              "Indique cuántas más con --count."), REFUSED)
        serials, data = services.ballots.print_run(args.consultation, args.table, count,
                                                   style or BallotStyle.NUMBER, render, args.by)
    return _saved(args.out, data, _("{count} boletas, seriales {first}–{last}").format(
        count=serials.count, first=serials.first, last=serials.last))


def cmd_print_sheet(args: argparse.Namespace) -> int:
    with opened(args) as services:
        consultation = services.consultations.get(args.consultation)
        candidates = services.consultations.candidates(args.consultation)
        table = services.voting_tables.table(args.consultation, args.table)
        page = services.settings.all().page_size
    return _saved(args.out, tally_sheet_pdf(consultation, table, candidates, page),
                  _("Acta de escrutinio"))


def cmd_print_results(args: argparse.Namespace) -> int:
    with opened(args) as services:
        results = services.tallies.results(args.consultation)
        page = services.settings.all().page_size
    return _saved(args.out, results_pdf(results, page), _("Resultados"))
