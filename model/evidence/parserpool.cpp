#include "evidence/parserpool.h"

#include "platform/workerguard.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

struct Job {
    quint64 ticket = 0;
    ParseRequest request;
    bool retried = false;
};

// One worker slot: the process in it (none until there is work), the file it is reading.
struct Slot {
    QProcess *process = nullptr;
    QTimer *deadline = nullptr;
    QByteArray answer;
    int files = 0;
    std::optional<Job> job;
};

QByteArray requestLine(const ParseRequest &r)
{
    const QJsonObject o { { u"file"_s, r.file }, { u"password"_s, r.password }, { u"ocr"_s, r.ocr },
        { u"thumbnail"_s, r.thumbnailPath } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

// Ends a process at once and forgets it; nothing it says later is heard.
void killProcess(QProcess *process, QObject *listener)
{
    if (!process)
        return;
    process->disconnect(listener);
    process->kill();
    process->waitForFinished(2'000);
    process->deleteLater();
}

} // namespace

// Lives on the pool's thread: every QProcess, timer and answer is handled there.
class ParserPool::Engine final : public QObject {
public:
    Engine(ParserPool *pool, const ParserClient &client, int workers)
        : m_pool(pool)
        , m_workerPath(client.workerPath())
        , m_timeout(client.timeout())
        , m_environment(ParserClient::workerEnvironment())
    {
        for (int i = 0; i < workers; ++i) {
            auto slot = std::make_unique<Slot>();
            slot->deadline = new QTimer(this);
            slot->deadline->setSingleShot(true);
            Slot *s = slot.get();
            connect(slot->deadline, &QTimer::timeout, this, [this, s] { onTimeout(*s); });
            m_slots.push_back(std::move(slot));
        }
    }

    std::atomic_int filesPerWorker { kDefaultFilesPerWorker };

    void submit(const Job &job)
    {
        m_waiting.append(job);
        dispatch();
    }

    void cancelAll()
    {
        for (const Job &job : std::exchange(m_waiting, {}))
            deliver(job.ticket, ParseFailure::cancelled());
        for (auto &slot : m_slots) {
            if (!slot->job)
                continue;
            slot->deadline->stop();
            killProcess(std::exchange(slot->process, nullptr), this);
            deliver(slot->job->ticket, ParseFailure::cancelled());
            slot->job.reset();
        }
    }

    void shutdown()
    {
        m_waiting.clear();
        for (auto &slot : m_slots) {
            slot->deadline->stop();
            slot->job.reset();
            killProcess(std::exchange(slot->process, nullptr), this);
        }
        // Retired workers still finishing their last line.
        for (QProcess *p : findChildren<QProcess *>())
            killProcess(p, this);
    }

    Stats stats() const
    {
        std::lock_guard lock(m_statsMutex);
        return m_stats;
    }

private:
    void count(int Stats::*field)
    {
        std::lock_guard lock(m_statsMutex);
        ++(m_stats.*field);
    }

    void deliver(quint64 ticket, const ParseResult &result)
    {
        ParserPool *pool = m_pool;
        QMetaObject::invokeMethod(
            pool, [pool, ticket, result] { emit pool->parsed(ticket, result); },
            Qt::QueuedConnection);
    }

    void dispatch()
    {
        for (auto &slot : m_slots) {
            if (m_waiting.isEmpty())
                return;
            if (slot->job)
                continue;
            if (!slot->process) {
                if (auto failure = start(*slot)) {
                    // Every file would meet the same missing or broken worker.
                    for (const Job &job : std::exchange(m_waiting, {}))
                        deliver(job.ticket, *failure);
                    return;
                }
            }
            send(*slot, m_waiting.takeFirst());
        }
    }

    std::optional<ParseResult> start(Slot &slot)
    {
        if (!QFileInfo(m_workerPath).isExecutable())
            return ParseFailure::missingWorker(m_workerPath);
        auto *process = new QProcess(this);
        process->setProcessEnvironment(m_environment);
        // Diagnostics are not the answer: a chatty decoder cannot fill memory.
        process->setStandardErrorFile(QProcess::nullDevice());
        // Dies with this thread (the pool's), and so with the pool and this process.
        WorkerGuard::prepare(*process);
        process->start(m_workerPath, { u"--serve"_s });
        if (!process->waitForStarted(10'000)) {
            const QString error = process->errorString();
            delete process;
            return ParseFailure::notStarted(error);
        }
        WorkerGuard::adopt(*process);
        count(&Stats::started);
        Slot *s = &slot;
        connect(process, &QProcess::readyReadStandardOutput, this, [this, s] { onOutput(*s); });
        connect(process, &QProcess::finished, this,
            [this, s, process](
                int code, QProcess::ExitStatus status) { onExit(*s, process, code, status); });
        slot.process = process;
        slot.files = 0;
        slot.answer.clear();
        return std::nullopt;
    }

    void send(Slot &slot, const Job &job)
    {
        slot.job = job;
        slot.answer.clear();
        slot.process->write(requestLine(job.request));
        slot.deadline->start(m_timeout);
    }

    // Lets a worker finish on its own (it exits when its input closes) and frees its slot.
    void retire(Slot &slot)
    {
        QProcess *process = std::exchange(slot.process, nullptr);
        count(&Stats::retired);
        process->disconnect(this);
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
        QTimer::singleShot(5'000, process, [process] { process->kill(); });
        process->closeWriteChannel();
    }

    void onOutput(Slot &slot)
    {
        slot.answer += slot.process->readAllStandardOutput();
        const qsizetype end = slot.answer.indexOf('\n');
        if (!slot.job || (end < 0 && slot.answer.size() > ParserClient::kMaxAnswerBytes)) {
            // Talking out of turn, or flooding: not answering the question it was asked.
            slot.deadline->stop();
            killProcess(std::exchange(slot.process, nullptr), this);
            if (slot.job)
                deliver(std::exchange(slot.job, std::nullopt)->ticket, ParseFailure::noAnswer());
            dispatch();
            return;
        }
        if (end < 0)
            return;
        slot.deadline->stop();
        const ParseResult result = ParseResult::fromJson(slot.answer.left(end));
        const bool extra = slot.answer.size() > end + 1;
        Job job = *std::exchange(slot.job, std::nullopt);
        const bool fresh = slot.files++ == 0;
        using Status = ParseResult::Status;
        const bool troubled = result.status != Status::Ok && result.status != Status::Encrypted
            && result.status != Status::WrongPassword;
        const bool worn = slot.files >= filesPerWorker.load()
            || result.workerCpuSeconds > WorkerGuard::Limits {}.cpuSeconds / 2.0;
        if (troubled || worn || extra)
            retire(slot);
        if (troubled && !fresh && !job.retried) {
            // Only a fresh worker may call a file unreadable, as a one-file worker would.
            job.retried = true;
            count(&Stats::retried);
            m_waiting.prepend(job);
        } else {
            deliver(job.ticket, result);
        }
        dispatch();
    }

    void onExit(Slot &slot, QProcess *process, int code, QProcess::ExitStatus status)
    {
        if (slot.process != process)
            return;
        if (slot.job && process->bytesAvailable() > 0) {
            onOutput(slot); // the answer and the exit arrived together
            if (slot.process != process)
                return;
        }
        slot.process = nullptr;
        process->deleteLater();
        slot.deadline->stop();
        if (!slot.job) {
            dispatch();
            return;
        }
        Job job = *std::exchange(slot.job, std::nullopt);
        count(&Stats::crashed);
        if (slot.files > 0 && !job.retried) {
            // Perhaps an earlier file left the worker broken: this one gets a fresh worker.
            job.retried = true;
            count(&Stats::retried);
            m_waiting.prepend(job);
        } else if (status == QProcess::NormalExit && code == 0) {
            deliver(job.ticket, ParseFailure::noAnswer());
        } else {
            deliver(job.ticket, ParseFailure::crashed(status != QProcess::NormalExit, code));
        }
        dispatch();
    }

    void onTimeout(Slot &slot)
    {
        if (!slot.job)
            return;
        killProcess(std::exchange(slot.process, nullptr), this);
        count(&Stats::timedOut);
        deliver(std::exchange(slot.job, std::nullopt)->ticket, ParseFailure::timedOut(m_timeout));
        dispatch();
    }

    ParserPool *m_pool;
    const QString m_workerPath;
    const std::chrono::milliseconds m_timeout;
    const QProcessEnvironment m_environment;
    std::vector<std::unique_ptr<Slot>> m_slots;
    QList<Job> m_waiting;
    mutable std::mutex m_statsMutex;
    Stats m_stats;
};

ParserPool::ParserPool(const ParserClient &client, int workers, QObject *parent)
    : QObject(parent)
    , m_workers(workers > 0 ? workers : std::clamp(QThread::idealThreadCount(), 1, 8))
{
    m_engine = new Engine(this, client, m_workers);
    m_engine->moveToThread(&m_thread);
    m_thread.setObjectName(u"habeas-parser-pool"_s);
    m_thread.start();
}

ParserPool::~ParserPool()
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine] { engine->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_engine;
}

void ParserPool::setFilesPerWorker(int files)
{
    m_engine->filesPerWorker = std::max(1, files);
}

quint64 ParserPool::submit(const ParseRequest &request)
{
    const quint64 ticket = m_nextTicket++;
    QMetaObject::invokeMethod(
        m_engine,
        [engine = m_engine, job = Job { ticket, request, false }] { engine->submit(job); },
        Qt::QueuedConnection);
    return ticket;
}

void ParserPool::cancelAll()
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine] { engine->cancelAll(); }, Qt::BlockingQueuedConnection);
}

ParserPool::Stats ParserPool::stats() const
{
    return m_engine->stats();
}

} // namespace habeas
