"""Names of the built-in ICP criteria and pipeline stages, marked for translation.

They are stored in the portfolio in English (with a key); the interface shows them through
Qt's translation system. A name the KAM changed is shown as typed.
"""

from kamdesk.model.enums import QT_TRANSLATE_NOOP
from kamdesk.ui.i18n import translate

CRITERION_NAMES = (
    QT_TRANSLATE_NOOP("IcpCriterion", "Business volume"),
    QT_TRANSLATE_NOOP("IcpCriterion", "Company size"),
    QT_TRANSLATE_NOOP("IcpCriterion", "Sector"),
    QT_TRANSLATE_NOOP("IcpCriterion", "Growth potential"),
    QT_TRANSLATE_NOOP("IcpCriterion", "Market influence"),
    QT_TRANSLATE_NOOP("IcpCriterion", "Fit with our offer"),
)
STAGE_NAMES = (
    QT_TRANSLATE_NOOP("PipelineStage", "Prospecting"),
    QT_TRANSLATE_NOOP("PipelineStage", "Qualification"),
    QT_TRANSLATE_NOOP("PipelineStage", "Proposal"),
    QT_TRANSLATE_NOOP("PipelineStage", "Negotiation"),
    QT_TRANSLATE_NOOP("PipelineStage", "Won"),
    QT_TRANSLATE_NOOP("PipelineStage", "Lost"),
)


def criterion_label(key: str | None, name: str) -> str:
    """Built-in criteria are translated; criteria the KAM added keep their own name."""
    return translate("IcpCriterion", name) if key else name


def stage_label(key: str | None, name: str) -> str:
    return translate("PipelineStage", name) if key else name
