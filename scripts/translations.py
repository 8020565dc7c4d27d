"""Refresh the Qt Linguist source (asamblea_en.ts) from ui/ and fill in the English.

The interface is written in Spanish. English translations are kept per area in
resources/translations/en/*.tsv, one line per string: context<TAB>Spanish<TAB>English
(for %n plurals: English singular and plural separated by " || "). Run with --check to fail
when a string has no English yet.

    .venv/bin/python scripts/translations.py [--check]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "asamblea_en.ts"
TSV_DIR = ROOT / "resources" / "translations" / "en"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def run_lupdate(target: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), *sources(), "-no-obsolete", "-locations", "none", "-ts", str(target)],
        cwd=ROOT, check=True, capture_output=True,
    )


def load_tsv() -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for path in sorted(TSV_DIR.glob("*.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                raise SystemExit(f"{path.name}:{number}: expected context<TAB>source<TAB>english")
            table[(parts[0], _unescape(parts[1]))] = _unescape(parts[2])
    return table


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n")


def fill(ts_path: Path, table: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    tree = ET.parse(ts_path)
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            english = table.get((name, source))
            if english is None:
                missing.append((name, source))
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                forms = english.split(" || ")
                for form in (forms if len(forms) == 2 else [english, english]):
                    ET.SubElement(translation, "numerusform").text = form
                translation.text = None
            else:
                translation.text = english
    ET.indent(tree, space="    ")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if English is missing")
    args = parser.parse_args()
    run_lupdate(TS)
    missing = fill(TS, load_tsv())
    for context, source in missing:
        print(f"sin traducción: {context}\t{source}")
    if missing:
        print(f"{len(missing)} textos sin traducción al inglés", file=sys.stderr)
        return 1 if args.check else 0
    print(f"{TS.relative_to(ROOT)} al día")
    return 0


if __name__ == "__main__":
    sys.exit(main())
