"""Shared by the assembly commands: the --assembly option and running a job on services."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.commands.common import services_for
from app.container import Services
from app.domain.errors import DomainError
from app.domain.text import fold


def assembly_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--assembly", required=True, metavar="ID", help="id de la asamblea")


def run(args: argparse.Namespace, job: Callable[[Services], int]) -> int:
    services = services_for(args)
    try:
        return job(services)
    finally:
        services.close()


def lookup(table: dict[str, object], raw: str, code: str) -> object:
    value = table.get(fold(raw).strip().replace(" ", "_"))
    if value is None:
        raise DomainError(code, value=raw)
    return value
