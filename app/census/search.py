"""Census search words: folded, with a cédula typed any way read as it is stored.

Words of three letters or more can use the trigram index (app.services.census_search);
shorter words cannot.
"""

from __future__ import annotations

import re

from app.census.duplicates import name_key
from app.domain.text import fold

TRIGRAM = 3  # the trigram tokenizer cannot match fewer characters than this

_CEDULA = re.compile(r"^([ve])[-.]?(\d[\d.]*)$")
# The whole number as printed on the card, without the letter: "12.705.728" (a part such as
# "12.345" is not a cédula: its dot may be anything).
_PRINTED_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{3}){2}$")


def search_words(query: str) -> list[str]:
    """Folded words; a cédula typed as "V12345678", "v.12.345.678" or "12.705.728" (as the
    card prints it) is searched as stored."""
    words = []
    for word in fold(query).split():
        match = _CEDULA.match(word)
        if match:
            word = f"{match.group(1)}-{match.group(2).replace('.', '')}"
        elif _PRINTED_NUMBER.match(word):
            word = word.replace(".", "")
        words.append(word)
    return words


def uses_index(query: str, indexed: bool) -> bool:
    """Whether `query` will be answered through the trigram index."""
    return indexed and any(len(w) >= TRIGRAM for w in search_words(query))


def search_text(first_names: str, last_names: str, national_id: str | None) -> str:
    """What search matches against: folded names and the cédula ("v-12345678", which also
    holds the bare digits a secretary may type). Derived on each laptop, never synced."""
    name = name_key(first_names, last_names)
    return f"{name} {national_id.lower()}" if national_id else name
