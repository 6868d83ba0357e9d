"""SQLAlchemy entities of the whole domain (DESIGN §2) and their enums.

The entities load on first use (``from kamdesk.model import Account``), all at once so that
``Base.metadata`` is always whole. Importing only ``kamdesk.model.enums`` (as the interface does
at start) therefore does not pull in SQLAlchemy.
"""

from __future__ import annotations

import importlib

_HOMES = {
    "account": ("Account", "IcpCriterion", "IcpRating", "OrgUnit", "Product"),
    "base": ("Base", "Money"),
    "health": ("RevenueRecord", "SurveyResponse"),
    "pipeline": (
        "ForecastSnapshot",
        "ForecastSnapshotLine",
        "ForecastTarget",
        "Opportunity",
        "OpportunityHistory",
        "PipelineStage",
    ),
    "plan": (
        "Action",
        "CheckIn",
        "Interaction",
        "KeyResult",
        "Objective",
        "Review",
        "Risk",
        "interaction_stakeholder",
    ),
    "settings": ("Setting",),
    "stakeholder": ("Stakeholder", "StakeholderLink"),
    "team": ("ChangeLogEntry", "TeamMember"),
}
__all__ = sorted(name for names in _HOMES.values() for name in names)


def __getattr__(name: str):
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    for module_name, names in _HOMES.items():
        module = importlib.import_module(f"{__name__}.{module_name}")
        for exported in names:
            globals()[exported] = getattr(module, exported)
    return globals()[name]
