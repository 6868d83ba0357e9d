"""Every closed set of values in the domain, each member with its English and pt-BR label.

This is the one place the labels live. The English label is marked for Qt's translation system
(context = the enum's class name) so the UI shows it through ``QCoreApplication.translate``;
the pt-BR label here is what the shipped pt_BR translation says (a test keeps them in step).
Excel import accepts either label, so the workbook layer reads both from here too.
"""

from __future__ import annotations

import enum
import unicodedata


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for pyside6-lupdate without importing Qt (every layer below ui/ uses it)."""
    return text


# The currencies a portfolio may keep its money in, with the symbol shown before amounts.
CURRENCY_SYMBOLS = {"BRL": "R$", "USD": "US$", "EUR": "€"}


def fold(text: str) -> str:
    """Case-, accent- and surrounding-space-insensitive form used to match labels."""
    folded = str(text).strip().casefold()
    if folded.isascii():  # nothing to strip; the common case, and it is hot in filtering
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class LabelledEnum(enum.StrEnum):
    """A StrEnum whose members carry ``(english, portuguese)`` labels.

    Members are declared as ``NAME = "value", "English", "Português"``.
    """

    def __new__(cls, value: str, english: str = "", portuguese: str = ""):
        member = str.__new__(cls, value)
        member._value_ = value
        member.english = english or value
        member.portuguese = portuguese or member.english
        return member

    def label(self, language: str = "en") -> str:
        return self.portuguese if language.startswith("pt") else self.english

    @classmethod
    def from_text(cls, text: str) -> LabelledEnum | None:
        """The member whose value or label in either language matches ``text``."""
        key = fold(text)
        for member in cls:
            if key in (fold(member.value), fold(member.english), fold(member.portuguese)):
                return member
        return None


class Tier(LabelledEnum):
    A = "A", QT_TRANSLATE_NOOP("Tier", "A · Strategic"), "A · Estratégica"
    B = "B", QT_TRANSLATE_NOOP("Tier", "B · Key"), "B · Chave"
    C = "C", QT_TRANSLATE_NOOP("Tier", "C · Development"), "C · Desenvolvimento"
    D = "D", QT_TRANSLATE_NOOP("Tier", "D · Maintain"), "D · Manutenção"


class LifecycleStage(LabelledEnum):
    TARGETING = "targeting", QT_TRANSLATE_NOOP("LifecycleStage", "Targeting"), "Segmentação"
    ACQUISITION = "acquisition", QT_TRANSLATE_NOOP("LifecycleStage", "Acquisition"), "Aquisição"
    DEVELOPMENT = (
        "development",
        QT_TRANSLATE_NOOP("LifecycleStage", "Development"),
        "Rentabilização",
    )
    RETENTION = "retention", QT_TRANSLATE_NOOP("LifecycleStage", "Retention"), "Retenção"
    RECOVERY = "recovery", QT_TRANSLATE_NOOP("LifecycleStage", "Recovery"), "Recuperação"


class Strategy(LabelledEnum):
    REPOSITIONING = (
        "repositioning",
        QT_TRANSLATE_NOOP("Strategy", "Repositioning"),
        "Reposicionamento",
    )
    CROSS_SELL = "cross_sell", QT_TRANSLATE_NOOP("Strategy", "Cross-sell"), "Venda cruzada"
    UP_SELL = "up_sell", QT_TRANSLATE_NOOP("Strategy", "Up-sell"), "Venda adicional"
    OPERATIONAL_RECOVERY = (
        "operational_recovery",
        QT_TRANSLATE_NOOP("Strategy", "Operational recovery"),
        "Recuperação operacional",
    )


class OrgUnitKind(LabelledEnum):
    COMPANY = "company", QT_TRANSLATE_NOOP("OrgUnitKind", "Company"), "Empresa"
    BUSINESS_UNIT = (
        "business_unit",
        QT_TRANSLATE_NOOP("OrgUnitKind", "Business unit"),
        "Unidade de negócio",
    )
    DIRECTORATE = "directorate", QT_TRANSLATE_NOOP("OrgUnitKind", "Directorate"), "Diretoria"
    AREA = "area", QT_TRANSLATE_NOOP("OrgUnitKind", "Area"), "Área"


class BuyingRole(LabelledEnum):
    DECISION_MAKER = "decision_maker", QT_TRANSLATE_NOOP("BuyingRole", "Decision maker"), "Decisor"
    ECONOMIC_BUYER = (
        "economic_buyer",
        QT_TRANSLATE_NOOP("BuyingRole", "Economic buyer"),
        "Comprador econômico",
    )
    TECHNICAL_BUYER = (
        "technical_buyer",
        QT_TRANSLATE_NOOP("BuyingRole", "Technical buyer"),
        "Avaliador técnico",
    )
    USER = "user", QT_TRANSLATE_NOOP("BuyingRole", "User"), "Usuário"
    INFLUENCER = "influencer", QT_TRANSLATE_NOOP("BuyingRole", "Influencer"), "Influenciador"
    GATEKEEPER = "gatekeeper", QT_TRANSLATE_NOOP("BuyingRole", "Gatekeeper"), "Guardião"


class Stance(LabelledEnum):
    SPONSOR = "sponsor", QT_TRANSLATE_NOOP("Stance", "Sponsor"), "Patrocinador"
    ALLY = "ally", QT_TRANSLATE_NOOP("Stance", "Ally"), "Aliado"
    NEUTRAL = "neutral", QT_TRANSLATE_NOOP("Stance", "Neutral"), "Neutro"
    RESISTANT = "resistant", QT_TRANSLATE_NOOP("Stance", "Resistant"), "Resistente"
    OPPONENT = "opponent", QT_TRANSLATE_NOOP("Stance", "Opponent"), "Opositor"


class LinkKind(LabelledEnum):
    REPORTS_TO = "reports_to", QT_TRANSLATE_NOOP("LinkKind", "Reports to"), "Reporta-se a"
    INFLUENCES = "influences", QT_TRANSLATE_NOOP("LinkKind", "Influences"), "Influencia"
    ALLIANCE = "alliance", QT_TRANSLATE_NOOP("LinkKind", "Alliance"), "Aliança"
    RIVALRY = "rivalry", QT_TRANSLATE_NOOP("LinkKind", "Rivalry"), "Rivalidade"


class OpportunityType(LabelledEnum):
    NEW = "new", QT_TRANSLATE_NOOP("OpportunityType", "New"), "Nova"
    CROSS_SELL = "cross_sell", QT_TRANSLATE_NOOP("OpportunityType", "Cross-sell"), "Venda cruzada"
    UP_SELL = "up_sell", QT_TRANSLATE_NOOP("OpportunityType", "Up-sell"), "Venda adicional"
    RENEWAL = "renewal", QT_TRANSLATE_NOOP("OpportunityType", "Renewal"), "Renovação"


class StageOutcome(LabelledEnum):
    """What reaching a pipeline stage means: still open, won or lost."""

    OPEN = "open", QT_TRANSLATE_NOOP("StageOutcome", "Open"), "Aberta"
    WON = "won", QT_TRANSLATE_NOOP("StageOutcome", "Won"), "Ganha"
    LOST = "lost", QT_TRANSLATE_NOOP("StageOutcome", "Lost"), "Perdida"


class ForecastCategory(LabelledEnum):
    PIPELINE = "pipeline", QT_TRANSLATE_NOOP("ForecastCategory", "Pipeline"), "Pipeline"
    BEST_CASE = "best_case", QT_TRANSLATE_NOOP("ForecastCategory", "Best case"), "Melhor cenário"
    COMMIT = "commit", QT_TRANSLATE_NOOP("ForecastCategory", "Commit"), "Compromisso"
    CLOSED = "closed", QT_TRANSLATE_NOOP("ForecastCategory", "Closed"), "Fechada"
    OMITTED = "omitted", QT_TRANSLATE_NOOP("ForecastCategory", "Omitted"), "Omitida"


class SurveyKind(LabelledEnum):
    NPS = "nps", QT_TRANSLATE_NOOP("SurveyKind", "NPS"), "NPS"
    CSAT = "csat", QT_TRANSLATE_NOOP("SurveyKind", "CSAT"), "CSAT"


class RiskCategory(LabelledEnum):
    COMPETITOR = "competitor", QT_TRANSLATE_NOOP("RiskCategory", "Competitor"), "Concorrência"
    MARKET = "market", QT_TRANSLATE_NOOP("RiskCategory", "Market"), "Mercado"
    FINANCIAL = "financial", QT_TRANSLATE_NOOP("RiskCategory", "Financial"), "Financeiro"
    LATE_PAYMENT = (
        "late_payment",
        QT_TRANSLATE_NOOP("RiskCategory", "Late payment"),
        "Inadimplência",
    )
    ACQUISITION = "acquisition", QT_TRANSLATE_NOOP("RiskCategory", "Acquisition"), "Aquisição"
    SPONSOR_LOSS = (
        "sponsor_loss",
        QT_TRANSLATE_NOOP("RiskCategory", "Sponsor loss"),
        "Perda de patrocinador",
    )
    DELIVERY = "delivery", QT_TRANSLATE_NOOP("RiskCategory", "Delivery"), "Entrega"
    OTHER = "other", QT_TRANSLATE_NOOP("RiskCategory", "Other"), "Outro"


class RiskResponse(LabelledEnum):
    ELIMINATE = "eliminate", QT_TRANSLATE_NOOP("RiskResponse", "Eliminate"), "Eliminar"
    MITIGATE = "mitigate", QT_TRANSLATE_NOOP("RiskResponse", "Mitigate"), "Mitigar"
    POSTPONE = "postpone", QT_TRANSLATE_NOOP("RiskResponse", "Postpone"), "Adiar"
    ACCEPT = "accept", QT_TRANSLATE_NOOP("RiskResponse", "Accept"), "Aceitar"


class RiskStatus(LabelledEnum):
    OPEN = "open", QT_TRANSLATE_NOOP("RiskStatus", "Open"), "Aberto"
    CLOSED = "closed", QT_TRANSLATE_NOOP("RiskStatus", "Closed"), "Fechado"


class ActionStatus(LabelledEnum):
    OPEN = "open", QT_TRANSLATE_NOOP("ActionStatus", "Open"), "Aberta"
    DONE = "done", QT_TRANSLATE_NOOP("ActionStatus", "Done"), "Concluída"
    CANCELLED = "cancelled", QT_TRANSLATE_NOOP("ActionStatus", "Cancelled"), "Cancelada"


class KeyResultDirection(LabelledEnum):
    INCREASE = "increase", QT_TRANSLATE_NOOP("KeyResultDirection", "Increase"), "Aumentar"
    DECREASE = "decrease", QT_TRANSLATE_NOOP("KeyResultDirection", "Decrease"), "Diminuir"


class ReviewKind(LabelledEnum):
    RISK = "risk", QT_TRANSLATE_NOOP("ReviewKind", "Risk"), "Risco"
    PIPELINE = "pipeline", QT_TRANSLATE_NOOP("ReviewKind", "Pipeline"), "Pipeline"
    RELATIONSHIP = "relationship", QT_TRANSLATE_NOOP("ReviewKind", "Relationship"), "Relacionamento"
    POSITIONING = "positioning", QT_TRANSLATE_NOOP("ReviewKind", "Positioning"), "Posicionamento"
    PLANNING = "planning", QT_TRANSLATE_NOOP("ReviewKind", "Planning"), "Planejamento"
    OKR = "okr", QT_TRANSLATE_NOOP("ReviewKind", "OKR check-in"), "Check-in de OKR"


class InteractionKind(LabelledEnum):
    MEETING = "meeting", QT_TRANSLATE_NOOP("InteractionKind", "Meeting"), "Reunião"
    CALL = "call", QT_TRANSLATE_NOOP("InteractionKind", "Call"), "Ligação"
    EMAIL = "email", QT_TRANSLATE_NOOP("InteractionKind", "Email"), "E-mail"
    VISIT = "visit", QT_TRANSLATE_NOOP("InteractionKind", "Visit"), "Visita"


ALL_ENUMS: tuple[type[LabelledEnum], ...] = (
    Tier,
    LifecycleStage,
    Strategy,
    OrgUnitKind,
    BuyingRole,
    Stance,
    LinkKind,
    OpportunityType,
    StageOutcome,
    ForecastCategory,
    SurveyKind,
    RiskCategory,
    RiskResponse,
    RiskStatus,
    ActionStatus,
    KeyResultDirection,
    ReviewKind,
    InteractionKind,
)
