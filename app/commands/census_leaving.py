"""`asamblea residents baja|reincorporar|bajas`: residents who moved away or died leave the
quorum base, the census counts and the voter registers from a day on, and can come back."""

from __future__ import annotations

import argparse

from app.census.model import ResidentQuery
from app.commands.common import ActionAdder, opened, print_json, print_table, report
from app.commands.exit_codes import DONE
from app.domain.census import Resident
from app.domain.dates import parse_date
from app.i18n import _


def _resident_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help="id del habitante")


def register_leaving(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add = ActionAdder(actions, _resident_id)
    baja = add("baja", "da de baja a un habitante que se mudó o falleció", cmd_baja)
    baja.add_argument("--reason", required=True, metavar="MOTIVO",
                      help="por qué (p. ej. «se mudó», «falleció»)")
    baja.add_argument("--date", metavar="DD/MM/AAAA",
                      help="desde qué día (por omisión, hoy; no puede ser posterior a hoy)")
    add("reincorporar", "devuelve al censo a un habitante dado de baja", cmd_reinstate)
    listing = add("bajas", "los habitantes dados de baja, con la fecha y el motivo",
                  cmd_list_left, with_subject=False)
    listing.add_argument("--council", metavar="ID", action="append", default=[],
                         help="solo este consejo comunal (puede repetirse)")


def _day(resident: Resident) -> str:
    return resident.left_on.strftime("%d/%m/%Y") if resident.left_on else ""


def cmd_baja(args: argparse.Namespace) -> int:
    on = parse_date(args.date) if args.date else None
    with opened(args) as services:
        resident = services.residents.baja(args.id, args.reason, on)
    sentence = _("{name} queda de baja desde el {day}: {reason}. Ya no cuenta para el "
                 "quórum ni en el censo.").format(name=resident.full_name, day=_day(resident),
                                                  reason=resident.left_reason)
    return report(args, resident, sentence)


def cmd_reinstate(args: argparse.Namespace) -> int:
    with opened(args) as services:
        resident = services.residents.reinstate(args.id)
    sentence = _("{name} vuelve al censo.").format(name=resident.full_name)
    return report(args, resident, sentence)


def cmd_list_left(args: argparse.Namespace) -> int:
    query = ResidentQuery(council_ids=tuple(args.council), left=True)
    with opened(args) as services:
        left = services.residents.page(query, 0, services.residents.count(query))
    if args.json:
        print_json(left)
        return DONE
    if not left:
        print(_("No hay habitantes dados de baja."))
        return DONE
    print_table([[r.id, r.national_id or "", r.full_name, _day(r), r.left_reason or ""]
                 for r in left],
                ["id", _("cédula"), _("nombre"), _("baja"), _("motivo")])
    return DONE
