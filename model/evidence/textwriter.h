#pragma once

#include "evidence/evidenceprocessor.h"
#include "storage/librarylocation.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <functional>

namespace habeas {

// Writes what the parser read into the library on a thread of its own, over a connection of
// its own, so that storing the text of a long PDF (hundreds of pages, each indexed for search)
// never holds up the thread that owns the Library — the window's. The connection is opened on
// first use. What arrives while a write is under way is written together, in one transaction
// (all or nothing; when it fails, each is written alone so one cannot lose the others).
// Outcomes come back on the thread that owns this object, in the order stored.
class TextWriter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextWriter)

public:
    explicit TextWriter(LibraryLocation library, QObject *parent = nullptr);
    // Finishes the write in progress (never half a transaction), then stops; outcomes not yet
    // delivered are dropped.
    ~TextWriter() override;

    using Done = std::function<void(const Result<ProcessOutcome> &)>;
    void store(const ProcessJob &job, const ParseResult &result, Done done);

private:
    class Worker;
    struct Pending {
        ProcessJob job;
        ParseResult result;
        Done done;
    };
    void drain();

    QThread m_thread;
    Worker *m_worker;
    QMutex m_mutex; // guards m_pending and m_drainPosted: filled here, drained on m_thread
    QList<Pending> m_pending;
    bool m_drainPosted = false;
};

} // namespace habeas
