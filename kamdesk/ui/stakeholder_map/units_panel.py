"""The org-unit tree of the stakeholder map: add units and sub-units, rename them, change their
kind, mark target areas, drag a unit onto another to move it, delete them.

Every edit is checked with the service first (a refused one shows why and changes nothing)
and then pushed as one command on the workspace's undo stack; the tree follows the document,
so an undo done anywhere shows here too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.model.enums import OrgUnitKind, fold
from kamdesk.services.problems import Problem
from kamdesk.services.stakeholders import OrgUnitData
from kamdesk.ui.dialogs import show_message
from kamdesk.ui.i18n import problem_text, translate
from kamdesk.ui.stakeholder_map.document import MapDocument
from kamdesk.ui.stakeholder_map.unit_commands import (
    CreateUnitCommand,
    DeleteUnitsCommand,
    UnitCommands,
    UpdateUnitCommand,
)
from kamdesk.ui.stakeholder_map.units_model import OrgUnitsModel, UnitColumn, UnitKindDelegate
from kamdesk.ui.workspace import Workspace

# A sub-unit is one level below its parent; below an area come more areas.
KIND_BELOW = {
    OrgUnitKind.COMPANY: OrgUnitKind.BUSINESS_UNIT,
    OrgUnitKind.BUSINESS_UNIT: OrgUnitKind.DIRECTORATE,
    OrgUnitKind.DIRECTORATE: OrgUnitKind.AREA,
    OrgUnitKind.AREA: OrgUnitKind.AREA,
}
SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)
ADD_ROW = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows

NAME_MIN_WIDTH = 200  # px; enough for "Diretoria de Operações" beside the other columns
Confirm = Callable[[str, str], bool]  # (question, details) → go ahead?


class UnitsTreeView(QTreeView):
    """The name column takes the free width. In a narrow panel a long name is shortened down
    to NAME_MIN_WIDTH (its tooltip shows it whole), and below that the tree scrolls sideways."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # Expanding a whole tree reports each unit: fit once, after the last one.
        self._fit_soon = QTimer(self)
        self._fit_soon.setSingleShot(True)
        self._fit_soon.setInterval(0)
        self._fit_soon.timeout.connect(self.fit_name_column)

    def fit_name_column_soon(self, *_args) -> None:
        self._fit_soon.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_name_column()

    def fit_name_column(self, *_args) -> None:
        header = self.header()
        others = sum(header.sectionSize(column) for column in range(1, header.count()))
        free = self.viewport().width() - others
        longest = self.sizeHintForColumn(UnitColumn.NAME)
        header.resizeSection(UnitColumn.NAME, max(min(longest, NAME_MIN_WIDTH), free))


class OrgUnitsPanel(QWidget):
    unit_selected = Signal(object)  # the selected unit's id, or None

    def __init__(self, workspace: Workspace, document: MapDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("orgUnitsPanel")
        self.workspace = workspace
        self.document = document
        self.model = OrgUnitsModel(document, self)
        # Asked before deleting units that hold people; tests put their own answer here.
        self.confirm: Confirm = self._ask
        self._collapsed: set[int] = set()  # the units the KAM folded; new ones open expanded
        self._kept: tuple[list[int], int | None] = ([], None)  # selection across a rebuild
        self._restoring = False
        self._selected: int | None = None
        self._build_actions()
        self._build_view()
        self._lay_out()
        self._connect()
        self._reloaded()

    # -- building ----------------------------------------------------------------------------

    def _action(self, text: str, tip: str, slot) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.add_unit_action = self._action(
            self.tr("Add unit"),
            self.tr("Add a unit beside the selected one (a company when none is selected)"),
            self.add_unit,
        )
        self.add_sub_unit_action = self._action(
            self.tr("Add sub-unit"),
            self.tr("Add a unit inside the selected one, one level below it"),
            self.add_sub_unit,
        )
        self.rename_action = self._action(
            self.tr("Rename"), self.tr("Type a new name for the selected unit"), self.rename
        )
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.delete_action = self._action(
            self.tr("Delete"),
            self.tr("Delete the selected units; their people stay, without a unit (undoable)"),
            self.delete_selected,
        )
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))

    def _build_view(self) -> None:
        view = UnitsTreeView()
        view.setObjectName("orgUnitsTree")
        view.setModel(self.model)
        view.setItemDelegateForColumn(UnitColumn.KIND, UnitKindDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDropIndicatorShown(True)
        view.setAlternatingRowColors(True)
        view.setUniformRowHeights(True)
        view.setAnimated(True)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(UnitColumn.NAME, QHeaderView.ResizeMode.Interactive)
        for column in (UnitColumn.TARGET, UnitColumn.KIND, UnitColumn.PEOPLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (
            self.add_unit_action,
            self.add_sub_unit_action,
            self.rename_action,
            self.delete_action,
        ):
            # Only while the tree itself has the focus: in a name being typed, Delete and F2
            # belong to the text.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            view.addAction(action)
        self.view = view

    def _lay_out(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("orgUnitsToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.add_unit_action, self.add_sub_unit_action, self.delete_action):
            self.toolbar.addAction(action)
        self.empty_hint = QLabel(
            self.tr(
                "No org units yet. Add the company first, then its business units, "
                "directorates and areas, and tick “Target area” where you need a sponsor."
            )
        )
        self.empty_hint.setObjectName("orgUnitsHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.view, 1)

    def _connect(self) -> None:
        self.model.edit_requested.connect(self.edit_unit)
        self.model.move_requested.connect(self.move_units)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._rebuilt)
        self.document.reloaded.connect(self._reloaded)
        self.view.expanded.connect(lambda index: self._folded(index, False))
        self.view.collapsed.connect(lambda index: self._folded(index, True))
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.selectionModel().currentChanged.connect(self._selection_changed)
        for signal in (
            self.model.modelReset,
            self.model.dataChanged,
            self.view.expanded,
            self.view.collapsed,
        ):
            signal.connect(self.view.fit_name_column_soon)

    # -- following the document --------------------------------------------------------------

    def _reloaded(self) -> None:
        """Another account: its tree opens fully expanded."""
        self._collapsed.clear()
        self.view.expandAll()
        self._update_actions()

    def _remember_selection(self) -> None:
        self._kept = (self.selected_units(), self.current_unit())

    def _rebuilt(self) -> None:
        """The tree was rebuilt: open it as the KAM left it and select the same units."""
        self._restoring = True
        try:
            self.view.expandAll()
            for unit_id in self._collapsed:
                self.view.collapse(self.model.index_of(unit_id))
            selected, current = self._kept
            self.select_units(selected, current)
        finally:
            self._restoring = False
        self._selection_changed()

    def _folded(self, index: QModelIndex, collapsed: bool) -> None:
        if self._restoring:
            return
        unit_id = index.internalId()
        if collapsed:
            self._collapsed.add(unit_id)
        else:
            self._collapsed.discard(unit_id)

    # -- selection ---------------------------------------------------------------------------

    def selected_units(self) -> list[int]:
        """The selected units, in tree order."""
        rows = self.view.selectionModel().selectedRows(UnitColumn.NAME)
        chosen = {index.internalId() for index in rows}
        return [unit_id for unit_id in self.model.unit_ids() if unit_id in chosen]

    def current_unit(self) -> int | None:
        """The unit the KAM is on: the current row if selected, else the first selected."""
        selected = self.selected_units()
        current = self.view.currentIndex()
        if current.isValid() and current.internalId() in selected:
            return current.internalId()
        return selected[0] if selected else None

    def select_unit(self, unit_id: int | None) -> None:
        self.select_units([] if unit_id is None else [unit_id], unit_id)

    def select_units(self, unit_ids: Iterable[int], current: int | None = None) -> None:
        selection = self.view.selectionModel()
        indexes = [self.model.index_of(i) for i in unit_ids]
        indexes = [index for index in indexes if index.isValid()]
        current_index = self.model.index_of(current)
        if not current_index.isValid() and indexes:
            current_index = indexes[0]
        selection.clearSelection()
        if current_index.isValid():
            selection.setCurrentIndex(current_index, SELECT_ROW)
            self.view.scrollTo(current_index)
        for index in indexes:
            selection.select(index, ADD_ROW)

    def _selection_changed(self, *_args) -> None:
        self._update_actions()
        if self._restoring:
            return
        unit_id = self.current_unit()
        if unit_id != self._selected:
            self._selected = unit_id
            self.unit_selected.emit(unit_id)

    def _update_actions(self) -> None:
        has_account = self.document.account_id is not None
        has_selection = has_account and bool(self.selected_units())
        self.add_unit_action.setEnabled(has_account)
        self.add_sub_unit_action.setEnabled(has_selection)
        self.rename_action.setEnabled(has_selection)
        self.delete_action.setEnabled(has_selection)
        self.empty_hint.setVisible(has_account and not self.document.units)

    # -- adding ------------------------------------------------------------------------------

    def add_unit(self) -> int | None:
        """A unit beside the selected one, of the same kind; a company when none is selected.
        Its name is ready to be typed over."""
        current = self.current_unit()
        if current is None:
            return self._create(None, OrgUnitKind.COMPANY)
        return self._create(self.model.parent_id(current), self.model.unit(current).data.kind)

    def add_sub_unit(self) -> int | None:
        """A unit inside the selected one, one level below it (company → business unit →
        directorate → area)."""
        parent = self.current_unit()
        if parent is None:
            return None
        self._collapsed.discard(parent)
        return self._create(parent, KIND_BELOW[self.model.unit(parent).data.kind])

    def _create(self, parent_id: int | None, kind: OrgUnitKind) -> int | None:
        account_id = self.document.account_id
        if account_id is None:
            return None
        data = OrgUnitData(name=self._free_name(kind), kind=kind, parent_id=parent_id)
        problems = self.document.service.validate_unit(account_id, data)
        if problems:
            self._refuse(self.tr("The org unit could not be added."), problems)
            return None
        command = CreateUnitCommand(self.workspace, self.document, data)
        self._push(command)
        if command.unit_id is None:  # the database failed; the window says why
            return None
        index = self.model.index_of(command.unit_id)
        self.view.expand(index.parent())
        self.select_unit(command.unit_id)
        self.view.setFocus()
        self.view.edit(index)
        return command.unit_id

    def _free_name(self, kind: OrgUnitKind) -> str:
        """“New area”, or “New area 2”, 3, ... when the account already has one."""
        base = _new_unit_name(kind)
        taken = {fold(unit.data.name) for unit in self.document.units}
        name, number = base, 2
        while fold(name) in taken:
            name = f"{base} {number}"
            number += 1
        return name

    # -- editing -----------------------------------------------------------------------------

    def rename(self) -> None:
        unit_id = self.current_unit()
        if unit_id is not None:
            self.view.edit(self.model.index_of(unit_id))

    def edit_unit(self, unit_id: int, changes: Mapping[str, object]) -> bool:
        """Pushes the change of one unit (what the tree's editors ask for), or shows why the
        service would refuse it and changes nothing."""
        unit = self.model.unit(unit_id)
        if unit is None or self.document.account_id is None:
            return False
        after = replace(unit.data, **changes)
        if after == unit.data:
            return False
        problems = self.document.service.validate_unit(self.document.account_id, after, unit_id)
        if problems:
            self._refuse(self._refusal_headline(unit.data.name, changes), problems)
            return False
        self._push(
            UpdateUnitCommand(self.workspace, self.document, unit_id, unit.data.name, changes)
        )
        return True

    def move_units(self, unit_ids: Iterable[int], parent_id: int | None) -> bool:
        """Moves the units under ``parent_id`` (None: to the top) as one undo step; if any
        move would be refused (a unit into itself or its own sub-unit), none is made."""
        account_id = self.document.account_id
        units = [self.model.unit(unit_id) for unit_id in dict.fromkeys(unit_ids)]
        units = [u for u in units if u is not None and u.data.parent_id != parent_id]
        if account_id is None or not units:
            return False
        for unit in units:
            after = replace(unit.data, parent_id=parent_id)
            problems = self.document.service.validate_unit(account_id, after, unit.id)
            if problems:
                headline = self.tr("“%1” cannot be moved there.").replace("%1", unit.data.name)
                self._refuse(headline, problems)
                return False
        stack = self.workspace.undo_stack
        several = len(units) > 1
        if several:
            stack.beginMacro(UnitCommands().move_units(len(units)))
        for unit in units:
            self._push(
                UpdateUnitCommand(
                    self.workspace, self.document, unit.id, unit.data.name, {"parent_id": parent_id}
                )
            )
        if several:
            stack.endMacro()
        self._collapsed.discard(parent_id)
        self.view.expand(self.model.index_of(parent_id))
        self.select_units([u.id for u in units])
        return True

    def _refusal_headline(self, name: str, changes: Mapping[str, object]) -> str:
        if "name" in changes:
            return self.tr("“%1” could not be renamed.").replace("%1", name)
        if "parent_id" in changes:
            return self.tr("“%1” cannot be moved there.").replace("%1", name)
        return self.tr("“%1” could not be changed.").replace("%1", name)

    def _refuse(self, headline: str, problems: list[Problem]) -> None:
        show_message(self, headline, "\n".join(problem_text(p) for p in problems))

    # -- deleting ----------------------------------------------------------------------------

    def delete_selected(self) -> bool:
        """Deletes the selected units as one undo step, after asking when people would be left
        without a unit. Their sub-units move up to the unit above."""
        unit_ids = self.selected_units()
        if not unit_ids:
            return False
        people = sum(self.model.people_in(unit_id) for unit_id in unit_ids)
        if people and not self.confirm(
            self._delete_question(unit_ids), self._delete_details(unit_ids, people)
        ):
            return False
        self._push(DeleteUnitsCommand(self.workspace, self.document, unit_ids))
        return True

    def _delete_question(self, unit_ids: list[int]) -> str:
        if len(unit_ids) == 1:
            name = self.model.unit(unit_ids[0]).data.name
            return self.tr("Delete “%1”?").replace("%1", name)
        return self.tr("Delete %n org unit(s)?", "", len(unit_ids))

    def _delete_details(self, unit_ids: list[int], people: int) -> str:
        lines = [self.tr("%n person(s) will stay without an org unit.", "", people)]
        doomed = set(unit_ids)
        if any(self.model.sub_units(unit_id) - doomed for unit_id in unit_ids):
            lines.append(self.tr("The sub-units move up to the unit above."))
        lines.append(self.tr("You can undo it with Edit ▸ Undo."))
        return "\n".join(lines)

    def _ask(self, question: str, details: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete org units"),
            question,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmDeleteUnits")
        box.setInformativeText(details)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    def _push(self, command) -> None:
        self.workspace.undo_stack.push(command)


def _new_unit_name(kind: OrgUnitKind) -> str:
    # Listed literally so lupdate finds them.
    return {
        OrgUnitKind.COMPANY: translate("OrgUnitsPanel", "New company"),
        OrgUnitKind.BUSINESS_UNIT: translate("OrgUnitsPanel", "New business unit"),
        OrgUnitKind.DIRECTORATE: translate("OrgUnitsPanel", "New directorate"),
        OrgUnitKind.AREA: translate("OrgUnitsPanel", "New area"),
    }[kind]
