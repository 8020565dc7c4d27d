"""`asamblea assemblies ...`: convene, check in, agreements, problems and their ranking.

The minutes commands (assembly_minutes.py) and the papers under `print`
(assembly_papers.py) are registered from here, the one module app/cli.py names.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import datetime, time
from pathlib import Path

from app.assembly.ballot_numbers import ballot_from_file, parse_order
from app.commands.assembly_common import assembly_arg as _assembly_arg
from app.commands.assembly_common import lookup as _lookup
from app.commands.assembly_common import run as _run
from app.commands.assembly_minutes import register_minutes
from app.commands.assembly_papers import register_print as register_papers
from app.commands.common import add_json, db_parent, fail, print_json, print_table
from app.container import Services
from app.domain.dates import parse_date
from app.domain.enums import AssemblyKind, PrioritizationMethod, ProblemCategory, TieRule
from app.domain.errors import DomainError

KINDS = {
    "ordinaria": AssemblyKind.ORDINARY, "ordinary": AssemblyKind.ORDINARY,
    "extraordinaria": AssemblyKind.EXTRAORDINARY,
    "extraordinary": AssemblyKind.EXTRAORDINARY,
    "base": AssemblyKind.BASE,
    "rendicion": AssemblyKind.ACCOUNTABILITY, "accountability": AssemblyKind.ACCOUNTABILITY,
}
CATEGORIES = {
    "agua": ProblemCategory.WATER, "electricidad": ProblemCategory.ELECTRICITY,
    "vialidad": ProblemCategory.ROADS, "salud": ProblemCategory.HEALTH,
    "educacion": ProblemCategory.EDUCATION, "vivienda": ProblemCategory.HOUSING,
    "deporte": ProblemCategory.SPORTS, "cultura": ProblemCategory.CULTURE,
    "ambiente": ProblemCategory.ENVIRONMENT, "seguridad": ProblemCategory.SECURITY,
    "transporte": ProblemCategory.TRANSPORT, "muros": ProblemCategory.RETAINING_WALLS,
    "otro": ProblemCategory.OTHER,
    **{c.value: c for c in ProblemCategory},
}
METHODS = {
    "manos": PrioritizationMethod.PLURALITY, "aprobacion": PrioritizationMethod.APPROVAL,
    "borda": PrioritizationMethod.BORDA, "puntos": PrioritizationMethod.SCORE,
    **{m.value: m for m in PrioritizationMethod},
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parent = db_parent()
    assemblies = sub.add_parser("assemblies", parents=[parent],
                                help="asambleas: convocar, asistencia, acuerdos, problemas")
    cmds = assemblies.add_subparsers(dest="action", metavar="ACCIÓN", required=True)

    def add(name: str, help_text: str, handler: Callable[[argparse.Namespace], int],
            assembly: bool = True, json_out: bool = False) -> argparse.ArgumentParser:
        parser = cmds.add_parser(name, parents=[parent], help=help_text)
        if assembly:
            _assembly_arg(parser)
        if json_out:
            add_json(parser)
        parser.set_defaults(handler=handler)
        return parser

    add("list", "lista las asambleas", cmd_list, assembly=False, json_out=True)
    create = add("create", "convoca una asamblea", cmd_create, assembly=False, json_out=True)
    create.add_argument("--org", required=True, metavar="ID", help="id de la organización")
    create.add_argument("--kind", default="ordinaria", help="ordinaria, extraordinaria, base "
                        "o rendicion")
    create.add_argument("--date", required=True, help="día/mes/año")
    create.add_argument("--time", default="09:00", help="hora local HH:MM (por omisión 09:00)")
    create.add_argument("--place", required=True, help="lugar")
    create.add_argument("--agenda", action="append", default=[], metavar="PUNTO",
                        help="un punto del orden del día (repita la opción)")
    create.add_argument("--call", type=int, default=1, choices=(1, 2),
                        help="primera (1) o segunda (2) convocatoria")
    create.add_argument("--title", default=None)
    create.add_argument("--called-by", default=None, help="quién convoca")
    add("show", "muestra una asamblea: quórum, orden del día, acuerdos", cmd_show,
        json_out=True)
    add("quorum", "presentes y quórum en este momento", cmd_quorum, json_out=True)
    checkin = add("check-in", "registra la llegada de una persona", cmd_check_in,
                  json_out=True)
    checkin.add_argument("--person", required=True, metavar="CÉDULA/NOMBRE")
    withdraw = add("withdraw", "registra la salida (o deshace una llegada)", cmd_withdraw,
                   json_out=True)
    withdraw.add_argument("--person", required=True, metavar="CÉDULA/NOMBRE")
    agreement = add("agreement", "registra un acuerdo con su votación", cmd_agreement,
                    json_out=True)
    agreement.add_argument("--item", type=int, required=True, help="número del punto")
    agreement.add_argument("--text", required=True)
    agreement.add_argument("--for", dest="votes_for", type=int, default=0)
    agreement.add_argument("--against", type=int, default=0)
    agreement.add_argument("--abstentions", type=int, default=0)
    agreement.add_argument("--acclamation", action="store_true", help="aprobado por aclamación")
    notes = add("notes", "escribe lo tratado en un punto", cmd_notes)
    notes.add_argument("--item", type=int, required=True)
    notes.add_argument("--text", required=True)
    add("close", "cierra la asamblea (hora de cierre)", cmd_close)
    problem = add("problem", "registra un problema planteado", cmd_problem, json_out=True)
    problem.add_argument("--title", required=True)
    problem.add_argument("--category", default="otro", help="agua, electricidad, vialidad, "
                         "salud, educacion, vivienda, deporte, cultura, ambiente, seguridad, "
                         "transporte, muros, otro")
    problem.add_argument("--families", type=int, default=0)
    problem.add_argument("--description", default=None)
    prio = add("prioritize", "cuenta papeletas de priorización", cmd_prioritize, json_out=True)
    prio.add_argument("--method", required=True, help="manos, aprobacion, borda o puntos")
    prio.add_argument("--ballots", required=True, type=Path, metavar="ARCHIVO.json",
                      help="lista JSON de papeletas; los problemas por su número (1, 2, ...)")
    prio.add_argument("--points", type=int, default=None, help="puntos por persona")
    prio.add_argument("--close", action="store_true", help="cierra la priorización")
    tie = add("break-tie", "registra el desempate (segunda votación o sorteo)", cmd_break_tie,
              json_out=True)
    tie.add_argument("--by", choices=("segunda-votacion", "sorteo"), required=True)
    tie.add_argument("--order", required=True, help="números de los problemas empatados, "
                     "en el orden decidido, separados por comas")
    tie.add_argument("--note", default="")
    add("priorities", "muestra la priorización", cmd_priorities, json_out=True)
    register_minutes(sub)


def register_print(papers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    register_papers(papers)


def cmd_list(args: argparse.Namespace) -> int:
    def job(sv: Services) -> int:
        rows = sv.assemblies.list_all()
        if args.json:
            print_json(rows)
            return 0
        names = {o.id: o.name for o in sv.organizations.list_all()}
        print_table([[a.id, a.scheduled_at.astimezone().strftime("%d/%m/%Y %H:%M"),
                      names.get(a.organization_id, ""), a.kind.value, a.status.value, a.place]
                     for a in rows],
                    ["ID", "FECHA", "ORGANIZACIÓN", "TIPO", "ESTADO", "LUGAR"])
        return 0
    return _run(args, job)


def cmd_create(args: argparse.Namespace) -> int:
    kind = _lookup(dict(KINDS), args.kind, "assembly.kind_unknown")
    day = parse_date(args.date)
    try:
        hour, minute = (int(x) for x in args.time.split(":"))
        moment = datetime.combine(day, time(hour, minute)).astimezone()
    except ValueError:
        return fail(f"Error: la hora «{args.time}» no es válida. Use HH:MM, por ejemplo 09:30.")

    def job(sv: Services) -> int:
        assembly = sv.assemblies.create(args.org, kind, moment, args.place, args.agenda,  # type: ignore[arg-type]
                                        call=args.call, title=args.title,
                                        called_by=args.called_by)
        if args.json:
            print_json(assembly)
        else:
            print(f"Asamblea convocada: {assembly.id}")
        return 0
    return _run(args, job)


def _show_quorum(sv: Services, assembly_id: str, as_json: bool) -> None:
    status = sv.assemblies.quorum(assembly_id)
    if as_json:
        print_json({"present": status.present, "under_age": status.under_age,
                    "base": status.base, "percent": status.percent,
                    "required": status.required, "met": status.met})
        return
    state = "HAY QUÓRUM" if status.met else f"faltan {status.missing}"
    print(f"Presentes: {status.present} / requeridos para el quórum: {status.required} "
          f"({status.percent} % de {status.base}) — {state}. "
          f"Menores de {status.voting_age} años: {status.under_age}.")


def cmd_quorum(args: argparse.Namespace) -> int:
    def job(sv: Services) -> int:
        _show_quorum(sv, args.assembly, args.json)
        return 0
    return _run(args, job)


def cmd_show(args: argparse.Namespace) -> int:
    def job(sv: Services) -> int:
        assembly = sv.assemblies.get(args.assembly)
        agenda = sv.assemblies.agenda(args.assembly)
        agreements = sv.assemblies.agreements(args.assembly)
        problems = sv.problems.list_all(assembly_id=args.assembly)
        minutes = sv.minutes.get(args.assembly)
        if args.json:
            print_json({"assembly": assembly, "quorum": sv.assemblies.quorum(args.assembly),
                        "agenda": agenda, "agreements": agreements, "problems": problems,
                        "minutes": minutes})
            return 0
        print(f"{assembly.kind.value} · {assembly.status.value} · "
              f"{assembly.scheduled_at.astimezone():%d/%m/%Y %H:%M} · {assembly.place}")
        _show_quorum(sv, args.assembly, False)
        for item in agenda:
            print(f"{item.position}. {item.title}")
            for a in (a for a in agreements if a.agenda_item_id == item.id):
                votes = "por aclamación" if a.by_acclamation else (
                    f"{a.votes_for} a favor, {a.votes_against} en contra, "
                    f"{a.abstentions} abstenciones")
                print(f"   Acuerdo: {a.text} ({votes}; presentes {a.present_at_vote})")
        for number, p in enumerate(problems, start=1):
            print(f"Problema {number}: {p.title} ({p.category.value}, {p.families_affected} "
                  "familias)")
        print("Acta: " + ("aprobada" if minutes and minutes.status.value == "approved"
                          else "borrador" if minutes else "sin redactar"))
        return 0
    return _run(args, job)


def cmd_check_in(args: argparse.Namespace) -> int:
    def job(sv: Services) -> int:
        match, _status = sv.assemblies.check_in_text(args.assembly, args.person)
        if not args.json:
            print(f"Llegada registrada: {match.name} ({match.national_id or 'sin cédula'})")
        _show_quorum(sv, args.assembly, args.json)
        return 0
    return _run(args, job)


def cmd_withdraw(args: argparse.Namespace) -> int:
    def job(sv: Services) -> int:
        match = sv.assemblies.single_match(args.assembly, args.person)
        sv.assemblies.withdraw(args.assembly, match.resident_id)
        if not args.json:
            print(f"Salida registrada: {match.name}")
        _show_quorum(sv, args.assembly, args.json)
        return 0
    return _run(args, job)


def _item_id(sv: Services, assembly_id: str, number: int) -> str:
    for item in sv.assemblies.agenda(assembly_id):
        if item.position == number:
            return item.id
    raise DomainError("not_found", entity="el punto del orden del día", id=str(number))


def cmd_agreement(args: argparse.Namespace) -> int:
    def job(sv: Services) -> int:
        agreement = sv.assemblies.add_agreement(
            _item_id(sv, args.assembly, args.item), args.text, args.votes_for, args.against,
            args.abstentions, by_acclamation=args.acclamation)
        if args.json:
            print_json(agreement)
        else:
            print(f"Acuerdo registrado con {agreement.present_at_vote} presentes "
                  f"({'con' if agreement.quorum_met_at_vote else 'sin'} quórum).")
        return 0
    return _run(args, job)


def cmd_notes(args: argparse.Namespace) -> int:
    def job(sv: Services) -> int:
        sv.assemblies.set_item_notes(_item_id(sv, args.assembly, args.item), args.text)
        print("Notas guardadas.")
        return 0
    return _run(args, job)


def cmd_close(args: argparse.Namespace) -> int:
    def job(sv: Services) -> int:
        assembly = sv.assemblies.close(args.assembly)
        print(f"Asamblea cerrada ({assembly.status.value}).")
        return 0
    return _run(args, job)


def cmd_problem(args: argparse.Namespace) -> int:
    category = _lookup(dict(CATEGORIES), args.category, "problem.category_unknown")

    def job(sv: Services) -> int:
        assembly = sv.assemblies.get(args.assembly)
        problem = sv.problems.create(assembly.organization_id, args.title, category,  # type: ignore[arg-type]
                                     args.families, args.description,
                                     assembly_id=args.assembly)
        if args.json:
            print_json(problem)
        else:
            print(f"Problema registrado: {problem.id}")
        return 0
    return _run(args, job)


def _by_number(sv: Services, assembly_id: str) -> list[str]:
    return [p.id for p in sv.problems.list_all(assembly_id=assembly_id)]


def cmd_prioritize(args: argparse.Namespace) -> int:
    method = _lookup(dict(METHODS), args.method, "prioritization.method_unknown")
    try:
        ballots = json.loads(args.ballots.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return fail(f"Error: no se pudo leer «{args.ballots}» como una lista JSON de papeletas.")
    if not isinstance(ballots, list):
        return fail("Error: el archivo debe tener una lista JSON de papeletas.")

    def job(sv: Services) -> int:
        ids = _by_number(sv, args.assembly)
        prio = sv.problems.start_prioritization(args.assembly, method, args.points)  # type: ignore[arg-type]
        sv.problems.add_ballots(prio.id, [ballot_from_file(b, ids) for b in ballots])
        if args.close:
            sv.problems.close_prioritization(prio.id)
        _print_priorities(sv, args.assembly, args.json)
        return 0
    return _run(args, job)


def cmd_break_tie(args: argparse.Namespace) -> int:
    def job(sv: Services) -> int:
        current = sv.problems.current(args.assembly)
        if current is None:
            raise DomainError("prioritization.none")
        ids = _by_number(sv, args.assembly)
        try:
            order = parse_order(args.order, ids)
        except DomainError:
            return fail("Error: --order lleva números de problema separados por comas, "
                        "por ejemplo 2,1.")
        kind = TieRule.SECOND_VOTE if args.by == "segunda-votacion" else TieRule.DRAW
        sv.problems.break_tie(current.prioritization.id, kind, order, args.note)
        _print_priorities(sv, args.assembly, args.json)
        return 0
    return _run(args, job)


def _print_priorities(sv: Services, assembly_id: str, as_json: bool) -> None:
    result = sv.problems.current(assembly_id)
    if result is None:
        raise DomainError("prioritization.none")
    if as_json:
        print_json(result)
        return
    print_table([[str(e.place) + (" (empate)" if e.tied else ""), e.problem.title,
                  str(e.total)] for e in result.entries], ["LUGAR", "PROBLEMA", "TOTAL"])
    if result.has_ties:
        print("Hay empates: se rompen solo con una segunda votación o un sorteo "
              "(assemblies break-tie).")


def cmd_priorities(args: argparse.Namespace) -> int:
    def job(sv: Services) -> int:
        _print_priorities(sv, args.assembly, args.json)
        return 0
    return _run(args, job)
