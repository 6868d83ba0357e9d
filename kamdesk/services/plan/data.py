"""What goes in and out of the risk register and actions services: plain frozen dataclasses,
ids as ints."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from kamdesk.analytics.risk import RiskLevel
from kamdesk.model.enums import ActionStatus, RiskCategory, RiskResponse, RiskStatus


@dataclass(frozen=True)
class RiskData:
    """A risk as the KAM edits it; likelihood and impact are whole numbers 1–5."""

    account_id: int = 0
    description: str = ""
    category: RiskCategory = RiskCategory.OTHER
    likelihood: int = 3
    impact: int = 3
    response: RiskResponse = RiskResponse.MITIGATE
    status: RiskStatus = RiskStatus.OPEN
    review_date: dt.date | None = None


RISK_FIELDS = tuple(f.name for f in fields(RiskData))


@dataclass(frozen=True)
class RiskRow:
    """One line of the risk register: score = likelihood × impact, its level, and how many
    open actions mitigate it."""

    id: int
    account_id: int
    account_name: str
    description: str
    category: RiskCategory
    likelihood: int
    impact: int
    score: int
    level: RiskLevel
    response: RiskResponse
    status: RiskStatus
    review_date: dt.date | None
    open_actions: int


@dataclass(frozen=True)
class ActionData:
    """An action as the KAM edits it; ``risk_id`` None = a general follow-up."""

    account_id: int = 0
    title: str = ""
    owner: str = ""
    due: dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN
    risk_id: int | None = None


ACTION_FIELDS = tuple(f.name for f in fields(ActionData))


@dataclass(frozen=True)
class ActionRow:
    """One line of the Actions list; ``days_overdue`` counts from the ``today`` given."""

    id: int
    account_id: int
    account_name: str
    title: str
    owner: str
    due: dt.date | None
    status: ActionStatus
    risk_id: int | None
    risk_description: str
    done_at: dt.date | None
    days_overdue: int

    @property
    def is_overdue(self) -> bool:
        return self.days_overdue > 0
