<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR">
    <context>
        <name>AccountEditor</name>
        <message>
            <source>Select an account in the list, or create one with “New account”.</source>
            <translation>Selecione uma conta na lista ou crie uma com “Nova conta”.</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>ICP and tier</source>
            <translation>ICP e segmento</translation>
        </message>
        <message>
            <source>Lifecycle and strategy</source>
            <translation>Ciclo de vida e estratégia</translation>
        </message>
        <message>
            <source>Positioning</source>
            <translation>Posicionamento</translation>
        </message>
        <message>
            <source>As registered with the CNPJ</source>
            <translation>Como consta no cartão CNPJ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>não informado</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Saúde</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Riscos</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Revisões</translation>
        </message>
        <message>
            <source>Interactions</source>
            <translation>Interações</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Histórico</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Nome *</translation>
        </message>
        <message>
            <source>How your team calls the client</source>
            <translation>Como sua equipe chama o cliente</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>Razão social</translation>
        </message>
        <message>
            <source>CNPJ</source>
            <translation>CNPJ</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Setor</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Funcionários</translation>
        </message>
        <message>
            <source>Revenue band</source>
            <translation>Faixa de receita</translation>
        </message>
        <message>
            <source>e.g. R$ 300M to 1B</source>
            <translation>ex.: R$ 300 mi a 1 bi</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Região</translation>
        </message>
        <message>
            <source>Owner (KAM)</source>
            <translation>Responsável (KAM)</translation>
        </message>
        <message>
            <source>Client since</source>
            <translation>Cliente desde</translation>
        </message>
        <message>
            <source>Acquisition cost</source>
            <translation>Custo de aquisição</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>Estágio do ciclo de vida</translation>
        </message>
        <message>
            <source>Use suggested stage</source>
            <translation>Usar estágio sugerido</translation>
        </message>
        <message>
            <source>Strategic importance</source>
            <translation>Importância estratégica</translation>
        </message>
        <message>
            <source>Strategies</source>
            <translation>Estratégias</translation>
        </message>
        <message>
            <source>minimal</source>
            <translation>mínima</translation>
        </message>
        <message>
            <source>low</source>
            <translation>baixa</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>média</translation>
        </message>
        <message>
            <source>high</source>
            <translation>alta</translation>
        </message>
        <message>
            <source>must win</source>
            <translation>imprescindível</translation>
        </message>
        <message>
            <source>Value proposition</source>
            <translation>Proposta de valor</translation>
        </message>
        <message>
            <source>What this client gains from us, in their words</source>
            <translation>O que este cliente ganha conosco, nas palavras dele</translation>
        </message>
        <message>
            <source>Desired position (how we want to be seen)</source>
            <translation>Posicionamento desejado (como queremos ser vistos)</translation>
        </message>
        <message>
            <source>e.g. a partner that sells added value</source>
            <translation>ex.: um parceiro que vende valor agregado</translation>
        </message>
        <message>
            <source>Perceived position (how the client sees us today)</source>
            <translation>Posicionamento percebido (como o cliente nos vê hoje)</translation>
        </message>
        <message>
            <source>e.g. one more commodity supplier</source>
            <translation>ex.: mais um fornecedor de commodities</translation>
        </message>
        <message>
            <source>Differentiators (what sets us apart for this client)</source>
            <translation>Diferenciais (o que nos distingue para este cliente)</translation>
        </message>
        <message>
            <source>e.g. technical support on site within 24 h; integration with their ERP</source>
            <translation>ex.: suporte técnico presencial em até 24 h; integração com o ERP deles</translation>
        </message>
        <message>
            <source>Ideal customer profile</source>
            <translation>Perfil de cliente ideal</translation>
        </message>
        <message>
            <source>How well does the account fit each criterion? 1 = poor, 5 = ideal.</source>
            <translation>Quanto a conta se encaixa em cada critério? 1 = ruim, 5 = ideal.</translation>
        </message>
        <message>
            <source>Segmentation</source>
            <translation>Segmentação</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <source>Automatic (from the segmentation rules)</source>
            <translation>Automático (pelas regras de segmentação)</translation>
        </message>
        <message>
            <source>Set by hand</source>
            <translation>Definir manualmente</translation>
        </message>
        <message>
            <source>— not rated</source>
            <translation>— não avaliado</translation>
        </message>
        <message>
            <source>poor</source>
            <translation>ruim</translation>
        </message>
        <message>
            <source>weak</source>
            <translation>fraco</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>razoável</translation>
        </message>
        <message>
            <source>good</source>
            <translation>bom</translation>
        </message>
        <message>
            <source>ideal</source>
            <translation>ideal</translation>
        </message>
        <message>
            <source>This account is archived: it is kept, but hidden from the usual lists.</source>
            <translation>Esta conta está arquivada: ela é mantida, mas fica oculta nas listas habituais.</translation>
        </message>
        <message>
            <source>ICP —</source>
            <translation>ICP —</translation>
        </message>
        <message>
            <source>ICP %1</source>
            <translation>ICP %1</translation>
        </message>
        <message>
            <source>%1: %2 points (weight %3%)</source>
            <translation>%1: %2 pontos (peso %3%)</translation>
        </message>
        <message numerus="yes">
            <source>%n criterion(s) not rated yet (left out of the score).</source>
            <translation>
                <numerusform>%n critério ainda sem nota (fora da pontuação).</numerusform>
                <numerusform>%n critérios ainda sem nota (fora da pontuação).</numerusform>
            </translation>
        </message>
        <message>
            <source>Revenue and pipeline agree with this stage.</source>
            <translation>A receita e o pipeline confirmam este estágio.</translation>
        </message>
        <message>
            <source>Revenue and pipeline suggest: %1</source>
            <translation>A receita e o pipeline sugerem: %1</translation>
        </message>
    </context>
    <context>
        <name>AccountHealthPage</name>
        <message>
            <source>Monthly revenue</source>
            <translation>Receita mensal</translation>
        </message>
        <message>
            <source>Surveys (NPS, CSAT)</source>
            <translation>Pesquisas (NPS, CSAT)</translation>
        </message>
    </context>
    <context>
        <name>AccountOverview</name>
        <message>
            <source>a year before</source>
            <translation>um ano antes</translation>
        </message>
    </context>
    <context>
        <name>AccountSelector</name>
        <message>
            <source>Choose an account…</source>
            <translation>Escolha uma conta…</translation>
        </message>
        <message>
            <source>The account every tab shows</source>
            <translation>A conta exibida em todas as guias</translation>
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <source>Account</source>
            <translation>Conta</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <source>ICP score</source>
            <translation>Pontuação ICP</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>Ciclo de vida</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Setor</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Região</translation>
        </message>
        <message>
            <source>Revenue (12 months)</source>
            <translation>Receita (12 meses)</translation>
        </message>
        <message>
            <source>CNPJ</source>
            <translation>CNPJ</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Atualização</translation>
        </message>
        <message>
            <source>%1 (manual)</source>
            <translation>%1 (manual)</translation>
        </message>
        <message>
            <source>Set by hand; the rules would give %1.</source>
            <translation>Definido manualmente; as regras dariam %1.</translation>
        </message>
        <message>
            <source>Archived account</source>
            <translation>Conta arquivada</translation>
        </message>
    </context>
    <context>
        <name>AccountsTab</name>
        <message>
            <source>Search name, CNPJ, industry, region, owner…</source>
            <translation>Pesquisar nome, CNPJ, setor, região, responsável…</translation>
        </message>
        <message>
            <source>All tiers</source>
            <translation>Todos os segmentos</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>Todos os estágios</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>Todos os responsáveis</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>Exibir arquivadas</translation>
        </message>
        <message>
            <source>&amp;New account…</source>
            <translation>&amp;Nova conta…</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>&amp;Arquivar</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Excluir…</translation>
        </message>
        <message>
            <source>&amp;Find account</source>
            <translation>&amp;Localizar conta</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n account(s)</source>
            <translation>
                <numerusform>%1 de %n conta</numerusform>
                <numerusform>%1 de %n contas</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore from archive</source>
            <translation>Desarquivar</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n account(s)?</source>
            <translation>
                <numerusform>Excluir %n conta?</numerusform>
                <numerusform>Excluir %n contas?</numerusform>
            </translation>
        </message>
        <message>
            <source>You can undo it with Edit ▸ Undo.</source>
            <translation>Você pode desfazer em Editar ▸ Desfazer.</translation>
        </message>
        <message numerus="yes">
            <source>This also deletes %n related record(s) (stakeholders, opportunities, revenue, risks, OKRs, …).</source>
            <translation>
                <numerusform>Isso também exclui %n registro relacionado (stakeholders, oportunidades, receita, riscos, OKRs, …).</numerusform>
                <numerusform>Isso também exclui %n registros relacionados (stakeholders, oportunidades, receita, riscos, OKRs, …).</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete accounts</source>
            <translation>Excluir contas</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
    </context>
    <context>
        <name>AccuracyTableModel</name>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Ganho</translation>
        </message>
        <message>
            <source>Snapshot date</source>
            <translation>Data da fotografia</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Observação</translation>
        </message>
        <message>
            <source>Accuracy = 1 − |won − forecast| ÷ won</source>
            <translation>Acurácia = 1 − |ganho − previsão| ÷ ganho</translation>
        </message>
        <message>
            <source>The last forecast snapshot taken before the period began</source>
            <translation>A última fotografia da previsão registrada antes do início do período</translation>
        </message>
        <message>
            <source>What was actually won in the period</source>
            <translation>O que foi efetivamente ganho no período</translation>
        </message>
        <message>
            <source>Forecast in the snapshot of %1: %2</source>
            <translation>Previsão na fotografia de %1: %2</translation>
        </message>
        <message>
            <source>Won: %1</source>
            <translation>Ganho: %1</translation>
        </message>
        <message>
            <source>Average error (MAPE)</source>
            <translation>Erro médio (MAPE)</translation>
        </message>
        <message>
            <source>No period can be measured yet.</source>
            <translation>Nenhum período pode ser medido ainda.</translation>
        </message>
        <message numerus="yes">
            <source>Over %n measured period(s); lower is better.</source>
            <translation>
                <numerusform>Em %n período medido; quanto menor, melhor.</numerusform>
                <numerusform>Em %n períodos medidos; quanto menor, melhor.</numerusform>
            </translation>
        </message>
        <message>
            <source>MAPE = mean of |won − forecast| ÷ won over the periods measured (= 100% − average accuracy)</source>
            <translation>MAPE = média de |ganho − previsão| ÷ ganho nos períodos medidos (= 100% − acurácia média)</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>New action</source>
            <translation>Nova ação</translation>
        </message>
        <message>
            <source>Edit action</source>
            <translation>Editar ação</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Conta</translation>
        </message>
        <message>
            <source>e.g. Present the three-year cost comparison</source>
            <translation>ex.: Apresentar o comparativo de custo em três anos</translation>
        </message>
        <message>
            <source>Action *</source>
            <translation>Ação *</translation>
        </message>
        <message>
            <source>Risk it mitigates</source>
            <translation>Risco que ela mitiga</translation>
        </message>
        <message>
            <source>Who does it</source>
            <translation>Quem vai executar</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <source>no due date</source>
            <translation>sem prazo</translation>
        </message>
        <message>
            <source>No due date</source>
            <translation>Sem prazo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Create action</source>
            <translation>Criar ação</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <source>None (a general follow-up)</source>
            <translation>Nenhum (acompanhamento geral)</translation>
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
        <name>ActionsTableModel</name>
        <message>
            <source>Account</source>
            <translation>Conta</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risco</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Atraso</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Days past the due date, for open actions</source>
            <translation>Dias após o prazo, para as ações abertas</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dia</numerusform>
                <numerusform>%n dias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>Atrasada há %n dia</numerusform>
                <numerusform>Atrasada há %n dias</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActionsView</name>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Open the selected action</source>
            <translation>Abrir a ação selecionada</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Marcar como concluída</translation>
        </message>
        <message>
            <source>Mark the selected action done, or open it again (undoable)</source>
            <translation>Marcar a ação selecionada como concluída, ou reabri-la (pode ser desfeito)</translation>
        </message>
        <message>
            <source>Go to account</source>
            <translation>Ir para a conta</translation>
        </message>
        <message>
            <source>Open the selected action's account in the Accounts tab</source>
            <translation>Abrir a conta da ação selecionada na aba Contas</translation>
        </message>
        <message>
            <source>Show done and cancelled</source>
            <translation>Mostrar concluídas e canceladas</translation>
        </message>
        <message>
            <source>Search action, account, risk, owner…</source>
            <translation>Buscar ação, conta, risco, responsável…</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>Todos os responsáveis</translation>
        </message>
        <message>
            <source>No action matches the owner and the search.</source>
            <translation>Nenhuma ação corresponde ao responsável e à busca.</translation>
        </message>
        <message>
            <source>No open actions. Plan actions against each account's risks in its Risks page (Accounts tab).</source>
            <translation>Nenhuma ação aberta. Planeje ações para os riscos de cada conta na página Riscos da conta (aba Contas).</translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n aberta</numerusform>
                <numerusform>%n abertas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n atrasada</numerusform>
                <numerusform>%n atrasadas</numerusform>
            </translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reabrir</translation>
        </message>
    </context>
    <context>
        <name>AddMonthDialog</name>
        <message>
            <source>Add month</source>
            <translation>Adicionar mês</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mês</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Receita</translation>
        </message>
        <message>
            <source>0 when all of it is one-off</source>
            <translation>0 quando tudo é avulso</translation>
        </message>
        <message>
            <source>Of which recurring</source>
            <translation>Dos quais recorrente</translation>
        </message>
        <message>
            <source>%1 is already recorded: change its figures in the table.</source>
            <translation>%1 já está registrado: altere os valores na tabela.</translation>
        </message>
        <message>
            <source>Add month %1</source>
            <translation>Adicionar mês %1</translation>
        </message>
    </context>
    <context>
        <name>AttentionList</name>
        <message>
            <source>See all</source>
            <translation>Ver tudo</translation>
        </message>
        <message>
            <source>Double-click a line to open its account</source>
            <translation>Clique duas vezes numa linha para abrir a conta</translation>
        </message>
    </context>
    <context>
        <name>AttentionModel</name>
        <message>
            <source>Opportunity</source>
            <translation>Oportunidade</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Conta</translation>
        </message>
        <message>
            <source>Needs attention because</source>
            <translation>Precisa de atenção porque</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Fechamento previsto</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>%1 — stage: %2</source>
            <translation>%1 — etapa: %2</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Daily</source>
            <translation>Diária</translation>
        </message>
        <message>
            <source>Before upgrade</source>
            <translation>Antes da atualização</translation>
        </message>
        <message>
            <source>Before restore</source>
            <translation>Antes da restauração</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Manual</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Cópias de segurança</translation>
        </message>
        <message>
            <source>KAMdesk backs “%1” up the first time you open it each day and before every upgrade. You can also back it up now, or put back an earlier state.</source>
            <translation>O KAMdesk faz uma cópia de segurança de “%1” na primeira vez que você o abre a cada dia e antes de cada atualização. Você também pode fazer uma cópia agora ou voltar a um estado anterior.</translation>
        </message>
        <message>
            <source>No backups of this portfolio yet. Click “Back up now” to make the first one.</source>
            <translation>Ainda não há cópias de segurança desta carteira. Clique em “Fazer cópia agora” para fazer a primeira.</translation>
        </message>
        <message>
            <source>The oldest backups beyond this number are deleted at the next backup.</source>
            <translation>As cópias mais antigas além deste número são apagadas na próxima cópia de segurança.</translation>
        </message>
        <message>
            <source>Backups to keep of each portfolio:</source>
            <translation>Cópias a manter de cada carteira:</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Fazer cópia agora</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurar…</translation>
        </message>
        <message>
            <source>&amp;Show in folder</source>
            <translation>&amp;Mostrar na pasta</translation>
        </message>
        <message>
            <source>Backups are kept in %1</source>
            <translation>As cópias de segurança ficam em %1</translation>
        </message>
        <message>
            <source>The backup could not be completed.</source>
            <translation>Não foi possível concluir a cópia de segurança.</translation>
        </message>
        <message>
            <source>Copying the portfolio…</source>
            <translation>Copiando a carteira…</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Fazer cópia agora</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar uma cópia de segurança</translation>
        </message>
        <message>
            <source>Restore the backup of %1?</source>
            <translation>Restaurar a cópia de segurança de %1?</translation>
        </message>
        <message>
            <source>The current state of the portfolio is backed up first, then replaced by this backup. Changes made since %1 will only be in that new backup. The undo history is cleared.</source>
            <translation>Primeiro é feita uma cópia de segurança do estado atual da carteira; depois ele é substituído por esta cópia. As alterações feitas desde %1 ficarão apenas nessa nova cópia. O histórico de desfazer é apagado.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Restaurando a cópia de segurança…</translation>
        </message>
        <message>
            <source>The state before the restore was kept as a backup (“Before restore”) in File ▸ Backups. The undo history was cleared.</source>
            <translation>O estado anterior à restauração foi guardado como cópia de segurança (“Antes da restauração”) em Arquivo ▸ Cópias de segurança. O histórico de desfazer foi apagado.</translation>
        </message>
        <message>
            <source>Open the portfolio again with File ▸ Open.</source>
            <translation>Abra a carteira novamente em Arquivo ▸ Abrir.</translation>
        </message>
        <message>
            <source>The backup of %1 was restored.</source>
            <translation>A cópia de segurança de %1 foi restaurada.</translation>
        </message>
        <message>
            <source>Making today's backup…</source>
            <translation>Fazendo a cópia de segurança de hoje…</translation>
        </message>
        <message>
            <source>Today's backup could not be made.</source>
            <translation>Não foi possível fazer a cópia de segurança de hoje.</translation>
        </message>
        <message>
            <source>Daily backup</source>
            <translation>Cópia de segurança diária</translation>
        </message>
    </context>
    <context>
        <name>BackupsModel</name>
        <message>
            <source>Made on</source>
            <translation>Feita em</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamanho</translation>
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
        <name>CadencesPage</name>
        <message>
            <source>Restore defaults</source>
            <translation>Restaurar padrões</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>%1, tier %2: months between two reviews</source>
            <translation>%1, segmento %2: meses entre duas revisões</translation>
        </message>
        <message>
            <source>Months between two reviews of each routine, by tier. Recording a review moves that routine's next due date by this many months. A routine never reviewed is first due this long after the account became a client or was added to KAMdesk, whichever is later.</source>
            <translation>Meses entre duas revisões de cada rotina, por segmento. Registrar uma revisão avança a próxima data dessa rotina nesse número de meses. Uma rotina nunca revisada tem a primeira revisão prevista esse tempo depois que a conta virou cliente ou entrou no KAMdesk, o que for mais tarde.</translation>
        </message>
        <message>
            <source>From 1 to 24 months. “never” leaves the routine out for the tier. The method's rhythm: risk and positioning quarterly; pipeline, relationship map and OKR check-in monthly.</source>
            <translation>De 1 a 24 meses. “nunca” deixa a rotina de fora para o segmento. O ritmo do método: risco e posicionamento trimestrais; pipeline, mapa de relacionamento e check-in de OKR mensais.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nenhum</translation>
        </message>
    </context>
    <context>
        <name>CellError</name>
        <message>
            <source>This cell is empty; a value is needed here.</source>
            <translation>Esta célula está vazia; é preciso um valor aqui.</translation>
        </message>
        <message>
            <source>The text has {length} characters; at most {limit} fit.</source>
            <translation>O texto tem {length} caracteres; cabem no máximo {limit}.</translation>
        </message>
        <message>
            <source>“{value}” is not a number.</source>
            <translation>“{value}” não é um número.</translation>
        </message>
        <message>
            <source>“{value}” is too large a number.</source>
            <translation>“{value}” é um número grande demais.</translation>
        </message>
        <message>
            <source>“{value}” is a percentage; write a plain number here.</source>
            <translation>“{value}” é uma porcentagem; escreva aqui um número simples.</translation>
        </message>
        <message>
            <source>“{value}” is not a percentage.</source>
            <translation>“{value}” não é uma porcentagem.</translation>
        </message>
        <message>
            <source>“{value}” must be a whole number.</source>
            <translation>“{value}” precisa ser um número inteiro.</translation>
        </message>
        <message>
            <source>“{value}” must be between {minimum} and {maximum}.</source>
            <translation>“{value}” precisa estar entre {minimum} e {maximum}.</translation>
        </message>
        <message>
            <source>“{value}” must be at least {minimum}.</source>
            <translation>“{value}” precisa ser no mínimo {minimum}.</translation>
        </message>
        <message>
            <source>“{value}” must be at most {maximum}.</source>
            <translation>“{value}” precisa ser no máximo {maximum}.</translation>
        </message>
        <message>
            <source>“{value}” is not a date; write it as dd/mm/yyyy or yyyy-mm-dd.</source>
            <translation>“{value}” não é uma data; escreva como dd/mm/aaaa ou aaaa-mm-dd.</translation>
        </message>
        <message>
            <source>“{value}” is not a real date.</source>
            <translation>“{value}” não é uma data que existe.</translation>
        </message>
        <message>
            <source>“{value}” has a two-digit year; write the year with 4 digits.</source>
            <translation>“{value}” tem o ano com dois dígitos; escreva o ano com 4 dígitos.</translation>
        </message>
        <message>
            <source>“{value}” is not a month; write it as yyyy-mm or mm/yyyy.</source>
            <translation>“{value}” não é um mês; escreva como aaaa-mm ou mm/aaaa.</translation>
        </message>
        <message>
            <source>“{value}” is not a period; write it as 2027-Q1, 2027-H1 or 2027.</source>
            <translation>“{value}” não é um período; escreva como 2027-Q1, 2027-H1 ou 2027.</translation>
        </message>
        <message>
            <source>“{value}” is not one of: {allowed}.</source>
            <translation>“{value}” não é um destes: {allowed}.</translation>
        </message>
        <message>
            <source>“{value}” is not one of the allowed values.</source>
            <translation>“{value}” não é um dos valores permitidos.</translation>
        </message>
    </context>
    <context>
        <name>ChangesTreeModel</name>
        <message numerus="yes">
            <source>%n field(s) changed</source>
            <translation>
                <numerusform>%n campo alterado</numerusform>
                <numerusform>%n campos alterados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message>
            <source>Check in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>Edit check-in</source>
            <translation>Editar check-in</translation>
        </message>
        <message>
            <source>Key result</source>
            <translation>Resultado-chave</translation>
        </message>
        <message>
            <source>From %1 to %2 · %3</source>
            <translation>De %1 para %2 · %3</translation>
        </message>
        <message>
            <source>(%1 to %2)</source>
            <translation>(%1 a %2)</translation>
        </message>
        <message>
            <source>Date *</source>
            <translation>Data *</translation>
        </message>
        <message>
            <source>Value measured *</source>
            <translation>Valor medido *</translation>
        </message>
        <message>
            <source>In %1</source>
            <translation>Em %1</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Confiança</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>não informada</translation>
        </message>
        <message>
            <source> of 10</source>
            <translation> de 10</translation>
        </message>
        <message>
            <source>How sure you are that the target will be reached, from 1 (not at all) to 10 (certain)</source>
            <translation>Quanto você confia que a meta será atingida, de 1 (nada) a 10 (certeza)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Observação</translation>
        </message>
        <message>
            <source>What moved it, what is in the way</source>
            <translation>O que fez o número andar, o que está atrapalhando</translation>
        </message>
        <message>
            <source>Record check-in</source>
            <translation>Registrar check-in</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
    </context>
    <context>
        <name>CheckInTrendChart</name>
        <message>
            <source>Check-in trend</source>
            <translation>Evolução dos check-ins</translation>
        </message>
        <message>
            <source>Select a key result to see its check-ins.</source>
            <translation>Selecione um resultado-chave para ver seus check-ins.</translation>
        </message>
        <message>
            <source>No check-in yet: use “Check in” to record the value measured.</source>
            <translation>Nenhum check-in ainda: use “Check-in” para registrar o valor medido.</translation>
        </message>
        <message>
            <source>Check-in of %1</source>
            <translation>Check-in de %1</translation>
        </message>
        <message>
            <source>Value: %1</source>
            <translation>Valor: %1</translation>
        </message>
        <message>
            <source>Progress: %1</source>
            <translation>Progresso: %1</translation>
        </message>
        <message>
            <source>Confidence: %1</source>
            <translation>Confiança: %1</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>não informada</translation>
        </message>
        <message>
            <source>Target %1</source>
            <translation>Meta %1</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Expected pace</source>
            <translation>Ritmo esperado</translation>
        </message>
    </context>
    <context>
        <name>CheckInsModel</name>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progresso</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Confiança</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Observação</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <source>Close as won</source>
            <translation>Fechar como ganha</translation>
        </message>
        <message>
            <source>Close as lost</source>
            <translation>Fechar como perdida</translation>
        </message>
        <message>
            <source>Why was “%1” won?</source>
            <translation>Por que “%1” foi ganha?</translation>
        </message>
        <message>
            <source>Why was “%1” lost?</source>
            <translation>Por que “%1” foi perdida?</translation>
        </message>
        <message>
            <source>Moving it to “%1” closes the opportunity. The reason is kept with it for the win/loss analysis.</source>
            <translation>Movê-la para “%1” fecha a oportunidade. O motivo fica registrado nela para a análise de ganhos e perdas.</translation>
        </message>
        <message>
            <source>e.g. Best total cost; the sponsor backed us in the committee</source>
            <translation>ex.: Menor custo total; o patrocinador nos apoiou no comitê</translation>
        </message>
        <message>
            <source>e.g. Price 12% above the competitor; no sponsor in finance</source>
            <translation>ex.: Preço 12% acima do concorrente; sem patrocinador em finanças</translation>
        </message>
        <message>
            <source>Win/loss reason</source>
            <translation>Motivo de ganho/perda</translation>
        </message>
        <message>
            <source>Win/loss reason *</source>
            <translation>Motivo de ganho/perda *</translation>
        </message>
        <message numerus="yes">
            <source>Use this reason for the other %n opportunity(s)</source>
            <translation>
                <numerusform>Usar este motivo também para a outra oportunidade (%n)</numerusform>
                <numerusform>Usar este motivo também para as outras %n oportunidades</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>New account “%1”</source>
            <translation>Criação da conta “%1”</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>Edição de “%1”</translation>
        </message>
        <message>
            <source>Archive accounts</source>
            <translation>Arquivamento de contas</translation>
        </message>
        <message>
            <source>Restore archived accounts</source>
            <translation>Desarquivamento de contas</translation>
        </message>
        <message>
            <source>Delete accounts</source>
            <translation>Exclusão de contas</translation>
        </message>
        <message>
            <source>Change preferences</source>
            <translation>Alteração de preferências</translation>
        </message>
        <message>
            <source>Import “%1”</source>
            <translation>Importação de “%1”</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Changed by someone else</source>
            <translation>Alterado por outra pessoa</translation>
        </message>
        <message>
            <source>Nothing of yours was saved yet. Keep their version, or save yours over it.</source>
            <translation>Nada do que você fez foi salvo ainda. Mantenha a versão da outra pessoa ou salve a sua por cima.</translation>
        </message>
        <message>
            <source>Keep their version</source>
            <translation>Manter a versão da outra pessoa</translation>
        </message>
        <message>
            <source>Save mine</source>
            <translation>Salvar a minha</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>Outra pessoa</translation>
        </message>
        <message>
            <source>%1 saved this record at the same moment as you.</source>
            <translation>%1 salvou este registro no mesmo instante que você.</translation>
        </message>
        <message>
            <source>%1 changed this record at %2, after your screen showed it.</source>
            <translation>%1 alterou este registro em %2, depois que a sua tela o mostrou.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Saved now</source>
            <translation>Salvo agora</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>O seu</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>The server %1 does not offer an encrypted connection.</source>
            <translation>O servidor %1 não oferece conexão criptografada.</translation>
        </message>
        <message>
            <source>Ask whoever runs the server to turn encryption (TLS) on, or untick “Require an encrypted connection” if you trust this network.</source>
            <translation>Peça a quem administra o servidor que ative a criptografia (TLS) ou desmarque “Exigir conexão criptografada” se você confia nesta rede.</translation>
        </message>
        <message>
            <source>No database server answers at %1, port %2.</source>
            <translation>Nenhum servidor de banco de dados responde em %1, porta %2.</translation>
        </message>
        <message>
            <source>Check the server's name and port, and that you are connected to the company network (or its VPN). If it keeps failing, ask whoever runs the server.</source>
            <translation>Confira o nome e a porta do servidor e se você está conectado à rede da empresa (ou à VPN). Se continuar falhando, fale com quem administra o servidor.</translation>
        </message>
        <message>
            <source>The server asks for a password.</source>
            <translation>O servidor pede uma senha.</translation>
        </message>
        <message>
            <source>Type the password of the user %1 and connect again.</source>
            <translation>Digite a senha do usuário %1 e conecte de novo.</translation>
        </message>
        <message>
            <source>The server did not accept the user name or the password.</source>
            <translation>O servidor não aceitou o usuário ou a senha.</translation>
        </message>
        <message>
            <source>Check them (capital letters count) and try again. To get a new password, ask whoever runs the server.</source>
            <translation>Confira os dois (maiúsculas e minúsculas fazem diferença) e tente de novo. Para obter uma nova senha, fale com quem administra o servidor.</translation>
        </message>
        <message>
            <source>The server %1 has no database named “%2”.</source>
            <translation>O servidor %1 não tem um banco de dados chamado “%2”.</translation>
        </message>
        <message>
            <source>Check the database's name with whoever runs the server.</source>
            <translation>Confirme o nome do banco de dados com quem administra o servidor.</translation>
        </message>
        <message>
            <source>The database “%1” is empty.</source>
            <translation>O banco de dados “%1” está vazio.</translation>
        </message>
        <message>
            <source>It holds no portfolio yet: publish a portfolio there first, or check the database's name with whoever runs the server.</source>
            <translation>Ainda não há carteira nele: publique uma carteira lá primeiro ou confirme o nome do banco de dados com quem administra o servidor.</translation>
        </message>
        <message>
            <source>The database “%1” is not a KAMdesk portfolio.</source>
            <translation>O banco de dados “%1” não é uma carteira do KAMdesk.</translation>
        </message>
        <message>
            <source>It holds another program's data. Check the database's name with whoever runs the server. Nothing in it was changed.</source>
            <translation>Ele guarda dados de outro programa. Confirme o nome do banco de dados com quem administra o servidor. Nada nele foi alterado.</translation>
        </message>
        <message>
            <source>The portfolio “%1” was made by a newer version of KAMdesk.</source>
            <translation>A carteira “%1” foi criada por uma versão mais nova do KAMdesk.</translation>
        </message>
        <message>
            <source>Update KAMdesk on this computer to connect. Nothing on the server was changed.</source>
            <translation>Atualize o KAMdesk neste computador para conectar. Nada foi alterado no servidor.</translation>
        </message>
        <message>
            <source>The portfolio “%1” could not be opened.</source>
            <translation>Não foi possível abrir a carteira “%1”.</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>Detalhes: %1</translation>
        </message>
        <message>
            <source>Connect to a team server</source>
            <translation>Conectar a um servidor da equipe</translation>
        </message>
        <message>
            <source>A team portfolio lives in a database on a PostgreSQL server that your company runs. Whoever runs it gives you these details.</source>
            <translation>Uma carteira da equipe fica em um banco de dados, num servidor PostgreSQL mantido pela sua empresa. Quem administra o servidor passa estes dados para você.</translation>
        </message>
        <message>
            <source>Choose a server you used before…</source>
            <translation>Escolha um servidor que você já usou…</translation>
        </message>
        <message>
            <source>&amp;Recent:</source>
            <translation>&amp;Recentes:</translation>
        </message>
        <message>
            <source>e.g. db.company.com.br</source>
            <translation>ex.: db.empresa.com.br</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Porta:</translation>
        </message>
        <message>
            <source>the team portfolio's database</source>
            <translation>o banco de dados da carteira da equipe</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Banco de dados:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Usuário:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>S&amp;enha:</translation>
        </message>
        <message>
            <source>Re&amp;member the password on this computer</source>
            <translation>Le&amp;mbrar a senha neste computador</translation>
        </message>
        <message>
            <source>Kept in the operating system's keychain, never in a KAMdesk file.</source>
            <translation>Guardada no chaveiro do sistema operacional, nunca em um arquivo do KAMdesk.</translation>
        </message>
        <message>
            <source>This computer offers no keychain to keep passwords in (such as GNOME Keyring or KWallet): KAMdesk will ask for the password each time.</source>
            <translation>Este computador não oferece um chaveiro para guardar senhas (como o GNOME Keyring ou o KWallet): o KAMdesk vai pedir a senha a cada conexão.</translation>
        </message>
        <message>
            <source>Require an &amp;encrypted connection</source>
            <translation>E&amp;xigir conexão criptografada</translation>
        </message>
        <message>
            <source>Without this, the connection is encrypted whenever the server offers it. With it, KAMdesk refuses to connect to a server that does not.</source>
            <translation>Sem esta opção, a conexão é criptografada sempre que o servidor oferecer. Com ela, o KAMdesk não conecta a um servidor que não ofereça.</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Conectar</translation>
        </message>
        <message>
            <source>Fill in the server's name or address.</source>
            <translation>Preencha o nome ou o endereço do servidor.</translation>
        </message>
        <message>
            <source>“%1” is not a server name or address.</source>
            <translation>“%1” não é um nome ou endereço de servidor.</translation>
        </message>
        <message>
            <source>Fill in the database's name.</source>
            <translation>Preencha o nome do banco de dados.</translation>
        </message>
        <message>
            <source>Fill in your user name.</source>
            <translation>Preencha o seu usuário.</translation>
        </message>
        <message>
            <source>Nothing was sent to any server.</source>
            <translation>Nada foi enviado a nenhum servidor.</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Conectando a %1…</translation>
        </message>
        <message>
            <source>Connecting was cancelled.</source>
            <translation>A conexão foi cancelada.</translation>
        </message>
        <message>
            <source>Connected, but the password could not be remembered.</source>
            <translation>Conectado, mas não foi possível guardar a senha.</translation>
        </message>
        <message>
            <source>KAMdesk will ask for it next time. The keychain said: %1</source>
            <translation>O KAMdesk vai pedi-la na próxima vez. Resposta do chaveiro: %1</translation>
        </message>
    </context>
    <context>
        <name>ConnectionStatus</name>
        <message>
            <source>Encrypted connection</source>
            <translation>Conexão criptografada</translation>
        </message>
        <message>
            <source>What travels between KAMdesk and the server is encrypted.</source>
            <translation>O que trafega entre o KAMdesk e o servidor é criptografado.</translation>
        </message>
        <message>
            <source>Not encrypted</source>
            <translation>Sem criptografia</translation>
        </message>
        <message>
            <source>The server offers no encryption: on a network you do not trust (public Wi-Fi) others could read what travels. Ask whoever runs the server to turn encryption (TLS) on.</source>
            <translation>O servidor não oferece criptografia: numa rede em que você não confia (Wi-Fi público), outras pessoas poderiam ler o que trafega. Peça a quem administra o servidor que ative a criptografia (TLS).</translation>
        </message>
    </context>
    <context>
        <name>CountChart</name>
        <message>
            <source>No account yet.</source>
            <translation>Nenhuma conta ainda.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n account(s)</source>
            <translation>
                <numerusform>%1: %n conta</numerusform>
                <numerusform>%1: %n contas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>KAMdesk — unexpected problem</source>
            <translation>KAMdesk — problema inesperado</translation>
        </message>
        <message>
            <source>Something went wrong.</source>
            <translation>Algo deu errado.</translation>
        </message>
        <message>
            <source>Your portfolio is safe: every change you made was already saved. What you were doing at that moment may not have finished; check it and try again, or quit and open KAMdesk again.</source>
            <translation>Sua carteira está segura: todas as alterações que você fez já estavam salvas. O que você fazia nesse momento pode não ter terminado; confira e tente de novo, ou feche e abra o KAMdesk outra vez.</translation>
        </message>
        <message>
            <source>Technical summary: %1</source>
            <translation>Resumo técnico: %1</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>Mostrar detalhes</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copiar detalhes</translation>
        </message>
        <message>
            <source>Copies what happened, with the versions of KAMdesk and of your system</source>
            <translation>Copia o que aconteceu, com as versões do KAMdesk e do seu sistema</translation>
        </message>
        <message>
            <source>Show log folder</source>
            <translation>Mostrar pasta do registro</translation>
        </message>
        <message>
            <source>Quit KAMdesk</source>
            <translation>Sair do KAMdesk</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>No log file could be written.</source>
            <translation>Não foi possível gravar o arquivo de registro.</translation>
        </message>
        <message>
            <source>The details were written to the log file:</source>
            <translation>Os detalhes foram gravados no arquivo de registro:</translation>
        </message>
        <message>
            <source>Hide details</source>
            <translation>Ocultar detalhes</translation>
        </message>
        <message numerus="yes">
            <source>This happened %n time(s) since this message opened.</source>
            <translation>
                <numerusform>Isso aconteceu %n vez desde que esta mensagem abriu.</numerusform>
                <numerusform>Isso aconteceu %n vezes desde que esta mensagem abriu.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
    </context>
    <context>
        <name>CriteriaModel</name>
        <message>
            <source>Criterion</source>
            <translation>Critério</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Participação</translation>
        </message>
    </context>
    <context>
        <name>CriteriaPage</name>
        <message>
            <source>Add</source>
            <translation>Adicionar</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Mover para cima</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Mover para baixo</translation>
        </message>
        <message>
            <source>Restore defaults</source>
            <translation>Restaurar padrões</translation>
        </message>
        <message>
            <source>Each account is rated 1–5 on these criteria. Weights are relative: a criterion counts by its share of the total weight in the ICP score.</source>
            <translation>Cada conta recebe uma nota de 1 a 5 nestes critérios. Os pesos são relativos: na pontuação ICP, cada critério conta pela sua participação no peso total.</translation>
        </message>
        <message>
            <source>New criterion</source>
            <translation>Novo critério</translation>
        </message>
        <message numerus="yes">
            <source>“%1” is rated on %n account(s); the ratings are deleted when you press OK (Undo brings them back).</source>
            <translation>
                <numerusform>“%1” tem nota em %n conta; a nota é excluída quando você clicar em OK (Desfazer a traz de volta).</numerusform>
                <numerusform>“%1” tem nota em %n contas; as notas são excluídas quando você clicar em OK (Desfazer as traz de volta).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DamagedPortfolioDialog</name>
        <message>
            <source>Damaged portfolio</source>
            <translation>Carteira danificada</translation>
        </message>
        <message>
            <source>“%1” is damaged and cannot be opened.</source>
            <translation>“%1” está danificada e não pode ser aberta.</translation>
        </message>
        <message>
            <source>This can happen after a power cut, a full disk, or a drive removed while KAMdesk was saving. The file was not changed.</source>
            <translation>Isso pode acontecer depois de uma queda de energia, de um disco cheio ou de uma unidade removida enquanto o KAMdesk salvava. O arquivo não foi alterado.</translation>
        </message>
        <message>
            <source>Looking for a good backup…</source>
            <translation>Procurando uma cópia de segurança em bom estado…</translation>
        </message>
        <message>
            <source>Restore the newest good backup</source>
            <translation>Restaurar a cópia em bom estado mais recente</translation>
        </message>
        <message>
            <source>Show backups folder</source>
            <translation>Mostrar a pasta das cópias</translation>
        </message>
        <message>
            <source>No good backup of this portfolio was found in %1. Keep the file: KAMdesk support may still be able to recover part of it.</source>
            <translation>Nenhuma cópia de segurança em bom estado desta carteira foi encontrada em %1. Guarde o arquivo: o suporte do KAMdesk ainda pode conseguir recuperar parte dele.</translation>
        </message>
        <message>
            <source>The newest good backup is from %1 (%2). Restoring it puts it in the portfolio's place; changes made after it are lost. The damaged file is kept beside it as “%3”.</source>
            <translation>A cópia em bom estado mais recente é de %1 (%2). Restaurá-la a coloca no lugar da carteira; as alterações feitas depois dela se perdem. O arquivo danificado é guardado ao lado, como “%3”.</translation>
        </message>
        <message>
            <source>Restore the backup of %1</source>
            <translation>Restaurar a cópia de %1</translation>
        </message>
        <message>
            <source>damaged</source>
            <translation>danificado</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Restaurando a cópia de segurança…</translation>
        </message>
        <message>
            <source>The backup could not be restored.</source>
            <translation>Não foi possível restaurar a cópia de segurança.</translation>
        </message>
        <message>
            <source>The backup of %1 was put back.</source>
            <translation>A cópia de segurança de %1 foi restaurada.</translation>
        </message>
        <message>
            <source>The damaged file was kept as %1</source>
            <translation>O arquivo danificado foi guardado como %1</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>%1 recurring</source>
            <translation>%1 recorrente</translation>
        </message>
        <message>
            <source>everything open today</source>
            <translation>tudo em aberto hoje</translation>
        </message>
        <message>
            <source>nobody churned in 12 months</source>
            <translation>nenhuma conta perdida em 12 meses</translation>
        </message>
        <message>
            <source>Reading the dashboard…</source>
            <translation>Lendo o painel…</translation>
        </message>
        <message>
            <source>Portfolio dashboard</source>
            <translation>Painel da carteira</translation>
        </message>
        <message>
            <source>Accounts by tier</source>
            <translation>Contas por segmento</translation>
        </message>
        <message>
            <source>Accounts by lifecycle stage</source>
            <translation>Contas por fase do ciclo de vida</translation>
        </message>
        <message>
            <source>Reviews due</source>
            <translation>Revisões a fazer</translation>
        </message>
        <message>
            <source>No review is due this month.</source>
            <translation>Nenhuma revisão vence este mês.</translation>
        </message>
        <message>
            <source>Top risks</source>
            <translation>Maiores riscos</translation>
        </message>
        <message>
            <source>No open risk. Record risks in each account's Risks page.</source>
            <translation>Nenhum risco aberto. Registre os riscos na página Riscos de cada conta.</translation>
        </message>
        <message>
            <source>Falling health</source>
            <translation>Saúde em queda</translation>
        </message>
        <message>
            <source>No account's health fell since the period began.</source>
            <translation>A saúde de nenhuma conta caiu desde o início do período.</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Atualizando…</translation>
        </message>
        <message>
            <source>Falling health since %1</source>
            <translation>Saúde em queda desde %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n overdue)</source>
            <translation>
                <numerusform>%1 (%n atrasada)</numerusform>
                <numerusform>%1 (%n atrasadas)</numerusform>
            </translation>
        </message>
        <message>
            <source>Your portfolio has no accounts yet. Create accounts in the Accounts tab, or import a workbook (File ▸ Import Excel), and the dashboard fills in.</source>
            <translation>Sua carteira ainda não tem contas. Crie contas na aba Contas ou importe uma planilha (Arquivo ▸ Importar Excel) e o painel se preenche.</translation>
        </message>
        <message>
            <source>No revenue is recorded for these twelve months. Record each account's monthly revenue (of which recurring) in the account's Health page, or import a workbook (File ▸ Import Excel): revenue, retention and CLV come from it.</source>
            <translation>Nenhuma receita registrada nestes doze meses. Registre a receita mensal de cada conta (e quanto dela é recorrente) na página Saúde da conta, ou importe uma planilha (Arquivo ▸ Importar Excel): receita, retenção e CLV vêm dela.</translation>
        </message>
    </context>
    <context>
        <name>DashboardCharts</name>
        <message>
            <source>%1 million</source>
            <translation>%1 milhões</translation>
        </message>
        <message>
            <source>%1 thousand</source>
            <translation>%1 mil</translation>
        </message>
        <message>
            <source>Green (70+)</source>
            <translation>Verde (70+)</translation>
        </message>
        <message>
            <source>Amber (40–69)</source>
            <translation>Amarelo (40–69)</translation>
        </message>
        <message>
            <source>Red (below 40)</source>
            <translation>Vermelho (abaixo de 40)</translation>
        </message>
    </context>
    <context>
        <name>ExportProblem</name>
        <message>
            <source>The {sheet} sheet would have {rows} rows, more than the {limit} KAMdesk can import back from one sheet: export one account at a time.</source>
            <translation>A aba {sheet} teria {rows} linhas, mais que as {limit} que o KAMdesk consegue importar de volta de uma aba: exporte uma conta por vez.</translation>
        </message>
    </context>
    <context>
        <name>FallingHealthModel</name>
        <message>
            <source>Account</source>
            <translation>Conta</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Saúde</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Variação</translation>
        </message>
    </context>
    <context>
        <name>ForecastAccuracy</name>
        <message>
            <source>No forecast snapshot was taken before {period} began.</source>
            <translation>Nenhuma fotografia da previsão foi registrada antes do início de {period}.</translation>
        </message>
        <message>
            <source>{period} is not over yet.</source>
            <translation>{period} ainda não terminou.</translation>
        </message>
        <message>
            <source>Nothing was won in {period}, so accuracy cannot be measured.</source>
            <translation>Nada foi ganho em {period}, então não dá para medir a acurácia.</translation>
        </message>
    </context>
    <context>
        <name>ForecastAccuracyTable</name>
        <message>
            <source>Commit call = closed won + commit</source>
            <translation>Previsão compromisso = ganho + compromisso</translation>
        </message>
        <message>
            <source>Best-case call = closed won + commit + best case</source>
            <translation>Previsão melhor cenário = ganho + compromisso + melhor cenário</translation>
        </message>
        <message>
            <source>Pipeline call = closed won + commit + best case + pipeline</source>
            <translation>Previsão pipeline = ganho + compromisso + melhor cenário + pipeline</translation>
        </message>
        <message>
            <source>Weighted call = closed won + Σ value × probability ÷ 100</source>
            <translation>Previsão ponderada = ganho + Σ valor × probabilidade ÷ 100</translation>
        </message>
    </context>
    <context>
        <name>ForecastBasis</name>
        <message>
            <source>Commit</source>
            <translation>Compromisso</translation>
        </message>
        <message>
            <source>Best case</source>
            <translation>Melhor cenário</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>Ponderado</translation>
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
        <name>ForecastChart</name>
        <message>
            <source>Forecast against target</source>
            <translation>Previsão versus meta</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>No period to show.</source>
            <translation>Nenhum período para mostrar.</translation>
        </message>
        <message>
            <source>No opportunity closes in these periods yet.</source>
            <translation>Nenhuma oportunidade fecha nestes períodos ainda.</translation>
        </message>
        <message>
            <source>%1 %2M</source>
            <translation>%1 %2 mi</translation>
        </message>
        <message>
            <source>%1 %2K</source>
            <translation>%1 %2 mil</translation>
        </message>
    </context>
    <context>
        <name>ForecastCommands</name>
        <message>
            <source>Clear the target of %1</source>
            <translation>Remover a meta de %1</translation>
        </message>
        <message>
            <source>Set the target of %1</source>
            <translation>Definir a meta de %1</translation>
        </message>
        <message>
            <source>Take forecast snapshot</source>
            <translation>Fotografar a previsão</translation>
        </message>
    </context>
    <context>
        <name>ForecastPeriods</name>
        <message>
            <source>Q%1 %2</source>
            <translation>T%1 %2</translation>
        </message>
        <message>
            <source>FY %1</source>
            <translation>AF %1</translation>
        </message>
    </context>
    <context>
        <name>ForecastTable</name>
        <message>
            <source>Closed won</source>
            <translation>Ganho</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Compromisso</translation>
        </message>
        <message>
            <source>Best case</source>
            <translation>Melhor cenário</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Weighted pipeline</source>
            <translation>Pipeline ponderado</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Cobertura</translation>
        </message>
        <message>
            <source>Attainment</source>
            <translation>Atingimento</translation>
        </message>
        <message>
            <source>Closed won = Σ value of the won opportunities, by close date</source>
            <translation>Ganho = Σ valor das oportunidades ganhas, pela data de fechamento</translation>
        </message>
        <message>
            <source>Commit = Σ value of the open opportunities in the Commit category, by expected close</source>
            <translation>Compromisso = Σ valor das oportunidades abertas na categoria Compromisso, pelo fechamento previsto</translation>
        </message>
        <message>
            <source>Best case = Σ value of the open opportunities in the Best case category, by expected close</source>
            <translation>Melhor cenário = Σ valor das oportunidades abertas na categoria Melhor cenário, pelo fechamento previsto</translation>
        </message>
        <message>
            <source>Pipeline = Σ value of the open opportunities in the Pipeline category, by expected close</source>
            <translation>Pipeline = Σ valor das oportunidades abertas na categoria Pipeline, pelo fechamento previsto</translation>
        </message>
        <message>
            <source>Weighted pipeline = Σ value × probability ÷ 100 over the open opportunities</source>
            <translation>Pipeline ponderado = Σ valor × probabilidade ÷ 100 das oportunidades abertas</translation>
        </message>
        <message>
            <source>The period's target; a quarter without its own adds up its months' targets</source>
            <translation>A meta do período; um trimestre sem meta própria soma as metas dos seus meses</translation>
        </message>
        <message>
            <source>Coverage = open pipeline ÷ target (open pipeline = commit + best case + pipeline)</source>
            <translation>Cobertura = pipeline aberto ÷ meta (pipeline aberto = compromisso + melhor cenário + pipeline)</translation>
        </message>
        <message>
            <source>Attainment = closed won ÷ target</source>
            <translation>Atingimento = ganho ÷ meta</translation>
        </message>
        <message>
            <source>Targets belong to the whole portfolio: show all accounts to see them.</source>
            <translation>As metas são da carteira inteira: mostre todas as contas para vê-las.</translation>
        </message>
        <message>
            <source>Sum of the monthly targets.</source>
            <translation>Soma das metas mensais.</translation>
        </message>
        <message>
            <source>Double-click to type the target; leave it empty to remove it.</source>
            <translation>Clique duas vezes para digitar a meta; deixe vazio para removê-la.</translation>
        </message>
        <message>
            <source>Open pipeline</source>
            <translation>Pipeline aberto</translation>
        </message>
        <message>
            <source>Gap coverage = open pipeline ÷ (target − closed won): %1</source>
            <translation>Cobertura do que falta = pipeline aberto ÷ (meta − ganho): %1</translation>
        </message>
        <message>
            <source>Commit call (closed won + commit)</source>
            <translation>Previsão compromisso (ganho + compromisso)</translation>
        </message>
        <message>
            <source>Best-case call (closed won + commit + best case)</source>
            <translation>Previsão melhor cenário (ganho + compromisso + melhor cenário)</translation>
        </message>
    </context>
    <context>
        <name>ForecastTargetChart</name>
        <message>
            <source>Forecast against target</source>
            <translation>Previsão × meta</translation>
        </message>
        <message>
            <source>No opportunity closes in these periods and no target is set: see the Pipeline tab's forecast.</source>
            <translation>Nenhuma oportunidade fecha nestes períodos e nenhuma meta foi definida: veja a previsão na aba Pipeline.</translation>
        </message>
        <message>
            <source>Forecast against target, around %1</source>
            <translation>Previsão × meta, em torno de %1</translation>
        </message>
    </context>
    <context>
        <name>ForecastView</name>
        <message>
            <source>Months</source>
            <translation>Meses</translation>
        </message>
        <message>
            <source>Quarters</source>
            <translation>Trimestres</translation>
        </message>
        <message>
            <source>One period earlier</source>
            <translation>Um período antes</translation>
        </message>
        <message>
            <source>One period later</source>
            <translation>Um período depois</translation>
        </message>
        <message>
            <source>Over the opportunities closed in the last 12 months. Win rate = won ÷ closed; average deal = mean value of the won; sales cycle = mean days from creation to close of the won; velocity = open deals × win rate × average deal ÷ cycle</source>
            <translation>Sobre as oportunidades fechadas nos últimos 12 meses. Taxa de ganho = ganhas ÷ fechadas; ticket médio = valor médio das ganhas; ciclo de vendas = média de dias da criação ao fechamento das ganhas; velocidade = oportunidades abertas × taxa de ganho × ticket médio ÷ ciclo</translation>
        </message>
        <message>
            <source>Forecast against target</source>
            <translation>Previsão versus meta</translation>
        </message>
        <message>
            <source>Click a period in the table to see its funnel.</source>
            <translation>Clique num período da tabela para ver o funil dele.</translation>
        </message>
        <message>
            <source>Take forecast snapshot</source>
            <translation>Fotografar a previsão</translation>
        </message>
        <message>
            <source>Keep today's forecast, to measure it against what is won later (KAMdesk also takes one automatically each month)</source>
            <translation>Guarda a previsão de hoje para compará-la com o que for ganho depois (o KAMdesk também tira uma automaticamente todo mês)</translation>
        </message>
        <message>
            <source>Accuracy = 1 − |won − forecast| ÷ won, with the forecast kept in the last snapshot taken before the period began; 100% is a perfect call. Each call includes what is surer than it: best case = closed won + commit + best case.</source>
            <translation>Acurácia = 1 − |ganho − previsão| ÷ ganho, com a previsão guardada na última fotografia registrada antes do início do período; 100% é um acerto perfeito. Cada previsão inclui o que é mais certo que ela: melhor cenário = ganho + compromisso + melhor cenário.</translation>
        </message>
        <message>
            <source>Last 12 months: no opportunity closed yet.</source>
            <translation>Últimos 12 meses: nenhuma oportunidade fechada ainda.</translation>
        </message>
        <message>
            <source>Last 12 months: win rate %1 · average deal %2 · sales cycle %3 · velocity %4</source>
            <translation>Últimos 12 meses: taxa de ganho %1 · ticket médio %2 · ciclo de vendas %3 · velocidade %4</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dia</numerusform>
                <numerusform>%n dias</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 a day</source>
            <translation>%1 por dia</translation>
        </message>
        <message>
            <source>Stage funnel</source>
            <translation>Funil por etapa</translation>
        </message>
        <message>
            <source>Stage funnel · %1</source>
            <translation>Funil por etapa · %1</translation>
        </message>
        <message>
            <source>Forecast · all accounts</source>
            <translation>Previsão · todas as contas</translation>
        </message>
        <message>
            <source>Forecast · %1</source>
            <translation>Previsão · %1</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Este trimestre</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Este mês</translation>
        </message>
        <message>
            <source>Targets belong to the whole portfolio, so an account's forecast has no target, coverage or attainment: show all accounts to see and type them.</source>
            <translation>As metas são da carteira inteira, então a previsão de uma conta não tem meta, cobertura nem atingimento: mostre todas as contas para vê-las e digitá-las.</translation>
        </message>
        <message>
            <source>Double-click a target to type it (empty removes it). Amounts are first-year values: one-time + 12 × monthly recurring.</source>
            <translation>Clique duas vezes numa meta para digitá-la (vazio remove). Os valores são do primeiro ano: valor único + 12 × recorrente mensal.</translation>
        </message>
        <message numerus="yes">
            <source>Forecast accuracy · last %n quarter(s)</source>
            <translation>
                <numerusform>Acurácia da previsão · último trimestre (%n)</numerusform>
                <numerusform>Acurácia da previsão · últimos %n trimestres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Forecast accuracy · last %n month(s)</source>
            <translation>
                <numerusform>Acurácia da previsão · último mês (%n)</numerusform>
                <numerusform>Acurácia da previsão · últimos %n meses</numerusform>
            </translation>
        </message>
        <message>
            <source>No snapshot taken yet</source>
            <translation>Nenhuma fotografia registrada ainda</translation>
        </message>
        <message>
            <source>Latest snapshot: %1 (automatic)</source>
            <translation>Última fotografia: %1 (automática)</translation>
        </message>
        <message>
            <source>Latest snapshot: %1</source>
            <translation>Última fotografia: %1</translation>
        </message>
        <message>
            <source>The target of %1 was not changed.</source>
            <translation>A meta de %1 não foi alterada.</translation>
        </message>
    </context>
    <context>
        <name>GeneralPage</name>
        <message>
            <source>System default</source>
            <translation>Padrão do sistema</translation>
        </message>
        <message>
            <source>Your name, as it appears on account plans</source>
            <translation>Seu nome, como aparece nos planos de conta</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dias</translation>
        </message>
        <message>
            <source>Brazilian real</source>
            <translation>Real brasileiro</translation>
        </message>
        <message>
            <source>US dollar</source>
            <translation>Dólar americano</translation>
        </message>
        <message>
            <source>Euro</source>
            <translation>Euro</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Idioma da interface</translation>
        </message>
        <message>
            <source>Yours on this computer; other people opening the portfolio keep theirs.</source>
            <translation>Vale só para você neste computador; quem abrir a carteira mantém o próprio idioma.</translation>
        </message>
        <message>
            <source>Portfolio owner</source>
            <translation>Responsável pela carteira</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <source>Fiscal year starts in</source>
            <translation>Início do ano fiscal</translation>
        </message>
        <message>
            <source>Gross margin (for CLV)</source>
            <translation>Margem bruta (para o CLV)</translation>
        </message>
        <message>
            <source>A contact is stale after</source>
            <translation>Contato fica desatualizado após</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>Routine guide</source>
            <translation>Guia da rotina</translation>
        </message>
        <message>
            <source>Pipeline review</source>
            <translation>Revisão do pipeline</translation>
        </message>
        <message>
            <source>Update every open opportunity: stage, value, expected close and next step. See what needs attention and what slipped, then record the month's review.</source>
            <translation>Atualize cada oportunidade aberta: etapa, valor, fechamento previsto e próximo passo. Veja o que pede atenção e o que atrasou, e registre a revisão do mês.</translation>
        </message>
        <message>
            <source>Forecast accuracy</source>
            <translation>Acurácia da previsão</translation>
        </message>
        <message>
            <source>Compare last month's forecast with what actually closed. KAMdesk takes a snapshot of the forecast the first time you open the portfolio each month.</source>
            <translation>Compare a previsão do mês passado com o que de fato fechou. O KAMdesk tira uma foto da previsão na primeira vez que você abre a carteira em cada mês.</translation>
        </message>
        <message>
            <source>Relationship map review</source>
            <translation>Revisão do mapa de relacionamento</translation>
        </message>
        <message>
            <source>For each key account, check that every target area (company, business unit, directorate) has at least one sponsor and that resistance is falling. Save today's coverage to follow the trend.</source>
            <translation>Para cada conta-chave, confira se cada área-alvo (empresa, unidade de negócio, diretoria) tem pelo menos um patrocinador e se a resistência está caindo. Salve a cobertura de hoje para acompanhar a tendência.</translation>
        </message>
        <message>
            <source>OKR check-ins</source>
            <translation>Check-ins dos OKRs</translation>
        </message>
        <message>
            <source>Record the value measured today for each key result, so the progress of every objective stays current.</source>
            <translation>Registre o valor medido hoje para cada resultado-chave, para que o progresso de cada objetivo fique em dia.</translation>
        </message>
        <message>
            <source>Risk analysis with mitigation</source>
            <translation>Análise de riscos com mitigação</translation>
        </message>
        <message>
            <source>Review each key account's risks: rate likelihood and impact, choose a response, and give every mitigation action an owner and a due date. The Portfolio tab lists the top risks across all accounts.</source>
            <translation>Revise os riscos de cada conta-chave: avalie probabilidade e impacto, escolha uma resposta e dê a cada ação de mitigação um responsável e um prazo. A aba Carteira lista os maiores riscos de todas as contas.</translation>
        </message>
        <message>
            <source>Positioning review</source>
            <translation>Revisão do posicionamento</translation>
        </message>
        <message>
            <source>Compare what you want to be for the client with how the client sees you, and update the value proposition.</source>
            <translation>Compare o que você quer ser para o cliente com a forma como o cliente vê você, e atualize a proposta de valor.</translation>
        </message>
        <message>
            <source>From strategies to OKRs</source>
            <translation>Das estratégias aos OKRs</translation>
        </message>
        <message>
            <source>Write down each account's strategy (repositioning, cross-selling, up-selling, recovery), then turn it into objectives with measurable key results for the next quarter.</source>
            <translation>Escreva a estratégia de cada conta (reposicionamento, venda cruzada, up-selling, recuperação) e transforme-a em objetivos com resultados-chave mensuráveis para o próximo trimestre.</translation>
        </message>
        <message>
            <source>Objectives for the quarter</source>
            <translation>Objetivos do trimestre</translation>
        </message>
        <message>
            <source>Add the quarter's objectives and key results, for an account or for the whole portfolio.</source>
            <translation>Cadastre os objetivos e resultados-chave do trimestre, de uma conta ou da carteira inteira.</translation>
        </message>
        <message>
            <source>Key accounts pay back a steady routine. Once a month and once a quarter, go through these steps for each key account; the buttons take you to the right place in KAMdesk.</source>
            <translation>Contas-chave recompensam uma rotina constante. Uma vez por mês e uma vez por trimestre, siga estes passos para cada conta-chave; os botões levam você ao lugar certo no KAMdesk.</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Todo mês</translation>
        </message>
        <message>
            <source>Every quarter</source>
            <translation>Todo trimestre</translation>
        </message>
        <message>
            <source>Which reviews are due</source>
            <translation>Quais revisões estão previstas</translation>
        </message>
        <message>
            <source>KAMdesk knows when each account's reviews are due: start there, and work through the list.</source>
            <translation>O KAMdesk sabe quando vence cada revisão de cada conta: comece por aí e siga a lista.</translation>
        </message>
        <message>
            <source>Where: %1</source>
            <translation>Onde: %1</translation>
        </message>
        <message>
            <source>Go to %1</source>
            <translation>Ir para %1</translation>
        </message>
        <message>
            <source>Open a portfolio first</source>
            <translation>Abra uma carteira primeiro</translation>
        </message>
    </context>
    <context>
        <name>HealthCard</name>
        <message>
            <source>Health = Σ weight × part score ÷ Σ weight, over the parts with data (0–100; green from 70, amber from 40, red below)</source>
            <translation>Saúde = Σ peso × nota da parte ÷ Σ pesos, sobre as partes com dados (0–100; verde a partir de 70, amarelo a partir de 40, vermelho abaixo)</translation>
        </message>
        <message>
            <source>Account health</source>
            <translation>Saúde da conta</translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>Por quê?</translation>
        </message>
        <message>
            <source>Show what makes this score</source>
            <translation>Mostrar o que compõe esta nota</translation>
        </message>
        <message>
            <source>Hide the parts</source>
            <translation>Ocultar as partes</translation>
        </message>
        <message>
            <source>No health score</source>
            <translation>Sem nota de saúde</translation>
        </message>
        <message>
            <source>Healthy</source>
            <translation>Saudável</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Requer atenção</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>Em risco</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Parte</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Medido</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Adds</source>
            <translation>Soma</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Saúde</translation>
        </message>
        <message>
            <source>weight 0 — left out</source>
            <translation>peso 0 — fora do cálculo</translation>
        </message>
        <message>
            <source>no data — left out</source>
            <translation>sem dados — fora do cálculo</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>NPS %1</source>
            <translation>NPS %1</translation>
        </message>
        <message>
            <source>CSAT %1</source>
            <translation>CSAT %1</translation>
        </message>
        <message>
            <source>%1 of target areas</source>
            <translation>%1 das áreas-alvo</translation>
        </message>
        <message>
            <source>%1 of the influence</source>
            <translation>%1 da influência</translation>
        </message>
        <message>
            <source>no open risk</source>
            <translation>nenhum risco em aberto</translation>
        </message>
        <message>
            <source>highest score %1</source>
            <translation>maior pontuação %1</translation>
        </message>
        <message>
            <source>none overdue</source>
            <translation>nenhuma atrasada</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n atrasada</numerusform>
                <numerusform>%n atrasadas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of the pace</source>
            <translation>%1 do ritmo</translation>
        </message>
        <message>
            <source>As of %1. Revenue trend, NPS and CSAT over %2 – %3; the decision chain, risks, reviews and objectives as they are today. A part without data is left out and the others' weights scale up. Weights: Preferences ▸ Health.</source>
            <translation>Em %1. Tendência da receita, NPS e CSAT de %2 a %3; cadeia de decisão, riscos, revisões e objetivos como estão hoje. Uma parte sem dados fica fora do cálculo e os pesos das demais aumentam na proporção. Pesos: Preferências ▸ Saúde.</translation>
        </message>
    </context>
    <context>
        <name>HealthChart</name>
        <message>
            <source>Account health</source>
            <translation>Saúde das contas</translation>
        </message>
        <message>
            <source>No account has a health score yet: record revenue, surveys or risks.</source>
            <translation>Nenhuma conta tem nota de saúde ainda: registre receitas, pesquisas ou riscos.</translation>
        </message>
        <message numerus="yes">
            <source>Account health (%n account(s) without a score)</source>
            <translation>
                <numerusform>Saúde das contas (%n conta sem nota)</numerusform>
                <numerusform>Saúde das contas (%n contas sem nota)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n account(s) with health %1</source>
            <translation>
                <numerusform>%n conta com saúde %1</numerusform>
                <numerusform>%n contas com saúde %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HealthPage</name>
        <message>
            <source>Restore defaults</source>
            <translation>Restaurar padrões</translation>
        </message>
        <message>
            <source>How much each part weighs in the account health score (0–100). Each part is first scored 0–100; the health is the weighted mean of the parts the account has data for. A part at 0 is left out.</source>
            <translation>Quanto cada parte pesa na nota de saúde da conta (0–100). Cada parte recebe primeiro uma nota de 0 a 100; a saúde é a média ponderada das partes para as quais a conta tem dados. Uma parte com peso 0 fica fora do cálculo.</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Parte</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Participação</translation>
        </message>
        <message>
            <source>Share = the part's weight ÷ the sum of all weights, for an account with data for every part. Hover over a part to see how it is scored.</source>
            <translation>Participação = peso da parte ÷ soma de todos os pesos, para uma conta com dados de todas as partes. Passe o mouse sobre uma parte para ver como ela é pontuada.</translation>
        </message>
    </context>
    <context>
        <name>HealthPart</name>
        <message>
            <source>Revenue trend</source>
            <translation>Tendência da receita</translation>
        </message>
        <message>
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <source>CSAT</source>
            <translation>CSAT</translation>
        </message>
        <message>
            <source>Sponsor coverage</source>
            <translation>Cobertura de patrocinadores</translation>
        </message>
        <message>
            <source>Resistance</source>
            <translation>Resistência</translation>
        </message>
        <message>
            <source>Open risk</source>
            <translation>Risco em aberto</translation>
        </message>
        <message>
            <source>Overdue reviews</source>
            <translation>Revisões atrasadas</translation>
        </message>
        <message>
            <source>OKR pace</source>
            <translation>Ritmo dos OKRs</translation>
        </message>
        <message>
            <source>Recurring revenue of the last 3 months ÷ the 3 before − 1: −20% or worse → 0, +20% or better → 100, linear between (0% → 50)</source>
            <translation>Receita recorrente dos últimos 3 meses ÷ a dos 3 anteriores − 1: −20% ou pior → 0, +20% ou melhor → 100, linear entre eles (0% → 50)</translation>
        </message>
        <message>
            <source>(NPS + 100) ÷ 2, over the period's responses</source>
            <translation>(NPS + 100) ÷ 2, sobre as respostas do período</translation>
        </message>
        <message>
            <source>CSAT (already 0–100), over the period</source>
            <translation>CSAT (já de 0 a 100), sobre o período</translation>
        </message>
        <message>
            <source>Target areas with a sponsor ÷ target areas, × 100</source>
            <translation>Áreas-alvo com patrocinador ÷ áreas-alvo, × 100</translation>
        </message>
        <message>
            <source>(1 − influence of resistant and opponent people ÷ influence of all) × 100</source>
            <translation>(1 − influência das pessoas resistentes e opositoras ÷ influência de todas) × 100</translation>
        </message>
        <message>
            <source>No open risk → 100; highest open score s (1–25) → 100 × (25 − s) ÷ 24</source>
            <translation>Nenhum risco em aberto → 100; maior pontuação em aberto s (1–25) → 100 × (25 − s) ÷ 24</translation>
        </message>
        <message>
            <source>100 − 25 per overdue review, never below 0</source>
            <translation>100 − 25 por revisão atrasada, nunca abaixo de 0</translation>
        </message>
        <message>
            <source>Objectives' progress ÷ elapsed share of their period, capped at 1, × 100</source>
            <translation>Progresso dos objetivos ÷ fração já decorrida do período, limitado a 1, × 100</translation>
        </message>
    </context>
    <context>
        <name>HeatMap</name>
        <message>
            <source>Risk heat map</source>
            <translation>Mapa de calor de riscos</translation>
        </message>
        <message>
            <source>Likelihood %1 × impact %2 = score %3 (%4)</source>
            <translation>Probabilidade %1 × impacto %2 = pontuação %3 (%4)</translation>
        </message>
        <message>
            <source>No open risk here.</source>
            <translation>Nenhum risco aberto aqui.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… e mais %n</numerusform>
                <numerusform>… e mais %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Impact →</source>
            <translation>Impacto →</translation>
        </message>
        <message>
            <source>Likelihood →</source>
            <translation>Probabilidade →</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>Account</source>
            <translation>Conta</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Org unit</source>
            <translation>Área</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relação</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>Oportunidade</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Receita</translation>
        </message>
        <message>
            <source>Survey answer</source>
            <translation>Resposta de pesquisa</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risco</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Key result</source>
            <translation>Resultado-chave</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Revisão</translation>
        </message>
        <message>
            <source>Interaction</source>
            <translation>Interação</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produto</translation>
        </message>
        <message>
            <source>Pipeline stage</source>
            <translation>Etapa do pipeline</translation>
        </message>
        <message>
            <source>Sales target</source>
            <translation>Meta de vendas</translation>
        </message>
        <message>
            <source>ICP criterion</source>
            <translation>Critério do ICP</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Criação</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Alteração</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Exclusão</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>moved on the map</source>
            <translation>mudou de lugar no mapa</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quem</translation>
        </message>
        <message>
            <source>What</source>
            <translation>O quê</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Alterações</translation>
        </message>
        <message>
            <source>Login: %1</source>
            <translation>Usuário no servidor: %1</translation>
        </message>
        <message>
            <source>Search person, field or value</source>
            <translation>Buscar pessoa, campo ou valor</translation>
        </message>
        <message>
            <source>Who:</source>
            <translation>Quem:</translation>
        </message>
        <message>
            <source>Load older changes</source>
            <translation>Carregar alterações anteriores</translation>
        </message>
        <message>
            <source>The history of changes is kept when the portfolio is on a team server: who changed what in this account, and when.

To share this portfolio with your team, use File ▸ Publish to team server…</source>
            <translation>O histórico de alterações fica guardado quando a carteira está num servidor da equipe: quem alterou o quê nesta conta, e quando.

Para compartilhar esta carteira com a sua equipe, use Arquivo ▸ Publicar no servidor da equipe…</translation>
        </message>
        <message>
            <source>Select an account to see its history.</source>
            <translation>Selecione uma conta para ver o histórico dela.</translation>
        </message>
        <message>
            <source>No change recorded for this account yet.</source>
            <translation>Nenhuma alteração registrada nesta conta ainda.</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>Select a line to see all its changes.</source>
            <translation>Selecione uma linha para ver todas as alterações dela.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n alteração</numerusform>
                <numerusform>%n alterações</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n change(s)</source>
            <translation>
                <numerusform>%1 de %n alteração</numerusform>
                <numerusform>%1 de %n alterações</numerusform>
            </translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Arquivada</translation>
        </message>
        <message>
            <source>Revenue band</source>
            <translation>Faixa de faturamento</translation>
        </message>
        <message>
            <source>Mindset</source>
            <translation>Mentalidade</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Fechada em</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Concluída em</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Medições</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
        </message>
    </context>
    <context>
        <name>IcpCriterion</name>
        <message>
            <source>Business volume</source>
            <translation>Volume de negócios</translation>
        </message>
        <message>
            <source>Company size</source>
            <translation>Porte da empresa</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Setor</translation>
        </message>
        <message>
            <source>Growth potential</source>
            <translation>Potencial de crescimento</translation>
        </message>
        <message>
            <source>Market influence</source>
            <translation>Influência no mercado</translation>
        </message>
        <message>
            <source>Fit with our offer</source>
            <translation>Aderência à nossa oferta</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <source>Import preview — %1</source>
            <translation>Prévia da importação — %1</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Aba</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Novos</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Alterados</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Sem mudança</translation>
        </message>
        <message>
            <source>To delete</source>
            <translation>A excluir</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Erros</translation>
        </message>
        <message>
            <source>Sheet / row</source>
            <translation>Aba / linha</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>O que acontece</translation>
        </message>
        <message>
            <source>%1, row %2</source>
            <translation>%1, linha %2</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Linha</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Coluna</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Delete records that are not in the workbook</source>
            <translation>Excluir os registros que não estão na planilha</translation>
        </message>
        <message>
            <source>Search sheet, row or record…</source>
            <translation>Pesquisar aba, linha ou registro…</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Save errors workbook…</source>
            <translation>Salvar planilha de erros…</translation>
        </message>
        <message>
            <source>Changes (%1)</source>
            <translation>Mudanças (%1)</translation>
        </message>
        <message>
            <source>Errors and warnings (%1)</source>
            <translation>Erros e avisos (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) must be fixed in the workbook before it can be imported. Nothing has been written.</source>
            <translation>
                <numerusform>%n problema precisa ser corrigido na planilha antes de importar. Nada foi gravado.</numerusform>
                <numerusform>%n problemas precisam ser corrigidos na planilha antes de importar. Nada foi gravado.</numerusform>
            </translation>
        </message>
        <message>
            <source>The workbook matches the portfolio: nothing to import.</source>
            <translation>A planilha já está igual à carteira: nada a importar.</translation>
        </message>
        <message>
            <source>Check the changes below, then press Import. You can undo the whole import with Edit ▸ Undo.</source>
            <translation>Confira as mudanças abaixo e clique em Importar. Você pode desfazer a importação inteira em Editar ▸ Desfazer.</translation>
        </message>
        <message>
            <source>delete</source>
            <translation>excluir</translation>
        </message>
        <message>
            <source>new</source>
            <translation>novo</translation>
        </message>
        <message>
            <source>matched by name, not by id</source>
            <translation>identificado pelo nome, não pelo id</translation>
        </message>
        <message>
            <source>Warning: </source>
            <translation>Aviso: </translation>
        </message>
    </context>
    <context>
        <name>ImportProblem</name>
        <message>
            <source>KAMdesk could not open “{file}”. Check that the file still exists, close it in Excel or any other program that may be using it, and try again.</source>
            <translation>O KAMdesk não conseguiu abrir “{file}”. Confira se o arquivo ainda existe, feche-o no Excel ou em outro programa que possa estar usando-o e tente de novo.</translation>
        </message>
        <message>
            <source>“{file}” is not a file KAMdesk can import. Import an Excel workbook (.xlsx, .xlsm or .xls), a LibreOffice spreadsheet (.ods) or a CSV file (.csv or .txt).</source>
            <translation>“{file}” não é um arquivo que o KAMdesk consegue importar. Importe uma planilha do Excel (.xlsx, .xlsm ou .xls), uma planilha do LibreOffice (.ods) ou um arquivo CSV (.csv ou .txt).</translation>
        </message>
        <message>
            <source>“{file}” is empty (it has 0 bytes). It may not have been saved or copied completely.</source>
            <translation>“{file}” está vazio (tem 0 bytes). Talvez não tenha sido salvo ou copiado por completo.</translation>
        </message>
        <message>
            <source>“{file}” is too large to import ({size} MB; the limit is {limit} MB). Split it into smaller files.</source>
            <translation>“{file}” é grande demais para importar ({size} MB; o limite é {limit} MB). Divida-o em arquivos menores.</translation>
        </message>
        <message>
            <source>“{file}” is an image, not a workbook, even though its name ends in “{extension}”. Choose the workbook itself.</source>
            <translation>“{file}” é uma imagem, não uma planilha, embora o nome termine em “{extension}”. Escolha a própria planilha.</translation>
        </message>
        <message>
            <source>“{file}” is a PDF document, not a workbook, even though its name ends in “{extension}”. Choose the workbook itself.</source>
            <translation>“{file}” é um documento PDF, não uma planilha, embora o nome termine em “{extension}”. Escolha a própria planilha.</translation>
        </message>
        <message>
            <source>“{file}” is a text file, not a workbook. If it holds values separated by semicolons or commas, rename it to end in “.csv” and import it again.</source>
            <translation>“{file}” é um arquivo de texto, não uma planilha. Se ele tem valores separados por ponto e vírgula ou vírgula, renomeie-o para terminar em “.csv” e importe de novo.</translation>
        </message>
        <message>
            <source>“{file}” is a web page or XML file with a spreadsheet's name, not a real workbook. Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and import that.</source>
            <translation>“{file}” é uma página da web ou um arquivo XML com nome de planilha, não uma planilha de verdade. Abra-o no Excel ou no LibreOffice, salve como pasta de trabalho do Excel (.xlsx) e importe essa.</translation>
        </message>
        <message>
            <source>“{file}” is not a workbook: its contents are not in any spreadsheet format. It may be damaged, or another kind of file that was renamed.</source>
            <translation>“{file}” não é uma planilha: o conteúdo não está em nenhum formato de planilha. Pode estar danificado ou ser outro tipo de arquivo renomeado.</translation>
        </message>
        <message>
            <source>“{file}” is protected with a password, and KAMdesk cannot read password-protected workbooks. Open it in Excel, save a copy without a password and import that copy.</source>
            <translation>“{file}” está protegido por senha, e o KAMdesk não lê planilhas protegidas por senha. Abra-o no Excel, salve uma cópia sem senha e importe essa cópia.</translation>
        </message>
        <message>
            <source>“{file}” is damaged and cannot be read; it may not have been copied or downloaded completely. Open it in Excel or LibreOffice, which can often repair it, save it again and import it again.</source>
            <translation>“{file}” está danificado e não pode ser lido; talvez não tenha sido copiado ou baixado por completo. Abra-o no Excel ou no LibreOffice, que muitas vezes conseguem repará-lo, salve de novo e importe de novo.</translation>
        </message>
        <message>
            <source>“{file}” could not be read; it may be damaged ({detail}). Open it in Excel or LibreOffice, save it again and import it again.</source>
            <translation>Não foi possível ler “{file}”; ele pode estar danificado ({detail}). Abra-o no Excel ou no LibreOffice, salve de novo e importe de novo.</translation>
        </message>
        <message>
            <source>“{file}” was refused: it unpacks to more than {limit} MB, far more than a KAMdesk workbook holds, as malicious files do. If you trust it, split it into smaller workbooks.</source>
            <translation>“{file}” foi recusado: descompactado, passa de {limit} MB, muito mais do que uma planilha do KAMdesk tem, como fazem arquivos maliciosos. Se você confia nele, divida-o em planilhas menores.</translation>
        </message>
        <message>
            <source>“{file}” was refused: its part “{part}” is compressed {ratio} times, as malicious files are. If you trust it, open it in Excel or LibreOffice, save it again and import it again.</source>
            <translation>“{file}” foi recusado: a parte “{part}” está comprimida {ratio} vezes, como em arquivos maliciosos. Se você confia nele, abra-o no Excel ou no LibreOffice, salve de novo e importe de novo.</translation>
        </message>
        <message>
            <source>“{file}” was refused: it is made of {count} parts, far more than a workbook has, as malicious files are.</source>
            <translation>“{file}” foi recusado: tem {count} partes, muito mais do que uma planilha tem, como arquivos maliciosos.</translation>
        </message>
        <message>
            <source>“{file}” was refused: its repeated text would take more than {limit} MB of memory once read, as malicious files do. If you trust it, split it into smaller workbooks.</source>
            <translation>“{file}” foi recusado: o texto repetido ocuparia mais de {limit} MB de memória ao ser lido, como fazem arquivos maliciosos. Se você confia nele, divida-o em planilhas menores.</translation>
        </message>
        <message>
            <source>“{file}” is too large to read: one of its sheets reaches far below or to the right of its table. Delete what lies outside the table, save the file and import it again.</source>
            <translation>“{file}” é grande demais para ler: uma das abas vai muito abaixo ou à direita da tabela. Apague o que está fora da tabela, salve o arquivo e importe de novo.</translation>
        </message>
        <message>
            <source>“{file}” is written in an unusual way that KAMdesk cannot check safely. Open it in Excel or LibreOffice, save it again and import it again.</source>
            <translation>“{file}” foi gravado de um jeito incomum que o KAMdesk não consegue verificar com segurança. Abra-o no Excel ou no LibreOffice, salve de novo e importe de novo.</translation>
        </message>
        <message>
            <source>“{file}” has no data sheets: it is empty.</source>
            <translation>“{file}” não tem abas de dados: está vazio.</translation>
        </message>
        <message>
            <source>“{file}” has no data sheets: KAMdesk does not know any of its sheets ({sheets}). Name each sheet after what it holds, such as “{example}”.</source>
            <translation>“{file}” não tem abas de dados: o KAMdesk não reconhece nenhuma das abas ({sheets}). Dê a cada aba o nome do que ela contém, como “{example}”.</translation>
        </message>
        <message>
            <source>“{file}” has no data sheets: none of its sheets has a header row (the column names, in the first row).</source>
            <translation>“{file}” não tem abas de dados: nenhuma aba tem linha de cabeçalho (os nomes das colunas, na primeira linha).</translation>
        </message>
        <message>
            <source>KAMdesk cannot tell which sheet “{file}” holds. Name the file after the sheet, such as “{example}.csv”, or choose the sheet when importing it.</source>
            <translation>O KAMdesk não sabe qual aba “{file}” contém. Dê ao arquivo o nome da aba, como “{example}.csv”, ou escolha a aba ao importar.</translation>
        </message>
        <message>
            <source>“{file}” is a workbook, not a CSV text file. Rename it to end in “.xlsx” (or “.xls” or “.ods”) and import it again.</source>
            <translation>“{file}” é uma planilha, não um arquivo de texto CSV. Renomeie-o para terminar em “.xlsx” (ou “.xls” ou “.ods”) e importe de novo.</translation>
        </message>
        <message>
            <source>“{file}” is not a CSV text file: it holds binary data. Choose the CSV file itself, or export the sheet as CSV again.</source>
            <translation>“{file}” não é um arquivo de texto CSV: tem dados binários. Escolha o próprio arquivo CSV ou exporte a aba como CSV de novo.</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” is not a KAMdesk sheet; it was ignored.</source>
            <translation>A aba “{sheet}” não é uma aba do KAMdesk; foi ignorada.</translation>
        </message>
        <message>
            <source>Sheets “{first}” and “{sheet}” both hold {label}; keep only one of them.</source>
            <translation>As abas “{first}” e “{sheet}” contêm ambas {label}; mantenha só uma delas.</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” has no header row (the column names, in the first row): it is empty.</source>
            <translation>A aba “{sheet}” não tem linha de cabeçalho (os nomes das colunas, na primeira linha): está vazia.</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” has no header row: row {row} has none of the sheet's column names, such as “{example}”.</source>
            <translation>A aba “{sheet}” não tem linha de cabeçalho: a linha {row} não tem nenhum nome de coluna da aba, como “{example}”.</translation>
        </message>
        <message>
            <source>Column {column} of sheet “{sheet}”, “{header}”, is not a KAMdesk column; it was ignored.</source>
            <translation>A coluna {column} da aba “{sheet}”, “{header}”, não é uma coluna do KAMdesk; foi ignorada.</translation>
        </message>
        <message>
            <source>Column {column} of sheet “{sheet}” has values but no name in the header row; it was ignored.</source>
            <translation>A coluna {column} da aba “{sheet}” tem valores mas não tem nome na linha de cabeçalho; foi ignorada.</translation>
        </message>
        <message>
            <source>Columns {first} and {column} of sheet “{sheet}” are both “{label}”; keep only one of them.</source>
            <translation>As colunas {first} e {column} da aba “{sheet}” são ambas “{label}”; mantenha só uma delas.</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” has no “{label}” column, which it needs.</source>
            <translation>A aba “{sheet}” não tem a coluna “{label}”, que é obrigatória.</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” has more than {limit} rows; split the file into smaller ones.</source>
            <translation>A aba “{sheet}” tem mais de {limit} linhas; divida o arquivo em arquivos menores.</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” could not be read ({detail}).</source>
            <translation>Não foi possível ler a aba “{sheet}” ({detail}).</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” is too large to read: it reaches row {rows} and column {column}. Delete what lies below and to the right of the table, save the file and import it again.</source>
            <translation>A aba “{sheet}” é grande demais para ler: vai até a linha {rows} e a coluna {column}. Apague o que está abaixo e à direita da tabela, salve o arquivo e importe de novo.</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” is written in an unusual way that KAMdesk cannot check safely; it was not read. Open the file in Excel or LibreOffice, save it again and import it again.</source>
            <translation>A aba “{sheet}” foi gravada de um jeito incomum que o KAMdesk não consegue verificar com segurança; não foi lida. Abra o arquivo no Excel ou no LibreOffice, salve de novo e importe de novo.</translation>
        </message>
        <message>
            <source>Row {row} of “{sheet}” could not be read: a quoted value never ends, or is too long. Check the quotes (") around that row; nothing after it was read.</source>
            <translation>A linha {row} de “{sheet}” não pôde ser lida: um valor entre aspas nunca termina ou é longo demais. Confira as aspas (") perto dessa linha; nada depois dela foi lido.</translation>
        </message>
        <message>
            <source>A value is required here.</source>
            <translation>É preciso preencher este valor.</translation>
        </message>
        <message>
            <source>id {id} does not exist in this portfolio.</source>
            <translation>O id {id} não existe nesta carteira.</translation>
        </message>
        <message>
            <source>“{value}” is not a record id (leave it blank for a new row).</source>
            <translation>“{value}” não é um id de registro (deixe em branco para uma linha nova).</translation>
        </message>
        <message>
            <source>id {id} is already used by row {other}.</source>
            <translation>O id {id} já está na linha {other}.</translation>
        </message>
        <message>
            <source>“{key}” is already in row {other}.</source>
            <translation>“{key}” já está na linha {other}.</translation>
        </message>
        <message>
            <source>“{key}” matches several records (ids {ids}): fill in the id column.</source>
            <translation>“{key}” corresponde a vários registros (ids {ids}): preencha a coluna id.</translation>
        </message>
        <message>
            <source>Another {thing} not in this sheet is already called “{key}” (id {id}).</source>
            <translation>Outro registro do tipo {thing}, fora desta aba, já se chama “{key}” (id {id}).</translation>
        </message>
        <message>
            <source>No {thing} named “{name}” in the workbook or the portfolio.</source>
            <translation>Não há registro do tipo {thing} chamado “{name}” na planilha nem na carteira.</translation>
        </message>
        <message>
            <source>No {thing} named “{name}” in account “{account}”.</source>
            <translation>Não há registro do tipo {thing} chamado “{name}” na conta “{account}”.</translation>
        </message>
        <message>
            <source>No {thing} named “{name}” under “{parent}”.</source>
            <translation>Não há registro do tipo {thing} chamado “{name}” em “{parent}”.</translation>
        </message>
        <message>
            <source>“{name}” matches several {things} ({where}).</source>
            <translation>“{name}” corresponde a vários registros do tipo {things} ({where}).</translation>
        </message>
        <message>
            <source>“{name}” is not in the {sheet} sheet, so it would be deleted with the records missing from the workbook.</source>
            <translation>“{name}” não está na aba {sheet}, então seria excluído junto com os registros que faltam na planilha.</translation>
        </message>
        <message>
            <source>This workbook was exported from another portfolio: its ids were ignored and its rows matched by name.</source>
            <translation>Esta planilha foi exportada de outra carteira: os ids foram ignorados e as linhas associadas pelo nome.</translation>
        </message>
        <message>
            <source>“{name}” is not a pipeline stage of this portfolio ({stages}).</source>
            <translation>“{name}” não é uma etapa do pipeline desta carteira ({stages}).</translation>
        </message>
        <message>
            <source>The portfolio has no ICP criterion “{name}”: this column was ignored.</source>
            <translation>A carteira não tem o critério de ICP “{name}”: esta coluna foi ignorada.</translation>
        </message>
        <message>
            <source>Reporting lines go in the Stakeholders sheet's “Reports to” column, not here.</source>
            <translation>A hierarquia vai na coluna “Reporta-se a” da aba Stakeholders, não aqui.</translation>
        </message>
        <message>
            <source>A person cannot be linked to themselves.</source>
            <translation>Uma pessoa não pode ser ligada a ela mesma.</translation>
        </message>
        <message>
            <source>Reporting lines go round in a circle: {names}.</source>
            <translation>A hierarquia forma um círculo: {names}.</translation>
        </message>
        <message>
            <source>Org units cannot contain themselves: {names}.</source>
            <translation>Áreas não podem conter a si mesmas: {names}.</translation>
        </message>
        <message>
            <source>An org unit cannot be its own parent.</source>
            <translation>Uma área não pode ser a área superior dela mesma.</translation>
        </message>
        <message>
            <source>Recurring ({recurring}) cannot be more than Revenue ({revenue}).</source>
            <translation>Recorrente ({recurring}) não pode ser maior que Receita ({revenue}).</translation>
        </message>
        <message>
            <source>A {kind} score must be between {low} and {high}; got {value}.</source>
            <translation>Uma nota de {kind} precisa estar entre {low} e {high}; veio {value}.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid CNPJ ({reason}).</source>
            <translation>“{value}” não é um CNPJ válido ({reason}).</translation>
        </message>
        <message>
            <source>account</source>
            <translation>conta</translation>
        </message>
        <message>
            <source>accounts</source>
            <translation>contas</translation>
        </message>
        <message>
            <source>org unit</source>
            <translation>área</translation>
        </message>
        <message>
            <source>org units</source>
            <translation>áreas</translation>
        </message>
        <message>
            <source>stakeholder</source>
            <translation>stakeholder</translation>
        </message>
        <message>
            <source>stakeholders</source>
            <translation>stakeholders</translation>
        </message>
        <message>
            <source>relation</source>
            <translation>relação</translation>
        </message>
        <message>
            <source>relations</source>
            <translation>relações</translation>
        </message>
        <message>
            <source>product</source>
            <translation>produto</translation>
        </message>
        <message>
            <source>products</source>
            <translation>produtos</translation>
        </message>
        <message>
            <source>opportunity</source>
            <translation>oportunidade</translation>
        </message>
        <message>
            <source>opportunities</source>
            <translation>oportunidades</translation>
        </message>
        <message>
            <source>revenue record</source>
            <translation>receita</translation>
        </message>
        <message>
            <source>revenue records</source>
            <translation>receitas</translation>
        </message>
        <message>
            <source>survey response</source>
            <translation>resposta de pesquisa</translation>
        </message>
        <message>
            <source>survey responses</source>
            <translation>respostas de pesquisa</translation>
        </message>
        <message>
            <source>risk</source>
            <translation>risco</translation>
        </message>
        <message>
            <source>risks</source>
            <translation>riscos</translation>
        </message>
        <message>
            <source>action</source>
            <translation>ação</translation>
        </message>
        <message>
            <source>actions</source>
            <translation>ações</translation>
        </message>
        <message>
            <source>objective</source>
            <translation>objetivo</translation>
        </message>
        <message>
            <source>objectives</source>
            <translation>objetivos</translation>
        </message>
        <message>
            <source>key result</source>
            <translation>resultado-chave</translation>
        </message>
        <message>
            <source>key results</source>
            <translation>resultados-chave</translation>
        </message>
        <message>
            <source>check-in</source>
            <translation>check-in</translation>
        </message>
        <message>
            <source>check-ins</source>
            <translation>check-ins</translation>
        </message>
        <message>
            <source>interaction</source>
            <translation>interação</translation>
        </message>
        <message>
            <source>interactions</source>
            <translation>interações</translation>
        </message>
        <message>
            <source>review</source>
            <translation>revisão</translation>
        </message>
        <message>
            <source>reviews</source>
            <translation>revisões</translation>
        </message>
        <message>
            <source>KAMdesk could not open “{file}” to mark its problems ({detail}). Open it in Excel or LibreOffice, save it again and try again.</source>
            <translation>O KAMdesk não conseguiu abrir “{file}” para marcar os problemas ({detail}). Abra no Excel ou no LibreOffice, salve de novo e tente outra vez.</translation>
        </message>
        <message>
            <source>The errors workbook cannot replace “{file}”, the file it marks. Choose another name.</source>
            <translation>A planilha de erros não pode substituir “{file}”, o arquivo que ela marca. Escolha outro nome.</translation>
        </message>
    </context>
    <context>
        <name>InteractionCommands</name>
        <message numerus="yes">
            <source>Delete %n interaction(s)</source>
            <translation>
                <numerusform>Excluir %n interação</numerusform>
                <numerusform>Excluir %n interações</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <source>Log %1</source>
            <translation>Registrar %1</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>Editar %1</translation>
        </message>
    </context>
    <context>
        <name>InteractionDialog</name>
        <message>
            <source>New interaction</source>
            <translation>Nova interação</translation>
        </message>
        <message>
            <source>Edit interaction</source>
            <translation>Editar interação</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>People involved</source>
            <translation>Pessoas envolvidas</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <source>Each person involved gets this date as their last contact.</source>
            <translation>Cada pessoa envolvida fica com esta data como último contato.</translation>
        </message>
        <message>
            <source>Log interaction</source>
            <translation>Registrar interação</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <source>Search by name, title, role or area</source>
            <translation>Buscar por nome, cargo, papel ou área</translation>
        </message>
        <message>
            <source>This account has no people yet: add them on the Stakeholder map.</source>
            <translation>Esta conta ainda não tem pessoas: adicione-as no Mapa de stakeholders.</translation>
        </message>
        <message>
            <source>What was discussed, what they expect, the next step agreed…</source>
            <translation>O que foi discutido, o que esperam, o próximo passo combinado…</translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>%n selecionada</numerusform>
                <numerusform>%n selecionadas</numerusform>
            </translation>
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
        <name>InteractionsModel</name>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
    </context>
    <context>
        <name>InteractionsPage</name>
        <message>
            <source>New interaction…</source>
            <translation>Nova interação…</translation>
        </message>
        <message>
            <source>Log a meeting, call, email or visit</source>
            <translation>Registrar uma reunião, ligação, e-mail ou visita</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Search kind, people or notes</source>
            <translation>Buscar por tipo, pessoas ou observações</translation>
        </message>
        <message>
            <source>Select an account to see its interaction log.</source>
            <translation>Selecione uma conta para ver o histórico de interações.</translation>
        </message>
        <message>
            <source>No interaction logged yet. Use “New interaction…” to log a meeting, call, email or visit: the people involved get it as their last contact.</source>
            <translation>Nenhuma interação registrada ainda. Use “Nova interação…” para registrar uma reunião, ligação, e-mail ou visita: as pessoas envolvidas ficam com essa data como último contato.</translation>
        </message>
        <message numerus="yes">
            <source>%n interaction(s)</source>
            <translation>
                <numerusform>%n interação</numerusform>
                <numerusform>%n interações</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KeyResultDetails</name>
        <message>
            <source>Each dot is a check-in; its colour and number: the confidence (1–10).</source>
            <translation>Cada ponto é um check-in; a cor e o número indicam a confiança (1–10).</translation>
        </message>
        <message>
            <source>Edit check-in…</source>
            <translation>Editar check-in…</translation>
        </message>
        <message>
            <source>Delete check-in</source>
            <translation>Excluir check-in</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Check-ins</translation>
        </message>
        <message>
            <source>Select a key result in the list above to see its check-ins.</source>
            <translation>Selecione um resultado-chave na lista acima para ver seus check-ins.</translation>
        </message>
        <message>
            <source>From %1 to %2 · now %3 · %4</source>
            <translation>De %1 para %2 · hoje %3 · %4</translation>
        </message>
    </context>
    <context>
        <name>KeyResultDialog</name>
        <message>
            <source>New key result</source>
            <translation>Novo resultado-chave</translation>
        </message>
        <message>
            <source>Edit key result</source>
            <translation>Editar resultado-chave</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>e.g. Monthly volume shipped</source>
            <translation>ex.: Volume mensal embarcado</translation>
        </message>
        <message>
            <source>Key result *</source>
            <translation>Resultado-chave *</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidade</translation>
        </message>
        <message>
            <source>e.g. t, %, R$ thousand, days</source>
            <translation>ex.: t, %, R$ mil, dias</translation>
        </message>
        <message>
            <source>Start *</source>
            <translation>Início *</translation>
        </message>
        <message>
            <source>where it stands now</source>
            <translation>onde está hoje</translation>
        </message>
        <message>
            <source>Target *</source>
            <translation>Meta *</translation>
        </message>
        <message>
            <source>where it should get</source>
            <translation>aonde deve chegar</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sentido</translation>
        </message>
        <message>
            <source>Increase: the target is above the start. Decrease: below it (e.g. costs).</source>
            <translation>Aumentar: a meta fica acima do início. Diminuir: abaixo dele (ex.: custos).</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Atual</translation>
        </message>
        <message>
            <source>Create key result</source>
            <translation>Criar resultado-chave</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <source>%1 — from the latest check-in</source>
            <translation>%1 — do último check-in</translation>
        </message>
        <message>
            <source>Set by the check-ins: use “Check in” to record what was measured.</source>
            <translation>Vem dos check-ins: use “Check-in” para registrar o que foi medido.</translation>
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
        <name>KpiCards</name>
        <message>
            <source>Revenue</source>
            <translation>Receita</translation>
        </message>
        <message>
            <source>Recurring revenue (MRR)</source>
            <translation>Receita recorrente (MRR)</translation>
        </message>
        <message>
            <source>Gross retention (GRR)</source>
            <translation>Retenção bruta (GRR)</translation>
        </message>
        <message>
            <source>Net retention (NRR)</source>
            <translation>Retenção líquida (NRR)</translation>
        </message>
        <message>
            <source>Logo churn</source>
            <translation>Churn de clientes</translation>
        </message>
        <message>
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <source>CSAT</source>
            <translation>CSAT</translation>
        </message>
        <message>
            <source>Lifetime value (CLV)</source>
            <translation>Valor vitalício (CLV)</translation>
        </message>
        <message>
            <source>Acquisition cost (CAC)</source>
            <translation>Custo de aquisição (CAC)</translation>
        </message>
        <message>
            <source>CLV:CAC</source>
            <translation>CLV:CAC</translation>
        </message>
        <message>
            <source>Weighted pipeline</source>
            <translation>Pipeline ponderado</translation>
        </message>
        <message>
            <source>Win rate</source>
            <translation>Taxa de conversão</translation>
        </message>
        <message>
            <source>Forecast accuracy</source>
            <translation>Acurácia da previsão</translation>
        </message>
        <message>
            <source>Revenue = Σ monthly revenue of every account in the period; the share under it is recurring revenue ÷ revenue.</source>
            <translation>Receita = Σ receita mensal de todas as contas no período; a parcela abaixo dela é receita recorrente ÷ receita.</translation>
        </message>
        <message>
            <source>MRR = Σ recurring revenue of every account in the period's last month.</source>
            <translation>MRR = Σ receita recorrente de todas as contas no último mês do período.</translation>
        </message>
        <message>
            <source>GRR = Σ min(MRR now, MRR 12 months before) ÷ Σ MRR 12 months before, over the accounts active 12 months before the period's last month.</source>
            <translation>GRR = Σ mín(MRR atual, MRR 12 meses antes) ÷ Σ MRR 12 meses antes, sobre as contas ativas 12 meses antes do último mês do período.</translation>
        </message>
        <message>
            <source>NRR = Σ MRR now ÷ Σ MRR 12 months before, over the accounts active 12 months before the period's last month (up-sell and cross-sell count).</source>
            <translation>NRR = Σ MRR atual ÷ Σ MRR 12 meses antes, sobre as contas ativas 12 meses antes do último mês do período (up-sell e cross-sell contam).</translation>
        </message>
        <message>
            <source>Logo churn = 1 − accounts still active now ÷ accounts active 12 months before the period's last month.</source>
            <translation>Churn de clientes = 1 − contas ainda ativas ÷ contas ativas 12 meses antes do último mês do período.</translation>
        </message>
        <message>
            <source>NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100, over the period's NPS responses.</source>
            <translation>NPS = % promotores (9–10) − % detratores (0–6), de −100 a 100, sobre as respostas de NPS do período.</translation>
        </message>
        <message>
            <source>CSAT = % of the period's CSAT responses (1–5) scoring 4 or 5.</source>
            <translation>CSAT = % das respostas de CSAT do período (1–5) com nota 4 ou 5.</translation>
        </message>
        <message>
            <source>CLV = average monthly revenue × gross margin ÷ monthly logo churn, over the 12 months to the period's end. With no churn the lifetime has no end: no finite value.</source>
            <translation>CLV = receita mensal média × margem bruta ÷ churn mensal de clientes, nos 12 meses até o fim do período. Sem churn, o ciclo de vida não tem fim: não há valor finito.</translation>
        </message>
        <message>
            <source>CAC = Σ acquisition cost of the accounts won in the period ÷ accounts won in the period (those with a known cost).</source>
            <translation>CAC = Σ custo de aquisição das contas conquistadas no período ÷ contas conquistadas no período (as que têm custo conhecido).</translation>
        </message>
        <message>
            <source>CLV:CAC = CLV ÷ CAC; 3 or more is the usual sign of healthy growth.</source>
            <translation>CLV:CAC = CLV ÷ CAC; 3 ou mais é o sinal usual de crescimento saudável.</translation>
        </message>
        <message>
            <source>Weighted pipeline = Σ value × probability of the open opportunities today, whatever their expected close.</source>
            <translation>Pipeline ponderado = Σ valor × probabilidade das oportunidades abertas hoje, qualquer que seja o fechamento previsto.</translation>
        </message>
        <message>
            <source>Win rate = opportunities won ÷ opportunities closed (won or lost) in the period.</source>
            <translation>Taxa de conversão = oportunidades ganhas ÷ oportunidades encerradas (ganhas ou perdidas) no período.</translation>
        </message>
        <message>
            <source>Forecast accuracy = 1 − MAPE of the committed forecast over the period's months: each month 1 − |won − forecast| ÷ won, the forecast from the snapshot taken before the month began.</source>
            <translation>Acurácia da previsão = 1 − MAPE da previsão comprometida nos meses do período: a cada mês 1 − |ganho − previsto| ÷ ganho, com a previsão do retrato tirado antes do início do mês.</translation>
        </message>
        <message>
            <source>%1 pp</source>
            <translation>%1 p.p.</translation>
        </message>
        <message>
            <source>%1 pts</source>
            <translation>%1 pts</translation>
        </message>
        <message>
            <source>Unbounded</source>
            <translation>Ilimitado</translation>
        </message>
        <message>
            <source>no comparison</source>
            <translation>sem comparação</translation>
        </message>
        <message>
            <source>%1 vs %2</source>
            <translation>%1 vs %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
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
            <translation>Conta</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <source>&amp;New portfolio…</source>
            <translation>&amp;Nova carteira…</translation>
        </message>
        <message>
            <source>&amp;Open portfolio…</source>
            <translation>&amp;Abrir carteira…</translation>
        </message>
        <message>
            <source>Save a &amp;copy…</source>
            <translation>Salvar uma &amp;cópia…</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>Cópias de se&amp;gurança…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;recente</translation>
        </message>
        <message>
            <source>Connect to team ser&amp;ver…</source>
            <translation>Conectar a ser&amp;vidor da equipe…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Desfazer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Refazer</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferências…</translation>
        </message>
        <message>
            <source>&amp;Accounts</source>
            <translation>&amp;Contas</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Exi&amp;bir</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <source>Open the &amp;demo portfolio</source>
            <translation>Abrir a carteira de &amp;demonstração</translation>
        </message>
        <message>
            <source>&amp;Routine guide</source>
            <translation>&amp;Guia da rotina</translation>
        </message>
        <message>
            <source>&amp;About KAMdesk</source>
            <translation>&amp;Sobre o KAMdesk</translation>
        </message>
        <message>
            <source>No recent portfolios</source>
            <translation>Nenhuma carteira recente</translation>
        </message>
        <message>
            <source>Team servers</source>
            <translation>Servidores da equipe</translation>
        </message>
        <message>
            <source>Account: </source>
            <translation>Conta: </translation>
        </message>
        <message>
            <source>Whole portfolio</source>
            <translation>Carteira inteira</translation>
        </message>
        <message>
            <source>Show the whole portfolio instead of one account</source>
            <translation>Exibir a carteira inteira em vez de uma só conta</translation>
        </message>
        <message>
            <source>&amp;Portfolio</source>
            <translation>Ca&amp;rteira</translation>
        </message>
        <message>
            <source>A&amp;ccounts</source>
            <translation>Co&amp;ntas</translation>
        </message>
        <message>
            <source>&amp;Stakeholder map</source>
            <translation>&amp;Mapa de stakeholders</translation>
        </message>
        <message>
            <source>P&amp;ipeline</source>
            <translation>&amp;Pipeline</translation>
        </message>
        <message>
            <source>&amp;OKRs</source>
            <translation>&amp;OKRs</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Desfazer %1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Refazer %1</translation>
        </message>
        <message>
            <source>team server</source>
            <translation>servidor da equipe</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n active account(s)</source>
            <translation>
                <numerusform>%1 · %n conta ativa</numerusform>
                <numerusform>%1 · %n contas ativas</numerusform>
            </translation>
        </message>
        <message>
            <source>A team portfolio's backups are made by whoever runs the server.</source>
            <translation>Os backups de uma carteira da equipe são feitos por quem administra o servidor.</translation>
        </message>
        <message>
            <source>The change could not be saved.</source>
            <translation>Não foi possível salvar a alteração.</translation>
        </message>
        <message>
            <source>The portfolio was left as it was. Details: %1</source>
            <translation>A carteira foi mantida como estava. Detalhes: %1</translation>
        </message>
        <message>
            <source>KAMdesk portfolios (*%1)</source>
            <translation>Carteiras do KAMdesk (*%1)</translation>
        </message>
        <message>
            <source>Open portfolio</source>
            <translation>Abrir carteira</translation>
        </message>
        <message>
            <source>Portfolio updated to this version; a backup was kept in %1</source>
            <translation>Carteira atualizada para esta versão; um backup foi mantido em %1</translation>
        </message>
        <message>
            <source>New portfolio</source>
            <translation>Nova carteira</translation>
        </message>
        <message>
            <source> (copy)</source>
            <translation> (cópia)</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Salvar uma cópia</translation>
        </message>
        <message>
            <source>The copy could not be saved.</source>
            <translation>Não foi possível salvar a cópia.</translation>
        </message>
        <message>
            <source>Copy saved: %1</source>
            <translation>Cópia salva: %1</translation>
        </message>
        <message>
            <source>Writing a demo portfolio with 40 accounts…</source>
            <translation>Criando uma carteira de demonstração com 40 contas…</translation>
        </message>
        <message>
            <source>Demo portfolio</source>
            <translation>Carteira de demonstração</translation>
        </message>
        <message>
            <source>The demo portfolio could not be written.</source>
            <translation>Não foi possível criar a carteira de demonstração.</translation>
        </message>
        <message>
            <source>About KAMdesk</source>
            <translation>Sobre o KAMdesk</translation>
        </message>
        <message>
            <source>&lt;b&gt;KAMdesk %1&lt;/b&gt;&lt;p&gt;Key account management on your desktop: ICP and tiers, stakeholder maps, pipeline, OKRs and account health.&lt;/p&gt;</source>
            <translation>&lt;b&gt;KAMdesk %1&lt;/b&gt;&lt;p&gt;Gestão de contas-chave no seu computador: ICP e segmentos, mapas de stakeholders, pipeline, OKRs e saúde das contas.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MapCommands</name>
        <message numerus="yes">
            <source>Delete %n person(s)</source>
            <translation>
                <numerusform>Excluir %n pessoa</numerusform>
                <numerusform>Excluir %n pessoas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n card(s)</source>
            <translation>
                <numerusform>Mover %n cartão</numerusform>
                <numerusform>Mover %n cartões</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n link(s)</source>
            <translation>
                <numerusform>Excluir %n ligação</numerusform>
                <numerusform>Excluir %n ligações</numerusform>
            </translation>
        </message>
        <message>
            <source>Add “%1” to the map</source>
            <translation>Incluir “%1” no mapa</translation>
        </message>
        <message>
            <source>Arrange as org chart</source>
            <translation>Organizar como organograma</translation>
        </message>
        <message>
            <source>Add link</source>
            <translation>Incluir ligação</translation>
        </message>
        <message>
            <source>Record map review</source>
            <translation>Registrar revisão do mapa</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>Editar “%1”</translation>
        </message>
        <message>
            <source>Edit link</source>
            <translation>Editar ligação</translation>
        </message>
    </context>
    <context>
        <name>MapLegend</name>
        <message>
            <source>Contact overdue</source>
            <translation>Contato atrasado</translation>
        </message>
        <message>
            <source>Relationship strength (1–5)</source>
            <translation>Força do relacionamento (1–5)</translation>
        </message>
        <message>
            <source>Bigger card = more influence</source>
            <translation>Cartão maior = mais influência</translation>
        </message>
    </context>
    <context>
        <name>MapTrendChart</name>
        <message>
            <source>Trend of the map reviews</source>
            <translation>Evolução das revisões do mapa</translation>
        </message>
        <message>
            <source>Sponsor coverage</source>
            <translation>Cobertura de patrocinadores</translation>
        </message>
        <message>
            <source>↑ better</source>
            <translation>↑ melhor</translation>
        </message>
        <message>
            <source>Resistance</source>
            <translation>Resistência</translation>
        </message>
        <message>
            <source>↓ better</source>
            <translation>↓ melhor</translation>
        </message>
        <message>
            <source>Map review of %1</source>
            <translation>Revisão do mapa de %1</translation>
        </message>
        <message>
            <source>Sponsor coverage: %1</source>
            <translation>Cobertura de patrocinadores: %1</translation>
        </message>
        <message>
            <source>Resistance: %1</source>
            <translation>Resistência: %1</translation>
        </message>
        <message>
            <source>No map review recorded yet.</source>
            <translation>Nenhuma revisão do mapa registrada ainda.</translation>
        </message>
    </context>
    <context>
        <name>MembersModel</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>Owner name of their accounts</source>
            <translation>Nome de responsável nas contas</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Usuário no servidor</translation>
        </message>
    </context>
    <context>
        <name>MoveOpportunitiesDialog</name>
        <message>
            <source>Delete stage</source>
            <translation>Excluir etapa</translation>
        </message>
        <message numerus="yes">
            <source>“%1” holds %n opportunity(s). Before the stage is deleted, they move to:</source>
            <translation>
                <numerusform>“%1” tem %n oportunidade. Antes de excluir a etapa, ela vai para:</numerusform>
                <numerusform>“%1” tem %n oportunidades. Antes de excluir a etapa, elas vão para:</numerusform>
            </translation>
        </message>
        <message>
            <source>Move and delete</source>
            <translation>Mover e excluir</translation>
        </message>
        <message>
            <source>Their stage history moves with them and their dates stay as they are. Undo brings the stage back with its opportunities.</source>
            <translation>O histórico de etapas vai junto e as datas ficam como estão. Desfazer traz a etapa de volta com as oportunidades.</translation>
        </message>
    </context>
    <context>
        <name>NewAccountDialog</name>
        <message>
            <source>New account</source>
            <translation>Nova conta</translation>
        </message>
        <message>
            <source>How your team calls the client</source>
            <translation>Como sua equipe chama o cliente</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Nome *</translation>
        </message>
        <message>
            <source>CNPJ</source>
            <translation>CNPJ</translation>
        </message>
        <message>
            <source>Owner (KAM)</source>
            <translation>Responsável (KAM)</translation>
        </message>
    </context>
    <context>
        <name>ObjectiveDialog</name>
        <message>
            <source>New objective</source>
            <translation>Novo objetivo</translation>
        </message>
        <message>
            <source>Edit objective</source>
            <translation>Editar objetivo</translation>
        </message>
        <message>
            <source>Whole portfolio</source>
            <translation>Carteira inteira</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>e.g. Become the preferred logistics partner</source>
            <translation>ex.: Ser o parceiro logístico preferido</translation>
        </message>
        <message>
            <source>Objective *</source>
            <translation>Objetivo *</translation>
        </message>
        <message>
            <source>Period *</source>
            <translation>Período *</translation>
        </message>
        <message>
            <source>No strategy</source>
            <translation>Sem estratégia</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Estratégia</translation>
        </message>
        <message>
            <source>The account strategy this objective turns into results</source>
            <translation>A estratégia da conta que este objetivo transforma em resultados</translation>
        </message>
        <message>
            <source>Create objective</source>
            <translation>Criar objetivo</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <source>A quarter (2027-Q1), a half year (2027-H1) or a year (2027) of the fiscal year</source>
            <translation>Um trimestre (2027-Q1), um semestre (2027-H1) ou um ano (2027) do ano fiscal</translation>
        </message>
        <message>
            <source>A quarter (2027-Q1), a half year (2027-H1) or a year (2027)</source>
            <translation>Um trimestre (2027-Q1), um semestre (2027-H1) ou um ano (2027)</translation>
        </message>
        <message>
            <source>From %1 to %2</source>
            <translation>De %1 a %2</translation>
        </message>
    </context>
    <context>
        <name>OkrCommands</name>
        <message>
            <source>New objective “%1”</source>
            <translation>Novo objetivo “%1”</translation>
        </message>
        <message>
            <source>Edit objective “%1”</source>
            <translation>Editar objetivo “%1”</translation>
        </message>
        <message>
            <source>Delete objective “%1”</source>
            <translation>Excluir objetivo “%1”</translation>
        </message>
        <message>
            <source>New key result “%1”</source>
            <translation>Novo resultado-chave “%1”</translation>
        </message>
        <message>
            <source>Edit key result “%1”</source>
            <translation>Editar resultado-chave “%1”</translation>
        </message>
        <message>
            <source>Delete key result “%1”</source>
            <translation>Excluir resultado-chave “%1”</translation>
        </message>
        <message>
            <source>Check-in of “%1”</source>
            <translation>Check-in de “%1”</translation>
        </message>
        <message>
            <source>Edit check-in of “%1”</source>
            <translation>Editar check-in de “%1”</translation>
        </message>
        <message>
            <source>Delete check-in of %1 of “%2”</source>
            <translation>Excluir check-in de %1 de “%2”</translation>
        </message>
    </context>
    <context>
        <name>OkrTexts</name>
        <message>
            <source>On track</source>
            <translation>No rumo</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>Em risco</translation>
        </message>
        <message>
            <source>Off track</source>
            <translation>Fora do rumo</translation>
        </message>
        <message>
            <source>Progress against the share of the period gone by, and the latest confidence:
on track — at least 90 % of the expected progress and confidence 7 or more;
off track — under 60 % of the expected progress, or confidence 3 or less;
at risk — anything in between.</source>
            <translation>Progresso comparado à parte do período já decorrida, e a última confiança:
no rumo — pelo menos 90 % do progresso esperado e confiança 7 ou mais;
fora do rumo — menos de 60 % do progresso esperado, ou confiança 3 ou menos;
em risco — qualquer situação intermediária.</translation>
        </message>
        <message>
            <source>good (0.7–1.0)</source>
            <translation>bom (0,7–1,0)</translation>
        </message>
        <message>
            <source>progress, fell short (0.4–0.6)</source>
            <translation>avançou, mas ficou aquém (0,4–0,6)</translation>
        </message>
        <message>
            <source>missed (0.0–0.3)</source>
            <translation>não atingido (0,0–0,3)</translation>
        </message>
        <message>
            <source>Final grade %1: %2</source>
            <translation>Nota final %1: %2</translation>
        </message>
        <message>
            <source>Grade so far %1: %2 — final when the period ends</source>
            <translation>Nota parcial %1: %2 — fica final quando o período terminar</translation>
        </message>
    </context>
    <context>
        <name>OkrTreeModel</name>
        <message>
            <source>Objective / key result</source>
            <translation>Objetivo / resultado-chave</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Conta</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Estratégia</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progresso</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Current / target</source>
            <translation>Atual / meta</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Confiança</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Key result: (current − start) ÷ (target − start), from 0 to 100 %.
Objective: the mean of its key results.</source>
            <translation>Resultado-chave: (atual − início) ÷ (meta − início), de 0 a 100 %.
Objetivo: a média dos seus resultados-chave.</translation>
        </message>
        <message>
            <source>Key result: the confidence (1–10) of its latest check-in.
Objective: the lowest among its key results.</source>
            <translation>Resultado-chave: a confiança (1–10) do último check-in.
Objetivo: a menor entre os seus resultados-chave.</translation>
        </message>
        <message>
            <source>End-of-period grade from 0.0 to 1.0: 0.7 or more is good.
In grey while the period runs: the grade so far.</source>
            <translation>Nota de fim de período de 0,0 a 1,0: 0,7 ou mais é bom.
Em cinza enquanto o período corre: a nota parcial.</translation>
        </message>
        <message>
            <source>Whole portfolio</source>
            <translation>Carteira inteira</translation>
        </message>
        <message>
            <source>From %1 to %2 (%3)</source>
            <translation>De %1 para %2 (%3)</translation>
        </message>
        <message>
            <source>%1 of the period gone by</source>
            <translation>%1 do período já decorrido</translation>
        </message>
    </context>
    <context>
        <name>OkrsTab</name>
        <message>
            <source>New objective…</source>
            <translation>Novo objetivo…</translation>
        </message>
        <message>
            <source>An objective for the selected account, or for the whole portfolio</source>
            <translation>Um objetivo para a conta selecionada ou para a carteira inteira</translation>
        </message>
        <message>
            <source>New key result…</source>
            <translation>Novo resultado-chave…</translation>
        </message>
        <message>
            <source>A measurable result of the selected objective</source>
            <translation>Um resultado mensurável do objetivo selecionado</translation>
        </message>
        <message>
            <source>Check in…</source>
            <translation>Check-in…</translation>
        </message>
        <message>
            <source>Record the value measured today for the selected key result</source>
            <translation>Registrar o valor medido hoje para o resultado-chave selecionado</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Edit the selected objective or key result</source>
            <translation>Editar o objetivo ou resultado-chave selecionado</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Delete the selected objective (with its key results) or key result (undoable)</source>
            <translation>Excluir o objetivo selecionado (com seus resultados-chave) ou o resultado-chave (dá para desfazer)</translation>
        </message>
        <message>
            <source>Show the objectives of one period</source>
            <translation>Mostrar os objetivos de um período</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Período:</translation>
        </message>
        <message>
            <source>Whole portfolio: every objective</source>
            <translation>Carteira inteira: todos os objetivos</translation>
        </message>
        <message>
            <source>Objectives of %1</source>
            <translation>Objetivos de %1</translation>
        </message>
        <message>
            <source>All periods</source>
            <translation>Todos os períodos</translation>
        </message>
        <message>
            <source>Running today</source>
            <translation>Em andamento hoje</translation>
        </message>
        <message>
            <source>No objectives yet. Create one with “New objective…”: for an account or for the whole portfolio, then add its key results and check in every month.</source>
            <translation>Nenhum objetivo ainda. Crie um com “Novo objetivo…” — para uma conta ou para a carteira inteira —, depois adicione os resultados-chave e faça check-in todo mês.</translation>
        </message>
        <message>
            <source>%1 has no objectives yet. Create one with “New objective…”, add its key results, then check in every month.</source>
            <translation>%1 ainda não tem objetivos. Crie um com “Novo objetivo…”, adicione os resultados-chave e faça check-in todo mês.</translation>
        </message>
        <message numerus="yes">
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n objetivo</numerusform>
                <numerusform>%n objetivos</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 on track · %2 at risk · %3 off track</source>
            <translation>%1 no rumo · %2 em risco · %3 fora do rumo</translation>
        </message>
    </context>
    <context>
        <name>OpportunitiesModel</name>
        <message>
            <source>Opportunity</source>
            <translation>Oportunidade</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Conta</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Monthly recurring</source>
            <translation>Recorrente mensal</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Probabilidade</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>Ponderado</translation>
        </message>
        <message>
            <source>Forecast category</source>
            <translation>Categoria da previsão</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Fechamento previsto</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produto</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Próximo passo</translation>
        </message>
        <message>
            <source>Value = one-time value + 12 × monthly recurring value</source>
            <translation>Valor = valor único + 12 × valor recorrente mensal</translation>
        </message>
        <message>
            <source>The opportunity's own probability, else its stage's default</source>
            <translation>A probabilidade da própria oportunidade ou, se não houver, a padrão da etapa</translation>
        </message>
        <message>
            <source>Weighted value = value × probability</source>
            <translation>Valor ponderado = valor × probabilidade</translation>
        </message>
    </context>
    <context>
        <name>OpportunityDialog</name>
        <message>
            <source>New opportunity</source>
            <translation>Nova oportunidade</translation>
        </message>
        <message>
            <source>Edit opportunity</source>
            <translation>Editar oportunidade</translation>
        </message>
        <message>
            <source>Create opportunity</source>
            <translation>Criar oportunidade</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Negócio</translation>
        </message>
        <message>
            <source>Type to search an account…</source>
            <translation>Digite para buscar uma conta…</translation>
        </message>
        <message>
            <source>Account *</source>
            <translation>Conta *</translation>
        </message>
        <message>
            <source>e.g. ERP rollout in the north plants</source>
            <translation>ex.: Implantação do ERP nas plantas do norte</translation>
        </message>
        <message>
            <source>Title *</source>
            <translation>Título *</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>No product</source>
            <translation>Sem produto</translation>
        </message>
        <message>
            <source>Product line</source>
            <translation>Linha de produto</translation>
        </message>
        <message>
            <source>The part of the client's organization that buys</source>
            <translation>A parte da organização do cliente que compra</translation>
        </message>
        <message>
            <source>Org unit</source>
            <translation>Área</translation>
        </message>
        <message>
            <source>Who leads the deal</source>
            <translation>Quem conduz o negócio</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Who else is in the running</source>
            <translation>Quem mais está na disputa</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Concorrente</translation>
        </message>
        <message>
            <source>Value and forecast</source>
            <translation>Valor e previsão</translation>
        </message>
        <message>
            <source>One-time value</source>
            <translation>Valor único</translation>
        </message>
        <message>
            <source>Monthly recurring</source>
            <translation>Recorrente mensal</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Leave at the stage default unless this deal is clearly more or less likely</source>
            <translation>Deixe o padrão da etapa, a menos que este negócio seja claramente mais ou menos provável</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Probabilidade</translation>
        </message>
        <message>
            <source>How sure you are that it closes in its period: pipeline, best case, commit</source>
            <translation>Quão certo você está de que fecha no período: pipeline, melhor cenário, compromisso</translation>
        </message>
        <message>
            <source>Forecast category</source>
            <translation>Categoria da previsão</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>não definida</translation>
        </message>
        <message>
            <source>No expected close date</source>
            <translation>Sem data prevista de fechamento</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Fechamento previsto</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Acompanhamento</translation>
        </message>
        <message>
            <source>e.g. Send the revised proposal by Friday</source>
            <translation>ex.: Enviar a proposta revisada até sexta</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Próximo passo</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Histórico</translation>
        </message>
        <message>
            <source>In red: the close date moved out, or the value went down.</source>
            <translation>Em vermelho: a data de fechamento foi adiada ou o valor caiu.</translation>
        </message>
        <message>
            <source>%1 (archived)</source>
            <translation>%1 (arquivada)</translation>
        </message>
        <message>
            <source>Whole account (no unit)</source>
            <translation>Conta inteira (sem área)</translation>
        </message>
        <message>
            <source>stage default (%1)</source>
            <translation>padrão da etapa (%1)</translation>
        </message>
        <message>
            <source>Why it was won *</source>
            <translation>Por que foi ganha *</translation>
        </message>
        <message>
            <source>Why it was lost *</source>
            <translation>Por que foi perdida *</translation>
        </message>
        <message>
            <source>e.g. Best total cost over three years</source>
            <translation>ex.: Melhor custo total em três anos</translation>
        </message>
        <message>
            <source>e.g. The competitor's price was 15 % lower</source>
            <translation>ex.: O preço do concorrente era 15 % menor</translation>
        </message>
        <message>
            <source>= %1 (one-time + 12 × monthly)
weighted: %2 at %3</source>
            <translation>= %1 (único + 12 × mensal)
ponderado: %2 a %3</translation>
        </message>
        <message>
            <source>Choose an account from the list.</source>
            <translation>Escolha uma conta da lista.</translation>
        </message>
    </context>
    <context>
        <name>OpportunityHistoryModel</name>
        <message>
            <source>Changed on</source>
            <translation>Alterado em</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Fechamento previsto</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Probabilidade</translation>
        </message>
        <message>
            <source>Was %1</source>
            <translation>Antes: %1</translation>
        </message>
        <message>
            <source>(deleted stage)</source>
            <translation>(etapa excluída)</translation>
        </message>
        <message>
            <source>stage default</source>
            <translation>padrão da etapa</translation>
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
        <name>OrgUnitsModel</name>
        <message>
            <source>Org unit</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Target area</source>
            <translation>Área-alvo</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message>
            <source>Double-click a name to rename the unit</source>
            <translation>Clique duas vezes no nome para renomear a área</translation>
        </message>
        <message>
            <source>Company, business unit, directorate or area</source>
            <translation>Empresa, unidade de negócio, diretoria ou área</translation>
        </message>
        <message>
            <source>Target areas count in sponsor coverage: each needs at least one sponsor</source>
            <translation>As áreas-alvo entram na cobertura de patrocinadores: cada uma precisa de pelo menos um patrocinador</translation>
        </message>
        <message>
            <source>People placed directly in the unit</source>
            <translation>Pessoas alocadas diretamente nesta área</translation>
        </message>
        <message>
            <source>Not a target area: tick to count it in coverage</source>
            <translation>Não é área-alvo: marque para contá-la na cobertura</translation>
        </message>
        <message>
            <source>Target area with a sponsor</source>
            <translation>Área-alvo com patrocinador</translation>
        </message>
        <message>
            <source>Target area without a sponsor yet</source>
            <translation>Área-alvo ainda sem patrocinador</translation>
        </message>
    </context>
    <context>
        <name>OrgUnitsPanel</name>
        <message>
            <source>Add unit</source>
            <translation>Nova área</translation>
        </message>
        <message>
            <source>Add a unit beside the selected one (a company when none is selected)</source>
            <translation>Inclui uma área ao lado da selecionada (uma empresa quando nenhuma está selecionada)</translation>
        </message>
        <message>
            <source>Add sub-unit</source>
            <translation>Nova subárea</translation>
        </message>
        <message>
            <source>Add a unit inside the selected one, one level below it</source>
            <translation>Inclui uma área dentro da selecionada, um nível abaixo</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renomear</translation>
        </message>
        <message>
            <source>Type a new name for the selected unit</source>
            <translation>Digite um novo nome para a área selecionada</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Delete the selected units; their people stay, without a unit (undoable)</source>
            <translation>Exclui as áreas selecionadas; as pessoas continuam no mapa, sem área (pode ser desfeito)</translation>
        </message>
        <message>
            <source>No org units yet. Add the company first, then its business units, directorates and areas, and tick “Target area” where you need a sponsor.</source>
            <translation>Nenhuma área ainda. Cadastre primeiro a empresa, depois as unidades de negócio, diretorias e áreas, e marque “Área-alvo” onde você precisa de um patrocinador.</translation>
        </message>
        <message>
            <source>The org unit could not be added.</source>
            <translation>Não foi possível incluir a área.</translation>
        </message>
        <message>
            <source>“%1” cannot be moved there.</source>
            <translation>Não é possível mover “%1” para lá.</translation>
        </message>
        <message>
            <source>“%1” could not be renamed.</source>
            <translation>Não foi possível renomear “%1”.</translation>
        </message>
        <message>
            <source>“%1” could not be changed.</source>
            <translation>Não foi possível alterar “%1”.</translation>
        </message>
        <message>
            <source>Delete “%1”?</source>
            <translation>Excluir “%1”?</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n org unit(s)?</source>
            <translation>
                <numerusform>Excluir %n área?</numerusform>
                <numerusform>Excluir %n áreas?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) will stay without an org unit.</source>
            <translation>
                <numerusform>%n pessoa ficará sem área.</numerusform>
                <numerusform>%n pessoas ficarão sem área.</numerusform>
            </translation>
        </message>
        <message>
            <source>The sub-units move up to the unit above.</source>
            <translation>As subáreas sobem para a área acima.</translation>
        </message>
        <message>
            <source>You can undo it with Edit ▸ Undo.</source>
            <translation>Você pode desfazer em Editar ▸ Desfazer.</translation>
        </message>
        <message>
            <source>Delete org units</source>
            <translation>Excluir áreas</translation>
        </message>
        <message>
            <source>New company</source>
            <translation>Nova empresa</translation>
        </message>
        <message>
            <source>New business unit</source>
            <translation>Nova unidade de negócio</translation>
        </message>
        <message>
            <source>New directorate</source>
            <translation>Nova diretoria</translation>
        </message>
        <message>
            <source>New area</source>
            <translation>Nova área</translation>
        </message>
    </context>
    <context>
        <name>PeopleChecklist</name>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>Last contact: %1</source>
            <translation>Último contato: %1</translation>
        </message>
    </context>
    <context>
        <name>PeopleTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Org unit</source>
            <translation>Área</translation>
        </message>
        <message>
            <source>Buying role</source>
            <translation>Papel na compra</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Posição</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Influência</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relacionamento</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Último contato</translation>
        </message>
    </context>
    <context>
        <name>PeriodSelector</name>
        <message>
            <source>Month</source>
            <translation>Mês</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Trimestre</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Ano</translation>
        </message>
        <message>
            <source>Compare months, fiscal quarters or fiscal years</source>
            <translation>Compare meses, trimestres fiscais ou anos fiscais</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>Período anterior</translation>
        </message>
        <message>
            <source>Next period</source>
            <translation>Próximo período</translation>
        </message>
        <message>
            <source>Latest complete</source>
            <translation>Último completo</translation>
        </message>
        <message>
            <source>Back to the last complete period</source>
            <translation>Voltar ao último período completo</translation>
        </message>
        <message>
            <source>%1 (so far)</source>
            <translation>%1 (até agora)</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>New person</source>
            <translation>Nova pessoa</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nome completo</translation>
        </message>
        <message>
            <source>e.g. Procurement director</source>
            <translation>ex.: Diretor de compras</translation>
        </message>
        <message>
            <source>1 = little say in the decision, 5 = decides</source>
            <translation>1 = pouca voz na decisão, 5 = decide</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Nome *</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Posição</translation>
        </message>
        <message>
            <source>Influence (1–5)</source>
            <translation>Influência (1–5)</translation>
        </message>
    </context>
    <context>
        <name>PipelineAttention</name>
        <message>
            <source>The expected close date ({expected_close}) has passed.</source>
            <translation>A data prevista de fechamento ({expected_close}) já passou.</translation>
        </message>
        <message>
            <source>No expected close date.</source>
            <translation>Sem data prevista de fechamento.</translation>
        </message>
        <message>
            <source>Not updated for {days} days.</source>
            <translation>Sem atualização há {days} dias.</translation>
        </message>
        <message>
            <source>No next step.</source>
            <translation>Sem próximo passo.</translation>
        </message>
        <message>
            <source>{days} days in this stage; deals usually move on within {usual_days} days.</source>
            <translation>{days} dias nesta etapa; normalmente as oportunidades avançam em até {usual_days} dias.</translation>
        </message>
    </context>
    <context>
        <name>PipelineBoard</name>
        <message>
            <source>No next step</source>
            <translation>Sem próximo passo</translation>
        </message>
        <message>
            <source>No close date</source>
            <translation>Sem data de fechamento</translation>
        </message>
        <message>
            <source>No opportunities in this stage.
Drag cards here to move them.</source>
            <translation>Nenhuma oportunidade nesta etapa.
Arraste cartões para cá para movê-los.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Mover para</translation>
        </message>
        <message>
            <source>Nothing was moved to %1.</source>
            <translation>Nada foi movido para %1.</translation>
        </message>
        <message numerus="yes">
            <source>Move %n opportunity(s) to %1</source>
            <translation>
                <numerusform>Mover %n oportunidade para %1</numerusform>
                <numerusform>Mover %n oportunidades para %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more problem(s).</source>
            <translation>
                <numerusform>… e mais %n problema.</numerusform>
                <numerusform>… e mais %n problemas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PipelineCommands</name>
        <message numerus="yes">
            <source>Delete %n opportunity(s)</source>
            <translation>
                <numerusform>Excluir %n oportunidade</numerusform>
                <numerusform>Excluir %n oportunidades</numerusform>
            </translation>
        </message>
        <message>
            <source>New opportunity “%1”</source>
            <translation>Nova oportunidade “%1”</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>Editar “%1”</translation>
        </message>
        <message>
            <source>Move “%1” to %2</source>
            <translation>Mover “%1” para %2</translation>
        </message>
        <message>
            <source>Pipeline review of the portfolio</source>
            <translation>Revisão do pipeline da carteira</translation>
        </message>
        <message>
            <source>Pipeline review of “%1”</source>
            <translation>Revisão do pipeline de “%1”</translation>
        </message>
    </context>
    <context>
        <name>PipelineReview</name>
        <message>
            <source>Close date passed</source>
            <translation>Data de fechamento vencida</translation>
        </message>
        <message>
            <source>No close date</source>
            <translation>Sem data de fechamento</translation>
        </message>
        <message>
            <source>No recent update</source>
            <translation>Sem atualização recente</translation>
        </message>
        <message>
            <source>No next step</source>
            <translation>Sem próximo passo</translation>
        </message>
        <message>
            <source>Stuck in stage</source>
            <translation>Parada na etapa</translation>
        </message>
    </context>
    <context>
        <name>PipelineReviewView</name>
        <message>
            <source>Reading the pipeline review…</source>
            <translation>Lendo a revisão do pipeline…</translation>
        </message>
        <message>
            <source>Show the opportunities of one reason only</source>
            <translation>Mostrar só as oportunidades de um motivo</translation>
        </message>
        <message>
            <source>Nothing needs attention: every open opportunity has a close date ahead, a next step and recent news.</source>
            <translation>Nada precisa de atenção: toda oportunidade aberta tem data de fechamento futura, próximo passo e novidades recentes.</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Precisa de atenção</translation>
        </message>
        <message>
            <source>No close date was pushed out and no value changed this month.</source>
            <translation>Nenhuma data de fechamento foi adiada e nenhum valor mudou este mês.</translation>
        </message>
        <message>
            <source>Slipped this month</source>
            <translation>Adiadas ou alteradas este mês</translation>
        </message>
        <message>
            <source>Once a month, go through the list with the opportunity owners: update close dates and next steps, drop what is dead. Then note what was agreed and record the review.</source>
            <translation>Uma vez por mês, repasse a lista com os responsáveis pelas oportunidades: atualize datas de fechamento e próximos passos, descarte o que morreu. Depois anote o que foi combinado e registre a revisão.</translation>
        </message>
        <message>
            <source>What was agreed: deals to push, to close, to drop, help needed…</source>
            <translation>O que foi combinado: negócios a adiar, a fechar, a descartar, ajuda necessária…</translation>
        </message>
        <message>
            <source>Record pipeline review</source>
            <translation>Registrar revisão do pipeline</translation>
        </message>
        <message>
            <source>Record the review</source>
            <translation>Registrar a revisão</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anotações</translation>
        </message>
        <message>
            <source>Records the review of this account with your notes (undoable)</source>
            <translation>Registra a revisão desta conta com suas anotações (pode ser desfeito)</translation>
        </message>
        <message>
            <source>Records the review of every active account with open opportunities, with your notes (undoable)</source>
            <translation>Registra a revisão de cada conta ativa com oportunidades abertas, com suas anotações (pode ser desfeito)</translation>
        </message>
        <message>
            <source>Monthly pipeline review — all accounts</source>
            <translation>Revisão mensal do pipeline — todas as contas</translation>
        </message>
        <message>
            <source>Monthly pipeline review — %1</source>
            <translation>Revisão mensal do pipeline — %1</translation>
        </message>
        <message>
            <source>Every reason</source>
            <translation>Todos os motivos</translation>
        </message>
        <message numerus="yes">
            <source>%n opportunity(s)</source>
            <translation>
                <numerusform>%n oportunidade</numerusform>
                <numerusform>%n oportunidades</numerusform>
            </translation>
        </message>
        <message>
            <source>No pipeline review recorded yet.</source>
            <translation>Nenhuma revisão do pipeline registrada ainda.</translation>
        </message>
        <message>
            <source>Last review: %1</source>
            <translation>Última revisão: %1</translation>
        </message>
        <message>
            <source>%1 — due again in %2</source>
            <translation>%1 — a próxima é em %2</translation>
        </message>
        <message>
            <source>%1 — due this month</source>
            <translation>%1 — a próxima é este mês</translation>
        </message>
        <message>
            <source>%1 — overdue (was due in %2)</source>
            <translation>%1 — atrasada (era em %2)</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <translation>MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>The pipeline review was not recorded.</source>
            <translation>A revisão do pipeline não foi registrada.</translation>
        </message>
    </context>
    <context>
        <name>PipelineStage</name>
        <message>
            <source>Prospecting</source>
            <translation>Prospecção</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>Qualificação</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Proposta</translation>
        </message>
        <message>
            <source>Negotiation</source>
            <translation>Negociação</translation>
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
        <name>PipelineTab</name>
        <message>
            <source>Board</source>
            <translation>Quadro</translation>
        </message>
        <message>
            <source>One column per stage; drag cards along</source>
            <translation>Uma coluna por etapa; arraste os cartões entre elas</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabela</translation>
        </message>
        <message>
            <source>One row per opportunity, sortable</source>
            <translation>Uma linha por oportunidade, ordenável</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Previsão</translation>
        </message>
        <message>
            <source>Forecast against target by month or quarter, stage funnel and accuracy</source>
            <translation>Previsão versus meta por mês ou trimestre, funil por etapa e acurácia</translation>
        </message>
        <message>
            <source>Monthly review</source>
            <translation>Revisão do mês</translation>
        </message>
        <message>
            <source>What needs attention, what slipped, and recording the monthly review</source>
            <translation>O que precisa de atenção, o que foi adiado, e o registro da revisão mensal</translation>
        </message>
        <message>
            <source>Whitespace</source>
            <translation>Espaço em branco</translation>
        </message>
        <message>
            <source>Where each product line is bought, in play, or not offered yet</source>
            <translation>Onde cada linha de produto é comprada, está em negociação ou ainda não foi oferecida</translation>
        </message>
        <message>
            <source>New opportunity</source>
            <translation>Nova oportunidade</translation>
        </message>
        <message>
            <source>Add an opportunity to the selected account</source>
            <translation>Inclui uma oportunidade na conta selecionada</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Open the selected opportunity</source>
            <translation>Abre a oportunidade selecionada</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Delete the selected opportunities (undoable)</source>
            <translation>Exclui as oportunidades selecionadas (pode ser desfeito)</translation>
        </message>
        <message>
            <source>Open pipeline: value and weighted value (value × probability)</source>
            <translation>Pipeline aberto: valor e valor ponderado (valor × probabilidade)</translation>
        </message>
        <message>
            <source>Selected account</source>
            <translation>Conta selecionada</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Todas as contas</translation>
        </message>
        <message>
            <source>Every type</source>
            <translation>Todos os tipos</translation>
        </message>
        <message>
            <source>Expected close within</source>
            <translation>Fechamento previsto em</translation>
        </message>
        <message>
            <source>Any close date</source>
            <translation>Qualquer data de fechamento</translation>
        </message>
        <message>
            <source>Closing this month</source>
            <translation>Fecham neste mês</translation>
        </message>
        <message>
            <source>Closing this quarter</source>
            <translation>Fecham neste trimestre</translation>
        </message>
        <message>
            <source>Closing next quarter</source>
            <translation>Fecham no próximo trimestre</translation>
        </message>
        <message>
            <source>Closing this year</source>
            <translation>Fecham neste ano</translation>
        </message>
        <message>
            <source>Show won and lost</source>
            <translation>Mostrar ganhas e perdidas</translation>
        </message>
        <message>
            <source>Search title, account, owner, next step…</source>
            <translation>Buscar título, conta, responsável, próximo passo…</translation>
        </message>
        <message>
            <source>Every owner</source>
            <translation>Todos os responsáveis</translation>
        </message>
        <message>
            <source>%1 open · %2 · weighted %3</source>
            <translation>%1 abertas · %2 · ponderado %3</translation>
        </message>
    </context>
    <context>
        <name>PortfolioErrors</name>
        <message>
            <source>“%1” was not found.</source>
            <translation>“%1” não foi encontrado.</translation>
        </message>
        <message>
            <source>It may have been moved, renamed or be on a drive that is not connected.</source>
            <translation>Ele pode ter sido movido, renomeado ou estar em uma unidade que não está conectada.</translation>
        </message>
        <message>
            <source>“%1” is not a KAMdesk portfolio.</source>
            <translation>“%1” não é uma carteira do KAMdesk.</translation>
        </message>
        <message>
            <source>Choose a .kamdesk file. To bring in a spreadsheet, use File ▸ Import from Excel.</source>
            <translation>Escolha um arquivo .kamdesk. Para trazer uma planilha, use Arquivo ▸ Importar do Excel.</translation>
        </message>
        <message>
            <source>“%1” was saved by a newer version of KAMdesk.</source>
            <translation>“%1” foi salvo por uma versão mais recente do KAMdesk.</translation>
        </message>
        <message>
            <source>Update KAMdesk to open it. The file was not changed.</source>
            <translation>Atualize o KAMdesk para abri-lo. O arquivo não foi alterado.</translation>
        </message>
        <message>
            <source>“%1” cannot be changed (read-only file or folder).</source>
            <translation>“%1” não pode ser alterado (arquivo ou pasta somente leitura).</translation>
        </message>
        <message>
            <source>Copy it to a folder you can write to, such as Documents, and open the copy.</source>
            <translation>Copie-o para uma pasta na qual você possa gravar, como Documentos, e abra a cópia.</translation>
        </message>
        <message>
            <source>“%1” is already open in another KAMdesk window.</source>
            <translation>“%1” já está aberto em outra janela do KAMdesk.</translation>
        </message>
        <message>
            <source>Switch to that window, or close it and try again.</source>
            <translation>Alterne para essa janela ou feche-a e tente novamente.</translation>
        </message>
        <message>
            <source>“%1” is damaged.</source>
            <translation>“%1” está danificado.</translation>
        </message>
        <message>
            <source>Restore a backup from File ▸ Backups. The file was not changed.</source>
            <translation>Restaure um backup em Arquivo ▸ Backups. O arquivo não foi alterado.</translation>
        </message>
        <message>
            <source>“%1” could not be opened.</source>
            <translation>Não foi possível abrir “%1”.</translation>
        </message>
        <message>
            <source>Your role in “%1” does not allow this change.</source>
            <translation>O seu papel em “%1” não permite esta alteração.</translation>
        </message>
        <message>
            <source>KAMs change only the accounts they own, viewers change nothing, and portfolio settings are the director's. Nothing was saved; ask your director if you need it changed.</source>
            <translation>Os KAMs alteram só as contas de que são responsáveis, leitores não alteram nada e as configurações da carteira são do diretor. Nada foi salvo; peça ao seu diretor se precisar da alteração.</translation>
        </message>
        <message>
            <source>The server of “%1” cannot be reached.</source>
            <translation>Não foi possível conectar ao servidor de “%1”.</translation>
        </message>
        <message>
            <source>Check your internet or company network connection and the server name (%1), then try again. If it keeps failing, ask whoever runs the server.</source>
            <translation>Verifique sua conexão com a internet ou com a rede da empresa e o nome do servidor (%1) e tente de novo. Se continuar falhando, fale com quem administra o servidor.</translation>
        </message>
        <message>
            <source>The server of “%1” did not accept your user name or password.</source>
            <translation>O servidor de “%1” não aceitou seu usuário ou sua senha.</translation>
        </message>
        <message>
            <source>Check them (capital letters count) and try again. To get a new password, ask whoever runs the server.</source>
            <translation>Confira os dois (maiúsculas e minúsculas fazem diferença) e tente de novo. Para obter uma nova senha, fale com quem administra o servidor.</translation>
        </message>
        <message>
            <source>The server %1 has no portfolio named “%2”.</source>
            <translation>O servidor %1 não tem uma carteira chamada “%2”.</translation>
        </message>
        <message>
            <source>Check the portfolio's name (the database) with whoever runs the server.</source>
            <translation>Confirme o nome da carteira (o banco de dados) com quem administra o servidor.</translation>
        </message>
        <message>
            <source>“%1” on the server %2 is not a KAMdesk portfolio.</source>
            <translation>“%1”, no servidor %2, não é uma carteira do KAMdesk.</translation>
        </message>
        <message>
            <source>Check the portfolio's name (the database) with whoever runs the server. Nothing on the server was changed.</source>
            <translation>Confirme o nome da carteira (o banco de dados) com quem administra o servidor. Nada foi alterado no servidor.</translation>
        </message>
        <message>
            <source>The portfolio file is no longer there: %1</source>
            <translation>O arquivo da carteira não está mais lá: %1</translation>
        </message>
        <message>
            <source>Its drive or folder may have been disconnected (was a USB stick removed?). Reconnect it and try again. Nothing was changed.</source>
            <translation>A unidade ou a pasta pode ter sido desconectada (um pen drive foi removido?). Conecte-a de novo e tente outra vez. Nada foi alterado.</translation>
        </message>
        <message>
            <source>There is not enough space on the disk of %1</source>
            <translation>Não há espaço suficiente no disco de %1</translation>
        </message>
        <message>
            <source>Free some space (empty the recycle bin, delete large files you no longer need) and try again. Your portfolio was not changed.</source>
            <translation>Libere espaço (esvazie a lixeira, apague arquivos grandes de que não precisa mais) e tente de novo. Sua carteira não foi alterada.</translation>
        </message>
        <message>
            <source>The backup folder cannot be written: %1</source>
            <translation>Não é possível gravar na pasta das cópias de segurança: %1</translation>
        </message>
        <message>
            <source>Check that the folder exists and that you may write to it. Your portfolio was not changed.</source>
            <translation>Verifique se a pasta existe e se você tem permissão para gravar nela. Sua carteira não foi alterada.</translation>
        </message>
        <message>
            <source>The backup “%1” is damaged.</source>
            <translation>A cópia de segurança “%1” está danificada.</translation>
        </message>
        <message>
            <source>It cannot be restored: choose another backup. Your portfolio was not changed.</source>
            <translation>Ela não pode ser restaurada: escolha outra cópia. Sua carteira não foi alterada.</translation>
        </message>
        <message>
            <source>The backup could not be made in %1</source>
            <translation>Não foi possível fazer a cópia de segurança em %1</translation>
        </message>
        <message>
            <source>“%1” cannot be written any more: its drive or folder has become read-only. Copy the portfolio to a folder you can write to, such as Documents, and open the copy.</source>
            <translation>Não é mais possível gravar em “%1”: a unidade ou a pasta passou a ser somente leitura. Copie a carteira para uma pasta em que você possa gravar, como Documentos, e abra a cópia.</translation>
        </message>
        <message>
            <source>There is not enough space on the disk of “%1”. Free some space and try again.</source>
            <translation>Não há espaço suficiente no disco de “%1”. Libere espaço e tente de novo.</translation>
        </message>
        <message>
            <source>“%1” is damaged. Close it and restore a backup from File ▸ Backups.</source>
            <translation>“%1” está danificada. Feche-a e restaure uma cópia de segurança em Arquivo ▸ Cópias de segurança.</translation>
        </message>
        <message>
            <source>“%1” could not be written (%2).</source>
            <translation>Não foi possível gravar em “%1” (%2).</translation>
        </message>
        <message>
            <source>“%1” can no longer be reached at %2. Was a USB stick removed, or the folder moved? Reconnect it and open the portfolio again with File ▸ Open.</source>
            <translation>Não é mais possível acessar “%1” em %2. Um pen drive foi removido ou a pasta foi movida? Conecte-o de novo e abra a carteira novamente em Arquivo ▸ Abrir.</translation>
        </message>
    </context>
    <context>
        <name>PortfolioTab</name>
        <message>
            <source>Dashboard</source>
            <translation>Painel</translation>
        </message>
        <message>
            <source>Reviews due</source>
            <translation>Revisões previstas</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Ações</translation>
        </message>
        <message>
            <source>Top risks</source>
            <translation>Maiores riscos</translation>
        </message>
    </context>
    <context>
        <name>PositioningCommands</name>
        <message>
            <source>Positioning review of %1</source>
            <translation>Revisão de posicionamento de %1</translation>
        </message>
        <message>
            <source>Delete the positioning review of %1</source>
            <translation>Excluir a revisão de posicionamento de %1</translation>
        </message>
    </context>
    <context>
        <name>PositioningHistory</name>
        <message>
            <source>Value proposition</source>
            <translation>Proposta de valor</translation>
        </message>
        <message>
            <source>Desired position</source>
            <translation>Posicionamento desejado</translation>
        </message>
        <message>
            <source>Perceived position</source>
            <translation>Posicionamento percebido</translation>
        </message>
        <message>
            <source>Differentiators</source>
            <translation>Diferenciais</translation>
        </message>
        <message>
            <source>Positioning reviews</source>
            <translation>Revisões de posicionamento</translation>
        </message>
        <message>
            <source>Record positioning review…</source>
            <translation>Registrar revisão de posicionamento…</translation>
        </message>
        <message>
            <source>Keep today's positioning with the date and notes of this quarter's review</source>
            <translation>Guardar o posicionamento de hoje com a data e as observações da revisão deste trimestre</translation>
        </message>
        <message>
            <source>Delete review</source>
            <translation>Excluir revisão</translation>
        </message>
        <message>
            <source>No positioning review yet. Record one each quarter: it keeps the positioning above as it is that day, so you can see how the client's view of us moves.</source>
            <translation>Nenhuma revisão de posicionamento ainda. Registre uma a cada trimestre: ela guarda o posicionamento acima como está no dia, para você ver como a visão do cliente sobre nós evolui.</translation>
        </message>
        <message>
            <source>Gap: the client does not see us yet as we want to be seen (desired and perceived position differ).</source>
            <translation>Lacuna: o cliente ainda não nos vê como queremos ser vistos (posicionamento desejado e percebido diferem).</translation>
        </message>
        <message>
            <source>The review of %1 did not keep the positioning.</source>
            <translation>A revisão de %1 não guardou o posicionamento.</translation>
        </message>
        <message>
            <source>The positioning on %1 (what changed since is marked)</source>
            <translation>O posicionamento em %1 (o que mudou desde então está marcado)</translation>
        </message>
        <message>
            <source>(not written)</source>
            <translation>(não preenchido)</translation>
        </message>
        <message>
            <source>▲ Changed since. Today: %1</source>
            <translation>▲ Mudou desde então. Hoje: %1</translation>
        </message>
    </context>
    <context>
        <name>PositioningReviewDialog</name>
        <message>
            <source>Record positioning review</source>
            <translation>Registrar revisão de posicionamento</translation>
        </message>
        <message>
            <source>e.g. The purchasing director now sees us as a partner in cost reduction.</source>
            <translation>ex.: O diretor de compras já nos vê como parceiro na redução de custos.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <source>The review keeps the value proposition, the desired and perceived positions and the differentiators as they are now.</source>
            <translation>A revisão guarda a proposta de valor, os posicionamentos desejado e percebido e os diferenciais como estão agora.</translation>
        </message>
        <message>
            <source>Record review</source>
            <translation>Registrar revisão</translation>
        </message>
    </context>
    <context>
        <name>PositioningReviewsModel</name>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferências</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Geral</translation>
        </message>
        <message>
            <source>ICP criteria</source>
            <translation>Critérios de ICP</translation>
        </message>
        <message>
            <source>Segmentation</source>
            <translation>Segmentação</translation>
        </message>
        <message>
            <source>Cadences</source>
            <translation>Cadências</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Saúde</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Equipe</translation>
        </message>
    </context>
    <context>
        <name>Problem</name>
        <message>
            <source>This field is required.</source>
            <translation>Este campo é obrigatório.</translation>
        </message>
        <message>
            <source>There is already an account named “{name}”.</source>
            <translation>Já existe uma conta chamada “{name}”.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid CNPJ ({reason}).</source>
            <translation>“{value}” não é um CNPJ válido ({reason}).</translation>
        </message>
        <message>
            <source>Must be between {low} and {high}; got {value}.</source>
            <translation>Deve estar entre {low} e {high}; valor informado: {value}.</translation>
        </message>
        <message>
            <source>“{value}” is not a number.</source>
            <translation>“{value}” não é um número.</translation>
        </message>
        <message>
            <source>Cannot be negative; got {value}.</source>
            <translation>Não pode ser negativo; valor informado: {value}.</translation>
        </message>
        <message>
            <source>At most {limit} characters; got {length}.</source>
            <translation>No máximo {limit} caracteres; foram informados {length}.</translation>
        </message>
        <message>
            <source>“{value}” is not one of the allowed values.</source>
            <translation>“{value}” não é um dos valores permitidos.</translation>
        </message>
        <message>
            <source>The account no longer exists.</source>
            <translation>A conta não existe mais.</translation>
        </message>
        <message>
            <source>it must have 14 characters</source>
            <translation>deve ter 14 caracteres</translation>
        </message>
        <message>
            <source>it has characters a CNPJ cannot have</source>
            <translation>tem caracteres que um CNPJ não pode ter</translation>
        </message>
        <message>
            <source>all digits are the same</source>
            <translation>todos os dígitos são iguais</translation>
        </message>
        <message>
            <source>the check digits do not match</source>
            <translation>os dígitos verificadores não conferem</translation>
        </message>
        <message>
            <source>The recurring part ({recurring}) cannot be more than the month’s revenue ({revenue}).</source>
            <translation>A parte recorrente ({recurring}) não pode ser maior que a receita do mês ({revenue}).</translation>
        </message>
        <message>
            <source>The survey response no longer exists.</source>
            <translation>A resposta da pesquisa não existe mais.</translation>
        </message>
        <message>
            <source>The person no longer exists.</source>
            <translation>A pessoa não existe mais.</translation>
        </message>
        <message>
            <source>“{name}” is a person of another account.</source>
            <translation>“{name}” é uma pessoa de outra conta.</translation>
        </message>
        <message>
            <source>The org unit no longer exists.</source>
            <translation>A área não existe mais.</translation>
        </message>
        <message>
            <source>The link no longer exists.</source>
            <translation>A ligação não existe mais.</translation>
        </message>
        <message>
            <source>“{value}” is not a period; write a month (2027-01), a quarter (2027-Q1) or a year.</source>
            <translation>“{value}” não é um período; escreva um mês (2027-01), um trimestre (2027-Q1) ou um ano.</translation>
        </message>
        <message>
            <source>Both ends of the range must be months, or quarters, or years.</source>
            <translation>As duas pontas do intervalo devem ser meses, ou trimestres, ou anos.</translation>
        </message>
        <message>
            <source>The range ends before it starts.</source>
            <translation>O intervalo termina antes de começar.</translation>
        </message>
        <message>
            <source>The forecast snapshot no longer exists.</source>
            <translation>A fotografia da previsão não existe mais.</translation>
        </message>
        <message>
            <source>The review no longer exists.</source>
            <translation>A revisão não existe mais.</translation>
        </message>
        <message>
            <source>No account has open opportunities to review.</source>
            <translation>Nenhuma conta tem oportunidades abertas para revisar.</translation>
        </message>
        <message>
            <source>{name} belongs to another account.</source>
            <translation>{name} pertence a outra conta.</translation>
        </message>
        <message>
            <source>The org unit “{name}” belongs to another account.</source>
            <translation>A área “{name}” pertence a outra conta.</translation>
        </message>
        <message>
            <source>There is already an org unit named “{name}” in this account.</source>
            <translation>Já existe uma área chamada “{name}” nesta conta.</translation>
        </message>
        <message>
            <source>“{parent}” cannot contain “{name}”: it is “{name}” itself or lies inside it.</source>
            <translation>“{parent}” não pode conter “{name}”: é a própria “{name}” ou fica dentro dela.</translation>
        </message>
        <message>
            <source>A person cannot be linked to themselves.</source>
            <translation>Uma pessoa não pode ser ligada a si mesma.</translation>
        </message>
        <message>
            <source>{source} and {target} are already linked in this way.</source>
            <translation>{source} e {target} já estão ligados desta forma.</translation>
        </message>
        <message>
            <source>{name} already reports to {manager}; a person reports to one manager only.</source>
            <translation>{name} já se reporta a {manager}; cada pessoa se reporta a um só gestor.</translation>
        </message>
        <message>
            <source>This would make the reporting lines go in a circle: {chain}.</source>
            <translation>Isso faria as linhas de reporte andarem em círculo: {chain}.</translation>
        </message>
        <message>
            <source>Only an influence has a strength.</source>
            <translation>Só uma influência tem força.</translation>
        </message>
        <message>
            <source>Must be a whole number; got {value}.</source>
            <translation>Deve ser um número inteiro; recebido {value}.</translation>
        </message>
        <message>
            <source>“{value}” does not look like an e-mail address.</source>
            <translation>“{value}” não parece um endereço de e-mail.</translation>
        </message>
        <message>
            <source>A position on the map must be a number between −{limit} and {limit}; got {value}.</source>
            <translation>Uma posição no mapa deve ser um número entre −{limit} e {limit}; recebido {value}.</translation>
        </message>
        <message>
            <source>The opportunity no longer exists.</source>
            <translation>A oportunidade não existe mais.</translation>
        </message>
        <message>
            <source>The product no longer exists.</source>
            <translation>O produto não existe mais.</translation>
        </message>
        <message>
            <source>This pipeline stage no longer exists (the stages were changed); choose another.</source>
            <translation>Esta etapa do funil não existe mais (as etapas foram alteradas); escolha outra.</translation>
        </message>
        <message>
            <source>At most {limit}; got {value}. Please check for extra digits.</source>
            <translation>No máximo {limit}; recebido {value}. Verifique se há dígitos a mais.</translation>
        </message>
        <message>
            <source>The expected close ({value}) cannot be before the opportunity was created ({created}).</source>
            <translation>O fechamento previsto ({value}) não pode ser anterior à criação da oportunidade ({created}).</translation>
        </message>
        <message>
            <source>Say why the opportunity was won or lost before closing it.</source>
            <translation>Informe o motivo de ganho ou perda antes de fechar a oportunidade.</translation>
        </message>
        <message>
            <source>Only a won opportunity is in the Closed category; move it to a won stage instead.</source>
            <translation>Só uma oportunidade ganha fica na categoria Fechada; mova-a para uma etapa de ganho.</translation>
        </message>
        <message>
            <source>There is already a stage named “{name}”.</source>
            <translation>Já existe uma etapa chamada “{name}”.</translation>
        </message>
        <message>
            <source>There is already a product named “{name}”.</source>
            <translation>Já existe um produto chamado “{name}”.</translation>
        </message>
        <message>
            <source>The pipeline needs at least one won stage and one lost stage.</source>
            <translation>O funil precisa de pelo menos uma etapa de ganho e uma de perda.</translation>
        </message>
        <message>
            <source>Opportunities in this stage: {count}. Move them to another stage first.</source>
            <translation>Oportunidades nesta etapa: {count}. Mova-as para outra etapa primeiro.</translation>
        </message>
        <message>
            <source>Choose another stage to move the opportunities to.</source>
            <translation>Escolha outra etapa para onde mover as oportunidades.</translation>
        </message>
        <message>
            <source>The opportunities can only go to a stage with the same outcome (open, won or lost).</source>
            <translation>As oportunidades só podem ir para uma etapa com o mesmo resultado (aberta, ganha ou perdida).</translation>
        </message>
        <message>
            <source>The new order must list every stage exactly once.</source>
            <translation>A nova ordem deve conter cada etapa exatamente uma vez.</translation>
        </message>
        <message>
            <source>The change could not be saved; the portfolio was left as it was ({detail}).</source>
            <translation>A alteração não pôde ser salva; a carteira ficou como estava ({detail}).</translation>
        </message>
        <message>
            <source>The risk no longer exists.</source>
            <translation>O risco não existe mais.</translation>
        </message>
        <message>
            <source>The action no longer exists.</source>
            <translation>A ação não existe mais.</translation>
        </message>
        <message>
            <source>The risk “{name}” belongs to another account.</source>
            <translation>O risco “{name}” pertence a outra conta.</translation>
        </message>
        <message>
            <source>“{value}” is not a date.</source>
            <translation>“{value}” não é uma data.</translation>
        </message>
        <message>
            <source>The interaction no longer exists.</source>
            <translation>A interação não existe mais.</translation>
        </message>
        <message>
            <source>The positioning review no longer exists.</source>
            <translation>A revisão de posicionamento não existe mais.</translation>
        </message>
        <message>
            <source>{value} is after today: only what already happened can be recorded.</source>
            <translation>{value} é depois de hoje: só é possível registrar o que já aconteceu.</translation>
        </message>
        <message>
            <source>{value} is before {earliest}: check the year.</source>
            <translation>{value} é anterior a {earliest}: confira o ano.</translation>
        </message>
        <message>
            <source>The objective no longer exists.</source>
            <translation>O objetivo não existe mais.</translation>
        </message>
        <message>
            <source>The key result no longer exists.</source>
            <translation>O resultado-chave não existe mais.</translation>
        </message>
        <message>
            <source>The check-in no longer exists.</source>
            <translation>O check-in não existe mais.</translation>
        </message>
        <message>
            <source>“{value}” is not a period: write a quarter (2027-Q1), a half year (2027-H1) or a year (2027).</source>
            <translation>“{value}” não é um período: escreva um trimestre (2027-Q1), um semestre (2027-H1) ou um ano (2027).</translation>
        </message>
        <message>
            <source>The target must differ from the start ({value}): there would be nothing to achieve.</source>
            <translation>A meta precisa ser diferente do início ({value}): senão não haveria nada a alcançar.</translation>
        </message>
        <message>
            <source>From {start} to {target} is an increase: choose “Increase” or change the target.</source>
            <translation>De {start} para {target} é um aumento: escolha “Aumentar” ou mude a meta.</translation>
        </message>
        <message>
            <source>From {start} to {target} is a decrease: choose “Decrease” or change the target.</source>
            <translation>De {start} para {target} é uma redução: escolha “Diminuir” ou mude a meta.</translation>
        </message>
        <message>
            <source>The objective's period {period} starts on {start}: a check-in cannot be earlier.</source>
            <translation>O período do objetivo, {period}, começa em {start}: o check-in não pode ser anterior.</translation>
        </message>
        <message>
            <source>Its key results have check-ins from {date}, before {period} starts ({start}): choose a period that includes them.</source>
            <translation>Os resultados-chave têm check-ins de {date}, antes do início de {period} ({start}): escolha um período que os inclua.</translation>
        </message>
        <message>
            <source>A review is recorded once it is held: {value} is after today ({today}).</source>
            <translation>Uma revisão é registrada depois de realizada: {value} é depois de hoje ({today}).</translation>
        </message>
        <message>
            <source>The {routine} cadence of tier {tier} must be a whole number of months from 1 to 24; got {value}.</source>
            <translation>A cadência de {routine} do segmento {tier} deve ser um número inteiro de meses de 1 a 24; recebido {value}.</translation>
        </message>
        <message>
            <source>“{value}” is not a tier or a review routine.</source>
            <translation>“{value}” não é um segmento nem uma rotina de revisão.</translation>
        </message>
        <message>
            <source>The weight of {part} in the health score cannot be negative; got {value}.</source>
            <translation>O peso de {part} na nota de saúde não pode ser negativo; recebido {value}.</translation>
        </message>
        <message>
            <source>Give at least one part of the health score a weight above zero.</source>
            <translation>Dê a pelo menos uma parte da nota de saúde um peso acima de zero.</translation>
        </message>
        <message>
            <source>“{value}” is not a part of the health score or not a number.</source>
            <translation>“{value}” não é uma parte da nota de saúde ou não é um número.</translation>
        </message>
    </context>
    <context>
        <name>ProductsModel</name>
        <message>
            <source>Product line</source>
            <translation>Linha de produto</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Oportunidades</translation>
        </message>
        <message>
            <source>Opportunities that offer this product</source>
            <translation>Oportunidades que oferecem este produto</translation>
        </message>
    </context>
    <context>
        <name>PropertiesPanel</name>
        <message>
            <source>Name *</source>
            <translation>Nome *</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nome completo</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>e.g. CFO</source>
            <translation>ex.: Diretor financeiro</translation>
        </message>
        <message>
            <source>Org unit</source>
            <translation>Área</translation>
        </message>
        <message>
            <source>In the buying decision</source>
            <translation>Na decisão de compra</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Posição</translation>
        </message>
        <message>
            <source>Influence on the decision</source>
            <translation>Influência na decisão</translation>
        </message>
        <message>
            <source>Buying role</source>
            <translation>Papel na compra</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relacionamento</translation>
        </message>
        <message>
            <source>Relationship with us</source>
            <translation>Relacionamento conosco</translation>
        </message>
        <message>
            <source>Relationship owner (our side)</source>
            <translation>Responsável do nosso lado</translation>
        </message>
        <message>
            <source>Who on our team looks after them</source>
            <translation>Quem do nosso time cuida dessa pessoa</translation>
        </message>
        <message>
            <source>What they care about</source>
            <translation>O que é importante para essa pessoa</translation>
        </message>
        <message>
            <source>Priorities, worries, what success means to them</source>
            <translation>Prioridades, preocupações, o que é sucesso para essa pessoa</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Dados de contato</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>name@company.com.br</source>
            <translation>nome@empresa.com.br</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <source>Delete person</source>
            <translation>Excluir pessoa</translation>
        </message>
        <message>
            <source>Remove this person and their links from the map (Undo brings them back)</source>
            <translation>Remove esta pessoa e suas ligações do mapa (Desfazer traz de volta)</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>não registrado</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <source>We were in touch today</source>
            <translation>Falamos com essa pessoa hoje</translation>
        </message>
        <message>
            <source>No contact recorded</source>
            <translation>Nenhum contato registrado</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Último contato</translation>
        </message>
        <message>
            <source>Kind of link</source>
            <translation>Tipo de ligação</translation>
        </message>
        <message>
            <source>Strength of the influence</source>
            <translation>Força da influência</translation>
        </message>
        <message>
            <source>Reverse direction</source>
            <translation>Inverter sentido</translation>
        </message>
        <message>
            <source>Make the arrow point the other way</source>
            <translation>Faz a seta apontar para o outro lado</translation>
        </message>
        <message>
            <source>Delete link</source>
            <translation>Excluir ligação</translation>
        </message>
        <message>
            <source>Remove this link from the map (Undo brings it back)</source>
            <translation>Remove esta ligação do mapa (Desfazer traz de volta)</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Ligação</translation>
        </message>
        <message>
            <source>No org unit</source>
            <translation>Sem área</translation>
        </message>
        <message>
            <source>No buying role</source>
            <translation>Sem papel na compra</translation>
        </message>
        <message>
            <source>very low</source>
            <translation>muito baixa</translation>
        </message>
        <message>
            <source>low</source>
            <translation>baixa</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>média</translation>
        </message>
        <message>
            <source>high</source>
            <translation>alta</translation>
        </message>
        <message>
            <source>decides</source>
            <translation>decide</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nenhum</translation>
        </message>
        <message>
            <source>distant</source>
            <translation>distante</translation>
        </message>
        <message>
            <source>cordial</source>
            <translation>cordial</translation>
        </message>
        <message>
            <source>close</source>
            <translation>próximo</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>de confiança</translation>
        </message>
        <message>
            <source>weak</source>
            <translation>fraca</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderada</translation>
        </message>
        <message>
            <source>strong</source>
            <translation>forte</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) selected</source>
            <translation>
                <numerusform>%n pessoa selecionada</numerusform>
                <numerusform>%n pessoas selecionadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n link(s) selected</source>
            <translation>
                <numerusform>%n ligação selecionada</numerusform>
                <numerusform>%n ligações selecionadas</numerusform>
            </translation>
        </message>
        <message>
            <source>Select just one person or link to see and edit it.</source>
            <translation>Selecione só uma pessoa ou uma ligação para ver e editar.</translation>
        </message>
        <message>
            <source>Select a person or a link to see and edit it.</source>
            <translation>Selecione uma pessoa ou uma ligação para ver e editar.</translation>
        </message>
        <message>
            <source>This change cannot be made to the link.</source>
            <translation>Não é possível fazer esta alteração na ligação.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Account plan</source>
            <translation>Plano de conta</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>Estágio do ciclo de vida</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Saúde</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Prepared with KAMdesk for the account review.</source>
            <translation>Preparado com o KAMdesk para a revisão da conta.</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>Razão social</translation>
        </message>
        <message>
            <source>Tax ID</source>
            <translation>CNPJ</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Setor</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Região</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Funcionários</translation>
        </message>
        <message>
            <source>Revenue band</source>
            <translation>Faixa de receita</translation>
        </message>
        <message>
            <source>Client since</source>
            <translation>Cliente desde</translation>
        </message>
        <message>
            <source>Strategies</source>
            <translation>Estratégias</translation>
        </message>
        <message>
            <source>Strategic importance</source>
            <translation>Importância estratégica</translation>
        </message>
        <message>
            <source>Profile and ICP</source>
            <translation>Perfil e ICP</translation>
        </message>
        <message>
            <source>ICP fit</source>
            <translation>Aderência ao ICP</translation>
        </message>
        <message>
            <source>No ICP criterion is rated yet.</source>
            <translation>Nenhum critério de ICP avaliado ainda.</translation>
        </message>
        <message>
            <source>(%1 of %2 criteria rated)</source>
            <translation>(%1 de %2 critérios avaliados)</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Critério</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Pontos</translation>
        </message>
        <message>
            <source>Value proposition</source>
            <translation>Proposta de valor</translation>
        </message>
        <message>
            <source>Desired position</source>
            <translation>Posicionamento desejado</translation>
        </message>
        <message>
            <source>Perceived position</source>
            <translation>Posicionamento percebido</translation>
        </message>
        <message>
            <source>Differentiators</source>
            <translation>Diferenciais</translation>
        </message>
        <message>
            <source>Positioning</source>
            <translation>Posicionamento</translation>
        </message>
        <message>
            <source>The client does not yet see us where we want to be: close the gap.</source>
            <translation>O cliente ainda não nos vê onde queremos estar: feche essa lacuna.</translation>
        </message>
        <message>
            <source>Latest positioning review</source>
            <translation>Última revisão de posicionamento</translation>
        </message>
        <message>
            <source>No positioning review recorded yet.</source>
            <translation>Nenhuma revisão de posicionamento registrada ainda.</translation>
        </message>
        <message>
            <source>Stakeholder map</source>
            <translation>Mapa de stakeholders</translation>
        </message>
        <message>
            <source>Nobody is on this account's map yet.</source>
            <translation>Ninguém no mapa desta conta ainda.</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Alertas</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravidade</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Alerta</translation>
        </message>
        <message>
            <source>No gaps in the decision chain.</source>
            <translation>Nenhuma lacuna na cadeia de decisão.</translation>
        </message>
        <message>
            <source>Decision chain</source>
            <translation>Cadeia de decisão</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Postura</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Influência</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Último contato</translation>
        </message>
        <message>
            <source>%1 of %2 target areas have a sponsor</source>
            <translation>%1 de %2 áreas-alvo têm patrocinador</translation>
        </message>
        <message>
            <source>no target area marked</source>
            <translation>nenhuma área-alvo marcada</translation>
        </message>
        <message>
            <source>Sponsor coverage</source>
            <translation>Cobertura de patrocinadores</translation>
        </message>
        <message>
            <source>Target areas without a sponsor</source>
            <translation>Áreas-alvo sem patrocinador</translation>
        </message>
        <message>
            <source>Resistance</source>
            <translation>Resistência</translation>
        </message>
        <message>
            <source>People by stance</source>
            <translation>Pessoas por postura</translation>
        </message>
        <message>
            <source>Risks and actions</source>
            <translation>Riscos e ações</translation>
        </message>
        <message>
            <source>Open risks: %1 · account risk (highest open score): %2</source>
            <translation>Riscos abertos: %1 · risco da conta (maior pontuação aberta): %2</translation>
        </message>
        <message>
            <source>Risk register</source>
            <translation>Registro de riscos</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Pontuação</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risco</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nível</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Resposta</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Revisão</translation>
        </message>
        <message>
            <source>No risk recorded for this account.</source>
            <translation>Nenhum risco registrado para esta conta.</translation>
        </message>
        <message>
            <source>Mitigation actions</source>
            <translation>Ações de mitigação</translation>
        </message>
        <message>
            <source>No action recorded for this account.</source>
            <translation>Nenhuma ação registrada para esta conta.</translation>
        </message>
        <message>
            <source>Rows: likelihood 5 to 1 · columns: impact 1 to 5</source>
            <translation>Linhas: probabilidade de 5 a 1 · colunas: impacto de 1 a 5</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <source>Pipeline and forecast</source>
            <translation>Pipeline e previsão</translation>
        </message>
        <message>
            <source>Open pipeline %1 · weighted %2</source>
            <translation>Pipeline aberto %1 · ponderado %2</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Oportunidades</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>Ponderado</translation>
        </message>
        <message>
            <source>Open opportunities</source>
            <translation>Oportunidades abertas</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>Oportunidade</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Probabilidade</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Fechamento previsto</translation>
        </message>
        <message>
            <source>No open opportunity.</source>
            <translation>Nenhuma oportunidade aberta.</translation>
        </message>
        <message>
            <source>Forecast of fiscal year %1</source>
            <translation>Previsão do ano fiscal %1</translation>
        </message>
        <message>
            <source>Won and lost in fiscal year %1</source>
            <translation>Ganhas e perdidas no ano fiscal %1</translation>
        </message>
        <message>
            <source>Won %1 (%2) · lost %3 (%4)</source>
            <translation>Ganhas %1 (%2) · perdidas %3 (%4)</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Fechada em</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Nothing won or lost this fiscal year yet.</source>
            <translation>Nada ganho ou perdido neste ano fiscal ainda.</translation>
        </message>
        <message>
            <source>Objectives and key results</source>
            <translation>Objetivos e resultados-chave</translation>
        </message>
        <message>
            <source>No objective set for this account.</source>
            <translation>Nenhum objetivo definido para esta conta.</translation>
        </message>
        <message>
            <source>Progress %1</source>
            <translation>Progresso %1</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Situação: %1</translation>
        </message>
        <message>
            <source>Grade %1</source>
            <translation>Nota %1</translation>
        </message>
        <message>
            <source>Grade so far %1</source>
            <translation>Nota parcial %1</translation>
        </message>
        <message>
            <source>Strategy: %1</source>
            <translation>Estratégia: %1</translation>
        </message>
        <message>
            <source>Key result</source>
            <translation>Resultado-chave</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Início</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Atual</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progresso</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Confiança</translation>
        </message>
        <message>
            <source>as of %1; the parts without data are left out</source>
            <translation>em %1; as partes sem dados ficam de fora</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Parte</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Medido</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 a %2</translation>
        </message>
        <message>
            <source>Revenue by month (%1)</source>
            <translation>Receita por mês (%1)</translation>
        </message>
        <message>
            <source>Revenue in the period</source>
            <translation>Receita no período</translation>
        </message>
        <message>
            <source>Recurring revenue of %1</source>
            <translation>Receita recorrente de %1</translation>
        </message>
        <message>
            <source>GRR / NRR</source>
            <translation>GRR / NRR</translation>
        </message>
        <message>
            <source>no response in the period</source>
            <translation>nenhuma resposta no período</translation>
        </message>
        <message>
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <source>CSAT</source>
            <translation>CSAT</translation>
        </message>
        <message>
            <source>CLV</source>
            <translation>CLV</translation>
        </message>
        <message>
            <source>Writing page %1 of %2</source>
            <translation>Gravando a página %1 de %2</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <source>Laying out the pages…</source>
            <translation>Montando as páginas…</translation>
        </message>
        <message>
            <source>Reading the account plan…</source>
            <translation>Lendo o plano de conta…</translation>
        </message>
        <message>
            <source>Reading the portfolio…</source>
            <translation>Lendo a carteira…</translation>
        </message>
        <message>
            <source>No score</source>
            <translation>Sem nota</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Verde</translation>
        </message>
        <message>
            <source>Amber</source>
            <translation>Amarelo</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Vermelho</translation>
        </message>
        <message>
            <source>Revenue trend</source>
            <translation>Tendência de receita</translation>
        </message>
        <message>
            <source>Open risk</source>
            <translation>Risco aberto</translation>
        </message>
        <message>
            <source>Overdue reviews</source>
            <translation>Revisões atrasadas</translation>
        </message>
        <message>
            <source>OKR pace</source>
            <translation>Ritmo dos OKRs</translation>
        </message>
        <message>
            <source>no open risk</source>
            <translation>nenhum risco aberto</translation>
        </message>
        <message>
            <source>highest score %1</source>
            <translation>maior pontuação %1</translation>
        </message>
        <message>
            <source>No revenue recorded in the period.</source>
            <translation>Nenhuma receita registrada no período.</translation>
        </message>
        <message>
            <source>Recurring</source>
            <translation>Recorrente</translation>
        </message>
        <message>
            <source>One-off</source>
            <translation>Avulsa</translation>
        </message>
        <message>
            <source>Nothing is forecast for this fiscal year yet.</source>
            <translation>Nada previsto para este ano fiscal ainda.</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Ganho</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Compromisso</translation>
        </message>
        <message>
            <source>Best case</source>
            <translation>Melhor cenário</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Trimestre</translation>
        </message>
        <message>
            <source>no limit: no account was lost in the period (churn is zero)</source>
            <translation>sem limite: nenhuma conta foi perdida no período (churn zero)</translation>
        </message>
        <message>
            <source>not enough revenue history</source>
            <translation>histórico de receita insuficiente</translation>
        </message>
        <message>
            <source>Portfolio summary</source>
            <translation>Resumo da carteira</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Contas</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Key figures of the last 12 months</source>
            <translation>Principais números dos últimos 12 meses</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Receita</translation>
        </message>
        <message>
            <source>Recurring revenue</source>
            <translation>Receita recorrente</translation>
        </message>
        <message>
            <source>GRR</source>
            <translation>GRR</translation>
        </message>
        <message>
            <source>NRR</source>
            <translation>NRR</translation>
        </message>
        <message>
            <source>Logo churn</source>
            <translation>Churn de clientes</translation>
        </message>
        <message>
            <source>Revenue churn</source>
            <translation>Churn de receita</translation>
        </message>
        <message>
            <source>CAC</source>
            <translation>CAC</translation>
        </message>
        <message>
            <source>CLV:CAC</source>
            <translation>CLV:CAC</translation>
        </message>
        <message>
            <source>Weighted pipeline</source>
            <translation>Pipeline ponderado</translation>
        </message>
        <message>
            <source>Win rate</source>
            <translation>Taxa de conversão</translation>
        </message>
        <message>
            <source>Forecast accuracy</source>
            <translation>Acurácia da previsão</translation>
        </message>
        <message>
            <source>Health distribution</source>
            <translation>Distribuição da saúde</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Faixa</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Participação</translation>
        </message>
        <message>
            <source>Every account</source>
            <translation>Todas as contas</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Conta</translation>
        </message>
        <message>
            <source>Revenue (12 months)</source>
            <translation>Receita (12 meses)</translation>
        </message>
        <message>
            <source>The portfolio has no account yet.</source>
            <translation>A carteira ainda não tem contas.</translation>
        </message>
        <message>
            <source>What needs attention</source>
            <translation>O que precisa de atenção</translation>
        </message>
        <message>
            <source>Top risks</source>
            <translation>Maiores riscos</translation>
        </message>
        <message>
            <source>No open risk in the portfolio.</source>
            <translation>Nenhum risco aberto na carteira.</translation>
        </message>
        <message>
            <source>Reviews due</source>
            <translation>Revisões previstas</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rotina</translation>
        </message>
        <message>
            <source>Last review</source>
            <translation>Última revisão</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>No review is due in the next 30 days.</source>
            <translation>Nenhuma revisão prevista para os próximos 30 dias.</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <source>Whole portfolio</source>
            <translation>Carteira inteira</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>No objective set.</source>
            <translation>Nenhum objetivo definido.</translation>
        </message>
    </context>
    <context>
        <name>ReportActions</name>
        <message>
            <source>Export account &amp;plan (PDF)…</source>
            <translation>Exportar &amp;plano de conta (PDF)…</translation>
        </message>
        <message>
            <source>Export portfolio &amp;summary (PDF)…</source>
            <translation>Exportar res&amp;umo da carteira (PDF)…</translation>
        </message>
        <message>
            <source>Account plan</source>
            <translation>Plano de conta</translation>
        </message>
        <message>
            <source>Export account plan</source>
            <translation>Exportar plano de conta</translation>
        </message>
        <message>
            <source>Portfolio summary</source>
            <translation>Resumo da carteira</translation>
        </message>
        <message>
            <source>Export portfolio summary</source>
            <translation>Exportar resumo da carteira</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Account plan saved.</source>
            <translation>Plano de conta salvo.</translation>
        </message>
        <message>
            <source>Portfolio summary saved.</source>
            <translation>Resumo da carteira salvo.</translation>
        </message>
        <message>
            <source>Export cancelled: no file was written.</source>
            <translation>Exportação cancelada: nenhum arquivo foi gravado.</translation>
        </message>
        <message>
            <source>Open the file</source>
            <translation>Abrir o arquivo</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Mostrar na pasta</translation>
        </message>
        <message>
            <source>PDF saved: %1</source>
            <translation>PDF salvo: %1</translation>
        </message>
        <message>
            <source>The PDF could not be saved.</source>
            <translation>Não foi possível salvar o PDF.</translation>
        </message>
    </context>
    <context>
        <name>ReportPlurals</name>
        <message numerus="yes">
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>Atrasada há %n dia</numerusform>
                <numerusform>Atrasada há %n dias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In %n day(s)</source>
            <translation>
                <numerusform>Em %n dia</numerusform>
                <numerusform>Em %n dias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n response(s)</source>
            <translation>
                <numerusform>%n resposta</numerusform>
                <numerusform>%n respostas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RetentionChart</name>
        <message>
            <source>12-month GRR and NRR, month by month</source>
            <translation>GRR e NRR de 12 meses, mês a mês</translation>
        </message>
        <message>
            <source>No account had recurring revenue twelve months before these months: retention needs a year of history.</source>
            <translation>Nenhuma conta tinha receita recorrente doze meses antes destes meses: a retenção precisa de um ano de histórico.</translation>
        </message>
        <message>
            <source>GRR</source>
            <translation>GRR</translation>
        </message>
        <message>
            <source>NRR</source>
            <translation>NRR</translation>
        </message>
        <message>
            <source>GRR: %1</source>
            <translation>GRR: %1</translation>
        </message>
        <message>
            <source>NRR: %1</source>
            <translation>NRR: %1</translation>
        </message>
        <message>
            <source>Accounts kept: %1 of %2</source>
            <translation>Contas mantidas: %1 de %2</translation>
        </message>
    </context>
    <context>
        <name>RevenueChart</name>
        <message>
            <source>Revenue by month</source>
            <translation>Receita por mês</translation>
        </message>
        <message>
            <source>Revenue by month (%1)</source>
            <translation>Receita por mês (%1)</translation>
        </message>
        <message>
            <source>No revenue recorded in these twelve months.</source>
            <translation>Nenhuma receita registrada nestes doze meses.</translation>
        </message>
        <message>
            <source>Recurring</source>
            <translation>Recorrente</translation>
        </message>
        <message>
            <source>One-off</source>
            <translation>Avulsa</translation>
        </message>
        <message>
            <source>Recurring: %1</source>
            <translation>Recorrente: %1</translation>
        </message>
        <message>
            <source>One-off: %1</source>
            <translation>Avulsa: %1</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <translation>Total: %1</translation>
        </message>
    </context>
    <context>
        <name>RevenueModel</name>
        <message>
            <source>Month</source>
            <translation>Mês</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Receita</translation>
        </message>
        <message>
            <source>Recurring</source>
            <translation>Recorrente</translation>
        </message>
        <message>
            <source>One-off</source>
            <translation>Avulsa</translation>
        </message>
        <message>
            <source>Everything the account paid that month</source>
            <translation>Tudo o que a conta pagou no mês</translation>
        </message>
        <message>
            <source>The part of the month's revenue that repeats every month (contracts, subscriptions): the MRR behind retention</source>
            <translation>A parte da receita do mês que se repete todo mês (contratos, assinaturas): o MRR por trás da retenção</translation>
        </message>
        <message>
            <source>One-off = revenue − recurring (computed)</source>
            <translation>Avulsa = receita − recorrente (calculada)</translation>
        </message>
    </context>
    <context>
        <name>RevenuePage</name>
        <message>
            <source>Add month…</source>
            <translation>Adicionar mês…</translation>
        </message>
        <message>
            <source>Record the revenue of a month (the one after the last, or any other)</source>
            <translation>Registrar a receita de um mês (o seguinte ao último, ou outro qualquer)</translation>
        </message>
        <message>
            <source>Delete month(s)</source>
            <translation>Excluir mês(es)</translation>
        </message>
        <message>
            <source>Delete the selected months (undoable)</source>
            <translation>Excluir os meses selecionados (pode ser desfeito)</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Colar</translation>
        </message>
        <message>
            <source>Paste figures copied from Excel: a column of values onto the selected month and column, or rows of month, revenue and recurring</source>
            <translation>Colar valores copiados do Excel: uma coluna de valores a partir do mês e coluna selecionados, ou linhas de mês, receita e recorrente</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy the selected cells for Excel</source>
            <translation>Copiar as células selecionadas para o Excel</translation>
        </message>
        <message>
            <source>Select an account to see its revenue.</source>
            <translation>Selecione uma conta para ver a receita dela.</translation>
        </message>
        <message>
            <source>Revenue and recurring revenue summed over the last 12 months recorded; share recurring = recurring ÷ revenue</source>
            <translation>Receita e receita recorrente somadas nos últimos 12 meses registrados; % recorrente = recorrente ÷ receita</translation>
        </message>
        <message>
            <source>No revenue recorded yet.
Click “Add month…”, or copy from Excel the months with their revenue and recurring revenue (three columns) and press Ctrl+V here.</source>
            <translation>Nenhuma receita registrada ainda.
Clique em “Adicionar mês…”, ou copie do Excel os meses com a receita e a receita recorrente (três colunas) e pressione Ctrl+V aqui.</translation>
        </message>
        <message>
            <source>Type in a Revenue or Recurring cell, or paste a column copied from Excel onto the first month it fills (Ctrl+V). The one-off part is computed.</source>
            <translation>Digite numa célula de Receita ou Recorrente, ou cole uma coluna copiada do Excel no primeiro mês a preencher (Ctrl+V). A parte avulsa é calculada.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Last 12 months:&lt;/b&gt; no revenue recorded yet</source>
            <translation>&lt;b&gt;Últimos 12 meses:&lt;/b&gt; nenhuma receita registrada ainda</translation>
        </message>
        <message>
            <source>&lt;b&gt;Last 12 months&lt;/b&gt; (%1 – %2): revenue &lt;b&gt;%3&lt;/b&gt; · recurring &lt;b&gt;%4&lt;/b&gt; · share recurring &lt;b&gt;%5&lt;/b&gt;</source>
            <translation>&lt;b&gt;Últimos 12 meses&lt;/b&gt; (%1 – %2): receita &lt;b&gt;%3&lt;/b&gt; · recorrente &lt;b&gt;%4&lt;/b&gt; · % recorrente &lt;b&gt;%5&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Edit revenue of %1</source>
            <translation>Editar receita de %1</translation>
        </message>
        <message>
            <source>Edit recurring revenue of %1</source>
            <translation>Editar receita recorrente de %1</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n month(s) of revenue</source>
            <translation>
                <numerusform>Colar %n mês de receita</numerusform>
                <numerusform>Colar %n meses de receita</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n month(s) of revenue</source>
            <translation>
                <numerusform>Excluir %n mês de receita</numerusform>
                <numerusform>Excluir %n meses de receita</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RevenuePaste</name>
        <message>
            <source>The clipboard holds no figures to paste.</source>
            <translation>A área de transferência não tem valores para colar.</translation>
        </message>
        <message>
            <source>The pasted months have no figures beside them.</source>
            <translation>Os meses colados não têm valores ao lado.</translation>
        </message>
        <message>
            <source>Select the month and column to paste into (Revenue or Recurring), or copy the months together with their figures.</source>
            <translation>Selecione o mês e a coluna onde colar (Receita ou Recorrente), ou copie os meses junto com os valores.</translation>
        </message>
        <message>
            <source>%1, %2: figures can only be pasted into the Revenue or Recurring column.</source>
            <translation>%1, %2: valores só podem ser colados na coluna Receita ou Recorrente.</translation>
        </message>
        <message>
            <source>%1: the pasted block is too wide; the One-off column is computed. Paste one column, or two starting at Revenue.</source>
            <translation>%1: o bloco colado é largo demais; a coluna Avulsa é calculada. Cole uma coluna, ou duas a partir de Receita.</translation>
        </message>
        <message>
            <source>%1, %2: %3</source>
            <translation>%1, %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ReviewCommands</name>
        <message>
            <source>Record review of “%1” (%2)</source>
            <translation>Registrar revisão de “%1” (%2)</translation>
        </message>
        <message>
            <source>Edit review of “%1” (%2)</source>
            <translation>Editar revisão de “%1” (%2)</translation>
        </message>
        <message>
            <source>Delete review of “%1” (%2)</source>
            <translation>Excluir revisão de “%1” (%2)</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Record review</source>
            <translation>Registrar revisão</translation>
        </message>
        <message>
            <source>Edit review</source>
            <translation>Editar revisão</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Conta</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rotina</translation>
        </message>
        <message>
            <source>To change the routine, delete this review</source>
            <translation>Para mudar a rotina, exclua esta revisão</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>Realizada em</translation>
        </message>
        <message>
            <source>What was reviewed and agreed: decisions, next steps, who does what…</source>
            <translation>O que foi revisado e combinado: decisões, próximos passos, quem faz o quê…</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <source>Sponsor coverage and resistance are taken from the stakeholder map as they are today.</source>
            <translation>A cobertura de patrocinadores e a resistência são tiradas do mapa de stakeholders como estão hoje.</translation>
        </message>
        <message>
            <source>This routine is not scheduled for the account's tier.</source>
            <translation>Esta rotina não está programada para o segmento da conta.</translation>
        </message>
        <message numerus="yes">
            <source>Next review (%1) due on %2: every %n month(s).</source>
            <translation>
                <numerusform>Próxima revisão (%1) em %2: a cada %n mês.</numerusform>
                <numerusform>Próxima revisão (%1) em %2: a cada %n meses.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewHistoryModel</name>
        <message>
            <source>Held on</source>
            <translation>Realizada em</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rotina</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Measures taken</source>
            <translation>Medidas registradas</translation>
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
        <name>ReviewMeasures</name>
        <message>
            <source>Value proposition</source>
            <translation>Proposta de valor</translation>
        </message>
        <message>
            <source>Desired position</source>
            <translation>Posicionamento desejado</translation>
        </message>
        <message>
            <source>Perceived position</source>
            <translation>Posicionamento percebido</translation>
        </message>
        <message>
            <source>Differentiators</source>
            <translation>Diferenciais</translation>
        </message>
        <message>
            <source>Open opportunities</source>
            <translation>Oportunidades abertas</translation>
        </message>
        <message>
            <source>Needing attention</source>
            <translation>Pedindo atenção</translation>
        </message>
        <message>
            <source>Sponsor coverage %1</source>
            <translation>Cobertura de patrocinadores %1</translation>
        </message>
        <message>
            <source>Resistance %1</source>
            <translation>Resistência %1</translation>
        </message>
    </context>
    <context>
        <name>ReviewStatus</name>
        <message>
            <source>Never done</source>
            <translation>Nunca feita</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Atrasada</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence em breve</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Em dia</translation>
        </message>
    </context>
    <context>
        <name>ReviewsDueModel</name>
        <message>
            <source>Account</source>
            <translation>Conta</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Revisão</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vencimento</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <translation>
                <numerusform>%n dia de atraso</numerusform>
                <numerusform>%n dias de atraso</numerusform>
            </translation>
        </message>
        <message>
            <source>Due on %1; last review: %2</source>
            <translation>Vence em %1; última revisão: %2</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rotina</translation>
        </message>
        <message>
            <source>Cadence</source>
            <translation>Cadência</translation>
        </message>
        <message>
            <source>Last review</source>
            <translation>Última revisão</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Próxima em</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Dias de atraso</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Months between reviews for the account's tier (Preferences)</source>
            <translation>Meses entre revisões para o segmento da conta (Preferências)</translation>
        </message>
        <message>
            <source>Next due = last review + cadence, on the same day of the month (or the month's last day); never reviewed: one cadence after the account became a client or was added to KAMdesk, whichever is later</source>
            <translation>Próxima = última revisão + cadência, no mesmo dia do mês (ou no último dia do mês); nunca revisada: uma cadência depois que a conta virou cliente ou entrou no KAMdesk, o que for mais tarde</translation>
        </message>
        <message>
            <source>Days since the due date passed</source>
            <translation>Dias desde que a data prevista passou</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message numerus="yes">
            <source>every %n month(s)</source>
            <translation>
                <numerusform>a cada %n mês</numerusform>
                <numerusform>a cada %n meses</numerusform>
            </translation>
        </message>
        <message>
            <source>Never done, overdue</source>
            <translation>Nunca feita, atrasada</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Vence hoje</translation>
        </message>
        <message numerus="yes">
            <source>Due in %n day(s)</source>
            <translation>
                <numerusform>Vence em %n dia</numerusform>
                <numerusform>Vence em %n dias</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewsDueView</name>
        <message>
            <source>Reviews due</source>
            <translation>Revisões previstas</translation>
        </message>
        <message>
            <source>Record review…</source>
            <translation>Registrar revisão…</translation>
        </message>
        <message>
            <source>Record the review of the chosen routine; its next due date moves</source>
            <translation>Registra a revisão da rotina escolhida; a próxima data avança</translation>
        </message>
        <message>
            <source>Go to account</source>
            <translation>Ir para a conta</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Atrasadas</translation>
        </message>
        <message>
            <source>Due by the end of the month</source>
            <translation>Vencem até o fim do mês</translation>
        </message>
        <message>
            <source>Every routine, whenever due</source>
            <translation>Todas as rotinas, qualquer data</translation>
        </message>
        <message>
            <source>All routines</source>
            <translation>Todas as rotinas</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>Todos os responsáveis</translation>
        </message>
        <message>
            <source>Search accounts</source>
            <translation>Buscar contas</translation>
        </message>
        <message>
            <source>Only the selected account</source>
            <translation>Só a conta selecionada</translation>
        </message>
        <message numerus="yes">
            <source>%n review(s) overdue</source>
            <translation>
                <numerusform>%n revisão atrasada</numerusform>
                <numerusform>%n revisões atrasadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due within 7 days</source>
            <translation>
                <numerusform>%n vence em até 7 dias</numerusform>
                <numerusform>%n vencem em até 7 dias</numerusform>
            </translation>
        </message>
        <message>
            <source>No active account yet. Create accounts, and the reviews each one needs appear here.</source>
            <translation>Ainda não há contas ativas. Cadastre contas e as revisões de que cada uma precisa aparecem aqui.</translation>
        </message>
        <message>
            <source>No review matches these filters.</source>
            <translation>Nenhuma revisão corresponde a esses filtros.</translation>
        </message>
        <message>
            <source>No review is overdue. Well done!</source>
            <translation>Nenhuma revisão atrasada. Muito bem!</translation>
        </message>
        <message>
            <source>No review is due by the end of the month. Choose “Every routine, whenever due” to see every next date.</source>
            <translation>Nenhuma revisão vence até o fim do mês. Escolha “Todas as rotinas, qualquer data” para ver todas as próximas datas.</translation>
        </message>
        <message>
            <source>Show the reviews of %1 only</source>
            <translation>Mostrar só as revisões de %1</translation>
        </message>
        <message>
            <source>Select an account in any tab to show its reviews only</source>
            <translation>Selecione uma conta em qualquer aba para ver só as revisões dela</translation>
        </message>
    </context>
    <context>
        <name>ReviewsPage</name>
        <message>
            <source>Select an account to see its reviews.</source>
            <translation>Selecione uma conta para ver as revisões dela.</translation>
        </message>
        <message>
            <source>No routine is scheduled for this account's tier.</source>
            <translation>Nenhuma rotina está programada para o segmento desta conta.</translation>
        </message>
        <message>
            <source>No review recorded yet. After each meeting where you go through a routine with the account team, record it here: its next due date moves.</source>
            <translation>Nenhuma revisão registrada ainda. Depois de cada reunião em que você passar por uma rotina com o time da conta, registre-a aqui: a próxima data avança.</translation>
        </message>
        <message>
            <source>Record review…</source>
            <translation>Registrar revisão…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Review schedule</source>
            <translation>Calendário de revisões</translation>
        </message>
        <message>
            <source>Reviews held</source>
            <translation>Revisões realizadas</translation>
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
        <name>RiskCommands</name>
        <message>
            <source>New risk “%1”</source>
            <translation>Novo risco “%1”</translation>
        </message>
        <message>
            <source>Edit risk “%1”</source>
            <translation>Editar risco “%1”</translation>
        </message>
        <message>
            <source>Delete risk “%1”</source>
            <translation>Excluir risco “%1”</translation>
        </message>
        <message>
            <source>New action “%1”</source>
            <translation>Nova ação “%1”</translation>
        </message>
        <message>
            <source>Edit action “%1”</source>
            <translation>Editar ação “%1”</translation>
        </message>
        <message>
            <source>Mark “%1” done</source>
            <translation>Concluir “%1”</translation>
        </message>
        <message>
            <source>Reopen “%1”</source>
            <translation>Reabrir “%1”</translation>
        </message>
        <message>
            <source>Delete action “%1”</source>
            <translation>Excluir ação “%1”</translation>
        </message>
    </context>
    <context>
        <name>RiskDialog</name>
        <message>
            <source>New risk</source>
            <translation>Novo risco</translation>
        </message>
        <message>
            <source>Edit risk</source>
            <translation>Editar risco</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Conta</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>e.g. A competitor offers a price 20% lower at the renewal</source>
            <translation>ex.: Um concorrente oferece preço 20% menor na renovação</translation>
        </message>
        <message>
            <source>Description *</source>
            <translation>Descrição *</translation>
        </message>
        <message>
            <source>Likelihood (1–5)</source>
            <translation>Probabilidade (1–5)</translation>
        </message>
        <message>
            <source>How likely it is to happen in the coming months</source>
            <translation>Qual a chance de acontecer nos próximos meses</translation>
        </message>
        <message>
            <source>Impact (1–5)</source>
            <translation>Impacto (1–5)</translation>
        </message>
        <message>
            <source>How much revenue or relationship the account would lose</source>
            <translation>Quanto de receita ou de relacionamento a conta perderia</translation>
        </message>
        <message>
            <source>Score = likelihood × impact (1–25)</source>
            <translation>Pontuação = probabilidade × impacto (1–25)</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Pontuação</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Resposta</translation>
        </message>
        <message>
            <source>Eliminate the cause, mitigate it with actions, postpone, or accept it</source>
            <translation>Eliminar a causa, mitigar com ações, adiar ou aceitar o risco</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Data de revisão</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>não definida</translation>
        </message>
        <message>
            <source>No review date</source>
            <translation>Sem data de revisão</translation>
        </message>
        <message>
            <source>Closed risks stay in the register but leave the heat map.</source>
            <translation>Riscos fechados continuam no registro, mas saem do mapa de calor.</translation>
        </message>
        <message>
            <source>Create risk</source>
            <translation>Criar risco</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <source>rare</source>
            <translation>rara</translation>
        </message>
        <message>
            <source>unlikely</source>
            <translation>improvável</translation>
        </message>
        <message>
            <source>possible</source>
            <translation>possível</translation>
        </message>
        <message>
            <source>likely</source>
            <translation>provável</translation>
        </message>
        <message>
            <source>almost certain</source>
            <translation>quase certa</translation>
        </message>
        <message>
            <source>minor</source>
            <translation>pequeno</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderado</translation>
        </message>
        <message>
            <source>significant</source>
            <translation>significativo</translation>
        </message>
        <message>
            <source>major</source>
            <translation>grande</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>severo</translation>
        </message>
    </context>
    <context>
        <name>RiskLevel</name>
        <message>
            <source>Low</source>
            <translation>Baixo</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Médio</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Alto</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Crítico</translation>
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
        <name>RisksPage</name>
        <message>
            <source>New risk</source>
            <translation>Novo risco</translation>
        </message>
        <message>
            <source>Add a risk to this account</source>
            <translation>Registrar um risco desta conta</translation>
        </message>
        <message>
            <source>Edit risk</source>
            <translation>Editar risco</translation>
        </message>
        <message>
            <source>Open the selected risk</source>
            <translation>Abrir o risco selecionado</translation>
        </message>
        <message>
            <source>Delete risk</source>
            <translation>Excluir risco</translation>
        </message>
        <message>
            <source>Delete the selected risk; its actions stay on the account (undoable)</source>
            <translation>Excluir o risco selecionado; as ações dele continuam na conta (pode ser desfeito)</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Nova ação</translation>
        </message>
        <message>
            <source>Add a mitigation action to the selected risk, or a follow-up</source>
            <translation>Adicionar uma ação de mitigação ao risco selecionado, ou um acompanhamento</translation>
        </message>
        <message>
            <source>Edit action</source>
            <translation>Editar ação</translation>
        </message>
        <message>
            <source>Open the selected action</source>
            <translation>Abrir a ação selecionada</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Marcar como concluída</translation>
        </message>
        <message>
            <source>Mark the selected action done, or open it again (undoable)</source>
            <translation>Marcar a ação selecionada como concluída, ou reabri-la (pode ser desfeito)</translation>
        </message>
        <message>
            <source>Delete action</source>
            <translation>Excluir ação</translation>
        </message>
        <message>
            <source>Delete the selected action (undoable)</source>
            <translation>Excluir a ação selecionada (pode ser desfeito)</translation>
        </message>
        <message>
            <source>Select an account to see its risks.</source>
            <translation>Selecione uma conta para ver os riscos dela.</translation>
        </message>
        <message>
            <source>Account risk</source>
            <translation>Risco da conta</translation>
        </message>
        <message>
            <source>Account risk = the highest score among its open risks</source>
            <translation>Risco da conta = a maior pontuação entre os riscos abertos</translation>
        </message>
        <message>
            <source>Show every risk</source>
            <translation>Mostrar todos os riscos</translation>
        </message>
        <message>
            <source>Show done and cancelled</source>
            <translation>Mostrar concluídas e canceladas</translation>
        </message>
        <message>
            <source>no open risk</source>
            <translation>nenhum risco aberto</translation>
        </message>
        <message numerus="yes">
            <source>%n open risk(s)</source>
            <translation>
                <numerusform>%n risco aberto</numerusform>
                <numerusform>%n riscos abertos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n closed</source>
            <translation>
                <numerusform>%n fechado</numerusform>
                <numerusform>%n fechados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) overdue</source>
            <translation>
                <numerusform>%n ação atrasada</numerusform>
                <numerusform>%n ações atrasadas</numerusform>
            </translation>
        </message>
        <message>
            <source>Open risks with likelihood %1 × impact %2 (score %3, %4)</source>
            <translation>Riscos abertos com probabilidade %1 × impacto %2 (pontuação %3, %4)</translation>
        </message>
        <message>
            <source>Actions of the account</source>
            <translation>Ações da conta</translation>
        </message>
        <message>
            <source>Mitigation actions of “%1”</source>
            <translation>Ações de mitigação de “%1”</translation>
        </message>
        <message>
            <source>No open risk in this cell. Click it again to see every risk.</source>
            <translation>Nenhum risco aberto nesta célula. Clique nela de novo para ver todos os riscos.</translation>
        </message>
        <message>
            <source>No risks recorded yet.
What could make you lose or shrink this account? Competitors, the client's finances, losing a sponsor…
Click “New risk” to add the first one.</source>
            <translation>Nenhum risco registrado ainda.
O que poderia fazer você perder ou reduzir esta conta? Concorrentes, as finanças do cliente, a perda de um patrocinador…
Clique em “Novo risco” para registrar o primeiro.</translation>
        </message>
        <message>
            <source>No actions for this risk yet. Click “New action” to plan one.</source>
            <translation>Ainda não há ações para este risco. Clique em “Nova ação” para planejar uma.</translation>
        </message>
        <message>
            <source>No actions yet. Select a risk and click “New action” to plan how to mitigate it.</source>
            <translation>Ainda não há ações. Selecione um risco e clique em “Nova ação” para planejar como mitigá-lo.</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reabrir</translation>
        </message>
    </context>
    <context>
        <name>RisksTableModel</name>
        <message>
            <source>Account</source>
            <translation>Conta</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risco</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>Probabilidade</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impacto</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Pontuação</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Resposta</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Revisão</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Ações abertas</translation>
        </message>
        <message>
            <source>How likely it is to happen: 1 = rare, 5 = almost certain</source>
            <translation>Qual a chance de acontecer: 1 = rara, 5 = quase certa</translation>
        </message>
        <message>
            <source>How much it would hurt the account: 1 = minor, 5 = severe</source>
            <translation>Quanto prejudicaria a conta: 1 = pequeno, 5 = severo</translation>
        </message>
        <message>
            <source>Score = likelihood × impact (1–25); low 1–4, medium 5–9, high 10–16, critical 20–25</source>
            <translation>Pontuação = probabilidade × impacto (1–25); baixo 1–4, médio 5–9, alto 10–16, crítico 20–25</translation>
        </message>
        <message>
            <source>In red: the review date has passed</source>
            <translation>Em vermelho: a data de revisão já passou</translation>
        </message>
        <message>
            <source>Mitigation actions still open</source>
            <translation>Ações de mitigação ainda abertas</translation>
        </message>
        <message>
            <source>Review overdue since %1</source>
            <translation>Revisão atrasada desde %1</translation>
        </message>
    </context>
    <context>
        <name>SegmentationPage</name>
        <message>
            <source>no tier (off)</source>
            <translation>nenhum (desativado)</translation>
        </message>
        <message>
            <source>Restore defaults</source>
            <translation>Restaurar padrões</translation>
        </message>
        <message>
            <source>Min. ICP score (0–100)</source>
            <translation>Pontuação ICP mín. (0–100)</translation>
        </message>
        <message>
            <source>Min. revenue, last 12 months</source>
            <translation>Receita mín., últimos 12 meses</translation>
        </message>
        <message>
            <source>Min. months with purchases (0–12)</source>
            <translation>Meses com compras, mín. (0–12)</translation>
        </message>
        <message>
            <source>Min. growth potential (0–5)</source>
            <translation>Potencial de crescimento mín. (0–5)</translation>
        </message>
        <message>
            <source>Min. strategic importance (0–5)</source>
            <translation>Importância estratégica mín. (0–5)</translation>
        </message>
        <message>
            <source>Each account gets the best tier, from A to C, whose minimums it meets in full. A tier chosen by hand in the account editor always wins.</source>
            <translation>Cada conta recebe o melhor segmento, de A a C, cujos mínimos ela atinge por completo. Um segmento definido manualmente no editor de contas sempre prevalece.</translation>
        </message>
        <message>
            <source>0 means the minimum is not required. An account that meets no tier is tier %1.</source>
            <translation>0 significa que o mínimo não é exigido. Uma conta que não atinge nenhum segmento fica no segmento %1.</translation>
        </message>
        <message>
            <source>Strategic importance 5 keeps an account at least in tier</source>
            <translation>Importância estratégica 5 mantém a conta no mínimo no segmento</translation>
        </message>
        <message>
            <source>Tier %1</source>
            <translation>Segmento %1</translation>
        </message>
    </context>
    <context>
        <name>ServerAddressForm</name>
        <message>
            <source>Publish to team server</source>
            <translation>Publicar no servidor da equipe</translation>
        </message>
        <message>
            <source>KAMdesk copies this portfolio into an empty database on your team's server, then compares every table with your file. Your file stays as it is.</source>
            <translation>O KAMdesk copia esta carteira para um banco de dados vazio no servidor da sua equipe e depois compara cada tabela com o seu arquivo. O seu arquivo continua como está.</translation>
        </message>
        <message>
            <source>e.g. kamdesk.mycompany.com</source>
            <translation>ex.: kamdesk.suaempresa.com.br</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Servidor:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Porta:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Banco de dados:</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>Usuário:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Senha:</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publicar</translation>
        </message>
    </context>
    <context>
        <name>SlippageModel</name>
        <message>
            <source>Opportunity</source>
            <translation>Oportunidade</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Conta</translation>
        </message>
        <message>
            <source>Expected close (before → now)</source>
            <translation>Fechamento previsto (antes → agora)</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Mudança</translation>
        </message>
        <message>
            <source>Value (before → now)</source>
            <translation>Valor (antes → agora)</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) later</source>
            <translation>
                <numerusform>%n dia depois</numerusform>
                <numerusform>%n dias depois</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) earlier</source>
            <translation>
                <numerusform>%n dia antes</numerusform>
                <numerusform>%n dias antes</numerusform>
            </translation>
        </message>
        <message>
            <source>no date</source>
            <translation>sem data</translation>
        </message>
        <message numerus="yes">
            <source>The close date was pushed out %n time(s) this month</source>
            <translation>
                <numerusform>A data de fechamento foi adiada %n vez este mês</numerusform>
                <numerusform>A data de fechamento foi adiada %n vezes este mês</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StageCardsModel</name>
        <message>
            <source>Value: %1</source>
            <translation>Valor: %1</translation>
        </message>
        <message>
            <source>Weighted: %1 (%2 %)</source>
            <translation>Ponderado: %1 (%2 %)</translation>
        </message>
        <message>
            <source>Expected close: %1</source>
            <translation>Fechamento previsto: %1</translation>
        </message>
        <message>
            <source>Product: %1</source>
            <translation>Produto: %1</translation>
        </message>
        <message>
            <source>Owner: %1</source>
            <translation>Responsável: %1</translation>
        </message>
        <message>
            <source>Next step: %1</source>
            <translation>Próximo passo: %1</translation>
        </message>
        <message>
            <source>No next step planned</source>
            <translation>Nenhum próximo passo planejado</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Motivo: %1</translation>
        </message>
    </context>
    <context>
        <name>StageCommands</name>
        <message>
            <source>New stage “%1”</source>
            <translation>Nova etapa “%1”</translation>
        </message>
        <message>
            <source>Rename stage “%1” to “%2”</source>
            <translation>Renomear etapa “%1” para “%2”</translation>
        </message>
        <message>
            <source>Default probability of “%1”: %2%</source>
            <translation>Probabilidade padrão de “%1”: %2%</translation>
        </message>
        <message>
            <source>Outcome of “%1”: %2</source>
            <translation>Resultado de “%1”: %2</translation>
        </message>
        <message>
            <source>Move stage “%1” up</source>
            <translation>Mover etapa “%1” para cima</translation>
        </message>
        <message>
            <source>Move stage “%1” down</source>
            <translation>Mover etapa “%1” para baixo</translation>
        </message>
        <message>
            <source>Delete stage “%1”</source>
            <translation>Excluir etapa “%1”</translation>
        </message>
        <message>
            <source>New product line “%1”</source>
            <translation>Nova linha de produto “%1”</translation>
        </message>
        <message>
            <source>Rename product line “%1” to “%2”</source>
            <translation>Renomear linha de produto “%1” para “%2”</translation>
        </message>
        <message>
            <source>Edit product line “%1”</source>
            <translation>Editar linha de produto “%1”</translation>
        </message>
        <message>
            <source>Delete product line “%1”</source>
            <translation>Excluir linha de produto “%1”</translation>
        </message>
    </context>
    <context>
        <name>StageFunnel</name>
        <message>
            <source>Stage funnel</source>
            <translation>Funil por etapa</translation>
        </message>
        <message numerus="yes">
            <source>%n open opportunity(s)</source>
            <translation>
                <numerusform>%n oportunidade aberta</numerusform>
                <numerusform>%n oportunidades abertas</numerusform>
            </translation>
        </message>
        <message>
            <source>Value: %1</source>
            <translation>Valor: %1</translation>
        </message>
        <message>
            <source>Expected to close in %1</source>
            <translation>Fechamento previsto em %1</translation>
        </message>
        <message>
            <source>No open opportunity is expected to close in this period.</source>
            <translation>Nenhuma oportunidade aberta tem fechamento previsto neste período.</translation>
        </message>
        <message>
            <source>No open opportunity is expected to close in %1.</source>
            <translation>Nenhuma oportunidade aberta tem fechamento previsto em %1.</translation>
        </message>
    </context>
    <context>
        <name>StageHeader</name>
        <message>
            <source>Default probability of this stage: %1 %</source>
            <translation>Probabilidade padrão desta etapa: %1 %</translation>
        </message>
        <message>
            <source>Closed as won</source>
            <translation>Fechadas como ganhas</translation>
        </message>
        <message>
            <source>Closed as lost</source>
            <translation>Fechadas como perdidas</translation>
        </message>
        <message>
            <source>Weighted: %1</source>
            <translation>Ponderado: %1</translation>
        </message>
        <message>
            <source>Weighted value = value × probability</source>
            <translation>Valor ponderado = valor × probabilidade</translation>
        </message>
        <message numerus="yes">
            <source>%n opportunity(s)</source>
            <translation>
                <numerusform>%n oportunidade</numerusform>
                <numerusform>%n oportunidades</numerusform>
            </translation>
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
        <name>StagesModel</name>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Default probability</source>
            <translation>Probabilidade padrão</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Oportunidades</translation>
        </message>
        <message>
            <source>The probability of an opportunity in this stage that has none of its own</source>
            <translation>A probabilidade de uma oportunidade nesta etapa que não tenha a sua própria</translation>
        </message>
        <message>
            <source>Open stages are the pipeline; reaching a won or lost stage closes the deal</source>
            <translation>As etapas abertas formam o pipeline; chegar a uma etapa ganha ou perdida fecha o negócio</translation>
        </message>
        <message>
            <source>Opportunities in this stage now</source>
            <translation>Oportunidades nesta etapa agora</translation>
        </message>
    </context>
    <context>
        <name>StagesPage</name>
        <message>
            <source>Add stage</source>
            <translation>Adicionar etapa</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Mover para cima</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Mover para baixo</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Add product line</source>
            <translation>Adicionar linha de produto</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Desfazer</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Refazer</translation>
        </message>
        <message>
            <source>Stages of the board, in order</source>
            <translation>Etapas do quadro, em ordem</translation>
        </message>
        <message>
            <source>Product lines</source>
            <translation>Linhas de produto</translation>
        </message>
        <message>
            <source>Changes on this tab are saved as you make them, also if you press Cancel; Undo takes them back one by one.</source>
            <translation>As alterações nesta aba são salvas na hora, mesmo se você clicar em Cancelar; Desfazer as desfaz uma a uma.</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>Nova etapa</translation>
        </message>
        <message numerus="yes">
            <source>“%1” holds %n opportunity(s), and no other stage has the outcome “%2” to take them. Add such a stage first, or move the opportunities on the board.</source>
            <translation>
                <numerusform>“%1” tem %n oportunidade, e nenhuma outra etapa tem o resultado “%2” para recebê-la. Crie uma etapa assim primeiro ou mova a oportunidade no quadro.</numerusform>
                <numerusform>“%1” tem %n oportunidades, e nenhuma outra etapa tem o resultado “%2” para recebê-las. Crie uma etapa assim primeiro ou mova as oportunidades no quadro.</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Default probability</source>
            <translation>Probabilidade padrão</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>New product line</source>
            <translation>Nova linha de produto</translation>
        </message>
        <message>
            <source>Delete product line</source>
            <translation>Excluir linha de produto</translation>
        </message>
        <message numerus="yes">
            <source>“%1” is the product line of %n opportunity(s).</source>
            <translation>
                <numerusform>“%1” é a linha de produto de %n oportunidade.</numerusform>
                <numerusform>“%1” é a linha de produto de %n oportunidades.</numerusform>
            </translation>
        </message>
        <message>
            <source>The opportunities stay in the pipeline, without a product line. Undo gives it back to them.</source>
            <translation>As oportunidades continuam no pipeline, sem linha de produto. Desfazer devolve a linha a elas.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>%1: %3</source>
            <translation>%1: %3</translation>
        </message>
        <message>
            <source>%1 — %2: %3</source>
            <translation>%1 — %2: %3</translation>
        </message>
    </context>
    <context>
        <name>StakeholderAlert</name>
        <message>
            <source>High</source>
            <translation>Alta</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Média</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Baixa</translation>
        </message>
        <message>
            <source>No sponsor in the target area “{area}”.</source>
            <translation>Nenhum patrocinador na área-alvo “{area}”.</translation>
        </message>
        <message>
            <source>No decision maker identified.</source>
            <translation>Nenhum decisor identificado.</translation>
        </message>
        <message>
            <source>No economic buyer identified.</source>
            <translation>Nenhum comprador econômico identificado.</translation>
        </message>
        <message>
            <source>{name} (influence {influence}) is against us.</source>
            <translation>{name} (influência {influence}) está contra nós.</translation>
        </message>
        <message>
            <source>No contact with {name} for {days} days.</source>
            <translation>Sem contato com {name} há {days} dias.</translation>
        </message>
        <message>
            <source>{name} has never been contacted.</source>
            <translation>{name} nunca foi contatado(a).</translation>
        </message>
        <message>
            <source>{name} is our only contact in this account.</source>
            <translation>{name} é nosso único contato nesta conta.</translation>
        </message>
    </context>
    <context>
        <name>StakeholderMap</name>
        <message>
            <source>Stance: %1</source>
            <translation>Posição: %1</translation>
        </message>
        <message>
            <source>Influence: %1 of 5</source>
            <translation>Influência: %1 de 5</translation>
        </message>
        <message>
            <source>Buying role: %1</source>
            <translation>Papel na compra: %1</translation>
        </message>
        <message>
            <source>Relationship: %1 of 5</source>
            <translation>Relacionamento: %1 de 5</translation>
        </message>
        <message>
            <source>Contact is overdue.</source>
            <translation>O contato está atrasado.</translation>
        </message>
        <message>
            <source>%1 · target area</source>
            <translation>%1 · área-alvo</translation>
        </message>
    </context>
    <context>
        <name>StakeholderMapTab</name>
        <message>
            <source>Double-click on the map to add the first person.</source>
            <translation>Clique duas vezes no mapa para incluir a primeira pessoa.</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Mapa</translation>
        </message>
        <message>
            <source>Show the people as cards on the map</source>
            <translation>Mostrar as pessoas como cartões no mapa</translation>
        </message>
        <message>
            <source>Power grid</source>
            <translation>Matriz de poder</translation>
        </message>
        <message>
            <source>Show the people by influence and stance; drag a card to another cell</source>
            <translation>Mostra as pessoas por influência e posição; arraste um cartão para outra célula</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Lista</translation>
        </message>
        <message>
            <source>Show the people as rows in a table</source>
            <translation>Mostrar as pessoas como linhas de uma tabela</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>Incluir pessoa</translation>
        </message>
        <message>
            <source>Add a person to the map</source>
            <translation>Incluir uma pessoa no mapa</translation>
        </message>
        <message>
            <source>Draw links</source>
            <translation>Desenhar ligações</translation>
        </message>
        <message>
            <source>Drag from one card to another to link them (or hold Shift while dragging)</source>
            <translation>Arraste de um cartão a outro para ligá-los (ou segure Shift ao arrastar)</translation>
        </message>
        <message>
            <source>The kind of link a drag draws</source>
            <translation>O tipo de ligação que o arraste desenha</translation>
        </message>
        <message>
            <source>Arrange as org chart</source>
            <translation>Organizar como organograma</translation>
        </message>
        <message>
            <source>Place every card by reporting lines and org units (undoable)</source>
            <translation>Posiciona todos os cartões pelas linhas de reporte e pelas áreas (pode ser desfeito)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajustar</translation>
        </message>
        <message>
            <source>Show the whole map</source>
            <translation>Mostrar o mapa inteiro</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Aproximar</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Afastar</translation>
        </message>
        <message>
            <source>Record map review</source>
            <translation>Registrar revisão do mapa</translation>
        </message>
        <message>
            <source>Save today's coverage and resistance to follow their trend (undoable)</source>
            <translation>Salvar a cobertura e a resistência de hoje para acompanhar a tendência (pode ser desfeito)</translation>
        </message>
        <message>
            <source>Export map…</source>
            <translation>Exportar mapa…</translation>
        </message>
        <message>
            <source>Save the whole map as a PNG or SVG picture or as a PDF page</source>
            <translation>Salvar o mapa inteiro como imagem PNG ou SVG ou como página PDF</translation>
        </message>
        <message>
            <source>Find a person…</source>
            <translation>Encontrar uma pessoa…</translation>
        </message>
        <message>
            <source>Select and show the people whose name contains this</source>
            <translation>Selecionar e mostrar as pessoas cujo nome contém este texto</translation>
        </message>
        <message>
            <source>Dim the cards that do not match</source>
            <translation>Esmaecer os cartões que não correspondem</translation>
        </message>
        <message>
            <source>Highlight: none</source>
            <translation>Destaque: nenhum</translation>
        </message>
        <message>
            <source>Highlight by stance</source>
            <translation>Destacar por posição</translation>
        </message>
        <message>
            <source>Highlight by buying role</source>
            <translation>Destacar por papel na compra</translation>
        </message>
        <message>
            <source>Highlight by org unit</source>
            <translation>Destacar por área</translation>
        </message>
        <message>
            <source>The cards to keep bright</source>
            <translation>Os cartões que ficam em destaque</translation>
        </message>
        <message>
            <source>Search by name or job title</source>
            <translation>Buscar por nome ou cargo</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalhes</translation>
        </message>
        <message>
            <source>Org units</source>
            <translation>Áreas</translation>
        </message>
        <message>
            <source>Sponsor coverage = target areas with at least one sponsor ÷ target areas</source>
            <translation>Cobertura de patrocinadores = áreas-alvo com ao menos um patrocinador ÷ áreas-alvo</translation>
        </message>
        <message>
            <source>Resistance = influence of resistant and opponent people ÷ influence of all</source>
            <translation>Resistência = influência de resistentes e opositores ÷ influência de todos</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Cobertura</translation>
        </message>
        <message>
            <source>Gaps to close</source>
            <translation>Lacunas a fechar</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legenda</translation>
        </message>
        <message>
            <source>Choose an account in the toolbar above to see its stakeholder map.</source>
            <translation>Escolha uma conta na barra acima para ver o mapa de stakeholders dela.</translation>
        </message>
        <message>
            <source>no target area</source>
            <translation>nenhuma área-alvo</translation>
        </message>
        <message>
            <source>Sponsor coverage: %1</source>
            <translation>Cobertura de patrocinadores: %1</translation>
        </message>
        <message>
            <source>Resistance: %1</source>
            <translation>Resistência: %1</translation>
        </message>
        <message>
            <source>No map review recorded yet.</source>
            <translation>Nenhuma revisão do mapa registrada ainda.</translation>
        </message>
        <message>
            <source>Map reviews, newest first:</source>
            <translation>Revisões do mapa, da mais recente:</translation>
        </message>
        <message>
            <source>%1: coverage %2, resistance %3</source>
            <translation>%1: cobertura %2, resistência %3</translation>
        </message>
        <message>
            <source>Delete from the map</source>
            <translation>Excluir do mapa</translation>
        </message>
        <message>
            <source>This link cannot be drawn.</source>
            <translation>Esta ligação não pode ser desenhada.</translation>
        </message>
        <message>
            <source>No buying role</source>
            <translation>Sem papel na compra</translation>
        </message>
        <message>
            <source>No org unit</source>
            <translation>Sem área</translation>
        </message>
        <message>
            <source>%1 - map</source>
            <translation>%1 - mapa</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Imagem PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>Desenho SVG (*.svg)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Documento PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export map</source>
            <translation>Exportar mapa</translation>
        </message>
        <message>
            <source>The map could not be exported to %1.</source>
            <translation>Não foi possível exportar o mapa para %1.</translation>
        </message>
        <message>
            <source>The folder does not exist.</source>
            <translation>A pasta não existe.</translation>
        </message>
        <message>
            <source>You may not write to this folder.</source>
            <translation>Você não tem permissão para gravar nesta pasta.</translation>
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
        <name>StanceGrid</name>
        <message>
            <source>Decides</source>
            <translation>Decide</translation>
        </message>
        <message>
            <source>Strong say</source>
            <translation>Tem voz forte</translation>
        </message>
        <message>
            <source>Is heard</source>
            <translation>É ouvido</translation>
        </message>
        <message>
            <source>Some say</source>
            <translation>Tem alguma voz</translation>
        </message>
        <message>
            <source>Little say</source>
            <translation>Tem pouca voz</translation>
        </message>
        <message>
            <source>← For us</source>
            <translation>← A nosso favor</translation>
        </message>
        <message>
            <source>Against us →</source>
            <translation>Contra nós →</translation>
        </message>
        <message>
            <source>Influence %1</source>
            <translation>Influência %1</translation>
        </message>
    </context>
    <context>
        <name>StanceGridScene</name>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n pessoa</numerusform>
                <numerusform>%n pessoas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StanceGridView</name>
        <message>
            <source>Nobody on this map yet. Add people, then drag their cards between the cells.</source>
            <translation>Ninguém neste mapa ainda. Adicione pessoas e arraste os cartões entre as células.</translation>
        </message>
        <message>
            <source>“%1” cannot be moved to this cell.</source>
            <translation>Não foi possível mover “%1” para esta célula.</translation>
        </message>
        <message>
            <source>Correct this in the person's details, then try again.</source>
            <translation>Corrija isso nos dados da pessoa e tente de novo.</translation>
        </message>
        <message numerus="yes">
            <source>Move %n person(s) in the grid</source>
            <translation>
                <numerusform>Mover %n pessoa na matriz</numerusform>
                <numerusform>Mover %n pessoas na matriz</numerusform>
            </translation>
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
        <name>SurveyDialog</name>
        <message>
            <source>New survey response</source>
            <translation>Nova resposta de pesquisa</translation>
        </message>
        <message>
            <source>Edit response</source>
            <translation>Editar resposta</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Conta</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Pesquisa</translation>
        </message>
        <message>
            <source>Score *</source>
            <translation>Nota *</translation>
        </message>
        <message>
            <source>Answered on</source>
            <translation>Respondida em</translation>
        </message>
        <message>
            <source>nobody in particular</source>
            <translation>ninguém em particular</translation>
        </message>
        <message>
            <source>Who answered, when you know: one of the account's people</source>
            <translation>Quem respondeu, quando você sabe: uma das pessoas da conta</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>What they said, in their words</source>
            <translation>O que a pessoa disse, com as palavras dela</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentário</translation>
        </message>
        <message>
            <source>Add response</source>
            <translation>Adicionar resposta</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <source>0–10: how likely they are to recommend you (9–10 promoter, 7–8 passive, 0–6 detractor)</source>
            <translation>0–10: quanto recomendaria você (9–10 promotor, 7–8 neutro, 0–6 detrator)</translation>
        </message>
        <message>
            <source>1–5: how satisfied they are (4–5 count as satisfied)</source>
            <translation>1–5: quão satisfeito está (4–5 contam como satisfeito)</translation>
        </message>
        <message>
            <source>New %1 response of %2</source>
            <translation>Nova resposta %1 de %2</translation>
        </message>
        <message>
            <source>Edit %1 response of %2</source>
            <translation>Editar resposta %1 de %2</translation>
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
        <name>SurveyModel</name>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Pesquisa</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentário</translation>
        </message>
    </context>
    <context>
        <name>SurveyPage</name>
        <message>
            <source>New response</source>
            <translation>Nova resposta</translation>
        </message>
        <message>
            <source>Record an NPS or CSAT answer</source>
            <translation>Registrar uma resposta de NPS ou CSAT</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Open the selected response</source>
            <translation>Abrir a resposta selecionada</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Delete the selected response (undoable)</source>
            <translation>Excluir a resposta selecionada (pode ser desfeito)</translation>
        </message>
        <message>
            <source>Select an account to see its survey responses.</source>
            <translation>Selecione uma conta para ver as respostas de pesquisa dela.</translation>
        </message>
        <message>
            <source>NPS and CSAT</source>
            <translation>NPS e CSAT</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100, over the NPS responses of the period</source>
            <translation>NPS = % de promotores (9–10) − % de detratores (0–6), de −100 a 100, sobre as respostas de NPS do período</translation>
        </message>
        <message>
            <source>CSAT = % of the CSAT responses (1–5) of the period scoring 4 or 5</source>
            <translation>CSAT = % das respostas de CSAT (1–5) do período com nota 4 ou 5</translation>
        </message>
        <message>
            <source>NPS &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>NPS &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>CSAT &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>CSAT &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message numerus="yes">
            <source>%n NPS response(s)</source>
            <translation>
                <numerusform>%n resposta de NPS</numerusform>
                <numerusform>%n respostas de NPS</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n CSAT response(s)</source>
            <translation>
                <numerusform>%n resposta de CSAT</numerusform>
                <numerusform>%n respostas de CSAT</numerusform>
            </translation>
        </message>
        <message>
            <source>No responses of this kind. Choose “NPS and CSAT” to see them all.</source>
            <translation>Nenhuma resposta deste tipo. Escolha “NPS e CSAT” para ver todas.</translation>
        </message>
        <message>
            <source>No survey responses yet.
When a client answers an NPS (0–10) or CSAT (1–5) survey, click “New response” to record it: the account's health counts them.</source>
            <translation>Nenhuma resposta de pesquisa ainda.
Quando um cliente responder a uma pesquisa de NPS (0–10) ou CSAT (1–5), clique em “Nova resposta” para registrá-la: a saúde da conta leva as respostas em conta.</translation>
        </message>
        <message>
            <source>Delete %1 response of %2</source>
            <translation>Excluir resposta %1 de %2</translation>
        </message>
    </context>
    <context>
        <name>TeamPage</name>
        <message>
            <source>You are %1 on this team: %2</source>
            <translation>Você é %1 nesta equipe: %2</translation>
        </message>
        <message>
            <source>KAMs see every account (not only their own)</source>
            <translation>Os KAMs veem todas as contas (não só as suas)</translation>
        </message>
        <message>
            <source>Off, a KAM sees only the accounts they own, with everything in them; the server hides the others from any program.</source>
            <translation>Desmarcado, cada KAM vê só as contas de que é responsável, com tudo o que há nelas; o servidor esconde as outras de qualquer programa.</translation>
        </message>
        <message>
            <source>Members are added and removed by whoever runs the server, with “kamdesk team add” (see the README).</source>
            <translation>Quem administra o servidor inclui e remove membros com “kamdesk team add” (veja o README).</translation>
        </message>
        <message>
            <source>Let KAMs see every account</source>
            <translation>Deixar os KAMs verem todas as contas</translation>
        </message>
        <message>
            <source>Let KAMs see only their own accounts</source>
            <translation>Deixar cada KAM ver só as suas contas</translation>
        </message>
    </context>
    <context>
        <name>TeamRoles</name>
        <message>
            <source>Director</source>
            <translation>Diretor(a)</translation>
        </message>
        <message>
            <source>KAM</source>
            <translation>KAM</translation>
        </message>
        <message>
            <source>Viewer (read only)</source>
            <translation>Leitor(a) (somente leitura)</translation>
        </message>
        <message>
            <source>Reads and edits every account and the portfolio's settings.</source>
            <translation>Lê e altera todas as contas e as configurações da carteira.</translation>
        </message>
        <message>
            <source>Edits the accounts whose owner is “%1”; reads the others (or does not see them, if the director chose so).</source>
            <translation>Altera as contas cujo responsável é “%1”; lê as outras (ou nem as vê, se o diretor assim escolheu).</translation>
        </message>
        <message>
            <source>Reads the portfolio; changes are refused by the server.</source>
            <translation>Lê a carteira; alterações são recusadas pelo servidor.</translation>
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
            <translation>pontuação ICP</translation>
        </message>
        <message>
            <source>revenue in 12 months</source>
            <translation>receita em 12 meses</translation>
        </message>
        <message>
            <source>months with purchases</source>
            <translation>meses com compras</translation>
        </message>
        <message>
            <source>growth potential</source>
            <translation>potencial de crescimento</translation>
        </message>
        <message>
            <source>strategic importance</source>
            <translation>importância estratégica</translation>
        </message>
        <message>
            <source>No tier rule is met, so the account is in the last tier.</source>
            <translation>Nenhuma regra de segmento é atendida, então a conta fica no último segmento.</translation>
        </message>
        <message>
            <source>Meets the rule of %1: %2</source>
            <translation>Atende à regra de %1: %2</translation>
        </message>
        <message>
            <source>no minimums</source>
            <translation>sem mínimos</translation>
        </message>
        <message>
            <source>Short of %1: %2</source>
            <translation>Falta para %1: %2</translation>
        </message>
        <message>
            <source>Strategic importance 5 keeps it at least in %1.</source>
            <translation>A importância estratégica 5 a mantém no mínimo em %1.</translation>
        </message>
        <message>
            <source>Set by hand to %1; the rules give %2.</source>
            <translation>Definido manualmente como %1; as regras dão %2.</translation>
        </message>
    </context>
    <context>
        <name>TopRisksModel</name>
        <message>
            <source>Account</source>
            <translation>Conta</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risco</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Pontuação</translation>
        </message>
    </context>
    <context>
        <name>TopRisksView</name>
        <message>
            <source>Score = likelihood × impact. Click a cell to list its risks; double-click a risk to open its account.</source>
            <translation>Pontuação = probabilidade × impacto. Clique numa célula para listar os riscos dela; clique duas vezes num risco para abrir a conta.</translation>
        </message>
        <message>
            <source>No open risks in the portfolio. Record risks in each account's Risks page.</source>
            <translation>Nenhum risco aberto na carteira. Registre os riscos na página Riscos de cada conta.</translation>
        </message>
        <message>
            <source>Open risks with likelihood %1 × impact %2 (score %3, %4)</source>
            <translation>Riscos abertos com probabilidade %1 × impacto %2 (pontuação %3, %4)</translation>
        </message>
        <message numerus="yes">
            <source>Top %1 of %n open risk(s) across accounts</source>
            <translation>
                <numerusform>Os %1 maiores de %n risco aberto nas contas</numerusform>
                <numerusform>Os %1 maiores de %n riscos abertos nas contas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open risk(s) across accounts</source>
            <translation>
                <numerusform>%n risco aberto nas contas</numerusform>
                <numerusform>%n riscos abertos nas contas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TransferActions</name>
        <message>
            <source>P&amp;ublish to team server…</source>
            <translation>Pu&amp;blicar no servidor da equipe…</translation>
        </message>
        <message>
            <source>Save an off&amp;line copy…</source>
            <translation>Salvar uma cópia o&amp;ffline…</translation>
        </message>
        <message>
            <source>Connecting to the server…</source>
            <translation>Conectando ao servidor…</translation>
        </message>
        <message>
            <source>Copying the portfolio to the server…</source>
            <translation>Copiando a carteira para o servidor…</translation>
        </message>
        <message>
            <source>The portfolio was published to the team server.</source>
            <translation>A carteira foi publicada no servidor da equipe.</translation>
        </message>
        <message>
            <source>Publish to team server</source>
            <translation>Publicar no servidor da equipe</translation>
        </message>
        <message>
            <source>Save an offline copy</source>
            <translation>Salvar uma cópia offline</translation>
        </message>
        <message>
            <source>KAMdesk portfolios (*%1)</source>
            <translation>Carteiras do KAMdesk (*%1)</translation>
        </message>
        <message>
            <source>%1 (offline %2)</source>
            <translation>%1 (cópia offline %2)</translation>
        </message>
        <message>
            <source>Copying the team portfolio into the file…</source>
            <translation>Copiando a carteira da equipe para o arquivo…</translation>
        </message>
        <message>
            <source>The offline copy was saved.</source>
            <translation>A cópia offline foi salva.</translation>
        </message>
        <message>
            <source>Copy cancelled: nothing was written.</source>
            <translation>Cópia cancelada: nada foi gravado.</translation>
        </message>
        <message numerus="yes">
            <source>%n table(s)</source>
            <translation>
                <numerusform>%n tabela</numerusform>
                <numerusform>%n tabelas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) copied</source>
            <translation>
                <numerusform>%Ln linha copiada</numerusform>
                <numerusform>%Ln linhas copiadas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2; every table identical.</source>
            <translation>%1, %2; todas as tabelas idênticas.</translation>
        </message>
        <message>
            <source>To work on it with your team, use File ▸ Connect to team server.</source>
            <translation>Para trabalhar nela com a sua equipe, use Arquivo ▸ Conectar a servidor da equipe.</translation>
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation>Nada foi gravado.</translation>
        </message>
        <message>
            <source>The database “%1” is not empty.</source>
            <translation>O banco de dados “%1” não está vazio.</translation>
        </message>
        <message>
            <source>A portfolio can only be published into an empty database. Ask whoever runs the server for a new one.</source>
            <translation>Uma carteira só pode ser publicada em um banco de dados vazio. Peça um novo a quem administra o servidor.</translation>
        </message>
        <message>
            <source>“%1” already exists.</source>
            <translation>“%1” já existe.</translation>
        </message>
        <message>
            <source>Choose another name for the offline copy.</source>
            <translation>Escolha outro nome para a cópia offline.</translation>
        </message>
        <message>
            <source>The copy did not match the original, so it was not kept.</source>
            <translation>A cópia não ficou igual à original, por isso não foi mantida.</translation>
        </message>
        <message>
            <source>Tables that differ: %1.</source>
            <translation>Tabelas diferentes: %1.</translation>
        </message>
        <message>
            <source>The portfolio could not be copied.</source>
            <translation>Não foi possível copiar a carteira.</translation>
        </message>
    </context>
    <context>
        <name>UnitCommands</name>
        <message numerus="yes">
            <source>Delete %n org unit(s)</source>
            <translation>
                <numerusform>Excluir %n área</numerusform>
                <numerusform>Excluir %n áreas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n org unit(s)</source>
            <translation>
                <numerusform>Mover %n área</numerusform>
                <numerusform>Mover %n áreas</numerusform>
            </translation>
        </message>
        <message>
            <source>Add org unit “%1”</source>
            <translation>Incluir a área “%1”</translation>
        </message>
        <message>
            <source>Rename “%1” to “%2”</source>
            <translation>Renomear “%1” para “%2”</translation>
        </message>
        <message>
            <source>Move “%1”</source>
            <translation>Mover “%1”</translation>
        </message>
        <message>
            <source>Mark “%1” as a target area</source>
            <translation>Marcar “%1” como área-alvo</translation>
        </message>
        <message>
            <source>Unmark “%1” as a target area</source>
            <translation>Desmarcar “%1” como área-alvo</translation>
        </message>
        <message>
            <source>Change the kind of “%1”</source>
            <translation>Alterar o tipo de “%1”</translation>
        </message>
        <message>
            <source>Edit org unit “%1”</source>
            <translation>Editar a área “%1”</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Open the demo portfolio</source>
            <translation>Abrir a carteira de demonstração</translation>
        </message>
        <message>
            <source>Explore KAMdesk with 40 realistic accounts. Nothing you do there touches a portfolio of your own.</source>
            <translation>Explore o KAMdesk com 40 contas realistas. Nada do que você fizer ali toca uma carteira sua.</translation>
        </message>
        <message>
            <source>New portfolio…</source>
            <translation>Nova carteira…</translation>
        </message>
        <message>
            <source>Start with an empty portfolio and add your key accounts one by one.</source>
            <translation>Comece com uma carteira vazia e cadastre suas contas-chave uma a uma.</translation>
        </message>
        <message>
            <source>Import a workbook…</source>
            <translation>Importar uma planilha…</translation>
        </message>
        <message>
            <source>Your accounts are in Excel already? Bring them into a new portfolio: every row is checked, and you see the changes before anything is written.</source>
            <translation>Suas contas já estão no Excel? Traga-as para uma nova carteira: cada linha é conferida, e você vê as mudanças antes de qualquer gravação.</translation>
        </message>
        <message>
            <source>Open a portfolio…</source>
            <translation>Abrir uma carteira…</translation>
        </message>
        <message>
            <source>Connect to a team server…</source>
            <translation>Conectar a um servidor da equipe…</translation>
        </message>
        <message>
            <source>Work on your team's shared portfolio, kept on your company's server.</source>
            <translation>Trabalhe na carteira compartilhada da sua equipe, guardada no servidor da empresa.</translation>
        </message>
        <message>
            <source>How would you like to start?</source>
            <translation>Como você quer começar?</translation>
        </message>
        <message>
            <source>Welcome to KAMdesk</source>
            <translation>Bem-vindo ao KAMdesk</translation>
        </message>
        <message>
            <source>Your key accounts in one place: ICP and tiers, stakeholder maps, pipeline and forecast, risks, OKRs and account health. Everything stays on your computer, in one portfolio file that you can copy and back up.</source>
            <translation>Suas contas-chave em um só lugar: ICP e segmentos, mapas de stakeholders, pipeline e previsão, riscos, OKRs e saúde das contas. Tudo fica no seu computador, em um único arquivo de carteira que você pode copiar e guardar.</translation>
        </message>
        <message>
            <source>Already have a portfolio?</source>
            <translation>Já tem uma carteira?</translation>
        </message>
        <message>
            <source>Recent portfolios:</source>
            <translation>Carteiras recentes:</translation>
        </message>
        <message>
            <source>New to the key account routine? &lt;a href='guide'&gt;Read the routine guide&lt;/a&gt;: what to review each month and each quarter, and where in KAMdesk.</source>
            <translation>Novo na rotina de contas-chave? &lt;a href='guide'&gt;Leia o guia da rotina&lt;/a&gt;: o que revisar a cada mês e a cada trimestre, e onde no KAMdesk.</translation>
        </message>
        <message>
            <source>Import a workbook</source>
            <translation>Importar uma planilha</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
            <translation>Planilhas (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
        </message>
        <message>
            <source>Save the new portfolio as</source>
            <translation>Salvar a nova carteira como</translation>
        </message>
        <message>
            <source>KAMdesk portfolios (*%1)</source>
            <translation>Carteiras do KAMdesk (*%1)</translation>
        </message>
    </context>
    <context>
        <name>Whitespace</name>
        <message>
            <source>Bought</source>
            <translation>Comprado</translation>
        </message>
        <message>
            <source>Open opportunity</source>
            <translation>Oportunidade aberta</translation>
        </message>
        <message>
            <source>Whitespace</source>
            <translation>Espaço em branco</translation>
        </message>
    </context>
    <context>
        <name>WhitespaceMatrixView</name>
        <message>
            <source>Reading the whitespace matrix…</source>
            <translation>Lendo a matriz de espaço em branco…</translation>
        </message>
        <message>
            <source>won value</source>
            <translation>valor ganho</translation>
        </message>
        <message>
            <source>value in play; click to see</source>
            <translation>valor em jogo; clique para ver</translation>
        </message>
        <message>
            <source>not bought, not offered; click to create</source>
            <translation>nem comprado, nem oferecido; clique para criar</translation>
        </message>
        <message>
            <source>Whitespace: %1 · open: %2 · bought: %3</source>
            <translation>Em branco: %1 · abertas: %2 · compradas: %3</translation>
        </message>
        <message>
            <source>Whitespace — accounts × product lines</source>
            <translation>Espaço em branco — contas × linhas de produto</translation>
        </message>
        <message>
            <source>Whitespace</source>
            <translation>Espaço em branco</translation>
        </message>
        <message>
            <source>Whitespace — %1: org units × product lines</source>
            <translation>Espaço em branco — %1: áreas × linhas de produto</translation>
        </message>
        <message>
            <source>The account no longer exists.</source>
            <translation>A conta não existe mais.</translation>
        </message>
        <message>
            <source>No product lines yet. Add your product lines to see where each one is bought, in play, or still whitespace.</source>
            <translation>Ainda não há linhas de produto. Cadastre suas linhas de produto para ver onde cada uma é comprada, está em negociação ou ainda é espaço em branco.</translation>
        </message>
        <message>
            <source>No active accounts yet.</source>
            <translation>Ainda não há contas ativas.</translation>
        </message>
        <message>
            <source>This account has no org units yet. Add its areas in the Stakeholder map tab to see the whitespace by org unit.</source>
            <translation>Esta conta ainda não tem áreas. Cadastre as áreas na aba Mapa de stakeholders para ver o espaço em branco por área.</translation>
        </message>
        <message>
            <source>%1 for %2</source>
            <translation>%1 para %2</translation>
        </message>
    </context>
    <context>
        <name>WhitespaceModel</name>
        <message>
            <source>No org unit</source>
            <translation>Sem área</translation>
        </message>
        <message numerus="yes">
            <source>%n won</source>
            <translation>
                <numerusform>%n ganha</numerusform>
                <numerusform>%n ganhas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n aberta</numerusform>
                <numerusform>%n abertas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 em %2</translation>
        </message>
        <message numerus="yes">
            <source>Bought: %n won opportunity(s), %1</source>
            <translation>
                <numerusform>Comprado: %n oportunidade ganha, %1</numerusform>
                <numerusform>Comprado: %n oportunidades ganhas, %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In play: %n open opportunity(s), %1</source>
            <translation>
                <numerusform>Em jogo: %n oportunidade aberta, %1</numerusform>
                <numerusform>Em jogo: %n oportunidades abertas, %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Click to see these opportunities.</source>
            <translation>Clique para ver essas oportunidades.</translation>
        </message>
        <message>
            <source>Whitespace: nothing bought here and nothing in play.</source>
            <translation>Espaço em branco: nada comprado aqui e nada em negociação.</translation>
        </message>
        <message>
            <source>Click to create an up-sell opportunity: the account already buys this product line elsewhere.</source>
            <translation>Clique para criar uma oportunidade de venda adicional: a conta já compra esta linha de produto em outra área.</translation>
        </message>
        <message>
            <source>Click to create a cross-sell opportunity.</source>
            <translation>Clique para criar uma oportunidade de venda cruzada.</translation>
        </message>
    </context>
    <context>
        <name>WorkbookActions</name>
        <message>
            <source>&amp;Export to Excel…</source>
            <translation>&amp;Exportar para o Excel…</translation>
        </message>
        <message>
            <source>Export the current &amp;account only…</source>
            <translation>Exportar só a conta a&amp;tual…</translation>
        </message>
        <message>
            <source>Export an empty &amp;template…</source>
            <translation>Exportar um &amp;modelo vazio…</translation>
        </message>
        <message>
            <source>&amp;Import from Excel…</source>
            <translation>&amp;Importar do Excel…</translation>
        </message>
        <message>
            <source>KAMdesk template</source>
            <translation>Modelo KAMdesk</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Exportar para o Excel</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Planilhas do Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Reading the portfolio…</source>
            <translation>Lendo a carteira…</translation>
        </message>
        <message>
            <source>Workbook saved: %1</source>
            <translation>Planilha salva: %1</translation>
        </message>
        <message>
            <source>The workbook could not be saved.</source>
            <translation>Não foi possível salvar a planilha.</translation>
        </message>
        <message>
            <source>Import from Excel</source>
            <translation>Importar do Excel</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
            <translation>Planilhas (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
        </message>
        <message>
            <source>Checking the workbook</source>
            <translation>Verificando a planilha</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was written.</source>
            <translation>Importação cancelada: nada foi gravado.</translation>
        </message>
        <message>
            <source>“%1” could not be imported.</source>
            <translation>Não foi possível importar “%1”.</translation>
        </message>
        <message>
            <source>errors</source>
            <comment>file name of the errors workbook: Accounts - errors.xlsx</comment>
            <translation>erros</translation>
        </message>
        <message>
            <source>Save errors workbook</source>
            <translation>Salvar planilha de erros</translation>
        </message>
        <message>
            <source>Saving the errors workbook</source>
            <translation>Salvando a planilha de erros</translation>
        </message>
        <message>
            <source>Errors workbook saved: %1</source>
            <translation>Planilha de erros salva: %1</translation>
        </message>
        <message>
            <source>The errors workbook could not be saved.</source>
            <translation>Não foi possível salvar a planilha de erros.</translation>
        </message>
        <message>
            <source>Imported “%1”.</source>
            <translation>“%1” importada.</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importando</translation>
        </message>
        <message>
            <source>The import was not written.</source>
            <translation>A importação não foi gravada.</translation>
        </message>
    </context>
</TS>