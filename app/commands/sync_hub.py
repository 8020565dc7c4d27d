"""`asamblea sync hub set URL --trust HUELLA`, `sync hub status` and `sync now`: the hub."""

from __future__ import annotations

import argparse

from app.commands.common import add_json, opened, report
from app.i18n import _, ngettext


def register_hub(actions: argparse._SubParsersAction[argparse.ArgumentParser],
                 parent: argparse.ArgumentParser) -> None:
    hub = actions.add_parser("hub", parents=[parent], help="el hub con el que sincronizar")
    hub_actions = hub.add_subparsers(dest="hub_action", metavar="ACCIÓN", required=True)
    set_hub = hub_actions.add_parser("set", parents=[parent],
                                     help="fija la dirección del hub y fija su certificado")
    set_hub.add_argument("url", metavar="URL", help="por ejemplo https://hub.comuna.ve:8443")
    set_hub.add_argument("--trust", required=True, metavar="HUELLA",
                         help="la huella que dio el administrador del hub")
    add_json(set_hub)
    set_hub.set_defaults(handler=cmd_hub_set)

    status = hub_actions.add_parser("status", parents=[parent], help="estado del envío al hub")
    add_json(status)
    status.set_defaults(handler=cmd_hub_status)

    now = actions.add_parser("now", parents=[parent],
                             help="envía al hub lo que no tiene y recibe lo que falta aquí")
    add_json(now)
    now.set_defaults(handler=cmd_now)


def cmd_hub_set(args: argparse.Namespace) -> int:
    with opened(args) as services:
        status = services.hub.configure(args.url, args.trust)
    return report(args, status, _("Hub fijado: {url} (huella {fingerprint}).").format(
        url=status.url, fingerprint=status.fingerprint))


def cmd_hub_status(args: argparse.Namespace) -> int:
    with opened(args) as services:
        status = services.hub.status()
    if not status.configured:
        return report(args, status, _("No hay hub fijado."))
    last = (status.last_sync.isoformat(timespec="seconds") if status.last_sync
            else _("nunca"))
    sentence = _("Hub: {url}. Última sincronización: {last}. {waiting}").format(
        url=status.url, last=last, waiting=ngettext(
            "{n} cambio por enviar.", "{n} cambios por enviar.",
            status.outbox_changes).format(n=status.outbox_changes))
    if status.delivered_bundles:
        sentence += " " + _delivered_status(status.delivered_bundles)
    if status.last_error:
        sentence += "\n" + _("Último intento: {error}").format(error=status.last_error)
    return report(args, status, sentence)


def _delivered_status(n: int) -> str:
    return ngettext("{n} paquete entregado, por confirmar.",
                    "{n} paquetes entregados, por confirmar.", n).format(n=n)


def cmd_now(args: argparse.Namespace) -> int:
    with opened(args) as services:
        result = services.hub.sync_now()
    sentence = _(
        "Sincronizado con el hub: {sent} cambios enviados, {received} recibidos, "
        "{conflicts} conflictos.").format(sent=result.sent_changes,
                                         received=result.received_changes,
                                         conflicts=result.conflicts)
    if result.delivered_bundles:
        # The hub answered before its apply ended: delivered, not yet acknowledged.
        sentence = ngettext(
            "El hub recibió {n} paquete y lo está aplicando; se confirmará en la próxima "
            "sincronización.",
            "El hub recibió {n} paquetes y los está aplicando; se confirmarán en la próxima "
            "sincronización.", result.delivered_bundles).format(n=result.delivered_bundles)
    return report(args, result, sentence)
