<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name>AccountEditor</name>
        <message>
            <source>Select an account in the list, or create one with “New account”.</source>
            <translation>Select an account in the list, or create one with “New account”.</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>ICP and tier</source>
            <translation>ICP and tier</translation>
        </message>
        <message>
            <source>Lifecycle and strategy</source>
            <translation>Lifecycle and strategy</translation>
        </message>
        <message>
            <source>Positioning</source>
            <translation>Positioning</translation>
        </message>
        <message>
            <source>As registered with the CNPJ</source>
            <translation>As registered with the CNPJ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>not given</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Health</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Risks</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Reviews</translation>
        </message>
        <message>
            <source>Interactions</source>
            <translation>Interactions</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>How your team calls the client</source>
            <translation>How your team calls the client</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>Legal name</translation>
        </message>
        <message>
            <source>CNPJ</source>
            <translation>CNPJ</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Employees</translation>
        </message>
        <message>
            <source>Revenue band</source>
            <translation>Revenue band</translation>
        </message>
        <message>
            <source>e.g. R$ 300M to 1B</source>
            <translation>e.g. R$ 300M to 1B</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Owner (KAM)</source>
            <translation>Owner (KAM)</translation>
        </message>
        <message>
            <source>Client since</source>
            <translation>Client since</translation>
        </message>
        <message>
            <source>Acquisition cost</source>
            <translation>Acquisition cost</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>Lifecycle stage</translation>
        </message>
        <message>
            <source>Use suggested stage</source>
            <translation>Use suggested stage</translation>
        </message>
        <message>
            <source>Strategic importance</source>
            <translation>Strategic importance</translation>
        </message>
        <message>
            <source>Strategies</source>
            <translation>Strategies</translation>
        </message>
        <message>
            <source>minimal</source>
            <translation>minimal</translation>
        </message>
        <message>
            <source>low</source>
            <translation>low</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>medium</translation>
        </message>
        <message>
            <source>high</source>
            <translation>high</translation>
        </message>
        <message>
            <source>must win</source>
            <translation>must win</translation>
        </message>
        <message>
            <source>Value proposition</source>
            <translation>Value proposition</translation>
        </message>
        <message>
            <source>What this client gains from us, in their words</source>
            <translation>What this client gains from us, in their words</translation>
        </message>
        <message>
            <source>Desired position (how we want to be seen)</source>
            <translation>Desired position (how we want to be seen)</translation>
        </message>
        <message>
            <source>e.g. a partner that sells added value</source>
            <translation>e.g. a partner that sells added value</translation>
        </message>
        <message>
            <source>Perceived position (how the client sees us today)</source>
            <translation>Perceived position (how the client sees us today)</translation>
        </message>
        <message>
            <source>e.g. one more commodity supplier</source>
            <translation>e.g. one more commodity supplier</translation>
        </message>
        <message>
            <source>Differentiators (what sets us apart for this client)</source>
            <translation>Differentiators (what sets us apart for this client)</translation>
        </message>
        <message>
            <source>e.g. technical support on site within 24 h; integration with their ERP</source>
            <translation>e.g. technical support on site within 24 h; integration with their ERP</translation>
        </message>
        <message>
            <source>Ideal customer profile</source>
            <translation>Ideal customer profile</translation>
        </message>
        <message>
            <source>How well does the account fit each criterion? 1 = poor, 5 = ideal.</source>
            <translation>How well does the account fit each criterion? 1 = poor, 5 = ideal.</translation>
        </message>
        <message>
            <source>Segmentation</source>
            <translation>Segmentation</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>Automatic (from the segmentation rules)</source>
            <translation>Automatic (from the segmentation rules)</translation>
        </message>
        <message>
            <source>Set by hand</source>
            <translation>Set by hand</translation>
        </message>
        <message>
            <source>— not rated</source>
            <translation>— not rated</translation>
        </message>
        <message>
            <source>poor</source>
            <translation>poor</translation>
        </message>
        <message>
            <source>weak</source>
            <translation>weak</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>fair</translation>
        </message>
        <message>
            <source>good</source>
            <translation>good</translation>
        </message>
        <message>
            <source>ideal</source>
            <translation>ideal</translation>
        </message>
        <message>
            <source>This account is archived: it is kept, but hidden from the usual lists.</source>
            <translation>This account is archived: it is kept, but hidden from the usual lists.</translation>
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
            <translation>%1: %2 points (weight %3%)</translation>
        </message>
        <message numerus="yes">
            <source>%n criterion(s) not rated yet (left out of the score).</source>
            <translation>
                <numerusform>%n criterion not rated yet (left out of the score).</numerusform>
                <numerusform>%n criteria not rated yet (left out of the score).</numerusform>
            </translation>
        </message>
        <message>
            <source>Revenue and pipeline agree with this stage.</source>
            <translation>Revenue and pipeline agree with this stage.</translation>
        </message>
        <message>
            <source>Revenue and pipeline suggest: %1</source>
            <translation>Revenue and pipeline suggest: %1</translation>
        </message>
    </context>
    <context>
        <name>AccountHealthPage</name>
        <message>
            <source>Monthly revenue</source>
            <translation>Monthly revenue</translation>
        </message>
        <message>
            <source>Surveys (NPS, CSAT)</source>
            <translation>Surveys (NPS, CSAT)</translation>
        </message>
    </context>
    <context>
        <name>AccountOverview</name>
        <message>
            <source>a year before</source>
            <translation>a year before</translation>
        </message>
    </context>
    <context>
        <name>AccountSelector</name>
        <message>
            <source>Choose an account…</source>
            <translation>Choose an account…</translation>
        </message>
        <message>
            <source>The account every tab shows</source>
            <translation>The account every tab shows</translation>
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>ICP score</source>
            <translation>ICP score</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>Lifecycle stage</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Revenue (12 months)</source>
            <translation>Revenue (12 months)</translation>
        </message>
        <message>
            <source>CNPJ</source>
            <translation>CNPJ</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>%1 (manual)</source>
            <translation>%1 (manual)</translation>
        </message>
        <message>
            <source>Set by hand; the rules would give %1.</source>
            <translation>Set by hand; the rules would give %1.</translation>
        </message>
        <message>
            <source>Archived account</source>
            <translation>Archived account</translation>
        </message>
    </context>
    <context>
        <name>AccountsTab</name>
        <message>
            <source>Search name, CNPJ, industry, region, owner…</source>
            <translation>Search name, CNPJ, industry, region, owner…</translation>
        </message>
        <message>
            <source>All tiers</source>
            <translation>All tiers</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>All stages</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>All owners</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>Show archived</translation>
        </message>
        <message>
            <source>&amp;New account…</source>
            <translation>&amp;New account…</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>&amp;Archive</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <source>&amp;Find account</source>
            <translation>&amp;Find account</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n account(s)</source>
            <translation>
                <numerusform>%1 of %n account</numerusform>
                <numerusform>%1 of %n accounts</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore from archive</source>
            <translation>Restore from archive</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n account(s)?</source>
            <translation>
                <numerusform>Delete %n account?</numerusform>
                <numerusform>Delete %n accounts?</numerusform>
            </translation>
        </message>
        <message>
            <source>You can undo it with Edit ▸ Undo.</source>
            <translation>You can undo it with Edit ▸ Undo.</translation>
        </message>
        <message numerus="yes">
            <source>This also deletes %n related record(s) (stakeholders, opportunities, revenue, risks, OKRs, …).</source>
            <translation>
                <numerusform>This also deletes %n related record (stakeholders, opportunities, revenue, risks, OKRs, …).</numerusform>
                <numerusform>This also deletes %n related records (stakeholders, opportunities, revenue, risks, OKRs, …).</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete accounts</source>
            <translation>Delete accounts</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
    </context>
    <context>
        <name>AccuracyTableModel</name>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Won</translation>
        </message>
        <message>
            <source>Snapshot date</source>
            <translation>Snapshot date</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Remark</translation>
        </message>
        <message>
            <source>Accuracy = 1 − |won − forecast| ÷ won</source>
            <translation>Accuracy = 1 − |won − forecast| ÷ won</translation>
        </message>
        <message>
            <source>The last forecast snapshot taken before the period began</source>
            <translation>The last forecast snapshot taken before the period began</translation>
        </message>
        <message>
            <source>What was actually won in the period</source>
            <translation>What was actually won in the period</translation>
        </message>
        <message>
            <source>Forecast in the snapshot of %1: %2</source>
            <translation>Forecast in the snapshot of %1: %2</translation>
        </message>
        <message>
            <source>Won: %1</source>
            <translation>Won: %1</translation>
        </message>
        <message>
            <source>Average error (MAPE)</source>
            <translation>Average error (MAPE)</translation>
        </message>
        <message>
            <source>No period can be measured yet.</source>
            <translation>No period can be measured yet.</translation>
        </message>
        <message numerus="yes">
            <source>Over %n measured period(s); lower is better.</source>
            <translation>
                <numerusform>Over %n measured period; lower is better.</numerusform>
                <numerusform>Over %n measured periods; lower is better.</numerusform>
            </translation>
        </message>
        <message>
            <source>MAPE = mean of |won − forecast| ÷ won over the periods measured (= 100% − average accuracy)</source>
            <translation>MAPE = mean of |won − forecast| ÷ won over the periods measured (= 100% − average accuracy)</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>New action</source>
            <translation>New action</translation>
        </message>
        <message>
            <source>Edit action</source>
            <translation>Edit action</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>e.g. Present the three-year cost comparison</source>
            <translation>e.g. Present the three-year cost comparison</translation>
        </message>
        <message>
            <source>Action *</source>
            <translation>Action *</translation>
        </message>
        <message>
            <source>Risk it mitigates</source>
            <translation>Risk it mitigates</translation>
        </message>
        <message>
            <source>Who does it</source>
            <translation>Who does it</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>no due date</source>
            <translation>no due date</translation>
        </message>
        <message>
            <source>No due date</source>
            <translation>No due date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Create action</source>
            <translation>Create action</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>None (a general follow-up)</source>
            <translation>None (a general follow-up)</translation>
        </message>
    </context>
    <context>
        <name>ActionStatus</name>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
    </context>
    <context>
        <name>ActionsTableModel</name>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Days past the due date, for open actions</source>
            <translation>Days past the due date, for open actions</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>Overdue by %n day</numerusform>
                <numerusform>Overdue by %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActionsView</name>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Open the selected action</source>
            <translation>Open the selected action</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Mark done</translation>
        </message>
        <message>
            <source>Mark the selected action done, or open it again (undoable)</source>
            <translation>Mark the selected action done, or open it again (undoable)</translation>
        </message>
        <message>
            <source>Go to account</source>
            <translation>Go to account</translation>
        </message>
        <message>
            <source>Open the selected action's account in the Accounts tab</source>
            <translation>Open the selected action's account in the Accounts tab</translation>
        </message>
        <message>
            <source>Show done and cancelled</source>
            <translation>Show done and cancelled</translation>
        </message>
        <message>
            <source>Search action, account, risk, owner…</source>
            <translation>Search action, account, risk, owner…</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>All owners</translation>
        </message>
        <message>
            <source>No action matches the owner and the search.</source>
            <translation>No action matches the owner and the search.</translation>
        </message>
        <message>
            <source>No open actions. Plan actions against each account's risks in its Risks page (Accounts tab).</source>
            <translation>No open actions. Plan actions against each account's risks in its Risks page (Accounts tab).</translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n open</numerusform>
                <numerusform>%n open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
    </context>
    <context>
        <name>AddMonthDialog</name>
        <message>
            <source>Add month</source>
            <translation>Add month</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Revenue</translation>
        </message>
        <message>
            <source>0 when all of it is one-off</source>
            <translation>0 when all of it is one-off</translation>
        </message>
        <message>
            <source>Of which recurring</source>
            <translation>Of which recurring</translation>
        </message>
        <message>
            <source>%1 is already recorded: change its figures in the table.</source>
            <translation>%1 is already recorded: change its figures in the table.</translation>
        </message>
        <message>
            <source>Add month %1</source>
            <translation>Add month %1</translation>
        </message>
    </context>
    <context>
        <name>AttentionList</name>
        <message>
            <source>See all</source>
            <translation>See all</translation>
        </message>
        <message>
            <source>Double-click a line to open its account</source>
            <translation>Double-click a line to open its account</translation>
        </message>
    </context>
    <context>
        <name>AttentionModel</name>
        <message>
            <source>Opportunity</source>
            <translation>Opportunity</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Needs attention because</source>
            <translation>Needs attention because</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Expected close</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>%1 — stage: %2</source>
            <translation>%1 — stage: %2</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Daily</source>
            <translation>Daily</translation>
        </message>
        <message>
            <source>Before upgrade</source>
            <translation>Before upgrade</translation>
        </message>
        <message>
            <source>Before restore</source>
            <translation>Before restore</translation>
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
            <translation>Backups</translation>
        </message>
        <message>
            <source>KAMdesk backs “%1” up the first time you open it each day and before every upgrade. You can also back it up now, or put back an earlier state.</source>
            <translation>KAMdesk backs “%1” up the first time you open it each day and before every upgrade. You can also back it up now, or put back an earlier state.</translation>
        </message>
        <message>
            <source>No backups of this portfolio yet. Click “Back up now” to make the first one.</source>
            <translation>No backups of this portfolio yet. Click “Back up now” to make the first one.</translation>
        </message>
        <message>
            <source>The oldest backups beyond this number are deleted at the next backup.</source>
            <translation>The oldest backups beyond this number are deleted at the next backup.</translation>
        </message>
        <message>
            <source>Backups to keep of each portfolio:</source>
            <translation>Backups to keep of each portfolio:</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <source>&amp;Show in folder</source>
            <translation>&amp;Show in folder</translation>
        </message>
        <message>
            <source>Backups are kept in %1</source>
            <translation>Backups are kept in %1</translation>
        </message>
        <message>
            <source>The backup could not be completed.</source>
            <translation>The backup could not be completed.</translation>
        </message>
        <message>
            <source>Copying the portfolio…</source>
            <translation>Copying the portfolio…</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Restore the backup of %1?</source>
            <translation>Restore the backup of %1?</translation>
        </message>
        <message>
            <source>The current state of the portfolio is backed up first, then replaced by this backup. Changes made since %1 will only be in that new backup. The undo history is cleared.</source>
            <translation>The current state of the portfolio is backed up first, then replaced by this backup. Changes made since %1 will only be in that new backup. The undo history is cleared.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Restoring the backup…</translation>
        </message>
        <message>
            <source>The state before the restore was kept as a backup (“Before restore”) in File ▸ Backups. The undo history was cleared.</source>
            <translation>The state before the restore was kept as a backup (“Before restore”) in File ▸ Backups. The undo history was cleared.</translation>
        </message>
        <message>
            <source>Open the portfolio again with File ▸ Open.</source>
            <translation>Open the portfolio again with File ▸ Open.</translation>
        </message>
        <message>
            <source>The backup of %1 was restored.</source>
            <translation>The backup of %1 was restored.</translation>
        </message>
        <message>
            <source>Making today's backup…</source>
            <translation>Making today's backup…</translation>
        </message>
        <message>
            <source>Today's backup could not be made.</source>
            <translation>Today's backup could not be made.</translation>
        </message>
        <message>
            <source>Daily backup</source>
            <translation>Daily backup</translation>
        </message>
    </context>
    <context>
        <name>BackupsModel</name>
        <message>
            <source>Made on</source>
            <translation>Made on</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
    </context>
    <context>
        <name>BuyingRole</name>
        <message>
            <source>Decision maker</source>
            <translation>Decision maker</translation>
        </message>
        <message>
            <source>Economic buyer</source>
            <translation>Economic buyer</translation>
        </message>
        <message>
            <source>Technical buyer</source>
            <translation>Technical buyer</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>Influencer</translation>
        </message>
        <message>
            <source>Gatekeeper</source>
            <translation>Gatekeeper</translation>
        </message>
    </context>
    <context>
        <name>CadencesPage</name>
        <message>
            <source>Restore defaults</source>
            <translation>Restore defaults</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>%1, tier %2: months between two reviews</source>
            <translation>%1, tier %2: months between two reviews</translation>
        </message>
        <message>
            <source>Months between two reviews of each routine, by tier. Recording a review moves that routine's next due date by this many months. A routine never reviewed is first due this long after the account became a client or was added to KAMdesk, whichever is later.</source>
            <translation>Months between two reviews of each routine, by tier. Recording a review moves that routine's next due date by this many months. A routine never reviewed is first due this long after the account became a client or was added to KAMdesk, whichever is later.</translation>
        </message>
        <message>
            <source>From 1 to 24 months. “never” leaves the routine out for the tier. The method's rhythm: risk and positioning quarterly; pipeline, relationship map and OKR check-in monthly.</source>
            <translation>From 1 to 24 months. “never” leaves the routine out for the tier. The method's rhythm: risk and positioning quarterly; pipeline, relationship map and OKR check-in monthly.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
    </context>
    <context>
        <name>CellError</name>
        <message>
            <source>This cell is empty; a value is needed here.</source>
            <translation>This cell is empty; a value is needed here.</translation>
        </message>
        <message>
            <source>The text has {length} characters; at most {limit} fit.</source>
            <translation>The text has {length} characters; at most {limit} fit.</translation>
        </message>
        <message>
            <source>“{value}” is not a number.</source>
            <translation>“{value}” is not a number.</translation>
        </message>
        <message>
            <source>“{value}” is too large a number.</source>
            <translation>“{value}” is too large a number.</translation>
        </message>
        <message>
            <source>“{value}” is a percentage; write a plain number here.</source>
            <translation>“{value}” is a percentage; write a plain number here.</translation>
        </message>
        <message>
            <source>“{value}” is not a percentage.</source>
            <translation>“{value}” is not a percentage.</translation>
        </message>
        <message>
            <source>“{value}” must be a whole number.</source>
            <translation>“{value}” must be a whole number.</translation>
        </message>
        <message>
            <source>“{value}” must be between {minimum} and {maximum}.</source>
            <translation>“{value}” must be between {minimum} and {maximum}.</translation>
        </message>
        <message>
            <source>“{value}” must be at least {minimum}.</source>
            <translation>“{value}” must be at least {minimum}.</translation>
        </message>
        <message>
            <source>“{value}” must be at most {maximum}.</source>
            <translation>“{value}” must be at most {maximum}.</translation>
        </message>
        <message>
            <source>“{value}” is not a date; write it as dd/mm/yyyy or yyyy-mm-dd.</source>
            <translation>“{value}” is not a date; write it as dd/mm/yyyy or yyyy-mm-dd.</translation>
        </message>
        <message>
            <source>“{value}” is not a real date.</source>
            <translation>“{value}” is not a real date.</translation>
        </message>
        <message>
            <source>“{value}” has a two-digit year; write the year with 4 digits.</source>
            <translation>“{value}” has a two-digit year; write the year with 4 digits.</translation>
        </message>
        <message>
            <source>“{value}” is not a month; write it as yyyy-mm or mm/yyyy.</source>
            <translation>“{value}” is not a month; write it as yyyy-mm or mm/yyyy.</translation>
        </message>
        <message>
            <source>“{value}” is not a period; write it as 2027-Q1, 2027-H1 or 2027.</source>
            <translation>“{value}” is not a period; write it as 2027-Q1, 2027-H1 or 2027.</translation>
        </message>
        <message>
            <source>“{value}” is not one of: {allowed}.</source>
            <translation>“{value}” is not one of: {allowed}.</translation>
        </message>
        <message>
            <source>“{value}” is not one of the allowed values.</source>
            <translation>“{value}” is not one of the allowed values.</translation>
        </message>
    </context>
    <context>
        <name>ChangesTreeModel</name>
        <message numerus="yes">
            <source>%n field(s) changed</source>
            <translation>
                <numerusform>%n field changed</numerusform>
                <numerusform>%n fields changed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message>
            <source>Check in</source>
            <translation>Check in</translation>
        </message>
        <message>
            <source>Edit check-in</source>
            <translation>Edit check-in</translation>
        </message>
        <message>
            <source>Key result</source>
            <translation>Key result</translation>
        </message>
        <message>
            <source>From %1 to %2 · %3</source>
            <translation>From %1 to %2 · %3</translation>
        </message>
        <message>
            <source>(%1 to %2)</source>
            <translation>(%1 to %2)</translation>
        </message>
        <message>
            <source>Date *</source>
            <translation>Date *</translation>
        </message>
        <message>
            <source>Value measured *</source>
            <translation>Value measured *</translation>
        </message>
        <message>
            <source>In %1</source>
            <translation>In %1</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Confidence</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>not given</translation>
        </message>
        <message>
            <source> of 10</source>
            <translation> of 10</translation>
        </message>
        <message>
            <source>How sure you are that the target will be reached, from 1 (not at all) to 10 (certain)</source>
            <translation>How sure you are that the target will be reached, from 1 (not at all) to 10 (certain)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>What moved it, what is in the way</source>
            <translation>What moved it, what is in the way</translation>
        </message>
        <message>
            <source>Record check-in</source>
            <translation>Record check-in</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
    </context>
    <context>
        <name>CheckInTrendChart</name>
        <message>
            <source>Check-in trend</source>
            <translation>Check-in trend</translation>
        </message>
        <message>
            <source>Select a key result to see its check-ins.</source>
            <translation>Select a key result to see its check-ins.</translation>
        </message>
        <message>
            <source>No check-in yet: use “Check in” to record the value measured.</source>
            <translation>No check-in yet: use “Check in” to record the value measured.</translation>
        </message>
        <message>
            <source>Check-in of %1</source>
            <translation>Check-in of %1</translation>
        </message>
        <message>
            <source>Value: %1</source>
            <translation>Value: %1</translation>
        </message>
        <message>
            <source>Progress: %1</source>
            <translation>Progress: %1</translation>
        </message>
        <message>
            <source>Confidence: %1</source>
            <translation>Confidence: %1</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>not given</translation>
        </message>
        <message>
            <source>Target %1</source>
            <translation>Target %1</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Expected pace</source>
            <translation>Expected pace</translation>
        </message>
    </context>
    <context>
        <name>CheckInsModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Confidence</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <source>Close as won</source>
            <translation>Close as won</translation>
        </message>
        <message>
            <source>Close as lost</source>
            <translation>Close as lost</translation>
        </message>
        <message>
            <source>Why was “%1” won?</source>
            <translation>Why was “%1” won?</translation>
        </message>
        <message>
            <source>Why was “%1” lost?</source>
            <translation>Why was “%1” lost?</translation>
        </message>
        <message>
            <source>Moving it to “%1” closes the opportunity. The reason is kept with it for the win/loss analysis.</source>
            <translation>Moving it to “%1” closes the opportunity. The reason is kept with it for the win/loss analysis.</translation>
        </message>
        <message>
            <source>e.g. Best total cost; the sponsor backed us in the committee</source>
            <translation>e.g. Best total cost; the sponsor backed us in the committee</translation>
        </message>
        <message>
            <source>e.g. Price 12% above the competitor; no sponsor in finance</source>
            <translation>e.g. Price 12% above the competitor; no sponsor in finance</translation>
        </message>
        <message>
            <source>Win/loss reason</source>
            <translation>Win/loss reason</translation>
        </message>
        <message>
            <source>Win/loss reason *</source>
            <translation>Win/loss reason *</translation>
        </message>
        <message numerus="yes">
            <source>Use this reason for the other %n opportunity(s)</source>
            <translation>
                <numerusform>Use this reason for the other %n opportunity</numerusform>
                <numerusform>Use this reason for the other %n opportunities</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>New account “%1”</source>
            <translation>New account “%1”</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>Edit “%1”</translation>
        </message>
        <message>
            <source>Archive accounts</source>
            <translation>Archive accounts</translation>
        </message>
        <message>
            <source>Restore archived accounts</source>
            <translation>Restore archived accounts</translation>
        </message>
        <message>
            <source>Delete accounts</source>
            <translation>Delete accounts</translation>
        </message>
        <message>
            <source>Change preferences</source>
            <translation>Change preferences</translation>
        </message>
        <message>
            <source>Import “%1”</source>
            <translation>Import “%1”</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Changed by someone else</source>
            <translation>Changed by someone else</translation>
        </message>
        <message>
            <source>Nothing of yours was saved yet. Keep their version, or save yours over it.</source>
            <translation>Nothing of yours was saved yet. Keep their version, or save yours over it.</translation>
        </message>
        <message>
            <source>Keep their version</source>
            <translation>Keep their version</translation>
        </message>
        <message>
            <source>Save mine</source>
            <translation>Save mine</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>Someone else</translation>
        </message>
        <message>
            <source>%1 saved this record at the same moment as you.</source>
            <translation>%1 saved this record at the same moment as you.</translation>
        </message>
        <message>
            <source>%1 changed this record at %2, after your screen showed it.</source>
            <translation>%1 changed this record at %2, after your screen showed it.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Saved now</source>
            <translation>Saved now</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Yours</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>The server %1 does not offer an encrypted connection.</source>
            <translation>The server %1 does not offer an encrypted connection.</translation>
        </message>
        <message>
            <source>Ask whoever runs the server to turn encryption (TLS) on, or untick “Require an encrypted connection” if you trust this network.</source>
            <translation>Ask whoever runs the server to turn encryption (TLS) on, or untick “Require an encrypted connection” if you trust this network.</translation>
        </message>
        <message>
            <source>No database server answers at %1, port %2.</source>
            <translation>No database server answers at %1, port %2.</translation>
        </message>
        <message>
            <source>Check the server's name and port, and that you are connected to the company network (or its VPN). If it keeps failing, ask whoever runs the server.</source>
            <translation>Check the server's name and port, and that you are connected to the company network (or its VPN). If it keeps failing, ask whoever runs the server.</translation>
        </message>
        <message>
            <source>The server asks for a password.</source>
            <translation>The server asks for a password.</translation>
        </message>
        <message>
            <source>Type the password of the user %1 and connect again.</source>
            <translation>Type the password of the user %1 and connect again.</translation>
        </message>
        <message>
            <source>The server did not accept the user name or the password.</source>
            <translation>The server did not accept the user name or the password.</translation>
        </message>
        <message>
            <source>Check them (capital letters count) and try again. To get a new password, ask whoever runs the server.</source>
            <translation>Check them (capital letters count) and try again. To get a new password, ask whoever runs the server.</translation>
        </message>
        <message>
            <source>The server %1 has no database named “%2”.</source>
            <translation>The server %1 has no database named “%2”.</translation>
        </message>
        <message>
            <source>Check the database's name with whoever runs the server.</source>
            <translation>Check the database's name with whoever runs the server.</translation>
        </message>
        <message>
            <source>The database “%1” is empty.</source>
            <translation>The database “%1” is empty.</translation>
        </message>
        <message>
            <source>It holds no portfolio yet: publish a portfolio there first, or check the database's name with whoever runs the server.</source>
            <translation>It holds no portfolio yet: publish a portfolio there first, or check the database's name with whoever runs the server.</translation>
        </message>
        <message>
            <source>The database “%1” is not a KAMdesk portfolio.</source>
            <translation>The database “%1” is not a KAMdesk portfolio.</translation>
        </message>
        <message>
            <source>It holds another program's data. Check the database's name with whoever runs the server. Nothing in it was changed.</source>
            <translation>It holds another program's data. Check the database's name with whoever runs the server. Nothing in it was changed.</translation>
        </message>
        <message>
            <source>The portfolio “%1” was made by a newer version of KAMdesk.</source>
            <translation>The portfolio “%1” was made by a newer version of KAMdesk.</translation>
        </message>
        <message>
            <source>Update KAMdesk on this computer to connect. Nothing on the server was changed.</source>
            <translation>Update KAMdesk on this computer to connect. Nothing on the server was changed.</translation>
        </message>
        <message>
            <source>The portfolio “%1” could not be opened.</source>
            <translation>The portfolio “%1” could not be opened.</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>Details: %1</translation>
        </message>
        <message>
            <source>Connect to a team server</source>
            <translation>Connect to a team server</translation>
        </message>
        <message>
            <source>A team portfolio lives in a database on a PostgreSQL server that your company runs. Whoever runs it gives you these details.</source>
            <translation>A team portfolio lives in a database on a PostgreSQL server that your company runs. Whoever runs it gives you these details.</translation>
        </message>
        <message>
            <source>Choose a server you used before…</source>
            <translation>Choose a server you used before…</translation>
        </message>
        <message>
            <source>&amp;Recent:</source>
            <translation>&amp;Recent:</translation>
        </message>
        <message>
            <source>e.g. db.company.com.br</source>
            <translation>e.g. db.company.com.br</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>the team portfolio's database</source>
            <translation>the team portfolio's database</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;word:</translation>
        </message>
        <message>
            <source>Re&amp;member the password on this computer</source>
            <translation>Re&amp;member the password on this computer</translation>
        </message>
        <message>
            <source>Kept in the operating system's keychain, never in a KAMdesk file.</source>
            <translation>Kept in the operating system's keychain, never in a KAMdesk file.</translation>
        </message>
        <message>
            <source>This computer offers no keychain to keep passwords in (such as GNOME Keyring or KWallet): KAMdesk will ask for the password each time.</source>
            <translation>This computer offers no keychain to keep passwords in (such as GNOME Keyring or KWallet): KAMdesk will ask for the password each time.</translation>
        </message>
        <message>
            <source>Require an &amp;encrypted connection</source>
            <translation>Require an &amp;encrypted connection</translation>
        </message>
        <message>
            <source>Without this, the connection is encrypted whenever the server offers it. With it, KAMdesk refuses to connect to a server that does not.</source>
            <translation>Without this, the connection is encrypted whenever the server offers it. With it, KAMdesk refuses to connect to a server that does not.</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Connect</translation>
        </message>
        <message>
            <source>Fill in the server's name or address.</source>
            <translation>Fill in the server's name or address.</translation>
        </message>
        <message>
            <source>“%1” is not a server name or address.</source>
            <translation>“%1” is not a server name or address.</translation>
        </message>
        <message>
            <source>Fill in the database's name.</source>
            <translation>Fill in the database's name.</translation>
        </message>
        <message>
            <source>Fill in your user name.</source>
            <translation>Fill in your user name.</translation>
        </message>
        <message>
            <source>Nothing was sent to any server.</source>
            <translation>Nothing was sent to any server.</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Connecting to %1…</translation>
        </message>
        <message>
            <source>Connecting was cancelled.</source>
            <translation>Connecting was cancelled.</translation>
        </message>
        <message>
            <source>Connected, but the password could not be remembered.</source>
            <translation>Connected, but the password could not be remembered.</translation>
        </message>
        <message>
            <source>KAMdesk will ask for it next time. The keychain said: %1</source>
            <translation>KAMdesk will ask for it next time. The keychain said: %1</translation>
        </message>
    </context>
    <context>
        <name>ConnectionStatus</name>
        <message>
            <source>Encrypted connection</source>
            <translation>Encrypted connection</translation>
        </message>
        <message>
            <source>What travels between KAMdesk and the server is encrypted.</source>
            <translation>What travels between KAMdesk and the server is encrypted.</translation>
        </message>
        <message>
            <source>Not encrypted</source>
            <translation>Not encrypted</translation>
        </message>
        <message>
            <source>The server offers no encryption: on a network you do not trust (public Wi-Fi) others could read what travels. Ask whoever runs the server to turn encryption (TLS) on.</source>
            <translation>The server offers no encryption: on a network you do not trust (public Wi-Fi) others could read what travels. Ask whoever runs the server to turn encryption (TLS) on.</translation>
        </message>
    </context>
    <context>
        <name>CountChart</name>
        <message>
            <source>No account yet.</source>
            <translation>No account yet.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n account(s)</source>
            <translation>
                <numerusform>%1: %n account</numerusform>
                <numerusform>%1: %n accounts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>KAMdesk — unexpected problem</source>
            <translation>KAMdesk — unexpected problem</translation>
        </message>
        <message>
            <source>Something went wrong.</source>
            <translation>Something went wrong.</translation>
        </message>
        <message>
            <source>Your portfolio is safe: every change you made was already saved. What you were doing at that moment may not have finished; check it and try again, or quit and open KAMdesk again.</source>
            <translation>Your portfolio is safe: every change you made was already saved. What you were doing at that moment may not have finished; check it and try again, or quit and open KAMdesk again.</translation>
        </message>
        <message>
            <source>Technical summary: %1</source>
            <translation>Technical summary: %1</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>Show details</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
        <message>
            <source>Copies what happened, with the versions of KAMdesk and of your system</source>
            <translation>Copies what happened, with the versions of KAMdesk and of your system</translation>
        </message>
        <message>
            <source>Show log folder</source>
            <translation>Show log folder</translation>
        </message>
        <message>
            <source>Quit KAMdesk</source>
            <translation>Quit KAMdesk</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>No log file could be written.</source>
            <translation>No log file could be written.</translation>
        </message>
        <message>
            <source>The details were written to the log file:</source>
            <translation>The details were written to the log file:</translation>
        </message>
        <message>
            <source>Hide details</source>
            <translation>Hide details</translation>
        </message>
        <message numerus="yes">
            <source>This happened %n time(s) since this message opened.</source>
            <translation>
                <numerusform>This happened %n time since this message opened.</numerusform>
                <numerusform>This happened %n times since this message opened.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copied</translation>
        </message>
    </context>
    <context>
        <name>CriteriaModel</name>
        <message>
            <source>Criterion</source>
            <translation>Criterion</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
    </context>
    <context>
        <name>CriteriaPage</name>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Restore defaults</source>
            <translation>Restore defaults</translation>
        </message>
        <message>
            <source>Each account is rated 1–5 on these criteria. Weights are relative: a criterion counts by its share of the total weight in the ICP score.</source>
            <translation>Each account is rated 1–5 on these criteria. Weights are relative: a criterion counts by its share of the total weight in the ICP score.</translation>
        </message>
        <message>
            <source>New criterion</source>
            <translation>New criterion</translation>
        </message>
        <message numerus="yes">
            <source>“%1” is rated on %n account(s); the ratings are deleted when you press OK (Undo brings them back).</source>
            <translation>
                <numerusform>“%1” is rated on %n account; the ratings are deleted when you press OK (Undo brings them back).</numerusform>
                <numerusform>“%1” is rated on %n accounts; the ratings are deleted when you press OK (Undo brings them back).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DamagedPortfolioDialog</name>
        <message>
            <source>Damaged portfolio</source>
            <translation>Damaged portfolio</translation>
        </message>
        <message>
            <source>“%1” is damaged and cannot be opened.</source>
            <translation>“%1” is damaged and cannot be opened.</translation>
        </message>
        <message>
            <source>This can happen after a power cut, a full disk, or a drive removed while KAMdesk was saving. The file was not changed.</source>
            <translation>This can happen after a power cut, a full disk, or a drive removed while KAMdesk was saving. The file was not changed.</translation>
        </message>
        <message>
            <source>Looking for a good backup…</source>
            <translation>Looking for a good backup…</translation>
        </message>
        <message>
            <source>Restore the newest good backup</source>
            <translation>Restore the newest good backup</translation>
        </message>
        <message>
            <source>Show backups folder</source>
            <translation>Show backups folder</translation>
        </message>
        <message>
            <source>No good backup of this portfolio was found in %1. Keep the file: KAMdesk support may still be able to recover part of it.</source>
            <translation>No good backup of this portfolio was found in %1. Keep the file: KAMdesk support may still be able to recover part of it.</translation>
        </message>
        <message>
            <source>The newest good backup is from %1 (%2). Restoring it puts it in the portfolio's place; changes made after it are lost. The damaged file is kept beside it as “%3”.</source>
            <translation>The newest good backup is from %1 (%2). Restoring it puts it in the portfolio's place; changes made after it are lost. The damaged file is kept beside it as “%3”.</translation>
        </message>
        <message>
            <source>Restore the backup of %1</source>
            <translation>Restore the backup of %1</translation>
        </message>
        <message>
            <source>damaged</source>
            <translation>damaged</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Restoring the backup…</translation>
        </message>
        <message>
            <source>The backup could not be restored.</source>
            <translation>The backup could not be restored.</translation>
        </message>
        <message>
            <source>The backup of %1 was put back.</source>
            <translation>The backup of %1 was put back.</translation>
        </message>
        <message>
            <source>The damaged file was kept as %1</source>
            <translation>The damaged file was kept as %1</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>%1 recurring</source>
            <translation>%1 recurring</translation>
        </message>
        <message>
            <source>everything open today</source>
            <translation>everything open today</translation>
        </message>
        <message>
            <source>nobody churned in 12 months</source>
            <translation>nobody churned in 12 months</translation>
        </message>
        <message>
            <source>Reading the dashboard…</source>
            <translation>Reading the dashboard…</translation>
        </message>
        <message>
            <source>Portfolio dashboard</source>
            <translation>Portfolio dashboard</translation>
        </message>
        <message>
            <source>Accounts by tier</source>
            <translation>Accounts by tier</translation>
        </message>
        <message>
            <source>Accounts by lifecycle stage</source>
            <translation>Accounts by lifecycle stage</translation>
        </message>
        <message>
            <source>Reviews due</source>
            <translation>Reviews due</translation>
        </message>
        <message>
            <source>No review is due this month.</source>
            <translation>No review is due this month.</translation>
        </message>
        <message>
            <source>Top risks</source>
            <translation>Top risks</translation>
        </message>
        <message>
            <source>No open risk. Record risks in each account's Risks page.</source>
            <translation>No open risk. Record risks in each account's Risks page.</translation>
        </message>
        <message>
            <source>Falling health</source>
            <translation>Falling health</translation>
        </message>
        <message>
            <source>No account's health fell since the period began.</source>
            <translation>No account's health fell since the period began.</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Updating…</translation>
        </message>
        <message>
            <source>Falling health since %1</source>
            <translation>Falling health since %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n overdue)</source>
            <translation>
                <numerusform>%1 (%n overdue)</numerusform>
                <numerusform>%1 (%n overdue)</numerusform>
            </translation>
        </message>
        <message>
            <source>Your portfolio has no accounts yet. Create accounts in the Accounts tab, or import a workbook (File ▸ Import Excel), and the dashboard fills in.</source>
            <translation>Your portfolio has no accounts yet. Create accounts in the Accounts tab, or import a workbook (File ▸ Import Excel), and the dashboard fills in.</translation>
        </message>
        <message>
            <source>No revenue is recorded for these twelve months. Record each account's monthly revenue (of which recurring) in the account's Health page, or import a workbook (File ▸ Import Excel): revenue, retention and CLV come from it.</source>
            <translation>No revenue is recorded for these twelve months. Record each account's monthly revenue (of which recurring) in the account's Health page, or import a workbook (File ▸ Import Excel): revenue, retention and CLV come from it.</translation>
        </message>
    </context>
    <context>
        <name>DashboardCharts</name>
        <message>
            <source>%1 million</source>
            <translation>%1 million</translation>
        </message>
        <message>
            <source>%1 thousand</source>
            <translation>%1 thousand</translation>
        </message>
        <message>
            <source>Green (70+)</source>
            <translation>Green (70+)</translation>
        </message>
        <message>
            <source>Amber (40–69)</source>
            <translation>Amber (40–69)</translation>
        </message>
        <message>
            <source>Red (below 40)</source>
            <translation>Red (below 40)</translation>
        </message>
    </context>
    <context>
        <name>ExportProblem</name>
        <message>
            <source>The {sheet} sheet would have {rows} rows, more than the {limit} KAMdesk can import back from one sheet: export one account at a time.</source>
            <translation>The {sheet} sheet would have {rows} rows, more than the {limit} KAMdesk can import back from one sheet: export one account at a time.</translation>
        </message>
    </context>
    <context>
        <name>FallingHealthModel</name>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Health</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
    </context>
    <context>
        <name>ForecastAccuracy</name>
        <message>
            <source>No forecast snapshot was taken before {period} began.</source>
            <translation>No forecast snapshot was taken before {period} began.</translation>
        </message>
        <message>
            <source>{period} is not over yet.</source>
            <translation>{period} is not over yet.</translation>
        </message>
        <message>
            <source>Nothing was won in {period}, so accuracy cannot be measured.</source>
            <translation>Nothing was won in {period}, so accuracy cannot be measured.</translation>
        </message>
    </context>
    <context>
        <name>ForecastAccuracyTable</name>
        <message>
            <source>Commit call = closed won + commit</source>
            <translation>Commit call = closed won + commit</translation>
        </message>
        <message>
            <source>Best-case call = closed won + commit + best case</source>
            <translation>Best-case call = closed won + commit + best case</translation>
        </message>
        <message>
            <source>Pipeline call = closed won + commit + best case + pipeline</source>
            <translation>Pipeline call = closed won + commit + best case + pipeline</translation>
        </message>
        <message>
            <source>Weighted call = closed won + Σ value × probability ÷ 100</source>
            <translation>Weighted call = closed won + Σ value × probability ÷ 100</translation>
        </message>
    </context>
    <context>
        <name>ForecastBasis</name>
        <message>
            <source>Commit</source>
            <translation>Commit</translation>
        </message>
        <message>
            <source>Best case</source>
            <translation>Best case</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>Weighted</translation>
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
            <translation>Best case</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Commit</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Omitted</source>
            <translation>Omitted</translation>
        </message>
    </context>
    <context>
        <name>ForecastChart</name>
        <message>
            <source>Forecast against target</source>
            <translation>Forecast against target</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>No period to show.</source>
            <translation>No period to show.</translation>
        </message>
        <message>
            <source>No opportunity closes in these periods yet.</source>
            <translation>No opportunity closes in these periods yet.</translation>
        </message>
        <message>
            <source>%1 %2M</source>
            <translation>%1 %2M</translation>
        </message>
        <message>
            <source>%1 %2K</source>
            <translation>%1 %2K</translation>
        </message>
    </context>
    <context>
        <name>ForecastCommands</name>
        <message>
            <source>Clear the target of %1</source>
            <translation>Clear the target of %1</translation>
        </message>
        <message>
            <source>Set the target of %1</source>
            <translation>Set the target of %1</translation>
        </message>
        <message>
            <source>Take forecast snapshot</source>
            <translation>Take forecast snapshot</translation>
        </message>
    </context>
    <context>
        <name>ForecastPeriods</name>
        <message>
            <source>Q%1 %2</source>
            <translation>Q%1 %2</translation>
        </message>
        <message>
            <source>FY %1</source>
            <translation>FY %1</translation>
        </message>
    </context>
    <context>
        <name>ForecastTable</name>
        <message>
            <source>Closed won</source>
            <translation>Closed won</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Commit</translation>
        </message>
        <message>
            <source>Best case</source>
            <translation>Best case</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Weighted pipeline</source>
            <translation>Weighted pipeline</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Coverage</translation>
        </message>
        <message>
            <source>Attainment</source>
            <translation>Attainment</translation>
        </message>
        <message>
            <source>Closed won = Σ value of the won opportunities, by close date</source>
            <translation>Closed won = Σ value of the won opportunities, by close date</translation>
        </message>
        <message>
            <source>Commit = Σ value of the open opportunities in the Commit category, by expected close</source>
            <translation>Commit = Σ value of the open opportunities in the Commit category, by expected close</translation>
        </message>
        <message>
            <source>Best case = Σ value of the open opportunities in the Best case category, by expected close</source>
            <translation>Best case = Σ value of the open opportunities in the Best case category, by expected close</translation>
        </message>
        <message>
            <source>Pipeline = Σ value of the open opportunities in the Pipeline category, by expected close</source>
            <translation>Pipeline = Σ value of the open opportunities in the Pipeline category, by expected close</translation>
        </message>
        <message>
            <source>Weighted pipeline = Σ value × probability ÷ 100 over the open opportunities</source>
            <translation>Weighted pipeline = Σ value × probability ÷ 100 over the open opportunities</translation>
        </message>
        <message>
            <source>The period's target; a quarter without its own adds up its months' targets</source>
            <translation>The period's target; a quarter without its own adds up its months' targets</translation>
        </message>
        <message>
            <source>Coverage = open pipeline ÷ target (open pipeline = commit + best case + pipeline)</source>
            <translation>Coverage = open pipeline ÷ target (open pipeline = commit + best case + pipeline)</translation>
        </message>
        <message>
            <source>Attainment = closed won ÷ target</source>
            <translation>Attainment = closed won ÷ target</translation>
        </message>
        <message>
            <source>Targets belong to the whole portfolio: show all accounts to see them.</source>
            <translation>Targets belong to the whole portfolio: show all accounts to see them.</translation>
        </message>
        <message>
            <source>Sum of the monthly targets.</source>
            <translation>Sum of the monthly targets.</translation>
        </message>
        <message>
            <source>Double-click to type the target; leave it empty to remove it.</source>
            <translation>Double-click to type the target; leave it empty to remove it.</translation>
        </message>
        <message>
            <source>Open pipeline</source>
            <translation>Open pipeline</translation>
        </message>
        <message>
            <source>Gap coverage = open pipeline ÷ (target − closed won): %1</source>
            <translation>Gap coverage = open pipeline ÷ (target − closed won): %1</translation>
        </message>
        <message>
            <source>Commit call (closed won + commit)</source>
            <translation>Commit call (closed won + commit)</translation>
        </message>
        <message>
            <source>Best-case call (closed won + commit + best case)</source>
            <translation>Best-case call (closed won + commit + best case)</translation>
        </message>
    </context>
    <context>
        <name>ForecastTargetChart</name>
        <message>
            <source>Forecast against target</source>
            <translation>Forecast against target</translation>
        </message>
        <message>
            <source>No opportunity closes in these periods and no target is set: see the Pipeline tab's forecast.</source>
            <translation>No opportunity closes in these periods and no target is set: see the Pipeline tab's forecast.</translation>
        </message>
        <message>
            <source>Forecast against target, around %1</source>
            <translation>Forecast against target, around %1</translation>
        </message>
    </context>
    <context>
        <name>ForecastView</name>
        <message>
            <source>Months</source>
            <translation>Months</translation>
        </message>
        <message>
            <source>Quarters</source>
            <translation>Quarters</translation>
        </message>
        <message>
            <source>One period earlier</source>
            <translation>One period earlier</translation>
        </message>
        <message>
            <source>One period later</source>
            <translation>One period later</translation>
        </message>
        <message>
            <source>Over the opportunities closed in the last 12 months. Win rate = won ÷ closed; average deal = mean value of the won; sales cycle = mean days from creation to close of the won; velocity = open deals × win rate × average deal ÷ cycle</source>
            <translation>Over the opportunities closed in the last 12 months. Win rate = won ÷ closed; average deal = mean value of the won; sales cycle = mean days from creation to close of the won; velocity = open deals × win rate × average deal ÷ cycle</translation>
        </message>
        <message>
            <source>Forecast against target</source>
            <translation>Forecast against target</translation>
        </message>
        <message>
            <source>Click a period in the table to see its funnel.</source>
            <translation>Click a period in the table to see its funnel.</translation>
        </message>
        <message>
            <source>Take forecast snapshot</source>
            <translation>Take forecast snapshot</translation>
        </message>
        <message>
            <source>Keep today's forecast, to measure it against what is won later (KAMdesk also takes one automatically each month)</source>
            <translation>Keep today's forecast, to measure it against what is won later (KAMdesk also takes one automatically each month)</translation>
        </message>
        <message>
            <source>Accuracy = 1 − |won − forecast| ÷ won, with the forecast kept in the last snapshot taken before the period began; 100% is a perfect call. Each call includes what is surer than it: best case = closed won + commit + best case.</source>
            <translation>Accuracy = 1 − |won − forecast| ÷ won, with the forecast kept in the last snapshot taken before the period began; 100% is a perfect call. Each call includes what is surer than it: best case = closed won + commit + best case.</translation>
        </message>
        <message>
            <source>Last 12 months: no opportunity closed yet.</source>
            <translation>Last 12 months: no opportunity closed yet.</translation>
        </message>
        <message>
            <source>Last 12 months: win rate %1 · average deal %2 · sales cycle %3 · velocity %4</source>
            <translation>Last 12 months: win rate %1 · average deal %2 · sales cycle %3 · velocity %4</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 a day</source>
            <translation>%1 a day</translation>
        </message>
        <message>
            <source>Stage funnel</source>
            <translation>Stage funnel</translation>
        </message>
        <message>
            <source>Stage funnel · %1</source>
            <translation>Stage funnel · %1</translation>
        </message>
        <message>
            <source>Forecast · all accounts</source>
            <translation>Forecast · all accounts</translation>
        </message>
        <message>
            <source>Forecast · %1</source>
            <translation>Forecast · %1</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>This quarter</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>Targets belong to the whole portfolio, so an account's forecast has no target, coverage or attainment: show all accounts to see and type them.</source>
            <translation>Targets belong to the whole portfolio, so an account's forecast has no target, coverage or attainment: show all accounts to see and type them.</translation>
        </message>
        <message>
            <source>Double-click a target to type it (empty removes it). Amounts are first-year values: one-time + 12 × monthly recurring.</source>
            <translation>Double-click a target to type it (empty removes it). Amounts are first-year values: one-time + 12 × monthly recurring.</translation>
        </message>
        <message numerus="yes">
            <source>Forecast accuracy · last %n quarter(s)</source>
            <translation>
                <numerusform>Forecast accuracy · last %n quarter</numerusform>
                <numerusform>Forecast accuracy · last %n quarters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Forecast accuracy · last %n month(s)</source>
            <translation>
                <numerusform>Forecast accuracy · last %n month</numerusform>
                <numerusform>Forecast accuracy · last %n months</numerusform>
            </translation>
        </message>
        <message>
            <source>No snapshot taken yet</source>
            <translation>No snapshot taken yet</translation>
        </message>
        <message>
            <source>Latest snapshot: %1 (automatic)</source>
            <translation>Latest snapshot: %1 (automatic)</translation>
        </message>
        <message>
            <source>Latest snapshot: %1</source>
            <translation>Latest snapshot: %1</translation>
        </message>
        <message>
            <source>The target of %1 was not changed.</source>
            <translation>The target of %1 was not changed.</translation>
        </message>
    </context>
    <context>
        <name>GeneralPage</name>
        <message>
            <source>System default</source>
            <translation>System default</translation>
        </message>
        <message>
            <source>Your name, as it appears on account plans</source>
            <translation>Your name, as it appears on account plans</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Brazilian real</source>
            <translation>Brazilian real</translation>
        </message>
        <message>
            <source>US dollar</source>
            <translation>US dollar</translation>
        </message>
        <message>
            <source>Euro</source>
            <translation>Euro</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <source>Yours on this computer; other people opening the portfolio keep theirs.</source>
            <translation>Yours on this computer; other people opening the portfolio keep theirs.</translation>
        </message>
        <message>
            <source>Portfolio owner</source>
            <translation>Portfolio owner</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <source>Fiscal year starts in</source>
            <translation>Fiscal year starts in</translation>
        </message>
        <message>
            <source>Gross margin (for CLV)</source>
            <translation>Gross margin (for CLV)</translation>
        </message>
        <message>
            <source>A contact is stale after</source>
            <translation>A contact is stale after</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>Routine guide</source>
            <translation>Routine guide</translation>
        </message>
        <message>
            <source>Pipeline review</source>
            <translation>Pipeline review</translation>
        </message>
        <message>
            <source>Update every open opportunity: stage, value, expected close and next step. See what needs attention and what slipped, then record the month's review.</source>
            <translation>Update every open opportunity: stage, value, expected close and next step. See what needs attention and what slipped, then record the month's review.</translation>
        </message>
        <message>
            <source>Forecast accuracy</source>
            <translation>Forecast accuracy</translation>
        </message>
        <message>
            <source>Compare last month's forecast with what actually closed. KAMdesk takes a snapshot of the forecast the first time you open the portfolio each month.</source>
            <translation>Compare last month's forecast with what actually closed. KAMdesk takes a snapshot of the forecast the first time you open the portfolio each month.</translation>
        </message>
        <message>
            <source>Relationship map review</source>
            <translation>Relationship map review</translation>
        </message>
        <message>
            <source>For each key account, check that every target area (company, business unit, directorate) has at least one sponsor and that resistance is falling. Save today's coverage to follow the trend.</source>
            <translation>For each key account, check that every target area (company, business unit, directorate) has at least one sponsor and that resistance is falling. Save today's coverage to follow the trend.</translation>
        </message>
        <message>
            <source>OKR check-ins</source>
            <translation>OKR check-ins</translation>
        </message>
        <message>
            <source>Record the value measured today for each key result, so the progress of every objective stays current.</source>
            <translation>Record the value measured today for each key result, so the progress of every objective stays current.</translation>
        </message>
        <message>
            <source>Risk analysis with mitigation</source>
            <translation>Risk analysis with mitigation</translation>
        </message>
        <message>
            <source>Review each key account's risks: rate likelihood and impact, choose a response, and give every mitigation action an owner and a due date. The Portfolio tab lists the top risks across all accounts.</source>
            <translation>Review each key account's risks: rate likelihood and impact, choose a response, and give every mitigation action an owner and a due date. The Portfolio tab lists the top risks across all accounts.</translation>
        </message>
        <message>
            <source>Positioning review</source>
            <translation>Positioning review</translation>
        </message>
        <message>
            <source>Compare what you want to be for the client with how the client sees you, and update the value proposition.</source>
            <translation>Compare what you want to be for the client with how the client sees you, and update the value proposition.</translation>
        </message>
        <message>
            <source>From strategies to OKRs</source>
            <translation>From strategies to OKRs</translation>
        </message>
        <message>
            <source>Write down each account's strategy (repositioning, cross-selling, up-selling, recovery), then turn it into objectives with measurable key results for the next quarter.</source>
            <translation>Write down each account's strategy (repositioning, cross-selling, up-selling, recovery), then turn it into objectives with measurable key results for the next quarter.</translation>
        </message>
        <message>
            <source>Objectives for the quarter</source>
            <translation>Objectives for the quarter</translation>
        </message>
        <message>
            <source>Add the quarter's objectives and key results, for an account or for the whole portfolio.</source>
            <translation>Add the quarter's objectives and key results, for an account or for the whole portfolio.</translation>
        </message>
        <message>
            <source>Key accounts pay back a steady routine. Once a month and once a quarter, go through these steps for each key account; the buttons take you to the right place in KAMdesk.</source>
            <translation>Key accounts pay back a steady routine. Once a month and once a quarter, go through these steps for each key account; the buttons take you to the right place in KAMdesk.</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Every month</translation>
        </message>
        <message>
            <source>Every quarter</source>
            <translation>Every quarter</translation>
        </message>
        <message>
            <source>Which reviews are due</source>
            <translation>Which reviews are due</translation>
        </message>
        <message>
            <source>KAMdesk knows when each account's reviews are due: start there, and work through the list.</source>
            <translation>KAMdesk knows when each account's reviews are due: start there, and work through the list.</translation>
        </message>
        <message>
            <source>Where: %1</source>
            <translation>Where: %1</translation>
        </message>
        <message>
            <source>Go to %1</source>
            <translation>Go to %1</translation>
        </message>
        <message>
            <source>Open a portfolio first</source>
            <translation>Open a portfolio first</translation>
        </message>
    </context>
    <context>
        <name>HealthCard</name>
        <message>
            <source>Health = Σ weight × part score ÷ Σ weight, over the parts with data (0–100; green from 70, amber from 40, red below)</source>
            <translation>Health = Σ weight × part score ÷ Σ weight, over the parts with data (0–100; green from 70, amber from 40, red below)</translation>
        </message>
        <message>
            <source>Account health</source>
            <translation>Account health</translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>Why?</translation>
        </message>
        <message>
            <source>Show what makes this score</source>
            <translation>Show what makes this score</translation>
        </message>
        <message>
            <source>Hide the parts</source>
            <translation>Hide the parts</translation>
        </message>
        <message>
            <source>No health score</source>
            <translation>No health score</translation>
        </message>
        <message>
            <source>Healthy</source>
            <translation>Healthy</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Needs attention</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>At risk</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Measured</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Adds</source>
            <translation>Adds</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Health</translation>
        </message>
        <message>
            <source>weight 0 — left out</source>
            <translation>weight 0 — left out</translation>
        </message>
        <message>
            <source>no data — left out</source>
            <translation>no data — left out</translation>
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
            <translation>%1 of target areas</translation>
        </message>
        <message>
            <source>%1 of the influence</source>
            <translation>%1 of the influence</translation>
        </message>
        <message>
            <source>no open risk</source>
            <translation>no open risk</translation>
        </message>
        <message>
            <source>highest score %1</source>
            <translation>highest score %1</translation>
        </message>
        <message>
            <source>none overdue</source>
            <translation>none overdue</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of the pace</source>
            <translation>%1 of the pace</translation>
        </message>
        <message>
            <source>As of %1. Revenue trend, NPS and CSAT over %2 – %3; the decision chain, risks, reviews and objectives as they are today. A part without data is left out and the others' weights scale up. Weights: Preferences ▸ Health.</source>
            <translation>As of %1. Revenue trend, NPS and CSAT over %2 – %3; the decision chain, risks, reviews and objectives as they are today. A part without data is left out and the others' weights scale up. Weights: Preferences ▸ Health.</translation>
        </message>
    </context>
    <context>
        <name>HealthChart</name>
        <message>
            <source>Account health</source>
            <translation>Account health</translation>
        </message>
        <message>
            <source>No account has a health score yet: record revenue, surveys or risks.</source>
            <translation>No account has a health score yet: record revenue, surveys or risks.</translation>
        </message>
        <message numerus="yes">
            <source>Account health (%n account(s) without a score)</source>
            <translation>
                <numerusform>Account health (%n account without a score)</numerusform>
                <numerusform>Account health (%n accounts without a score)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n account(s) with health %1</source>
            <translation>
                <numerusform>%n account with health %1</numerusform>
                <numerusform>%n accounts with health %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HealthPage</name>
        <message>
            <source>Restore defaults</source>
            <translation>Restore defaults</translation>
        </message>
        <message>
            <source>How much each part weighs in the account health score (0–100). Each part is first scored 0–100; the health is the weighted mean of the parts the account has data for. A part at 0 is left out.</source>
            <translation>How much each part weighs in the account health score (0–100). Each part is first scored 0–100; the health is the weighted mean of the parts the account has data for. A part at 0 is left out.</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Share = the part's weight ÷ the sum of all weights, for an account with data for every part. Hover over a part to see how it is scored.</source>
            <translation>Share = the part's weight ÷ the sum of all weights, for an account with data for every part. Hover over a part to see how it is scored.</translation>
        </message>
    </context>
    <context>
        <name>HealthPart</name>
        <message>
            <source>Revenue trend</source>
            <translation>Revenue trend</translation>
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
            <translation>Sponsor coverage</translation>
        </message>
        <message>
            <source>Resistance</source>
            <translation>Resistance</translation>
        </message>
        <message>
            <source>Open risk</source>
            <translation>Open risk</translation>
        </message>
        <message>
            <source>Overdue reviews</source>
            <translation>Overdue reviews</translation>
        </message>
        <message>
            <source>OKR pace</source>
            <translation>OKR pace</translation>
        </message>
        <message>
            <source>Recurring revenue of the last 3 months ÷ the 3 before − 1: −20% or worse → 0, +20% or better → 100, linear between (0% → 50)</source>
            <translation>Recurring revenue of the last 3 months ÷ the 3 before − 1: −20% or worse → 0, +20% or better → 100, linear between (0% → 50)</translation>
        </message>
        <message>
            <source>(NPS + 100) ÷ 2, over the period's responses</source>
            <translation>(NPS + 100) ÷ 2, over the period's responses</translation>
        </message>
        <message>
            <source>CSAT (already 0–100), over the period</source>
            <translation>CSAT (already 0–100), over the period</translation>
        </message>
        <message>
            <source>Target areas with a sponsor ÷ target areas, × 100</source>
            <translation>Target areas with a sponsor ÷ target areas, × 100</translation>
        </message>
        <message>
            <source>(1 − influence of resistant and opponent people ÷ influence of all) × 100</source>
            <translation>(1 − influence of resistant and opponent people ÷ influence of all) × 100</translation>
        </message>
        <message>
            <source>No open risk → 100; highest open score s (1–25) → 100 × (25 − s) ÷ 24</source>
            <translation>No open risk → 100; highest open score s (1–25) → 100 × (25 − s) ÷ 24</translation>
        </message>
        <message>
            <source>100 − 25 per overdue review, never below 0</source>
            <translation>100 − 25 per overdue review, never below 0</translation>
        </message>
        <message>
            <source>Objectives' progress ÷ elapsed share of their period, capped at 1, × 100</source>
            <translation>Objectives' progress ÷ elapsed share of their period, capped at 1, × 100</translation>
        </message>
    </context>
    <context>
        <name>HeatMap</name>
        <message>
            <source>Risk heat map</source>
            <translation>Risk heat map</translation>
        </message>
        <message>
            <source>Likelihood %1 × impact %2 = score %3 (%4)</source>
            <translation>Likelihood %1 × impact %2 = score %3 (%4)</translation>
        </message>
        <message>
            <source>No open risk here.</source>
            <translation>No open risk here.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>Impact →</source>
            <translation>Impact →</translation>
        </message>
        <message>
            <source>Likelihood →</source>
            <translation>Likelihood →</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Org unit</source>
            <translation>Org unit</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>Opportunity</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Revenue</translation>
        </message>
        <message>
            <source>Survey answer</source>
            <translation>Survey answer</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objective</translation>
        </message>
        <message>
            <source>Key result</source>
            <translation>Key result</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Interaction</source>
            <translation>Interaction</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Pipeline stage</source>
            <translation>Pipeline stage</translation>
        </message>
        <message>
            <source>Sales target</source>
            <translation>Sales target</translation>
        </message>
        <message>
            <source>ICP criterion</source>
            <translation>ICP criterion</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
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
            <translation>moved on the map</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>Login: %1</source>
            <translation>Login: %1</translation>
        </message>
        <message>
            <source>Search person, field or value</source>
            <translation>Search person, field or value</translation>
        </message>
        <message>
            <source>Who:</source>
            <translation>Who:</translation>
        </message>
        <message>
            <source>Load older changes</source>
            <translation>Load older changes</translation>
        </message>
        <message>
            <source>The history of changes is kept when the portfolio is on a team server: who changed what in this account, and when.

To share this portfolio with your team, use File ▸ Publish to team server…</source>
            <translation>The history of changes is kept when the portfolio is on a team server: who changed what in this account, and when.

To share this portfolio with your team, use File ▸ Publish to team server…</translation>
        </message>
        <message>
            <source>Select an account to see its history.</source>
            <translation>Select an account to see its history.</translation>
        </message>
        <message>
            <source>No change recorded for this account yet.</source>
            <translation>No change recorded for this account yet.</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>Select a line to see all its changes.</source>
            <translation>Select a line to see all its changes.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n change(s)</source>
            <translation>
                <numerusform>%1 of %n change</numerusform>
                <numerusform>%1 of %n changes</numerusform>
            </translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archived</translation>
        </message>
        <message>
            <source>Revenue band</source>
            <translation>Revenue band</translation>
        </message>
        <message>
            <source>Mindset</source>
            <translation>Mindset</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Closed on</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Done on</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Measures</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>IcpCriterion</name>
        <message>
            <source>Business volume</source>
            <translation>Business volume</translation>
        </message>
        <message>
            <source>Company size</source>
            <translation>Company size</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Growth potential</source>
            <translation>Growth potential</translation>
        </message>
        <message>
            <source>Market influence</source>
            <translation>Market influence</translation>
        </message>
        <message>
            <source>Fit with our offer</source>
            <translation>Fit with our offer</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Import preview — %1</source>
            <translation>Import preview — %1</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <source>To delete</source>
            <translation>To delete</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Errors</translation>
        </message>
        <message>
            <source>Sheet / row</source>
            <translation>Sheet / row</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>What happens</translation>
        </message>
        <message>
            <source>%1, row %2</source>
            <translation>%1, row %2</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Delete records that are not in the workbook</source>
            <translation>Delete records that are not in the workbook</translation>
        </message>
        <message>
            <source>Search sheet, row or record…</source>
            <translation>Search sheet, row or record…</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Save errors workbook…</source>
            <translation>Save errors workbook…</translation>
        </message>
        <message>
            <source>Changes (%1)</source>
            <translation>Changes (%1)</translation>
        </message>
        <message>
            <source>Errors and warnings (%1)</source>
            <translation>Errors and warnings (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) must be fixed in the workbook before it can be imported. Nothing has been written.</source>
            <translation>
                <numerusform>%n problem must be fixed in the workbook before it can be imported. Nothing has been written.</numerusform>
                <numerusform>%n problems must be fixed in the workbook before it can be imported. Nothing has been written.</numerusform>
            </translation>
        </message>
        <message>
            <source>The workbook matches the portfolio: nothing to import.</source>
            <translation>The workbook matches the portfolio: nothing to import.</translation>
        </message>
        <message>
            <source>Check the changes below, then press Import. You can undo the whole import with Edit ▸ Undo.</source>
            <translation>Check the changes below, then press Import. You can undo the whole import with Edit ▸ Undo.</translation>
        </message>
        <message>
            <source>delete</source>
            <translation>delete</translation>
        </message>
        <message>
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <source>matched by name, not by id</source>
            <translation>matched by name, not by id</translation>
        </message>
        <message>
            <source>Warning: </source>
            <translation>Warning: </translation>
        </message>
    </context>
    <context>
        <name>ImportProblem</name>
        <message>
            <source>KAMdesk could not open “{file}”. Check that the file still exists, close it in Excel or any other program that may be using it, and try again.</source>
            <translation>KAMdesk could not open “{file}”. Check that the file still exists, close it in Excel or any other program that may be using it, and try again.</translation>
        </message>
        <message>
            <source>“{file}” is not a file KAMdesk can import. Import an Excel workbook (.xlsx, .xlsm or .xls), a LibreOffice spreadsheet (.ods) or a CSV file (.csv or .txt).</source>
            <translation>“{file}” is not a file KAMdesk can import. Import an Excel workbook (.xlsx, .xlsm or .xls), a LibreOffice spreadsheet (.ods) or a CSV file (.csv or .txt).</translation>
        </message>
        <message>
            <source>“{file}” is empty (it has 0 bytes). It may not have been saved or copied completely.</source>
            <translation>“{file}” is empty (it has 0 bytes). It may not have been saved or copied completely.</translation>
        </message>
        <message>
            <source>“{file}” is too large to import ({size} MB; the limit is {limit} MB). Split it into smaller files.</source>
            <translation>“{file}” is too large to import ({size} MB; the limit is {limit} MB). Split it into smaller files.</translation>
        </message>
        <message>
            <source>“{file}” is an image, not a workbook, even though its name ends in “{extension}”. Choose the workbook itself.</source>
            <translation>“{file}” is an image, not a workbook, even though its name ends in “{extension}”. Choose the workbook itself.</translation>
        </message>
        <message>
            <source>“{file}” is a PDF document, not a workbook, even though its name ends in “{extension}”. Choose the workbook itself.</source>
            <translation>“{file}” is a PDF document, not a workbook, even though its name ends in “{extension}”. Choose the workbook itself.</translation>
        </message>
        <message>
            <source>“{file}” is a text file, not a workbook. If it holds values separated by semicolons or commas, rename it to end in “.csv” and import it again.</source>
            <translation>“{file}” is a text file, not a workbook. If it holds values separated by semicolons or commas, rename it to end in “.csv” and import it again.</translation>
        </message>
        <message>
            <source>“{file}” is a web page or XML file with a spreadsheet's name, not a real workbook. Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and import that.</source>
            <translation>“{file}” is a web page or XML file with a spreadsheet's name, not a real workbook. Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and import that.</translation>
        </message>
        <message>
            <source>“{file}” is not a workbook: its contents are not in any spreadsheet format. It may be damaged, or another kind of file that was renamed.</source>
            <translation>“{file}” is not a workbook: its contents are not in any spreadsheet format. It may be damaged, or another kind of file that was renamed.</translation>
        </message>
        <message>
            <source>“{file}” is protected with a password, and KAMdesk cannot read password-protected workbooks. Open it in Excel, save a copy without a password and import that copy.</source>
            <translation>“{file}” is protected with a password, and KAMdesk cannot read password-protected workbooks. Open it in Excel, save a copy without a password and import that copy.</translation>
        </message>
        <message>
            <source>“{file}” is damaged and cannot be read; it may not have been copied or downloaded completely. Open it in Excel or LibreOffice, which can often repair it, save it again and import it again.</source>
            <translation>“{file}” is damaged and cannot be read; it may not have been copied or downloaded completely. Open it in Excel or LibreOffice, which can often repair it, save it again and import it again.</translation>
        </message>
        <message>
            <source>“{file}” could not be read; it may be damaged ({detail}). Open it in Excel or LibreOffice, save it again and import it again.</source>
            <translation>“{file}” could not be read; it may be damaged ({detail}). Open it in Excel or LibreOffice, save it again and import it again.</translation>
        </message>
        <message>
            <source>“{file}” was refused: it unpacks to more than {limit} MB, far more than a KAMdesk workbook holds, as malicious files do. If you trust it, split it into smaller workbooks.</source>
            <translation>“{file}” was refused: it unpacks to more than {limit} MB, far more than a KAMdesk workbook holds, as malicious files do. If you trust it, split it into smaller workbooks.</translation>
        </message>
        <message>
            <source>“{file}” was refused: its part “{part}” is compressed {ratio} times, as malicious files are. If you trust it, open it in Excel or LibreOffice, save it again and import it again.</source>
            <translation>“{file}” was refused: its part “{part}” is compressed {ratio} times, as malicious files are. If you trust it, open it in Excel or LibreOffice, save it again and import it again.</translation>
        </message>
        <message>
            <source>“{file}” was refused: it is made of {count} parts, far more than a workbook has, as malicious files are.</source>
            <translation>“{file}” was refused: it is made of {count} parts, far more than a workbook has, as malicious files are.</translation>
        </message>
        <message>
            <source>“{file}” was refused: its repeated text would take more than {limit} MB of memory once read, as malicious files do. If you trust it, split it into smaller workbooks.</source>
            <translation>“{file}” was refused: its repeated text would take more than {limit} MB of memory once read, as malicious files do. If you trust it, split it into smaller workbooks.</translation>
        </message>
        <message>
            <source>“{file}” is too large to read: one of its sheets reaches far below or to the right of its table. Delete what lies outside the table, save the file and import it again.</source>
            <translation>“{file}” is too large to read: one of its sheets reaches far below or to the right of its table. Delete what lies outside the table, save the file and import it again.</translation>
        </message>
        <message>
            <source>“{file}” is written in an unusual way that KAMdesk cannot check safely. Open it in Excel or LibreOffice, save it again and import it again.</source>
            <translation>“{file}” is written in an unusual way that KAMdesk cannot check safely. Open it in Excel or LibreOffice, save it again and import it again.</translation>
        </message>
        <message>
            <source>“{file}” has no data sheets: it is empty.</source>
            <translation>“{file}” has no data sheets: it is empty.</translation>
        </message>
        <message>
            <source>“{file}” has no data sheets: KAMdesk does not know any of its sheets ({sheets}). Name each sheet after what it holds, such as “{example}”.</source>
            <translation>“{file}” has no data sheets: KAMdesk does not know any of its sheets ({sheets}). Name each sheet after what it holds, such as “{example}”.</translation>
        </message>
        <message>
            <source>“{file}” has no data sheets: none of its sheets has a header row (the column names, in the first row).</source>
            <translation>“{file}” has no data sheets: none of its sheets has a header row (the column names, in the first row).</translation>
        </message>
        <message>
            <source>KAMdesk cannot tell which sheet “{file}” holds. Name the file after the sheet, such as “{example}.csv”, or choose the sheet when importing it.</source>
            <translation>KAMdesk cannot tell which sheet “{file}” holds. Name the file after the sheet, such as “{example}.csv”, or choose the sheet when importing it.</translation>
        </message>
        <message>
            <source>“{file}” is a workbook, not a CSV text file. Rename it to end in “.xlsx” (or “.xls” or “.ods”) and import it again.</source>
            <translation>“{file}” is a workbook, not a CSV text file. Rename it to end in “.xlsx” (or “.xls” or “.ods”) and import it again.</translation>
        </message>
        <message>
            <source>“{file}” is not a CSV text file: it holds binary data. Choose the CSV file itself, or export the sheet as CSV again.</source>
            <translation>“{file}” is not a CSV text file: it holds binary data. Choose the CSV file itself, or export the sheet as CSV again.</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” is not a KAMdesk sheet; it was ignored.</source>
            <translation>Sheet “{sheet}” is not a KAMdesk sheet; it was ignored.</translation>
        </message>
        <message>
            <source>Sheets “{first}” and “{sheet}” both hold {label}; keep only one of them.</source>
            <translation>Sheets “{first}” and “{sheet}” both hold {label}; keep only one of them.</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” has no header row (the column names, in the first row): it is empty.</source>
            <translation>Sheet “{sheet}” has no header row (the column names, in the first row): it is empty.</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” has no header row: row {row} has none of the sheet's column names, such as “{example}”.</source>
            <translation>Sheet “{sheet}” has no header row: row {row} has none of the sheet's column names, such as “{example}”.</translation>
        </message>
        <message>
            <source>Column {column} of sheet “{sheet}”, “{header}”, is not a KAMdesk column; it was ignored.</source>
            <translation>Column {column} of sheet “{sheet}”, “{header}”, is not a KAMdesk column; it was ignored.</translation>
        </message>
        <message>
            <source>Column {column} of sheet “{sheet}” has values but no name in the header row; it was ignored.</source>
            <translation>Column {column} of sheet “{sheet}” has values but no name in the header row; it was ignored.</translation>
        </message>
        <message>
            <source>Columns {first} and {column} of sheet “{sheet}” are both “{label}”; keep only one of them.</source>
            <translation>Columns {first} and {column} of sheet “{sheet}” are both “{label}”; keep only one of them.</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” has no “{label}” column, which it needs.</source>
            <translation>Sheet “{sheet}” has no “{label}” column, which it needs.</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” has more than {limit} rows; split the file into smaller ones.</source>
            <translation>Sheet “{sheet}” has more than {limit} rows; split the file into smaller ones.</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” could not be read ({detail}).</source>
            <translation>Sheet “{sheet}” could not be read ({detail}).</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” is too large to read: it reaches row {rows} and column {column}. Delete what lies below and to the right of the table, save the file and import it again.</source>
            <translation>Sheet “{sheet}” is too large to read: it reaches row {rows} and column {column}. Delete what lies below and to the right of the table, save the file and import it again.</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” is written in an unusual way that KAMdesk cannot check safely; it was not read. Open the file in Excel or LibreOffice, save it again and import it again.</source>
            <translation>Sheet “{sheet}” is written in an unusual way that KAMdesk cannot check safely; it was not read. Open the file in Excel or LibreOffice, save it again and import it again.</translation>
        </message>
        <message>
            <source>Row {row} of “{sheet}” could not be read: a quoted value never ends, or is too long. Check the quotes (") around that row; nothing after it was read.</source>
            <translation>Row {row} of “{sheet}” could not be read: a quoted value never ends, or is too long. Check the quotes (") around that row; nothing after it was read.</translation>
        </message>
        <message>
            <source>A value is required here.</source>
            <translation>A value is required here.</translation>
        </message>
        <message>
            <source>id {id} does not exist in this portfolio.</source>
            <translation>id {id} does not exist in this portfolio.</translation>
        </message>
        <message>
            <source>“{value}” is not a record id (leave it blank for a new row).</source>
            <translation>“{value}” is not a record id (leave it blank for a new row).</translation>
        </message>
        <message>
            <source>id {id} is already used by row {other}.</source>
            <translation>id {id} is already used by row {other}.</translation>
        </message>
        <message>
            <source>“{key}” is already in row {other}.</source>
            <translation>“{key}” is already in row {other}.</translation>
        </message>
        <message>
            <source>“{key}” matches several records (ids {ids}): fill in the id column.</source>
            <translation>“{key}” matches several records (ids {ids}): fill in the id column.</translation>
        </message>
        <message>
            <source>Another {thing} not in this sheet is already called “{key}” (id {id}).</source>
            <translation>Another {thing} not in this sheet is already called “{key}” (id {id}).</translation>
        </message>
        <message>
            <source>No {thing} named “{name}” in the workbook or the portfolio.</source>
            <translation>No {thing} named “{name}” in the workbook or the portfolio.</translation>
        </message>
        <message>
            <source>No {thing} named “{name}” in account “{account}”.</source>
            <translation>No {thing} named “{name}” in account “{account}”.</translation>
        </message>
        <message>
            <source>No {thing} named “{name}” under “{parent}”.</source>
            <translation>No {thing} named “{name}” under “{parent}”.</translation>
        </message>
        <message>
            <source>“{name}” matches several {things} ({where}).</source>
            <translation>“{name}” matches several {things} ({where}).</translation>
        </message>
        <message>
            <source>“{name}” is not in the {sheet} sheet, so it would be deleted with the records missing from the workbook.</source>
            <translation>“{name}” is not in the {sheet} sheet, so it would be deleted with the records missing from the workbook.</translation>
        </message>
        <message>
            <source>This workbook was exported from another portfolio: its ids were ignored and its rows matched by name.</source>
            <translation>This workbook was exported from another portfolio: its ids were ignored and its rows matched by name.</translation>
        </message>
        <message>
            <source>“{name}” is not a pipeline stage of this portfolio ({stages}).</source>
            <translation>“{name}” is not a pipeline stage of this portfolio ({stages}).</translation>
        </message>
        <message>
            <source>The portfolio has no ICP criterion “{name}”: this column was ignored.</source>
            <translation>The portfolio has no ICP criterion “{name}”: this column was ignored.</translation>
        </message>
        <message>
            <source>Reporting lines go in the Stakeholders sheet's “Reports to” column, not here.</source>
            <translation>Reporting lines go in the Stakeholders sheet's “Reports to” column, not here.</translation>
        </message>
        <message>
            <source>A person cannot be linked to themselves.</source>
            <translation>A person cannot be linked to themselves.</translation>
        </message>
        <message>
            <source>Reporting lines go round in a circle: {names}.</source>
            <translation>Reporting lines go round in a circle: {names}.</translation>
        </message>
        <message>
            <source>Org units cannot contain themselves: {names}.</source>
            <translation>Org units cannot contain themselves: {names}.</translation>
        </message>
        <message>
            <source>An org unit cannot be its own parent.</source>
            <translation>An org unit cannot be its own parent.</translation>
        </message>
        <message>
            <source>Recurring ({recurring}) cannot be more than Revenue ({revenue}).</source>
            <translation>Recurring ({recurring}) cannot be more than Revenue ({revenue}).</translation>
        </message>
        <message>
            <source>A {kind} score must be between {low} and {high}; got {value}.</source>
            <translation>A {kind} score must be between {low} and {high}; got {value}.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid CNPJ ({reason}).</source>
            <translation>“{value}” is not a valid CNPJ ({reason}).</translation>
        </message>
        <message>
            <source>account</source>
            <translation>account</translation>
        </message>
        <message>
            <source>accounts</source>
            <translation>accounts</translation>
        </message>
        <message>
            <source>org unit</source>
            <translation>org unit</translation>
        </message>
        <message>
            <source>org units</source>
            <translation>org units</translation>
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
            <translation>relation</translation>
        </message>
        <message>
            <source>relations</source>
            <translation>relations</translation>
        </message>
        <message>
            <source>product</source>
            <translation>product</translation>
        </message>
        <message>
            <source>products</source>
            <translation>products</translation>
        </message>
        <message>
            <source>opportunity</source>
            <translation>opportunity</translation>
        </message>
        <message>
            <source>opportunities</source>
            <translation>opportunities</translation>
        </message>
        <message>
            <source>revenue record</source>
            <translation>revenue record</translation>
        </message>
        <message>
            <source>revenue records</source>
            <translation>revenue records</translation>
        </message>
        <message>
            <source>survey response</source>
            <translation>survey response</translation>
        </message>
        <message>
            <source>survey responses</source>
            <translation>survey responses</translation>
        </message>
        <message>
            <source>risk</source>
            <translation>risk</translation>
        </message>
        <message>
            <source>risks</source>
            <translation>risks</translation>
        </message>
        <message>
            <source>action</source>
            <translation>action</translation>
        </message>
        <message>
            <source>actions</source>
            <translation>actions</translation>
        </message>
        <message>
            <source>objective</source>
            <translation>objective</translation>
        </message>
        <message>
            <source>objectives</source>
            <translation>objectives</translation>
        </message>
        <message>
            <source>key result</source>
            <translation>key result</translation>
        </message>
        <message>
            <source>key results</source>
            <translation>key results</translation>
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
            <translation>interaction</translation>
        </message>
        <message>
            <source>interactions</source>
            <translation>interactions</translation>
        </message>
        <message>
            <source>review</source>
            <translation>review</translation>
        </message>
        <message>
            <source>reviews</source>
            <translation>reviews</translation>
        </message>
        <message>
            <source>KAMdesk could not open “{file}” to mark its problems ({detail}). Open it in Excel or LibreOffice, save it again and try again.</source>
            <translation>KAMdesk could not open “{file}” to mark its problems ({detail}). Open it in Excel or LibreOffice, save it again and try again.</translation>
        </message>
        <message>
            <source>The errors workbook cannot replace “{file}”, the file it marks. Choose another name.</source>
            <translation>The errors workbook cannot replace “{file}”, the file it marks. Choose another name.</translation>
        </message>
    </context>
    <context>
        <name>InteractionCommands</name>
        <message numerus="yes">
            <source>Delete %n interaction(s)</source>
            <translation>
                <numerusform>Delete %n interaction</numerusform>
                <numerusform>Delete %n interactions</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>Log %1</source>
            <translation>Log %1</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>Edit %1</translation>
        </message>
    </context>
    <context>
        <name>InteractionDialog</name>
        <message>
            <source>New interaction</source>
            <translation>New interaction</translation>
        </message>
        <message>
            <source>Edit interaction</source>
            <translation>Edit interaction</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>People involved</source>
            <translation>People involved</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Each person involved gets this date as their last contact.</source>
            <translation>Each person involved gets this date as their last contact.</translation>
        </message>
        <message>
            <source>Log interaction</source>
            <translation>Log interaction</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Search by name, title, role or area</source>
            <translation>Search by name, title, role or area</translation>
        </message>
        <message>
            <source>This account has no people yet: add them on the Stakeholder map.</source>
            <translation>This account has no people yet: add them on the Stakeholder map.</translation>
        </message>
        <message>
            <source>What was discussed, what they expect, the next step agreed…</source>
            <translation>What was discussed, what they expect, the next step agreed…</translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>%n selected</numerusform>
                <numerusform>%n selected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InteractionKind</name>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Call</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
    </context>
    <context>
        <name>InteractionsModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>InteractionsPage</name>
        <message>
            <source>New interaction…</source>
            <translation>New interaction…</translation>
        </message>
        <message>
            <source>Log a meeting, call, email or visit</source>
            <translation>Log a meeting, call, email or visit</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Search kind, people or notes</source>
            <translation>Search kind, people or notes</translation>
        </message>
        <message>
            <source>Select an account to see its interaction log.</source>
            <translation>Select an account to see its interaction log.</translation>
        </message>
        <message>
            <source>No interaction logged yet. Use “New interaction…” to log a meeting, call, email or visit: the people involved get it as their last contact.</source>
            <translation>No interaction logged yet. Use “New interaction…” to log a meeting, call, email or visit: the people involved get it as their last contact.</translation>
        </message>
        <message numerus="yes">
            <source>%n interaction(s)</source>
            <translation>
                <numerusform>%n interaction</numerusform>
                <numerusform>%n interactions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KeyResultDetails</name>
        <message>
            <source>Each dot is a check-in; its colour and number: the confidence (1–10).</source>
            <translation>Each dot is a check-in; its colour and number: the confidence (1–10).</translation>
        </message>
        <message>
            <source>Edit check-in…</source>
            <translation>Edit check-in…</translation>
        </message>
        <message>
            <source>Delete check-in</source>
            <translation>Delete check-in</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Check-ins</translation>
        </message>
        <message>
            <source>Select a key result in the list above to see its check-ins.</source>
            <translation>Select a key result in the list above to see its check-ins.</translation>
        </message>
        <message>
            <source>From %1 to %2 · now %3 · %4</source>
            <translation>From %1 to %2 · now %3 · %4</translation>
        </message>
    </context>
    <context>
        <name>KeyResultDialog</name>
        <message>
            <source>New key result</source>
            <translation>New key result</translation>
        </message>
        <message>
            <source>Edit key result</source>
            <translation>Edit key result</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objective</translation>
        </message>
        <message>
            <source>e.g. Monthly volume shipped</source>
            <translation>e.g. Monthly volume shipped</translation>
        </message>
        <message>
            <source>Key result *</source>
            <translation>Key result *</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>e.g. t, %, R$ thousand, days</source>
            <translation>e.g. t, %, R$ thousand, days</translation>
        </message>
        <message>
            <source>Start *</source>
            <translation>Start *</translation>
        </message>
        <message>
            <source>where it stands now</source>
            <translation>where it stands now</translation>
        </message>
        <message>
            <source>Target *</source>
            <translation>Target *</translation>
        </message>
        <message>
            <source>where it should get</source>
            <translation>where it should get</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Increase: the target is above the start. Decrease: below it (e.g. costs).</source>
            <translation>Increase: the target is above the start. Decrease: below it (e.g. costs).</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Current</translation>
        </message>
        <message>
            <source>Create key result</source>
            <translation>Create key result</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>%1 — from the latest check-in</source>
            <translation>%1 — from the latest check-in</translation>
        </message>
        <message>
            <source>Set by the check-ins: use “Check in” to record what was measured.</source>
            <translation>Set by the check-ins: use “Check in” to record what was measured.</translation>
        </message>
    </context>
    <context>
        <name>KeyResultDirection</name>
        <message>
            <source>Increase</source>
            <translation>Increase</translation>
        </message>
        <message>
            <source>Decrease</source>
            <translation>Decrease</translation>
        </message>
    </context>
    <context>
        <name>KpiCards</name>
        <message>
            <source>Revenue</source>
            <translation>Revenue</translation>
        </message>
        <message>
            <source>Recurring revenue (MRR)</source>
            <translation>Recurring revenue (MRR)</translation>
        </message>
        <message>
            <source>Gross retention (GRR)</source>
            <translation>Gross retention (GRR)</translation>
        </message>
        <message>
            <source>Net retention (NRR)</source>
            <translation>Net retention (NRR)</translation>
        </message>
        <message>
            <source>Logo churn</source>
            <translation>Logo churn</translation>
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
            <translation>Lifetime value (CLV)</translation>
        </message>
        <message>
            <source>Acquisition cost (CAC)</source>
            <translation>Acquisition cost (CAC)</translation>
        </message>
        <message>
            <source>CLV:CAC</source>
            <translation>CLV:CAC</translation>
        </message>
        <message>
            <source>Weighted pipeline</source>
            <translation>Weighted pipeline</translation>
        </message>
        <message>
            <source>Win rate</source>
            <translation>Win rate</translation>
        </message>
        <message>
            <source>Forecast accuracy</source>
            <translation>Forecast accuracy</translation>
        </message>
        <message>
            <source>Revenue = Σ monthly revenue of every account in the period; the share under it is recurring revenue ÷ revenue.</source>
            <translation>Revenue = Σ monthly revenue of every account in the period; the share under it is recurring revenue ÷ revenue.</translation>
        </message>
        <message>
            <source>MRR = Σ recurring revenue of every account in the period's last month.</source>
            <translation>MRR = Σ recurring revenue of every account in the period's last month.</translation>
        </message>
        <message>
            <source>GRR = Σ min(MRR now, MRR 12 months before) ÷ Σ MRR 12 months before, over the accounts active 12 months before the period's last month.</source>
            <translation>GRR = Σ min(MRR now, MRR 12 months before) ÷ Σ MRR 12 months before, over the accounts active 12 months before the period's last month.</translation>
        </message>
        <message>
            <source>NRR = Σ MRR now ÷ Σ MRR 12 months before, over the accounts active 12 months before the period's last month (up-sell and cross-sell count).</source>
            <translation>NRR = Σ MRR now ÷ Σ MRR 12 months before, over the accounts active 12 months before the period's last month (up-sell and cross-sell count).</translation>
        </message>
        <message>
            <source>Logo churn = 1 − accounts still active now ÷ accounts active 12 months before the period's last month.</source>
            <translation>Logo churn = 1 − accounts still active now ÷ accounts active 12 months before the period's last month.</translation>
        </message>
        <message>
            <source>NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100, over the period's NPS responses.</source>
            <translation>NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100, over the period's NPS responses.</translation>
        </message>
        <message>
            <source>CSAT = % of the period's CSAT responses (1–5) scoring 4 or 5.</source>
            <translation>CSAT = % of the period's CSAT responses (1–5) scoring 4 or 5.</translation>
        </message>
        <message>
            <source>CLV = average monthly revenue × gross margin ÷ monthly logo churn, over the 12 months to the period's end. With no churn the lifetime has no end: no finite value.</source>
            <translation>CLV = average monthly revenue × gross margin ÷ monthly logo churn, over the 12 months to the period's end. With no churn the lifetime has no end: no finite value.</translation>
        </message>
        <message>
            <source>CAC = Σ acquisition cost of the accounts won in the period ÷ accounts won in the period (those with a known cost).</source>
            <translation>CAC = Σ acquisition cost of the accounts won in the period ÷ accounts won in the period (those with a known cost).</translation>
        </message>
        <message>
            <source>CLV:CAC = CLV ÷ CAC; 3 or more is the usual sign of healthy growth.</source>
            <translation>CLV:CAC = CLV ÷ CAC; 3 or more is the usual sign of healthy growth.</translation>
        </message>
        <message>
            <source>Weighted pipeline = Σ value × probability of the open opportunities today, whatever their expected close.</source>
            <translation>Weighted pipeline = Σ value × probability of the open opportunities today, whatever their expected close.</translation>
        </message>
        <message>
            <source>Win rate = opportunities won ÷ opportunities closed (won or lost) in the period.</source>
            <translation>Win rate = opportunities won ÷ opportunities closed (won or lost) in the period.</translation>
        </message>
        <message>
            <source>Forecast accuracy = 1 − MAPE of the committed forecast over the period's months: each month 1 − |won − forecast| ÷ won, the forecast from the snapshot taken before the month began.</source>
            <translation>Forecast accuracy = 1 − MAPE of the committed forecast over the period's months: each month 1 − |won − forecast| ÷ won, the forecast from the snapshot taken before the month began.</translation>
        </message>
        <message>
            <source>%1 pp</source>
            <translation>%1 pp</translation>
        </message>
        <message>
            <source>%1 pts</source>
            <translation>%1 pts</translation>
        </message>
        <message>
            <source>Unbounded</source>
            <translation>Unbounded</translation>
        </message>
        <message>
            <source>no comparison</source>
            <translation>no comparison</translation>
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
            <translation>Targeting</translation>
        </message>
        <message>
            <source>Acquisition</source>
            <translation>Acquisition</translation>
        </message>
        <message>
            <source>Development</source>
            <translation>Development</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Retention</translation>
        </message>
        <message>
            <source>Recovery</source>
            <translation>Recovery</translation>
        </message>
    </context>
    <context>
        <name>LinkKind</name>
        <message>
            <source>Reports to</source>
            <translation>Reports to</translation>
        </message>
        <message>
            <source>Influences</source>
            <translation>Influences</translation>
        </message>
        <message>
            <source>Alliance</source>
            <translation>Alliance</translation>
        </message>
        <message>
            <source>Rivalry</source>
            <translation>Rivalry</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New portfolio…</source>
            <translation>&amp;New portfolio…</translation>
        </message>
        <message>
            <source>&amp;Open portfolio…</source>
            <translation>&amp;Open portfolio…</translation>
        </message>
        <message>
            <source>Save a &amp;copy…</source>
            <translation>Save a &amp;copy…</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Backups…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <source>Connect to team ser&amp;ver…</source>
            <translation>Connect to team ser&amp;ver…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferences…</translation>
        </message>
        <message>
            <source>&amp;Accounts</source>
            <translation>&amp;Accounts</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Open the &amp;demo portfolio</source>
            <translation>Open the &amp;demo portfolio</translation>
        </message>
        <message>
            <source>&amp;Routine guide</source>
            <translation>&amp;Routine guide</translation>
        </message>
        <message>
            <source>&amp;About KAMdesk</source>
            <translation>&amp;About KAMdesk</translation>
        </message>
        <message>
            <source>No recent portfolios</source>
            <translation>No recent portfolios</translation>
        </message>
        <message>
            <source>Team servers</source>
            <translation>Team servers</translation>
        </message>
        <message>
            <source>Account: </source>
            <translation>Account: </translation>
        </message>
        <message>
            <source>Whole portfolio</source>
            <translation>Whole portfolio</translation>
        </message>
        <message>
            <source>Show the whole portfolio instead of one account</source>
            <translation>Show the whole portfolio instead of one account</translation>
        </message>
        <message>
            <source>&amp;Portfolio</source>
            <translation>&amp;Portfolio</translation>
        </message>
        <message>
            <source>A&amp;ccounts</source>
            <translation>A&amp;ccounts</translation>
        </message>
        <message>
            <source>&amp;Stakeholder map</source>
            <translation>&amp;Stakeholder map</translation>
        </message>
        <message>
            <source>P&amp;ipeline</source>
            <translation>P&amp;ipeline</translation>
        </message>
        <message>
            <source>&amp;OKRs</source>
            <translation>&amp;OKRs</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Undo %1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Redo %1</translation>
        </message>
        <message>
            <source>team server</source>
            <translation>team server</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n active account(s)</source>
            <translation>
                <numerusform>%1 · %n active account</numerusform>
                <numerusform>%1 · %n active accounts</numerusform>
            </translation>
        </message>
        <message>
            <source>A team portfolio's backups are made by whoever runs the server.</source>
            <translation>A team portfolio's backups are made by whoever runs the server.</translation>
        </message>
        <message>
            <source>The change could not be saved.</source>
            <translation>The change could not be saved.</translation>
        </message>
        <message>
            <source>The portfolio was left as it was. Details: %1</source>
            <translation>The portfolio was left as it was. Details: %1</translation>
        </message>
        <message>
            <source>KAMdesk portfolios (*%1)</source>
            <translation>KAMdesk portfolios (*%1)</translation>
        </message>
        <message>
            <source>Open portfolio</source>
            <translation>Open portfolio</translation>
        </message>
        <message>
            <source>Portfolio updated to this version; a backup was kept in %1</source>
            <translation>Portfolio updated to this version; a backup was kept in %1</translation>
        </message>
        <message>
            <source>New portfolio</source>
            <translation>New portfolio</translation>
        </message>
        <message>
            <source> (copy)</source>
            <translation> (copy)</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Save a copy</translation>
        </message>
        <message>
            <source>The copy could not be saved.</source>
            <translation>The copy could not be saved.</translation>
        </message>
        <message>
            <source>Copy saved: %1</source>
            <translation>Copy saved: %1</translation>
        </message>
        <message>
            <source>Writing a demo portfolio with 40 accounts…</source>
            <translation>Writing a demo portfolio with 40 accounts…</translation>
        </message>
        <message>
            <source>Demo portfolio</source>
            <translation>Demo portfolio</translation>
        </message>
        <message>
            <source>The demo portfolio could not be written.</source>
            <translation>The demo portfolio could not be written.</translation>
        </message>
        <message>
            <source>About KAMdesk</source>
            <translation>About KAMdesk</translation>
        </message>
        <message>
            <source>&lt;b&gt;KAMdesk %1&lt;/b&gt;&lt;p&gt;Key account management on your desktop: ICP and tiers, stakeholder maps, pipeline, OKRs and account health.&lt;/p&gt;</source>
            <translation>&lt;b&gt;KAMdesk %1&lt;/b&gt;&lt;p&gt;Key account management on your desktop: ICP and tiers, stakeholder maps, pipeline, OKRs and account health.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MapCommands</name>
        <message numerus="yes">
            <source>Delete %n person(s)</source>
            <translation>
                <numerusform>Delete %n person</numerusform>
                <numerusform>Delete %n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n card(s)</source>
            <translation>
                <numerusform>Move %n card</numerusform>
                <numerusform>Move %n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n link(s)</source>
            <translation>
                <numerusform>Delete %n link</numerusform>
                <numerusform>Delete %n links</numerusform>
            </translation>
        </message>
        <message>
            <source>Add “%1” to the map</source>
            <translation>Add “%1” to the map</translation>
        </message>
        <message>
            <source>Arrange as org chart</source>
            <translation>Arrange as org chart</translation>
        </message>
        <message>
            <source>Add link</source>
            <translation>Add link</translation>
        </message>
        <message>
            <source>Record map review</source>
            <translation>Record map review</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>Edit “%1”</translation>
        </message>
        <message>
            <source>Edit link</source>
            <translation>Edit link</translation>
        </message>
    </context>
    <context>
        <name>MapLegend</name>
        <message>
            <source>Contact overdue</source>
            <translation>Contact overdue</translation>
        </message>
        <message>
            <source>Relationship strength (1–5)</source>
            <translation>Relationship strength (1–5)</translation>
        </message>
        <message>
            <source>Bigger card = more influence</source>
            <translation>Bigger card = more influence</translation>
        </message>
    </context>
    <context>
        <name>MapTrendChart</name>
        <message>
            <source>Trend of the map reviews</source>
            <translation>Trend of the map reviews</translation>
        </message>
        <message>
            <source>Sponsor coverage</source>
            <translation>Sponsor coverage</translation>
        </message>
        <message>
            <source>↑ better</source>
            <translation>↑ better</translation>
        </message>
        <message>
            <source>Resistance</source>
            <translation>Resistance</translation>
        </message>
        <message>
            <source>↓ better</source>
            <translation>↓ better</translation>
        </message>
        <message>
            <source>Map review of %1</source>
            <translation>Map review of %1</translation>
        </message>
        <message>
            <source>Sponsor coverage: %1</source>
            <translation>Sponsor coverage: %1</translation>
        </message>
        <message>
            <source>Resistance: %1</source>
            <translation>Resistance: %1</translation>
        </message>
        <message>
            <source>No map review recorded yet.</source>
            <translation>No map review recorded yet.</translation>
        </message>
    </context>
    <context>
        <name>MembersModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Owner name of their accounts</source>
            <translation>Owner name of their accounts</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
    </context>
    <context>
        <name>MoveOpportunitiesDialog</name>
        <message>
            <source>Delete stage</source>
            <translation>Delete stage</translation>
        </message>
        <message numerus="yes">
            <source>“%1” holds %n opportunity(s). Before the stage is deleted, they move to:</source>
            <translation>
                <numerusform>“%1” holds %n opportunity. Before the stage is deleted, they move to:</numerusform>
                <numerusform>“%1” holds %n opportunities. Before the stage is deleted, they move to:</numerusform>
            </translation>
        </message>
        <message>
            <source>Move and delete</source>
            <translation>Move and delete</translation>
        </message>
        <message>
            <source>Their stage history moves with them and their dates stay as they are. Undo brings the stage back with its opportunities.</source>
            <translation>Their stage history moves with them and their dates stay as they are. Undo brings the stage back with its opportunities.</translation>
        </message>
    </context>
    <context>
        <name>NewAccountDialog</name>
        <message>
            <source>New account</source>
            <translation>New account</translation>
        </message>
        <message>
            <source>How your team calls the client</source>
            <translation>How your team calls the client</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>CNPJ</source>
            <translation>CNPJ</translation>
        </message>
        <message>
            <source>Owner (KAM)</source>
            <translation>Owner (KAM)</translation>
        </message>
    </context>
    <context>
        <name>ObjectiveDialog</name>
        <message>
            <source>New objective</source>
            <translation>New objective</translation>
        </message>
        <message>
            <source>Edit objective</source>
            <translation>Edit objective</translation>
        </message>
        <message>
            <source>Whole portfolio</source>
            <translation>Whole portfolio</translation>
        </message>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>e.g. Become the preferred logistics partner</source>
            <translation>e.g. Become the preferred logistics partner</translation>
        </message>
        <message>
            <source>Objective *</source>
            <translation>Objective *</translation>
        </message>
        <message>
            <source>Period *</source>
            <translation>Period *</translation>
        </message>
        <message>
            <source>No strategy</source>
            <translation>No strategy</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Strategy</translation>
        </message>
        <message>
            <source>The account strategy this objective turns into results</source>
            <translation>The account strategy this objective turns into results</translation>
        </message>
        <message>
            <source>Create objective</source>
            <translation>Create objective</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>A quarter (2027-Q1), a half year (2027-H1) or a year (2027) of the fiscal year</source>
            <translation>A quarter (2027-Q1), a half year (2027-H1) or a year (2027) of the fiscal year</translation>
        </message>
        <message>
            <source>A quarter (2027-Q1), a half year (2027-H1) or a year (2027)</source>
            <translation>A quarter (2027-Q1), a half year (2027-H1) or a year (2027)</translation>
        </message>
        <message>
            <source>From %1 to %2</source>
            <translation>From %1 to %2</translation>
        </message>
    </context>
    <context>
        <name>OkrCommands</name>
        <message>
            <source>New objective “%1”</source>
            <translation>New objective “%1”</translation>
        </message>
        <message>
            <source>Edit objective “%1”</source>
            <translation>Edit objective “%1”</translation>
        </message>
        <message>
            <source>Delete objective “%1”</source>
            <translation>Delete objective “%1”</translation>
        </message>
        <message>
            <source>New key result “%1”</source>
            <translation>New key result “%1”</translation>
        </message>
        <message>
            <source>Edit key result “%1”</source>
            <translation>Edit key result “%1”</translation>
        </message>
        <message>
            <source>Delete key result “%1”</source>
            <translation>Delete key result “%1”</translation>
        </message>
        <message>
            <source>Check-in of “%1”</source>
            <translation>Check-in of “%1”</translation>
        </message>
        <message>
            <source>Edit check-in of “%1”</source>
            <translation>Edit check-in of “%1”</translation>
        </message>
        <message>
            <source>Delete check-in of %1 of “%2”</source>
            <translation>Delete check-in of %1 of “%2”</translation>
        </message>
    </context>
    <context>
        <name>OkrTexts</name>
        <message>
            <source>On track</source>
            <translation>On track</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>At risk</translation>
        </message>
        <message>
            <source>Off track</source>
            <translation>Off track</translation>
        </message>
        <message>
            <source>Progress against the share of the period gone by, and the latest confidence:
on track — at least 90 % of the expected progress and confidence 7 or more;
off track — under 60 % of the expected progress, or confidence 3 or less;
at risk — anything in between.</source>
            <translation>Progress against the share of the period gone by, and the latest confidence:
on track — at least 90 % of the expected progress and confidence 7 or more;
off track — under 60 % of the expected progress, or confidence 3 or less;
at risk — anything in between.</translation>
        </message>
        <message>
            <source>good (0.7–1.0)</source>
            <translation>good (0.7–1.0)</translation>
        </message>
        <message>
            <source>progress, fell short (0.4–0.6)</source>
            <translation>progress, fell short (0.4–0.6)</translation>
        </message>
        <message>
            <source>missed (0.0–0.3)</source>
            <translation>missed (0.0–0.3)</translation>
        </message>
        <message>
            <source>Final grade %1: %2</source>
            <translation>Final grade %1: %2</translation>
        </message>
        <message>
            <source>Grade so far %1: %2 — final when the period ends</source>
            <translation>Grade so far %1: %2 — final when the period ends</translation>
        </message>
    </context>
    <context>
        <name>OkrTreeModel</name>
        <message>
            <source>Objective / key result</source>
            <translation>Objective / key result</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Strategy</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Current / target</source>
            <translation>Current / target</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Confidence</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Key result: (current − start) ÷ (target − start), from 0 to 100 %.
Objective: the mean of its key results.</source>
            <translation>Key result: (current − start) ÷ (target − start), from 0 to 100 %.
Objective: the mean of its key results.</translation>
        </message>
        <message>
            <source>Key result: the confidence (1–10) of its latest check-in.
Objective: the lowest among its key results.</source>
            <translation>Key result: the confidence (1–10) of its latest check-in.
Objective: the lowest among its key results.</translation>
        </message>
        <message>
            <source>End-of-period grade from 0.0 to 1.0: 0.7 or more is good.
In grey while the period runs: the grade so far.</source>
            <translation>End-of-period grade from 0.0 to 1.0: 0.7 or more is good.
In grey while the period runs: the grade so far.</translation>
        </message>
        <message>
            <source>Whole portfolio</source>
            <translation>Whole portfolio</translation>
        </message>
        <message>
            <source>From %1 to %2 (%3)</source>
            <translation>From %1 to %2 (%3)</translation>
        </message>
        <message>
            <source>%1 of the period gone by</source>
            <translation>%1 of the period gone by</translation>
        </message>
    </context>
    <context>
        <name>OkrsTab</name>
        <message>
            <source>New objective…</source>
            <translation>New objective…</translation>
        </message>
        <message>
            <source>An objective for the selected account, or for the whole portfolio</source>
            <translation>An objective for the selected account, or for the whole portfolio</translation>
        </message>
        <message>
            <source>New key result…</source>
            <translation>New key result…</translation>
        </message>
        <message>
            <source>A measurable result of the selected objective</source>
            <translation>A measurable result of the selected objective</translation>
        </message>
        <message>
            <source>Check in…</source>
            <translation>Check in…</translation>
        </message>
        <message>
            <source>Record the value measured today for the selected key result</source>
            <translation>Record the value measured today for the selected key result</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Edit the selected objective or key result</source>
            <translation>Edit the selected objective or key result</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete the selected objective (with its key results) or key result (undoable)</source>
            <translation>Delete the selected objective (with its key results) or key result (undoable)</translation>
        </message>
        <message>
            <source>Show the objectives of one period</source>
            <translation>Show the objectives of one period</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Whole portfolio: every objective</source>
            <translation>Whole portfolio: every objective</translation>
        </message>
        <message>
            <source>Objectives of %1</source>
            <translation>Objectives of %1</translation>
        </message>
        <message>
            <source>All periods</source>
            <translation>All periods</translation>
        </message>
        <message>
            <source>Running today</source>
            <translation>Running today</translation>
        </message>
        <message>
            <source>No objectives yet. Create one with “New objective…”: for an account or for the whole portfolio, then add its key results and check in every month.</source>
            <translation>No objectives yet. Create one with “New objective…”: for an account or for the whole portfolio, then add its key results and check in every month.</translation>
        </message>
        <message>
            <source>%1 has no objectives yet. Create one with “New objective…”, add its key results, then check in every month.</source>
            <translation>%1 has no objectives yet. Create one with “New objective…”, add its key results, then check in every month.</translation>
        </message>
        <message numerus="yes">
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n objective</numerusform>
                <numerusform>%n objectives</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 on track · %2 at risk · %3 off track</source>
            <translation>%1 on track · %2 at risk · %3 off track</translation>
        </message>
    </context>
    <context>
        <name>OpportunitiesModel</name>
        <message>
            <source>Opportunity</source>
            <translation>Opportunity</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Monthly recurring</source>
            <translation>Monthly recurring</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Probability</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>Weighted</translation>
        </message>
        <message>
            <source>Forecast category</source>
            <translation>Forecast category</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Expected close</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Next step</translation>
        </message>
        <message>
            <source>Value = one-time value + 12 × monthly recurring value</source>
            <translation>Value = one-time value + 12 × monthly recurring value</translation>
        </message>
        <message>
            <source>The opportunity's own probability, else its stage's default</source>
            <translation>The opportunity's own probability, else its stage's default</translation>
        </message>
        <message>
            <source>Weighted value = value × probability</source>
            <translation>Weighted value = value × probability</translation>
        </message>
    </context>
    <context>
        <name>OpportunityDialog</name>
        <message>
            <source>New opportunity</source>
            <translation>New opportunity</translation>
        </message>
        <message>
            <source>Edit opportunity</source>
            <translation>Edit opportunity</translation>
        </message>
        <message>
            <source>Create opportunity</source>
            <translation>Create opportunity</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <source>Type to search an account…</source>
            <translation>Type to search an account…</translation>
        </message>
        <message>
            <source>Account *</source>
            <translation>Account *</translation>
        </message>
        <message>
            <source>e.g. ERP rollout in the north plants</source>
            <translation>e.g. ERP rollout in the north plants</translation>
        </message>
        <message>
            <source>Title *</source>
            <translation>Title *</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>No product</source>
            <translation>No product</translation>
        </message>
        <message>
            <source>Product line</source>
            <translation>Product line</translation>
        </message>
        <message>
            <source>The part of the client's organization that buys</source>
            <translation>The part of the client's organization that buys</translation>
        </message>
        <message>
            <source>Org unit</source>
            <translation>Org unit</translation>
        </message>
        <message>
            <source>Who leads the deal</source>
            <translation>Who leads the deal</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Who else is in the running</source>
            <translation>Who else is in the running</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Competitor</translation>
        </message>
        <message>
            <source>Value and forecast</source>
            <translation>Value and forecast</translation>
        </message>
        <message>
            <source>One-time value</source>
            <translation>One-time value</translation>
        </message>
        <message>
            <source>Monthly recurring</source>
            <translation>Monthly recurring</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Leave at the stage default unless this deal is clearly more or less likely</source>
            <translation>Leave at the stage default unless this deal is clearly more or less likely</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Probability</translation>
        </message>
        <message>
            <source>How sure you are that it closes in its period: pipeline, best case, commit</source>
            <translation>How sure you are that it closes in its period: pipeline, best case, commit</translation>
        </message>
        <message>
            <source>Forecast category</source>
            <translation>Forecast category</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>not set</translation>
        </message>
        <message>
            <source>No expected close date</source>
            <translation>No expected close date</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Expected close</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>e.g. Send the revised proposal by Friday</source>
            <translation>e.g. Send the revised proposal by Friday</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Next step</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>In red: the close date moved out, or the value went down.</source>
            <translation>In red: the close date moved out, or the value went down.</translation>
        </message>
        <message>
            <source>%1 (archived)</source>
            <translation>%1 (archived)</translation>
        </message>
        <message>
            <source>Whole account (no unit)</source>
            <translation>Whole account (no unit)</translation>
        </message>
        <message>
            <source>stage default (%1)</source>
            <translation>stage default (%1)</translation>
        </message>
        <message>
            <source>Why it was won *</source>
            <translation>Why it was won *</translation>
        </message>
        <message>
            <source>Why it was lost *</source>
            <translation>Why it was lost *</translation>
        </message>
        <message>
            <source>e.g. Best total cost over three years</source>
            <translation>e.g. Best total cost over three years</translation>
        </message>
        <message>
            <source>e.g. The competitor's price was 15 % lower</source>
            <translation>e.g. The competitor's price was 15 % lower</translation>
        </message>
        <message>
            <source>= %1 (one-time + 12 × monthly)
weighted: %2 at %3</source>
            <translation>= %1 (one-time + 12 × monthly)
weighted: %2 at %3</translation>
        </message>
        <message>
            <source>Choose an account from the list.</source>
            <translation>Choose an account from the list.</translation>
        </message>
    </context>
    <context>
        <name>OpportunityHistoryModel</name>
        <message>
            <source>Changed on</source>
            <translation>Changed on</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Expected close</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Probability</translation>
        </message>
        <message>
            <source>Was %1</source>
            <translation>Was %1</translation>
        </message>
        <message>
            <source>(deleted stage)</source>
            <translation>(deleted stage)</translation>
        </message>
        <message>
            <source>stage default</source>
            <translation>stage default</translation>
        </message>
    </context>
    <context>
        <name>OpportunityType</name>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Cross-sell</source>
            <translation>Cross-sell</translation>
        </message>
        <message>
            <source>Up-sell</source>
            <translation>Up-sell</translation>
        </message>
        <message>
            <source>Renewal</source>
            <translation>Renewal</translation>
        </message>
    </context>
    <context>
        <name>OrgUnitKind</name>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Business unit</source>
            <translation>Business unit</translation>
        </message>
        <message>
            <source>Directorate</source>
            <translation>Directorate</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
    </context>
    <context>
        <name>OrgUnitsModel</name>
        <message>
            <source>Org unit</source>
            <translation>Org unit</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Target area</source>
            <translation>Target area</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Double-click a name to rename the unit</source>
            <translation>Double-click a name to rename the unit</translation>
        </message>
        <message>
            <source>Company, business unit, directorate or area</source>
            <translation>Company, business unit, directorate or area</translation>
        </message>
        <message>
            <source>Target areas count in sponsor coverage: each needs at least one sponsor</source>
            <translation>Target areas count in sponsor coverage: each needs at least one sponsor</translation>
        </message>
        <message>
            <source>People placed directly in the unit</source>
            <translation>People placed directly in the unit</translation>
        </message>
        <message>
            <source>Not a target area: tick to count it in coverage</source>
            <translation>Not a target area: tick to count it in coverage</translation>
        </message>
        <message>
            <source>Target area with a sponsor</source>
            <translation>Target area with a sponsor</translation>
        </message>
        <message>
            <source>Target area without a sponsor yet</source>
            <translation>Target area without a sponsor yet</translation>
        </message>
    </context>
    <context>
        <name>OrgUnitsPanel</name>
        <message>
            <source>Add unit</source>
            <translation>Add unit</translation>
        </message>
        <message>
            <source>Add a unit beside the selected one (a company when none is selected)</source>
            <translation>Add a unit beside the selected one (a company when none is selected)</translation>
        </message>
        <message>
            <source>Add sub-unit</source>
            <translation>Add sub-unit</translation>
        </message>
        <message>
            <source>Add a unit inside the selected one, one level below it</source>
            <translation>Add a unit inside the selected one, one level below it</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Rename</translation>
        </message>
        <message>
            <source>Type a new name for the selected unit</source>
            <translation>Type a new name for the selected unit</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete the selected units; their people stay, without a unit (undoable)</source>
            <translation>Delete the selected units; their people stay, without a unit (undoable)</translation>
        </message>
        <message>
            <source>No org units yet. Add the company first, then its business units, directorates and areas, and tick “Target area” where you need a sponsor.</source>
            <translation>No org units yet. Add the company first, then its business units, directorates and areas, and tick “Target area” where you need a sponsor.</translation>
        </message>
        <message>
            <source>The org unit could not be added.</source>
            <translation>The org unit could not be added.</translation>
        </message>
        <message>
            <source>“%1” cannot be moved there.</source>
            <translation>“%1” cannot be moved there.</translation>
        </message>
        <message>
            <source>“%1” could not be renamed.</source>
            <translation>“%1” could not be renamed.</translation>
        </message>
        <message>
            <source>“%1” could not be changed.</source>
            <translation>“%1” could not be changed.</translation>
        </message>
        <message>
            <source>Delete “%1”?</source>
            <translation>Delete “%1”?</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n org unit(s)?</source>
            <translation>
                <numerusform>Delete %n org unit?</numerusform>
                <numerusform>Delete %n org units?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) will stay without an org unit.</source>
            <translation>
                <numerusform>%n person will stay without an org unit.</numerusform>
                <numerusform>%n people will stay without an org unit.</numerusform>
            </translation>
        </message>
        <message>
            <source>The sub-units move up to the unit above.</source>
            <translation>The sub-units move up to the unit above.</translation>
        </message>
        <message>
            <source>You can undo it with Edit ▸ Undo.</source>
            <translation>You can undo it with Edit ▸ Undo.</translation>
        </message>
        <message>
            <source>Delete org units</source>
            <translation>Delete org units</translation>
        </message>
        <message>
            <source>New company</source>
            <translation>New company</translation>
        </message>
        <message>
            <source>New business unit</source>
            <translation>New business unit</translation>
        </message>
        <message>
            <source>New directorate</source>
            <translation>New directorate</translation>
        </message>
        <message>
            <source>New area</source>
            <translation>New area</translation>
        </message>
    </context>
    <context>
        <name>PeopleChecklist</name>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Last contact: %1</source>
            <translation>Last contact: %1</translation>
        </message>
    </context>
    <context>
        <name>PeopleTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Job title</translation>
        </message>
        <message>
            <source>Org unit</source>
            <translation>Org unit</translation>
        </message>
        <message>
            <source>Buying role</source>
            <translation>Buying role</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Stance</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Influence</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Last contact</translation>
        </message>
    </context>
    <context>
        <name>PeriodSelector</name>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Compare months, fiscal quarters or fiscal years</source>
            <translation>Compare months, fiscal quarters or fiscal years</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>Previous period</translation>
        </message>
        <message>
            <source>Next period</source>
            <translation>Next period</translation>
        </message>
        <message>
            <source>Latest complete</source>
            <translation>Latest complete</translation>
        </message>
        <message>
            <source>Back to the last complete period</source>
            <translation>Back to the last complete period</translation>
        </message>
        <message>
            <source>%1 (so far)</source>
            <translation>%1 (so far)</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>New person</source>
            <translation>New person</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>e.g. Procurement director</source>
            <translation>e.g. Procurement director</translation>
        </message>
        <message>
            <source>1 = little say in the decision, 5 = decides</source>
            <translation>1 = little say in the decision, 5 = decides</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Job title</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Stance</translation>
        </message>
        <message>
            <source>Influence (1–5)</source>
            <translation>Influence (1–5)</translation>
        </message>
    </context>
    <context>
        <name>PipelineAttention</name>
        <message>
            <source>The expected close date ({expected_close}) has passed.</source>
            <translation>The expected close date ({expected_close}) has passed.</translation>
        </message>
        <message>
            <source>No expected close date.</source>
            <translation>No expected close date.</translation>
        </message>
        <message>
            <source>Not updated for {days} days.</source>
            <translation>Not updated for {days} days.</translation>
        </message>
        <message>
            <source>No next step.</source>
            <translation>No next step.</translation>
        </message>
        <message>
            <source>{days} days in this stage; deals usually move on within {usual_days} days.</source>
            <translation>{days} days in this stage; deals usually move on within {usual_days} days.</translation>
        </message>
    </context>
    <context>
        <name>PipelineBoard</name>
        <message>
            <source>No next step</source>
            <translation>No next step</translation>
        </message>
        <message>
            <source>No close date</source>
            <translation>No close date</translation>
        </message>
        <message>
            <source>No opportunities in this stage.
Drag cards here to move them.</source>
            <translation>No opportunities in this stage.
Drag cards here to move them.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Move to</translation>
        </message>
        <message>
            <source>Nothing was moved to %1.</source>
            <translation>Nothing was moved to %1.</translation>
        </message>
        <message numerus="yes">
            <source>Move %n opportunity(s) to %1</source>
            <translation>
                <numerusform>Move %n opportunity to %1</numerusform>
                <numerusform>Move %n opportunities to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more problem(s).</source>
            <translation>
                <numerusform>… and %n more problem.</numerusform>
                <numerusform>… and %n more problems.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PipelineCommands</name>
        <message numerus="yes">
            <source>Delete %n opportunity(s)</source>
            <translation>
                <numerusform>Delete %n opportunity</numerusform>
                <numerusform>Delete %n opportunities</numerusform>
            </translation>
        </message>
        <message>
            <source>New opportunity “%1”</source>
            <translation>New opportunity “%1”</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>Edit “%1”</translation>
        </message>
        <message>
            <source>Move “%1” to %2</source>
            <translation>Move “%1” to %2</translation>
        </message>
        <message>
            <source>Pipeline review of the portfolio</source>
            <translation>Pipeline review of the portfolio</translation>
        </message>
        <message>
            <source>Pipeline review of “%1”</source>
            <translation>Pipeline review of “%1”</translation>
        </message>
    </context>
    <context>
        <name>PipelineReview</name>
        <message>
            <source>Close date passed</source>
            <translation>Close date passed</translation>
        </message>
        <message>
            <source>No close date</source>
            <translation>No close date</translation>
        </message>
        <message>
            <source>No recent update</source>
            <translation>No recent update</translation>
        </message>
        <message>
            <source>No next step</source>
            <translation>No next step</translation>
        </message>
        <message>
            <source>Stuck in stage</source>
            <translation>Stuck in stage</translation>
        </message>
    </context>
    <context>
        <name>PipelineReviewView</name>
        <message>
            <source>Reading the pipeline review…</source>
            <translation>Reading the pipeline review…</translation>
        </message>
        <message>
            <source>Show the opportunities of one reason only</source>
            <translation>Show the opportunities of one reason only</translation>
        </message>
        <message>
            <source>Nothing needs attention: every open opportunity has a close date ahead, a next step and recent news.</source>
            <translation>Nothing needs attention: every open opportunity has a close date ahead, a next step and recent news.</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Needs attention</translation>
        </message>
        <message>
            <source>No close date was pushed out and no value changed this month.</source>
            <translation>No close date was pushed out and no value changed this month.</translation>
        </message>
        <message>
            <source>Slipped this month</source>
            <translation>Slipped this month</translation>
        </message>
        <message>
            <source>Once a month, go through the list with the opportunity owners: update close dates and next steps, drop what is dead. Then note what was agreed and record the review.</source>
            <translation>Once a month, go through the list with the opportunity owners: update close dates and next steps, drop what is dead. Then note what was agreed and record the review.</translation>
        </message>
        <message>
            <source>What was agreed: deals to push, to close, to drop, help needed…</source>
            <translation>What was agreed: deals to push, to close, to drop, help needed…</translation>
        </message>
        <message>
            <source>Record pipeline review</source>
            <translation>Record pipeline review</translation>
        </message>
        <message>
            <source>Record the review</source>
            <translation>Record the review</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Records the review of this account with your notes (undoable)</source>
            <translation>Records the review of this account with your notes (undoable)</translation>
        </message>
        <message>
            <source>Records the review of every active account with open opportunities, with your notes (undoable)</source>
            <translation>Records the review of every active account with open opportunities, with your notes (undoable)</translation>
        </message>
        <message>
            <source>Monthly pipeline review — all accounts</source>
            <translation>Monthly pipeline review — all accounts</translation>
        </message>
        <message>
            <source>Monthly pipeline review — %1</source>
            <translation>Monthly pipeline review — %1</translation>
        </message>
        <message>
            <source>Every reason</source>
            <translation>Every reason</translation>
        </message>
        <message numerus="yes">
            <source>%n opportunity(s)</source>
            <translation>
                <numerusform>%n opportunity</numerusform>
                <numerusform>%n opportunities</numerusform>
            </translation>
        </message>
        <message>
            <source>No pipeline review recorded yet.</source>
            <translation>No pipeline review recorded yet.</translation>
        </message>
        <message>
            <source>Last review: %1</source>
            <translation>Last review: %1</translation>
        </message>
        <message>
            <source>%1 — due again in %2</source>
            <translation>%1 — due again in %2</translation>
        </message>
        <message>
            <source>%1 — due this month</source>
            <translation>%1 — due this month</translation>
        </message>
        <message>
            <source>%1 — overdue (was due in %2)</source>
            <translation>%1 — overdue (was due in %2)</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <translation>MMMM yyyy</translation>
        </message>
        <message>
            <source>The pipeline review was not recorded.</source>
            <translation>The pipeline review was not recorded.</translation>
        </message>
    </context>
    <context>
        <name>PipelineStage</name>
        <message>
            <source>Prospecting</source>
            <translation>Prospecting</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>Qualification</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Proposal</translation>
        </message>
        <message>
            <source>Negotiation</source>
            <translation>Negotiation</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Won</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Lost</translation>
        </message>
    </context>
    <context>
        <name>PipelineTab</name>
        <message>
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <source>One column per stage; drag cards along</source>
            <translation>One column per stage; drag cards along</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>One row per opportunity, sortable</source>
            <translation>One row per opportunity, sortable</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Forecast</translation>
        </message>
        <message>
            <source>Forecast against target by month or quarter, stage funnel and accuracy</source>
            <translation>Forecast against target by month or quarter, stage funnel and accuracy</translation>
        </message>
        <message>
            <source>Monthly review</source>
            <translation>Monthly review</translation>
        </message>
        <message>
            <source>What needs attention, what slipped, and recording the monthly review</source>
            <translation>What needs attention, what slipped, and recording the monthly review</translation>
        </message>
        <message>
            <source>Whitespace</source>
            <translation>Whitespace</translation>
        </message>
        <message>
            <source>Where each product line is bought, in play, or not offered yet</source>
            <translation>Where each product line is bought, in play, or not offered yet</translation>
        </message>
        <message>
            <source>New opportunity</source>
            <translation>New opportunity</translation>
        </message>
        <message>
            <source>Add an opportunity to the selected account</source>
            <translation>Add an opportunity to the selected account</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Open the selected opportunity</source>
            <translation>Open the selected opportunity</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete the selected opportunities (undoable)</source>
            <translation>Delete the selected opportunities (undoable)</translation>
        </message>
        <message>
            <source>Open pipeline: value and weighted value (value × probability)</source>
            <translation>Open pipeline: value and weighted value (value × probability)</translation>
        </message>
        <message>
            <source>Selected account</source>
            <translation>Selected account</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>All accounts</translation>
        </message>
        <message>
            <source>Every type</source>
            <translation>Every type</translation>
        </message>
        <message>
            <source>Expected close within</source>
            <translation>Expected close within</translation>
        </message>
        <message>
            <source>Any close date</source>
            <translation>Any close date</translation>
        </message>
        <message>
            <source>Closing this month</source>
            <translation>Closing this month</translation>
        </message>
        <message>
            <source>Closing this quarter</source>
            <translation>Closing this quarter</translation>
        </message>
        <message>
            <source>Closing next quarter</source>
            <translation>Closing next quarter</translation>
        </message>
        <message>
            <source>Closing this year</source>
            <translation>Closing this year</translation>
        </message>
        <message>
            <source>Show won and lost</source>
            <translation>Show won and lost</translation>
        </message>
        <message>
            <source>Search title, account, owner, next step…</source>
            <translation>Search title, account, owner, next step…</translation>
        </message>
        <message>
            <source>Every owner</source>
            <translation>Every owner</translation>
        </message>
        <message>
            <source>%1 open · %2 · weighted %3</source>
            <translation>%1 open · %2 · weighted %3</translation>
        </message>
    </context>
    <context>
        <name>PortfolioErrors</name>
        <message>
            <source>“%1” was not found.</source>
            <translation>“%1” was not found.</translation>
        </message>
        <message>
            <source>It may have been moved, renamed or be on a drive that is not connected.</source>
            <translation>It may have been moved, renamed or be on a drive that is not connected.</translation>
        </message>
        <message>
            <source>“%1” is not a KAMdesk portfolio.</source>
            <translation>“%1” is not a KAMdesk portfolio.</translation>
        </message>
        <message>
            <source>Choose a .kamdesk file. To bring in a spreadsheet, use File ▸ Import from Excel.</source>
            <translation>Choose a .kamdesk file. To bring in a spreadsheet, use File ▸ Import from Excel.</translation>
        </message>
        <message>
            <source>“%1” was saved by a newer version of KAMdesk.</source>
            <translation>“%1” was saved by a newer version of KAMdesk.</translation>
        </message>
        <message>
            <source>Update KAMdesk to open it. The file was not changed.</source>
            <translation>Update KAMdesk to open it. The file was not changed.</translation>
        </message>
        <message>
            <source>“%1” cannot be changed (read-only file or folder).</source>
            <translation>“%1” cannot be changed (read-only file or folder).</translation>
        </message>
        <message>
            <source>Copy it to a folder you can write to, such as Documents, and open the copy.</source>
            <translation>Copy it to a folder you can write to, such as Documents, and open the copy.</translation>
        </message>
        <message>
            <source>“%1” is already open in another KAMdesk window.</source>
            <translation>“%1” is already open in another KAMdesk window.</translation>
        </message>
        <message>
            <source>Switch to that window, or close it and try again.</source>
            <translation>Switch to that window, or close it and try again.</translation>
        </message>
        <message>
            <source>“%1” is damaged.</source>
            <translation>“%1” is damaged.</translation>
        </message>
        <message>
            <source>Restore a backup from File ▸ Backups. The file was not changed.</source>
            <translation>Restore a backup from File ▸ Backups. The file was not changed.</translation>
        </message>
        <message>
            <source>“%1” could not be opened.</source>
            <translation>“%1” could not be opened.</translation>
        </message>
        <message>
            <source>Your role in “%1” does not allow this change.</source>
            <translation>Your role in “%1” does not allow this change.</translation>
        </message>
        <message>
            <source>KAMs change only the accounts they own, viewers change nothing, and portfolio settings are the director's. Nothing was saved; ask your director if you need it changed.</source>
            <translation>KAMs change only the accounts they own, viewers change nothing, and portfolio settings are the director's. Nothing was saved; ask your director if you need it changed.</translation>
        </message>
        <message>
            <source>The server of “%1” cannot be reached.</source>
            <translation>The server of “%1” cannot be reached.</translation>
        </message>
        <message>
            <source>Check your internet or company network connection and the server name (%1), then try again. If it keeps failing, ask whoever runs the server.</source>
            <translation>Check your internet or company network connection and the server name (%1), then try again. If it keeps failing, ask whoever runs the server.</translation>
        </message>
        <message>
            <source>The server of “%1” did not accept your user name or password.</source>
            <translation>The server of “%1” did not accept your user name or password.</translation>
        </message>
        <message>
            <source>Check them (capital letters count) and try again. To get a new password, ask whoever runs the server.</source>
            <translation>Check them (capital letters count) and try again. To get a new password, ask whoever runs the server.</translation>
        </message>
        <message>
            <source>The server %1 has no portfolio named “%2”.</source>
            <translation>The server %1 has no portfolio named “%2”.</translation>
        </message>
        <message>
            <source>Check the portfolio's name (the database) with whoever runs the server.</source>
            <translation>Check the portfolio's name (the database) with whoever runs the server.</translation>
        </message>
        <message>
            <source>“%1” on the server %2 is not a KAMdesk portfolio.</source>
            <translation>“%1” on the server %2 is not a KAMdesk portfolio.</translation>
        </message>
        <message>
            <source>Check the portfolio's name (the database) with whoever runs the server. Nothing on the server was changed.</source>
            <translation>Check the portfolio's name (the database) with whoever runs the server. Nothing on the server was changed.</translation>
        </message>
        <message>
            <source>The portfolio file is no longer there: %1</source>
            <translation>The portfolio file is no longer there: %1</translation>
        </message>
        <message>
            <source>Its drive or folder may have been disconnected (was a USB stick removed?). Reconnect it and try again. Nothing was changed.</source>
            <translation>Its drive or folder may have been disconnected (was a USB stick removed?). Reconnect it and try again. Nothing was changed.</translation>
        </message>
        <message>
            <source>There is not enough space on the disk of %1</source>
            <translation>There is not enough space on the disk of %1</translation>
        </message>
        <message>
            <source>Free some space (empty the recycle bin, delete large files you no longer need) and try again. Your portfolio was not changed.</source>
            <translation>Free some space (empty the recycle bin, delete large files you no longer need) and try again. Your portfolio was not changed.</translation>
        </message>
        <message>
            <source>The backup folder cannot be written: %1</source>
            <translation>The backup folder cannot be written: %1</translation>
        </message>
        <message>
            <source>Check that the folder exists and that you may write to it. Your portfolio was not changed.</source>
            <translation>Check that the folder exists and that you may write to it. Your portfolio was not changed.</translation>
        </message>
        <message>
            <source>The backup “%1” is damaged.</source>
            <translation>The backup “%1” is damaged.</translation>
        </message>
        <message>
            <source>It cannot be restored: choose another backup. Your portfolio was not changed.</source>
            <translation>It cannot be restored: choose another backup. Your portfolio was not changed.</translation>
        </message>
        <message>
            <source>The backup could not be made in %1</source>
            <translation>The backup could not be made in %1</translation>
        </message>
        <message>
            <source>“%1” cannot be written any more: its drive or folder has become read-only. Copy the portfolio to a folder you can write to, such as Documents, and open the copy.</source>
            <translation>“%1” cannot be written any more: its drive or folder has become read-only. Copy the portfolio to a folder you can write to, such as Documents, and open the copy.</translation>
        </message>
        <message>
            <source>There is not enough space on the disk of “%1”. Free some space and try again.</source>
            <translation>There is not enough space on the disk of “%1”. Free some space and try again.</translation>
        </message>
        <message>
            <source>“%1” is damaged. Close it and restore a backup from File ▸ Backups.</source>
            <translation>“%1” is damaged. Close it and restore a backup from File ▸ Backups.</translation>
        </message>
        <message>
            <source>“%1” could not be written (%2).</source>
            <translation>“%1” could not be written (%2).</translation>
        </message>
        <message>
            <source>“%1” can no longer be reached at %2. Was a USB stick removed, or the folder moved? Reconnect it and open the portfolio again with File ▸ Open.</source>
            <translation>“%1” can no longer be reached at %2. Was a USB stick removed, or the folder moved? Reconnect it and open the portfolio again with File ▸ Open.</translation>
        </message>
    </context>
    <context>
        <name>PortfolioTab</name>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Reviews due</source>
            <translation>Reviews due</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Top risks</source>
            <translation>Top risks</translation>
        </message>
    </context>
    <context>
        <name>PositioningCommands</name>
        <message>
            <source>Positioning review of %1</source>
            <translation>Positioning review of %1</translation>
        </message>
        <message>
            <source>Delete the positioning review of %1</source>
            <translation>Delete the positioning review of %1</translation>
        </message>
    </context>
    <context>
        <name>PositioningHistory</name>
        <message>
            <source>Value proposition</source>
            <translation>Value proposition</translation>
        </message>
        <message>
            <source>Desired position</source>
            <translation>Desired position</translation>
        </message>
        <message>
            <source>Perceived position</source>
            <translation>Perceived position</translation>
        </message>
        <message>
            <source>Differentiators</source>
            <translation>Differentiators</translation>
        </message>
        <message>
            <source>Positioning reviews</source>
            <translation>Positioning reviews</translation>
        </message>
        <message>
            <source>Record positioning review…</source>
            <translation>Record positioning review…</translation>
        </message>
        <message>
            <source>Keep today's positioning with the date and notes of this quarter's review</source>
            <translation>Keep today's positioning with the date and notes of this quarter's review</translation>
        </message>
        <message>
            <source>Delete review</source>
            <translation>Delete review</translation>
        </message>
        <message>
            <source>No positioning review yet. Record one each quarter: it keeps the positioning above as it is that day, so you can see how the client's view of us moves.</source>
            <translation>No positioning review yet. Record one each quarter: it keeps the positioning above as it is that day, so you can see how the client's view of us moves.</translation>
        </message>
        <message>
            <source>Gap: the client does not see us yet as we want to be seen (desired and perceived position differ).</source>
            <translation>Gap: the client does not see us yet as we want to be seen (desired and perceived position differ).</translation>
        </message>
        <message>
            <source>The review of %1 did not keep the positioning.</source>
            <translation>The review of %1 did not keep the positioning.</translation>
        </message>
        <message>
            <source>The positioning on %1 (what changed since is marked)</source>
            <translation>The positioning on %1 (what changed since is marked)</translation>
        </message>
        <message>
            <source>(not written)</source>
            <translation>(not written)</translation>
        </message>
        <message>
            <source>▲ Changed since. Today: %1</source>
            <translation>▲ Changed since. Today: %1</translation>
        </message>
    </context>
    <context>
        <name>PositioningReviewDialog</name>
        <message>
            <source>Record positioning review</source>
            <translation>Record positioning review</translation>
        </message>
        <message>
            <source>e.g. The purchasing director now sees us as a partner in cost reduction.</source>
            <translation>e.g. The purchasing director now sees us as a partner in cost reduction.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>The review keeps the value proposition, the desired and perceived positions and the differentiators as they are now.</source>
            <translation>The review keeps the value proposition, the desired and perceived positions and the differentiators as they are now.</translation>
        </message>
        <message>
            <source>Record review</source>
            <translation>Record review</translation>
        </message>
    </context>
    <context>
        <name>PositioningReviewsModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>ICP criteria</source>
            <translation>ICP criteria</translation>
        </message>
        <message>
            <source>Segmentation</source>
            <translation>Segmentation</translation>
        </message>
        <message>
            <source>Cadences</source>
            <translation>Cadences</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Health</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
    </context>
    <context>
        <name>Problem</name>
        <message>
            <source>This field is required.</source>
            <translation>This field is required.</translation>
        </message>
        <message>
            <source>There is already an account named “{name}”.</source>
            <translation>There is already an account named “{name}”.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid CNPJ ({reason}).</source>
            <translation>“{value}” is not a valid CNPJ ({reason}).</translation>
        </message>
        <message>
            <source>Must be between {low} and {high}; got {value}.</source>
            <translation>Must be between {low} and {high}; got {value}.</translation>
        </message>
        <message>
            <source>“{value}” is not a number.</source>
            <translation>“{value}” is not a number.</translation>
        </message>
        <message>
            <source>Cannot be negative; got {value}.</source>
            <translation>Cannot be negative; got {value}.</translation>
        </message>
        <message>
            <source>At most {limit} characters; got {length}.</source>
            <translation>At most {limit} characters; got {length}.</translation>
        </message>
        <message>
            <source>“{value}” is not one of the allowed values.</source>
            <translation>“{value}” is not one of the allowed values.</translation>
        </message>
        <message>
            <source>The account no longer exists.</source>
            <translation>The account no longer exists.</translation>
        </message>
        <message>
            <source>it must have 14 characters</source>
            <translation>it must have 14 characters</translation>
        </message>
        <message>
            <source>it has characters a CNPJ cannot have</source>
            <translation>it has characters a CNPJ cannot have</translation>
        </message>
        <message>
            <source>all digits are the same</source>
            <translation>all digits are the same</translation>
        </message>
        <message>
            <source>the check digits do not match</source>
            <translation>the check digits do not match</translation>
        </message>
        <message>
            <source>The recurring part ({recurring}) cannot be more than the month’s revenue ({revenue}).</source>
            <translation>The recurring part ({recurring}) cannot be more than the month’s revenue ({revenue}).</translation>
        </message>
        <message>
            <source>The survey response no longer exists.</source>
            <translation>The survey response no longer exists.</translation>
        </message>
        <message>
            <source>The person no longer exists.</source>
            <translation>The person no longer exists.</translation>
        </message>
        <message>
            <source>“{name}” is a person of another account.</source>
            <translation>“{name}” is a person of another account.</translation>
        </message>
        <message>
            <source>The org unit no longer exists.</source>
            <translation>The org unit no longer exists.</translation>
        </message>
        <message>
            <source>The link no longer exists.</source>
            <translation>The link no longer exists.</translation>
        </message>
        <message>
            <source>“{value}” is not a period; write a month (2027-01), a quarter (2027-Q1) or a year.</source>
            <translation>“{value}” is not a period; write a month (2027-01), a quarter (2027-Q1) or a year.</translation>
        </message>
        <message>
            <source>Both ends of the range must be months, or quarters, or years.</source>
            <translation>Both ends of the range must be months, or quarters, or years.</translation>
        </message>
        <message>
            <source>The range ends before it starts.</source>
            <translation>The range ends before it starts.</translation>
        </message>
        <message>
            <source>The forecast snapshot no longer exists.</source>
            <translation>The forecast snapshot no longer exists.</translation>
        </message>
        <message>
            <source>The review no longer exists.</source>
            <translation>The review no longer exists.</translation>
        </message>
        <message>
            <source>No account has open opportunities to review.</source>
            <translation>No account has open opportunities to review.</translation>
        </message>
        <message>
            <source>{name} belongs to another account.</source>
            <translation>{name} belongs to another account.</translation>
        </message>
        <message>
            <source>The org unit “{name}” belongs to another account.</source>
            <translation>The org unit “{name}” belongs to another account.</translation>
        </message>
        <message>
            <source>There is already an org unit named “{name}” in this account.</source>
            <translation>There is already an org unit named “{name}” in this account.</translation>
        </message>
        <message>
            <source>“{parent}” cannot contain “{name}”: it is “{name}” itself or lies inside it.</source>
            <translation>“{parent}” cannot contain “{name}”: it is “{name}” itself or lies inside it.</translation>
        </message>
        <message>
            <source>A person cannot be linked to themselves.</source>
            <translation>A person cannot be linked to themselves.</translation>
        </message>
        <message>
            <source>{source} and {target} are already linked in this way.</source>
            <translation>{source} and {target} are already linked in this way.</translation>
        </message>
        <message>
            <source>{name} already reports to {manager}; a person reports to one manager only.</source>
            <translation>{name} already reports to {manager}; a person reports to one manager only.</translation>
        </message>
        <message>
            <source>This would make the reporting lines go in a circle: {chain}.</source>
            <translation>This would make the reporting lines go in a circle: {chain}.</translation>
        </message>
        <message>
            <source>Only an influence has a strength.</source>
            <translation>Only an influence has a strength.</translation>
        </message>
        <message>
            <source>Must be a whole number; got {value}.</source>
            <translation>Must be a whole number; got {value}.</translation>
        </message>
        <message>
            <source>“{value}” does not look like an e-mail address.</source>
            <translation>“{value}” does not look like an e-mail address.</translation>
        </message>
        <message>
            <source>A position on the map must be a number between −{limit} and {limit}; got {value}.</source>
            <translation>A position on the map must be a number between −{limit} and {limit}; got {value}.</translation>
        </message>
        <message>
            <source>The opportunity no longer exists.</source>
            <translation>The opportunity no longer exists.</translation>
        </message>
        <message>
            <source>The product no longer exists.</source>
            <translation>The product no longer exists.</translation>
        </message>
        <message>
            <source>This pipeline stage no longer exists (the stages were changed); choose another.</source>
            <translation>This pipeline stage no longer exists (the stages were changed); choose another.</translation>
        </message>
        <message>
            <source>At most {limit}; got {value}. Please check for extra digits.</source>
            <translation>At most {limit}; got {value}. Please check for extra digits.</translation>
        </message>
        <message>
            <source>The expected close ({value}) cannot be before the opportunity was created ({created}).</source>
            <translation>The expected close ({value}) cannot be before the opportunity was created ({created}).</translation>
        </message>
        <message>
            <source>Say why the opportunity was won or lost before closing it.</source>
            <translation>Say why the opportunity was won or lost before closing it.</translation>
        </message>
        <message>
            <source>Only a won opportunity is in the Closed category; move it to a won stage instead.</source>
            <translation>Only a won opportunity is in the Closed category; move it to a won stage instead.</translation>
        </message>
        <message>
            <source>There is already a stage named “{name}”.</source>
            <translation>There is already a stage named “{name}”.</translation>
        </message>
        <message>
            <source>There is already a product named “{name}”.</source>
            <translation>There is already a product named “{name}”.</translation>
        </message>
        <message>
            <source>The pipeline needs at least one won stage and one lost stage.</source>
            <translation>The pipeline needs at least one won stage and one lost stage.</translation>
        </message>
        <message>
            <source>Opportunities in this stage: {count}. Move them to another stage first.</source>
            <translation>Opportunities in this stage: {count}. Move them to another stage first.</translation>
        </message>
        <message>
            <source>Choose another stage to move the opportunities to.</source>
            <translation>Choose another stage to move the opportunities to.</translation>
        </message>
        <message>
            <source>The opportunities can only go to a stage with the same outcome (open, won or lost).</source>
            <translation>The opportunities can only go to a stage with the same outcome (open, won or lost).</translation>
        </message>
        <message>
            <source>The new order must list every stage exactly once.</source>
            <translation>The new order must list every stage exactly once.</translation>
        </message>
        <message>
            <source>The change could not be saved; the portfolio was left as it was ({detail}).</source>
            <translation>The change could not be saved; the portfolio was left as it was ({detail}).</translation>
        </message>
        <message>
            <source>The risk no longer exists.</source>
            <translation>The risk no longer exists.</translation>
        </message>
        <message>
            <source>The action no longer exists.</source>
            <translation>The action no longer exists.</translation>
        </message>
        <message>
            <source>The risk “{name}” belongs to another account.</source>
            <translation>The risk “{name}” belongs to another account.</translation>
        </message>
        <message>
            <source>“{value}” is not a date.</source>
            <translation>“{value}” is not a date.</translation>
        </message>
        <message>
            <source>The interaction no longer exists.</source>
            <translation>The interaction no longer exists.</translation>
        </message>
        <message>
            <source>The positioning review no longer exists.</source>
            <translation>The positioning review no longer exists.</translation>
        </message>
        <message>
            <source>{value} is after today: only what already happened can be recorded.</source>
            <translation>{value} is after today: only what already happened can be recorded.</translation>
        </message>
        <message>
            <source>{value} is before {earliest}: check the year.</source>
            <translation>{value} is before {earliest}: check the year.</translation>
        </message>
        <message>
            <source>The objective no longer exists.</source>
            <translation>The objective no longer exists.</translation>
        </message>
        <message>
            <source>The key result no longer exists.</source>
            <translation>The key result no longer exists.</translation>
        </message>
        <message>
            <source>The check-in no longer exists.</source>
            <translation>The check-in no longer exists.</translation>
        </message>
        <message>
            <source>“{value}” is not a period: write a quarter (2027-Q1), a half year (2027-H1) or a year (2027).</source>
            <translation>“{value}” is not a period: write a quarter (2027-Q1), a half year (2027-H1) or a year (2027).</translation>
        </message>
        <message>
            <source>The target must differ from the start ({value}): there would be nothing to achieve.</source>
            <translation>The target must differ from the start ({value}): there would be nothing to achieve.</translation>
        </message>
        <message>
            <source>From {start} to {target} is an increase: choose “Increase” or change the target.</source>
            <translation>From {start} to {target} is an increase: choose “Increase” or change the target.</translation>
        </message>
        <message>
            <source>From {start} to {target} is a decrease: choose “Decrease” or change the target.</source>
            <translation>From {start} to {target} is a decrease: choose “Decrease” or change the target.</translation>
        </message>
        <message>
            <source>The objective's period {period} starts on {start}: a check-in cannot be earlier.</source>
            <translation>The objective's period {period} starts on {start}: a check-in cannot be earlier.</translation>
        </message>
        <message>
            <source>Its key results have check-ins from {date}, before {period} starts ({start}): choose a period that includes them.</source>
            <translation>Its key results have check-ins from {date}, before {period} starts ({start}): choose a period that includes them.</translation>
        </message>
        <message>
            <source>A review is recorded once it is held: {value} is after today ({today}).</source>
            <translation>A review is recorded once it is held: {value} is after today ({today}).</translation>
        </message>
        <message>
            <source>The {routine} cadence of tier {tier} must be a whole number of months from 1 to 24; got {value}.</source>
            <translation>The {routine} cadence of tier {tier} must be a whole number of months from 1 to 24; got {value}.</translation>
        </message>
        <message>
            <source>“{value}” is not a tier or a review routine.</source>
            <translation>“{value}” is not a tier or a review routine.</translation>
        </message>
        <message>
            <source>The weight of {part} in the health score cannot be negative; got {value}.</source>
            <translation>The weight of {part} in the health score cannot be negative; got {value}.</translation>
        </message>
        <message>
            <source>Give at least one part of the health score a weight above zero.</source>
            <translation>Give at least one part of the health score a weight above zero.</translation>
        </message>
        <message>
            <source>“{value}” is not a part of the health score or not a number.</source>
            <translation>“{value}” is not a part of the health score or not a number.</translation>
        </message>
    </context>
    <context>
        <name>ProductsModel</name>
        <message>
            <source>Product line</source>
            <translation>Product line</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Opportunities</translation>
        </message>
        <message>
            <source>Opportunities that offer this product</source>
            <translation>Opportunities that offer this product</translation>
        </message>
    </context>
    <context>
        <name>PropertiesPanel</name>
        <message>
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Job title</translation>
        </message>
        <message>
            <source>e.g. CFO</source>
            <translation>e.g. CFO</translation>
        </message>
        <message>
            <source>Org unit</source>
            <translation>Org unit</translation>
        </message>
        <message>
            <source>In the buying decision</source>
            <translation>In the buying decision</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Stance</translation>
        </message>
        <message>
            <source>Influence on the decision</source>
            <translation>Influence on the decision</translation>
        </message>
        <message>
            <source>Buying role</source>
            <translation>Buying role</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <source>Relationship with us</source>
            <translation>Relationship with us</translation>
        </message>
        <message>
            <source>Relationship owner (our side)</source>
            <translation>Relationship owner (our side)</translation>
        </message>
        <message>
            <source>Who on our team looks after them</source>
            <translation>Who on our team looks after them</translation>
        </message>
        <message>
            <source>What they care about</source>
            <translation>What they care about</translation>
        </message>
        <message>
            <source>Priorities, worries, what success means to them</source>
            <translation>Priorities, worries, what success means to them</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Contact details</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>name@company.com.br</source>
            <translation>name@company.com.br</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Delete person</source>
            <translation>Delete person</translation>
        </message>
        <message>
            <source>Remove this person and their links from the map (Undo brings them back)</source>
            <translation>Remove this person and their links from the map (Undo brings them back)</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>not recorded</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>We were in touch today</source>
            <translation>We were in touch today</translation>
        </message>
        <message>
            <source>No contact recorded</source>
            <translation>No contact recorded</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <source>Kind of link</source>
            <translation>Kind of link</translation>
        </message>
        <message>
            <source>Strength of the influence</source>
            <translation>Strength of the influence</translation>
        </message>
        <message>
            <source>Reverse direction</source>
            <translation>Reverse direction</translation>
        </message>
        <message>
            <source>Make the arrow point the other way</source>
            <translation>Make the arrow point the other way</translation>
        </message>
        <message>
            <source>Delete link</source>
            <translation>Delete link</translation>
        </message>
        <message>
            <source>Remove this link from the map (Undo brings it back)</source>
            <translation>Remove this link from the map (Undo brings it back)</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>No org unit</source>
            <translation>No org unit</translation>
        </message>
        <message>
            <source>No buying role</source>
            <translation>No buying role</translation>
        </message>
        <message>
            <source>very low</source>
            <translation>very low</translation>
        </message>
        <message>
            <source>low</source>
            <translation>low</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>medium</translation>
        </message>
        <message>
            <source>high</source>
            <translation>high</translation>
        </message>
        <message>
            <source>decides</source>
            <translation>decides</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>distant</source>
            <translation>distant</translation>
        </message>
        <message>
            <source>cordial</source>
            <translation>cordial</translation>
        </message>
        <message>
            <source>close</source>
            <translation>close</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>trusted</translation>
        </message>
        <message>
            <source>weak</source>
            <translation>weak</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderate</translation>
        </message>
        <message>
            <source>strong</source>
            <translation>strong</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) selected</source>
            <translation>
                <numerusform>%n person selected</numerusform>
                <numerusform>%n people selected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n link(s) selected</source>
            <translation>
                <numerusform>%n link selected</numerusform>
                <numerusform>%n links selected</numerusform>
            </translation>
        </message>
        <message>
            <source>Select just one person or link to see and edit it.</source>
            <translation>Select just one person or link to see and edit it.</translation>
        </message>
        <message>
            <source>Select a person or a link to see and edit it.</source>
            <translation>Select a person or a link to see and edit it.</translation>
        </message>
        <message>
            <source>This change cannot be made to the link.</source>
            <translation>This change cannot be made to the link.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Account plan</source>
            <translation>Account plan</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>Lifecycle stage</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Health</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Prepared with KAMdesk for the account review.</source>
            <translation>Prepared with KAMdesk for the account review.</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>Legal name</translation>
        </message>
        <message>
            <source>Tax ID</source>
            <translation>Tax ID</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Employees</translation>
        </message>
        <message>
            <source>Revenue band</source>
            <translation>Revenue band</translation>
        </message>
        <message>
            <source>Client since</source>
            <translation>Client since</translation>
        </message>
        <message>
            <source>Strategies</source>
            <translation>Strategies</translation>
        </message>
        <message>
            <source>Strategic importance</source>
            <translation>Strategic importance</translation>
        </message>
        <message>
            <source>Profile and ICP</source>
            <translation>Profile and ICP</translation>
        </message>
        <message>
            <source>ICP fit</source>
            <translation>ICP fit</translation>
        </message>
        <message>
            <source>No ICP criterion is rated yet.</source>
            <translation>No ICP criterion is rated yet.</translation>
        </message>
        <message>
            <source>(%1 of %2 criteria rated)</source>
            <translation>(%1 of %2 criteria rated)</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Criterion</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Rating</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Value proposition</source>
            <translation>Value proposition</translation>
        </message>
        <message>
            <source>Desired position</source>
            <translation>Desired position</translation>
        </message>
        <message>
            <source>Perceived position</source>
            <translation>Perceived position</translation>
        </message>
        <message>
            <source>Differentiators</source>
            <translation>Differentiators</translation>
        </message>
        <message>
            <source>Positioning</source>
            <translation>Positioning</translation>
        </message>
        <message>
            <source>The client does not yet see us where we want to be: close the gap.</source>
            <translation>The client does not yet see us where we want to be: close the gap.</translation>
        </message>
        <message>
            <source>Latest positioning review</source>
            <translation>Latest positioning review</translation>
        </message>
        <message>
            <source>No positioning review recorded yet.</source>
            <translation>No positioning review recorded yet.</translation>
        </message>
        <message>
            <source>Stakeholder map</source>
            <translation>Stakeholder map</translation>
        </message>
        <message>
            <source>Nobody is on this account's map yet.</source>
            <translation>Nobody is on this account's map yet.</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Alerts</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Alert</translation>
        </message>
        <message>
            <source>No gaps in the decision chain.</source>
            <translation>No gaps in the decision chain.</translation>
        </message>
        <message>
            <source>Decision chain</source>
            <translation>Decision chain</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Job title</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Stance</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Influence</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <source>%1 of %2 target areas have a sponsor</source>
            <translation>%1 of %2 target areas have a sponsor</translation>
        </message>
        <message>
            <source>no target area marked</source>
            <translation>no target area marked</translation>
        </message>
        <message>
            <source>Sponsor coverage</source>
            <translation>Sponsor coverage</translation>
        </message>
        <message>
            <source>Target areas without a sponsor</source>
            <translation>Target areas without a sponsor</translation>
        </message>
        <message>
            <source>Resistance</source>
            <translation>Resistance</translation>
        </message>
        <message>
            <source>People by stance</source>
            <translation>People by stance</translation>
        </message>
        <message>
            <source>Risks and actions</source>
            <translation>Risks and actions</translation>
        </message>
        <message>
            <source>Open risks: %1 · account risk (highest open score): %2</source>
            <translation>Open risks: %1 · account risk (highest open score): %2</translation>
        </message>
        <message>
            <source>Risk register</source>
            <translation>Risk register</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Response</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>No risk recorded for this account.</source>
            <translation>No risk recorded for this account.</translation>
        </message>
        <message>
            <source>Mitigation actions</source>
            <translation>Mitigation actions</translation>
        </message>
        <message>
            <source>No action recorded for this account.</source>
            <translation>No action recorded for this account.</translation>
        </message>
        <message>
            <source>Rows: likelihood 5 to 1 · columns: impact 1 to 5</source>
            <translation>Rows: likelihood 5 to 1 · columns: impact 1 to 5</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Pipeline and forecast</source>
            <translation>Pipeline and forecast</translation>
        </message>
        <message>
            <source>Open pipeline %1 · weighted %2</source>
            <translation>Open pipeline %1 · weighted %2</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Opportunities</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>Weighted</translation>
        </message>
        <message>
            <source>Open opportunities</source>
            <translation>Open opportunities</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>Opportunity</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Probability</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Expected close</translation>
        </message>
        <message>
            <source>No open opportunity.</source>
            <translation>No open opportunity.</translation>
        </message>
        <message>
            <source>Forecast of fiscal year %1</source>
            <translation>Forecast of fiscal year %1</translation>
        </message>
        <message>
            <source>Won and lost in fiscal year %1</source>
            <translation>Won and lost in fiscal year %1</translation>
        </message>
        <message>
            <source>Won %1 (%2) · lost %3 (%4)</source>
            <translation>Won %1 (%2) · lost %3 (%4)</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Closed on</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Nothing won or lost this fiscal year yet.</source>
            <translation>Nothing won or lost this fiscal year yet.</translation>
        </message>
        <message>
            <source>Objectives and key results</source>
            <translation>Objectives and key results</translation>
        </message>
        <message>
            <source>No objective set for this account.</source>
            <translation>No objective set for this account.</translation>
        </message>
        <message>
            <source>Progress %1</source>
            <translation>Progress %1</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Grade %1</source>
            <translation>Grade %1</translation>
        </message>
        <message>
            <source>Grade so far %1</source>
            <translation>Grade so far %1</translation>
        </message>
        <message>
            <source>Strategy: %1</source>
            <translation>Strategy: %1</translation>
        </message>
        <message>
            <source>Key result</source>
            <translation>Key result</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Current</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Confidence</translation>
        </message>
        <message>
            <source>as of %1; the parts without data are left out</source>
            <translation>as of %1; the parts without data are left out</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Measured</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>Revenue by month (%1)</source>
            <translation>Revenue by month (%1)</translation>
        </message>
        <message>
            <source>Revenue in the period</source>
            <translation>Revenue in the period</translation>
        </message>
        <message>
            <source>Recurring revenue of %1</source>
            <translation>Recurring revenue of %1</translation>
        </message>
        <message>
            <source>GRR / NRR</source>
            <translation>GRR / NRR</translation>
        </message>
        <message>
            <source>no response in the period</source>
            <translation>no response in the period</translation>
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
            <translation>Writing page %1 of %2</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>Laying out the pages…</source>
            <translation>Laying out the pages…</translation>
        </message>
        <message>
            <source>Reading the account plan…</source>
            <translation>Reading the account plan…</translation>
        </message>
        <message>
            <source>Reading the portfolio…</source>
            <translation>Reading the portfolio…</translation>
        </message>
        <message>
            <source>No score</source>
            <translation>No score</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Green</translation>
        </message>
        <message>
            <source>Amber</source>
            <translation>Amber</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>Revenue trend</source>
            <translation>Revenue trend</translation>
        </message>
        <message>
            <source>Open risk</source>
            <translation>Open risk</translation>
        </message>
        <message>
            <source>Overdue reviews</source>
            <translation>Overdue reviews</translation>
        </message>
        <message>
            <source>OKR pace</source>
            <translation>OKR pace</translation>
        </message>
        <message>
            <source>no open risk</source>
            <translation>no open risk</translation>
        </message>
        <message>
            <source>highest score %1</source>
            <translation>highest score %1</translation>
        </message>
        <message>
            <source>No revenue recorded in the period.</source>
            <translation>No revenue recorded in the period.</translation>
        </message>
        <message>
            <source>Recurring</source>
            <translation>Recurring</translation>
        </message>
        <message>
            <source>One-off</source>
            <translation>One-off</translation>
        </message>
        <message>
            <source>Nothing is forecast for this fiscal year yet.</source>
            <translation>Nothing is forecast for this fiscal year yet.</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Won</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Commit</translation>
        </message>
        <message>
            <source>Best case</source>
            <translation>Best case</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>no limit: no account was lost in the period (churn is zero)</source>
            <translation>no limit: no account was lost in the period (churn is zero)</translation>
        </message>
        <message>
            <source>not enough revenue history</source>
            <translation>not enough revenue history</translation>
        </message>
        <message>
            <source>Portfolio summary</source>
            <translation>Portfolio summary</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Key figures of the last 12 months</source>
            <translation>Key figures of the last 12 months</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Revenue</translation>
        </message>
        <message>
            <source>Recurring revenue</source>
            <translation>Recurring revenue</translation>
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
            <translation>Logo churn</translation>
        </message>
        <message>
            <source>Revenue churn</source>
            <translation>Revenue churn</translation>
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
            <translation>Weighted pipeline</translation>
        </message>
        <message>
            <source>Win rate</source>
            <translation>Win rate</translation>
        </message>
        <message>
            <source>Forecast accuracy</source>
            <translation>Forecast accuracy</translation>
        </message>
        <message>
            <source>Health distribution</source>
            <translation>Health distribution</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Band</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Every account</source>
            <translation>Every account</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Revenue (12 months)</source>
            <translation>Revenue (12 months)</translation>
        </message>
        <message>
            <source>The portfolio has no account yet.</source>
            <translation>The portfolio has no account yet.</translation>
        </message>
        <message>
            <source>What needs attention</source>
            <translation>What needs attention</translation>
        </message>
        <message>
            <source>Top risks</source>
            <translation>Top risks</translation>
        </message>
        <message>
            <source>No open risk in the portfolio.</source>
            <translation>No open risk in the portfolio.</translation>
        </message>
        <message>
            <source>Reviews due</source>
            <translation>Reviews due</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Last review</source>
            <translation>Last review</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>No review is due in the next 30 days.</source>
            <translation>No review is due in the next 30 days.</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objectives</translation>
        </message>
        <message>
            <source>Whole portfolio</source>
            <translation>Whole portfolio</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objective</translation>
        </message>
        <message>
            <source>No objective set.</source>
            <translation>No objective set.</translation>
        </message>
    </context>
    <context>
        <name>ReportActions</name>
        <message>
            <source>Export account &amp;plan (PDF)…</source>
            <translation>Export account &amp;plan (PDF)…</translation>
        </message>
        <message>
            <source>Export portfolio &amp;summary (PDF)…</source>
            <translation>Export portfolio &amp;summary (PDF)…</translation>
        </message>
        <message>
            <source>Account plan</source>
            <translation>Account plan</translation>
        </message>
        <message>
            <source>Export account plan</source>
            <translation>Export account plan</translation>
        </message>
        <message>
            <source>Portfolio summary</source>
            <translation>Portfolio summary</translation>
        </message>
        <message>
            <source>Export portfolio summary</source>
            <translation>Export portfolio summary</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Account plan saved.</source>
            <translation>Account plan saved.</translation>
        </message>
        <message>
            <source>Portfolio summary saved.</source>
            <translation>Portfolio summary saved.</translation>
        </message>
        <message>
            <source>Export cancelled: no file was written.</source>
            <translation>Export cancelled: no file was written.</translation>
        </message>
        <message>
            <source>Open the file</source>
            <translation>Open the file</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Show in folder</translation>
        </message>
        <message>
            <source>PDF saved: %1</source>
            <translation>PDF saved: %1</translation>
        </message>
        <message>
            <source>The PDF could not be saved.</source>
            <translation>The PDF could not be saved.</translation>
        </message>
    </context>
    <context>
        <name>ReportPlurals</name>
        <message numerus="yes">
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>Overdue by %n day</numerusform>
                <numerusform>Overdue by %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In %n day(s)</source>
            <translation>
                <numerusform>In %n day</numerusform>
                <numerusform>In %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n response(s)</source>
            <translation>
                <numerusform>%n response</numerusform>
                <numerusform>%n responses</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RetentionChart</name>
        <message>
            <source>12-month GRR and NRR, month by month</source>
            <translation>12-month GRR and NRR, month by month</translation>
        </message>
        <message>
            <source>No account had recurring revenue twelve months before these months: retention needs a year of history.</source>
            <translation>No account had recurring revenue twelve months before these months: retention needs a year of history.</translation>
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
            <translation>Accounts kept: %1 of %2</translation>
        </message>
    </context>
    <context>
        <name>RevenueChart</name>
        <message>
            <source>Revenue by month</source>
            <translation>Revenue by month</translation>
        </message>
        <message>
            <source>Revenue by month (%1)</source>
            <translation>Revenue by month (%1)</translation>
        </message>
        <message>
            <source>No revenue recorded in these twelve months.</source>
            <translation>No revenue recorded in these twelve months.</translation>
        </message>
        <message>
            <source>Recurring</source>
            <translation>Recurring</translation>
        </message>
        <message>
            <source>One-off</source>
            <translation>One-off</translation>
        </message>
        <message>
            <source>Recurring: %1</source>
            <translation>Recurring: %1</translation>
        </message>
        <message>
            <source>One-off: %1</source>
            <translation>One-off: %1</translation>
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
            <translation>Month</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Revenue</translation>
        </message>
        <message>
            <source>Recurring</source>
            <translation>Recurring</translation>
        </message>
        <message>
            <source>One-off</source>
            <translation>One-off</translation>
        </message>
        <message>
            <source>Everything the account paid that month</source>
            <translation>Everything the account paid that month</translation>
        </message>
        <message>
            <source>The part of the month's revenue that repeats every month (contracts, subscriptions): the MRR behind retention</source>
            <translation>The part of the month's revenue that repeats every month (contracts, subscriptions): the MRR behind retention</translation>
        </message>
        <message>
            <source>One-off = revenue − recurring (computed)</source>
            <translation>One-off = revenue − recurring (computed)</translation>
        </message>
    </context>
    <context>
        <name>RevenuePage</name>
        <message>
            <source>Add month…</source>
            <translation>Add month…</translation>
        </message>
        <message>
            <source>Record the revenue of a month (the one after the last, or any other)</source>
            <translation>Record the revenue of a month (the one after the last, or any other)</translation>
        </message>
        <message>
            <source>Delete month(s)</source>
            <translation>Delete month(s)</translation>
        </message>
        <message>
            <source>Delete the selected months (undoable)</source>
            <translation>Delete the selected months (undoable)</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Paste</translation>
        </message>
        <message>
            <source>Paste figures copied from Excel: a column of values onto the selected month and column, or rows of month, revenue and recurring</source>
            <translation>Paste figures copied from Excel: a column of values onto the selected month and column, or rows of month, revenue and recurring</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Copy the selected cells for Excel</source>
            <translation>Copy the selected cells for Excel</translation>
        </message>
        <message>
            <source>Select an account to see its revenue.</source>
            <translation>Select an account to see its revenue.</translation>
        </message>
        <message>
            <source>Revenue and recurring revenue summed over the last 12 months recorded; share recurring = recurring ÷ revenue</source>
            <translation>Revenue and recurring revenue summed over the last 12 months recorded; share recurring = recurring ÷ revenue</translation>
        </message>
        <message>
            <source>No revenue recorded yet.
Click “Add month…”, or copy from Excel the months with their revenue and recurring revenue (three columns) and press Ctrl+V here.</source>
            <translation>No revenue recorded yet.
Click “Add month…”, or copy from Excel the months with their revenue and recurring revenue (three columns) and press Ctrl+V here.</translation>
        </message>
        <message>
            <source>Type in a Revenue or Recurring cell, or paste a column copied from Excel onto the first month it fills (Ctrl+V). The one-off part is computed.</source>
            <translation>Type in a Revenue or Recurring cell, or paste a column copied from Excel onto the first month it fills (Ctrl+V). The one-off part is computed.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Last 12 months:&lt;/b&gt; no revenue recorded yet</source>
            <translation>&lt;b&gt;Last 12 months:&lt;/b&gt; no revenue recorded yet</translation>
        </message>
        <message>
            <source>&lt;b&gt;Last 12 months&lt;/b&gt; (%1 – %2): revenue &lt;b&gt;%3&lt;/b&gt; · recurring &lt;b&gt;%4&lt;/b&gt; · share recurring &lt;b&gt;%5&lt;/b&gt;</source>
            <translation>&lt;b&gt;Last 12 months&lt;/b&gt; (%1 – %2): revenue &lt;b&gt;%3&lt;/b&gt; · recurring &lt;b&gt;%4&lt;/b&gt; · share recurring &lt;b&gt;%5&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Edit revenue of %1</source>
            <translation>Edit revenue of %1</translation>
        </message>
        <message>
            <source>Edit recurring revenue of %1</source>
            <translation>Edit recurring revenue of %1</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n month(s) of revenue</source>
            <translation>
                <numerusform>Paste %n month of revenue</numerusform>
                <numerusform>Paste %n months of revenue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n month(s) of revenue</source>
            <translation>
                <numerusform>Delete %n month of revenue</numerusform>
                <numerusform>Delete %n months of revenue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RevenuePaste</name>
        <message>
            <source>The clipboard holds no figures to paste.</source>
            <translation>The clipboard holds no figures to paste.</translation>
        </message>
        <message>
            <source>The pasted months have no figures beside them.</source>
            <translation>The pasted months have no figures beside them.</translation>
        </message>
        <message>
            <source>Select the month and column to paste into (Revenue or Recurring), or copy the months together with their figures.</source>
            <translation>Select the month and column to paste into (Revenue or Recurring), or copy the months together with their figures.</translation>
        </message>
        <message>
            <source>%1, %2: figures can only be pasted into the Revenue or Recurring column.</source>
            <translation>%1, %2: figures can only be pasted into the Revenue or Recurring column.</translation>
        </message>
        <message>
            <source>%1: the pasted block is too wide; the One-off column is computed. Paste one column, or two starting at Revenue.</source>
            <translation>%1: the pasted block is too wide; the One-off column is computed. Paste one column, or two starting at Revenue.</translation>
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
            <translation>Record review of “%1” (%2)</translation>
        </message>
        <message>
            <source>Edit review of “%1” (%2)</source>
            <translation>Edit review of “%1” (%2)</translation>
        </message>
        <message>
            <source>Delete review of “%1” (%2)</source>
            <translation>Delete review of “%1” (%2)</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Record review</source>
            <translation>Record review</translation>
        </message>
        <message>
            <source>Edit review</source>
            <translation>Edit review</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>To change the routine, delete this review</source>
            <translation>To change the routine, delete this review</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>Held on</translation>
        </message>
        <message>
            <source>What was reviewed and agreed: decisions, next steps, who does what…</source>
            <translation>What was reviewed and agreed: decisions, next steps, who does what…</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Sponsor coverage and resistance are taken from the stakeholder map as they are today.</source>
            <translation>Sponsor coverage and resistance are taken from the stakeholder map as they are today.</translation>
        </message>
        <message>
            <source>This routine is not scheduled for the account's tier.</source>
            <translation>This routine is not scheduled for the account's tier.</translation>
        </message>
        <message numerus="yes">
            <source>Next review (%1) due on %2: every %n month(s).</source>
            <translation>
                <numerusform>Next review (%1) due on %2: every %n month.</numerusform>
                <numerusform>Next review (%1) due on %2: every %n months.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewHistoryModel</name>
        <message>
            <source>Held on</source>
            <translation>Held on</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Measures taken</source>
            <translation>Measures taken</translation>
        </message>
    </context>
    <context>
        <name>ReviewKind</name>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <source>Positioning</source>
            <translation>Positioning</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planning</translation>
        </message>
        <message>
            <source>OKR check-in</source>
            <translation>OKR check-in</translation>
        </message>
    </context>
    <context>
        <name>ReviewMeasures</name>
        <message>
            <source>Value proposition</source>
            <translation>Value proposition</translation>
        </message>
        <message>
            <source>Desired position</source>
            <translation>Desired position</translation>
        </message>
        <message>
            <source>Perceived position</source>
            <translation>Perceived position</translation>
        </message>
        <message>
            <source>Differentiators</source>
            <translation>Differentiators</translation>
        </message>
        <message>
            <source>Open opportunities</source>
            <translation>Open opportunities</translation>
        </message>
        <message>
            <source>Needing attention</source>
            <translation>Needing attention</translation>
        </message>
        <message>
            <source>Sponsor coverage %1</source>
            <translation>Sponsor coverage %1</translation>
        </message>
        <message>
            <source>Resistance %1</source>
            <translation>Resistance %1</translation>
        </message>
    </context>
    <context>
        <name>ReviewStatus</name>
        <message>
            <source>Never done</source>
            <translation>Never done</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Upcoming</translation>
        </message>
    </context>
    <context>
        <name>ReviewsDueModel</name>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <translation>
                <numerusform>%n day late</numerusform>
                <numerusform>%n days late</numerusform>
            </translation>
        </message>
        <message>
            <source>Due on %1; last review: %2</source>
            <translation>Due on %1; last review: %2</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Cadence</source>
            <translation>Cadence</translation>
        </message>
        <message>
            <source>Last review</source>
            <translation>Last review</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Next due</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Days overdue</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Months between reviews for the account's tier (Preferences)</source>
            <translation>Months between reviews for the account's tier (Preferences)</translation>
        </message>
        <message>
            <source>Next due = last review + cadence, on the same day of the month (or the month's last day); never reviewed: one cadence after the account became a client or was added to KAMdesk, whichever is later</source>
            <translation>Next due = last review + cadence, on the same day of the month (or the month's last day); never reviewed: one cadence after the account became a client or was added to KAMdesk, whichever is later</translation>
        </message>
        <message>
            <source>Days since the due date passed</source>
            <translation>Days since the due date passed</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message numerus="yes">
            <source>every %n month(s)</source>
            <translation>
                <numerusform>every %n month</numerusform>
                <numerusform>every %n months</numerusform>
            </translation>
        </message>
        <message>
            <source>Never done, overdue</source>
            <translation>Never done, overdue</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Due today</translation>
        </message>
        <message numerus="yes">
            <source>Due in %n day(s)</source>
            <translation>
                <numerusform>Due in %n day</numerusform>
                <numerusform>Due in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewsDueView</name>
        <message>
            <source>Reviews due</source>
            <translation>Reviews due</translation>
        </message>
        <message>
            <source>Record review…</source>
            <translation>Record review…</translation>
        </message>
        <message>
            <source>Record the review of the chosen routine; its next due date moves</source>
            <translation>Record the review of the chosen routine; its next due date moves</translation>
        </message>
        <message>
            <source>Go to account</source>
            <translation>Go to account</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Due by the end of the month</source>
            <translation>Due by the end of the month</translation>
        </message>
        <message>
            <source>Every routine, whenever due</source>
            <translation>Every routine, whenever due</translation>
        </message>
        <message>
            <source>All routines</source>
            <translation>All routines</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>All owners</translation>
        </message>
        <message>
            <source>Search accounts</source>
            <translation>Search accounts</translation>
        </message>
        <message>
            <source>Only the selected account</source>
            <translation>Only the selected account</translation>
        </message>
        <message numerus="yes">
            <source>%n review(s) overdue</source>
            <translation>
                <numerusform>%n review overdue</numerusform>
                <numerusform>%n reviews overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due within 7 days</source>
            <translation>
                <numerusform>%n due within 7 days</numerusform>
                <numerusform>%n due within 7 days</numerusform>
            </translation>
        </message>
        <message>
            <source>No active account yet. Create accounts, and the reviews each one needs appear here.</source>
            <translation>No active account yet. Create accounts, and the reviews each one needs appear here.</translation>
        </message>
        <message>
            <source>No review matches these filters.</source>
            <translation>No review matches these filters.</translation>
        </message>
        <message>
            <source>No review is overdue. Well done!</source>
            <translation>No review is overdue. Well done!</translation>
        </message>
        <message>
            <source>No review is due by the end of the month. Choose “Every routine, whenever due” to see every next date.</source>
            <translation>No review is due by the end of the month. Choose “Every routine, whenever due” to see every next date.</translation>
        </message>
        <message>
            <source>Show the reviews of %1 only</source>
            <translation>Show the reviews of %1 only</translation>
        </message>
        <message>
            <source>Select an account in any tab to show its reviews only</source>
            <translation>Select an account in any tab to show its reviews only</translation>
        </message>
    </context>
    <context>
        <name>ReviewsPage</name>
        <message>
            <source>Select an account to see its reviews.</source>
            <translation>Select an account to see its reviews.</translation>
        </message>
        <message>
            <source>No routine is scheduled for this account's tier.</source>
            <translation>No routine is scheduled for this account's tier.</translation>
        </message>
        <message>
            <source>No review recorded yet. After each meeting where you go through a routine with the account team, record it here: its next due date moves.</source>
            <translation>No review recorded yet. After each meeting where you go through a routine with the account team, record it here: its next due date moves.</translation>
        </message>
        <message>
            <source>Record review…</source>
            <translation>Record review…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Review schedule</source>
            <translation>Review schedule</translation>
        </message>
        <message>
            <source>Reviews held</source>
            <translation>Reviews held</translation>
        </message>
    </context>
    <context>
        <name>RiskCategory</name>
        <message>
            <source>Competitor</source>
            <translation>Competitor</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>Market</translation>
        </message>
        <message>
            <source>Financial</source>
            <translation>Financial</translation>
        </message>
        <message>
            <source>Late payment</source>
            <translation>Late payment</translation>
        </message>
        <message>
            <source>Acquisition</source>
            <translation>Acquisition</translation>
        </message>
        <message>
            <source>Sponsor loss</source>
            <translation>Sponsor loss</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Delivery</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>RiskCommands</name>
        <message>
            <source>New risk “%1”</source>
            <translation>New risk “%1”</translation>
        </message>
        <message>
            <source>Edit risk “%1”</source>
            <translation>Edit risk “%1”</translation>
        </message>
        <message>
            <source>Delete risk “%1”</source>
            <translation>Delete risk “%1”</translation>
        </message>
        <message>
            <source>New action “%1”</source>
            <translation>New action “%1”</translation>
        </message>
        <message>
            <source>Edit action “%1”</source>
            <translation>Edit action “%1”</translation>
        </message>
        <message>
            <source>Mark “%1” done</source>
            <translation>Mark “%1” done</translation>
        </message>
        <message>
            <source>Reopen “%1”</source>
            <translation>Reopen “%1”</translation>
        </message>
        <message>
            <source>Delete action “%1”</source>
            <translation>Delete action “%1”</translation>
        </message>
    </context>
    <context>
        <name>RiskDialog</name>
        <message>
            <source>New risk</source>
            <translation>New risk</translation>
        </message>
        <message>
            <source>Edit risk</source>
            <translation>Edit risk</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>e.g. A competitor offers a price 20% lower at the renewal</source>
            <translation>e.g. A competitor offers a price 20% lower at the renewal</translation>
        </message>
        <message>
            <source>Description *</source>
            <translation>Description *</translation>
        </message>
        <message>
            <source>Likelihood (1–5)</source>
            <translation>Likelihood (1–5)</translation>
        </message>
        <message>
            <source>How likely it is to happen in the coming months</source>
            <translation>How likely it is to happen in the coming months</translation>
        </message>
        <message>
            <source>Impact (1–5)</source>
            <translation>Impact (1–5)</translation>
        </message>
        <message>
            <source>How much revenue or relationship the account would lose</source>
            <translation>How much revenue or relationship the account would lose</translation>
        </message>
        <message>
            <source>Score = likelihood × impact (1–25)</source>
            <translation>Score = likelihood × impact (1–25)</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Response</translation>
        </message>
        <message>
            <source>Eliminate the cause, mitigate it with actions, postpone, or accept it</source>
            <translation>Eliminate the cause, mitigate it with actions, postpone, or accept it</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Review date</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>not set</translation>
        </message>
        <message>
            <source>No review date</source>
            <translation>No review date</translation>
        </message>
        <message>
            <source>Closed risks stay in the register but leave the heat map.</source>
            <translation>Closed risks stay in the register but leave the heat map.</translation>
        </message>
        <message>
            <source>Create risk</source>
            <translation>Create risk</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>rare</source>
            <translation>rare</translation>
        </message>
        <message>
            <source>unlikely</source>
            <translation>unlikely</translation>
        </message>
        <message>
            <source>possible</source>
            <translation>possible</translation>
        </message>
        <message>
            <source>likely</source>
            <translation>likely</translation>
        </message>
        <message>
            <source>almost certain</source>
            <translation>almost certain</translation>
        </message>
        <message>
            <source>minor</source>
            <translation>minor</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderate</translation>
        </message>
        <message>
            <source>significant</source>
            <translation>significant</translation>
        </message>
        <message>
            <source>major</source>
            <translation>major</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>severe</translation>
        </message>
    </context>
    <context>
        <name>RiskLevel</name>
        <message>
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Critical</translation>
        </message>
    </context>
    <context>
        <name>RiskResponse</name>
        <message>
            <source>Eliminate</source>
            <translation>Eliminate</translation>
        </message>
        <message>
            <source>Mitigate</source>
            <translation>Mitigate</translation>
        </message>
        <message>
            <source>Postpone</source>
            <translation>Postpone</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Accept</translation>
        </message>
    </context>
    <context>
        <name>RiskStatus</name>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
    </context>
    <context>
        <name>RisksPage</name>
        <message>
            <source>New risk</source>
            <translation>New risk</translation>
        </message>
        <message>
            <source>Add a risk to this account</source>
            <translation>Add a risk to this account</translation>
        </message>
        <message>
            <source>Edit risk</source>
            <translation>Edit risk</translation>
        </message>
        <message>
            <source>Open the selected risk</source>
            <translation>Open the selected risk</translation>
        </message>
        <message>
            <source>Delete risk</source>
            <translation>Delete risk</translation>
        </message>
        <message>
            <source>Delete the selected risk; its actions stay on the account (undoable)</source>
            <translation>Delete the selected risk; its actions stay on the account (undoable)</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>New action</translation>
        </message>
        <message>
            <source>Add a mitigation action to the selected risk, or a follow-up</source>
            <translation>Add a mitigation action to the selected risk, or a follow-up</translation>
        </message>
        <message>
            <source>Edit action</source>
            <translation>Edit action</translation>
        </message>
        <message>
            <source>Open the selected action</source>
            <translation>Open the selected action</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Mark done</translation>
        </message>
        <message>
            <source>Mark the selected action done, or open it again (undoable)</source>
            <translation>Mark the selected action done, or open it again (undoable)</translation>
        </message>
        <message>
            <source>Delete action</source>
            <translation>Delete action</translation>
        </message>
        <message>
            <source>Delete the selected action (undoable)</source>
            <translation>Delete the selected action (undoable)</translation>
        </message>
        <message>
            <source>Select an account to see its risks.</source>
            <translation>Select an account to see its risks.</translation>
        </message>
        <message>
            <source>Account risk</source>
            <translation>Account risk</translation>
        </message>
        <message>
            <source>Account risk = the highest score among its open risks</source>
            <translation>Account risk = the highest score among its open risks</translation>
        </message>
        <message>
            <source>Show every risk</source>
            <translation>Show every risk</translation>
        </message>
        <message>
            <source>Show done and cancelled</source>
            <translation>Show done and cancelled</translation>
        </message>
        <message>
            <source>no open risk</source>
            <translation>no open risk</translation>
        </message>
        <message numerus="yes">
            <source>%n open risk(s)</source>
            <translation>
                <numerusform>%n open risk</numerusform>
                <numerusform>%n open risks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n closed</source>
            <translation>
                <numerusform>%n closed</numerusform>
                <numerusform>%n closed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) overdue</source>
            <translation>
                <numerusform>%n action overdue</numerusform>
                <numerusform>%n actions overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>Open risks with likelihood %1 × impact %2 (score %3, %4)</source>
            <translation>Open risks with likelihood %1 × impact %2 (score %3, %4)</translation>
        </message>
        <message>
            <source>Actions of the account</source>
            <translation>Actions of the account</translation>
        </message>
        <message>
            <source>Mitigation actions of “%1”</source>
            <translation>Mitigation actions of “%1”</translation>
        </message>
        <message>
            <source>No open risk in this cell. Click it again to see every risk.</source>
            <translation>No open risk in this cell. Click it again to see every risk.</translation>
        </message>
        <message>
            <source>No risks recorded yet.
What could make you lose or shrink this account? Competitors, the client's finances, losing a sponsor…
Click “New risk” to add the first one.</source>
            <translation>No risks recorded yet.
What could make you lose or shrink this account? Competitors, the client's finances, losing a sponsor…
Click “New risk” to add the first one.</translation>
        </message>
        <message>
            <source>No actions for this risk yet. Click “New action” to plan one.</source>
            <translation>No actions for this risk yet. Click “New action” to plan one.</translation>
        </message>
        <message>
            <source>No actions yet. Select a risk and click “New action” to plan how to mitigate it.</source>
            <translation>No actions yet. Select a risk and click “New action” to plan how to mitigate it.</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
    </context>
    <context>
        <name>RisksTableModel</name>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>Likelihood</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Response</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Review date</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Open actions</translation>
        </message>
        <message>
            <source>How likely it is to happen: 1 = rare, 5 = almost certain</source>
            <translation>How likely it is to happen: 1 = rare, 5 = almost certain</translation>
        </message>
        <message>
            <source>How much it would hurt the account: 1 = minor, 5 = severe</source>
            <translation>How much it would hurt the account: 1 = minor, 5 = severe</translation>
        </message>
        <message>
            <source>Score = likelihood × impact (1–25); low 1–4, medium 5–9, high 10–16, critical 20–25</source>
            <translation>Score = likelihood × impact (1–25); low 1–4, medium 5–9, high 10–16, critical 20–25</translation>
        </message>
        <message>
            <source>In red: the review date has passed</source>
            <translation>In red: the review date has passed</translation>
        </message>
        <message>
            <source>Mitigation actions still open</source>
            <translation>Mitigation actions still open</translation>
        </message>
        <message>
            <source>Review overdue since %1</source>
            <translation>Review overdue since %1</translation>
        </message>
    </context>
    <context>
        <name>SegmentationPage</name>
        <message>
            <source>no tier (off)</source>
            <translation>no tier (off)</translation>
        </message>
        <message>
            <source>Restore defaults</source>
            <translation>Restore defaults</translation>
        </message>
        <message>
            <source>Min. ICP score (0–100)</source>
            <translation>Min. ICP score (0–100)</translation>
        </message>
        <message>
            <source>Min. revenue, last 12 months</source>
            <translation>Min. revenue, last 12 months</translation>
        </message>
        <message>
            <source>Min. months with purchases (0–12)</source>
            <translation>Min. months with purchases (0–12)</translation>
        </message>
        <message>
            <source>Min. growth potential (0–5)</source>
            <translation>Min. growth potential (0–5)</translation>
        </message>
        <message>
            <source>Min. strategic importance (0–5)</source>
            <translation>Min. strategic importance (0–5)</translation>
        </message>
        <message>
            <source>Each account gets the best tier, from A to C, whose minimums it meets in full. A tier chosen by hand in the account editor always wins.</source>
            <translation>Each account gets the best tier, from A to C, whose minimums it meets in full. A tier chosen by hand in the account editor always wins.</translation>
        </message>
        <message>
            <source>0 means the minimum is not required. An account that meets no tier is tier %1.</source>
            <translation>0 means the minimum is not required. An account that meets no tier is tier %1.</translation>
        </message>
        <message>
            <source>Strategic importance 5 keeps an account at least in tier</source>
            <translation>Strategic importance 5 keeps an account at least in tier</translation>
        </message>
        <message>
            <source>Tier %1</source>
            <translation>Tier %1</translation>
        </message>
    </context>
    <context>
        <name>ServerAddressForm</name>
        <message>
            <source>Publish to team server</source>
            <translation>Publish to team server</translation>
        </message>
        <message>
            <source>KAMdesk copies this portfolio into an empty database on your team's server, then compares every table with your file. Your file stays as it is.</source>
            <translation>KAMdesk copies this portfolio into an empty database on your team's server, then compares every table with your file. Your file stays as it is.</translation>
        </message>
        <message>
            <source>e.g. kamdesk.mycompany.com</source>
            <translation>e.g. kamdesk.mycompany.com</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>User name:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publish</translation>
        </message>
    </context>
    <context>
        <name>SlippageModel</name>
        <message>
            <source>Opportunity</source>
            <translation>Opportunity</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Expected close (before → now)</source>
            <translation>Expected close (before → now)</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Moved</translation>
        </message>
        <message>
            <source>Value (before → now)</source>
            <translation>Value (before → now)</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) later</source>
            <translation>
                <numerusform>%n day later</numerusform>
                <numerusform>%n days later</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) earlier</source>
            <translation>
                <numerusform>%n day earlier</numerusform>
                <numerusform>%n days earlier</numerusform>
            </translation>
        </message>
        <message>
            <source>no date</source>
            <translation>no date</translation>
        </message>
        <message numerus="yes">
            <source>The close date was pushed out %n time(s) this month</source>
            <translation>
                <numerusform>The close date was pushed out %n time this month</numerusform>
                <numerusform>The close date was pushed out %n times this month</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StageCardsModel</name>
        <message>
            <source>Value: %1</source>
            <translation>Value: %1</translation>
        </message>
        <message>
            <source>Weighted: %1 (%2 %)</source>
            <translation>Weighted: %1 (%2 %)</translation>
        </message>
        <message>
            <source>Expected close: %1</source>
            <translation>Expected close: %1</translation>
        </message>
        <message>
            <source>Product: %1</source>
            <translation>Product: %1</translation>
        </message>
        <message>
            <source>Owner: %1</source>
            <translation>Owner: %1</translation>
        </message>
        <message>
            <source>Next step: %1</source>
            <translation>Next step: %1</translation>
        </message>
        <message>
            <source>No next step planned</source>
            <translation>No next step planned</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Reason: %1</translation>
        </message>
    </context>
    <context>
        <name>StageCommands</name>
        <message>
            <source>New stage “%1”</source>
            <translation>New stage “%1”</translation>
        </message>
        <message>
            <source>Rename stage “%1” to “%2”</source>
            <translation>Rename stage “%1” to “%2”</translation>
        </message>
        <message>
            <source>Default probability of “%1”: %2%</source>
            <translation>Default probability of “%1”: %2%</translation>
        </message>
        <message>
            <source>Outcome of “%1”: %2</source>
            <translation>Outcome of “%1”: %2</translation>
        </message>
        <message>
            <source>Move stage “%1” up</source>
            <translation>Move stage “%1” up</translation>
        </message>
        <message>
            <source>Move stage “%1” down</source>
            <translation>Move stage “%1” down</translation>
        </message>
        <message>
            <source>Delete stage “%1”</source>
            <translation>Delete stage “%1”</translation>
        </message>
        <message>
            <source>New product line “%1”</source>
            <translation>New product line “%1”</translation>
        </message>
        <message>
            <source>Rename product line “%1” to “%2”</source>
            <translation>Rename product line “%1” to “%2”</translation>
        </message>
        <message>
            <source>Edit product line “%1”</source>
            <translation>Edit product line “%1”</translation>
        </message>
        <message>
            <source>Delete product line “%1”</source>
            <translation>Delete product line “%1”</translation>
        </message>
    </context>
    <context>
        <name>StageFunnel</name>
        <message>
            <source>Stage funnel</source>
            <translation>Stage funnel</translation>
        </message>
        <message numerus="yes">
            <source>%n open opportunity(s)</source>
            <translation>
                <numerusform>%n open opportunity</numerusform>
                <numerusform>%n open opportunities</numerusform>
            </translation>
        </message>
        <message>
            <source>Value: %1</source>
            <translation>Value: %1</translation>
        </message>
        <message>
            <source>Expected to close in %1</source>
            <translation>Expected to close in %1</translation>
        </message>
        <message>
            <source>No open opportunity is expected to close in this period.</source>
            <translation>No open opportunity is expected to close in this period.</translation>
        </message>
        <message>
            <source>No open opportunity is expected to close in %1.</source>
            <translation>No open opportunity is expected to close in %1.</translation>
        </message>
    </context>
    <context>
        <name>StageHeader</name>
        <message>
            <source>Default probability of this stage: %1 %</source>
            <translation>Default probability of this stage: %1 %</translation>
        </message>
        <message>
            <source>Closed as won</source>
            <translation>Closed as won</translation>
        </message>
        <message>
            <source>Closed as lost</source>
            <translation>Closed as lost</translation>
        </message>
        <message>
            <source>Weighted: %1</source>
            <translation>Weighted: %1</translation>
        </message>
        <message>
            <source>Weighted value = value × probability</source>
            <translation>Weighted value = value × probability</translation>
        </message>
        <message numerus="yes">
            <source>%n opportunity(s)</source>
            <translation>
                <numerusform>%n opportunity</numerusform>
                <numerusform>%n opportunities</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StageOutcome</name>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Won</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Lost</translation>
        </message>
    </context>
    <context>
        <name>StagesModel</name>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Default probability</source>
            <translation>Default probability</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Opportunities</translation>
        </message>
        <message>
            <source>The probability of an opportunity in this stage that has none of its own</source>
            <translation>The probability of an opportunity in this stage that has none of its own</translation>
        </message>
        <message>
            <source>Open stages are the pipeline; reaching a won or lost stage closes the deal</source>
            <translation>Open stages are the pipeline; reaching a won or lost stage closes the deal</translation>
        </message>
        <message>
            <source>Opportunities in this stage now</source>
            <translation>Opportunities in this stage now</translation>
        </message>
    </context>
    <context>
        <name>StagesPage</name>
        <message>
            <source>Add stage</source>
            <translation>Add stage</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Add product line</source>
            <translation>Add product line</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Stages of the board, in order</source>
            <translation>Stages of the board, in order</translation>
        </message>
        <message>
            <source>Product lines</source>
            <translation>Product lines</translation>
        </message>
        <message>
            <source>Changes on this tab are saved as you make them, also if you press Cancel; Undo takes them back one by one.</source>
            <translation>Changes on this tab are saved as you make them, also if you press Cancel; Undo takes them back one by one.</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>New stage</translation>
        </message>
        <message numerus="yes">
            <source>“%1” holds %n opportunity(s), and no other stage has the outcome “%2” to take them. Add such a stage first, or move the opportunities on the board.</source>
            <translation>
                <numerusform>“%1” holds %n opportunity, and no other stage has the outcome “%2” to take them. Add such a stage first, or move the opportunities on the board.</numerusform>
                <numerusform>“%1” holds %n opportunities, and no other stage has the outcome “%2” to take them. Add such a stage first, or move the opportunities on the board.</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Default probability</source>
            <translation>Default probability</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>New product line</source>
            <translation>New product line</translation>
        </message>
        <message>
            <source>Delete product line</source>
            <translation>Delete product line</translation>
        </message>
        <message numerus="yes">
            <source>“%1” is the product line of %n opportunity(s).</source>
            <translation>
                <numerusform>“%1” is the product line of %n opportunity.</numerusform>
                <numerusform>“%1” is the product line of %n opportunities.</numerusform>
            </translation>
        </message>
        <message>
            <source>The opportunities stay in the pipeline, without a product line. Undo gives it back to them.</source>
            <translation>The opportunities stay in the pipeline, without a product line. Undo gives it back to them.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
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
            <translation>High</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <source>No sponsor in the target area “{area}”.</source>
            <translation>No sponsor in the target area “{area}”.</translation>
        </message>
        <message>
            <source>No decision maker identified.</source>
            <translation>No decision maker identified.</translation>
        </message>
        <message>
            <source>No economic buyer identified.</source>
            <translation>No economic buyer identified.</translation>
        </message>
        <message>
            <source>{name} (influence {influence}) is against us.</source>
            <translation>{name} (influence {influence}) is against us.</translation>
        </message>
        <message>
            <source>No contact with {name} for {days} days.</source>
            <translation>No contact with {name} for {days} days.</translation>
        </message>
        <message>
            <source>{name} has never been contacted.</source>
            <translation>{name} has never been contacted.</translation>
        </message>
        <message>
            <source>{name} is our only contact in this account.</source>
            <translation>{name} is our only contact in this account.</translation>
        </message>
    </context>
    <context>
        <name>StakeholderMap</name>
        <message>
            <source>Stance: %1</source>
            <translation>Stance: %1</translation>
        </message>
        <message>
            <source>Influence: %1 of 5</source>
            <translation>Influence: %1 of 5</translation>
        </message>
        <message>
            <source>Buying role: %1</source>
            <translation>Buying role: %1</translation>
        </message>
        <message>
            <source>Relationship: %1 of 5</source>
            <translation>Relationship: %1 of 5</translation>
        </message>
        <message>
            <source>Contact is overdue.</source>
            <translation>Contact is overdue.</translation>
        </message>
        <message>
            <source>%1 · target area</source>
            <translation>%1 · target area</translation>
        </message>
    </context>
    <context>
        <name>StakeholderMapTab</name>
        <message>
            <source>Double-click on the map to add the first person.</source>
            <translation>Double-click on the map to add the first person.</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Map</translation>
        </message>
        <message>
            <source>Show the people as cards on the map</source>
            <translation>Show the people as cards on the map</translation>
        </message>
        <message>
            <source>Power grid</source>
            <translation>Power grid</translation>
        </message>
        <message>
            <source>Show the people by influence and stance; drag a card to another cell</source>
            <translation>Show the people by influence and stance; drag a card to another cell</translation>
        </message>
        <message>
            <source>List</source>
            <translation>List</translation>
        </message>
        <message>
            <source>Show the people as rows in a table</source>
            <translation>Show the people as rows in a table</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>Add person</translation>
        </message>
        <message>
            <source>Add a person to the map</source>
            <translation>Add a person to the map</translation>
        </message>
        <message>
            <source>Draw links</source>
            <translation>Draw links</translation>
        </message>
        <message>
            <source>Drag from one card to another to link them (or hold Shift while dragging)</source>
            <translation>Drag from one card to another to link them (or hold Shift while dragging)</translation>
        </message>
        <message>
            <source>The kind of link a drag draws</source>
            <translation>The kind of link a drag draws</translation>
        </message>
        <message>
            <source>Arrange as org chart</source>
            <translation>Arrange as org chart</translation>
        </message>
        <message>
            <source>Place every card by reporting lines and org units (undoable)</source>
            <translation>Place every card by reporting lines and org units (undoable)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Show the whole map</source>
            <translation>Show the whole map</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Record map review</source>
            <translation>Record map review</translation>
        </message>
        <message>
            <source>Save today's coverage and resistance to follow their trend (undoable)</source>
            <translation>Save today's coverage and resistance to follow their trend (undoable)</translation>
        </message>
        <message>
            <source>Export map…</source>
            <translation>Export map…</translation>
        </message>
        <message>
            <source>Save the whole map as a PNG or SVG picture or as a PDF page</source>
            <translation>Save the whole map as a PNG or SVG picture or as a PDF page</translation>
        </message>
        <message>
            <source>Find a person…</source>
            <translation>Find a person…</translation>
        </message>
        <message>
            <source>Select and show the people whose name contains this</source>
            <translation>Select and show the people whose name contains this</translation>
        </message>
        <message>
            <source>Dim the cards that do not match</source>
            <translation>Dim the cards that do not match</translation>
        </message>
        <message>
            <source>Highlight: none</source>
            <translation>Highlight: none</translation>
        </message>
        <message>
            <source>Highlight by stance</source>
            <translation>Highlight by stance</translation>
        </message>
        <message>
            <source>Highlight by buying role</source>
            <translation>Highlight by buying role</translation>
        </message>
        <message>
            <source>Highlight by org unit</source>
            <translation>Highlight by org unit</translation>
        </message>
        <message>
            <source>The cards to keep bright</source>
            <translation>The cards to keep bright</translation>
        </message>
        <message>
            <source>Search by name or job title</source>
            <translation>Search by name or job title</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Org units</source>
            <translation>Org units</translation>
        </message>
        <message>
            <source>Sponsor coverage = target areas with at least one sponsor ÷ target areas</source>
            <translation>Sponsor coverage = target areas with at least one sponsor ÷ target areas</translation>
        </message>
        <message>
            <source>Resistance = influence of resistant and opponent people ÷ influence of all</source>
            <translation>Resistance = influence of resistant and opponent people ÷ influence of all</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Coverage</translation>
        </message>
        <message>
            <source>Gaps to close</source>
            <translation>Gaps to close</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legend</translation>
        </message>
        <message>
            <source>Choose an account in the toolbar above to see its stakeholder map.</source>
            <translation>Choose an account in the toolbar above to see its stakeholder map.</translation>
        </message>
        <message>
            <source>no target area</source>
            <translation>no target area</translation>
        </message>
        <message>
            <source>Sponsor coverage: %1</source>
            <translation>Sponsor coverage: %1</translation>
        </message>
        <message>
            <source>Resistance: %1</source>
            <translation>Resistance: %1</translation>
        </message>
        <message>
            <source>No map review recorded yet.</source>
            <translation>No map review recorded yet.</translation>
        </message>
        <message>
            <source>Map reviews, newest first:</source>
            <translation>Map reviews, newest first:</translation>
        </message>
        <message>
            <source>%1: coverage %2, resistance %3</source>
            <translation>%1: coverage %2, resistance %3</translation>
        </message>
        <message>
            <source>Delete from the map</source>
            <translation>Delete from the map</translation>
        </message>
        <message>
            <source>This link cannot be drawn.</source>
            <translation>This link cannot be drawn.</translation>
        </message>
        <message>
            <source>No buying role</source>
            <translation>No buying role</translation>
        </message>
        <message>
            <source>No org unit</source>
            <translation>No org unit</translation>
        </message>
        <message>
            <source>%1 - map</source>
            <translation>%1 - map</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG drawing (*.svg)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Export map</source>
            <translation>Export map</translation>
        </message>
        <message>
            <source>The map could not be exported to %1.</source>
            <translation>The map could not be exported to %1.</translation>
        </message>
        <message>
            <source>The folder does not exist.</source>
            <translation>The folder does not exist.</translation>
        </message>
        <message>
            <source>You may not write to this folder.</source>
            <translation>You may not write to this folder.</translation>
        </message>
    </context>
    <context>
        <name>Stance</name>
        <message>
            <source>Sponsor</source>
            <translation>Sponsor</translation>
        </message>
        <message>
            <source>Ally</source>
            <translation>Ally</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Neutral</translation>
        </message>
        <message>
            <source>Resistant</source>
            <translation>Resistant</translation>
        </message>
        <message>
            <source>Opponent</source>
            <translation>Opponent</translation>
        </message>
    </context>
    <context>
        <name>StanceGrid</name>
        <message>
            <source>Decides</source>
            <translation>Decides</translation>
        </message>
        <message>
            <source>Strong say</source>
            <translation>Strong say</translation>
        </message>
        <message>
            <source>Is heard</source>
            <translation>Is heard</translation>
        </message>
        <message>
            <source>Some say</source>
            <translation>Some say</translation>
        </message>
        <message>
            <source>Little say</source>
            <translation>Little say</translation>
        </message>
        <message>
            <source>← For us</source>
            <translation>← For us</translation>
        </message>
        <message>
            <source>Against us →</source>
            <translation>Against us →</translation>
        </message>
        <message>
            <source>Influence %1</source>
            <translation>Influence %1</translation>
        </message>
    </context>
    <context>
        <name>StanceGridScene</name>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StanceGridView</name>
        <message>
            <source>Nobody on this map yet. Add people, then drag their cards between the cells.</source>
            <translation>Nobody on this map yet. Add people, then drag their cards between the cells.</translation>
        </message>
        <message>
            <source>“%1” cannot be moved to this cell.</source>
            <translation>“%1” cannot be moved to this cell.</translation>
        </message>
        <message>
            <source>Correct this in the person's details, then try again.</source>
            <translation>Correct this in the person's details, then try again.</translation>
        </message>
        <message numerus="yes">
            <source>Move %n person(s) in the grid</source>
            <translation>
                <numerusform>Move %n person in the grid</numerusform>
                <numerusform>Move %n people in the grid</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Strategy</name>
        <message>
            <source>Repositioning</source>
            <translation>Repositioning</translation>
        </message>
        <message>
            <source>Cross-sell</source>
            <translation>Cross-sell</translation>
        </message>
        <message>
            <source>Up-sell</source>
            <translation>Up-sell</translation>
        </message>
        <message>
            <source>Operational recovery</source>
            <translation>Operational recovery</translation>
        </message>
    </context>
    <context>
        <name>SurveyDialog</name>
        <message>
            <source>New survey response</source>
            <translation>New survey response</translation>
        </message>
        <message>
            <source>Edit response</source>
            <translation>Edit response</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Survey</translation>
        </message>
        <message>
            <source>Score *</source>
            <translation>Score *</translation>
        </message>
        <message>
            <source>Answered on</source>
            <translation>Answered on</translation>
        </message>
        <message>
            <source>nobody in particular</source>
            <translation>nobody in particular</translation>
        </message>
        <message>
            <source>Who answered, when you know: one of the account's people</source>
            <translation>Who answered, when you know: one of the account's people</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>What they said, in their words</source>
            <translation>What they said, in their words</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Add response</source>
            <translation>Add response</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>0–10: how likely they are to recommend you (9–10 promoter, 7–8 passive, 0–6 detractor)</source>
            <translation>0–10: how likely they are to recommend you (9–10 promoter, 7–8 passive, 0–6 detractor)</translation>
        </message>
        <message>
            <source>1–5: how satisfied they are (4–5 count as satisfied)</source>
            <translation>1–5: how satisfied they are (4–5 count as satisfied)</translation>
        </message>
        <message>
            <source>New %1 response of %2</source>
            <translation>New %1 response of %2</translation>
        </message>
        <message>
            <source>Edit %1 response of %2</source>
            <translation>Edit %1 response of %2</translation>
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
            <translation>Date</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Survey</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
    </context>
    <context>
        <name>SurveyPage</name>
        <message>
            <source>New response</source>
            <translation>New response</translation>
        </message>
        <message>
            <source>Record an NPS or CSAT answer</source>
            <translation>Record an NPS or CSAT answer</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Open the selected response</source>
            <translation>Open the selected response</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete the selected response (undoable)</source>
            <translation>Delete the selected response (undoable)</translation>
        </message>
        <message>
            <source>Select an account to see its survey responses.</source>
            <translation>Select an account to see its survey responses.</translation>
        </message>
        <message>
            <source>NPS and CSAT</source>
            <translation>NPS and CSAT</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100, over the NPS responses of the period</source>
            <translation>NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100, over the NPS responses of the period</translation>
        </message>
        <message>
            <source>CSAT = % of the CSAT responses (1–5) of the period scoring 4 or 5</source>
            <translation>CSAT = % of the CSAT responses (1–5) of the period scoring 4 or 5</translation>
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
                <numerusform>%n NPS response</numerusform>
                <numerusform>%n NPS responses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n CSAT response(s)</source>
            <translation>
                <numerusform>%n CSAT response</numerusform>
                <numerusform>%n CSAT responses</numerusform>
            </translation>
        </message>
        <message>
            <source>No responses of this kind. Choose “NPS and CSAT” to see them all.</source>
            <translation>No responses of this kind. Choose “NPS and CSAT” to see them all.</translation>
        </message>
        <message>
            <source>No survey responses yet.
When a client answers an NPS (0–10) or CSAT (1–5) survey, click “New response” to record it: the account's health counts them.</source>
            <translation>No survey responses yet.
When a client answers an NPS (0–10) or CSAT (1–5) survey, click “New response” to record it: the account's health counts them.</translation>
        </message>
        <message>
            <source>Delete %1 response of %2</source>
            <translation>Delete %1 response of %2</translation>
        </message>
    </context>
    <context>
        <name>TeamPage</name>
        <message>
            <source>You are %1 on this team: %2</source>
            <translation>You are %1 on this team: %2</translation>
        </message>
        <message>
            <source>KAMs see every account (not only their own)</source>
            <translation>KAMs see every account (not only their own)</translation>
        </message>
        <message>
            <source>Off, a KAM sees only the accounts they own, with everything in them; the server hides the others from any program.</source>
            <translation>Off, a KAM sees only the accounts they own, with everything in them; the server hides the others from any program.</translation>
        </message>
        <message>
            <source>Members are added and removed by whoever runs the server, with “kamdesk team add” (see the README).</source>
            <translation>Members are added and removed by whoever runs the server, with “kamdesk team add” (see the README).</translation>
        </message>
        <message>
            <source>Let KAMs see every account</source>
            <translation>Let KAMs see every account</translation>
        </message>
        <message>
            <source>Let KAMs see only their own accounts</source>
            <translation>Let KAMs see only their own accounts</translation>
        </message>
    </context>
    <context>
        <name>TeamRoles</name>
        <message>
            <source>Director</source>
            <translation>Director</translation>
        </message>
        <message>
            <source>KAM</source>
            <translation>KAM</translation>
        </message>
        <message>
            <source>Viewer (read only)</source>
            <translation>Viewer (read only)</translation>
        </message>
        <message>
            <source>Reads and edits every account and the portfolio's settings.</source>
            <translation>Reads and edits every account and the portfolio's settings.</translation>
        </message>
        <message>
            <source>Edits the accounts whose owner is “%1”; reads the others (or does not see them, if the director chose so).</source>
            <translation>Edits the accounts whose owner is “%1”; reads the others (or does not see them, if the director chose so).</translation>
        </message>
        <message>
            <source>Reads the portfolio; changes are refused by the server.</source>
            <translation>Reads the portfolio; changes are refused by the server.</translation>
        </message>
    </context>
    <context>
        <name>Tier</name>
        <message>
            <source>A · Strategic</source>
            <translation>A · Strategic</translation>
        </message>
        <message>
            <source>B · Key</source>
            <translation>B · Key</translation>
        </message>
        <message>
            <source>C · Development</source>
            <translation>C · Development</translation>
        </message>
        <message>
            <source>D · Maintain</source>
            <translation>D · Maintain</translation>
        </message>
    </context>
    <context>
        <name>TierText</name>
        <message>
            <source>ICP score</source>
            <translation>ICP score</translation>
        </message>
        <message>
            <source>revenue in 12 months</source>
            <translation>revenue in 12 months</translation>
        </message>
        <message>
            <source>months with purchases</source>
            <translation>months with purchases</translation>
        </message>
        <message>
            <source>growth potential</source>
            <translation>growth potential</translation>
        </message>
        <message>
            <source>strategic importance</source>
            <translation>strategic importance</translation>
        </message>
        <message>
            <source>No tier rule is met, so the account is in the last tier.</source>
            <translation>No tier rule is met, so the account is in the last tier.</translation>
        </message>
        <message>
            <source>Meets the rule of %1: %2</source>
            <translation>Meets the rule of %1: %2</translation>
        </message>
        <message>
            <source>no minimums</source>
            <translation>no minimums</translation>
        </message>
        <message>
            <source>Short of %1: %2</source>
            <translation>Short of %1: %2</translation>
        </message>
        <message>
            <source>Strategic importance 5 keeps it at least in %1.</source>
            <translation>Strategic importance 5 keeps it at least in %1.</translation>
        </message>
        <message>
            <source>Set by hand to %1; the rules give %2.</source>
            <translation>Set by hand to %1; the rules give %2.</translation>
        </message>
    </context>
    <context>
        <name>TopRisksModel</name>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
    </context>
    <context>
        <name>TopRisksView</name>
        <message>
            <source>Score = likelihood × impact. Click a cell to list its risks; double-click a risk to open its account.</source>
            <translation>Score = likelihood × impact. Click a cell to list its risks; double-click a risk to open its account.</translation>
        </message>
        <message>
            <source>No open risks in the portfolio. Record risks in each account's Risks page.</source>
            <translation>No open risks in the portfolio. Record risks in each account's Risks page.</translation>
        </message>
        <message>
            <source>Open risks with likelihood %1 × impact %2 (score %3, %4)</source>
            <translation>Open risks with likelihood %1 × impact %2 (score %3, %4)</translation>
        </message>
        <message numerus="yes">
            <source>Top %1 of %n open risk(s) across accounts</source>
            <translation>
                <numerusform>Top %1 of %n open risk across accounts</numerusform>
                <numerusform>Top %1 of %n open risks across accounts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open risk(s) across accounts</source>
            <translation>
                <numerusform>%n open risk across accounts</numerusform>
                <numerusform>%n open risks across accounts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TransferActions</name>
        <message>
            <source>P&amp;ublish to team server…</source>
            <translation>P&amp;ublish to team server…</translation>
        </message>
        <message>
            <source>Save an off&amp;line copy…</source>
            <translation>Save an off&amp;line copy…</translation>
        </message>
        <message>
            <source>Connecting to the server…</source>
            <translation>Connecting to the server…</translation>
        </message>
        <message>
            <source>Copying the portfolio to the server…</source>
            <translation>Copying the portfolio to the server…</translation>
        </message>
        <message>
            <source>The portfolio was published to the team server.</source>
            <translation>The portfolio was published to the team server.</translation>
        </message>
        <message>
            <source>Publish to team server</source>
            <translation>Publish to team server</translation>
        </message>
        <message>
            <source>Save an offline copy</source>
            <translation>Save an offline copy</translation>
        </message>
        <message>
            <source>KAMdesk portfolios (*%1)</source>
            <translation>KAMdesk portfolios (*%1)</translation>
        </message>
        <message>
            <source>%1 (offline %2)</source>
            <translation>%1 (offline %2)</translation>
        </message>
        <message>
            <source>Copying the team portfolio into the file…</source>
            <translation>Copying the team portfolio into the file…</translation>
        </message>
        <message>
            <source>The offline copy was saved.</source>
            <translation>The offline copy was saved.</translation>
        </message>
        <message>
            <source>Copy cancelled: nothing was written.</source>
            <translation>Copy cancelled: nothing was written.</translation>
        </message>
        <message numerus="yes">
            <source>%n table(s)</source>
            <translation>
                <numerusform>%n table</numerusform>
                <numerusform>%n tables</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) copied</source>
            <translation>
                <numerusform>%Ln row copied</numerusform>
                <numerusform>%Ln rows copied</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2; every table identical.</source>
            <translation>%1, %2; every table identical.</translation>
        </message>
        <message>
            <source>To work on it with your team, use File ▸ Connect to team server.</source>
            <translation>To work on it with your team, use File ▸ Connect to team server.</translation>
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation>Nothing was written.</translation>
        </message>
        <message>
            <source>The database “%1” is not empty.</source>
            <translation>The database “%1” is not empty.</translation>
        </message>
        <message>
            <source>A portfolio can only be published into an empty database. Ask whoever runs the server for a new one.</source>
            <translation>A portfolio can only be published into an empty database. Ask whoever runs the server for a new one.</translation>
        </message>
        <message>
            <source>“%1” already exists.</source>
            <translation>“%1” already exists.</translation>
        </message>
        <message>
            <source>Choose another name for the offline copy.</source>
            <translation>Choose another name for the offline copy.</translation>
        </message>
        <message>
            <source>The copy did not match the original, so it was not kept.</source>
            <translation>The copy did not match the original, so it was not kept.</translation>
        </message>
        <message>
            <source>Tables that differ: %1.</source>
            <translation>Tables that differ: %1.</translation>
        </message>
        <message>
            <source>The portfolio could not be copied.</source>
            <translation>The portfolio could not be copied.</translation>
        </message>
    </context>
    <context>
        <name>UnitCommands</name>
        <message numerus="yes">
            <source>Delete %n org unit(s)</source>
            <translation>
                <numerusform>Delete %n org unit</numerusform>
                <numerusform>Delete %n org units</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n org unit(s)</source>
            <translation>
                <numerusform>Move %n org unit</numerusform>
                <numerusform>Move %n org units</numerusform>
            </translation>
        </message>
        <message>
            <source>Add org unit “%1”</source>
            <translation>Add org unit “%1”</translation>
        </message>
        <message>
            <source>Rename “%1” to “%2”</source>
            <translation>Rename “%1” to “%2”</translation>
        </message>
        <message>
            <source>Move “%1”</source>
            <translation>Move “%1”</translation>
        </message>
        <message>
            <source>Mark “%1” as a target area</source>
            <translation>Mark “%1” as a target area</translation>
        </message>
        <message>
            <source>Unmark “%1” as a target area</source>
            <translation>Unmark “%1” as a target area</translation>
        </message>
        <message>
            <source>Change the kind of “%1”</source>
            <translation>Change the kind of “%1”</translation>
        </message>
        <message>
            <source>Edit org unit “%1”</source>
            <translation>Edit org unit “%1”</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Open the demo portfolio</source>
            <translation>Open the demo portfolio</translation>
        </message>
        <message>
            <source>Explore KAMdesk with 40 realistic accounts. Nothing you do there touches a portfolio of your own.</source>
            <translation>Explore KAMdesk with 40 realistic accounts. Nothing you do there touches a portfolio of your own.</translation>
        </message>
        <message>
            <source>New portfolio…</source>
            <translation>New portfolio…</translation>
        </message>
        <message>
            <source>Start with an empty portfolio and add your key accounts one by one.</source>
            <translation>Start with an empty portfolio and add your key accounts one by one.</translation>
        </message>
        <message>
            <source>Import a workbook…</source>
            <translation>Import a workbook…</translation>
        </message>
        <message>
            <source>Your accounts are in Excel already? Bring them into a new portfolio: every row is checked, and you see the changes before anything is written.</source>
            <translation>Your accounts are in Excel already? Bring them into a new portfolio: every row is checked, and you see the changes before anything is written.</translation>
        </message>
        <message>
            <source>Open a portfolio…</source>
            <translation>Open a portfolio…</translation>
        </message>
        <message>
            <source>Connect to a team server…</source>
            <translation>Connect to a team server…</translation>
        </message>
        <message>
            <source>Work on your team's shared portfolio, kept on your company's server.</source>
            <translation>Work on your team's shared portfolio, kept on your company's server.</translation>
        </message>
        <message>
            <source>How would you like to start?</source>
            <translation>How would you like to start?</translation>
        </message>
        <message>
            <source>Welcome to KAMdesk</source>
            <translation>Welcome to KAMdesk</translation>
        </message>
        <message>
            <source>Your key accounts in one place: ICP and tiers, stakeholder maps, pipeline and forecast, risks, OKRs and account health. Everything stays on your computer, in one portfolio file that you can copy and back up.</source>
            <translation>Your key accounts in one place: ICP and tiers, stakeholder maps, pipeline and forecast, risks, OKRs and account health. Everything stays on your computer, in one portfolio file that you can copy and back up.</translation>
        </message>
        <message>
            <source>Already have a portfolio?</source>
            <translation>Already have a portfolio?</translation>
        </message>
        <message>
            <source>Recent portfolios:</source>
            <translation>Recent portfolios:</translation>
        </message>
        <message>
            <source>New to the key account routine? &lt;a href='guide'&gt;Read the routine guide&lt;/a&gt;: what to review each month and each quarter, and where in KAMdesk.</source>
            <translation>New to the key account routine? &lt;a href='guide'&gt;Read the routine guide&lt;/a&gt;: what to review each month and each quarter, and where in KAMdesk.</translation>
        </message>
        <message>
            <source>Import a workbook</source>
            <translation>Import a workbook</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
            <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
        </message>
        <message>
            <source>Save the new portfolio as</source>
            <translation>Save the new portfolio as</translation>
        </message>
        <message>
            <source>KAMdesk portfolios (*%1)</source>
            <translation>KAMdesk portfolios (*%1)</translation>
        </message>
    </context>
    <context>
        <name>Whitespace</name>
        <message>
            <source>Bought</source>
            <translation>Bought</translation>
        </message>
        <message>
            <source>Open opportunity</source>
            <translation>Open opportunity</translation>
        </message>
        <message>
            <source>Whitespace</source>
            <translation>Whitespace</translation>
        </message>
    </context>
    <context>
        <name>WhitespaceMatrixView</name>
        <message>
            <source>Reading the whitespace matrix…</source>
            <translation>Reading the whitespace matrix…</translation>
        </message>
        <message>
            <source>won value</source>
            <translation>won value</translation>
        </message>
        <message>
            <source>value in play; click to see</source>
            <translation>value in play; click to see</translation>
        </message>
        <message>
            <source>not bought, not offered; click to create</source>
            <translation>not bought, not offered; click to create</translation>
        </message>
        <message>
            <source>Whitespace: %1 · open: %2 · bought: %3</source>
            <translation>Whitespace: %1 · open: %2 · bought: %3</translation>
        </message>
        <message>
            <source>Whitespace — accounts × product lines</source>
            <translation>Whitespace — accounts × product lines</translation>
        </message>
        <message>
            <source>Whitespace</source>
            <translation>Whitespace</translation>
        </message>
        <message>
            <source>Whitespace — %1: org units × product lines</source>
            <translation>Whitespace — %1: org units × product lines</translation>
        </message>
        <message>
            <source>The account no longer exists.</source>
            <translation>The account no longer exists.</translation>
        </message>
        <message>
            <source>No product lines yet. Add your product lines to see where each one is bought, in play, or still whitespace.</source>
            <translation>No product lines yet. Add your product lines to see where each one is bought, in play, or still whitespace.</translation>
        </message>
        <message>
            <source>No active accounts yet.</source>
            <translation>No active accounts yet.</translation>
        </message>
        <message>
            <source>This account has no org units yet. Add its areas in the Stakeholder map tab to see the whitespace by org unit.</source>
            <translation>This account has no org units yet. Add its areas in the Stakeholder map tab to see the whitespace by org unit.</translation>
        </message>
        <message>
            <source>%1 for %2</source>
            <translation>%1 for %2</translation>
        </message>
    </context>
    <context>
        <name>WhitespaceModel</name>
        <message>
            <source>No org unit</source>
            <translation>No org unit</translation>
        </message>
        <message numerus="yes">
            <source>%n won</source>
            <translation>
                <numerusform>%n won</numerusform>
                <numerusform>%n won</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n open</numerusform>
                <numerusform>%n open</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 in %2</translation>
        </message>
        <message numerus="yes">
            <source>Bought: %n won opportunity(s), %1</source>
            <translation>
                <numerusform>Bought: %n won opportunity, %1</numerusform>
                <numerusform>Bought: %n won opportunities, %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In play: %n open opportunity(s), %1</source>
            <translation>
                <numerusform>In play: %n open opportunity, %1</numerusform>
                <numerusform>In play: %n open opportunities, %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Click to see these opportunities.</source>
            <translation>Click to see these opportunities.</translation>
        </message>
        <message>
            <source>Whitespace: nothing bought here and nothing in play.</source>
            <translation>Whitespace: nothing bought here and nothing in play.</translation>
        </message>
        <message>
            <source>Click to create an up-sell opportunity: the account already buys this product line elsewhere.</source>
            <translation>Click to create an up-sell opportunity: the account already buys this product line elsewhere.</translation>
        </message>
        <message>
            <source>Click to create a cross-sell opportunity.</source>
            <translation>Click to create a cross-sell opportunity.</translation>
        </message>
    </context>
    <context>
        <name>WorkbookActions</name>
        <message>
            <source>&amp;Export to Excel…</source>
            <translation>&amp;Export to Excel…</translation>
        </message>
        <message>
            <source>Export the current &amp;account only…</source>
            <translation>Export the current &amp;account only…</translation>
        </message>
        <message>
            <source>Export an empty &amp;template…</source>
            <translation>Export an empty &amp;template…</translation>
        </message>
        <message>
            <source>&amp;Import from Excel…</source>
            <translation>&amp;Import from Excel…</translation>
        </message>
        <message>
            <source>KAMdesk template</source>
            <translation>KAMdesk template</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Reading the portfolio…</source>
            <translation>Reading the portfolio…</translation>
        </message>
        <message>
            <source>Workbook saved: %1</source>
            <translation>Workbook saved: %1</translation>
        </message>
        <message>
            <source>The workbook could not be saved.</source>
            <translation>The workbook could not be saved.</translation>
        </message>
        <message>
            <source>Import from Excel</source>
            <translation>Import from Excel</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
            <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
        </message>
        <message>
            <source>Checking the workbook</source>
            <translation>Checking the workbook</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was written.</source>
            <translation>Import cancelled: nothing was written.</translation>
        </message>
        <message>
            <source>“%1” could not be imported.</source>
            <translation>“%1” could not be imported.</translation>
        </message>
        <message>
            <source>errors</source>
            <comment>file name of the errors workbook: Accounts - errors.xlsx</comment>
            <translation>errors</translation>
        </message>
        <message>
            <source>Save errors workbook</source>
            <translation>Save errors workbook</translation>
        </message>
        <message>
            <source>Saving the errors workbook</source>
            <translation>Saving the errors workbook</translation>
        </message>
        <message>
            <source>Errors workbook saved: %1</source>
            <translation>Errors workbook saved: %1</translation>
        </message>
        <message>
            <source>The errors workbook could not be saved.</source>
            <translation>The errors workbook could not be saved.</translation>
        </message>
        <message>
            <source>Imported “%1”.</source>
            <translation>Imported “%1”.</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importing</translation>
        </message>
        <message>
            <source>The import was not written.</source>
            <translation>The import was not written.</translation>
        </message>
    </context>
</TS>