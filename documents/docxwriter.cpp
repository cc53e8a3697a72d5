#include "docxwriter.h"

#include "core/clock.h"
#include "docxparts.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QXmlStreamWriter>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

using namespace doc;

QString jcValue(Align align)
{
    switch (align) {
    case Align::Left:
        return u"left"_s;
    case Align::Center:
        return u"center"_s;
    case Align::Right:
        return u"right"_s;
    case Align::Justify:
        return u"both"_s;
    }
    return u"both"_s;
}

// word/document.xml: the blocks in order, then the A4 section with the court margins.
class BodyWriter {
public:
    explicit BodyWriter(const Document &document)
        : m_document(document)
        , m_xml(&m_bytes)
    {
    }

    QByteArray write()
    {
        auto &w = m_xml;
        w.writeStartDocument(u"1.0"_s, true);
        w.writeStartElement(u"w:document"_s);
        w.writeAttribute(u"xmlns:w"_s, QString::fromLatin1(docx::mainNs));
        w.writeAttribute(u"xmlns:r"_s, QString::fromLatin1(docx::relNs));
        w.writeStartElement(u"w:body"_s);
        for (const Block &block : m_document.blocks) {
            if (const auto *paragraph = std::get_if<Paragraph>(&block)) {
                writeParagraph(paragraph->style, paragraph->align, paragraph->runs,
                    paragraph->spaceBefore, paragraph->keepWithNext);
            } else if (const auto *list = std::get_if<List>(&block)) {
                for (qsizetype i = 0; i < list->items.size(); ++i)
                    writeParagraph(list->style, Align::Justify, list->items.at(i), 0, false,
                        listLabel(list->numbering, int(i + 1)));
            } else if (const auto *table = std::get_if<Table>(&block)) {
                flushPageBreak();
                writeTable(*table);
            } else if (std::holds_alternative<PageBreak>(block)) {
                flushPageBreak();
                m_pageBreakPending = true;
            }
        }
        flushPageBreak();
        // Word expects the body to end with a paragraph, not a table.
        if (!m_document.blocks.isEmpty() && std::holds_alternative<Table>(m_document.blocks.last()))
            w.writeEmptyElement(u"w:p"_s);
        writeSection();
        w.writeEndElement(); // body
        w.writeEndElement(); // document
        w.writeEndDocument();
        return m_bytes;
    }

private:
    // A break before a paragraph becomes its pageBreakBefore, which leaves no empty line at the
    // top of the next page; anywhere else it is a paragraph holding a page break.
    void flushPageBreak()
    {
        if (!m_pageBreakPending)
            return;
        m_pageBreakPending = false;
        m_xml.writeStartElement(u"w:p"_s);
        m_xml.writeStartElement(u"w:r"_s);
        m_xml.writeEmptyElement(u"w:br"_s);
        m_xml.writeAttribute(u"w:type"_s, u"page"_s);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    void writeParagraph(Style style, Align align, const QList<Run> &runs, int spaceBefore,
        bool keepWithNext, const QString &label = {})
    {
        auto &w = m_xml;
        const Align effective = effectiveAlign(style, align);
        w.writeStartElement(u"w:p"_s);
        w.writeStartElement(u"w:pPr"_s);
        // Children in the order the schema fixes, or Word calls the file corrupt.
        w.writeEmptyElement(u"w:pStyle"_s);
        w.writeAttribute(u"w:val"_s, docx::styleId(style));
        if (keepWithNext)
            w.writeEmptyElement(u"w:keepNext"_s);
        if (m_pageBreakPending) {
            w.writeEmptyElement(u"w:pageBreakBefore"_s);
            m_pageBreakPending = false;
        }
        if (spaceBefore > 0) {
            w.writeEmptyElement(u"w:spacing"_s);
            w.writeAttribute(u"w:before"_s,
                QString::number(
                    docx::twipsFromPt(spaceBefore * styleMetrics(Style::Body).linePitchPt)));
        }
        if (styleMetrics(style).firstLineIndent && !indentsFirstLine(style, align)) {
            w.writeEmptyElement(u"w:ind"_s);
            w.writeAttribute(u"w:firstLineChars"_s, u"0"_s);
            w.writeAttribute(u"w:firstLine"_s, u"0"_s);
        }
        w.writeEmptyElement(u"w:jc"_s);
        w.writeAttribute(u"w:val"_s, jcValue(effective));
        w.writeEndElement(); // pPr
        if (!label.isEmpty())
            writeRun(Run { label });
        for (const Run &run : runs)
            writeRun(run);
        w.writeEndElement(); // p
    }

    void writeRun(const Run &run)
    {
        if (run.text.isEmpty())
            return;
        auto &w = m_xml;
        w.writeStartElement(u"w:r"_s);
        if (run.bold || run.italic || run.underline || run.gap) {
            w.writeStartElement(u"w:rPr"_s);
            if (run.bold)
                w.writeEmptyElement(u"w:b"_s);
            if (run.italic)
                w.writeEmptyElement(u"w:i"_s);
            // A gap is highlighted so a draft shows at a glance what the case still lacks.
            if (run.gap) {
                w.writeEmptyElement(u"w:highlight"_s);
                w.writeAttribute(u"w:val"_s, u"yellow"_s);
            }
            if (run.underline) {
                w.writeEmptyElement(u"w:u"_s);
                w.writeAttribute(u"w:val"_s, u"single"_s);
            }
            w.writeEndElement();
        }
        // Line breaks and tabs are elements of their own in OOXML, not characters of w:t.
        QString pending;
        const auto flush = [&] {
            if (pending.isEmpty())
                return;
            w.writeStartElement(u"w:t"_s);
            w.writeAttribute(u"xml:space"_s, u"preserve"_s);
            w.writeCharacters(pending);
            w.writeEndElement();
            pending.clear();
        };
        for (QChar c : run.text) {
            if (c == u'\n') {
                flush();
                w.writeEmptyElement(u"w:br"_s);
            } else if (c == u'\t') {
                flush();
                w.writeEmptyElement(u"w:tab"_s);
            } else {
                pending += c;
            }
        }
        flush();
        w.writeEndElement(); // r
    }

    int textWidthTwips() const
    {
        return docx::twipsFromMm(210 - m_document.page.leftMm - m_document.page.rightMm);
    }

    void writeTable(const Table &table)
    {
        auto &w = m_xml;
        const QList<double> fractions = table.columnFractions();
        if (fractions.isEmpty())
            return;
        QList<int> grid;
        for (double fraction : fractions)
            grid << qRound(fraction * textWidthTwips());

        w.writeStartElement(u"w:tbl"_s);
        w.writeStartElement(u"w:tblPr"_s);
        w.writeEmptyElement(u"w:tblStyle"_s);
        w.writeAttribute(u"w:val"_s, u"TableGrid"_s);
        w.writeEmptyElement(u"w:tblW"_s);
        w.writeAttribute(u"w:w"_s, QString::number(textWidthTwips()));
        w.writeAttribute(u"w:type"_s, u"dxa"_s);
        w.writeEmptyElement(u"w:jc"_s);
        w.writeAttribute(u"w:val"_s, u"center"_s);
        // Borders repeated on the table itself: not every reader applies table styles.
        docx::writeTableBorders(w);
        w.writeEmptyElement(u"w:tblLayout"_s);
        w.writeAttribute(u"w:type"_s, u"fixed"_s);
        w.writeEndElement(); // tblPr
        w.writeStartElement(u"w:tblGrid"_s);
        for (int width : grid) {
            w.writeEmptyElement(u"w:gridCol"_s);
            w.writeAttribute(u"w:w"_s, QString::number(width));
        }
        w.writeEndElement();

        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            w.writeStartElement(u"w:tr"_s);
            w.writeStartElement(u"w:trPr"_s);
            // Rows never split, as in the PDF, so both page the same way.
            w.writeEmptyElement(u"w:cantSplit"_s);
            if (r < table.headerRows)
                w.writeEmptyElement(u"w:tblHeader"_s);
            w.writeEndElement();
            qsizetype column = 0;
            for (const Cell &cell : table.rows.at(r)) {
                const int span = qMax(1, cell.columnSpan);
                int width = 0;
                for (qsizetype c = column; c < column + span && c < grid.size(); ++c)
                    width += grid.at(c);
                column += span;
                w.writeStartElement(u"w:tc"_s);
                w.writeStartElement(u"w:tcPr"_s);
                w.writeEmptyElement(u"w:tcW"_s);
                w.writeAttribute(u"w:w"_s, QString::number(width));
                w.writeAttribute(u"w:type"_s, u"dxa"_s);
                if (span > 1) {
                    w.writeEmptyElement(u"w:gridSpan"_s);
                    w.writeAttribute(u"w:val"_s, QString::number(span));
                }
                w.writeEmptyElement(u"w:vAlign"_s);
                w.writeAttribute(u"w:val"_s, u"center"_s);
                w.writeEndElement(); // tcPr
                writeParagraph(Style::Small, cell.align, cell.runs, 0, false);
                w.writeEndElement(); // tc
            }
            w.writeEndElement(); // tr
        }
        w.writeEndElement(); // tbl
    }

    void writeSection()
    {
        auto &w = m_xml;
        const PageSetup &page = m_document.page;
        w.writeStartElement(u"w:sectPr"_s);
        if (docx::hasHeader(m_document)) {
            w.writeEmptyElement(u"w:headerReference"_s);
            w.writeAttribute(u"w:type"_s, u"default"_s);
            w.writeAttribute(u"r:id"_s, QString::fromLatin1(docx::headerRelId));
        }
        if (m_document.pageNumbers) {
            w.writeEmptyElement(u"w:footerReference"_s);
            w.writeAttribute(u"w:type"_s, u"default"_s);
            w.writeAttribute(u"r:id"_s, QString::fromLatin1(docx::footerRelId));
        }
        w.writeEmptyElement(u"w:pgSz"_s);
        w.writeAttribute(u"w:w"_s, QString::number(docx::twipsFromMm(210)));
        w.writeAttribute(u"w:h"_s, QString::number(docx::twipsFromMm(297)));
        // GB/T 9704 puts the page number 7 mm below the text block; the footer distance is
        // measured from the paper edge to the bottom of the 4号 number.
        const double footerMm = qMax(5.0, page.bottomMm - 7 - 14 * 25.4 / 72);
        w.writeEmptyElement(u"w:pgMar"_s);
        w.writeAttribute(u"w:top"_s, QString::number(docx::twipsFromMm(page.topMm)));
        w.writeAttribute(u"w:right"_s, QString::number(docx::twipsFromMm(page.rightMm)));
        w.writeAttribute(u"w:bottom"_s, QString::number(docx::twipsFromMm(page.bottomMm)));
        w.writeAttribute(u"w:left"_s, QString::number(docx::twipsFromMm(page.leftMm)));
        w.writeAttribute(u"w:header"_s, QString::number(docx::twipsFromMm(15)));
        w.writeAttribute(u"w:footer"_s, QString::number(docx::twipsFromMm(footerMm)));
        w.writeAttribute(u"w:gutter"_s, u"0"_s);
        w.writeEndElement();
    }

    const Document &m_document;
    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
    bool m_pageBreakPending = false;
};

QString zipError(int code)
{
    return QCoreApplication::translate("habeas::Documents", "the zip archive failed (code %1)")
        .arg(code);
}

} // namespace

Status writeDocx(const doc::Document &document, QIODevice *out)
{
    if (!out || !out->isWritable())
        return Error::io(QCoreApplication::translate(
            "habeas::Documents", "The Word document cannot be written: the output is not open."));

    const QList<std::pair<QString, QByteArray>> parts = [&] {
        // [Content_Types].xml first: some readers sniff the package from its first entry.
        QList<std::pair<QString, QByteArray>> list {
            { u"[Content_Types].xml"_s, docx::contentTypes(document) },
            { u"_rels/.rels"_s, docx::packageRels() },
            { u"docProps/core.xml"_s, docx::coreProperties(document) },
            { u"docProps/app.xml"_s, docx::appProperties() },
            { u"word/document.xml"_s, BodyWriter(document).write() },
            { u"word/styles.xml"_s, docx::styles() },
            { u"word/settings.xml"_s, docx::settings() },
            { u"word/_rels/document.xml.rels"_s, docx::documentRels(document) },
        };
        if (document.pageNumbers)
            list.append({ u"word/footer1.xml"_s, docx::footer() });
        if (docx::hasHeader(document))
            list.append({ u"word/header1.xml"_s, docx::header(document) });
        return list;
    }();

    // The archive is built in memory (a filing is small) so the output device needs neither
    // seeking nor to be handed to QuaZip, which would close it.
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&buffer);
        zip.setAutoClose(false);
        if (!zip.open(QuaZip::mdCreate))
            return Error::io(zipError(zip.getZipError()));
        const QDateTime stamp = Clock::now();
        for (const auto &[name, bytes] : parts) {
            QuaZipFile file(&zip);
            QuaZipNewInfo info(name);
            info.dateTime = stamp;
            if (!file.open(QIODevice::WriteOnly, info) || file.write(bytes) != bytes.size()) {
                const int code = file.getZipError();
                return Error::io(zipError(code));
            }
            file.close();
            if (file.getZipError() != UNZ_OK)
                return Error::io(zipError(file.getZipError()));
        }
        zip.close();
        if (zip.getZipError() != UNZ_OK)
            return Error::io(zipError(zip.getZipError()));
    }

    const QByteArray &package = buffer.data();
    if (out->write(package) != package.size())
        return Error::io(
            QCoreApplication::translate("habeas::Documents", "Writing the Word document failed: %1")
                .arg(out->errorString()));
    return {};
}

Status saveDocx(const doc::Document &document, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(QCoreApplication::translate("habeas::Documents", "Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (Status written = writeDocx(document, &file); !written.ok()) {
        file.cancelWriting();
        return Error::io(QCoreApplication::translate("habeas::Documents", "Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), written.error().message));
    }
    if (!file.commit())
        return Error::io(QCoreApplication::translate("habeas::Documents", "Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace habeas
