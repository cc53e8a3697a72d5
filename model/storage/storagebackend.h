#pragma once

#include "core/result.h"
#include "storage/librarylocation.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QIODevice;

namespace habeas {

// Originals, content-addressed by the lowercase hex SHA-256 of their bytes: written once, never
// modified. In a folder library the files under blobs/; on a server the tables blobs and
// blob_chunks, so that originals live under the same access control and backups as their case.
class BlobStorage {
public:
    virtual ~BlobStorage() = default;
    virtual bool has(const QString &sha256) const = 0;
    // Stores the device's bytes; returns their SHA-256. Whole or not at all.
    virtual Result<QString> put(QIODevice &source) = 0;
    // The bytes stored under sha256, checked against it (see copyTo); NotFound when there are
    // none.
    virtual Result<QByteArray> get(const QString &sha256) const = 0;

    // The number of bytes stored under sha256; NotFound when there are none.
    virtual Result<qint64> size(const QString &sha256) const = 0;
    // The first bytes (at most maxBytes, up to 1 MiB), as QMimeDatabase sniffs a type from.
    virtual Result<QByteArray> head(const QString &sha256, int maxBytes) const = 0;
    // Writes the stored bytes to `target`, hashed on the way: bytes that no longer match their
    // SHA-256 are an Error::library, a blob that cannot be read an Error::io; `target` then holds
    // a partial copy its caller discards. NotFound when there is no such blob.
    virtual Status copyTo(const QString &sha256, QIODevice &target) const = 0;
    // A local, read-only file holding the bytes, for what needs a path (the parse worker, the
    // PDF renderer, the bundle writer): the stored file itself in a folder library; on a server
    // a copy made, and checked against its hash, in the library's session folder (removed when
    // the library closes). NotFound when there is no such blob.
    virtual Result<QString> localFile(const QString &sha256) const = 0;
};

// Where a library's rows live, and everything that differs between the engines: the connection
// (one per thread), the schema ladder, the blob store, backups and the engine's own checks.
// Library owns one and its stores only ever see the QSqlDatabase it hands out; the SQL they
// write is one form both engines accept, with the rare difference behind storage/sqldialect.h.
class StorageBackend {
public:
    enum class Kind { Sqlite, Postgres };

    StorageBackend() = default;
    virtual ~StorageBackend() = default;
    StorageBackend(const StorageBackend &) = delete;
    StorageBackend &operator=(const StorageBackend &) = delete;

    virtual Kind kind() const = 0;
    virtual LibraryLocation location() const = 0;

    // The connection of the calling thread, opened on first use (closed when it cannot open).
    virtual QSqlDatabase database() const = 0;
    // Closes and forgets every connection this backend opened.
    virtual void closeConnections() = 0;

    // The engine's name and version for the About box ("SQLite 3.40.1", "PostgreSQL 15.5").
    virtual QString engineVersion() const = 0;
    // The schema version the database records.
    virtual int recordedSchemaVersion() const = 0;
    // The engine's own structural check of the stored rows: "ok" or its findings.
    virtual QString integrity() const = 0;

    virtual BlobStorage &blobs() = 0;
    // Where exhibits' thumbnails (<sha256>.png) are kept: the folder library's thumbs/; on a
    // server the session folder's, since a thumbnail shows the case's material and the server's
    // access control must be the only way to it (it is remade from the original when missing).
    virtual QString thumbnailsPath() const = 0;
    // A local folder, private to the user, where what holds the library's material is staged
    // (a plain bundle before its encryption, a teaching copy's renderings): the folder
    // library's blobs/, where that material already is; a server library's session folder.
    virtual QString scratchPath() const = 0;

    // A consistent copy of the whole library into `target` (a file); the server refuses with
    // the way to back it up instead (pg_dump).
    virtual Status backupTo(const QString &target) const = 0;

    // The secret key (32 bytes) of the register of affected persons of case `caseId`
    // (docs/register.md, "The key"); NotFound when there is none yet. A folder library keeps one
    // key for all its cases in the file register.key beside library.sqlite, never in the
    // database, and the key of a case that came from a server with a key of its own in
    // register-keys/CASE.key; a server library one per case, in a row walled like the case's
    // other rows, so that its team reads it from any machine and no one else does.
    virtual Result<QByteArray> registerKey(qint64 caseId) const = 0;
    // Keeps a key for case `caseId`: in a folder at once (owner-only), as register.key when the
    // folder has none yet, else, when it differs from that one, as the case's own file; on a
    // server a row written in the caller's transaction (so a failed import leaves none).
    virtual Status storeRegisterKey(qint64 caseId, const QByteArray &key) = 0;
    static constexpr int kRegisterKeyBytes = 32;
    static constexpr char kRegisterKeyFile[] = "register.key"; // a folder library's
    static constexpr char kRegisterKeysFolder[] = "register-keys"; // a folder's cases' own keys

    // Called, on the thread that found it, each time a connection that lost its server tried to
    // log in again: true when it did, false when the server still does not answer. Set once,
    // before any other thread uses the backend. A folder library's files never go away.
    virtual void watchReachability(const std::function<void(bool reachable)> &report)
    {
        (void)report;
    }
};

} // namespace habeas
