#include "storage/blobcollector.h"

#include "storage/blobstore.h"
#include "storage/filesync.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

const QString kStagedPrefix = u"incoming-"_s;

QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

bool olderThan(const QFileInfo &info, const QDateTime &now, qint64 secs)
{
    return info.lastModified().secsTo(now) > secs;
}

} // namespace

BlobCollector::BlobCollector(QString libraryPath, const QSqlDatabase &db)
    : m_libraryPath(std::move(libraryPath))
    , m_db(std::move(db))
{
}

QString BlobCollector::blobsPath() const
{
    return QDir(m_libraryPath).filePath(u"blobs"_s);
}

Result<QList<std::pair<QString, QString>>> BlobCollector::citingColumns() const
{
    const auto names = sqlTables(m_db);
    if (!names.ok())
        return names.error();
    QList<std::pair<QString, QString>> citing;
    for (const QString &table : names.value()) {
        if (table == u"blob_holders"_s)
            continue;
        const auto columns = sqlColumns(m_db, table);
        if (!columns.ok())
            return columns.error();
        for (const SqlColumn &c : columns.value()) {
            if (c.name.compare(u"sha256"_s, Qt::CaseInsensitive) == 0
                || c.name.endsWith(u"_sha256"_s, Qt::CaseInsensitive))
                citing.append({ table, c.name });
        }
    }
    return citing;
}

Result<QSet<QString>> BlobCollector::referencedHashes() const
{
    const auto citing = citingColumns();
    if (!citing.ok())
        return citing.error();
    QSet<QString> hashes;
    for (const auto &[table, column] : citing.value()) {
        SqlQuery values(m_db,
            u"SELECT DISTINCT "_s + quoted(column) + u" FROM "_s + quoted(table) + u" WHERE "_s
                + quoted(column) + u" IS NOT NULL"_s);
        if (auto st = values.exec(); !st.ok())
            return st.error();
        while (values.next())
            hashes.insert(values.value(0).toString().toLower());
    }
    return hashes;
}

Result<BlobCollector::Findings> BlobCollector::find() const
{
    const auto referenced = referencedHashes();
    if (!referenced.ok())
        return referenced.error();
    Findings findings;
    QDirIterator it(
        blobsPath(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString name = it.fileName();
        if (name.startsWith(kStagedPrefix)
            && it.fileInfo().dir().absolutePath() == QDir(blobsPath()).absolutePath())
            findings.staged << name;
        else if (BlobStore::isSha256(name) && !referenced->contains(name))
            findings.unreferenced << name;
    }
    findings.unreferenced.sort();
    findings.staged.sort();
    return findings;
}

bool BlobCollector::removeBlob(const QString &sha256, QStringList *failures) const
{
    const QString path = BlobStore(blobsPath()).pathFor(sha256);
    // Blobs are read-only; Windows refuses to delete a read-only file.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile file(path);
    if (!file.remove()) {
        QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        if (failures)
            *failures << QCoreApplication::translate(
                "habeas::BlobCollector", "Cannot remove %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // Its thumbnail is derived from it and goes with it.
    QFile::remove(QDir(m_libraryPath).filePath(u"thumbs/"_s + sha256 + u".png"_s));
    return true;
}

Result<BlobCollector::Removed> BlobCollector::collect(const QDateTime &now) const
{
    const auto found = find();
    if (!found.ok())
        return found.error();
    Removed removed;
    const BlobStore store(blobsPath());
    QSet<QString> folders;
    for (const QString &sha : found->unreferenced) {
        if (!olderThan(QFileInfo(store.pathFor(sha)), now, kBlobGraceSecs)) {
            ++removed.keptRecent;
            continue;
        }
        if (removeBlob(sha, &removed.failures)) {
            removed.blobs << sha;
            folders.insert(QFileInfo(store.pathFor(sha)).absolutePath());
        }
    }
    for (const QString &name : found->staged) {
        const QString path = QDir(blobsPath()).filePath(name);
        if (!olderThan(QFileInfo(path), now, kStagedGraceSecs)) {
            ++removed.keptRecent;
            continue;
        }
        if (QFile::remove(path))
            ++removed.staged;
        else
            removed.failures << QCoreApplication::translate(
                "habeas::BlobCollector", "Cannot remove %1.")
                                    .arg(QDir::toNativeSeparators(path));
    }
    for (const QString &folder : std::as_const(folders))
        (void)FileSync::syncDirectory(folder);
    return removed;
}

int BlobCollector::removeStagedLeftovers(const QString &blobsPath, const QDateTime &now)
{
    int count = 0;
    const QFileInfoList leftovers = QDir(blobsPath).entryInfoList(
        { kStagedPrefix + u'*' }, QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &info : leftovers)
        if (olderThan(info, now, kStagedGraceSecs) && QFile::remove(info.absoluteFilePath()))
            ++count;
    return count;
}

Status BlobCollector::discard(const QStringList &hashes) const
{
    if (hashes.isEmpty())
        return {};
    const auto referenced = referencedHashes();
    if (!referenced.ok())
        return referenced.error();
    QStringList failures;
    for (const QString &sha : hashes)
        if (BlobStore::isSha256(sha) && !referenced->contains(sha)
            && QFileInfo::exists(BlobStore(blobsPath()).pathFor(sha)))
            removeBlob(sha, &failures);
    if (!failures.isEmpty())
        return Error::io(failures.join(u'\n'));
    return {};
}

Result<BlobCollector::Removed> BlobCollector::collectOnServer() const
{
    const auto citing = citingColumns();
    if (!citing.ok())
        return citing.error();
    // SHARE: no row that cites a blob is written until the collection commits, and one being
    // written now is waited for (and then seen). SHARE ROW EXCLUSIVE on blobs: no original is
    // stored or restarted meanwhile.
    QStringList tables;
    for (const auto &cited : citing.value())
        if (!tables.contains(quoted(cited.first)))
            tables << quoted(cited.first);
    // LOCK is not a statement the server prepares: executed as it is.
    const QStringList locks { u"LOCK TABLE "_s + tables.join(u", "_s) + u" IN SHARE MODE"_s,
        u"LOCK TABLE blobs IN SHARE ROW EXCLUSIVE MODE"_s };
    for (const QString &lock : locks) {
        QSqlQuery q(m_db);
        if (!q.exec(lock))
            return sqlError(q.lastError());
    }
    const auto referenced = referencedHashes();
    if (!referenced.ok())
        return referenced.error();
    SqlQuery stored(m_db,
        u"SELECT sha256, stored_at < now() - make_interval(secs => :grace) FROM blobs "
        "ORDER BY sha256"_s);
    if (auto st = stored.bind(u":grace"_s, kBlobGraceSecs).exec(); !st.ok())
        return st.error();
    Removed removed;
    QStringList old;
    while (stored.next()) {
        const QString sha = stored.value(0).toString();
        if (referenced->contains(sha))
            continue;
        if (stored.value(1).toBool())
            old << sha;
        else
            ++removed.keptRecent;
    }
    for (const QString &sha : std::as_const(old)) {
        for (const QString &sql : { u"DELETE FROM blob_holders WHERE sha256 = :sha"_s,
                 u"DELETE FROM blobs WHERE sha256 = :sha"_s }) { // its chunks cascade
            SqlQuery del(m_db, sql);
            if (auto st = del.bind(u":sha"_s, sha).exec(); !st.ok())
                return st.error();
        }
        removed.blobs << sha;
    }
    return removed;
}

} // namespace habeas
