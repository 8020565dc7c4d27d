"""`asamblea backup ...`: list, make, check and restore backups; copy one to a stick."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import (
    ActionAdder,
    add_json,
    db_parent,
    opened,
    print_json,
    print_table,
    report,
)
from app.commands.exit_codes import DONE, REFUSED
from app.domain.field_labels import field_label
from app.domain.zone import zone_named
from app.i18n import _, ngettext
from app.safety.model import BackupCheck, FieldChange, HistoryEntry


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = sub.add_parser("backup", help="respaldos de la base de datos: listar, crear, "
                                           "comprobar, restaurar")
    actions = backup.add_subparsers(dest="backup_command", metavar="ACCIÓN", required=True)
    add = ActionAdder(actions, _file_argument)
    add("list", "los respaldos guardados en la carpeta «copias», del más nuevo al más viejo",
        cmd_list, with_subject=False)
    add("create", "hace un respaldo ahora (comprobado al escribirlo)", cmd_create,
        with_subject=False)
    add("verify", "comprueba un respaldo: integridad y cadena de cambios", cmd_verify)
    add("restore", "restaura un respaldo (antes respalda la base actual)", cmd_restore)
    copy = add("copy", "escribe un respaldo nuevo en una memoria USB u otra carpeta", cmd_copy,
               with_subject=False)
    copy.add_argument("--to", required=True, metavar="CARPETA", help="carpeta de destino")

    history = sub.add_parser("history", parents=[db_parent()],
                             help="historial de un registro: cada cambio, cuándo, en qué equipo "
                                  "y qué campos")
    history.add_argument("record_id", metavar="ID", help="id del registro (habitante, "
                                                           "asamblea, acuerdo, gasto…)")
    add_json(history)
    history.set_defaults(handler=cmd_history)


def _file_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="ARCHIVO",
                        help="el archivo del respaldo, como lo muestra «asamblea backup …»")


def _size(n: int) -> str:
    return _("{kb} KB").format(kb=max(1, n // 1024))


def cmd_list(args: argparse.Namespace) -> int:
    with opened(args) as services:
        found = services.backups.list()
        folder = services.backups.folder()
    if args.json:
        return report(args, found, "")
    if not found:
        print(_("No hay respaldos en «{folder}».").format(folder=folder))
        return DONE
    rows = [[b.made_at.astimezone().strftime("%Y-%m-%d %H:%M"), b.reason, _size(b.size),
             b.path.name] for b in found]
    print_table(rows, [_("fecha"), _("motivo"), _("tamaño"), _("archivo")])
    return DONE


def cmd_create(args: argparse.Namespace) -> int:
    with opened(args) as services:
        made = services.backups.create()
    return report(args, made, _("Respaldo hecho y comprobado: {path} ({size}).").format(
        path=made.path, size=_size(made.size)))


def _counts_text(check: BackupCheck) -> str:
    c = check.counts
    residents, assemblies = c.get("resident", 0), c.get("assembly", 0)
    projects, changes = c.get("project", 0), c.get("change", 0)
    return ", ".join((
        ngettext("{n} habitante", "{n} habitantes", residents).format(n=residents),
        ngettext("{n} asamblea", "{n} asambleas", assemblies).format(n=assemblies),
        ngettext("{n} proyecto", "{n} proyectos", projects).format(n=projects),
        ngettext("{n} cambio", "{n} cambios", changes).format(n=changes)))


def cmd_verify(args: argparse.Namespace) -> int:
    with opened(args) as services:
        check = services.backups.verify(Path(args.file))
    if check.ok:
        sentence = _("El respaldo está sano: {counts} ({size}).").format(
            counts=_counts_text(check), size=_size(check.size))
    else:
        sentence = _("El respaldo está dañado: {detail}. No lo restaure.").format(
            detail="; ".join(check.problems[:3]))
    report(args, check, sentence)
    return DONE if check.ok else REFUSED


def cmd_restore(args: argparse.Namespace) -> int:
    from app.container import restore

    with opened(args) as services:
        before = services.backups.verify(Path(args.file))
        restored = restore(services, Path(args.file))
        device = restored.device
        restored.close()
    return report(args, before, _(
        "Se restauró el respaldo ({counts}). La base de datos anterior quedó respaldada en "
        "la carpeta «copias». Este equipo sigue como un equipo nuevo (huella {fingerprint}): "
        "los cambios hechos aquí después del respaldo que ya se enviaron a otros equipos "
        "volverán con la próxima sincronización.").format(
        counts=_counts_text(before), fingerprint=device.fingerprint))


def cmd_copy(args: argparse.Namespace) -> int:
    with opened(args) as services:
        path = services.backups.copy_to(Path(args.to))
    return report(args, {"path": path}, _(
        "Respaldo escrito y comprobado en {path}. Ya puede retirar la memoria; guárdela en un "
        "lugar seguro: contiene el censo completo.").format(path=path))


def _kind(entry: HistoryEntry) -> str:
    return {
        "created": _("creado"),
        "edited": _("modificado"),
        "deleted": _("borrado"),
        "merged": _("unión de versiones de dos equipos"),
        "resolved": _("conflicto resuelto por una persona"),
    }.get(entry.kind, entry.kind)


def _value(value: object, seen: str | None) -> str:
    """A value as a person reads it (a name for an id, 05/09/2026, 1.200,50 USD, Sí/No)."""
    return _("«vacío»") if value is None or value == "" else f"«{seen or value}»"


def _field_line(entity: str, change: FieldChange) -> str:
    """One field's change as a person reads it: its label ("Teléfono"), not its column, and
    its values resolved; the JSON keeps the column's name and the raw values for scripts."""
    field = field_label(entity, change.field)
    new = _value(change.new, change.new_shown)
    if change.candidates:
        shown = change.candidates_shown or (None,) * len(change.candidates)
        return _("  {field}: {values} → {new}").format(
            field=field, new=new, values=" / ".join(
                _value(v, w) for v, w in zip(change.candidates, shown, strict=True)))
    return _("  {field}: {old} → {new}").format(field=field, new=new,
                                                old=_value(change.old, change.old_shown))


def cmd_history(args: argparse.Namespace) -> int:
    with opened(args) as services:
        found = services.history.history(args.record_id)
        zone = zone_named(services.settings.get("time_zone"))
    if args.json:
        print_json(found)
        return DONE
    print(_("Historial de {label} ({n} cambios).").format(label=found.label,
                                                         n=len(found.entries)))
    for entry in found.entries:
        print(_("{date} — {kind} en «{device}» ({fingerprint}) — {who}").format(
            date=entry.at.astimezone(zone).strftime("%d/%m/%Y %H:%M"), kind=_kind(entry),
            device=entry.device_name, fingerprint=entry.device_fingerprint,
            who=_who(entry)))
        for change in entry.fields:
            print(_field_line(found.entity, change))
    return DONE


def _who(entry: HistoryEntry) -> str:
    if entry.secretary is None:
        return _("nadie había dicho quién estaba a cargo del equipo")
    return _("a cargo: {name}").format(name=entry.secretary)
