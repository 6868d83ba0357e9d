"""The opportunity editor: a new opportunity, or every field of an existing one, in one dialog.

Two columns (the deal on the left; value, stage and forecast on the right), then the next
step, the win/loss reason (shown only for a won or lost stage) and, for an existing
opportunity, its history, so the KAM sees how the close date and the value slipped.

OK asks the service first and shows each problem under its field (nothing is written, the
dialog stays open); then it pushes one command: :class:`CreateOpportunityCommand` for a new
opportunity, one :class:`UpdateOpportunityCommand` with only the changed fields for an
existing one. A stage change goes through that same update: the service then records the
history row and what follows from the stage, and :meth:`OpportunityService.revert` undoes all
of it exactly (a move is an update of the stage; the undo text then says "Move ... to ...").

The dialog mirrors what the service does when the stage changes (the own probability gives
way to the new stage's default, a won stage means the Closed category and a lost one
Omitted, leaving a won or lost stage clears the reason), so what the KAM sees is what is
saved; those three fields are sent with every stage change, as shown.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from itertools import pairwise

from PySide6.QtCore import QAbstractTableModel, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.model.enums import (
    CURRENCY_SYMBOLS,
    ForecastCategory,
    OpportunityType,
    StageOutcome,
    fold,
)
from kamdesk.services.pipeline import (
    MONEY_LIMIT,
    HistoryEntry,
    OpportunityData,
    OpportunityService,
    ProductService,
    StageRow,
    StageService,
    opportunity_value,
    weighted_value,
)
from kamdesk.services.pipeline.data import OPPORTUNITY_FIELDS
from kamdesk.services.problems import Problem, ValidationError
from kamdesk.services.stakeholders import StakeholderService
from kamdesk.ui.builtin_names import stage_label
from kamdesk.ui.colors import ERROR_TEXT, MUTED_TEXT
from kamdesk.ui.dialogs import show_message
from kamdesk.ui.fields import NO_DATE, Field, choice_field, hint_label, set_choices, text_field
from kamdesk.ui.i18n import (
    date_format,
    enum_label,
    format_date,
    format_money,
    problem_text,
    translate,
)
from kamdesk.ui.models.roles import ROOT, AnyIndex
from kamdesk.ui.pipeline.commands import CreateOpportunityCommand, UpdateOpportunityCommand
from kamdesk.ui.workspace import Workspace

NO_PROBABILITY = -1  # the probability box's special value: the stage's default applies
CLOSED_CATEGORY = {
    StageOutcome.WON: ForecastCategory.CLOSED,
    StageOutcome.LOST: ForecastCategory.OMITTED,
}
# Sent with every stage change, as the dialog shows them (see the module docstring).
FOLLOWING_THE_STAGE = ("probability", "forecast_category", "win_loss_reason")
MONEY_FIELDS = ("one_time_value", "recurring_value")


def percent(value: int) -> str:
    return f"{value} %"


# -- inputs ----------------------------------------------------------------------------------


class MoneyBox(QDoubleSpinBox):
    """An amount from 0 up to the services' limit; a minus sign cannot even be typed (Qt
    would otherwise accept “-0” on the way to a negative number)."""

    def __init__(self, symbol: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDecimals(2)
        self.setRange(0, float(MONEY_LIMIT))
        self.setPrefix(f"{symbol} ")
        self.setGroupSeparatorShown(True)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        self.setMinimumWidth(150)

    def validate(self, text: str, position: int):
        if "-" in text:
            return QValidator.State.Invalid, text, position
        return super().validate(text, position)


def money_of(box: QDoubleSpinBox) -> Decimal:
    return Decimal(f"{box.value():.2f}")


class OptionalDateEdit(QDateEdit):
    """A date that may be left empty (shown as the special text); from empty, the calendar
    and the arrow keys start at today rather than in 1900. Left and right move between day,
    month and year; Tab moves to the next field."""

    def __init__(self, empty_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(empty_text)

    def is_empty(self) -> bool:
        return self.date() == NO_DATE

    def value(self) -> dt.date | None:
        day = self.date()
        return None if day == NO_DATE else dt.date(day.year(), day.month(), day.day())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))

    def mousePressEvent(self, event) -> None:
        empty = self.is_empty()
        super().mousePressEvent(event)
        if empty:  # show this month, without choosing a day for the KAM
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())

    def keyPressEvent(self, event) -> None:
        # Tab leaves the field, as in every other field of the form: Qt's date edit would
        # step through day, month and year instead, and never leave while the date is empty.
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            backwards = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            QWidget.focusNextPrevChild(self, not backwards)
            event.accept()
            return
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:
        if self.is_empty():
            self.setDate(QDate.currentDate())
        else:
            super().stepBy(steps)

    def stepEnabled(self):
        if self.is_empty():
            return (
                QDateEdit.StepEnabledFlag.StepUpEnabled | QDateEdit.StepEnabledFlag.StepDownEnabled
            )
        return super().stepEnabled()


def searchable_combo(placeholder: str, limit: int) -> QComboBox:
    """An editable drop-down whose completer finds entries by any part of their text."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(18)
    combo.lineEdit().setPlaceholderText(placeholder)
    combo.lineEdit().setMaxLength(limit)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


# -- the history list ------------------------------------------------------------------------


class OpportunityHistoryModel(QAbstractTableModel):
    """The opportunity after each change, newest first; a close date moved out or a value
    that went down is shown in red, with what it was before in the tooltip."""

    COLUMNS = 5
    DATE, STAGE, CLOSE, VALUE, PROBABILITY = range(COLUMNS)

    def __init__(self, currency: str, stage_keys: dict[int, str | None], parent=None):
        super().__init__(parent)
        self.currency, self.stage_keys = currency, stage_keys
        self._entries: list[HistoryEntry] = []  # newest first

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        """``entries`` oldest first, as the service gives them."""
        self.beginResetModel()
        self._entries = list(reversed(entries))
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Changed on"),
            self.tr("Stage"),
            self.tr("Expected close"),
            self.tr("Value"),
            self.tr("Probability"),
        ][section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        older = self._entries[index.row() + 1] if index.row() + 1 < len(self._entries) else None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.VALUE, self.PROBABILITY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        slipped = older is not None and self._slipped(entry, older, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if slipped:
                return QBrush(ERROR_TEXT)
            if column == self.PROBABILITY and entry.probability is None:
                return QBrush(MUTED_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and slipped:
            return self.tr("Was %1").replace("%1", self._display(older, column))
        return None

    def _display(self, entry: HistoryEntry, column: int) -> str:
        if column == self.DATE:
            return format_date(entry.changed_at)
        if column == self.STAGE:
            if entry.stage_id is None:
                return self.tr("(deleted stage)")
            return stage_label(self.stage_keys.get(entry.stage_id), entry.stage_name)
        if column == self.CLOSE:
            return format_date(entry.expected_close) or "—"
        if column == self.VALUE:
            return format_money(_entry_value(entry), self.currency)
        if entry.probability is None:
            return self.tr("stage default")
        return percent(entry.probability)

    def _slipped(self, entry: HistoryEntry, older: HistoryEntry, column: int) -> bool:
        if column == self.CLOSE:
            before, after = older.expected_close, entry.expected_close
            return before is not None and (after is None or after > before)
        if column == self.VALUE:
            return _entry_value(entry) < _entry_value(older)
        return False


def _entry_value(entry: HistoryEntry) -> Decimal:
    return opportunity_value(
        entry.one_time_value or Decimal(0), entry.recurring_value or Decimal(0)
    )


# -- the dialog ------------------------------------------------------------------------------


class OpportunityDialog(QDialog):
    """A new opportunity (``opportunity_id`` None) or an existing one; see the module docstring.

    A new one starts in ``account_id``, else ``defaults.account_id``, else the shared
    selection, with ``defaults`` (e.g. from the whitespace matrix) pre-filled. Opened with
    ``open()``; on OK it pushes its command and says ``opportunity_saved(id)``. Editing an
    opportunity that no longer exists raises :class:`ValidationError` from the constructor.
    """

    opportunity_saved = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        service: OpportunityService,
        stages: StageService,
        products: ProductService,
        opportunity_id: int | None = None,
        account_id: int | None = None,
        defaults: OpportunityData | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.workspace, self.service = workspace, service
        self.opportunity_id = opportunity_id
        self.before: OpportunityData | None = (
            service.get(opportunity_id) if opportunity_id is not None else None
        )
        self.units = StakeholderService(workspace.portfolio)
        self.stage_rows: dict[int, StageRow] = {row.id: row for row in stages.list_rows()}
        self._product_rows = products.list_rows()
        self.currency = workspace.settings.currency
        self.fields: dict[str, Field] = {}
        self.setObjectName("opportunityDialog")
        self.setWindowTitle(
            self.tr("New opportunity") if self.before is None else self.tr("Edit opportunity")
        )
        self._build()
        start = self.before or self._new_data(account_id, defaults)
        self._load(start)
        self._connect()
        self.fields["title"].widget.setFocus()

    # -- building ----------------------------------------------------------------------------

    def _field(self, field: Field) -> Field:
        self.fields[field.name] = field
        return field

    def _wrap(self, name: str, widget: QWidget, getter, setter, finished) -> Field:
        return self._field(Field(name, widget, getter, setter, finished))

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        columns.setSpacing(12)
        columns.addWidget(self._deal_box(), 1)
        columns.addWidget(self._forecast_box(), 1)
        layout.addLayout(columns)
        layout.addWidget(self._follow_up_box())
        self.history_box = self._history_box()
        layout.addWidget(self.history_box, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(
            self.tr("Create opportunity") if self.before is None else self.tr("Save")
        )
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._set_tab_order()
        self.setMinimumWidth(760)
        self.resize(880, self.sizeHint().height())

    def _form(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        # Never squeezed: when the dialog is short, the history list gives up the room.
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return box, form

    def _deal_box(self) -> QGroupBox:
        box, form = self._form(self.tr("Deal"))
        account = searchable_combo(self.tr("Type to search an account…"), 200)
        account.setObjectName("accountCombo")
        self._wrap("account_id", account, self._account_id, self._set_account, account.activated)
        form.addRow(self.tr("Account *"), self.fields["account_id"].container)
        title = self._field(text_field("title", self.tr("e.g. ERP rollout in the north plants")))
        form.addRow(self.tr("Title *"), title.container)
        types = [(enum_label(t), t) for t in OpportunityType]
        form.addRow(self.tr("Type"), self._field(choice_field("type", types)).container)
        products = sorted(self._product_rows, key=lambda p: fold(p.name))
        choices = [(self.tr("No product"), None)] + [(p.name, p.id) for p in products]
        form.addRow(
            self.tr("Product line"), self._field(choice_field("product_id", choices)).container
        )
        unit = self._field(choice_field("org_unit_id", []))
        unit.widget.setToolTip(self.tr("The part of the client's organization that buys"))
        form.addRow(self.tr("Org unit"), unit.container)
        owner = searchable_combo(self.tr("Who leads the deal"), 120)
        owner.setObjectName("ownerCombo")
        self._wrap(
            "owner",
            owner,
            lambda: owner.currentText().strip(),
            lambda v: owner.setEditText(v or ""),
            owner.activated,
        )
        form.addRow(self.tr("Owner"), self.fields["owner"].container)
        competitor = self._field(
            text_field("competitor", self.tr("Who else is in the running"), 200)
        )
        form.addRow(self.tr("Competitor"), competitor.container)
        return box

    def _forecast_box(self) -> QGroupBox:
        box, form = self._form(self.tr("Value and forecast"))
        symbol = CURRENCY_SYMBOLS.get(self.currency, self.currency)
        for name, label in (
            ("one_time_value", self.tr("One-time value")),
            ("recurring_value", self.tr("Monthly recurring")),
        ):
            spin = MoneyBox(symbol)
            spin.setObjectName(name)
            self._wrap(
                name,
                spin,
                lambda spin=spin: money_of(spin),
                lambda v, spin=spin: spin.setValue(float(v or 0)),
                spin.editingFinished,
            )
            form.addRow(label, self.fields[name].container)
        self.value_label = hint_label()
        self.value_label.setWordWrap(False)
        self.value_label.setObjectName("valueLabel")
        form.addRow("", self.value_label)
        stages = [(stage_label(r.key, r.name), r.id) for r in self.stage_rows.values()]
        form.addRow(self.tr("Stage"), self._field(choice_field("stage_id", stages)).container)
        probability = QSpinBox()
        probability.setObjectName("probability")
        probability.setRange(NO_PROBABILITY, 100)
        probability.setSuffix(" %")
        probability.setAlignment(Qt.AlignmentFlag.AlignRight)
        probability.setToolTip(
            self.tr("Leave at the stage default unless this deal is clearly more or less likely")
        )
        self._wrap(
            "probability",
            probability,
            lambda: None if probability.value() == NO_PROBABILITY else probability.value(),
            lambda v: probability.setValue(NO_PROBABILITY if v is None else int(v)),
            probability.editingFinished,
        )
        form.addRow(self.tr("Probability"), self.fields["probability"].container)
        category = self._field(choice_field("forecast_category", []))
        category.widget.setToolTip(
            self.tr("How sure you are that it closes in its period: pipeline, best case, commit")
        )
        form.addRow(self.tr("Forecast category"), category.container)
        close = OptionalDateEdit(self.tr("not set"))
        close.setObjectName("expectedClose")
        self._wrap("expected_close", close, close.value, close.set_value, close.dateChanged)
        self.clear_close = QToolButton()
        self.clear_close.setText("✕")
        self.clear_close.setAutoRaise(True)
        self.clear_close.setToolTip(self.tr("No expected close date"))
        self.clear_close.clicked.connect(lambda: close.set_value(None))
        close.dateChanged.connect(lambda: self.clear_close.setEnabled(not close.is_empty()))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.fields["expected_close"].container, 1)
        row.addWidget(self.clear_close, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Expected close"), row)
        return box

    def _follow_up_box(self) -> QGroupBox:
        box, form = self._form(self.tr("Follow-up"))
        next_step = self._field(
            text_field("next_step", self.tr("e.g. Send the revised proposal by Friday"), 2000)
        )
        form.addRow(self.tr("Next step"), next_step.container)
        reason = self._field(text_field("win_loss_reason", "", 2000))
        self.reason_label = QLabel()
        form.addRow(self.reason_label, reason.container)
        self.follow_up_form = form
        return box

    def _history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("History"))
        layout = QVBoxLayout(box)
        self.history_model = OpportunityHistoryModel(
            self.currency, {row.id: row.key for row in self.stage_rows.values()}, self
        )
        view = QTableView()
        view.setObjectName("historyView")
        view.setModel(self.history_model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        view.setMinimumHeight(110)
        self.history_view = view
        layout.addWidget(view)
        layout.addWidget(
            hint_label(self.tr("In red: the close date moved out, or the value went down."))
        )
        if self.before is None:
            box.hide()
        else:
            self.history_model.set_entries(self.service.history(self.opportunity_id))
        return box

    def _set_tab_order(self) -> None:
        order = [
            "account_id",
            "title",
            "type",
            "product_id",
            "org_unit_id",
            "owner",
            "competitor",
            "one_time_value",
            "recurring_value",
            "stage_id",
            "probability",
            "forecast_category",
            "expected_close",
            "next_step",
            "win_loss_reason",
        ]
        widgets = [self.fields[name].widget for name in order]
        widgets.insert(widgets.index(self.fields["expected_close"].widget) + 1, self.clear_close)
        for first, second in pairwise(widgets):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(widgets[-1], self.ok_button)

    def _connect(self) -> None:
        account: QComboBox = self.fields["account_id"].widget
        account.currentIndexChanged.connect(self._account_changed)
        account.lineEdit().textEdited.connect(self._account_typed)
        self.fields["stage_id"].widget.currentIndexChanged.connect(self._stage_chosen)
        for name in MONEY_FIELDS:
            self.fields[name].widget.valueChanged.connect(self._refresh_value)
        self.fields["probability"].widget.valueChanged.connect(self._refresh_value)

    # -- loading -----------------------------------------------------------------------------

    def _new_data(
        self, account_id: int | None, defaults: OpportunityData | None
    ) -> OpportunityData:
        data = defaults or OpportunityData()
        account = account_id or data.account_id or self.workspace.current_account or 0
        stage = data.stage_id if data.stage_id in self.stage_rows else self._first_open_stage()
        owner = data.owner or self.workspace.settings.owner_name
        return replace(data, account_id=account, stage_id=stage, owner=owner)

    def _first_open_stage(self) -> int | None:
        rows = sorted(
            self.stage_rows.values(),
            key=lambda r: (r.outcome is not StageOutcome.OPEN, r.position, r.id),
        )
        return rows[0].id if rows else None

    def _load(self, data: OpportunityData) -> None:
        self._fill_accounts(data.account_id)
        self._fill_owners()
        self._fill_units(data.account_id)
        self._shown_outcome = self._outcome(data.stage_id)
        self._fill_categories(self._shown_outcome)
        for name, field in self.fields.items():
            field.load(getattr(data, name))
        self.clear_close.setEnabled(data.expected_close is not None)
        self._refresh_stage()
        self._refresh_value()

    def _fill_accounts(self, account_id: int) -> None:
        combo: QComboBox = self.fields["account_id"].widget
        rows = sorted(
            (r for r in self.workspace.account_rows() if not r.archived or r.id == account_id),
            key=lambda r: fold(r.name),
        )
        combo.blockSignals(True)
        combo.clear()
        for row in rows:
            name = row.name
            if row.archived:
                name = self.tr("%1 (archived)").replace("%1", row.name)
            combo.addItem(name, row.id)
        combo.blockSignals(False)

    def _fill_owners(self) -> None:
        combo: QComboBox = self.fields["owner"].widget
        names = {*self.service.owners(), self.workspace.settings.owner_name} - {""}
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(sorted(names, key=fold))
        combo.blockSignals(False)

    def _fill_units(self, account_id: int | None) -> None:
        """The account's org units in tree order, indented by depth; "Whole account" first."""
        units = []
        if account_id:
            try:
                units = self.units.account_map(account_id, dt.date.today()).units
            except ValidationError:  # the account was deleted meanwhile: OK will say so
                units = []
        choices = [(self.tr("Whole account (no unit)"), None)]
        choices += [("\u2003" * u.depth + u.data.name, u.id) for u in units]
        set_choices(self.fields["org_unit_id"], choices)

    def _fill_categories(self, outcome: StageOutcome | None) -> None:
        """A won stage is always Closed and a lost one Omitted; only open stages choose."""
        combo: QComboBox = self.fields["forecast_category"].widget
        if outcome in CLOSED_CATEGORY:
            categories = [CLOSED_CATEGORY[outcome]]
        else:
            categories = [c for c in ForecastCategory if c is not ForecastCategory.CLOSED]
        set_choices(self.fields["forecast_category"], [(enum_label(c), c) for c in categories])
        combo.setEnabled(len(categories) > 1)

    # -- reading the form --------------------------------------------------------------------

    def _account_id(self) -> int | None:
        """The chosen account; None while the typed text names none of them."""
        combo: QComboBox = self.fields["account_id"].widget
        text = combo.currentText().strip()
        index = combo.currentIndex()
        if index < 0 or fold(combo.itemText(index)) != fold(text):
            index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return combo.itemData(index) if index >= 0 else None

    def _set_account(self, account_id: int | None) -> None:
        combo: QComboBox = self.fields["account_id"].widget
        index = combo.findData(account_id) if account_id else -1
        combo.setCurrentIndex(index)
        if index < 0:
            combo.setEditText("")

    def data(self) -> OpportunityData:
        """What the form says now (not yet checked)."""
        values = {name: field.value() for name, field in self.fields.items()}
        values["account_id"] = values["account_id"] or 0
        values["type"] = OpportunityType(values["type"])
        values["forecast_category"] = ForecastCategory(values["forecast_category"])
        return OpportunityData(**values)

    def changes(self) -> dict[str, object]:
        """The fields the KAM changed in an existing opportunity ({} for a new one)."""
        if self.before is None:
            return {}
        data = self.data()
        changed = {
            name: getattr(data, name)
            for name in OPPORTUNITY_FIELDS
            if getattr(data, name) != getattr(self.before, name)
        }
        if "stage_id" in changed:
            changed.update({name: getattr(data, name) for name in FOLLOWING_THE_STAGE})
        return changed

    def _outcome(self, stage_id: int | None) -> StageOutcome | None:
        row = self.stage_rows.get(stage_id)
        return row.outcome if row else None

    # -- reacting ----------------------------------------------------------------------------

    def _account_changed(self) -> None:
        unit = self.fields["org_unit_id"].value()
        self._fill_units(self._account_id())
        self.fields["org_unit_id"].load(unit)  # kept when the new account has it, else none

    def _account_typed(self) -> None:
        """A name typed in full (not picked from the list) chooses that account at once, so
        its org units are offered."""
        combo: QComboBox = self.fields["account_id"].widget
        account_id = self._account_id()
        if account_id is not None and account_id != combo.currentData():
            combo.setCurrentIndex(combo.findData(account_id))

    def _stage_chosen(self) -> None:
        """Mirrors what the service does with a new stage (see the module docstring)."""
        stage_id = self.fields["stage_id"].value()
        outcome = self._outcome(stage_id)
        self._fill_categories(outcome)
        if self.before is not None and stage_id == self.before.stage_id:
            for name in FOLLOWING_THE_STAGE:  # changed her mind: as stored
                self.fields[name].load(getattr(self.before, name))
        else:
            self.fields["probability"].load(None)
            category = self.fields["forecast_category"]
            if outcome in CLOSED_CATEGORY:
                category.load(CLOSED_CATEGORY[outcome])
            elif self._shown_outcome in CLOSED_CATEGORY:  # reopened: the KAM re-commits
                category.load(ForecastCategory.PIPELINE)
            if self._shown_outcome in CLOSED_CATEGORY and outcome != self._shown_outcome:
                self.fields["win_loss_reason"].load("")  # it explained the other outcome
        self._shown_outcome = outcome
        self._refresh_stage()
        self._refresh_value()

    def _refresh_stage(self) -> None:
        stage = self.stage_rows.get(self.fields["stage_id"].value())
        default = stage.probability if stage else 0
        spin: QSpinBox = self.fields["probability"].widget
        spin.setSpecialValueText(self.tr("stage default (%1)").replace("%1", percent(default)))
        outcome = stage.outcome if stage else None
        closing = outcome in CLOSED_CATEGORY
        won = outcome is StageOutcome.WON
        self.reason_label.setText(
            self.tr("Why it was won *") if won else self.tr("Why it was lost *")
        )
        self.fields["win_loss_reason"].widget.setPlaceholderText(
            self.tr("e.g. Best total cost over three years")
            if won
            else self.tr("e.g. The competitor's price was 15 % lower")
        )
        self.follow_up_form.setRowVisible(self.fields["win_loss_reason"].container, closing)
        if not closing:
            self.fields["win_loss_reason"].show_problem(None)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grows the dialog when a row appears (the reason, a problem), up to its screen."""
        self.layout().activate()
        wanted = self.sizeHint().height()
        screen = self.screen().availableGeometry().height() if self.screen() else wanted
        if self.height() < wanted:
            self.resize(self.width(), min(wanted, screen))

    def _refresh_value(self) -> None:
        one_time = money_of(self.fields["one_time_value"].widget)
        monthly = money_of(self.fields["recurring_value"].widget)
        value = opportunity_value(one_time, monthly)
        stage = self.stage_rows.get(self.fields["stage_id"].value())
        own = self.fields["probability"].value()
        probability = own if own is not None else (stage.probability if stage else 0)
        self.value_label.setText(
            self.tr("= %1 (one-time + 12 × monthly)\nweighted: %2 at %3")
            .replace("%1", format_money(value, self.currency))
            .replace("%2", format_money(weighted_value(value, probability), self.currency))
            .replace("%3", percent(probability))
        )

    # -- OK ----------------------------------------------------------------------------------

    def accept(self) -> None:
        """Stays open with each problem under its field while the service would refuse."""
        for field in self.fields.values():
            field.show_problem(None)
        data = self.data()
        try:
            problems = self.service.validate(data, self.opportunity_id)
        except ValidationError as error:  # the opportunity was deleted meanwhile
            problems = error.problems
        if self._show_problems(problems):
            return
        stack = self.workspace.undo_stack
        if self.before is None:
            command = CreateOpportunityCommand(self.workspace, self.service, data)
        else:
            changes = self.changes()
            command = self._update_command(data, changes) if changes else None
        if command is not None:
            index = stack.index()
            stack.push(command)
            if stack.index() == index:  # the database refused; the window says why
                return  # stays open, so nothing typed is lost
        super().accept()
        saved = self.opportunity_id if self.before is not None else command.opportunity_id
        self.opportunity_saved.emit(saved)

    def _update_command(self, data: OpportunityData, changes: dict) -> UpdateOpportunityCommand:
        text = None
        if set(changes) <= {"stage_id", *FOLLOWING_THE_STAGE} and "stage_id" in changes:
            stage = self.stage_rows[data.stage_id]
            text = (
                translate("PipelineCommands", "Move “%1” to %2")
                .replace("%1", data.title)
                .replace("%2", stage_label(stage.key, stage.name))
            )
        return UpdateOpportunityCommand(
            self.workspace, self.service, self.opportunity_id, data.title, changes, text
        )

    def _show_problems(self, problems: list[Problem]) -> bool:
        """Each problem under its field, focus on the first; False when there are none."""
        if not problems:
            return False
        gone = next((p for p in problems if p.field == "id"), None)
        if gone is not None:  # nothing left to edit
            show_message(self.parentWidget(), problem_text(gone))
            self.reject()
            return True
        texts: dict[str, list[str]] = {}
        for problem in problems:
            name = problem.field if problem.field in self.fields else "title"
            text = problem_text(problem)
            if name == "account_id" and self._account_id() is None:
                text = self.tr("Choose an account from the list.")
            texts.setdefault(name, []).append(text)
        for name, lines in texts.items():
            self.fields[name].show_problem("\n".join(lines))
        first = next(name for name in self.fields if name in texts)  # in form order
        self.fields[first].widget.setFocus()
        self._fit_height()
        return True
