"""`asamblea assemblies second-call | not-constituted`: what the table does when the quorum
is not reached at first call; `assemblies rules`: the organization's quorum rules and when its
second call meets."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.assembly.day_rule import closing_hour
from app.commands.common import opened, report
from app.domain.labels import label
from app.i18n import _, ngettext

AddCommand = Callable[..., argparse.ArgumentParser]


def register_quorum(add: AddCommand) -> None:
    add("second-call", "sin quórum en primera convocatoria: pasa a segunda convocatoria",
        cmd_second_call)
    not_constituted = add("not-constituted",
                          "deja constancia de que la asamblea no se constituyó por falta de "
                          "quórum", cmd_not_constituted)
    not_constituted.add_argument("--note", default="", metavar="TEXTO",
                                 help="observación para el acta")
    not_constituted.add_argument("--closed-at", default=None, metavar="HH:MM",
                                 help="la hora en que terminó, si se registra después del día "
                                      "de la asamblea")
    rules = add("rules", "las reglas de quórum de una organización y la hora de su segunda "
                         "convocatoria (sin opciones, las muestra)", cmd_rules,
                with_subject=False)
    rules.add_argument("--organization", required=True, metavar="ID",
                       help="id de la organización")
    for flag, dest, text in (
            ("--first-call", "first", "quórum en primera convocatoria (%%)"),
            ("--second-call", "second", "quórum en segunda convocatoria (%%)"),
            ("--voting-age", "voting_age", "edad para votar (años)"),
            ("--second-call-after", "after", "minutos de la primera a la segunda "
                                             "convocatoria, el mismo día")):
        rules.add_argument(flag, dest=dest, type=int, default=None, metavar="N", help=text)


def cmd_rules(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        org = sv.organizations.get(args.organization)
        if any(v is not None for v in (args.first, args.second, args.voting_age, args.after)):
            org = sv.organizations.update_rules(
                org.id, org.quorum_first_call_pct if args.first is None else args.first,
                org.quorum_second_call_pct if args.second is None else args.second,
                org.voting_age if args.voting_age is None else args.voting_age, args.after)
    sentence = _("{name}: quórum del {first}\u00a0% en primera convocatoria y del "
                 "{second}\u00a0% en segunda, {after} minutos después, el mismo día; votan "
                 "desde los {age} años.").format(
        name=org.name, first=org.quorum_first_call_pct, second=org.quorum_second_call_pct,
        after=org.second_call_after_min, age=org.voting_age)
    return report(args, org, sentence)


def cmd_second_call(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        assembly = sv.assemblies.pass_to_second_call(args.assembly)
        status = sv.assemblies.quorum(args.assembly)
    sentence = ngettext(
        "La asamblea pasa a segunda convocatoria: se necesita {required} persona "
        "({percent} % de {base}); hay {present}.",
        "La asamblea pasa a segunda convocatoria: se necesitan {required} personas "
        "({percent} % de {base}); hay {present}.", status.required).format(
        required=status.required, percent=status.percent, base=status.base,
        present=status.present)
    return report(args, assembly, sentence)


def cmd_not_constituted(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        assembly = sv.assemblies.record_not_constituted(args.assembly, args.note,
                                                        closing_hour(args.closed_at))
    sentence = _("Queda constancia: asamblea {status} por falta de quórum. Su acta lo dice y no "
                 "registra decisiones.").format(status=label(assembly.status).lower())
    return report(args, assembly, sentence)
