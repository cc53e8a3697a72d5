#include "storage/pgbackend.h"

#include "core/clock.h"
#include "storage/blobstore.h"
#include "storage/filehash.h"
#include "storage/pgschema.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QTemporaryFile>
#include <QThread>

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
        if (!row.next())
            return {}; // stored already: content-addressed, the same bytes
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

Result<QByteArray> PgBlobs::get(const QString &sha256) const
{
    const QSqlDatabase db = m_backend.database();
    SqlQuery size(db, u"SELECT size FROM blobs WHERE sha256 = :sha"_s);
    size.bind(u":sha"_s, sha256);
    if (auto st = size.exec(); !st.ok())
        return st.error();
    if (!size.next())
        return Error::notFound(
            QCoreApplication::translate("habeas::BlobStore", "There is no stored original %1.")
                .arg(sha256));
    const qint64 expected = size.value(0).toLongLong();
    SqlQuery chunks(db, u"SELECT data FROM blob_chunks WHERE sha256 = :sha ORDER BY n"_s);
    chunks.bind(u":sha"_s, sha256);
    if (auto st = chunks.exec(); !st.ok())
        return st.error();
    QByteArray bytes;
    bytes.reserve(expected);
    while (chunks.next())
        bytes += chunks.value(0).toByteArray();
    if (bytes.size() != expected
        || QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != sha256.toLatin1())
        return Error::library(QCoreApplication::translate(
            "habeas::BlobStore", "The stored original %1 no longer matches its SHA-256.")
                                  .arg(sha256));
    return bytes;
}

PgBackend::PgBackend(LibraryLocation location)
    : m_location(std::move(location))
    , m_blobs(*this)
{
}

PgBackend::~PgBackend()
{
    closeConnections();
}

void PgBackend::closeConnections()
{
    removeConnections(m_connectionNames);
}

Status PgBackend::openConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    m_connectionNames << name;
    if (!db.isValid())
        return Error::library(QCoreApplication::translate("habeas::Library",
            "Qt's PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql."));
    db.setHostName(m_location.host());
    if (m_location.port())
        db.setPort(m_location.port());
    db.setUserName(m_location.user());
    db.setDatabaseName(m_location.database());
    QStringList options { u"connect_timeout=10"_s };
    if (const QString more = m_location.connectOptions(); !more.isEmpty())
        options << more;
    db.setConnectOptions(options.join(u';'));
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

QSqlDatabase PgBackend::database() const
{
    const QString name = u"habeas-pg-%1-%2"_s.arg(reinterpret_cast<quintptr>(this))
                             .arg(reinterpret_cast<quintptr>(QThread::currentThread()));
    if (!QSqlDatabase::contains(name))
        (void)openConnection(name); // a failure shows as a closed connection
    return QSqlDatabase::database(name, false);
}

Result<int> PgBackend::open(bool createIfEmpty)
{
    const QString name = u"habeas-pg-%1-%2"_s.arg(reinterpret_cast<quintptr>(this))
                             .arg(reinterpret_cast<quintptr>(QThread::currentThread()));
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

} // namespace habeas
