"""The interaction editor: date, kind, the people involved and notes, for a new interaction or
an existing one.

The people are the account's stakeholders in a checkable list the KAM can search (by name,
job title, buying role or org unit). OK asks the service first and shows each problem under
its field (nothing is written, the dialog stays open); then it pushes one command:
:class:`CreateInteractionCommand`, or :class:`UpdateInteractionCommand` with only the fields
changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QDate, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.model.enums import InteractionKind, fold
from kamdesk.services.plan.interaction_checks import EARLIEST_DAY
from kamdesk.services.plan.interactions import (
    INTERACTION_FIELDS,
    InteractionData,
    InteractionService,
)
from kamdesk.services.problems import Problem, ValidationError
from kamdesk.services.stakeholders import StakeholderService
from kamdesk.ui.dialogs import show_message
from kamdesk.ui.fields import Field, PlainTextEdit, hint_label
from kamdesk.ui.i18n import date_format, enum_label, format_date, problem_text
from kamdesk.ui.models.roles import ID_ROLE, ROOT, AnyIndex
from kamdesk.ui.plan.interaction_commands import (
    CreateInteractionCommand,
    UpdateInteractionCommand,
)
from kamdesk.ui.plan.positioning_history import pydate, qdate
from kamdesk.ui.workspace import Workspace


@dataclass(frozen=True)
class PersonChoice:
    """A person of the account as the list offers them; ``details``: job title, buying role
    and org unit, as far as known."""

    id: int
    name: str
    details: str
    last_contact: dt.date | None
    search_key: str


class PeopleChecklist(QAbstractListModel):
    """The account's people, each with a check box; the checked ids live here, not in items."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._people: list[PersonChoice] = []
        self.checked: set[int] = set()

    def set_people(self, people: list[PersonChoice], checked: set[int]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.checked = set(checked)
        self.endResetModel()

    def people(self) -> list[PersonChoice]:
        return list(self._people)

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(sorted(self.checked))

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._people)

    def flags(self, index: AnyIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{person.name}\n{person.details}" if person.details else person.name
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = person.id in self.checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            last = format_date(person.last_contact) or self.tr("never")
            return self.tr("Last contact: %1").replace("%1", last)
        if role == ID_ROLE:
            return person.id
        return None

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        person = self._people[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(person.id)
        else:
            self.checked.discard(person.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_checked(self, person_id: int, checked: bool) -> None:
        row = next(i for i, p in enumerate(self._people) if p.id == person_id)
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.setData(self.index(row), state.value, Qt.ItemDataRole.CheckStateRole)


class PeopleSearchProxy(QSortFilterProxyModel):
    """Keeps the people whose name, title, role or unit contains the search (accents and case
    ignored)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._needle = ""

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        person = self.sourceModel().people()[source_row]
        return self._needle in person.search_key


def people_choices(stakeholders: StakeholderService, account_id: int) -> list[PersonChoice]:
    """The account's people by name, with their job title, buying role and org unit."""
    account_map = stakeholders.account_map(account_id, dt.date.today())
    units = {unit.id: unit.data.name for unit in account_map.units}
    choices = []
    for person in account_map.people:
        data = person.data
        role = enum_label(data.buying_role) if data.buying_role else ""
        parts = [data.job_title, role, units.get(data.org_unit_id, "")]
        details = " · ".join(part for part in parts if part)
        choices.append(
            PersonChoice(
                person.id, data.name, details, data.last_contact, fold(f"{data.name} {details}")
            )
        )
    return choices


class InteractionDialog(QDialog):
    """A new interaction of ``account_id`` (``interaction_id`` None) or an existing one; see the
    module docstring. Opened with ``open()``. Editing an interaction that no longer exists
    raises :class:`ValidationError` from the constructor."""

    def __init__(
        self,
        workspace: Workspace,
        service: InteractionService,
        account_id: int | None = None,
        interaction_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.workspace, self.service = workspace, service
        self.interaction_id = interaction_id
        self.before = service.get(interaction_id) if interaction_id is not None else None
        self.account_id = self.before.account_id if self.before else account_id
        self.setObjectName("interactionDialog")
        self.setWindowTitle(
            self.tr("New interaction") if self.before is None else self.tr("Edit interaction")
        )
        self.fields: dict[str, Field] = {}
        self._build()
        start = self.before or InteractionData(self.account_id or 0, dt.date.today())
        self._load(start)
        self.fields["notes"].widget.setFocus()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Date"), self._date_field().container)
        form.addRow(self.tr("Kind"), self._kind_field().container)
        self._people_field()
        form.addRow(self.tr("People involved"), self.people_box)
        form.addRow(self.tr("Notes"), self._notes_field().container)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            hint_label(self.tr("Each person involved gets this date as their last contact."))
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(
            self.tr("Log interaction") if self.before is None else self.tr("Save")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.resize(620, 600)

    def _add(self, field: Field) -> Field:
        self.fields[field.name] = field
        return field

    def _date_field(self) -> Field:
        edit = QDateEdit()
        edit.setObjectName("interactionDate")
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())
        edit.setDateRange(qdate(EARLIEST_DAY), QDate.currentDate())
        return self._add(
            Field(
                "date",
                edit,
                lambda: pydate(edit.date()),
                lambda v: edit.setDate(qdate(v)),
                edit.dateChanged,
            )
        )

    def _kind_field(self) -> Field:
        combo = QComboBox()
        combo.setObjectName("interactionKind")
        for kind in InteractionKind:
            combo.addItem(enum_label(kind), kind)
        return self._add(
            Field(
                "kind",
                combo,
                combo.currentData,
                lambda v: combo.setCurrentIndex(max(combo.findData(v), 0)),
                combo.activated,
            )
        )

    def _people_field(self) -> Field:
        """The checkable list (the field) under a search box and the count of those checked."""
        self.people_model = PeopleChecklist(self)
        self.people_proxy = PeopleSearchProxy(self)
        self.people_proxy.setSourceModel(self.people_model)
        self.people_search = QLineEdit()
        self.people_search.setObjectName("peopleSearch")
        self.people_search.setClearButtonEnabled(True)
        self.people_search.setPlaceholderText(self.tr("Search by name, title, role or area"))
        self.people_search.textChanged.connect(self.people_proxy.set_search)
        self.people_view = QListView()
        self.people_view.setObjectName("peopleInvolved")
        self.people_view.setModel(self.people_proxy)
        self.people_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_view.setAlternatingRowColors(True)
        self.people_view.setWordWrap(True)
        self.people_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people_view.setMinimumHeight(170)
        self.people_count = hint_label()
        self.people_count.setObjectName("peopleCount")
        self.people_model.dataChanged.connect(self._count_people)
        self.people_model.modelReset.connect(self._count_people)
        self.no_people = hint_label(
            self.tr("This account has no people yet: add them on the Stakeholder map.")
        )
        field = self._add(
            Field(
                "stakeholder_ids",
                self.people_view,
                self.people_model.checked_ids,
                lambda v: None,  # loaded with the people (:meth:`_load`)
                self.people_model.dataChanged,
            )
        )
        self.people_box = QWidget()
        layout = QVBoxLayout(self.people_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.people_search)
        layout.addWidget(field.container)
        layout.addWidget(self.people_count)
        layout.addWidget(self.no_people)
        return field

    def _notes_field(self) -> Field:
        edit = PlainTextEdit()
        edit.setObjectName("interactionNotes")
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(
            self.tr("What was discussed, what they expect, the next step agreed…")
        )
        edit.setMinimumHeight(110)
        return self._add(
            Field(
                "notes",
                edit,
                lambda: edit.toPlainText().strip(),
                lambda v: edit.setPlainText(v or ""),
                edit.editingFinished,
            )
        )

    # -- loading -----------------------------------------------------------------------------

    def _load(self, data: InteractionData) -> None:
        people = []
        if self.account_id is not None:
            try:
                people = people_choices(
                    StakeholderService(self.workspace.portfolio), data.account_id
                )
            except ValidationError:  # the account was deleted meanwhile: OK will say so
                people = []
        self.people_model.set_people(people, set(data.stakeholder_ids))
        self.people_view.setVisible(bool(people))
        self.people_search.setVisible(bool(people))
        self.no_people.setVisible(not people)
        for name, field in self.fields.items():
            if name != "stakeholder_ids":
                field.load(getattr(data, name))

    def _count_people(self) -> None:
        count = len(self.people_model.checked)
        self.people_count.setText(self.tr("%n selected", "", count))

    # -- reading the form --------------------------------------------------------------------

    def data(self) -> InteractionData:
        """What the form says now (not yet checked)."""
        return InteractionData(
            account_id=self.account_id or 0,
            date=self.fields["date"].value(),
            kind=InteractionKind(self.fields["kind"].value()),
            stakeholder_ids=self.fields["stakeholder_ids"].value(),
            notes=self.fields["notes"].value(),
        )

    def changes(self) -> dict[str, object]:
        """The fields the KAM changed in an existing interaction ({} for a new one)."""
        if self.before is None:
            return {}
        data = self.data()
        changed = {
            name: getattr(data, name)
            for name in INTERACTION_FIELDS
            if name != "account_id" and getattr(data, name) != getattr(self.before, name)
        }
        if set(changed.get("stakeholder_ids", ())) == set(self.before.stakeholder_ids):
            changed.pop("stakeholder_ids", None)
        return changed

    # -- OK ----------------------------------------------------------------------------------

    def accept(self) -> None:
        for field in self.fields.values():
            field.show_problem(None)
        data = self.data()
        try:
            problems = self.service.validate(data, self.interaction_id)
        except ValidationError as error:  # the interaction was deleted meanwhile
            problems = error.problems
        if self._show_problems(problems):
            return
        if self.before is None:
            command = CreateInteractionCommand(self.workspace, self.service, data)
        else:
            changes = self.changes()
            command = (
                UpdateInteractionCommand(
                    self.workspace, self.service, self.interaction_id, data, changes
                )
                if changes
                else None
            )
        if command is not None:
            stack = self.workspace.undo_stack
            index = stack.index()
            stack.push(command)
            if stack.index() == index:  # the database refused; the window says why
                return
        super().accept()

    def _show_problems(self, problems: list[Problem]) -> bool:
        """Each problem under its field; False when there are none."""
        if not problems:
            return False
        fatal = next((p for p in problems if p.field in ("id", "account_id")), None)
        if fatal is not None:  # nothing left to edit
            show_message(self.parentWidget(), problem_text(fatal))
            self.reject()
            return True
        texts: dict[str, list[str]] = {}
        for problem in problems:
            name = problem.field if problem.field in self.fields else "notes"
            texts.setdefault(name, []).append(problem_text(problem))
        for name, lines in texts.items():
            self.fields[name].show_problem("\n".join(lines))
        return True
