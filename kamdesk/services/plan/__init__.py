"""The account plan (issue 6): the risk register with its mitigation actions.

Decisions:

- Risk score = likelihood × impact, each a whole number 1–5; levels, heat map, account risk
  and top risks come from :mod:`kamdesk.analytics.risk` (closed risks count nowhere there).
- Deleting a risk keeps its actions on the account without a risk (``action.risk_id`` is ON
  DELETE SET NULL); undo restores the risk with the same id and links them again.
- An action's risk must exist and belong to the action's account. Becoming done records the
  day (``done_at``); any other status clears it.
- A risk description is at most 4000 characters; titles and owners follow the columns.
- Undo: create → delete (its snapshot redoes); update → revert with the previous values it
  returned; delete → restore, same ids.
"""

from kamdesk.services.plan.checks import DESCRIPTION_LIMIT
from kamdesk.services.plan.data import ActionData, ActionRow, RiskData, RiskRow
from kamdesk.services.plan.risks import RiskService
from kamdesk.services.stakeholders.deletion import DeletionSnapshot

__all__ = [
    "DESCRIPTION_LIMIT",
    "ActionData",
    "ActionRow",
    "DeletionSnapshot",
    "RiskData",
    "RiskRow",
    "RiskService",
]
