<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Text</name>
    <message>
        <source>%1 (its redactions changed since its review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A teaching copy carries only exhibits whose every page was reviewed; not reviewed: %1. Review them in File ▸ Export Teaching Copy…, or record it with `habeas-cli bundle review %2 --exhibit EVIDENCE`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::DocumentFields</name>
    <message>
        <source>The kinds of personal information to see and copy, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also ask for the processing rules to be explained (PIPL 48)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days the processor has to answer; no law fixes them, the lawyer chooses (or a rights-request deadline of the case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deceased whose information a close relative asks for (PIPL 49); empty when the client&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s relation to the deceased (e.g. 儿子, 配偶)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s own lawful and legitimate interest in the deceased&apos;s information (PIPL 49)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kinds of personal information to delete, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items of PIPL 47(1) the request rests on, e.g. 4 or 1,4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chronology event recording the withdrawal of consent (needed for item 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the processor broke the law or the agreement (needed for item 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facts as the letter tells them to the addressee (贵方, 委托人), one paragraph a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which rules the addressee broke and why it is liable, one paragraph a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days the addressee has to answer in writing; the lawyer chooses (or a rights-request deadline of the case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds the evidence: name and address (EvR 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence the court should collect, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the client cannot collect it (CPLI 94, e.g. held by a state body, or personal privacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facts the evidence proves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clear leads to the evidence (EvR 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents or electronic data to be produced, one a line (EvR 45)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facts they prove and why those facts matter (EvR 45)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the opponent controls them (EvR 45)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items of EvR 47(1) that oblige the opponent to produce, e.g. 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the opponent must produce them (EvR 45)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence to preserve and where it is, one item a line (EvR 25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the evidence may be lost or later hard to obtain (CPL 84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measures asked for: copying, photographs, sealing … (EvR 25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security offered, when the measures restrict the holder (EvR 26)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied for before the suit, as an urgent matter (CPL 84(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unlawful conduct under way or imminent (Civil Code 997)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The irreparable harm if it is not stopped at once (Civil Code 997)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the respondent should be ordered to stop, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security offered, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article %1 is not in the bundled statutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is yes or no, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a number of days from 1 to 366, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names items of %2 by number, 1 to %3, e.g. &quot;1,4&quot;; not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: case %2 has no event %3 on its chronology.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::Documents</name>
    <message>
        <source>the output is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device refused the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document format &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed after it was written; it is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip archive failed (code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Word document cannot be written: the output is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the Word document failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is already finished; no page can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF cannot be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF cannot get a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image for the PDF page is empty or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exhibit page is empty or has no size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original is missing from the library&apos;s blob store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case lacks what the evidence bundle needs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence list&apos;s length does not settle; the bundle cannot be paginated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence bundle&apos;s pages no longer match its list at %1; generate it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence bundle was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence bundle has no page left to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::Templates</name>
    <message>
        <source>The template %1 quotes &quot;%2&quot;, which is not in the bundled statutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot generate %1: the case lacks %2. Fill them in, or generate a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 is broken at line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template is not valid mustache (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template must start with a {{! … }} header declaring id, name, kind and requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot; in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (court-filing, letter or notice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown required field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown header key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header lacks &quot;%1:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header declares id &quot;%1&quot; but the file is named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; edit it or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::doc</name>
    <message>
        <source>Gap report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements to prove with no evidence cited (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every element has evidence cited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
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
        <source>shifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plaintiff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits cited for no element (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every exhibit proves an element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles not in force at the time of the facts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every article was in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleaded instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing: rest it on other law or mark the conduct continuing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::teaching</name>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teaching copy would still carry personal data, so nothing was written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted bundle needs a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot stage the renderings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 page %2 shows %3 outside any redaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored original of %1 is missing or was altered (its SHA-256 no longer matches); run `library check`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be rendered for a teaching copy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the rendering&apos;s metadata cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the rendering cannot be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 page %2 text layer: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
