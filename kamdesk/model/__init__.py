"""SQLAlchemy entities of the whole domain (DESIGN §2) and their enums."""

from kamdesk.model.account import Account, IcpCriterion, IcpRating, OrgUnit, Product
from kamdesk.model.base import Base, Money
from kamdesk.model.health import RevenueRecord, SurveyResponse
from kamdesk.model.pipeline import (
    ForecastSnapshot,
    ForecastSnapshotLine,
    ForecastTarget,
    Opportunity,
    OpportunityHistory,
    PipelineStage,
)
from kamdesk.model.plan import (
    Action,
    CheckIn,
    Interaction,
    KeyResult,
    Objective,
    Review,
    Risk,
    interaction_stakeholder,
)
from kamdesk.model.settings import Setting
from kamdesk.model.stakeholder import Stakeholder, StakeholderLink

__all__ = [
    "Account",
    "Action",
    "Base",
    "CheckIn",
    "ForecastSnapshot",
    "ForecastSnapshotLine",
    "ForecastTarget",
    "IcpCriterion",
    "IcpRating",
    "Interaction",
    "KeyResult",
    "Money",
    "Objective",
    "Opportunity",
    "OpportunityHistory",
    "OrgUnit",
    "PipelineStage",
    "Product",
    "RevenueRecord",
    "Review",
    "Risk",
    "Setting",
    "Stakeholder",
    "StakeholderLink",
    "SurveyResponse",
    "interaction_stakeholder",
]
