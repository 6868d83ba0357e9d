"""The account's org units as an editable tree: name, kind, the "target area" flag and how
many people each unit holds.

The model never writes. An edit (a typed name, a kind picked in the combo box, a ticked
target flag, a unit dropped onto another) becomes a request its owner turns into a command
on the undo stack, after asking the service whether it would be refused. The tree follows
the :class:`MapDocument`: a change of names, kinds or counts updates the rows in place
(the view keeps its selection and expanded units); a unit added, removed or moved, or a
rename that changes the alphabetical order, rebuilds the tree.
"""

from __future__ import annotations

import enum
from collections import Counter

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from kamdesk.model.enums import OrgUnitKind, Stance
from kamdesk.services.stakeholders import MapUnit
from kamdesk.services.stakeholders.checks import as_member
from kamdesk.ui.i18n import enum_label, format_number, translate
from kamdesk.ui.models.roles import ID_ROLE, ROOT, ROW_ROLE, AnyIndex
from kamdesk.ui.stakeholder_map.document import MapDocument
from kamdesk.ui.stakeholder_map.palette import STANCE_COLORS

UNITS_MIME_TYPE = "application/x-kamdesk-org-units"
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
CHECK = Qt.ItemDataRole.CheckStateRole


class UnitColumn(enum.IntEnum):
    NAME = 0
    TARGET = enum.auto()  # before the kind: in a narrow panel it is the one to keep in sight
    KIND = enum.auto()
    PEOPLE = enum.auto()


COLUMN_COUNT = len(UnitColumn)


def _header(column: UnitColumn) -> str:
    # Listed literally so lupdate finds them.
    return {
        UnitColumn.NAME: translate("OrgUnitsModel", "Org unit"),
        UnitColumn.KIND: translate("OrgUnitsModel", "Kind"),
        UnitColumn.TARGET: translate("OrgUnitsModel", "Target area"),
        UnitColumn.PEOPLE: translate("OrgUnitsModel", "People"),
    }[column]


def _header_tip(column: UnitColumn) -> str:
    return {
        UnitColumn.NAME: translate("OrgUnitsModel", "Double-click a name to rename the unit"),
        UnitColumn.KIND: translate("OrgUnitsModel", "Company, business unit, directorate or area"),
        UnitColumn.TARGET: translate(
            "OrgUnitsModel",
            "Target areas count in sponsor coverage: each needs at least one sponsor",
        ),
        UnitColumn.PEOPLE: translate("OrgUnitsModel", "People placed directly in the unit"),
    }[column]


_dots: dict[str, QIcon] = {}  # made on first use: a pixmap needs the application


def _dot(color: QColor) -> QIcon:
    if color.name() not in _dots:
        _dots[color.name()] = _paint_dot(color)
    return _dots[color.name()]


def _paint_dot(color: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class UnitTree:
    """Where each unit sits: its parent in the tree and its row among its siblings.

    Read from the document's tree order and depths rather than from ``parent_id``, so a unit
    the service shows at the top (its parent missing, or a circle of parents in imported
    data) is at the top here too.
    """

    def __init__(self, units: tuple[MapUnit, ...]):
        self.units = {unit.id: unit for unit in units}
        self.children: dict[int | None, list[int]] = {None: []}
        self.parent_of: dict[int, int | None] = {}
        self.row_of: dict[int, int] = {}
        ancestors: list[int] = []  # the path from the top to the unit before this one
        for unit in units:
            del ancestors[unit.depth :]
            parent = ancestors[-1] if ancestors else None
            siblings = self.children.setdefault(parent, [])
            self.parent_of[unit.id] = parent
            self.row_of[unit.id] = len(siblings)
            siblings.append(unit.id)
            ancestors.append(unit.id)

    def shape(self) -> list[tuple[int, int | None]]:
        """What a rebuild is needed for: which units there are, under whom, in which order."""
        return [(unit_id, self.parent_of[unit_id]) for unit_id in self.parent_of]

    def below(self, unit_id: int) -> set[int]:
        """The unit's sub-units, their sub-units, and so on."""
        found: set[int] = set()
        pending = list(self.children.get(unit_id, ()))
        while pending:
            child = pending.pop()
            found.add(child)
            pending.extend(self.children.get(child, ()))
        return found


class OrgUnitsModel(QAbstractItemModel):
    """The org-unit tree of the document's account. Internal ids are the units' ids."""

    edit_requested = Signal(int, object)  # unit id, {field: new value}
    move_requested = Signal(object, object)  # [unit ids], new parent id (None: the top)

    def __init__(self, document: MapDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self._tree = UnitTree(())
        self._people: Counter[int] = Counter()
        self._covered: frozenset[int] = frozenset()
        for signal in (document.reloaded, document.units_changed, document.measures_changed):
            signal.connect(self.sync)
        self.sync()

    # -- following the document ------------------------------------------------------------

    def sync(self) -> None:
        tree = UnitTree(self.document.units)
        people = Counter(
            person.data.org_unit_id
            for person in self.document.people.values()
            if person.data.org_unit_id is not None
        )
        account_map = self.document.map
        covered = frozenset(account_map.coverage.covered if account_map else ())
        if tree.shape() != self._tree.shape():
            self.beginResetModel()
            self._tree, self._people, self._covered = tree, people, covered
            self.endResetModel()
            return
        changed = [
            unit_id
            for unit_id, unit in tree.units.items()
            if unit != self._tree.units[unit_id]
            or people[unit_id] != self._people[unit_id]
            or (unit_id in covered) != (unit_id in self._covered)
        ]
        self._tree, self._people, self._covered = tree, people, covered
        for unit_id in changed:
            first = self.index_of(unit_id)
            self.dataChanged.emit(first, first.siblingAtColumn(COLUMN_COUNT - 1))

    # -- looking units up ------------------------------------------------------------------

    def index_of(self, unit_id: int | None, column: int = UnitColumn.NAME) -> QModelIndex:
        if unit_id not in self._tree.row_of:
            return QModelIndex()
        return self.createIndex(self._tree.row_of[unit_id], column, unit_id)

    def unit(self, unit_id: int) -> MapUnit | None:
        return self._tree.units.get(unit_id)

    def unit_ids(self) -> list[int]:
        """Every unit, in tree order."""
        return list(self._tree.parent_of)

    def parent_id(self, unit_id: int) -> int | None:
        return self._tree.parent_of.get(unit_id)

    def sub_units(self, unit_id: int) -> set[int]:
        return self._tree.below(unit_id)

    def people_in(self, unit_id: int) -> int:
        return self._people[unit_id]

    # -- Qt API: structure -----------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = ROOT) -> QModelIndex:
        if not 0 <= column < COLUMN_COUNT:
            return QModelIndex()
        if parent.isValid() and parent.column() != UnitColumn.NAME:
            return QModelIndex()
        siblings = self._tree.children.get(parent.internalId() if parent.isValid() else None)
        if siblings is None or not 0 <= row < len(siblings):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, child: AnyIndex | None = None):
        if child is None:  # QObject.parent(), which this name hides
            return super().parent()
        if not child.isValid():
            return QModelIndex()
        return self.index_of(self._tree.parent_of.get(child.internalId()))

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        if not parent.isValid():
            return len(self._tree.children[None])
        if parent.column() != UnitColumn.NAME:
            return 0
        return len(self._tree.children.get(parent.internalId(), ()))

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return COLUMN_COUNT

    def headerData(self, section, orientation, role=DISPLAY):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == DISPLAY:
            return _header(UnitColumn(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            return _header_tip(UnitColumn(section))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # empty space: drop there to move to the top
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        column = index.column()
        if column in (UnitColumn.NAME, UnitColumn.KIND):
            flags |= Qt.ItemFlag.ItemIsEditable
        elif column == UnitColumn.TARGET:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    # -- Qt API: data ----------------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = DISPLAY):
        unit = self._tree.units.get(index.internalId()) if index.isValid() else None
        if unit is None:
            return None
        column = UnitColumn(index.column())
        if role == ID_ROLE:
            return unit.id
        if role == ROW_ROLE:
            return unit
        if role in (DISPLAY, EDIT):
            return self._text(unit, column, role)
        if role == CHECK and column == UnitColumn.TARGET:
            return Qt.CheckState.Checked if unit.data.is_target else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and column == UnitColumn.TARGET:
            return self._coverage_dot(unit)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(unit, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == UnitColumn.PEOPLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, unit: MapUnit, column: UnitColumn, role: int):
        match column:
            case UnitColumn.NAME:
                return unit.data.name
            case UnitColumn.KIND:
                return enum_label(unit.data.kind) if role == DISPLAY else unit.data.kind.value
            case UnitColumn.PEOPLE:
                return format_number(self._people[unit.id]) if role == DISPLAY else None
        return None

    def _coverage_dot(self, unit: MapUnit) -> QIcon | None:
        """Green for a target area with a sponsor, orange for one still without (the tooltip
        says it in words, so colour is never the only cue)."""
        if not unit.data.is_target:
            return None
        covered = unit.id in self._covered
        return _dot(STANCE_COLORS[Stance.SPONSOR if covered else Stance.RESISTANT])

    def _tip(self, unit: MapUnit, column: UnitColumn) -> str | None:
        if column == UnitColumn.TARGET:
            if not unit.data.is_target:
                return translate("OrgUnitsModel", "Not a target area: tick to count it in coverage")
            if unit.id in self._covered:
                return translate("OrgUnitsModel", "Target area with a sponsor")
            return translate("OrgUnitsModel", "Target area without a sponsor yet")
        if column == UnitColumn.NAME:
            return unit.data.name
        return None

    def setData(self, index: AnyIndex, value, role: int = EDIT) -> bool:
        """Hands the edit on as :attr:`edit_requested`; the owner validates and pushes it."""
        unit = self._tree.units.get(index.internalId()) if index.isValid() else None
        if unit is None:
            return False
        changes = self._changes(unit, UnitColumn(index.column()), value, role)
        if not changes:
            return False
        self.edit_requested.emit(unit.id, changes)
        return True

    @staticmethod
    def _changes(unit: MapUnit, column: UnitColumn, value, role: int) -> dict[str, object]:
        if column == UnitColumn.NAME and role == EDIT:
            name = value if isinstance(value, str) else ""
            return {} if name.strip() == unit.data.name else {"name": name}
        if column == UnitColumn.KIND and role == EDIT:
            kind = as_member(OrgUnitKind, value)
            return {} if kind in (None, unit.data.kind) else {"kind": kind}
        if column == UnitColumn.TARGET and role == CHECK:
            target = Qt.CheckState(value) == Qt.CheckState.Checked
            return {} if target == unit.data.is_target else {"is_target": target}
        return {}

    # -- drag and drop: dropping a unit onto another makes it a sub-unit of that one ----------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [UNITS_MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        ids = list(dict.fromkeys(i.internalId() for i in indexes if i.isValid()))
        mime = QMimeData()
        mime.setData(UNITS_MIME_TYPE, ",".join(map(str, ids)).encode("ascii"))
        return mime

    @staticmethod
    def dragged_units(mime: QMimeData) -> list[int]:
        if mime is None or not mime.hasFormat(UNITS_MIME_TYPE):
            return []
        text = bytes(mime.data(UNITS_MIME_TYPE).data()).decode("ascii", "replace")
        return [int(part) for part in text.split(",") if part.strip().isdigit()]

    def canDropMimeData(self, mime, action, row, column, parent) -> bool:
        return action == Qt.DropAction.MoveAction and bool(self.dragged_units(mime))

    def dropMimeData(self, mime, action, row, column, parent) -> bool:
        """Asks to move the dragged units under ``parent`` (the top when dropped on empty
        space). Returns False even when the move is pushed: the document rebuilds the tree,
        so the view must not remove the dragged rows itself as after an ordinary move."""
        if not self.canDropMimeData(mime, action, row, column, parent):
            return False
        moved = [unit_id for unit_id in self.dragged_units(mime) if unit_id in self._tree.units]
        new_parent = parent.internalId() if parent.isValid() else None
        # A unit dragged along with its own parent travels with it, not beside it.
        moved = [u for u in moved if not any(u in self._tree.below(other) for other in moved)]
        moved = [u for u in moved if self._tree.units[u].data.parent_id != new_parent]
        if moved:
            self.move_requested.emit(moved, new_parent)
        return False


class UnitKindDelegate(QStyledItemDelegate):
    """A combo box of the four kinds that commits as soon as one is picked."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.setObjectName("unitKindEditor")
        for kind in OrgUnitKind:
            combo.addItem(enum_label(kind), kind.value)
        combo.activated.connect(lambda _row: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QComboBox, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(EDIT))))

    def setModelData(self, editor: QComboBox, model, index) -> None:
        model.setData(index, editor.currentData(), EDIT)
