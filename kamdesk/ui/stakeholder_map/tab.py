"""The Stakeholder map tab: toolbar, the canvas (or the same people as a list) and a side
panel with coverage, resistance, the map reviews, gap alerts and the legend. It turns the
canvas's requests into commands on the workspace's undo stack, after asking the service
whether they would be refused."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kamdesk.model.enums import BuyingRole, LinkKind, Stance
from kamdesk.services.problems import ValidationError
from kamdesk.services.stakeholders import LinkData, StakeholderService
from kamdesk.ui.actions import tab_action
from kamdesk.ui.dialogs import show_message
from kamdesk.ui.fields import vertical_scroll
from kamdesk.ui.i18n import enum_label, format_date, format_percent, problem_text, translate
from kamdesk.ui.models.roles import ID_ROLE
from kamdesk.ui.stakeholder_map.alerts_model import ALERT_ROLE, AlertsModel
from kamdesk.ui.stakeholder_map.commands import (
    AddLinkCommand,
    AddPersonCommand,
    AutoLayoutCommand,
    DeleteLinksCommand,
    DeletePeopleCommand,
    MovePeopleCommand,
    RecordMapReviewCommand,
)
from kamdesk.ui.stakeholder_map.document import MapDocument
from kamdesk.ui.stakeholder_map.export import (
    FORMATS,
    ExportError,
    export_format,
    export_scene,
)
from kamdesk.ui.stakeholder_map.grid_view import StanceGridView
from kamdesk.ui.stakeholder_map.items import card_size
from kamdesk.ui.stakeholder_map.legend import MapLegend
from kamdesk.ui.stakeholder_map.people_model import PeopleColumn, PeopleProxy, PeopleTableModel
from kamdesk.ui.stakeholder_map.person_dialog import PersonDialog
from kamdesk.ui.stakeholder_map.properties_panel import PropertiesPanel
from kamdesk.ui.stakeholder_map.scene import MapScene
from kamdesk.ui.stakeholder_map.trend_chart import MapTrendChart
from kamdesk.ui.stakeholder_map.units_panel import OrgUnitsPanel
from kamdesk.ui.stakeholder_map.view import MapView
from kamdesk.ui.workspace import Workspace

TREND_LINES = 3  # the map reviews the panel lists, newest first (the chart shows all)
CENTRE_MARGIN = 40  # around the cards a search shows


class StakeholderMapTab(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stakeholderMapTab")
        self.workspace = workspace
        self.service = StakeholderService(workspace.portfolio)
        self.document = MapDocument(self.service, parent=self)
        self.scene = MapScene(self.document, self)
        self.view = MapView(self.scene)
        self.view.empty_hint = self.tr("Double-click on the map to add the first person.")
        self.grid = StanceGridView(workspace, self.document)
        self.alerts = AlertsModel(self)
        self.people_model = PeopleTableModel(self.document, self)
        self.people_proxy = PeopleProxy(self)
        self.people_proxy.setSourceModel(self.people_model)
        self.person_dialog: PersonDialog | None = None
        self._stale = False  # the portfolio changed while the tab was hidden
        self._build_toolbar()
        self._build_list()
        self._build_panel()
        self._layout()
        self._connect()
        self.show_account(workspace.current_account)

    # -- building ----------------------------------------------------------------------------

    def _action(self, text: str, slot, tip: str = "", shortcut=None) -> QAction:
        return tab_action(self, text, slot, tip, shortcut)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("stakeholderMapToolbar")
        self.map_mode_action = self._action(
            self.tr("Map"), self.show_map, self.tr("Show the people as cards on the map")
        )
        self.grid_mode_action = self._action(
            self.tr("Power grid"),
            self.show_grid,
            self.tr("Show the people by influence and stance; drag a card to another cell"),
        )
        self.list_mode_action = self._action(
            self.tr("List"), self.show_list, self.tr("Show the people as rows in a table")
        )
        self.mode_group = QActionGroup(self)
        for action in (self.map_mode_action, self.grid_mode_action, self.list_mode_action):
            action.setCheckable(True)
            self.mode_group.addAction(action)
        self.map_mode_action.setChecked(True)
        self.add_action = self._action(
            self.tr("Add person"), self.add_person, self.tr("Add a person to the map")
        )
        self.link_action = self._action(
            self.tr("Draw links"),
            self._set_link_mode,
            self.tr("Drag from one card to another to link them (or hold Shift while dragging)"),
        )
        self.link_action.setCheckable(True)
        self.link_kind = QComboBox()
        self.link_kind.setObjectName("linkKind")
        self.link_kind.setToolTip(self.tr("The kind of link a drag draws"))
        for kind in LinkKind:
            self.link_kind.addItem(enum_label(kind), kind)
        self.layout_action = self._action(
            self.tr("Arrange as org chart"),
            self.auto_layout,
            self.tr("Place every card by reporting lines and org units (undoable)"),
        )
        self.fit_action = self._action(
            self.tr("Fit"), lambda: self.canvas().fit_all(), self.tr("Show the whole map")
        )
        self.zoom_in_action = self._action(
            self.tr("Zoom in"), lambda: self.canvas().zoom_in(), "", "Ctrl++"
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom out"), lambda: self.canvas().zoom_out(), "", "Ctrl+-"
        )
        self.review_action = self._action(
            self.tr("Record map review"),
            self.record_review,
            self.tr("Save today's coverage and resistance to follow their trend (undoable)"),
        )
        self.export_action = self._action(
            self.tr("Export map…"),
            self.choose_export,
            self.tr("Save the whole map as a PNG or SVG picture or as a PDF page"),
        )
        self.map_search = QLineEdit()
        self.map_search.setObjectName("mapSearch")
        self.map_search.setPlaceholderText(self.tr("Find a person…"))
        self.map_search.setToolTip(self.tr("Select and show the people whose name contains this"))
        self.map_search.setClearButtonEnabled(True)
        self.map_search.setMaximumWidth(220)
        self.highlight_kind = QComboBox()
        self.highlight_kind.setObjectName("highlightKind")
        self.highlight_kind.setToolTip(self.tr("Dim the cards that do not match"))
        self.highlight_kind.addItem(self.tr("Highlight: none"), "")
        self.highlight_kind.addItem(self.tr("Highlight by stance"), "stance")
        self.highlight_kind.addItem(self.tr("Highlight by buying role"), "buying_role")
        self.highlight_kind.addItem(self.tr("Highlight by org unit"), "org_unit")
        self.highlight_value = QComboBox()
        self.highlight_value.setObjectName("highlightValue")
        self.highlight_value.setToolTip(self.tr("The cards to keep bright"))
        self.highlight_value.setEnabled(False)
        self.highlight_value.setMinimumContentsLength(14)
        self.map_only_actions = [self.link_action, self.layout_action, self.export_action]
        self.canvas_actions = [self.fit_action, self.zoom_in_action, self.zoom_out_action]
        self.toolbar.addAction(self.map_mode_action)
        self.toolbar.addAction(self.grid_mode_action)
        self.toolbar.addAction(self.list_mode_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.add_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.link_action)
        self.toolbar.addWidget(self.link_kind)
        self.toolbar.addSeparator()
        for action in (
            self.layout_action,
            self.fit_action,
            self.zoom_in_action,
            self.zoom_out_action,
        ):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.review_action)
        self.toolbar.addAction(self.export_action)
        # Finding and highlighting get a row of their own: one row overflows in Portuguese.
        self.find_bar = QToolBar()
        self.find_bar.setObjectName("stakeholderFindBar")
        self.find_bar.addWidget(self.map_search)
        self.find_bar.addSeparator()
        self.find_bar.addWidget(self.highlight_kind)
        self.find_bar.addWidget(self.highlight_value)

    def _build_list(self) -> None:
        self.list_page = QWidget()
        self.list_page.setObjectName("stakeholderList")
        self.search = QLineEdit()
        self.search.setObjectName("stakeholderSearch")
        self.search.setPlaceholderText(self.tr("Search by name or job title"))
        self.search.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setObjectName("stakeholderTable")
        self.table.setModel(self.people_proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PeopleColumn.NAME, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self.list_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table)

    def _build_panel(self) -> None:
        """Beside the map: the selection's details, and the account's coverage and gaps."""
        self.properties = PropertiesPanel(self.workspace, self.document)
        self.units = OrgUnitsPanel(self.workspace, self.document)
        self.panel = QTabWidget()
        self.panel.setObjectName("stakeholderMapPanel")
        self.panel.setDocumentMode(True)
        self.panel.addTab(vertical_scroll(self._coverage_page()), self.tr("Coverage"))
        self.panel.addTab(self.properties, self.tr("Details"))
        self.panel.addTab(self.units, self.tr("Org units"))

    def _coverage_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("coveragePage")
        self.coverage_label = QLabel()
        self.coverage_label.setObjectName("sponsorCoverage")
        self.coverage_label.setToolTip(
            self.tr("Sponsor coverage = target areas with at least one sponsor ÷ target areas")
        )
        self.resistance_label = QLabel()
        self.resistance_label.setObjectName("resistance")
        self.resistance_label.setToolTip(
            self.tr("Resistance = influence of resistant and opponent people ÷ influence of all")
        )
        self.trend_chart = MapTrendChart()
        self.trend_label = QLabel()
        self.trend_label.setObjectName("mapTrend")
        self.trend_label.setWordWrap(True)
        self.alerts_view = QListView()
        self.alerts_view.setObjectName("mapAlerts")
        self.alerts_view.setModel(self.alerts)
        self.alerts_view.setWordWrap(True)
        self.alerts_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.legend = MapLegend()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(_heading(self.tr("Coverage")))
        layout.addWidget(self.coverage_label)
        layout.addWidget(self.resistance_label)
        layout.addWidget(self.trend_chart)
        layout.addWidget(self.trend_label)
        layout.addWidget(_heading(self.tr("Gaps to close")))
        self.alerts_view.setMinimumHeight(120)
        layout.addWidget(self.alerts_view, 1)
        layout.addWidget(_heading(self.tr("Legend")))
        layout.addWidget(self.legend)
        return page

    def _layout(self) -> None:
        self.empty_label = QLabel(
            self.tr("Choose an account in the toolbar above to see its stakeholder map.")
        )
        self.empty_label.setObjectName("stakeholderMapEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("font-size: 13pt; color: palette(placeholder-text);")
        splitter = QSplitter()
        map_page = QWidget()
        map_layout = QVBoxLayout(map_page)
        map_layout.setContentsMargins(0, 0, 0, 0)
        self.views = QStackedWidget()
        self.views.addWidget(self.view)
        self.views.addWidget(self.grid)
        self.views.addWidget(self.list_page)
        map_layout.addWidget(self.toolbar)
        map_layout.addWidget(self.find_bar)
        map_layout.addWidget(self.views)
        splitter.addWidget(map_page)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 280])
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_label)
        self.pages.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _connect(self) -> None:
        self.workspace.current_account_changed.connect(self.show_account)
        self.workspace.accounts_changed.connect(self._accounts_changed)
        self.workspace.settings_changed.connect(self._accounts_changed)
        # An interaction logged in the account's plan moves people's last contact.
        self.workspace.plan_changed.connect(self._accounts_changed)
        self.document.measures_changed.connect(self._update_panel)
        self.document.measures_changed.connect(self._refresh_highlight)
        self.map_search.textChanged.connect(self.find_people)
        self.map_search.returnPressed.connect(lambda: self.find_people(self.map_search.text()))
        self.highlight_kind.currentIndexChanged.connect(self._highlight_kind_changed)
        self.highlight_value.currentIndexChanged.connect(self._apply_highlight)
        self.scene.cards_moved.connect(self._cards_moved)
        self.scene.link_requested.connect(self.add_link)
        self.view.add_requested.connect(self.add_person_at)
        self.view.open_requested.connect(self.open_person)
        self.scene.selectionChanged.connect(self._map_selection_changed)
        self.view.delete_requested.connect(self.delete_selected)
        self.grid.delete_requested.connect(self.delete_selected)
        self.grid.selection_changed_people.connect(self._grid_selection_changed)
        self.units.unit_selected.connect(self.highlight_unit)
        self.alerts_view.clicked.connect(self.select_alert)
        self.search.textChanged.connect(self.people_proxy.set_search)
        self.table.selectionModel().selectionChanged.connect(self._list_selection_changed)

    # -- following the account ---------------------------------------------------------------

    def show_account(self, account_id: int | None) -> None:
        try:
            self.document.load(account_id)
        except ValidationError:  # the account was deleted meanwhile
            self.document.load(None)
        self.pages.setCurrentIndex(0 if self.document.account_id is None else 1)
        self.view.fit_all()

    def _accounts_changed(self) -> None:
        """An import, an interaction or an undo elsewhere may have changed this account's
        people, or the preferences when a contact is stale. Read again now if shown, else when
        shown."""
        if self.document.account_id is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        try:
            self.document.refresh()
        except ValidationError:
            self.show_account(None)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._accounts_changed()

    def _update_panel(self) -> None:
        account_map = self.document.map
        self.alerts.set_alerts(account_map.alerts if account_map else [])
        if account_map is None:
            return
        none = self.tr("no target area")
        coverage = format_percent(account_map.sponsor_coverage) or none
        resistance = format_percent(account_map.resistance) or "—"
        self.coverage_label.setText(self.tr("Sponsor coverage: %1").replace("%1", coverage))
        self.resistance_label.setText(self.tr("Resistance: %1").replace("%1", resistance))
        self.trend_chart.set_trend(account_map.trend)
        self.trend_label.setText(self._trend_text())
        self.view.viewport().update()

    def _trend_text(self) -> str:
        """The last few map reviews, newest first (the trend is stored oldest first)."""
        trend = self.document.map.trend if self.document.map else ()
        if not trend:
            return self.tr("No map review recorded yet.")
        lines = [self.tr("Map reviews, newest first:")]
        for point in reversed(trend[-TREND_LINES:]):
            lines.append(
                self.tr("%1: coverage %2, resistance %3")
                .replace("%1", format_date(point.date))
                .replace("%2", format_percent(point.sponsor_coverage) or "—")
                .replace("%3", format_percent(point.resistance) or "—")
            )
        return "\n".join(lines)

    # -- map or list -------------------------------------------------------------------------

    def show_map(self) -> None:
        self._show_page(self.view)

    def show_grid(self) -> None:
        self._show_page(self.grid)
        self.grid.select_people(self.scene.selected_people())
        self.grid.fit_all()

    def show_list(self) -> None:
        self._show_page(self.list_page)

    def canvas(self) -> MapView:
        """The map or the power grid, whichever is shown (the map behind the list)."""
        return self.grid if self.views.currentWidget() is self.grid else self.view

    def _show_page(self, page: QWidget) -> None:
        on_map = page is self.view
        self.views.setCurrentWidget(page)
        mode = {self.view: self.map_mode_action, self.grid: self.grid_mode_action}
        mode.get(page, self.list_mode_action).setChecked(True)
        for action in self.map_only_actions:
            action.setEnabled(on_map)
        for action in self.canvas_actions:
            action.setEnabled(page is not self.list_page)
        for widget in (self.link_kind, self.map_search, self.highlight_kind):
            widget.setEnabled(on_map)
        self.highlight_value.setEnabled(on_map and bool(self.highlight_kind.currentData()))
        if not on_map:
            self.table.setFocus()

    def showing_list(self) -> bool:
        return self.views.currentWidget() is self.list_page

    def _map_selection_changed(self) -> None:
        """The map's selection is the tab's: the grid and the details follow it."""
        people = self.scene.selected_people()
        self.properties.show_selection(people, self.scene.selected_links())
        self.grid.select_people(people)

    def _grid_selection_changed(self, people: list[int]) -> None:
        self.scene.select_people(people)

    def open_person(self, person_id: int) -> None:
        """Shows the person's details beside the map, ready to edit."""
        self.scene.select_people([person_id])
        self.panel.setCurrentWidget(self.properties)

    def _list_selection_changed(self) -> None:
        """The people selected in the list are the ones selected on the map."""
        if not self.showing_list():
            return
        rows = self.table.selectionModel().selectedRows()
        people = [index.data(ID_ROLE) for index in sorted(rows, key=lambda i: i.row())]
        self.scene.select_people(people)
        cards = [self.scene.cards[pid] for pid in people if pid in self.scene.cards]
        if cards:
            self.view.ensureVisible(cards[0], 40, 40)

    # -- edits -------------------------------------------------------------------------------

    def _push(self, command) -> None:
        self.workspace.undo_stack.push(command)

    def add_person(self) -> None:
        self.add_person_at(self.view.mapToScene(self.view.viewport().rect().center()))

    def add_person_at(self, point: QPointF) -> None:
        """Opens the new-person dialog; the card is centred on ``point`` once accepted."""
        if self.document.account_id is None:
            return
        dialog = PersonDialog(self.service, self.document.account_id, self)
        dialog.accepted.connect(lambda: self._create_person(dialog, point))
        dialog.finished.connect(dialog.deleteLater)
        self.person_dialog = dialog
        dialog.open()

    def _create_person(self, dialog: PersonDialog, point: QPointF) -> None:
        data = dialog.data()
        width, height = card_size(data.influence)
        position = (round(point.x() - width / 2, 1), round(point.y() - height / 2, 1))
        self._push(AddPersonCommand(self.workspace, self.document, data, position))

    def delete_selected(self) -> None:
        """Selected people with their links, and selected links, as one undo step."""
        people = self.scene.selected_people()
        links = [
            link_id
            for link_id in self.scene.selected_links()
            if not {
                self.document.links[link_id].data.source_id,
                self.document.links[link_id].data.target_id,
            }
            & set(people)
        ]
        if not people and not links:
            return
        stack = self.workspace.undo_stack
        both = bool(people and links)
        if both:
            stack.beginMacro(self.tr("Delete from the map"))
        if links:
            self._push(DeleteLinksCommand(self.workspace, self.document, links))
        if people:
            self._push(DeletePeopleCommand(self.workspace, self.document, people))
        if both:
            stack.endMacro()

    def _cards_moved(self, positions: dict) -> None:
        self._push(MovePeopleCommand(self.workspace, self.document, positions))

    def add_link(self, source_id: int, target_id: int) -> None:
        """Links two people with the kind chosen in the toolbar, or says why it cannot."""
        account_id = self.document.account_id
        data = LinkData(source_id, target_id, self.link_kind.currentData())
        problems = self.service.validate_link(account_id, data)
        if problems:
            show_message(
                self,
                self.tr("This link cannot be drawn."),
                "\n".join(problem_text(p) for p in problems),
            )
            return
        self._push(AddLinkCommand(self.workspace, self.document, data))

    def record_review(self) -> None:
        """Stores today's sponsor coverage and resistance as a map review (undoable)."""
        if self.document.account_id is not None:
            self._push(RecordMapReviewCommand(self.workspace, self.document))

    def auto_layout(self) -> None:
        positions = self.scene.org_chart_positions()
        if positions:
            self._push(AutoLayoutCommand(self.workspace, self.document, positions))
            self.view.fit_all()

    def _set_link_mode(self, on: bool) -> None:
        self.scene.link_mode = on

    # -- alerts ------------------------------------------------------------------------------

    def select_alert(self, index: QModelIndex) -> None:
        """Selects the person the alert is about, or the people of its area, and shows them."""
        alert = index.data(ALERT_ROLE)
        if alert is None:
            return
        if alert.person_id is not None:
            people = [alert.person_id]
        elif alert.area_id is not None:
            people = [
                pid
                for pid, p in self.document.people.items()
                if p.data.org_unit_id == alert.area_id
            ]
        else:
            people = []
        self.scene.select_people(people)
        cards = [self.scene.cards[pid] for pid in people if pid in self.scene.cards]
        if cards:
            self.view.ensureVisible(cards[0], 40, 40)

    # -- find and highlight ------------------------------------------------------------------

    def find_people(self, text: str) -> list[int]:
        """Selects the people whose name contains ``text`` and centres the view on them."""
        people = self.scene.matching_people(text)
        self.scene.select_people(people)
        cards = [self.scene.cards[pid] for pid in people]
        if cards:
            rect = cards[0].sceneBoundingRect()
            for card in cards[1:]:
                rect = rect.united(card.sceneBoundingRect())
            self.view.centerOn(rect.center())
            self.view.ensureVisible(cards[0], CENTRE_MARGIN, CENTRE_MARGIN)
        return people

    def _highlight_values(self, kind: str) -> list[tuple[str, object]]:
        if kind == "stance":
            return [(enum_label(stance), stance) for stance in Stance]
        if kind == "buying_role":
            return [(enum_label(role), role) for role in BuyingRole] + [
                (self.tr("No buying role"), None)
            ]
        if kind == "org_unit":
            units = self.document.map.units if self.document.map else ()
            return [("    " * unit.depth + unit.data.name, unit.id) for unit in units] + [
                (self.tr("No org unit"), None)
            ]
        return []

    def _fill_highlight_values(self) -> None:
        """Lists the values of the chosen kind, keeping the chosen value when still there."""
        kind = self.highlight_kind.currentData()
        current = self.highlight_value.currentData()
        chose_none = current is None and self.highlight_value.currentIndex() >= 0
        values = self._highlight_values(kind)
        self.highlight_value.blockSignals(True)
        try:
            self.highlight_value.clear()
            for text, value in values:
                self.highlight_value.addItem(text, value)
            if chose_none:  # "No buying role" / "No org unit", always the last entry
                index = len(values) - 1
            else:
                index = self.highlight_value.findData(current) if current is not None else -1
            self.highlight_value.setCurrentIndex(max(0, index) if values else -1)
        finally:
            self.highlight_value.blockSignals(False)
        self.highlight_value.setEnabled(bool(kind) and self.highlight_kind.isEnabled())

    def highlight_unit(self, unit_id: int | None) -> None:
        """A unit chosen in the org-unit tree: its people stay bright on the map."""
        if unit_id is None:
            return
        self.highlight_kind.setCurrentIndex(self.highlight_kind.findData("org_unit"))
        self.highlight_value.setCurrentIndex(self.highlight_value.findData(unit_id))

    def _highlight_kind_changed(self) -> None:
        self.highlight_value.blockSignals(True)
        self.highlight_value.clear()  # another kind: start from its first value
        self.highlight_value.blockSignals(False)
        self._fill_highlight_values()
        self._apply_highlight()

    def _refresh_highlight(self) -> None:
        """The people or the org units changed: the dimming (and the unit names) follow."""
        if self.highlight_kind.currentData() == "org_unit":
            self._fill_highlight_values()
        self._apply_highlight()

    def _apply_highlight(self) -> None:
        kind = self.highlight_kind.currentData()
        index = self.highlight_value.currentIndex()
        if not kind or index < 0:
            self.scene.highlight(None)
            return
        value = self.highlight_value.itemData(index)
        field = {"stance": "stance", "buying_role": "buying_role", "org_unit": "org_unit_id"}[kind]
        self.scene.highlight(lambda person: getattr(person.data, field) == value)

    # -- export ------------------------------------------------------------------------------

    def _suggested_export_path(self) -> Path:
        portfolio = Path(self.workspace.portfolio.path)
        name = self._account_name() or portfolio.stem
        stem = self.tr("%1 - map").replace("%1", name)
        for character in '<>:"/\\|?*':
            stem = stem.replace(character, "-")
        return portfolio.with_name(stem + ".png")

    def _account_name(self) -> str:
        if self.document.account_id is None:
            return ""
        try:
            return self.workspace.accounts.get(self.document.account_id).name
        except ValidationError:
            return ""

    def choose_export(self) -> None:
        if self.document.account_id is None:
            return
        filters = {
            "png": self.tr("PNG image (*.png)"),
            "svg": self.tr("SVG drawing (*.svg)"),
            "pdf": self.tr("PDF document (*.pdf)"),
        }
        filters = {kind: text for kind, text in filters.items() if kind in FORMATS}
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export map"),
            str(self._suggested_export_path()),
            ";;".join(filters.values()),
            filters["png"],
        )
        if not path:
            return
        target = Path(path)
        if export_format(target) is None:
            kind = next((k for k, text in filters.items() if text == chosen), "png")
            target = target.with_name(target.name + "." + kind)
        self.export_map(target)

    def export_map(self, path: Path) -> Path | None:
        """Writes the whole map to ``path`` (PNG, SVG or PDF by its extension); returns it,
        or None after saying why it could not."""
        path = Path(path)
        try:
            return export_scene(self.scene, path, self._account_name())
        except (OSError, ExportError) as error:
            show_message(
                self,
                self.tr("The map could not be exported to %1.").replace("%1", str(path)),
                _reason(error),
            )
            return None


def _reason(error: Exception) -> str:
    if isinstance(error, FileNotFoundError):
        return translate("StakeholderMapTab", "The folder does not exist.")
    if isinstance(error, PermissionError):
        return translate("StakeholderMapTab", "You may not write to this folder.")
    return str(error)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; margin-top: 8px;")
    return label
