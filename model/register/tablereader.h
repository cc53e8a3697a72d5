#pragma once

#include "core/result.h"

#include <QIODevice>
#include <QStringList>

#include <atomic>
#include <functional>

namespace habeas::registerfile {

// One row of a table file as read: its cells, and where it was. A row that could not be read
// (bytes that are not text in the file's encoding) carries a problem and no cells.
struct TableRow {
    qint64 line = 0; // CSV: the line the record starts on; XLSX: the sheet's row number
    QStringList cells;
    QString problem;
};

// Called for each row in order, the header first; returns false to stop reading (cancel).
using RowSink = std::function<bool(const TableRow &row)>;

enum class TableFormat { Csv, Xlsx };

enum class TextEncoding { Utf8, Gb18030 };

// What the readers guard against. The inflated size of an XLSX part is counted as it is read,
// whatever the archive's directory claims.
struct ReadLimits {
    qint64 maxInflatedBytes = qint64(4) << 30; // per part of an XLSX
    qint64 maxRatio = 200; // inflated / compressed, per part (after its first MiB)
    qint64 maxSharedStringChars = qint64(256) << 20;
    // CSV: the columns whose text is decoded after the header (bit i: column i; bit 63: the
    // 64th and all after it); the others come as empty cells. All by default.
    quint64 csvColumns = ~quint64(0);
};

// "PK\3\4" at the start: an XLSX (or some other ZIP); anything else is read as CSV.
TableFormat sniffFormat(QIODevice &device);

// The encoding of CSV bytes from a sample of the start: a UTF-8 BOM or valid UTF-8 is UTF-8,
// anything else GB18030 (what spreadsheet programs save on Chinese Windows). UTF-16 and binary
// files are errors saying so.
Result<TextEncoding> detectEncoding(const QByteArray &sample);

// RFC 4180 CSV: quoted fields with doubled quotes, commas and line breaks inside quotes, CRLF or
// LF; rows with any number of fields are passed on as they are; blank lines are skipped. The
// device is read in chunks; `progress` (if given) is set to the bytes consumed so far.
Status readCsv(QIODevice &device, const RowSink &sink, std::atomic<qint64> *progress = nullptr,
    quint64 columns = ~quint64(0));

// The sheet called `sheet` (the first sheet when empty) of an XLSX workbook, streamed from the
// archive: shared strings, inline strings and numbers as the file writes them.
Status readXlsx(QIODevice &device, const QString &sheet, const RowSink &sink,
    const ReadLimits &limits = {}, std::atomic<qint64> *progress = nullptr);

// Either of the two, by sniffFormat(). The entry point for fuzzing: any bytes in a QBuffer.
Status readTable(QIODevice &device, const QString &sheet, const RowSink &sink,
    const ReadLimits &limits = {}, std::atomic<qint64> *progress = nullptr);

} // namespace habeas::registerfile
