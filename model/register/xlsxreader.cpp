// XLSX: the workbook's parts streamed out of the ZIP archive with QuaZip and read with
// QXmlStreamReader, never a sheet whole in memory. The inflated bytes of each part are counted
// as they come, so an archive that lies in its directory (a ZIP bomb) is stopped all the same.
#include "register/tablereader.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace habeas::registerfile {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::Register)
};

// A part of the archive as a device that counts what it inflates and stops at the limits.
class GuardedPart final : public QIODevice {
public:
    GuardedPart(QuaZipFile &file, qint64 compressed, const ReadLimits &limits)
        : m_file(file)
        , m_compressed(compressed)
        , m_limits(limits)
    {
        open(QIODevice::ReadOnly);
    }
    bool exceeded() const { return m_exceeded; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        if (m_exceeded)
            return -1;
        const qint64 n = m_file.read(data, max);
        if (n <= 0)
            return n;
        m_total += n;
        const qint64 allowed = std::max<qint64>(qint64(1) << 20, m_compressed * m_limits.maxRatio);
        if (m_total > m_limits.maxInflatedBytes || m_total > allowed) {
            m_exceeded = true;
            return -1;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QuaZipFile &m_file;
    qint64 m_compressed;
    const ReadLimits &m_limits;
    qint64 m_total = 0;
    bool m_exceeded = false;
};

Error bombError()
{
    return Error::input(Text::tr("the XLSX file inflates far beyond its size (a ZIP bomb?); "
                                 "it is not read"));
}

// Opens a part and runs `read` over its XML; Ok(false) when the part does not exist.
Result<bool> withPart(QuaZip &zip, const QString &name, const ReadLimits &limits,
    const std::function<Status(QXmlStreamReader &)> &read)
{
    if (!zip.setCurrentFile(name))
        return false;
    QuaZipFileInfo64 info;
    zip.getCurrentFileInfo(&info);
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return Error::input(
            Text::tr("the XLSX file is damaged: cannot open its part %1").arg(name));
    GuardedPart part(file, qint64(info.compressedSize), limits);
    QXmlStreamReader xml(&part);
    const Status st = read(xml);
    if (part.exceeded())
        return bombError();
    if (!st.ok())
        return st.error();
    if (xml.hasError() && xml.error() != QXmlStreamReader::CustomError)
        return Error::input(Text::tr("the XLSX file is damaged: %1 at line %2 of %3")
                                .arg(xml.errorString())
                                .arg(xml.lineNumber())
                                .arg(name));
    return true;
}

struct Workbook {
    QList<std::pair<QString, QString>> sheets; // name, relationship id
    QHash<QString, QString> targets; // relationship id → part name
};

Status readWorkbook(QXmlStreamReader &xml, Workbook &book)
{
    const auto relNs = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"sheet")
            book.sheets.append({ xml.attributes().value(u"name"_s).toString(),
                xml.attributes().value(relNs, u"id"_s).toString() });
    }
    return {};
}

Status readRelationships(QXmlStreamReader &xml, Workbook &book)
{
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"Relationship") {
            QString target = xml.attributes().value(u"Target"_s).toString();
            target = target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
            book.targets.insert(xml.attributes().value(u"Id"_s).toString(), target);
        }
    }
    return {};
}

// Shared strings as one pool of characters and the offsets into it: millions of short strings
// without an allocation each.
struct SharedStrings {
    QString pool;
    std::vector<qsizetype> starts { 0 };
    qsizetype size() const { return qsizetype(starts.size()) - 1; }
    QString at(qsizetype i) const { return pool.mid(starts[i], starts[i + 1] - starts[i]); }
};

Status readSharedStrings(QXmlStreamReader &xml, SharedStrings &strings, const ReadLimits &limits)
{
    int phonetic = 0; // inside <rPh>: a reading aid, not the text
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                strings.pool += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == u"si")
                strings.starts.push_back(strings.pool.size());
        }
        if (strings.pool.size() > limits.maxSharedStringChars)
            return bombError();
    }
    return {};
}

// "BC12" → 54 (0-based column); -1 when there are no letters.
int columnOf(QStringView ref)
{
    int col = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].isLetter(); ++i)
        col = col * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
    return (i == 0 || col > 16384) ? -1 : col - 1;
}

struct SheetReader {
    QXmlStreamReader &xml;
    const SharedStrings &strings;
    const RowSink &sink;
    bool stopped = false;

    Status read();
    void readCell(QStringList &cells);
};

void SheetReader::readCell(QStringList &cells)
{
    const auto attrs = xml.attributes();
    const QString type = attrs.value(u"t"_s).toString();
    const int col = attrs.hasAttribute(u"r"_s) ? columnOf(attrs.value(u"r"_s)) : int(cells.size());
    QString value;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v") {
            value = xml.readElementText();
        } else if (xml.name() == u"is") {
            while (xml.readNextStartElement())
                value += xml.name() == u"t"
                    ? xml.readElementText()
                    : xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else {
            xml.skipCurrentElement();
        }
    }
    if (type == u"s") {
        bool ok = false;
        const qsizetype index = value.toLongLong(&ok);
        value = (ok && index >= 0 && index < strings.size()) ? strings.at(index) : QString();
    }
    if (col < 0 || col >= 16384)
        return;
    while (cells.size() <= col)
        cells.append(QString());
    cells[col] = value;
}

Status SheetReader::read()
{
    TableRow row;
    qint64 nextRow = 1;
    while (!xml.atEnd() && !stopped) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"row")
            continue;
        bool ok = false;
        const qint64 r = xml.attributes().value(u"r"_s).toLongLong(&ok);
        row.line = ok ? r : nextRow;
        nextRow = row.line + 1;
        row.cells.clear();
        while (xml.readNextStartElement()) {
            if (xml.name() == u"c")
                readCell(row.cells);
            else
                xml.skipCurrentElement();
        }
        const bool blank = std::all_of(
            row.cells.cbegin(), row.cells.cend(), [](const QString &c) { return c.isEmpty(); });
        if (!blank && !sink(row))
            stopped = true;
    }
    return {};
}

Result<QString> sheetPart(QuaZip &zip, const QString &sheet, const ReadLimits &limits)
{
    Workbook book;
    const auto wb = withPart(zip, u"xl/workbook.xml"_s, limits,
        [&book](QXmlStreamReader &xml) { return readWorkbook(xml, book); });
    if (!wb.ok())
        return wb.error();
    if (!wb.value() || book.sheets.isEmpty())
        return Error::input(Text::tr("the file is a ZIP archive but not an XLSX workbook"));
    const auto rels = withPart(zip, u"xl/_rels/workbook.xml.rels"_s, limits,
        [&book](QXmlStreamReader &xml) { return readRelationships(xml, book); });
    if (!rels.ok())
        return rels.error();
    QStringList names;
    for (const auto &[name, id] : book.sheets) {
        names.append(name);
        if (sheet.isEmpty() || name == sheet) {
            const QString part = book.targets.value(id);
            if (part.isEmpty())
                return Error::input(
                    Text::tr("the XLSX file is damaged: sheet \"%1\" has no part").arg(name));
            return part;
        }
    }
    return Error::input(Text::tr("the workbook has no sheet \"%1\"; its sheets: %2")
                            .arg(sheet, names.join(u", "_s)));
}

} // namespace

Status readXlsx(QIODevice &device, const QString &sheet, const RowSink &sink,
    const ReadLimits &limits, std::atomic<qint64> *progress)
{
    QuaZip zip(&device);
    if (!zip.open(QuaZip::mdUnzip))
        return Error::input(
            Text::tr("the file is not an XLSX workbook (not a readable ZIP archive)"));
    const auto part = sheetPart(zip, sheet, limits);
    if (!part.ok())
        return part.error();
    SharedStrings strings;
    const auto shared = withPart(zip, u"xl/sharedStrings.xml"_s, limits,
        [&](QXmlStreamReader &xml) { return readSharedStrings(xml, strings, limits); });
    if (!shared.ok())
        return shared.error();
    const auto read = withPart(zip, part.value(), limits, [&](QXmlStreamReader &xml) {
        SheetReader reader { xml, strings, sink };
        return reader.read();
    });
    if (!read.ok())
        return read.error();
    if (!read.value())
        return Error::input(
            Text::tr("the XLSX file is damaged: its sheet part %1 is missing").arg(part.value()));
    if (progress)
        progress->store(device.size(), std::memory_order_relaxed);
    return {};
}

} // namespace habeas::registerfile
