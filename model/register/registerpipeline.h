#pragma once

// The import's two threads: a reader that parses, checks and hashes rows, and the caller's
// thread that inserts them. Batches pass between them through a bounded queue, so memory stays
// flat whatever the size of the file.
#include "register/registerimport.h"

#include <QSqlDatabase>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace habeas::registerpipeline {

using Batch = std::vector<PersonRow>;
using RowBatch = std::vector<registerfile::TableRow>;

// A bounded queue of batches between two threads.
template<typename T> class BoundedQueue {
public:
    explicit BoundedQueue(size_t capacity)
        : m_capacity(capacity)
    {
    }
    // Blocks while full; false when the queue was cancelled.
    bool push(T &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_cancelled || m_batches.size() < m_capacity; });
        if (m_cancelled)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    // Blocks while empty; false when the producer is finished and nothing is left, or cancelled.
    bool pop(T &batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_cancelled || m_closed || !m_batches.empty(); });
        if (m_cancelled || m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return true;
    }
    void close() // the producer is finished
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    void cancel() // the consumer gives up: push and pop return false
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_batches.clear();
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_batches;
    size_t m_capacity;
    bool m_closed = false;
    bool m_cancelled = false;
};

using BatchQueue = BoundedQueue<Batch>;

// Reads a file, skipping its header row, on one thread, and checks and hashes its rows on
// another; the caller's thread takes the results from the queue. Both cores busy.
class Producer {
public:
    Producer(const QString &path, const QString &sheet, const ColumnMapping &mapping, QDate asOf,
        const RegisterKey &key);
    ~Producer();
    void start(BatchQueue &queue);
    void join();

    RegisterRowProcessor &processor() { return m_processor; }
    const Status &status() const { return m_status; }
    qint64 bytesRead() const { return m_bytes.load(std::memory_order_relaxed); }

private:
    void read();
    void check(BatchQueue &queue);

    QString m_path;
    QString m_sheet;
    quint64 m_columns;
    RegisterRowProcessor m_processor;
    Status m_status;
    std::atomic<qint64> m_bytes { 0 };
    BoundedQueue<RowBatch> m_rows { 8 };
    std::thread m_reader;
    std::thread m_checker;
};

// Collects the rows' keyed hashes and writes them to register_keys in chunks, one row per
// bucket (see resources/sql/0012_register.sql): a few thousand inserts for ten million rows,
// and no index to sort.
class KeyWriter {
public:
    static constexpr int kEntryBytes = 16;
    static constexpr int kBucketBits = 12;
    static constexpr size_t kChunkEntries = size_t(1) << 21; // per kind: 32 MiB

    KeyWriter(const QSqlDatabase &db, qint64 caseId);
    Status add(const PersonRow &row);
    Status finish();

    static RegisterKey::Hash bucketOf(RegisterKey::Hash hash) { return hash >> (64 - kBucketBits); }
    static void encode(const PersonRow &row, RegisterKey::Hash hash, char *entry);
    // The rows of `entries` (one bucket's blob) whose hash is `hash`.
    static QList<PersonRow> decode(const QByteArray &entries, RegisterKey::Hash hash);

private:
    struct Entry {
        RegisterKey::Hash hash;
        const PersonRow *row; // into m_rows
    };
    Status flush();
    Status write(const QString &kind, std::vector<Entry> &entries, int chunk);

    QSqlDatabase m_db;
    qint64 m_caseId;
    std::vector<PersonRow> m_rows;
    int m_chunk = 0;
};

} // namespace habeas::registerpipeline
