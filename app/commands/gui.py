"""`asamblea gui`: open the window, or render it to a PNG and exit (--screenshot)."""

from __future__ import annotations

import argparse
import importlib

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
    # The window lives in ui/, which app/ must not import at module level (app runs headless).
    launcher = importlib.import_module("ui.launcher")
    return int(launcher.run(args))
