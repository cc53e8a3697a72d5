#include "teachingpreview.h"

#include "pdfdocument.h"
#include "thumbnail.h"

#include <QImageReader>
#include <QPainter>

namespace habeas::teaching {

namespace {

QImage burned(QImage page, const QList<QRectF> &boxes, int height)
{
    if (page.isNull())
        return page;
    page = page.convertToFormat(QImage::Format_RGB32);
    {
        QPainter painter(&page);
        for (const QRectF &b : boxes)
            painter.fillRect(QRectF(b.x() * page.width(), b.y() * page.height(),
                                 b.width() * page.width(), b.height() * page.height())
                                 .toAlignedRect(),
                Qt::black);
    }
    return page.scaledToHeight(height, Qt::SmoothTransformation);
}

} // namespace

QList<QImage> previewPages(const ExhibitPlan &e, int height, const std::atomic_bool *cancel)
{
    QList<QImage> pages;
    if (!looksLikePdf(e.blobPath)) {
        QImageReader reader(e.blobPath);
        reader.setDecideFormatFromContent(true);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid() && size.height() > height * 4)
            reader.setScaledSize(size.scaled(QSize(height * 4, height * 4), Qt::KeepAspectRatio));
        pages << burned(reader.read(), e.boxes.value(0), height);
        return pages;
    }
    auto opened = PdfDocument::open(e.blobPath);
    if (!opened.ok())
        return pages;
    const PdfDocument &doc = *opened.value();
    for (int i = 0; i < doc.pageCount(); ++i) {
        if (cancel && *cancel)
            break;
        const QSizeF size = doc.pageSize(i);
        const double dpi = size.isEmpty() ? 36 : 72.0 * height * 2 / size.height();
        auto image = doc.renderPage(i, dpi, cancel);
        pages << burned(image.ok() ? image.value() : QImage(), e.boxes.value(i), height);
    }
    return pages;
}

} // namespace habeas::teaching
