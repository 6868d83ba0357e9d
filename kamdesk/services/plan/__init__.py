"""The account plan (issue 6): risks and actions, positioning, OKRs, reviews, interactions.

Decisions:

- Risk score = likelihood × impact, each a whole number 1–5; levels, heat map, account risk
  and top risks come from :mod:`kamdesk.analytics.risk` (closed risks count nowhere there).
- Deleting a risk keeps its actions on the account without a risk (``action.risk_id`` is ON
  DELETE SET NULL); undo restores the risk with the same id and links them again.
- An action's risk must exist and belong to the action's account. Becoming done records the
  day (``done_at``); any other status clears it.
- A positioning review is a Review of kind positioning whose ``measures`` keep the value
  proposition, desired and perceived positions and differentiators as they were that day.
- A key result's current value is its latest check-in's (by date, then id); a check-in may
  not be dated before its objective's period starts (after its end is allowed: the closing
  check-in is often late). Objective confidence = the lowest latest confidence of its key
  results.
- A routine never reviewed is first due one cadence after the account became a client or was
  added to KAMdesk, whichever is later; the OKR check-in is due only for accounts with
  objectives. Reviews are recorded once held: a date after today is refused.
- Logging an interaction moves each person's last contact to the later of the two dates;
  deleting it (or moving it earlier) falls back to the person's latest other interaction when
  it was the one that set the date. Every write returns the exact values its undo restores.
- Texts are at most 4000 characters; titles and owners follow the columns.
- Undo: create → delete (its snapshot redoes); update → revert with the previous values it
  returned; delete → restore, same ids.
"""

from kamdesk.services.plan.checks import DESCRIPTION_LIMIT
from kamdesk.services.plan.data import ActionData, ActionRow, RiskData, RiskRow
from kamdesk.services.plan.interactions import InteractionData, InteractionService
from kamdesk.services.plan.okr_data import CheckInData, KeyResultData, ObjectiveData
from kamdesk.services.plan.okrs import OkrService
from kamdesk.services.plan.positioning import Positioning, PositioningService
from kamdesk.services.plan.reviews import ReviewService
from kamdesk.services.plan.risks import RiskService
from kamdesk.services.stakeholders.deletion import DeletionSnapshot

__all__ = [
    "DESCRIPTION_LIMIT",
    "ActionData",
    "ActionRow",
    "CheckInData",
    "DeletionSnapshot",
    "InteractionData",
    "InteractionService",
    "KeyResultData",
    "ObjectiveData",
    "OkrService",
    "Positioning",
    "PositioningService",
    "ReviewService",
    "RiskData",
    "RiskRow",
    "RiskService",
]
