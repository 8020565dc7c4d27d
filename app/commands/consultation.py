"""`asamblea consultation ...`: the options of every consultation subcommand.

The handlers live by what they do: consultation_setup.py (create, nominate, centres, tables,
rules, ties), consultation_counting.py (show, tally, accept, results),
consultation_corrections.py (remove a member or a table); the papers under
`asamblea print` are in consultation_papers.py.
"""

from __future__ import annotations

import argparse

from app.commands import consultation_counting as counting
from app.commands import consultation_setup as setup
from app.commands.choices import CATEGORY, FUNDING, ROLE, TIE
from app.commands.common import ActionAdder, add_out
from app.commands.consultation_corrections import register_corrections


def table_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--table", required=True, metavar="MESA",
                        help="número de la mesa o su identificador")


def _consultation_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("consultation", metavar="ID", help="id de la consulta")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    top = sub.add_parser("consultation", help="consulta popular: mesas, escrutinio, resultados")
    cmds = top.add_subparsers(dest="consultation_command", metavar="ACCIÓN", required=True)

    add = ActionAdder(cmds, _consultation_arg)

    add("show", "proyectos, centros, mesas, seriales impresos y actas", counting.cmd_show)

    tally = add("tally", "carga las cifras de un acta de escrutinio (dos veces, dos personas)",
                counting.cmd_tally)
    table_arg(tally)
    tally.add_argument("--votes", required=True, metavar="1=120,2=85",
                       help="votos por número de proyecto")
    for flag, text in (("--null", "votos nulos"), ("--blank", "votos en blanco"),
                       ("--ballots-in-box", "boletas halladas en la urna"),
                       ("--signatures", "electores que firmaron el cuaderno")):
        tally.add_argument(flag, type=int, required=True, metavar="N", help=text)
    # The sheet's «anuladas»: damaged ones and those replaced by a reprint (--spoiled is the
    # older name of the same figure).
    tally.add_argument("--voided", "--spoiled", dest="spoiled", type=int, default=0,
                       metavar="N", help="boletas anuladas (dañadas o reemplazadas)")
    tally.add_argument("--unused", type=int, default=0, metavar="N", help="boletas sobrantes")
    tally.add_argument("--received", type=int, default=None, metavar="N",
                       help="boletas recibidas según el acta (por omisión: las impresas)")
    tally.add_argument("--entered-by", required=True, metavar="NOMBRE",
                       help="quién transcribe el acta")
    tally.add_argument("--observation", default=None, metavar="TEXTO",
                       help="observación anotada en el acta por los miembros de mesa")

    accept = add("accept", "acepta con una observación un acta que no cuadra",
                 counting.cmd_accept)
    table_arg(accept)
    accept.add_argument("--observation", required=True, metavar="TEXTO",
                        help="por qué se acepta el acta aunque no cuadre")
    accept.add_argument("--by", required=True, metavar="NOMBRE", help="quién la acepta")

    results = add("results", "resultados por mesa y totales; exporta CSV y XLSX",
                  counting.cmd_results)
    add_out(results, "guarda los resultados en un archivo .csv o .xlsx (puede repetirse)",
            many=True)

    rules = add("rules", "cuántos proyectos se financian y cómo se desempata", setup.cmd_rules)
    rules.add_argument("--funding", choices=tuple(FUNDING), required=True,
                       help="el-mas-votado, los-mas-votados (cuántos con --funded) o "
                            "presupuesto (hasta agotar --budget)")
    rules.add_argument("--funded", type=int, default=1, metavar="N",
                       help="cuántos proyectos (regla los-mas-votados)")
    rules.add_argument("--budget", type=float, default=None, metavar="MONTO",
                       help="el dinero de la ronda: con qué se financia el más votado (por "
                            "omisión 10.000 USD) o el presupuesto (regla presupuesto)")
    rules.add_argument("--currency", default=None, metavar="MONEDA",
                       help="la moneda del dinero de la ronda: USD o VES")
    rules.add_argument("--tie", choices=tuple(TIE), default=None,
                       help="cómo se resuelve un empate")

    create = add("create", "crea una consulta popular", setup.cmd_create, with_subject=False)
    create.add_argument("--organization", required=True, metavar="ID",
                        help="la comuna o circuito comunal (su identificador)")
    create.add_argument("--name", required=True, metavar="NOMBRE",
                        help="por ejemplo «Primera Consulta Popular 2026»")
    create.add_argument("--date", required=True, metavar="DD/MM/AAAA", help="día de la votación")

    centre = add("add-centre", "agrega un centro de votación con sus mesas", setup.cmd_add_centre)
    centre.add_argument("--name", required=True, metavar="NOMBRE", help="nombre del centro")
    centre.add_argument("--address", default=None, metavar="DIRECCIÓN",
                        help="dirección del centro")
    centre.add_argument("--tables", type=int, default=1, metavar="N",
                        help="cuántas mesas (de 1 a 50)")

    member = add("add-member", "agrega un miembro de mesa o testigo", setup.cmd_add_member)
    table_arg(member)
    member.add_argument("--name", required=True, metavar="NOMBRE", help="nombre completo")
    member.add_argument("--role", required=True, choices=tuple(ROLE), help="su función")
    member.add_argument("--national-id", default=None, metavar="CÉDULA", help="su cédula")

    assign = add("assign", "qué electores toma una mesa (consejos, sectores) o repartir el "
                           "cuaderno por igual entre todas", setup.cmd_assign)
    assign.add_argument("--table", metavar="MESA", help="la mesa (no hace falta con --split)")
    assign.add_argument("--by", choices=tuple(setup.ASSIGN_BY),
                        help="por consejo comunal o por sector")
    assign.add_argument("--ids", default="", metavar="ID,ID", help="consejos o sectores")
    assign.add_argument("--split", action="store_true",
                        help="repartir a todos los electores por igual, en orden alfabético")

    nominate = add("nominate", "postula un proyecto de las asambleas, o uno nuevo (toma el "
                               "número siguiente)", setup.cmd_nominate)
    nominate.add_argument("--project", metavar="ID", help="un proyecto ya registrado")
    nominate.add_argument("--title", metavar="TÍTULO", help="o el título de un proyecto nuevo")
    nominate.add_argument("--category", choices=tuple(CATEGORY), default="otro",
                          help="área del proyecto nuevo")
    nominate.add_argument("--cost", type=float, default=0.0, metavar="MONTO",
                          help="costo del proyecto nuevo")

    tie = add("resolve-tie", "registra el resultado de la segunda votación o del sorteo",
              setup.cmd_resolve_tie)
    tie.add_argument("--order", required=True, metavar="2,5",
                     help="los números empatados, del ganador al último")
    tie.add_argument("--note", default="", metavar="TEXTO", help="acta o testigos del desempate")
    register_corrections(add, table_arg)
