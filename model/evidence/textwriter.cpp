#include "evidence/textwriter.h"

#include "storage/library.h"

#include <memory>

namespace habeas {

// Lives on the writer thread: its Library (and so its database connection) is created,
// used and closed there only.
class TextWriter::Worker final : public QObject {
public:
    explicit Worker(QString path)
        : m_path(std::move(path))
    {
    }

    Result<ProcessOutcome> store(const ProcessJob &job, const ParseResult &result)
    {
        if (!m_library) {
            auto opened = Library::open(m_path, Library::OpenMode::AnotherConnection);
            if (!opened.ok())
                return opened.error();
            m_library = std::move(opened).value();
            m_processor = std::make_unique<EvidenceProcessor>(*m_library);
        }
        return m_processor->store(job, result);
    }

    void close()
    {
        m_processor.reset();
        m_library.reset();
    }

private:
    QString m_path;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<EvidenceProcessor> m_processor;
};

TextWriter::TextWriter(QString libraryPath, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(std::move(libraryPath)))
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
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, job, result, done = std::move(done)] {
            const Result<ProcessOutcome> outcome = worker->store(job, result);
            // Back on the owner's thread; dropped if the owner is gone by then.
            QMetaObject::invokeMethod(
                this, [done, outcome] { done(outcome); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace habeas
