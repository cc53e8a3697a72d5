#pragma once

#include "core/result.h"
#include "storage/librarylocation.h"

#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <atomic>
#include <future>
#include <memory>

namespace habeas {

class AuditLog;
class CaseStore;
class DamagesStore;
class EvidenceStore;
class ClaimStore;
class EvidenceText;
class AnnotationStore;
class EventStore;
class DeadlineStore;
class ReviewStore;
class BlobStorage;
class StorageBackend;
class SqliteBackend;

// A library is a folder (library.sqlite, blobs/, thumbs/, backups/) or a database on a
// PostgreSQL server. Owns its storage backend (storage/storagebackend.h: the connections, one
// per thread, the schema, the blob store, backups) and the stores over it, which never know
// which backend they run on. Lives on the thread that opened it; stores are used from that
// thread.
class Library final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Library)

public:
    enum class OpenMode {
        ExistingOnly, // fail when there is no library at the path
        CreateIfMissing, // create the folder and an empty library when there is none
        // A further connection, for a worker thread, to a library this process has opened
        // already: its checks, migration and clean-up are not run a second time.
        AnotherConnection,
    };

    static constexpr int kSchemaVersion = 21;
    static constexpr qint32 kApplicationId = 0x48414253; // "HABS"

    // When the file's structural check (PRAGMA quick_check) runs. Before open() returns, as
    // the CLI wants it: a damaged file is refused and left untouched. The GUI's window need
    // not wait for it: when Habeas itself closed the file last and it is exactly as then (see
    // storage/openingcheck.h), the check runs on a worker thread beside the window, every
    // write waits for it, and a damaged file refuses them all (see damage()).
    enum class FileCheck { BeforeOpening, BesideWhenClosedCleanly };

    static Result<std::unique_ptr<Library>> open(
        const QString &path, OpenMode mode, FileCheck check = FileCheck::BeforeOpening);
    // A folder as above, or a server library: CreateIfMissing creates the schema in an empty
    // database (the database itself is the administrator's, docs/server.md), ExistingOnly
    // refuses one. The server's structural checks are its own (`check` does not apply).
    static Result<std::unique_ptr<Library>> open(
        const LibraryLocation &location, OpenMode mode, FileCheck check = FileCheck::BeforeOpening);
    ~Library() override;

    LibraryLocation location() const;
    bool isServer() const { return m_path.isEmpty(); }
    StorageBackend &backend() const { return *m_backend; }
    // The originals, whichever backend holds them: everything that reads or stores one goes
    // through here (a local file for a path: BlobStorage::localFile), never through a folder.
    BlobStorage &blobs() const;
    // Where an exhibit's thumbnail is kept (StorageBackend::thumbnailsPath); '' without a hash.
    QString thumbnailPath(const QString &sha256) const;
    // StorageBackend::scratchPath.
    QString scratchPath() const;

    // The folder, its database file and its sub-folders; '' for a server library, which keeps
    // no files (what lives beside a folder's database has no server home yet: the audit head,
    // the clean-close marker, thumbnails and backups are skipped or refused; register keys are
    // rows there, StorageBackend::registerKey).
    QString path() const { return m_path; }
    QString databasePath() const;
    QString blobsPath() const;
    QString backupsPath() const;

    // A library written by a newer Habeas opens read-only; every write returns Error::ReadOnly.
    // A library whose file fails the check that runs in the background (see open()) refuses
    // every write with an Error::Library saying so; a write asked for before that check has
    // finished waits for it.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    Status checkWritable() const;
    // What `read` returns (a Result), once the library is found to take writes; else why not.
    template<typename Read> auto whenWritable(Read read) const -> decltype(read())
    {
        if (auto st = checkWritable(); !st.ok())
            return st.error();
        return read();
    }

    // The file's structural check, when it runs beside (FileCheck): empty when the file
    // passed (or was checked before opening); else the message to show. Waits for the check.
    QString damage() const;
    // Whether the check runs in the background for this opening (and damage() may wait).
    bool checkedInBackground() const { return m_backgroundCheck.valid(); }

    int schemaVersionOnDisk() const { return m_diskVersion; }
    QStringList backupsMade() const { return m_backupsMade; }

    // The connection of the calling thread, opened on first use with the library's pragmas.
    QSqlDatabase database() const;
    // The version of the SQLite engine a folder library runs on, for the About box ("3.40.1");
    // '' on a server library (backend().engineVersion() names either).
    QString sqliteVersion() const;

    AuditLog &audit() { return *m_audit; }
    CaseStore &cases() { return *m_cases; }
    EventStore &events() { return *m_events; }
    DamagesStore &damages() { return *m_damages; }
    EvidenceStore &evidence() { return *m_evidence; }
    ClaimStore &claims() { return *m_claims; }
    EvidenceText &evidenceText() { return *m_evidenceText; }
    AnnotationStore &annotations() { return *m_annotations; }
    DeadlineStore &deadlines() { return *m_deadlines; }
    ReviewStore &review() { return *m_review; }

    struct CheckReport {
        QString integrity; // "ok" or SQLite's findings
        int schemaVersion = 0;
        bool blobStoreOk = true;
        QStringList blobProblems;
        bool auditOk = true;
        QString auditMessage;
        // Not a problem (nothing recorded is damaged) but space to reclaim: `check --repair`.
        QStringList unreferencedBlobs; // SHA-256s no row cites
        QStringList stagedLeftovers; // temporary files of interrupted imports
        bool ok() const { return integrity == QLatin1String("ok") && blobStoreOk && auditOk; }
    };
    CheckReport check() const;

    struct RepairReport {
        QStringList removedBlobs; // SHA-256s
        int removedStaged = 0;
        int keptRecent = 0; // too recent to remove: an import elsewhere may be recording them
    };
    // Removes blobs no row cites and leftovers of interrupted imports (older than a grace
    // period), and records what it removed in the audit log. On a server in one transaction and
    // only by the library's administrator (a user is told so, and nothing is removed).
    Result<RepairReport> repair();

    // A server library: asks the server whether it answers, logging in again when the
    // connection was lost (serverReachable() then says so). Waits at most the connection
    // timeout; a folder library is always there.
    Status reachServer() const;

    // Removes those of the given blobs no row cites: the copies of a cancelled import (on a
    // server only those the user stored and no one else holds; the administrator's repair
    // collects the rest).
    Status discardUnreferenced(const QStringList &sha256s) const;

signals:
    // A server library's connection found its server gone (false: changes cannot be saved) or
    // logged in again once it answered (true). Emitted on the thread that found it, once per
    // change of state.
    void serverReachable(bool reachable);

private:
    Library(QString path, std::unique_ptr<StorageBackend> backend);
    static Result<std::unique_ptr<Library>> openServer(
        const LibraryLocation &location, OpenMode mode);
    Status migrate(int fromVersion);
    // open()'s parts.
    Status upgrade(int diskVersion, bool another, const QString &dbFile, bool &migrationFailed);
    Status createStores(bool another);
    Status backup(int fromVersion);
    void checkServerBlobs(CheckReport &report) const;
    Result<RepairReport> repairOnServer();

    QString m_path; // '' for a server library
    std::unique_ptr<StorageBackend> m_backend;
    SqliteBackend *m_sqlite = nullptr; // m_backend, for a folder library
    QString m_readOnlyReason;
    int m_diskVersion = 0;
    QStringList m_backupsMade;
    std::shared_future<QString> m_backgroundCheck; // quick_check's answer, when deferred
    bool m_markOnClose = false; // the first opener records a clean close (openingcheck.h)
    std::atomic<bool> m_serverReachable { true };
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<CaseStore> m_cases;
    std::unique_ptr<EventStore> m_events;
    std::unique_ptr<DamagesStore> m_damages;
    std::unique_ptr<EvidenceStore> m_evidence;
    std::unique_ptr<ClaimStore> m_claims;
    std::unique_ptr<EvidenceText> m_evidenceText;
    std::unique_ptr<AnnotationStore> m_annotations;
    std::unique_ptr<DeadlineStore> m_deadlines;
    std::unique_ptr<ReviewStore> m_review;
};

} // namespace habeas
