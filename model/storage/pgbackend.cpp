#include "storage/pgbackend.h"

#include "core/clock.h"
#include "storage/blobstore.h"
#include "storage/filehash.h"
#include "storage/pgschema.h"
#include "storage/serverlogin.h"
#include "storage/sql.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QThread>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

QString serverName(const LibraryLocation &at)
{
    return at.port() ? u"%1:%2"_s.arg(at.host()).arg(at.port()) : at.host();
}

// The bytes of `source` into a temporary file, hashed on the way: the hash names the blob before
// its first chunk is written.
Result<QString> spool(QIODevice &source, QTemporaryFile &spooled)
{
    if (!spooled.open())
        return Error::io(spooled.errorString());
    const auto sha = copyHashing(source, spooled);
    if (!sha.ok())
        return sha.error();
    if (!spooled.seek(0))
        return Error::io(spooled.errorString());
    return sha;
}

// A number for the calling thread that the process never gives another thread (a thread's
// address may be reused by the next one): a thread's connection is its own.
constexpr int kReconnectPauseMs = 3000;
// Per connection of this thread: when a connection that failed to log in may try again.
thread_local QHash<QString, QDeadlineTimer> t_pause;

quint64 threadNumber()
{
    static std::atomic<quint64> next { 1 };
    thread_local const quint64 mine = next++;
    return mine;
}

} // namespace

bool PgBlobs::has(const QString &sha256) const
{
    SqlQuery q(m_backend.database(), u"SELECT 1 FROM blobs WHERE sha256 = :sha"_s);
    q.bind(u":sha"_s, sha256);
    return BlobStore::isSha256(sha256) && q.exec().ok() && q.next();
}

Result<QString> PgBlobs::put(QIODevice &source)
{
    QTemporaryFile spooled;
    const auto sha = spool(source, spooled);
    if (!sha.ok())
        return sha.error();
    const QSqlDatabase db = m_backend.database();
    const Status st = inTransaction(db, [&]() -> Status {
        SqlQuery row(db,
            u"INSERT INTO blobs (sha256, size, chunk_size, created_at) VALUES (:sha, :size, "
            ":chunk, :now) ON CONFLICT DO NOTHING RETURNING sha256"_s);
        row.bind(u":sha"_s, sha.value())
            .bind(u":size"_s, spooled.size())
            .bind(u":chunk"_s, kChunkSize)
            .bind(u":now"_s, Clock::isoNow());
        if (auto e = row.exec(); !e.ok())
            return e;
        if (!row.next()) { // stored already: content-addressed, the same bytes
            if (auto held = holdStored(sha.value(), spooled); !held.ok())
                return held;
            // The exhibit that will cite them is on its way: their hour before a repair may
            // collect them (unreferenced) starts again.
            SqlQuery restart(db, u"SELECT habeas_blob_restored(:sha)"_s);
            return restart.bind(u":sha"_s, sha.value()).exec();
        }
        for (int n = 0; !spooled.atEnd(); ++n) {
            SqlQuery chunk(
                db, u"INSERT INTO blob_chunks (sha256, n, data) VALUES (:sha, :n, :data)"_s);
            chunk.bind(u":sha"_s, sha.value())
                .bind(u":n"_s, n)
                .bind(u":data"_s, spooled.read(kChunkSize));
            if (auto e = chunk.exec(); !e.ok())
                return e;
        }
        return {};
    });
    if (!st.ok())
        return st.error();
    return sha.value();
}

// The bytes are on the server already, stored by another role whose blob this role may not see
// yet: it proves it holds them (each chunk's SHA-256) and may then cite them.
Status PgBlobs::holdStored(const QString &sha256, QIODevice &bytes) const
{
    if (has(sha256))
        return {};
    QStringList chunkHashes;
    for (QByteArray chunk = bytes.read(kChunkSize); !chunk.isEmpty();
         chunk = bytes.read(kChunkSize))
        chunkHashes << QString::fromLatin1(
            QCryptographicHash::hash(chunk, QCryptographicHash::Sha256).toHex());
    SqlQuery hold(
        m_backend.database(), u"SELECT habeas_hold_blob(:sha, CAST(:hashes AS TEXT[]))"_s);
    hold.bind(u":sha"_s, sha256).bind(u":hashes"_s, u"{%1}"_s.arg(chunkHashes.join(u',')));
    if (auto st = hold.exec(); !st.ok())
        return st;
    if (!hold.next() || !hold.value(0).toBool())
        return Error::library(QCoreApplication::translate("habeas::BlobStore",
            "The server holds other bytes under the SHA-256 of this file (%1); it was not stored.")
                                  .arg(sha256));
    return {};
}

Result<qint64> PgBlobs::size(const QString &sha256) const
{
    SqlQuery q(m_backend.database(), u"SELECT size FROM blobs WHERE sha256 = :sha"_s);
    q.bind(u":sha"_s, sha256);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    if (!q.next())
        return missingBlobError(sha256);
    return q.value(0).toLongLong();
}

Result<QByteArray> PgBlobs::head(const QString &sha256, int maxBytes) const
{
    const auto stored = size(sha256);
    if (!stored.ok())
        return stored.error();
    SqlQuery q(m_backend.database(),
        u"SELECT substring(data FROM 1 FOR :n) FROM blob_chunks WHERE sha256 = :sha AND n = 0"_s);
    q.bind(u":n"_s, std::clamp(maxBytes, 0, kChunkSize)).bind(u":sha"_s, sha256);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    return q.next() ? q.value(0).toByteArray() : QByteArray(); // an empty blob has no chunk
}

Status PgBlobs::copyTo(const QString &sha256, QIODevice &target) const
{
    const QSqlDatabase db = m_backend.database();
    SqlQuery blob(db, u"SELECT size, chunk_size FROM blobs WHERE sha256 = :sha"_s);
    blob.bind(u":sha"_s, sha256);
    if (auto st = blob.exec(); !st.ok())
        return st;
    if (!blob.next())
        return missingBlobError(sha256);
    const qint64 expected = blob.value(0).toLongLong();
    const qint64 chunkSize = std::max<qint64>(1, blob.value(1).toLongLong());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 copied = 0;
    for (qint64 n = 0; n * chunkSize < expected; ++n) {
        SqlQuery chunk(db, u"SELECT data FROM blob_chunks WHERE sha256 = :sha AND n = :n"_s);
        chunk.bind(u":sha"_s, sha256).bind(u":n"_s, n);
        if (auto st = chunk.exec(); !st.ok())
            return st;
        if (!chunk.next())
            return alteredBlobError(sha256); // a chunk is missing
        const QByteArray data = chunk.value(0).toByteArray();
        hash.addData(data);
        copied += data.size();
        if (target.write(data) != data.size())
            return Error::io(target.errorString());
    }
    if (copied != expected || QString::fromLatin1(hash.result().toHex()) != sha256)
        return alteredBlobError(sha256);
    return {};
}

Result<QByteArray> PgBlobs::get(const QString &sha256) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (auto st = copyTo(sha256, buffer); !st.ok())
        return st.error();
    return buffer.data();
}

Result<QString> PgBlobs::localFile(const QString &sha256) const
{
    if (!BlobStore::isSha256(sha256))
        return missingBlobError(sha256);
    const QString folder = m_backend.sessionFolder();
    if (folder.isEmpty() || !QDir(folder).mkpath(u"originals"_s))
        return Error::io(QCoreApplication::translate(
            "habeas::BlobStore", "Cannot make a local folder for the server's originals."));
    const QString target = QDir(folder).filePath(u"originals/"_s + sha256);
    if (QFileInfo::exists(target)) // made earlier in this session, checked then
        return target;
    QTemporaryFile temp(target + u".XXXXXX"_s);
    if (!temp.open())
        return Error::io(temp.errorString());
    if (auto st = copyTo(sha256, temp); !st.ok())
        return st.error();
    if (!temp.flush())
        return Error::io(temp.errorString());
    temp.setPermissions(QFileDevice::ReadOwner);
    // Another thread made the same copy meanwhile: the name holds the same checked bytes.
    if (temp.rename(target))
        temp.setAutoRemove(false);
    else if (!QFileInfo::exists(target))
        return Error::io(temp.errorString());
    return target;
}

PgBackend::PgBackend(LibraryLocation location)
    : m_location(std::move(location))
    , m_blobs(*this)
{
}

QString PgBackend::sessionFolder() const
{
    const QMutexLocker lock(&m_mutex);
    if (!m_session) {
        m_session = std::make_unique<QTemporaryDir>(
            QDir(QDir::tempPath()).filePath(u"habeas-server-XXXXXX"_s));
        if (!m_session->isValid())
            return {};
        QFile::setPermissions(m_session->path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return m_session->isValid() ? m_session->path() : QString();
}

QString PgBackend::thumbnailsPath() const
{
    const QString folder = sessionFolder();
    return folder.isEmpty() ? QString() : QDir(folder).filePath(u"thumbs"_s);
}

PgBackend::~PgBackend()
{
    closeConnections();
}

void PgBackend::closeConnections()
{
    QStringList names;
    {
        const QMutexLocker lock(&m_mutex);
        names = std::exchange(m_connectionNames, {});
    }
    const QString own = connectionName();
    for (const QString &name : std::as_const(names)) {
        if (name == own) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        // Another thread's (the import's staging, a window's integrity check) is not looked up,
        // which Qt allows on its own thread only; removing it closes it.
        QSqlDatabase::removeDatabase(name);
    }
}

QString PgBackend::connectionName() const
{
    return u"habeas-pg-%1-%2"_s.arg(reinterpret_cast<quintptr>(this)).arg(threadNumber());
}

Status PgBackend::openConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    {
        const QMutexLocker lock(&m_mutex);
        m_connectionNames << name;
    }
    if (!db.isValid())
        return Error::library(QCoreApplication::translate("habeas::Library",
            "Qt's PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql."));
    db.setHostName(m_location.host());
    if (m_location.port())
        db.setPort(m_location.port());
    db.setUserName(m_location.user());
    db.setDatabaseName(m_location.database());
    db.setConnectOptions(ServerLogin::connectOptions(m_location));
    return login(db);
}

Status PgBackend::login(QSqlDatabase &db) const
{
    // The GUI's password (kept in the keychain); else libpq's own (PGPASSWORD, ~/.pgpass).
    db.setPassword(ServerLogin::remembered(m_location));
    if (!db.open())
        return Error::library(QCoreApplication::translate("habeas::Library",
            "The library server %1 cannot be reached or refused the connection (database %2, "
            "user %3): %4")
                                  .arg(serverName(m_location), m_location.database(),
                                      m_location.user(), db.lastError().text().trimmed()));
    // A generic plan cannot use a trigram index for `ILIKE $1` (docs/server.md).
    QSqlQuery(db).exec(u"SET plan_cache_mode = force_custom_plan"_s);
    return {};
}

void PgBackend::tryAgainNow() const
{
    t_pause.remove(connectionName());
}

QSqlDatabase PgBackend::database() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name)) {
        (void)openConnection(name); // a failure shows as a closed connection
        return QSqlDatabase::database(name, false);
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    // The server went away under this connection (restarted, the network cut): the next use
    // logs in again, so the window carries on when the server is back. Never inside a
    // transaction: its statements all run on the connection that began it, or fail with it.
    // A server that did not answer is asked again after a pause, not by every statement of a
    // view's reload (each would wait for the connection timeout).
    if ((!db.isOpen() || takeLostConnection(name)) && !inOpenTransaction(name)) {
        if (!t_pause.value(name).hasExpired() && !db.isOpen())
            return db;
        db.close();
        const bool back = login(db).ok();
        if (back)
            t_pause.remove(name);
        else
            t_pause.insert(name, QDeadlineTimer(kReconnectPauseMs));
        if (m_reachability)
            m_reachability(back);
    }
    return db;
}

Result<int> PgBackend::open(bool createIfEmpty)
{
    const QString name = connectionName();
    if (auto st = openConnection(name); !st.ok())
        return st.error();
    const QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!createIfEmpty) {
        const auto version = PgSchema::version(db);
        if (!version.ok())
            return version.error();
        if (version.value() == 0)
            return Error::library(QCoreApplication::translate("habeas::Library",
                "The database %1 on %2 holds no Habeas library yet (a command that writes, "
                "such as `case new`, creates it).")
                                      .arg(m_location.database(), serverName(m_location)));
    }
    const auto found = PgSchema::migrate(db);
    if (!found.ok() || found.value() > 0)
        return found;
    // A new library records when and by what it was created, as a folder library does.
    SqlQuery meta(db,
        u"INSERT INTO library_meta (key, value) VALUES ('created_at', :at), ('created_by', :by) "
        "ON CONFLICT DO NOTHING"_s);
    meta.bind(u":at"_s, Clock::isoNow()).bind(u":by"_s, u"Habeas " HABEAS_VERSION ""_s);
    if (auto st = meta.exec(); !st.ok())
        return st.error();
    return 0;
}

QString PgBackend::engineVersion() const
{
    SqlQuery q(database(), u"SHOW server_version"_s);
    return q.exec().ok() && q.next() ? u"PostgreSQL "_s + q.value(0).toString() : QString();
}

int PgBackend::recordedSchemaVersion() const
{
    const auto v = PgSchema::version(database());
    return v.ok() ? v.value() : 0;
}

QString PgBackend::integrity() const
{
    // The server keeps its pages consistent itself (WAL, checksums when enabled); what a client
    // can check is that it answers.
    SqlQuery q(database(), u"SELECT 1"_s);
    if (auto st = q.exec(); !st.ok())
        return st.error().message;
    return u"ok"_s;
}

Status PgBackend::backupTo(const QString &target) const
{
    Q_UNUSED(target)
    return Error::library(QCoreApplication::translate("habeas::Library",
        "A server library is backed up on the server, with pg_dump (docs/server.md), not by "
        "Habeas."));
}

// One key per case, in register_case_keys under the case's wall (schema 20): a role off the team
// reads no row, as if the case had none.
Result<QByteArray> PgBackend::registerKey(qint64 caseId) const
{
    SqlQuery q(database(), u"SELECT secret FROM register_case_keys WHERE case_id = :c"_s);
    q.bind(u":c"_s, caseId);
    if (auto st = q.execFirst(Error::notFound(QCoreApplication::translate(
            "habeas::Register", "case %1 has no register key on the server that you may read")
                                                  .arg(caseId)));
        !st.ok())
        return st.error();
    return q.value(0).toByteArray();
}

Status PgBackend::storeRegisterKey(qint64 caseId, const QByteArray &key)
{
    SqlQuery q(database(),
        u"INSERT INTO register_case_keys (case_id, secret, created_at) VALUES (:c, :key, :now)"_s);
    return q.bind(u":c"_s, caseId).bind(u":key"_s, key).bind(u":now"_s, Clock::isoNow()).exec();
}

} // namespace habeas
