#pragma once

#include "evidence/evidenceprocessor.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace habeas {

// Writes what the parser read into the library on a thread of its own, over a connection of
// its own, so that storing the text of a long PDF (hundreds of pages, each indexed for search)
// never holds up the thread that owns the Library — the window's. The connection is opened on
// first use. Outcomes come back on the thread that owns this object, in the order stored.
class TextWriter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextWriter)

public:
    explicit TextWriter(QString libraryPath, QObject *parent = nullptr);
    // Finishes the write in progress (never half a transaction), then stops; outcomes not yet
    // delivered are dropped.
    ~TextWriter() override;

    using Done = std::function<void(const Result<ProcessOutcome> &)>;
    void store(const ProcessJob &job, const ParseResult &result, Done done);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker;
};

} // namespace habeas
