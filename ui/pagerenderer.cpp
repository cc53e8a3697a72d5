#include "pagerenderer.h"

#include "pdfdocument.h"

#include <QFutureWatcher>
#include <QImageReader>
#include <QtConcurrent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

// What a worker hands back; Result<QImage> is not default-constructible, QFuture wants that.
struct Outcome {
    QImage image;
    QString error;
    bool cancelled = false;
};

// An opened PDF and its page sizes, read on a worker.
struct Opening {
    std::shared_ptr<PdfDocument> pdf;
    QList<QSizeF> sizes;
    PageRenderer::OpenResult result = PageRenderer::OpenResult::Failed;
    QString error;
};

Opening openOnWorker(const QString &file, const QString &password)
{
    Opening out;
    PdfDocument::OpenFailure failure = PdfDocument::OpenFailure::None;
    auto doc = PdfDocument::open(file, password, &failure);
    if (!doc.ok()) {
        out.error = doc.error().message;
        switch (failure) {
        case PdfDocument::OpenFailure::PasswordRequired:
            out.result = PageRenderer::OpenResult::PasswordRequired;
            break;
        case PdfDocument::OpenFailure::WrongPassword:
            out.result = PageRenderer::OpenResult::WrongPassword;
            break;
        default:
            break;
        }
        return out;
    }
    out.pdf = std::shared_ptr<PdfDocument>(std::move(doc).value());
    // Sizes are read once here: asking later would wait on the Poppler mutex behind a render.
    const int pages = out.pdf->pageCount();
    for (int i = 0; i < pages; ++i)
        out.sizes << out.pdf->pageSize(i);
    if (out.sizes.isEmpty()) {
        out.pdf.reset();
        out.error = PageRenderer::tr("The PDF has no pages.");
        return out;
    }
    out.result = PageRenderer::OpenResult::Ok;
    return out;
}

constexpr int kCacheKiB = 96 * 1024; // a dozen A4 pages at high zoom on a 2× screen

} // namespace

PageRenderer::PageRenderer(QObject *parent)
    : QObject(parent)
{
    m_cache.setMaxCost(kCacheKiB);
}

PageRenderer::~PageRenderer()
{
    // Running workers own a share of the document; they only need to stop early.
    if (m_cancel)
        m_cancel->store(true);
}

quint64 PageRenderer::key(int index, double dpi)
{
    return (quint64(index + 1) << 24) | quint64(std::lround(dpi * 10) & 0xffffff);
}

void PageRenderer::close()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    m_pdf.reset();
    m_imageFile.clear();
    m_sizes.clear();
    m_cache.clear();
    m_inFlight = 0;
    m_wanted = 0;
    m_opening = false;
    ++m_generation;
}

void PageRenderer::openPdfInBackground(const QString &file, const QString &password)
{
    close();
    m_opening = true;
    auto *watcher = new QFutureWatcher<Opening>(this);
    connect(watcher, &QFutureWatcher<Opening>::finished, this,
        [this, watcher, generation = m_generation] {
            watcher->deleteLater();
            if (generation != m_generation)
                return; // closed, or another exhibit opened meanwhile
            Opening out = watcher->result();
            m_opening = false;
            m_pdf = std::move(out.pdf);
            m_sizes = std::move(out.sizes);
            emit opened(out.result, out.error);
        });
    watcher->setFuture(QtConcurrent::run(openOnWorker, file, password));
}

bool PageRenderer::openImage(const QString &file, QString *error)
{
    close();
    QImageReader reader(file);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (!size.isValid()) {
        if (error)
            *error = reader.errorString();
        return false;
    }
    // A rotated photo: EXIF orientation swaps the sides the header declares.
    if (reader.transformation() & QImageIOHandler::TransformationRotate90)
        size.transpose();
    m_imageFile = file;
    m_sizes << QSizeF(size);
    return true;
}

QImage PageRenderer::request(int index, double dpi)
{
    if (index < 0 || index >= pageCount())
        return {};
    if (!m_pdf)
        dpi = 0; // an image has one resolution
    const quint64 k = key(index, dpi);
    m_wanted = k;
    if (const QImage *cached = m_cache.object(k))
        return *cached;
    if (m_inFlight != k)
        start(index, dpi);
    return {};
}

void PageRenderer::start(int index, double dpi)
{
    if (m_cancel)
        m_cancel->store(true); // the user moved on: the old render is no longer wanted
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 k = key(index, dpi);
    m_inFlight = k;

    QFuture<Outcome> future;
    if (m_pdf) {
        future = QtConcurrent::run([doc = m_pdf, index, dpi, cancel = m_cancel] {
            Outcome out;
            auto image = doc->renderPage(index, dpi, cancel.get());
            if (cancel->load())
                out.cancelled = true;
            else if (image.ok())
                out.image = std::move(image).value();
            else
                out.error = image.error().message;
            return out;
        });
    } else {
        future = QtConcurrent::run([file = m_imageFile] {
            Outcome out;
            QImageReader reader(file);
            reader.setAutoTransform(true);
            if (!reader.read(&out.image))
                out.error = reader.errorString();
            return out;
        });
    }
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this,
        [this, watcher, k, index, generation = m_generation] {
            watcher->deleteLater();
            const Outcome out = watcher->result();
            if (generation != m_generation || out.cancelled)
                return;
            if (m_inFlight == k)
                m_inFlight = 0;
            if (!out.error.isEmpty()) {
                if (m_wanted == k)
                    emit failed(index, out.error);
                return;
            }
            m_cache.insert(k, new QImage(out.image),
                static_cast<int>(std::max<qsizetype>(1, out.image.sizeInBytes() / 1024)));
            if (!m_pdf && m_sizes.value(index) != QSizeF(out.image.size()))
                m_sizes[index] = QSizeF(out.image.size());
            if (m_wanted == k)
                emit rendered(index, out.image);
        });
    watcher->setFuture(future);
}

void PageRenderer::findHits(int index, const QString &phrase)
{
    if (!m_pdf || phrase.trimmed().isEmpty() || index < 0 || index >= pageCount())
        return;
    const QSizeF size = m_sizes.at(index);
    auto *watcher = new QFutureWatcher<QList<QRectF>>(this);
    connect(watcher, &QFutureWatcher<QList<QRectF>>::finished, this,
        [this, watcher, index, size, generation = m_generation] {
            watcher->deleteLater();
            if (generation != m_generation || size.isEmpty())
                return;
            QList<QRectF> fractions;
            for (const QRectF &r : watcher->result())
                fractions << QRectF(r.x() / size.width(), r.y() / size.height(),
                    r.width() / size.width(), r.height() / size.height());
            emit hitsFound(index, fractions);
        });
    // The search of a query of several words highlights each word.
    watcher->setFuture(QtConcurrent::run([doc = m_pdf, index, phrase] {
        QList<QRectF> rects = doc->findText(index, phrase.trimmed());
        if (rects.isEmpty())
            for (const QString &word : phrase.split(u' ', Qt::SkipEmptyParts))
                rects << doc->findText(index, word);
        return rects;
    }));
}

} // namespace habeas
