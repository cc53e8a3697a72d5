#include "thumbnail.h"

#include "imageprobe.h"
#include "pdfdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QImageWriter>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::Parsing)
};

QSize fitted(const QSize &size, int longSide)
{
    if (size.width() <= longSide && size.height() <= longSide)
        return size;
    return size.scaled(longSide, longSide, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
}

} // namespace

bool looksLikePdf(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) && f.read(1024).contains("%PDF-");
}

Result<QImage> imageThumbnail(const QString &file, int longSide)
{
    QImageReader reader(file);
    reader.setDecideFormatFromContent(true);
    const auto size = checkedImageSize(reader);
    if (!size.ok())
        return size.error();
    if (size->isValid())
        reader.setScaledSize(fitted(size.value(), longSide));
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        return Error::input(Text::tr("The image cannot be decoded: %1").arg(reader.errorString()));
    if (image.width() > longSide || image.height() > longSide)
        image = image.scaled(longSide, longSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

Result<QImage> pdfThumbnail(const QString &file, const QString &password, int longSide)
{
    const auto doc = PdfDocument::open(file, password);
    if (!doc.ok())
        return doc.error();
    const QSizeF page = doc.value()->pageSize(0);
    if (page.isEmpty())
        return Error::input(Text::tr("Page %1 cannot be read.").arg(1));
    const double dpi = longSide * 72.0 / std::max(page.width(), page.height());
    auto image = doc.value()->renderPage(0, dpi);
    if (!image.ok())
        return image.error();
    QImage scaled = image.value();
    // Rounding in the renderer can leave a pixel over.
    if (scaled.width() > longSide || scaled.height() > longSide)
        scaled = scaled.scaled(longSide, longSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return scaled;
}

Result<QImage> thumbnail(const QString &file, const QString &password, int longSide)
{
    return looksLikePdf(file) ? pdfThumbnail(file, password, longSide)
                              : imageThumbnail(file, longSide);
}

Status writePng(const QImage &image, QIODevice *device)
{
    QImageWriter writer(device, "png");
    if (!writer.write(image))
        return Error::io(Text::tr("The image cannot be written: %1").arg(writer.errorString()));
    return {};
}

Status savePng(const QImage &image, const QString &file)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Error::io(Text::tr("%1 cannot be written: %2")
                             .arg(QDir::toNativeSeparators(file), out.errorString()));
    if (auto st = writePng(image, &out); !st.ok()) {
        out.cancelWriting();
        return st;
    }
    if (!out.commit())
        return Error::io(Text::tr("%1 cannot be written: %2")
                             .arg(QDir::toNativeSeparators(file), out.errorString()));
    return {};
}

} // namespace habeas
