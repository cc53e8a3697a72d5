#include "evidencebundlepages.h"

#include "docmodel.h"
#include "pdfdocument.h"

#include <QCoreApplication>
#include <QImageReader>
#include <QMutexLocker>
#include <QPainter>
#include <QThread>

using namespace Qt::StringLiterals;

namespace habeas::bundle {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::Documents)
};

// A picture up to this size (a 4000 × 4000 photo, 64 MB decoded) is decoded whole and then
// scaled; a larger one is scaled as it is read.
constexpr qint64 kMaxWholeDecodePixels = 16'000'000;

// Where an image fits on an A4 page inside the GB/T 9704 margins, at dpi.
QSize imageBlockPixels(double dpi)
{
    const doc::PageSetup page;
    const double mmPerInch = 25.4;
    return { int((210 - page.leftMm - page.rightMm) / mmPerInch * dpi),
        int((297 - page.topMm - page.bottomMm) / mmPerInch * dpi) };
}

void burnRedactions(QImage &image, const QList<QRectF> &boxes)
{
    if (boxes.isEmpty())
        return;
    if (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32
        && image.format() != QImage::Format_ARGB32_Premultiplied)
        image = image.convertToFormat(QImage::Format_RGB32);
    QPainter painter(&image);
    for (const QRectF &box : boxes)
        painter.fillRect(QRectF(box.x() * image.width(), box.y() * image.height(),
                             box.width() * image.width(), box.height() * image.height()),
            Qt::black);
}

PreparedPage failed(Error error)
{
    PreparedPage page;
    page.status = std::move(error);
    return page;
}

} // namespace

Error cancelledError()
{
    return Error::input(Text::tr("The evidence bundle was cancelled."));
}

PagePipeline::PagePipeline(QList<PageJob> jobs, const BundleWriteOptions &options)
    : m_jobs(std::move(jobs))
    , m_options(options)
{
    const int threads = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    m_pool.setMaxThreadCount(qMax(1, threads));
    // Two pages per worker: one being prepared, one finished and waiting for the writer.
    m_window = 2 * qsizetype(m_pool.maxThreadCount());
}

PagePipeline::~PagePipeline()
{
    m_stop = true;
    m_pool.waitForDone();
}

bool PagePipeline::stopped() const
{
    return m_stop.load() || (m_options.cancel && m_options.cancel->load());
}

void PagePipeline::submit()
{
    while (m_submitted < m_jobs.size() && qsizetype(m_inFlight.size()) < m_window) {
        auto slot = std::make_shared<Slot>();
        {
            const QMutexLocker lock(&m_mutex);
            m_inFlight.push_back(slot);
        }
        const PageJob job = m_jobs.at(m_submitted++);
        m_pool.start([this, slot, job] {
            PreparedPage page = prepare(job);
            const QMutexLocker lock(&m_mutex);
            slot->page = std::move(page);
            slot->ready = true;
            m_ready.wakeAll();
        });
    }
}

PreparedPage PagePipeline::next()
{
    if (stopped())
        return failed(cancelledError());
    submit();
    std::shared_ptr<Slot> slot;
    {
        QMutexLocker lock(&m_mutex);
        if (m_inFlight.empty())
            return failed(Error::input(Text::tr("The evidence bundle has no page left to write.")));
        slot = m_inFlight.front();
        while (!slot->ready)
            m_ready.wait(&m_mutex);
        m_inFlight.pop_front();
    }
    // The next page starts before this one is written.
    submit();
    return std::move(slot->page);
}

PreparedPage PagePipeline::prepare(const PageJob &job)
{
    if (stopped())
        return failed(cancelledError());
    if (job.exhibit->kind == BundleExhibit::Kind::Image)
        return prepareImage(*job.exhibit);
    return preparePdfPage(*job.exhibit, job.page);
}

PreparedPage PagePipeline::prepareImage(const BundleExhibit &e) const
{
    QImageReader reader(e.file);
    reader.setAutoTransform(true);
    // A screenshot larger than the page's text block at ~200 dpi is decoded smaller: sharp
    // enough to read, and a 300-page bundle stays small.
    const QSize block = imageBlockPixels(qMax(m_options.dpi, 200.0));
    const QSize size = reader.size();
    QSize scaled;
    if (size.width() > block.width() || size.height() > block.height())
        scaled = size.scaled(block, Qt::KeepAspectRatio);
    // JPEG decodes straight to a smaller size (libjpeg scales the DCT); other formats scale
    // row by row in the reader at twice the cost of decoding whole and scaling once, so a
    // picture of ordinary size is decoded whole. A huge one still goes row by row: pages in
    // flight must stay small.
    const bool wholeThenScale = scaled.isValid() && reader.format() != "jpeg"
        && qint64(size.width()) * size.height() <= kMaxWholeDecodePixels;
    if (scaled.isValid() && !wholeThenScale)
        reader.setScaledSize(scaled);
    PreparedPage page;
    page.image = reader.read();
    if (page.image.isNull())
        return failed(
            Error::input(Text::tr("%1 cannot be read: %2").arg(e.number, reader.errorString())));
    if (wholeThenScale)
        page.image = page.image.scaled(scaled, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    burnRedactions(page.image, e.redactions.value(0));
    return page;
}

PreparedPage PagePipeline::preparePdfPage(const BundleExhibit &e, int index)
{
    std::unique_ptr<PdfDocument> document = takeDocument(e.file);
    if (!document) {
        auto opened = PdfDocument::open(e.file);
        if (!opened.ok())
            return failed(Error::input(u"%1: %2"_s.arg(e.number, opened.error().message)));
        document = std::move(opened).value();
    }
    PreparedPage page;
    page.sizePt = document->pageSize(index);
    auto image = document->renderPage(index, m_options.dpi, m_options.cancel);
    giveBack(e.file, std::move(document));
    if (!image.ok())
        return failed(stopped() ? cancelledError() : image.error());
    page.image = std::move(image).value();
    burnRedactions(page.image, e.redactions.value(index));
    return page;
}

std::unique_ptr<PdfDocument> PagePipeline::takeDocument(const QString &file)
{
    const QMutexLocker lock(&m_mutex);
    for (auto it = m_openDocuments.begin(); it != m_openDocuments.end(); ++it) {
        if (it->first == file) {
            std::unique_ptr<PdfDocument> document = std::move(it->second);
            m_openDocuments.erase(it);
            return document;
        }
    }
    return {};
}

void PagePipeline::giveBack(const QString &file, std::unique_ptr<PdfDocument> document)
{
    std::unique_ptr<PdfDocument> oldest;
    {
        const QMutexLocker lock(&m_mutex);
        m_openDocuments.emplace_front(file, std::move(document));
        // One per worker is enough for the exhibit in hand and the next; older ones close.
        if (qsizetype(m_openDocuments.size()) > qsizetype(m_pool.maxThreadCount())) {
            oldest = std::move(m_openDocuments.back().second);
            m_openDocuments.pop_back();
        }
    }
    // Closed outside the lock: closing a large document takes a while.
}

} // namespace habeas::bundle
