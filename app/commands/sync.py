"""`asamblea sync ...`: export and import bundles, status, conflicts, trust."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path
from typing import Any

from app.commands.common import add_json, db_parent, opened, print_json, print_table, report
from app.commands.exit_codes import BAD_INPUT, DONE, exit_code_for
from app.domain.errors import DomainError
from app.domain.field_labels import field_label
from app.i18n import _, ngettext
from app.sync.bundle_format import EXTENSION
from app.sync.disk_trouble import readable_path


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
    export.add_argument("--plain", action="store_true",
                        help="sin cifrar (solo para presentarse a un equipo nuevo: el paquete "
                             "lleva el censo legible)")
    add_json(export)
    export.set_defaults(handler=cmd_export)

    imp = actions.add_parser("import", parents=[parent],
                             help="importa paquetes (archivos o carpetas con paquetes)")
    imp.add_argument("files", nargs="+", metavar="ARCHIVO",
                     help="paquetes .asamblea, o carpetas que los contienen")
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
    resolve.add_argument("conflict_id", metavar="ID", help="id del conflicto")
    resolve.add_argument("--value", required=True, metavar="VALOR",
                         help="uno de los valores en conflicto (texto, o JSON: null, 3, ...)")
    add_json(resolve)
    resolve.set_defaults(handler=cmd_resolve)

    name = actions.add_parser("name", parents=[parent],
                              help="el nombre de este equipo que verán los demás")
    name.add_argument("name", metavar="NOMBRE", help="por ejemplo \"Secretaría Comuna\"")
    add_json(name)
    name.set_defaults(handler=cmd_name)

    revoke = actions.add_parser("revoke", parents=[parent],
                                help="retira la confianza a un equipo (perdido o robado)")
    revoke.add_argument("device", metavar="EQUIPO", help="id o huella del equipo")
    add_json(revoke)
    revoke.set_defaults(handler=cmd_revoke)

    from app.commands.sync_hub import register_hub

    register_hub(actions, parent)


def cmd_export(args: argparse.Namespace) -> int:
    with opened(args) as services:
        result = services.sync.export(Path(args.to), peer=args.peer, full=args.full,
                                      plain=args.plain)
    if args.json:
        print_json(result)
    else:
        text = (_("Paquete completo escrito: {path} ({changes} cambios, {kb} KB).")
                if result.full else
                _("Paquete con lo nuevo para ese equipo escrito: {path} ({changes} cambios, "
                  "{kb} KB)."))
        print(text.format(path=result.path, changes=result.changes,
                          kb=result.size // 1024 + 1))
        print(_("Verificado en la memoria. Ya puede retirarla."))
    return DONE


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
    results: list[dict[str, Any]] = []
    outcome = DONE  # the worst outcome over the files: bad input beats a refusal
    with opened(args) as services:
        for path in _expand(args.files):
            try:
                summary = services.sync.import_file(path, trust_fingerprint=args.trust)
            except DomainError as exc:
                outcome = max(outcome, exit_code_for(exc))
                results.append({"file": readable_path(path), "ok": False, "code": exc.code,
                                "error": str(exc), **_params(exc)})
                if not args.json:
                    print(_("Error: {message}").format(message=exc), file=sys.stderr)
                continue
            pending = services.sync.files_pending()  # over every attachment held, after it
            results.append({"file": readable_path(path), "ok": True, **vars(summary),
                            "files_pending": pending})
            if not args.json:
                _print_summary(path, summary, pending)
    if args.json:
        print_json(results)
    if not results:
        print(_("Error: no se encontraron paquetes."), file=sys.stderr)
        return BAD_INPUT
    return outcome


def _params(exc: DomainError) -> dict[str, Any]:
    return {k: v for k, v in exc.params.items() if k in ("fingerprint", "device")}


def _print_summary(path: Path, s: Any, files_pending: int) -> None:
    if s.already_imported:
        print(_("{file}: ya importado antes; no se cambió nada.").format(file=s.file_name))
        return
    print(_("{file} (de {sender}, huella {fingerprint}): {new} registros nuevos, {updated} "
            "actualizados, {facts} hechos nuevos, {held} cambios ya tenidos, {conflicts} "
            "conflictos, {pending} en espera.").format(
        file=s.file_name, sender=s.sender_name, fingerprint=s.sender_fingerprint,
        new=s.records_new, updated=s.records_updated, facts=s.facts_new,
        held=s.already_held, conflicts=s.conflicts, pending=s.pending))
    for line in _notes(s.files_new, files_pending, s.refused_revoked, s.clock_ahead):
        print(line)
    for device, n in s.withdrawn_revoked.items():
        print(ngettext(
            "Se retiró {n} cambio que «{device}» hizo después de su revocación y que llegó "
            "aquí antes que ella.",
            "Se retiraron {n} cambios que «{device}» hizo después de su revocación y que "
            "llegaron aquí antes que ella.", n).format(n=n, device=device))


def _notes(files_new: int, files_pending: int, refused: int, ahead: list[str]) -> list[str]:
    """What an import or the status adds when it is not nothing: files, refused work of a
    revoked laptop, a laptop whose date is wrong."""
    lines = []
    if files_new:
        lines.append(ngettext("Llegó {n} archivo adjunto.", "Llegaron {n} archivos adjuntos.",
                              files_new).format(n=files_new))
    if files_pending:
        lines.append(ngettext(
            "{n} archivo adjunto aún no ha llegado: vendrá con el próximo paquete que lo tenga.",
            "{n} archivos adjuntos aún no han llegado: vendrán con el próximo paquete que los "
            "tenga.", files_pending).format(n=files_pending))
    if refused:
        lines.append(ngettext(
            "Se rechazó {n} cambio que un equipo revocado hizo después de su revocación.",
            "Se rechazaron {n} cambios que un equipo revocado hizo después de su revocación.",
            refused).format(n=refused))
    if ahead:
        lines.append(_(
            "La fecha de {devices} está adelantada más de un día: este equipo no adelantó su "
            "reloj y esos cambios no ganan por su fecha. Corrija la fecha de ese equipo."
        ).format(devices=", ".join(f"«{d}»" for d in ahead)))
    return lines

def cmd_status(args: argparse.Namespace) -> int:
    with opened(args) as services:
        status = services.sync.status()
    if args.json:
        print_json(status)
        return DONE
    print(_("Este equipo: {name} (huella {fingerprint}); {changes} cambios.").format(
        name=status.device_name, fingerprint=status.fingerprint, changes=status.changes_held))
    print()
    print_table(
        [[d.name + (" " + _("(este)") if d.is_this_device else ""), d.fingerprint,
          _("confiable") if d.trust == "trusted" else _("revocado"),
          str(sum(d.holds.values())),
          d.last_bundle_at.strftime("%d/%m/%Y %H:%M") if d.last_bundle_at else "-"]
         for d in status.devices],
        [_("equipo"), _("huella"), _("confianza"), _("cambios que tiene"),
         _("último paquete")],
    )
    print()
    print_table(
        [[b.at.astimezone().strftime("%d/%m/%Y %H:%M"),
          _("exportado") if b.direction == "export" else _("importado"), b.file_name]
         for b in status.bundles],
        [_("fecha"), _("sentido"), _("archivo")],
    )
    print()
    print(_("En espera: {pending}; conflictos abiertos: {conflicts}.").format(
        pending=len(status.pending), conflicts=status.open_conflicts))
    for line in _notes(0, status.files_pending, 0, status.clock_ahead):
        print(line)
    return DONE


def cmd_conflicts(args: argparse.Namespace) -> int:
    with opened(args) as services:
        conflicts = services.sync.conflicts()
    if args.json:
        print_json(conflicts)
        return DONE
    if not conflicts:
        print(_("No hay conflictos abiertos."))
        return DONE
    for c in conflicts:
        print(_("{id}  {record}  campo «{field}»").format(
            id=c.id, record=c.record, field=field_label(c.entity, c.field)))
        for choice in c.choices:
            mark = "*" if choice.provisional else " "
            print(f"   {mark} {json.dumps(choice.value, ensure_ascii=False)}  "
                  + _("(de {device})").format(device=choice.device_name))
    print()
    print(_("* = valor mostrado por ahora. Elija con: asamblea sync resolve ID --value VALOR"))
    return DONE


def cmd_resolve(args: argparse.Namespace) -> int:
    with opened(args) as services:
        value: Any = args.value
        with contextlib.suppress(ValueError):
            value = json.loads(args.value)
        try:
            conflict = services.sync.resolve(args.conflict_id, value)
        except DomainError as exc:
            if exc.code != "sync.value_not_candidate" or value == args.value:
                raise
            conflict = services.sync.resolve(args.conflict_id, args.value)
    sentence = _("Conflicto resuelto: «{field}» queda en {value}. La decisión viajará en el "
                 "próximo paquete.").format(field=field_label(conflict.entity, conflict.field),
                                            value=args.value)
    resolved = {"resolved": conflict.id, "field": conflict.field, "value": value}
    return report(args, resolved, sentence)


def cmd_revoke(args: argparse.Namespace) -> int:
    with opened(args) as services:
        device = services.sync.revoke(args.device)
    sentence = _("Se retiró la confianza al equipo {name} ({fingerprint}). Sus paquetes "
                 "serán rechazados.").format(name=device.name, fingerprint=device.fingerprint)
    return report(args, device, sentence)


def cmd_name(args: argparse.Namespace) -> int:
    with opened(args) as services:
        device = services.sync.rename(args.name)
    sentence = _("Este equipo se llama ahora «{name}» (huella {fingerprint}). Los demás lo verán "
                 "así desde su próximo paquete.").format(name=device.name,
                                                         fingerprint=device.fingerprint)
    return report(args, device, sentence)
