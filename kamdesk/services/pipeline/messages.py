"""What the pipeline services say when they refuse an edit (context "Problem").

English templates marked for Qt's translation system; the UI translates, then fills them in.
General ones (required, out of range, negative, ...) live in :mod:`kamdesk.services.problems`;
the org-unit ones are shared with the stakeholder map, so they are translated once.
"""

from __future__ import annotations

from kamdesk.model.enums import QT_TRANSLATE_NOOP
from kamdesk.services.stakeholders.messages import (
    NO_SUCH_UNIT,
    UNIT_OF_ANOTHER_ACCOUNT,
    WHOLE_NUMBER,
)

__all__ = [
    "CLOSED_CATEGORY_NEEDS_WON_STAGE",
    "CLOSE_BEFORE_CREATION",
    "DUPLICATE_PRODUCT",
    "DUPLICATE_STAGE",
    "LAST_STAGE_OF_OUTCOME",
    "MOVE_TO_OTHER_OUTCOME",
    "MOVE_TO_SAME_STAGE",
    "NO_SUCH_OPPORTUNITY",
    "NO_SUCH_PRODUCT",
    "NO_SUCH_STAGE",
    "NO_SUCH_UNIT",
    "REASON_REQUIRED",
    "STAGE_IN_USE",
    "STAGE_ORDER_INCOMPLETE",
    "TOO_LARGE",
    "UNIT_OF_ANOTHER_ACCOUNT",
    "WHOLE_NUMBER",
]

NO_SUCH_OPPORTUNITY = QT_TRANSLATE_NOOP("Problem", "The opportunity no longer exists.")
NO_SUCH_PRODUCT = QT_TRANSLATE_NOOP("Problem", "The product no longer exists.")
NO_SUCH_STAGE = QT_TRANSLATE_NOOP(
    "Problem", "This pipeline stage no longer exists (the stages were changed); choose another."
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Problem", "At most {limit}; got {value}. Please check for extra digits."
)
CLOSE_BEFORE_CREATION = QT_TRANSLATE_NOOP(
    "Problem",
    "The expected close ({value}) cannot be before the opportunity was created ({created}).",
)
REASON_REQUIRED = QT_TRANSLATE_NOOP(
    "Problem", "Say why the opportunity was won or lost before closing it."
)
CLOSED_CATEGORY_NEEDS_WON_STAGE = QT_TRANSLATE_NOOP(
    "Problem", "Only a won opportunity is in the Closed category; move it to a won stage instead."
)
DUPLICATE_STAGE = QT_TRANSLATE_NOOP("Problem", "There is already a stage named “{name}”.")
DUPLICATE_PRODUCT = QT_TRANSLATE_NOOP("Problem", "There is already a product named “{name}”.")
LAST_STAGE_OF_OUTCOME = QT_TRANSLATE_NOOP(
    "Problem", "The pipeline needs at least one won stage and one lost stage."
)
STAGE_IN_USE = QT_TRANSLATE_NOOP(
    "Problem", "Opportunities in this stage: {count}. Move them to another stage first."
)
MOVE_TO_SAME_STAGE = QT_TRANSLATE_NOOP(
    "Problem", "Choose another stage to move the opportunities to."
)
MOVE_TO_OTHER_OUTCOME = QT_TRANSLATE_NOOP(
    "Problem",
    "The opportunities can only go to a stage with the same outcome (open, won or lost).",
)
STAGE_ORDER_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Problem", "The new order must list every stage exactly once."
)
