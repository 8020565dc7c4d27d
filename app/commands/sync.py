"""`asamblea sync ...`: export and import bundles, status, conflicts, trust."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path
from typing import Any

from app.commands.common import add_json, db_parent, print_json, print_table, services_for
from app.domain.errors import DomainError
from app.sync.bundle_format import EXTENSION


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parent = db_parent()
    sync = sub.add_parser("sync", parents=[parent],
                          help="sincroniza con otros equipos mediante paquetes en memoria USB")
    actions = sync.add_subparsers(dest="sync_command", metavar="ACCIÓN", required=True)

    export = actions.add_parser("export", parents=[parent],
                                help="escribe un paquete firmado en una carpeta o memoria")
    export.add_argument("--to", required=True, metavar="CARPETA", help="carpeta de destino")
    export.add_argument("--full", action="store_true", help="todos los cambios, no solo los nuevos")
    export.add_argument("--for", dest="peer", metavar="EQUIPO",
                        help="solo lo que ese equipo aún no tiene (id o huella)")
    add_json(export)
    export.set_defaults(handler=cmd_export)

    imp = actions.add_parser("import", parents=[parent],
                             help="importa paquetes (archivos o carpetas con paquetes)")
    imp.add_argument("files", nargs="+", metavar="ARCHIVO")
    imp.add_argument("--trust", metavar="HUELLA",
                     help="acepta al equipo remitente si su huella es esta")
    add_json(imp)
    imp.set_defaults(handler=cmd_import)

    status = actions.add_parser("status", parents=[parent], help="estado de la sincronización")
    add_json(status)
    status.set_defaults(handler=cmd_status)

    conflicts = actions.add_parser("conflicts", parents=[parent], help="conflictos abiertos")
    add_json(conflicts)
    conflicts.set_defaults(handler=cmd_conflicts)

    resolve = actions.add_parser("resolve", parents=[parent],
                                 help="elige el valor que queda en un conflicto")
    resolve.add_argument("conflict_id", metavar="ID")
    resolve.add_argument("--value", required=True, metavar="VALOR",
                         help="uno de los valores en conflicto (texto, o JSON: null, 3, ...)")
    add_json(resolve)
    resolve.set_defaults(handler=cmd_resolve)

    revoke = actions.add_parser("revoke", parents=[parent],
                                help="retira la confianza a un equipo (perdido o robado)")
    revoke.add_argument("device", metavar="EQUIPO", help="id o huella del equipo")
    add_json(revoke)
    revoke.set_defaults(handler=cmd_revoke)


def cmd_export(args: argparse.Namespace) -> int:
    services = services_for(args)
    try:
        result = services.sync.export(Path(args.to), peer=args.peer, full=args.full)
    finally:
        services.close()
    if args.json:
        print_json(result)
    else:
        kind = "completo" if result.full else "con lo nuevo para ese equipo"
        print(f"Paquete {kind} escrito: {result.path} ({result.changes} cambios, "
              f"{result.size // 1024 + 1} KB).")
        print("Verificado en la memoria. Ya puede retirarla.")
    return 0


def _expand(files: list[str]) -> list[Path]:
    out: list[Path] = []
    for name in files:
        path = Path(name)
        if path.is_dir():
            out += sorted(path.glob(f"*{EXTENSION}")) + sorted(path.glob(f"*/*{EXTENSION}"))
        else:
            out.append(path)
    return out


def cmd_import(args: argparse.Namespace) -> int:
    services = services_for(args)
    results: list[dict[str, Any]] = []
    failed = 0
    try:
        for path in _expand(args.files):
            try:
                summary = services.sync.import_file(path, trust_fingerprint=args.trust)
            except DomainError as exc:
                failed += 1
                results.append({"file": str(path), "ok": False, "code": exc.code,
                                "error": str(exc), **_params(exc)})
                if not args.json:
                    print(f"Error: {exc}", file=sys.stderr)
                continue
            results.append({"file": str(path), "ok": True, **vars(summary)})
            if not args.json:
                _print_summary(path, summary)
    finally:
        services.close()
    if args.json:
        print_json(results)
    if not results:
        print("No se encontraron paquetes.", file=sys.stderr)
        return 2
    return 2 if failed else 0


def _params(exc: DomainError) -> dict[str, Any]:
    return {k: v for k, v in exc.params.items() if k in ("fingerprint", "device")}


def _print_summary(path: Path, s: Any) -> None:
    if s.already_imported:
        print(f"{path.name}: ya importado antes; no se cambió nada.")
        return
    print(f"{path.name} (de {s.sender_name}, huella {s.sender_fingerprint}): "
          f"{s.records_new} registros nuevos, {s.records_updated} actualizados, "
          f"{s.facts_new} hechos nuevos, {s.already_held} cambios ya tenidos, "
          f"{s.conflicts} conflictos, {s.pending} en espera.")


def cmd_status(args: argparse.Namespace) -> int:
    services = services_for(args)
    try:
        status = services.sync.status()
    finally:
        services.close()
    if args.json:
        print_json(status)
        return 0
    print(f"Este equipo: {status.device_name} (huella {status.fingerprint}); "
          f"{status.changes_held} cambios.")
    print()
    print_table(
        [[d.name + (" (este)" if d.is_this_device else ""), d.fingerprint,
          "confiable" if d.trust == "trusted" else "revocado",
          str(sum(d.holds.values())),
          d.last_bundle_at.strftime("%d/%m/%Y %H:%M") if d.last_bundle_at else "-"]
         for d in status.devices],
        ["equipo", "huella", "confianza", "cambios que tiene", "último paquete"],
    )
    print()
    print_table(
        [[b.at.astimezone().strftime("%d/%m/%Y %H:%M"),
          "exportado" if b.direction == "export" else "importado", b.file_name]
         for b in status.bundles],
        ["fecha", "dirección", "archivo"],
    )
    print(f"\nEn espera: {len(status.pending)}; conflictos abiertos: {status.open_conflicts}.")
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    services = services_for(args)
    try:
        conflicts = services.sync.conflicts()
    finally:
        services.close()
    if args.json:
        print_json(conflicts)
        return 0
    if not conflicts:
        print("No hay conflictos abiertos.")
        return 0
    for c in conflicts:
        print(f"{c.id}  {c.entity} {c.entity_id}  campo «{c.field}»")
        for choice in c.choices:
            mark = "*" if choice.provisional else " "
            print(f"   {mark} {json.dumps(choice.value, ensure_ascii=False)}  "
                  f"(de {choice.device_name})")
    print("\n* = valor mostrado por ahora. Elija con: asamblea sync resolve ID --value VALOR")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    services = services_for(args)
    try:
        value: Any = args.value
        with contextlib.suppress(ValueError):
            value = json.loads(args.value)
        try:
            conflict = services.sync.resolve(args.conflict_id, value)
        except DomainError as exc:
            if exc.code != "sync.value_not_candidate" or value == args.value:
                raise
            conflict = services.sync.resolve(args.conflict_id, args.value)
    finally:
        services.close()
    if args.json:
        print_json({"resolved": conflict.id, "field": conflict.field, "value": value})
    else:
        print(f"Conflicto resuelto: «{conflict.field}» queda en {args.value}. "
              "La decisión viajará en el próximo paquete.")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    services = services_for(args)
    try:
        device = services.sync.revoke(args.device)
    finally:
        services.close()
    if args.json:
        print_json(device)
    else:
        print(f"Se retiró la confianza al equipo {device.name} ({device.fingerprint}). "
              "Sus paquetes serán rechazados.")
    return 0
