"""The Preferences dialog: general portfolio settings, ICP criteria and segmentation rules.

Nothing is written while the KAM edits. OK validates the whole settings at once: problems are
shown on the page they concern and the dialog stays open; otherwise the change becomes one
undoable command, so one Ctrl+Z takes back the whole visit to Preferences. The interface
language is the exception: it belongs to the user on this computer (QSettings), not to the
portfolio, and is not undoable.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace
from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.analytics.icp import DEFAULT_CRITERIA
from kamdesk.analytics.segmentation import DEFAULT_RULES, FALLBACK_TIER, SegmentationRules, TierRule
from kamdesk.services.problems import Problem
from kamdesk.services.settings import (
    IcpCriterionSetting,
    PortfolioSettings,
)
from kamdesk.ui.account_editor import problem_text
from kamdesk.ui.builtin_names import criterion_label
from kamdesk.ui.colors import ERROR_TEXT
from kamdesk.ui.commands import ChangeSettingsCommand
from kamdesk.ui.fields import Field, choice_field, hint_label, int_field, text_field
from kamdesk.ui.i18n import (
    CURRENCY_SYMBOLS,
    LANGUAGE_KEY,
    LANGUAGES,
    chosen_language,
    format_number,
    format_percent,
    install_language,
)
from kamdesk.ui.workspace import Workspace

MAX_WEIGHT = 100.0
NEW_CRITERION_WEIGHT = 10.0
STALE_DAYS_LIMIT = 3650  # ten years: anything longer means "never stale"
REVENUE_LIMIT = 1e13
RULE_TIERS = ("A", "B", "C")  # D is what remains, so it has no row of minimums
NO_FLOOR = ""  # combo data for "no strategic floor" (None does not round-trip a QVariant)
AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def problem_label() -> QLabel:
    """A red, wrapping label for messages that keep the dialog open; hidden while empty."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_TEXT.name()};")
    label.hide()
    return label


def show_messages(label: QLabel, messages: list[str]) -> None:
    label.setText("\n".join(messages))
    label.setVisible(bool(messages))


def stored_language() -> str:
    """The language saved for this user: "" (follow the system), "pt_BR" or "en"."""
    value = str(QSettings().value(LANGUAGE_KEY, "") or "")
    return value if value in LANGUAGES else ""


def decimals_for(value: float) -> int:
    """Whole numbers without decimals (25, not 25.0); anything else with one."""
    return 0 if float(value).is_integer() else 1


# -- General ----------------------------------------------------------------------------


def percent_field(name: str) -> Field:
    """A 0–100 % spin box that reads and writes a Decimal fraction (30 % ⇄ 0.30)."""
    box = QDoubleSpinBox()
    box.setRange(0, 100)
    box.setDecimals(1)
    box.setSuffix(" %")

    def get() -> Decimal:
        return Decimal(str(round(box.value(), 1))) / 100

    return Field(name, box, get, lambda v: box.setValue(float(v) * 100), box.editingFinished)


def month_name(month: int) -> str:
    """The month in the interface language, capitalised as a list item ("Janeiro")."""
    name = QLocale().monthName(month, QLocale.FormatType.LongFormat)
    return name[:1].upper() + name[1:]


class GeneralPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # Language names are written in their own language, so anyone can find theirs.
        self.language = choice_field(
            "language",
            [(self.tr("System default"), ""), ("Português (Brasil)", "pt_BR"), ("English", "en")],
        )
        self.owner_name = text_field(
            "owner_name", self.tr("Your name, as it appears on account plans"), 120
        )
        self.currency = choice_field("currency", self._currency_choices())
        self.fiscal_year_start = choice_field(
            "fiscal_year_start", [(month_name(m), m) for m in range(1, 13)]
        )
        self.gross_margin = percent_field("gross_margin")
        self.stale_contact_days = int_field("stale_contact_days", 1, STALE_DAYS_LIMIT)
        self.stale_contact_days.widget.setSuffix(self.tr(" days"))
        self.fields = {
            f.name: f
            for f in (
                self.owner_name,
                self.currency,
                self.fiscal_year_start,
                self.gross_margin,
                self.stale_contact_days,
            )
        }
        self.problems = problem_label()
        self._lay_out()

    def _currency_choices(self) -> list[tuple[str, str]]:
        names = {
            "BRL": self.tr("Brazilian real"),
            "USD": self.tr("US dollar"),
            "EUR": self.tr("Euro"),
        }
        return [(f"{name} ({CURRENCY_SYMBOLS[code]})", code) for code, name in names.items()]

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("Interface language"), self._language_with_hint())
        form.addRow(self.tr("Portfolio owner"), self.owner_name.container)
        form.addRow(self.tr("Currency"), self.currency.container)
        form.addRow(self.tr("Fiscal year starts in"), self.fiscal_year_start.container)
        form.addRow(self.tr("Gross margin (for CLV)"), self.gross_margin.container)
        form.addRow(self.tr("A contact is stale after"), self.stale_contact_days.container)
        form.addRow(self.problems)

    def _language_with_hint(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.language.container)
        column.addWidget(
            hint_label(
                self.tr("Yours on this computer; other people opening the portfolio keep theirs.")
            )
        )
        return box

    def load(self, settings: PortfolioSettings, language: str) -> None:
        combo: QComboBox = self.currency.widget
        if combo.findData(settings.currency) < 0:  # a currency set elsewhere: keep it choosable
            combo.addItem(settings.currency, settings.currency)
        self.language.load(language)
        for name, field in self.fields.items():
            field.load(getattr(settings, name))

    def apply_to(self, settings: PortfolioSettings) -> PortfolioSettings:
        return settings.with_changes(**{name: f.value() for name, f in self.fields.items()})

    def chosen_language(self) -> str:
        return self.language.value()

    def show_problems(self, problems: list[Problem]) -> None:
        elsewhere = []
        for problem in problems:
            field = self.fields.get(problem.field)
            if field is None:
                elsewhere.append(problem_text(problem))
            else:
                field.show_problem(problem_text(problem))
        show_messages(self.problems, elsewhere)

    def clear_problems(self) -> None:
        for field in self.fields.values():
            field.show_problem(None)
        show_messages(self.problems, [])


# -- ICP criteria -----------------------------------------------------------------------


class CriteriaColumn(IntEnum):
    NAME = 0
    WEIGHT = 1
    SHARE = 2


class CriteriaModel(QAbstractTableModel):
    """The ICP criteria being edited, in order; edits replace the frozen rows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[IcpCriterionSetting] = []

    def set_rows(self, rows: tuple[IcpCriterionSetting, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> tuple[IcpCriterionSetting, ...]:
        return tuple(self._rows)

    def total_weight(self) -> float:
        return sum(c.weight for c in self._rows)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(CriteriaColumn)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = {
                CriteriaColumn.NAME: self.tr("Criterion"),
                CriteriaColumn.WEIGHT: self.tr("Weight"),
                CriteriaColumn.SHARE: self.tr("Share"),
            }
            return titles.get(section)
        return super().headerData(section, orientation, role)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != CriteriaColumn.SHARE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        criterion, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column != CriteriaColumn.NAME:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(criterion, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display_text(criterion, column)
        return None

    def _edit_value(self, criterion: IcpCriterionSetting, column: int):
        if column == CriteriaColumn.NAME:
            return criterion_label(criterion.key, criterion.name)
        if column == CriteriaColumn.WEIGHT:
            return float(criterion.weight)
        return None

    def _display_text(self, criterion: IcpCriterionSetting, column: int) -> str:
        if column == CriteriaColumn.NAME:
            return criterion_label(criterion.key, criterion.name)
        if column == CriteriaColumn.WEIGHT:
            return format_number(criterion.weight, decimals_for(criterion.weight))
        total = self.total_weight()
        if total <= 0:
            return "—"
        share = criterion.weight / total
        return format_percent(share, decimals_for(round(share * 100, 1)))

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        criterion = self._rows[index.row()]
        if index.column() == CriteriaColumn.NAME:
            changed = self._renamed(criterion, value)
        elif index.column() == CriteriaColumn.WEIGHT:
            changed = self._reweighted(criterion, value)
        else:
            return False
        if changed is None:
            return False
        self._rows[index.row()] = changed
        self.dataChanged.emit(index, index)
        if index.column() == CriteriaColumn.WEIGHT:  # every share depends on the total
            last = self.index(len(self._rows) - 1, CriteriaColumn.SHARE)
            self.dataChanged.emit(self.index(0, CriteriaColumn.SHARE), last)
        return True

    @staticmethod
    def _renamed(criterion: IcpCriterionSetting, value) -> IcpCriterionSetting | None:
        name = str(value or "").strip()
        if not name:
            return None
        if name == criterion_label(criterion.key, criterion.name):
            # Unchanged: keep the English source name so a built-in criterion stays translated.
            return criterion
        return replace(criterion, name=name)

    @staticmethod
    def _reweighted(criterion: IcpCriterionSetting, value) -> IcpCriterionSetting | None:
        try:
            weight = float(value)
        except (TypeError, ValueError):
            return None
        if not (math.isfinite(weight) and 0 <= weight <= MAX_WEIGHT):
            return None
        return replace(criterion, weight=weight)

    def insert_criterion(self, row: int, criterion: IcpCriterionSetting) -> None:
        self.beginInsertRows(ROOT, row, row)
        self._rows.insert(row, criterion)
        self.endInsertRows()
        self._shares_changed()

    def remove_criterion(self, row: int) -> None:
        self.beginRemoveRows(ROOT, row, row)
        del self._rows[row]
        self.endRemoveRows()
        self._shares_changed()

    def move_criterion(self, row: int, offset: int) -> int:
        """Moves the criterion ``offset`` places (±1); returns its new row."""
        target = row + offset
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        # Qt counts the destination before the move: moving down means "before target + 1".
        destination = target + 1 if offset > 0 else target
        self.beginMoveRows(ROOT, row, row, ROOT, destination)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        return target

    def _shares_changed(self) -> None:
        if self._rows:
            last = self.index(len(self._rows) - 1, CriteriaColumn.SHARE)
            self.dataChanged.emit(self.index(0, CriteriaColumn.SHARE), last)


class WeightDelegate(QStyledItemDelegate):
    """A 0–100 spin box for weights that commits on every step, so Share follows live."""

    def createEditor(self, parent, option, index):
        box = QDoubleSpinBox(parent)
        box.setRange(0, MAX_WEIGHT)
        box.setDecimals(1)
        box.setFrame(False)
        box.valueChanged.connect(lambda _value: self.commitData.emit(box))
        return box


class CriteriaPage(QWidget):
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
        self.removal_warning = QLabel()
        self.removal_warning.setWordWrap(True)
        self.removal_warning.hide()
        self.problems = problem_label()
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
        self.removal_warning.setText("\n".join(f"⚠ {line}" for line in lines))
        self.removal_warning.setVisible(bool(lines))

    def _read_rating_counts(self) -> Counter:
        return Counter(self.workspace.settings_service.rating_counts())

    def show_problems(self, problems: list[Problem]) -> None:
        show_messages(self.problems, [problem_text(p) for p in problems])

    def clear_problems(self) -> None:
        show_messages(self.problems, [])


# -- Segmentation -----------------------------------------------------------------------


def count_box(high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, high)
    return box


def revenue_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, REVENUE_LIMIT)
    box.setDecimals(2)
    box.setGroupSeparatorShown(True)
    return box


# One column per minimum of a TierRule: how to build its input and how to read it back.
THRESHOLD_INPUTS = {
    "min_icp": (lambda: count_box(100), float),
    "min_revenue": (revenue_box, lambda v: Decimal(str(round(v, 2)))),
    "min_purchase_months": (lambda: count_box(12), int),
    "min_growth": (lambda: count_box(5), int),
    "min_importance": (lambda: count_box(5), int),
}


class SegmentationPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.inputs: dict[str, dict[str, QAbstractSpinBox]] = {
            tier: {name: make() for name, (make, _read) in THRESHOLD_INPUTS.items()}
            for tier in RULE_TIERS
        }
        self.strategic_floor = choice_field(
            "strategic_floor",
            [(self.tr("no tier (off)"), NO_FLOOR)] + [(t, t) for t in RULE_TIERS],
        )
        self.restore_button = QPushButton(self.tr("Restore defaults"))
        self.restore_button.clicked.connect(lambda: self.load(DEFAULT_RULES))
        self.problems = problem_label()
        self._other_rules: tuple[TierRule, ...] = ()
        self._tiers_without_rule: set[str] = set()
        self._lay_out()

    def _headers(self) -> list[str]:
        return [
            self.tr("Min. ICP score (0–100)"),
            self.tr("Min. revenue, last 12 months"),
            self.tr("Min. months with purchases (0–12)"),
            self.tr("Min. growth potential (0–5)"),
            self.tr("Min. strategic importance (0–5)"),
        ]

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Each account gets the best tier, from A to C, whose minimums it meets in "
                    "full. A tier chosen by hand in the account editor always wins."
                )
            )
        )
        layout.addLayout(self._grid())
        layout.addWidget(
            hint_label(
                self.tr(
                    "0 means the minimum is not required. An account that meets no tier is tier %1."
                ).replace("%1", FALLBACK_TIER)
            )
        )
        floor_row = QFormLayout()
        floor_row.addRow(
            self.tr("Strategic importance 5 keeps an account at least in tier"),
            self.strategic_floor.container,
        )
        layout.addLayout(floor_row)
        layout.addWidget(self.problems)
        layout.addStretch()
        restore_row = QHBoxLayout()
        restore_row.addStretch()
        restore_row.addWidget(self.restore_button)
        layout.addLayout(restore_row)

    def _grid(self) -> QGridLayout:
        grid = QGridLayout()
        for column, text in enumerate(self._headers(), start=1):
            header = QLabel(text)
            header.setWordWrap(True)
            grid.addWidget(header, 0, column)
        for row, tier in enumerate(RULE_TIERS, start=1):
            grid.addWidget(QLabel(self.tr("Tier %1").replace("%1", tier)), row, 0)
            for column, box in enumerate(self.inputs[tier].values(), start=1):
                grid.addWidget(box, row, column)
        return grid

    def set_currency(self, currency: str) -> None:
        symbol = CURRENCY_SYMBOLS.get(currency, currency)
        for tier in RULE_TIERS:
            self.inputs[tier]["min_revenue"].setPrefix(f"{symbol} ")

    def load(self, rules: SegmentationRules) -> None:
        by_tier = {r.tier: r for r in rules.rules if r.tier in RULE_TIERS}
        # Rules the grid does not show (a D rule, an unknown tier) are kept as they are, and a
        # missing rule stays missing unless the KAM fills in its row: "no rule" means the tier
        # is never assigned, which is not the same as a rule without minimums.
        self._other_rules = tuple(r for r in rules.rules if r.tier not in RULE_TIERS)
        self._tiers_without_rule = {t for t in RULE_TIERS if t not in by_tier}
        for tier in RULE_TIERS:
            thresholds = by_tier.get(tier, TierRule(tier)).thresholds()
            for name, box in self.inputs[tier].items():
                box.setValue(float(thresholds[name]))
        self.strategic_floor.load(rules.strategic_floor or NO_FLOOR)

    def rules(self) -> SegmentationRules:
        shown = [self._rule(tier) for tier in RULE_TIERS]
        kept = [
            rule
            for rule in shown
            if rule.tier not in self._tiers_without_rule or rule != TierRule(rule.tier)
        ]
        return SegmentationRules(
            rules=(*kept, *self._other_rules),
            strategic_floor=self.strategic_floor.value() or None,
        )

    def _rule(self, tier: str) -> TierRule:
        values = {
            name: THRESHOLD_INPUTS[name][1](box.value()) for name, box in self.inputs[tier].items()
        }
        return TierRule(tier, **values)

    def show_problems(self, problems: list[Problem]) -> None:
        show_messages(self.problems, [problem_text(p) for p in problems])

    def clear_problems(self) -> None:
        show_messages(self.problems, [])


# -- The dialog -------------------------------------------------------------------------


class PreferencesDialog(QDialog):
    """Edits the portfolio settings and the interface language; OK applies them together."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self._original = workspace.settings
        self.setWindowTitle(self.tr("Preferences"))
        self.general_page = GeneralPage()
        self.criteria_page = CriteriaPage(workspace)
        self.segmentation_page = SegmentationPage()
        self.pages = (self.general_page, self.criteria_page, self.segmentation_page)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.general_page, self.tr("General"))
        self.tabs.addTab(self.criteria_page, self.tr("ICP criteria"))
        self.tabs.addTab(self.segmentation_page, self.tr("Segmentation"))
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.button_box)
        self.general_page.currency.widget.currentIndexChanged.connect(
            lambda _index: self.segmentation_page.set_currency(self.general_page.currency.value())
        )
        self._load(self._original)
        self.resize(760, 520)

    def _load(self, settings: PortfolioSettings) -> None:
        self.general_page.load(settings, stored_language())
        self.criteria_page.load(settings.icp_criteria)
        self.segmentation_page.load(settings.segmentation)
        self.segmentation_page.set_currency(settings.currency)

    def open(self) -> None:
        # With open() nobody keeps a reference (the main window fires and forgets), so the
        # dialog cleans up after itself; with exec() the caller owns it and may read it after.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        super().open()

    def edited_settings(self) -> PortfolioSettings:
        settings = self.general_page.apply_to(self._original)
        return settings.with_changes(
            icp_criteria=self.criteria_page.criteria(),
            segmentation=self.segmentation_page.rules(),
        )

    def accept(self) -> None:
        settings = self.edited_settings()
        for page in self.pages:
            page.clear_problems()
        problems = settings.problems()
        if problems:
            self._show_problems(problems)
            return
        if settings != self._original:
            self.workspace.undo_stack.push(ChangeSettingsCommand(self.workspace, settings))
        self._apply_language(self.general_page.chosen_language())
        super().accept()

    def _show_problems(self, problems: list[Problem]) -> None:
        """Each page shows its own problems; the first page with any comes to the front."""
        by_page: dict[QWidget, list[Problem]] = {}
        for problem in problems:
            by_page.setdefault(self._page_for(problem), []).append(problem)
        for page, page_problems in by_page.items():
            page.show_problems(page_problems)
        self.tabs.setCurrentWidget(next(p for p in self.pages if p in by_page))

    def _page_for(self, problem: Problem) -> QWidget:
        pages = {"icp_criteria": self.criteria_page, "segmentation": self.segmentation_page}
        return pages.get(problem.field, self.general_page)

    def _apply_language(self, language: str) -> None:
        if language == stored_language():
            return
        QSettings().setValue(LANGUAGE_KEY, language)
        install_language(chosen_language())  # "" resolves to the system's language
        window = self.parentWidget().window() if self.parentWidget() else None
        if window is not None and hasattr(window, "retranslate"):
            window.retranslate()
