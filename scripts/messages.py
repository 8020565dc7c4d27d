"""The gettext catalogs of app/: extract Spanish text, keep the English, compile.

Spanish in the code is the source (msgid); English lives in app/locale/en/LC_MESSAGES/*.po,
one file per area so areas add entries without touching each other's files. Compiling merges
every .po of a language into one <lang>/LC_MESSAGES/asamblea.mo (built, never committed, like
the window's .qm files). Needs Babel (the dev extra); the program itself reads the .mo with
the standard library.

    .venv/bin/python scripts/messages.py update    # add new Spanish text to the .po files
    .venv/bin/python scripts/messages.py compile   # build the .mo files (scripts/_env.sh)
    .venv/bin/python scripts/messages.py check     # fail when some text has no English
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"
LOCALE = APP / "locale"
ENGLISH = LOCALE / "en" / "LC_MESSAGES"
DOMAIN = "asamblea"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
# Spanish and English both say "one" or "other" (gettext's classic rule; CLDR's extra Spanish
# form for round millions never occurs in our text, and a missing form would print nothing).
PLURAL_FORMS = "nplurals=2; plural=(n != 1);"

MessageId = str | tuple[str, str]


def _source_folder(path: str) -> bool:
    name = os.path.basename(path)
    return not name.startswith((".", "_")) and name != "locale"


def extract() -> dict[MessageId, list[str]]:
    """Every marked text in app/ and the files that use it."""
    found: dict[MessageId, list[str]] = {}
    for filename, _line, message, _comments, _context in extract_from_dir(
            APP, keywords=KEYWORDS, directory_filter=_source_folder):
        key: MessageId = message if isinstance(message, str) else (message[0], message[1])
        found.setdefault(key, []).append("app/" + filename.replace(os.sep, "/"))
    return found


def area_of(path: str) -> str:
    """app/printing/minutes.py -> printing; a module right under app/ -> app."""
    parts = path.split("/")
    return parts[1] if len(parts) > 2 else "app"


def read(path: Path) -> Catalog:
    with path.open("rb") as f:
        return read_po(f, locale=path.parent.parent.name)


def write(path: Path, catalog: Catalog) -> None:
    with path.open("wb") as f:
        write_po(f, catalog, width=100, sort_output=True, include_lineno=False,
                 omit_header=True)


def english_files() -> dict[str, Catalog]:
    return {p.stem: read(p) for p in sorted(ENGLISH.glob("*.po"))}


def update() -> list[Path]:
    """Add new text to its area's .po with no English yet; drop text no longer in app/."""
    found = extract()
    files = english_files()
    changed: set[str] = set()
    held = {m.id: area for area, cat in files.items() for m in cat if m.id}
    for area, catalog in files.items():
        for message in list(catalog):
            if message.id and message.id not in found:
                catalog.delete(message.id)
                changed.add(area)
    for key, paths in found.items():
        area = held.get(key) or area_of(paths[0])
        catalog = files.setdefault(area, Catalog(locale="en", domain=DOMAIN))
        locations = [(p, None) for p in sorted(set(paths))]
        if key not in catalog:
            catalog.add(key, ("", "") if isinstance(key, tuple) else "", locations=locations)
            changed.add(area)
        elif sorted(catalog[key].locations) != locations:
            catalog[key].locations = locations
            changed.add(area)
    for area in changed:
        write(ENGLISH / f"{area}.po", files[area])
    return [ENGLISH / f"{area}.po" for area in sorted(changed)]


def merged(po_files: Iterable[Path], locale: str) -> Catalog:
    """One catalog from several .po files; the same text translated two ways is an error."""
    catalog = Catalog(locale=locale, domain=DOMAIN)
    catalog.mime_headers = [("Plural-Forms", PLURAL_FORMS)]
    for path in po_files:
        for message in read(path):
            if not message.id:
                continue
            if message.id in catalog and catalog[message.id].string != message.string:
                raise SystemExit(f"{path.name}: «{message.id}» is translated differently "
                                 "in another file")
            catalog.add(message.id, message.string)
    return catalog


def compile_all() -> list[Path]:
    """<lang>/LC_MESSAGES/*.po -> <lang>/LC_MESSAGES/asamblea.mo, written atomically."""
    built = []
    for folder in sorted(LOCALE.glob("*/LC_MESSAGES")):
        sources = sorted(folder.glob("*.po"))
        if not sources:
            continue
        catalog = merged(sources, folder.parent.name)
        target = folder / f"{DOMAIN}.mo"
        # Two test workers may compile at once: write aside, then rename over.
        with tempfile.NamedTemporaryFile(dir=folder, suffix=".tmp", delete=False) as f:
            write_mo(f, catalog, use_fuzzy=False)
        # Readable by everyone: an installed program (/opt/asamblea) runs as another user.
        os.chmod(f.name, 0o644)
        os.replace(f.name, target)
        built.append(target)
    return built


def missing_english() -> list[str]:
    """Marked text in app/ with no English in any en .po file."""
    english = merged(sorted(ENGLISH.glob("*.po")), "en")
    missing = []
    for key in extract():
        message = english.get(key)
        strings = message.string if message is not None else ""
        values = strings if isinstance(strings, tuple) else (strings,)
        if not all(values):
            missing.append(key if isinstance(key, str) else key[0])
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("update", "compile", "check"))
    action = parser.parse_args(argv).action
    if action == "update":
        for path in update():
            print(f"updated {path.relative_to(ROOT)}")
        action = "check"
    if action == "compile":
        compile_all()
        return 0
    missing = missing_english()
    for text in missing:
        print(f"no English: {text!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
