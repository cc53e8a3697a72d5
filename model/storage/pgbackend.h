#pragma once

#include "storage/storagebackend.h"

#include <QMutex>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace habeas {

class PgBackend;

// Originals on the server: one row of `blobs` per SHA-256 and its bytes in `blob_chunks`
// (chunks of kChunkSize, the last shorter), written in one transaction, so a blob is whole or
// absent (docs/server.md).
class PgBlobs final : public BlobStorage {
public:
    static constexpr int kChunkSize = 1024 * 1024;

    explicit PgBlobs(const PgBackend &backend)
        : m_backend(backend)
    {
    }
    bool has(const QString &sha256) const override;
    // Two clients putting the same bytes at once both succeed: the second waits for the first's
    // row (ON CONFLICT DO NOTHING) and then writes nothing.
    Result<QString> put(QIODevice &source) override;
    Result<QByteArray> get(const QString &sha256) const override;
    Result<qint64> size(const QString &sha256) const override;
    Result<QByteArray> head(const QString &sha256, int maxBytes) const override;
    // Chunk by chunk, one query each: a large original never sits whole in memory.
    Status copyTo(const QString &sha256, QIODevice &target) const override;
    Result<QString> localFile(const QString &sha256) const override;

private:
    Status holdStored(const QString &sha256, QIODevice &bytes) const;

    const PgBackend &m_backend;
};

// A library in a database on a PostgreSQL server (QPSQL; the password is the one the GUI gave
// ServerLogin, else libpq reads it from PGPASSWORD or ~/.pgpass). A connection that found the
// server gone logs in again on its next use. Each thread has a connection of its own; the schema is
// PgSchema's ladder. The register keys are rows, one per case (registerKey). What else a folder
// library keeps as files beside its database (the audit head, the clean-close marker, thumbnails,
// backups/) has no home here: Library skips or refuses those (see Library::isServer()).
class PgBackend final : public StorageBackend {
public:
    explicit PgBackend(LibraryLocation location);
    ~PgBackend() override;

    // Opens the calling thread's connection, checks the database (UTF8, a ctype under which
    // Chinese characters are letters) and brings its schema up to date. A server that cannot be
    // reached, a database Habeas cannot use, or one of a newer schema is an Error::library with
    // nothing changed, as is an empty database unless `createIfEmpty`. Returns the version found.
    Result<int> open(bool createIfEmpty);

    // The calling thread's connection, when it failed to log in again, tries on its next use
    // rather than after the pause (the server was seen to answer).
    void tryAgainNow() const;

    Kind kind() const override { return Kind::Postgres; }
    LibraryLocation location() const override { return m_location; }
    QSqlDatabase database() const override;
    void closeConnections() override;
    QString engineVersion() const override;
    int recordedSchemaVersion() const override;
    QString integrity() const override;
    BlobStorage &blobs() override { return m_blobs; }
    void watchReachability(const std::function<void(bool)> &report) override
    {
        m_reachability = report;
    }
    QString thumbnailsPath() const override;
    QString scratchPath() const override { return sessionFolder(); }
    Status backupTo(const QString &target) const override;
    Result<QByteArray> registerKey(qint64 caseId) const override;
    Status storeRegisterKey(qint64 caseId, const QByteArray &key) override;

    // A private folder (mode 0700) of this process for what must be a local file while the
    // library is open (originals the parse worker reads, thumbnails), made on first use and
    // removed with the backend; '' when it cannot be made.
    QString sessionFolder() const;

private:
    Status openConnection(const QString &name) const;
    Status login(QSqlDatabase &db) const;
    QString connectionName() const;

    LibraryLocation m_location;
    PgBlobs m_blobs;
    mutable QMutex m_mutex; // guards the two below: connections open on any thread
    mutable QStringList m_connectionNames;
    mutable std::unique_ptr<QTemporaryDir> m_session;
    std::function<void(bool)> m_reachability; // set before other threads use the backend
};

} // namespace habeas
