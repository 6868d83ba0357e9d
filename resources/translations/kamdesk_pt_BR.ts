<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR">
    <context>
        <name>AccountEditor</name>
        <message>
            <source>Select an account in the list, or create one with “New account”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ICP and tier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lifecycle and strategy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Positioning</source>
            <translation type="unfinished">Posicionamento</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How your team calls the client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Razão social</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CNPJ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Industry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Employees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. R$ 300M to 1B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner (KAM)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acquisition cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use suggested stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strategic importance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strategies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>minimal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>high</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must win</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value proposition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What this client gains from us, in their words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desired position (how we want to be seen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. a partner that sells added value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Perceived position (how the client sees us today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. one more commodity supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ideal customer profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How well does the account fit each criterion? 1 = poor, 5 = ideal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Segmentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic (from the segmentation rules)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— not rated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>poor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>weak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ideal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This account is archived: it is kept, but hidden from the usual lists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ICP —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ICP %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 points (weight %3%)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n criteria not rated yet (left out of the score).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Revenue and pipeline agree with this stage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue and pipeline suggest: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AccountSelector</name>
        <message>
            <source>Choose an account…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The account every tab shows</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <source>Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ICP score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Industry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue (12 months)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CNPJ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (manual)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set by hand; the rules would give %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived account</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AccountsTab</name>
        <message>
            <source>Search name, CNPJ, industry, region, owner…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All tiers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All owners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New account…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find account</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 of %n account(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Restore from archive</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Delete %n account(s)?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>This also deletes %n related record(s) (stakeholders, opportunities, revenue, risks, OKRs, …). You can undo it with Edit ▸ Undo.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Delete accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActionStatus</name>
        <message>
            <source>Open</source>
            <translation>Aberta</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Concluída</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BuyingRole</name>
        <message>
            <source>Decision maker</source>
            <translation>Decisor</translation>
        </message>
        <message>
            <source>Economic buyer</source>
            <translation>Comprador econômico</translation>
        </message>
        <message>
            <source>Technical buyer</source>
            <translation>Avaliador técnico</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Usuário</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>Influenciador</translation>
        </message>
        <message>
            <source>Gatekeeper</source>
            <translation>Guardião</translation>
        </message>
    </context>
    <context>
        <name>ComingPanel</name>
        <message>
            <source>Coming in a next version of KAMdesk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No account selected: showing the whole portfolio.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>New account “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore archived accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change preferences</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CriteriaModel</name>
        <message>
            <source>Criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CriteriaPage</name>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each account is rated 1–5 on these criteria. Weights are relative: a criterion counts by its share of the total weight in the ICP score.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New criterion</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>“%1” is rated on %n account(s); those ratings are deleted when you press OK (Undo brings them back).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ForecastCategory</name>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Best case</source>
            <translation>Melhor cenário</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Compromisso</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Fechada</translation>
        </message>
        <message>
            <source>Omitted</source>
            <translation>Omitida</translation>
        </message>
    </context>
    <context>
        <name>GeneralPage</name>
        <message>
            <source>System default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name, as it appears on account plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brazilian real</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Euro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interface language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yours on this computer; other people opening the portfolio keep theirs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portfolio owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fiscal year starts in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gross margin (for CLV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A contact is stale after</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IcpCriterion</name>
        <message>
            <source>Business volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Growth potential</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Market influence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit with our offer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InteractionKind</name>
        <message>
            <source>Meeting</source>
            <translation>Reunião</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Ligação</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visita</translation>
        </message>
    </context>
    <context>
        <name>KeyResultDirection</name>
        <message>
            <source>Increase</source>
            <translation>Aumentar</translation>
        </message>
        <message>
            <source>Decrease</source>
            <translation>Diminuir</translation>
        </message>
    </context>
    <context>
        <name>LifecycleStage</name>
        <message>
            <source>Targeting</source>
            <translation>Segmentação</translation>
        </message>
        <message>
            <source>Acquisition</source>
            <translation>Aquisição</translation>
        </message>
        <message>
            <source>Development</source>
            <translation>Rentabilização</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Retenção</translation>
        </message>
        <message>
            <source>Recovery</source>
            <translation>Recuperação</translation>
        </message>
    </context>
    <context>
        <name>LinkKind</name>
        <message>
            <source>Reports to</source>
            <translation>Reporta-se a</translation>
        </message>
        <message>
            <source>Influences</source>
            <translation>Influencia</translation>
        </message>
        <message>
            <source>Alliance</source>
            <translation>Aliança</translation>
        </message>
        <message>
            <source>Rivalry</source>
            <translation>Rivalidade</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New portfolio…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open portfolio…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a &amp;copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About KAMdesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recent portfolios</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole portfolio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the whole portfolio instead of one account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portfolio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The dashboard: revenue, retention, forecast against target, health of every account, reviews due and top risks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Portfolio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;ccounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stakeholder map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The decision chain of the account: who decides, who influences whom, sponsors in every target area.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Stakeholder map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pipeline</source>
            <translation type="unfinished">Pipeline</translation>
        </message>
        <message>
            <source>Opportunities by stage, forecast and its accuracy, and the whitespace matrix.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;ipeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OKRs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objectives and key results per account, with monthly check-ins.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;OKRs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 · %n active account(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The change could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The portfolio was left as it was. Details: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KAMdesk portfolios (*%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open portfolio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portfolio updated to this version; a backup was kept in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New portfolio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (copy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The copy could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About KAMdesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;KAMdesk %1&lt;/b&gt;&lt;p&gt;Key account management on your desktop: ICP and tiers, stakeholder maps, pipeline, OKRs and account health.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewAccountDialog</name>
        <message>
            <source>New account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How your team calls the client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CNPJ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner (KAM)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OpportunityType</name>
        <message>
            <source>New</source>
            <translation>Nova</translation>
        </message>
        <message>
            <source>Cross-sell</source>
            <translation>Venda cruzada</translation>
        </message>
        <message>
            <source>Up-sell</source>
            <translation>Venda adicional</translation>
        </message>
        <message>
            <source>Renewal</source>
            <translation>Renovação</translation>
        </message>
    </context>
    <context>
        <name>OrgUnitKind</name>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Business unit</source>
            <translation>Unidade de negócio</translation>
        </message>
        <message>
            <source>Directorate</source>
            <translation>Diretoria</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Área</translation>
        </message>
    </context>
    <context>
        <name>PipelineStage</name>
        <message>
            <source>Prospecting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qualification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Negotiation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won</source>
            <translation type="unfinished">Ganha</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation type="unfinished">Perdida</translation>
        </message>
    </context>
    <context>
        <name>PortfolioErrors</name>
        <message>
            <source>“%1” was not found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It may have been moved, renamed or be on a drive that is not connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a KAMdesk portfolio.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a .kamdesk file. To bring in a spreadsheet, use File ▸ Import from Excel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” was saved by a newer version of KAMdesk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update KAMdesk to open it. The file was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” cannot be changed (read-only file or folder).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy it to a folder you can write to, such as Documents, and open the copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is already open in another KAMdesk window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch to that window, or close it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore a backup from File ▸ Backups. The file was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” could not be opened.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ICP criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Segmentation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Problem</name>
        <message>
            <source>This field is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is already an account named “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not a valid CNPJ ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Must be between {low} and {high}; got {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot be negative; got {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most {limit} characters; got {length}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not one of the allowed values.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The account no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it must have 14 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it has characters a CNPJ cannot have</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all digits are the same</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the check digits do not match</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewKind</name>
        <message>
            <source>Risk</source>
            <translation>Risco</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relacionamento</translation>
        </message>
        <message>
            <source>Positioning</source>
            <translation>Posicionamento</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planejamento</translation>
        </message>
        <message>
            <source>OKR check-in</source>
            <translation>Check-in de OKR</translation>
        </message>
    </context>
    <context>
        <name>RiskCategory</name>
        <message>
            <source>Competitor</source>
            <translation>Concorrência</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>Mercado</translation>
        </message>
        <message>
            <source>Financial</source>
            <translation>Financeiro</translation>
        </message>
        <message>
            <source>Late payment</source>
            <translation>Inadimplência</translation>
        </message>
        <message>
            <source>Acquisition</source>
            <translation>Aquisição</translation>
        </message>
        <message>
            <source>Sponsor loss</source>
            <translation>Perda de patrocinador</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Entrega</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Outro</translation>
        </message>
    </context>
    <context>
        <name>RiskResponse</name>
        <message>
            <source>Eliminate</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Mitigate</source>
            <translation>Mitigar</translation>
        </message>
        <message>
            <source>Postpone</source>
            <translation>Adiar</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Aceitar</translation>
        </message>
    </context>
    <context>
        <name>RiskStatus</name>
        <message>
            <source>Open</source>
            <translation>Aberto</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Fechado</translation>
        </message>
    </context>
    <context>
        <name>SegmentationPage</name>
        <message>
            <source>no tier (off)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Min. ICP score (0–100)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Min. revenue, last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Min. months with purchases (0–12)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Min. growth potential (0–5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Min. strategic importance (0–5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each account gets the best tier, from A to C, whose minimums it meets in full. A tier chosen by hand in the account editor always wins.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0 means the minimum is not required. An account that meets no tier is tier %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strategic importance 5 keeps an account at least in tier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tier %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StageOutcome</name>
        <message>
            <source>Open</source>
            <translation>Aberta</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Ganha</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Perdida</translation>
        </message>
    </context>
    <context>
        <name>Stance</name>
        <message>
            <source>Sponsor</source>
            <translation>Patrocinador</translation>
        </message>
        <message>
            <source>Ally</source>
            <translation>Aliado</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Neutro</translation>
        </message>
        <message>
            <source>Resistant</source>
            <translation>Resistente</translation>
        </message>
        <message>
            <source>Opponent</source>
            <translation>Opositor</translation>
        </message>
    </context>
    <context>
        <name>Strategy</name>
        <message>
            <source>Repositioning</source>
            <translation>Reposicionamento</translation>
        </message>
        <message>
            <source>Cross-sell</source>
            <translation>Venda cruzada</translation>
        </message>
        <message>
            <source>Up-sell</source>
            <translation>Venda adicional</translation>
        </message>
        <message>
            <source>Operational recovery</source>
            <translation>Recuperação operacional</translation>
        </message>
    </context>
    <context>
        <name>SurveyKind</name>
        <message>
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <source>CSAT</source>
            <translation>CSAT</translation>
        </message>
    </context>
    <context>
        <name>Tier</name>
        <message>
            <source>A · Strategic</source>
            <translation>A · Estratégica</translation>
        </message>
        <message>
            <source>B · Key</source>
            <translation>B · Chave</translation>
        </message>
        <message>
            <source>C · Development</source>
            <translation>C · Desenvolvimento</translation>
        </message>
        <message>
            <source>D · Maintain</source>
            <translation>D · Manutenção</translation>
        </message>
    </context>
    <context>
        <name>TierText</name>
        <message>
            <source>ICP score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>revenue in 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>months with purchases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>growth potential</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>strategic importance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No tier rule is met, so the account is in the last tier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meets the rule of %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no minimums</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short of %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strategic importance 5 keeps it at least in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set by hand to %1; the rules give %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>