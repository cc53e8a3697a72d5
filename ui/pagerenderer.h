#pragma once

#include <QCache>
#include <QImage>
#include <QList>
#include <QObject>
#include <QRectF>
#include <QSizeF>

#include <atomic>
#include <memory>

namespace habeas {

class PdfDocument;

// Produces the pixels of one exhibit's pages off the GUI thread: PDF pages through
// PdfDocument at the resolution asked for, an image file decoded once. The newest request
// wins: asking for another page or resolution cancels the render in flight. Rendered pages
// are kept in a small LRU cache. Lives on the GUI thread; the document is shared with the
// workers, so closing it while a render runs is safe.
class PageRenderer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageRenderer)

public:
    enum class OpenResult { Ok, PasswordRequired, WrongPassword, Failed };

    explicit PageRenderer(QObject *parent = nullptr);
    ~PageRenderer() override;

    // Opens on a worker (a PDF of hundreds of pages, or one waiting on Poppler behind a
    // render, takes long enough to freeze the window): opened() follows, unless close() or
    // another open comes first.
    void openPdfInBackground(const QString &file, const QString &password);
    bool isOpening() const { return m_opening; }
    // Reads only the header: the pixels are decoded when first requested.
    bool openImage(const QString &file, QString *error);
    void close();

    bool isPdf() const { return m_pdf != nullptr; }
    int pageCount() const { return static_cast<int>(m_sizes.size()); }
    // Points for a PDF page, pixels for an image; empty when unknown.
    QSizeF pageSize(int index) const { return m_sizes.value(index); }

    // The page at `dpi` (ignored for images) when it is in the cache; otherwise a render
    // starts and rendered() follows. A null image means "wait".
    QImage request(int index, double dpi);
    bool isRendering() const { return m_inFlight != 0; }

    // Where a phrase is on a PDF page, as fractions of the page; hitsFound() follows.
    void findHits(int index, const QString &phrase);

signals:
    void opened(habeas::PageRenderer::OpenResult result, const QString &error);
    void rendered(int index, const QImage &image);
    void failed(int index, const QString &message);
    void hitsFound(int index, const QList<QRectF> &fractions);

private:
    static quint64 key(int index, double dpi);
    void start(int index, double dpi);

    std::shared_ptr<PdfDocument> m_pdf;
    QString m_imageFile;
    QList<QSizeF> m_sizes;
    QCache<quint64, QImage> m_cache; // cost in KiB
    std::shared_ptr<std::atomic_bool> m_cancel; // of the render in flight
    quint64 m_inFlight = 0; // the key being rendered, 0 when idle
    quint64 m_wanted = 0;
    int m_generation = 0; // bumped by close(): results of an earlier document are dropped
    bool m_opening = false;
};

} // namespace habeas
