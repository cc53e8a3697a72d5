<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>habeas::cli</name>
    <message>
        <source>%1 must be a positive number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the entries of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the passphrase from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--passphrase-stdin: standard input gave no passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write the bundle (.habeas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypt it (Argon2id and XChaCha20-Poly1305); needs --passphrase-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the passphrase from the first line of standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a teaching copy: pseudonyms for every person, identifiers masked, each exhibit a rendering with its redactions burned in (every exhibit reviewed first: bundle review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle export: --out is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle export: --encrypt and --passphrase-stdin go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacked size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redactions changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record that you reviewed every page of this exhibit (its id) as the teaching copy will show it; repeat for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle (.habeas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; as case %2 (originals: %3 added, %4 already in the library).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (in the trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case new: --title is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the cases in the trash instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only cases whose title, parties, number, court or cause contain TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only cases of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only cases at this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be private, public-interest, criminal-incidental-public-interest or clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stage is not a known stage; see habeas-cli case new --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved case %1 to the trash (habeas-cli case restore %1 brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sentence the claim&apos;s reasons stand under in the complaint, or &quot;default&quot; for the theory&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alternative the claim pleads (habeas-cli theory show THEORY lists them), or &quot;none&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the element, by number or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: the processor refused to produce the evidence of it, and the complaint asks for an adverse inference (SPC evidence provisions Art. 95); no: clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE must be yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property-loss, processor-gain, rights-protection-cost, mental-distress, discretionary, illegal-gain or per-record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount in yuan, e.g. 2900 or 1038.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the legal basis, e.g. &quot;PIPL 69(2)&quot; (default: the head&apos;s usual basis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exhibit that proves the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed (default), expected, conservative or a name of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a defendant liable for the item; several make it joint and several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the item is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-record: the number of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-record: yuan per record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-record: a stated coefficient, e.g. 敏感个人信息=10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mental distress: a factor of the SPC interpretation Art. 5 (fault, circumstances, consequences, profit, ability, living-standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mental distress: the serious harm it rests on (Civil Code Art. 1183(1)), as the complaint states it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>costs: lawyer, notary, timestamp, preservation, investigation, travel, printing or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>costs: the date paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>costs: who was paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>costs: the invoice or receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public interest: where the money goes: treasury (上缴国库), fund or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public interest: the fund&apos;s or organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-record: take the record count from the case&apos;s register: records, minors, under14 or category:&lt;category&gt; (e.g. category:行踪轨迹); empty: typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--head: &quot;%1&quot; is not a head of damages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--records: the number of records must be at least 1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expense-kind: &quot;%1&quot; is not a kind of expense.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paid-on must be a date like 2021-01-20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be treasury, fund or organisation, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defendants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damages add: --head is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damages add: --amount is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added item %1: %2, %3 yuan (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ends must be judgment, mediation or withdrawal, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how the case ends: judgment (default), mediation or withdrawal (both halve the fee, 诉讼费用交纳办法 Art. 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario (default: claimed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of which joint and several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court fee (property case: contract)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court fee (personality rights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount claimed, in yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property or personality (default: personality rights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simplified procedure: the fee is halved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee: --amount is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be property or personality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a period of N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a period of N months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a period of N years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --days: count working days of the official calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least 1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of --days, --months and --years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--working-days counts the days given with --days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the period starts from (not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline compute: --from is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline compute: give the period with --days, --months or --years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chronology event that starts it (its date is the start, and moves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the generated document that starts it (the day it was generated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is due (default: the rule&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer, appeal-judgment, appeal-ruling, evidence, retrial, enforcement, limitation, public-notice, rights-request or custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline add: --kind is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown deadline kind &quot;%1&quot;; one of answer, appeal-judgment, appeal-ruling, evidence, retrial, enforcement, limitation, public-notice, rights-request, custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline add: give the start with --from, --event or --document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deadline id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case id (default: every case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only open deadlines due within DAYS days from today (overdue ones included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only open deadlines whose day has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done deadlines too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due-within must be a number of days, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cannot be computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark it open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline %1 is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline %1 is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed deadline %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .ics file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline ics: --out is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 deadline(s) to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template to copy into the library for editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to %1; edit it there, the library now uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence bundle is a PDF only: use --format pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template id (see template list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate even with fields missing: gaps marked, a 草稿 watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate: --%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is docx or pdf, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exhibit&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it proves (证明目的)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it was captured, e.g. 2021-01-20T09:30:00+08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device and OS used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who captured it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notarial certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>witnesses present, or the notary office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trusted-timestamp or blockchain certificate id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an account of how it was collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--captured must be a date and time like 2021-01-20T09:30:00+08:00, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored, not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It is stored; to read it, add it again with --password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored, not read yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exhibit group (the fact proved), default 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password of protected PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave OCR of images for later (evidence ocr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a supplementary evidence list: numbering continues after the earlier lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add to evidence list N (1 the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence add: name the case and at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--group must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--title names one file; import several without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--supplement and --list exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file was imported</source>
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
        <source>the exhibit id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proves</source>
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
        <source>Witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed exhibit %1; its original stays in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1, exhibit %2 (id %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s) missing or altered</source>
        <translation>
            <numerusform>%n exhibit missing or altered</numerusform>
            <numerusform>%n exhibits missing or altered</numerusform>
        </translation>
    </message>
    <message>
        <source>Every stored original matches its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OCR is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write the original bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a copy with the redaction regions burned in (image: PNG; PDF: image-only PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password of a protected PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence export: --out is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a redacted copy to %1 (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a theory id (habeas-cli theory list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page of the exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a region of the exhibit (habeas-cli evidence regions ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exhibit %1 has no region %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS must be unproven, supported, disputed or proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date until which the conduct went on (2022-03-01), or &quot;no&quot; to clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE must be an ISO date such as 2022-03-01, or &quot;no&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also write the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also write the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2: no alternative chosen (claim alternative %1 LIMB); one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2) proves no element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    no article of this element was in force: rest it on other law, or mark the conduct continuing (claim continuing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    pleaded instead under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proof has gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one 诉讼请求, in order (none: back to the theories&apos; wording)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wording of its own: the complaint uses the theories&apos; wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  heading: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the theory&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ⚠ no alternative chosen: only the elements common to all count (claim alternative CLAIM LIMB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  alternative: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      adverse inference: the processor withholds the evidence (EvP 95)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  conduct continuing until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2021-01-20, 2021-01 or 2021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day, month, year or approx (default: from the date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exhibit that proves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other side disputes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event add: --date and --text are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--precision must be day, month, year or approx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (disputed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &quot;PIPL 16&quot;, &quot;个人信息保护法第十六条&quot;, &quot;Civil Code 1034&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the labels (the text is the official Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That article is not in the statute library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the official Chinese text is shipped; there is no English text to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words to find, e.g. 单独同意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a theory id, e.g. refusal-of-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no theory &quot;%1&quot;; habeas-cli theory list shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternative %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limb %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot; (see template list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 has no fields of its own; it takes everything from the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letter or application (see template list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a field; a list field takes one --field per line; days are a number; items are numbers (1,4); an event is its id; yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document: --template is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--field takes ID=VALUE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document set: give --field or --clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;; its fields: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not worded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand in a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request, by its number in request list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the letter demands, in the lawyer&apos;s words, e.g. 停止向委托人推送个性化广告 (empty: clear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request demand: give both --position and --text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--position is a number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written or public (Civil Code 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public: where it is published, e.g. 其运营的“某某”App首页显著位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public: for how many days it stays published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--form must be written or public, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days is a positive number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library folder (default: --library or the default library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a library; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s exhibits were not read (they stay pending): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a library with the demo case (case %1) at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created an empty library at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove evidence files no record cites and leftovers of interrupted imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library database is damaged (%1); nothing was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreferenced files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n leftover(s) of interrupted imports</source>
        <translation>
            <numerusform>%n leftover of interrupted imports</numerusform>
            <numerusform>%n leftovers of interrupted imports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recent file(s) kept: an import may be recording them</source>
        <translation>
            <numerusform>%n recent file kept: an import may be recording it</numerusform>
            <numerusform>%n recent files kept: an import may be recording them</numerusform>
        </translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library check found a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
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
        <source>Representative&apos;s title</source>
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
        <source>Represents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party add: --%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added party %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the removed parties instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the party id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARTY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed party %1 (habeas-cli party restore %1 brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no body or organisation sued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>came forward to sue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--outcome must be unknown, none or came-forward, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prosecutor: only a public-interest case has prosecutors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prosecutor: &quot;%1&quot; has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procuratorate&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosecutors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2; the 30 days end on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet published (habeas-cli case announce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal fine of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the announcement was published, e.g. 2024-03-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where it was published, e.g. 正义网</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact person it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact phone number it gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the 30 days: unknown, none (no body or organisation sued) or came-forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --outcome came-forward: an organisation that came forward to sue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the announcement recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the defendant the criminal judgment fined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fine in yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criminal judgment&apos;s case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the fine recorded for the defendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damages fine: --defendant and --amount (or --clear) are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alone, %2 jointly and severally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; illegal gain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; criminal fine already ordered %1 (not claimed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: a procuratorate pays no court fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rect is x,y,width,height in fractions of the page, e.g. 0.1,0.2,0.5,0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its new place in the group, from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move it into another group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence move: --to is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page, default 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region, in fractions of the page (0,0 is the top left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a highlight (default) or a redaction box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the region shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence annotate: --rect is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is highlight or redaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added region %1 (id %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X,Y,W,H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the words to find (all must match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search one case only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1, %2 (id %3), page %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1, %2 (id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records (distinct persons)</source>
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
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--column must be ROLE=HEADER with ROLE one of name, id-number, phone, address, category; not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the register of case %1 from %2 in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-record damages items counted again from the register: #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that could not be read (the first %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public-interest case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register: CSV (UTF-8 or GB18030) or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of the conduct, for ages (default: the case&apos;s earliest chronology date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column holding name, id-number, phone, address or category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX: the sheet to read (default: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of must be a date like 2021-01-20, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 has no register of affected persons (register import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resident ID number to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone number to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register find: give one of --id-number and --phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the register of case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case whose register to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the register of case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on: &quot;%1&quot; is not element:CLAIM:ELEMENT, region:ID, request:N or document:ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the comment is on: element:CLAIM:ELEMENT (the element&apos;s id or number), region:ID, request:N or document:ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who writes it (default: the user&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review add: --on and --text are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the open comments (and those in conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the resolved comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review list: --open or --resolved, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comment&apos;s id (review list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comment&apos;s new text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep this library&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the version the bundle brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review edit: --text is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review settle: give --mine or --theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no review comment %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case the bundle was made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle (.habeas) that came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept (newer here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed here, left removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date like 2021-01-20, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (see habeas-cli %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1 %2&quot;; known: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private, public-interest, criminal-incidental-public-interest (刑事附带民事公益诉讼) or clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public interest: the procuratorate&apos;s document number (文号), e.g. 京海检民公诉〔2024〕1号; its 起诉书 carries it instead of the court&apos;s 案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public interest: a prosecutor handling the case, e.g. 王某:检察官 (repeat for each; the list given replaces the case&apos;s; one empty value clears it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the court, e.g. 北京互联网法院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case number (案号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cause of action (案由), e.g. 个人信息保护纠纷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake, investigation, pre-filing, filed, first-instance, appeal, enforcement or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filing date, e.g. 2021-01-27</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the case ended (empty: still open); no deadline starts after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plaintiff, defendant, third-party, public-interest-plaintiff or agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person or org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name (姓名 or 名称)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male or female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date, e.g. 1990-03-07</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ethnicity (民族), e.g. 汉族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employer (工作单位)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resident ID number (18 characters, checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unified social credit code (18 characters, checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domicile (住所)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone or other contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal representative (organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the legal representative&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for an agent: the id of the party represented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for an agent: entrusted (委托诉讼代理人, at most two per party) or statutory (法定代理人 of a minor or incapacitated party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a statutory agent: the relation to the party, e.g. 父亲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for an entrusted agent: general or special (CPL 62); empty: not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with special authority: the powers granted, comma-separated: admit, waive, modify, settle, counterclaim, appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--library needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see habeas-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) no record cites (library check --repair removes them)</source>
        <translation>
            <numerusform>%n file no record cites (library check --repair removes it)</numerusform>
            <numerusform>%n files no record cites (library check --repair removes them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temporary file(s) of interrupted imports</source>
        <translation>
            <numerusform>%n temporary file of interrupted imports</numerusform>
            <numerusform>%n temporary files of interrupted imports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %n unreferenced file(s)</source>
        <translation>
            <numerusform>removed %n unreferenced file</numerusform>
            <numerusform>removed %n unreferenced files</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a server library has teams; %1 is a folder library, one user&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user: their PostgreSQL role (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what they may do: lead (changes the case and its team), member (changes the case), reader (reads it); default member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --user ROLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team role: use lead, member or reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the team of case %2 as its %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is off the team of case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originals: %1 (%2 bytes), re-hashed on the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Teams: %1 leads the %n copied case(s); add the others with server grant</source>
        <translation>
            <numerusform>Teams: %1 leads the %n copied case; add the others with server grant</numerusform>
            <numerusform>Teams: %1 leads the %n copied cases; add the others with server grant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Teams: not carried (a folder has no teams); %n place(s) on teams stay on the server</source>
        <translation>
            <numerusform>Teams: not carried (a folder has no teams); %n place on a team stays on the server</numerusform>
            <numerusform>Teams: not carried (a folder has no teams); %n places on teams stay on the server</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1 to %2: verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library to copy: a folder or postgresql://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty folder, or a server database without a library (or with an empty one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy does not match its source in %1; nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>habeas-cli — the Habeas library from the command line

Usage: habeas-cli [--library DIR] [--json] COMMAND [ARGS...]
       habeas-cli --version | --help | COMMAND --help

Library and cases:
  library init [DIR]      create an empty library
  library demo [DIR]      create a library holding the demo case (罗某 v. the app operator)
  library check [--repair] integrity, schema version, blob store and audit chain
  library copy SRC DST    copy a library (folder or server) into an empty one, verified
  case new|list|show|edit|delete|restore
  case new|edit --kind public-interest|criminal-incidental-public-interest
      [--procuratorate-number 文号] [--prosecutor NAME[:TITLE]...]   a procuratorate&apos;s suit
  case announce CASE --published D --medium M --contact NAME --phone P
      [--outcome none|came-forward [--organisation NAME...]] | --clear   诉前公告 (30 days)
  party add|list|edit|remove|restore
  audit list [CASE] | audit verify
  bundle export CASE --out FILE.habeas [--encrypt --passphrase-stdin] [--anonymise]
      one case, whole; --anonymise: a teaching copy without personal data
  bundle import FILE.habeas [--passphrase-stdin]   always a new case; prints its id
  bundle inspect FILE.habeas [--passphrase-stdin]
  bundle review CASE [--exhibit EVIDENCE]...   the teaching copy&apos;s review of each exhibit

The clinic&apos;s review:
  review add CASE --on element:CLAIM:ELEMENT|region:ID|request:N|document:ID --text T
  review list CASE [--open|--resolved] | review edit CASE COMMENT --text T
  review resolve|reopen|remove CASE COMMENT | review settle CASE COMMENT --mine|--theirs
  review import CASE FILE.habeas [--passphrase-stdin]   a bundle of this case that came
                          back: only its review comments are merged in

Evidence:
  evidence add CASE FILE... [--password P] [--no-ocr] | evidence ocr [CASE]
  evidence list CASE | show ID | edit ID | remove ID
  evidence move ID --to POSITION [--group G]
  evidence annotate ID --rect X,Y,W,H [--page P] [--kind highlight|redaction]
  evidence regions ID | evidence export ID --out FILE [--redacted] | evidence verify [CASE]
  search QUERY [--case CASE]   full text of evidence, titles and notes

Facts and law:
  statute show CITATION | statute search QUERY
  theory list | theory show THEORY
  event add CASE --date D --text T [--evidence ID...] | event list CASE
  claim add CASE THEORY | list CASE | show CLAIM | cite CLAIM ELEMENT EVIDENCE
  claim status CLAIM ELEMENT STATUS | claim continuing CLAIM DATE|no
  claim heading CLAIM TEXT|default | claim alternative CLAIM LIMB|none
  claim adverse CLAIM ELEMENT yes|no   the processor withholds its evidence (EvP 95)
  claim gaps CASE [--csv F] [--pdf F]
  request list CASE | request set CASE --text T [--text T...]   the 诉讼请求 wording
  request demand CASE [--position N --text T]   a request as a letter demands it
  request apology CASE --form written|public [--medium M --days N]

Damages:
  damages add|edit|list|remove|total
  damages add|edit ... [--to treasury|fund|organisation [--to-name NAME]]
      [--from-register records|minors|under14|category:C]   public interest
  damages fine CASE --defendant PARTY (--amount A [--judgment T] | --clear)
      the criminal fine, shown beside the illegal gain, never claimed
  fee --amount A [--kind property|personality] [--simplified]
      [--ends judgment|mediation|withdrawal]   mediation or withdrawal halves it

Documents:
  template list | template copy ID
  generate CASE --template T --format docx|pdf --out FILE [--draft]
  document fields CASE --template T | document set CASE --template T --field ID=V...
                          a letter&apos;s or an application&apos;s own fields

Deadlines:
  deadline compute --from DATE (--days N | --months N | --years N) [--working-days]
  deadline add CASE --kind KIND (--from DATE | --event ID | --document ID) [--days N ...]
  deadline edit ID | list [CASE] [--due-within DAYS] [--overdue] [--all]
  deadline done ID [--reopen] | remove ID | ics [CASE] --out FILE

Register of affected persons (public-interest cases):
  register import CASE FILE [--as-of DATE] [--column ROLE=HEADER ...] [--sheet NAME]
  register stats CASE | register clear CASE
  register find CASE (--id-number X | --phone X)   is this person in the register?

A firm&apos;s library on a server (--library postgresql://USER@HOST[:PORT]/DB):
  server grant CASE --user ROLE [--role lead|member|reader]   put a user on the case&apos;s team
  server revoke CASE --user ROLE | server members CASE
                          only the team sees the case; only its lead changes the team

The library is --library DIR, else $HABEAS_LIBRARY, else the default library.
Exit codes: 0 done; 1 a check found a problem; 2 usage or input error; 3 the library cannot be used.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Both sides changed %n comment(s): both versions are kept; choose with `review settle CASE COMMENT --mine|--theirs`.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::cli::ArgParser</name>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
