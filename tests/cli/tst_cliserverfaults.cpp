// A server library's server stopped in the middle of a command (docs/server.md "Faults"): the
// command exits 3 saying the server cannot be reached, and once the server is back nothing is
// half-written: every exhibit recorded has its whole original, `library check` and `evidence
// verify` pass, and the same import run again completes what was missing.

#include "clirunner.h"
#include "support/pgcluster.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace habeas::test;

class TstCliServerFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aServerStoppedMidImportLeavesNothingHalfWritten();

private:
    qint64 count(const QString &sql);
    std::unique_ptr<PgCluster> m_cluster;
};

void TstCliServerFaults::initTestCase()
{
    m_cluster = std::make_unique<PgCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    QString why;
    QVERIFY2(m_cluster->createDatabase(u"firm"_s, &why), qPrintable(why));
}

qint64 TstCliServerFaults::count(const QString &sql)
{
    return m_cluster->number(u"firm"_s, sql);
}

void TstCliServerFaults::aServerStoppedMidImportLeavesNothingHalfWritten()
{
    const QString lib = m_cluster->url(u"firm"_s);
    const auto cli = [&lib](const QStringList &args) {
        return runCli(QStringList { u"--library"_s, lib, u"--json"_s } + args);
    };
    QCOMPARE(cli({ u"case"_s, u"new"_s, u"--title"_s, u"罗某诉某教育科技公司"_s }).exitCode, 0);
    // Forty recordings of 3 MiB each (four chunks apiece): long enough to stop the server under.
    QTemporaryDir files;
    QStringList paths;
    for (int i = 0; i < 40; ++i) {
        QByteArray bytes(3 * 1024 * 1024 + 1 + i, '\0');
        QRandomGenerator random(quint32(i + 1));
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        QFile f(files.filePath(u"录音%1.bin"_s.arg(i)));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
        paths << f.fileName();
    }

    QProcess import;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, files.filePath(u"config"_s));
    import.setProcessEnvironment(env);
    import.start(u"" HABEAS_CLI_PATH ""_s,
        QStringList { u"--library"_s, lib, u"evidence"_s, u"add"_s, u"1"_s } + paths);
    // Some originals are on the server: the import is under way. The server stops.
    const QDeadlineTimer deadline(60000);
    while (count(u"SELECT count(*) FROM blobs"_s) < 3 && !deadline.hasExpired()
        && import.state() != QProcess::NotRunning)
        QThread::msleep(20);
    QVERIFY2(import.state() != QProcess::NotRunning, "the import ended before the server stopped");
    m_cluster->stopServer();
    QVERIFY(import.waitForFinished(60000));
    const QString said = QString::fromUtf8(import.readAllStandardError());
    const QString lines = QString::fromUtf8(import.readAllStandardOutput());
    QVERIFY2(import.exitCode() == 3, qPrintable(said.right(1500) + lines.right(1500)));
    QVERIFY2(said.contains(u"cannot be reached"_s), qPrintable(said));
    QVERIFY(m_cluster->startServer());

    // What was committed is whole: each exhibit's original with all its chunks, the chain intact.
    const qint64 recorded = count(u"SELECT count(*) FROM evidence_items"_s);
    QVERIFY(recorded >= 0 && recorded < paths.size());
    // Once the library failed, the later batches (32 files each) were not tried, and say so.
    if (recorded < 32)
        QVERIFY2(lines.contains(u"录音39.bin  Not tried: the library failed"_s), qPrintable(lines));
    QCOMPARE(count(u"SELECT count(*) FROM evidence_items e LEFT JOIN blobs b ON b.sha256 = "
                   "e.sha256 WHERE b.sha256 IS NULL"_s),
        0);
    QCOMPARE(count(u"SELECT count(*) FROM blobs b WHERE (SELECT count(*) FROM blob_chunks c "
                   "WHERE c.sha256 = b.sha256) <> 4"_s),
        0);
    const Run check = cli({ u"library"_s, u"check"_s });
    QVERIFY2(check.exitCode == 0, qPrintable(check.err + QString::fromUtf8(check.out)));
    QCOMPARE(cli({ u"evidence"_s, u"verify"_s }).exitCode, 0);
    QCOMPARE(cli({ u"audit"_s, u"verify"_s }).exitCode, 0);

    // The same import again: what was recorded is a duplicate, the rest comes in.
    CliOptions patient;
    patient.timeoutMs = 180000;
    const Run again = runCli(
        QStringList { u"--library"_s, lib, u"--json"_s, u"evidence"_s, u"add"_s, u"1"_s } + paths,
        patient);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(count(u"SELECT count(*) FROM evidence_items"_s), paths.size());
    int duplicates = 0;
    for (const QJsonValue result : again.json().array())
        duplicates += result.toObject().value(u"status"_s).toString() == u"duplicate"_s;
    QCOMPARE(duplicates, recorded);
}

QTEST_GUILESS_MAIN(TstCliServerFaults)
#include "tst_cliserverfaults.moc"
