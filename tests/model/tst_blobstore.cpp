#include "cases/casestore.h"
#include "evidence/evidencestore.h"
#include "storage/auditlog.h"
#include "storage/blobcollector.h"
#include "storage/blobstore.h"
#include "storage/filesync.h"
#include "storage/storagebackend.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

// The evidence store's durability and its garbage collection.
class TstBlobStore final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { pinClock(); }
    void init();
    void cleanup() { m_lib.reset(); }
    void syncsFilesAndFolders();
    void writesAtomically();
    void theSameBytesStagedAtOnceAreStoredOnce();
    void checkReportsUnreferencedBlobsWithoutFailing();
    void repairRemovesOnlyOldUnreferencedBlobs();
    void everyTableThatCitesABlobKeepsIt();
    void staleStagedFilesGoAtOpen();
    void anotherConnectionRepeatsNoCheckOrCleanUp();
    void discardKeepsWhatARowCites();
    void aRecordNeverCitesAMissingBlob();

private:
    bool server() const { return (*m_lib)->isServer(); }
    QString putBytes(const QByteArray &bytes);
    void age(const QString &file, int secs);
    // A stored original made older: its file's time in a folder, its stored_at on a server.
    void ageBlob(const QString &sha256, int secs);
    bool holds(const QString &sha256) { return (*m_lib)->blobs().has(sha256); }
    std::unique_ptr<TempLibrary> m_lib;
    qint64 m_case = 0;
    QString m_cited;
};

QString TstBlobStore::putBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto sha = (*m_lib)->blobs().put(buffer);
    return sha.ok() ? sha.value() : QString();
}

void TstBlobStore::ageBlob(const QString &sha256, int secs)
{
    if (!server()) {
        age(BlobStore((*m_lib)->blobsPath()).pathFor(sha256), secs);
        return;
    }
    QSqlQuery q((*m_lib)->database());
    QVERIFY(q.exec(u"UPDATE blobs SET stored_at = now() - make_interval(secs => %1) "
                   "WHERE sha256 = '%2'"_s.arg(secs)
                       .arg(sha256)));
    QCOMPARE(q.numRowsAffected(), 1);
}

void TstBlobStore::age(const QString &file, int secs)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.setFileTime(
        QDateTime::currentDateTimeUtc().addSecs(-secs), QFileDevice::FileModificationTime));
}

void TstBlobStore::init()
{
    m_lib = std::make_unique<TempLibrary>();
    CaseRecord c;
    c.title = u"罗某诉某公司"_s;
    m_case = (*m_lib)->cases().createCase(c).value();
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("first-login page screenshot");
    file.close();
    const ImportOutcome o = (*m_lib)->evidence().importFile(m_case, file.fileName(), {});
    QCOMPARE(o.kind, ImportOutcome::Kind::Imported);
    m_cited = o.sha256;
}

void TstBlobStore::syncsFilesAndFolders()
{
    if (server())
        QSKIP("a folder library's files (a server keeps no originals in files)");
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("bytes");
    QVERIFY(FileSync::syncFile(file).ok());
    QVERIFY(FileSync::syncDirectory((*m_lib)->blobsPath()).ok());
    file.close();
    const Status closed = FileSync::syncFile(file);
    QVERIFY(!closed.ok());
    QCOMPARE(closed.error().kind, Error::Kind::Io);
    const Status missing = FileSync::syncDirectory((*m_lib)->path() + u"/no-such-folder"_s);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(u"no-such-folder"_s));
}

void TstBlobStore::writesAtomically()
{
    if (server())
        QSKIP("a folder library's files (a server keeps no originals in files)");
    const QString path = (*m_lib)->path() + u"/note"_s;
    QVERIFY(FileSync::writeAtomically(path, "one").ok());
    QVERIFY(FileSync::writeAtomically(path, "two").ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("two"));
    QCOMPARE(QDir((*m_lib)->path()).entryList({ u"note*"_s }, QDir::Files | QDir::Hidden),
        QStringList { u"note"_s });
    QVERIFY(!FileSync::writeAtomically((*m_lib)->path() + u"/missing/note"_s, "x").ok());
}

// One file named twice in one import is staged on two threads at once: both copies hash the
// same, one name wins the rename, and the other is that same file, not an error.
void TstBlobStore::theSameBytesStagedAtOnceAreStoredOnce()
{
    if (server())
        QSKIP("a folder library's files (a server keeps no originals in files)");
    const QString root = (*m_lib)->blobsPath();
    for (int round = 0; round < 40; ++round) {
        const QByteArray bytes = "营销短信截图 " + QByteArray::number(round);
        const QList<Result<QString>> puts =
            QtConcurrent::blockingMapped(QList<int>(8, 0), [&root, &bytes](int) {
                QBuffer source;
                source.setData(bytes);
                source.open(QIODevice::ReadOnly);
                return BlobStore(root).put(source);
            });
        for (const Result<QString> &put : puts) {
            QCOMPARE(put.ok() ? QString() : put.error().message, QString());
            QCOMPARE(put.value(), puts.constFirst().value());
        }
        QFile stored(BlobStore(root).pathFor(puts.constFirst().value()));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), bytes);
    }
    QCOMPARE(QDir(root).entryList({ u"incoming-*"_s }, QDir::Files | QDir::Hidden), QStringList());
}

void TstBlobStore::checkReportsUnreferencedBlobsWithoutFailing()
{
    const QString orphan = putBytes("a copy from a cancelled import");
    QVERIFY(!orphan.isEmpty());
    const Library::CheckReport r = (*m_lib)->check();
    QVERIFY2(r.ok(), qPrintable(r.blobProblems.join(u'\n') + r.auditMessage));
    QCOMPARE(r.unreferencedBlobs, QStringList { orphan });
    QVERIFY(r.stagedLeftovers.isEmpty());
}

void TstBlobStore::repairRemovesOnlyOldUnreferencedBlobs()
{
    const QString recent = putBytes("staged a minute ago");
    const QString old = putBytes("staged yesterday");
    ageBlob(old, 24 * 3600);
    ageBlob(m_cited, 24 * 3600);
    const QString staged = (*m_lib)->blobsPath() + u"/incoming-AbC123"_s;
    if (!server()) { // a server stages nothing in files
        QFile f(staged);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("half a file");
        f.close();
        age(staged, 3600);
    }

    const auto repaired = (*m_lib)->repair();
    QVERIFY2(repaired.ok(), qPrintable(repaired.ok() ? QString() : repaired.error().message));
    QCOMPARE(repaired->removedBlobs, QStringList { old });
    QCOMPARE(repaired->removedStaged, server() ? 0 : 1);
    QCOMPARE(repaired->keptRecent, 1);
    QVERIFY(!holds(old));
    QVERIFY(!QFileInfo::exists(staged));
    QVERIFY(holds(recent));
    QVERIFY(holds(m_cited));
    QVERIFY((*m_lib)->evidence().verify().ok());
    // The removal is on the record, and the library still checks clean.
    const auto entries = (*m_lib)->audit().list();
    QCOMPARE(entries->last().action, u"library.repair"_s);
    QCOMPARE(entries->last().detail.value(u"removedBlobs"_s).toArray().first().toString(), old);
    const Library::CheckReport r = (*m_lib)->check();
    QVERIFY(r.ok());
    QCOMPARE(r.unreferencedBlobs, QStringList { recent });
    // Nothing to remove: nothing is recorded either.
    const qsizetype before = entries->size();
    QVERIFY((*m_lib)->repair().ok());
    QCOMPARE((*m_lib)->audit().list()->size(), before);
    // Storing the same bytes again restarts their grace: an exhibit is about to cite them.
    ageBlob(recent, 24 * 3600);
    QCOMPARE(putBytes("staged a minute ago"), recent);
    const auto again = (*m_lib)->repair();
    QVERIFY(again.ok());
    QVERIFY(again->removedBlobs.isEmpty());
    QVERIFY(holds(recent));
}

void TstBlobStore::everyTableThatCitesABlobKeepsIt()
{
    const QString document = putBytes("a generated complaint");
    QSqlQuery q((*m_lib)->database());
    QVERIFY(q.prepare(u"INSERT INTO documents (case_id, template, format, path, sha256, "
                      "created_at) VALUES (?, 'complaint', 'pdf', '/tmp/x.pdf', ?, 'now')"_s));
    q.addBindValue(m_case);
    q.addBindValue(document);
    QVERIFY(q.exec());
    // A trashed exhibit is still cited: it can be restored.
    const auto items = (*m_lib)->evidence().items(m_case);
    QVERIFY((*m_lib)->evidence().trashItem(items->first().id).ok());
    for (const QString &sha : { document, m_cited })
        ageBlob(sha, 24 * 3600);
    const auto hashes = BlobCollector((*m_lib)->path(), (*m_lib)->database()).referencedHashes();
    QVERIFY(hashes.ok());
    QVERIFY(hashes->contains(document));
    QVERIFY(hashes->contains(m_cited));
    const auto repaired = (*m_lib)->repair();
    QVERIFY(repaired.ok());
    QVERIFY(repaired->removedBlobs.isEmpty());
    QVERIFY(holds(document));
    QVERIFY(holds(m_cited));
}

void TstBlobStore::staleStagedFilesGoAtOpen()
{
    if (server())
        QSKIP("a folder library's files (a server keeps no originals in files)");
    const QString stale = (*m_lib)->blobsPath() + u"/incoming-old111"_s;
    const QString live = (*m_lib)->blobsPath() + u"/incoming-new222"_s;
    for (const QString &path : { stale, live }) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("partial");
    }
    age(stale, 3600);
    QCOMPARE((*m_lib)->check().stagedLeftovers,
        (QStringList { u"incoming-new222"_s, u"incoming-old111"_s }));
    const QString path = m_lib->path();
    m_lib->library.reset();
    auto reopened = Library::open(path, Library::OpenMode::ExistingOnly);
    QVERIFY(reopened.ok());
    QVERIFY(!QFileInfo::exists(stale));
    QVERIFY(QFileInfo::exists(live)); // another process may still be writing it
    QVERIFY(reopened.value()->check().ok());
}

// A worker's further connection (bundle planning, the text writer) neither re-checks the
// file nor removes what the window's import may still be staging; it reads the same rows.
void TstBlobStore::anotherConnectionRepeatsNoCheckOrCleanUp()
{
    if (server())
        QSKIP("a folder library's staged files and its file's opening check");
    const QString stale = (*m_lib)->blobsPath() + u"/incoming-old333"_s;
    QFile f(stale);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("partial");
    f.close();
    age(stale, 3600);
    auto another = Library::open(m_lib->path(), Library::OpenMode::AnotherConnection);
    QVERIFY(another.ok());
    QVERIFY(QFileInfo::exists(stale));
    QCOMPARE(another.value()->cases().listCases()->size(), (*m_lib)->cases().listCases()->size());
    QCOMPARE(another.value()->evidence().verify().value().size(),
        (*m_lib)->evidence().verify().value().size());
    // Only to a library that exists.
    QTemporaryDir empty;
    QVERIFY(!Library::open(empty.filePath(u"none"_s), Library::OpenMode::AnotherConnection).ok());
    QVERIFY(!QFileInfo::exists(empty.filePath(u"none"_s)));
}

void TstBlobStore::discardKeepsWhatARowCites()
{
    const QString cancelled = putBytes("staged, then the user pressed Cancel");
    QVERIFY((*m_lib)->discardUnreferenced({ cancelled, m_cited, u"not-a-hash"_s }).ok());
    QVERIFY(!holds(cancelled));
    QVERIFY(holds(m_cited));
}

void TstBlobStore::aRecordNeverCitesAMissingBlob()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("the marketing SMS");
    file.close();
    const auto staged = EvidenceStore::stage((*m_lib)->blobs(), file.fileName());
    QVERIFY(staged.ok());
    QVERIFY((*m_lib)->discardUnreferenced({ staged->sha256 }).ok());
    const ImportOutcome o = (*m_lib)->evidence().record(m_case, staged.value(), {});
    QCOMPARE(o.kind, ImportOutcome::Kind::Rejected);
    QVERIFY2(o.message.contains(u"import it again"_s), qPrintable(o.message));
    QCOMPARE((*m_lib)->evidence().items(m_case)->size(), 1);
}

QTEST_GUILESS_MAIN(TstBlobStore)
#include "tst_blobstore.moc"
