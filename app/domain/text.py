"""Text folding for search: "José" and "JOSE" both fold to "jose"."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without accents (ñ becomes n), spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def clean_name(text: str) -> str:
    """Trim and collapse spaces; keep the person's own capitalisation and accents."""
    return " ".join((text or "").split())
