"""The ICP criteria tab: the criteria table with its buttons, and a warning when removing a
criterion would delete ratings."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.analytics.icp import DEFAULT_CRITERIA
from kamdesk.services.settings import IcpCriterionSetting
from kamdesk.ui.builtin_names import criterion_label
from kamdesk.ui.fields import hint_label
from kamdesk.ui.preferences.criteria_model import MAX_WEIGHT, CriteriaColumn, CriteriaModel
from kamdesk.ui.preferences.settings_page import SettingsPage, message_label, show_messages
from kamdesk.ui.workspace import Workspace

NEW_CRITERION_WEIGHT = 10.0


class WeightDelegate(QStyledItemDelegate):
    """A 0–100 spin box for weights that commits on every step, so Share follows live."""

    def createEditor(self, parent, option, index):
        box = QDoubleSpinBox(parent)
        box.setRange(0, MAX_WEIGHT)
        box.setDecimals(1)
        box.setFrame(False)
        box.valueChanged.connect(lambda _value: self.commitData.emit(box))
        return box


class CriteriaPage(SettingsPage):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self._saved: dict[int, IcpCriterionSetting] = {}
        self._next_new_id = 1
        self._rating_counts: Counter | None = None  # criterion id → rated accounts, read lazily
        self.model = CriteriaModel(self)
        self.view = self._make_view()
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.restore_button = QPushButton(self.tr("Restore defaults"))
        self.removal_warning = message_label()
        self._lay_out()
        self._connect()
        self._update_buttons()

    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(
            CriteriaColumn.NAME, QHeaderView.ResizeMode.Stretch
        )
        view.setItemDelegateForColumn(CriteriaColumn.WEIGHT, WeightDelegate(view))
        return view

    def _lay_out(self) -> None:
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.restore_button)
        table_row = QHBoxLayout()
        table_row.addWidget(self.view, 1)
        table_row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Each account is rated 1–5 on these criteria. Weights are relative: a "
                    "criterion counts by its share of the total weight in the ICP score."
                )
            )
        )
        layout.addLayout(table_row)
        layout.addWidget(self.removal_warning)
        layout.addWidget(self.problems)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_criterion)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.restore_button.clicked.connect(self.restore_defaults)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._update_removal_warning)
            signal.connect(self._update_buttons)
        self.model.rowsMoved.connect(self._update_buttons)

    def load(self, criteria: tuple[IcpCriterionSetting, ...]) -> None:
        self._saved = {c.id: c for c in criteria if c.id is not None}
        self._next_new_id = max(self._saved, default=0) + 1
        self.model.set_rows(criteria)

    def criteria(self) -> tuple[IcpCriterionSetting, ...]:
        return self.model.rows()

    def selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)
        self.view.setCurrentIndex(self.model.index(row, CriteriaColumn.NAME))

    def add_criterion(self) -> None:
        # A new criterion gets the next free id now rather than None: its rating key is
        # "criterion-<id>", so two new criteria without ids would share a key and be refused.
        criterion = IcpCriterionSetting(
            self._next_new_id, None, self.tr("New criterion"), NEW_CRITERION_WEIGHT
        )
        self._next_new_id += 1
        row = self.model.rowCount()
        self.model.insert_criterion(row, criterion)
        self.select_row(row)
        self.view.edit(self.model.index(row, CriteriaColumn.NAME))

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self.model.remove_criterion(row)
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))

    def move_selected(self, offset: int) -> None:
        row = self.selected_row()
        if row is not None:
            self.select_row(self.model.move_criterion(row, offset))

    def restore_defaults(self) -> None:
        """The built-in criteria and weights; saved ones keep their id, so ratings survive."""
        saved_by_key = {c.key: c for c in self._saved.values() if c.key}
        self.model.set_rows(
            tuple(
                IcpCriterionSetting(
                    saved_by_key[d.key].id if d.key in saved_by_key else None,
                    d.key,
                    d.name,
                    d.weight,
                )
                for d in DEFAULT_CRITERIA
            )
        )

    def _update_buttons(self, *_args) -> None:
        row = self.selected_row()
        last = self.model.rowCount() - 1
        self.remove_button.setEnabled(row is not None)
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < last)

    def _update_removal_warning(self, *_args) -> None:
        kept = {c.id for c in self.model.rows()}
        removed = [c for saved_id, c in self._saved.items() if saved_id not in kept]
        if removed and self._rating_counts is None:
            self._rating_counts = self._read_rating_counts()
        lines = [
            self.tr(
                "“%1” is rated on %n account(s); the ratings are deleted when you press OK "
                "(Undo brings them back).",
                "",
                self._rating_counts[c.id],
            ).replace("%1", criterion_label(c.key, c.name))
            for c in removed
            if self._rating_counts[c.id]
        ]
        show_messages(self.removal_warning, [f"⚠ {line}" for line in lines])

    def _read_rating_counts(self) -> Counter:
        return Counter(self.workspace.settings_service.rating_counts())
