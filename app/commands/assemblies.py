"""`asamblea assemblies ...`: convene, check in, agreements, problems and their ranking.

The minutes commands (assembly_minutes.py) and the papers under `print`
(assembly_papers.py) are registered from here, the one module app/cli.py names.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime, time
from pathlib import Path

from app.assembly.ballot_numbers import ballot_from_file, parse_order
from app.assembly.day_rule import closing_hour
from app.commands.assembly_common import assembly_arg
from app.commands.assembly_corrections import register_corrections
from app.commands.assembly_minutes import register_minutes
from app.commands.assembly_papers import register_print as register_papers
from app.commands.assembly_problem_fixes import register_problem_fixes
from app.commands.assembly_quorum import register_quorum
from app.commands.assembly_schedule import register_schedule
from app.commands.choices import CATEGORY, KIND, METHOD, TIE
from app.commands.common import (
    ActionAdder,
    db_parent,
    fail,
    opened,
    print_json,
    print_table,
    report,
)
from app.commands.exit_codes import DONE
from app.container import Services
from app.domain.dates import parse_date
from app.domain.errors import DomainError
from app.domain.labels import label
from app.domain.zone import zone_named
from app.i18n import _


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parent = db_parent()
    assemblies = sub.add_parser("assemblies", parents=[parent],
                                help="asambleas: convocar, asistencia, acuerdos, problemas")
    cmds = assemblies.add_subparsers(dest="action", metavar="ACCIÓN", required=True)

    add = ActionAdder(cmds, assembly_arg)

    add("list", "lista las asambleas", cmd_list, with_subject=False)
    create = add("create", "convoca una asamblea", cmd_create, with_subject=False)
    create.add_argument("--organization", required=True, metavar="ID",
                        help="id de la organización que convoca")
    create.add_argument("--kind", default="ordinaria", choices=tuple(KIND),
                        help="tipo de asamblea")
    create.add_argument("--date", required=True, metavar="DD/MM/AAAA", help="día de la asamblea")
    create.add_argument("--time", default="09:00", metavar="HH:MM",
                        help="hora local (por omisión 09:00)")
    create.add_argument("--place", required=True, metavar="LUGAR", help="lugar")
    create.add_argument("--agenda", action="append", default=[], metavar="PUNTO",
                        help="un punto del orden del día (repita la opción)")
    create.add_argument("--call", type=int, default=1, choices=(1, 2),
                        help="primera (1) o segunda (2) convocatoria")
    create.add_argument("--title", default=None, metavar="TÍTULO", help="título de la asamblea")
    create.add_argument("--called-by", default=None, metavar="NOMBRE", help="quién convoca")
    create.add_argument("--project", default=None, metavar="ID",
                        help="el proyecto financiado del que rinde cuentas (con --kind rendicion)")
    add("show", "muestra una asamblea: quórum, orden del día, acuerdos", cmd_show)
    add("quorum", "presentes y quórum en este momento", cmd_quorum)
    checkin = add("check-in", "registra la llegada de una persona", cmd_check_in)
    checkin.add_argument("--person", required=True, metavar="CÉDULA/NOMBRE",
                         help="la cédula o el nombre de quien llega")
    withdraw = add("withdraw", "registra la salida (o deshace una llegada)", cmd_withdraw)
    withdraw.add_argument("--person", required=True, metavar="CÉDULA/NOMBRE",
                          help="la cédula o el nombre de quien sale")
    agreement = add("agreement", "registra un acuerdo con su votación", cmd_agreement)
    _item_arg(agreement)
    agreement.add_argument("--text", required=True, metavar="TEXTO", help="el acuerdo")
    for flag, dest, text in (("--for", "votes_for", "votos a favor"),
                             ("--against", "against", "votos en contra"),
                             ("--abstentions", "abstentions", "abstenciones")):
        agreement.add_argument(flag, dest=dest, type=int, default=0, metavar="N", help=text)
    agreement.add_argument("--acclamation", action="store_true", help="aprobado por aclamación")
    notes = add("notes", "escribe lo tratado en un punto", cmd_notes)
    _item_arg(notes)
    notes.add_argument("--text", required=True, metavar="TEXTO", help="lo tratado")
    close = add("close", "cierra la asamblea (hora de cierre)", cmd_close)
    close.add_argument("--closed-at", default=None, metavar="HH:MM",
                       help="la hora en que se cerró, si se registra después del día de la "
                            "asamblea (pasadas las 06:00 del día siguiente)")
    register_quorum(add)
    problem = add("problem", "registra un problema planteado", cmd_problem)
    problem.add_argument("--title", required=True, metavar="TÍTULO", help="el problema")
    problem.add_argument("--category", default="otro", choices=tuple(CATEGORY),
                         help="área del problema")
    problem.add_argument("--families", type=int, default=0, metavar="N",
                         help="familias afectadas")
    problem.add_argument("--description", default=None, metavar="TEXTO", help="descripción")
    prio = add("prioritize", "cuenta papeletas de priorización", cmd_prioritize)
    prio.add_argument("--method", required=True, choices=tuple(METHOD),
                      help="manos (uno por persona), aprobacion, borda o puntos")
    prio.add_argument("--ballots", required=True, type=Path, metavar="ARCHIVO",
                      help="lista JSON de papeletas; los problemas por su número (1, 2, ...)")
    prio.add_argument("--points", type=int, default=None, metavar="N",
                      help="puntos por persona (método puntos)")
    prio.add_argument("--close", action="store_true", help="cierra la priorización")
    prio.add_argument("--reopen", action="store_true",
                      help="cuenta de nuevo aunque el resultado ya sea definitivo")
    tie = add("break-tie", "registra el desempate (segunda votación o sorteo)", cmd_break_tie)
    tie.add_argument("--by", choices=tuple(TIE), required=True, help="cómo se desempató")
    tie.add_argument("--order", required=True, metavar="2,1",
                     help="números de los problemas empatados, en el orden decidido, "
                          "separados por comas")
    tie.add_argument("--note", default="", metavar="TEXTO", help="acta o testigos del desempate")
    add("priorities", "muestra la priorización", cmd_priorities)
    register_corrections(add)
    register_schedule(add)
    register_problem_fixes(add)
    register_minutes(sub)


def _item_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--item", type=int, required=True, metavar="N",
                        help="número del punto del orden del día")


def register_print(papers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    register_papers(papers)


def cmd_list(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        rows = sv.assemblies.list_all()
        names = {o.id: o.name for o in sv.organizations.list_all()}
        zone = zone_named(sv.settings.get("time_zone"))
    if args.json:
        print_json(rows)
        return DONE
    print_table([[a.id, a.scheduled_at.astimezone(zone).strftime("%d/%m/%Y %H:%M"),
                  names.get(a.organization_id, ""), label(a.kind), label(a.status), a.place]
                 for a in rows],
                ["ID", _("FECHA"), _("ORGANIZACIÓN"), _("TIPO"), _("ESTADO"), _("LUGAR")])
    return DONE


def cmd_create(args: argparse.Namespace) -> int:
    day = parse_date(args.date)
    try:
        hour, minute = (int(x) for x in args.time.split(":"))
        # Naive: the service reads it on the organization's clock, not this laptop's.
        moment = datetime.combine(day, time(hour, minute))
    except ValueError:
        return fail(_("Error: la hora «{value}» no es válida. Use HH:MM, por ejemplo 09:30.")
                    .format(value=args.time))
    with opened(args) as sv:
        assembly = sv.assemblies.create(args.organization, KIND[args.kind], moment, args.place,
                                        args.agenda, call=args.call, title=args.title,
                                        called_by=args.called_by, project_id=args.project)
    sentence = _("Asamblea convocada: {id}").format(id=assembly.id)
    return report(args, assembly, sentence)


def _show_quorum(sv: Services, assembly_id: str, as_json: bool) -> None:
    status = sv.assemblies.quorum(assembly_id)
    if as_json:
        print_json({"present": status.present, "under_age": status.under_age,
                    "base": status.base, "percent": status.percent, "call": status.call,
                    "required": status.required, "met": status.met})
        return
    state = (_("HAY QUÓRUM") if status.met
             else _("faltan {missing}").format(missing=status.missing))
    print(_("Presentes: {present} / requeridos para el quórum: {required} ({percent} % de "
            "{base}) — {state}. Menores de {age} años: {under_age}.").format(
        present=status.present, required=status.required, percent=status.percent,
        base=status.base, state=state, age=status.voting_age, under_age=status.under_age))


def cmd_quorum(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        _show_quorum(sv, args.assembly, args.json)
    return DONE


def cmd_show(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        assembly = sv.assemblies.get(args.assembly)
        agenda = sv.assemblies.agenda(args.assembly)
        agreements = sv.assemblies.agreements(args.assembly)
        problems = sv.problems.list_all(assembly_id=args.assembly)
        minutes = sv.minutes.get(args.assembly)
        if args.json:
            print_json({"assembly": assembly, "quorum": sv.assemblies.quorum(args.assembly),
                        "agenda": agenda, "agreements": agreements, "problems": problems,
                        "minutes": minutes})
            return DONE
        zone = zone_named(sv.settings.get("time_zone"))
        print(f"{label(assembly.kind)} · {label(assembly.status)} · "
              f"{assembly.scheduled_at.astimezone(zone):%d/%m/%Y %H:%M} · {assembly.place}")
        _show_quorum(sv, args.assembly, False)
    for item in agenda:
        print(f"{item.position}. {item.title}")
        for a in (a for a in agreements if a.agenda_item_id == item.id):
            votes = _("por aclamación") if a.by_acclamation else _(
                "{votes_for} a favor, {against} en contra, {abstentions} abstenciones").format(
                votes_for=a.votes_for, against=a.votes_against, abstentions=a.abstentions)
            print("   " + _("Acuerdo: {text} ({votes}; presentes {present})").format(
                text=a.text, votes=votes, present=a.present_at_vote))
    for number, p in enumerate(problems, start=1):
        print(_("Problema {number}: {title} ({category}, {families} familias)").format(
            number=number, title=p.title, category=label(p.category),
            families=p.families_affected))
    state = (_("aprobada") if minutes and minutes.status.value == "approved"
             else _("borrador") if minutes else _("sin redactar"))
    print(_("Acta: {state}").format(state=state))
    return DONE


def cmd_check_in(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        match, _status = sv.assemblies.check_in_text(args.assembly, args.person)
        if not args.json:
            print(_("Llegada registrada: {name} ({national_id})").format(
                name=match.name, national_id=match.national_id or _("sin cédula registrada")))
        _show_quorum(sv, args.assembly, args.json)
    return DONE


def cmd_withdraw(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        match = sv.assemblies.single_match(args.assembly, args.person)
        sv.assemblies.withdraw(args.assembly, match.resident_id)
        if not args.json:
            print(_("Salida registrada: {name}").format(name=match.name))
        _show_quorum(sv, args.assembly, args.json)
    return DONE


def _item_id(sv: Services, assembly_id: str, number: int) -> str:
    for item in sv.assemblies.agenda(assembly_id):
        if item.position == number:
            return item.id
    raise DomainError("not_found", entity="agenda_item", id=str(number))


def cmd_agreement(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        agreement = sv.assemblies.add_agreement(
            _item_id(sv, args.assembly, args.item), args.text, args.votes_for, args.against,
            args.abstentions, by_acclamation=args.acclamation)
    # Only with quorum: the service refuses a vote without it.
    sentence = _("Acuerdo registrado con {present} presentes (con quórum).").format(
        present=agreement.present_at_vote)
    return report(args, agreement, sentence)


def cmd_notes(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        sv.assemblies.set_item_notes(_item_id(sv, args.assembly, args.item), args.text)
    sentence = _("Notas guardadas.")
    notes = {"assembly": args.assembly, "item": args.item, "notes": args.text}
    return report(args, notes, sentence)


def cmd_close(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        assembly = sv.assemblies.close(args.assembly, closing_hour(args.closed_at))
    sentence = _("Asamblea cerrada ({status}).").format(status=label(assembly.status))
    return report(args, assembly, sentence)


def cmd_problem(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        assembly = sv.assemblies.get(args.assembly)
        problem = sv.problems.create(assembly.organization_id, args.title,
                                     CATEGORY[args.category], args.families, args.description,
                                     assembly_id=args.assembly)
    sentence = _("Problema registrado: {id}").format(id=problem.id)
    return report(args, problem, sentence)


def _by_number(sv: Services, assembly_id: str) -> list[str]:
    return [p.id for p in sv.problems.list_all(assembly_id=assembly_id)]


def cmd_prioritize(args: argparse.Namespace) -> int:
    try:
        ballots = json.loads(args.ballots.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return fail(_("Error: no se pudo leer «{path}» como una lista JSON de papeletas.")
                    .format(path=args.ballots))
    if not isinstance(ballots, list):
        return fail(_("Error: el archivo debe tener una lista JSON de papeletas."))
    with opened(args) as sv:
        ids = _by_number(sv, args.assembly)
        prio = sv.problems.start_prioritization(args.assembly, METHOD[args.method], args.points,
                                                reopen=args.reopen)
        sv.problems.add_ballots(prio.id, [ballot_from_file(b, ids) for b in ballots])
        if args.close:
            sv.problems.close_prioritization(prio.id)
        _print_priorities(sv, args.assembly, args.json)
    return DONE


def cmd_break_tie(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        current = sv.problems.current(args.assembly)
        if current is None:
            raise DomainError("prioritization.none")
        ids = _by_number(sv, args.assembly)
        try:
            order = parse_order(args.order, ids)
        except DomainError:
            return fail(_("Error: --order lleva números de problema separados por comas, "
                          "por ejemplo 2,1."))
        sv.problems.break_tie(current.prioritization.id, TIE[args.by], order, args.note)
        _print_priorities(sv, args.assembly, args.json)
    return DONE


def _print_priorities(sv: Services, assembly_id: str, as_json: bool) -> None:
    result = sv.problems.current(assembly_id)
    if result is None:
        raise DomainError("prioritization.none")
    if as_json:
        print_json(result)
        return
    tied = " " + _("(empate)")
    print_table([[str(e.place) + (tied if e.tied else ""), e.problem.title, str(e.total)]
                 for e in result.entries], [_("LUGAR"), _("PROBLEMA"), _("TOTAL")])
    if result.has_ties:
        print(_("Hay empates: se rompen solo con una segunda votación o un sorteo "
                "(assemblies break-tie)."))


def cmd_priorities(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        _print_priorities(sv, args.assembly, args.json)
    return DONE
