"""The risk editor: a new risk of an account, or every field of an existing one.

Likelihood and impact are spin boxes 1–5 with the word for each step beside them, and the
score (likelihood × impact) with its level updates as they change. OK asks the service first
and shows each problem under its field (nothing is written, the dialog stays open); then it
pushes one command: :class:`CreateRiskCommand`, or one :class:`UpdateRiskCommand` with only
the fields the KAM changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import fields as dataclass_fields

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSpinBox, QVBoxLayout, QWidget

from kamdesk.analytics.risk import SCALE_MAX, SCALE_MIN, risk_level
from kamdesk.model.enums import RiskCategory, RiskResponse, RiskStatus
from kamdesk.services.plan import RiskData, RiskService
from kamdesk.services.problems import ValidationError
from kamdesk.ui.colors import text_on
from kamdesk.ui.fields import Field, choice_field, hint_label, long_text_field
from kamdesk.ui.i18n import enum_label
from kamdesk.ui.plan.heat_map import level_color, level_label
from kamdesk.ui.plan.risk_commands import CreateRiskCommand, UpdateRiskCommand
from kamdesk.ui.plan.risk_form import PlanForm, read_only_label
from kamdesk.ui.workspace import Workspace

RISK_FIELDS = tuple(f.name for f in dataclass_fields(RiskData))
REVIEW_AFTER_DAYS = 90  # risks are reviewed quarterly: a new one is due for review then


def account_name(workspace: Workspace, account_id: int) -> str:
    return next((r.name for r in workspace.account_rows() if r.id == account_id), "")


class RiskDialog(PlanForm):
    """A new risk (``risk_id`` None) of ``account_id`` (default: the selected account), or an
    existing one. Opened with ``open()``; on OK it pushes its command and says
    ``risk_saved(id)``. Editing a risk that no longer exists raises :class:`ValidationError`
    from the constructor."""

    risk_saved = Signal(int)
    first_field = "description"

    def __init__(
        self,
        workspace: Workspace,
        service: RiskService,
        risk_id: int | None = None,
        account_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(workspace, parent)
        self.setObjectName("riskDialog")
        self.service, self.risk_id = service, risk_id
        self.before: RiskData | None = service.get(risk_id) if risk_id is not None else None
        start = self.before or self._new_data(account_id)
        self.account_id = start.account_id
        self.setWindowTitle(self.tr("New risk") if self.before is None else self.tr("Edit risk"))
        self._build()
        self.load({name: getattr(start, name) for name in RISK_FIELDS})
        self._refresh_score()
        self.fields["description"].widget.setFocus()

    def _new_data(self, account_id: int | None) -> RiskData:
        review = dt.date.today() + dt.timedelta(days=REVIEW_AFTER_DAYS)
        account = account_id or self.workspace.current_account or 0
        return RiskData(account_id=account, review_date=review)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.form.addRow(
            self.tr("Account"), read_only_label(account_name(self.workspace, self.account_id))
        )
        categories = [(enum_label(c), c) for c in RiskCategory]
        self.add(self.tr("Category"), choice_field("category", categories))
        description = long_text_field(
            "description", self.tr("e.g. A competitor offers a price 20% lower at the renewal")
        )
        description.widget.setObjectName("description")
        description.widget.setMaximumHeight(90)
        self.add(self.tr("Description *"), description)
        self.likelihood_word = QLabel()
        self.impact_word = QLabel()
        self._scale(
            "likelihood",
            self.tr("Likelihood (1–5)"),
            self.likelihood_word,
            self.tr("How likely it is to happen in the coming months"),
        )
        self._scale(
            "impact",
            self.tr("Impact (1–5)"),
            self.impact_word,
            self.tr("How much revenue or relationship the account would lose"),
        )
        self.score_label = QLabel()
        self.score_label.setObjectName("scoreLabel")
        self.score_label.setToolTip(self.tr("Score = likelihood × impact (1–25)"))
        self.score_label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.form.addRow(self.tr("Score"), self.score_label)
        responses = [(enum_label(r), r) for r in RiskResponse]
        response = self.add(self.tr("Response"), choice_field("response", responses))
        response.widget.setToolTip(
            self.tr("Eliminate the cause, mitigate it with actions, postpone, or accept it")
        )
        statuses = [(enum_label(s), s) for s in RiskStatus]
        self.add(self.tr("Status"), choice_field("status", statuses))
        self.add_date(
            "review_date",
            self.tr("Review date"),
            self.tr("not set"),
            self.tr("No review date"),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(
            hint_label(self.tr("Closed risks stay in the register but leave the heat map."))
        )
        layout.addWidget(
            self.buttons(self.tr("Create risk") if self.before is None else self.tr("Save"))
        )
        self.setMinimumWidth(560)

    def _scale(self, name: str, label: str, word: QLabel, tip: str) -> None:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(SCALE_MIN, SCALE_MAX)
        box.setToolTip(tip)
        box.setMinimumWidth(70)
        field = Field(name, box, box.value, lambda v: box.setValue(int(v)), box.valueChanged)
        self.fields[name] = field
        box.valueChanged.connect(self._refresh_score)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field.container)
        word.setObjectName(f"{name}Word")
        row.addWidget(word, 1)
        self.form.addRow(label, row)

    # -- reacting ----------------------------------------------------------------------------

    def likelihood_text(self, value: int) -> str:
        return {
            1: self.tr("rare"),
            2: self.tr("unlikely"),
            3: self.tr("possible"),
            4: self.tr("likely"),
            5: self.tr("almost certain"),
        }.get(value, "")

    def impact_text(self, value: int) -> str:
        return {
            1: self.tr("minor"),
            2: self.tr("moderate"),
            3: self.tr("significant"),
            4: self.tr("major"),
            5: self.tr("severe"),
        }.get(value, "")

    def _refresh_score(self) -> None:
        likelihood = self.fields["likelihood"].value()
        impact = self.fields["impact"].value()
        self.likelihood_word.setText(self.likelihood_text(likelihood))
        self.impact_word.setText(self.impact_text(impact))
        score = likelihood * impact
        if not 1 <= score <= SCALE_MAX * SCALE_MAX:  # only a widened box could get here
            self.score_label.setText(str(score))
            self.score_label.setStyleSheet("")
            return
        level = risk_level(score)
        color = level_color(level)
        self.score_label.setText(f"{score} · {level_label(level)}")
        self.score_label.setStyleSheet(
            f"background: {color.name()}; color: {text_on(color).name()};"
            " padding: 2px 8px; border-radius: 3px; font-weight: 600;"
        )

    # -- reading the form --------------------------------------------------------------------

    def data(self) -> RiskData:
        """What the form says now (not yet checked)."""
        values = {name: field.value() for name, field in self.fields.items()}
        return RiskData(account_id=self.account_id, **values)

    def changes(self) -> dict[str, object]:
        """The fields the KAM changed in an existing risk ({} for a new one)."""
        if self.before is None:
            return {}
        data = self.data()
        return {
            name: getattr(data, name)
            for name in RISK_FIELDS
            if getattr(data, name) != getattr(self.before, name)
        }

    # -- OK ----------------------------------------------------------------------------------

    def accept(self) -> None:
        data = self.data()
        try:
            problems = self.service.validate(data, self.risk_id)
        except ValidationError as error:  # the risk was deleted meanwhile
            problems = error.problems
        if self.show_problems(problems):
            return
        if self.before is None:
            command = CreateRiskCommand(self.workspace, self.service, data)
        else:
            changes = self.changes()
            command = (
                UpdateRiskCommand(
                    self.workspace, self.service, self.risk_id, data.description, changes
                )
                if changes
                else None
            )
        if not self.push(command):
            return
        super().accept()
        self.risk_saved.emit(self.risk_id if self.before is not None else command.risk_id)
