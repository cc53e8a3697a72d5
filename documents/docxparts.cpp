#include "docxparts.h"

#include "core/clock.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace habeas::doc::docx {

namespace {

// Fonts of docs/filings.md §0.4. The CJK face goes in w:eastAsia, which is the slot Word and
// LibreOffice read for Chinese characters; w:ascii/w:hAnsi cover digits and Latin text.
struct Fonts {
    QString ascii;
    QString eastAsia;
};

Fonts fontsFor(Style style)
{
    switch (style) {
    case Style::Title:
        // 方正小标宋 is not on every machine; 宋体 (bold, from the style) is the fallback.
        return { u"宋体"_s, u"方正小标宋简体"_s };
    case Style::Heading1:
        return { u"Times New Roman"_s, u"黑体"_s };
    case Style::Heading2:
        return { u"Times New Roman"_s, u"楷体"_s };
    default:
        return { u"Times New Roman"_s, u"仿宋"_s };
    }
}

// Each paragraph style's id in styles.xml and the name Word shows. The headings take the
// built-in names, so Word's navigation pane and outline see them.
struct StyleNames {
    Style style;
    QStringView id;
    QStringView name;
};
constexpr StyleNames kStyleNames[] = {
    { Style::Title, u"Title", u"Title" },
    { Style::Subtitle, u"Subtitle", u"Subtitle" },
    { Style::Heading1, u"Heading1", u"heading 1" },
    { Style::Heading2, u"Heading2", u"heading 2" },
    { Style::Body, u"BodyText", u"Body Text" },
    { Style::Plain, u"Plain", u"Plain Paragraph" },
    { Style::Small, u"Small", u"Small Text" },
};

QString styleName(Style style)
{
    for (const StyleNames &n : kStyleNames)
        if (n.style == style)
            return n.name.toString();
    return {};
}

class Xml {
public:
    Xml()
        : m_writer(&m_bytes)
    {
        m_writer.writeStartDocument(u"1.0"_s, true);
    }
    QXmlStreamWriter &w() { return m_writer; }
    QByteArray finish()
    {
        m_writer.writeEndDocument();
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_writer;
};

void emptyWithVal(QXmlStreamWriter &w, const QString &name, const QString &value)
{
    w.writeEmptyElement(name);
    w.writeAttribute(u"w:val"_s, value);
}

void writeFonts(QXmlStreamWriter &w, const Fonts &fonts)
{
    w.writeEmptyElement(u"w:rFonts"_s);
    w.writeAttribute(u"w:ascii"_s, fonts.ascii);
    w.writeAttribute(u"w:hAnsi"_s, fonts.ascii);
    w.writeAttribute(u"w:eastAsia"_s, fonts.eastAsia);
    w.writeAttribute(u"w:cs"_s, fonts.ascii);
}

void writeSize(QXmlStreamWriter &w, double pt)
{
    // OOXML sizes are in half-points.
    const QString half = QString::number(qRound(pt * 2));
    emptyWithVal(w, u"w:sz"_s, half);
    emptyWithVal(w, u"w:szCs"_s, half);
}

void writeExactSpacing(QXmlStreamWriter &w, double pitchPt, double beforePt = 0)
{
    w.writeEmptyElement(u"w:spacing"_s);
    if (beforePt > 0)
        w.writeAttribute(u"w:before"_s, QString::number(twipsFromPt(beforePt)));
    w.writeAttribute(u"w:line"_s, QString::number(twipsFromPt(pitchPt)));
    w.writeAttribute(u"w:lineRule"_s, u"exact"_s);
}

struct Relationship {
    QString id;
    QString type;
    QString target;
};

// A relationships part (_rels/….rels) listing `relationships` in order.
QByteArray relationshipsPart(const QList<Relationship> &relationships)
{
    Xml xml;
    auto &w = xml.w();
    w.writeStartElement(u"Relationships"_s);
    w.writeDefaultNamespace(u"http://schemas.openxmlformats.org/package/2006/relationships"_s);
    for (const Relationship &r : relationships) {
        w.writeEmptyElement(u"Relationship"_s);
        w.writeAttribute(u"Id"_s, r.id);
        w.writeAttribute(u"Type"_s, r.type);
        w.writeAttribute(u"Target"_s, r.target);
    }
    w.writeEndElement();
    return xml.finish();
}

void writeOverride(QXmlStreamWriter &w, const QString &part, const QString &type)
{
    w.writeEmptyElement(u"Override"_s);
    w.writeAttribute(u"PartName"_s, part);
    w.writeAttribute(u"ContentType"_s, type);
}

const QString officeDocType = u"application/vnd.openxmlformats-officedocument."_s;
const QString relType = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"_s;

} // namespace

int twipsFromPt(double pt)
{
    return qRound(pt * 20);
}

int twipsFromMm(double mm)
{
    return qRound(mm * 1440 / 25.4);
}

QString styleId(Style style)
{
    for (const StyleNames &n : kStyleNames)
        if (n.style == style)
            return n.id.toString();
    return {};
}

bool hasHeader(const Document &document)
{
    return !document.headerText.isEmpty() || !document.watermark.isEmpty();
}

QByteArray contentTypes(const Document &document)
{
    Xml xml;
    auto &w = xml.w();
    w.writeStartElement(u"Types"_s);
    w.writeDefaultNamespace(u"http://schemas.openxmlformats.org/package/2006/content-types"_s);
    w.writeEmptyElement(u"Default"_s);
    w.writeAttribute(u"Extension"_s, u"rels"_s);
    w.writeAttribute(
        u"ContentType"_s, u"application/vnd.openxmlformats-package.relationships+xml"_s);
    w.writeEmptyElement(u"Default"_s);
    w.writeAttribute(u"Extension"_s, u"xml"_s);
    w.writeAttribute(u"ContentType"_s, u"application/xml"_s);
    const QString wml = officeDocType + u"wordprocessingml."_s;
    writeOverride(w, u"/word/document.xml"_s, wml + u"document.main+xml"_s);
    writeOverride(w, u"/word/styles.xml"_s, wml + u"styles+xml"_s);
    writeOverride(w, u"/word/settings.xml"_s, wml + u"settings+xml"_s);
    if (document.pageNumbers)
        writeOverride(w, u"/word/footer1.xml"_s, wml + u"footer+xml"_s);
    if (hasHeader(document))
        writeOverride(w, u"/word/header1.xml"_s, wml + u"header+xml"_s);
    writeOverride(w, u"/docProps/core.xml"_s,
        u"application/vnd.openxmlformats-package.core-properties+xml"_s);
    writeOverride(w, u"/docProps/app.xml"_s, officeDocType + u"extended-properties+xml"_s);
    w.writeEndElement();
    return xml.finish();
}

QByteArray packageRels()
{
    return relationshipsPart({
        { u"rId1"_s, relType + u"officeDocument"_s, u"word/document.xml"_s },
        { u"rId2"_s,
            u"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"_s,
            u"docProps/core.xml"_s },
        { u"rId3"_s, relType + u"extended-properties"_s, u"docProps/app.xml"_s },
    });
}

QByteArray documentRels(const Document &document)
{
    QList<Relationship> relationships {
        { u"rIdStyles"_s, relType + u"styles"_s, u"styles.xml"_s },
        { u"rIdSettings"_s, relType + u"settings"_s, u"settings.xml"_s },
    };
    if (document.pageNumbers)
        relationships.append(
            { QString::fromLatin1(footerRelId), relType + u"footer"_s, u"footer1.xml"_s });
    if (hasHeader(document))
        relationships.append(
            { QString::fromLatin1(headerRelId), relType + u"header"_s, u"header1.xml"_s });
    return relationshipsPart(relationships);
}

QByteArray coreProperties(const Document &document)
{
    Xml xml;
    auto &w = xml.w();
    w.writeStartElement(u"cp:coreProperties"_s);
    w.writeAttribute(u"xmlns:cp"_s,
        u"http://schemas.openxmlformats.org/package/2006/metadata/core-properties"_s);
    w.writeAttribute(u"xmlns:dc"_s, u"http://purl.org/dc/elements/1.1/"_s);
    w.writeAttribute(u"xmlns:dcterms"_s, u"http://purl.org/dc/terms/"_s);
    w.writeAttribute(u"xmlns:xsi"_s, u"http://www.w3.org/2001/XMLSchema-instance"_s);
    w.writeTextElement(u"dc:title"_s, document.title);
    w.writeTextElement(u"dc:creator"_s, u"Habeas"_s);
    // The injectable clock, so the same document written twice is the same file.
    const QString now = Clock::now().toUTC().toString(Qt::ISODate);
    for (const QString &name : { u"dcterms:created"_s, u"dcterms:modified"_s }) {
        w.writeStartElement(name);
        w.writeAttribute(u"xsi:type"_s, u"dcterms:W3CDTF"_s);
        w.writeCharacters(now);
        w.writeEndElement();
    }
    w.writeEndElement();
    return xml.finish();
}

QByteArray appProperties()
{
    Xml xml;
    auto &w = xml.w();
    w.writeStartElement(u"Properties"_s);
    w.writeDefaultNamespace(
        u"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"_s);
    w.writeTextElement(u"Application"_s, u"Habeas"_s);
    w.writeEndElement();
    return xml.finish();
}

namespace {

// The run and paragraph properties every style starts from: the body's.
void writeDocDefaults(QXmlStreamWriter &w)
{
    const StyleMetrics body = styleMetrics(Style::Body);
    w.writeStartElement(u"w:docDefaults"_s);
    w.writeStartElement(u"w:rPrDefault"_s);
    w.writeStartElement(u"w:rPr"_s);
    writeFonts(w, fontsFor(Style::Body));
    writeSize(w, body.sizePt);
    w.writeEmptyElement(u"w:lang"_s);
    w.writeAttribute(u"w:val"_s, u"en-US"_s);
    w.writeAttribute(u"w:eastAsia"_s, u"zh-CN"_s);
    w.writeEndElement(); // rPr
    w.writeEndElement(); // rPrDefault
    w.writeStartElement(u"w:pPrDefault"_s);
    w.writeStartElement(u"w:pPr"_s);
    writeExactSpacing(w, body.linePitchPt);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement(); // docDefaults
}

// Opens a w:style; its caller writes the properties and closes it.
void beginStyle(QXmlStreamWriter &w, const QString &type, const QString &id, const QString &name,
    bool isDefault = false)
{
    w.writeStartElement(u"w:style"_s);
    w.writeAttribute(u"w:type"_s, type);
    if (isDefault)
        w.writeAttribute(u"w:default"_s, u"1"_s);
    w.writeAttribute(u"w:styleId"_s, id);
    emptyWithVal(w, u"w:name"_s, name);
    if (!isDefault && type == u"paragraph"_s)
        emptyWithVal(w, u"w:basedOn"_s, u"Normal"_s);
    w.writeEmptyElement(u"w:qFormat"_s);
}

// One of the document's own paragraph styles (doc::Style).
void writeParagraphStyle(QXmlStreamWriter &w, Style style)
{
    const StyleMetrics m = styleMetrics(style);
    beginStyle(w, u"paragraph"_s, styleId(style), styleName(style));
    w.writeStartElement(u"w:pPr"_s);
    if (style == Style::Heading1 || style == Style::Heading2)
        w.writeEmptyElement(u"w:keepNext"_s);
    writeExactSpacing(w, m.linePitchPt);
    if (m.firstLineIndent) {
        w.writeEmptyElement(u"w:ind"_s);
        w.writeAttribute(u"w:firstLineChars"_s, u"200"_s);
        w.writeAttribute(u"w:firstLine"_s, QString::number(twipsFromPt(2 * m.sizePt)));
    }
    if (style == Style::Title || style == Style::Subtitle)
        emptyWithVal(w, u"w:jc"_s, u"center"_s);
    if (style == Style::Heading1)
        emptyWithVal(w, u"w:outlineLvl"_s, u"0"_s);
    if (style == Style::Heading2)
        emptyWithVal(w, u"w:outlineLvl"_s, u"1"_s);
    w.writeEndElement(); // pPr
    w.writeStartElement(u"w:rPr"_s);
    writeFonts(w, fontsFor(style));
    if (m.bold)
        w.writeEmptyElement(u"w:b"_s);
    writeSize(w, m.sizePt);
    w.writeEndElement(); // rPr
    w.writeEndElement(); // style
}

void writeHeaderFooterStyles(QXmlStreamWriter &w)
{
    // Header and footer lines sit outside the body grid: single spacing, no indent.
    for (const QString &id : { u"Header"_s, u"Footer"_s }) {
        beginStyle(w, u"paragraph"_s, id, id.toLower());
        w.writeStartElement(u"w:pPr"_s);
        w.writeEmptyElement(u"w:spacing"_s);
        w.writeAttribute(u"w:line"_s, u"240"_s);
        w.writeAttribute(u"w:lineRule"_s, u"auto"_s);
        emptyWithVal(w, u"w:jc"_s, u"center"_s);
        w.writeEndElement();
        w.writeStartElement(u"w:rPr"_s);
        writeFonts(w, { u"宋体"_s, u"宋体"_s });
        writeSize(w, id == u"Footer"_s ? 14 : 10.5); // page numbers are 4号 (GB/T 9704)
        w.writeEndElement();
        w.writeEndElement();
    }
}

void writeTableStyle(QXmlStreamWriter &w)
{
    beginStyle(w, u"table"_s, u"TableGrid"_s, u"Table Grid"_s);
    w.writeStartElement(u"w:tblPr"_s);
    writeTableBorders(w);
    w.writeEndElement(); // tblPr
    w.writeEndElement(); // style
}

} // namespace

void writeTableBorders(QXmlStreamWriter &w)
{
    w.writeStartElement(u"w:tblBorders"_s);
    for (const QString &edge :
        { u"top"_s, u"left"_s, u"bottom"_s, u"right"_s, u"insideH"_s, u"insideV"_s }) {
        w.writeEmptyElement(u"w:"_s + edge);
        w.writeAttribute(u"w:val"_s, u"single"_s);
        w.writeAttribute(u"w:sz"_s, u"4"_s);
        w.writeAttribute(u"w:space"_s, u"0"_s);
        w.writeAttribute(u"w:color"_s, u"000000"_s);
    }
    w.writeEndElement();
}

QByteArray styles()
{
    Xml xml;
    auto &w = xml.w();
    w.writeStartElement(u"w:styles"_s);
    w.writeAttribute(u"xmlns:w"_s, QString::fromLatin1(mainNs));
    writeDocDefaults(w);
    beginStyle(w, u"paragraph"_s, u"Normal"_s, u"Normal"_s, true);
    w.writeStartElement(u"w:pPr"_s);
    emptyWithVal(w, u"w:jc"_s, u"both"_s);
    w.writeEndElement();
    w.writeEndElement();
    for (Style style : { Style::Title, Style::Subtitle, Style::Heading1, Style::Heading2,
             Style::Body, Style::Plain, Style::Small })
        writeParagraphStyle(w, style);
    writeHeaderFooterStyles(w);
    writeTableStyle(w);
    w.writeEndElement(); // styles
    return xml.finish();
}

QByteArray settings()
{
    Xml xml;
    auto &w = xml.w();
    w.writeStartElement(u"w:settings"_s);
    w.writeAttribute(u"xmlns:w"_s, QString::fromLatin1(mainNs));
    w.writeEmptyElement(u"w:zoom"_s);
    w.writeAttribute(u"w:percent"_s, u"100"_s);
    emptyWithVal(w, u"w:defaultTabStop"_s, u"420"_s);
    // Full-width punctuation compressed at line starts and ends, as Chinese typesetting does.
    emptyWithVal(w, u"w:characterSpacingControl"_s, u"compressPunctuation"_s);
    w.writeStartElement(u"w:compat"_s);
    w.writeEmptyElement(u"w:compatSetting"_s);
    w.writeAttribute(u"w:name"_s, u"compatibilityMode"_s);
    w.writeAttribute(u"w:uri"_s, u"http://schemas.microsoft.com/office/word"_s);
    w.writeAttribute(u"w:val"_s, u"15"_s);
    w.writeEndElement();
    w.writeEndElement();
    return xml.finish();
}

static void writeTextRun(QXmlStreamWriter &w, const QString &text)
{
    w.writeStartElement(u"w:r"_s);
    w.writeStartElement(u"w:t"_s);
    w.writeAttribute(u"xml:space"_s, u"preserve"_s);
    w.writeCharacters(text);
    w.writeEndElement();
    w.writeEndElement();
}

static void writeFieldChar(QXmlStreamWriter &w, const QString &type)
{
    w.writeStartElement(u"w:r"_s);
    w.writeEmptyElement(u"w:fldChar"_s);
    w.writeAttribute(u"w:fldCharType"_s, type);
    w.writeEndElement();
}

QByteArray footer()
{
    Xml xml;
    auto &w = xml.w();
    w.writeStartElement(u"w:ftr"_s);
    w.writeAttribute(u"xmlns:w"_s, QString::fromLatin1(mainNs));
    w.writeStartElement(u"w:p"_s);
    w.writeStartElement(u"w:pPr"_s);
    emptyWithVal(w, u"w:pStyle"_s, u"Footer"_s);
    w.writeEndElement();
    // "— 3 —": 一字线 on both sides of the PAGE field (GB/T 9704).
    writeTextRun(w, u"— "_s);
    writeFieldChar(w, u"begin"_s);
    w.writeStartElement(u"w:r"_s);
    w.writeStartElement(u"w:instrText"_s);
    w.writeAttribute(u"xml:space"_s, u"preserve"_s);
    w.writeCharacters(u" PAGE "_s);
    w.writeEndElement();
    w.writeEndElement();
    writeFieldChar(w, u"separate"_s);
    writeTextRun(w, u"1"_s);
    writeFieldChar(w, u"end"_s);
    writeTextRun(w, u" —"_s);
    w.writeEndElement(); // p
    w.writeEndElement(); // ftr
    return xml.finish();
}

// Word's own text watermark: a VML WordArt shape (shapetype 136) anchored in the header, so
// it shows on every page behind the text and Word's "Remove watermark" recognises it.
static void writeWatermark(QXmlStreamWriter &w, const QString &text)
{
    w.writeStartElement(u"w:r"_s);
    w.writeStartElement(u"w:pict"_s);
    w.writeStartElement(u"v:shapetype"_s);
    w.writeAttribute(u"id"_s, u"_x0000_t136"_s);
    w.writeAttribute(u"coordsize"_s, u"21600,21600"_s);
    w.writeAttribute(u"o:spt"_s, u"136"_s);
    w.writeAttribute(u"adj"_s, u"10800"_s);
    w.writeAttribute(u"path"_s, u"m@7,l@8,m@5,21600l@6,21600e"_s);
    w.writeStartElement(u"v:formulas"_s);
    for (const char *eqn : { "sum #0 0 10800", "prod #0 2 1", "sum 21600 0 @1", "sum 0 0 @2",
             "sum 21600 0 @3", "if @0 @3 0", "if @0 21600 @1", "if @0 0 @2", "if @0 @4 21600",
             "mid @5 @6", "mid @8 @5", "mid @7 @8", "mid @6 @7", "sum @6 0 @5" }) {
        w.writeEmptyElement(u"v:f"_s);
        w.writeAttribute(u"eqn"_s, QString::fromLatin1(eqn));
    }
    w.writeEndElement(); // formulas
    w.writeEmptyElement(u"v:path"_s);
    w.writeAttribute(u"textpathok"_s, u"t"_s);
    w.writeAttribute(u"o:connecttype"_s, u"custom"_s);
    w.writeAttribute(u"o:connectlocs"_s, u"@9,0;@10,10800;@11,21600;@12,10800"_s);
    w.writeAttribute(u"o:connectangles"_s, u"270,180,90,0"_s);
    w.writeEmptyElement(u"v:textpath"_s);
    w.writeAttribute(u"on"_s, u"t"_s);
    w.writeAttribute(u"fitshape"_s, u"t"_s);
    w.writeStartElement(u"v:handles"_s);
    w.writeEmptyElement(u"v:h"_s);
    w.writeAttribute(u"position"_s, u"#0,bottomRight"_s);
    w.writeAttribute(u"xrange"_s, u"6629,14971"_s);
    w.writeEndElement();
    w.writeEmptyElement(u"o:lock"_s);
    w.writeAttribute(u"v:ext"_s, u"edit"_s);
    w.writeAttribute(u"text"_s, u"t"_s);
    w.writeAttribute(u"shapetype"_s, u"t"_s);
    w.writeEndElement(); // shapetype

    w.writeStartElement(u"v:shape"_s);
    w.writeAttribute(u"id"_s, u"PowerPlusWaterMarkObject1"_s);
    w.writeAttribute(u"o:spid"_s, u"_x0000_s2049"_s);
    w.writeAttribute(u"type"_s, u"#_x0000_t136"_s);
    w.writeAttribute(u"style"_s,
        u"position:absolute;margin-left:0;margin-top:0;width:400pt;height:160pt;"
        "rotation:315;z-index:-251657216;mso-position-horizontal:center;"
        "mso-position-horizontal-relative:margin;mso-position-vertical:center;"
        "mso-position-vertical-relative:margin"_s);
    w.writeAttribute(u"o:allowincell"_s, u"f"_s);
    w.writeAttribute(u"fillcolor"_s, u"silver"_s);
    w.writeAttribute(u"stroked"_s, u"f"_s);
    w.writeEmptyElement(u"v:fill"_s);
    w.writeAttribute(u"opacity"_s, u".5"_s);
    w.writeEmptyElement(u"v:textpath"_s);
    w.writeAttribute(u"style"_s, u"font-family:\"宋体\";font-size:1pt"_s);
    w.writeAttribute(u"string"_s, text);
    w.writeEndElement(); // shape
    w.writeEndElement(); // pict
    w.writeEndElement(); // r
}

QByteArray header(const Document &document)
{
    Xml xml;
    auto &w = xml.w();
    w.writeStartElement(u"w:hdr"_s);
    w.writeAttribute(u"xmlns:w"_s, QString::fromLatin1(mainNs));
    w.writeAttribute(u"xmlns:r"_s, QString::fromLatin1(relNs));
    w.writeAttribute(u"xmlns:v"_s, u"urn:schemas-microsoft-com:vml"_s);
    w.writeAttribute(u"xmlns:o"_s, u"urn:schemas-microsoft-com:office:office"_s);
    w.writeStartElement(u"w:p"_s);
    w.writeStartElement(u"w:pPr"_s);
    emptyWithVal(w, u"w:pStyle"_s, u"Header"_s);
    w.writeEndElement();
    if (!document.watermark.isEmpty())
        writeWatermark(w, document.watermark);
    if (!document.headerText.isEmpty())
        writeTextRun(w, document.headerText);
    w.writeEndElement(); // p
    w.writeEndElement(); // hdr
    return xml.finish();
}

} // namespace habeas::doc::docx
