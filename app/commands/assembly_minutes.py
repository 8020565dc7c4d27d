"""`asamblea minutes ...`: the acta's free text, approval, verification, addenda, scans."""

from __future__ import annotations

import argparse
import mimetypes
from pathlib import Path

from app.commands.assembly_common import assembly_arg as _assembly_arg
from app.commands.assembly_common import run as _run
from app.commands.common import add_json, db_parent, fail, print_json
from app.container import Services


def register_minutes(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parent = db_parent()
    minutes = sub.add_parser("minutes", parents=[parent], help="el acta: texto, aprobación, "
                             "verificación, anexos")
    mcmds = minutes.add_subparsers(dest="action", metavar="ACCIÓN", required=True)
    text = mcmds.add_parser("text", parents=[parent], help="escribe el texto libre del acta")
    _assembly_arg(text)
    for field in ("opening", "closing", "observations"):
        text.add_argument(f"--{field}", default=None)
    text.set_defaults(handler=cmd_minutes_text)
    approve = mcmds.add_parser("approve", parents=[parent], help="aprueba y sella el acta")
    _assembly_arg(approve)
    approve.add_argument("--by", required=True, help="quién aprueba (secretaría)")
    add_json(approve)
    approve.set_defaults(handler=cmd_approve)
    verify = mcmds.add_parser("verify", parents=[parent],
                              help="comprueba el sello del acta (y el código de una copia)")
    _assembly_arg(verify)
    verify.add_argument("--code", default=None, help="el código impreso en la copia")
    add_json(verify)
    verify.set_defaults(handler=cmd_verify)
    addendum = mcmds.add_parser("addendum", parents=[parent], help="agrega un anexo (corrección)")
    _assembly_arg(addendum)
    addendum.add_argument("--text", required=True)
    addendum.add_argument("--by", required=True)
    addendum.set_defaults(handler=cmd_addendum)
    attach = mcmds.add_parser("attach", parents=[parent],
                              help="adjunta la foto o el escaneo del acta firmada")
    _assembly_arg(attach)
    attach.add_argument("--file", required=True, type=Path)
    attach.add_argument("--description", default="")
    attach.set_defaults(handler=cmd_attach)


def cmd_minutes_text(args: argparse.Namespace) -> int:
    def job(sv: Services) -> int:
        sv.minutes.update_text(args.assembly, args.opening, args.closing, args.observations)
        print("Texto del acta guardado (borrador).")
        return 0
    return _run(args, job)


def cmd_approve(args: argparse.Namespace) -> int:
    def job(sv: Services) -> int:
        minutes = sv.minutes.approve(args.assembly, args.by)
        check = sv.minutes.verify(args.assembly)
        if args.json:
            print_json(minutes)
        else:
            print(f"Acta aprobada y sellada. Código de verificación: {check.code}")
        return 0
    return _run(args, job)


def cmd_verify(args: argparse.Namespace) -> int:
    def job(sv: Services) -> int:
        check = sv.minutes.verify(args.assembly, args.code)
        if args.json:
            print_json({**{k: getattr(check, k) for k in (
                "assembly_id", "minutes_id", "content_hash", "code", "stored_intact",
                "record_matches", "code_matches", "addenda", "addenda_intact")},
                "ok": check.ok})
            return 0 if check.ok else 1
        print(f"Código del acta: {check.code}")
        print(f"Sello del acta guardada: {'correcto' if check.stored_intact else 'NO COINCIDE'}")
        print("Registro de la asamblea: " + ("coincide con el acta" if check.record_matches
                                             else "CAMBIÓ después de aprobada el acta"))
        if check.code_matches is not None:
            print("Código de la copia: " + ("coincide" if check.code_matches
                                            else "NO COINCIDE: la copia no es de esta acta"))
        if check.addenda:
            state = "íntegros" if check.addenda_intact else "ALTERADOS"
            print(f"Anexos: {check.addenda} ({state})")
        print("Verificación correcta." if check.ok else "La verificación FALLÓ.")
        return 0 if check.ok else 1
    return _run(args, job)


def cmd_addendum(args: argparse.Namespace) -> int:
    def job(sv: Services) -> int:
        addendum = sv.minutes.add_addendum(args.assembly, args.text, args.by)
        print(f"Anexo agregado: {addendum.id}")
        return 0
    return _run(args, job)


def cmd_attach(args: argparse.Namespace) -> int:
    path: Path = args.file
    try:
        data = path.read_bytes()
    except OSError:
        return fail(f"Error: no se pudo leer el archivo «{path}».")
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"

    def job(sv: Services) -> int:
        attachment = sv.minutes.attach_signed_copy(args.assembly, path.name, data, media_type,
                                                   args.description)
        print(f"Archivo adjuntado: {attachment.filename} ({attachment.size} bytes)")
        return 0
    return _run(args, job)
