"""How accounts of each lifecycle stage look in the demo: how often and how much.

The words are in the vocabulary file; these are the numbers. Changing any of them changes
every demo generated from then on (the random draws shift), which is fine: only the same code,
seed and day must give the same database.
"""

from kamdesk.model.enums import (
    ForecastCategory,
    InteractionKind,
    LifecycleStage,
    OpportunityType,
    ReviewKind,
    Stance,
    Strategy,
)

# Short names keep the tables below readable.
LS = LifecycleStage
S = Strategy
T = OpportunityType
F = ForecastCategory
RV = ReviewKind
IK = InteractionKind

# -- accounts
STAGE_WEIGHTS = {
    LS.TARGETING: 0.12,
    LS.ACQUISITION: 0.13,
    LS.DEVELOPMENT: 0.33,
    LS.RETENTION: 0.27,
    LS.RECOVERY: 0.15,
}
CLIENT_STAGES = (LS.DEVELOPMENT, LS.RETENTION, LS.RECOVERY)  # buying for 2+ years
STAGE_STRATEGIES = {
    LS.TARGETING: (S.REPOSITIONING,),
    LS.ACQUISITION: (S.CROSS_SELL, S.REPOSITIONING),
    LS.DEVELOPMENT: (S.CROSS_SELL, S.UP_SELL, S.REPOSITIONING),
    LS.RETENTION: (S.UP_SELL, S.CROSS_SELL, S.REPOSITIONING),
    LS.RECOVERY: (S.OPERATIONAL_RECOVERY, S.REPOSITIONING),
}

# -- stakeholders
STANCE_WEIGHTS = {  # sponsor, ally, neutral, resistant, opponent
    LS.TARGETING: (0.05, 0.15, 0.55, 0.15, 0.10),
    LS.ACQUISITION: (0.12, 0.25, 0.38, 0.15, 0.10),
    LS.DEVELOPMENT: (0.20, 0.30, 0.30, 0.12, 0.08),
    LS.RETENTION: (0.22, 0.33, 0.28, 0.10, 0.07),
    LS.RECOVERY: (0.08, 0.17, 0.30, 0.25, 0.20),
}
RELATIONSHIP_BY_STANCE = {
    Stance.SPONSOR: (4, 5),
    Stance.ALLY: (3, 5),
    Stance.NEUTRAL: (2, 3),
    Stance.RESISTANT: (1, 3),
    Stance.OPPONENT: (1, 2),
}
# Whether we spoke to a stakeholder lately, only more than 90 days ago, or never.
CONTACTS = ("recent", "stale", "never")
CONTACT_WEIGHTS = {LS.TARGETING: (0.45, 0.25, 0.30)}
DEFAULT_CONTACT_WEIGHTS = (0.62, 0.28, 0.10)
STALE_DAYS = 90

# -- pipeline and forecast
OPEN_STAGES = ("prospecting", "qualification", "proposal", "negotiation")
STAGE_KEYS = (*OPEN_STAGES, "won", "lost")
CLIENT_STAGE_WEIGHTS = (14, 16, 14, 10, 26, 20)  # opportunities of clients, in STAGE_KEYS order
ACQUISITION_STAGE_WEIGHTS = (14, 16, 14, 10, 8, 12)
OPPORTUNITIES_PER_ACCOUNT = {
    LS.TARGETING: (0, 1),
    LS.ACQUISITION: (1, 3),
    LS.DEVELOPMENT: (2, 5),
    LS.RETENTION: (1, 4),
    LS.RECOVERY: (1, 3),
}
OPPORTUNITY_TYPES = {  # (types, weights) by the account's lifecycle stage
    LS.TARGETING: ((T.NEW,), (1,)),
    LS.ACQUISITION: ((T.NEW, T.CROSS_SELL), (4, 1)),
    LS.DEVELOPMENT: ((T.CROSS_SELL, T.UP_SELL, T.NEW, T.RENEWAL), (4, 3, 1, 1)),
    LS.RETENTION: ((T.RENEWAL, T.UP_SELL, T.CROSS_SELL), (4, 3, 2)),
    LS.RECOVERY: ((T.RENEWAL, T.CROSS_SELL, T.UP_SELL), (5, 1, 1)),
}
FORECAST_BY_STAGE = {  # (categories, weights): consistent with the stage
    "prospecting": ((F.PIPELINE, F.OMITTED), (0.85, 0.15)),
    "qualification": ((F.PIPELINE, F.BEST_CASE), (0.75, 0.25)),
    "proposal": ((F.BEST_CASE, F.PIPELINE, F.COMMIT), (0.6, 0.25, 0.15)),
    "negotiation": ((F.COMMIT, F.BEST_CASE), (0.7, 0.3)),
    "won": ((F.CLOSED,), (1,)),
    "lost": ((F.OMITTED,), (1,)),
}
# The category a snapshot records for an opportunity at this stage at the time.
SNAPSHOT_CATEGORY = {
    "prospecting": F.PIPELINE,
    "qualification": F.PIPELINE,
    "proposal": F.BEST_CASE,
    "negotiation": F.COMMIT,
}
ESTIMATE_STAGES = OPEN_STAGES[:2]  # values are rough estimates until the proposal
OVERDUE_SHARE = 0.08  # open opportunities whose expected close has passed
SLIP_SHARE = 0.25  # opportunities whose expected close moved later once
# Extra days a won deal spent in negotiation: the month-ahead forecast calls it commit.
WON_NEGOTIATION_LEAD_DAYS = 30
PROBABILITY_OVERRIDE_SHARE = 0.25
# Relative monthly sales targets, January to December (quarter and year ends weigh more).
SEASONALITY = (0.80, 0.85, 1.05, 0.95, 1.00, 1.10, 0.90, 0.95, 1.10, 1.00, 1.05, 1.25)
TARGET_GROWTH = 1.15  # targets: last year's bookings plus 15 %
SNAPSHOT_MONTHS = 6  # automatic snapshots at the start of each of the last six months
SNAPSHOT_HORIZON = 3  # months each snapshot forecasts

# -- revenue, surveys, risks and actions
REVENUE_MONTHS = 24
NEW_CLIENT_MONTHS = 6  # acquisition accounts that already buy started at most this long ago
NPS_MEAN = {LS.ACQUISITION: 7.8, LS.DEVELOPMENT: 8.1, LS.RETENTION: 8.6, LS.RECOVERY: 5.6}
RISKS_PER_ACCOUNT = {
    LS.TARGETING: (0, 1),
    LS.ACQUISITION: (0, 2),
    LS.DEVELOPMENT: (1, 3),
    LS.RETENTION: (1, 3),
    LS.RECOVERY: (2, 4),
}
OVERDUE_ACTIONS = 0.35  # open actions past their due date

# -- OKRs, reviews and interactions
OBJECTIVE_SHARE = 0.4  # client accounts with an objective of their own
# Which period account objectives cover, and how often.
PERIOD_WEIGHTS = {"quarter": 0.45, "half": 0.2, "year": 0.2, "next_quarter": 0.15}
REVIEW_CADENCE_DAYS = {
    RV.RISK: 91,
    RV.PIPELINE: 30,
    RV.RELATIONSHIP: 30,
    RV.POSITIONING: 91,
    RV.PLANNING: 182,
    RV.OKR: 30,
}
REVIEWS_PER_KIND = {RV.PLANNING: 2}  # at most, within the past year; 4 for the other kinds
REVIEW_KINDS = {  # by lifecycle stage; clients have all (OKR when they have objectives)
    LS.TARGETING: (RV.RELATIONSHIP, RV.POSITIONING, RV.PLANNING),
    LS.ACQUISITION: (RV.PIPELINE, RV.RELATIONSHIP, RV.POSITIONING, RV.PLANNING),
}
INTERACTION_WEIGHTS = {IK.MEETING: 0.35, IK.CALL: 0.25, IK.EMAIL: 0.25, IK.VISIT: 0.15}
INTERACTIONS_PER_ACCOUNT = {
    LS.TARGETING: (1, 4),
    LS.ACQUISITION: (4, 8),
    LS.DEVELOPMENT: (5, 12),
    LS.RETENTION: (5, 12),
    LS.RECOVERY: (6, 12),
}

# -- settings
GROSS_MARGIN = "0.32"
