#pragma once

// Inputs for the parsing tests, every one generated here: PDFs written with QPdfWriter,
// images with QImage, and the hostile ones (a 60000 × 60000 PNG header, EXIF by hand) byte
// by byte. Needs a QGuiApplication (fonts).

#include <QBuffer>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRectF>
#include <QStringList>
#include <QtEndian>

namespace habeas::test {

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc & 1) ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
    }
    return crc ^ 0xFFFFFFFFu;
}

inline QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

inline QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    return be32(quint32(data.size())) + type + data + be32(crc32(type + data));
}

// A valid PNG header declaring width × height RGB pixels, a few bytes of image data, and
// correct CRCs: tiny on disk, gigabytes if a decoder believed it.
inline QByteArray pngDeclaring(quint32 width, quint32 height)
{
    QByteArray ihdr = be32(width) + be32(height);
    ihdr.append(char(8)).append(char(2)).append(char(0)).append(char(0)).append(char(0));
    const QByteArray idat = qCompress(QByteArray(64, '\0')).mid(4); // zlib stream
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", idat)
        + pngChunk("IEND", {});
}

inline QImage pattern(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb((x * 7) % 256, (y * 5) % 256, ((x + y) * 3) % 256));
    }
    return image;
}

inline QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

// A JPEG with an EXIF APP1 segment written by hand: IFD0 → Exif IFD → DateTimeOriginal
// (and OffsetTimeOriginal when `offset` is given), in either byte order.
inline QByteArray jpegWithExif(
    const QByteArray &dateTime, const QByteArray &offset, bool bigEndian = true)
{
    auto u16 = [bigEndian](quint16 v) {
        QByteArray b(2, '\0');
        bigEndian ? qToBigEndian(v, b.data()) : qToLittleEndian(v, b.data());
        return b;
    };
    auto u32 = [bigEndian](quint32 v) {
        QByteArray b(4, '\0');
        bigEndian ? qToBigEndian(v, b.data()) : qToLittleEndian(v, b.data());
        return b;
    };
    auto entry = [&](quint16 tag, quint16 type, quint32 count, quint32 value) -> QByteArray {
        return u16(tag) + u16(type) + u32(count) + u32(value);
    };
    const QByteArray date = dateTime + '\0'; // 20 bytes
    const QByteArray zone = offset + '\0'; // 7 bytes
    const quint16 exifEntries = offset.isEmpty() ? 1 : 2;
    // Layout: header (8) | IFD0 with one entry (2 + 12 + 4) | Exif IFD | strings.
    const quint32 ifd0 = 8;
    const quint32 exifIfd = ifd0 + 2 + 12 + 4;
    const quint32 strings = exifIfd + 2 + 12 * exifEntries + 4;
    QByteArray tiff = QByteArray(bigEndian ? "MM" : "II") + u16(42) + u32(ifd0);
    tiff += u16(1) + entry(0x8769, 4, 1, exifIfd) + u32(0);
    tiff += u16(exifEntries) + entry(0x9003, 2, quint32(date.size()), strings);
    if (!offset.isEmpty())
        tiff += entry(0x9011, 2, quint32(zone.size()), strings + quint32(date.size()));
    tiff += u32(0) + date;
    if (!offset.isEmpty())
        tiff += zone;
    const QByteArray app1Body = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray app1("\xFF\xE1", 2);
    app1 += char((app1Body.size() + 2) >> 8);
    app1 += char((app1Body.size() + 2) & 0xFF);
    app1 += app1Body;
    const QByteArray jpeg = encode(pattern(64, 48), "JPEG");
    return jpeg.left(2) + app1 + jpeg.mid(2);
}

// A text PDF, A4, at 72 dpi so that device units are points. Returns, for each page and
// line, the line's bounding box normalised to the page (0..1).
inline QList<QList<QRectF>> writeTextPdf(const QString &path, const QList<QStringList> &pages)
{
    QList<QList<QRectF>> boxes;
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    QFont font(QStringLiteral("WenQuanYi Zen Hei"));
    font.setPixelSize(20);
    painter.setFont(font);
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        const QSizeF page(writer.width(), writer.height());
        QList<QRectF> lines;
        for (int i = 0; i < pages[p].size(); ++i) {
            const QRectF area(60, 100 + i * 80, page.width() - 120, 40);
            QRectF drawn;
            painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, pages[p][i], &drawn);
            lines.append(QRectF(drawn.x() / page.width(), drawn.y() / page.height(),
                drawn.width() / page.width(), drawn.height() / page.height()));
        }
        boxes.append(lines);
    }
    return boxes;
}

// Black text on white, big enough for Tesseract.
inline QImage textImage(const QStringList &lines)
{
    QImage image(1400, 120 + 110 * int(lines.size()), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font(QStringLiteral("WenQuanYi Zen Hei"));
    font.setPixelSize(56);
    painter.setFont(font);
    painter.setPen(Qt::black);
    for (int i = 0; i < lines.size(); ++i)
        painter.drawText(QPointF(60, 120 + i * 110), lines[i]);
    return image;
}

// A PDF whose only page is a picture: a scan, with no text layer.
inline void writeScanPdf(const QString &path, const QImage &image)
{
    QPdfWriter writer(path);
    writer.setResolution(150);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    const QSize target = image.size().scaled(writer.width(), writer.height(), Qt::KeepAspectRatio);
    painter.drawImage(QRect(QPoint(0, 0), target), image);
}

} // namespace habeas::test
