"""A realistic demo portfolio: Brazilian key accounts with every part of the account plan filled.

:func:`write_demo` creates a new portfolio file and fills every table of the model: accounts of
several industries with their org structure and decision chain, the product catalogue,
opportunities with their stage history, targets and forecast snapshots, 24 months of revenue,
surveys, risks and actions, OKRs with check-ins, reviews and the interaction log.

Everything is drawn from one ``random.Random(seed)`` and dated relative to ``today``, and every
row gets explicit ids and timestamps, so the same seed and day always give the same database,
row for row. Rows are built as plain dictionaries and written with one bulk insert per table,
which keeps even a 2,000-account demo fast.

Company names, people and e-mail domains are invented (e-mails use the reserved ``.example``
top-level domain). Free text follows ``language``: pt-BR when it starts with ``pt``, else English.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from kamdesk.analytics.cnpj import random_cnpj
from kamdesk.model import (
    Account,
    Action,
    CheckIn,
    ForecastSnapshot,
    ForecastSnapshotLine,
    ForecastTarget,
    IcpCriterion,
    IcpRating,
    Interaction,
    KeyResult,
    Objective,
    Opportunity,
    OpportunityHistory,
    OrgUnit,
    PipelineStage,
    Product,
    RevenueRecord,
    Review,
    Risk,
    Setting,
    Stakeholder,
    StakeholderLink,
    SurveyResponse,
    interaction_stakeholder,
)
from kamdesk.model.enums import (
    ActionStatus,
    BuyingRole,
    ForecastCategory,
    InteractionKind,
    KeyResultDirection,
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
from kamdesk.services.portfolios import create_portfolio

Row = dict[str, Any]
Pair = tuple[str, str]  # the same text in (pt-BR, English)

# Summary key and table, in insertion order (parents before children).
TABLES: tuple[tuple[str, Table], ...] = (
    ("accounts", Account.__table__),
    ("icp_ratings", IcpRating.__table__),
    ("org_units", OrgUnit.__table__),
    ("stakeholders", Stakeholder.__table__),
    ("stakeholder_links", StakeholderLink.__table__),
    ("products", Product.__table__),
    ("opportunities", Opportunity.__table__),
    ("opportunity_history", OpportunityHistory.__table__),
    ("forecast_targets", ForecastTarget.__table__),
    ("forecast_snapshots", ForecastSnapshot.__table__),
    ("forecast_snapshot_lines", ForecastSnapshotLine.__table__),
    ("revenue_records", RevenueRecord.__table__),
    ("survey_responses", SurveyResponse.__table__),
    ("risks", Risk.__table__),
    ("actions", Action.__table__),
    ("objectives", Objective.__table__),
    ("key_results", KeyResult.__table__),
    ("check_ins", CheckIn.__table__),
    ("reviews", Review.__table__),
    ("interactions", Interaction.__table__),
    ("interaction_stakeholders", interaction_stakeholder),
    ("settings", Setting.__table__),
)


def _words(text: str) -> tuple[str, ...]:
    """A word list written as comma-separated text (keeps long vocabularies compact)."""
    return tuple(word.strip() for word in text.split(",") if word.strip())


# =============================================================================================
# Vocabulary: companies and places
# =============================================================================================

# Invented name stems (trees, birds and landscapes of Brazil), combined with industry patterns.
COMPANY_STEMS = _words("""
    Jatobá, Aroeira, Imbuia, Cambará, Tarumã, Buriti, Carnaúba, Mandacaru, Jequitibá, Sucupira,
    Angico, Baraúna, Pitanga, Ingá, Caraíba, Juçara, Guapuruvu, Canjerana, Cumaru, Tapiá,
    Ibirapema, Itapoã, Serra Alta, Campo Novo, Horizonte Sul, Vento Norte, Pedra Branca,
    Mata Alta, Lagoa Funda, Vereda, Cerrado Vivo, Sertão Novo, Maré Alta, Costa Dourada,
    Tropeiro, Guará, Sabiá, Tiê, Uirapuru, Jandaia, Seriema, Carcará, Araponga, Saíra, Acauã,
    Juruva, Piracema, Aruanã
""")
# Added to a name already taken by another demo account.
NAME_QUALIFIERS = _words("""
    do Brasil, do Sul, do Nordeste, Norte, Centro-Oeste, Paulista, Mineira, Gaúcha, Nacional,
    Atlântico
""")
LARGE_LEGAL_SUFFIXES = ("S.A.", "S.A.", "Participações S.A.")


class City(NamedTuple):
    name: str
    uf: str
    region: Pair
    ddd: int  # telephone area code


SOUTHEAST = ("Sudeste", "Southeast")
SOUTH = ("Sul", "South")
NORTHEAST = ("Nordeste", "Northeast")
CENTER_WEST = ("Centro-Oeste", "Center-West")
NORTH = ("Norte", "North")
CITIES = {
    city.name: city
    for city in (
        City("São Paulo", "SP", SOUTHEAST, 11),
        City("Campinas", "SP", SOUTHEAST, 19),
        City("Ribeirão Preto", "SP", SOUTHEAST, 16),
        City("Rio de Janeiro", "RJ", SOUTHEAST, 21),
        City("Belo Horizonte", "MG", SOUTHEAST, 31),
        City("Uberlândia", "MG", SOUTHEAST, 34),
        City("Vitória", "ES", SOUTHEAST, 27),
        City("Curitiba", "PR", SOUTH, 41),
        City("Londrina", "PR", SOUTH, 43),
        City("Joinville", "SC", SOUTH, 47),
        City("Florianópolis", "SC", SOUTH, 48),
        City("Porto Alegre", "RS", SOUTH, 51),
        City("Caxias do Sul", "RS", SOUTH, 54),
        City("Salvador", "BA", NORTHEAST, 71),
        City("Recife", "PE", NORTHEAST, 81),
        City("Fortaleza", "CE", NORTHEAST, 85),
        City("São Luís", "MA", NORTHEAST, 98),
        City("Goiânia", "GO", CENTER_WEST, 62),
        City("Rio Verde", "GO", CENTER_WEST, 64),
        City("Cuiabá", "MT", CENTER_WEST, 65),
        City("Campo Grande", "MS", CENTER_WEST, 67),
        City("Brasília", "DF", CENTER_WEST, 61),
        City("Manaus", "AM", NORTH, 92),
        City("Belém", "PA", NORTH, 91),
        City("Parauapebas", "PA", NORTH, 94),
    )
}


class Industry(NamedTuple):
    label: Pair
    name_patterns: tuple[str, ...]  # "{stem}" becomes a company stem
    business_units: tuple[Pair, ...]
    cities: tuple[str, ...]  # where the industry's head offices tend to be
    legal_suffixes: tuple[str, ...]  # of smaller companies (large ones are S.A.)


INDUSTRIES = (
    Industry(
        ("Agronegócio", "Agribusiness"),
        _words(
            "{stem} Agro, Agropecuária {stem}, Cooperativa Agroindustrial {stem}, "
            "{stem} Sementes, {stem} Grãos"
        ),
        (
            ("Grãos", "Grains"),
            ("Proteína Animal", "Animal Protein"),
            ("Insumos Agrícolas", "Farm Inputs"),
            ("Trading", "Trading"),
        ),
        _words("Rio Verde, Cuiabá, Londrina, Campo Grande, Ribeirão Preto, Goiânia"),
        ("Ltda.", "Comércio e Exportação Ltda.", "Agroindustrial Ltda."),
    ),
    Industry(
        ("Varejo", "Retail"),
        _words(
            "Lojas {stem}, Supermercados {stem}, Magazine {stem}, Atacarejo {stem}, {stem} Varejo"
        ),
        (
            ("Lojas Físicas", "Physical Stores"),
            ("E-commerce", "E-commerce"),
            ("Atacado", "Wholesale"),
            ("Marca Própria", "Private Label"),
        ),
        _words("São Paulo, Recife, Fortaleza, Curitiba, Belo Horizonte, Salvador"),
        ("Ltda.", "Comércio Varejista Ltda.", "Comércio e Serviços Ltda."),
    ),
    Industry(
        ("Saúde", "Healthcare"),
        _words(
            "Rede {stem} de Hospitais, {stem} Saúde, {stem} Diagnósticos, "
            "Laboratórios {stem}, {stem} Farma"
        ),
        (
            ("Hospitais", "Hospitals"),
            ("Diagnósticos", "Diagnostics"),
            ("Planos de Saúde", "Health Plans"),
            ("Farmácia Hospitalar", "Hospital Pharmacy"),
        ),
        _words("São Paulo, Rio de Janeiro, Porto Alegre, Salvador, Brasília"),
        ("Ltda.", "Serviços Médicos Ltda.", "Serviços de Saúde Ltda."),
    ),
    Industry(
        ("Indústria automotiva", "Automotive"),
        _words(
            "{stem} Autopeças, {stem} Motores, {stem} Componentes Automotivos, "
            "Metalúrgica {stem}, {stem} Veículos Comerciais"
        ),
        (
            ("Montagem", "Assembly"),
            ("Pós-venda", "Aftermarket"),
            ("Powertrain", "Powertrain"),
            ("Exportação", "Exports"),
        ),
        _words("Campinas, Joinville, Caxias do Sul, Curitiba, São Paulo"),
        ("Ltda.", "Indústria e Comércio Ltda.", "Indústria Metalúrgica Ltda."),
    ),
    Industry(
        ("Energia", "Energy"),
        _words("{stem} Energia, {stem} Geração, {stem} Renováveis, Eólica {stem}, {stem} Solar"),
        (
            ("Geração", "Generation"),
            ("Transmissão", "Transmission"),
            ("Comercialização", "Energy Trading"),
            ("Distribuição", "Distribution"),
        ),
        _words("Fortaleza, Salvador, Rio de Janeiro, Florianópolis, Recife"),
        ("Ltda.", "Comercializadora Ltda.", "Serviços Ltda."),
    ),
    Industry(
        ("Logística", "Logistics"),
        _words("{stem} Logística, Transportes {stem}, {stem} Cargas, Armazéns {stem}, {stem} Log"),
        (
            ("Transporte Rodoviário", "Road Freight"),
            ("Armazenagem", "Warehousing"),
            ("Last Mile", "Last Mile"),
            ("Cabotagem", "Coastal Shipping"),
        ),
        _words("Campinas, São Paulo, Curitiba, Vitória, Manaus, Goiânia"),
        ("Ltda.", "Serviços Logísticos Ltda.", "Comércio e Serviços Ltda."),
    ),
    Industry(
        ("Bancos e serviços financeiros", "Banking and financial services"),
        _words(
            "Banco {stem}, {stem} Financeira, {stem} Investimentos, {stem} Seguros, "
            "Cooperativa de Crédito {stem}"
        ),
        (
            ("Varejo Bancário", "Retail Banking"),
            ("Corporate", "Corporate Banking"),
            ("Seguros", "Insurance"),
            ("Meios de Pagamento", "Payments"),
        ),
        _words("São Paulo, Rio de Janeiro, Porto Alegre, Belo Horizonte, Brasília"),
        ("S.A.",),
    ),
    Industry(
        ("Telecomunicações", "Telecommunications"),
        _words("{stem} Telecom, {stem} Fibra, {stem} Comunicações, {stem} Conecta, {stem} Net"),
        (
            ("Banda Larga", "Broadband"),
            ("Móvel", "Mobile"),
            ("Empresarial", "Enterprise"),
            ("Data Center", "Data Center"),
        ),
        _words("São Paulo, Rio de Janeiro, Recife, Belém, Curitiba"),
        ("Ltda.", "Serviços de Telecomunicações Ltda.", "Serviços de Internet Ltda."),
    ),
    Industry(
        ("Mineração", "Mining"),
        _words(
            "{stem} Mineração, {stem} Metais, Mineradora {stem}, {stem} Minérios, "
            "Siderúrgica {stem}"
        ),
        (
            ("Minério de Ferro", "Iron Ore"),
            ("Metais Básicos", "Base Metals"),
            ("Pelotização", "Pelletizing"),
            ("Ferrovia", "Railway"),
        ),
        _words("Belo Horizonte, Parauapebas, Vitória, São Luís, Belém"),
        ("Ltda.", "Indústria e Comércio Ltda.", "Extração Mineral Ltda."),
    ),
    Industry(
        ("Alimentos e bebidas", "Food and beverage"),
        _words(
            "{stem} Alimentos, {stem} Bebidas, Laticínios {stem}, Frigorífico {stem}, {stem} Massas"
        ),
        (
            ("Laticínios", "Dairy"),
            ("Bebidas", "Beverages"),
            ("Congelados", "Frozen Foods"),
            ("Food Service", "Food Service"),
        ),
        _words("Londrina, Uberlândia, Caxias do Sul, Recife, Goiânia, Campinas"),
        ("Ltda.", "Indústria e Comércio Ltda.", "Indústria de Alimentos Ltda."),
    ),
)


class SizeClass(NamedTuple):
    employees: tuple[int, int]
    monthly_potential: tuple[int, int]  # what the account could buy from us a month, BRL
    revenue_band: Pair  # the client's own yearly revenue
    weight: float


SIZE_CLASSES = (
    SizeClass((200, 999), (15_000, 60_000), ("R$ 50–300 mi", "BRL 50–300M"), 0.25),
    SizeClass((1_000, 4_999), (40_000, 160_000), ("R$ 300 mi–1 bi", "BRL 300M–1B"), 0.35),
    SizeClass((5_000, 19_999), (100_000, 400_000), ("R$ 1–5 bi", "BRL 1–5B"), 0.28),
    SizeClass((20_000, 90_000), (250_000, 900_000), ("Acima de R$ 5 bi", "Over BRL 5B"), 0.12),
)
LARGE = 2  # size classes from this index on are large companies (S.A.)

# =============================================================================================
# Vocabulary: people and the client's organisation
# =============================================================================================

KAM_NAMES = _words("""
    Mariana Duarte, Rafael Nogueira, Camila Teixeira, Bruno Albuquerque, Larissa Menezes,
    Thiago Bastos
""")
# Colleagues who also own relationships and actions (pre-sales, customer success, delivery).
COLLEAGUES = _words("Eduardo Rezende, Juliana Paiva, Fábio Coutinho")
FEMALE_FIRST_NAMES = _words("""
    Ana, Beatriz, Carla, Daniela, Fernanda, Gabriela, Helena, Isabela, Juliana, Larissa, Luana,
    Mariana, Natália, Patrícia, Renata, Sabrina, Tatiana, Vanessa, Aline, Bianca, Cláudia,
    Débora, Elaine, Flávia, Giovana, Letícia, Priscila, Raquel, Simone, Viviane
""")
MALE_FIRST_NAMES = _words("""
    André, Bruno, Carlos, Diego, Eduardo, Felipe, Gustavo, Henrique, Igor, João, Leonardo,
    Marcelo, Nelson, Otávio, Paulo, Ricardo, Sérgio, Thiago, Vinícius, Wagner, Alexandre, Caio,
    Daniel, Fábio, Gilberto, Luiz, Márcio, Rodrigo, Rogério, Samuel
""")
SURNAMES = _words("""
    Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes, Costa,
    Ribeiro, Martins, Carvalho, Almeida, Lopes, Soares, Fernandes, Vieira, Barbosa, Rocha, Dias,
    Nascimento, Andrade, Moreira, Nunes, Marques, Machado, Mendes, Freitas, Cardoso, Ramos,
    Gonçalves, Santana, Teixeira, Araújo, Campos, Moura, Pinto, Cavalcanti, Monteiro, Batista,
    Correia, Azevedo, Siqueira, Toledo, Prado, Queiroz, Brandão, Fontes
""")


class Title(NamedTuple):
    """A job title as a man and as a woman holds it in pt-BR, in English, and what it means for
    the buying decision: the buying role and the range of influence (1–5)."""

    male: str
    female: str
    english: str
    role: BuyingRole
    influence: tuple[int, int]


class AreaSpec(NamedTuple):
    name: Pair
    manager: Title


class DirectorateSpec(NamedTuple):
    name: Pair
    head: Title
    staff: Title  # an analyst or specialist of the directorate and its areas
    areas: tuple[AreaSpec, ...]


def _title(forms: str, role: BuyingRole, influence: tuple[int, int]) -> Title:
    """A title from ``"pt-BR for a man | pt-BR for a woman | English"``."""
    male, female, english = (form.strip() for form in forms.split("|"))
    return Title(male, female, english, role, influence)


B = BuyingRole
CEO = _title("Diretor-Presidente (CEO) | Diretora-Presidente (CEO) | CEO", B.DECISION_MAKER, (5, 5))
ASSISTANT = _title(
    "Assistente Executivo da Presidência | Assistente Executiva da Presidência "
    "| Executive Assistant to the CEO",
    B.GATEKEEPER,
    (2, 3),
)
# In business-unit names and titles "{unit}" becomes the business unit.
BU_NAME = ("Unidade {unit}", "{unit} Business Unit")
BU_HEAD = _title(
    "Diretor-Geral – {unit} | Diretora-Geral – {unit} | General Manager, {unit}",
    B.DECISION_MAKER,
    (4, 5),
)
BU_OPERATIONS = DirectorateSpec(
    ("Operações {unit}", "{unit} Operations"),
    _title(
        "Diretor de Operações – {unit} | Diretora de Operações – {unit} "
        "| Operations Director, {unit}",
        B.INFLUENCER,
        (3, 4),
    ),
    _title(
        "Engenheiro de Processos – {unit} | Engenheira de Processos – {unit} "
        "| Process Engineer, {unit}",
        B.USER,
        (1, 2),
    ),
    (),
)
CORPORATE_DIRECTORATES = (
    DirectorateSpec(
        ("Diretoria Financeira", "Finance"),
        _title(
            "Diretor Financeiro (CFO) | Diretora Financeira (CFO) | CFO", B.ECONOMIC_BUYER, (4, 5)
        ),
        _title(
            "Analista Financeiro Sênior | Analista Financeira Sênior | Senior Financial Analyst",
            B.USER,
            (1, 2),
        ),
        (
            AreaSpec(
                ("Controladoria", "Controlling"),
                _title(
                    "Gerente de Controladoria | Gerente de Controladoria | Controller",
                    B.INFLUENCER,
                    (2, 3),
                ),
            ),
            AreaSpec(
                ("Tesouraria", "Treasury"),
                _title(
                    "Gerente de Tesouraria | Gerente de Tesouraria | Treasury Manager",
                    B.INFLUENCER,
                    (2, 3),
                ),
            ),
        ),
    ),
    DirectorateSpec(
        ("Diretoria de Compras", "Procurement"),
        _title(
            "Diretor de Compras | Diretora de Compras | Chief Procurement Officer",
            B.ECONOMIC_BUYER,
            (3, 5),
        ),
        _title("Comprador Sênior | Compradora Sênior | Senior Buyer", B.GATEKEEPER, (2, 3)),
        (
            AreaSpec(
                ("Suprimentos Indiretos", "Indirect Procurement"),
                _title(
                    "Gerente de Suprimentos | Gerente de Suprimentos | Procurement Manager",
                    B.ECONOMIC_BUYER,
                    (2, 4),
                ),
            ),
            AreaSpec(
                ("Gestão de Contratos", "Contract Management"),
                _title(
                    "Coordenador de Contratos | Coordenadora de Contratos | Contracts Coordinator",
                    B.GATEKEEPER,
                    (1, 3),
                ),
            ),
        ),
    ),
    DirectorateSpec(
        ("Diretoria de TI", "IT"),
        _title("Diretor de TI (CIO) | Diretora de TI (CIO) | CIO", B.DECISION_MAKER, (4, 5)),
        _title(
            "Coordenador de Sistemas | Coordenadora de Sistemas | Systems Coordinator",
            B.TECHNICAL_BUYER,
            (2, 3),
        ),
        (
            AreaSpec(
                ("Infraestrutura de TI", "IT Infrastructure"),
                _title("Gerente de TI | Gerente de TI | IT Manager", B.TECHNICAL_BUYER, (3, 4)),
            ),
            AreaSpec(
                ("Arquitetura e Dados", "Architecture and Data"),
                _title(
                    "Arquiteto de Soluções | Arquiteta de Soluções | Solutions Architect",
                    B.TECHNICAL_BUYER,
                    (2, 4),
                ),
            ),
            AreaSpec(
                ("Segurança da Informação", "Information Security"),
                _title(
                    "Gerente de Segurança da Informação | Gerente de Segurança da "
                    "Informação | Information Security Manager",
                    B.TECHNICAL_BUYER,
                    (2, 4),
                ),
            ),
        ),
    ),
    DirectorateSpec(
        ("Diretoria de Operações", "Operations"),
        _title(
            "Diretor de Operações (COO) | Diretora de Operações (COO) | COO",
            B.DECISION_MAKER,
            (4, 5),
        ),
        _title(
            "Engenheiro de Processos | Engenheira de Processos | Process Engineer", B.USER, (1, 2)
        ),
        (
            AreaSpec(
                ("Planejamento e Controle", "Planning and Control"),
                _title(
                    "Gerente de Planejamento | Gerente de Planejamento | Planning Manager",
                    B.USER,
                    (2, 3),
                ),
            ),
            AreaSpec(
                ("Manutenção", "Maintenance"),
                _title(
                    "Gerente de Manutenção | Gerente de Manutenção | Maintenance Manager",
                    B.USER,
                    (2, 3),
                ),
            ),
        ),
    ),
    DirectorateSpec(
        ("Diretoria de Supply Chain", "Supply Chain"),
        _title(
            "Diretor de Supply Chain | Diretora de Supply Chain | Supply Chain Director",
            B.INFLUENCER,
            (3, 4),
        ),
        _title(
            "Analista de Logística Sênior | Analista de Logística Sênior "
            "| Senior Logistics Analyst",
            B.USER,
            (1, 2),
        ),
        (
            AreaSpec(
                ("Logística", "Logistics"),
                _title(
                    "Gerente de Logística | Gerente de Logística | Logistics Manager",
                    B.USER,
                    (2, 3),
                ),
            ),
            AreaSpec(
                ("Planejamento de Demanda", "Demand Planning"),
                _title(
                    "Coordenador de Demanda | Coordenadora de Demanda | Demand Planning Lead",
                    B.INFLUENCER,
                    (1, 3),
                ),
            ),
        ),
    ),
    DirectorateSpec(
        ("Diretoria de Gente e Gestão", "People"),
        _title("Diretor de RH | Diretora de RH | CHRO", B.INFLUENCER, (2, 4)),
        _title("Analista de RH Sênior | Analista de RH Sênior | Senior HR Analyst", B.USER, (1, 2)),
        (
            AreaSpec(
                ("Desenvolvimento Organizacional", "Organisational Development"),
                _title(
                    "Gerente de Desenvolvimento Organizacional | Gerente de "
                    "Desenvolvimento Organizacional | Organisational Development Manager",
                    B.USER,
                    (1, 3),
                ),
            ),
        ),
    ),
    DirectorateSpec(
        ("Diretoria Comercial", "Sales and Marketing"),
        _title(
            "Diretor Comercial | Diretora Comercial | Chief Commercial Officer",
            B.INFLUENCER,
            (3, 5),
        ),
        _title(
            "Analista de Trade Marketing | Analista de Trade Marketing | Trade Marketing Analyst",
            B.USER,
            (1, 2),
        ),
        (
            AreaSpec(
                ("Marketing", "Marketing"),
                _title(
                    "Gerente de Marketing | Gerente de Marketing | Marketing Manager",
                    B.INFLUENCER,
                    (2, 3),
                ),
            ),
            AreaSpec(
                ("Inteligência de Mercado", "Market Intelligence"),
                _title(
                    "Coordenador de Inteligência de Mercado | Coordenadora de "
                    "Inteligência de Mercado | Market Intelligence Lead",
                    B.INFLUENCER,
                    (1, 3),
                ),
            ),
        ),
    ),
)

LS = LifecycleStage
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
MINDSETS = (
    (
        "Redução de custos e previsibilidade do orçamento.",
        "Cost reduction and a predictable budget.",
    ),
    (
        "Segurança da informação e conformidade com a LGPD.",
        "Information security and LGPD compliance.",
    ),
    ("Velocidade de entrega e time-to-market.", "Delivery speed and time-to-market."),
    (
        "Indicadores de ESG e metas de descarbonização.",
        "ESG indicators and decarbonisation targets.",
    ),
    (
        "Estabilidade operacional: zero paradas não planejadas.",
        "Operational stability: no unplanned downtime.",
    ),
    ("Crescimento da receita e novos canais digitais.", "Revenue growth and new digital channels."),
    ("Simplificar a base de fornecedores.", "Consolidating the supplier base."),
    (
        "Reconhecimento interno e visibilidade junto ao conselho.",
        "Internal recognition and visibility with the board.",
    ),
    ("Experiência do cliente final e NPS.", "End-customer experience and NPS."),
    (
        "Inovação com baixo risco: pilotos antes de escalar.",
        "Low-risk innovation: pilots before scaling up.",
    ),
)
STAKEHOLDER_NOTES = (
    ("Prefere contato por WhatsApp.", "Prefers WhatsApp."),
    ("Foi nosso cliente em outra empresa.", "Was our customer at a previous company."),
    ("Assumiu o cargo há poucos meses.", "Took the role a few months ago."),
    ("Participa do comitê de investimentos.", "Sits on the investment committee."),
    ("Avalia fornecedores pelo custo total (TCO).", "Judges suppliers on total cost of ownership."),
)

# =============================================================================================
# Vocabulary: the account plan
# =============================================================================================

STAGE_WEIGHTS = {
    LS.TARGETING: 0.12,
    LS.ACQUISITION: 0.13,
    LS.DEVELOPMENT: 0.33,
    LS.RETENTION: 0.27,
    LS.RECOVERY: 0.15,
}
CLIENT_STAGES = (LS.DEVELOPMENT, LS.RETENTION, LS.RECOVERY)  # buying for 2+ years
S = Strategy
STAGE_STRATEGIES = {
    LS.TARGETING: (S.REPOSITIONING,),
    LS.ACQUISITION: (S.CROSS_SELL, S.REPOSITIONING),
    LS.DEVELOPMENT: (S.CROSS_SELL, S.UP_SELL, S.REPOSITIONING),
    LS.RETENTION: (S.UP_SELL, S.CROSS_SELL, S.REPOSITIONING),
    LS.RECOVERY: (S.OPERATIONAL_RECOVERY, S.REPOSITIONING),
}
VALUE_AREAS = (
    ("suprimentos", "procurement"),
    ("operações", "operations"),
    ("TI", "IT"),
    ("logística", "logistics"),
    ("atendimento ao cliente", "customer service"),
)
VALUE_PROPOSITIONS = (  # "{pct}", "{months}", "{area}"
    (
        "Reduzir em até {pct}% o custo de {area} com automação e dados confiáveis.",
        "Cut {area} costs by up to {pct}% with automation and trustworthy data.",
    ),
    (
        "Garantir 99,9% de disponibilidade nas operações críticas de {area}, com suporte 24x7.",
        "Keep critical {area} operations at 99.9% availability with 24x7 support.",
    ),
    (
        "Lançar novos serviços digitais {months} meses mais cedo sobre uma plataforma única.",
        "Launch new digital services {months} months sooner on a single platform.",
    ),
    (
        "Visibilidade ponta a ponta de {area} para decisões em tempo real.",
        "End-to-end visibility of {area} for real-time decisions.",
    ),
    (
        "Conformidade com a LGPD e menos risco regulatório com governança de dados em {area}.",
        "LGPD compliance and lower regulatory risk through data governance in {area}.",
    ),
    (
        "Um único parceiro para nuvem, dados e segurança, com custo previsível.",
        "One partner for cloud, data and security at a predictable cost.",
    ),
)
DESIRED_POSITIONS = (
    (
        "Parceiro estratégico na transformação digital.",
        "Strategic partner in their digital transformation.",
    ),
    ("Referência em inovação para o setor.", "The innovation reference for their sector."),
    ("Consultor de confiança da diretoria.", "Trusted advisor to the executive board."),
    (
        "Fornecedor preferencial de soluções integradas.",
        "Preferred supplier of integrated solutions.",
    ),
)
PERCEIVED_POSITIONS = {
    LS.TARGETING: (
        (
            "Pouco conhecidos; vistos como mais um fornecedor de tecnologia.",
            "Barely known; seen as just another technology vendor.",
        ),
    ),
    LS.ACQUISITION: (
        ("Fornecedor novo, ainda em avaliação.", "A new supplier, still on probation."),
        ("Alternativa mais barata ao fornecedor atual.", "A cheaper alternative to the incumbent."),
    ),
    LS.DEVELOPMENT: (
        (
            "Bom executor técnico, pouco presente na estratégia.",
            "A solid technical executor, absent from strategy.",
        ),
        (
            "Fornecedor de commodity: compram preço, não valor.",
            "A commodity supplier: they buy on price, not value.",
        ),
    ),
    LS.RETENTION: (
        ("Parceiro confiável, mas caro.", "A reliable partner, but expensive."),
        (
            "Parceiro estratégico reconhecido pela diretoria.",
            "A strategic partner recognised by the board.",
        ),
    ),
    LS.RECOVERY: (
        (
            "Fornecedor com histórico recente de falhas de entrega.",
            "A supplier with recent delivery failures.",
        ),
        (
            "Fornecedor intercambiável, em reavaliação pela área de compras.",
            "An interchangeable supplier being re-evaluated by procurement.",
        ),
    ),
}
HEAD_OFFICE = ("Matriz em {city}/{uf}.", "Head office in {city}/{uf}.")
ACCOUNT_NOTES = (
    ("Compras centralizadas na matriz.", "Purchasing is centralised at head office."),
    (
        "Exige homologação de fornecedores a cada dois anos.",
        "Requires supplier re-qualification every two years.",
    ),
    ("Orçamento anual aprovado em outubro.", "Annual budget approved in October."),
    (
        "Grupo familiar; decisões concentradas no conselho.",
        "Family-owned group; decisions sit with the board.",
    ),
    ("Transformação digital conduzida pelo CIO.", "Digital transformation led by the CIO."),
)
PRODUCTS = (  # (name, category)
    (("Plataforma de Analytics", "Analytics Platform"), ("Software", "Software")),
    (("Integração de Dados (iPaaS)", "Data Integration (iPaaS)"), ("Software", "Software")),
    (("Automação de Processos (RPA)", "Process Automation (RPA)"), ("Software", "Software")),
    (("Nuvem Gerenciada", "Managed Cloud"), ("Infraestrutura", "Infrastructure")),
    (
        ("Segurança Gerenciada (SOC)", "Managed Security (SOC)"),
        ("Serviços gerenciados", "Managed services"),
    ),
    (
        ("Suporte 24x7 Premium", "Premium 24x7 Support"),
        ("Serviços gerenciados", "Managed services"),
    ),
    (("Consultoria de Processos", "Process Consulting"), ("Consultoria", "Consulting")),
    (("Treinamento e Capacitação", "Training and Enablement"), ("Educação", "Education")),
)

# =============================================================================================
# Vocabulary: pipeline and forecast
# =============================================================================================

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
T = OpportunityType
OPPORTUNITY_TYPES = {  # (types, weights) by the account's lifecycle stage
    LS.TARGETING: ((T.NEW,), (1,)),
    LS.ACQUISITION: ((T.NEW, T.CROSS_SELL), (4, 1)),
    LS.DEVELOPMENT: ((T.CROSS_SELL, T.UP_SELL, T.NEW, T.RENEWAL), (4, 3, 1, 1)),
    LS.RETENTION: ((T.RENEWAL, T.UP_SELL, T.CROSS_SELL), (4, 3, 2)),
    LS.RECOVERY: ((T.RENEWAL, T.CROSS_SELL, T.UP_SELL), (5, 1, 1)),
}
F = ForecastCategory
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
OPPORTUNITY_TITLES = {  # "{product}", "{unit}"
    T.NEW: ("Implantação de {product} – {unit}", "{product} roll-out – {unit}"),
    T.CROSS_SELL: ("{product} para {unit}", "{product} for {unit}"),
    T.UP_SELL: ("Expansão de {product} – {unit}", "{product} expansion – {unit}"),
    T.RENEWAL: ("Renovação do contrato de {product}", "{product} contract renewal"),
}
NEXT_STEPS = (  # "{name}": a stakeholder's first name
    ("Agendar demonstração técnica com {name}", "Schedule a technical demo with {name}"),
    ("Enviar proposta revisada para {name}", "Send the revised proposal to {name}"),
    ("Validar escopo e orçamento com {name}", "Validate scope and budget with {name}"),
    ("Reunião de negociação com Compras", "Negotiation meeting with Procurement"),
    ("Preparar business case com ROI", "Prepare a business case with ROI"),
    ("Aguardar aprovação do comitê de investimentos", "Await the investment committee's approval"),
    ("Concluir prova de conceito", "Complete the proof of concept"),
)
WON_NEXT_STEP = ("Kick-off do projeto agendado", "Project kick-off scheduled")
COMPETITORS = _words("""
    Brivex Sistemas, Quorra Tecnologia, Datavance, Nuvix Serviços, Solaria TI, Interfuse,
    Grupo Tecnara
""")
WIN_REASONS = (
    (
        "Melhor aderência técnica e ROI comprovado no piloto.",
        "Best technical fit and ROI proven in the pilot.",
    ),
    (
        "Relacionamento com o patrocinador e suporte local.",
        "Relationship with the sponsor and local support.",
    ),
    (
        "Prazo de implantação menor que o da concorrência.",
        "Shorter implementation time than the competition.",
    ),
    ("Proposta integrada com custo total menor.", "Integrated offer at a lower total cost."),
)
LOSS_REASONS = (
    ("Preço acima do concorrente.", "Price above the competitor's."),
    ("Projeto cancelado por corte de orçamento.", "Project cancelled after a budget cut."),
    ("Concorrente já homologado na matriz.", "Competitor already approved at head office."),
    (
        "Perdemos o patrocinador durante a negociação.",
        "We lost our sponsor during the negotiation.",
    ),
    ("Escopo técnico não atendido por completo.", "Technical scope not fully met."),
)
ESTIMATE_STAGES = OPEN_STAGES[:2]  # values are rough estimates until the proposal
OVERDUE_SHARE = 0.08  # open opportunities whose expected close has passed
SLIP_SHARE = 0.25  # opportunities whose expected close moved later once
PROBABILITY_OVERRIDE_SHARE = 0.25
# Relative monthly sales targets, January to December (quarter and year ends weigh more).
SEASONALITY = (0.80, 0.85, 1.05, 0.95, 1.00, 1.10, 0.90, 0.95, 1.10, 1.00, 1.05, 1.25)
TARGET_GROWTH = 1.15  # targets: last year's bookings plus 15 %
SNAPSHOT_MONTHS = 6  # automatic snapshots at the start of each of the last six months
SNAPSHOT_HORIZON = 3  # months each snapshot forecasts
SNAPSHOT_NOTE = ("Snapshot mensal automático", "Automatic monthly snapshot")

# =============================================================================================
# Vocabulary: health, risks, OKRs, reviews and interactions
# =============================================================================================

REVENUE_MONTHS = 24
NEW_CLIENT_MONTHS = 6  # acquisition accounts that already buy started at most this long ago
NPS_MEAN = {LS.ACQUISITION: 7.8, LS.DEVELOPMENT: 8.1, LS.RETENTION: 8.6, LS.RECOVERY: 5.6}
NPS_COMMENTS = {
    "promoter": (
        ("Equipe muito próxima e proativa.", "A close, proactive team."),
        ("Implantação dentro do prazo, recomendo.", "On-time implementation; I recommend them."),
    ),
    "passive": (
        ("Bom serviço, mas o preço pesa.", "Good service, but the price weighs."),
        ("Atende bem, poderia inovar mais.", "They serve us well but could innovate more."),
    ),
    "detractor": (
        ("Chamados demoram a ser resolvidos.", "Tickets take too long to resolve."),
        ("Falhas recorrentes na entrega.", "Recurring delivery failures."),
    ),
}
CSAT_COMMENTS = {
    "good": (
        ("Atendimento rápido e cordial.", "Quick, courteous support."),
        ("Problema resolvido no primeiro contato.", "Solved on first contact."),
    ),
    "bad": (
        ("Tive que abrir o chamado duas vezes.", "I had to open the ticket twice."),
        ("Resposta genérica, sem solução.", "A generic answer, no solution."),
    ),
}

R = RiskCategory
RISKS_PER_ACCOUNT = {
    LS.TARGETING: (0, 1),
    LS.ACQUISITION: (0, 2),
    LS.DEVELOPMENT: (1, 3),
    LS.RETENTION: (1, 3),
    LS.RECOVERY: (2, 4),
}
RISK_DESCRIPTIONS = {  # "{competitor}", "{person}", "{area}"
    R.COMPETITOR: (
        "{competitor} ofereceu desconto agressivo para substituir nossa solução em {area}.",
        "{competitor} offered an aggressive discount to replace our solution in {area}.",
    ),
    R.MARKET: (
        "Queda na demanda do setor pode levar a cortes no orçamento de {area}.",
        "Falling demand in the sector may cut the {area} budget.",
    ),
    R.FINANCIAL: (
        "Rebaixamento de rating e alavancagem elevada do cliente.",
        "The client's credit rating was downgraded and its leverage is high.",
    ),
    R.LATE_PAYMENT: (
        "Faturas com mais de 60 dias em atraso.",
        "Invoices more than 60 days overdue.",
    ),
    R.ACQUISITION: (
        "Rumores de aquisição por um grupo concorrente podem mudar os fornecedores homologados.",
        "A rumoured takeover by a rival group may change the approved-supplier list.",
    ),
    R.SPONSOR_LOSS: (
        "Saída prevista de {person}, nosso principal patrocinador.",
        "{person}, our main sponsor, is expected to leave.",
    ),
    R.DELIVERY: (
        "Atrasos recorrentes na implantação em {area} afetam a confiança.",
        "Recurring implementation delays in {area} are hurting trust.",
    ),
    R.OTHER: (
        "A reforma tributária pode alterar o modelo de contratação de serviços.",
        "The tax reform may change how the client contracts services.",
    ),
}
MITIGATIONS = {  # "{competitor}"
    R.COMPETITOR: (
        "Apresentar comparativo de TCO versus {competitor}",
        "Present a TCO comparison against {competitor}",
    ),
    R.MARKET: ("Propor contratação flexível por consumo", "Offer a flexible pay-per-use contract"),
    R.FINANCIAL: (
        "Revisar limite de crédito com o financeiro",
        "Review the credit limit with Finance",
    ),
    R.LATE_PAYMENT: (
        "Negociar cronograma de pagamento com a tesouraria",
        "Agree a payment schedule with Treasury",
    ),
    R.ACQUISITION: (
        "Mapear decisores do grupo adquirente",
        "Map the decision makers at the acquiring group",
    ),
    R.SPONSOR_LOSS: (
        "Desenvolver um segundo patrocinador na diretoria",
        "Develop a second sponsor on the board",
    ),
    R.DELIVERY: (
        "Plano de recuperação da implantação com o time de projetos",
        "Implementation recovery plan with the project team",
    ),
    R.OTHER: (
        "Avaliar o impacto da reforma tributária com o jurídico",
        "Assess the tax reform's impact with Legal",
    ),
}
OVERDUE_ACTIONS = 0.35  # open actions past their due date
FOLLOW_UPS = (  # general next steps; "{person}" is a stakeholder
    ("Preparar QBR com a diretoria", "Prepare the QBR with the board"),
    ("Enviar estudo de caso do setor para {person}", "Send a sector case study to {person}"),
    ("Agendar almoço de relacionamento com {person}", "Book a relationship lunch with {person}"),
    ("Atualizar o plano de conta após a revisão", "Update the account plan after the review"),
    ("Convidar {person} para o evento de clientes", "Invite {person} to the customer event"),
)

D = KeyResultDirection


class KeyResultSpec(NamedTuple):
    title: Pair
    unit: Pair
    start: float
    target: float
    direction: KeyResultDirection
    whole: bool  # counted in whole units


KEY_RESULTS = {
    S.CROSS_SELL: (
        KeyResultSpec(
            ("Novas áreas atendidas", "New areas served"),
            ("áreas", "areas"),
            0,
            3,
            D.INCREASE,
            True,
        ),
        KeyResultSpec(
            ("Pipeline qualificado em novas áreas", "Qualified pipeline in new areas"),
            ("R$ mil", "BRL k"),
            0,
            1200,
            D.INCREASE,
            True,
        ),
        KeyResultSpec(
            ("Cobertura de patrocinadores nas áreas-alvo", "Sponsor coverage of target areas"),
            ("%", "%"),
            33,
            100,
            D.INCREASE,
            False,
        ),
    ),
    S.UP_SELL: (
        KeyResultSpec(
            ("Receita recorrente mensal", "Monthly recurring revenue"),
            ("R$ mil", "BRL k"),
            300,
            380,
            D.INCREASE,
            False,
        ),
        KeyResultSpec(
            ("Licenças ativas", "Active licences"),
            ("licenças", "licences"),
            250,
            400,
            D.INCREASE,
            True,
        ),
        KeyResultSpec(
            ("Reuniões executivas realizadas", "Executive meetings held"),
            ("reuniões", "meetings"),
            0,
            6,
            D.INCREASE,
            True,
        ),
    ),
    S.REPOSITIONING: (
        KeyResultSpec(
            ("NPS da conta", "Account NPS"), ("pontos", "points"), 10, 40, D.INCREASE, True
        ),
        KeyResultSpec(
            ("Resistência no mapa de stakeholders", "Stakeholder-map resistance"),
            ("%", "%"),
            40,
            15,
            D.DECREASE,
            False,
        ),
        KeyResultSpec(
            ("Workshops de inovação com a diretoria", "Innovation workshops with the board"),
            ("workshops", "workshops"),
            0,
            4,
            D.INCREASE,
            True,
        ),
    ),
    S.OPERATIONAL_RECOVERY: (
        KeyResultSpec(
            ("Chamados críticos em aberto", "Open critical tickets"),
            ("chamados", "tickets"),
            18,
            3,
            D.DECREASE,
            True,
        ),
        KeyResultSpec(
            ("SLA de atendimento cumprido", "Support SLA met"),
            ("%", "%"),
            78,
            97,
            D.INCREASE,
            False,
        ),
        KeyResultSpec(
            ("Dias médios de atraso nas faturas", "Average days invoices are overdue"),
            ("dias", "days"),
            45,
            10,
            D.DECREASE,
            True,
        ),
    ),
}
OBJECTIVE_TITLES = {  # "{account}"
    S.CROSS_SELL: (
        "Expandir a presença para novas áreas da {account}",
        "Expand into new business areas at {account}",
    ),
    S.UP_SELL: ("Ampliar o contrato atual da {account}", "Grow the current contract at {account}"),
    S.REPOSITIONING: (
        "Ser reconhecidos como parceiro estratégico pela diretoria da {account}",
        "Be recognised as a strategic partner by {account}'s board",
    ),
    S.OPERATIONAL_RECOVERY: (
        "Recuperar a confiança operacional da {account}",
        "Restore operational trust at {account}",
    ),
}
OBJECTIVE_SHARE = 0.4  # client accounts with an objective of their own
# Which period account objectives cover, and how often.
PERIOD_WEIGHTS = {"quarter": 0.45, "half": 0.2, "year": 0.2, "next_quarter": 0.15}
PORTFOLIO_MRR = KeyResultSpec(
    ("Receita recorrente mensal da carteira", "Portfolio monthly recurring revenue"),
    ("R$ mil", "BRL k"),
    0,
    0,
    D.INCREASE,
    False,  # start and target come from the revenue
)
PORTFOLIO_OBJECTIVES = (  # (title, strategy, period, key results)
    (
        ("Crescer a receita recorrente da carteira", "Grow the portfolio's recurring revenue"),
        S.UP_SELL,
        "year",
        (
            PORTFOLIO_MRR,
            KeyResultSpec(
                ("Retenção bruta de receita (GRR)", "Gross revenue retention"),
                ("%", "%"),
                88,
                95,
                D.INCREASE,
                False,
            ),
        ),
    ),
    (
        ("Reduzir o risco de churn nas contas-chave", "Reduce churn risk across key accounts"),
        S.OPERATIONAL_RECOVERY,
        "half",
        (
            KeyResultSpec(
                ("Contas com risco alto em aberto", "Accounts with an open high risk"),
                ("contas", "accounts"),
                9,
                3,
                D.DECREASE,
                True,
            ),
            KeyResultSpec(
                ("Contas-chave com plano de conta aprovado", "Key accounts with an approved plan"),
                ("contas", "accounts"),
                2,
                12,
                D.INCREASE,
                True,
            ),
        ),
    ),
)
CHECK_IN_NOTES = (
    ("Avanço dentro do esperado.", "On track."),
    ("Dependemos da aprovação do orçamento.", "Waiting on budget approval."),
    ("Novo patrocinador ajudou a destravar.", "A new sponsor helped unblock it."),
    ("Risco de atraso pela troca na diretoria.", "Risk of delay after changes on the board."),
    ("", ""),
)

RV = ReviewKind
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
REVIEW_OUTCOMES = {
    RV.RISK: (
        (
            "Registro de riscos revisado; planos de mitigação atualizados.",
            "Risk register reviewed; mitigation plans updated.",
        ),
        (
            "Novo risco de concorrência identificado; ação atribuída.",
            "New competitor risk identified; action assigned.",
        ),
    ),
    RV.PIPELINE: (
        (
            "Pipeline revisado: datas de fechamento ajustadas e oportunidades requalificadas.",
            "Pipeline reviewed: close dates adjusted and opportunities requalified.",
        ),
        (
            "Forecast do trimestre confirmado com a liderança.",
            "Quarter forecast confirmed with leadership.",
        ),
    ),
    RV.RELATIONSHIP: (
        (
            "Mapa de stakeholders atualizado; foco em converter neutros em aliados.",
            "Stakeholder map updated; focus on turning neutrals into allies.",
        ),
        (
            "Cobertura de patrocinadores discutida; ainda faltam patrocinadores em áreas-alvo.",
            "Sponsor coverage discussed; some target areas still lack a sponsor.",
        ),
    ),
    RV.POSITIONING: (
        (
            "Proposta de valor revisada a partir do feedback da diretoria.",
            "Value proposition revised from the board's feedback.",
        ),
        (
            "Cliente ainda nos vê como fornecedor de commodity; workshops planejados.",
            "The client still sees us as a commodity supplier; workshops planned.",
        ),
    ),
    RV.PLANNING: (
        (
            "Plano de conta do semestre aprovado com metas e responsáveis.",
            "Half-year account plan approved with targets and owners.",
        ),
        (
            "Estratégias revisadas; foco em venda cruzada.",
            "Strategies revised; focus on cross-selling.",
        ),
    ),
    RV.OKR: (
        (
            "Check-in de OKRs: resultados-chave dentro do esperado.",
            "OKR check-in: key results on track.",
        ),
        (
            "Check-in de OKRs: meta em risco, plano de ação definido.",
            "OKR check-in: a target is at risk; action plan agreed.",
        ),
    ),
}

IK = InteractionKind
INTERACTION_WEIGHTS = {IK.MEETING: 0.35, IK.CALL: 0.25, IK.EMAIL: 0.25, IK.VISIT: 0.15}
INTERACTIONS_PER_ACCOUNT = {
    LS.TARGETING: (1, 4),
    LS.ACQUISITION: (4, 8),
    LS.DEVELOPMENT: (5, 12),
    LS.RETENTION: (5, 12),
    LS.RECOVERY: (6, 12),
}
INTERACTION_NOTES = {  # "{names}", "{topic}", "{city}"
    IK.MEETING: ("Reunião sobre {topic} com {names}.", "Meeting on {topic} with {names}."),
    IK.CALL: ("Ligação com {names} sobre {topic}.", "Call with {names} about {topic}."),
    IK.EMAIL: (
        "E-mail a {names} com material sobre {topic}.",
        "Emailed {names} material on {topic}.",
    ),
    IK.VISIT: (
        "Visita à unidade de {city} com {names}; tema: {topic}.",
        "Site visit in {city} with {names}; topic: {topic}.",
    ),
}
TOPICS = (
    ("renovação de contrato", "contract renewal"),
    ("roadmap do produto", "the product roadmap"),
    ("resultados do trimestre (QBR)", "quarterly results (QBR)"),
    ("escopo da proposta", "the proposal's scope"),
    ("chamados críticos em aberto", "open critical tickets"),
    ("plano de expansão", "the expansion plan"),
    ("orçamento do próximo ano", "next year's budget"),
    ("LGPD e segurança", "LGPD and security"),
)
AND = (" e ", " and ")
GROSS_MARGIN = "0.32"


# =============================================================================================
# Dates and money
# =============================================================================================


def _add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` after (negative: before) ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _month_period(day: dt.date) -> str:
    return f"{day.year}-{day.month:02d}"


def _quarter_period(day: dt.date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def _money(value: float) -> Decimal:
    return Decimal(f"{value:.2f}")


def _rounded(value: float, step: int) -> Decimal:
    """``value`` rounded to a multiple of ``step`` (at least ``step``), with two places."""
    return Decimal(max(step, round(value / step) * step)).quantize(Decimal("0.01"))


ZERO = Decimal("0.00")


# =============================================================================================
# The builder's working objects
# =============================================================================================


@dataclass
class _Unit:
    id: int
    name: str
    kind: OrgUnitKind
    parent: _Unit | None
    row: Row


@dataclass
class _Position:
    """A job someone can hold in an org unit."""

    unit: _Unit
    title: Title
    is_head: bool  # heads the unit (CEO, director, manager); others are staff
    business_unit: Pair | None = None  # for titles that name their business unit


@dataclass
class _Person:
    id: int
    first_name: str
    name: str
    position: _Position
    stance: Stance
    influence: int
    row: Row
    contact_until: dt.date | None  # the latest day we may have spoken to them; None = never


@dataclass
class _Client:
    """An account being built, with what later parts of its plan need to know."""

    id: int
    name: str
    slug: str
    industry: Industry
    city: City
    stage: LifecycleStage
    owner: str
    size: int  # index into SIZE_CLASSES
    potential: float  # monthly revenue we could make with them, BRL
    strategies: list[Strategy]
    churned: bool
    client_since: dt.date | None
    units: list[_Unit] = field(default_factory=list)
    people: list[_Person] = field(default_factory=list)
    opportunity_titles: set[str] = field(default_factory=set)
    has_objectives: bool = False


class _State(NamedTuple):
    """An opportunity as it was after one change (for the forecast snapshots)."""

    changed_at: dt.datetime
    stage: str
    expected_close: dt.date
    amount: Decimal  # one-time value + 12 × monthly recurring value
    probability: int  # effective: the override or the stage's default


# =============================================================================================
# The builder
# =============================================================================================


class _DemoBuilder:
    """Builds every row of the demo in memory; :meth:`write` inserts them table by table."""

    def __init__(
        self,
        rng: random.Random,
        language: str,
        today: dt.date,
        criteria: list[tuple[int, str]],
        stages: dict[str, tuple[int, int]],
    ):
        self.rng = rng
        self.pt = language.lower().startswith("pt")
        self.language = language
        self.today = today
        self.this_month = today.replace(day=1)
        self.criteria = criteria  # (id, key) in position order
        self.stages = stages  # stage key → (id, default probability)
        self.rows: dict[str, list[Row]] = {key: [] for key, _ in TABLES}
        self._last_ids: dict[str, int] = defaultdict(int)
        self._pending: dict[str, list] = {}
        self._taken_names: set[str] = set()
        self._taken_cnpjs: set[str] = set()
        self.kams: list[str] = []
        self.products: list[tuple[int, str]] = []
        self.histories: list[tuple[int, list[_State]]] = []  # (account id, states)
        self.bookings: list[tuple[dt.date, Decimal]] = []  # won deals: (closed, amount)

    # -- small helpers --------------------------------------------------------------------

    def t(self, pair: Pair) -> str:
        """The text in the demo's language."""
        return pair[0] if self.pt else pair[1]

    def add(self, key: str, row: Row) -> Row:
        self.rows[key].append(row)
        return row

    def new_id(self, key: str) -> int:
        self._last_ids[key] += 1
        return self._last_ids[key]

    def pick(self, topic: str, options: Sequence, weights: Sequence[float] | None = None):
        """A weighted choice, except that each option of ``topic`` comes once first, so even
        a small demo shows every value."""
        pending = self._pending.setdefault(topic, list(options))
        if pending:
            return pending.pop(0)
        return self.rng.choices(options, weights)[0]

    def once(self, topic: str) -> bool:
        """True the first time it is asked about ``topic``."""
        pending = self._pending.setdefault(topic, [True])
        return bool(pending) and pending.pop()

    def distinct(self, topic: str, options: Sequence, count: int) -> list:
        """``count`` different options, those the demo has not shown yet first."""
        pending = self._pending.setdefault(topic, list(options))
        chosen = pending[:count]
        del pending[:count]
        rest = [o for o in options if o not in chosen]
        return chosen + self.rng.sample(rest, count - len(chosen))

    def weighted(self, options: Sequence, weights: Sequence[float]):
        return self.rng.choices(options, weights)[0]

    def days_ago(self, low: int, high: int) -> dt.date:
        return self.today - dt.timedelta(days=self.rng.randint(low, high))

    def at_work(self, day: dt.date) -> dt.datetime:
        """A moment of the working day ``day``."""
        return dt.datetime.combine(day, dt.time(self.rng.randint(8, 18), self.rng.randrange(60)))

    def person_name(self) -> tuple[str, str, bool]:
        """(first name, full name, is a woman)."""
        female = self.rng.random() < 0.45
        first = self.rng.choice(FEMALE_FIRST_NAMES if female else MALE_FIRST_NAMES)
        surnames = self.rng.sample(SURNAMES, 2 if self.rng.random() < 0.3 else 1)
        return first, " ".join((first, *surnames)), female

    # -- the whole portfolio --------------------------------------------------------------

    def build(self, accounts: int) -> None:
        self.kams = self.rng.sample(KAM_NAMES, self.rng.choice((2, 3)))
        self.build_products()
        for client in self.build_accounts(accounts):
            self.build_org_chart(client)
            self.build_interactions(client)
            self.build_opportunities(client)
            self.build_revenue_and_surveys(client)
            self.build_risks_and_actions(client)
            self.build_objectives(client)
            self.build_reviews(client)
        self.build_forecast_targets()
        self.build_forecast_snapshots()
        self.build_portfolio_objectives()
        self.build_settings()

    def build_products(self) -> None:
        for name, category in PRODUCTS:
            product_id = self.new_id("products")
            self.products.append((product_id, self.t(name)))
            self.add(
                "products", {"id": product_id, "name": self.t(name), "category": self.t(category)}
            )

    # -- accounts -------------------------------------------------------------------------

    def build_accounts(self, count: int) -> list[_Client]:
        """Every account with its ICP ratings. Each lifecycle stage appears at least once; a
        few accounts are archived, have a manual tier or an alphanumeric CNPJ; one recovering
        account has stopped buying altogether."""
        rng = self.rng
        stages = list(LifecycleStage)[:count]
        stages += rng.choices(
            list(STAGE_WEIGHTS), list(STAGE_WEIGHTS.values()), k=count - len(stages)
        )
        rng.shuffle(stages)
        few = min(count, max(1, count // 20))
        archived = set(rng.sample(range(count), few))
        overridden = set(rng.sample(range(count), few))
        alphanumeric = set(rng.sample(range(count), few))
        recovering = [i for i, s in enumerate(stages) if s is LS.RECOVERY and i not in archived]
        churned = recovering[0] if recovering else None
        clients = []
        for index, stage in enumerate(stages):
            client = self.new_client(stage, churned=index == churned)
            self.build_account(
                client, index in archived, index in overridden, index in alphanumeric
            )
            self.build_icp_ratings(client)
            clients.append(client)
        return clients

    def new_client(self, stage: LifecycleStage, churned: bool) -> _Client:
        rng = self.rng
        industry = rng.choice(INDUSTRIES)
        city = rng.choice(industry.cities) if rng.random() < 0.75 else rng.choice(list(CITIES))
        size = rng.choices(range(len(SIZE_CLASSES)), [s.weight for s in SIZE_CLASSES])[0]
        name = self.company_name(industry)
        options = STAGE_STRATEGIES[stage]
        if stage is LS.TARGETING:
            strategies = list(options) if rng.random() < 0.4 else []
        elif stage is LS.RECOVERY:
            strategies = list(options[: rng.randint(1, 2)])
        else:
            strategies = rng.sample(options, rng.randint(1, 2))
        return _Client(
            id=self.new_id("accounts"),
            name=name,
            slug=self.slug(name),
            industry=industry,
            city=CITIES[city],
            stage=stage,
            owner=self.kams[0] if rng.random() < 0.45 else rng.choice(self.kams),
            size=size,
            potential=rng.uniform(*SIZE_CLASSES[size].monthly_potential),
            strategies=strategies,
            churned=churned,
            client_since=self.client_since(stage),
        )

    def company_name(self, industry: Industry) -> str:
        """An invented name no other demo account has (accents and case ignored)."""
        rng = self.rng
        for attempt in range(40):
            name = rng.choice(industry.name_patterns).format(stem=rng.choice(COMPANY_STEMS))
            if attempt >= 10:
                name = f"{name} {rng.choice(NAME_QUALIFIERS)}"
            if fold(name) not in self._taken_names:
                break
        base, number = name, 2
        while fold(name) in self._taken_names:
            name, number = f"{base} {number}", number + 1
        self._taken_names.add(fold(name))
        return name

    @staticmethod
    def slug(name: str) -> str:
        return "-".join("".join(ch if ch.isalnum() else " " for ch in fold(name)).split())

    def client_since(self, stage: LifecycleStage) -> dt.date | None:
        if stage is LS.TARGETING:
            return None
        if stage is LS.ACQUISITION:  # some have just placed their first orders
            recent = self.rng.random() < 0.4
            return self.days_ago(30, 30 * (NEW_CLIENT_MONTHS - 1)) if recent else None
        first_revenue_month = _add_months(self.this_month, -REVENUE_MONTHS)
        return first_revenue_month - dt.timedelta(days=self.rng.randint(1, 3650))

    def legal_name(self, client: _Client) -> str:
        if client.name.startswith("Cooperativa"):
            return client.name
        if client.name.startswith("Banco"):
            return f"{client.name} S.A."
        large = client.size >= LARGE
        suffixes = LARGE_LEGAL_SUFFIXES if large else client.industry.legal_suffixes
        return f"{client.name} {self.rng.choice(suffixes)}"

    def build_account(
        self, client: _Client, archived: bool, override: bool, alphanumeric: bool
    ) -> None:
        rng = self.rng
        size = SIZE_CLASSES[client.size]
        oldest = self.today - dt.timedelta(days=900)  # when the KAM started using KAMdesk
        created = max(client.client_since or self.days_ago(20, 400), oldest)
        created_at = self.at_work(created)
        updated_at = max(created_at, self.at_work(self.days_ago(0, (self.today - created).days)))
        notes = self.t(HEAD_OFFICE).format(city=client.city.name, uf=client.city.uf)
        if rng.random() < 0.5:
            notes += " " + self.t(rng.choice(ACCOUNT_NOTES))
        value_proposition = self.t(rng.choice(VALUE_PROPOSITIONS)).format(
            pct=rng.choice((12, 15, 18, 20, 25, 30)),
            months=rng.randint(3, 9),
            area=self.t(rng.choice(VALUE_AREAS)),
        )
        cost = _rounded(rng.uniform(15_000, 250_000), 500)
        self.add(
            "accounts",
            {
                "id": client.id,
                "name": client.name,
                "name_key": fold(client.name),
                "legal_name": self.legal_name(client),
                "tax_id": self.cnpj(alphanumeric),
                "industry": self.t(client.industry.label),
                "employees": rng.randint(*size.employees) // 10 * 10,
                "revenue_band": self.t(size.revenue_band),
                "region": self.t(client.city.region),
                "owner": client.owner,
                "tier_override": rng.choice((Tier.A, Tier.B, Tier.C)) if override else None,
                "strategic_importance": self.weighted((1, 2, 3, 4, 5), (5, 15, 35, 30, 15)),
                "lifecycle_stage": client.stage,
                "strategies": [s.value for s in client.strategies],
                "value_proposition": value_proposition,
                "desired_position": self.t(rng.choice(DESIRED_POSITIONS)),
                "perceived_position": self.t(rng.choice(PERCEIVED_POSITIONS[client.stage])),
                "acquisition_cost": None if client.stage is LS.TARGETING else cost,
                "client_since": client.client_since,
                "notes": notes,
                "archived": archived,
                "created_at": created_at,
                "updated_at": updated_at,
            },
        )

    def cnpj(self, alphanumeric: bool) -> str:
        while True:
            value = random_cnpj(self.rng, alphanumeric=alphanumeric)
            if value not in self._taken_cnpjs:
                self._taken_cnpjs.add(value)
                return value

    def build_icp_ratings(self, client: _Client) -> None:
        """Most criteria rated; bigger companies and current clients rate higher."""
        rng = self.rng
        base = 2.2 + 0.5 * client.size + (0.4 if client.stage in CLIENT_STAGES else 0)
        share = 0.7 if client.stage is LS.TARGETING else 0.9
        rated = [c for c in self.criteria if rng.random() < share] or self.criteria[:3]
        for criterion_id, key in rated:
            growing = key == "growth_potential" and client.stage is LS.DEVELOPMENT
            rating = min(5, max(1, round(rng.gauss(base + 0.6 * growing, 0.9))))
            self.add(
                "icp_ratings",
                {"account_id": client.id, "criterion_id": criterion_id, "rating": rating},
            )

    # -- org units and stakeholders -------------------------------------------------------

    def build_org_chart(self, client: _Client) -> None:
        jobs = self.build_org_units(client)
        self.build_stakeholders(client, jobs)
        self.build_stakeholder_links(client)

    def unit(
        self, client: _Client, name: str, kind: OrgUnitKind, parent: _Unit | None, target: float
    ) -> _Unit:
        """A new org unit, a target area with probability ``target``."""
        unit_id = self.new_id("org_units")
        row = self.add(
            "org_units",
            {
                "id": unit_id,
                "account_id": client.id,
                "parent_id": parent.id if parent else None,
                "name": name,
                "kind": kind,
                "is_target": self.rng.random() < target,
            },
        )
        unit = _Unit(unit_id, name, kind, parent, row)
        client.units.append(unit)
        return unit

    def build_org_units(self, client: _Client) -> list[_Position]:
        """company → business units → directorates → areas; returns the jobs people can hold
        there, top of the hierarchy first."""
        rng = self.rng
        company = self.unit(client, client.name, OrgUnitKind.COMPANY, None, 0.3)
        jobs = [_Position(company, CEO, True), _Position(company, ASSISTANT, False)]
        for bu_name in rng.sample(client.industry.business_units, rng.randint(1, 3)):
            name = self.t(BU_NAME).format(unit=self.t(bu_name))
            bu = self.unit(client, name, OrgUnitKind.BUSINESS_UNIT, company, 0.5)
            jobs.append(_Position(bu, BU_HEAD, True, bu_name))
            if rng.random() < 0.5:
                name = self.t(BU_OPERATIONS.name).format(unit=self.t(bu_name))
                ops = self.unit(client, name, OrgUnitKind.DIRECTORATE, bu, 0.3)
                jobs.append(_Position(ops, BU_OPERATIONS.head, True, bu_name))
                jobs.append(_Position(ops, BU_OPERATIONS.staff, False, bu_name))
        for spec in rng.sample(CORPORATE_DIRECTORATES, rng.randint(2, 4)):
            kind = OrgUnitKind.DIRECTORATE
            directorate = self.unit(client, self.t(spec.name), kind, company, 0.45)
            jobs.append(_Position(directorate, spec.head, True))
            jobs.append(_Position(directorate, spec.staff, False))
            for area_spec in rng.sample(spec.areas, rng.randint(0, min(2, len(spec.areas)))):
                area = self.unit(client, self.t(area_spec.name), OrgUnitKind.AREA, directorate, 0.3)
                jobs.append(_Position(area, area_spec.manager, True))
                jobs.append(_Position(area, spec.staff, False))
        if not any(u.row["is_target"] for u in client.units):  # a plan needs a target area
            next(u for u in client.units if u.kind is OrgUnitKind.DIRECTORATE).row["is_target"] = (
                True
            )
        return jobs

    def build_stakeholders(self, client: _Client, jobs: list[_Position]) -> None:
        """4–10 people (4–6 at a prospect) in distinct jobs, top of the hierarchy first."""
        rng = self.rng
        high = 6 if client.stage is LS.TARGETING else 10
        chosen = sorted(rng.sample(range(len(jobs)), min(len(jobs), rng.randint(4, high))))
        names: set[str] = set()
        for index in chosen:
            first, name, female = self.person_name()
            while name in names:
                first, name, female = self.person_name()
            names.add(name)
            client.people.append(self.stakeholder(client, jobs[index], first, name, female))

    def stakeholder(
        self, client: _Client, job: _Position, first: str, name: str, female: bool
    ) -> _Person:
        rng = self.rng
        title = job.title
        job_title = (title.female if female else title.male) if self.pt else title.english
        if job.business_unit is not None:
            job_title = job_title.format(unit=self.t(job.business_unit))
        stance = self.pick("stance", list(Stance), STANCE_WEIGHTS[client.stage])
        contact = self.weighted(
            CONTACTS, CONTACT_WEIGHTS.get(client.stage, DEFAULT_CONTACT_WEIGHTS)
        )
        contact_until = None
        if contact == "recent":
            contact_until = self.today
        elif contact == "stale":
            contact_until = self.days_ago(STALE_DAYS + 1, 330)
        user = fold(f"{first}.{name.split()[-1]}")
        row = self.add(
            "stakeholders",
            {
                "id": self.new_id("stakeholders"),
                "account_id": client.id,
                "org_unit_id": job.unit.id,
                "name": name,
                "job_title": job_title,
                "email": f"{user}@{client.slug}.example",
                "phone": self.phone(client.city),
                "buying_role": title.role,
                "influence": rng.randint(*title.influence),
                "stance": stance,
                "relationship_strength": rng.randint(*RELATIONSHIP_BY_STANCE[stance]),
                "mindset": self.t(rng.choice(MINDSETS)),
                "relationship_owner": client.owner
                if rng.random() < 0.6
                else rng.choice(COLLEAGUES),
                "last_contact": None,  # the date of their latest interaction, set there
                "notes": self.t(rng.choice(STAKEHOLDER_NOTES)) if rng.random() < 0.3 else "",
                "map_x": None,
                "map_y": None,
            },
        )
        return _Person(row["id"], first, name, job, stance, row["influence"], row, contact_until)

    def phone(self, city: City) -> str:
        """A mobile number in the city's area code: ``+55 11 98765-4321``."""
        return f"+55 {city.ddd} 9{self.rng.randint(6000, 9999)}-{self.rng.randrange(10000):04d}"

    def build_stakeholder_links(self, client: _Client) -> None:
        """reports-to forms one tree (everyone but the top person reports to someone above
        them); influences, alliances and rivalries join distinct people, never one to itself."""
        rng = self.rng
        people = client.people
        heads = {}
        for person in people:
            if person.position.is_head:
                heads.setdefault(person.position.unit.id, person)
        for person in people[1:]:
            self.link(client, person, self.boss(person, heads, people[0]), LinkKind.REPORTS_TO)
        counts = (
            (LinkKind.INFLUENCES, rng.randint(1, max(1, len(people) // 3))),
            (LinkKind.ALLIANCE, int(self.once("alliance") or rng.random() < 0.55)),
            (LinkKind.RIVALRY, int(self.once("rivalry") or rng.random() < 0.35)),
        )
        seen: set[tuple[int, int, LinkKind]] = set()
        for kind, count in counts:
            for _ in range(count):
                source, target = rng.sample(people, 2)
                directed = kind is LinkKind.INFLUENCES
                ends = (source.id, target.id) if directed else tuple(sorted((source.id, target.id)))
                if (*ends, kind) in seen:
                    continue
                seen.add((*ends, kind))
                self.link(client, source, target, kind, rng.randint(1, 3) if directed else None)

    @staticmethod
    def boss(person: _Person, heads: dict[int, _Person], top: _Person) -> _Person:
        """The head of the person's own unit (for staff) or of the nearest unit above it;
        the account's top person when there is none."""
        unit = person.position.unit if not person.position.is_head else person.position.unit.parent
        while unit is not None:
            if unit.id in heads and heads[unit.id] is not person:
                return heads[unit.id]
            unit = unit.parent
        return top

    def link(
        self,
        client: _Client,
        source: _Person,
        target: _Person,
        kind: LinkKind,
        strength: int | None = None,
    ) -> None:
        self.add(
            "stakeholder_links",
            {
                "id": self.new_id("stakeholder_links"),
                "account_id": client.id,
                "source_id": source.id,
                "target_id": target.id,
                "kind": kind,
                "strength": strength,
            },
        )

    # -- interactions ---------------------------------------------------------------------

    def build_interactions(self, client: _Client) -> None:
        """The past year's interaction log, one a day at most. Everyone we have spoken to
        takes part in at least one, stale contacts only before their cut-off, so each
        stakeholder's last contact is the date of their latest interaction."""
        rng = self.rng
        contacted = [p for p in client.people if p.contact_until is not None]
        if not contacted:
            return
        meetings: dict[dt.date, list[_Person]] = {}
        for _ in range(rng.randint(*INTERACTIONS_PER_ACCOUNT[client.stage])):
            day = self.days_ago(1, 365)
            eligible = [p for p in contacted if p.contact_until >= day]
            if eligible and day not in meetings:
                meetings[day] = rng.sample(eligible, min(len(eligible), rng.choice((1, 1, 2, 3))))
        attended = {p.id for group in meetings.values() for p in group}
        for person in contacted:
            if person.id in attended:
                continue
            earlier = [day for day in meetings if day <= person.contact_until]
            if earlier and rng.random() < 0.5:
                meetings[rng.choice(earlier)].append(person)
                continue
            day = min(person.contact_until, self.today - dt.timedelta(days=1))
            day -= dt.timedelta(days=rng.randint(0, 75))
            while day in meetings:
                day -= dt.timedelta(days=1)
            meetings[day] = [person]
        for day in sorted(meetings):
            self.interaction(client, day, meetings[day])

    def interaction(self, client: _Client, day: dt.date, people: list[_Person]) -> None:
        kind = self.pick(
            "interaction", list(INTERACTION_WEIGHTS), list(INTERACTION_WEIGHTS.values())
        )
        first_names = [p.first_name for p in people]
        names = first_names[-1]
        if len(first_names) > 1:
            names = ", ".join(first_names[:-1]) + self.t(AND) + names
        notes = self.t(INTERACTION_NOTES[kind]).format(
            names=names, topic=self.t(self.rng.choice(TOPICS)), city=client.city.name
        )
        interaction_id = self.new_id("interactions")
        self.add(
            "interactions",
            {
                "id": interaction_id,
                "account_id": client.id,
                "date": day,
                "kind": kind,
                "notes": notes,
            },
        )
        for person in sorted(people, key=lambda p: p.id):
            self.add(
                "interaction_stakeholders",
                {"interaction_id": interaction_id, "stakeholder_id": person.id},
            )
            person.row["last_contact"] = day  # interactions come in date order

    # -- opportunities --------------------------------------------------------------------

    def build_opportunities(self, client: _Client) -> None:
        for _ in range(self.rng.randint(*OPPORTUNITIES_PER_ACCOUNT[client.stage])):
            self.opportunity(client)

    def opportunity_stage(self, client: _Client) -> str:
        if client.stage is LS.TARGETING:
            return self.rng.choice(OPEN_STAGES[:2])
        if client.stage is LS.ACQUISITION:
            return self.weighted(STAGE_KEYS, ACQUISITION_STAGE_WEIGHTS)
        return self.pick("stage", STAGE_KEYS, CLIENT_STAGE_WEIGHTS)

    def opportunity_type(self, client: _Client) -> OpportunityType:
        types, weights = OPPORTUNITY_TYPES[client.stage]
        pending = self._pending.setdefault("type", list(OpportunityType))
        if client.stage in CLIENT_STAGES and pending:  # show every type at least once
            return pending.pop(0)
        return self.weighted(types, weights)

    def opportunity_values(self, client: _Client, kind: OpportunityType) -> tuple[Decimal, Decimal]:
        """(one-time value, monthly recurring value), in proportion to the account's size."""
        rng, potential = self.rng, client.potential
        if kind is OpportunityType.RENEWAL:
            one_time = potential * rng.uniform(0.1, 0.4) if rng.random() < 0.2 else 0
            recurring = potential * rng.uniform(0.15, 0.5)
        elif kind is OpportunityType.NEW:
            one_time = potential * rng.uniform(0.5, 2.5)
            recurring = potential * rng.uniform(0.03, 0.12) if rng.random() < 0.7 else 0
        elif kind is OpportunityType.CROSS_SELL:
            one_time = potential * rng.uniform(0.3, 1.5)
            recurring = potential * rng.uniform(0.02, 0.10)
        else:
            one_time = potential * rng.uniform(0.1, 0.6) if rng.random() < 0.5 else 0
            recurring = potential * rng.uniform(0.03, 0.15)
        return (
            _rounded(one_time, 500) if one_time else ZERO,
            _rounded(recurring, 100) if recurring else ZERO,
        )

    def opportunity_title(
        self, client: _Client, kind: OpportunityType, product: str, unit: _Unit, close: dt.date
    ) -> str:
        """A title unique within the account."""
        title = self.t(OPPORTUNITY_TITLES[kind]).format(product=product, unit=unit.name)
        if title in client.opportunity_titles:
            title = f"{title} {close.year}"
        base, number = title, 2
        while title in client.opportunity_titles:
            title, number = f"{base} ({number})", number + 1
        client.opportunity_titles.add(title)
        return title

    def expected_close(self, closed: bool) -> dt.date:
        if closed:
            return self.days_ago(1, 360)
        if self.rng.random() < OVERDUE_SHARE:
            return self.days_ago(3, 45)
        return self.today + dt.timedelta(days=self.rng.randint(10, 365))

    def opportunity(self, client: _Client) -> None:
        rng = self.rng
        stage = self.opportunity_stage(client)
        kind = self.opportunity_type(client)
        product_id, product = rng.choice(self.products)
        unit = rng.choice(client.units[1:])
        one_time, recurring = self.opportunity_values(client, kind)
        closed = stage in ("won", "lost")
        close = self.expected_close(closed)
        probability = None
        if not closed and rng.random() < PROBABILITY_OVERRIDE_SHARE:
            shift = rng.choice((-15, -10, -5, 5, 10, 15))
            probability = min(95, max(5, self.stages[stage][1] + shift))
        opportunity_id = self.new_id("opportunities")
        first, last = self.stage_history(
            opportunity_id, client, stage, close, (one_time, recurring), probability
        )
        categories, weights = FORECAST_BY_STAGE[stage]
        reasons = WIN_REASONS if stage == "won" else LOSS_REASONS
        self.add(
            "opportunities",
            {
                "id": opportunity_id,
                "account_id": client.id,
                "title": self.opportunity_title(client, kind, product, unit, close),
                "type": kind,
                "product_id": product_id,
                "org_unit_id": unit.id,
                "one_time_value": one_time,
                "recurring_value": recurring,
                "stage_id": self.stages[stage][0],
                "probability": probability,
                "forecast_category": self.weighted(categories, weights),
                "expected_close": close,
                "owner": client.owner if rng.random() < 0.85 else rng.choice(self.kams),
                "next_step": self.next_step(stage, rng.choice(client.people)),
                "competitor": rng.choice(COMPETITORS) if rng.random() < 0.7 else "",
                "win_loss_reason": self.t(rng.choice(reasons)) if closed else "",
                "created_at": first,
                "updated_at": last,
                "closed_at": close if closed else None,
            },
        )
        if stage == "won":
            self.bookings.append((close, one_time + 12 * recurring))

    def next_step(self, stage: str, person: _Person) -> str:
        if stage == "won":
            return self.t(WON_NEXT_STEP)
        if stage == "lost":
            return ""
        return self.t(self.rng.choice(NEXT_STEPS)).format(name=person.first_name)

    def stage_path(self, stage: str) -> list[str]:
        """The stages an opportunity went through to reach ``stage``, in order."""
        entry = 0 if self.rng.random() < 0.7 else 1
        if stage == "won":
            return [*OPEN_STAGES[entry:], "won"]
        if stage == "lost":
            return [*OPEN_STAGES[entry : self.rng.randint(entry, 3) + 1], "lost"]
        reached = OPEN_STAGES.index(stage)
        return list(OPEN_STAGES[min(entry, reached) : reached + 1])

    def stage_history(
        self,
        opportunity_id: int,
        client: _Client,
        stage: str,
        close: dt.date,
        values: tuple[Decimal, Decimal],
        probability: int | None,
    ) -> tuple[dt.datetime, dt.datetime]:
        """One history row per stage reached, a week to six weeks apart, plus one when the
        close date slipped; values are estimates until the proposal. Returns the first and
        the last moment of change."""
        rng = self.rng
        path = self.stage_path(stage)
        days = [close if stage in ("won", "lost") else self.days_ago(0, 40)]
        for _ in path[1:]:
            days.insert(0, days[0] - dt.timedelta(days=rng.randint(7, 40)))
        slip = (
            rng.randint(1, len(path) - 1) if len(path) > 1 and rng.random() < SLIP_SHARE else None
        )
        first_close = close - dt.timedelta(days=rng.randint(20, 90)) if slip else close
        factor = rng.uniform(0.7, 1.3)
        estimate = tuple(_rounded(float(v) * factor, 100) if v else ZERO for v in values)
        states = []
        for index, (key, day) in enumerate(zip(path, days, strict=True)):
            if index == slip:  # the close date moved while the stage stayed
                halfway = day - dt.timedelta(days=(day - days[index - 1]).days // 2)
                before = path[index - 1]
                states.append(
                    self.history_row(
                        opportunity_id,
                        self.at_work(halfway),
                        before,
                        close,
                        estimate if before in ESTIMATE_STAGES else values,
                        None,
                    )
                )
            final = index == len(path) - 1
            states.append(
                self.history_row(
                    opportunity_id,
                    self.at_work(day),
                    key,
                    first_close if slip and index < slip else close,
                    estimate if key in ESTIMATE_STAGES else values,
                    probability if final else None,
                )
            )
        self.histories.append((client.id, states))
        return states[0].changed_at, states[-1].changed_at

    def history_row(
        self,
        opportunity_id: int,
        moment: dt.datetime,
        stage: str,
        expected: dt.date,
        values: tuple[Decimal, Decimal],
        probability: int | None,
    ) -> _State:
        self.add(
            "opportunity_history",
            {
                "id": self.new_id("opportunity_history"),
                "opportunity_id": opportunity_id,
                "changed_at": moment,
                "stage_id": self.stages[stage][0],
                "expected_close": expected,
                "one_time_value": values[0],
                "recurring_value": values[1],
                "probability": probability,
            },
        )
        effective = self.stages[stage][1] if probability is None else probability
        return _State(moment, stage, expected, values[0] + 12 * values[1], effective)

    # -- forecast -------------------------------------------------------------------------

    def build_forecast_targets(self) -> None:
        """Targets for this month and the next 11, and for the quarters those touch: last
        year's bookings plus growth, spread by seasonality."""
        year_ago = self.today - dt.timedelta(days=365)
        booked = sum((amount for day, amount in self.bookings if day >= year_ago), Decimal(0))
        monthly = max(10_000.0, float(booked) / 12 * TARGET_GROWTH)

        def target(month: dt.date) -> Decimal:
            return _rounded(monthly * SEASONALITY[month.month - 1], 10_000)

        quarters: dict[str, dt.date] = {}  # period → its first month
        for ahead in range(12):
            month = _add_months(self.this_month, ahead)
            self.target(_month_period(month), target(month))
            quarters.setdefault(
                _quarter_period(month), _add_months(month, -((month.month - 1) % 3))
            )
        for period, first in quarters.items():
            self.target(period, sum((target(_add_months(first, k)) for k in range(3)), Decimal(0)))

    def target(self, period: str, amount: Decimal) -> None:
        self.add(
            "forecast_targets",
            {"id": self.new_id("forecast_targets"), "period": period, "amount": amount},
        )

    def build_forecast_snapshots(self) -> None:
        """Automatic snapshots at the start of past months: what the open pipeline said then
        about the next months, from each opportunity's state at that moment (its history)."""
        for back in range(SNAPSHOT_MONTHS, 0, -1):
            start = _add_months(self.this_month, -back)
            taken_at = dt.datetime.combine(start, dt.time(7, 0))
            snapshot_id = self.new_id("forecast_snapshots")
            self.add(
                "forecast_snapshots",
                {
                    "id": snapshot_id,
                    "taken_at": taken_at,
                    "automatic": True,
                    "note": self.t(SNAPSHOT_NOTE),
                },
            )
            periods = {_month_period(_add_months(start, k)) for k in range(SNAPSHOT_HORIZON)}
            for (account_id, period, category), (amount, weighted) in sorted(
                self.pipeline_at(taken_at, periods).items()
            ):
                self.add(
                    "forecast_snapshot_lines",
                    {
                        "id": self.new_id("forecast_snapshot_lines"),
                        "snapshot_id": snapshot_id,
                        "account_id": account_id,
                        "period": period,
                        "category": category,
                        "amount": amount,
                        "weighted_amount": weighted.quantize(Decimal("0.01")),
                    },
                )

    def pipeline_at(
        self, moment: dt.datetime, periods: set[str]
    ) -> dict[tuple[int, str, ForecastCategory], tuple[Decimal, Decimal]]:
        """(account, period, category) → (amount, weighted amount) of the opportunities that
        were open at ``moment`` and expected to close in one of ``periods``."""
        totals: dict[tuple[int, str, ForecastCategory], tuple[Decimal, Decimal]] = {}
        for account_id, states in self.histories:
            before = [s for s in states if s.changed_at < moment]
            if not before or before[-1].stage not in SNAPSHOT_CATEGORY:
                continue
            state = before[-1]
            period = _month_period(state.expected_close)
            if period in periods:
                key = (account_id, period, SNAPSHOT_CATEGORY[state.stage])
                amount, weighted = totals.get(key, (Decimal(0), Decimal(0)))
                totals[key] = (
                    amount + state.amount,
                    weighted + state.amount * state.probability / 100,
                )
        return totals

    # -- revenue and surveys --------------------------------------------------------------

    def revenue_months(self, client: _Client) -> list[dt.date]:
        """24 months up to last month for clients; new clients since their first month."""
        last = _add_months(self.this_month, -1)
        if client.stage in CLIENT_STAGES:
            return [_add_months(last, -back) for back in range(REVENUE_MONTHS - 1, -1, -1)]
        if client.client_since is None:
            return []
        first = client.client_since.replace(day=1)
        recent = (_add_months(last, -back) for back in range(NEW_CLIENT_MONTHS - 1, -1, -1))
        return [month for month in recent if month >= first]

    def build_revenue_and_surveys(self, client: _Client) -> None:
        months = self.revenue_months(client)
        for month, revenue, recurring in self.revenue_series(client, months):
            self.add(
                "revenue_records",
                {
                    "id": self.new_id("revenue_records"),
                    "account_id": client.id,
                    "month": month,
                    "revenue": revenue,
                    "recurring": recurring,
                },
            )
        self.build_surveys(client, months)

    def revenue_series(
        self, client: _Client, months: list[dt.date]
    ) -> Iterator[tuple[dt.date, Decimal, Decimal]]:
        """Growing (development), stable (retention), falling after a steady spell (recovery),
        ramping up (new clients) or falling to nothing (the churned account)."""
        rng = self.rng
        level = client.potential * rng.uniform(0.4, 1.0)  # last month's revenue, before noise
        growth = {
            LS.DEVELOPMENT: rng.uniform(0.03, 0.05),
            LS.RETENTION: rng.uniform(-0.005, 0.01),
        }.get(client.stage, 0.0)
        recurring_share = rng.uniform(0.55, 0.9)
        falling_from = len(months) - rng.randint(4, 6)
        silent_from = len(months) - rng.randint(2, 4)
        fall = rng.uniform(0.3, 0.45)
        for index, month in enumerate(months):
            value = level * (1 + growth) ** (index + 1 - len(months))
            if client.stage is LS.ACQUISITION:
                value = level * 0.5 * (index + 1) / len(months)
            elif client.stage is LS.RECOVERY and index >= falling_from:
                value *= (1 - fall) ** math.sqrt(index - falling_from + 1)
            if client.churned and index >= silent_from:
                value = 0.0
            revenue = _money(value * rng.uniform(0.92, 1.08))
            recurring = min(
                revenue, _money(float(revenue) * recurring_share * rng.uniform(0.95, 1))
            )
            yield month, revenue, recurring

    def build_surveys(self, client: _Client, months: list[dt.date]) -> None:
        """NPS and CSAT responses now and then over the months the client has bought."""
        rng = self.rng
        for index, month in enumerate(months):
            mean = NPS_MEAN.get(client.stage, 7.5)
            if client.churned and index >= len(months) - 6:
                mean -= 2.5
            if rng.random() < 0.17:
                score = min(10, max(0, round(rng.gauss(mean, 1.6))))
                bucket = "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"
                self.survey(client, month, SurveyKind.NPS, score, NPS_COMMENTS[bucket])
            if rng.random() < 0.22:
                score = min(5, max(1, round(rng.gauss(mean / 2, 0.8))))
                comments = CSAT_COMMENTS["good" if score >= 4 else "bad"]
                self.survey(client, month, SurveyKind.CSAT, score, comments)

    def survey(
        self,
        client: _Client,
        month: dt.date,
        kind: SurveyKind,
        score: int,
        comments: tuple[Pair, ...],
    ) -> None:
        rng = self.rng
        person = rng.choice(client.people) if rng.random() < 0.6 else None
        self.add(
            "survey_responses",
            {
                "id": self.new_id("survey_responses"),
                "account_id": client.id,
                "stakeholder_id": person.id if person else None,
                "date": month + dt.timedelta(days=rng.randint(0, 27)),
                "kind": kind,
                "score": score,
                "comment": self.t(rng.choice(comments)) if rng.random() < 0.7 else "",
            },
        )

    # -- risks and actions ----------------------------------------------------------------

    def build_risks_and_actions(self, client: _Client) -> None:
        """Risks of distinct categories (worse in recovery), mitigation actions for those
        being mitigated or eliminated, and a few general follow-ups."""
        rng = self.rng
        count = rng.randint(*RISKS_PER_ACCOUNT[client.stage])
        sponsors = [p for p in client.people if p.stance is Stance.SPONSOR] or client.people
        competitor = rng.choice(COMPETITORS)
        severity = int(client.stage is LS.RECOVERY)
        titles: set[str] = set()
        for category in self.distinct("risk", list(RiskCategory), count):
            status = self.pick("risk_status", list(RiskStatus), (0.75, 0.25))
            response = self.pick("risk_response", list(RiskResponse), (0.2, 0.55, 0.1, 0.15))
            created = self.days_ago(30, 330)
            if status is RiskStatus.OPEN:
                review = self.today + dt.timedelta(days=rng.randint(-20, 90))  # some overdue
            else:
                review = created + dt.timedelta(days=rng.randint(20, 29))
            description = self.t(RISK_DESCRIPTIONS[category]).format(
                competitor=competitor,
                person=sponsors[0].name,
                area=rng.choice(client.units[1:]).name,
            )
            risk_id = self.new_id("risks")
            self.add(
                "risks",
                {
                    "id": risk_id,
                    "account_id": client.id,
                    "category": category,
                    "description": description,
                    "likelihood": min(5, rng.randint(1, 4) + severity),
                    "impact": min(5, rng.randint(2, 4) + severity),
                    "response": response,
                    "status": status,
                    "review_date": review,
                    "created_at": self.at_work(created),
                },
            )
            if response in (RiskResponse.MITIGATE, RiskResponse.ELIMINATE):
                title = self.t(MITIGATIONS[category]).format(competitor=competitor)
                finished = ActionStatus.DONE if status is RiskStatus.CLOSED else None
                self.action(client, risk_id, title, created, titles, finished)
        for _ in range(rng.randint(0, 3)):
            person = rng.choice(client.people)
            title = self.t(rng.choice(FOLLOW_UPS)).format(person=person.name)
            self.action(client, None, title, self.days_ago(5, 200), titles)

    def action(
        self,
        client: _Client,
        risk_id: int | None,
        title: str,
        created: dt.date,
        titles: set[str],
        status: ActionStatus | None = None,
    ) -> None:
        """An action, its title unique within the account: open (due soon, some overdue), done
        or cancelled."""
        if title in titles:
            return
        titles.add(title)
        rng = self.rng
        status = status or self.pick("action_status", list(ActionStatus), (0.57, 0.35, 0.08))
        if status is ActionStatus.OPEN:
            overdue = rng.random() < OVERDUE_ACTIONS
            due = self.days_ago(1, 30) if overdue else self.today + dt.timedelta(rng.randint(3, 60))
            created = min(created, due - dt.timedelta(days=rng.randint(7, 30)))
        else:
            due = min(created + dt.timedelta(days=rng.randint(10, 90)), self.today)
        done_at = None
        if status is ActionStatus.DONE:
            done_at = max(created, min(self.today, due + dt.timedelta(days=rng.randint(-10, 5))))
        self.add(
            "actions",
            {
                "id": self.new_id("actions"),
                "account_id": client.id,
                "risk_id": risk_id,
                "title": title,
                "owner": client.owner if rng.random() < 0.6 else rng.choice(COLLEAGUES),
                "due": due,
                "status": status,
                "created_at": self.at_work(min(created, due)),
                "done_at": done_at,
            },
        )

    # -- objectives, key results and check-ins --------------------------------------------

    def periods(self) -> dict[str, tuple[str, dt.date]]:
        """The periods objectives use (e.g. ``2026-Q4``, ``2027-Q1``, ``2026-H2``, ``2026``),
        each with its first day."""
        today = self.today
        quarter = _add_months(self.this_month, -((today.month - 1) % 3))
        next_quarter = _add_months(quarter, 3)
        half = 1 if today.month <= 6 else 2
        return {
            "quarter": (_quarter_period(quarter), quarter),
            "next_quarter": (_quarter_period(next_quarter), next_quarter),
            "half": (f"{today.year}-H{half}", dt.date(today.year, 6 * half - 5, 1)),
            "year": (str(today.year), dt.date(today.year, 1, 1)),
        }

    def build_objectives(self, client: _Client) -> None:
        """An objective (sometimes two) for some clients, following their strategies."""
        rng = self.rng
        if client.stage not in CLIENT_STAGES:
            return
        if not self.once("objective") and rng.random() > OBJECTIVE_SHARE:
            return
        strategies = client.strategies or [STAGE_STRATEGIES[client.stage][0]]
        count = 2 if len(strategies) > 1 and rng.random() < 0.25 else 1
        periods = self.periods()
        for strategy in strategies[:count]:
            period = periods[self.weighted(list(PERIOD_WEIGHTS), list(PERIOD_WEIGHTS.values()))]
            title = self.t(OBJECTIVE_TITLES[strategy]).format(account=client.name)
            specs = rng.sample(KEY_RESULTS[strategy], rng.randint(1, 3))
            self.objective(client.id, title, strategy, period, specs)
        client.has_objectives = True

    def build_portfolio_objectives(self) -> None:
        """Objectives of the whole portfolio; the recurring-revenue one starts from last
        month's actual recurring revenue."""
        periods = self.periods()
        last_month = _add_months(self.this_month, -1)
        recurring = (
            r["recurring"] for r in self.rows["revenue_records"] if r["month"] == last_month
        )
        thousands = max(100.0, float(sum(recurring, Decimal(0))) / 1000)
        for title, strategy, period, specs in PORTFOLIO_OBJECTIVES:
            sized = [
                spec._replace(start=thousands * 0.92, target=thousands * 1.15)
                if spec is PORTFOLIO_MRR
                else spec
                for spec in specs
            ]
            self.objective(None, self.t(title), strategy, periods[period], sized)

    def objective(
        self,
        account_id: int | None,
        title: str,
        strategy: Strategy,
        period: tuple[str, dt.date],
        specs: Sequence[KeyResultSpec],
    ) -> None:
        objective_id = self.new_id("objectives")
        self.add(
            "objectives",
            {
                "id": objective_id,
                "account_id": account_id,
                "title": title,
                "period": period[0],
                "strategy": strategy,
            },
        )
        for spec in specs:
            self.key_result(objective_id, spec, period[1])

    def key_result(self, objective_id: int, spec: KeyResultSpec, period_start: dt.date) -> None:
        """A key result; once its period has begun it has check-ins and a current value."""
        noise = self.rng.uniform(0.85, 1.15)
        start, target = spec.start * noise, spec.target * noise
        if spec.whole:
            start, target = float(round(start)), float(round(target))
            if start == target:
                target += 1 if spec.direction is KeyResultDirection.INCREASE else -1
        else:
            start, target = round(start, 1), round(target, 1)
        key_result_id = self.new_id("key_results")
        row = self.add(
            "key_results",
            {
                "id": key_result_id,
                "objective_id": objective_id,
                "title": self.t(spec.title),
                "unit": self.t(spec.unit),
                "start": start,
                "target": target,
                "current": None,
                "direction": spec.direction,
            },
        )
        if period_start < self.today:
            row["current"] = self.check_ins(key_result_id, start, target, period_start, spec.whole)

    def check_ins(
        self, key_result_id: int, start: float, target: float, since: dt.date, whole: bool
    ) -> float:
        """Check-ins every two to four weeks since the period began (the last five months at
        most); returns the latest value (``start`` when there is none yet)."""
        rng = self.rng
        days = []
        day = max(since, self.today - dt.timedelta(days=150)) + dt.timedelta(
            days=rng.randint(7, 20)
        )
        while day < self.today:
            days.append(day)
            day += dt.timedelta(days=rng.randint(14, 31))
        progress = rng.uniform(0.1, 1.05)  # how far towards the target by today
        value = start
        for number, day in enumerate(days, start=1):
            share = max(0.0, progress * number / len(days) + rng.uniform(-0.05, 0.05))
            value = start + (target - start) * share
            value = float(round(value)) if whole else round(value, 1)
            self.add(
                "check_ins",
                {
                    "id": self.new_id("check_ins"),
                    "key_result_id": key_result_id,
                    "date": day,
                    "value": value,
                    "confidence": min(10, max(1, round(3 + 7 * progress + rng.uniform(-2, 1)))),
                    "note": self.t(rng.choice(CHECK_IN_NOTES)),
                },
            )
        return value

    # -- reviews --------------------------------------------------------------------------

    def build_reviews(self, client: _Client) -> None:
        """Reviews of the past year at roughly their cadence; the latest is sometimes overdue."""
        rng = self.rng
        kinds = REVIEW_KINDS.get(client.stage) or tuple(
            kind for kind in ReviewKind if kind is not RV.OKR or client.has_objectives
        )
        for kind in kinds:
            cadence = REVIEW_CADENCE_DAYS[kind]
            day = self.days_ago(1, int(cadence * 1.4))
            dates = []
            while len(dates) < REVIEWS_PER_KIND.get(kind, 4) and (self.today - day).days < 365:
                dates.insert(0, day)
                day -= dt.timedelta(days=round(cadence * rng.uniform(0.85, 1.15)))
            for index, date in enumerate(dates):
                later = len(dates) - 1 - index  # how many reviews of the kind came after
                measures = self.map_measures(client, later) if kind is RV.RELATIONSHIP else None
                self.add(
                    "reviews",
                    {
                        "id": self.new_id("reviews"),
                        "account_id": client.id,
                        "kind": kind,
                        "date": date,
                        "outcome": self.t(rng.choice(REVIEW_OUTCOMES[kind])),
                        "measures": measures,
                    },
                )

    @staticmethod
    def map_measures(client: _Client, later_reviews: int) -> dict[str, float]:
        """Sponsor coverage and resistance (DESIGN §3) as measured at a relationship review:
        today's values at the latest one, a little worse at each earlier one. (Every account
        has a target area and people of influence ≥ 1, so neither ratio divides by zero.)"""
        targets = [u.id for u in client.units if u.row["is_target"]]
        sponsored = {p.position.unit.id for p in client.people if p.stance is Stance.SPONSOR}
        coverage = sum(u in sponsored for u in targets) / len(targets)
        against = (Stance.RESISTANT, Stance.OPPONENT)
        resistance = sum(p.influence for p in client.people if p.stance in against) / sum(
            p.influence for p in client.people
        )
        return {
            "sponsor_coverage": round(max(0.0, coverage - 0.1 * later_reviews), 2),
            "resistance": round(min(1.0, resistance + 0.05 * later_reviews), 2),
        }

    # -- settings and writing -------------------------------------------------------------

    def build_settings(self) -> None:
        values = {
            "owner_name": self.kams[0],
            "currency": "BRL",
            "fiscal_year_start": 1,
            "gross_margin": GROSS_MARGIN,
            "stale_contact_days": STALE_DAYS,
            "language": self.language,
        }
        for key, value in values.items():
            self.add("settings", {"key": key, "value": value})

    def write(self, session: Session) -> dict[str, int]:
        for key, table in TABLES:
            if self.rows[key]:
                session.execute(insert(table), self.rows[key])
        return {key: len(self.rows[key]) for key, _ in TABLES}


def write_demo(
    path: Path,
    accounts: int = 40,
    seed: int = 1,
    language: str = "pt_BR",
    today: dt.date | None = None,
) -> dict[str, int]:
    """Creates a new portfolio at ``path`` filled with a realistic demo; refuses to overwrite.

    Returns how many rows each entity got, in insertion order. The same ``seed`` and ``today``
    (default: the current date) always give the same database content.
    """
    if accounts < 0:
        raise ValueError("the number of accounts cannot be negative")
    today = today or dt.date.today()
    portfolio = create_portfolio(path)
    try:
        with portfolio.session() as session:
            criteria = session.execute(
                select(IcpCriterion.id, IcpCriterion.key).order_by(IcpCriterion.position)
            )
            stages = session.execute(
                select(PipelineStage.key, PipelineStage.id, PipelineStage.probability)
            )
            builder = _DemoBuilder(
                random.Random(seed),
                language,
                today,
                [(criterion_id, key) for criterion_id, key in criteria],
                {key: (stage_id, probability) for key, stage_id, probability in stages},
            )
            builder.build(accounts)
            return builder.write(session)
    finally:
        portfolio.close()
