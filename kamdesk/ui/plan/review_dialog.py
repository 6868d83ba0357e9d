"""Recording a routine review held with an account (routine, date, outcome notes), or editing
the date and notes of one recorded before.

The date starts at today and cannot go past it (a review is recorded once held). Below the
date the dialog says when that routine will be due next once the review is recorded, from
the cadence of the account's tier. OK asks the service first and shows each problem under its
field (nothing is written, the dialog stays open); then it pushes one command.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QLabel, QVBoxLayout, QWidget

from kamdesk.analytics.cadence import ROUTINES, add_months_clamped
from kamdesk.model.enums import ReviewKind
from kamdesk.services.plan.review_checks import ReviewData
from kamdesk.services.plan.reviews import ReviewDueRow, ReviewService
from kamdesk.services.problems import ValidationError
from kamdesk.ui.fields import Field, choice_field, hint_label, long_text_field
from kamdesk.ui.i18n import date_format, enum_label, format_date
from kamdesk.ui.plan.review_commands import RecordReviewCommand, UpdateReviewCommand
from kamdesk.ui.plan.risk_dialog import account_name
from kamdesk.ui.plan.risk_form import PlanForm, read_only_label
from kamdesk.ui.workspace import Workspace

KINDS = (*ROUTINES, ReviewKind.PLANNING)  # the panel's order, planning last


def as_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_input(name: str) -> Field:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())

    def get() -> dt.date:
        day = edit.date()
        return dt.date(day.year(), day.month(), day.day())

    return Field(name, edit, get, lambda v: edit.setDate(as_qdate(v)), edit.dateChanged)


def kind_input(name: str) -> Field:
    """The routine: a drop-down that reads and writes :class:`ReviewKind` members (a combo's
    data would hand back plain text)."""
    combo = choice_field(name, [(enum_label(k), k.value) for k in KINDS]).widget

    def set_(kind) -> None:
        combo.setCurrentIndex(max(combo.findData(ReviewKind(kind).value), 0))

    return Field(name, combo, lambda: ReviewKind(combo.currentData()), set_, combo.activated)


class ReviewDialog(PlanForm):
    """A new review of ``account_id`` (``kind`` preselected), or the review ``review_id``.
    Opened with ``open()``; on OK it pushes its command and says ``review_saved(id)``. Editing
    a review that no longer exists raises :class:`ValidationError` from the constructor."""

    review_saved = Signal(int)
    first_field = "outcome"

    def __init__(
        self,
        workspace: Workspace,
        account_id: int | None = None,
        kind: ReviewKind | None = None,
        review_id: int | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(workspace, parent)
        self.setObjectName("reviewDialog")
        self.service = ReviewService(workspace.portfolio)
        self.review_id, self.today = review_id, today or dt.date.today()
        self.before = self.service.get(review_id) if review_id is not None else None
        start = self.before or ReviewData(
            account_id=account_id or workspace.current_account or 0,
            kind=kind or ReviewKind.RISK,
            date=self.today,
        )
        self.account_id = start.account_id
        self.account_name = account_name(workspace, self.account_id)
        self.schedule = self._schedule() if self.before is None else {}
        self.setWindowTitle(
            self.tr("Record review") if self.before is None else self.tr("Edit review")
        )
        self._build(start)
        self.load({"kind": start.kind, "date": start.date, "outcome": start.outcome})
        self._show_next_due()
        self.fields["outcome"].widget.setFocus()

    def _schedule(self) -> dict[ReviewKind, ReviewDueRow]:
        """Each routine kept for the account's tier, to say when it will be due next."""
        try:
            rows = self.service.reviews_due(
                self.today, self.account_id, self.workspace.account_rows()
            )
        except ValidationError:  # no such account: OK will say so
            return {}
        return {row.routine: row for row in rows}

    # -- building ----------------------------------------------------------------------------

    def _build(self, start: ReviewData) -> None:
        self.form.addRow(self.tr("Account"), read_only_label(self.account_name))
        kind = self.add(self.tr("Routine"), kind_input("kind"))
        kind.widget.setObjectName("kind")
        kind.widget.setEnabled(self.before is None)
        if self.before is not None:
            kind.widget.setToolTip(self.tr("To change the routine, delete this review"))
        held = self.add(self.tr("Held on"), date_input("date"))
        held.widget.setMaximumDate(as_qdate(max(self.today, start.date or self.today)))
        self.next_due = QLabel()
        self.next_due.setObjectName("nextDue")
        self.next_due.setWordWrap(True)
        self.next_due.setStyleSheet("color: palette(placeholder-text);")
        self.form.addRow("", self.next_due)
        outcome = long_text_field(
            "outcome",
            self.tr("What was reviewed and agreed: decisions, next steps, who does what…"),
        )
        outcome.widget.setObjectName("outcome")
        outcome.widget.setMinimumHeight(110)
        self.add(self.tr("Outcome"), outcome)
        kind.widget.currentIndexChanged.connect(self._show_next_due)
        held.widget.dateChanged.connect(self._show_next_due)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.measure_hint = hint_label()
        self.measure_hint.setObjectName("measureHint")
        layout.addWidget(self.measure_hint)
        layout.addWidget(
            self.buttons(self.tr("Record review") if self.before is None else self.tr("Save"))
        )
        self.setMinimumWidth(540)

    # -- reacting ----------------------------------------------------------------------------

    def _show_next_due(self) -> None:
        kind: ReviewKind = self.fields["kind"].value()
        self.measure_hint.setText(
            self.tr(
                "Sponsor coverage and resistance are taken from the stakeholder map as they "
                "are today."
            )
            if kind is ReviewKind.RELATIONSHIP and self.before is None
            else ""
        )
        self.measure_hint.setVisible(bool(self.measure_hint.text()))
        self.next_due.setText(self.next_due_text(kind, self.fields["date"].value()))
        self.next_due.setVisible(self.before is None)

    def next_due_text(self, kind: ReviewKind, day: dt.date) -> str:
        """When ``kind`` will be due next once a review held on ``day`` is recorded."""
        row = self.schedule.get(kind)
        if row is None:
            return self.tr("This routine is not scheduled for the account's tier.")
        latest = max(day, row.last_review) if row.last_review else day
        due = add_months_clamped(latest, row.cadence_months)
        text = self.tr("Next review (%1) due on %2: every %n month(s).", "", row.cadence_months)
        return text.replace("%1", enum_label(kind)).replace("%2", format_date(due))

    # -- reading the form --------------------------------------------------------------------

    def data(self) -> ReviewData:
        """What the form says now (not yet checked)."""
        return ReviewData(
            account_id=self.account_id,
            kind=self.fields["kind"].value(),
            date=self.fields["date"].value(),
            outcome=self.fields["outcome"].value(),
        )

    def changes(self) -> dict[str, object]:
        """The date and outcome the KAM changed in an existing review ({} for a new one)."""
        if self.before is None:
            return {}
        data = self.data()
        return {
            name: getattr(data, name)
            for name in ("date", "outcome")
            if getattr(data, name) != getattr(self.before, name)
        }

    # -- OK ----------------------------------------------------------------------------------

    def accept(self) -> None:
        """Stays open with each problem under its field while the service would refuse."""
        data = self.data()
        try:
            problems = self.service.validate(data, self.review_id, self.today)
        except ValidationError as error:  # the review was deleted meanwhile
            problems = error.problems
        if self.show_problems(problems):
            return
        if self.before is None:
            command = RecordReviewCommand(
                self.workspace,
                self.service,
                self.account_id,
                data.kind,
                data.date,
                data.outcome,
                self.account_name,
                self.today,
            )
        else:
            changes = self.changes()
            command = (
                UpdateReviewCommand(
                    self.workspace,
                    self.service,
                    self.review_id,
                    self.before.kind,
                    changes,
                    self.account_name,
                    self.today,
                )
                if changes
                else None
            )
        if not self.push(command):
            return
        super().accept()
        saved = self.review_id if self.before is not None else command.review_id
        self.review_saved.emit(saved)
