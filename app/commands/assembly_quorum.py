"""`asamblea assemblies second-call | not-constituted`: what the table does when the quorum
is not reached at first call."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.assembly.day_rule import closing_hour
from app.commands.common import opened, report
from app.domain.labels import label
from app.i18n import _

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


def cmd_second_call(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        assembly = sv.assemblies.pass_to_second_call(args.assembly)
        status = sv.assemblies.quorum(args.assembly)
    sentence = _("La asamblea pasa a segunda convocatoria: se necesitan {required} personas "
                 "({percent} % de {base}); hay {present}.").format(
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
