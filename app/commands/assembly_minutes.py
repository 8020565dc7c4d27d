"""`asamblea minutes ...`: the acta's free text, approval, verification, addenda, scans."""

from __future__ import annotations

import argparse
import mimetypes
from pathlib import Path

from app.commands.assembly_common import assembly_arg
from app.commands.common import (
    add_json,
    db_parent,
    fail,
    opened,
    print_json,
    read_limited,
    report,
)
from app.commands.exit_codes import DONE, REFUSED
from app.i18n import _
from app.services.attachments import MAX_ATTACHMENT_MB


def register_minutes(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parent = db_parent()
    minutes = sub.add_parser("minutes", parents=[parent], help="el acta: texto, aprobación, "
                             "verificación, anexos")
    mcmds = minutes.add_subparsers(dest="action", metavar="ACCIÓN", required=True)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        parser = mcmds.add_parser(name, parents=[parent], help=help_text)
        assembly_arg(parser)
        add_json(parser)
        return parser

    text = add("text", "escribe el texto libre del acta")
    for field, what in (("opening", "la apertura"), ("closing", "el cierre"),
                        ("observations", "las observaciones")):
        text.add_argument(f"--{field}", default=None, metavar="TEXTO",
                          help=f"{what} (sin la opción, queda como estaba)")
    text.set_defaults(handler=cmd_minutes_text)
    approve = add("approve", "aprueba y sella el acta")
    approve.add_argument("--by", required=True, metavar="NOMBRE",
                         help="quién aprueba (secretaría)")
    approve.add_argument("--chair", default="", metavar="NOMBRE",
                         help="quién presidió la asamblea (el acta lo nombra)")
    approve.set_defaults(handler=cmd_approve)
    verify = add("verify", "comprueba el sello del acta (y el código de una copia)")
    verify.add_argument("--code", default=None, metavar="CÓDIGO",
                        help="el código impreso en la copia")
    verify.set_defaults(handler=cmd_verify)
    addendum = add("addendum", "agrega un anexo (corrección)")
    addendum.add_argument("--text", required=True, metavar="TEXTO", help="el texto del anexo")
    addendum.add_argument("--by", required=True, metavar="NOMBRE", help="quién lo agrega")
    addendum.set_defaults(handler=cmd_addendum)
    attach = add("attach", "adjunta la foto o el escaneo del acta firmada")
    attach.add_argument("--file", required=True, type=Path, metavar="ARCHIVO",
                        help="la foto o el PDF escaneado")
    attach.add_argument("--description", default="", metavar="TEXTO",
                        help="qué muestra el archivo")
    attach.set_defaults(handler=cmd_attach)


def cmd_minutes_text(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        minutes = sv.minutes.update_text(args.assembly, args.opening, args.closing,
                                         args.observations)
    sentence = _("Texto del acta guardado (borrador).")
    return report(args, minutes, sentence)


def cmd_approve(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        minutes = sv.minutes.approve(args.assembly, args.by, args.chair)
        check = sv.minutes.verify(args.assembly)
    sentence = _("Acta aprobada y sellada. Código de verificación: {code}").format(
        code=check.code)
    return report(args, minutes, sentence)


def cmd_verify(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        check = sv.minutes.verify(args.assembly, args.code)
    outcome = DONE if check.ok else REFUSED
    if args.json:
        print_json({**{k: getattr(check, k) for k in (
            "assembly_id", "minutes_id", "content_hash", "code", "stored_intact",
            "record_matches", "code_matches", "addenda", "addenda_intact")},
            "ok": check.ok})
        return outcome
    print(_("Código del acta: {code}").format(code=check.code))
    print(_("Sello del acta guardada: {state}").format(
        state=_("correcto") if check.stored_intact else _("NO COINCIDE")))
    print(_("Registro de la asamblea: {state}").format(
        state=_("coincide con el acta") if check.record_matches
        else _("CAMBIÓ después de aprobada el acta")))
    if check.code_matches is not None:
        print(_("Código de la copia: {state}").format(
            state=_("coincide") if check.code_matches
            else _("NO COINCIDE: la copia no es de esta acta")))
    if check.addenda:
        print(_("Anexos: {count} ({state})").format(
            count=check.addenda,
            state=_("íntegros") if check.addenda_intact else _("ALTERADOS")))
    print(_("Verificación correcta.") if check.ok else _("La verificación FALLÓ."))
    return outcome


def cmd_addendum(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        addendum = sv.minutes.add_addendum(args.assembly, args.text, args.by)
    sentence = _("Anexo agregado: {id}").format(id=addendum.id)
    return report(args, addendum, sentence)


def cmd_attach(args: argparse.Namespace) -> int:
    path: Path = args.file
    # Read with a limit: `--file /dev/zero` must be refused, not read until memory runs out.
    data = read_limited(path, MAX_ATTACHMENT_MB * 1024 * 1024)
    if data is None:
        return fail(_("Error: no se pudo leer el archivo «{path}».").format(path=path))
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    with opened(args) as sv:
        attachment = sv.minutes.attach_signed_copy(args.assembly, path.name, data, media_type,
                                                   args.description)
    sentence = _("Archivo adjuntado: {name} ({size} bytes)").format(
        name=attachment.filename, size=attachment.size)
    return report(args, attachment, sentence)
