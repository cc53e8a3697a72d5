<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>habeas::Annotations</name>
    <message>
        <source>A region lies inside the page: x, y, width and height are fractions of the page between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exhibit %1 has no page %2 (it has %n page(s)).</source>
        <translation>
            <numerusform>Exhibit %1 has no page %2 (it has %n page).</numerusform>
            <numerusform>Exhibit %1 has no page %2 (it has %n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no region %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2, region %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::AuditLog</name>
    <message>
        <source>the file %1 that records its last entry is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 that records its last entry was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is missing (the log jumps to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was altered after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain is broken: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is not the one %2 records (the log was rewritten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>its last %n entries were deleted (%1 records entry %2; the log ends at entry %3)</source>
        <translation>
            <numerusform>its last entry was deleted (%1 records entry %2; the log ends at entry %3)</numerusform>
            <numerusform>its last %n entries were deleted (%1 records entry %2; the log ends at entry %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit chain holds (%n entries).</source>
        <translation>
            <numerusform>The audit chain holds (%n entry).</numerusform>
            <numerusform>The audit chain holds (%n entries).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them belong to cases you are not on: their links were checked, their content only the library administrator can check.</source>
        <translation>
            <numerusform>%n of them belongs to a case you are not on: its link was checked, its content only the library administrator can check.</numerusform>
            <numerusform>%n of them belong to cases you are not on: their links were checked, their content only the library administrator can check.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::BlobCollector</name>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::BlobStore</name>
    <message>
        <source>Cannot create the evidence store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write into the evidence store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing into the evidence store failed (is the disk full?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a folder in the evidence store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the file into the evidence store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence store folder %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a stored evidence file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was altered: its bytes no longer match its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originals cannot be imported into a server library yet; only a folder library takes them for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stored original %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored original %1 no longer matches its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server holds other bytes under the SHA-256 of this file (%1); it was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a local folder for the server&apos;s originals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::CaseCommands</name>
    <message>
        <source>Create case “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move case “%1” to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore case “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit case “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add party “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit party “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove party “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore party “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the prosecutors, announcement or fines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the party “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::CaseListModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::CaseStore</name>
    <message>
        <source>%1 v. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is already in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is not in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a case in the trash can be deleted for good; move case %1 to the trash first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1 in this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is in the trash; restore it before adding parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party %1 is not a party of case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an organisation; only a natural person has a statutory agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has two agents ad litem; a party may entrust one or two (CPL Art. 61). Remove one before adding %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party %1 is already removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party %1 is not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no party %1 in this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the party “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::CaseTypes</name>
    <message>
        <source>Private suit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-interest suit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic (teaching)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-interest suit with a criminal case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaintiff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-interest plaintiff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent ad litem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrusted agent (CPL 61)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory agent (guardian, CPL 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special authority (CPL 62)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admit claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waive claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modify claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counterclaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a public-interest case has a procuratorate&apos;s document number (文号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filing date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot close before it was filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an agent has an agency, a relation or powers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statutory agent (法定代理人) is a natural person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statutory agent needs the relation to the party (e.g. 父亲, 监护人).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statutory agent acts by law, not under a power of attorney.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special powers need special authority (CPL 62).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special authority names at least one special power (CPL 62).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number gives the birth date %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number belongs to a man.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number belongs to a woman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A natural person has no unified social credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation has no resident ID number; enter its unified social credit code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::ChronologyModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::Citation</name>
    <message>
        <source>%1 has no Article %2; its articles run from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %2 is not in the bundled books of the %1; they hold Articles %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown statute “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Article %1 of %2 has %n paragraph(s); there is no paragraph %3.</source>
        <translation>
            <numerusform>Article %1 of %2 has %n paragraph; there is no paragraph %3.</numerusform>
            <numerusform>Article %1 of %2 has %n paragraphs; there is no paragraph %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Article %1 of %2 has no numbered items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several paragraphs of Article %1 of %2 have numbered items; name the paragraph, e.g. %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paragraph %1 of Article %2 of %3 has %n item(s); there is no item %4.</source>
        <translation>
            <numerusform>Paragraph %1 of Article %2 of %3 has %n item; there is no item %4.</numerusform>
            <numerusform>Paragraph %1 of Article %2 of %3 has %n items; there is no item %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>The citation is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1” as a citation; write e.g. “PIPL 13(1)(ii)” or “个人信息保护法第十三条第一款第（二）项”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not name a statute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains an invalid number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is ambiguous: it may mean %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::Claims</name>
    <message>
        <source>The heading of claim %1 (%2) cannot be empty: write the sentence its reasons stand under, or return to the theory&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 (%2) offers no alternatives to choose from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 (%2) has no alternative &quot;%3&quot;; it has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element %1 of claim %2 (%3) is the defendant&apos;s to prove: an adverse inference helps only the party that bears the burden (EvP 95).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no theory &quot;%1&quot; in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 already asserts %2 (claim %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no claim %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 (%2) has no element &quot;%3&quot;; it has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2, region %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit %1 is not evidence of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page is 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1 is not a region of exhibit %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no citation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element %1 of claim %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::CourtFee</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property case, 《诉讼费用交纳办法》第十三条第（一）项; claim %1 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personality-rights case, 《诉讼费用交纳办法》第十三条第（二）项; damages claimed %1 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 yuan: fixed fee %2 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per case: %1 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damages up to %1 yuan: no additional fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 yuan: %3 yuan at %4% = %5 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above %1 yuan: %2 yuan at %3% = %4 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee: %1 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended by mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplified procedure (《诉讼费用交纳办法》第十六条) and %1 (第十五条): halved once, %2 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplified procedure, halved under 《诉讼费用交纳办法》第十六条: %1 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, halved under 《诉讼费用交纳办法》第十五条: %2 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::Damages</name>
    <message>
        <source>Lawyer&apos;s fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notarisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence preservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing and copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State treasury (上缴国库)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-interest fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental distress (item %1, %2) is claimed with no serious harm recorded: Civil Code Art. 1183(1) awards it only for serious mental harm. Record what shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the fund or organisation the money is to be paid to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count of the register: use records, minors, under14 or category:&lt;category&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item needs a scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount lies between 0 and 10,000,000,000,000 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party %1 is not a party of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a defendant of this case, so no item can be claimed against them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a factor of Art. 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit %1 is not evidence of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is already removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no damages item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the damages item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::DamagesCalc</name>
    <message>
        <source>Unattributed items: both property loss and processor gain are claimed. Under 《中华人民共和国个人信息保护法》第六十九条第二款 and 《中华人民共和国民法典》第一千一百八十二条 these are alternative measures: claim one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defendant %1: both property loss and processor gain are claimed. Under 《中华人民共和国个人信息保护法》第六十九条第二款 and 《中华人民共和国民法典》第一千一百八十二条 these are alternative measures: claim one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a coefficient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coefficient must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coefficient is a decimal number such as 1.5 or 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coefficient can have at most four decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coefficient is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of records must be at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount per record must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result exceeds the maximum of 10,000,000,000,000 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient %1 (&quot;%2&quot;): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has a negative amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discretionary damages are claimed together with property loss or processor gain. Under 《中华人民共和国个人信息保护法》第六十九条第二款 and 《中华人民共和国民法典》第一千一百八十二条 the court fixes damages only when both the loss and the gain are hard to determine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total exceeds the maximum of 10,000,000,000,000 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::DamagesCommands</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy scenario “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario “%1” has no items to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the damages item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::DamagesHead</name>
    <message>
        <source>Property loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor&apos;s gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasonable rights-protection costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental distress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discretionary damages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegal gains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-record damages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::DamagesModel</name>
    <message>
        <source>%L1 records × %2 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (jointly and severally)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::DeadlineCommands</name>
    <message>
        <source>Add the deadline “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the deadline “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the deadline “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deadline “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::DeadlineModel</name>
    <message>
        <source>cannot be computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::DeadlineRule</name>
    <message>
        <source>Answer (defence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt of the copy of the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal from a judgment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service of the first-instance judgment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal from a ruling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service of the first-instance ruling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the court&apos;s notice sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for retrial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the judgment or ruling taking legal effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last day of performance the judgment sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limitation period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the right holder knew or should have known of the harm and the obligor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-interest announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publication of the announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response to a rights request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt of the letter (the period the letter set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date you give</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::DeadlineStore</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>A deadline of kind &quot;%1&quot; needs its period: the number of days, months or years the court, the letter or you set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline of your own needs a title saying what is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 belongs to another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; is dated %2, not to the day: a period can only start from a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no generated document %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 belongs to another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline needs the day its period starts from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period would start on %1, after the case closed on %2. Reopen the case (clear its end date) to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deadline %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chronology event it started from was removed; counted from the day last recorded, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chronology event it starts from is now dated %1, not to the day; counted from the day last recorded, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chronology: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated document %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is %1 as entered; %2 sets %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 20-year long stop from the first fact of the chronology (%1) ends first, on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 20-year long stop from the first fact of the chronology (%1) ends later, on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deadline “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::Demo</name>
    <message>
        <source>The demo evidence could not be drawn in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::DocumentFieldStore</name>
    <message>
        <source>Case %1 is in the trash; restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which document? The template id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::EventStore</name>
    <message>
        <source>&quot;%1&quot; is not a date of the stated precision (2021-01-20, 2021-01 or 2021).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a description of the fact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit %1 is not evidence of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fact of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::Evidence</name>
    <message>
        <source>Exhibit %1 is removed; restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A position and a group are numbers from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist (was it moved or deleted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty (0 bytes); it is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exhibit group is 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the file in the evidence store is gone; import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary list %1 continues after the earlier lists: its groups start at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These bytes are already exhibit %1 (“%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exhibit needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit %1 is already removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit %1 is not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no exhibit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored original is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored original cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored original was altered: its SHA-256 no longer matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored original of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed (is the disk full?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored original of %1 was altered (its SHA-256 no longer matches); nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exhibit %1 (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried: the library failed on an earlier file of this import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::EvidenceCommands</name>
    <message>
        <source>Import “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove exhibit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit exhibit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exhibit %1 (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::EvidenceModel</name>
    <message>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, OCR pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, OCR done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, OCR failed</source>
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
        <source>Proves</source>
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
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::EvidenceProcessor</name>
    <message>
        <source>OCR failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is named as a PDF but its content is not a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is named as an image but its content is not an image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::EvidenceQueue</name>
    <message>
        <source>Reading cancelled; the rest will be read next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::FactsCommands</name>
    <message>
        <source>Add the fact of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the fact of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the fact of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the claim “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the claim “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark an element %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop citing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the claims for relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move exhibit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a redaction box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the conduct continuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for an adverse inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the adverse inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fact of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::FileSync</name>
    <message>
        <source>Cannot make %1 safe on the disk (is the disk full or removed?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no system handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::GapReport</name>
    <message>
        <source>Gap,Claim,Element,Burden,Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proves nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no law in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>law not yet in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternative not chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::HolidayCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qingming Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>70th anniversary of the victory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar of %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the file of another year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no list of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is far from the year of the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not say whether it is a day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falls in the %1 holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a make-up working day of the %1 holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a working day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::ICalendar</name>
    <message>
        <source>%1 due — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an iCalendar file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no VCALENDAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event without a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::IdentityCodes</name>
    <message>
        <source>A resident ID number has 18 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 of the ID number must be a digit, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number starts with %1, which is not a province code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 7–14 of the ID number (%1) are not a valid birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character (the 18th) of this ID number should be %1, not %2; one of the characters is mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 of the unified social credit code, &quot;%2&quot;, is not allowed (digits and capital letters except I, O, S, V, Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 3–8 of the unified social credit code are the region code and must be digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character (the 18th) of this unified social credit code should be %1, not %2; one of the characters is mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number may hold digits, spaces, hyphens, brackets and a leading +; &quot;%1&quot; is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number has %1 digits; a phone number has between 5 and 15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Chinese mobile number starts with 13–19.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::LawInTime</name>
    <message>
        <source>%1 ceased to be in force on %2, before the facts it rests on (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in force only from %2, after the facts it rests on (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::Library</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Habeas library: the file is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the library database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library cannot use write-ahead logging (journal mode is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite build does not enforce foreign keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library folder was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a library folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Habeas library at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty and holds no Habeas library; choose an empty or new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file is damaged and was left untouched (%1). Restore it from a copy in backups/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Habeas library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library was written by a newer version of Habeas (schema %1; this version reads up to %2). It is open read-only; update Habeas to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the library database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library at %1 has not been brought up to date by the connection that opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1 in the library folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup before upgrading the library failed, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup before upgrading the library failed, so nothing was changed: cannot copy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library server %1 cannot be reached or refused the connection (database %2, user %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 on %2 holds no Habeas library yet (a command that writes, such as `case new`, creates it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server library is backed up on the server, with pg_dump (docs/server.md), not by Habeas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a server library only its administrator (the role that owns its tables) removes unreferenced originals, since an exhibit of a case you are not on may cite them: %1 is not the administrator. Nothing was removed; `library check` without --repair lists them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::LibraryCopy</name>
    <message>
        <source>The copy was stopped; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying a server library takes its administrator (the role that owns its tables): %1 is not the administrator of %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 has other columns on the destination (%2) than on the source (%3); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a library with records (the table %2 has rows); a copy goes into an empty one. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)…</source>
        <translation>
            <numerusform>%1: %n row…</numerusform>
            <numerusform>%1: %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) copied</source>
        <translation>
            <numerusform>%1: %n row copied</numerusform>
            <numerusform>%1: %n rows copied</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original %1 read from the source hashes to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>originals: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>originals: %n copied</source>
        <translation>
            <numerusform>originals: %n copied</numerusform>
            <numerusform>originals: %n copied</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not say who is copying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the table %1 does not match its source (%2 rows there, %3 here); nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified: %1 tables, %2 originals re-hashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination is of schema %1, the source of schema %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a library; a copy goes into an empty folder. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an empty folder; a copy goes into a new or empty folder. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace the empty folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the copied library from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source and the destination are the same library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::LibraryLocation</name>
    <message>
        <source>The library address holds a password. Leave it out: the password is read from PGPASSWORD or ~/.pgpass, or asked for by the app and kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library address is malformed: %1. A server library is written postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IPv6 address has no closing ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv6 address must be written in brackets, [::1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several hosts are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user name (postgresql://USER@HOST/DATABASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is not supported (only sslmode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode must be one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library was given: name a folder or a postgresql://USER@HOST[:PORT]/DATABASE address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A library is a folder or a postgresql:// address, not a %1:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database name (postgresql://USER@HOST/DATABASE)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::LibraryTables</name>
    <message>
        <source>The tables %1 reference one another in a cycle; they cannot be copied in order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::Migrations</name>
    <message>
        <source>Migration step %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::Money</name>
    <message>
        <source>Enter an amount in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid amount: use digits, optionally with thousands commas and up to two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thousands separators must separate groups of three digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount can have at most two decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount exceeds the maximum of 10,000,000,000,000 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::ParseFailure</name>
    <message>
        <source>The file parser (habeas-parse) is not installed at %1; reinstall Habeas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file parser (habeas-parse) did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file timed out after %1 s; the file may be damaged or built to hang a parser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parser crashed while reading this file; the file may be damaged or malicious.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parser crashed while reading this file (exit code %1); the file may be damaged or malicious.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parser gave no usable answer for this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original could not be fetched from the library server to be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::ParseResult</name>
    <message>
        <source>The parser gave no usable answer for this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parser gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::PartyListModel</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domicile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::Period</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD, e.g. 2024-10-08).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period has no valid start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period must be at least one day, month or year; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period of %1 from %2 is longer than any the law sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts from %1; that day is not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2 ends on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2 ends on %3: that month has no day %4, so the period ends on its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2 ends on the corresponding day, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 after %2, not counting %n rest day(s) or holiday(s), end on %3.</source>
        <translation>
            <numerusform>%1 after %2, not counting %n rest day or holiday, end on %3.</numerusform>
            <numerusform>%1 after %2, not counting %n rest days or holidays, end on %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2; extended to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2; the period ends that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official holiday calendar of %1 is not known to this version of Habeas; its days were counted by weekends alone. Check the State Council&apos;s notice for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::PgSchema</name>
    <message>
        <source>Server error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server migration step %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server library&apos;s schema changed while it was being updated (found %1, expected %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the server library to schema %1 failed; nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds tables but is not a Habeas library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is encoded in %2; a Habeas library needs UTF8 (docs/server.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was created with LC_CTYPE %2, under which Chinese characters are not letters: its search index would hold nothing of a Chinese text. Create it with LC_CTYPE &apos;C.UTF-8&apos; (docs/server.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server library was written by a newer version of Habeas (schema %1; this version reads up to %2). Update Habeas to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::ProofModel</name>
    <message>
        <source>unproven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plaintiff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article of this element was in force at the time: rest it on other law, or mark the conduct continuing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleaded instead under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the bundled texts: check its wording before filing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not pleaded (another alternative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adverse inference (EvP 95)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::PublicInterest</name>
    <message>
        <source>The announcement needs its publication date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publication date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the medium the announcement ran in (e.g. 正义网).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The announcement needs a contact person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The announcement needs a contact phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the organisations that came forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The announcement runs until %1: whether an organisation came forward is known only after that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is not a public-interest case: it has no prosecutors, announcement or criminal fines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prosecutor needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party %1 is not a defendant of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fine lies between 0.01 and 10,000,000,000,000 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fine is recorded for party %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::Register</name>
    <message>
        <source>the row is too long (a field of over 64 KB or over 4096 fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row holds bytes that are not text in the file&apos;s encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field opened here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as CSV in UTF-8 (or GB18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a CSV text file (it holds binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no column &quot;%1&quot; (for %2); its columns: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column of the file holds the ID number (its columns: %1); name it with --column id-number=HEADER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 field(s); the ID number is in column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2 (a comma in a field without quotes?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID number is the number %1 in scientific notation: the spreadsheet program dropped its last digits; format the column as text and export the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cryptography library could not be initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register key of case %1 is damaged (it should hold %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 has no chronology event dated to the day to count ages on; give the date of the conduct with --as-of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 has no register of affected persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register of case %1 was hashed with another key than the one the library keeps for it; import it again to search it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled; the library is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row of %1 could be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a header and nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 already has a register of affected persons; clear it first (register clear %1), then import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XLSX file inflates far beyond its size (a ZIP bomb?); it is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XLSX file is damaged: cannot open its part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XLSX file is damaged: %1 at line %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is a ZIP archive but not an XLSX workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XLSX file is damaged: sheet &quot;%1&quot; has no part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot;; its sheets: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an XLSX workbook (not a readable ZIP archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XLSX file is damaged: its sheet part %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 has no register key on the server that you may read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library has no register key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (it should hold %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds another key; it is not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::RequestStore</name>
    <message>
        <source>Case %1 has no request %2 (it has %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An apology is written or public (Civil Code Art. 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 needs a plaintiff and a defendant before an apology can be requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public apology needs the medium and the number of days it stays published (Civil Code Art. 1000: proportionate to the conduct and its reach).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A written apology has no medium or duration; choose a public apology for those.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::ReviewCommands</name>
    <message>
        <source>Edit Review Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve Review Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen Review Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Review Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep My Version of a Review Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the Other Version of a Review Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Review Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::ReviewModel</name>
    <message>
        <source>Changed on both sides since the last exchange. The other version:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
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
</context>
<context>
    <name>habeas::ReviewStore</name>
    <message>
        <source>Element %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in this case: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such row (%1 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 has no element &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no request %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has nothing this comment could be anchored to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review comment %1 has no conflict to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no review comment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review comment needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::RowVersion</name>
    <message>
        <source>Someone else changed %1 since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed %2 since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo refused: %1 changed %2 after your edit, and undoing would overwrite that change. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo refused: %1 changed %2 after you undid your edit, and redoing would overwrite that change. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::Search</name>
    <message>
        <source>Type the words to search for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::Sql</name>
    <message>
        <source>The disk is full; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is locked by another program; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file cannot be written (read-only file or folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library server cannot be reached; nothing of this change was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library server refused this change: your role on the case does not allow it (a reader only reads a case; its lead and members change it; its lead manages its team). Nothing was changed. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library server cannot be reached; nothing of this change was saved: the connection is closed (the server stopped, or the network is cut). Habeas connects again on the next try.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::StatuteLibrary</name>
    <message>
        <source>Cannot open the statute catalogue %1 (is the resource initialised?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statute catalogue is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid or duplicate catalogue entry “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the statute text %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown group “%1” in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statute catalogue lists no instruments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::StatuteParser</name>
    <message>
        <source>The statute text has no title heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statute text contains no articles (“第X条”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No “&lt;!-- INFO END --&gt;” marker; the header is just the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 follows article %2: numbering is not ascending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles %1 to %2 are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text between a heading and the next article is ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::StatuteSearch</name>
    <message>
        <source>This SQLite has no FTS5 trigram tokenizer (3.34 or later is needed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type something to search for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::TeamStore</name>
    <message>
        <source>Only a server library has teams; a folder library is one user&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are a reader of case %1: you may read it but not change it (its lead can make you a member).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the lead of case %1 or the library administrator manages its team; you are its %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only lead of case %2, and a case keeps a lead: make another member its lead first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team role: use lead, member or reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no user %1 (the library administrator creates users: docs/server.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a server role no one logs in as (a group?): put each user on the team by their own login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the team of case %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::TheoryCatalogue</name>
    <message>
        <source>Cannot read “%1” as a range; write e.g. “PIPL 13–31” or “PIPL 13(1)(ii)–(vii)”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range “%1” does not run upwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: citation “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unbundled reference “%2” names no instrument of the unbundled list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is in the bundled texts; cite it as an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: earlier law “%2” is neither bundled text nor an unbundled instrument with a citation title and an in-force date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown case reference “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Chinese or the English text is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: claim “%2” is empty or has unbalanced 〔〕.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id “%1” does not start with its theory id “%2.”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence code “%2” is not in the evidence table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown limb “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: restates “%2”, which is not a common-core element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theory “%1” has no elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theory “%1” has no claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theory “%1” has no heading or no liability rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theory “%1” offers alternatives but has fewer than two limbs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty or duplicate code “%1” in the catalogue tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the theory catalogue %1 (is the resource initialised?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theory catalogue is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theory “%1” has no id or an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theory “%1” pleads an unknown right “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element “%1” has an unknown burden “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theory catalogue lists no theories.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::bundle</name>
    <message>
        <source>the ZIP library reports error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bundle at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is encrypted: give its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot unpack the bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds more than %1 entries (a zip bomb?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds %1; a bundle never does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds a symbolic link, &quot;%1&quot;; a bundle never does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds a folder entry, &quot;%1&quot;; a bundle never does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds two entries named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has no manifest.json: it is not a Habeas case bundle, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds &quot;%1&quot;, which its manifest does not list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest gives %1 bytes for &quot;%2&quot; but the archive holds %3: the manifest lies about its sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest lists &quot;%1&quot;, which the bundle does not hold (truncated?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds &quot;%1&quot;, which is no part of a case bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case.json is larger than a case can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review.json is larger than a review can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes of &quot;%1&quot; differ from the manifest (its size or SHA-256 does not match): the bundle was altered or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle carries &quot;%1&quot;, which no row of its case cites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle carries &quot;%1&quot;, which no exhibit of its case has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original %1 of an exhibit is not in the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes of &quot;%1&quot; changed while it was being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the thumbnail %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle comes from a library of a newer Habeas (schema %1; this one has schema %2). Update Habeas to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s disk has %1 bytes free; the bundle needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle carries another case (&quot;%1&quot;): review comments come back only onto the case they were written on, the case this bundle was made from. Import it as a new case instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle carries no review comments (it was written by a Habeas without the clinic&apos;s review).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle would unpack to %1, more than the %2 a bundle may hold (a zip bomb?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the absolute path &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry name &quot;%1&quot;, which holds a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path &quot;%1&quot;, which climbs out of the bundle with &quot;..&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path &quot;%1&quot;, which is not a plain relative path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest lists %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest lists &quot;%1&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest gives no valid size for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest gives no valid SHA-256 for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest lists &quot;%1&quot;, which is no thumbnail a bundle holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest names &quot;%1&quot; with a SHA-256 that is not its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original %1 is missing from the library (run `library check`): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original %1 in the library is damaged: its bytes no longer match their SHA-256 (run `library check`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted bundle needs a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot stage the bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case.json: a row of %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case.json: %1 is not a list of rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the column &quot;%1&quot;, which this library does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a list or object in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no id of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lacks its %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a row of %1 the bundle does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no valid SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case.json: the library refuses a row of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review.json is not a list of Habeas review comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s review comments were written by a newer Habeas (review format %1; this Habeas reads format %2). Update Habeas to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review.json: comment %1 is malformed or given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no exhibit %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle cannot be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 for the bundle failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle failed (is the disk full?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is truncated or damaged: its ZIP directory cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Habeas case bundle: the file is not a ZIP archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has no entry &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; of the bundle cannot be read (damaged or truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; of the bundle is damaged or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; inflates beyond the %2 bytes the manifest gives (a zip bomb?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; of the bundle does not inflate to the bytes its archive declares (its checksum differs): it is damaged, or inflates beyond its size (a zip bomb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library cannot be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase failed (not enough memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the encrypted bundle failed (is the disk full?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the bundle to encrypt failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted bundle is truncated: its header is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is encrypted in a newer format (version %1); update Habeas to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted bundle&apos;s header was altered: its key parameters are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted bundle&apos;s header was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted bundle is truncated: its end is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted bundle is truncated or altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted bundle was altered or damaged: a part of it fails its authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the encrypted bundle was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacking the bundle failed (is the disk full?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted bundle was altered: it has bytes after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Habeas case bundle (its manifest names no Habeas bundle format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest gives no valid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was written by a newer Habeas (bundle format %1); this Habeas reads format %2. Update Habeas to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest lists no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest lists more than %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest does not list case.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest and its review.json do not agree: one lacks the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case.json is not a Habeas case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case.json holds the table &quot;%1&quot;, which this Habeas does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case.json does not hold exactly one case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a row of parties the bundle does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
