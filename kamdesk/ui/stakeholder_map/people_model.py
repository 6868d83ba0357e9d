"""The Stakeholders list: the map's people as table rows, for those who prefer rows to cards.

The model reads the same :class:`MapDocument` as the canvas and follows it: after every load
or write the document emits ``measures_changed``, and the model compares the rows it would
show with those it shows, so an unrelated write (a card dragged) leaves the view alone.
Sorting runs on raw values (folded text, enum order, numbers, dates), not the shown text.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QSortFilterProxyModel,
    Qt,
)

from kamdesk.model.enums import BuyingRole, Stance, fold
from kamdesk.services.stakeholders import MapPerson
from kamdesk.ui.i18n import enum_label, format_date, format_number, translate
from kamdesk.ui.models.roles import ID_ROLE, ROOT, ROW_ROLE, SORT_ROLE, AnyIndex
from kamdesk.ui.stakeholder_map.document import MapDocument


class PeopleColumn(enum.IntEnum):
    NAME = 0
    JOB_TITLE = enum.auto()
    ORG_UNIT = enum.auto()
    BUYING_ROLE = enum.auto()
    STANCE = enum.auto()
    INFLUENCE = enum.auto()
    RELATIONSHIP = enum.auto()
    LAST_CONTACT = enum.auto()


def _header(column: PeopleColumn) -> str:
    # Listed literally so lupdate finds them.
    return {
        PeopleColumn.NAME: translate("PeopleTableModel", "Name"),
        PeopleColumn.JOB_TITLE: translate("PeopleTableModel", "Job title"),
        PeopleColumn.ORG_UNIT: translate("PeopleTableModel", "Org unit"),
        PeopleColumn.BUYING_ROLE: translate("PeopleTableModel", "Buying role"),
        PeopleColumn.STANCE: translate("PeopleTableModel", "Stance"),
        PeopleColumn.INFLUENCE: translate("PeopleTableModel", "Influence"),
        PeopleColumn.RELATIONSHIP: translate("PeopleTableModel", "Relationship"),
        PeopleColumn.LAST_CONTACT: translate("PeopleTableModel", "Last contact"),
    }[column]


class PersonRow:
    """One person as the list shows them: the map's data plus their org unit's name."""

    __slots__ = ("folded", "id", "person", "unit_name")

    def __init__(self, person: MapPerson, unit_name: str):
        self.id = person.id
        self.person = person
        self.unit_name = unit_name
        self.folded = (fold(person.data.name), fold(person.data.job_title))

    def key(self) -> tuple:
        return (self.person, self.unit_name)


BUYING_ROLES = list(BuyingRole)
STANCES = list(Stance)
SORT_KEYS: dict[PeopleColumn, Callable[[PersonRow], object]] = {
    PeopleColumn.NAME: lambda r: r.folded[0],
    PeopleColumn.JOB_TITLE: lambda r: r.folded[1],
    PeopleColumn.ORG_UNIT: lambda r: fold(r.unit_name),
    PeopleColumn.BUYING_ROLE: lambda r: (
        -1 if r.person.data.buying_role is None else BUYING_ROLES.index(r.person.data.buying_role)
    ),
    PeopleColumn.STANCE: lambda r: STANCES.index(r.person.data.stance),
    PeopleColumn.INFLUENCE: lambda r: r.person.data.influence,
    PeopleColumn.RELATIONSHIP: lambda r: r.person.data.relationship_strength,
    PeopleColumn.LAST_CONTACT: lambda r: r.person.data.last_contact or dt.date.min,
}
NUMBER_COLUMNS = (PeopleColumn.INFLUENCE, PeopleColumn.RELATIONSHIP)


class PeopleTableModel(QAbstractTableModel):
    def __init__(self, document: MapDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self._rows: list[PersonRow] = []
        document.measures_changed.connect(self.sync)
        self.sync()

    # -- rows ----------------------------------------------------------------------------

    def _read_rows(self) -> list[PersonRow]:
        account_map = self.document.map
        if account_map is None:
            return []
        names = {unit.id: unit.data.name for unit in account_map.units}
        return [
            PersonRow(person, names.get(person.data.org_unit_id, ""))
            for person in account_map.people
        ]

    def sync(self) -> None:
        """Shows the document's people; resets only when someone came or went (a rename or a
        move keeps the rows, so the view keeps its selection and the proxy re-sorts)."""
        rows = self._read_rows()
        if {r.id for r in rows} != {r.id for r in self._rows}:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        by_id = {r.id: r for r in rows}
        rows = [by_id[r.id] for r in self._rows]  # same people: keep the rows where they are
        pairs = enumerate(zip(self._rows, rows, strict=True))
        changed = [i for i, (old, new) in pairs if old.key() != new.key()]
        self._rows = rows
        if changed:
            last = len(PeopleColumn) - 1
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), last))

    def row_of(self, person_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == person_id), -1)

    def person_row(self, row: int) -> PersonRow:
        return self._rows[row]

    def sort_key(self, row: int, column: int) -> object:
        return SORT_KEYS[PeopleColumn(column)](self._rows[row])

    # -- Qt API ----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(PeopleColumn)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(PeopleColumn)
        ):
            return _header(PeopleColumn(section))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = PeopleColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            key = SORT_KEYS[column](row)
            return None if key == dt.date.min else key
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row.person
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(row: PersonRow, column: PeopleColumn) -> str:
        data = row.person.data
        match column:
            case PeopleColumn.NAME:
                return data.name
            case PeopleColumn.JOB_TITLE:
                return data.job_title
            case PeopleColumn.ORG_UNIT:
                return row.unit_name
            case PeopleColumn.BUYING_ROLE:
                return enum_label(data.buying_role)
            case PeopleColumn.STANCE:
                return enum_label(data.stance)
            case PeopleColumn.INFLUENCE:
                return format_number(data.influence)
            case PeopleColumn.RELATIONSHIP:
                return format_number(data.relationship_strength)
            case PeopleColumn.LAST_CONTACT:
                return format_date(data.last_contact) or "—"
        return ""


class PeopleProxy(QSortFilterProxyModel):
    """Filters by a search text in the name or job title (case- and accent-insensitive) and
    sorts by the model's raw values, ties kept in the map's order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._search = ""

    def search(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = fold(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._search:
            return True
        name, job_title = self.sourceModel().person_row(source_row).folded
        return self._search in name or self._search in job_title

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        model = self.sourceModel()
        return model.sort_key(left.row(), left.column()) < model.sort_key(
            right.row(), right.column()
        )
