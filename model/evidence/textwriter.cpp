#include "evidence/textwriter.h"

#include "storage/library.h"
#include "storage/sql.h"

#include <memory>

namespace habeas {

// Lives on the writer thread: its Library (and so its database connection) is created,
// used and closed there only.
class TextWriter::Worker final : public QObject {
public:
    explicit Worker(LibraryLocation location)
        : m_location(std::move(location))
    {
    }

    Status open()
    {
        if (m_library)
            return {};
        auto opened = Library::open(m_location, Library::OpenMode::AnotherConnection);
        if (!opened.ok())
            return opened.error();
        m_library = std::move(opened).value();
        m_processor = std::make_unique<EvidenceProcessor>(*m_library);
        return {};
    }

    // One transaction for the lot; when it fails, each alone.
    QList<Result<ProcessOutcome>> storeAll(const QList<Pending> &batch)
    {
        if (auto st = open(); !st.ok())
            return QList<Result<ProcessOutcome>>(batch.size(), Result<ProcessOutcome>(st.error()));
        QList<Result<ProcessOutcome>> outcomes;
        const Status st = inTransaction(m_library->database(), [&]() -> Status {
            for (const Pending &p : batch) {
                auto o = m_processor->store(p.job, p.result);
                if (!o.ok())
                    return o.error();
                outcomes << o;
            }
            return {};
        });
        if (st.ok())
            return outcomes;
        outcomes.clear();
        for (const Pending &p : batch)
            outcomes << m_processor->store(p.job, p.result);
        return outcomes;
    }

    void close()
    {
        m_processor.reset();
        m_library.reset();
    }

private:
    LibraryLocation m_location;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<EvidenceProcessor> m_processor;
};

TextWriter::TextWriter(LibraryLocation library, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(std::move(library)))
{
    m_thread.setObjectName(QStringLiteral("habeas text writer"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

TextWriter::~TextWriter()
{
    // Queued stores before this run first; the connection is closed on its own thread.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void TextWriter::store(const ProcessJob &job, const ParseResult &result, Done done)
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending.append({ job, result, std::move(done) });
        if (std::exchange(m_drainPosted, true))
            return; // the drain already asked for takes this one too
    }
    QMetaObject::invokeMethod(
        m_worker, [this] { drain(); }, Qt::QueuedConnection);
}

// On the writer's thread.
void TextWriter::drain()
{
    QList<Pending> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch = std::exchange(m_pending, {});
        m_drainPosted = false;
    }
    if (batch.isEmpty())
        return;
    const QList<Result<ProcessOutcome>> outcomes = m_worker->storeAll(batch);
    for (qsizetype i = 0; i < batch.size(); ++i) {
        // Back on the owner's thread; dropped if the owner is gone by then.
        QMetaObject::invokeMethod(
            this, [done = batch.at(i).done, outcome = outcomes.at(i)] { done(outcome); },
            Qt::QueuedConnection);
    }
}

} // namespace habeas
