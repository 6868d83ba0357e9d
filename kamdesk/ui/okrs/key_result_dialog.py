"""The key-result editor: what is measured, in which unit, from where to where.

The direction follows the numbers as they are typed (a target above the start is an
increase), so the KAM rarely has to choose it; the current value is not edited here: it is
the latest check-in's."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kamdesk.model.enums import KeyResultDirection
from kamdesk.services.plan.okr_data import KEY_RESULT_FIELDS, KeyResultData
from kamdesk.services.plan.okrs import KEY_RESULT_EDITABLE, OkrService
from kamdesk.services.problems import ValidationError
from kamdesk.ui.fields import choice_field, hint_label, text_field
from kamdesk.ui.i18n import enum_label
from kamdesk.ui.okrs import commands, texts
from kamdesk.ui.okrs.form import OkrForm, number_field, read_only_label
from kamdesk.ui.workspace import Workspace


class KeyResultDialog(OkrForm):
    """A new key result of ``objective_id`` (``key_result_id`` None) or an existing one.
    Opened with ``open()``; on OK it pushes its command and says ``key_result_saved(id)``.
    Raises :class:`ValidationError` from the constructor when the key result (or the
    objective) no longer exists."""

    key_result_saved = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        service: OkrService,
        key_result_id: int | None = None,
        objective_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(workspace, parent)
        self.setObjectName("keyResultDialog")
        self.service, self.key_result_id = service, key_result_id
        self.before = service.get_key_result(key_result_id) if key_result_id is not None else None
        start = self.before or KeyResultData(objective_id=objective_id or 0)
        self.objective_id = start.objective_id
        self.objective = service.get_objective(self.objective_id)
        self.setWindowTitle(
            self.tr("New key result") if self.before is None else self.tr("Edit key result")
        )
        self._build()
        values = {name: getattr(start, name) for name in KEY_RESULT_FIELDS}
        if self.before is None:
            values["start"] = values["target"] = ""  # to be typed, not a made-up 0
        self.load(values)
        self._show_current()
        self.fields["title"].widget.setFocus()

    def _build(self) -> None:
        context = f"{self.objective.title} · {self.objective.period}"
        self.form.addRow(self.tr("Objective"), read_only_label(context))
        title = text_field("title", self.tr("e.g. Monthly volume shipped"))
        self.add(self.tr("Key result *"), title)
        self.add(self.tr("Unit"), text_field("unit", self.tr("e.g. t, %, R$ thousand, days"), 40))
        start = self.add(self.tr("Start *"), number_field("start", self.tr("where it stands now")))
        target = self.add(
            self.tr("Target *"), number_field("target", self.tr("where it should get"))
        )
        directions = [(enum_label(d), d) for d in KeyResultDirection]
        direction = self.add(self.tr("Direction"), choice_field("direction", directions))
        direction.widget.setToolTip(
            self.tr("Increase: the target is above the start. Decrease: below it (e.g. costs).")
        )
        for field in (start, target):
            field.widget.textEdited.connect(self._follow_numbers)
        self.current_label = hint_label()
        self.current_label.setObjectName("currentValue")
        self.form.addRow(self.tr("Current"), self.current_label)
        self.finish(self.tr("Create key result") if self.before is None else self.tr("Save"))

    def _follow_numbers(self) -> None:
        start, target = self.fields["start"].value(), self.fields["target"].value()
        if isinstance(start, float) and isinstance(target, float) and start != target:
            implied = KeyResultDirection.INCREASE if target > start else KeyResultDirection.DECREASE
            self.fields["direction"].load(implied)

    def _show_current(self) -> None:
        current = None
        if self.key_result_id is not None:
            current = self.service.current_value(self.key_result_id)
        unit = self.fields["unit"].value()
        self.current_label.setText(
            self.tr("%1 — from the latest check-in").replace("%1", texts.measure(current, unit))
            if current is not None
            else self.tr("Set by the check-ins: use “Check in” to record what was measured.")
        )

    def data(self) -> KeyResultData:
        """What the form says now (not yet checked)."""
        values = self.values()
        values["direction"] = KeyResultDirection(values["direction"])  # the combo keeps text
        return KeyResultData(objective_id=self.objective_id, **values)

    def changes(self) -> dict[str, object]:
        data = self.data()
        return {
            name: getattr(data, name)
            for name in KEY_RESULT_EDITABLE
            if getattr(data, name) != getattr(self.before, name)
        }

    def accept(self) -> None:
        data = self.data()
        try:
            problems = self.service.validate_key_result(data, self.key_result_id)
        except ValidationError as error:  # deleted meanwhile
            problems = error.problems
        if self.show_problems(problems):
            return
        if self.before is None:
            command = commands.create_key_result(self.workspace, self.service, data)
        else:
            changes = self.changes()
            command = None
            if changes:
                command = commands.update_key_result(
                    self.workspace, self.service, self.key_result_id, data.title, changes
                )
        if not self.push(command):
            return
        super().accept()
        self.key_result_saved.emit(command.created if self.before is None else self.key_result_id)
