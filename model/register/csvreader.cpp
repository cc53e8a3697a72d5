// CSV: encoding detection and an RFC 4180 reader over bytes. The structure (commas, quotes,
// line breaks) is found on the bytes, which is safe for UTF-8 and GB18030 alike: neither uses
// 0x0A, 0x0D, 0x22 or 0x2C inside a multi-byte character. Each field is decoded on its own.
#include "register/tablereader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace habeas::registerfile {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::Register)
};

constexpr qint64 kChunk = 1 << 20;
constexpr size_t kMaxField = 1 << 16; // bytes
constexpr size_t kMaxFields = 4096;

// Valid UTF-8 up to the end, where a character cut off by the sample's end is forgiven.
bool isUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int more = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF)
            more = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            more = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            more = 3;
        else
            return false;
        for (int k = 1; k <= more; ++k) {
            if (i + k >= n)
                return true; // cut off by the sample
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += more + 1;
    }
    return true;
}

class FieldDecoder {
public:
    explicit FieldDecoder(TextEncoding encoding)
        : m_encoding(encoding)
        , m_gb("GB18030")
    {
    }
    // False when the bytes are not text in the encoding.
    bool decode(const std::string &bytes, QString &out)
    {
        if (m_encoding == TextEncoding::Utf8)
            out = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
        else
            out = m_gb.decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
        return !out.contains(QChar::ReplacementCharacter);
    }

private:
    TextEncoding m_encoding;
    QStringDecoder m_gb;
};

// The state machine of one CSV record after another.
class CsvParser {
public:
    CsvParser(TextEncoding encoding, const RowSink &sink, quint64 columns)
        : m_decoder(encoding)
        , m_sink(sink)
        , m_columns(columns)
    {
    }

    // False when the sink asked to stop.
    bool feed(const char *p, qsizetype n);
    bool finish();

private:
    void endField()
    {
        if (m_fields.size() < kMaxFields)
            m_fields.push_back(std::move(m_field));
        else
            m_tooBig = true;
        m_field.clear();
    }
    // A character of the current field; a field or row beyond the limits is not kept (a quote
    // never closed would otherwise gather the rest of a 2 GB file into one field).
    void append(char c)
    {
        if (m_field.size() < kMaxField)
            m_field.push_back(c);
        else
            m_tooBig = true;
    }
    bool endRecord();

    FieldDecoder m_decoder;
    const RowSink &m_sink;
    quint64 m_columns; // the columns to decode after the first row (bit 63: all from the 64th)
    bool m_first = true;
    std::vector<std::string> m_fields;
    std::string m_field;
    bool m_quoted = false; // inside quotes
    bool m_quoteSeen = false; // a quote inside quotes: the end, or the first of a doubled one
    bool m_fieldStarted = false;
    bool m_lastWasCr = false;
    bool m_tooBig = false; // the record has a field or more fields than are kept
    qint64 m_line = 1; // the line the next character is on
    qint64 m_recordLine = 1;
    TableRow m_row;
};

bool CsvParser::feed(const char *p, qsizetype n)
{
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (c == '\n' && m_lastWasCr) { // the LF of a CRLF: already handled
            m_lastWasCr = false;
            continue;
        }
        m_lastWasCr = (c == '\r');
        const bool newline = (c == '\n' || c == '\r');
        if (m_quoted && !m_quoteSeen) {
            if (c == '"')
                m_quoteSeen = true;
            else
                append(newline ? '\n' : c);
            if (newline)
                ++m_line;
            continue;
        }
        if (m_quoteSeen) {
            m_quoteSeen = false;
            if (c == '"') {
                append('"');
                continue;
            }
            m_quoted = false;
        }
        if (c == '"' && !m_fieldStarted) {
            m_quoted = m_fieldStarted = true;
        } else if (c == ',') {
            endField();
            m_fieldStarted = false;
        } else if (newline) {
            if (!endRecord())
                return false;
            ++m_line;
            m_recordLine = m_line;
        } else {
            append(c);
            m_fieldStarted = true;
        }
    }
    return true;
}

bool CsvParser::endRecord()
{
    endField();
    m_fieldStarted = false;
    const bool blank = m_fields.size() == 1 && m_fields.front().empty();
    if (blank) {
        m_fields.clear();
        return true;
    }
    m_row.line = m_recordLine;
    m_row.cells.clear();
    m_row.problem.clear();
    if (std::exchange(m_tooBig, false)) {
        m_fields.clear();
        m_first = false;
        m_row.problem = Text::tr("the row is too long (a field of over 64 KB or over 4096 fields)");
        return m_sink(m_row);
    }
    m_row.cells.reserve(qsizetype(m_fields.size()));
    QString cell;
    for (size_t i = 0; i < m_fields.size(); ++i) {
        const std::string &f = m_fields[i];
        if (!m_first && !(m_columns >> std::min<size_t>(i, 63) & 1)) {
            m_row.cells.append(QString());
            continue;
        }
        if (!m_decoder.decode(f, cell)) {
            m_row.cells.clear();
            m_row.problem =
                Text::tr("the row holds bytes that are not text in the file's encoding");
            break;
        }
        m_row.cells.append(cell);
    }
    m_fields.clear();
    m_first = false;
    return m_sink(m_row);
}

bool CsvParser::finish()
{
    if (m_quoted && !m_quoteSeen) {
        // An opening quote never closed: the rest of the file is one field. Say so on the row.
        m_fields.clear();
        m_field.clear();
        m_row = TableRow {};
        m_row.line = m_recordLine;
        m_row.problem = Text::tr("a quoted field opened here is never closed");
        return m_sink(m_row);
    }
    if (m_fields.empty() && m_field.empty() && !m_fieldStarted)
        return true;
    return endRecord();
}

} // namespace

TableFormat sniffFormat(QIODevice &device)
{
    return device.peek(4) == QByteArrayView("PK\x03\x04", 4) ? TableFormat::Xlsx : TableFormat::Csv;
}

Result<TextEncoding> detectEncoding(const QByteArray &sample)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8;
    if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF"))
        return Error::input(
            Text::tr("the file is UTF-16 text; save it as CSV in UTF-8 (or GB18030)"));
    if (sample.contains('\0'))
        return Error::input(Text::tr("the file is not a CSV text file (it holds binary data)"));
    return isUtf8(sample) ? TextEncoding::Utf8 : TextEncoding::Gb18030;
}

Status readCsv(
    QIODevice &device, const RowSink &sink, std::atomic<qint64> *progress, quint64 columns)
{
    const QByteArray sample = device.peek(kChunk);
    const auto encoding = detectEncoding(sample);
    if (!encoding.ok())
        return encoding.error();
    if (sample.startsWith("\xEF\xBB\xBF"))
        device.skip(3);
    CsvParser parser(encoding.value(), sink, columns);
    QByteArray chunk;
    chunk.resize(kChunk);
    for (;;) {
        const qint64 n = device.read(chunk.data(), kChunk);
        if (n < 0)
            return Error::io(Text::tr("cannot read the file: %1").arg(device.errorString()));
        if (n == 0)
            break;
        if (progress)
            progress->fetch_add(n, std::memory_order_relaxed);
        if (!parser.feed(chunk.constData(), n))
            return {};
    }
    parser.finish();
    return {};
}

Status readTable(QIODevice &device, const QString &sheet, const RowSink &sink,
    const ReadLimits &limits, std::atomic<qint64> *progress)
{
    if (sniffFormat(device) == TableFormat::Xlsx)
        return readXlsx(device, sheet, sink, limits, progress);
    return readCsv(device, sink, progress, limits.csvColumns);
}

} // namespace habeas::registerfile
