"""The pipeline stages and the product lines as the Pipeline tab of Preferences shows them,
and the editors of their cells.

The models only show what the services read; they never write. An edit in a cell goes to
the page's ``on_edit`` (stage or product, column, value), which asks the service and pushes
an undoable command; the rows then come back through ``set_rows`` after the write.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyledItemDelegate

from kamdesk.model.enums import StageOutcome
from kamdesk.services.pipeline import ProductRow, StageRow
from kamdesk.ui.builtin_names import stage_label
from kamdesk.ui.i18n import enum_label, format_number, format_percent
from kamdesk.ui.models.roles import ID_ROLE, ROOT, ROW_ROLE, SORT_ROLE, AnyIndex

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class StageColumn(IntEnum):
    NAME = 0
    PROBABILITY = 1
    OUTCOME = 2
    OPPORTUNITIES = 3


class ProductColumn(IntEnum):
    NAME = 0
    CATEGORY = 1
    OPPORTUNITIES = 2


class RowsModel(QAbstractTableModel):
    """Frozen rows with an ``id``; editable columns hand their edits to ``on_edit``."""

    columns: type[IntEnum]
    editable: frozenset[int] = frozenset()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        # (row, column, value) → whether the edit was written; set by the page.
        self.on_edit: Callable[[object, int, object], bool] | None = None

    def set_rows(self, rows: Sequence) -> None:
        """New rows. The same records again (an edit of a cell, perhaps re-sorted) keep the
        selection and any open editor: the view is in the middle of committing that edit
        when the rows come back, so it must not be reset under it."""
        rows = list(rows)
        old_ids, new_ids = [r.id for r in self._rows], [r.id for r in rows]
        if sorted(old_ids) != sorted(new_ids):
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        if old_ids != new_ids:
            self._reorder(rows, old_ids)
        self._rows = rows
        if rows:
            last = self.index(len(rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _reorder(self, rows: list, old_ids: list[int]) -> None:
        self.layoutAboutToBeChanged.emit()
        new_rows = {r.id: i for i, r in enumerate(rows)}
        moved = self.persistentIndexList()
        self._rows = rows
        self.changePersistentIndexList(
            moved, [self.index(new_rows[old_ids[i.row()]], i.column()) for i in moved]
        )
        self.layoutChanged.emit()

    def rows(self) -> tuple:
        return tuple(self._rows)

    def row_at(self, row: int):
        return self._rows[row]

    def row_of(self, record_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), None)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles().get(section)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips().get(section)
        return super().headerData(section, orientation, role)

    def titles(self) -> dict[int, str]:
        raise NotImplementedError

    def header_tips(self) -> dict[int, str]:
        return {}

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(record, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.columns.OPPORTUNITIES:
            return RIGHT
        if role == SORT_ROLE:
            return self.edit_value(record, column)
        if role == ID_ROLE:
            return record.id
        if role == ROW_ROLE:
            return record
        return None

    def display_text(self, record, column: int) -> str:
        raise NotImplementedError

    def edit_value(self, record, column: int):
        raise NotImplementedError

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.EditRole
            or index.column() not in self.editable
            or self.on_edit is None
        ):
            return False
        return self.on_edit(self._rows[index.row()], index.column(), value)


class StagesModel(RowsModel):
    """The stages in board order: name, default probability, outcome, opportunities in it."""

    columns = StageColumn
    editable = frozenset({StageColumn.NAME, StageColumn.PROBABILITY, StageColumn.OUTCOME})

    def titles(self) -> dict[int, str]:
        return {
            StageColumn.NAME: self.tr("Stage"),
            StageColumn.PROBABILITY: self.tr("Default probability"),
            StageColumn.OUTCOME: self.tr("Outcome"),
            StageColumn.OPPORTUNITIES: self.tr("Opportunities"),
        }

    def header_tips(self) -> dict[int, str]:
        return {
            StageColumn.PROBABILITY: self.tr(
                "The probability of an opportunity in this stage that has none of its own"
            ),
            StageColumn.OUTCOME: self.tr(
                "Open stages are the pipeline; reaching a won or lost stage closes the deal"
            ),
            StageColumn.OPPORTUNITIES: self.tr("Opportunities in this stage now"),
        }

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and index.isValid()
            and index.column() == StageColumn.PROBABILITY
        ):
            return RIGHT
        return super().data(index, role)

    def display_text(self, stage: StageRow, column: int) -> str:
        if column == StageColumn.NAME:
            return stage_label(stage.key, stage.name)
        if column == StageColumn.PROBABILITY:
            return format_percent(stage.probability / 100)
        if column == StageColumn.OUTCOME:
            return enum_label(stage.outcome)
        return format_number(stage.opportunity_count)

    def edit_value(self, stage: StageRow, column: int):
        if column == StageColumn.NAME:
            return stage_label(stage.key, stage.name)
        if column == StageColumn.PROBABILITY:
            return stage.probability
        if column == StageColumn.OUTCOME:
            return stage.outcome.value
        return stage.opportunity_count


class ProductsModel(RowsModel):
    """The product lines by name: name, category, opportunities that offer it."""

    columns = ProductColumn
    editable = frozenset({ProductColumn.NAME, ProductColumn.CATEGORY})

    def titles(self) -> dict[int, str]:
        return {
            ProductColumn.NAME: self.tr("Product line"),
            ProductColumn.CATEGORY: self.tr("Category"),
            ProductColumn.OPPORTUNITIES: self.tr("Opportunities"),
        }

    def header_tips(self) -> dict[int, str]:
        return {ProductColumn.OPPORTUNITIES: self.tr("Opportunities that offer this product")}

    def display_text(self, product: ProductRow, column: int) -> str:
        if column == ProductColumn.OPPORTUNITIES:
            return format_number(product.opportunity_count)
        return self.edit_value(product, column)

    def edit_value(self, product: ProductRow, column: int):
        if column == ProductColumn.NAME:
            return product.name
        if column == ProductColumn.CATEGORY:
            return product.category
        return product.opportunity_count


# -- cell editors ----------------------------------------------------------------------------


class ProbabilityDelegate(QStyledItemDelegate):
    """A 0–100 % spin box; the value is written when the KAM leaves the cell."""

    def createEditor(self, parent, option, index):
        box = QSpinBox(parent)
        box.setRange(0, 100)
        box.setSuffix("%")
        box.setFrame(False)
        box.setAlignment(Qt.AlignmentFlag.AlignRight)
        return box

    def setEditorData(self, editor, index):
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor, model, index):
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class OutcomeBox(QComboBox):
    """A drop-down that says when the KAM picked an item from its open list (arrow keys on
    the closed box only change the choice)."""

    picked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._list_open = False
        self.activated.connect(self._activated)

    def showPopup(self) -> None:
        self._list_open = True
        super().showPopup()

    def hidePopup(self) -> None:
        super().hidePopup()
        # Qt closes the list before it reports the item picked in it: forget it only after.
        QTimer.singleShot(0, self, self._list_closed)

    def _list_closed(self) -> None:
        self._list_open = False

    def _activated(self, _index: int) -> None:
        if self._list_open:
            self._list_open = False
            self.picked.emit()


class OutcomeDelegate(QStyledItemDelegate):
    """Open, won or lost: editing the cell opens the list, and picking one writes it. Arrow
    keys on the closed box only choose; Enter or leaving the cell writes."""

    def createEditor(self, parent, option, index):
        combo = OutcomeBox(parent)
        for outcome in StageOutcome:
            combo.addItem(enum_label(outcome), outcome.value)
        combo.picked.connect(lambda: self._chosen(combo))
        QTimer.singleShot(0, combo, combo.showPopup)  # after setEditorData, in place
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
