#pragma once

#include "evidence/parserclient.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace habeas {

// A few long-lived habeas-parse workers (`habeas-parse --serve`, one per core by default), fed
// one file at a time over a pipe, so that reading a file costs no process start. Each worker
// has exactly the leash a one-file worker has (WorkerGuard: it dies with this process, its
// memory, CPU time and core files limited) and each file its time limit. A worker is replaced:
//  - when it crashes: the file it was reading is unreadable, except that a worker that had read
//    other files first gets a second try in a fresh worker (the crash may be theirs);
//  - when a file hits the time limit: the worker is killed, the file is unreadable;
//  - after filesPerWorker() files, after any file it could not read, and when it has used half
//    its CPU limit, so a file never meets a worker that is worn or was troubled by the last one.
// Completion is event-driven: the workers' pipes are watched by an event loop on the pool's
// own thread, which also turns each answer into a ParseResult, so the owner's thread only
// hears `parsed` (queued to the thread that owns the pool).
class ParserPool final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParserPool)

public:
    // `workers` 0: one per core (QThread::idealThreadCount), at most 8.
    explicit ParserPool(
        const ParserClient &client = {}, int workers = 0, QObject *parent = nullptr);
    // Kills the workers still running; answers not yet delivered are dropped.
    ~ParserPool() override;

    static constexpr int kDefaultFilesPerWorker = 50;
    void setFilesPerWorker(int files);
    int workerCount() const { return m_workers; }

    // Queues a file; `parsed` brings its result with the returned ticket. Thread-safe.
    quint64 submit(const ParseRequest &request);
    // Answers every queued and running file Cancelled and kills the workers busy on them.
    void cancelAll();

    // What happened to the workers so far (for tests and the benchmark).
    struct Stats {
        int started = 0; // worker processes started
        int crashed = 0; // died while reading a file
        int timedOut = 0; // killed at a file's time limit
        int retired = 0; // ended after their share of files, a file they could not read, or CPU
        int retried = 0; // files read again in a fresh worker after a crash or "unreadable"
    };
    Stats stats() const;

signals:
    void parsed(quint64 ticket, const habeas::ParseResult &result);

private:
    class Engine;
    QThread m_thread;
    Engine *m_engine = nullptr;
    int m_workers = 1;
    std::atomic<quint64> m_nextTicket { 1 };
};

} // namespace habeas
