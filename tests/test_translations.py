"""The shipped translations: complete, faithful to their placeholders, compiled and in use.

The .qm files are checked by what they say, not by their modification times (a fresh clone
gives every file the checkout time): each finished message of a .ts must come out of its
compiled .qm unchanged, so a .qm that was not rebuilt after a .ts edit fails here.
"""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from kamdesk.model.enums import ALL_ENUMS
from kamdesk.ui.i18n import enum_label, install_language

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"
PT_BR_TS = FOLDER / "kamdesk_pt_BR.ts"
LANGUAGES = ("pt_BR", "en")
PLACEHOLDER = re.compile(r"%[1-9n]|\{[A-Za-z_]\w*\}")
PT_BR_TABS = ["Carteira", "Contas", "Mapa de stakeholders", "Pipeline", "OKRs"]
PT_BR_MENUS = ["Arquivo", "Editar", "Contas", "Exibir", "Ajuda"]


def messages(language: str) -> list[dict]:
    """Every message of ``kamdesk_<language>.ts``: context, source, comment, numerus, forms."""
    root = ET.parse(FOLDER / f"kamdesk_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            forms = (
                [form.text or "" for form in translation.iter("numerusform")]
                if numerus
                else [translation.text or ""]
            )
            found.append(
                {
                    "context": context.findtext("name"),
                    "source": message.findtext("source"),
                    "comment": message.findtext("comment"),
                    "numerus": numerus,
                    "unfinished": translation.get("type") == "unfinished",
                    "forms": forms,
                }
            )
    return found


def label(message: dict) -> str:
    return f"{message['context']}: {message['source']!r}"


def placeholders(text: str) -> Counter:
    return Counter(PLACEHOLDER.findall(text))


def accelerator(text: str) -> str | None:
    """The letter after the single ``&`` of a menu or tab text (``&&`` is a literal &)."""
    match = re.search(r"(?<!&)&([^&\s])", text)
    return match.group(1).casefold() if match else None


def accelerator_count(text: str) -> int:
    return len(re.findall(r"(?<!&)&(?!&)", text.replace("&&", "")))


def compiled(language: str) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(FOLDER / f"kamdesk_{language}.qm")), f"{language}.qm not loaded"
    return translator


@pytest.fixture
def pt_br(qapp):
    """The application speaks pt-BR during the test; English (and the old locale) after."""
    locale = QLocale()
    install_language("pt_BR")
    yield
    install_language("en")
    QLocale.setDefault(locale)


# -- the .ts sources --------------------------------------------------------------------


def test_pt_br_has_nothing_unfinished():
    text = PT_BR_TS.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert ET.parse(PT_BR_TS).getroot().get("language") == "pt_BR"
    empty = [label(m) for m in messages("pt_BR") if not all(f.strip() for f in m["forms"])]
    assert empty == []


def test_pt_br_plurals_have_the_two_forms_qt_expects():
    """Qt's rule for pt_BR: one form for n ≤ 1 ("1 conta", "0 conta"), one for the rest."""
    wrong = [label(m) for m in messages("pt_BR") if m["numerus"] and len(m["forms"]) != 2]
    assert wrong == []
    assert any(m["numerus"] for m in messages("pt_BR"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder(language):
    wrong = [
        (label(m), form)
        for m in messages(language)
        for form in m["forms"]
        if placeholders(form) != placeholders(m["source"])
    ]
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_python_format_fields_still_format(language):
    """Problem templates go through str.format: stray or unbalanced braces would raise."""
    for m in messages(language):
        fields = {name for _, name, _, _ in string.Formatter().parse(m["source"]) if name}
        if not fields:
            continue
        for form in m["forms"]:
            filled = form.format(**{name: "X" for name in fields})
            assert "{" not in filled and "}" not in filled, label(m)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_one_accelerator_where_the_source_has_one(language):
    wrong = [
        (label(m), form)
        for m in messages(language)
        for form in m["forms"]
        if accelerator_count(form) != accelerator_count(m["source"])
    ]
    assert wrong == []


# -- the compiled .qm files -------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_translations_match_their_sources(qapp, language):
    translator = compiled(language)
    stale = []
    for m in messages(language):
        if m["unfinished"]:
            continue
        if m["numerus"]:
            # pt_BR and en both: the first form for n = 1, the second for n = 2.
            got = [translator.translate(m["context"], m["source"], m["comment"], n) for n in (1, 2)]
        else:
            got = [translator.translate(m["context"], m["source"], m["comment"])]
        got = [text or m["source"] for text in got]
        if got != m["forms"]:
            stale.append((label(m), got, m["forms"]))
    assert stale == [], "a .qm is out of date: run tools/update_translations.py"


def test_known_pt_br_translations_come_out_of_the_qm(qapp):
    translator = compiled("pt_BR")
    assert translator.language() == "pt_BR"
    assert translator.translate("MainWindow", "&File") == "&Arquivo"
    assert translator.translate("MainWindow", "&Undo") == "&Desfazer"
    assert translator.translate("AccountsModel", "ICP score") == "Pontuação ICP"
    assert translator.translate("AccountsModel", "Tier") == "Segmento"
    assert translator.translate("AccountsTab", "%1 of %n account(s)", None, 1) == "%1 de %n conta"
    assert translator.translate("AccountsTab", "%1 of %n account(s)", None, 0) == "%1 de %n conta"
    assert translator.translate("AccountsTab", "%1 of %n account(s)", None, 7) == "%1 de %n contas"
    assert translator.translate("Problem", "There is already an account named “{name}”.") == (
        "Já existe uma conta chamada “{name}”."
    )


# -- enums ------------------------------------------------------------------------------


def test_every_enum_label_matches_the_compiled_pt_br_translation(qapp):
    translator = compiled("pt_BR")
    wrong = [
        (enum.__name__, member.english, translator.translate(enum.__name__, member.english))
        for enum in ALL_ENUMS
        for member in enum
        if translator.translate(enum.__name__, member.english) != member.portuguese
    ]
    assert wrong == []


def test_enum_label_speaks_pt_br_once_installed(pt_br):
    wrong = [
        (member, enum_label(member))
        for enum in ALL_ENUMS
        for member in enum
        if enum_label(member) != member.portuguese
    ]
    assert wrong == []


def test_enum_label_speaks_english_again_after_switching_back(qapp):
    locale = QLocale()
    install_language("pt_BR")
    install_language("en")
    try:
        assert all(enum_label(m) == m.english for enum in ALL_ENUMS for m in enum)
    finally:
        QLocale.setDefault(locale)


# -- the main window in pt-BR -----------------------------------------------------------


@pytest.fixture
def window_pt_br(pt_br, qtbot, workspace):
    from kamdesk.ui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    return window


def assert_unique_accelerators(texts: list[str]) -> None:
    letters = [accelerator(text) for text in texts]
    assert None not in letters, texts
    assert len(set(letters)) == len(letters), texts


def test_menu_bar_titles_are_portuguese_with_unique_accelerators(window_pt_br):
    titles = [a.text() for a in window_pt_br.menuBar().actions()]
    assert [t.replace("&", "") for t in titles] == PT_BR_MENUS
    assert_unique_accelerators(titles)


def test_tab_titles_are_portuguese_with_unique_accelerators(window_pt_br):
    tabs = window_pt_br.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert [t.replace("&", "") for t in titles] == PT_BR_TABS
    assert_unique_accelerators(titles)


def test_tabs_and_menu_bar_share_no_accelerator(window_pt_br):
    """Alt+letter reaches both the menu bar and the tabs of the same window."""
    tabs = window_pt_br.tabs
    texts = [a.text() for a in window_pt_br.menuBar().actions()]
    texts += [tabs.tabText(i) for i in range(tabs.count())]
    assert_unique_accelerators(texts)


def test_items_of_every_menu_have_unique_accelerators(window_pt_br):
    for menu_action in window_pt_br.menuBar().actions():
        items = [a.text() for a in menu_action.menu().actions() if not a.isSeparator()]
        assert items, menu_action.text()
        assert_unique_accelerators(items)


def test_qt_own_strings_are_translated(pt_br, qtbot):
    """Proves Qt's own catalogue (qtbase_pt_BR.qm) is loaded beside KAMdesk's."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Cancelar"
