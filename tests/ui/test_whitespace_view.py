"""The whitespace matrix: cell states and colours, what a click on each kind of cell asks for,
and that the opportunity created from a whitespace cell turns it into an open one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QBrush, QMouseEvent
from PySide6.QtWidgets import QApplication

from kamdesk.analytics.whitespace import CellState
from kamdesk.model.enums import OpportunityType
from kamdesk.services.accounts import AccountData
from kamdesk.services.pipeline import (
    OpportunityData,
    OpportunityService,
    ProductData,
    ProductService,
    StageService,
)
from kamdesk.services.stakeholders import StakeholderService
from kamdesk.services.stakeholders.data import OrgUnitData
from kamdesk.ui.pipeline.commands import CreateOpportunityCommand
from kamdesk.ui.pipeline.whitespace_view import (
    CELL_ROLE,
    DETAIL_ROLE,
    TILES,
    WhitespaceMatrixView,
)

pytestmark = pytest.mark.usefixtures("english")

DAY = dt.date(2026, 11, 2)


@pytest.fixture
def opportunities(workspace):
    return OpportunityService(workspace.portfolio)


@pytest.fixture
def book(workspace, opportunities):
    """Agro Cerrado (Finanças, Operações) and Banco Paulista; products Cloud, Suporte,
    Treinamento. Finanças bought Cloud; Operações has two open Suporte deals; Finanças lost
    a Treinamento deal (lost deals count nowhere)."""
    portfolio = workspace.portfolio
    agro = workspace.accounts.create(AccountData(name="Agro Cerrado"))
    bank = workspace.accounts.create(AccountData(name="Banco Paulista"))
    units = StakeholderService(portfolio)
    fin = units.create_unit(agro, OrgUnitData(name="Finanças"))
    ops = units.create_unit(agro, OrgUnitData(name="Operações"))
    products = ProductService(portfolio)
    cloud = products.create(ProductData(name="Cloud"))
    support = products.create(ProductData(name="Suporte"))
    training = products.create(ProductData(name="Treinamento"))
    stages = {s.key: s.id for s in StageService(portfolio).list_rows()}

    def deal(title, unit, product, value, **more):
        data = OpportunityData(
            account_id=agro,
            title=title,
            org_unit_id=unit,
            product_id=product,
            one_time_value=Decimal(value),
            **more,
        )
        return opportunities.create(data, today=DAY)

    deal("Cloud ERP", fin, cloud, 20_000, stage_id=stages["won"], win_loss_reason="Price")
    deal("Suporte N1", ops, support, 5_000)
    deal("Suporte N2", ops, support, 3_000)
    deal("Treinamento", fin, training, 9_000, stage_id=stages["lost"], win_loss_reason="Budget")
    return {
        "agro": agro,
        "bank": bank,
        "fin": fin,
        "ops": ops,
        "cloud": cloud,
        "support": support,
        "training": training,
    }


def open_view(qtbot, workspace, account_id) -> WhitespaceMatrixView:
    view = WhitespaceMatrixView(workspace)
    qtbot.addWidget(view)
    view.set_scope(account_id)
    view.resize(1000, 500)
    with qtbot.waitSignal(view.loaded):
        view.show()
    qtbot.waitExposed(view)
    return view


def index_of(view, row_name: str, product_name: str):
    model = view.model
    rows = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return model.index(rows.index(row_name), columns.index(product_name))


def click(qtbot, view, index) -> None:
    table = view.table
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )


def test_each_cell_shows_bought_open_or_whitespace_in_its_colour(qtbot, workspace, book):
    view = open_view(qtbot, workspace, book["agro"])
    model = view.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Cloud",
        "Suporte",
        "Treinamento",
    ]
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(2)] == [
        "Finanças",
        "Operações",
    ]
    shown = {}
    for row in ("Finanças", "Operações"):
        for product in ("Cloud", "Suporte", "Treinamento"):
            index = index_of(view, row, product)
            cell = index.data(CELL_ROLE)
            assert index.data(Qt.ItemDataRole.BackgroundRole) == QBrush(TILES[cell.state].fill)
            shown[(row, product)] = (cell.state, index.data(), index.data(DETAIL_ROLE))
    assert shown == {
        ("Finanças", "Cloud"): (CellState.BOUGHT, "R$20,000", "1 won"),
        ("Finanças", "Suporte"): (CellState.WHITESPACE, "+", "Cross-sell"),
        ("Finanças", "Treinamento"): (CellState.WHITESPACE, "+", "Cross-sell"),  # lost
        ("Operações", "Cloud"): (CellState.WHITESPACE, "+", "Up-sell"),  # Finanças buys it
        ("Operações", "Suporte"): (CellState.OPEN, "R$8,000", "2 open"),
        ("Operações", "Treinamento"): (CellState.WHITESPACE, "+", "Cross-sell"),
    }
    assert view.summary.text() == "Whitespace: 4 · open: 1 · bought: 1"
    assert view.title.text() == "Whitespace — Agro Cerrado: org units × product lines"


def test_tooltips_explain_each_state(qtbot, workspace, book):
    view = open_view(qtbot, workspace, book["agro"])
    tip = Qt.ItemDataRole.ToolTipRole
    assert index_of(view, "Operações", "Cloud").data(tip) == (
        "Cloud in Operações\n"
        "Whitespace: nothing bought here and nothing in play.\n"
        "Click to create an up-sell opportunity: the account already buys this product line "
        "elsewhere."
    )
    open_tip = index_of(view, "Operações", "Suporte").data(tip)
    assert open_tip.startswith("Suporte in Operações\nIn play: 2 open opportunit")
    assert open_tip.endswith("R$8,000\nClick to see these opportunities.")
    assert "Bought: 1 won opportunit" in index_of(view, "Finanças", "Cloud").data(tip)


def test_clicking_whitespace_asks_for_a_prefilled_opportunity(qtbot, workspace, book):
    view = open_view(qtbot, workspace, book["agro"])
    with qtbot.waitSignal(view.create_requested) as requested:
        click(qtbot, view, index_of(view, "Operações", "Cloud"))
    assert requested.args == [
        OpportunityData(
            account_id=book["agro"],
            title="Cloud for Operações",
            type=OpportunityType.UP_SELL,
            product_id=book["cloud"],
            org_unit_id=book["ops"],
        )
    ]
    # Enter on a whitespace cell asks too.
    view.table.setCurrentIndex(index_of(view, "Finanças", "Suporte"))
    with qtbot.waitSignal(view.create_requested) as requested:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    [data] = requested.args
    assert (data.type, data.org_unit_id, data.product_id, data.title) == (
        OpportunityType.CROSS_SELL,
        book["fin"],
        book["support"],
        "Suporte for Finanças",
    )


def test_clicking_an_open_cell_asks_to_show_its_opportunities(qtbot, workspace, book):
    view = open_view(qtbot, workspace, book["agro"])
    seen = []
    view.create_requested.connect(seen.append)
    with qtbot.waitSignal(view.show_opportunities) as shown:
        click(qtbot, view, index_of(view, "Operações", "Suporte"))
    assert shown.args == [book["agro"], book["ops"], book["support"]]
    with qtbot.assertNotEmitted(view.show_opportunities):
        click(qtbot, view, index_of(view, "Finanças", "Cloud"))  # bought: nothing to do
    assert seen == []


def test_the_created_opportunity_turns_whitespace_into_open(qtbot, workspace, book, opportunities):
    view = open_view(qtbot, workspace, book["agro"])
    with qtbot.waitSignal(view.create_requested) as requested:
        click(qtbot, view, index_of(view, "Operações", "Cloud"))
    data = requested.args[0]
    assert opportunities.validate(data) == []
    with qtbot.waitSignal(view.loaded):
        workspace.undo_stack.push(CreateOpportunityCommand(workspace, opportunities, data))
    cell = index_of(view, "Operações", "Cloud").data(CELL_ROLE)
    assert (cell.state, cell.open_count) == (CellState.OPEN, 1)
    with qtbot.waitSignal(view.loaded):
        workspace.undo_stack.undo()
    assert index_of(view, "Operações", "Cloud").data(CELL_ROLE).state is CellState.WHITESPACE


def test_the_portfolio_matrix_has_one_row_per_account(qtbot, workspace, book):
    view = open_view(qtbot, workspace, None)
    states = {
        (row, product): index_of(view, row, product).data(CELL_ROLE).state
        for row in ("Agro Cerrado", "Banco Paulista")
        for product in ("Cloud", "Suporte")
    }
    assert states == {
        ("Agro Cerrado", "Cloud"): CellState.BOUGHT,
        ("Agro Cerrado", "Suporte"): CellState.OPEN,
        ("Banco Paulista", "Cloud"): CellState.WHITESPACE,
        ("Banco Paulista", "Suporte"): CellState.WHITESPACE,
    }
    with qtbot.waitSignal(view.create_requested) as requested:
        click(qtbot, view, index_of(view, "Banco Paulista", "Cloud"))
    assert requested.args == [
        OpportunityData(
            account_id=book["bank"],
            title="Cloud for Banco Paulista",
            type=OpportunityType.CROSS_SELL,
            product_id=book["cloud"],
            org_unit_id=None,
        )
    ]
    with qtbot.waitSignal(view.show_opportunities) as shown:
        click(qtbot, view, index_of(view, "Agro Cerrado", "Suporte"))
    assert shown.args == [book["agro"], None, book["support"]]


def test_empty_matrices_say_what_is_missing(qtbot, workspace):
    agro = workspace.accounts.create(AccountData(name="Agro Cerrado"))
    view = open_view(qtbot, workspace, agro)
    assert view.pages.currentWidget() is view.empty
    assert view.empty.text().startswith("No product lines yet.")
    ProductService(workspace.portfolio).create(ProductData(name="Cloud"))
    with qtbot.waitSignal(view.loaded):
        view.reload()
    assert view.empty.text().startswith("This account has no org units yet.")


def test_the_model_passes_the_model_tester(qtmodeltester, qtbot, workspace, book):
    view = open_view(qtbot, workspace, book["agro"])
    assert (view.model.rowCount(), view.model.columnCount()) == (2, 3)
    qtmodeltester.check(view.model)


def test_a_double_click_asks_only_once(qtbot, workspace, book):
    view = open_view(qtbot, workspace, book["agro"])
    seen = []
    view.create_requested.connect(seen.append)
    viewport = view.table.viewport()
    spot = QPointF(view.table.visualRect(index_of(view, "Operações", "Cloud")).center())
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # As a real double-click arrives: press, release, double-click, release.
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, left),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
        (QEvent.Type.MouseButtonDblClick, left),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
    ):
        global_spot = QPointF(viewport.mapToGlobal(spot.toPoint()))
        event = QMouseEvent(kind, spot, global_spot, left, buttons, none)
        QApplication.sendEvent(viewport, event)
    assert len(seen) == 1
