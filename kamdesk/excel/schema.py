"""The workbook format (WORKBOOK.md, version 1): sheets, columns, their labels and kinds.

This is the one description the writer, the reader and the import planner share. Sheet and
column names are given in English and Portuguese; on import either is accepted (case-, accent-
and space-insensitive). Columns are listed in the order they are written.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from kamdesk.model.enums import (
    ActionStatus,
    BuyingRole,
    ForecastCategory,
    InteractionKind,
    KeyResultDirection,
    LabelledEnum,
    LifecycleStage,
    LinkKind,
    OpportunityType,
    OrgUnitKind,
    ReviewKind,
    RiskCategory,
    RiskResponse,
    RiskStatus,
    Stance,
    Strategy,
    SurveyKind,
    Tier,
    fold,
)

FORMAT_VERSION = 1


class Kind(enum.Enum):
    """How a column's cells are written and read."""

    ID = "id"  # the record's stable id, hidden on export
    TEXT = "text"
    LONG_TEXT = "long_text"
    INTEGER = "integer"
    MONEY = "money"
    NUMBER = "number"
    PERCENT = "percent"  # 0–100
    DATE = "date"
    MONTH = "month"
    PERIOD = "period"  # OKR period: 2027-Q1, 2027-H1, 2027
    BOOL = "bool"
    ENUM = "enum"
    ENUM_LIST = "enum_list"  # comma-separated enum labels
    NAME_LIST = "name_list"  # names separated by ";"
    REFERENCE = "reference"  # the natural key of a record of another sheet
    STAGE = "stage"  # a pipeline stage of the portfolio, by name


# Data rows of one sheet that KAMdesk writes and reads back: every export can be imported, and
# a sheet near a spreadsheet's million rows is refused with a message rather than read into
# gigabytes of memory.
MAX_SHEET_ROWS = 500_000


@dataclass(frozen=True)
class Column:
    key: str
    english: str
    portuguese: str
    kind: Kind = Kind.TEXT
    required: bool = False  # on new rows
    read_only: bool = False  # computed: exported (grey header), ignored on import
    natural_key: bool = False
    enum: type[LabelledEnum] | None = None
    minimum: float | None = None
    maximum: float | None = None
    # For references: the sheet referred to, and whether the name is looked up within the
    # row's own account (stakeholders, org units, risks) or in the whole portfolio.
    refers_to: str | None = None
    within_account: bool = False
    # Context: a column that is not stored but says which record a reference means when
    # names repeat (the account of a key result's objective). ``narrowed_by`` names the
    # context column of the same sheet that narrows this reference's lookup.
    context: bool = False
    narrowed_by: str | None = None
    width: int = 18

    def label(self, language: str) -> str:
        return self.portuguese if language.startswith("pt") else self.english

    def matches(self, header: str) -> bool:
        return fold(header) in (fold(self.english), fold(self.portuguese), fold(self.key))


@dataclass(frozen=True)
class Sheet:
    key: str
    english: str
    portuguese: str
    columns: tuple[Column, ...]
    english_help: str = ""
    portuguese_help: str = ""
    extra_keys: tuple[str, ...] = field(default=())  # natural-key parts not shown as columns

    def label(self, language: str) -> str:
        return self.portuguese if language.startswith("pt") else self.english

    def help(self, language: str) -> str:
        return self.portuguese_help if language.startswith("pt") else self.english_help

    def matches(self, name: str) -> bool:
        return fold(name) in (fold(self.english), fold(self.portuguese), fold(self.key))

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    @property
    def natural_key(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.natural_key)

    @property
    def required(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.required)


def _id() -> Column:
    return Column("id", "id", "id", Kind.ID, width=8)


def _account(required: bool = True) -> Column:
    return Column(
        "account",
        "Account",
        "Conta",
        Kind.REFERENCE,
        required=required,
        natural_key=required,
        refers_to="accounts",
        width=28,
    )


def _context_account() -> Column:
    """The account of a key result's objective: blank for the whole portfolio's objectives."""
    return Column(
        "account", "Account", "Conta", Kind.REFERENCE, refers_to="accounts", context=True, width=28
    )


def _rating(key: str, english: str, portuguese: str) -> Column:
    return Column(key, english, portuguese, Kind.INTEGER, minimum=1, maximum=5, width=14)


ACCOUNTS = Sheet(
    "accounts",
    "Accounts",
    "Contas",
    (
        _id(),
        Column("name", "Name", "Nome", required=True, natural_key=True, width=30),
        Column("legal_name", "Legal name", "Razão social", width=34),
        Column("tax_id", "Tax ID", "CNPJ", width=20),
        Column("industry", "Industry", "Setor", width=22),
        Column("employees", "Employees", "Funcionários", Kind.INTEGER, minimum=0, width=12),
        Column("region", "Region", "Região", width=16),
        Column("owner", "Owner", "Responsável", width=20),
        Column(
            "lifecycle_stage",
            "Lifecycle stage",
            "Estágio do ciclo de vida",
            Kind.ENUM,
            enum=LifecycleStage,
            width=20,
        ),
        Column("tier_override", "Tier", "Segmento", Kind.ENUM, enum=Tier, width=20),
        _rating("strategic_importance", "Strategic importance", "Importância estratégica"),
        _rating("growth_potential", "Growth potential", "Potencial de crescimento"),
        _rating("market_influence", "Market influence", "Influência no mercado"),
        Column("strategies", "Strategies", "Estratégias", Kind.ENUM_LIST, enum=Strategy, width=30),
        Column(
            "value_proposition", "Value proposition", "Proposta de valor", Kind.LONG_TEXT, width=40
        ),
        Column(
            "desired_position",
            "Desired position",
            "Posicionamento desejado",
            Kind.LONG_TEXT,
            width=30,
        ),
        Column(
            "perceived_position",
            "Perceived position",
            "Posicionamento percebido",
            Kind.LONG_TEXT,
            width=30,
        ),
        Column("differentiators", "Differentiators", "Diferenciais", Kind.LONG_TEXT, width=30),
        Column(
            "acquisition_cost",
            "Acquisition cost",
            "Custo de aquisição",
            Kind.MONEY,
            minimum=0,
            width=16,
        ),
        Column("client_since", "Client since", "Cliente desde", Kind.DATE, width=14),
        Column("notes", "Notes", "Observações", Kind.LONG_TEXT, width=40),
        Column("icp_score", "ICP score", "Pontuação ICP", Kind.NUMBER, read_only=True, width=12),
        Column("health", "Health", "Saúde", Kind.NUMBER, read_only=True, width=10),
    ),
    "One row per key account. Leave Tier blank to let the segmentation rules decide.",
    "Uma linha por conta-chave. Deixe Segmento em branco para as regras de segmentação decidirem.",
)

ORG_UNITS = Sheet(
    "org_units",
    "Org units",
    "Áreas",
    (
        _id(),
        _account(),
        Column("name", "Name", "Nome", required=True, natural_key=True, width=30),
        Column(
            "parent",
            "Parent",
            "Área superior",
            Kind.REFERENCE,
            refers_to="org_units",
            within_account=True,
            width=30,
        ),
        Column("kind", "Kind", "Tipo", Kind.ENUM, enum=OrgUnitKind, width=20),
        Column("is_target", "Target area", "Área-alvo", Kind.BOOL, width=12),
    ),
    "The client's structure: company, business units, directorates, areas.",
    "A estrutura do cliente: empresa, unidades de negócio, diretorias, áreas.",
)

STAKEHOLDERS = Sheet(
    "stakeholders",
    "Stakeholders",
    "Stakeholders",
    (
        _id(),
        _account(),
        Column("name", "Name", "Nome", required=True, natural_key=True, width=26),
        Column("job_title", "Job title", "Cargo", width=28),
        Column(
            "org_unit",
            "Org unit",
            "Área",
            Kind.REFERENCE,
            refers_to="org_units",
            within_account=True,
            width=26,
        ),
        Column("email", "Email", "E-mail", width=30),
        Column("phone", "Phone", "Telefone", width=18),
        Column(
            "buying_role", "Buying role", "Papel na compra", Kind.ENUM, enum=BuyingRole, width=22
        ),
        _rating("influence", "Influence", "Influência"),
        Column("stance", "Stance", "Posição", Kind.ENUM, enum=Stance, width=16),
        _rating("relationship_strength", "Relationship", "Relacionamento"),
        Column(
            "reports_to",
            "Reports to",
            "Reporta-se a",
            Kind.REFERENCE,
            refers_to="stakeholders",
            within_account=True,
            width=26,
        ),
        Column("last_contact", "Last contact", "Último contato", Kind.DATE, width=14),
        Column(
            "relationship_owner", "Relationship owner", "Responsável pelo relacionamento", width=22
        ),
        Column("notes", "Notes", "Observações", Kind.LONG_TEXT, width=40),
    ),
    "The people of each account's decision chain.",
    "As pessoas da cadeia de decisão de cada conta.",
)

RELATIONS = Sheet(
    "relations",
    "Relations",
    "Relações",
    (
        _id(),
        _account(),
        Column(
            "source",
            "From",
            "De",
            Kind.REFERENCE,
            required=True,
            natural_key=True,
            refers_to="stakeholders",
            within_account=True,
            width=26,
        ),
        Column(
            "target",
            "To",
            "Para",
            Kind.REFERENCE,
            required=True,
            natural_key=True,
            refers_to="stakeholders",
            within_account=True,
            width=26,
        ),
        Column(
            "kind",
            "Kind",
            "Tipo",
            Kind.ENUM,
            required=True,
            natural_key=True,
            enum=LinkKind,
            width=16,
        ),
        Column("strength", "Strength", "Força", Kind.INTEGER, minimum=1, maximum=3, width=10),
    ),
    "Who influences whom, alliances and rivalries (reports-to is on the Stakeholders sheet).",
    "Quem influencia quem, alianças e rivalidades (o reporta-se a está na aba Stakeholders).",
)

PRODUCTS = Sheet(
    "products",
    "Products",
    "Produtos",
    (
        _id(),
        Column("name", "Name", "Nome", required=True, natural_key=True, width=30),
        Column("category", "Category", "Categoria", width=22),
    ),
    "Your catalogue of products and solution lines.",
    "O seu catálogo de produtos e linhas de solução.",
)

OPPORTUNITIES = Sheet(
    "opportunities",
    "Opportunities",
    "Oportunidades",
    (
        _id(),
        _account(),
        Column("title", "Title", "Título", required=True, natural_key=True, width=34),
        Column("type", "Type", "Tipo", Kind.ENUM, enum=OpportunityType, width=16),
        Column("product", "Product", "Produto", Kind.REFERENCE, refers_to="products", width=24),
        Column(
            "org_unit",
            "Org unit",
            "Área",
            Kind.REFERENCE,
            refers_to="org_units",
            within_account=True,
            width=24,
        ),
        Column("one_time_value", "One-time value", "Valor único", Kind.MONEY, minimum=0, width=16),
        Column(
            "recurring_value",
            "Monthly recurring value",
            "Valor recorrente mensal",
            Kind.MONEY,
            minimum=0,
            width=16,
        ),
        Column("stage", "Stage", "Etapa", Kind.STAGE, width=18),
        Column(
            "probability",
            "Probability",
            "Probabilidade",
            Kind.PERCENT,
            minimum=0,
            maximum=100,
            width=12,
        ),
        Column(
            "forecast_category",
            "Forecast category",
            "Categoria de previsão",
            Kind.ENUM,
            enum=ForecastCategory,
            width=18,
        ),
        Column("expected_close", "Expected close", "Fechamento previsto", Kind.DATE, width=14),
        Column("owner", "Owner", "Responsável", width=20),
        Column("next_step", "Next step", "Próximo passo", Kind.LONG_TEXT, width=34),
        Column("competitor", "Competitor", "Concorrente", width=20),
        Column(
            "win_loss_reason", "Win/loss reason", "Motivo de ganho/perda", Kind.LONG_TEXT, width=30
        ),
    ),
    "Opportunities of every account: new business, cross-sell, up-sell and renewals.",
    "Oportunidades de todas as contas: novos negócios, venda cruzada, venda adicional e "
    "renovações.",
)

REVENUE = Sheet(
    "revenue",
    "Revenue",
    "Receita",
    (
        _id(),
        _account(),
        Column("month", "Month", "Mês", Kind.MONTH, required=True, natural_key=True, width=12),
        Column("revenue", "Revenue", "Receita", Kind.MONEY, required=True, minimum=0, width=16),
        Column("recurring", "Recurring", "Recorrente", Kind.MONEY, minimum=0, width=16),
    ),
    "Monthly revenue per account; Recurring is the part of Revenue that repeats every month.",
    "Receita mensal por conta; Recorrente é a parte da Receita que se repete todo mês.",
)

SURVEYS = Sheet(
    "surveys",
    "Surveys",
    "Pesquisas",
    (
        _id(),
        _account(),
        Column(
            "stakeholder",
            "Stakeholder",
            "Stakeholder",
            Kind.REFERENCE,
            refers_to="stakeholders",
            within_account=True,
            width=24,
        ),
        Column("date", "Date", "Data", Kind.DATE, required=True, natural_key=True, width=14),
        Column(
            "kind",
            "Kind",
            "Tipo",
            Kind.ENUM,
            required=True,
            natural_key=True,
            enum=SurveyKind,
            width=10,
        ),
        Column(
            "score", "Score", "Nota", Kind.INTEGER, required=True, minimum=0, maximum=10, width=8
        ),
        Column("comment", "Comment", "Comentário", Kind.LONG_TEXT, width=40),
    ),
    "NPS (0–10) and CSAT (1–5) answers.",
    "Respostas de NPS (0–10) e CSAT (1–5).",
)

RISKS = Sheet(
    "risks",
    "Risks",
    "Riscos",
    (
        _id(),
        _account(),
        Column("category", "Category", "Categoria", Kind.ENUM, enum=RiskCategory, width=20),
        Column(
            "description",
            "Description",
            "Descrição",
            Kind.LONG_TEXT,
            required=True,
            natural_key=True,
            width=44,
        ),
        _rating("likelihood", "Likelihood", "Probabilidade"),
        _rating("impact", "Impact", "Impacto"),
        Column("response", "Response", "Resposta", Kind.ENUM, enum=RiskResponse, width=14),
        Column("status", "Status", "Status", Kind.ENUM, enum=RiskStatus, width=12),
        Column("review_date", "Review date", "Data de revisão", Kind.DATE, width=14),
        Column("score", "Score", "Pontuação", Kind.INTEGER, read_only=True, width=10),
    ),
    "The risk register: likelihood × impact gives the score (1–25).",
    "O registro de riscos: probabilidade × impacto dá a pontuação (1–25).",
)

ACTIONS = Sheet(
    "actions",
    "Actions",
    "Ações",
    (
        _id(),
        _account(),
        Column(
            "risk",
            "Risk",
            "Risco",
            Kind.REFERENCE,
            refers_to="risks",
            within_account=True,
            width=34,
        ),
        Column("title", "Title", "Título", required=True, natural_key=True, width=34),
        Column("owner", "Owner", "Responsável", width=20),
        Column("due", "Due", "Prazo", Kind.DATE, width=14),
        Column("status", "Status", "Status", Kind.ENUM, enum=ActionStatus, width=14),
    ),
    "Next steps and risk mitigation, with owner and due date.",
    "Próximos passos e mitigação de riscos, com responsável e prazo.",
)

OBJECTIVES = Sheet(
    "objectives",
    "Objectives",
    "Objetivos",
    (
        _id(),
        _account(required=False),
        Column("title", "Title", "Título", required=True, natural_key=True, width=40),
        Column("period", "Period", "Período", Kind.PERIOD, width=12),
        Column("strategy", "Strategy", "Estratégia", Kind.ENUM, enum=Strategy, width=22),
    ),
    "OKR objectives; leave Account blank for an objective of the whole portfolio.",
    "Objetivos de OKR; deixe Conta em branco para um objetivo da carteira inteira.",
)

KEY_RESULTS = Sheet(
    "key_results",
    "Key results",
    "Resultados-chave",
    (
        _id(),
        Column(
            "objective",
            "Objective",
            "Objetivo",
            Kind.REFERENCE,
            required=True,
            natural_key=True,
            refers_to="objectives",
            narrowed_by="account",
            width=36,
        ),
        Column("title", "Title", "Título", required=True, natural_key=True, width=40),
        Column("unit", "Unit", "Unidade", width=10),
        Column("start", "Start", "Inicial", Kind.NUMBER, width=10),
        Column("target", "Target", "Meta", Kind.NUMBER, required=True, width=10),
        Column("current", "Current", "Atual", Kind.NUMBER, width=10),
        Column("direction", "Direction", "Direção", Kind.ENUM, enum=KeyResultDirection, width=12),
        Column("progress", "Progress", "Progresso", Kind.PERCENT, read_only=True, width=10),
        _context_account(),
    ),
    "The measurable results of each objective. Account tells objectives with the same title "
    "apart (blank: an objective of the whole portfolio).",
    "Os resultados mensuráveis de cada objetivo. Conta distingue objetivos de mesmo título "
    "(em branco: objetivo da carteira inteira).",
)

CHECK_INS = Sheet(
    "check_ins",
    "Check-ins",
    "Check-ins",
    (
        _id(),
        Column(
            "key_result",
            "Key result",
            "Resultado-chave",
            Kind.REFERENCE,
            required=True,
            natural_key=True,
            refers_to="key_results",
            narrowed_by="objective",
            width=40,
        ),
        Column("date", "Date", "Data", Kind.DATE, required=True, natural_key=True, width=14),
        Column("value", "Value", "Valor", Kind.NUMBER, width=10),
        Column(
            "confidence", "Confidence", "Confiança", Kind.INTEGER, minimum=1, maximum=10, width=12
        ),
        Column("note", "Note", "Nota", Kind.LONG_TEXT, width=40),
        _context_account(),
        Column(
            "objective",
            "Objective",
            "Objetivo",
            Kind.REFERENCE,
            refers_to="objectives",
            context=True,
            narrowed_by="account",
            width=36,
        ),
    ),
    "Each check-in updates the current value of its key result. Account and Objective tell "
    "key results with the same title apart.",
    "Cada check-in atualiza o valor atual do seu resultado-chave. Conta e Objetivo distinguem "
    "resultados-chave de mesmo título.",
)

INTERACTIONS = Sheet(
    "interactions",
    "Interactions",
    "Interações",
    (
        _id(),
        _account(),
        Column("date", "Date", "Data", Kind.DATE, required=True, natural_key=True, width=14),
        Column("kind", "Kind", "Tipo", Kind.ENUM, enum=InteractionKind, width=12),
        Column("stakeholders", "Stakeholders", "Stakeholders", Kind.NAME_LIST, width=36),
        Column("notes", "Notes", "Observações", Kind.LONG_TEXT, width=44),
    ),
    "Meetings, calls, e-mails and visits; separate several stakeholders with “;”.",
    "Reuniões, ligações, e-mails e visitas; separe vários stakeholders com “;”.",
)

REVIEWS = Sheet(
    "reviews",
    "Reviews",
    "Revisões",
    (
        _id(),
        _account(),
        Column(
            "kind",
            "Kind",
            "Tipo",
            Kind.ENUM,
            required=True,
            natural_key=True,
            enum=ReviewKind,
            width=18,
        ),
        Column("date", "Date", "Data", Kind.DATE, required=True, natural_key=True, width=14),
        Column("outcome", "Outcome", "Resultado", Kind.LONG_TEXT, width=44),
    ),
    "The routine reviews held for each account.",
    "As revisões de rotina feitas em cada conta.",
)

# In the order they are written, and imported (a sheet only refers to sheets before it).
SHEETS: tuple[Sheet, ...] = (
    ACCOUNTS,
    ORG_UNITS,
    STAKEHOLDERS,
    RELATIONS,
    PRODUCTS,
    OPPORTUNITIES,
    REVENUE,
    SURVEYS,
    RISKS,
    ACTIONS,
    OBJECTIVES,
    KEY_RESULTS,
    CHECK_INS,
    INTERACTIONS,
    REVIEWS,
)
SHEETS_BY_KEY = {sheet.key: sheet for sheet in SHEETS}

INSTRUCTIONS_ENGLISH = "Instructions"
INSTRUCTIONS_PORTUGUESE = "Instruções"


def find_sheet(name: str) -> Sheet | None:
    """The sheet a tab named ``name`` stands for, in either language."""
    return next((sheet for sheet in SHEETS if sheet.matches(name)), None)


def is_instructions(name: str) -> bool:
    return fold(name) in (fold(INSTRUCTIONS_ENGLISH), fold(INSTRUCTIONS_PORTUGUESE))
