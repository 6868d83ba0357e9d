"""Refresh the .ts files from the code, fill what can be filled, and compile the .qm files.

    python tools/update_translations.py          # lupdate + fill + lrelease
    python tools/update_translations.py --check  # fail if a pt-BR string is unfinished

The pt-BR labels of enums come from kamdesk/model/enums.py (their one home); English is the
source language, so its file only spells out plural forms. Everything else is translated by
hand in resources/translations/kamdesk_pt_BR.ts (Qt Linguist or any editor).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kamdesk.model.enums import ALL_ENUMS  # noqa: E402

FOLDER = ROOT / "resources" / "translations"
LANGUAGES = {"pt_BR": "pt_BR", "en": "en_US"}


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def lupdate() -> None:
    targets = [str(FOLDER / f"kamdesk_{lang}.ts") for lang in LANGUAGES]
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "none",
            str(ROOT / "kamdesk"),
            "-ts",
            *targets,
        ],
        check=True,
    )


def enum_translations() -> dict[tuple[str, str], str]:
    return {(e.__name__, m.english): m.portuguese for e in ALL_ENUMS for m in e}


IRREGULAR_PLURALS = {
    "criterion(s)": ("criterion", "criteria"),
    "person(s)": ("person", "people"),
    "opportunity(s)": ("opportunity", "opportunities"),
}


def english_plurals(source: str) -> list[str]:
    """Singular and plural of a source with "(s)" markers: "%n account(s)" → account/accounts."""
    singular, plural = source, source
    for marked, (one, many) in IRREGULAR_PLURALS.items():
        singular, plural = singular.replace(marked, one), plural.replace(marked, many)
    return [singular.replace("(s)", ""), plural.replace("(s)", "s")]


def fill(language: str) -> int:
    """Fills enum labels (pt-BR) or plural forms (en); returns how many remain unfinished."""
    path = FOLDER / f"kamdesk_{language}.ts"
    tree = ET.parse(path)
    tree.getroot().set("language", LANGUAGES[language])
    enums = enum_translations()
    unfinished = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if language == "en":
                _fill_english(message, translation, source)
            elif (name, source) in enums:
                translation.text = enums[(name, source)]
                translation.attrib.pop("type", None)
            if translation.get("type") == "unfinished":
                unfinished += 1
    ET.indent(tree, space="    ")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return unfinished


def _fill_english(message, translation, source: str) -> None:
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        for form in english_plurals(source):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = source


def lrelease() -> None:
    for language in LANGUAGES:
        ts = FOLDER / f"kamdesk_{language}.ts"
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report unfinished strings")
    args = parser.parse_args()
    if not args.check:
        lupdate()
    missing = {lang: fill(lang) for lang in LANGUAGES} if not args.check else {}
    if args.check:
        text = (FOLDER / "kamdesk_pt_BR.ts").read_text(encoding="utf-8")
        missing = {"pt_BR": text.count('type="unfinished"')}
    else:
        lrelease()
    for language, count in missing.items():
        print(f"{language}: {count} unfinished")
    return 1 if any(missing.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
