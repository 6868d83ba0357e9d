"""Preferences ▸ Equipe, for a portfolio on a team server: who is on the team with which role,
and — the director's choice — whether KAMs read every account or only their own.

The choice is written at once (an undoable command), like the Pipeline page's edits; the
server enforces it for every program. Members themselves are added by whoever runs the server
(``kamdesk team add``): that needs the right to create logins, which a director in the app has
not.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from kamdesk.model.enums import fold
from kamdesk.services.team.members import Member, TeamService
from kamdesk.ui.commands import UpdateCommand
from kamdesk.ui.models.rows_model import RowsTableModel
from kamdesk.ui.plan.risk_models import RowsTable
from kamdesk.ui.team.roles import role_allows, role_name
from kamdesk.ui.workspace import Workspace


class MemberColumn(enum.IntEnum):
    NAME = 0
    ROLE = enum.auto()
    OWNER = enum.auto()
    LOGIN = enum.auto()


@dataclass(frozen=True)
class MemberRow:
    id: int
    member: Member


class MembersModel(RowsTableModel):
    columns = MemberColumn
    sort_keys = {
        MemberColumn.NAME: lambda r: fold(r.member.display_name or r.member.login),
        MemberColumn.ROLE: lambda r: r.member.role,
        MemberColumn.OWNER: lambda r: fold(r.member.owner_name),
        MemberColumn.LOGIN: lambda r: r.member.login,
    }

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Owner name of their accounts"),
            self.tr("Login"),
        )[section]

    def _display(self, row: MemberRow, column: MemberColumn) -> str:
        member = row.member
        return {
            MemberColumn.NAME: member.display_name or member.login,
            MemberColumn.ROLE: role_name(member.role),
            MemberColumn.OWNER: member.owner_name if member.role == "kam" else "",
            MemberColumn.LOGIN: member.login,
        }[column]

    def _decoration(self, row: MemberRow, column: MemberColumn, role: int):
        if role == Qt.ItemDataRole.ToolTipRole:
            return role_allows(row.member)
        return None


class TeamPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.service = TeamService(workspace.portfolio)
        me = workspace.team_member
        self.me_label = QLabel(wordWrap=True)
        if me is not None:
            self.me_label.setText(
                self.tr("You are %1 on this team: %2")
                .replace("%1", role_name(me.role))
                .replace("%2", role_allows(me))
            )
        self.model = MembersModel(self)
        self.table = RowsTable(self.model, "teamMembers", MemberColumn.NAME, 160)
        self.kams_read_all = QCheckBox(self.tr("KAMs see every account (not only their own)"))
        self.kams_read_all.setToolTip(
            self.tr(
                "Off, a KAM sees only the accounts they own, with everything in them; the "
                "server hides the others from any program."
            )
        )
        self.kams_read_all.setEnabled(me is not None and me.role == "director")
        self.kams_read_all.toggled.connect(self._choose_kams_read_all)
        adding = QLabel(
            self.tr(
                "Members are added and removed by whoever runs the server, with "
                "“kamdesk team add” (see the README)."
            ),
            wordWrap=True,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.me_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.kams_read_all)
        layout.addWidget(adding)
        self.reload()
        workspace.settings_changed.connect(self.reload)

    def reload(self) -> None:
        members = self.service.members()
        self.model.set_rows([MemberRow(index, m) for index, m in enumerate(members)])
        self.kams_read_all.blockSignals(True)
        self.kams_read_all.setChecked(self.service.kams_read_all())
        self.kams_read_all.blockSignals(False)

    def _choose_kams_read_all(self, read_all: bool) -> None:
        text = (
            self.tr("Let KAMs see every account")
            if read_all
            else self.tr("Let KAMs see only their own accounts")
        )
        self.workspace.undo_stack.push(
            UpdateCommand(
                self.workspace,
                text,
                lambda: self.service.set_kams_read_all(read_all),
                self.service.set_kams_read_all,
                self.workspace.reload_settings,  # the accounts KAMs see changed
            )
        )
        self.reload()  # a refused change shows the setting as it still is
