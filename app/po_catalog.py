"""Read the .po files themselves when the compiled catalog is missing or stale.

A copy run from the sources (a fresh checkout, an unzipped folder) has the `.po` files but no
`asamblea.mo`: that is built by scripts/messages.py with Babel, which the program does not
need at run time. Rather than show Spanish to someone who asked for English, the program reads
the `.po` text with this small parser, which keeps what msgfmt keeps: translated entries that
are not marked fuzzy, with their plural forms. Both languages use two forms, "one" for n == 1
(scripts/messages.py PLURAL_FORMS), so that rule is the one applied here.
"""

from __future__ import annotations

import ast
import gettext
from collections.abc import Iterable
from pathlib import Path


class PoTranslations(gettext.NullTranslations):
    """Translations read from one language's .po files, merged in the order given."""

    def __init__(self, sources: Iterable[Path]) -> None:
        super().__init__()
        self._singular: dict[str, str] = {}
        self._plural: dict[tuple[str, str], tuple[str, ...]] = {}
        for source in sources:
            for entry in _entries(source.read_text(encoding="utf-8")):
                _keep(entry, self._singular, self._plural)

    def gettext(self, message: str) -> str:
        return self._singular.get(message, message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        forms = self._plural.get((msgid1, msgid2))
        index = 0 if n == 1 else 1
        if forms is None or index >= len(forms):
            return msgid1 if n == 1 else msgid2
        return forms[index]


# One entry: its keyword ("msgid", "msgid_plural", "msgstr", "msgstr[0]", ...) -> text, and
# whether a "#, fuzzy" flag came before it.
_Entry = tuple[dict[str, str], bool]


def _entries(text: str) -> Iterable[_Entry]:
    fields: dict[str, str] = {}
    fuzzy = False
    key: str | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        word, _space, rest = line.partition(" ")
        starts_next = line.startswith("#") or word in ("msgid", "msgctxt")
        if starts_next and any(k.startswith("msgstr") for k in fields):
            yield fields, fuzzy
            fields, fuzzy, key = {}, False, None
        if line.startswith("#"):
            if line.startswith("#,") and "fuzzy" in line[2:].replace(" ", "").split(","):
                fuzzy = True
        elif line.startswith('"'):
            if key is not None:
                fields[key] += _string(line)
        else:
            key = word
            fields[key] = _string(rest)
    if fields:
        yield fields, fuzzy


def _string(quoted: str) -> str:
    """A .po string literal ("...", with C escapes) as text; .po escapes are Python's."""
    value = ast.literal_eval(quoted.strip())
    return value if isinstance(value, str) else ""


def _keep(entry: _Entry, singular: dict[str, str],
          plural: dict[tuple[str, str], tuple[str, ...]]) -> None:
    fields, fuzzy = entry
    msgid = fields.get("msgid", "")
    if fuzzy or not msgid or "msgctxt" in fields:  # the header, unfinished or unused entries
        return
    if "msgid_plural" in fields:
        forms = tuple(fields[f"msgstr[{i}]"] for i in range(2) if f"msgstr[{i}]" in fields)
        if forms and all(forms):
            plural.setdefault((msgid, fields["msgid_plural"]), forms)
        return
    if fields.get("msgstr"):
        singular.setdefault(msgid, fields["msgstr"])
