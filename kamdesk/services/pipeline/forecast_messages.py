"""What the forecast service says when it refuses a request (context "Problem").

English templates marked for Qt's translation system; the UI translates, then fills them in.
General ones (required, negative, out of range, ...) live in :mod:`kamdesk.services.problems`.
"""

from __future__ import annotations

from kamdesk.model.enums import QT_TRANSLATE_NOOP

INVALID_PERIOD = QT_TRANSLATE_NOOP(
    "Problem", "“{value}” is not a period; write a month (2027-01), a quarter (2027-Q1) or a year."
)
PERIOD_KINDS_DIFFER = QT_TRANSLATE_NOOP(
    "Problem", "Both ends of the range must be months, or quarters, or years."
)
RANGE_BACKWARDS = QT_TRANSLATE_NOOP("Problem", "The range ends before it starts.")
NO_SUCH_SNAPSHOT = QT_TRANSLATE_NOOP("Problem", "The forecast snapshot no longer exists.")
NO_SUCH_REVIEW = QT_TRANSLATE_NOOP("Problem", "The review no longer exists.")
NOTHING_TO_REVIEW = QT_TRANSLATE_NOOP("Problem", "No account has open opportunities to review.")
