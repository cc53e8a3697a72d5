// habeas-cli on a server library: --library postgresql://… opens a database on a private
// PostgreSQL cluster (tests/support/pgcluster.h), and the case commands work there as on a
// folder; a server that cannot be reached exits 3 with a message.

#include "clirunner.h"
#include "support/pgcluster.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace habeas::test;

class TstCliServer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void casesLiveOnTheServer();
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
