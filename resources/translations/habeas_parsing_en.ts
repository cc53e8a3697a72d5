<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>habeas::Parsing</name>
    <message>
        <source>The image cannot be read: its format is not recognised or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is damaged: a part of it declares more bytes than the file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image declares %1 × %2 pixels, more than the %3 megapixels Habeas opens; it was not decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image declares no pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition is not available: the tesseract program is not installed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition timed out after %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition failed: tesseract crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition is not available: a language it needs (%1) is not installed for tesseract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition is not available: the tesseract language data for %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary folder cannot be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PDF, or the PDF is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is encrypted: a password is required to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not open this PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 cannot be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redaction is on page %1, which the file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redaction box on page %1 lies outside the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redacted copy cannot be written: the target is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redacted copy cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redacted copy cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::RedactedExport</name>
    <message>
        <source>%1 has no redaction region, so a redacted copy would show everything; mark the regions to black out first, or export the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored original of %1 is missing or was altered (its SHA-256 no longer matches); nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
