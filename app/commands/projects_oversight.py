"""The oversight handlers of `asamblea projects`: progress (a progress report with photos),
inspect (a visit of the contraloría social with its findings) and answer (the answer of the
people responsible, which closes a finding)."""

from __future__ import annotations

import argparse
import mimetypes
from pathlib import Path

from app.commands.common import fail, opened, report
from app.domain.dates import parse_date
from app.i18n import _, ngettext


def cmd_progress(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.photo]
    missing = [p for p in paths if not p.is_file()]
    if missing:
        return fail(_("Error: no se encuentra la foto «{path}».").format(path=missing[0]))
    photos = [(p.name, p.read_bytes(), mimetypes.guess_type(p.name)[0] or "") for p in paths]
    with opened(args) as services:
        made = services.project_oversight.report_progress(
            args.project, parse_date(args.date), args.percent, args.text, photos)
    return report(args, made, _("Avance registrado: {percent} % el {day}.").format(
        percent=made.percent, day=f"{made.reported_on:%d/%m/%Y}"))


def cmd_inspect(args: argparse.Namespace) -> int:
    with opened(args) as services:
        made = services.project_oversight.inspect(
            args.project, parse_date(args.date), args.inspector, args.checked, args.finding,
            args.observations)
    lines = [ngettext("Inspección registrada con {n} hallazgo abierto.",
                      "Inspección registrada con {n} hallazgos abiertos.",
                      len(made.findings)).format(n=len(made.findings))]
    lines += [f"  {f.id}  {f.text}" for f in made.findings]
    return report(args, made, "\n".join(lines))


def cmd_answer(args: argparse.Namespace) -> int:
    with opened(args) as services:
        by = args.by or services.settings.all().secretary_name
        finding = services.project_oversight.answer(args.finding, args.text, by)
    return report(args, finding, _("Hallazgo respondido por {by}.").format(
        by=finding.answered_by))
