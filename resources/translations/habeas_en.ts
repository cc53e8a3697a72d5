<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>bundle</name>
    <message>
        <source>%1 (its redactions changed since its review)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A teaching copy carries only exhibits whose every page was reviewed; not reviewed: %1. Review them in File ▸ Export Teaching Copy…, or record it with `habeas-cli bundle review %2 --exhibit EVIDENCE`.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas</name>
    <message>
        <source>The original is missing from the library's blob store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evidence bundle was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case lacks what the evidence bundle needs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evidence list's length does not settle; the bundle cannot be paginated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evidence bundle's pages no longer match its list at %1; generate it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image cannot be read: its format is not recognised or it is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image declares %1 × %2 pixels, more than the %3 megapixels Habeas opens; it was not decoded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image declares no pixels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist or cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text recognition is not available: the tesseract program is not installed (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text recognition was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text recognition timed out after %1 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text recognition failed: tesseract crashed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text recognition is not available: a language it needs (%1) is not installed for tesseract.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text recognition failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text recognition is not available: the tesseract language data for %1 is not installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A temporary folder cannot be created: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a PDF, or the PDF is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF is encrypted: a password is required to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password does not open this PDF.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no redaction region, so a redacted copy would show everything; mark the regions to black out first, or export the original.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored original of %1 is missing or was altered (its SHA-256 no longer matches); nothing was exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image cannot be decoded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image cannot be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The announcement needs its publication date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The publication date lies in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the medium the announcement ran in (e.g. 正义网).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The announcement needs a contact person.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The announcement needs a contact phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the organisations that came forward.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The announcement runs until %1: whether an organisation came forward is known only after that day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file has no column "%1" (for %2); its columns: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no column of the file holds the ID number (its columns: %1); name it with --column id-number=HEADER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the import was cancelled; the library is unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no row of %1 could be read (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it has a header and nothing else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no review comment %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A review comment needs some text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Review Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolve Review Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopen Review Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Review Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep My Version of a Review Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the Other Version of a Review Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For the public interest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Defendant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jointly and severally</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Of which illegal gain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Criminal fine (not claimed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yuan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::AddReviewCommentCommand</name>
    <message>
        <source>Add Review Comment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::Annotations</name>
    <message>
        <source>A region lies inside the page: x, y, width and height are fractions of the page between 0 and 1.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, page %2, region %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::AuditLog</name>
    <message>
        <source>entry %1 is missing (the log jumps to %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1 does not follow entry %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1 was altered after it was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit chain is broken: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file %1 that records its last entry is unreadable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file %1 that records its last entry was deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1 is not the one %2 records (the log was rewritten)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::BlobCollector</name>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::BlobStore</name>
    <message>
        <source>Cannot create the evidence store at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write into the evidence store: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing into the evidence store failed (is the disk full?): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create a folder in the evidence store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot move the file into the evidence store: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evidence store folder %1 is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a stored evidence file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was altered: its bytes no longer match its SHA-256.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::BundlePassphraseDialog</name>
    <message>
        <source>&amp;Encrypt the bundle with a passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case, its chronology, claims, damages, requests, deadlines, generated documents and every original go into %1.
Send it encrypted: without the passphrase it shows nothing, and any change to it is detected. Tell the passphrase to the recipient another way than the bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use several words, or 16 characters or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strength: %1. An estimate from its length and the kinds of characters only: common words and known phrases are weaker than it says.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::BundleTransfer</name>
    <message>
        <source>E&amp;xport Case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import Case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Habeas case bundles (*.habeas)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting the case to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is encrypted. Its passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Habeas case bundle (a .habeas file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import the case bundle %1 into this library (%2) as a new case?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported "%1" as a new case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported the case to %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>encrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not encrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import &amp;Review Comments…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Review Comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the review comments of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From %1: %2 new, %3 updated, %4 kept (newer here), %5 unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n comment(s) changed on both sides: both versions are kept. Choose one in the Review panel (Keep Mine or Take Theirs).</source>
        <translation>
            <numerusform>%n comment changed on both sides: both versions are kept. Choose one in the Review panel (Keep Mine or Take Theirs).</numerusform>
            <numerusform>%n comments changed on both sides: both versions are kept. Choose one in the Review panel (Keep Mine or Take Theirs).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::CaseCommands</name>
    <message>
        <source>Create case “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move case “%1” to the trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore case “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit case “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add party “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit party “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove party “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore party “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the prosecutors, announcement or fines</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::CaseDialog</name>
    <message>
        <source>Filed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 罗某诉某公司个人信息保护纠纷案</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. （2021）京0491民初5094号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ourt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cause of &amp;action:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The day the case ended (judgment in force, withdrawal, settlement): no deadline starts after it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>public interest: e.g. 京海检民公诉〔2024〕1号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Procuratorate's &amp;document number:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::CaseListModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cause of action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::CaseListPanel</name>
    <message>
        <source>Filter cases (title, party, court, number)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the cases in the trash, to restore them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::CaseStore</name>
    <message>
        <source>%1 v. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 is already in the trash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 is not in the trash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a case in the trash can be deleted for good; move case %1 to the trash first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no case %1 in this library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 is in the trash; restore it before adding parties.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Party %1 is not a party of case %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Party %1 is already removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Party %1 is not removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no party %1 in this library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an organisation; only a natural person has a statutory agent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already has two agents ad litem; a party may entrust one or two (CPL Art. 61). Remove one before adding %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::CaseTypes</name>
    <message>
        <source>Private suit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public-interest suit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinic (teaching)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collecting evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before filing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enforcement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plaintiff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Defendant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public-interest plaintiff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent ad litem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Natural person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The filing date lies in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A party needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ID number gives the birth date %1, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ID number belongs to a man.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ID number belongs to a woman.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A natural person has no unified social credit code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An organisation has no resident ID number; enter its unified social credit code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case cannot close before it was filed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entrusted agent (CPL 61)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statutory agent (guardian, CPL 60)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>General authority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Special authority (CPL 62)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>admit claims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waive claims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>modify claims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>settle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>counterclaim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>appeal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an agent has an agency, a relation or powers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A statutory agent (法定代理人) is a natural person.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A statutory agent needs the relation to the party (e.g. 父亲, 监护人).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A statutory agent acts by law, not under a power of attorney.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Special powers need special authority (CPL 62).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Special authority names at least one special power (CPL 62).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public-interest suit with a criminal case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a public-interest case has a procuratorate's document number (文号).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::CaseWorkspace</name>
    <message>
        <source>Select a case in the list, or create one with File ▸ New Case (Ctrl+N).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::ChronologyModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::Citation</name>
    <message>
        <source>%1 has no Article %2; its articles run from %3 to %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article %2 is not in the bundled books of the %1; they hold Articles %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown statute “%1”.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several paragraphs of Article %1 of %2 have numbered items; name the paragraph, e.g. %3.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read “%1” as a citation; write e.g. “PIPL 13(1)(ii)” or “个人信息保护法第十三条第一款第（二）项”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” does not name a statute.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” contains an invalid number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is ambiguous: it may mean %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::CiteDialog</name>
    <message>
        <source>Cite Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>whole exhibit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Exhibit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>page %1, region %2 — %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::ClaimLiabilityBar</name>
    <message>
        <source>&amp;Heading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adverse &amp;Inference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sentence the claim's reasons stand under in the complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The alternative the claim pleads: only its elements count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The processor withholds the evidence of this element after a production order: the complaint asks the court to find its content adverse to the processor (SPC evidence provisions Art. 95)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alternative: choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No alternatives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sentence the reasons of “%1” stand under:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alternative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adverse Inference</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::Claims</name>
    <message>
        <source>There is no theory "%1" in the catalogue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 already asserts %2 (claim %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no claim %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claim %1 (%2) has no element "%3"; it has %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibit %1 is not evidence of this case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A page is 1 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, page %2, region %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, page %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region %1 is not a region of exhibit %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no citation %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The heading of claim %1 (%2) cannot be empty: write the sentence its reasons stand under, or return to the theory's own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claim %1 (%2) offers no alternatives to choose from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claim %1 (%2) has no alternative "%3"; it has %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Element %1 of claim %2 (%3) is the defendant's to prove: an adverse inference helps only the party that bears the burden (EvP 95).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::CourtFee</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Property case, 《诉讼费用交纳办法》第十三条第（一）项; claim %1 yuan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personality-rights case, 《诉讼费用交纳办法》第十三条第（二）项; damages claimed %1 yuan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up to %1 yuan: fixed fee %2 yuan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per case: %1 yuan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Damages up to %1 yuan: no additional fee.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2 yuan: %3 yuan at %4% = %5 yuan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Above %1 yuan: %2 yuan at %3% = %4 yuan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fee: %1 yuan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simplified procedure, halved under 《诉讼费用交纳办法》第十六条: %1 yuan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended by mediation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simplified procedure (《诉讼费用交纳办法》第十六条) and %1 (第十五条): halved once, %2 yuan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, halved under 《诉讼费用交纳办法》第十五条: %2 yuan.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::Damages</name>
    <message>
        <source>Lawyer's fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notarisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trusted timestamp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence preservation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Investigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printing and copying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conservative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An item needs a scenario.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An amount lies between 0 and 10,000,000,000,000 yuan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Party %1 is not a party of this case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a defendant of this case, so no item can be claimed against them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a factor of Art. 5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 is in the trash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item %1 is already removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item %1 is not removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no damages item %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibit %1 is not evidence of this case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mental distress (item %1, %2) is claimed with no serious harm recorded: Civil Code Art. 1183(1) awards it only for serious mental harm. Record what shows it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State treasury (上缴国库)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public-interest fund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the fund or organisation the money is to be paid to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a count of the register: use records, minors, under14 or category:&lt;category&gt;.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::DamagesCalc</name>
    <message>
        <source>Unattributed items: both property loss and processor gain are claimed. Under 《中华人民共和国个人信息保护法》第六十九条第二款 and 《中华人民共和国民法典》第一千一百八十二条 these are alternative measures: claim one of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Defendant %1: both property loss and processor gain are claimed. Under 《中华人民共和国个人信息保护法》第六十九条第二款 and 《中华人民共和国民法典》第一千一百八十二条 these are alternative measures: claim one of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a coefficient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A coefficient must be greater than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A coefficient is a decimal number such as 1.5 or 10.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A coefficient can have at most four decimal places.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The coefficient is too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of records must be at least one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount per record must be greater than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The result exceeds the maximum of 10,000,000,000,000 yuan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coefficient %1 ("%2"): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item %1 has a negative amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discretionary damages are claimed together with property loss or processor gain. Under 《中华人民共和国个人信息保护法》第六十九条第二款 and 《中华人民共和国民法典》第一千一百八十二条 the court fixes damages only when both the loss and the gain are hard to determine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The total exceeds the maximum of 10,000,000,000,000 yuan.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::DamagesCommands</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy scenario “%1” to “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario “%1” has no items to copy.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::DamagesDialog</name>
    <message>
        <source>Per-record amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Factors relied on (SPC interpretation on mental distress, Art. 5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expense ledger entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit damages item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add damages item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yuan, e.g. 2900 or 1038.50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 《中华人民共和国民法典》第一千一百八十二条</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deduplicated records, e.g. 120000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yuan per record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>label=factor; …  e.g. 敏感个人信息=10; 未成年人=2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yuan per record:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coefficients:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invoice or receipt number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payee:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claimed &amp;against:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 yuan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proved by e&amp;xhibit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The serious harm (CC 1183(1)), as the complaint states it: a diagnosis, harassment after the leak…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serious &amp;harm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the fund's or organisation's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid &amp;to (public interest):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>typed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count from the &amp;register:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::DamagesHead</name>
    <message>
        <source>Property loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Processor's gain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reasonable rights-protection costs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mental distress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discretionary damages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Illegal gains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per-record damages</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::DamagesModel</name>
    <message>
        <source>%L1 records × %2 yuan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (jointly and severally)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yuan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::DamagesPanel</name>
    <message>
        <source>&amp;Add item…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy scenario to…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simplified procedure (halved)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personality-rights case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Property case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Court fee:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Against %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>of which jointly and severally</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yuan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heads of damage per scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add damages item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit damages item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove damages item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy every item of “%1” into the scenario named:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Damages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenarios: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A claim in contract makes it a property case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends by judgment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mediated (halved, Art. 15)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn (halved, Art. 15)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None: a procuratorate pays no court fee.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::DeadlineCommands</name>
    <message>
        <source>Add the deadline “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the deadline “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the deadline “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::DeadlineDialog</name>
    <message>
        <source>A &amp;day:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A fact of the &amp;chronology:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A generated d&amp;ocument:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(the rule's name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs from %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs from %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::DeadlineList</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport Calendar (.ics)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basis: %1; counted under %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts from: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished" />
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
    <name>habeas::DeadlineModel</name>
    <message>
        <source>cannot be computed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::DeadlineRule</name>
    <message>
        <source>Answer (defence)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>receipt of the copy of the complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appeal from a judgment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>service of the first-instance judgment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appeal from a ruling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>service of the first-instance ruling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the day the court's notice sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application for retrial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the judgment or ruling taking legal effect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application for enforcement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the last day of performance the judgment sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Limitation period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the day the right holder knew or should have known of the harm and the obligor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public-interest announcement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>publication of the announcement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response to a rights request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>receipt of the letter (the period the letter set)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date you give</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::DeadlineStore</name>
    <message>
        <source>A deadline of kind "%1" needs its period: the number of days, months or years the court, the letter or you set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A period cannot be negative (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A deadline of your own needs a title saying what is due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 is in the trash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event %1 belongs to another case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The event "%1" is dated %2, not to the day: a period can only start from a day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no generated document %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document %1 belongs to another case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A deadline needs the day its period starts from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period would start on %1, after the case closed on %2. Reopen the case (clear its end date) to add it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no deadline %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chronology event it started from was removed; counted from the day last recorded, %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chronology event it starts from is now dated %1, not to the day; counted from the day last recorded, %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chronology: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>generated document %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date entered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period is %1 as entered; %2 sets %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counted under %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The 20-year long stop from the first fact of the chronology (%1) ends first, on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The 20-year long stop from the first fact of the chronology (%1) ends later, on %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::DeadlinesPanel</name>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::DeadlinesWindow</name>
    <message>
        <source>Deadlines — all cases</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::Demo</name>
    <message>
        <source>The demo evidence could not be drawn in %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::DocumentFieldStore</name>
    <message>
        <source>Case %1 is in the trash; restore it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which document? The template id is empty.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::DocumentFields</name>
    <message>
        <source>The kinds of personal information to see and copy, one a line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also ask for the processing rules to be explained (PIPL 48)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days the processor has to answer; no law fixes them, the lawyer chooses (or a rights-request deadline of the case)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deceased whose information a close relative asks for (PIPL 49); empty when the client's own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client's relation to the deceased (e.g. 儿子, 配偶)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client's own lawful and legitimate interest in the deceased's information (PIPL 49)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kinds of personal information to delete, one a line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The items of PIPL 47(1) the request rests on, e.g. 4 or 1,4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chronology event recording the withdrawal of consent (needed for item 3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the processor broke the law or the agreement (needed for item 4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days the addressee has to answer in writing; the lawyer chooses (or a rights-request deadline of the case)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who holds the evidence: name and address (EvR 20)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evidence the court should collect, one a line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the client cannot collect it (CPLI 94, e.g. held by a state body, or personal privacy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The facts the evidence proves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clear leads to the evidence (EvR 20)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The documents or electronic data to be produced, one a line (EvR 45)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The facts they prove and why those facts matter (EvR 45)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the opponent controls them (EvR 45)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The items of EvR 47(1) that oblige the opponent to produce, e.g. 3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the opponent must produce them (EvR 45)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evidence to preserve and where it is, one item a line (EvR 25)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the evidence may be lost or later hard to obtain (CPL 84)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The measures asked for: copying, photographs, sealing … (EvR 25)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The security offered, when the measures restrict the holder (EvR 26)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied for before the suit, as an urgent matter (CPL 84(2))</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unlawful conduct under way or imminent (Civil Code 997)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The irreparable harm if it is not stopped at once (Civil Code 997)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the respondent should be ordered to stop, one a line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The security offered, if any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The article %1 is not in the bundled statutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is yes or no, not "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a number of days from 1 to 366, not "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 names items of %2 by number, 1 to %3, e.g. "1,4"; not "%4".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: case %2 has no event %3 on its chronology.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The facts as the letter tells them to the addressee (贵方, 委托人), one paragraph a line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which rules the addressee broke and why it is liable, one paragraph a line</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::DocumentFieldsDialog</name>
    <message>
        <source>%1: what the lawyer sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the letter demands of each claim for relief</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case has no claims for relief of its own yet: word them under Facts &amp; law first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 停止处理委托人的个人信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request an apology (Civil Code Art. 1000)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In writing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In public</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 其运营的“某某”App首页显著位置, 《法治日报》</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the apology request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published for:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::Documents</name>
    <message>
        <source>the output is not open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the device refused the data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown document format "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed after it was written; it is not recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the zip archive failed (code %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Word document cannot be written: the output is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the Word document failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the PDF failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF is already finished; no page can be added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF cannot be started: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF cannot get a new page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image for the PDF page is empty or unreadable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exhibit page is empty or has no size.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::DocumentsPanel</name>
    <message>
        <source>Court filing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate a draft anyway (gaps marked, 草稿 watermark)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as &amp;DOCX…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generated for this case:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case has everything this document needs.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The case lacks %n field(s) this document legally needs:</source>
        <translation>
            <numerusform>The case lacks %n field this document legally needs:</numerusform>
            <numerusform>The case lacks %n fields this document legally needs:</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as DOCX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is no longer there; the register keeps a copy of its bytes in the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fields…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the lawyer sets for this letter or application: categories, grounds, period, what each claim demands …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review comments:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::EventDialog</name>
    <message>
        <source>The other side disputes this fact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Fact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Fact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2021-01-20, 2021-01 or 2021</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approximate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened, as the complaint will state it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proved by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Describe the fact.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::EventStore</name>
    <message>
        <source>"%1" is not a date of the stated precision (2021-01-20, 2021-01 or 2021).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An event needs a description of the fact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibit %1 is not evidence of this case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::Evidence</name>
    <message>
        <source>%1 does not exist (was it moved or deleted?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty (0 bytes); it is kept as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 is in the trash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An exhibit group is 1 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These bytes are already exhibit %1 (“%2”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An exhibit needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibit %1 is already removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibit %1 is not removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no exhibit %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the stored original is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the stored original cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the stored original was altered: its SHA-256 no longer matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored original of %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing %1 failed (is the disk full?): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored original of %1 was altered (its SHA-256 no longer matches); nothing was exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibit %1 is removed; restore it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A position and a group are numbers from 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supplementary list %1 continues after the earlier lists: its groups start at %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The copy of the file in the evidence store is gone; import it again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::EvidenceCommands</name>
    <message>
        <source>Import “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove exhibit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit exhibit %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::EvidenceDialog</name>
    <message>
        <source>Exhibit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 证明被告App首次登录时强制收集职业等信息，无跳过选项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>URL, or app name, package and version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. iPhone 12, iOS 14.3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How it was collected: steps, witnesses, preservation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Proves:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Captured:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notarial &amp;certificate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An exhibit needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Witnesses / notary:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timestamp / &amp;blockchain certificate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the item was collected, step by step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How co&amp;llected:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::EvidenceModel</name>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs a password</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, OCR pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, OCR done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, OCR failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::EvidencePanel</name>
    <message>
        <source>&amp;Import files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Verify integrity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop screenshots, PDFs, recordings or any other file here. Originals are kept byte for byte under their SHA-256.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>group </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exhibit group (the fact the files prove) new files are numbered in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notarial certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import evidence</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not imported — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>Imported %n file.</numerusform>
            <numerusform>Imported %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove exhibit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed %1. Edit ▸ Undo brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify integrity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every stored original matches its SHA-256.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit exhibit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop reading the files; what is not read yet stays pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in a window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clipboard holds no image to paste.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pasted image cannot be saved for import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1 of %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Protected PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (“%2”) is protected by a password. %3

Its password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Re&amp;dacted…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the exhibit up in its group and renumber (Ctrl+Up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the exhibit down in its group and renumber (Ctrl+Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Redacted Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (redacted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move Exhibit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 with the redactions burned in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supplementary list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import into a new supplementary evidence list (补充证据目录): its exhibits are numbered after every group of the earlier lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording %1 of %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder holds no file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Burning the redactions into %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::EvidenceProcessor</name>
    <message>
        <source>OCR failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is named as a PDF but its content is not a PDF.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is named as an image but its content is not an image.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::EvidenceQueue</name>
    <message>
        <source>Reading cancelled; the rest will be read next time.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::EvidenceViewer</name>
    <message>
        <source>Enter password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open with the system application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 cannot be shown: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous page (PgUp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next page (PgDown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag over the page to highlight a region (H)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag over the page to draw a redaction box; exported copies black it out (R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy citation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an exhibit to see it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 — Habeas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password given does not open this PDF.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This PDF is protected by a password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That password does not open %1. Try again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is protected by a password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This PDF cannot be shown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This image cannot be shown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Type: %2
Size: %3
SHA-256: %4

Habeas does not display this kind of file itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redaction box added. Exports of %1 black it out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlight added to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed region %1. Edit ▸ Undo brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::FactsCommands</name>
    <message>
        <source>Add the fact of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the fact of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the fact of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the claim “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the claim “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark an element %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cite %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop citing %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move exhibit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a redaction box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a highlight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove region %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the claims for relief</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the conduct continuing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the heading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the alternative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask for an adverse inference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw the adverse inference</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::FactsPanel</name>
    <message>
        <source>&amp;Add Fact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;Claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ite Evidence…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Citation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag an exhibit onto an element to cite it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibits (drag onto an element):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an element to read the articles it rests on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Elements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claims and proof</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Gap Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gaps.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gaps.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 claim(s), %2 of %3 elements proven, %4 gap(s), %5 exhibit(s) proving nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Elements to prove with no evidence cited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibits cited for no element</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Fact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Fact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Fact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark Element</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cite Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facts &amp;&amp; Law</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Statement…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claims for &amp;Relief…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the case meets the element, in your words: the complaint's reasons use it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The 诉讼请求 of the complaint, one per line (amounts and costs are added from the damages worksheet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claims for Relief</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>诉讼请求, one per line. The amounts claimed and 本案诉讼费用由被告负担 are added from the damages worksheet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the case meets this element:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ontinuing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the claim's conduct as continuing until a date (data still held and used), so that law in force by then applies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Articles not in force at the time of the facts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conduct is marked continuing until %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earlier law (before the Civil Code and the PIPL)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in force at the time of the facts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not in the bundled texts: unchecked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continuing Conduct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conduct of “%1” went on until (YYYY-MM-DD; empty: not continuing):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date; write it as 2022-03-01.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no alternative chosen; only the elements common to all count. Choose one of: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not pleaded: the claim pleads another alternative, or none is chosen yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adverse inference: the processor withholds the evidence of this element; the complaint asks the court to find its content adverse to it (SPC evidence provisions Art. 95).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::FileSync</name>
    <message>
        <source>Cannot make %1 safe on the disk (is the disk full or removed?): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file has no system handle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Windows error %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::GapReport</name>
    <message>
        <source>Gap,Claim,Element,Burden,Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>proves nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no law in force</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>law not yet in force</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alternative not chosen</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::HolidayCalendar</name>
    <message>
        <source>New Year's Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spring Festival</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qingming Festival</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labour Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>70th anniversary of the victory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The holiday calendar of %1 cannot be used: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is the file of another year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it has no list of days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is far from the year of the notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not say whether it is a day off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>falls in the %1 holiday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is a make-up working day of the %1 holiday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is a Saturday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is a Sunday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is a working day</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::ICalendar</name>
    <message>
        <source>%1 due — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not an iCalendar file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no VCALENDAR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an event without a date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::IdentityCodes</name>
    <message>
        <source>A resident ID number has 18 characters; this one has %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Character %1 of the ID number must be a digit, not "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ID number starts with %1, which is not a province code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Characters 7–14 of the ID number (%1) are not a valid birth date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check character (the 18th) of this ID number should be %1, not %2; one of the characters is mistyped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Character %1 of the unified social credit code, "%2", is not allowed (digits and capital letters except I, O, S, V, Z).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Characters 3–8 of the unified social credit code are the region code and must be digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check character (the 18th) of this unified social credit code should be %1, not %2; one of the characters is mistyped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A phone number may hold digits, spaces, hyphens, brackets and a leading +; "%1" is not one of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This phone number has %1 digits; a phone number has between 5 and 15.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A Chinese mobile number starts with 13–19.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::Inspector</name>
    <message>
        <source>Select a party or an exhibit to see its particulars.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::LawInTime</name>
    <message>
        <source>%1 ceased to be in force on %2, before the facts it rests on (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is in force only from %2, after the facts it rests on (%3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::Library</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Habeas library: the file is not an SQLite database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the library database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library cannot use write-ahead logging (journal mode is %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This SQLite build does not enforce foreign keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No library folder was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a file, not a library folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no Habeas library at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not empty and holds no Habeas library; choose an empty or new folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library file is damaged and was left untouched (%1). Restore it from a copy in backups/.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an SQLite database but not a Habeas library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This library was written by a newer version of Habeas (schema %1; this version reads up to %2). It is open read-only; update Habeas to change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the library database at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create %1 in the library folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the backups folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup before upgrading the library failed, so nothing was changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup before upgrading the library failed, so nothing was changed: cannot copy %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library at %1 has not been brought up to date by the connection that opened it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::MainWindow</name>
    <message>
        <source>Habeas — %1 (read-only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Habeas — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
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
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Move Case to Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R&amp;estore Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Case &amp;Permanently…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit Case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;Party…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Habeas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main</source>
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
    <message>
        <source>New case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move case to trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moved “%1” to the trash. Edit ▸ Undo or Restore brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete case permanently</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete “%1” and everything in it for good? This cannot be undone; the audit log keeps a record that it was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved. The new language or library is used when Habeas starts again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open or create a library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Habeas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Habeas %1&lt;/h3&gt;&lt;p&gt;A workbench for privacy litigation under Chinese law: cases, evidence, statutes, damages and the documents to file. Everything stays in the library on this computer.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 — GNU LGPL version 3&lt;/li&gt;&lt;li&gt;SQLite %3 — public domain&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The statutes shipped are official texts, which are not subject to copyright (Copyright Law of the PRC, Art. 5).&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Statutes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Law</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the library (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All &amp;Deadlines…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2: %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>These deadlines fall due within %n day(s) or have passed:</source>
        <translation>
            <numerusform>These deadlines fall due within %n day or have passed:</numerusform>
            <numerusform>These deadlines fall due within %n days or have passed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::Migrations</name>
    <message>
        <source>Migration step %1 is missing from this build.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::Money</name>
    <message>
        <source>Enter an amount in yuan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a valid amount: use digits, optionally with thousands commas and up to two decimals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thousands separators must separate groups of three digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An amount can have at most two decimal places.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount exceeds the maximum of 10,000,000,000,000 yuan.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::OverviewPanel</name>
    <message>
        <source>&amp;Edit case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Court:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cause of action:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filed on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parties:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (in the trash)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disputed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No open deadline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next deadline: %1, due %2 (%3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::PageRenderer</name>
    <message>
        <source>The PDF has no pages.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::PageView</name>
    <message>
        <source>Note for this highlight — Enter to add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review comments:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::ParseResult</name>
    <message>
        <source>The parser gave no usable answer for this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The parser gave no reason.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::ParserClient</name>
    <message>
        <source>The file parser (habeas-parse) is not installed at %1; reinstall Habeas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file parser (habeas-parse) did not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the file timed out after %1 s; the file may be damaged or built to hang a parser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The parser gave no usable answer for this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The parser crashed while reading this file; the file may be damaged or malicious.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The parser crashed while reading this file (exit code %1); the file may be damaged or malicious.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::PartiesPanel</name>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Domicile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add party…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add party</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit party</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove party</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed %1. Edit ▸ Undo brings the party back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show removed parties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore party</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relation to the party</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::PartyDialog</name>
    <message>
        <source>Edit party</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add party</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resident ID number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal representative:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>18 characters, e.g. 11010519491231002X</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>18 characters, e.g. 91350100M000100Y43</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 执行董事, 总经理</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Domicile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Represents:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;lation to the party:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 父亲, 母亲, 监护人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;uthority:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Special powers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already has two agents ad litem; a party may entrust one or two (CPL Art. 61).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::PartyListModel</name>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Domicile</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::PdfDocument</name>
    <message>
        <source>%1 does not exist or cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rendering was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 cannot be rendered.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>working days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD, e.g. 2024-10-08).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period has no valid start date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A period must be at least one day, month or year; %1 is not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A period of %1 from %2 is longer than any the law sets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period starts from %1; that day is not counted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 after %2 ends on %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 after %2 ends on %3: that month has no day %4, so the period ends on its last day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 after %2 ends on the corresponding day, %3.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2; the period ends that day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The official holiday calendar of %1 is not known to this version of Habeas; its days were counted by weekends alone. Check the State Council's notice for %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes to the language and the library take effect when Habeas starts again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>L&amp;ibrary folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found; install Tesseract or give its path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Found: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tesseract program used to read text in images (OCR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tesseract program:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tesseract program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your &amp;name (review comments):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::ProofModel</name>
    <message>
        <source>unproven</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disputed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>proven</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plaintiff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>defendant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shifting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Burden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No article of this element was in force at the time: rest it on other law, or mark the conduct continuing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pleaded instead under %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not in the bundled texts: check its wording before filing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not pleaded (another alternative)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>adverse inference (EvP 95)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review comments:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::PublicInterestPanel</name>
    <message>
        <source>Published on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record &amp;fine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One a line: name and title, e.g. 王某 检察官</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 正义网</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not yet known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No body or organisation sued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An organisation came forward to sue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the organisations, separated by 、</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yuan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the criminal judgment, e.g. （2025）京0108刑初123号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Procuratorate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Prosecutors:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Announcement before suing (诉前公告, 30 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publication:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact p&amp;hone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period ends:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Afterwards:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Organisations:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Damages for the public interest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Criminal fine of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a public-interest case. A procuratorate's case has the kind “Public-interest suit” or “Public-interest suit with a criminal case” (Edit case).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — 文号: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet given (Edit case)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public interest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the prosecutors and the announcement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Criminal fine</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::PublicInterestStore</name>
    <message>
        <source>Case %1 is in the trash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 is not a public-interest case: it has no prosecutors, announcement or criminal fines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A prosecutor needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Party %1 is not a defendant of this case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A fine lies between 0.01 and 10,000,000,000,000 yuan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No fine is recorded for party %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::Redactor</name>
    <message>
        <source>A redaction is on page %1, which the file does not have.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A redaction box on page %1 lies outside the page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The redacted copy cannot be written: the target is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image cannot be decoded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The redacted copy cannot be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The redacted copy cannot be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::RegisterImportDialog</name>
    <message>
        <source>Import Register — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first rows of the file as they will be read. Check which column holds each kind of information; only keyed hashes of ID and phone numbers and the facts derived from them are stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no such column)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the earliest date in the case's chronology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case's chronology has no date to the day: give the date of the conduct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ages counted on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The header row cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No column is known to hold the ID number: choose it above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::RegisterKey</name>
    <message>
        <source>the cryptography library could not be initialised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged (it should hold %2 bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library has no register key (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::RegisterPanel</name>
    <message>
        <source>Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear Register…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By age band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By province</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Province (ID code)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ID number or phone of a person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find a person:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a public-interest case has a register of affected persons (the case kind, Edit case).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This case has no register of affected persons yet. Import the list behind it (a CSV or XLSX file); only keyed hashes of ID and phone numbers are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The register of affected persons, imported from %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Persons (distinct valid ID numbers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeated persons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid ID numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minors (under 18)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Under 14</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid phone numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unreadable rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ages counted on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registers (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This case already has a register of affected persons. Replace it with %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was cancelled; the register is as it was.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) into the register.</source>
        <translation>
            <numerusform>Imported %n row into the register.</numerusform><numerusform>Imported %n rows into the register.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and were left out:</source>
        <translation>
            <numerusform>%n row could not be read and was left out:</numerusform><numerusform>%n rows could not be read and were left out:</numerusform></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in the register.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, aged %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>In the register on %n line(s): </source>
        <translation>
            <numerusform>In the register on %n line: </numerusform><numerusform>In the register on %n lines: </numerusform></translation>
    </message>
    <message>
        <source>Clear Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the register of affected persons of this case? Its figures leave the filings until a register is imported again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::RegisterRowProcessor</name>
    <message>
        <source>the row has %1 field(s); the ID number is in column %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the row has %1 fields where the header has %2 (a comma in a field without quotes?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ID number is the number %1 in scientific notation: the spreadsheet program dropped its last digits; format the column as text and export the file again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::RegisterStore</name>
    <message>
        <source>case %1 has no chronology event dated to the day to count ages on; give the date of the conduct with --as-of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header row of %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case %1 has no register of affected persons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the register of case %1 was hashed with another key than the library's register.key; import it again to search it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case %1 already has a register of affected persons; clear it first (register clear %1), then import</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::RequestList</name>
    <message>
        <source>Review comments:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::RequestStore</name>
    <message>
        <source>Case %1 has no request %2 (it has %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An apology is written or public (Civil Code Art. 1000).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 needs a plaintiff and a defendant before an apology can be requested.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A public apology needs the medium and the number of days it stays published (Civil Code Art. 1000: proportionate to the conduct and its reach).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A written apology has no medium or duration; choose a public apology for those.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::ReviewCommentDialog</name>
    <message>
        <source>Add Review Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Review Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Element %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case has nothing to comment on yet: no claim, region, request or generated document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A review comment needs some text.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::ReviewModel</name>
    <message>
        <source>Changed on both sides since the last exchange. The other version:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::ReviewPanel</name>
    <message>
        <source>&amp;Add Comment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2, %3 (revision %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved by %1 on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed on both sides since the last exchange. Theirs (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Review Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::ReviewStore</name>
    <message>
        <source>Element %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not in this case: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no such row (%1 %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claim %1 has no element "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 has no request %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 has nothing this comment could be anchored to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review comment %1 has no conflict to settle.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::Search</name>
    <message>
        <source>Type the words to search for.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::SearchResults</name>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>title/notes</source>
        <translation type="unfinished" />
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
    <name>habeas::Sql</name>
    <message>
        <source>The disk is full; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library is locked by another program; try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library file cannot be written (read-only file or folder).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library file could not be read or written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library file is damaged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::StatuteBrowser</name>
    <message>
        <source>Statutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the statutes, or type a citation (PIPL 16, 民法典第一千零三十四条)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy citation</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n article found</numerusform>
            <numerusform>%n articles found</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims in this library that rest on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::StatuteLibrary</name>
    <message>
        <source>Cannot open the statute catalogue %1 (is the resource initialised?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The statute catalogue is not valid JSON: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid or duplicate catalogue entry “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the statute text %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown group “%1” in the catalogue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The statute catalogue lists no instruments.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::StatuteParser</name>
    <message>
        <source>The statute text has no title heading.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The statute text contains no articles (“第X条”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No “&lt;!-- INFO END --&gt;” marker; the header is just the title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article %1 follows article %2: numbering is not ascending.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Articles %1 to %2 are missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text between a heading and the next article is ignored: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::StatuteSearch</name>
    <message>
        <source>This SQLite has no FTS5 trigram tokenizer (3.34 or later is needed): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type something to search for.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::TeachingChecklist</name>
    <message>
        <source>Export Teaching Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A teaching copy replaces every person named in the case by a pseudonym and masks ID numbers, credit codes, phones and addresses. Each exhibit goes in only as shown here: every page rendered, its redactions burned in, no original. Look at every page and tick the exhibit when nothing on it identifies anyone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 — I have looked at every page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its redactions changed since it was last reviewed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rendering the pages…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case has no exhibits: nothing to review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 cannot be shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This exhibit cannot be rendered; the export will refuse it.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>teaching copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Teaching Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Habeas case bundles (*.habeas)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the teaching copy to %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::Templates</name>
    <message>
        <source>The template %1 quotes "%2", which is not in the bundled statutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no template "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot generate %1: the case lacks %2. Fill them in, or generate a draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template %1 is broken at line %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the template is not valid mustache (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the template must start with a {{! … }} header declaring id, name, kind and requires.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected "key: value" in the header.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown kind "%1" (court-filing, letter or notice).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown required field "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown header key "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header lacks "%1:".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header declares id "%1" but the file is named %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists; edit it or remove it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::TheoryCatalogue</name>
    <message>
        <source>Duplicate id “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: citation “%2”: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unbundled reference “%2” names no instrument of the unbundled list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: “%2” is in the bundled texts; cite it as an article.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unknown case reference “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the Chinese or the English text is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: claim “%2” is empty or has unbalanced 〔〕.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The id “%1” does not start with its theory id “%2.”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: evidence code “%2” is not in the evidence table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unknown limb “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: restates “%2”, which is not a common-core element.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theory “%1” has no elements.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theory “%1” has no claims.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty or duplicate code “%1” in the catalogue tables.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The range “%1” does not run upwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the theory catalogue %1 (is the resource initialised?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The theory catalogue is not valid JSON: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theory “%1” has no id or an unknown kind.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Element “%1” has an unknown burden “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The theory catalogue lists no theories.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read “%1” as a range; write e.g. “PIPL 13–31” or “PIPL 13(1)(ii)–(vii)”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: earlier law “%2” is neither bundled text nor an unbundled instrument with a citation title and an in-force date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theory “%1” has no heading or no liability rule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theory “%1” offers alternatives but has fewer than two limbs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theory “%1” pleads an unknown right “%2”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::bundle</name>
    <message>
        <source>the ZIP library reports error %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no bundle at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle is encrypted: give its passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot unpack the bundle: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle holds more than %1 entries (a zip bomb?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle holds %1; a bundle never does.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle holds a symbolic link, "%1"; a bundle never does.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle holds a folder entry, "%1"; a bundle never does.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle holds two entries named "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle has no manifest.json: it is not a Habeas case bundle, or it is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle holds "%1", which its manifest does not list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The manifest gives %1 bytes for "%2" but the archive holds %3: the manifest lies about its sizes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The manifest lists "%1", which the bundle does not hold (truncated?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle holds "%1", which is no part of a case bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case.json is larger than a case can be.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bytes of "%1" differ from the manifest (its size or SHA-256 does not match): the bundle was altered or damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle carries "%1", which no row of its case cites.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle carries "%1", which no exhibit of its case has.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The original %1 of an exhibit is not in the bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bytes of "%1" changed while it was being read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the thumbnail %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle comes from a library of a newer Habeas (schema %1; this one has schema %2). Update Habeas to import it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library's disk has %1 bytes free; the bundle needs %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle would unpack to %1, more than the %2 a bundle may hold (a zip bomb?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an entry without a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the absolute path "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the entry name "%1", which holds a control character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the path "%1", which climbs out of the bundle with ".."</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the path "%1", which is not a plain relative path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The manifest lists %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The manifest lists "%1" twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The manifest gives no valid size for "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The manifest gives no valid SHA-256 for "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The manifest lists "%1", which is no thumbnail a bundle holds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The manifest names "%1" with a SHA-256 that is not its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The original %1 is missing from the library (run `library check`): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The original %1 in the library is damaged: its bytes no longer match their SHA-256 (run `library check`).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An encrypted bundle needs a passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot stage the bundle: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case.json: a row of %1 %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case.json: %1 is not a list of rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has the column "%1", which this library does not know</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>holds a list or object in "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has no id of its own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lacks its %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refers to a row of %1 the bundle does not hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has no valid SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case.json: the library refuses a row of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>review.json is larger than a review can be.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle carries another case ("%1"): review comments come back only onto the case they were written on, the case this bundle was made from. Import it as a new case instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle carries no review comments (it was written by a Habeas without the clinic's review).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>review.json is not a list of Habeas review comments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle's review comments were written by a newer Habeas (review format %1; this Habeas reads format %2). Update Habeas to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>review.json: comment %1 is malformed or given twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 has no exhibit %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::bundle::ArchiveReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle is truncated or damaged: its ZIP directory cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a Habeas case bundle: the file is not a ZIP archive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle has no entry "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The entry "%1" of the bundle cannot be read (damaged or truncated).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The entry "%1" of the bundle is damaged or truncated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The entry "%1" inflates beyond the %2 bytes the manifest gives (a zip bomb?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The entry "%1" of the bundle does not inflate to the bytes its archive declares (its checksum differs): it is damaged, or inflates beyond its size (a zip bomb).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::bundle::ArchiveWriter</name>
    <message>
        <source>The bundle cannot be written: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1 for the bundle failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the bundle failed (is the disk full?): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the bundle failed: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::bundle::CaseSnapshot</name>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case.json is not a Habeas case: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case.json holds the table "%1", which this Habeas does not know.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case.json does not hold exactly one case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refers to a row of parties the bundle does not hold</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::bundle::Failure</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::bundle::Manifest</name>
    <message>
        <source>The bundle's manifest is not valid JSON: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a Habeas case bundle (its manifest names no Habeas bundle format).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle's manifest gives no valid format version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle was written by a newer Habeas (bundle format %1); this Habeas reads format %2. Update Habeas to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle's manifest lists no entries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle's manifest lists more than %1 entries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle's manifest does not list case.json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle's review comments were written by a newer Habeas (review format %1; this Habeas reads format %2). Update Habeas to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle's manifest and its review.json do not agree: one lacks the other.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::bundle::PassphraseStrength</name>
    <message>
        <source>weak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::bundle::crypto</name>
    <message>
        <source>The encryption library cannot be started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deriving the key from the passphrase failed (not enough memory?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the encrypted bundle failed (is the disk full?): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the bundle to encrypt failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The encrypted bundle is truncated: its header is incomplete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle is encrypted in a newer format (version %1); update Habeas to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The encrypted bundle's header was altered: its key parameters are out of range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The encrypted bundle's header was altered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The encrypted bundle is truncated: its end is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The encrypted bundle is truncated or altered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The encrypted bundle was altered or damaged: a part of it fails its authentication.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase is wrong, or the encrypted bundle was altered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unpacking the bundle failed (is the disk full?): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The encrypted bundle was altered: it has bytes after its end.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::cli</name>
    <message>
        <source>%1 must be a positive number, not "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only the entries of this case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CASE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (in the trash)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cause of action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case new: --title is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created case %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list the cases in the trash instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only cases whose title, parties, number, court or cause contain TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only cases of this kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only cases at this stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--stage is not a known stage; see habeas-cli case new --help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moved case %1 to the trash (habeas-cli case restore %1 brings it back).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored case %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library folder (default: --library or the default library)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already holds a library; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created a library with the demo case (case %1) at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created an empty library at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database integrity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library check found a problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Domicile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Represents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>party add: --%1 is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added party %1: %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the party id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PARTY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 must be a date like 2021-01-20, not "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 must be one of %2, not "%3".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 (see habeas-cli %1 --help)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs a subcommand: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown subcommand "%1 %2"; known: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case's title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the court, e.g. 北京互联网法院</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case number (案号)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the cause of action (案由), e.g. 个人信息保护纠纷</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>intake, investigation, pre-filing, filed, first-instance, appeal, enforcement or closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the filing date, e.g. 2021-01-27</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>free notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plaintiff, defendant, third-party, public-interest-plaintiff or agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>person or org</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name (姓名 or 名称)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>male or female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>birth date, e.g. 1990-03-07</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ethnicity (民族), e.g. 汉族</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>employer (工作单位)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resident ID number (18 characters, checked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unified social credit code (18 characters, checked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>domicile (住所)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phone or other contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>legal representative (organisation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the legal representative's title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for an agent: the id of the party represented</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--library needs a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command "%1"; see habeas-cli --help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Representative's title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>property-loss, processor-gain, rights-protection-cost, mental-distress, discretionary, illegal-gain or per-record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the amount in yuan, e.g. 2900 or 1038.50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the legal basis, e.g. "PIPL 69(2)" (default: the head's usual basis)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the exhibit that proves the item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>claimed (default), expected, conservative or a name of your own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a defendant liable for the item; several make it joint and several</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what the item is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>per-record: the number of records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>per-record: yuan per record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>per-record: a stated coefficient, e.g. 敏感个人信息=10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mental distress: a factor of the SPC interpretation Art. 5 (fault, circumstances, consequences, profit, ability, living-standard)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>costs: lawyer, notary, timestamp, preservation, investigation, travel, printing or other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>costs: the date paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>costs: who was paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>costs: the invoice or receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--head: "%1" is not a head of damages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--records: the number of records must be at least 1, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--expense-kind: "%1" is not a kind of expense.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--paid-on must be a date like 2021-01-20.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yuan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Defendants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>damages add: --head is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>damages add: --amount is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added item %1: %2, %3 yuan (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the item id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only this scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed item %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the scenario (default: claimed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Against %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Of which joint and several</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In capitals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Court fee (personality rights)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the amount claimed, in yuan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>property or personality (default: personality rights)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>simplified procedure: the fee is halved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fee: --amount is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--kind must be property or personality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the exhibit's title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what it proves (证明目的)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>where it comes from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>when it was captured, e.g. 2021-01-20T09:30:00+08:00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the device and OS used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>who captured it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the notarial certificate number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--captured must be a date and time like 2021-01-20T09:30:00+08:00, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the files to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the exhibit group (the fact proved), default 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evidence add: name the case and at least one file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--group must be 1 or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--title names one file; import several without it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no file was imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the exhibit id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notarial certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed exhibit %1; its original stays in the store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>where to write the original bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evidence export: --out is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 (SHA-256 %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only this case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case %1, exhibit %2 (id %3): %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every stored original matches its SHA-256.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n exhibit(s) missing or altered</source>
        <translation>
            <numerusform>%n exhibit missing or altered</numerusform>
            <numerusform>%n exhibits missing or altered</numerusform>
        </translation>
    </message>
    <message>
        <source>list the removed parties instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed party %1 (habeas-cli party restore %1 brings it back).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. "PIPL 16", "个人信息保护法第十六条", "Civil Code 1034"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the language of the labels (the text is the official Chinese)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That article is not in the statute library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the official Chinese text is shipped; there is no English text to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>words to find, e.g. 单独同意</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a theory id, e.g. refusal-of-service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no theory "%1"; habeas-cli theory list shows them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2021-01-20, 2021-01 or 2021</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>day, month, year or approx (default: from the date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the fact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an exhibit that proves it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the other side disputes it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>event add: --date and --text are required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--precision must be day, month, year or approx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added event %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  (disputed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a theory id (habeas-cli theory list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the claim id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the element, by number or id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the page of the exhibit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STATUS must be unproven, supported, disputed or proven</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (id %2) proves no element</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the proof has gaps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the template to copy into the library for editing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied to %1; edit it there, the library now uses it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evidence bundle is a PDF only: use --format pdf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the template id (see template list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>where to write it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>generate even with fields missing: gaps marked, a 草稿 watermark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>generate: --%1 is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format is docx or pdf, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>witnesses present, or the notary office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the trusted-timestamp or blockchain certificate id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an account of how it was collected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stored, not read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 It is stored; to read it, add it again with --password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stored, not read yet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the password of protected PDFs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leave OCR of images for later (evidence ocr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witnesses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timestamp certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How collected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No OCR is pending.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write a copy with the redaction regions burned in (image: PNG; PDF: image-only PDF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the password of a protected PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote a redacted copy to %1 (SHA-256 %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a region of the exhibit (habeas-cli evidence regions ID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exhibit %1 has no region %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>also write the report as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>also write the report as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 must be 1 or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--rect is x,y,width,height in fractions of the page, e.g. 0.1,0.2,0.5,0.1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its new place in the group, from 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>move it into another group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evidence move: --to is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibit %1 is now %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the page, default 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the region, in fractions of the page (0,0 is the top left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a highlight (default) or a redaction box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what the region shows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evidence annotate: --rect is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--kind is highlight or redaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added region %1 (id %2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>X,Y,W,H</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the words to find (all must match)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>search one case only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case %1, %2 (id %3), page %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case %1, %2 (id %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>start a supplementary evidence list: numbering continues after the earlier lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add to evidence list N (1 the first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--supplement and --list exclude each other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--list must be 1 or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one 诉讼请求, in order (none: back to the theories' wording)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No wording of its own: the complaint uses the theories' wording.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a period of N days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a period of N months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a period of N years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with --days: count working days of the official calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 must be a whole number of at least 1, not "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give one of --days, --months and --years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--working-days counts the days given with --days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the day the period starts from (not counted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deadline compute: --from is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deadline compute: give the period with --days, --months or --years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the chronology event that starts it (its date is the start, and moves it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the generated document that starts it (the day it was generated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what is due (default: the rule's name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>answer, appeal-judgment, appeal-ruling, evidence, retrial, enforcement, limitation, public-notice, rights-request or custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deadline add: --kind is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown deadline kind "%1"; one of answer, appeal-judgment, appeal-ruling, evidence, retrial, enforcement, limitation, public-notice, rights-request, custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deadline add: give the start with --from, --event or --document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the deadline id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case id (default: every case)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only open deadlines due within DAYS days from today (overdue ones included)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only open deadlines whose day has passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done deadlines too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--due-within must be a number of days, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(cannot be computed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mark it open again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline %1 is done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline %1 is open again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed deadline %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the .ics file to write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deadline ics: --out is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 deadline(s) to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo's exhibits were not read (they stay pending): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the day the case ended (empty: still open); no deadline starts after it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  conduct continuing until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date until which the conduct went on (2022-03-01), or "no" to clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DATE must be an ISO date such as 2022-03-01, or "no"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>    no article of this element was in force: rest it on other law, or mark the conduct continuing (claim continuing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>    pleaded instead under %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove evidence files no record cites and leftovers of interrupted imports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library database is damaged (%1); nothing was removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unreferenced files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interrupted imports</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the passphrase from standard input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--passphrase-stdin: standard input gave no passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>where to write the bundle (.habeas)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>encrypt it (Argon2id and XChaCha20-Poly1305); needs --passphrase-stdin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the passphrase from the first line of standard input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bundle export: --out is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bundle export: --encrypt and --passphrase-stdin go together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundle id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unpacked size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the bundle (.habeas)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported "%1" as case %2 (originals: %3 added, %4 already in the library).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sentence the claim's reasons stand under in the complaint, or "default" for the theory's own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the alternative the claim pleads (habeas-cli theory show THEORY lists them), or "none"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes: the processor refused to produce the evidence of it, and the complaint asks for an adverse inference (SPC evidence provisions Art. 95); no: clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STATE must be yes or no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mental distress: the serious harm it rests on (Civil Code Art. 1183(1)), as the complaint states it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--ends must be judgment, mediation or withdrawal, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>how the case ends: judgment (default), mediation or withdrawal (both halve the fee, 诉讼费用交纳办法 Art. 15)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Court fee (property case: contract)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  %2: no alternative chosen (claim alternative %1 LIMB); one of: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  heading: %1%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (the theory's)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  ⚠ no alternative chosen: only the elements common to all count (claim alternative CLAIM LIMB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  alternative: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>      adverse inference: the processor withholds the evidence (EvP 95)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alternative %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>limb %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no template "%1" (see template list).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template %1 has no fields of its own; it takes everything from the case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the letter or application (see template list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set a field; a list field takes one --field per line; days are a number; items are numbers (1,4); an event is its id; yes or no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>clear a field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>document: --template is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--field takes ID=VALUE, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>document set: give --field or --clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no field "%2"; its fields: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not worded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demand in a letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the request, by its number in request list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what the letter demands, in the lawyer's words, e.g. 停止向委托人推送个性化广告 (empty: clear)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>request demand: give both --position and --text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--position is a number, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>written or public (Civil Code 1000)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>public: where it is published, e.g. 其运营的“某某”App首页显著位置</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>public: for how many days it stays published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--form must be written or public, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--days is a positive number, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for an agent: entrusted (委托诉讼代理人, at most two per party) or statutory (法定代理人 of a minor or incapacitated party)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for a statutory agent: the relation to the party, e.g. 父亲</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for an entrusted agent: general or special (CPL 62); empty: not chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with special authority: the powers granted, comma-separated: admit, waive, modify, settle, counterclaim, appeal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write a teaching copy: pseudonyms for every person, identifiers masked, each exhibit a rendering with its redactions burned in (every exhibit reviewed first: bundle review)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teaching copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>redactions changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record that you reviewed every page of this exhibit (its id) as the teaching copy will show it; repeat for each</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--kind must be private, public-interest, criminal-incidental-public-interest or clinic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>public interest: where the money goes: treasury (上缴国库), fund or organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>public interest: the fund's or organisation's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>per-record: take the record count from the case's register: records, minors, under14 or category:&lt;category&gt; (e.g. category:行踪轨迹); empty: typed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--to must be treasury, fund or organisation, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no body or organisation sued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>came forward to sue: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--outcome must be unknown, none or came-forward, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--prosecutor: only a public-interest case has prosecutors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--prosecutor: "%1" has no name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Procuratorate's number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prosecutors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in %2; the 30 days end on %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the announcement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet published (habeas-cli case announce)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Criminal fine of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the day the announcement was published, e.g. 2024-03-01</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>where it was published, e.g. 正义网</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the contact person it names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the contact phone number it gives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>after the 30 days: unknown, none (no body or organisation sued) or came-forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with --outcome came-forward: an organisation that came forward to sue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove the announcement recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the defendant the criminal judgment fined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the fine in yuan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the criminal judgment's case number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove the fine recorded for the defendant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>damages fine: --defendant and --amount (or --clear) are required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 alone, %2 jointly and severally</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; illegal gain %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; criminal fine already ordered %1 (not claimed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Court fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none: a procuratorate pays no court fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ages as of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unreadable rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid ID numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records (distinct persons)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minors (under 18)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Under 14</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid phone numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By age band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By province</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--column must be ROLE=HEADER with ROLE one of name, id-number, phone, address, category; not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported the register of case %1 from %2 in %3 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows that could not be read (the first %1):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows that could not be read:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the public-interest case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the register: CSV (UTF-8 or GB18030) or XLSX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date of the conduct, for ages (default: the case's earliest chronology date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the column holding name, id-number, phone, address or category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>XLSX: the sheet to read (default: the first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--as-of must be a date like 2021-01-20, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case %1 has no register of affected persons (register import)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the resident ID number to look for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the phone number to look for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>register find: give one of --id-number and --phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in the register of case %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case whose register to remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed the register of case %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--on: "%1" is not element:CLAIM:ELEMENT, region:ID, request:N or document:ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what the comment is on: element:CLAIM:ELEMENT (the element's id or number), region:ID, request:N or document:ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>who writes it (default: the user's name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>review add: --on and --text are required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only the open comments (and those in conflict)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only the resolved comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>review list: --open or --resolved, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the comment's id (review list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the comment's new text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keep this library's version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>take the version the bundle brought</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>review edit: --text is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>review settle: give --mine or --theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 has no review comment %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case the bundle was made from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the bundle (.habeas) that came back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept (newer here)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed here, left removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>private, public-interest, criminal-incidental-public-interest (刑事附带民事公益诉讼) or clinic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>public interest: the procuratorate's document number (文号), e.g. 京海检民公诉〔2024〕1号; its 起诉书 carries it instead of the court's 案号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>public interest: a prosecutor handling the case, e.g. 王某:检察官 (repeat for each; the list given replaces the case's; one empty value clears it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>habeas-cli — the Habeas library from the command line

Usage: habeas-cli [--library DIR] [--json] COMMAND [ARGS...]
       habeas-cli --version | --help | COMMAND --help

Library and cases:
  library init [DIR]      create an empty library
  library demo [DIR]      create a library holding the demo case (罗某 v. the app operator)
  library check [--repair] integrity, schema version, blob store and audit chain
  case new|list|show|edit|delete|restore
  case new|edit --kind public-interest|criminal-incidental-public-interest
      [--procuratorate-number 文号] [--prosecutor NAME[:TITLE]...]   a procuratorate's suit
  case announce CASE --published D --medium M --contact NAME --phone P
      [--outcome none|came-forward [--organisation NAME...]] | --clear   诉前公告 (30 days)
  party add|list|edit|remove|restore
  audit list [CASE] | audit verify
  bundle export CASE --out FILE.habeas [--encrypt --passphrase-stdin] [--anonymise]
      one case, whole; --anonymise: a teaching copy without personal data
  bundle import FILE.habeas [--passphrase-stdin]   always a new case; prints its id
  bundle inspect FILE.habeas [--passphrase-stdin]
  bundle review CASE [--exhibit EVIDENCE]...   the teaching copy's review of each exhibit

The clinic's review:
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
                          a letter's or an application's own fields

Deadlines:
  deadline compute --from DATE (--days N | --months N | --years N) [--working-days]
  deadline add CASE --kind KIND (--from DATE | --event ID | --document ID) [--days N ...]
  deadline edit ID | list [CASE] [--due-within DAYS] [--overdue] [--all]
  deadline done ID [--reopen] | remove ID | ics [CASE] --out FILE

Register of affected persons (public-interest cases):
  register import CASE FILE [--as-of DATE] [--column ROLE=HEADER ...] [--sheet NAME]
  register stats CASE | register clear CASE
  register find CASE (--id-number X | --phone X)   is this person in the register?

The library is --library DIR, else $HABEAS_LIBRARY, else the default library.
Exit codes: 0 done; 1 a check found a problem; 2 usage or input error; 3 the library cannot be used.
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::cli::ArgParser</name>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 is given twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (repeatable)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::doc</name>
    <message>
        <source>Gap report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Elements to prove with no evidence cited (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None: every element has evidence cited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Burden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shifting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plaintiff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibits cited for no element (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None: every exhibit proves an element.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Articles not in force at the time of the facts (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None: every article was in force.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in force</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pleaded instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing: rest it on other law or mark the conduct continuing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::gui</name>
    <message>
        <source>Habeas — privacy litigation workbench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the library in DIR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the demo library (罗某 v. the app operator), creating it if needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Habeas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library at %1 cannot be opened.

%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A case bundle (.habeas) to import into the library, after asking.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::registerfile</name>
    <message>
        <source>the file is UTF-16 text; save it as CSV in UTF-8 (or GB18030)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not a CSV text file (it holds binary data)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the XLSX file inflates far beyond its size (a ZIP bomb?); it is not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the XLSX file is damaged: cannot open its part %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the XLSX file is damaged: %1 at line %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is a ZIP archive but not an XLSX workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the XLSX file is damaged: sheet "%1" has no part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the workbook has no sheet "%1"; its sheets: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not an XLSX workbook (not a readable ZIP archive)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the XLSX file is damaged: its sheet part %1 is missing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::registerfile::CsvParser</name>
    <message>
        <source>the row is too long (a field of over 64 KB or over 4096 fields)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the row holds bytes that are not text in the file's encoding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a quoted field opened here is never closed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::registerpipeline::Producer</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>habeas::teaching</name>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The teaching copy would still carry personal data, so nothing was written:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An encrypted bundle needs a passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot stage the renderings: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 page %2 shows %3 outside any redaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored original of %1 is missing or was altered (its SHA-256 no longer matches); run `library check`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be rendered for a teaching copy: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the rendering's metadata cannot be removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the rendering cannot be read back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 file %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 page %2 text layer: %3</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
