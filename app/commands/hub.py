"""`asamblea hub ...`: make, run and administer a hub (the server laptops sync with)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands.common import add_json, report
from app.i18n import _
from app.services.hub_applier import DEFAULT_ANSWER_WITHIN
from app.services.hub_gate import DEFAULT_WORKERS, MAX_WORKERS


def _workers(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= MAX_WORKERS:
        raise argparse.ArgumentTypeError(
            _("«{value}» no vale: entre 1 y {max} envíos a la vez.").format(
                value=value, max=MAX_WORKERS))
    return int(value)


MAX_PROCESSES = 16
MAX_ANSWER_WITHIN = 600.0


def _answer_within(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds <= MAX_ANSWER_WITHIN:  # also refuses nan
        raise argparse.ArgumentTypeError(
            _("«{value}» no vale: entre 0 y {max} segundos.").format(
                value=value, max=int(MAX_ANSWER_WITHIN)))
    return seconds


def _processes(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= MAX_PROCESSES:
        raise argparse.ArgumentTypeError(
            _("«{value}» no vale: entre 1 y {max} procesos.").format(
                value=value, max=MAX_PROCESSES))
    return int(value)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    hub = sub.add_parser("hub", help="el hub: servidor HTTPS sobre PostgreSQL para sincronizar")
    actions = hub.add_subparsers(dest="hub_command", metavar="ACCIÓN", required=True)

    def common(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--db", required=True, metavar="URL",
                            help="base PostgreSQL del hub (postgresql://usuario@equipo/base)")
        parser.add_argument("--dir", metavar="CARPETA", type=Path,
                            help="carpeta del certificado y de los envíos en curso")

    init = actions.add_parser("init", help="prepara la base, la clave y el certificado del hub")
    common(init)
    add_json(init)
    init.set_defaults(handler=cmd_init)

    serve = actions.add_parser("serve", help="atiende a los equipos por HTTPS")
    common(serve)
    serve.add_argument("--host", default="0.0.0.0", metavar="DIRECCIÓN",
                       help="dirección donde escuchar (por omisión todas)")
    serve.add_argument("--port", type=int, default=8443, metavar="PUERTO",
                       help="puerto (por omisión 8443)")
    serve.add_argument("--workers", type=_workers, default=DEFAULT_WORKERS, metavar="N",
                       help=f"envíos aplicados a la vez, de comunas distintas (1 a "
                            f"{MAX_WORKERS}, por omisión {DEFAULT_WORKERS}) en cada proceso")
    serve.add_argument("--processes", type=_processes, default=1, metavar="N",
                       help=f"procesos del hub que atienden a la vez, uno por núcleo (1 a "
                            f"{MAX_PROCESSES}, por omisión 1)")
    serve.add_argument("--answer-within", type=_answer_within,
                       default=DEFAULT_ANSWER_WITHIN, metavar="S",
                       help=f"segundos que un equipo espera a que se aplique su envío; "
                            f"después se le dice que se está aplicando y lo confirma en su "
                            f"próxima sincronización (por omisión {DEFAULT_ANSWER_WITHIN})")
    add_json(serve)  # the address and fingerprint served, as one JSON line, for scripts
    serve.set_defaults(handler=cmd_serve)

    enroll = actions.add_parser("enroll", help="admite un equipo para una comuna")
    common(enroll)
    enroll.add_argument("fingerprint", metavar="HUELLA", help="huella del equipo")
    enroll.add_argument("--commune", required=True, metavar="ID",
                        help="identificador de la comuna del equipo")
    add_json(enroll)
    enroll.set_defaults(handler=cmd_enroll)

    revoke = actions.add_parser("revoke", help="rechaza a un equipo desde ahora")
    common(revoke)
    revoke.add_argument("fingerprint", metavar="HUELLA", help="huella del equipo")
    add_json(revoke)
    revoke.set_defaults(handler=cmd_revoke)

    digest = actions.add_parser("digest",
                                help="huella del estado de una comuna, como la tendría un equipo")
    common(digest)
    digest.add_argument("--commune", required=True, metavar="ID", help="la comuna")
    add_json(digest)
    digest.set_defaults(handler=cmd_digest)

    devices = actions.add_parser("devices", help="equipos admitidos y rechazados")
    common(devices)
    add_json(devices)
    devices.set_defaults(handler=cmd_devices)


def cmd_init(args: argparse.Namespace) -> int:
    from app.hub.run import init_hub

    hub = init_hub(args.db, args.dir)
    try:
        value = {"certificate_fingerprint": hub.certificate_fingerprint,
                 "device_fingerprint": hub.services.device.fingerprint,
                 "folder": str(hub.folder)}
    finally:
        hub.close()
    return report(args, value, _(
        "Hub listo en {folder}.\nHuella del hub (cada equipo la usa en «asamblea sync hub set "
        "URL --trust HUELLA»): {fingerprint}").format(
            folder=value["folder"], fingerprint=value["certificate_fingerprint"]))


def cmd_serve(args: argparse.Namespace) -> int:
    from app.hub.run import open_hub, serve

    hub = open_hub(args.db, args.dir, workers=args.workers, answer_within=args.answer_within)
    try:
        value = {"url": f"https://{args.host}:{args.port}",
                 "fingerprint": hub.certificate_fingerprint}
        report(args, value, _("Hub atendiendo en {url} (huella {fingerprint}). Ctrl+C para "
                              "terminar.").format(**value))
        sys.stdout.flush()
        serve(hub, args.host, args.port, args.processes)
    finally:
        hub.close()
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    from app.hub.run import open_hub

    hub = open_hub(args.db, args.dir)
    try:
        done = hub.admission.enroll(args.fingerprint, args.commune)
    finally:
        hub.close()
    return report(args, done, _("Equipo {fingerprint} admitido para la comuna «{commune}».")
                  .format(fingerprint=done.fingerprint, commune=done.commune))


def cmd_revoke(args: argparse.Namespace) -> int:
    from app.hub.run import open_hub

    hub = open_hub(args.db, args.dir)
    try:
        done = hub.admission.revoke(args.fingerprint)
    finally:
        hub.close()
    return report(args, done, _("Equipo {fingerprint} rechazado desde ahora.")
                  .format(fingerprint=done.fingerprint))


def cmd_devices(args: argparse.Namespace) -> int:
    from app.hub.run import open_hub

    hub = open_hub(args.db, args.dir)
    try:
        rows = hub.admission.enrollments()
    finally:
        hub.close()
    lines = [f"{e.fingerprint}  {e.commune}  "
             f"{_('rechazado') if e.revoked_at else _('admitido')}" for e in rows]
    return report(args, rows, "\n".join(lines) or _("Ningún equipo admitido."))


def cmd_digest(args: argparse.Namespace) -> int:
    from app.hub.run import open_hub
    from app.hub.views import commune_digest

    hub = open_hub(args.db, args.dir)
    try:
        value = commune_digest(hub, args.commune)
    finally:
        hub.close()
    return report(args, {"commune": args.commune, "state_digest": value}, value)
