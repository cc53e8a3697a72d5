#include "bundle/bundlecrypto.h"
#include "bundle/casebundle.h"
#include "bundle/casesnapshot.h"
#include "bundle/passphrase.h"
#include "cases/casestore.h"
#include "deadlines/deadlinestore.h"
#include "evidence/annotationstore.h"
#include "evidence/evidencestore.h"
#include "evidence/evidencetext.h"
#include "law/claimstore.h"
#include "storage/auditlog.h"
#include "storage/blobstore.h"
#include "storage/migrations.h"
#include "storage/sqldialect.h"
#include "storage/storagebackend.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDirIterator>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;
using Kind = bundle::Failure::Kind;

namespace {

const QByteArray kExhibit = QByteArray("screenshot of the first login page ").repeated(40);
const QByteArray kThumbnail = QByteArray("\x89PNG thumbnail of the exhibit");
const QByteArray kDocument = QByteArray("民事起诉状 as generated ").repeated(30);

// Every file under a folder, recursively, with its hash: "the library byte for byte".
QMap<QString, QByteArray> deepSnapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // SQLite's shared-memory index of the WAL changes with every read and goes with the
        // last connection; it holds nothing of the library.
        if (path.endsWith(u"-shm"_s))
            continue;
        files.insert(QDir(folder).relativeFilePath(path),
            it.fileInfo().isDir() ? QByteArray("dir") : sha256Of(path));
    }
    return files;
}

// "The library byte for byte", whichever its backend: a folder's files (deepSnapshot), or a
// server library's rows, table by table (blobs and their chunks among them), as digests.
QMap<QString, QByteArray> librarySnapshot(TempLibrary &lib)
{
    if (!lib->isServer())
        return deepSnapshot(lib.path());
    QMap<QString, QByteArray> tables;
    QSqlQuery names(lib->database());
    names.exec(u"SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"_s);
    while (names.next()) {
        const QString table = names.value(0).toString();
        QSqlQuery rows(lib->database());
        if (!rows.exec(u"SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY "
                       "t::text), '')) FROM %1 t"_s.arg(table))
            || !rows.next())
            qFatal("cannot read %s", qPrintable(table));
        tables.insert(table, (rows.value(0).toString() + u' ' + rows.value(1).toString()).toUtf8());
    }
    return tables;
}

// The staged leftovers of a folder library (a server stages nothing in its folder).
int stagedCopies(Library &lib)
{
    return lib.isServer()
        ? 0
        : int(QDir(lib.blobsPath()).entryList({ u"incoming-*"_s }, QDir::Files).size());
}

// The v11 fixture (the demo case with an exhibit, its page text and regions, a claim citing a
// region, a document, requests and deadlines) with real blobs for its exhibit and document.
std::unique_ptr<Library> fixtureLibrary(const QString &path)
{
    QDir().mkpath(path);
    {
        QFile script(testData(u"fixtures/library-v11.sql"_s));
        if (!script.open(QIODevice::ReadOnly))
            return {};
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
        db.setDatabaseName(QDir(path).filePath(u"library.sqlite"_s));
        db.open();
        for (const QString &statement :
            Migrations::splitStatements(QString::fromUtf8(script.readAll())))
            QSqlQuery(db).exec(statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fixture"_s);
    auto opened = Library::open(path, Library::OpenMode::ExistingOnly);
    if (!opened.ok())
        return {};
    std::unique_ptr<Library> lib = std::move(opened).value();
    BlobStore store(lib->blobsPath());
    for (const auto &[table, bytes] :
        { std::pair { u"evidence_items"_s, kExhibit }, std::pair { u"documents"_s, kDocument } }) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        const QString sha = store.put(buffer).value();
        QSqlQuery q(lib->database());
        q.exec(u"UPDATE %1 SET sha256 = '%2'"_s.arg(table, sha));
        if (table == u"evidence_items"_s) {
            q.exec(u"UPDATE evidence_items SET size = %1"_s.arg(bytes.size()));
            QFile thumb(QDir(lib->path()).filePath(u"thumbs/"_s + sha + u".png"_s));
            QDir().mkpath(QFileInfo(thumb).absolutePath());
            if (thumb.open(QIODevice::WriteOnly))
                thumb.write(kThumbnail);
        }
    }
    return lib;
}

qint64 onlyCase(Library &lib)
{
    return lib.cases().listCases().value().first().id;
}

} // namespace

class TstCaseBundle : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { pinClock(); }
    void roundTripsAWholeCase();
    void importsTwiceAsTwoCasesSharingOriginals();
    void keepsTheBundleIdentity();
    void encryptedRoundTrip();
    void refusesWrongPassphraseTamperingAndTruncation();
    void refusesHostileBundles_data();
    void refusesHostileBundles();
    void importsTheHandMadeGoodBundle();
    void cancelsWithoutATrace();
    void estimatesPassphrases();
};

void TstCaseBundle::roundTripsAWholeCase()
{
    QTemporaryDir dir;
    auto source = fixtureLibrary(dir.filePath(u"source"_s));
    QVERIFY(source);
    const qint64 caseId = onlyCase(*source);
    const QString file = dir.filePath(u"case.habeas"_s);
    auto exported = bundle::exportCase(*source, caseId, file, {});
    QVERIFY2(
        exported.ok(), qPrintable(exported.ok() ? QString() : exported.failure().error.message));
    // case.json, review.json, the exhibit, the document, the exhibit's thumbnail
    QCOMPARE(exported.value().entries.size(), 5);

    TempLibrary target;
    auto imported = bundle::importBundle(*target.library, file, {});
    QVERIFY2(
        imported.ok(), qPrintable(imported.ok() ? QString() : imported.failure().error.message));
    QCOMPARE(imported.value().originalsAdded, 2);
    const qint64 newId = imported.value().caseId;

    // Every row came across, references remapped: compare both snapshots without the ids.
    const auto before = bundle::CaseSnapshot::read(source->database(), caseId);
    const auto after = bundle::CaseSnapshot::read(target->database(), newId);
    QVERIFY(before.ok() && after.ok());
    QCOMPARE(after.value().counts(), before.value().counts());
    QCOMPARE(after.value().title(), before.value().title());

    const auto parties = target->cases().parties(newId);
    QCOMPARE(parties->size(), 3);
    QCOMPARE(parties->first().idNumber, u"110105199003071239"_s);
    const auto exhibits = target->evidence().items(newId);
    QCOMPARE(exhibits->size(), 1);
    QCOMPARE(target->blobs().get(exhibits->first().sha256).value(), kExhibit);
    QFile thumb(target->thumbnailPath(exhibits->first().sha256));
    QVERIFY(thumb.open(QIODevice::ReadOnly));
    QCOMPARE(thumb.readAll(), kThumbnail);
    QCOMPARE(target->evidenceText().search(u"学习阶段"_s)->size(), 1);
    QCOMPARE(target->annotations().annotations(exhibits->first().id)->size(), 2);
    const auto claims = target->claims().claims(newId);
    QCOMPARE(claims->size(), 1);
    QCOMPARE(claims->first().elements.at(0).status, ElementStatus::Proven);
    QCOMPARE(claims->first().elements.at(1).citations.first().region, 1);
    QCOMPARE(target->claims().requests(newId)->size(), 2);
    QCOMPARE(target->deadlines().statuses(newId)->size(), 2);
    QCOMPARE(target->deadlines().statuses(newId)->first().dueDate(), QDate(2021, 2, 1));
    // The import is on the audit chain, and the library checks clean.
    const auto audit = target->audit().list(newId);
    QCOMPARE(audit->last().action, u"case.import"_s);
    QVERIFY(target->audit().verify().ok);
    QVERIFY(target->check().ok());
    QVERIFY(target->check().unreferencedBlobs.isEmpty());
}

void TstCaseBundle::importsTwiceAsTwoCasesSharingOriginals()
{
    QTemporaryDir dir;
    auto source = fixtureLibrary(dir.filePath(u"source"_s));
    QVERIFY(source);
    const QString file = dir.filePath(u"case.habeas"_s);
    QVERIFY(bundle::exportCase(*source, onlyCase(*source), file, {}).ok());
    // Back into the library it came from: a new case; the originals are already there.
    auto again = bundle::importBundle(*source, file, {});
    QVERIFY(again.ok());
    QCOMPARE(again.value().originalsAdded, 0);
    QCOMPARE(again.value().originalsShared, 2);
    QCOMPARE(source->cases().listCases()->size(), 2);
    QVERIFY(again.value().caseId != onlyCase(*source) || source->cases().listCases()->size() == 2);
    QVERIFY(source->check().ok());
}

void TstCaseBundle::keepsTheBundleIdentity()
{
    TempLibrary lib;
    CaseRecord c;
    c.title = u"新案件"_s;
    const qint64 id = lib->cases().createCase(c).value();
    QTemporaryDir dir;
    auto first = bundle::exportCase(*lib.library, id, dir.filePath(u"a.habeas"_s), {});
    QVERIFY(first.ok());
    QCOMPARE(first.value().bundleId.size(), 36);
    auto second = bundle::exportCase(*lib.library, id, dir.filePath(u"b.habeas"_s), {});
    QCOMPARE(second.value().bundleId, first.value().bundleId); // stable
    TempLibrary other;
    auto imported = bundle::importBundle(*other.library, dir.filePath(u"b.habeas"_s), {});
    QVERIFY(imported.ok());
    auto back = bundle::exportCase(
        *other.library, imported.value().caseId, dir.filePath(u"c.habeas"_s), {});
    QCOMPARE(back.value().bundleId, first.value().bundleId); // the returning bundle matches
}

void TstCaseBundle::encryptedRoundTrip()
{
    QTemporaryDir dir;
    auto source = fixtureLibrary(dir.filePath(u"source"_s));
    QVERIFY(source);
    const QString file = dir.filePath(u"sealed.habeas"_s);
    bundle::ExportOptions options { true, "correct horse battery staple" };
    QVERIFY(bundle::exportCase(*source, onlyCase(*source), file, options).ok());
    QVERIFY(bundle::isEncryptedBundle(file));
    // Nothing of the case shows without the passphrase.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray sealed = f.readAll();
    QVERIFY(!sealed.contains("manifest.json"));
    QVERIFY(!sealed.contains("screenshot"));
    QVERIFY(!sealed.contains(QString(u"罗某"_s).toUtf8()));
    // Leaves no staged copy behind.
    QCOMPARE(stagedCopies(*source), 0);

    TempLibrary target;
    auto imported = bundle::importBundle(*target.library, file, options.passphrase);
    QVERIFY2(
        imported.ok(), qPrintable(imported.ok() ? QString() : imported.failure().error.message));
    QVERIFY(imported.value().manifest.encrypted);
    QCOMPARE(target->evidence().items(imported.value().caseId)->size(), 1);
    QCOMPARE(stagedCopies(*target.library), 0);
    // Without a passphrase: an input error naming what is missing.
    auto none = bundle::importBundle(*target.library, file, {});
    QVERIFY(!none.ok());
    QCOMPARE(none.failure().kind, Kind::Input);
    QVERIFY(none.failure().error.message.contains(u"passphrase"_s));
}

void TstCaseBundle::refusesWrongPassphraseTamperingAndTruncation()
{
    QTemporaryDir dir;
    auto source = fixtureLibrary(dir.filePath(u"source"_s));
    QVERIFY(source);
    const QString file = dir.filePath(u"sealed.habeas"_s);
    const QByteArray pass = "correct horse battery staple";
    QVERIFY(bundle::exportCase(*source, onlyCase(*source), file, { true, pass }).ok());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray sealed = f.readAll();

    TempLibrary target;
    target->audit().flushHead(); // the head of its last commit is on disk first
    const auto before = librarySnapshot(target);
    const auto attempt = [&](const QByteArray &bytes, const QByteArray &passphrase) {
        const QString path = dir.filePath(u"attempt.habeas"_s);
        QFile out(path);
        out.open(QIODevice::WriteOnly | QIODevice::Truncate);
        out.write(bytes);
        out.close();
        return bundle::importBundle(*target.library, path, passphrase);
    };
    const struct {
        const char *what;
        QByteArray bytes;
        QByteArray passphrase;
        QString message;
    } cases[] = {
        { "wrong passphrase", sealed, "correct horse battery stapler", u"passphrase is wrong"_s },
        { "a flipped byte", QByteArray(sealed).replace(200, 1, "\x5a"), pass, u"altered"_s },
        { "a flipped salt byte", QByteArray(sealed).replace(30, 1, "\x01"), pass, u"altered"_s },
        { "the end missing", sealed.left(sealed.size() - 40), pass, u"truncated"_s },
        { "the last chunk dropped", sealed.left(sealed.size() - 1), pass, u"truncated"_s },
        { "bytes after the end", sealed + "more", pass, u"after its end"_s },
        { "the header cut", sealed.left(30), pass, u"header is incomplete"_s },
    };
    for (const auto &c : cases) {
        auto result = attempt(c.bytes, c.passphrase);
        QVERIFY2(!result.ok(), c.what);
        QVERIFY2(result.failure().kind == Kind::Integrity, c.what);
        if (c.passphrase != pass) // the window asks for it again
            QVERIFY(result.failure().wrongPassphrase);
        QVERIFY2(result.failure().error.message.contains(c.message),
            qPrintable(QLatin1String(c.what) + u": "_s + result.failure().error.message));
        QCOMPARE(librarySnapshot(target), before);
    }
}

void TstCaseBundle::refusesHostileBundles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    const int integrity = int(Kind::Integrity);
    const int input = int(Kind::Input);
    QTest::newRow("..") << u"dotdot.habeas"_s << integrity << u"climbs out"_s;
    QTest::newRow("absolute") << u"absolute.habeas"_s << integrity << u"absolute path"_s;
    QTest::newRow("symlink") << u"symlink.habeas"_s << integrity << u"symbolic link"_s;
    QTest::newRow("duplicate") << u"duplicate.habeas"_s << integrity << u"two entries named"_s;
    QTest::newRow("altered bytes")
        << u"altered.habeas"_s << integrity << u"differ from the manifest"_s;
    QTest::newRow("lying manifest")
        << u"lying-manifest.habeas"_s << integrity << u"lies about its sizes"_s;
    QTest::newRow("entry bomb") << u"bomb-entry.habeas"_s << integrity << u"zip bomb"_s;
    QTest::newRow("total bomb") << u"bomb-total.habeas"_s << integrity << u"zip bomb"_s;
    QTest::newRow("truncated") << u"truncated.habeas"_s << integrity << u"truncated"_s;
    QTest::newRow("future") << u"future.habeas"_s << input << u"newer Habeas"_s;
    QTest::newRow("newer schema") << u"newer-schema.habeas"_s << input << u"newer Habeas"_s;
    QTest::newRow("refused row") << u"refused-row.habeas"_s << integrity
                                 << u"refuses a row of cases"_s;
    QTest::newRow("not a zip") << u"not-a-zip.habeas"_s << input << u"not a ZIP"_s;
    QTest::newRow("encrypted, truncated")
        << u"encrypted-truncated.habeas"_s << integrity << u"truncated"_s;
    QTest::newRow("missing") << u"no-such.habeas"_s << input << u"no bundle"_s;
}

void TstCaseBundle::refusesHostileBundles()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(QString, message);
    TempLibrary target;
    CaseRecord c;
    c.title = u"已有案件"_s;
    QVERIFY(target->cases().createCase(c).ok());
    target->audit().flushHead(); // the head of its last commit is on disk first
    const auto before = librarySnapshot(target);
    const QString path = testData(u"bundles/"_s + file);
    const QByteArray pass = "correct horse battery staple";
    auto imported = bundle::importBundle(*target.library, path, pass);
    QVERIFY(!imported.ok());
    QCOMPARE(int(imported.failure().kind), kind);
    QVERIFY2(imported.failure().error.message.contains(message),
        qPrintable(imported.failure().error.message));
    QCOMPARE(librarySnapshot(target), before);
    QCOMPARE(target->cases().listCases()->size(), 1);
    // Inspect refuses it the same way, and writes nothing either; a well-formed bundle only this
    // library cannot take (a newer schema, a row it refuses) it shows.
    QTemporaryDir scratch;
    auto inspected = bundle::inspectBundle(path, pass, scratch.path());
    const bool wellFormed = file == u"newer-schema.habeas"_s || file == u"refused-row.habeas"_s;
    QCOMPARE(inspected.ok(), wellFormed);
    if (!inspected.ok())
        QCOMPARE(int(inspected.failure().kind), kind);
    QVERIFY(QDir(scratch.path()).isEmpty());
    QVERIFY(!QFileInfo::exists(u"/tmp/habeas-absolute.txt"_s));
}

void TstCaseBundle::importsTheHandMadeGoodBundle()
{
    // The control for the hostile bundles: make.py's good bundle imports, agent and all.
    for (const QString &name : { u"good.habeas"_s, u"encrypted.habeas"_s }) {
        TempLibrary target;
        auto imported = bundle::importBundle(
            *target.library, testData(u"bundles/"_s + name), "correct horse battery staple");
        QVERIFY2(imported.ok(),
            qPrintable(imported.ok() ? QString() : imported.failure().error.message));
        const auto parties = target->cases().parties(imported.value().caseId);
        QCOMPARE(parties->size(), 2);
        QCOMPARE(parties->last().representsId, parties->first().id);
        QCOMPARE(target->evidenceText().search(u"真实姓名"_s)->size(), 1);
        QVERIFY(target->check().ok());
    }
}

void TstCaseBundle::cancelsWithoutATrace()
{
    QTemporaryDir dir;
    auto source = fixtureLibrary(dir.filePath(u"source"_s));
    QVERIFY(source);
    const QString file = dir.filePath(u"case.habeas"_s);
    // Cancelled export: no file.
    auto cancelledExport = bundle::exportCase(
        *source, onlyCase(*source), file, {}, [](qint64, qint64) { return false; });
    QVERIFY(!cancelledExport.ok());
    QCOMPARE(cancelledExport.failure().kind, Kind::Cancelled);
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(bundle::exportCase(*source, onlyCase(*source), file, {}).ok());
    // Cancelled import, at every step it reports: the library as it was.
    TempLibrary target;
    target->audit().flushHead(); // the head of its last commit is on disk first
    const auto before = librarySnapshot(target);
    for (int stopAt = 1; stopAt < 6; ++stopAt) {
        int calls = 0;
        auto result = bundle::importBundle(
            *target.library, file, {}, [&](qint64, qint64) { return ++calls < stopAt; });
        QVERIFY(!result.ok());
        QCOMPARE(result.failure().kind, Kind::Cancelled);
        QCOMPARE(librarySnapshot(target), before);
    }
}

void TstCaseBundle::estimatesPassphrases()
{
    using Level = bundle::PassphraseStrength::Level;
    QCOMPARE(bundle::estimatePassphrase({}).level, Level::Empty);
    QCOMPARE(bundle::estimatePassphrase(u"password"_s).level, Level::Weak);
    QCOMPARE(bundle::estimatePassphrase(u"aaaaaaaaaaaaaaaaaaaaaaaa"_s).level, Level::Weak);
    QCOMPARE(bundle::estimatePassphrase(u"Tr0ub4dor&3x"_s).level, Level::Fair);
    QCOMPARE(bundle::estimatePassphrase(u"correct horse battery staple"_s).level, Level::Strong);
    QCOMPARE(bundle::estimatePassphrase(u"北京互联网法院罗某案"_s).level, Level::Strong);
    QCOMPARE(bundle::estimatePassphrase(u"Tr0ub4dor&3x"_s).word(), u"fair"_s);
}

QTEST_GUILESS_MAIN(TstCaseBundle)
#include "tst_casebundle.moc"
