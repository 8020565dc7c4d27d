"""argparse's own words in Spanish: "uso:", "opciones:", "muestra esta ayuda y sale".

argparse looks its sentences up through the module-level `_` and `ngettext` it imported from
gettext, at the moment it uses them (building a parser, printing help, reporting an error).
Rebinding those two names is the one hook it offers without a compiled catalog for the whole
process; the table below holds Python 3.11's msgids (a msgid it does not know stays English).
"""

from __future__ import annotations

import argparse

SPANISH: dict[str, str] = {
    "usage: ": "uso: ",
    "options": "opciones",
    "positional arguments": "argumentos",
    "show this help message and exit": "muestra esta ayuda y sale",
    "subcommands": "subcomandos",
    "argument %(argument_name)s: %(message)s": "argumento %(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: error: %(message)s\n",
    "unrecognized arguments: %s": "argumentos no reconocidos: %s",
    "the following arguments are required: %s": "faltan estos argumentos: %s",
    "one of the arguments %s is required": "hace falta uno de los argumentos %s",
    "not allowed with argument %s": "no se permite junto con el argumento %s",
    "ignored explicit argument %r": "se ignoró el argumento explícito %r",
    "expected one argument": "se esperaba un valor",
    "expected at most one argument": "se esperaba como mucho un valor",
    "expected at least one argument": "se esperaba al menos un valor",
    "ambiguous option: %(option)s could match %(matches)s":
        "opción ambigua: %(option)s puede ser %(matches)s",
    "unexpected option string: %s": "opción inesperada: %s",
    "invalid %(type)s value: %(value)r": "valor %(type)s no válido: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "opción no válida: %(value)r (elija entre %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "subcomando desconocido %(parser_name)r (opciones: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "no se puede abrir «%(filename)s»: %(error)s",
    "%r is not callable": "%r no se puede llamar",
}
# Plural msgids, keyed by the singular form: (singular, plural) in Spanish.
SPANISH_PLURAL: dict[str, tuple[str, str]] = {
    "expected %s argument": ("se esperaba %s valor", "se esperaban %s valores"),
    "conflicting option string: %s": ("opción repetida: %s", "opciones repetidas: %s"),
}


def _gettext(message: str) -> str:
    return SPANISH.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    spanish = SPANISH_PLURAL.get(singular)
    if spanish is None:
        return singular if n == 1 else plural
    return spanish[0] if n == 1 else spanish[1]


def install() -> None:
    """From now on argparse speaks Spanish (call it before building a parser)."""
    setattr(argparse, "_", _gettext)  # noqa: B010 - typeshed does not declare argparse._
    setattr(argparse, "ngettext", _ngettext)  # noqa: B010


def uninstall() -> None:
    """Back to argparse's own gettext lookup (English without a catalog)."""
    import gettext

    setattr(argparse, "_", gettext.gettext)  # noqa: B010
    setattr(argparse, "ngettext", gettext.ngettext)  # noqa: B010
