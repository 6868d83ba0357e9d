"""The pipeline: opportunities (table and board), the configurable stages and the product
lines (DESIGN §2, issue 5).

Decisions:

- An opportunity's value is its one-time value + 12 × its monthly recurring value; its
  effective probability is its own, else its stage's default; weighted = value × that ÷ 100.
- Stage history: every create, and every update or move that changes the stage, the expected
  close, a value or the own probability, appends the opportunity's new state to
  ``opportunity_history``, dated with the ``today`` the caller gives (the KAM's day; the
  time of day is the current UTC time, so changes of one day keep their order). Edits of
  other fields (next step, owner, ...) move only the last-change date.
- Closing = reaching a won or lost stage from another outcome. It needs a win/loss reason
  (given with the move, or written while the opportunity was open; going from won to lost or
  back needs a new one) and records the closing date (``closed_at`` = that day; the
  expected close is left as the KAM set it).
- The forecast category follows the stage: a won stage means Closed, a lost one Omitted, at
  every write. Reopening (a closed stage to an open one) sets the category to Pipeline, clears
  the reason and the closing date: the KAM re-commits the deal. Only a won opportunity can be
  in the Closed category. Any stage change drops the own probability: the new stage's
  default applies unless the same edit sets one.
- The expected close may not be before the creation date; an old opportunity whose close
  already lies before it (imported data) can still be edited as long as the date is not
  changed.
- Amounts are 0 to 10^13, rounded to centavos; probabilities whole numbers 0–100.
- Undo: create → delete (its snapshot redoes); update and move → :meth:`revert`, which puts
  back every column the write changed and removes the history row it added; delete →
  restore, same ids, history included.
- Stages: names unique (also against the built-in names in both languages); positions kept
  0, 1, 2, ... in board order; at least one won and one lost stage remain; an outcome
  cannot change while opportunities are in the stage; a stage in use is deleted only by
  merging it into another stage of the same outcome (opportunities and history move with
  their dates untouched). Without a merge, history rows of a deleted stage keep no stage.
- Products: names unique (ignoring case and accents); a deleted product's opportunities stay
  without one.
"""

from kamdesk.services.pipeline.checks import MONEY_LIMIT
from kamdesk.services.pipeline.data import (
    HistoryEntry,
    OpportunityChange,
    OpportunityData,
    OpportunityFilter,
    OpportunityRow,
    ProductData,
    ProductRow,
    StageData,
    StageRemoval,
    StageRow,
    opportunity_value,
    weighted_value,
)
from kamdesk.services.pipeline.opportunities import OpportunityService
from kamdesk.services.pipeline.products import ProductService
from kamdesk.services.pipeline.stages import StageService
from kamdesk.services.stakeholders.deletion import DeletionSnapshot

__all__ = [
    "MONEY_LIMIT",
    "DeletionSnapshot",
    "HistoryEntry",
    "OpportunityChange",
    "OpportunityData",
    "OpportunityFilter",
    "OpportunityRow",
    "OpportunityService",
    "ProductData",
    "ProductRow",
    "ProductService",
    "StageData",
    "StageRemoval",
    "StageRow",
    "StageService",
    "opportunity_value",
    "weighted_value",
]
