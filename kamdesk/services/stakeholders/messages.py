"""What the stakeholder map's services say when they refuse an edit (context "Problem").

English templates marked for Qt's translation system; the UI translates, then fills them in.
General ones (required, out of range, too long, ...) live in :mod:`kamdesk.services.problems`.
"""

from __future__ import annotations

from kamdesk.model.enums import QT_TRANSLATE_NOOP

NO_SUCH_PERSON = QT_TRANSLATE_NOOP("Problem", "The person no longer exists.")
NO_SUCH_UNIT = QT_TRANSLATE_NOOP("Problem", "The org unit no longer exists.")
NO_SUCH_LINK = QT_TRANSLATE_NOOP("Problem", "The link no longer exists.")
NO_SUCH_REVIEW = QT_TRANSLATE_NOOP("Problem", "The review no longer exists.")
PERSON_OF_ANOTHER_ACCOUNT = QT_TRANSLATE_NOOP("Problem", "{name} belongs to another account.")
UNIT_OF_ANOTHER_ACCOUNT = QT_TRANSLATE_NOOP(
    "Problem", "The org unit “{name}” belongs to another account."
)
DUPLICATE_UNIT = QT_TRANSLATE_NOOP(
    "Problem", "There is already an org unit named “{name}” in this account."
)
UNIT_PARENT_CYCLE = QT_TRANSLATE_NOOP(
    "Problem", "“{parent}” cannot contain “{name}”: it is “{name}” itself or lies inside it."
)
SELF_LINK = QT_TRANSLATE_NOOP("Problem", "A person cannot be linked to themselves.")
DUPLICATE_LINK = QT_TRANSLATE_NOOP(
    "Problem", "{source} and {target} are already linked in this way."
)
SECOND_MANAGER = QT_TRANSLATE_NOOP(
    "Problem", "{name} already reports to {manager}; a person reports to one manager only."
)
REPORTING_CYCLE = QT_TRANSLATE_NOOP(
    "Problem", "This would make the reporting lines go in a circle: {chain}."
)
STRENGTH_ONLY_FOR_INFLUENCE = QT_TRANSLATE_NOOP("Problem", "Only an influence has a strength.")
WHOLE_NUMBER = QT_TRANSLATE_NOOP("Problem", "Must be a whole number; got {value}.")
INVALID_EMAIL = QT_TRANSLATE_NOOP("Problem", "“{value}” does not look like an e-mail address.")
BAD_POSITION = QT_TRANSLATE_NOOP(
    "Problem", "A position on the map must be a number between −{limit} and {limit}; got {value}."
)
