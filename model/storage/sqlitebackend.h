#pragma once

#include "storage/blobstore.h"
#include "storage/storagebackend.h"

#include <QStringList>

class QFile;

namespace habeas {

// The files under a folder library's blobs/ as a BlobStorage.
class FolderBlobs final : public BlobStorage {
public:
    explicit FolderBlobs(QString root)
        : m_store(std::move(root))
    {
    }
    bool has(const QString &sha256) const override { return m_store.contains(sha256); }
    Result<QString> put(QIODevice &source) override { return m_store.put(source); }
    Result<QByteArray> get(const QString &sha256) const override;
    Result<qint64> size(const QString &sha256) const override;
    Result<QByteArray> head(const QString &sha256, int maxBytes) const override;
    Status copyTo(const QString &sha256, QIODevice &target) const override;
    Result<QString> localFile(const QString &sha256) const override;

private:
    // The stored file of a blob, opened for reading.
    Status openStored(const QString &sha256, QFile &file) const;

    BlobStore m_store;
};

// A library in a folder: library.sqlite beside blobs/, thumbs/ and backups/. The connection of
// each thread is opened in WAL mode with foreign keys enforced and synchronous=FULL; the schema
// version is PRAGMA user_version, the application PRAGMA application_id.
class SqliteBackend final : public StorageBackend {
public:
    static const QString kDatabaseFile; // library.sqlite

    // `folder`: an absolute path.
    explicit SqliteBackend(QString folder);
    ~SqliteBackend() override;

    Kind kind() const override { return Kind::Sqlite; }
    LibraryLocation location() const override { return LibraryLocation::folder(m_folder); }
    QSqlDatabase database() const override;
    void closeConnections() override;
    QString engineVersion() const override;
    int recordedSchemaVersion() const override;
    QString integrity() const override;
    BlobStorage &blobs() override { return m_blobs; }
    QString thumbnailsPath() const override;
    QString scratchPath() const override;
    Status backupTo(const QString &target) const override;
    Result<QByteArray> registerKey(qint64 caseId) const override;
    Status storeRegisterKey(qint64 caseId, const QByteArray &key) override;

    QString databasePath() const;
    // register-keys/CASE.key: the key of a case that brought its own (StorageBackend::registerKey).
    QString caseKeyPath(qint64 caseId) const;
    // Connections opened from now on are read-only (a library of a newer schema).
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    // Inspects the file through a read-only connection of its own that changes nothing (not
    // even a -wal), and returns its schema version: PRAGMA quick_check first unless `skipCheck`
    // (a further connection; or a check deferred to the background, which still runs here when
    // the file needs an upgrade below `latest`). A damaged file or one that is not a Habeas
    // library is an error.
    Result<int> probeVersion(bool skipCheck, bool deferCheck, int latest);

    // Applies the migrations after fromVersion in one transaction that also raises user_version
    // (and, for a new library, records when and by what it was created).
    Status migrateSchema(int fromVersion) const;

    static QString damagedMessage(const QString &findings);

private:
    enum class Access { ReadWrite, ReadOnly, Probe };
    Status openConnection(const QString &name, Access access) const;

    QString m_folder;
    FolderBlobs m_blobs;
    bool m_readOnly = false;
    mutable QStringList m_connectionNames;
};

} // namespace habeas
