"""Shared by the assembly commands and papers: the --assembly option."""

from __future__ import annotations

import argparse


def assembly_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--assembly", required=True, metavar="ID", help="id de la asamblea")
