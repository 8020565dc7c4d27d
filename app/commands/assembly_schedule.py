"""`asamblea assemblies edit|cancel`: a convened assembly that has not begun changes its day,
hour, place, title, caller or call, or is suspended with the reason."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime, time

from app.commands.common import Handler, fail, opened, report
from app.domain.dates import parse_date
from app.domain.zone import zone_named
from app.i18n import _

Add = Callable[[str, str, Handler], argparse.ArgumentParser]


def register_schedule(add: Add) -> None:
    edit = add("edit", "corrige la convocatoria antes de que la asamblea comience", cmd_edit)
    edit.add_argument("--date", metavar="DD/MM/AAAA", help="nuevo día (la hora se conserva)")
    edit.add_argument("--time", metavar="HH:MM", help="nueva hora local")
    edit.add_argument("--place", metavar="LUGAR", help="nuevo lugar")
    edit.add_argument("--title", metavar="TÍTULO", help="nuevo título (vacío para quitarlo)")
    edit.add_argument("--called-by", metavar="NOMBRE", help="quién convoca (vacío para quitarlo)")
    edit.add_argument("--call", type=int, choices=(1, 2),
                      help="primera (1) o segunda (2) convocatoria")
    cancel = add("cancel", "suspende una asamblea convocada que no ha comenzado", cmd_cancel)
    cancel.add_argument("--reason", required=True, metavar="MOTIVO",
                        help="por qué se suspende (p. ej. «lluvia»)")


def _hour(text: str) -> time | None:
    try:
        hour, minute = (int(x) for x in text.split(":"))
        return time(hour, minute)
    except ValueError:
        return None


def cmd_edit(args: argparse.Namespace) -> int:
    hour = _hour(args.time) if args.time else None
    if args.time and hour is None:
        return fail(_("Error: la hora «{value}» no es válida. Use HH:MM, por ejemplo 09:30.")
                    .format(value=args.time))
    day = parse_date(args.date) if args.date else None
    if not any(v is not None for v in (day, hour, args.place, args.title, args.called_by,
                                       args.call)):
        return fail(_("Error: indique qué cambia, p. ej. --date 15/03/2027 o --place «Cancha»."))
    with opened(args) as sv:
        moment = None
        if day is not None or hour is not None:
            zone = zone_named(sv.settings.get("time_zone"))
            now = sv.assemblies.get(args.assembly).scheduled_at.astimezone(zone)
            moment = datetime.combine(day or now.date(), hour or now.time().replace(
                second=0, microsecond=0), tzinfo=zone)
        assembly = sv.assemblies.edit(args.assembly, scheduled_at=moment, place=args.place,
                                      title=args.title, called_by=args.called_by,
                                      call=args.call)
        zone = zone_named(sv.settings.get("time_zone"))
    sentence = _("Convocatoria corregida: {day} · {place}.").format(
        day=f"{assembly.scheduled_at.astimezone(zone):%d/%m/%Y %H:%M}", place=assembly.place)
    return report(args, assembly, sentence)


def cmd_cancel(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        assembly = sv.assemblies.cancel(args.assembly, args.reason)
    sentence = _("Asamblea suspendida: {reason}.").format(reason=assembly.cancel_reason)
    return report(args, assembly, sentence)
