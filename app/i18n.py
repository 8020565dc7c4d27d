"""The language of everything outside the window: gettext catalogs, Spanish source text.

Code writes Spanish and wraps it in `_()` (or `ngettext()` for counts); English comes from the
`asamblea` catalog compiled from `app/locale/en/LC_MESSAGES/*.po` (see app/locale/README.md).
`N_()` marks text that is translated later (a table of messages). The window keeps Qt Linguist
for its own strings. The standard library's gettext reads the compiled catalogs, so start-up
needs no third-party package; Babel only compiles them (scripts/messages.py).
"""

from __future__ import annotations

import argparse
import gettext
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

DOMAIN = "asamblea"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANGUAGES = ("es", "en")


# A language for one piece of work on this thread (a paper printed in another language),
# without touching the process-wide setting other threads read.
_OVERRIDE: ContextVar[str | None] = ContextVar("asamblea_language", default=None)


def current_language() -> str:
    """The language of the work at hand (`in_language`), else ASAMBLEA_LANG (set by `--lang`
    or the window's setting), else Spanish."""
    lang = (_OVERRIDE.get() or os.environ.get("ASAMBLEA_LANG", "es")).lower()
    return "en" if lang.startswith("en") else "es"


@contextmanager
def in_language(lang: str | None) -> Iterator[None]:
    """Speak `lang` inside the block, on this thread only; None keeps the current language."""
    if lang is None:
        yield
        return
    token = _OVERRIDE.set("en" if lang.lower().startswith("en") else "es")
    try:
        yield
    finally:
        _OVERRIDE.reset(token)


def set_language(lang: str) -> None:
    os.environ["ASAMBLEA_LANG"] = "en" if lang.lower().startswith("en") else "es"


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """The compiled catalog for `lang`. When it is missing or older than its .po files (a
    fresh checkout: Babel, which compiles, is not needed to run), the .po files themselves
    are read; with neither, the Spanish source text shows."""
    folder = LOCALE_DIR / lang / "LC_MESSAGES"
    sources = sorted(folder.glob("*.po"))
    compiled = folder / f"{DOMAIN}.mo"
    newest = max((p.stat().st_mtime for p in sources), default=0.0)
    if sources and (not compiled.exists() or compiled.stat().st_mtime < newest):
        from app.po_catalog import PoTranslations

        return PoTranslations(sources)
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang], fallback=True)


def _(message: str) -> str:
    return translations(current_language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(current_language()).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark text for extraction; it is translated where it is shown."""
    return message


def install_argparse_translations() -> None:
    """Make argparse speak the program's language ("uso:", "opciones:", its errors).

    argparse writes English and translates through the module-level `_` and `ngettext` it
    imports from gettext, which would follow the system locale and the default domain. We put
    our own in their place so it follows `current_language()`, read at each message (so a
    `--lang` found before parsing still counts). The Spanish for argparse's English lives in
    app/locale/es/LC_MESSAGES/argparse.po; English needs no catalog. tests/unit/test_i18n.py
    fails if a Python release changes how argparse looks its messages up.
    """
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
