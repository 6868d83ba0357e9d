"""The stakeholder map of an account: org units, people, the links between them, their map
positions, auto-layout, coverage analytics and the monthly map review (DESIGN §2, §3, §4).

Decisions:

- A person reports to one manager at most: a second reports-to is refused (not replaced), as
  is one that would make the reporting lines go in a circle.
- Alliances and rivalries have no direction: B–A duplicates A–B. Influences do: A→B and B→A
  are two links. Only an influence has a strength (1–3; None there means 2).
- Deleting an org unit moves its sub-units up to the nearest unit above that stays; its people
  and opportunities stay without a unit (the foreign key is SET NULL).
- Deleting a person deletes their links and interaction attendances; surveys they answered
  stay without them. One :meth:`StakeholderService.restore` brings every row back, same ids.
- Positions are two finite numbers within ±1,000,000; None means "not placed".
"""

from kamdesk.services.stakeholders.checks import DEFAULT_INFLUENCE_STRENGTH, POSITION_LIMIT
from kamdesk.services.stakeholders.data import (
    AccountMap,
    LinkData,
    MapLink,
    MapPerson,
    MapUnit,
    OrgUnitData,
    Point,
    StakeholderData,
)
from kamdesk.services.stakeholders.deletion import DeletionSnapshot
from kamdesk.services.stakeholders.service import StakeholderService

__all__ = [
    "DEFAULT_INFLUENCE_STRENGTH",
    "POSITION_LIMIT",
    "AccountMap",
    "DeletionSnapshot",
    "LinkData",
    "MapLink",
    "MapPerson",
    "MapUnit",
    "OrgUnitData",
    "Point",
    "StakeholderData",
    "StakeholderService",
]
