"""`asamblea assemblies remove-...` and `reopen`: take back what was recorded by mistake before
the acta is approved (an agreement, a speaker, an agenda item, a problem or a prioritization
paper typed twice; the closing of the assembly).

Records are named as `assemblies show` lists them: the item by its number, the agreement by
its place under the item, the problem by its number, the paper by its number in the count.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.assembly.ballot_numbers import marks_by_number
from app.commands.common import Handler, opened, print_json, print_table, report
from app.commands.exit_codes import DONE
from app.container import Services
from app.domain.errors import DomainError
from app.i18n import _

Add = Callable[[str, str, Handler], argparse.ArgumentParser]


def register_corrections(add: Add) -> None:
    item_help = "número del punto del orden del día"
    agreement = add("remove-agreement", "quita un acuerdo registrado por error",
                    cmd_remove_agreement)
    agreement.add_argument("--item", type=int, required=True, metavar="N", help=item_help)
    agreement.add_argument("--number", type=int, required=True, metavar="N",
                           help="el acuerdo N del punto, contando en el orden registrado")
    speech = add("remove-intervention", "quita una intervención anotada por error",
                 cmd_remove_intervention)
    speech.add_argument("--item", type=int, required=True, metavar="N", help=item_help)
    speech.add_argument("--number", type=int, required=True, metavar="N",
                        help="la intervención N del punto, en el orden anotado")
    item = add("remove-item", "quita un punto del orden del día sin acuerdos", cmd_remove_item)
    item.add_argument("--item", type=int, required=True, metavar="N", help=item_help)
    problem = add("remove-problem", "quita un problema registrado por error",
                  cmd_remove_problem)
    problem.add_argument("--problem", type=int, required=True, metavar="N",
                         help="número del problema, en el orden en que se registraron")
    add("reopen", "reabre una asamblea cerrada por error (antes de aprobar el acta)",
        cmd_reopen)
    add("ballots", "lista las papeletas de la priorización abierta", cmd_ballots)
    ballot = add("remove-ballot", "quita una papeleta de priorización escrita dos veces",
                 cmd_remove_ballot)
    ballot.add_argument("--number", type=int, required=True, metavar="N",
                        help="número de la papeleta, como lo muestra `ballots`")


def _item(sv: Services, assembly_id: str, number: int) -> str:
    for item in sv.assemblies.agenda(assembly_id):
        if item.position == number:
            return item.id
    raise DomainError("not_found", entity="agenda_item", id=str(number))


def _nth(ids: list[str], number: int, entity: str) -> str:
    if not 1 <= number <= len(ids):
        raise DomainError("not_found", entity=entity, id=str(number))
    return ids[number - 1]


def cmd_remove_agreement(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        item_id = _item(sv, args.assembly, args.item)
        ids = [a.id for a in sv.assemblies.agreements(args.assembly)
               if a.agenda_item_id == item_id]
        agreement_id = _nth(ids, args.number, "agreement")
        sv.assemblies.remove_agreement(agreement_id)
    return report(args, {"removed": agreement_id}, _("Acuerdo quitado."))


def cmd_remove_intervention(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        item_id = _item(sv, args.assembly, args.item)
        said = [i for i in sv.assemblies.interventions(args.assembly)
                if i.agenda_item_id == item_id]
        intervention_id = _nth([i.id for i in said], args.number, "intervention")
        sv.assemblies.remove_intervention(intervention_id)
    name = next(i.speaker_name for i in said if i.id == intervention_id)
    return report(args, {"removed": intervention_id},
                  _("Intervención de {name} quitada.").format(name=name))


def cmd_remove_item(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        item_id = _item(sv, args.assembly, args.item)
        sv.assemblies.remove_agenda_item(item_id)
    return report(args, {"removed": item_id}, _("Punto del orden del día quitado."))


def cmd_remove_problem(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        ids = [p.id for p in sv.problems.list_all(assembly_id=args.assembly)]
        problem_id = _nth(ids, args.problem, "problem")
        sv.problems.remove(problem_id)
    return report(args, {"removed": problem_id}, _("Problema quitado."))


def _open_count(sv: Services, assembly_id: str) -> str:
    current = sv.problems.current(assembly_id)
    if current is None:
        raise DomainError("prioritization.none")
    return current.prioritization.id


def cmd_ballots(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        ballots = sv.problems.ballots(_open_count(sv, args.assembly))
        numbers = {p.id: n for n, p in
                   enumerate(sv.problems.list_all(assembly_id=args.assembly), start=1)}
    if args.json:
        print_json(ballots)
        return DONE
    print_table([[str(b.number), marks_by_number(b.marks, numbers)] for b in ballots],
                [_("Papeleta"), _("Problemas marcados")])
    return DONE


def cmd_remove_ballot(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        ballots = sv.problems.ballots(_open_count(sv, args.assembly))
        found = [b for b in ballots if b.number == args.number]
        if not found:
            raise DomainError("not_found", entity="prioritization_ballot", id=str(args.number))
        sv.problems.remove_ballot(found[0].id)
    return report(args, {"removed": found[0].id},
                  _("Papeleta {number} quitada del conteo.").format(number=args.number))


def cmd_reopen(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        assembly = sv.assemblies.reopen(args.assembly)
    return report(args, assembly, _("Asamblea reabierta: vuelve a estar en curso."))
