"""The check-in editor: the value measured on a day, the confidence (1–10) that the target
will be reached, and a note. A new check-in starts today with the current value, so the KAM
only changes what moved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QWidget

from kamdesk.services.plan.okr_data import CHECK_IN_EDITABLE, CheckInData
from kamdesk.services.plan.okrs import OkrService
from kamdesk.services.problems import ValidationError
from kamdesk.ui.fields import Field, hint_label, int_field, long_text_field
from kamdesk.ui.i18n import date_format, format_date
from kamdesk.ui.okrs import commands, texts
from kamdesk.ui.okrs.form import OkrForm, number_field, read_only_label
from kamdesk.ui.workspace import Workspace


def date_edit_field(name: str) -> Field:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())

    def get() -> dt.date:
        day = edit.date()
        return dt.date(day.year(), day.month(), day.day())

    def set_(value: dt.date) -> None:
        edit.setDate(QDate(value.year, value.month, value.day))

    return Field(name, edit, get, set_, edit.dateChanged)


class CheckInDialog(OkrForm):
    """A new check-in of ``key_result_id`` (``check_in_id`` None) or an existing one. Opened
    with ``open()``; on OK it pushes its command and says ``check_in_saved(key_result_id)``.
    Raises :class:`ValidationError` from the constructor when the key result or the check-in
    no longer exists."""

    check_in_saved = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        service: OkrService,
        key_result_id: int | None = None,
        check_in_id: int | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(workspace, parent)
        self.setObjectName("checkInDialog")
        self.service, self.check_in_id = service, check_in_id
        self.before = service.get_check_in(check_in_id) if check_in_id is not None else None
        self.key_result_id = self.before.key_result_id if self.before else key_result_id
        self.key_result = service.get_key_result(self.key_result_id)
        start = self.before or self._new_data(today or dt.date.today())
        self.setWindowTitle(
            self.tr("Check in") if self.before is None else self.tr("Edit check-in")
        )
        self._build()
        self.load({name: getattr(start, name) for name in CHECK_IN_EDITABLE})
        self.fields["value"].widget.setFocus()
        self.fields["value"].widget.selectAll()

    def _new_data(self, today: dt.date) -> CheckInData:
        current = self.service.current_value(self.key_result_id)
        value = self.key_result.start if current is None else current
        return CheckInData(self.key_result_id, today, value)

    def _build(self) -> None:
        kr = self.key_result
        objective = self.service.get_objective(kr.objective_id)
        self.form.addRow(self.tr("Key result"), read_only_label(kr.title))
        period = self.service.period(objective.period)
        goal = (
            self.tr("From %1 to %2 · %3")
            .replace("%1", texts.measure(kr.start, kr.unit))
            .replace("%2", texts.measure(kr.target, kr.unit))
            .replace("%3", objective.period)
        )
        if period is not None:
            goal += " " + self.tr("(%1 to %2)").replace("%1", format_date(period.start)).replace(
                "%2", format_date(period.last_day)
            )
        goal_label = hint_label(goal)
        goal_label.setObjectName("goalLabel")
        self.form.addRow("", goal_label)
        self.add(self.tr("Date *"), date_edit_field("date"))
        value = self.add(self.tr("Value measured *"), number_field("value"))
        if kr.unit:
            value.widget.setToolTip(self.tr("In %1").replace("%1", kr.unit))
        confidence = self.add(
            self.tr("Confidence"), int_field("confidence", 1, 10, self.tr("not given"))
        )
        confidence.widget.setObjectName("confidence")
        confidence.widget.setSuffix(self.tr(" of 10"))
        confidence.widget.setToolTip(
            self.tr(
                "How sure you are that the target will be reached, from 1 (not at all) "
                "to 10 (certain)"
            )
        )
        note = self.add(
            self.tr("Note"), long_text_field("note", self.tr("What moved it, what is in the way"))
        )
        note.widget.setFixedHeight(72)
        self.finish(self.tr("Record check-in") if self.before is None else self.tr("Save"))

    def data(self) -> CheckInData:
        """What the form says now (not yet checked)."""
        return CheckInData(key_result_id=self.key_result_id, **self.values())

    def changes(self) -> dict[str, object]:
        data = self.data()
        return {
            name: getattr(data, name)
            for name in CHECK_IN_EDITABLE
            if getattr(data, name) != getattr(self.before, name)
        }

    def accept(self) -> None:
        data = self.data()
        try:
            problems = self.service.validate_check_in(data, self.check_in_id)
        except ValidationError as error:  # deleted meanwhile
            problems = error.problems
        if self.show_problems(problems):
            return
        title = self.key_result.title
        if self.before is None:
            command = commands.create_check_in(self.workspace, self.service, data, title)
        else:
            changes = self.changes()
            command = None
            if changes:
                command = commands.update_check_in(
                    self.workspace, self.service, self.check_in_id, title, changes
                )
        if not self.push(command):
            return
        super().accept()
        self.check_in_saved.emit(self.key_result_id)
