#include "imageprobe.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>
#include <QScopeGuard>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::Parsing)
};

// A TIFF structure (the body of an EXIF segment) read with every offset checked: the
// offsets come from the file, and the file is untrusted.
class TiffReader {
public:
    explicit TiffReader(QByteArrayView data)
        : m_data(data)
    {
    }

    bool readHeader(quint32 &firstIfd)
    {
        if (m_data.size() < 8)
            return false;
        if (m_data.first(2) == "II")
            m_littleEndian = true;
        else if (m_data.first(2) == "MM")
            m_littleEndian = false;
        else
            return false;
        quint16 magic = 0;
        return u16(2, magic) && magic == 42 && u32(4, firstIfd);
    }

    bool u16(qint64 at, quint16 &value) const
    {
        if (at < 0 || at + 2 > m_data.size())
            return false;
        const auto b0 = quint16(quint8(m_data[at]));
        const auto b1 = quint16(quint8(m_data[at + 1]));
        value = m_littleEndian ? quint16(b0 | (b1 << 8)) : quint16((b0 << 8) | b1);
        return true;
    }

    bool u32(qint64 at, quint32 &value) const
    {
        quint16 a = 0;
        quint16 b = 0;
        if (!u16(at, a) || !u16(at + 2, b))
            return false;
        value = m_littleEndian ? (quint32(b) << 16) | a : (quint32(a) << 16) | b;
        return true;
    }

    struct Entry {
        quint16 tag = 0;
        quint16 type = 0;
        quint32 count = 0;
        qint64 entryOffset = 0;
    };

    // The entries of the IFD at `offset`; empty when it lies outside the data.
    QList<Entry> ifd(quint32 offset) const
    {
        QList<Entry> entries;
        quint16 count = 0;
        if (!u16(offset, count))
            return entries;
        for (quint16 i = 0; i < count; ++i) {
            Entry e;
            e.entryOffset = qint64(offset) + 2 + 12 * qint64(i);
            if (!u16(e.entryOffset, e.tag) || !u16(e.entryOffset + 2, e.type)
                || !u32(e.entryOffset + 4, e.count))
                break;
            entries.append(e);
        }
        return entries;
    }

    // An ASCII value (type 2) up to its first NUL; values of four bytes or fewer are
    // stored in the entry itself, longer ones at an offset.
    QByteArray ascii(const Entry &e) const
    {
        if (e.type != 2 || e.count == 0 || e.count > 64)
            return {};
        qint64 at = e.entryOffset + 8;
        if (e.count > 4) {
            quint32 offset = 0;
            if (!u32(at, offset))
                return {};
            at = offset;
        }
        if (at + qint64(e.count) > m_data.size())
            return {};
        QByteArray text = m_data.sliced(at, e.count).toByteArray();
        if (const qsizetype nul = text.indexOf('\0'); nul >= 0)
            text.truncate(nul);
        return text;
    }

    quint32 longValue(const Entry &e) const
    {
        quint32 value = 0;
        if (e.type == 4 && e.count == 1 && u32(e.entryOffset + 8, value))
            return value;
        return 0;
    }

private:
    QByteArrayView m_data;
    bool m_littleEndian = true;
};

// "+08:00" → seconds east of UTC.
std::optional<int> parseOffset(const QByteArray &text)
{
    if (text.size() != 6 || (text[0] != '+' && text[0] != '-') || text[3] != ':')
        return std::nullopt;
    bool okH = false;
    bool okM = false;
    const int hours = text.mid(1, 2).toInt(&okH);
    const int minutes = text.mid(4, 2).toInt(&okM);
    if (!okH || !okM || hours > 14 || minutes > 59)
        return std::nullopt;
    const int seconds = hours * 3600 + minutes * 60;
    return text[0] == '-' ? -seconds : seconds;
}

ExifTime exifFromTiff(QByteArrayView tiff)
{
    TiffReader reader(tiff);
    quint32 ifd0 = 0;
    if (!reader.readHeader(ifd0))
        return {};
    quint32 exifIfd = 0;
    for (const auto &e : reader.ifd(ifd0)) {
        if (e.tag == 0x8769)
            exifIfd = reader.longValue(e);
    }
    if (exifIfd == 0)
        return {};
    QByteArray original;
    QByteArray offsetOriginal;
    QByteArray offset;
    for (const auto &e : reader.ifd(exifIfd)) {
        if (e.tag == 0x9003)
            original = reader.ascii(e);
        else if (e.tag == 0x9011)
            offsetOriginal = reader.ascii(e);
        else if (e.tag == 0x9010)
            offset = reader.ascii(e);
    }
    // "YYYY:MM:DD HH:MM:SS"; cameras with an unset clock write blanks or zeros.
    const QDateTime local =
        QDateTime::fromString(QString::fromLatin1(original), u"yyyy:MM:dd HH:mm:ss"_s);
    if (!local.isValid())
        return {};
    ExifTime result;
    const auto seconds = parseOffset(offsetOriginal.isEmpty() ? offset : offsetOriginal);
    if (seconds) {
        result.time = QDateTime(local.date(), local.time(), QTimeZone(*seconds));
        result.hasOffset = true;
    } else {
        result.time = local;
    }
    return result;
}

// The text of a PNG's tEXt or (uncompressed) iTXt chunk with this keyword, read from the
// chunks before the image data. QImageReader offers only what its handler folds into a
// "Description" until the whole image is decoded, which a probe must not do.
QString pngText(const QByteArray &png, const QByteArray &keyword)
{
    auto be32 = [&png](qint64 at) {
        return (quint32(quint8(png[at])) << 24) | (quint32(quint8(png[at + 1])) << 16)
            | (quint32(quint8(png[at + 2])) << 8) | quint32(quint8(png[at + 3]));
    };
    qint64 pos = 8; // the signature
    while (pos + 12 <= png.size()) {
        const qint64 length = be32(pos);
        const QByteArray type = png.mid(pos + 4, 4);
        if (type == "IDAT" || type == "IEND" || length > png.size() - pos - 12)
            break;
        const QByteArray data = png.mid(pos + 8, length);
        const qsizetype nul = data.indexOf('\0');
        if (nul > 0 && data.left(nul) == keyword) {
            if (type == "tEXt")
                return QString::fromLatin1(data.mid(nul + 1));
            // iTXt: keyword, compression flag and method, language, translated keyword, text.
            if (type == "iTXt" && nul + 2 < data.size() && data[nul + 1] == 0) {
                const qsizetype language = data.indexOf('\0', nul + 3);
                const qsizetype translated = language < 0 ? -1 : data.indexOf('\0', language + 1);
                if (translated >= 0)
                    return QString::fromUtf8(data.mid(translated + 1));
            }
        }
        pos += 12 + length;
    }
    return {};
}

// Whether every chunk of the PNG on `device` lies within the file. libpng allocates a chunk's
// declared length before reading it (and takes a length over its own limit for a benign error),
// so a 100-byte file declaring a 2 GB tEXt chunk costs 2 GB; image data (IDAT) it reads
// piecewise. The chunk headers are walked with seeks, the device's position restored; a
// sequential device is not checked.
bool pngChunksFit(QIODevice *device)
{
    if (!device || device->isSequential() || !device->isOpen())
        return true;
    const qint64 start = device->pos();
    const qint64 size = device->size();
    const auto restore = qScopeGuard([&] { device->seek(start); });
    qint64 pos = 8; // the signature
    while (pos + 12 <= size) {
        char header[8];
        if (!device->seek(pos) || device->read(header, 8) != 8)
            return false;
        const qint64 length = (qint64(quint8(header[0])) << 24) | (quint8(header[1]) << 16)
            | (quint8(header[2]) << 8) | quint8(header[3]);
        const QByteArrayView type(header + 4, 4);
        // Image data is read piecewise: a cut IDAT is a truncated image, reported on decode.
        if (type == "IDAT" && length > size - pos - 12)
            return true;
        if (length > size - pos - 12)
            return false;
        if (type == "IEND")
            return true;
        pos += 12 + length;
    }
    return true; // cut between or inside chunk headers: libpng reports that itself
}

} // namespace

ExifTime exifCaptureTime(const QByteArray &jpeg)
{
    auto byte = [&jpeg](qint64 at) {
        return quint8(jpeg[at]);
    };
    if (jpeg.size() < 4 || byte(0) != 0xFF || byte(1) != 0xD8)
        return {};
    qint64 pos = 2;
    while (pos + 4 <= jpeg.size()) {
        if (byte(pos) != 0xFF)
            return {};
        const quint8 marker = byte(pos + 1);
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) { // no length field
            pos += 2;
            continue;
        }
        if (marker == 0xDA || marker == 0xD9) // image data: EXIF comes before it
            return {};
        const qint64 length = (qint64(byte(pos + 2)) << 8) | byte(pos + 3);
        if (length < 2 || pos + 2 + length > jpeg.size())
            return {};
        const QByteArrayView segment = QByteArrayView(jpeg).sliced(pos + 4, length - 2);
        if (marker == 0xE1 && segment.startsWith(QByteArrayView("Exif\0\0", 6))) {
            const ExifTime time = exifFromTiff(segment.sliced(6));
            if (time.time.isValid())
                return time;
        }
        pos += 2 + length;
    }
    return {};
}

void installImageAllocationLimit()
{
    // Four bytes a pixel, with room for the decoder's own row buffers.
    QImageReader::setAllocationLimit(int(kMaxImagePixels * 4 / (1024 * 1024)) + 64);
}

Result<QSize> checkedImageSize(QImageReader &reader)
{
    if (!reader.canRead())
        return Error::input(
            Text::tr("The image cannot be read: its format is not recognised or it is damaged."));
    if (reader.format() == "png" && !pngChunksFit(reader.device()))
        return Error::input(Text::tr("The image is damaged: a part of it declares more bytes than "
                                     "the file holds."));
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > kMaxImagePixels)
        return Error::input(
            Text::tr("The image declares %1 × %2 pixels, more than the %3 megapixels "
                     "Habeas opens; it was not decoded.")
                .arg(size.width())
                .arg(size.height())
                .arg(kMaxImagePixels / 1'000'000));
    if (size.isValid() && size.isEmpty())
        return Error::input(Text::tr("The image declares no pixels."));
    return size;
}

Result<ImageProbe> probeImage(const QString &file)
{
    const QFileInfo info(file);
    if (!info.isFile() || !info.isReadable())
        return Error::input(
            Text::tr("%1 does not exist or cannot be read.").arg(QDir::toNativeSeparators(file)));
    QImageReader reader(file);
    reader.setDecideFormatFromContent(true);
    const auto size = checkedImageSize(reader);
    if (!size.ok())
        return size.error();
    ImageProbe probe;
    probe.format = reader.format();
    probe.size = size.value();
    probe.mediaType = QMimeDatabase().mimeTypeForFile(file, QMimeDatabase::MatchContent).name();
    // Metadata sits near the start: EXIF in an APP1 segment of at most 64 KiB, PNG text
    // chunks before the image data.
    QFile f(file);
    const QByteArray head = f.open(QIODevice::ReadOnly) ? f.read(1024 * 1024) : QByteArray();
    if (probe.format == "jpeg") {
        const ExifTime exif = exifCaptureTime(head);
        probe.capturedAt = exif.time;
        probe.capturedAtHasOffset = exif.hasOffset;
    } else if (probe.format == "png") {
        // PNG's own keyword; the spec suggests RFC 1123, many tools write ISO 8601. Read
        // from the head with bounds checked, never through libpng's text chunk handling.
        const QString text = pngText(head, "Creation Time").trimmed();
        QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        if (!t.isValid())
            t = QDateTime::fromString(text, Qt::RFC2822Date);
        if (t.isValid()) {
            probe.capturedAt = t;
            probe.capturedAtHasOffset = t.timeSpec() != Qt::LocalTime;
        }
    }
    return probe;
}

} // namespace habeas
