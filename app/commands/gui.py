"""`asamblea gui`: open the window, or render it to a PNG and exit (--screenshot)."""

from __future__ import annotations

import argparse

from app.commands.common import db_parent

PAGES = ("inicio", "censo", "asambleas", "problemas", "consulta", "proyectos",
         "sincronizar", "configuracion")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    gui = sub.add_parser("gui", parents=[db_parent()], help="abre la ventana")
    gui.add_argument("--screenshot", metavar="ARCHIVO.png",
                     help="dibuja la ventana con datos, guarda un PNG y termina")
    gui.add_argument("--page", default="inicio", choices=PAGES, help="página que se muestra")
    gui.add_argument("--size", default="1280x800", help="tamaño de la ventana, ANCHOxALTO")
    gui.set_defaults(handler=cmd_gui)


def cmd_gui(args: argparse.Namespace) -> int:
    # The one import from app/ into ui/ (declared in the import-linter contracts), made here
    # and not at module level so that commands that never open a window never load Qt.
    from ui.launcher import run

    return int(run(args))
