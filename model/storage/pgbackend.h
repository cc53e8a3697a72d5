#pragma once

#include "storage/storagebackend.h"

#include <QStringList>

namespace habeas {

// Originals on the server: one row of `blobs` per SHA-256 and its bytes in `blob_chunks`
// (chunks of kChunkSize, the last shorter), written in one transaction, so a blob is whole or
// absent (docs/server.md).
class PgBlobs final : public BlobStorage {
public:
    static constexpr int kChunkSize = 1024 * 1024;

    explicit PgBlobs(const StorageBackend &backend)
        : m_backend(backend)
    {
    }
    bool has(const QString &sha256) const override;
    Result<QString> put(QIODevice &source) override;
    Result<QByteArray> get(const QString &sha256) const override;

private:
    const StorageBackend &m_backend;
};

// A library in a database on a PostgreSQL server (QPSQL; libpq reads the password from
// PGPASSWORD or ~/.pgpass). Each thread has a connection of its own; the schema is PgSchema's
// ladder. What a folder library keeps as files beside its database (the audit head, the
// clean-close marker, register.key, thumbnails, backups/) has no home here yet: Library skips
// or refuses those (see Library::isServer()).
class PgBackend final : public StorageBackend {
public:
    explicit PgBackend(LibraryLocation location);
    ~PgBackend() override;

    // Opens the calling thread's connection, checks the database (UTF8, a ctype under which
    // Chinese characters are letters) and brings its schema up to date. A server that cannot be
    // reached, a database Habeas cannot use, or one of a newer schema is an Error::library with
    // nothing changed, as is an empty database unless `createIfEmpty`. Returns the version found.
    Result<int> open(bool createIfEmpty);

    Kind kind() const override { return Kind::Postgres; }
    LibraryLocation location() const override { return m_location; }
    QSqlDatabase database() const override;
    void closeConnections() override;
    QString engineVersion() const override;
    int recordedSchemaVersion() const override;
    QString integrity() const override;
    BlobStorage &blobs() override { return m_blobs; }
    Status backupTo(const QString &target) const override;

private:
    Status openConnection(const QString &name) const;

    LibraryLocation m_location;
    PgBlobs m_blobs;
    mutable QStringList m_connectionNames;
};

} // namespace habeas
