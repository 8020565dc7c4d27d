"""`asamblea consultation show|tally|accept|results|rules|resolve-tie` and the consultation's
papers under `asamblea print` (project-guide, voter-register, ballots, tally-sheet, results)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from app.commands.common import add_json, db_parent, fail, print_json, print_table, services_for
from app.consultation.export import results_csv, results_xlsx
from app.consultation.model import (
    ConsultationOverview,
    Results,
    TableTally,
    TallyFigures,
)
from app.consultation.serials import describe_all, parse_serial_range
from app.domain.dates import parse_date
from app.domain.enums import BallotStyle, FundingRule, ProblemCategory, TableRole, TieRule
from app.domain.errors import DomainError
from app.printing.document import write_pdf
from app.printing.results import percent

STATE_ES = {
    "empty": "sin cargar",
    "waiting_second": "falta la segunda carga (otra persona)",
    "mismatch": "las dos cargas no coinciden",
    "needs_observation": "coinciden pero no cuadran: falta la observación",
    "accepted": "aceptada",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parent = db_parent()
    top = sub.add_parser("consultation", help="consulta popular: mesas, escrutinio, resultados")
    cmds = top.add_subparsers(dest="consultation_command", metavar="ACCIÓN", required=True)

    show = cmds.add_parser("show", parents=[parent],
                           help="proyectos, centros, mesas, seriales impresos y actas")
    show.add_argument("consultation", metavar="ID")
    add_json(show)
    show.set_defaults(handler=cmd_show)

    tally = cmds.add_parser("tally", parents=[parent],
                            help="carga las cifras de un acta de escrutinio (dos veces, dos "
                                 "personas)")
    tally.add_argument("consultation", metavar="ID")
    tally.add_argument("--table", required=True, metavar="MESA",
                       help="número de la mesa o su identificador")
    tally.add_argument("--votes", required=True, metavar="1=120,2=85",
                       help="votos por número de proyecto")
    for flag, text in (("--null", "votos nulos"), ("--blank", "votos en blanco"),
                       ("--ballots-in-box", "boletas halladas en la urna"),
                       ("--signatures", "electores que firmaron el cuaderno")):
        tally.add_argument(flag, type=int, required=True, metavar="N", help=text)
    tally.add_argument("--spoiled", type=int, default=0, metavar="N", help="boletas dañadas")
    tally.add_argument("--unused", type=int, default=0, metavar="N", help="boletas sobrantes")
    tally.add_argument("--received", type=int, default=None, metavar="N",
                       help="boletas recibidas según el acta (por omisión: las impresas)")
    tally.add_argument("--entered-by", required=True, metavar="NOMBRE",
                       help="quién transcribe el acta")
    tally.add_argument("--observation", default=None, metavar="TEXTO",
                       help="observación anotada en el acta por los miembros de mesa")
    add_json(tally)
    tally.set_defaults(handler=cmd_tally)

    accept = cmds.add_parser("accept", parents=[parent],
                             help="acepta con una observación un acta que no cuadra")
    accept.add_argument("consultation", metavar="ID")
    accept.add_argument("--table", required=True, metavar="MESA")
    accept.add_argument("--observation", required=True, metavar="TEXTO")
    accept.add_argument("--by", required=True, metavar="NOMBRE", help="quién la acepta")
    add_json(accept)
    accept.set_defaults(handler=cmd_accept)

    results = cmds.add_parser("results", parents=[parent],
                              help="resultados por mesa y totales; exporta CSV y XLSX")
    results.add_argument("consultation", metavar="ID")
    results.add_argument("--csv", metavar="RUTA", help="guardar los resultados en CSV")
    results.add_argument("--xlsx", metavar="RUTA", help="guardar los resultados en Excel")
    add_json(results)
    results.set_defaults(handler=cmd_results)

    rules = cmds.add_parser("rules", parents=[parent],
                            help="cuántos proyectos se financian y cómo se desempata")
    rules.add_argument("consultation", metavar="ID")
    rules.add_argument("--funding", choices=[r.value for r in FundingRule], required=True)
    rules.add_argument("--funded", type=int, default=1, metavar="N",
                       help="cuántos proyectos (regla top_n)")
    rules.add_argument("--budget", type=float, default=None, metavar="MONTO",
                       help="presupuesto (regla budget), en la moneda de la consulta")
    rules.add_argument("--tie", choices=[r.value for r in TieRule], default=None)
    rules.set_defaults(handler=cmd_rules)

    create = cmds.add_parser("create", parents=[parent], help="crea una consulta popular")
    create.add_argument("--organization", required=True, metavar="ORG",
                        help="la comuna o circuito comunal (su identificador)")
    create.add_argument("--name", required=True, metavar="NOMBRE",
                        help="por ejemplo «Primera Consulta Popular 2026»")
    create.add_argument("--date", required=True, metavar="DD/MM/AAAA", help="día de la votación")
    add_json(create)
    create.set_defaults(handler=cmd_create)

    centre = cmds.add_parser("add-centre", parents=[parent],
                             help="agrega un centro de votación con sus mesas")
    centre.add_argument("consultation", metavar="ID")
    centre.add_argument("--name", required=True, metavar="NOMBRE")
    centre.add_argument("--address", default=None, metavar="DIRECCIÓN")
    centre.add_argument("--tables", type=int, default=1, metavar="N", help="cuántas mesas")
    centre.set_defaults(handler=cmd_add_centre)

    member = cmds.add_parser("add-member", parents=[parent],
                             help="agrega un miembro de mesa o testigo")
    member.add_argument("consultation", metavar="ID")
    member.add_argument("--table", required=True, metavar="MESA")
    member.add_argument("--name", required=True, metavar="NOMBRE")
    member.add_argument("--role", required=True, choices=[r.value for r in TableRole])
    member.add_argument("--national-id", default=None, metavar="CÉDULA")
    member.set_defaults(handler=cmd_add_member)

    assign = cmds.add_parser("assign", parents=[parent],
                             help="qué electores toma una mesa (consejos, sectores) o repartir "
                                  "el cuaderno por igual entre todas")
    assign.add_argument("consultation", metavar="ID")
    assign.add_argument("--table", metavar="MESA", help="la mesa (no hace falta con --split)")
    assign.add_argument("--by", choices=("council", "sector"), help="por consejo o por sector")
    assign.add_argument("--ids", default="", metavar="ID,ID", help="consejos o sectores")
    assign.add_argument("--split", action="store_true",
                        help="repartir a todos los electores por igual, en orden alfabético")
    assign.set_defaults(handler=cmd_assign)

    nominate = cmds.add_parser("nominate", parents=[parent],
                               help="postula un proyecto de las asambleas, o uno nuevo "
                                    "(toma el número siguiente)")
    nominate.add_argument("consultation", metavar="ID")
    nominate.add_argument("--project", metavar="PROYECTO", help="un proyecto ya registrado")
    nominate.add_argument("--title", metavar="TÍTULO", help="o el título de un proyecto nuevo")
    nominate.add_argument("--category", choices=[c.value for c in ProblemCategory],
                          default=ProblemCategory.OTHER.value, help="área del proyecto nuevo")
    nominate.add_argument("--cost", type=float, default=0.0, metavar="MONTO",
                          help="costo del proyecto nuevo")
    nominate.set_defaults(handler=cmd_nominate)

    tie = cmds.add_parser("resolve-tie", parents=[parent],
                          help="registra el resultado de la segunda votación o del sorteo")
    tie.add_argument("consultation", metavar="ID")
    tie.add_argument("--order", required=True, metavar="2,5",
                     help="los números empatados, del ganador al último")
    tie.add_argument("--note", default="", metavar="TEXTO", help="acta o testigos del desempate")
    tie.set_defaults(handler=cmd_resolve_tie)


def register_print(papers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parent = db_parent()

    def paper(name: str, help_text: str, default_name: str) -> argparse.ArgumentParser:
        p = papers.add_parser(name, parents=[parent], help=help_text)
        p.add_argument("--consultation", required=True, metavar="ID")
        p.add_argument("-o", "--out", "--output", dest="output", default=default_name,
                       metavar="RUTA",
                       help=f"archivo PDF (por omisión {default_name})")
        return p

    paper("project-guide", "guía de proyectos para el parabán",
          "guia-de-proyectos.pdf").set_defaults(handler=cmd_print_guide)
    reg = paper("voter-register", "cuaderno de votación de una mesa", "cuaderno-mesa.pdf")
    reg.add_argument("--table", required=True, metavar="MESA")
    reg.add_argument("--blank-lines", type=int, default=15, metavar="N",
                     help="líneas en blanco al final para electores no listados")
    reg.set_defaults(handler=cmd_print_register)
    ballots = paper("ballots", "boletas con talón numerado", "boletas-mesa.pdf")
    ballots.add_argument("--table", required=True, metavar="MESA")
    ballots.add_argument("--count", type=int, default=None, metavar="N",
                         help="cuántas boletas (por omisión: los electores de la mesa que aún "
                              "no tienen boleta impresa)")
    ballots.add_argument("--style", choices=[s.value for s in BallotStyle], default=None,
                         help="number: recuadro para escribir el número (oficial); list: "
                              "lista con casillas; una reimpresión sigue el de su tiraje")
    ballots.add_argument("--specimen", action="store_true",
                         help="MUESTRA: sin seriales, no se registra nada")
    ballots.add_argument("--reprint", metavar="DESDE-HASTA",
                         help="reimprime seriales ya impresos (boletas dañadas)")
    ballots.add_argument("--by", default=None, metavar="NOMBRE", help="quién imprime")
    ballots.set_defaults(handler=cmd_print_ballots)
    sheet = paper("tally-sheet", "acta de escrutinio de una mesa", "acta-escrutinio.pdf")
    sheet.add_argument("--table", required=True, metavar="MESA")
    sheet.set_defaults(handler=cmd_print_sheet)
    paper("results", "resultados con gráfico de barras",
          "resultados.pdf").set_defaults(handler=cmd_print_results)


# -- consultation subcommands ---------------------------------------------------------------

def parse_votes(raw: str) -> dict[int, int]:
    """"1=120,2=85" -> {1: 120, 2: 85}."""
    votes: dict[int, int] = {}
    for part in (p.strip() for p in raw.split(",")):
        if not part:
            continue
        match = re.fullmatch(r"(\d+)\s*[=:]\s*(\d+)", part)
        if match is None:
            raise DomainError("tally.votes_format", value=part)
        votes[int(match.group(1))] = votes.get(int(match.group(1)), 0) + int(match.group(2))
    return votes


def _tally_json(state: TableTally) -> dict[str, object]:
    return {
        "table_id": state.table.id, "table": state.table.label, "state": state.state,
        "entries": [{"id": e.id, "entered_by": e.entered_by, "entered_at": e.entered_at,
                     "observation": e.observation, **_figures(e.figures)}
                    for e in state.entries],
        "differences": state.differences, "checks": state.checks,
        "accepted": _figures(state.accepted) if state.accepted else None,
        "accepted_observation": state.accepted_observation,
    }


def _figures(f: TallyFigures) -> dict[str, object]:
    return {"votes": {str(k): v for k, v in sorted(f.votes.items())},
            "null_votes": f.null_votes, "blank_votes": f.blank_votes,
            "ballots_in_box": f.ballots_in_box, "signatures": f.signatures,
            "ballots_received": f.ballots_received, "spoiled": f.spoiled, "unused": f.unused}


def _print_tally(state: TableTally) -> None:
    print(f"{state.table.label}: {STATE_ES.get(state.state, state.state)}")
    for diff in state.differences:
        print(f"  difiere {diff.label}: {diff.first} / {diff.second}")
    for check in state.checks:
        print(f"  {'✓' if check.passed else '✗'} {check.message}")
    if state.accepted_observation:
        print(f"  Observación: {state.accepted_observation}")


def cmd_show(args: argparse.Namespace) -> int:
    services = services_for(args)
    try:
        overview = services.tallies.overview(args.consultation)
    finally:
        services.close()
    if args.json:
        print_json(_overview_json(overview))
        return 0
    c = overview.consultation
    status = {"draft": "en preparación", "ready": "boletas impresas", "voting": "votación",
              "counting": "escrutinio", "closed": "cerrada"}.get(c.status.value, c.status.value)
    print(f"{c.name} · {c.vote_date.strftime('%d/%m/%Y')} · estado: {status}")
    print(f"Electores ({overview.voting_age} años o más el día de la votación): "
          f"{overview.eligible}; sin mesa asignada: {overview.unassigned}")
    print()
    print_table([[str(n.number), n.title] for n in overview.candidates], ["N.º", "Proyecto"])
    print()
    print_table([[t.table.id, t.table.label, str(t.table.voters),
                  describe_all(t.table.ranges) or "—", STATE_ES.get(t.state, t.state)]
                 for t in overview.tables],
                ["Id", "Mesa", "Electores", "Seriales impresos", "Acta"])
    return 0


def _overview_json(o: ConsultationOverview) -> dict[str, object]:
    return {
        "consultation": o.consultation, "status": o.consultation.status.value,
        "eligible": o.eligible, "unassigned": o.unassigned, "voting_age": o.voting_age,
        "candidates": [{"id": n.id, "number": n.number, "title": n.title,
                        "project_id": n.project_id} for n in o.candidates],
        "centres": [{"id": centre.id, "name": centre.name, "address": centre.address,
                     "tables": [{"id": t.table.id, "number": t.table.number,
                                 "voters": t.table.voters, "rule": t.table.rule,
                                 "members": t.table.members,
                                 "serial_ranges": [
                                     {"first": r.first, "last": r.last, "style": r.style.value,
                                      "is_reprint": r.is_reprint, "printed_at": r.printed_at}
                                     for r in t.table.ranges],
                                 "ballots_printed": t.table.ballots_printed,
                                 "tally": _tally_json(t)}
                                for t in o.tables if t.table.centre_id == centre.id]}
                    for centre in o.centres],
    }


def cmd_tally(args: argparse.Namespace) -> int:
    figures = TallyFigures(parse_votes(args.votes), args.null, args.blank, args.ballots_in_box,
                           args.signatures, args.spoiled, args.unused, args.received)
    services = services_for(args)
    try:
        state = services.tallies.enter(args.consultation, args.table, figures, args.entered_by,
                                       args.observation)
    finally:
        services.close()
    if args.json:
        print_json(_tally_json(state))
    else:
        _print_tally(state)
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    services = services_for(args)
    try:
        state = services.tallies.accept(args.consultation, args.table, args.observation, args.by)
    finally:
        services.close()
    if args.json:
        print_json(_tally_json(state))
    else:
        _print_tally(state)
    return 0


def _results_json(r: Results) -> dict[str, object]:
    return {
        "consultation": r.consultation, "candidates": r.candidates,
        "tables": [{**{k: v for k, v in vars(t).items() if k != "votes"},
                    "votes": {str(k): v for k, v in sorted(t.votes.items())},
                    "participation": round(t.participation, 4)} for t in r.tables],
        "null_votes": r.null_votes, "blank_votes": r.blank_votes,
        "valid_votes": r.valid_votes, "ballots_in_box": r.ballots_in_box,
        "eligible": r.eligible, "participation": round(r.participation, 4),
        "tables_counted": r.tables_counted, "tables_total": r.tables_total,
        "funded_numbers": list(r.funded_numbers), "pending_tie": list(r.pending_tie),
        "funding_note": r.funding_note,
        "tie_note": r.tie_note,
    }


def cmd_results(args: argparse.Namespace) -> int:
    services = services_for(args)
    try:
        results = services.tallies.results(args.consultation)
    finally:
        services.close()
    if args.csv:
        Path(args.csv).write_text(results_csv(results), encoding="utf-8")
    if args.xlsx:
        Path(args.xlsx).write_bytes(results_xlsx(results))
    if args.json:
        print_json(_results_json(results))
        return 0
    print(f"{results.consultation.name}: mesas escrutadas {results.tables_counted} de "
          f"{results.tables_total}; participación {results.ballots_in_box} de "
          f"{results.eligible} ({percent(results.participation)})")
    print_table([[str(c.rank), str(c.number), c.title, str(c.votes), percent(c.share),
                  "FINANCIADO" if c.funded else ("EMPATE" if c.tied else "")]
                 for c in results.candidates],
                ["Puesto", "N.º", "Proyecto", "Votos", "%", ""])
    print(f"Nulos: {results.null_votes}; blancos: {results.blank_votes}")
    print(results.funding_note)
    if results.tie_note:
        print(results.tie_note)
    for path in (args.csv, args.xlsx):
        if path:
            print(f"Guardado: {path}")
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    budget = round(args.budget * 100) if args.budget is not None else None
    services = services_for(args)
    try:
        c = services.consultations.set_rules(
            args.consultation, FundingRule(args.funding), args.funded, budget,
            TieRule(args.tie) if args.tie else None)
    finally:
        services.close()
    rule = {"most_voted": "se financia el proyecto más votado",
            "top_n": f"se financian los {c.funded_count} proyectos más votados",
            "budget": "se financian en orden de votos hasta agotar el presupuesto",
            }[c.funding_rule.value]
    tie = "segunda votación" if c.tie_rule.value == "second_vote" else "sorteo registrado"
    print(f"Reglas de {c.name}: {rule}; un empate se resuelve por {tie}.")
    return 0


def cmd_resolve_tie(args: argparse.Namespace) -> int:
    try:
        numbers = [int(n) for n in args.order.split(",") if n.strip()]
    except ValueError:
        return fail("Error: escriba el orden como números separados por comas, por ejemplo "
                    "2,5.")
    services = services_for(args)
    try:
        services.consultations.resolve_tie(args.consultation, numbers, args.note)
    finally:
        services.close()
    print("Desempate registrado: " + ", ".join(str(n) for n in numbers))
    return 0


def cmd_create(args: argparse.Namespace) -> int:
    vote_date = parse_date(args.date)
    services = services_for(args)
    try:
        consultation = services.consultations.create(
            args.organization, args.name, vote_date,
            max_candidates=services.settings.all().max_candidates)
    finally:
        services.close()
    if args.json:
        print_json(consultation)
    else:
        print(f"Consulta creada: {consultation.name} ({consultation.id}), votación el "
              f"{consultation.vote_date.strftime('%d/%m/%Y')}.")
    return 0


def cmd_add_centre(args: argparse.Namespace) -> int:
    if not 1 <= args.tables <= 50:
        return fail("Error: --tables debe estar entre 1 y 50.")
    services = services_for(args)
    try:
        centre, tables = services.voting_tables.add_centre_with_tables(
            args.consultation, args.name, args.address, args.tables)
    finally:
        services.close()
    print(f"Centro «{centre.name}» ({centre.id}) con {len(tables)} mesa(s): "
          + ", ".join(tables))
    return 0


def cmd_add_member(args: argparse.Namespace) -> int:
    services = services_for(args)
    try:
        table = services.voting_tables.table(args.consultation, args.table)
        member = services.voting_tables.add_member(table.id, args.name, TableRole(args.role),
                                                   args.national_id)
    finally:
        services.close()
    print(f"{member.full_name} agregado(a) a {table.label}.")
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    services = services_for(args)
    try:
        if args.split:
            services.voting_tables.split_evenly(args.consultation)
        else:
            if not args.table or not args.by:
                return fail("Error: indique --table y --by (council o sector), o use --split.")
            table = services.voting_tables.table(args.consultation, args.table)
            ids = [i.strip() for i in args.ids.split(",") if i.strip()]
            services.voting_tables.set_rule(table.id, args.by, ids)
        tables = services.voting_tables.tables(args.consultation)
    finally:
        services.close()
    for table in tables:
        print(f"{table.label}: {table.voters} electores")
    return 0


def cmd_nominate(args: argparse.Namespace) -> int:
    if bool(args.project) == bool(args.title):
        return fail("Error: indique --project (un proyecto registrado) o --title (uno nuevo).")
    services = services_for(args)
    try:
        if args.project:
            nomination = services.consultations.nominate(args.consultation, args.project)
        else:
            nomination = services.consultations.nominate_new(
                args.consultation, args.title, ProblemCategory(args.category),
                round(args.cost * 100))
    finally:
        services.close()
    print(f"Postulado con el número {nomination.number}: {nomination.title}")
    return 0


# -- papers ---------------------------------------------------------------------------------

def _saved(path: str, data: bytes, what: str) -> int:
    target = write_pdf(data, path)
    print(f"{what}: {target}")
    return 0


def cmd_print_guide(args: argparse.Namespace) -> int:
    services = services_for(args)
    try:
        paper = services.papers.project_guide(args.consultation)
    finally:
        services.close()
    return _saved(args.output, paper.data, "Guía de proyectos")


def cmd_print_register(args: argparse.Namespace) -> int:
    if args.blank_lines < 0:
        return fail("Error: --blank-lines no puede ser negativo.")
    services = services_for(args)
    try:
        voters = services.voting_tables.table(args.consultation, args.table).voters or 0
        paper = services.papers.voter_register(args.consultation, args.table, args.blank_lines)
    finally:
        services.close()
    return _saved(args.output, paper.data, f"Cuaderno de votación ({voters} electores)")


def cmd_print_ballots(args: argparse.Namespace) -> int:
    style = BallotStyle(args.style) if args.style else None
    services = services_for(args)
    try:
        papers = services.papers
        if args.specimen:
            paper = papers.ballot_specimen(args.consultation, args.table, args.count or 6,
                                           style or BallotStyle.NUMBER)
            return _saved(args.output, paper.data, "Boletas de MUESTRA (sin seriales)")
        if args.reprint:
            wanted = parse_serial_range(args.reprint)
            if wanted is None:
                return fail("Error: escriba el rango a reimprimir como DESDE-HASTA, por "
                            "ejemplo 120-125.")
            serials, paper = papers.ballot_reprint(args.consultation, args.table, *wanted,
                                                   style, args.by)
            return _saved(args.output, paper.data,
                          f"REIMPRESIÓN de los seriales {serials.first}–{serials.last}")
        count = args.count
        if count is None:
            table = services.voting_tables.table(args.consultation, args.table)
            count = table.ballots_missing
            if count <= 0:
                return fail("Error: la mesa ya tiene una boleta impresa por elector. Indique "
                            "cuántas más con --count.")
        serials, paper = papers.ballots(args.consultation, args.table, count,
                                        style or BallotStyle.NUMBER, args.by)
    finally:
        services.close()
    return _saved(args.output, paper.data, f"{serials.count} boletas, seriales "
                                           f"{serials.first}–{serials.last}")


def cmd_print_sheet(args: argparse.Namespace) -> int:
    services = services_for(args)
    try:
        paper = services.papers.tally_sheet(args.consultation, args.table)
    finally:
        services.close()
    return _saved(args.output, paper.data, "Acta de escrutinio")


def cmd_print_results(args: argparse.Namespace) -> int:
    services = services_for(args)
    try:
        paper = services.papers.results(args.consultation)
    finally:
        services.close()
    return _saved(args.output, paper.data, "Resultados")
