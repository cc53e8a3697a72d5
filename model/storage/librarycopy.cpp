#include "storage/librarycopy.h"

#include "core/clock.h"
#include "storage/auditlog.h"
#include "storage/blobcollector.h"
#include "storage/library.h"
#include "storage/librarytables.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"
#include "storage/storagebackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

// Swallows what it is given: a blob re-hashed on the destination (copyTo checks it against its
// SHA-256 on the way) without keeping its bytes.
class HashSink final : public QIODevice {
public:
    HashSink() { open(QIODevice::WriteOnly); }
    qint64 written = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        written += len;
        return len;
    }
};

// The cases of a server library carry their teams to a server, not to a folder (which has
// none), and a folder's cases get the copying role as lead on a server.
const QString kTeams = u"case_members"_s;
// A server's register keys go to a server as rows; a folder keeps its keys in files beside
// library.sqlite, never in it, so anything else goes through the backends (carryRegisterKeys).
const QString kRegisterKeys = u"register_case_keys"_s;

class Copier {
public:
    Copier(Library &src, Library &dst, const LibraryCopy::Progress &progress,
        LibraryCopy::Report &report)
        : m_src(src)
        , m_dst(dst)
        , m_srcDb(src.database())
        , m_dstDb(dst.database())
        , m_progress(progress)
        , m_report(report)
    {
    }

    Status prepare();
    // Inside the destination's transaction: rows, originals, teams, identities, verification
    // (a mismatch sets report.mismatch and fails), the copy's own audit entry.
    Status run();

private:
    Status say(const QString &line) const
    {
        if (m_progress && !m_progress(line))
            return Error::library(QCoreApplication::translate(
                "habeas::LibraryCopy", "The copy was stopped; nothing was kept."));
        return {};
    }
    bool carriesTeams() const { return m_src.isServer() == m_dst.isServer(); }
    Status switchCaseTriggers(bool on) const;
    Status copyTable(const QString &table);
    Status insertBatch(
        const QString &table, const QStringList &columns, QVariantList &values, int rows) const;
    Status copyBlobs();
    Status placeTeams();
    Status carryRegisterKeys();
    Status moveIdentities() const;
    Status verify();

    Library &m_src;
    Library &m_dst;
    QSqlDatabase m_srcDb;
    QSqlDatabase m_dstDb;
    const LibraryCopy::Progress &m_progress;
    LibraryCopy::Report &m_report;
    QStringList m_tables; // in foreign-key order
    QHash<QString, QStringList> m_columns;
};

Status adminOnServer(const Library &library, const QString &what)
{
    if (!library.isServer())
        return {};
    SqlQuery q(library.database(), u"SELECT habeas_is_admin()"_s);
    if (auto st = q.exec(); !st.ok())
        return st;
    if (q.next() && q.value(0).toBool())
        return {};
    return Error::input(QCoreApplication::translate("habeas::LibraryCopy",
        "Copying a server library takes its administrator (the role that owns its tables): "
        "%1 is not the administrator of %2; nothing was changed.")
                            .arg(library.location().user(), what));
}

Status Copier::prepare()
{
    const auto srcTables = LibraryTables::dataTables(m_srcDb);
    const auto dstTables = LibraryTables::dataTables(m_dstDb);
    if (!srcTables.ok())
        return srcTables.error();
    if (!dstTables.ok())
        return dstTables.error();
    QStringList common;
    for (const QString &t : srcTables.value()) {
        if (dstTables->contains(t) && (t != kTeams || carriesTeams())
            && (t != kRegisterKeys || carriesTeams()))
            common << t;
    }
    const auto ordered = LibraryTables::inForeignKeyOrder(m_srcDb, common);
    if (!ordered.ok())
        return ordered.error();
    m_tables = ordered.value();
    for (const QString &t : std::as_const(m_tables)) {
        const auto cols = sqlColumns(m_srcDb, t);
        const auto dstCols = sqlColumns(m_dstDb, t);
        if (!cols.ok())
            return cols.error();
        if (!dstCols.ok())
            return dstCols.error();
        QStringList names;
        QStringList dstNames;
        for (const SqlColumn &c : cols.value())
            names << c.name;
        for (const SqlColumn &c : dstCols.value())
            dstNames << c.name;
        if (names != dstNames)
            return Error::library(QCoreApplication::translate("habeas::LibraryCopy",
                "The table %1 has other columns on the destination (%2) "
                "than on the source (%3); nothing was changed.")
                                      .arg(t, dstNames.join(u", "_s), names.join(u", "_s)));
        m_columns.insert(t, names);
        // Only library_meta holds rows in a new library (when and by what it was made).
        if (t == u"library_meta"_s)
            continue;
        SqlQuery any(m_dstDb, u"SELECT 1 FROM "_s + quoted(t) + u" LIMIT 1"_s);
        if (auto st = any.exec(); !st.ok())
            return st;
        if (any.next())
            return Error::input(QCoreApplication::translate("habeas::LibraryCopy",
                "%1 already holds a library with records (the table %2 has "
                "rows); a copy goes into an empty one. Nothing was changed.")
                                    .arg(m_report.destination, t));
    }
    return {};
}

// On a server the cases' triggers name the inserting role as the opener and lead, and the
// versioned rows' (row_writer) the inserting role as their last writer; a copy keeps the
// source's opener and writers and places the teams itself (placeTeams). Inside the
// transaction, so a failure switches them back on with the rollback.
Status Copier::switchCaseTriggers(bool on) const
{
    if (!m_dst.isServer())
        return {};
    QSqlQuery q(m_dstDb);
    const QString verb = on ? u"ENABLE"_s : u"DISABLE"_s;
    QList<std::pair<QString, QString>> triggers { { u"cases"_s, u"cases_opened_by"_s },
        { u"cases"_s, u"cases_lead"_s } };
    if (!q.exec(u"SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE t.tgname = 'row_writer' AND c.relnamespace = current_schema()::regnamespace "
                "ORDER BY 1"_s))
        return sqlError(q.lastError());
    while (q.next())
        triggers.append({ q.value(0).toString(), u"row_writer"_s });
    for (const auto &[table, trigger] : std::as_const(triggers)) {
        if (!q.exec(u"ALTER TABLE %1 %2 TRIGGER %3"_s.arg(quoted(table), verb, trigger)))
            return sqlError(q.lastError());
    }
    return {};
}

Status Copier::insertBatch(
    const QString &table, const QStringList &columns, QVariantList &values, int rows) const
{
    QStringList cols;
    for (const QString &c : columns)
        cols << quoted(c);
    const QString one = u'(' + QStringList(columns.size(), u"?"_s).join(u", "_s) + u')';
    QSqlQuery q(m_dstDb);
    if (!q.prepare(u"INSERT INTO "_s + quoted(table) + u" ("_s + cols.join(u", "_s) + u") VALUES "_s
            + QStringList(rows, one).join(u", "_s)))
        return sqlError(q.lastError());
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    values.clear();
    if (!q.exec())
        return sqlError(q.lastError());
    return {};
}

Status Copier::copyTable(const QString &table)
{
    const QStringList columns = m_columns.value(table);
    QStringList cols;
    for (const QString &c : columns)
        cols << quoted(c);
    QSqlQuery rows(m_srcDb);
    rows.setForwardOnly(true);
    if (!rows.exec(u"SELECT "_s + cols.join(u", "_s) + u" FROM "_s + quoted(table)))
        return sqlError(rows.lastError());
    const int perBatch = std::clamp(int(400 / std::max<qsizetype>(1, columns.size())), 1, 100);
    QVariantList batch;
    int inBatch = 0;
    qint64 copied = 0;
    qint64 said = 0;
    while (rows.next()) {
        for (int i = 0; i < columns.size(); ++i)
            batch << rows.value(i);
        if (++inBatch < perBatch)
            continue;
        if (auto st = insertBatch(table, columns, batch, inBatch); !st.ok())
            return st;
        copied += inBatch;
        inBatch = 0;
        if (copied - said < 20000)
            continue;
        said = copied;
        const int count = int(copied);
        if (auto st = say(
                QCoreApplication::translate("habeas::LibraryCopy", "%1: %n row(s)…", nullptr, count)
                    .arg(table));
            !st.ok())
            return st;
    }
    if (rows.lastError().isValid())
        return sqlError(rows.lastError());
    rows.finish();
    if (inBatch > 0) {
        if (auto st = insertBatch(table, columns, batch, inBatch); !st.ok())
            return st;
        copied += inBatch;
    }
    const int count = int(copied);
    return say(
        QCoreApplication::translate("habeas::LibraryCopy", "%1: %n row(s) copied", nullptr, count)
            .arg(table));
}

// Every original the copied rows cite, streamed: a folder's stored file read as it is, a
// server's through a temporary file (never whole in memory), put on the destination (which
// hashes it again) and checked to land under the same SHA-256.
Status Copier::copyBlobs()
{
    const auto cited = BlobCollector(QString(), m_dstDb).referencedHashes();
    if (!cited.ok())
        return cited.error();
    QStringList hashes = cited->values();
    hashes.sort();
    for (const QString &sha : std::as_const(hashes)) {
        std::unique_ptr<QFile> source;
        if (m_src.isServer()) {
            auto spool = std::make_unique<QTemporaryFile>();
            if (!spool->open())
                return Error::io(QCoreApplication::translate(
                    "habeas::LibraryCopy", "Cannot make a temporary file: %1")
                                     .arg(spool->errorString()));
            if (auto st = m_src.blobs().copyTo(sha, *spool); !st.ok())
                return st;
            spool->seek(0);
            source = std::move(spool);
        } else {
            const auto file = m_src.blobs().localFile(sha);
            if (!file.ok())
                return file.error();
            source = std::make_unique<QFile>(file.value());
            if (!source->open(QIODevice::ReadOnly))
                return Error::io(
                    QCoreApplication::translate("habeas::LibraryCopy", "Cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(file.value()), source->errorString()));
        }
        const auto put = m_dst.blobs().put(*source);
        if (!put.ok())
            return put.error();
        if (put.value() != sha)
            return Error::library(QCoreApplication::translate(
                "habeas::LibraryCopy", "The original %1 read from the source hashes to %2.")
                                      .arg(sha, put.value()));
        ++m_report.blobs;
        if (m_report.blobs % 50 == 0)
            if (auto st =
                    say(QCoreApplication::translate("habeas::LibraryCopy", "originals: %1 of %2")
                            .arg(m_report.blobs)
                            .arg(hashes.size()));
                !st.ok())
                return st;
    }
    const int count = int(m_report.blobs);
    return say(
        QCoreApplication::translate("habeas::LibraryCopy", "originals: %n copied", nullptr, count));
}

Status Copier::placeTeams()
{
    if (m_dst.isServer() && !m_src.isServer()) {
        SqlQuery who(m_dstDb, u"SELECT current_user"_s);
        if (auto st = who.exec(); !st.ok() || !who.next())
            return st.ok() ? Error::library(QCoreApplication::translate(
                       "habeas::LibraryCopy", "The server did not say who is copying."))
                           : st;
        m_report.lead = who.value(0).toString();
        SqlQuery lead(m_dstDb,
            u"INSERT INTO case_members (case_id, member, role, granted_by, granted_at) "
            "SELECT id, current_user, 'lead', current_user, :now FROM cases"_s);
        lead.bind(u":now"_s, Clock::isoNow());
        if (auto st = lead.exec(); !st.ok())
            return st;
        m_report.casesLed = lead.numRowsAffected();
    } else if (m_src.isServer() && !m_dst.isServer()) {
        SqlQuery places(m_srcDb, u"SELECT count(*) FROM case_members"_s);
        if (auto st = places.exec(); !st.ok())
            return st;
        m_report.teamPlacesLeft = places.next() ? places.value(0).toLongLong() : 0;
    }
    return {};
}

// The registers' keys go where the destination keeps them (StorageBackend::registerKey): each
// case with a register takes its key along, so `register find` works after the copy. Between
// two servers they are rows of register_case_keys, copied with the other tables.
Status Copier::carryRegisterKeys()
{
    if (m_src.isServer() && m_dst.isServer())
        return {};
    SqlQuery cases(m_srcDb, u"SELECT DISTINCT case_id FROM register_imports ORDER BY case_id"_s);
    const auto ids = cases.ids();
    if (!ids.ok())
        return ids.error();
    for (const qint64 caseId : ids.value()) {
        const auto key = m_src.backend().registerKey(caseId);
        if (!key.ok() && key.error().kind == Error::Kind::NotFound)
            continue; // its figures come along; `find` needs the register imported again
        if (!key.ok())
            return key.error();
        if (auto st = m_dst.backend().storeRegisterKey(caseId, key.value()); !st.ok())
            return st;
    }
    return {};
}

// Ids were written as the source had them: each identity moves past the largest.
Status Copier::moveIdentities() const
{
    if (!m_dst.isServer())
        return {};
    for (const QString &t : m_tables) {
        SqlQuery ids(m_dstDb,
            u"SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = :t AND is_identity = 'YES'"_s);
        ids.bind(u":t"_s, t);
        if (auto st = ids.exec(); !st.ok())
            return st;
        QStringList columns;
        while (ids.next())
            columns << ids.value(0).toString();
        for (const QString &column : std::as_const(columns)) {
            SqlQuery move(m_dstDb,
                u"SELECT setval(pg_get_serial_sequence(:t, :c), max(%1)) FROM %2"_s.arg(
                    quoted(column), quoted(t)));
            move.bind(u":t"_s, t).bind(u":c"_s, column);
            if (auto st = move.exec(); !st.ok())
                return st;
        }
    }
    return {};
}

Status Copier::verify()
{
    for (const QString &t : std::as_const(m_tables)) {
        const auto a = LibraryTables::digest(m_srcDb, t, m_columns.value(t));
        if (!a.ok())
            return a.error();
        const auto b = LibraryTables::digest(m_dstDb, t, m_columns.value(t));
        if (!b.ok())
            return b.error();
        if (a->rows != b->rows || a->sha256 != b->sha256) {
            m_report.mismatch = t;
            return Error::library(QCoreApplication::translate("habeas::LibraryCopy",
                "The copy of the table %1 does not match its source (%2 "
                "rows there, %3 here); nothing was kept.")
                                      .arg(t)
                                      .arg(a->rows)
                                      .arg(b->rows));
        }
        m_report.tables.append({ t, a->rows, QString::fromLatin1(a->sha256) });
    }
    const auto cited = BlobCollector(QString(), m_dstDb).referencedHashes();
    if (!cited.ok())
        return cited.error();
    for (const QString &sha : cited.value()) {
        HashSink sink;
        if (auto st = m_dst.blobs().copyTo(sha, sink); !st.ok()) {
            m_report.mismatch = u"blobs"_s;
            return st;
        }
        m_report.blobBytes += sink.written;
    }
    return say(QCoreApplication::translate(
        "habeas::LibraryCopy", "verified: %1 tables, %2 originals re-hashed")
                   .arg(m_report.tables.size())
                   .arg(cited->size()));
}

Status Copier::run()
{
    if (auto st = switchCaseTriggers(false); !st.ok())
        return st;
    QSqlQuery clear(m_dstDb);
    if (!clear.exec(u"DELETE FROM library_meta"_s))
        return sqlError(clear.lastError());
    for (const QString &t : std::as_const(m_tables)) {
        if (auto st = copyTable(t); !st.ok())
            return st;
    }
    for (auto step : { &Copier::copyBlobs, &Copier::placeTeams, &Copier::carryRegisterKeys }) {
        if (auto st = (this->*step)(); !st.ok())
            return st;
    }
    if (auto st = moveIdentities(); !st.ok())
        return st;
    if (auto st = switchCaseTriggers(true); !st.ok())
        return st;
    if (auto st = verify(); !st.ok())
        return st;
    // After the comparison: the destination's chain is the source's and then this entry.
    return m_dst.audit().append(0, u"library.copy"_s, u"library"_s, 0,
        QJsonObject { { u"from"_s, m_report.source }, { u"tables"_s, m_report.tables.size() },
            { u"originals"_s, m_report.blobs }, { u"lead"_s, m_report.lead } });
}

Result<std::unique_ptr<Library>> openSource(const LibraryLocation &from)
{
    auto library = Library::open(from, Library::OpenMode::ExistingOnly);
    if (!library.ok())
        return library.error();
    // A newer Habeas's library opens read-only here: its tables are not this version's.
    if (library.value()->isReadOnly())
        return Error::input(
            QCoreApplication::translate("habeas::LibraryCopy", "%1 Nothing was copied.")
                .arg(library.value()->readOnlyReason()));
    if (auto st = adminOnServer(*library.value(), from.toString()); !st.ok())
        return st.error();
    return library;
}

// Prepares, copies and verifies in one transaction of the destination; a mismatch is a
// report (what did not match), any other failure an error.
Result<LibraryCopy::Report> copyInto(
    Library &src, Library &dst, const LibraryCopy::Progress &progress, LibraryCopy::Report report)
{
    if (dst.backend().recordedSchemaVersion() != src.backend().recordedSchemaVersion())
        return Error::library(QCoreApplication::translate(
            "habeas::LibraryCopy", "The destination is of schema %1, the source of schema %2.")
                                  .arg(dst.backend().recordedSchemaVersion())
                                  .arg(src.backend().recordedSchemaVersion()));
    report.schemaVersion = src.backend().recordedSchemaVersion();
    Copier copier(src, dst, progress, report);
    if (auto st = copier.prepare(); !st.ok())
        return st.error();
    const Status done = inTransaction(dst.database(), [&] { return copier.run(); });
    if (!report.mismatch.isEmpty())
        return report;
    if (!done.ok())
        return done.error();
    return report;
}

Status emptyFolder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (QFileInfo::exists(QDir(path).filePath(u"library.sqlite"_s)))
        return Error::input(QCoreApplication::translate("habeas::LibraryCopy",
            "%1 already holds a library; a copy goes into an empty folder. Nothing was changed.")
                                .arg(QDir::toNativeSeparators(path)));
    if (!info.isDir()
        || !QDir(path).isEmpty(
            QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return Error::input(QCoreApplication::translate("habeas::LibraryCopy",
            "%1 is not an empty folder; a copy goes into a new or empty "
            "folder. Nothing was changed.")
                                .arg(QDir::toNativeSeparators(path)));
    return {};
}

// The library is built in a folder beside the destination and renamed into place once it is
// verified and closed: stopped or failed, no library is at the destination.
Result<LibraryCopy::Report> copyIntoFolder(Library &src, const QString &path,
    const LibraryCopy::Progress &progress, const LibraryCopy::Report &report)
{
    if (auto st = emptyFolder(path); !st.ok())
        return st.error();
    const QString parent = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(parent))
        return Error::io(
            QCoreApplication::translate("habeas::LibraryCopy", "Cannot create the folder %1.")
                .arg(QDir::toNativeSeparators(parent)));
    QTemporaryDir staging(QDir(parent).filePath(u".habeas-copy-XXXXXX"_s));
    if (!staging.isValid())
        return Error::io(
            QCoreApplication::translate("habeas::LibraryCopy", "Cannot create a folder in %1: %2")
                .arg(QDir::toNativeSeparators(parent), staging.errorString()));
    Result<LibraryCopy::Report> copied = Error::library(QString());
    {
        auto dst = Library::open(staging.path(), Library::OpenMode::CreateIfMissing);
        if (!dst.ok())
            return dst.error();
        copied = copyInto(src, *dst.value(), progress, report);
        dst.value()->audit().flushHead();
    }
    if (!copied.ok() || !copied->verified())
        return copied;
    if (QFileInfo::exists(path) && !QDir().rmdir(path))
        return Error::io(QCoreApplication::translate(
            "habeas::LibraryCopy", "Cannot replace the empty folder %1.")
                             .arg(QDir::toNativeSeparators(path)));
    if (!QDir().rename(staging.path(), path))
        return Error::io(
            QCoreApplication::translate(
                "habeas::LibraryCopy", "Cannot move the copied library from %1 to %2.")
                .arg(QDir::toNativeSeparators(staging.path()), QDir::toNativeSeparators(path)));
    staging.setAutoRemove(false);
    return copied;
}

} // namespace

Result<LibraryCopy::Report> LibraryCopy::copy(
    const LibraryLocation &from, const LibraryLocation &to, const Progress &progress)
{
    const bool same = from.isServer() ? from == to
                                      : !to.isServer()
            && QFileInfo(from.folderPath()).absoluteFilePath()
                == QFileInfo(to.folderPath()).absoluteFilePath();
    if (same)
        return Error::input(QCoreApplication::translate(
            "habeas::LibraryCopy", "The source and the destination are the same library."));
    auto src = openSource(from);
    if (!src.ok())
        return src.error();
    Report report;
    report.source =
        from.isServer() ? from.toString() : QDir::toNativeSeparators(src.value()->path());
    report.destination = to.isServer()
        ? to.toString()
        : QDir::toNativeSeparators(QFileInfo(to.folderPath()).absoluteFilePath());
    if (!to.isServer())
        return copyIntoFolder(
            *src.value(), QFileInfo(to.folderPath()).absoluteFilePath(), progress, report);
    auto dst = Library::open(to, Library::OpenMode::CreateIfMissing);
    if (!dst.ok())
        return dst.error();
    if (auto st = adminOnServer(*dst.value(), report.destination); !st.ok())
        return st.error();
    return copyInto(*src.value(), *dst.value(), progress, report);
}

} // namespace habeas
