"""What the account-plan services say when they refuse an edit (context "Problem").

English templates marked for Qt's translation system; the UI translates, then fills them in.
General ones (required, out of range, too long, ...) live in :mod:`kamdesk.services.problems`.
"""

from __future__ import annotations

from kamdesk.model.enums import QT_TRANSLATE_NOOP
from kamdesk.services.stakeholders.messages import WHOLE_NUMBER

__all__ = [
    "NOT_A_DATE",
    "NO_SUCH_ACTION",
    "NO_SUCH_RISK",
    "RISK_OF_ANOTHER_ACCOUNT",
    "WHOLE_NUMBER",
]

NO_SUCH_RISK = QT_TRANSLATE_NOOP("Problem", "The risk no longer exists.")
NO_SUCH_ACTION = QT_TRANSLATE_NOOP("Problem", "The action no longer exists.")
RISK_OF_ANOTHER_ACCOUNT = QT_TRANSLATE_NOOP(
    "Problem", "The risk “{name}” belongs to another account."
)
NOT_A_DATE = QT_TRANSLATE_NOOP("Problem", "“{value}” is not a date.")
