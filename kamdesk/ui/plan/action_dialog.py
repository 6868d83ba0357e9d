"""The action editor: a new action of an account (a risk's mitigation or a general follow-up),
or every field of an existing one.

OK asks the service first and shows each problem under its field (an action without a title
is refused there and nothing is written); then it pushes one command:
:class:`CreateActionCommand`, or one :class:`UpdateActionCommand` with only the changed fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import fields as dataclass_fields

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from kamdesk.model.enums import ActionStatus, RiskStatus, fold
from kamdesk.services.plan import ActionData, RiskService
from kamdesk.services.problems import ValidationError
from kamdesk.ui.commands import short
from kamdesk.ui.fields import Field, choice_field, text_field
from kamdesk.ui.i18n import enum_label
from kamdesk.ui.pipeline.opportunity_dialog import searchable_combo
from kamdesk.ui.plan.risk_commands import CreateActionCommand, UpdateActionCommand
from kamdesk.ui.plan.risk_dialog import account_name
from kamdesk.ui.plan.risk_form import PlanForm, read_only_label
from kamdesk.ui.workspace import Workspace

ACTION_FIELDS = tuple(f.name for f in dataclass_fields(ActionData))
EDITED_FIELDS = ("title", "risk_id", "owner", "due", "status")


class ActionDialog(PlanForm):
    """A new action (``action_id`` None) of ``account_id`` (default: the selected account),
    linked to ``risk_id`` when given, or an existing action. Opened with ``open()``; on OK it
    pushes its command and says ``action_saved(id)``. Editing an action that no longer exists
    raises :class:`ValidationError` from the constructor."""

    action_saved = Signal(int)
    first_field = "title"

    def __init__(
        self,
        workspace: Workspace,
        service: RiskService,
        action_id: int | None = None,
        account_id: int | None = None,
        risk_id: int | None = None,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        super().__init__(workspace, parent)
        self.setObjectName("actionDialog")
        self.service, self.action_id, self.today = service, action_id, today
        self.before: ActionData | None = (
            service.get_action(action_id) if action_id is not None else None
        )
        start = self.before or ActionData(
            account_id=account_id or workspace.current_account or 0,
            owner=workspace.settings.owner_name,
            risk_id=risk_id,
        )
        self.account_id = start.account_id
        self.setWindowTitle(
            self.tr("New action") if self.before is None else self.tr("Edit action")
        )
        self._build(start)
        self.load({name: getattr(start, name) for name in EDITED_FIELDS})
        self.fields["title"].widget.setFocus()

    # -- building ----------------------------------------------------------------------------

    def _build(self, start: ActionData) -> None:
        self.form.addRow(
            self.tr("Account"), read_only_label(account_name(self.workspace, self.account_id))
        )
        title = text_field("title", self.tr("e.g. Present the three-year cost comparison"), 300)
        title.widget.setObjectName("title")
        self.add(self.tr("Action *"), title)
        risk = self.add(self.tr("Risk it mitigates"), choice_field("risk_id", self._risks(start)))
        risk.widget.setObjectName("riskCombo")
        owner = searchable_combo(self.tr("Who does it"), 120)
        owner.setObjectName("ownerCombo")
        owner.addItems(self._owners())
        self.add(
            self.tr("Owner"),
            Field(
                "owner",
                owner,
                lambda: owner.currentText().strip(),
                lambda v: owner.setEditText(v or ""),
                owner.activated,
            ),
        )
        self.add_date("due", self.tr("Due"), self.tr("no due date"), self.tr("No due date"))
        statuses = [(enum_label(s), s) for s in ActionStatus]
        self.add(self.tr("Status"), choice_field("status", statuses))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(
            self.buttons(self.tr("Create action") if self.before is None else self.tr("Save"))
        )
        self.setMinimumWidth(520)

    def _risks(self, start: ActionData) -> list[tuple[str, object]]:
        """The account's open risks, plus the action's own even when closed."""
        choices: list[tuple[str, object]] = [(self.tr("None (a general follow-up)"), None)]
        for row in self.service.list_rows(self.account_id):
            if row.status is RiskStatus.OPEN or row.id == start.risk_id:
                choices.append((f"{row.score} · {short(row.description)}", row.id))
        return choices

    def _owners(self) -> list[str]:
        names = {*self.service.action_owners(), self.workspace.settings.owner_name} - {""}
        return sorted(names, key=fold)

    # -- reading the form --------------------------------------------------------------------

    def data(self) -> ActionData:
        """What the form says now (not yet checked)."""
        values = {name: self.fields[name].value() for name in EDITED_FIELDS}
        return ActionData(account_id=self.account_id, **values)

    def changes(self) -> dict[str, object]:
        if self.before is None:
            return {}
        data = self.data()
        return {
            name: getattr(data, name)
            for name in ACTION_FIELDS
            if getattr(data, name) != getattr(self.before, name)
        }

    def owner_combo(self) -> QComboBox:
        return self.fields["owner"].widget

    # -- OK ----------------------------------------------------------------------------------

    def accept(self) -> None:
        data = self.data()
        try:
            problems = self.service.validate_action(data, self.action_id)
        except ValidationError as error:  # the action was deleted meanwhile
            problems = error.problems
        if self.show_problems(problems):
            return
        if self.before is None:
            command = CreateActionCommand(self.workspace, self.service, data)
        else:
            changes = self.changes()
            command = (
                UpdateActionCommand(
                    self.workspace,
                    self.service,
                    self.action_id,
                    data.title,
                    changes,
                    today=self.today,
                )
                if changes
                else None
            )
        if not self.push(command):
            return
        super().accept()
        self.action_saved.emit(self.action_id if self.before is not None else command.action_id)
