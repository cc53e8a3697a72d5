// `library copy` (storage/librarycopy.h) between a folder and a server library on a private
// cluster: a round trip keeps every table and every original, the audit chain verifies on both
// sides, the copier leads the copied cases, a destination that holds a library or a source of a
// newer schema is refused with nothing changed, and a copy stopped or cut off leaves no library.

#include "cases/casestore.h"
#include "cases/casetypes.h"
#include "demo/demolibrary.h"
#include "evidence/evidencestore.h"
#include "evidence/evidencetext.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/librarycopy.h"
#include "storage/librarytables.h"
#include "storage/sqldialect.h"
#include "storage/storagebackend.h"
#include "support/pgcluster.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace habeas;

namespace {
// What went wrong, evaluated only when it did (QVERIFY2 evaluates its message every time).
template<typename R> QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}
} // namespace

class TstLibraryCopy : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aFolderGoesToTheServerAndBack();
    void everyTableOfLibraryDataIsCopied();
    void serverToServerCarriesTheTeams();
    void aDestinationWithALibraryIsRefused();
    void aNewerSourceIsRefused();
    void aStoppedCopyLeavesNoLibrary();
    void aServerCutOffMidCopyLeavesNoLibrary();
    void pgDumpAndRestoreKeepTheLibrary();

private:
    LibraryLocation server(const QString &database, const QString &user = u"postgres"_s);
    LibraryLocation newDatabase(const QString &name);
    QString scalar(const QString &database, const QString &sql);
    QMap<QString, QByteArray> digests(Library &library);
    QMap<QString, QByteArray> originals(Library &library);

    std::unique_ptr<test::PgCluster> m_cluster;
    QTemporaryDir m_dir;
    QString m_demo; // a folder library holding the demo case, its exhibits and two read pages
};

LibraryLocation TstLibraryCopy::server(const QString &database, const QString &user)
{
    return LibraryLocation::parse(
        u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(user).arg(m_cluster->port()).arg(database))
        .value();
}

LibraryLocation TstLibraryCopy::newDatabase(const QString &name)
{
    QString why;
    if (!m_cluster->createDatabase(name, &why))
        qWarning("%s", qPrintable(why));
    return server(name);
}

QString TstLibraryCopy::scalar(const QString &database, const QString &sql)
{
    QString result;
    {
        QString why;
        QSqlDatabase db = m_cluster->connect(database, u"scalar"_s, &why);
        QSqlQuery q(db);
        if (!q.exec(sql))
            result = u"ERROR "_s + q.lastError().text();
        else if (q.next())
            result = q.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"scalar"_s);
    return result;
}

QMap<QString, QByteArray> TstLibraryCopy::digests(Library &library)
{
    QMap<QString, QByteArray> out;
    const QSqlDatabase db = library.database();
    const auto tables = LibraryTables::dataTables(db);
    if (!tables.ok())
        return out;
    for (const QString &t : tables.value()) {
        const auto columns = sqlColumns(db, t);
        QStringList names;
        for (const SqlColumn &c : columns.value())
            names << c.name;
        const auto d = LibraryTables::digest(db, t, names);
        out.insert(t, d.ok() ? QByteArray::number(d->rows) + ' ' + d->sha256 : QByteArray("?"));
    }
    return out;
}

// Each original the exhibits cite, by its SHA-256, with the SHA-256 of the bytes read back.
QMap<QString, QByteArray> TstLibraryCopy::originals(Library &library)
{
    QMap<QString, QByteArray> out;
    QSqlQuery q(library.database());
    if (!q.exec(u"SELECT DISTINCT sha256 FROM evidence_items"_s))
        return out;
    while (q.next()) {
        const auto bytes = library.blobs().get(q.value(0).toString());
        out.insert(q.value(0).toString(),
            bytes.ok() ? QCryptographicHash::hash(bytes.value(), QCryptographicHash::Sha256).toHex()
                       : QByteArray("missing"));
    }
    return out;
}

void TstLibraryCopy::initTestCase()
{
    m_cluster = std::make_unique<test::PgCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo"_s);
    auto lib = Library::open(m_demo, Library::OpenMode::CreateIfMissing);
    QVERIFY2(lib.ok(), why(lib).constData());
    const auto caseId = addDemoCase(*lib.value());
    QVERIFY2(caseId.ok(), why(caseId).constData());
    QSqlQuery first(lib.value()->database());
    QVERIFY(first.exec(u"SELECT min(id) FROM evidence_items"_s) && first.next());
    const qint64 exhibit = first.value(0).toLongLong();
    QVERIFY(exhibit > 0);
    PageText page;
    page.text = u"个人信息处理者应当取得个人的同意 consent"_s;
    PageText second = page;
    second.page = 2;
    second.text = u"隐私政策 第十六条"_s;
    QVERIFY(lib.value()
                ->evidenceText()
                .storeParse(exhibit, EvidenceRecord::ParseState::Ok, {}, 2, { page, second },
                    EvidenceRecord::OcrState::None)
                .ok());
}

void TstLibraryCopy::cleanupTestCase()
{
    m_cluster.reset();
}

void TstLibraryCopy::aFolderGoesToTheServerAndBack()
{
    const LibraryLocation firm = newDatabase(u"roundtrip"_s);
    QStringList lines;
    const auto up =
        LibraryCopy::copy(LibraryLocation::folder(m_demo), firm, [&](const QString &line) {
            lines << line;
            return true;
        });
    QVERIFY2(up.ok(), why(up).constData());
    QVERIFY(up->verified());
    QCOMPARE(up->blobs, 4);
    QVERIFY(std::any_of(lines.begin(), lines.end(),
        [](const QString &l) { return l.startsWith(u"cases: 1 row"_s); }));
    // The copier (the cluster's superuser here) leads the one copied case.
    QCOMPARE(up->lead, m_cluster->user());
    QCOMPARE(up->casesLed, 1);
    QCOMPARE(scalar(u"roundtrip"_s, u"SELECT member || ' ' || role FROM case_members"_s),
        m_cluster->user() + u" lead"_s);

    const QString back = m_dir.filePath(u"back/library"_s);
    const auto down = LibraryCopy::copy(firm, LibraryLocation::folder(back), {});
    QVERIFY2(down.ok(), why(down).constData());
    QVERIFY(down->verified());
    QCOMPARE(down->teamPlacesLeft, 1);

    auto source = Library::open(m_demo, Library::OpenMode::ExistingOnly);
    auto onServer = Library::open(firm, Library::OpenMode::ExistingOnly);
    auto result = Library::open(back, Library::OpenMode::ExistingOnly);
    QVERIFY(source.ok() && onServer.ok() && result.ok());
    // Every table alike, but for the audit log: each copy appended its library.copy entry.
    auto before = digests(*source.value());
    auto after = digests(*result.value());
    QVERIFY(before.size() >= 28);
    before.remove(u"audit_log"_s);
    after.remove(u"audit_log"_s);
    QCOMPARE(after, before);
    const auto log = source.value()->audit().list();
    const auto logBack = result.value()->audit().list();
    QVERIFY(log.ok() && logBack.ok());
    QCOMPARE(logBack->size(), log->size() + 2);
    for (qsizetype i = 0; i < log->size(); ++i) {
        QCOMPARE(logBack->at(i).id, log->at(i).id);
        QCOMPARE(logBack->at(i).hash, log->at(i).hash);
    }
    QCOMPARE(logBack->at(log->size()).action, u"library.copy"_s);
    QCOMPARE(logBack->last().action, u"library.copy"_s);
    for (Library *lib : { source.value().get(), onServer.value().get(), result.value().get() }) {
        const auto verified = lib->audit().verify();
        QVERIFY2(verified.ok, qPrintable(verified.message));
    }
    QVERIFY(result.value()->check().ok());
    // The same originals, byte for byte, on the server and back in a folder.
    const auto blobs = originals(*source.value());
    QCOMPARE(blobs.size(), 4);
    for (auto it = blobs.begin(); it != blobs.end(); ++it)
        QCOMPARE(it.value(), it.key().toLatin1());
    QCOMPARE(originals(*onServer.value()), blobs);
    QCOMPARE(originals(*result.value()), blobs);
    // The server's search index was rebuilt from the pages, Chinese pairs included.
    for (const QString &query : { u"个人"_s, u"隐私政策"_s, u"consent"_s }) {
        const auto expected = source.value()->evidenceText().search(query);
        QVERIFY(expected.ok() && !expected->isEmpty());
        for (Library *lib : { onServer.value().get(), result.value().get() }) {
            const auto hits = lib->evidenceText().search(query);
            QVERIFY(hits.ok());
            QCOMPARE(hits->size(), expected->size());
            QCOMPARE(hits->first().snippet, expected->first().snippet);
        }
    }
    // The ids were kept and the server's identities moved past them: a new case follows.
    CaseRecord next;
    next.title = u"新案件"_s;
    const auto id = onServer.value()->cases().createCase(next);
    QVERIFY2(id.ok(), why(id).constData());
    QCOMPARE(id.value(), 2);
}

void TstLibraryCopy::everyTableOfLibraryDataIsCopied()
{
    // What a copy takes is the catalogue's, not a list: every plain table of a folder library.
    // A table a migration adds is copied and compared without more; one the server alone has
    // must be named in LibraryTables::serverOnly() (and said why), or this fails.
    auto folder = Library::open(m_demo, Library::OpenMode::ExistingOnly);
    QVERIFY(folder.ok());
    const auto folderTables = LibraryTables::dataTables(folder.value()->database());
    QVERIFY(folderTables.ok());
    QVERIFY(folderTables->contains(u"cases"_s) && folderTables->contains(u"audit_log"_s));
    QVERIFY(!folderTables->contains(u"evidence_fts"_s));
    QVERIFY(!folderTables->contains(u"evidence_fts_data"_s));
    QVERIFY(!folderTables->contains(u"evidence_grams"_s));
    const LibraryLocation firm = newDatabase(u"catalogue"_s);
    auto lib = Library::open(firm, Library::OpenMode::CreateIfMissing);
    QVERIFY(lib.ok());
    const auto serverTables = LibraryTables::dataTables(lib.value()->database());
    QCOMPARE(serverTables.value(), folderTables.value());
    const auto all = sqlTables(lib.value()->database());
    QStringList serverOnly;
    for (const QString &t : all.value())
        if (!folderTables->contains(t))
            serverOnly << t;
    QCOMPARE(serverOnly, LibraryTables::serverOnly());
    // Copying into a folder, every one of them is compared (the teams too: a folder's are
    // carried to a folder).
    const auto copied = LibraryCopy::copy(
        LibraryLocation::folder(m_demo), LibraryLocation::folder(m_dir.filePath(u"twin"_s)), {});
    QVERIFY2(copied.ok(), why(copied).constData());
    QStringList names;
    for (const LibraryCopy::Table &t : copied->tables)
        names << t.name;
    names.sort();
    QCOMPARE(names, folderTables.value());
    // A table comes after those it references.
    QVERIFY(names.indexOf(u"cases"_s) >= 0);
    QStringList order;
    for (const LibraryCopy::Table &t : copied->tables)
        order << t.name;
    QVERIFY(order.indexOf(u"cases"_s) < order.indexOf(u"parties"_s));
    QVERIFY(order.indexOf(u"evidence_items"_s) < order.indexOf(u"evidence_pages"_s));
    QVERIFY(order.indexOf(u"claims"_s) < order.indexOf(u"element_citations"_s));
}

void TstLibraryCopy::serverToServerCarriesTheTeams()
{
    const LibraryLocation from = newDatabase(u"teamsfrom"_s);
    scalar(u"teamsfrom"_s, u"CREATE ROLE wang LOGIN"_s);
    scalar(u"teamsfrom"_s, u"CREATE ROLE li LOGIN"_s);
    {
        auto admin = Library::open(from, Library::OpenMode::CreateIfMissing);
        QVERIFY(admin.ok());
    }
    qint64 caseId = 0;
    {
        auto wang =
            Library::open(server(u"teamsfrom"_s, u"wang"_s), Library::OpenMode::ExistingOnly);
        QVERIFY2(wang.ok(), why(wang).constData());
        CaseRecord c;
        c.title = u"王某诉某平台"_s;
        const auto id = wang.value()->cases().createCase(c);
        QVERIFY2(id.ok(), why(id).constData());
        caseId = id.value();
    }
    scalar(u"teamsfrom"_s,
        u"INSERT INTO case_members VALUES (%1, 'li', 'member', 'wang', '2026-01-01')"_s.arg(
            caseId));
    // wang is no administrator: they may not copy the whole library.
    const LibraryLocation to = newDatabase(u"teamsto"_s);
    const auto refused = LibraryCopy::copy(server(u"teamsfrom"_s, u"wang"_s), to, {});
    QVERIFY(!refused.ok());
    QVERIFY2(
        refused.error().message.contains(u"administrator"_s), qPrintable(refused.error().message));
    const auto copied = LibraryCopy::copy(from, to, {});
    QVERIFY2(copied.ok(), why(copied).constData());
    QVERIFY(copied->verified());
    QVERIFY(copied->lead.isEmpty());
    QCOMPARE(
        scalar(u"teamsto"_s,
            u"SELECT string_agg(member || ':' || role, ',' ORDER BY member) FROM case_members"_s),
        u"li:member,wang:lead"_s);
    QCOMPARE(scalar(u"teamsto"_s, u"SELECT created_by FROM cases"_s), u"wang"_s);
    // The triggers that name a case's opener are on again.
    QCOMPARE(scalar(u"teamsto"_s,
                 u"SELECT count(*) FROM pg_trigger WHERE tgrelid = 'cases'::regclass AND "
                 "tgname IN ('cases_opened_by', 'cases_lead') AND tgenabled = 'O'"_s),
        u"2"_s);
}

void TstLibraryCopy::aDestinationWithALibraryIsRefused()
{
    // A folder holding a library: refused, its file untouched.
    const QString other = m_dir.filePath(u"other"_s);
    {
        auto lib = Library::open(other, Library::OpenMode::CreateIfMissing);
        QVERIFY(lib.ok());
    }
    QFile file(QDir(other).filePath(u"library.sqlite"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    auto refused =
        LibraryCopy::copy(LibraryLocation::folder(m_demo), LibraryLocation::folder(other), {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Input);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    file.close();
    // A folder holding anything else: refused.
    const QString busy = m_dir.filePath(u"busy"_s);
    QVERIFY(QDir().mkpath(busy));
    QFile note(QDir(busy).filePath(u"note.txt"_s));
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.close();
    refused = LibraryCopy::copy(LibraryLocation::folder(m_demo), LibraryLocation::folder(busy), {});
    QVERIFY(!refused.ok());
    QCOMPARE(QDir(busy).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
        QStringList { u"note.txt"_s });
    // A server library with a case: refused, the case alone there.
    const LibraryLocation firm = newDatabase(u"taken"_s);
    {
        auto lib = Library::open(firm, Library::OpenMode::CreateIfMissing);
        QVERIFY(lib.ok());
        CaseRecord c;
        c.title = u"已有案件"_s;
        QVERIFY(lib.value()->cases().createCase(c).ok());
    }
    refused = LibraryCopy::copy(LibraryLocation::folder(m_demo), firm, {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Input);
    QVERIFY2(refused.error().message.contains(u"already holds a library"_s),
        qPrintable(refused.error().message));
    QCOMPARE(scalar(u"taken"_s, u"SELECT string_agg(title, ',') FROM cases"_s), u"已有案件"_s);
    // A server library made by `library init` and still empty takes the copy.
    const LibraryLocation empty = newDatabase(u"initialised"_s);
    QVERIFY(Library::open(empty, Library::OpenMode::CreateIfMissing).ok());
    const auto copied = LibraryCopy::copy(LibraryLocation::folder(m_demo), empty, {});
    QVERIFY2(copied.ok(), why(copied).constData());
}

void TstLibraryCopy::aNewerSourceIsRefused()
{
    const QString newer = m_dir.filePath(u"newer"_s);
    {
        auto lib = Library::open(newer, Library::OpenMode::CreateIfMissing);
        QVERIFY(lib.ok());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bump"_s);
        db.setDatabaseName(QDir(newer).filePath(u"library.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Library::kSchemaVersion + 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bump"_s);
    const QString target = m_dir.filePath(u"fromnewer"_s);
    const auto refused =
        LibraryCopy::copy(LibraryLocation::folder(newer), LibraryLocation::folder(target), {});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"newer"_s), qPrintable(refused.error().message));
    QVERIFY(!QFileInfo::exists(target));
}

void TstLibraryCopy::aStoppedCopyLeavesNoLibrary()
{
    const auto stopAtBlobs = [](const QString &line) {
        return !line.startsWith(u"originals"_s);
    };
    const LibraryLocation firm = newDatabase(u"stopped"_s);
    auto stopped = LibraryCopy::copy(LibraryLocation::folder(m_demo), firm, stopAtBlobs);
    QVERIFY(!stopped.ok());
    QVERIFY2(stopped.error().message.contains(u"stopped"_s), qPrintable(stopped.error().message));
    for (const QString &t : { u"cases"_s, u"audit_log"_s, u"blobs"_s, u"evidence_pages"_s,
             u"evidence_grams"_s, u"case_members"_s })
        QCOMPARE(scalar(u"stopped"_s, u"SELECT count(*) FROM "_s + t), u"0"_s);
    const QString target = m_dir.filePath(u"stopped"_s);
    stopped = LibraryCopy::copy(
        LibraryLocation::folder(m_demo), LibraryLocation::folder(target), stopAtBlobs);
    QVERIFY(!stopped.ok());
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(QDir(m_dir.path())
                .entryList({ u".habeas-copy-*"_s }, QDir::AllEntries | QDir::Hidden)
                .isEmpty());
    // The same destination takes the copy afterwards.
    QVERIFY(LibraryCopy::copy(LibraryLocation::folder(m_demo), firm, {}).ok());
}

void TstLibraryCopy::aServerCutOffMidCopyLeavesNoLibrary()
{
    const LibraryLocation firm = newDatabase(u"cutoff"_s);
    QString why;
    QSqlDatabase super = m_cluster->connect(u"postgres"_s, u"killer"_s, &why);
    QVERIFY2(super.isOpen(), qPrintable(why));
    bool cut = false;
    const auto cutAtBlobs = [&](const QString &line) {
        if (line.startsWith(u"originals"_s) && !cut) {
            QSqlQuery q(super);
            cut = q.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                         "datname = 'cutoff' AND pid <> pg_backend_pid()"_s);
        }
        return true;
    };
    const auto failed = LibraryCopy::copy(LibraryLocation::folder(m_demo), firm, cutAtBlobs);
    super.close();
    super = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"killer"_s);
    QVERIFY(cut);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, Error::Kind::Library);
    for (const QString &t : { u"cases"_s, u"audit_log"_s, u"blobs"_s })
        QCOMPARE(scalar(u"cutoff"_s, u"SELECT count(*) FROM "_s + t), u"0"_s);
}

// docs/server.md "Backups and restore": pg_dump in the custom format, pg_restore into a new
// database, and the restored library passes its check (every original re-hashed, the chain).
void TstLibraryCopy::pgDumpAndRestoreKeepTheLibrary()
{
    const LibraryLocation firm = newDatabase(u"dumped"_s);
    QVERIFY(LibraryCopy::copy(LibraryLocation::folder(m_demo), firm, {}).ok());
    const QString dump = m_dir.filePath(u"habeas.dump"_s);
    const QStringList connection { u"-h"_s, u"127.0.0.1"_s, u"-p"_s,
        QString::number(m_cluster->port()), u"-U"_s, m_cluster->user() };
    const auto run = [&](const QString &tool, const QStringList &args) {
        QProcess p;
        p.start(QDir(m_cluster->binDir()).filePath(tool), connection + args);
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            qWarning("%s: %s", qPrintable(tool), p.readAllStandardError().constData());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    };
    QVERIFY(run(u"pg_dump"_s, { u"--format=custom"_s, u"--file"_s, dump, u"dumped"_s }));
    const LibraryLocation restored = newDatabase(u"restored"_s);
    QVERIFY(run(u"pg_restore"_s, { u"--dbname=restored"_s, u"--exit-on-error"_s, dump }));
    auto lib = Library::open(restored, Library::OpenMode::ExistingOnly);
    QVERIFY2(lib.ok(), why(lib).constData());
    const Library::CheckReport report = lib.value()->check();
    QVERIFY2(report.ok(), qPrintable(report.auditMessage + report.blobProblems.join(u"; "_s)));
    QCOMPARE(originals(*lib.value()).size(), 4);
    QCOMPARE(scalar(u"restored"_s, u"SELECT count(*) FROM evidence_grams"_s),
        scalar(u"dumped"_s, u"SELECT count(*) FROM evidence_grams"_s));
}

QTEST_MAIN(TstLibraryCopy)
#include "tst_librarycopy.moc"
