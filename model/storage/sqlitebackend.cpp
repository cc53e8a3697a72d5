#include "storage/sqlitebackend.h"

#include "core/clock.h"
#include "storage/filehash.h"
#include "storage/migrations.h"
#include "storage/sql.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QThread>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

constexpr qint32 kApplicationId = 0x48414253; // "HABS", as Library::kApplicationId

QString scalar(const QSqlDatabase &db, const QString &sql, Status *status = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        if (status)
            *status = sqlError(q.lastError());
        return {};
    }
    return q.value(0).toString();
}

} // namespace

const QString SqliteBackend::kDatabaseFile = u"library.sqlite"_s;

Result<QString> FolderBlobs::localFile(const QString &sha256) const
{
    if (!m_store.contains(sha256))
        return missingBlobError(sha256);
    return m_store.pathFor(sha256);
}

Result<QByteArray> FolderBlobs::get(const QString &sha256) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (auto st = copyTo(sha256, buffer); !st.ok())
        return st.error();
    return buffer.data();
}

Result<qint64> FolderBlobs::size(const QString &sha256) const
{
    const auto path = localFile(sha256);
    if (!path.ok())
        return path.error();
    return QFileInfo(path.value()).size();
}

Status FolderBlobs::openStored(const QString &sha256, QFile &file) const
{
    const auto path = localFile(sha256);
    if (!path.ok())
        return path.error();
    file.setFileName(path.value());
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(file.errorString());
    return {};
}

Result<QByteArray> FolderBlobs::head(const QString &sha256, int maxBytes) const
{
    QFile file;
    if (auto st = openStored(sha256, file); !st.ok())
        return st.error();
    return file.read(maxBytes);
}

Status FolderBlobs::copyTo(const QString &sha256, QIODevice &target) const
{
    QFile file;
    if (auto st = openStored(sha256, file); !st.ok())
        return st.error();
    const auto copied = copyHashing(file, target);
    if (!copied.ok())
        return copied.error();
    if (copied.value() != sha256)
        return alteredBlobError(sha256);
    return {};
}

SqliteBackend::SqliteBackend(QString folder)
    : m_folder(std::move(folder))
    , m_blobs(QDir(m_folder).filePath(u"blobs"_s))
{
}

SqliteBackend::~SqliteBackend()
{
    closeConnections();
}

QString SqliteBackend::thumbnailsPath() const
{
    return QDir(m_folder).filePath(u"thumbs"_s);
}

QString SqliteBackend::scratchPath() const
{
    return QDir(m_folder).filePath(u"blobs"_s);
}

QString SqliteBackend::databasePath() const
{
    return QDir(m_folder).filePath(kDatabaseFile);
}

QString SqliteBackend::damagedMessage(const QString &findings)
{
    return QCoreApplication::translate("habeas::Library",
        "The library file is damaged and was left untouched (%1). "
        "Restore it from a copy in backups/.")
        .arg(findings);
}

void SqliteBackend::closeConnections()
{
    removeConnections(m_connectionNames);
}

Status SqliteBackend::openConnection(const QString &name, Access access) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    m_connectionNames << name;
    if (access == Access::Probe) {
        // immutable=1: SQLite creates no -wal or -shm and takes no lock, so inspecting a file
        // that turns out to be damaged or foreign leaves the folder exactly as it was. Only
        // valid while no -wal file exists (see probeVersion()).
        QUrl uri = QUrl::fromLocalFile(databasePath());
        uri.setQuery(u"mode=ro&immutable=1"_s);
        db.setDatabaseName(QString::fromUtf8(uri.toEncoded()));
        db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"_s);
    } else {
        db.setDatabaseName(databasePath());
        db.setConnectOptions(access == Access::ReadOnly
                ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s
                : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    if (!db.open())
        return Error::library(
            QCoreApplication::translate("habeas::Library", "Cannot open the library database: %1")
                .arg(db.lastError().text()));
    if (access != Access::ReadWrite)
        return {};
    Status status;
    const QString mode = scalar(db, u"PRAGMA journal_mode=WAL"_s, &status);
    if (!status.ok())
        return status;
    if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return Error::library(QCoreApplication::translate(
            "habeas::Library", "The library cannot use write-ahead logging (journal mode is %1).")
                                  .arg(mode));
    scalar(db, u"PRAGMA foreign_keys=ON"_s);
    if (scalar(db, u"PRAGMA foreign_keys"_s) != u"1"_s)
        return Error::library(QCoreApplication::translate(
            "habeas::Library", "This SQLite build does not enforce foreign keys."));
    // FULL: a commit is on the disk when it returns, so the audit head written after it is never
    // ahead of the log after a power cut, and nothing recorded is lost.
    scalar(db, u"PRAGMA synchronous=FULL"_s);
    return {};
}

QSqlDatabase SqliteBackend::database() const
{
    const QString name = u"habeas-%1-%2"_s.arg(reinterpret_cast<quintptr>(this))
                             .arg(reinterpret_cast<quintptr>(QThread::currentThread()));
    if (!QSqlDatabase::contains(name))
        (void)openConnection(name,
            m_readOnly ? Access::ReadOnly
                       : Access::ReadWrite); // a failure shows as a closed connection
    return QSqlDatabase::database(name, false);
}

QString SqliteBackend::engineVersion() const
{
    SqlQuery q(database(), u"SELECT sqlite_version()"_s);
    return q.exec().ok() && q.next() ? q.value(0).toString() : QString();
}

int SqliteBackend::recordedSchemaVersion() const
{
    return scalar(database(), u"PRAGMA user_version"_s).toInt();
}

QString SqliteBackend::integrity() const
{
    QSqlQuery q(database());
    if (!q.exec(u"PRAGMA integrity_check"_s))
        return q.lastError().text();
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(u"; "_s);
}

Status SqliteBackend::backupTo(const QString &target) const
{
    // VACUUM INTO writes a consistent, compact snapshot through SQLite's own pager.
    SqlQuery q(database(), u"VACUUM INTO :target"_s);
    q.bind(u":target"_s, target);
    return q.exec();
}

Result<int> SqliteBackend::probeVersion(bool skipCheck, bool deferCheck, int latest)
{
    const QString probeName = u"habeas-probe-%1"_s.arg(reinterpret_cast<quintptr>(this));
    const bool walPresent = QFileInfo::exists(databasePath() + u"-wal"_s);
    if (auto st = openConnection(probeName, walPresent ? Access::ReadOnly : Access::Probe);
        !st.ok())
        return st.error();
    QSqlDatabase probe = QSqlDatabase::database(probeName, false);
    const auto checkNow = [&]() -> Status {
        Status status;
        const QString check = scalar(probe, u"PRAGMA quick_check"_s, &status);
        if (!status.ok() || check != u"ok"_s)
            return Error::library(damagedMessage(status.ok() ? check : status.error().message));
        return {};
    };
    if (!skipCheck && !deferCheck)
        if (auto st = checkNow(); !st.ok())
            return st.error();
    const qint32 appId = scalar(probe, u"PRAGMA application_id"_s).toInt();
    const int diskVersion = scalar(probe, u"PRAGMA user_version"_s).toInt();
    // An upgrade writes: never to a file not checked first.
    if (!skipCheck && deferCheck && diskVersion < latest)
        if (auto st = checkNow(); !st.ok())
            return st.error();
    if (appId != kApplicationId) {
        return Error::library(QCoreApplication::translate(
            "habeas::Library", "%1 is an SQLite database but not a Habeas library.")
                                  .arg(QDir::toNativeSeparators(databasePath())));
    }
    probe.close();
    return diskVersion;
}

Status SqliteBackend::migrateSchema(int fromVersion) const
{
    const QSqlDatabase db = database();
    return inTransaction(db, [&]() -> Status {
        if (auto st = Migrations::apply(db, fromVersion); !st.ok())
            return st;
        if (fromVersion == 0) {
            SqlQuery meta(db,
                u"INSERT INTO library_meta (key, value) VALUES ('created_at', :at), "
                "('created_by', :by)"_s);
            meta.bind(u":at"_s, Clock::isoNow()).bind(u":by"_s, u"Habeas " HABEAS_VERSION ""_s);
            if (auto st = meta.exec(); !st.ok())
                return st;
        }
        // The version is bumped last, inside the same transaction.
        QSqlQuery bump(db);
        if (!bump.exec(u"PRAGMA user_version = %1"_s.arg(Migrations::latestVersion())))
            return sqlError(bump.lastError());
        return {};
    });
}

// One key for every case of the folder, in its own file: the database file alone (a copy, a
// backup) cannot be searched for a person.
namespace {

Result<QByteArray> readKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QCoreApplication::translate("habeas::Register", "cannot read %1: %2")
                             .arg(path, file.errorString()));
    const QByteArray key = file.readAll();
    if (key.size() != StorageBackend::kRegisterKeyBytes)
        return Error::library(QCoreApplication::translate(
            "habeas::Register", "%1 is damaged (it should hold %2 bytes)")
                                  .arg(path)
                                  .arg(StorageBackend::kRegisterKeyBytes));
    return key;
}

Status writeKeyFile(const QString &path, const QByteArray &key)
{
    QSaveFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly)
        || file.write(key) != key.size()
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit())
        return Error::io(QCoreApplication::translate("habeas::Register", "cannot write %1: %2")
                             .arg(path, file.errorString()));
    return {};
}

} // namespace

QString SqliteBackend::caseKeyPath(qint64 caseId) const
{
    return QDir(m_folder).filePath(
        QLatin1String(kRegisterKeysFolder) + u'/' + QString::number(caseId) + u".key"_s);
}

Result<QByteArray> SqliteBackend::registerKey(qint64 caseId) const
{
    if (caseId > 0 && QFile::exists(caseKeyPath(caseId)))
        return readKeyFile(caseKeyPath(caseId));
    const QString path = QDir(m_folder).filePath(QLatin1String(kRegisterKeyFile));
    if (!QFile::exists(path))
        return Error::notFound(
            QCoreApplication::translate("habeas::Register", "the library has no register key (%1)")
                .arg(path));
    return readKeyFile(path);
}

Status SqliteBackend::storeRegisterKey(qint64 caseId, const QByteArray &key)
{
    const QString path = QDir(m_folder).filePath(QLatin1String(kRegisterKeyFile));
    if (!QFile::exists(path))
        return writeKeyFile(path, key);
    const auto libraryKey = readKeyFile(path);
    if (!libraryKey.ok())
        return libraryKey.error();
    if (libraryKey.value() == key)
        return {};
    if (caseId <= 0) // the registers made with the library's key would be lost
        return Error::library(QCoreApplication::translate(
            "habeas::Register", "%1 already holds another key; it is not replaced.")
                                  .arg(path));
    return writeKeyFile(caseKeyPath(caseId), key);
}

} // namespace habeas
