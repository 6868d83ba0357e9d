"""A survey response of an account: NPS (0–10) or CSAT (1–5), its date, optionally who
answered (one of the account's people) and their comment.

The score's range follows the kind and is said beside it. OK asks the service first and shows
each problem under its field (nothing is written, the dialog stays open); then it pushes one
command: a new response, or an edit of only the fields the KAM changed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kamdesk.analytics.surveys import CSAT_SCALE, NPS_SCALE
from kamdesk.model.enums import SurveyKind
from kamdesk.services.health import SurveyData, SurveyService
from kamdesk.services.health.data import SURVEY_FIELDS
from kamdesk.services.problems import REQUIRED, Problem, ValidationError
from kamdesk.services.stakeholders import StakeholderService
from kamdesk.ui.fields import Field, long_text_field
from kamdesk.ui.health.health_commands import CreateSurveyCommand, UpdateSurveyCommand
from kamdesk.ui.i18n import enum_label, format_date
from kamdesk.ui.plan.review_dialog import date_input
from kamdesk.ui.plan.risk_dialog import account_name
from kamdesk.ui.plan.risk_form import PlanForm, read_only_label
from kamdesk.ui.workspace import Workspace

SCALES = {SurveyKind.NPS: NPS_SCALE, SurveyKind.CSAT: CSAT_SCALE}
WHOLE = re.compile(r"[+-]?\d+")


def kind_input(name: str) -> Field:
    """NPS or CSAT: reads and writes :class:`SurveyKind` members."""
    combo = QComboBox()
    for kind in SurveyKind:
        combo.addItem(enum_label(kind), kind.value)

    def set_(kind) -> None:
        combo.setCurrentIndex(max(combo.findData(SurveyKind(kind).value), 0))

    return Field(name, combo, lambda: SurveyKind(combo.currentData()), set_, combo.activated)


def score_input(name: str) -> Field:
    """A whole number as typed (text that is not one is handed on, for the service to name)."""
    edit = QLineEdit()
    edit.setMaxLength(4)
    edit.setMaximumWidth(80)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)

    def get():
        text = edit.text().strip()
        if not text:
            return None
        return int(text) if WHOLE.fullmatch(text) else text

    return Field(
        name,
        edit,
        get,
        lambda v: edit.setText("" if v is None else str(v)),
        edit.editingFinished,
    )


def person_input(name: str, people: list[tuple[int, str]], nobody: str) -> Field:
    """One of the account's people, or nobody in particular (None)."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(20)
    combo.addItem(nobody, None)
    for person_id, person_name in people:
        combo.addItem(person_name, person_id)

    def set_(person_id) -> None:
        combo.setCurrentIndex(max(combo.findData(person_id), 0) if person_id is not None else 0)

    return Field(name, combo, combo.currentData, set_, combo.activated)


class SurveyDialog(PlanForm):
    """A new response of ``account_id`` (default: the selected account), or the response
    ``response_id``. Opened with ``open()``; on OK it pushes its command and says
    ``survey_saved(id)``. Editing a response that no longer exists raises
    :class:`ValidationError` from the constructor."""

    survey_saved = Signal(int)
    first_field = "score"

    def __init__(
        self,
        workspace: Workspace,
        service: SurveyService,
        response_id: int | None = None,
        account_id: int | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(workspace, parent)
        self.setObjectName("surveyDialog")
        self.service, self.response_id = service, response_id
        self.before = service.get(response_id) if response_id is not None else None
        start = self.before or SurveyData(
            account_id=account_id or workspace.current_account or 0,
            date=today or dt.date.today(),
        )
        self.account_id = start.account_id
        self.setWindowTitle(
            self.tr("New survey response") if self.before is None else self.tr("Edit response")
        )
        self._build()
        self.load({name: getattr(start, name) for name in SURVEY_FIELDS})
        self._show_scale()
        self.fields["score"].widget.setFocus()

    def _people(self) -> list[tuple[int, str]]:
        stakeholders = StakeholderService(self.workspace.portfolio)
        try:
            people = stakeholders.account_map(self.account_id, dt.date.today()).people
        except ValidationError:  # no such account: OK will say so
            return []
        return [(person.id, person.data.name) for person in people]

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.form.addRow(
            self.tr("Account"), read_only_label(account_name(self.workspace, self.account_id))
        )
        kind = kind_input("kind")
        kind.widget.setObjectName("kind")
        self.add(self.tr("Survey"), kind)
        score = score_input("score")
        score.widget.setObjectName("score")
        self.scale_label = QLabel()
        self.scale_label.setObjectName("scale")
        self.scale_label.setWordWrap(True)
        self.scale_label.setStyleSheet("color: palette(placeholder-text);")
        # The scale beside the box, the problem under both (at the form's full width).
        beside = QWidget()
        row = QHBoxLayout(beside)
        row.setContentsMargins(0, 0, 0, 0)
        score.container.layout().removeWidget(score.widget)
        row.addWidget(score.widget)
        row.addWidget(self.scale_label, 1)
        score.container.layout().insertWidget(0, beside)
        self.add(self.tr("Score *"), score)
        date = self.add(self.tr("Answered on"), date_input("date"))
        date.widget.setObjectName("date")
        person = person_input("stakeholder_id", self._people(), self.tr("nobody in particular"))
        person.widget.setObjectName("person")
        person.widget.setToolTip(
            self.tr("Who answered, when you know: one of the account's people")
        )
        self.add(self.tr("Person"), person)
        comment = long_text_field("comment", self.tr("What they said, in their words"))
        comment.widget.setObjectName("comment")
        comment.widget.setMaximumHeight(100)
        self.add(self.tr("Comment"), comment)
        kind.widget.currentIndexChanged.connect(self._show_scale)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(
            self.buttons(self.tr("Add response") if self.before is None else self.tr("Save"))
        )
        self.setMinimumWidth(540)

    def _show_scale(self, *_args) -> None:
        if self.fields["kind"].value() is SurveyKind.NPS:
            text = self.tr(
                "0–10: how likely they are to recommend you (9–10 promoter, 7–8 passive, "
                "0–6 detractor)"
            )
        else:
            text = self.tr("1–5: how satisfied they are (4–5 count as satisfied)")
        self.scale_label.setText(text)

    # -- reading the form --------------------------------------------------------------------

    def data(self) -> SurveyData:
        """What the form says now (not yet checked)."""
        values = {name: self.fields[name].value() for name in SURVEY_FIELDS if name in self.fields}
        return SurveyData(account_id=self.account_id, **values)

    def changes(self) -> dict[str, object]:
        """The fields the KAM changed in an existing response ({} for a new one)."""
        if self.before is None:
            return {}
        data = self.data()
        return {
            name: getattr(data, name)
            for name in SURVEY_FIELDS
            if getattr(data, name) != getattr(self.before, name)
        }

    # -- OK ----------------------------------------------------------------------------------

    def accept(self) -> None:
        data = self.data()
        problems = self._problems(data)
        if self.show_problems(problems):
            return
        text = self._command_text(data)
        if self.before is None:
            command = CreateSurveyCommand(self.workspace, self.service, data, text)
        else:
            changes = self.changes()
            command = (
                UpdateSurveyCommand(self.workspace, self.service, self.response_id, changes, text)
                if changes
                else None
            )
        if not self.push(command):
            return
        super().accept()
        self.survey_saved.emit(self.response_id if self.before is not None else command.response_id)

    def _problems(self, data: SurveyData) -> list[Problem]:
        if data.score is None:  # said plainly, rather than “not a whole number”
            problems = self.service.validate(replace(data, score=SCALES[data.kind].start))
            return [Problem("score", REQUIRED), *problems]
        if self.before is not None:
            try:
                self.service.get(self.response_id)
            except ValidationError as error:  # deleted meanwhile (an undo elsewhere)
                return error.problems
        return self.service.validate(data)

    def _command_text(self, data: SurveyData) -> str:
        template = (
            self.tr("New %1 response of %2")
            if self.before is None
            else self.tr("Edit %1 response of %2")
        )
        return template.replace("%1", enum_label(data.kind)).replace("%2", format_date(data.date))
