"""Foundation subcommands: demo, info, list, check."""

from __future__ import annotations

import argparse
from typing import Any

from app.commands.common import (
    add_json,
    db_parent,
    fail,
    print_json,
    print_table,
    services_for,
)

LISTABLE = ("organizations", "residents", "assemblies", "problems", "consultations", "projects")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parent = db_parent()
    demo = sub.add_parser(
        "demo", parents=[parent], help="llena la base con una comuna de demostración"
    )
    demo.add_argument("--residents", type=int, default=1200, metavar="N",
                      help="cuántos habitantes (por omisión 1200)")
    demo.add_argument("--seed", type=int, default=2026, help="semilla (mismos datos con la misma)")
    demo.add_argument("--force", action="store_true", help="aunque la base ya tenga datos")
    demo.add_argument("--if-empty", action="store_true",
                      help="no hacer nada (sin error) si la base ya tiene datos")
    add_json(demo)
    demo.set_defaults(handler=cmd_demo)

    info = sub.add_parser("info", parents=[parent], help="revisión, dispositivo y conteos")
    add_json(info)
    info.set_defaults(handler=cmd_info)

    lister = sub.add_parser("list", parents=[parent], help="lista registros de un tipo")
    lister.add_argument("entity", choices=LISTABLE)
    lister.add_argument("--limit", type=int, default=None, help="como mucho N registros")
    add_json(lister)
    lister.set_defaults(handler=cmd_list)

    check = sub.add_parser("check", parents=[parent], help="verifica la integridad de la base")
    add_json(check)
    check.set_defaults(handler=cmd_check)


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo.commune import build_demo, is_empty

    if args.residents < 1:
        return fail("--residents debe ser un número positivo.")
    services = services_for(args)
    try:
        if args.if_empty and not is_empty(services):
            print("La base de datos ya tiene datos; no se agregó la demostración.")
            return 0
        summary = build_demo(services, args.residents, args.seed, force=args.force)
    finally:
        services.close()
    if args.json:
        print_json(summary)
    else:
        print(f"Comuna de demostración creada: {summary.residents} habitantes, "
              f"{len(summary.council_ids)} consejos comunales, {summary.assemblies} asambleas.")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    services = services_for(args)
    try:
        info = services.info.info()
    finally:
        services.close()
    if args.json:
        print_json(info)
        return 0
    print(f"Revisión del esquema: {info.schema_revision}")
    print(f"Este equipo: {info.device_id} (huella {info.device_fingerprint})")
    print(f"Cambios registrados: {info.changes}; pendientes: {info.pending_changes}; "
          f"conflictos: {info.open_conflicts}")
    print_table([[k, str(v)] for k, v in info.counts.items()], ["tabla", "registros"])
    print(f"Huella del contenido (state_digest): {info.state_digest}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    services = services_for(args)
    try:
        items = _items(services, args.entity, args.limit)
    finally:
        services.close()
    if args.json:
        print_json(items)
        return 0
    rows = [[item.id, _label(item)] for item in items]
    print_table(rows, ["id", "nombre"])
    return 0


def _items(services: Any, entity: str, limit: int | None) -> list[Any]:
    from app.census.model import ResidentQuery

    if entity == "residents":
        return list(services.residents.page(ResidentQuery(), 0, limit or 10_000_000))
    source = {
        "organizations": services.organizations.list_all,
        "assemblies": services.assemblies.list_all,
        "problems": services.problems.list_all,
        "consultations": services.consultations.list_all,
        "projects": services.projects.list_all,
    }[entity]
    items = list(source())
    return items[:limit] if limit else items


def _label(item: Any) -> str:
    for attr in ("name", "full_name", "title", "place"):
        value = getattr(item, attr, None)
        if value:
            return str(value)
    return ""


def cmd_check(args: argparse.Namespace) -> int:
    services = services_for(args)
    try:
        problems = services.info.integrity_problems()
    finally:
        services.close()
    if args.json:
        print_json({"ok": not problems, "problems": problems})
    elif problems:
        print("Se encontraron problemas en la base de datos:")
        for p in problems:
            print(f"  - {p}")
    else:
        print("La base de datos está en buen estado.")
    return 1 if problems else 0
