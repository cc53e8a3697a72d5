#include "redaction.h"

#include "imageprobe.h"
#include "pdfdocument.h"
#include "thumbnail.h"

#include <QCoreApplication>
#include <QDir>
#include <QImageReader>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::Parsing)
};

// Forwards to the real device and remembers a failed write: QPdfWriter ignores the
// results of its writes, and a half-written copy must not be reported as done.
class CheckedSink final : public QIODevice {
public:
    explicit CheckedSink(QIODevice *target)
        : m_target(target)
    {
        open(QIODevice::WriteOnly);
    }
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_failed || m_target->write(data, size) != size) {
            m_failed = true;
            return -1;
        }
        return size;
    }

private:
    QIODevice *m_target;
    bool m_failed = false;
};

// The pixels a normalised box covers, rounded outwards so no edge pixel survives.
QRect pixelRect(const QRectF &box, const QSize &size)
{
    const QRectF r(box.x() * size.width(), box.y() * size.height(), box.width() * size.width(),
        box.height() * size.height());
    const int left = int(std::floor(r.left()));
    const int top = int(std::floor(r.top()));
    const int right = int(std::ceil(r.right()));
    const int bottom = int(std::ceil(r.bottom()));
    return QRect(left, top, right - left, bottom - top).intersected(QRect(QPoint(0, 0), size));
}

void paintBoxes(QImage &image, const QList<QRectF> &boxes)
{
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const QRectF &box : boxes)
        painter.fillRect(pixelRect(box, image.size()), Qt::black);
}

} // namespace

Redactor::Redactor(QString source, QString password)
    : m_source(std::move(source))
    , m_password(std::move(password))
{
}

bool Redactor::sourceIsPdf() const
{
    return looksLikePdf(m_source);
}

Status Redactor::checkBoxes(int pageCount) const
{
    const QRectF unit(0, 0, 1, 1);
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        if (it.key() < 0 || it.key() >= pageCount)
            return Error::input(Text::tr("A redaction is on page %1, which the file does not have.")
                                    .arg(it.key() + 1));
        for (const QRectF &box : it.value()) {
            const bool finite = std::isfinite(box.x()) && std::isfinite(box.y())
                && std::isfinite(box.width()) && std::isfinite(box.height());
            if (!finite || box.isEmpty() || !unit.contains(box.normalized()))
                return Error::input(Text::tr("A redaction box on page %1 lies outside the page.")
                                        .arg(it.key() + 1));
        }
    }
    return {};
}

Status Redactor::write(QIODevice *out) const
{
    if (!out || !out->isWritable())
        return Error::io(Text::tr("The redacted copy cannot be written: the target is not open."));
    return sourceIsPdf() ? writePdf(out) : writeImage(out);
}

Status Redactor::writeImage(QIODevice *out) const
{
    if (auto st = checkBoxes(1); !st.ok())
        return st;
    QImageReader reader(m_source);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true); // redact what the user saw, which is the rotated picture
    if (auto size = checkedImageSize(reader); !size.ok())
        return size.error();
    QImage image = reader.read();
    if (image.isNull())
        return Error::input(Text::tr("The image cannot be decoded: %1").arg(reader.errorString()));
    // Painting needs a format QPainter draws into; keep transparency where there was some.
    image = image.convertToFormat(
        image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    paintBoxes(image, m_boxes.value(0));
    return writePng(image, out);
}

Status Redactor::writePdf(QIODevice *out) const
{
    const auto opened = PdfDocument::open(m_source, m_password);
    if (!opened.ok())
        return opened.error();
    const PdfDocument &doc = *opened.value();
    const int pages = doc.pageCount();
    if (auto st = checkBoxes(pages); !st.ok())
        return st;

    CheckedSink sink(out);
    QPdfWriter writer(&sink);
    writer.setCreator(u"Habeas"_s);
    writer.setResolution(m_dpi);
    QPainter painter;
    for (int i = 0; i < pages; ++i) {
        const QSizeF size = doc.pageSize(i);
        if (size.isEmpty())
            return Error::input(Text::tr("Page %1 cannot be read.").arg(i + 1));
        // The page size applies to the page begun next.
        writer.setPageLayout(
            QPageLayout(QPageSize(size, QPageSize::Point, QString(), QPageSize::ExactMatch),
                QPageLayout::Portrait, QMarginsF()));
        if (i == 0) {
            if (!painter.begin(&writer))
                return Error::io(Text::tr("The redacted copy cannot be written."));
        } else if (!writer.newPage()) {
            return Error::io(Text::tr("The redacted copy cannot be written."));
        }
        auto image = doc.renderPage(i, m_dpi, m_cancel);
        if (!image.ok())
            return image.error();
        QImage page = std::move(image).value().convertToFormat(QImage::Format_RGB32);
        paintBoxes(page, m_boxes.value(i));
        const QRect target = writer.pageLayout().fullRectPixels(writer.resolution());
        painter.drawImage(QRectF(target), page);
        if (sink.failed())
            return Error::io(
                Text::tr("The redacted copy cannot be written: %1").arg(out->errorString()));
        if (m_progress)
            m_progress(i + 1, pages);
    }
    painter.end();
    if (sink.failed())
        return Error::io(
            Text::tr("The redacted copy cannot be written: %1").arg(out->errorString()));
    return {};
}

Status Redactor::saveRedacted(const QString &target) const
{
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(Text::tr("%1 cannot be written: %2")
                             .arg(QDir::toNativeSeparators(target), file.errorString()));
    if (auto st = write(&file); !st.ok()) {
        file.cancelWriting();
        return st;
    }
    if (!file.commit())
        return Error::io(Text::tr("%1 cannot be written: %2")
                             .arg(QDir::toNativeSeparators(target), file.errorString()));
    return {};
}

} // namespace habeas
