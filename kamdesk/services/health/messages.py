"""What the account-health services say when they refuse an edit (context "Problem").

English templates marked for Qt's translation system; the UI translates, then fills them in.
General ones (required, out of range, negative, ...) live in :mod:`kamdesk.services.problems`.
"""

from __future__ import annotations

from kamdesk.model.enums import QT_TRANSLATE_NOOP
from kamdesk.services.pipeline.messages import TOO_LARGE, WHOLE_NUMBER
from kamdesk.services.plan.messages import NOT_A_DATE

__all__ = [
    "NOT_A_DATE",
    "NO_SUCH_RESPONSE",
    "NO_SUCH_STAKEHOLDER",
    "RECURRING_ABOVE_REVENUE",
    "STAKEHOLDER_OF_ANOTHER_ACCOUNT",
    "TOO_LARGE",
    "WHOLE_NUMBER",
]

RECURRING_ABOVE_REVENUE = QT_TRANSLATE_NOOP(
    "Problem",
    "The recurring part ({recurring}) cannot be more than the month’s revenue ({revenue}).",
)
NO_SUCH_RESPONSE = QT_TRANSLATE_NOOP("Problem", "The survey response no longer exists.")
NO_SUCH_STAKEHOLDER = QT_TRANSLATE_NOOP("Problem", "The person no longer exists.")
STAKEHOLDER_OF_ANOTHER_ACCOUNT = QT_TRANSLATE_NOOP(
    "Problem", "“{name}” is a person of another account."
)
