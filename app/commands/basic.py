"""Foundation subcommands: demo, info, list, check."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.commands.common import (
    add_json,
    db_parent,
    fail,
    limit_number,
    opened,
    print_json,
    print_table,
    report,
)
from app.commands.exit_codes import DONE, REFUSED
from app.i18n import _, ngettext

# The Spanish word typed -> what is listed.
LISTABLE = {
    "organizaciones": "organizations", "habitantes": "residents", "asambleas": "assemblies",
    "problemas": "problems", "consultas": "consultations", "proyectos": "projects",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parent = db_parent()
    demo = sub.add_parser(
        "demo", parents=[parent], help="llena la base con una comuna de demostración"
    )
    demo.add_argument("--residents", type=int, default=1200, metavar="N",
                      help="cuántos habitantes (por omisión 1200)")
    demo.add_argument("--seed", type=int, default=2026, metavar="N",
                      help="semilla (mismos datos con la misma)")
    demo.add_argument("--force", action="store_true", help="aunque la base ya tenga datos")
    demo.add_argument("--if-empty", action="store_true",
                      help="no hacer nada (sin error) si la base ya tiene datos")
    add_json(demo)
    demo.set_defaults(handler=cmd_demo)

    info = sub.add_parser("info", parents=[parent], help="revisión, dispositivo y conteos")
    add_json(info)
    info.set_defaults(handler=cmd_info)

    lister = sub.add_parser("list", parents=[parent], help="lista registros de un tipo")
    lister.add_argument("entity", choices=tuple(LISTABLE), metavar="TIPO",
                        help="qué listar: " + ", ".join(LISTABLE))
    lister.add_argument("--limit", type=limit_number, default=None, metavar="N",
                        help="como mucho N registros")
    add_json(lister)
    lister.set_defaults(handler=cmd_list)

    check = sub.add_parser("check", parents=[parent], help="verifica la integridad de la base")
    check.add_argument("--repair", action="store_true",
                       help="reescribe desde el registro de cambios las filas que difieren")
    add_json(check)
    check.set_defaults(handler=cmd_check)


def cmd_demo(args: argparse.Namespace) -> int:
    from app.container import all_or_nothing
    from app.demo.commune import build_demo, is_empty
    from app.demo.scratch import on_scratch_copy

    if args.residents < 1:
        return fail(_("Error: --residents debe ser un número positivo."))
    with opened(args) as services:
        if args.if_empty and not is_empty(services):
            print(_("La base de datos ya tiene datos; no se agregó la demostración."))
            return DONE
        # All or nothing: a demo that fails halfway leaves the database as it was; it is
        # built on a copy, so its commits need not each reach the disk.
        summary = all_or_nothing(services, lambda sv: on_scratch_copy(
            sv, lambda apart: build_demo(apart, args.residents, args.seed, force=args.force)))
    councils = len(summary.council_ids)
    sentence = _("Comuna de demostración creada: {residents}, {councils}, {assemblies}.").format(
        residents=ngettext("{n} habitante", "{n} habitantes", summary.residents).format(
            n=summary.residents),
        councils=ngettext("{n} consejo comunal", "{n} consejos comunales", councils).format(
            n=councils),
        assemblies=ngettext("{n} asamblea", "{n} asambleas", summary.assemblies).format(
            n=summary.assemblies))
    return report(args, summary, sentence)


def cmd_info(args: argparse.Namespace) -> int:
    with opened(args) as services:
        info = services.info.info()
    if args.json:
        print_json(info)
        return DONE
    print(_("Revisión del esquema: {revision}").format(revision=info.schema_revision))
    print(_("Este equipo: {device} (huella {fingerprint})").format(
        device=info.device_id, fingerprint=info.device_fingerprint))
    print(_("Cambios registrados: {changes}; pendientes: {pending}; conflictos: {conflicts}")
          .format(changes=info.changes, pending=info.pending_changes,
                  conflicts=info.open_conflicts))
    print_table([[k, str(v)] for k, v in info.counts.items()], [_("tabla"), _("registros")])
    print(_("Huella del contenido (state_digest): {digest}").format(digest=info.state_digest))
    return DONE


def cmd_list(args: argparse.Namespace) -> int:
    with opened(args) as services:
        items = _items(services, LISTABLE[args.entity], args.limit)
    if args.json:
        print_json(items)
        return DONE
    rows = [[item.id, _label(item)] for item in items]
    print_table(rows, ["id", _("nombre")])
    return DONE


def _items(services: Any, entity: str, limit: int | None) -> list[Any]:
    if entity == "residents":
        from app.census.model import ResidentQuery

        return list(services.residents.page(ResidentQuery(), 0, limit or 10_000_000))
    # Each listed word names its service: only that one is built (and its module imported).
    items = list(getattr(services, entity).list_all())
    return items[:limit] if limit else items


def _label(item: Any) -> str:
    for attr in ("name", "full_name", "title", "place"):
        value = getattr(item, attr, None)
        if value:
            return str(value)
    return ""


def cmd_check(args: argparse.Namespace) -> int:
    with opened(args) as services:
        problems = services.info.integrity_problems()
        if problems and args.repair:
            repaired = services.info.repair_from_log()
            print(ngettext("Se reescribió {n} fila desde el registro de cambios.",
                           "Se reescribieron {n} filas desde el registro de cambios.",
                           repaired).format(n=repaired), file=sys.stderr)
            problems = services.info.integrity_problems()
    if args.json:
        print_json({"ok": not problems, "problems": problems})
    elif problems:
        print(_("Se encontraron problemas en la base de datos:"))
        for p in problems:
            print(f"  - {p}")
        if not args.repair:
            print(_("Las filas que difieren del registro de cambios se reparan con: "
                    "asamblea check --repair"))
    else:
        print(_("La base de datos está en buen estado."))
    return REFUSED if problems else DONE
