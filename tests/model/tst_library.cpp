#include "cases/casestore.h"
#include "cases/documentfieldstore.h"
#include "cases/publicintereststore.h"
#include "cases/requeststore.h"
#include "damages/damagesstore.h"
#include "deadlines/deadlinestore.h"
#include "evidence/annotationstore.h"
#include "evidence/evidencestore.h"
#include "evidence/evidencetext.h"
#include "law/claimstore.h"
#include "review/reviewstore.h"
#include "storage/auditlog.h"
#include "storage/blobstore.h"
#include "storage/migrations.h"
#include "storage/openingcheck.h"
#include "testsupport.h"

#include <QBuffer>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

class TstLibrary final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { pinClock(); }
    void createsTheLibraryLayout();
    void usesWalAndForeignKeys();
    void refusesAMissingLibrary();
    void refusesAFolderWithOtherFiles();
    void rejectsAFileThatIsNotADatabase_data();
    void rejectsAFileThatIsNotADatabase();
    void rejectsACorruptLibraryAndLeavesItUntouched();
    void checksInTheBackgroundOnlyAfterACleanClose();
    void refusesWritesWhenTheBackgroundCheckFindsDamage();
    void rejectsAForeignSqliteDatabase();
    void opensANewerLibraryReadOnly();
    void migratesEveryHistoricalSchema_data();
    void migratesEveryHistoricalSchema();
    void splitsMigrationScripts();
    void blobStoreStoresOnceAndDetectsAlteration();
    void checkReportsTheState();
};

void TstLibrary::createsTheLibraryLayout()
{
    TempLibrary lib;
    QVERIFY(lib.library);
    const QDir dir(lib.path());
    QVERIFY(dir.exists(u"library.sqlite"_s));
    QVERIFY(dir.exists(u"blobs"_s));
    QVERIFY(dir.exists(u"thumbs"_s));
    QVERIFY(dir.exists(u"backups"_s));
    QCOMPARE(lib->schemaVersionOnDisk(), 0);
    QVERIFY(!lib->isReadOnly());
    QSqlQuery q(lib->database());
    QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), Library::kSchemaVersion);
    QVERIFY(q.exec(u"PRAGMA application_id"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), Library::kApplicationId);
    QVERIFY(lib->backupsMade().isEmpty()); // a new library needs no backup
}

void TstLibrary::usesWalAndForeignKeys()
{
    TempLibrary lib;
    QSqlQuery q(lib->database());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // A party of a case that does not exist is refused by the database itself.
    QVERIFY(!q.exec(u"INSERT INTO parties (case_id, role, type, name, created_at, updated_at) "
                    "VALUES (999, 'plaintiff', 'person', 'x', 'now', 'now')"_s));
}

void TstLibrary::refusesAMissingLibrary()
{
    QTemporaryDir dir;
    const auto opened =
        Library::open(dir.filePath(u"nothing-here"_s), Library::OpenMode::ExistingOnly);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::Library);
    QVERIFY(opened.error().message.contains(u"no Habeas library"_s));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"nothing-here"_s)));
}

void TstLibrary::refusesAFolderWithOtherFiles()
{
    QTemporaryDir dir;
    QFile other(dir.filePath(u"letter.docx"_s));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("keep me");
    other.close();
    const auto opened = Library::open(dir.path(), Library::OpenMode::CreateIfMissing);
    QVERIFY(!opened.ok());
    QVERIFY(!QFileInfo::exists(dir.filePath(u"library.sqlite"_s)));
}

void TstLibrary::rejectsAFileThatIsNotADatabase_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("this is a letter to the court, not a database\n");
    QByteArray random;
    for (int i = 0; i < 8192; ++i)
        random.append(static_cast<char>((i * 7919 + 13) % 251));
    QTest::newRow("random bytes") << random;
    QTest::newRow("truncated header") << QByteArray("SQLite format 3\0", 16);
}

void TstLibrary::rejectsAFileThatIsNotADatabase()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"library.sqlite"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const auto before = snapshot(dir.path());
    const auto opened = Library::open(dir.path(), Library::OpenMode::CreateIfMissing);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::Library);
    QVERIFY2(opened.error().message.contains(u"not"_s), qPrintable(opened.error().message));
    QCOMPARE(snapshot(dir.path()), before); // byte for byte, and no -wal or -shm appeared
}

void TstLibrary::rejectsACorruptLibraryAndLeavesItUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lib"_s);
    {
        auto opened = Library::open(path, Library::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        for (int i = 0; i < 200; ++i) {
            CaseRecord c;
            c.title = u"案件 %1 "_s.arg(i) + QString(200, u'字');
            QVERIFY(opened.value()->cases().createCase(c).ok());
        }
        QSqlQuery q(opened.value()->database());
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    const QString file = QDir(path).filePath(u"library.sqlite"_s);
    QFile f(file);
    QVERIFY(f.size() > 3 * 4096);
    QVERIFY(f.open(QIODevice::ReadWrite));
    // Scribble over the b-tree page headers past the file header, as a failing disk would.
    for (int page = 1; page < f.size() / 4096; ++page) {
        f.seek(page * 4096);
        f.write(QByteArray(12, '\xA5'));
    }
    f.close();
    const auto before = snapshot(path);
    const auto opened = Library::open(path, Library::OpenMode::ExistingOnly);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::Library);
    QVERIFY2(opened.error().message.contains(u"damaged"_s), qPrintable(opened.error().message));
    QCOMPARE(snapshot(path), before);
    // As the GUI opens it: the file changed since Habeas closed it, so it is checked first too.
    const auto beside = Library::open(
        path, Library::OpenMode::ExistingOnly, Library::FileCheck::BesideWhenClosedCleanly);
    QVERIFY(!beside.ok());
    QVERIFY2(beside.error().message.contains(u"damaged"_s), qPrintable(beside.error().message));
    QCOMPARE(snapshot(path), before);
}

namespace {

constexpr auto kBeside = Library::FileCheck::BesideWhenClosedCleanly;

// A library of 200 cases, closed by Habeas (so it leaves its clean-close marker).
void fillAndClose(const QString &path)
{
    auto opened = Library::open(path, Library::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok());
    for (int i = 0; i < 200; ++i) {
        CaseRecord c;
        c.title = u"案件 %1 "_s.arg(i) + QString(200, u'字');
        QVERIFY(opened.value()->cases().createCase(c).ok());
    }
}

} // namespace

void TstLibrary::checksInTheBackgroundOnlyAfterACleanClose()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lib"_s);
    fillAndClose(path);
    const QString marker = QDir(path).filePath(QString::fromLatin1(OpeningCheck::kMarkerFile));
    QVERIFY(QFileInfo::exists(marker));
    {
        // As the CLI opens it: checked first all the same.
        auto opened = Library::open(path, Library::OpenMode::ExistingOnly);
        QVERIFY(opened.ok());
        QVERIFY(!opened.value()->checkedInBackground());
    }
    {
        // Closed cleanly, untouched since: opened at once, checked beside, writable once passed.
        auto opened = Library::open(path, Library::OpenMode::ExistingOnly, kBeside);
        QVERIFY(opened.ok());
        QVERIFY(opened.value()->checkedInBackground());
        QCOMPARE(opened.value()->damage(), QString());
        CaseRecord c;
        c.title = u"after a clean close"_s;
        QVERIFY(opened.value()->cases().createCase(c).ok());
        // A further connection (a worker's) neither checks nor marks.
        auto another = Library::open(path, Library::OpenMode::AnotherConnection);
        QVERIFY(another.ok());
        QVERIFY(!another.value()->checkedInBackground());
    }
    QVERIFY(QFileInfo::exists(marker));
    // Without the marker (a crash, an older Habeas) the file is checked before opening.
    QVERIFY(QFile::remove(marker));
    {
        auto opened = Library::open(path, Library::OpenMode::ExistingOnly, kBeside);
        QVERIFY(opened.ok());
        QVERIFY(!opened.value()->checkedInBackground());
    }
    // Changed by another program since (its time and size), or beside a -wal: checked first.
    QVERIFY(QFileInfo::exists(marker));
    {
        QFile f(QDir(path).filePath(u"library.sqlite"_s));
        QVERIFY(f.open(QIODevice::Append));
        f.write(QByteArray(4096, '\0'));
    }
    QVERIFY(!OpeningCheck::closedCleanly(path, QDir(path).filePath(u"library.sqlite"_s)));
    {
        auto opened = Library::open(path, Library::OpenMode::ExistingOnly, kBeside);
        QVERIFY(opened.ok());
        QVERIFY(!opened.value()->checkedInBackground());
        QVERIFY(!OpeningCheck::closedCleanly(path, QDir(path).filePath(u"library.sqlite"_s)));
    }
    QVERIFY(OpeningCheck::closedCleanly(path, QDir(path).filePath(u"library.sqlite"_s)));
}

void TstLibrary::refusesWritesWhenTheBackgroundCheckFindsDamage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lib"_s);
    fillAndClose(path);
    // A failing disk scribbles over the last b-tree pages and leaves the time and the size as
    // they were: the marker still names the file, so the check runs in the background.
    const QString file = QDir(path).filePath(u"library.sqlite"_s);
    QFile f(file);
    const QDateTime modified = QFileInfo(file).lastModified();
    QVERIFY(f.size() > 16 * 4096);
    QVERIFY(f.open(QIODevice::ReadWrite));
    for (qint64 page = f.size() / 4096 - 4; page < f.size() / 4096; ++page) {
        f.seek(page * 4096);
        f.write(QByteArray(12, '\xA5'));
    }
    QVERIFY(f.setFileTime(modified, QFileDevice::FileModificationTime));
    f.close();
    QVERIFY(OpeningCheck::closedCleanly(path, file));
    {
        auto opened = Library::open(path, Library::OpenMode::ExistingOnly, kBeside);
        // The last pages hold cases, not what opening reads: it opens, and the check finds them.
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        Library &lib = *opened.value();
        QVERIFY(lib.checkedInBackground());
        QVERIFY2(lib.damage().contains(u"damaged"_s), qPrintable(lib.damage()));
        // No write reaches the damaged file.
        CaseRecord c;
        c.title = u"never written"_s;
        const auto created = lib.cases().createCase(c);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, Error::Kind::Library);
        QVERIFY(created.error().message.contains(u"damaged"_s));
    }
    // The marker is gone: the next opening checks first, refuses, and changes nothing.
    QVERIFY(!OpeningCheck::closedCleanly(path, file));
    const auto before = snapshot(path);
    const auto again = Library::open(path, Library::OpenMode::ExistingOnly, kBeside);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(u"damaged"_s), qPrintable(again.error().message));
    QCOMPARE(snapshot(path), before);
}

void TstLibrary::rejectsAForeignSqliteDatabase()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"library.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
    const auto before = snapshot(dir.path());
    const auto opened = Library::open(dir.path(), Library::OpenMode::CreateIfMissing);
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().message.contains(u"not a Habeas library"_s));
    QCOMPARE(snapshot(dir.path()), before);
}

void TstLibrary::opensANewerLibraryReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lib"_s);
    {
        auto opened = Library::open(path, Library::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        CaseRecord c;
        c.title = u"罗某诉某公司"_s;
        QVERIFY(opened.value()->cases().createCase(c).ok());
        QSqlQuery q(opened.value()->database());
        QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Library::kSchemaVersion + 5)));
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    const QByteArray before = sha256Of(QDir(path).filePath(u"library.sqlite"_s));
    auto opened = Library::open(path, Library::OpenMode::ExistingOnly);
    QVERIFY(opened.ok());
    Library &lib = *opened.value();
    QVERIFY(lib.isReadOnly());
    QVERIFY(lib.readOnlyReason().contains(u"newer version"_s));
    const auto cases = lib.cases().listCases();
    QVERIFY(cases.ok());
    QCOMPARE(cases->size(), 1);
    CaseRecord c;
    c.title = u"new"_s;
    const auto created = lib.cases().createCase(c);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, Error::Kind::ReadOnly);
    QVERIFY(lib.backupsMade().isEmpty());
    opened.value().reset();
    QCOMPARE(sha256Of(QDir(path).filePath(u"library.sqlite"_s)), before);
}

void TstLibrary::migratesEveryHistoricalSchema_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("version");
    const QDir fixtures(testData(u"fixtures"_s));
    const QStringList files = fixtures.entryList({ u"library-v*.sql"_s }, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), "no schema fixtures found");
    // One fixture for every schema this version has ever written.
    QCOMPARE(Migrations::latestVersion(), Library::kSchemaVersion);
    QCOMPARE(files.size(), Migrations::latestVersion());
    for (const QString &name : files) {
        const int version = QStringView(name).mid(9, name.size() - 13).toInt();
        QTest::newRow(qPrintable(name)) << fixtures.filePath(name) << version;
    }
}

void TstLibrary::migratesEveryHistoricalSchema()
{
    QFETCH(QString, fixture);
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lib"_s);
    QVERIFY(QDir().mkpath(path));
    {
        QFile script(fixture);
        QVERIFY(script.open(QIODevice::ReadOnly));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
        db.setDatabaseName(QDir(path).filePath(u"library.sqlite"_s));
        QVERIFY(db.open());
        for (const QString &statement :
            Migrations::splitStatements(QString::fromUtf8(script.readAll()))) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(statement), qPrintable(statement.left(80)));
        }
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), version);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fixture"_s);
    // Half the fixtures come with the audit chain's head file (at its start: behind the log, as
    // after a crash), half without (a library from before there was one).
    const bool withHead = version % 2 == 0;
    if (withHead) {
        QFile head(QDir(path).filePath(AuditLog::kHeadFile));
        QVERIFY(head.open(QIODevice::WriteOnly));
        head.write(AuditLog::headBytes({ 0, AuditLog::kGenesisHash }));
    }

    auto opened = Library::open(path, Library::OpenMode::ExistingOnly);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    Library &lib = *opened.value();
    QCOMPARE(lib.schemaVersionOnDisk(), version);
    QVERIFY(!lib.isReadOnly());
    QSqlQuery q(lib.database());
    QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), Library::kSchemaVersion);
    // An older library is backed up before it is changed; the current one is not touched.
    QCOMPARE(lib.backupsMade().size(), version < Library::kSchemaVersion ? 1 : 0);
    for (const QString &backup : lib.backupsMade()) {
        QVERIFY(QFileInfo(backup).size() > 0);
        // The head goes with the snapshot it belongs to.
        QCOMPARE(QFileInfo::exists(backup + u'.' + AuditLog::kHeadFile), withHead);
    }
    // Anchored from now on, either way.
    QVERIFY(QFileInfo::exists(lib.audit().headPath()));
    QVERIFY(lib.audit().verify().anchoredId >= 0);

    // Every fixture holds the demo case: it must read back whole after the migration.
    const auto cases = lib.cases().listCases();
    QVERIFY(cases.ok());
    QCOMPARE(cases->size(), 1);
    QCOMPARE(cases->first().court, u"北京互联网法院"_s);
    const auto parties = lib.cases().parties(cases->first().id);
    QVERIFY(parties.ok());
    QCOMPARE(parties->size(), 3);
    QCOMPARE(parties->first().idNumber, u"110105199003071239"_s);
    QVERIFY(lib.audit().verify().ok);
    // The damages worksheet (schema 2) is there, empty for a library that predates it.
    const auto damages = lib.damages().items(cases->first().id);
    QVERIFY(damages.ok());
    QCOMPARE(damages->size(), version < 2 ? 0 : 9);
    // The evidence register (schema 3), and the link from a cost to its receipt.
    const auto exhibits = lib.evidence().items(cases->first().id);
    QVERIFY(exhibits.ok());
    QCOMPARE(exhibits->size(), version < 3 ? 0 : 1);
    QCOMPARE(lib.damages().item(damages->isEmpty() ? 0 : damages->first().id).ok(), version >= 2);
    if (version >= 3)
        QCOMPARE(damages->first().evidenceId, exhibits->first().id);
    // The claims and their proof (schema 4).
    const auto claims = lib.claims().claims(cases->first().id);
    QVERIFY(claims.ok());
    QCOMPARE(claims->size(), version < 4 ? 0 : 1);
    if (version >= 4) {
        QCOMPARE(claims->first().elements.at(0).status, ElementStatus::Proven);
        QCOMPARE(claims->first().elements.at(1).citations.first().exhibit, u"证据9-1"_s);
    }
    // What the evidence says and where (schema 5): page text searchable, regions citable.
    if (version >= 5) {
        const auto hits = lib.evidenceText().search(u"学习阶段"_s);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().page, 1);
        // Two characters and one (schema 8): the migration indexed the text already there.
        QCOMPARE(lib.evidenceText().search(u"职业"_s)->size(), 1);
        QCOMPARE(lib.evidenceText().search(u"职"_s)->size(), 1);
        QCOMPARE(lib.evidenceText().search(u"职务"_s)->size(), 0);
        const auto regions = lib.annotations().annotations(exhibits->first().id);
        QVERIFY(regions.ok());
        QCOMPARE(regions->size(), 2);
        QCOMPARE(claims->first().elements.at(1).citations.first().region, 1);
        QCOMPARE(exhibits->first().witnesses, u"公证员张某"_s);
    } else if (version >= 3) {
        // An older exhibit waits for the parser; its text is not there yet.
        QCOMPARE(exhibits->first().parseState, EvidenceRecord::ParseState::Pending);
        QVERIFY(lib.evidenceText().search(u"学习阶段"_s).value().isEmpty());
    }
    // The case's own wording of its requests (schema 6); none before.
    QCOMPARE(lib.claims().requests(cases->first().id).value().size(), version < 6 ? 0 : 2);
    // The deadlines (schema 7): one hangs off the chronology's first event (2021-01-15, 15 days:
    // Saturday 30 January → Monday 1 February), one is done; none before.
    const auto deadlines = lib.deadlines().statuses(cases->first().id);
    QVERIFY(deadlines.ok());
    QCOMPARE(deadlines->size(), version < 7 ? 0 : 2);
    if (version >= 7) {
        QCOMPARE(deadlines->first().start, QDate(2021, 1, 15));
        QCOMPARE(deadlines->first().dueDate(), QDate(2021, 2, 1));
        QVERIFY(deadlines->last().record.isDone());
    }
    // The liability section (schema 9): the claim's heading, an adverse inference, the serious
    // harm of the mental-distress claim; empty or off before.
    if (version >= 4) {
        QCOMPARE(claims->first().heading.isEmpty(), version < 9);
        QCOMPARE(claims->first().elements.at(1).adverseInference, version >= 9);
        QVERIFY(claims->first().alternative.isEmpty());
    }
    if (version >= 2) {
        const DamagesRecord distress = lib.damages().item(9).value();
        QCOMPARE(distress.head, DamagesHead::MentalDistress);
        QCOMPARE(distress.seriousHarm.isEmpty(), version < 9);
    }
    QCOMPARE(cases->first().closedOn, QDate());
    // Letter demands, the agent's powers and the letters' fields (schema 10); none before.
    const auto requestItems = RequestStore(lib).requests(cases->first().id);
    QVERIFY(requestItems.ok());
    if (version >= 6)
        QCOMPARE(requestItems->first().demand,
            version < 10 ? QString() : u"向委托人提供贵方处理的委托人个人信息副本"_s);
    const auto agents = lib.cases().parties(cases->first().id);
    QVERIFY(agents.ok());
    QCOMPARE(agents->last().authority, version < 10 ? Authority::Unset : Authority::Special);
    QCOMPARE(agents->last().specialPowers,
        version < 10 ? QStringList() : QStringList({ u"modify"_s, u"settle"_s, u"appeal"_s }));
    const auto letter = DocumentFieldStore(lib).fields(cases->first().id, u"deletion-request"_s);
    QVERIFY(letter.ok());
    QCOMPARE(letter->value(u"grounds"_s), version < 10 ? QString() : u"4"_s);
    // The case's bundle identity (schema 11): given at its first export, '' before.
    {
        QSqlQuery bundleId(lib.database());
        QVERIFY(
            bundleId.exec(u"SELECT bundle_id FROM cases WHERE id = %1"_s.arg(cases->first().id)));
        QVERIFY(bundleId.next());
        QCOMPARE(bundleId.value(0).toString(),
            version < 11 ? QString() : u"6f1c2a9e-4b7d-4e3a-9c61-2d8f5b0e7a14"_s);
    }
    // The register of affected persons (schema 12): its figures and keyed hashes, none before.
    {
        QSqlQuery reg(lib.database());
        QVERIFY(reg.exec(u"SELECT (SELECT COALESCE(SUM(records), 0) FROM register_imports), "
                         "(SELECT COUNT(*) FROM register_counts), "
                         "(SELECT COUNT(*) FROM register_keys)"_s));
        QVERIFY(reg.next());
        QCOMPARE(reg.value(0).toInt(), version < 12 ? 0 : 2);
        QCOMPARE(reg.value(1).toInt(), version < 12 ? 0 : 6);
        QCOMPARE(reg.value(2).toInt(), version < 12 ? 0 : 2);
    }
    // The public-interest suit (schema 13): a second case, in the trash, with its 文号,
    // prosecutors, announcement, a criminal fine and the payees of its damages; none before.
    const auto trashed = lib.cases().listCases(CaseStore::Trash::Only);
    QVERIFY(trashed.ok());
    QCOMPARE(trashed->size(), version < 13 ? 0 : 1);
    if (version >= 13) {
        const CaseRecord pi = trashed->first();
        QCOMPARE(pi.kind, CaseKind::CriminalIncidentalPublicInterest);
        QCOMPARE(pi.procuratorateNumber, u"京海检民公诉〔2024〕1号"_s);
        const auto record = PublicInterestStore(lib).record(pi.id);
        QVERIFY(record.ok());
        QCOMPARE(record->prosecutors.size(), 2);
        QCOMPARE(record->prosecutors.at(1).title, u"检察官助理"_s);
        QVERIFY(record->notice);
        QCOMPARE(record->notice->medium, u"正义网"_s);
        QCOMPARE(record->notice->outcome, NoticeOutcome::None);
        QCOMPARE(record->fines.size(), 1);
        QCOMPARE(record->fines.first().fineFen, 2000000);
        const auto items = lib.damages().items(pi.id);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 2);
        QCOMPARE(items->at(0).recipient, Recipient::Fund);
        QCOMPARE(items->at(0).recipientName, u"北京市个人信息保护公益基金"_s);
        QCOMPARE(items->at(1).registerBasis, u"category:行踪轨迹"_s);
    }
    QCOMPARE(lib.cases().caseById(cases->first().id)->procuratorateNumber, QString());
    // The teaching copy's review of an exhibit (schema 14); none before.
    {
        QSqlQuery reviews(lib.database());
        QVERIFY(reviews.exec(u"SELECT evidence_id, reviewed_at FROM teaching_reviews"_s));
        QCOMPARE(reviews.next(), version >= 14);
        if (version >= 14)
            QCOMPARE(reviews.value(1).toString(), u"2026-12-05T09:00:00+08:00"_s);
    }
    // The review comments (schema 15), anchored by the rows' stable identities; none before.
    {
        const auto comments = lib.review().comments(cases->first().id);
        QVERIFY(comments.ok());
        QCOMPARE(comments->size(), version < 15 ? 0 : 2);
        if (version >= 15) {
            const ReviewComment &onElement = comments->first();
            QCOMPARE(onElement.anchor.kind, ReviewAnchor::Kind::Element);
            QVERIFY(!onElement.isResolved());
            const AnchorPlace place = lib.review().place(cases->first().id, onElement.anchor);
            QVERIFY(place.found);
            QCOMPARE(place.claimId, claims->first().id);
            QVERIFY(place.label.contains(u"2"_s));
            QCOMPARE(comments->last().resolvedBy, u"李同学"_s);
            QCOMPARE(comments->last().revision, 2);
            QVERIFY(lib.review().place(cases->first().id, comments->last().anchor).found);
        }
        // Every version can give its rows their identities and comment on them.
        if (version >= 6) {
            auto anchor = lib.review().anchorRequest(cases->first().id, 2);
            QVERIFY2(anchor.ok(), qPrintable(anchor.ok() ? QString() : anchor.error().message));
            QVERIFY(lib.review().add(cases->first().id, anchor.value(), u"已阅"_s).ok());
        }
    }
    // The exhibits left unread are found through the partial indexes (schema 16), not a scan.
    {
        QSqlQuery plan(lib.database());
        for (const QString &state : { u"parse_state"_s, u"ocr_state"_s }) {
            QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT e.id FROM evidence_items e JOIN cases c "
                              "ON c.id = e.case_id WHERE e.%1 = 'pending' AND e.trashed_at IS NULL "
                              "AND c.trashed_at IS NULL ORDER BY e.id"_s.arg(state)));
            QString steps;
            while (plan.next())
                steps += plan.value(3).toString() + u'\n';
            QVERIFY2(steps.contains(state == u"parse_state"_s ? u"evidence_parse_pending"_s
                                                              : u"evidence_ocr_pending"_s),
                qPrintable(steps));
        }
        // The same exhibits as a scan finds.
        QVERIFY(plan.exec(u"SELECT count(*) FROM evidence_items e NOT INDEXED JOIN cases c ON "
                          "c.id = e.case_id WHERE e.parse_state = 'pending' AND e.trashed_at IS "
                          "NULL AND c.trashed_at IS NULL"_s)
            && plan.next());
        const auto pending = lib.evidenceText().pendingParse(0);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), plan.value(0).toInt());
    }
    // The case teams (schema 17): a folder library keeps a copied server library's team and
    // who opened the case; older libraries have none.
    {
        QSqlQuery team(lib.database());
        QVERIFY(team.exec(u"SELECT member, role FROM case_members WHERE case_id = %1 ORDER BY "
                          "granted_at"_s.arg(cases->first().id)));
        QStringList members;
        while (team.next())
            members << team.value(0).toString() + u':' + team.value(1).toString();
        const QStringList expected = version >= 17
            ? QStringList { u"wang:lead"_s, u"li:member"_s, u"zhao:reader"_s }
            : QStringList();
        QCOMPARE(members, expected);
        QVERIFY(team.exec(u"SELECT created_by FROM cases WHERE id = %1"_s.arg(cases->first().id))
            && team.next());
        QCOMPARE(team.value(0).toString(), version >= 17 ? u"wang"_s : QString());
    }
    // Row versions (schema 18): the rows edited in place carry the version they are at and their
    // last writer; rows from before start at version 1, written by nobody named.
    {
        const auto versioned = lib.cases().caseById(cases->first().id);
        QVERIFY(versioned.ok());
        QCOMPARE(versioned->rowVersion, version >= 18 ? 3 : 1);
        QCOMPARE(versioned->updatedBy, version >= 18 ? u"li"_s : QString());
        const auto stamped = lib.cases().parties(cases->first().id);
        QVERIFY(stamped.ok() && !stamped->isEmpty());
        for (const PartyRecord &p : stamped.value())
            QCOMPARE(p.rowVersion, version >= 18 && p.id == 2 ? 2 : 1);
        // An edit raises the version, and one made from the old read is refused as stale.
        CaseRecord edited = versioned.value();
        edited.notes += u"（迁移后）"_s;
        const auto written = lib.cases().updateCase(edited);
        QVERIFY(written.ok());
        QCOMPARE(written.value(), versioned->rowVersion + 1);
        edited.notes += u"再次"_s;
        QCOMPARE(lib.cases().updateCase(edited).error().kind, Error::Kind::Stale);
    }
    // Row versions on exhibits (schema 19): the fixture's exhibit was edited once, by wang; older
    // ones start at version 1, written by nobody named.
    if (version >= 3) {
        const auto stamped = lib.evidence().items(cases->first().id);
        QVERIFY(stamped.ok() && !stamped->isEmpty());
        const EvidenceRecord exhibit = stamped->first();
        QCOMPARE(exhibit.rowVersion, version >= 19 ? 2 : 1);
        QCOMPARE(exhibit.updatedBy, version >= 19 ? u"wang"_s : QString());
        EvidenceRecord edited = exhibit;
        edited.notes += u"（迁移后）"_s;
        const auto written = lib.evidence().updateItem(edited);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QCOMPARE(written.value(), exhibit.rowVersion + 1);
        edited.notes += u"再次"_s;
        QCOMPARE(lib.evidence().updateItem(edited).error().kind, Error::Kind::Stale);
    }
    // The register keys' table (schema 20): a folder library has it and never writes it (its key
    // is the file register.key), whatever version it came from.
    {
        QSqlQuery keys(lib.database());
        QVERIFY(keys.exec(u"SELECT count(*) FROM register_case_keys"_s) && keys.next());
        QCOMPARE(keys.value(0).toInt(), 0);
    }
    // Row versions on claims and their elements (schema 21): the fixture's claim heading was
    // edited once, by li, its first element once, by wang; older ones start at version 1.
    if (version >= 4) {
        const auto claimList = lib.claims().claims(cases->first().id);
        QVERIFY(claimList.ok() && !claimList->isEmpty());
        const ClaimRecord claim = claimList->first();
        QCOMPARE(claim.rowVersion, version >= 21 ? 2 : 1);
        QCOMPARE(claim.updatedBy, version >= 21 ? u"li"_s : QString());
        const ClaimElement first = claim.elements.first();
        QCOMPARE(first.rowVersion, version >= 21 ? 2 : 1);
        QCOMPARE(first.updatedBy, version >= 21 ? u"wang"_s : QString());
        const auto headed = lib.claims().setHeading(claim.id, u"迁移后的标题"_s, claim.rowVersion);
        QVERIFY2(headed.ok(), headed.ok() ? "" : qPrintable(headed.error().message));
        QCOMPARE(headed.value(), claim.rowVersion + 1);
        QCOMPARE(lib.claims().setHeading(claim.id, u"再次"_s, claim.rowVersion).error().kind,
            Error::Kind::Stale);
        const auto marked = lib.claims().setStatus(
            claim.id, first.id, ElementStatus::Supported, {}, first.rowVersion);
        QVERIFY2(marked.ok(), marked.ok() ? "" : qPrintable(marked.error().message));
        QCOMPARE(marked.value(), first.rowVersion + 1);
        QCOMPARE(lib.claims()
                     .setStatus(claim.id, first.id, ElementStatus::Proven, {}, first.rowVersion)
                     .error()
                     .kind,
            Error::Kind::Stale);
    }
    // And it is writable at the new version.
    CaseRecord c;
    c.title = u"after migration"_s;
    QVERIFY(lib.cases().createCase(c).ok());
    QVERIFY(lib.audit().verify().ok);
}

void TstLibrary::splitsMigrationScripts()
{
    const QString script =
        u"-- comment\nCREATE TABLE a (x TEXT);\n\nCREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n"
        "  UPDATE a SET x = 'y';\n  SELECT 1;\nEND;\nINSERT INTO a VALUES ('1');\n"_s;
    const QStringList statements = Migrations::splitStatements(script);
    QCOMPARE(statements.size(), 3);
    QVERIFY(statements.at(1).startsWith(u"CREATE TRIGGER"_s));
    QVERIFY(statements.at(1).endsWith(u"END;"_s));
}

void TstLibrary::blobStoreStoresOnceAndDetectsAlteration()
{
    TempLibrary lib;
    BlobStore store(lib->blobsPath());
    QByteArray bytes("首次登录页面截图 — pretend PNG bytes");
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto sha = store.put(buffer);
    QVERIFY(sha.ok());
    QCOMPARE(sha.value(),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QVERIFY(store.contains(sha.value()));
    QVERIFY(store.structuralProblems().isEmpty());
    buffer.seek(0);
    QCOMPARE(store.put(buffer).value(), sha.value()); // same bytes: same blob, no second copy
    QCOMPARE(QDir(QFileInfo(store.pathFor(sha.value())).path()).entryList(QDir::Files).size(), 1);

    QFile blob(store.pathFor(sha.value()));
    QVERIFY(blob.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(blob.open(QIODevice::Append));
    blob.write("x");
    blob.close();
    const QStringList problems = store.structuralProblems();
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(sha.value()));
}

void TstLibrary::checkReportsTheState()
{
    TempLibrary lib;
    CaseRecord c;
    c.title = u"检查"_s;
    QVERIFY(lib->cases().createCase(c).ok());
    Library::CheckReport report = lib->check();
    QVERIFY(report.ok());
    QCOMPARE(report.integrity, u"ok"_s);
    QCOMPARE(report.schemaVersion, Library::kSchemaVersion);
    QSqlQuery q(lib->database());
    QVERIFY(q.exec(u"UPDATE audit_log SET action = 'case.forged' WHERE id = 1"_s));
    report = lib->check();
    QVERIFY(!report.ok());
    QVERIFY(!report.auditOk);
}

QTEST_GUILESS_MAIN(TstLibrary)
#include "tst_library.moc"
