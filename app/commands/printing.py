"""`asamblea print PAPER ...`: every printable paper, registered by the area that makes it."""

from __future__ import annotations

import argparse
import importlib

# Each module has register_print(subparsers) adding its papers (census, minutes, ballots...).
PRINT_MODULES: tuple[str, ...] = (
    "app.commands.census",
    "app.commands.assemblies",
    "app.commands.consultation_papers",
    "app.commands.project_papers",
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    printer = sub.add_parser("print", help="imprime un papel a PDF (censo, actas, boletas...)")
    papers = printer.add_subparsers(dest="paper", metavar="PAPEL", required=True)
    for name in PRINT_MODULES:
        importlib.import_module(name).register_print(papers)
