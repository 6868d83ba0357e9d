"""The objective editor: for an account or the whole portfolio, its title, period and the
strategy it serves. The period is typed (or picked from the coming ones) and the dates it
covers are shown as it is typed, with the portfolio's fiscal year."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from kamdesk.analytics.periods import PeriodKind, period_of
from kamdesk.model.enums import Strategy, fold
from kamdesk.services.plan.okr_checks import normalise_period
from kamdesk.services.plan.okr_data import OBJECTIVE_FIELDS, ObjectiveData
from kamdesk.services.plan.okrs import OkrService
from kamdesk.services.problems import ValidationError
from kamdesk.ui.fields import Field, choice_field, hint_label, text_field
from kamdesk.ui.i18n import enum_label, format_date
from kamdesk.ui.okrs import commands
from kamdesk.ui.okrs.form import OkrForm
from kamdesk.ui.workspace import Workspace


def coming_periods(today: dt.date, fiscal_year_start: int) -> list[str]:
    """This quarter and the next, this half year and the next, this year and the next."""
    quarter = period_of(today, PeriodKind.QUARTER, fiscal_year_start)
    year = period_of(today, PeriodKind.YEAR, fiscal_year_start)
    half = 1 if (quarter.start.year, quarter.start.month) < _half_way(year.start) else 2
    halves = [f"{year.name}-H{half}"]
    halves.append(f"{year.name}-H2" if half == 1 else f"{year.next().name}-H1")
    return [quarter.name, quarter.next().name, *halves, year.name, year.next().name]


def _half_way(year_start: dt.date) -> tuple[int, int]:
    month = year_start.month + 6
    return (year_start.year + (month - 1) // 12, (month - 1) % 12 + 1)


class ObjectiveDialog(OkrForm):
    """A new objective (``objective_id`` None) of ``account_id`` (None: the whole portfolio),
    or an existing one. Opened with ``open()``; on OK it pushes its command and says
    ``objective_saved(id)``. Editing one that no longer exists raises
    :class:`ValidationError` from the constructor."""

    objective_saved = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        service: OkrService,
        objective_id: int | None = None,
        account_id: int | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(workspace, parent)
        self.setObjectName("objectiveDialog")
        self.service, self.objective_id = service, objective_id
        self.today = today or dt.date.today()
        self.fiscal_year_start = workspace.settings.fiscal_year_start
        self.before = service.get_objective(objective_id) if objective_id is not None else None
        start = self.before or ObjectiveData(account_id=account_id, period=self._default_period())
        self.setWindowTitle(
            self.tr("New objective") if self.before is None else self.tr("Edit objective")
        )
        self._build(start.account_id)
        self.load({name: getattr(start, name) for name in OBJECTIVE_FIELDS})
        self._show_dates()
        self.fields["title"].widget.setFocus()

    def _default_period(self) -> str:
        return coming_periods(self.today, self.fiscal_year_start)[0]

    def _build(self, account_id: int | None) -> None:
        accounts = sorted(
            (r for r in self.workspace.account_rows() if not r.archived or r.id == account_id),
            key=lambda r: fold(r.name),
        )
        choices = [(self.tr("Whole portfolio"), None)] + [(r.name, r.id) for r in accounts]
        self.add(self.tr("For"), choice_field("account_id", choices))
        title = text_field("title", self.tr("e.g. Become the preferred logistics partner"))
        self.add(self.tr("Objective *"), title)
        self.add(self.tr("Period *"), self._period_field())
        self.period_dates = hint_label()
        self.period_dates.setObjectName("periodDates")
        self.form.addRow("", self.period_dates)
        strategies = [(self.tr("No strategy"), None)] + [(enum_label(s), s) for s in Strategy]
        strategy = self.add(self.tr("Strategy"), choice_field("strategy", strategies))
        strategy.widget.setToolTip(
            self.tr("The account strategy this objective turns into results")
        )
        self.finish(self.tr("Create objective") if self.before is None else self.tr("Save"))

    def _period_field(self) -> Field:
        combo = QComboBox()
        combo.setObjectName("period")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(coming_periods(self.today, self.fiscal_year_start))
        combo.lineEdit().setMaxLength(16)
        combo.lineEdit().setPlaceholderText("2027-Q1, 2027-H1, 2027")
        combo.setToolTip(
            self.tr(
                "A quarter (2027-Q1), a half year (2027-H1) or a year (2027) of the fiscal year"
            )
        )
        combo.currentTextChanged.connect(self._show_dates)
        return Field(
            "period",
            combo,
            lambda: combo.currentText().strip(),
            lambda value: combo.setEditText(value or ""),
            combo.activated,
        )

    def _show_dates(self) -> None:
        period = self.service.period(self.fields["period"].value())
        if period is None:  # the problem under the field, once shown, says it all
            shown = self.fields["period"].problem
            self.period_dates.setText(
                ""
                if shown
                else self.tr("A quarter (2027-Q1), a half year (2027-H1) or a year (2027)")
            )
            self.form.setRowVisible(self.period_dates, not shown)
            return
        self.form.setRowVisible(self.period_dates, True)
        self.period_dates.setText(
            self.tr("From %1 to %2")
            .replace("%1", format_date(period.start))
            .replace("%2", format_date(period.last_day))
        )

    def data(self) -> ObjectiveData:
        """What the form says now (not yet checked)."""
        values = self.values()
        if values["strategy"] is not None:  # the combo keeps the text of the member
            values["strategy"] = Strategy(values["strategy"])
        return ObjectiveData(**values)

    def changes(self) -> dict[str, object]:
        """The fields changed, the period as it would be stored ("2027-q1" for "2027-Q1" is
        no change)."""
        data = replace(self.data(), period=normalise_period(self.data().period))
        return {
            name: getattr(data, name)
            for name in OBJECTIVE_FIELDS
            if getattr(data, name) != getattr(self.before, name)
        }

    def accept(self) -> None:
        data = self.data()
        try:
            problems = self.service.validate_objective(data, self.objective_id)
        except ValidationError as error:  # deleted meanwhile
            problems = error.problems
        shown = self.show_problems(problems)
        self._show_dates()
        if shown:
            self.layout().activate()  # fits the hint hidden and the problem shown
            self.adjustSize()
            return
        if self.before is None:
            command = commands.create_objective(self.workspace, self.service, data)
        else:
            changes = self.changes()
            command = None
            if changes:
                command = commands.update_objective(
                    self.workspace, self.service, self.objective_id, data.title, changes
                )
        if not self.push(command):
            return
        super().accept()
        self.objective_saved.emit(command.created if self.before is None else self.objective_id)
