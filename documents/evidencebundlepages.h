#pragma once

#include "evidencebundle.h"

#include <QImage>
#include <QMutex>
#include <QSizeF>
#include <QThreadPool>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <list>
#include <memory>
#include <utility>

namespace habeas {

class PdfDocument;

namespace bundle {

// One page of an exhibit that has to be decoded or rendered: page `page` (from 0) of `exhibit`.
struct PageJob {
    const BundleExhibit *exhibit = nullptr;
    int page = 0;
};

// The page as a worker prepared it, ready for PdfComposer: the picture with its redactions
// burned in, and for a PDF page the size of the page in points (empty for an image: A4).
struct PreparedPage {
    Status status;
    QImage image;
    QSizeF sizePt;
};

// The exhibit pages of a bundle, decoded and rendered on a pool of threads of its own (one per
// core unless options.threads says otherwise) and handed to the writer strictly in job order.
// At most `window` pages are in flight, finished or not, so memory stays flat however long the
// bundle: the writer's pace limits the workers'. Each PDF exhibit is opened once per worker
// that renders it (a Poppler document serves one thread at a time); a few are kept open for the
// pages that follow. Cancel (options.cancel) stops the render of a page mid-way.
//
// Not thread-safe itself: one writer thread calls next().
class PagePipeline final {
public:
    PagePipeline(QList<PageJob> jobs, const BundleWriteOptions &options);
    // Stops the workers and waits for the pages in flight.
    ~PagePipeline();
    Q_DISABLE_COPY_MOVE(PagePipeline)

    // The next page in job order; waits until it is ready. Only as many times as there are jobs.
    PreparedPage next();

    int threadCount() const { return m_pool.maxThreadCount(); }

private:
    struct Slot {
        bool ready = false;
        PreparedPage page;
    };

    void submit();
    PreparedPage prepare(const PageJob &job);
    PreparedPage prepareImage(const BundleExhibit &e) const;
    PreparedPage preparePdfPage(const BundleExhibit &e, int index);
    bool stopped() const;

    std::unique_ptr<PdfDocument> takeDocument(const QString &file);
    void giveBack(const QString &file, std::unique_ptr<PdfDocument> document);

    const QList<PageJob> m_jobs;
    const BundleWriteOptions &m_options;
    qsizetype m_window = 2;
    qsizetype m_submitted = 0;
    std::atomic_bool m_stop = false;

    QMutex m_mutex; // guards the slots' contents and the open documents
    QWaitCondition m_ready;
    std::deque<std::shared_ptr<Slot>> m_inFlight; // in job order
    std::list<std::pair<QString, std::unique_ptr<PdfDocument>>> m_openDocuments; // newest first

    QThreadPool m_pool; // last: its threads are joined before the members above go
};

// The error every step returns when the bundle was cancelled.
Error cancelledError();

} // namespace bundle
} // namespace habeas
