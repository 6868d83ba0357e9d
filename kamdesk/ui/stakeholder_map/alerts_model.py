"""The gap alerts beside the map as a list model: translated text, severity, what to select."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from kamdesk.analytics.coverage import SEVERITY_LABELS, Alert, Severity
from kamdesk.ui.i18n import translate
from kamdesk.ui.models.roles import ROW_ROLE

ALERT_ROLE = ROW_ROLE  # the Alert itself, for selecting its person or area
SEVERITY_MARKS = {Severity.HIGH: "●", Severity.MEDIUM: "◐", Severity.LOW: "○"}

Index = QModelIndex | QPersistentModelIndex


def alert_text(alert: Alert) -> str:
    return alert.text(lambda template: translate("StakeholderAlert", template))


class AlertsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._alerts: list[Alert] = []

    def set_alerts(self, alerts) -> None:
        self.beginResetModel()
        self._alerts = list(alerts)
        self.endResetModel()

    def alerts(self) -> list[Alert]:
        return list(self._alerts)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._alerts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._alerts):
            return None
        alert = self._alerts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{SEVERITY_MARKS[alert.severity]}  {alert_text(alert)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            severity = translate("StakeholderAlert", SEVERITY_LABELS[alert.severity])
            return f"{severity}: {alert_text(alert)}"
        if role == ALERT_ROLE:
            return alert
        return None
