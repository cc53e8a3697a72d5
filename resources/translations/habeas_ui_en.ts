<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>habeas</name>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the password kept in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library server %1 cannot be used:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Server Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a firm&apos;s shared library on a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::BundlePassphraseDialog</name>
    <message>
        <source>&amp;Encrypt the bundle with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case, its chronology, claims, damages, requests, deadlines, generated documents and every original go into %1.
Send it encrypted: without the passphrase it shows nothing, and any change to it is detected. Tell the passphrase to the recipient another way than the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use several words, or 16 characters or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: %1. An estimate from its length and the kinds of characters only: common words and known phrases are weaker than it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::BundleTransfer</name>
    <message>
        <source>E&amp;xport Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Review Comments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habeas case bundles (*.habeas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the case to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted. Its passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Review Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the review comments of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: %2 new, %3 updated, %4 kept (newer here), %5 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) changed on both sides: both versions are kept. Choose one in the Review panel (Keep Mine or Take Theirs).</source>
        <translation>
            <numerusform>%n comment changed on both sides: both versions are kept. Choose one in the Review panel (Keep Mine or Take Theirs).</numerusform>
            <numerusform>%n comments changed on both sides: both versions are kept. Choose one in the Review panel (Keep Mine or Take Theirs).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a Habeas case bundle (a .habeas file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the case bundle %1 into this library (%2) as a new case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; as a new case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the case to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::CaseDialog</name>
    <message>
        <source>Filed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 罗某诉某公司个人信息保护纠纷案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. （2021）京0491民初5094号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the case ended (judgment in force, withdrawal, settlement): no deadline starts after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ourt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public interest: e.g. 京海检民公诉〔2024〕1号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procuratorate&apos;s &amp;document number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause of &amp;action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::CaseListPanel</name>
    <message>
        <source>Filter cases (title, party, court, number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cases in the trash, to restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::CaseWorkspace</name>
    <message>
        <source>Select a case in the list, or create one with File ▸ New Case (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::CiteDialog</name>
    <message>
        <source>Cite Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exhibit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1, region %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::ClaimLiabilityBar</name>
    <message>
        <source>&amp;Heading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse &amp;Inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sentence the claim&apos;s reasons stand under in the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alternative the claim pleads: only its elements count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor withholds the evidence of this element after a production order: the complaint asks the court to find its content adverse to the processor (SPC evidence provisions Art. 95)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative: choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sentence the reasons of “%1” stand under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse Inference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::DamagesDialog</name>
    <message>
        <source>Per-record amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factors relied on (SPC interpretation on mental distress, Art. 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense ledger entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit damages item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add damages item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 2900 or 1038.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 《中华人民共和国民法典》第一千一百八十二条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deduplicated records, e.g. 120000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan per record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label=factor; …  e.g. 敏感个人信息=10; 未成年人=2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan per record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serious harm (CC 1183(1)), as the complaint states it: a diagnosis, harassment after the leak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious &amp;harm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice or receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed &amp;against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proved by e&amp;xhibit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fund&apos;s or organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid &amp;to (public interest):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count from the &amp;register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the register of affected persons (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::DamagesPanel</name>
    <message>
        <source>&amp;Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy scenario to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplified procedure (halved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personality-rights case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim in contract makes it a property case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends by judgment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediated (halved, Art. 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn (halved, Art. 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which jointly and severally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: a procuratorate pays no court fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heads of damage per scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add damages item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit damages item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove damages item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every item of “%1” into the scenario named:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::DeadlineDialog</name>
    <message>
        <source>A &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fact of the &amp;chronology:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A generated d&amp;ocument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the rule&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs from %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::DeadlineList</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis: %1; counted under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n open deadline(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n open deadline to %1.</numerusform>
            <numerusform>Wrote %n open deadlines to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::DeadlinesPanel</name>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::DeadlinesWindow</name>
    <message>
        <source>Deadlines — all cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::DocumentFieldsDialog</name>
    <message>
        <source>%1: what the lawyer sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the letter demands of each claim for relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no claims for relief of its own yet: word them under Facts &amp; law first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 停止处理委托人的个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request an apology (Civil Code Art. 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 其运营的“某某”App首页显著位置, 《法治日报》</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the apology request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::DocumentsPanel</name>
    <message>
        <source>Court filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a draft anyway (gaps marked, 草稿 watermark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;DOCX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the lawyer sets for this letter or application: categories, grounds, period, what each claim demands …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated for this case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has everything this document needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The case lacks %n field(s) this document legally needs:</source>
        <translation>
            <numerusform>The case lacks %n field this document legally needs:</numerusform>
            <numerusform>The case lacks %n fields this document legally needs:</numerusform>
        </translation>
    </message>
    <message>
        <source>Review comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as DOCX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview the document to see its pages before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s); the first %1 are shown.</source>
        <translation>
            <numerusform>%n page; the first %1 are shown.</numerusform>
            <numerusform>%n pages; the first %1 are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer there; the register keeps a copy of its bytes in the library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::EventDialog</name>
    <message>
        <source>The other side disputes this fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2021-01-20, 2021-01 or 2021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, as the complaint will state it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proved by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the fact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::EvidenceDialog</name>
    <message>
        <source>Exhibit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 证明被告App首次登录时强制收集职业等信息，无跳过选项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL, or app name, package and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. iPhone 12, iOS 14.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was collected: steps, witnesses, preservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Captured:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notarial &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Witnesses / notary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp / &amp;blockchain certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the item was collected, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How co&amp;llected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exhibit needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::EvidencePanel</name>
    <message>
        <source>the folder holds no file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>Imported %n file.</numerusform>
            <numerusform>Imported %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted image cannot be saved for import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Re&amp;dacted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop screenshots, PDFs, recordings or any other file here. Originals are kept byte for byte under their SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exhibit group (the fact the files prove) new files are numbered in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into a new supplementary evidence list (补充证据目录): its exhibits are numbered after every group of the earlier lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the exhibit up in its group and renumber (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the exhibit down in its group and renumber (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Redacted Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (redacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notarial certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (“%2”) is protected by a password. %3

Its password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1. Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verifying %n original(s)…</source>
        <translation>
            <numerusform>Verifying %n original…</numerusform>
            <numerusform>Verifying %n originals…</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stored original matches its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burning the redactions into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 with the redactions burned in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::EvidenceViewer</name>
    <message>
        <source>Enter password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the system application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 cannot be shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag over the page to highlight a region (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag over the page to draw a redaction box; exported copies black it out (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an exhibit to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — Habeas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password given does not open this PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF is protected by a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password does not open %1. Try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Type: %2
Size: %3
SHA-256: %4

Habeas does not display this kind of file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redaction box added. Exports of %1 black it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight added to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed region %1. Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1 from the library server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::FactsPanel</name>
    <message>
        <source>%1: no alternative chosen; only the elements common to all count. Choose one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements to prove with no evidence cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits cited for no element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles not in force at the time of the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pleaded: the claim pleads another alternative, or none is chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse inference: the processor withholds the evidence of this element; the complaint asks the court to find its content adverse to it (SPC evidence provisions Art. 95).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conduct is marked continuing until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier law (before the Civil Code and the PIPL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force at the time of the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the bundled texts: unchecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Fact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ite Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims for &amp;Relief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinuing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag an exhibit onto an element to cite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the claim&apos;s conduct as continuing until a date (data still held and used), so that law in force by then applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the case meets the element, in your words: the complaint&apos;s reasons use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 诉讼请求 of the complaint, one per line (amounts and costs are added from the damages worksheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits (drag onto an element):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an element to read the articles it rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims for Relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims and proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claim(s), %2 of %3 elements proven, %4 gap(s), %5 exhibit(s) proving nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>诉讼请求, one per line. The amounts claimed and 本案诉讼费用由被告负担 are added from the damages worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the case meets this element:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing Conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conduct of “%1” went on until (YYYY-MM-DD; empty: not continuing):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2022-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts &amp;&amp; Law</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::GapReportView</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gaps.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gaps.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Gap Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::Inspector</name>
    <message>
        <source>Select a party or an exhibit to see its particulars.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::Keychain</name>
    <message>
        <source>The password could not be kept in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be removed from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::MainWindow</name>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move Case to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;estore Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Case &amp;Permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Party…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;Deadlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Habeas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habeas — %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habeas — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move case to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “%1” to the trash. Edit ▸ Undo or Restore brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and everything in it for good? This cannot be undone; the audit log keeps a record that it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit chain intact (%n entries)</source>
        <translation>
            <numerusform>Audit chain intact (%n entry)</numerusform>
            <numerusform>Audit chain intact (%n entries)</numerusform>
        </translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The new language or library is used when Habeas starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These deadlines fall due within %n day(s) or have passed:</source>
        <translation>
            <numerusform>These deadlines fall due within %n day or have passed:</numerusform>
            <numerusform>These deadlines fall due within %n days or have passed:</numerusform>
        </translation>
    </message>
    <message>
        <source>About Habeas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Habeas %1&lt;/h3&gt;&lt;p&gt;A workbench for privacy litigation under Chinese law: cases, evidence, statutes, damages and the documents to file. Everything stays in the library on this computer.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 — GNU LGPL version 3&lt;/li&gt;&lt;li&gt;SQLite %3 — public domain&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The statutes shipped are official texts, which are not subject to copyright (Copyright Law of the PRC, Art. 5).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::OverviewPanel</name>
    <message>
        <source>&amp;Edit case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause of action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in the trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline: %1, due %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::PageRenderer</name>
    <message>
        <source>The PDF has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::PageView</name>
    <message>
        <source>Note for this highlight — Enter to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review comments:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::PartiesPanel</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domicile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add party…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show removed parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1. Edit ▸ Undo brings the party back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::PartyDialog</name>
    <message>
        <source>Edit party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, e.g. 11010519491231002X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, e.g. 91350100M000100Y43</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 执行董事, 总经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domicile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lation to the party:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 父亲, 母亲, 监护人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uthority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special powers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has two agents ad litem; a party may entrust one or two (CPL Art. 61).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found; install Tesseract or give its path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tesseract program used to read text in images (OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the language and the library take effect when Habeas starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ibrary folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tesseract program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name (review comments):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::PublicInterestPanel</name>
    <message>
        <source>Published on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One a line: name and title, e.g. 王某 检察官</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 正义网</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No body or organisation sued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation came forward to sue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisations, separated by 、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criminal judgment, e.g. （2025）京0108刑初123号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procuratorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prosecutors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement before suing (诉前公告, 30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact p&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afterwards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damages for the public interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal fine of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a public-interest case. A procuratorate&apos;s case has the kind “Public-interest suit” or “Public-interest suit with a criminal case” (Edit case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — 文号: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet given (Edit case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the prosecutors and the announcement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the public interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jointly and severally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of which illegal gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal fine (not claimed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::ReadingActivity</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading the files; what is not read yet stays pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::RegisterImportDialog</name>
    <message>
        <source>Import Register — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file as they will be read. Check which column holds each kind of information; only keyed hashes of ID and phone numbers and the facts derived from them are stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no such column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the earliest date in the case&apos;s chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case&apos;s chronology has no date to the day: give the date of the conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages counted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is known to hold the ID number: choose it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::RegisterPanel</name>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province (ID code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID number or phone of a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a public-interest case has a register of affected persons (the case kind, Edit case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no register of affected persons yet. Import the list behind it (a CSV or XLSX file); only keyed hashes of ID and phone numbers are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register of affected persons, imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons (distinct valid ID numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minors (under 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages counted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case already has a register of affected persons. Replace it with %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; the register is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) into the register.</source>
        <translation>
            <numerusform>Imported %n row into the register.</numerusform>
            <numerusform>Imported %n rows into the register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and were left out:</source>
        <translation>
            <numerusform>%n row could not be read and was left out:</numerusform>
            <numerusform>%n rows could not be read and were left out:</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, aged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In the register on %n line(s): </source>
        <translation>
            <numerusform>In the register on %n line: </numerusform>
            <numerusform>In the register on %n lines: </numerusform>
        </translation>
    </message>
    <message>
        <source>Clear Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the register of affected persons of this case? Its figures leave the filings until a register is imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::RequestList</name>
    <message>
        <source>Review comments:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::ReviewCommentDialog</name>
    <message>
        <source>Add Review Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Review Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Element %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has nothing to comment on yet: no claim, region, request or generated document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review comment needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::ReviewPanel</name>
    <message>
        <source>&amp;Add Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 (revision %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both sides since the last exchange. Theirs (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Review Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::SearchResults</name>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title/notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n result for “%1”</numerusform>
            <numerusform>%n results for “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::ServerLoginDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the library server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Server Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own login on the firm&apos;s server. Leave the password empty when libpq finds it (PGPASSWORD or ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server address starts with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::ServerStatus</name>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The library server %1 cannot be reached: changes cannot be saved until it answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::StaleEdit</name>
    <message>
        <source>Reload shows their version and discards your changes; Overwrite saves yours over theirs; Cancel goes back to your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::StatuteBrowser</name>
    <message>
        <source>Statutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the statutes, or type a citation (PIPL 16, 民法典第一千零三十四条)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims in this library that rest on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n article found</numerusform>
            <numerusform>%n articles found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::TeachingChecklist</name>
    <message>
        <source>Export Teaching Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A teaching copy replaces every person named in the case by a pseudonym and masks ID numbers, credit codes, phones and addresses. Each exhibit goes in only as shown here: every page rendered, its redactions burned in, no original. Look at every page and tick the exhibit when nothing on it identifies anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — I have looked at every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its redactions changed since it was last reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no exhibits: nothing to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exhibit cannot be rendered; the export will refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s) not yet reviewed.</source>
        <translation>
            <numerusform>%n exhibit not yet reviewed.</numerusform>
            <numerusform>%n exhibits not yet reviewed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::TeachingExport</name>
    <message>
        <source>Export &amp;Teaching Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teaching copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Teaching Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the teaching copy to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::TeamAction</name>
    <message>
        <source>&amp;Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may see and change this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a server library has teams: a folder library is one user&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::TeamDialog</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add or Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user&apos;s server login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sees and changes “%1”: its lead and members change it, readers only read it, no one else sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the case&apos;s lead or the library administrator changes its team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
