"""The Stakeholder map exported as PNG, SVG and PDF; finding people and highlighting them."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox
from stakeholder_support import open_tab, person

from kamdesk.model.enums import BuyingRole, LinkKind, Stance
from kamdesk.services.stakeholders import (
    LinkData,
    OrgUnitData,
)
from kamdesk.ui.stakeholder_map import export
from kamdesk.ui.stakeholder_map.scene import DIMMED_OPACITY

pytestmark = pytest.mark.usefixtures("english")


def message_boxes(tab) -> list[QMessageBox]:
    return [box for box in tab.findChildren(QMessageBox) if box.isVisible()]


# -- export ------------------------------------------------------------------------------------


@pytest.fixture
def people(service, account):
    ana = person(service, account, "Ana Souza", (0.0, 0.0), stance=Stance.SPONSOR)
    otavio = person(
        service,
        account,
        "Otávio Lima",
        (400.0, 0.0),
        stance=Stance.OPPONENT,
        buying_role=BuyingRole.USER,
    )
    bruno = person(service, account, "Bruno", (0.0, 300.0), stance=Stance.SPONSOR)
    service.create_link(account, LinkData(otavio, ana, LinkKind.REPORTS_TO))
    service.create_link(account, LinkData(bruno, ana, LinkKind.ALLIANCE))
    return ana, otavio, bruno


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".kamdesk-"))


def test_export_png_is_a_picture_of_the_whole_map(qtbot, workspace, people, tmp_path):
    tab = open_tab(qtbot, workspace)
    tab.scene.cards[people[0]].setSelected(True)
    path = tab.export_map(tmp_path / "map.png")
    assert path == tmp_path / "map.png"
    image = QImage(str(path))
    assert not image.isNull()
    rect = export.map_rect(tab.scene)
    assert image.width() == pytest.approx(rect.width() * 2, abs=1)
    assert image.height() == pytest.approx(rect.height() * 2, abs=1)
    assert image.pixelColor(1, 1).name() == "#ffffff"  # white margin
    assert tab.scene.selected_people() == [people[0]]  # the selection comes back
    assert leftovers(tmp_path) == []


def test_export_svg_is_an_svg_document(qtbot, workspace, people, tmp_path):
    if "svg" not in export.FORMATS:
        pytest.skip("QtSvg is not installed")
    tab = open_tab(qtbot, workspace)
    path = tab.export_map(tmp_path / "map.svg")
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    assert "Agro Cerrado" in path.read_text(encoding="utf-8")  # the title
    assert leftovers(tmp_path) == []


def test_export_pdf_has_the_account_name_as_title(qtbot, workspace, people, tmp_path):
    tab = open_tab(qtbot, workspace)
    path = tab.export_map(tmp_path / "map.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    assert leftovers(tmp_path) == []
    text = pdf_text(path)
    assert "Agro Cerrado" in text
    assert "Ana Souza" in text  # the cards' texts measured and drawn at the same size


def pdf_text(path) -> str:
    """The PDF's text by pdftotext, else by QtPdf when installed, else the test is skipped."""
    if shutil.which("pdftotext") is not None:
        command = ["pdftotext", str(path), "-"]
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        pytest.skip("neither pdftotext nor QtPdf can read the PDF's text here")
    document = QPdfDocument()
    document.load(str(path))
    return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))


def test_export_to_a_missing_folder_says_so_and_writes_nothing(qtbot, workspace, people, tmp_path):
    tab = open_tab(qtbot, workspace)
    target = tmp_path / "missing" / "map.png"
    assert tab.export_map(target) is None
    (box,) = message_boxes(tab)
    assert "could not be exported" in box.text()
    assert "folder does not exist" in box.informativeText()
    assert not target.parent.exists()
    assert leftovers(tmp_path) == []


def test_suggested_export_name_is_the_account_next_to_the_portfolio(
    qtbot, workspace, people, monkeypatch, tmp_path
):
    tab = open_tab(qtbot, workspace)
    asked = {}

    def fake_dialog(parent, caption, suggestion, filters, selected):
        asked.update(suggestion=suggestion, filters=filters)
        return str(tmp_path / "chosen"), selected.replace(
            "PNG image (*.png)", "PDF document (*.pdf)"
        )

    monkeypatch.setattr("kamdesk.ui.stakeholder_map.tab.QFileDialog.getSaveFileName", fake_dialog)
    tab.export_action.trigger()
    portfolio = workspace.portfolio.path
    assert asked["suggestion"] == str(portfolio.with_name("Agro Cerrado - map.png"))
    assert "*.pdf" in asked["filters"]
    assert (tmp_path / "chosen.pdf").read_bytes().startswith(b"%PDF")  # the filter's extension


def test_find_selects_and_shows_the_matching_card(qtbot, workspace, people):
    ana, otavio, _ = people
    tab = open_tab(qtbot, workspace)
    tab.view.centerOn(-5000, -5000)
    qtbot.keyClicks(tab.map_search, "OTAVIO")  # case and accents do not matter
    assert tab.scene.selected_people() == [otavio]
    visible = tab.view.mapToScene(tab.view.viewport().rect()).boundingRect()
    assert visible.contains(tab.scene.cards[otavio].scene_rect().center())
    tab.map_search.setText("a")  # Ana Souza and Otávio Lima
    assert tab.scene.selected_people() == sorted([ana, otavio])
    tab.map_search.clear()
    assert tab.scene.selected_people() == []


def test_highlight_dims_the_cards_that_do_not_match(qtbot, workspace, service, account, people):
    ana, otavio, bruno = people
    tab = open_tab(qtbot, workspace)
    cards = tab.scene.cards

    def opacities():
        return {pid: cards[pid].opacity() for pid in people}

    assert set(opacities().values()) == {1.0}
    tab.highlight_kind.setCurrentIndex(tab.highlight_kind.findData("stance"))
    assert tab.highlight_value.isEnabled()
    tab.highlight_value.setCurrentIndex(tab.highlight_value.findData(Stance.SPONSOR))
    assert opacities() == {ana: 1.0, otavio: DIMMED_OPACITY, bruno: 1.0}
    links = {item.source.person_id: item.opacity() for item in tab.scene.link_items.values()}
    assert links == {otavio: DIMMED_OPACITY, bruno: 1.0}

    tab.highlight_kind.setCurrentIndex(tab.highlight_kind.findData("buying_role"))
    tab.highlight_value.setCurrentIndex(tab.highlight_value.findData(BuyingRole.USER))
    assert opacities() == {ana: DIMMED_OPACITY, otavio: 1.0, bruno: DIMMED_OPACITY}

    unit = service.create_unit(account, OrgUnitData(name="Finanças"))
    tab.highlight_kind.setCurrentIndex(tab.highlight_kind.findData("org_unit"))
    tab.document.refresh()  # as after an edit elsewhere: the new unit is listed
    tab.highlight_value.setCurrentIndex(tab.highlight_value.findData(unit))
    assert set(opacities().values()) == {DIMMED_OPACITY}
    tab.highlight_value.setCurrentIndex(tab.highlight_value.count() - 1)  # "No org unit"
    tab.document.refresh()
    assert tab.highlight_value.currentText() == "No org unit"
    assert set(opacities().values()) == {1.0}

    tab.highlight_kind.setCurrentIndex(tab.highlight_kind.findData(""))
    assert set(opacities().values()) == {1.0}
    assert not tab.highlight_value.isEnabled()
