// habeas-cli on a server library: --library postgresql://… opens a database on a private
// PostgreSQL cluster (tests/support/pgcluster.h), and the case commands work there as on a
// folder, exhibits included (their originals in the server's blob tables, their text searched
// through pg_trgm); a server that cannot be reached exits 3 with a message.

#include "clirunner.h"
#include "support/pgcluster.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace habeas::test;

class TstCliServer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void casesLiveOnTheServer();
    void exhibitsLiveOnTheServer();
    void theDemoGoesIntoAServerLibrary();
    void anEmptyDatabaseIsNotALibraryForReading();
    void initMakesTheSchemaOnceAndCheckPasses();
    void anUnreachableServerExitsThree();
    void aMalformedAddressIsAnInputError();

private:
    std::unique_ptr<PgCluster> m_cluster;
};

void TstCliServer::initTestCase()
{
    m_cluster = std::make_unique<PgCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
}

void TstCliServer::casesLiveOnTheServer()
{
    QString why;
    QVERIFY2(m_cluster->createDatabase(u"firm"_s, &why), qPrintable(why));
    const QString lib = m_cluster->url(u"firm"_s);
    const Run created =
        runCli({ u"--library"_s, lib, u"--json"_s, u"case"_s, u"new"_s, u"--title"_s,
            u"张某诉某科技公司"_s, u"--kind"_s, u"private"_s, u"--court"_s, u"杭州互联网法院"_s });
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const int id = created.json().object().value(u"id"_s).toInt();
    QVERIFY(id > 0);
    const Run party = runCli({ u"--library"_s, lib, u"--json"_s, u"party"_s, u"add"_s,
        QString::number(id), u"--role"_s, u"defendant"_s, u"--type"_s, u"org"_s, u"--name"_s,
        u"某科技有限公司"_s, u"--uscc"_s, u"91350100M000100Y43"_s });
    QVERIFY2(party.exitCode == 0, qPrintable(party.err));
    const Run list = runCli({ u"--library"_s, lib, u"--json"_s, u"case"_s, u"list"_s });
    QCOMPARE(list.exitCode, 0);
    const QJsonArray cases = list.json().array();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.at(0).toObject().value(u"title"_s).toString(), u"张某诉某科技公司"_s);
    // What was written is in the server's tables, not in a folder.
    const QSqlDatabase db = m_cluster->connect(u"firm"_s, u"check"_s, &why);
    QVERIFY2(db.isOpen(), qPrintable(why));
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT title FROM cases"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"张某诉某科技公司"_s);
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    const Run audit = runCli({ u"--library"_s, lib, u"audit"_s, u"verify"_s });
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.err));
}

namespace {

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TstCliServer::exhibitsLiveOnTheServer()
{
    QString why;
    QVERIFY2(m_cluster->createDatabase(u"exhibits"_s, &why), qPrintable(why));
    const QString lib = m_cluster->url(u"exhibits"_s);
    const auto cli = [&lib](const QStringList &args) {
        return runCli(QStringList { u"--library"_s, lib, u"--json"_s } + args);
    };
    QCOMPARE(cli({ u"case"_s, u"new"_s, u"--title"_s, u"罗某诉某教育科技公司"_s }).exitCode, 0);
    QTemporaryDir files;
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(files.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return f.fileName();
    };
    const QString sms = write(u"sms.txt"_s, "【某某英语】新用户专享：营销短信，回T退订");
    QByteArray big(3 * 1024 * 1024 + 17, '\0'); // over three chunks of the server's blob table
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 7919) % 251);
    const QString video = write(u"录屏.bin"_s, big);
    const Run added = cli(
        { u"evidence"_s, u"add"_s, u"1"_s, sms, video, sms, u"--purpose"_s, u"证明营销短信"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    // The staging threads' connections are closed without a complaint from Qt.
    QVERIFY2(!added.err.contains(u"QSql"_s), qPrintable(added.err));
    const QJsonArray results = added.json().array();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).toObject().value(u"status"_s).toString(), u"imported"_s);
    QCOMPARE(results.at(1).toObject().value(u"exhibit"_s).toString(), u"证据1-2"_s);
    QCOMPARE(results.at(2).toObject().value(u"status"_s).toString(), u"duplicate"_s);
    const QString videoId = QString::number(results.at(1).toObject().value(u"id"_s).toInt());

    const Run list = cli({ u"evidence"_s, u"list"_s, u"1"_s });
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QCOMPARE(list.json().array().size(), 2);

    // The originals are rows of the server's blob store, not files.
    {
        const QSqlDatabase db = m_cluster->connect(u"exhibits"_s, u"blobs"_s, &why);
        QVERIFY2(db.isOpen(), qPrintable(why));
        QSqlQuery q(db);
        QVERIFY(
            q.exec(u"SELECT size FROM blobs WHERE sha256 = '%1'"_s.arg(sha256Of(big))) && q.next());
        QCOMPARE(q.value(0).toLongLong(), big.size());
        QVERIFY(q.exec(u"SELECT count(*) FROM blob_chunks WHERE sha256 = '%1'"_s.arg(sha256Of(big)))
            && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
    }
    QSqlDatabase::removeDatabase(u"blobs"_s);

    // Exported byte for byte, the hash checked on the way.
    const QString out = files.filePath(u"exported.bin"_s);
    const Run exported = cli({ u"evidence"_s, u"export"_s, videoId, u"--out"_s, out });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(sha256Of(readAll(out)), sha256Of(big));
    QCOMPARE(cli({ u"evidence"_s, u"verify"_s }).exitCode, 0);

    // The text the parse worker read from the server's copy is searched through pg_trgm: a word
    // of two characters (the grams table), one of five (the trigram index). Page 0 is an
    // exhibit's title or notes (both exhibits' purpose says 营销短信).
    for (const QString &word : { u"短信"_s, u"新用户专享"_s }) {
        const Run found = cli({ u"search"_s, word });
        QVERIFY2(found.exitCode == 0, qPrintable(found.err));
        QStringList pages;
        for (const QJsonValue hit : found.json().array())
            if (hit.toObject().value(u"page"_s).toInt() > 0)
                pages << hit.toObject().value(u"exhibit"_s).toString() + u" p"_s
                        + QString::number(hit.toObject().value(u"page"_s).toInt());
        QCOMPARE(pages, QStringList { u"证据1-1 p1"_s });
    }
    const Run check = cli({ u"library"_s, u"check"_s });
    QVERIFY2(check.exitCode == 0, qPrintable(check.err + QString::fromUtf8(check.out)));
    QVERIFY(check.json().object().value(u"blobStoreOk"_s).toBool());
}

void TstCliServer::theDemoGoesIntoAServerLibrary()
{
    QString why;
    QVERIFY2(m_cluster->createDatabase(u"demo"_s, &why), qPrintable(why));
    const QString lib = m_cluster->url(u"demo"_s);
    const Run demo = runCli({ u"--library"_s, lib, u"--json"_s, u"library"_s, u"demo"_s });
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const int caseId = demo.json().object().value(u"caseId"_s).toInt();
    QVERIFY(caseId > 0);
    const Run list = runCli(
        { u"--library"_s, lib, u"--json"_s, u"evidence"_s, u"list"_s, QString::number(caseId) });
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.json().array().size() >= 3);
    QCOMPARE(runCli({ u"--library"_s, lib, u"evidence"_s, u"verify"_s }).exitCode, 0);
    QCOMPARE(runCli({ u"--library"_s, lib, u"audit"_s, u"verify"_s }).exitCode, 0);
    // A second demo into the same database is refused: it holds a library now.
    QCOMPARE(runCli({ u"--library"_s, lib, u"library"_s, u"demo"_s }).exitCode, 2);
}

void TstCliServer::anEmptyDatabaseIsNotALibraryForReading()
{
    QString why;
    QVERIFY2(m_cluster->createDatabase(u"empty"_s, &why), qPrintable(why));
    const Run list = runCli({ u"--library"_s, m_cluster->url(u"empty"_s), u"case"_s, u"list"_s });
    QCOMPARE(list.exitCode, 3);
    QVERIFY2(list.err.contains(u"holds no Habeas library yet"_s), qPrintable(list.err));
}

void TstCliServer::initMakesTheSchemaOnceAndCheckPasses()
{
    QString why;
    QVERIFY2(m_cluster->createDatabase(u"clinic"_s, &why), qPrintable(why));
    const QString lib = m_cluster->url(u"clinic"_s);
    const Run init = runCli({ u"--library"_s, lib, u"library"_s, u"init"_s });
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QVERIFY(QString::fromUtf8(init.out).contains(lib));
    const Run again = runCli({ u"--library"_s, lib, u"library"_s, u"init"_s });
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(u"already holds a library"_s), qPrintable(again.err));
    QCOMPARE(runCli({ u"--library"_s, lib, u"library"_s, u"demo"_s }).exitCode, 2);
    const Run check = runCli({ u"--library"_s, lib, u"--json"_s, u"library"_s, u"check"_s });
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    QCOMPARE(check.json().object().value(u"library"_s).toString(), lib);
    QCOMPARE(check.json().object().value(u"schemaVersion"_s).toInt(),
        check.json().object().value(u"supportedSchemaVersion"_s).toInt());
}

void TstCliServer::anUnreachableServerExitsThree()
{
    // A port nothing listens on: the cluster's, plus one, is free in practice; a refusal is
    // what a stopped server gives.
    const QString lib = u"postgresql://%1@127.0.0.1:%2/firm"_s.arg(m_cluster->user())
                            .arg(m_cluster->port() == 65535 ? 1 : m_cluster->port() + 1);
    const Run list = runCli({ u"--library"_s, lib, u"case"_s, u"list"_s });
    QCOMPARE(list.exitCode, 3);
    QVERIFY2(list.err.contains(u"cannot be reached"_s), qPrintable(list.err));
}

void TstCliServer::aMalformedAddressIsAnInputError()
{
    const Run list =
        runCli({ u"--library"_s, u"postgresql://127.0.0.1/firm"_s, u"case"_s, u"list"_s });
    QCOMPARE(list.exitCode, 2);
}

QTEST_GUILESS_MAIN(TstCliServer)
#include "tst_cliserver.moc"
