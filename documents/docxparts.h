#pragma once

#include "docmodel.h"

#include <QByteArray>
#include <QString>

class QXmlStreamWriter;

// The fixed parts of a DOCX package, each as UTF-8 XML. Internal to docxwriter.cpp; kept apart
// so the writer of word/document.xml stays readable.
namespace habeas::doc::docx {

inline constexpr auto mainNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr auto relNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// The relationship ids word/document.xml refers to.
inline constexpr auto footerRelId = "rIdFooter1";
inline constexpr auto headerRelId = "rIdHeader1";

// Points and millimetres to the twentieths of a point OOXML measures pages in.
int twipsFromPt(double pt);
int twipsFromMm(double mm);

// The style id word/styles.xml declares for a style.
QString styleId(Style style);

// <w:tblBorders>: a thin black single line on every edge and between all cells (court filings'
// tables are ruled). Written in the table style and again on each table, since not every reader
// applies table styles.
void writeTableBorders(QXmlStreamWriter &w);

// A header part is written when the document has a header line or a watermark.
bool hasHeader(const Document &document);

QByteArray contentTypes(const Document &document);
QByteArray packageRels();
QByteArray documentRels(const Document &document);
QByteArray coreProperties(const Document &document);
QByteArray appProperties();
QByteArray styles();
QByteArray settings();
QByteArray footer();
QByteArray header(const Document &document);

} // namespace habeas::doc::docx
