#include "storage/library.h"

#include "cases/casestore.h"
#include "cases/eventstore.h"
#include "core/clock.h"
#include "damages/damagesstore.h"
#include "deadlines/deadlinestore.h"
#include "evidence/annotationstore.h"
#include "evidence/evidencestore.h"
#include "evidence/evidencetext.h"
#include "law/claimstore.h"
#include "review/reviewstore.h"
#include "storage/auditlog.h"
#include "storage/blobcollector.h"
#include "storage/blobstore.h"
#include "storage/filehash.h"
#include "storage/openingcheck.h"
#include "storage/pgbackend.h"
#include "storage/sql.h"
#include "storage/sqlitebackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

const QString &kDatabaseFile = SqliteBackend::kDatabaseFile;

// Reads the header without SQLite, so a file that is not a database is never handed to
// a driver that might try to "repair" or journal it.
Status checkHeader(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error::library(QCoreApplication::translate("habeas::Library", "Cannot read %1: %2")
                                  .arg(QDir::toNativeSeparators(file), f.errorString()));
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error::library(QCoreApplication::translate(
            "habeas::Library", "%1 is not a Habeas library: the file is not an SQLite database.")
                                  .arg(QDir::toNativeSeparators(file)));
    return {};
}

QString damagedMessage(const QString &findings)
{
    return SqliteBackend::damagedMessage(findings);
}

} // namespace

Library::Library(QString path, std::unique_ptr<StorageBackend> backend)
    : m_path(std::move(path))
    , m_backend(std::move(backend))
{
    if (m_backend->kind() == StorageBackend::Kind::Sqlite)
        m_sqlite = static_cast<SqliteBackend *>(m_backend.get());
    m_backend->watchReachability([this](bool reachable) {
        if (m_serverReachable.exchange(reachable) != reachable)
            emit serverReachable(reachable);
    });
}

Status Library::reachServer() const
{
    if (!isServer())
        return {};
    static_cast<const PgBackend &>(*m_backend).tryAgainNow();
    SqlQuery q(database(), u"SELECT 1"_s);
    return q.exec();
}

Library::~Library()
{
    // The background check holds a connection of its own; its answer decides the marker.
    const QString damage = m_backgroundCheck.valid() ? m_backgroundCheck.get() : u"ok"_s;
    m_damages.reset();
    m_evidence.reset();
    m_annotations.reset();
    m_evidenceText.reset();
    m_claims.reset();
    m_events.reset();
    m_cases.reset();
    m_audit.reset();
    m_backend->closeConnections();
    // With every connection of this process closed, a file that passed its check (or was
    // written only through these connections since) is recorded for the next opening.
    if (m_markOnClose && damage == u"ok"_s)
        OpeningCheck::markClosedCleanly(m_path, databasePath());
    else if (m_markOnClose)
        OpeningCheck::removeMarker(m_path);
}

LibraryLocation Library::location() const
{
    return m_backend->location();
}

QString Library::databasePath() const
{
    return m_sqlite ? m_sqlite->databasePath() : QString();
}

QString Library::blobsPath() const
{
    return isServer() ? QString() : QDir(m_path).filePath(u"blobs"_s);
}

BlobStorage &Library::blobs() const
{
    return m_backend->blobs();
}

QString Library::thumbnailPath(const QString &sha256) const
{
    const QString folder = m_backend->thumbnailsPath();
    if (folder.isEmpty() || !BlobStore::isSha256(sha256))
        return {};
    return QDir(folder).filePath(sha256 + u".png"_s);
}

QString Library::scratchPath() const
{
    return m_backend->scratchPath();
}

QString Library::backupsPath() const
{
    return isServer() ? QString() : QDir(m_path).filePath(u"backups"_s);
}

Status Library::checkWritable() const
{
    if (isReadOnly())
        return Error::readOnly(m_readOnlyReason);
    if (const QString found = damage(); !found.isEmpty())
        return Error::library(found);
    return {};
}

QString Library::damage() const
{
    if (!m_backgroundCheck.valid())
        return {}; // checked before open() returned
    const std::shared_future<QString> answer = m_backgroundCheck; // a copy per caller
    const QString &findings = answer.get();
    return findings == u"ok"_s ? QString() : damagedMessage(findings);
}

QString Library::sqliteVersion() const
{
    return m_sqlite ? m_sqlite->engineVersion() : QString();
}

QSqlDatabase Library::database() const
{
    return m_backend->database();
}

namespace {

// Whether `dirPath` can hold the library: a folder, and when there is no library yet (and the
// mode allows creating one) an empty or new one, created here; an existing file's header is
// checked.
Status checkFolder(
    const QString &dirPath, const QString &dbFile, bool exists, Library::OpenMode mode)
{
    const QFileInfo dirInfo(dirPath);
    if (dirInfo.exists() && !dirInfo.isDir())
        return Error::library(
            QCoreApplication::translate("habeas::Library", "%1 is a file, not a library folder.")
                .arg(QDir::toNativeSeparators(dirPath)));

    if (!exists) {
        if (mode != Library::OpenMode::CreateIfMissing)
            return Error::library(
                QCoreApplication::translate("habeas::Library", "There is no Habeas library at %1.")
                    .arg(QDir::toNativeSeparators(dirPath)));
        QDir dir(dirPath);
        if (dir.exists() && !dir.isEmpty())
            return Error::library(QCoreApplication::translate("habeas::Library",
                "%1 is not empty and holds no Habeas library; choose an empty or new folder.")
                                      .arg(QDir::toNativeSeparators(dirPath)));
        if (!QDir().mkpath(dirPath))
            return Error::io(
                QCoreApplication::translate("habeas::Library", "Cannot create the folder %1.")
                    .arg(QDir::toNativeSeparators(dirPath)));
    } else if (auto header =
                   mode == Library::OpenMode::AnotherConnection ? Status() : checkHeader(dbFile);
               !header.ok()) {
        return header.error();
    }
    return {};
}

} // namespace

// The schema brought up to date (a backup first, see migrate()) and the folders made.
Status Library::upgrade(int diskVersion, bool another, const QString &dbFile, bool &migrationFailed)
{
    if (!database().isOpen())
        return Error::library(QCoreApplication::translate(
            "habeas::Library", "Cannot open the library database at %1.")
                                  .arg(QDir::toNativeSeparators(dbFile)));
    if (diskVersion < kSchemaVersion && another)
        return Error::library(QCoreApplication::translate("habeas::Library",
            "The library at %1 has not been brought up to date by the connection that opened it.")
                                  .arg(QDir::toNativeSeparators(m_path)));
    if (diskVersion < kSchemaVersion) {
        if (auto st = migrate(diskVersion); !st.ok()) {
            migrationFailed = true;
            return st;
        }
    }
    QDir dir(m_path);
    for (const QString &sub : { u"blobs"_s, u"thumbs"_s, u"backups"_s })
        if (!dir.mkpath(sub))
            return Error::io(QCoreApplication::translate(
                "habeas::Library", "Cannot create %1 in the library folder.")
                                 .arg(sub));
    return {};
}

Status Library::createStores(bool another)
{
    m_audit = std::make_unique<AuditLog>(*this);
    m_cases = std::make_unique<CaseStore>(*this);
    m_events = std::make_unique<EventStore>(*this);
    m_damages = std::make_unique<DamagesStore>(*this);
    m_evidence = std::make_unique<EvidenceStore>(*this);
    m_claims = std::make_unique<ClaimStore>(*this);
    m_evidenceText = std::make_unique<EvidenceText>(*this);
    m_annotations = std::make_unique<AnnotationStore>(*this);
    m_deadlines = std::make_unique<DeadlineStore>(*this);
    m_review = std::make_unique<ReviewStore>(*this);
    if (!isReadOnly() && !another && !isServer()) {
        // What an interrupted import left half written is removed; so is nothing else.
        BlobCollector::removeStagedLeftovers(blobsPath(), QDateTime::currentDateTimeUtc());
        if (auto st = m_audit->ensureHead(); !st.ok())
            return st;
    }
    return {};
}

Result<std::unique_ptr<Library>> Library::open(const QString &path, OpenMode mode, FileCheck check)
{
    if (path.trimmed().isEmpty())
        return Error::input(
            QCoreApplication::translate("habeas::Library", "No library folder was given."));
    const QString dirPath = QFileInfo(path).absoluteFilePath();
    const QString dbFile = QDir(dirPath).filePath(kDatabaseFile);
    const bool exists = QFileInfo::exists(dbFile);
    const bool another = mode == OpenMode::AnotherConnection;
    if (auto st = checkFolder(dirPath, dbFile, exists, mode); !st.ok())
        return st.error();

    std::unique_ptr<Library> library(
        new Library(dirPath, std::make_unique<SqliteBackend>(dirPath)));
    int diskVersion = 0;
    // Closed by Habeas last, untouched since: the check runs beside the window coming up.
    const bool deferCheck = check == FileCheck::BesideWhenClosedCleanly && exists && !another
        && OpeningCheck::closedCleanly(dirPath, dbFile);
    if (exists) {
        const auto version = library->m_sqlite->probeVersion(another, deferCheck, kSchemaVersion);
        if (!version.ok())
            return version.error();
        diskVersion = version.value();
    }
    library->m_diskVersion = diskVersion;

    if (diskVersion > kSchemaVersion) {
        library->m_readOnlyReason = QCoreApplication::translate("habeas::Library",
            "This library was written by a newer version of Habeas "
            "(schema %1; this version reads up to %2). "
            "It is open read-only; update Habeas to change it.")
                                        .arg(diskVersion)
                                        .arg(kSchemaVersion);
        library->m_sqlite->setReadOnly(true);
    }

    if (!library->isReadOnly()) {
        bool migrationFailed = false;
        if (auto st = library->upgrade(diskVersion, another, dbFile, migrationFailed); !st.ok()) {
            if (migrationFailed && !exists) {
                // A library that could not be created leaves nothing behind.
                library.reset();
                for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s })
                    QFile::remove(dbFile + suffix);
            }
            return st.error();
        }
    } else if (!library->database().isOpen()) {
        return Error::library(QCoreApplication::translate(
            "habeas::Library", "Cannot open the library database at %1.")
                                  .arg(QDir::toNativeSeparators(dbFile)));
    }

    // Started once this process's connection is open (a read-only one needs the -wal the
    // writer made), on a connection of its own; an upgrade has checked the file already.
    if (deferCheck && diskVersion >= kSchemaVersion)
        library->m_backgroundCheck = std::async(std::launch::async, [dbFile] {
            return OpeningCheck::quickCheck(dbFile);
        }).share();
    if (auto st = library->createStores(another); !st.ok()) {
        // Reading a damaged file fails with SQLite's words; the check's are clearer.
        if (const QString found = library->damage(); !found.isEmpty())
            return Error::library(found);
        return st.error();
    }
    library->m_markOnClose = !another;
    return library;
}

Result<std::unique_ptr<Library>> Library::open(
    const LibraryLocation &location, OpenMode mode, FileCheck check)
{
    if (!location.isServer())
        return open(location.folderPath(), mode, check);
    return openServer(location, mode);
}

Result<std::unique_ptr<Library>> Library::openServer(const LibraryLocation &location, OpenMode mode)
{
    auto backend = std::make_unique<PgBackend>(location);
    const auto found = backend->open(mode == OpenMode::CreateIfMissing);
    if (!found.ok())
        return found.error();
    std::unique_ptr<Library> library(new Library(QString(), std::move(backend)));
    library->m_diskVersion = found.value();
    if (auto st = library->createStores(mode == OpenMode::AnotherConnection); !st.ok())
        return st.error();
    return library;
}

Status Library::backup(int fromVersion)
{
    if (!QDir().mkpath(backupsPath()))
        return Error::io(
            QCoreApplication::translate("habeas::Library", "Cannot create the backups folder."));
    const QString stamp = Clock::now().toString(u"yyyyMMdd-HHmmss"_s);
    QString target =
        QDir(backupsPath()).filePath(u"library-v%1-%2.sqlite"_s.arg(fromVersion).arg(stamp));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(backupsPath())
                     .filePath(u"library-v%1-%2-%3.sqlite"_s.arg(fromVersion).arg(stamp).arg(n));
    if (auto st = m_backend->backupTo(target); !st.ok())
        return Error::io(QCoreApplication::translate("habeas::Library",
            "The backup before upgrading the library failed, so nothing was changed: %1")
                             .arg(st.error().message));
    // The audit chain's head goes with the snapshot, so a restored backup is checked as whole.
    if (m_audit)
        m_audit->flushHead();
    const QString head = m_audit ? m_audit->headPath() : QDir(m_path).filePath(AuditLog::kHeadFile);
    if (QFileInfo::exists(head) && !QFile::copy(head, target + u'.' + AuditLog::kHeadFile))
        return Error::io(QCoreApplication::translate("habeas::Library",
            "The backup before upgrading the library failed, so nothing was changed: "
            "cannot copy %1.")
                             .arg(AuditLog::kHeadFile));
    m_backupsMade << target;
    return {};
}

Status Library::migrate(int fromVersion)
{
    if (fromVersion > 0) {
        if (auto st = backup(fromVersion); !st.ok())
            return st;
    }
    return m_sqlite->migrateSchema(fromVersion);
}

Library::CheckReport Library::check() const
{
    CheckReport report;
    report.integrity = m_backend->integrity();
    report.schemaVersion = m_backend->recordedSchemaVersion();
    const AuditLog::Verification v = m_audit->verify();
    report.auditOk = v.ok;
    report.auditMessage = v.message;
    if (isServer()) {
        checkServerBlobs(report);
        return report;
    }
    const BlobStore blobs(blobsPath());
    report.blobProblems = blobs.structuralProblems();
    report.blobStoreOk = report.blobProblems.isEmpty();
    const BlobCollector collector(m_path, database());
    if (const auto found = collector.find(); found.ok()) {
        report.unreferencedBlobs = found->unreferenced;
        report.stagedLeftovers = found->staged;
    } else {
        report.blobStoreOk = false;
        report.blobProblems << found.error().message;
    }
    return report;
}

void Library::checkServerBlobs(CheckReport &report) const
{
    // Every blob re-hashed, as a folder's files are; those no row cites are space to reclaim.
    SqlQuery q(database(), u"SELECT sha256 FROM blobs ORDER BY sha256"_s);
    const auto referenced = BlobCollector(m_path, database()).referencedHashes();
    if (auto st = q.exec(); !st.ok() || !referenced.ok()) {
        report.blobStoreOk = false;
        report.blobProblems << (st.ok() ? referenced.error().message : st.error().message);
        return;
    }
    QStringList stored;
    while (q.next())
        stored << q.value(0).toString();
    for (const QString &sha : std::as_const(stored)) {
        DiscardDevice discard;
        if (auto st = blobs().copyTo(sha, discard); !st.ok())
            report.blobProblems << st.error().message;
        if (!referenced->contains(sha))
            report.unreferencedBlobs << sha;
    }
    report.blobStoreOk = report.blobProblems.isEmpty();
}

Result<Library::RepairReport> Library::repair()
{
    if (auto st = checkWritable(); !st.ok())
        return st.error();
    if (isServer())
        return repairOnServer();
    const BlobCollector collector(m_path, database());
    const auto removed = collector.collect(QDateTime::currentDateTimeUtc());
    if (!removed.ok())
        return removed.error();
    RepairReport report;
    report.removedBlobs = removed->blobs;
    report.removedStaged = removed->staged;
    report.keptRecent = removed->keptRecent;
    if (!report.removedBlobs.isEmpty() || report.removedStaged > 0) {
        const QSqlDatabase db = database();
        const Status st = inTransaction(db, [&]() -> Status {
            return m_audit->append(0, u"library.repair"_s, u"library"_s, 0,
                { { u"removedBlobs"_s, QJsonArray::fromStringList(report.removedBlobs) },
                    { u"removedStaged"_s, report.removedStaged } });
        });
        if (!st.ok())
            return st.error();
    }
    if (!removed->failures.isEmpty())
        return Error::io(removed->failures.join(u'\n'));
    return report;
}

// Only the administrator, who sees every case: a user's view of the originals leaves out the
// exhibits of teams they are not on, so bytes another team still cites would look unreferenced.
Result<Library::RepairReport> Library::repairOnServer()
{
    const QSqlDatabase db = database();
    SqlQuery admin(db, u"SELECT habeas_is_admin()"_s);
    if (auto st = admin.exec(); !st.ok())
        return st.error();
    if (!admin.next() || !admin.value(0).toBool())
        return Error::input(QCoreApplication::translate("habeas::Library",
            "On a server library only its administrator (the role that owns its tables) removes "
            "unreferenced originals, since an exhibit of a case you are not on may cite them: %1 "
            "is not the administrator. Nothing was removed; `library check` without --repair "
            "lists them.")
                                .arg(location().user()));
    RepairReport report;
    const Status st = inTransaction(db, [&]() -> Status {
        const auto removed = BlobCollector(m_path, db).collectOnServer();
        if (!removed.ok())
            return removed.error();
        report.removedBlobs = removed->blobs;
        report.keptRecent = removed->keptRecent;
        if (report.removedBlobs.isEmpty())
            return {};
        return m_audit->append(0, u"library.repair"_s, u"library"_s, 0,
            { { u"removedBlobs"_s, QJsonArray::fromStringList(report.removedBlobs) },
                { u"removedStaged"_s, 0 } });
    });
    if (!st.ok())
        return st.error();
    return report;
}

Status Library::discardUnreferenced(const QStringList &sha256s) const
{
    if (auto st = checkWritable(); !st.ok())
        return st;
    if (isServer()) {
        // The server removes what this user stored and nothing cites; the rest stays for the
        // administrator's `library check --repair`.
        for (const QString &sha : sha256s) {
            if (!BlobStore::isSha256(sha))
                continue;
            SqlQuery discard(database(), u"SELECT habeas_discard_blob(:sha)"_s);
            if (auto st = discard.bind(u":sha"_s, sha).exec(); !st.ok())
                return st;
        }
        return {};
    }
    return BlobCollector(m_path, database()).discard(sha256s);
}

} // namespace habeas
