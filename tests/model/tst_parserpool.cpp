// The pool of long-lived habeas-parse workers: the real worker in --serve mode, and fake
// workers (shell scripts speaking the same protocol) that crash or hang on chosen files, to
// show a worker is replaced and the other files are still read; recycling after N files;
// cancelling; and an import's batches, each recorded all or nothing.
#include "../parsing/parsingfixtures.h"
#include "cases/casestore.h"
#include "evidence/evidencetext.h"
#include "evidence/importrun.h"
#include "evidence/parserpool.h"
#include "storage/auditlog.h"
#include "storage/sql.h"
#include "storage/storagebackend.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;
using namespace std::chrono_literals;

class TstParserPool final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void realWorkersReadManyFiles();
    void crashingFileCostsOneWorkerOnly();
    void unreadableIsJudgedByAFreshWorker();
    void hangHitsTheTimeLimitAndTheWorkerIsReplaced();
    void workerIsRecycledAfterNFiles();
    void cancelAnswersEveryFileCancelled();
    void missingWorkerIsUnavailable();
    void batchRecordsAllOrNothing();
    void importRunRecordsAndReadsInBatches();

private:
    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(name);
        writeBytes(path, bytes);
        return path;
    }
    // A worker speaking --serve: each request's file is logged with the worker's pid, then it
    // crashes on POISON, hangs on HANG, and otherwise answers as the real one-file worker does.
    QString fakeServer(const QString &name)
    {
        const QString script = m_files.filePath(name);
        writeBytes(script,
            "#!/bin/sh\nwhile IFS= read -r line; do\n"
            "  f=$(printf '%s\\n' \"$line\" | sed 's/.*\"file\":\"\\([^\"]*\\)\".*/\\1/')\n"
            "  echo \"$$ $f\" >> '"
                + m_files.filePath(u"served.log"_s).toUtf8()
                + "'\n"
                  "  if grep -q POISON \"$f\"; then kill -SEGV $$; fi\n"
                  "  if grep -q HANG \"$f\"; then exec sleep 30; fi\n"
                  "  '"
                + QByteArray(HABEAS_PARSE_WORKER) + "' -- \"$f\"\ndone\n");
        QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::remove(m_files.filePath(u"served.log"_s));
        return script;
    }
    // pid → files that worker was given, from the fake server's log.
    QMap<QString, QStringList> served()
    {
        QFile log(m_files.filePath(u"served.log"_s));
        QMap<QString, QStringList> byPid;
        if (!log.open(QIODevice::ReadOnly))
            return byPid;
        for (const QByteArray &line : log.readAll().split('\n'))
            if (const qsizetype space = line.indexOf(' '); space > 0)
                byPid[QString::fromUtf8(line.left(space))]
                    << QFileInfo(QString::fromUtf8(line.mid(space + 1))).fileName();
        return byPid;
    }
    // Submits the files and waits for every answer, by file name.
    QMap<QString, ParseResult> parseAll(ParserPool &pool, const QStringList &files)
    {
        QMap<quint64, QString> tickets;
        QMap<QString, ParseResult> results;
        QEventLoop loop;
        connect(&pool, &ParserPool::parsed, &loop, [&](quint64 ticket, const ParseResult &r) {
            results.insert(tickets.value(ticket), r);
            if (results.size() == tickets.size())
                loop.quit();
        });
        for (const QString &f : files)
            tickets.insert(pool.submit({ f, {}, false, {} }), QFileInfo(f).fileName());
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        loop.exec();
        return results;
    }

    QTemporaryDir m_files;
};

void TstParserPool::initTestCase()
{
    pinClock();
    qputenv("HABEAS_PARSE_PATH", HABEAS_PARSE_WORKER);
}

void TstParserPool::realWorkersReadManyFiles()
{
    QStringList files;
    for (int i = 0; i < 12; ++i)
        files << file(u"note-%1.txt"_s.arg(i), u"第%1号 短信记录\n"_s.arg(i).toUtf8());
    files << file(u"shot.png"_s, encode(textImage({ u"Habeas"_s }), "PNG"));
    ParserPool pool(ParserClient(), 2);
    pool.setFilesPerWorker(5);
    const auto results = parseAll(pool, files);
    QCOMPARE(results.size(), files.size());
    for (int i = 0; i < 12; ++i) {
        const ParseResult r = results.value(u"note-%1.txt"_s.arg(i));
        QVERIFY2(r.ok(), qPrintable(r.reason));
        QCOMPARE(r.text(), u"第%1号 短信记录\n"_s.arg(i));
    }
    QCOMPARE(results.value(u"shot.png"_s).kind, ParseResult::Kind::Image);
    QVERIFY(results.value(u"shot.png"_s).workerCpuSeconds > 0); // the serving worker says it
    // 13 files, 5 a worker: at least three workers, never one a file.
    QVERIFY2(pool.stats().started >= 3 && pool.stats().started < 13,
        qPrintable(QString::number(pool.stats().started)));
}

void TstParserPool::crashingFileCostsOneWorkerOnly()
{
    const QStringList files { file(u"a.txt"_s, "first\n"), file(u"poison.txt"_s, "POISON\n"),
        file(u"b.txt"_s, "second\n"), file(u"c.txt"_s, "third\n") };
    ParserClient client;
    client.setWorkerPath(fakeServer(u"poison.sh"_s));
    ParserPool pool(client, 1);
    const auto results = parseAll(pool, files);
    QCOMPARE(results.size(), 4);
    QCOMPARE(results.value(u"poison.txt"_s).status, ParseResult::Status::Unreadable);
    QVERIFY2(results.value(u"poison.txt"_s).reason.contains(u"crashed"_s),
        qPrintable(results.value(u"poison.txt"_s).reason));
    for (const QString &name : { u"a.txt"_s, u"b.txt"_s, u"c.txt"_s })
        QVERIFY2(results.value(name).ok(), qPrintable(name + results.value(name).reason));
    QCOMPARE(results.value(u"c.txt"_s).text(), u"third\n"_s);
    // The worker that had read a.txt crashed on the poison; a fresh one tried it again (and
    // crashed too), and a third read the rest.
    const auto byPid = served();
    QCOMPARE(byPid.size(), 3);
    QCOMPARE(pool.stats().crashed, 2);
    QCOMPARE(pool.stats().retried, 1);
    QStringList order;
    for (const QStringList &names : byPid)
        order << names.join(u',');
    order.sort();
    QCOMPARE(order, (QStringList { u"a.txt,poison.txt"_s, u"b.txt,c.txt"_s, u"poison.txt"_s }));
}

void TstParserPool::unreadableIsJudgedByAFreshWorker()
{
    const QByteArray png = encode(textImage({ u"Habeas"_s }), "PNG");
    const QStringList files { file(u"first.txt"_s, "first\n"),
        file(u"broken.png"_s, png.left(png.size() / 2)), file(u"last.txt"_s, "last\n") };
    ParserClient client;
    client.setWorkerPath(fakeServer(u"broken.sh"_s));
    ParserPool pool(client, 1);
    const auto results = parseAll(pool, files);
    QCOMPARE(results.value(u"broken.png"_s).status, ParseResult::Status::Unreadable);
    QVERIFY(results.value(u"first.txt"_s).ok());
    QVERIFY(results.value(u"last.txt"_s).ok());
    // The worker that had read first.txt does not get the last word on broken.png: a fresh
    // one reads it again, and is retired after it too.
    QStringList order;
    for (const QStringList &names : served())
        order << names.join(u',');
    order.sort();
    QCOMPARE(order, (QStringList { u"broken.png"_s, u"first.txt,broken.png"_s, u"last.txt"_s }));
    QCOMPARE(pool.stats().retried, 1);
    QCOMPARE(pool.stats().crashed, 0);
}

void TstParserPool::hangHitsTheTimeLimitAndTheWorkerIsReplaced()
{
    const QStringList files { file(u"hang.txt"_s, "HANG\n"), file(u"after.txt"_s, "after\n") };
    ParserClient client;
    client.setWorkerPath(fakeServer(u"hang.sh"_s));
    client.setTimeout(1'000ms);
    ParserPool pool(client, 1);
    QElapsedTimer timer;
    timer.start();
    const auto results = parseAll(pool, files);
    QVERIFY2(timer.elapsed() < 20'000, "the hang was not cut at its time limit");
    QCOMPARE(results.value(u"hang.txt"_s).status, ParseResult::Status::Unreadable);
    QVERIFY2(results.value(u"hang.txt"_s).reason.contains(u"timed out"_s),
        qPrintable(results.value(u"hang.txt"_s).reason));
    QVERIFY(results.value(u"after.txt"_s).ok());
    QCOMPARE(pool.stats().timedOut, 1);
    QCOMPARE(served().size(), 2); // a new worker for the file after the hang
}

void TstParserPool::workerIsRecycledAfterNFiles()
{
    QStringList files;
    for (int i = 0; i < 7; ++i)
        files << file(u"n%1.txt"_s.arg(i), QByteArray::number(i) + '\n');
    ParserClient client;
    client.setWorkerPath(fakeServer(u"count.sh"_s));
    ParserPool pool(client, 1);
    pool.setFilesPerWorker(3);
    const auto results = parseAll(pool, files);
    QCOMPARE(results.size(), 7);
    const auto byPid = served();
    QCOMPARE(byPid.size(), 3); // 3 + 3 + 1
    for (const QStringList &names : byPid)
        QVERIFY(names.size() <= 3);
    QCOMPARE(pool.stats().started, 3);
    QCOMPARE(pool.stats().retired, 2);
}

void TstParserPool::cancelAnswersEveryFileCancelled()
{
    QStringList files { file(u"slow.txt"_s, "HANG\n") };
    for (int i = 0; i < 4; ++i)
        files << file(u"w%1.txt"_s.arg(i), "waiting\n");
    ParserClient client;
    client.setWorkerPath(fakeServer(u"slow.sh"_s));
    ParserPool pool(client, 1);
    QSignalSpy parsed(&pool, &ParserPool::parsed);
    for (const QString &f : files)
        pool.submit({ f, {}, false, {} });
    // Wait until the worker is stuck on the first file.
    QTRY_VERIFY_WITH_TIMEOUT(!served().isEmpty(), 10'000);
    pool.cancelAll();
    QTRY_COMPARE_WITH_TIMEOUT(parsed.size(), 5, 10'000);
    for (const auto &args : parsed)
        QCOMPARE(args.at(1).value<ParseResult>().status, ParseResult::Status::Cancelled);
    QCOMPARE(served().first().size(), 1); // the waiting files were never sent
}

void TstParserPool::missingWorkerIsUnavailable()
{
    ParserClient client;
    client.setWorkerPath(m_files.filePath(u"no-such-worker"_s));
    ParserPool pool(client, 2);
    const auto results = parseAll(pool, { file(u"x.txt"_s, "x\n"), file(u"y.txt"_s, "y\n") });
    QCOMPARE(results.size(), 2);
    for (const ParseResult &r : results) {
        QCOMPARE(r.status, ParseResult::Status::ParserUnavailable);
        QVERIFY(r.reason.contains(u"habeas-parse"_s));
    }
}

void TstParserPool::batchRecordsAllOrNothing()
{
    TempLibrary lib;
    CaseRecord c;
    c.title = u"罗某诉某科技公司"_s;
    const qint64 caseId = lib->cases().createCase(c).value();
    const auto stage = [&](const QString &name, const QByteArray &bytes) {
        return EvidenceStore::stage(lib->blobs(), file(name, bytes)).value();
    };
    // The database refuses the second file of the batch half way through it.
    const QStringList refuse = lib->isServer()
        ? QStringList { u"CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ "
                        "BEGIN IF NEW.original_name = 'refused.txt' THEN RAISE EXCEPTION "
                        "'refused by the test'; END IF; RETURN NEW; END $$"_s,
              u"CREATE TRIGGER refuse BEFORE INSERT ON evidence_items FOR EACH ROW "
              "EXECUTE FUNCTION test_refuse()"_s }
        : QStringList { u"CREATE TEMP TRIGGER refuse BEFORE INSERT ON evidence_items WHEN "
                        "NEW.original_name = 'refused.txt' BEGIN SELECT RAISE(ABORT, 'refused by "
                        "the test'); END"_s };
    for (const QString &sql : refuse) // DDL: executed, not prepared
        QVERIFY(QSqlQuery(lib->database()).exec(sql));
    const qint64 auditBefore = lib->audit().list(0).value().size();
    const QList<ImportOutcome> failed = lib->evidence().recordAll(caseId,
        { stage(u"one.txt"_s, "one\n"), stage(u"refused.txt"_s, "two\n"),
            stage(u"three.txt"_s, "three\n") },
        {});
    QCOMPARE(failed.size(), 3);
    for (const ImportOutcome &o : failed) {
        QCOMPARE(o.kind, ImportOutcome::Kind::Rejected);
        QVERIFY2(o.message.contains(u"refused by the test"_s), qPrintable(o.message));
    }
    QVERIFY(lib->evidence().items(caseId).value().isEmpty());
    QCOMPARE(lib->audit().list(0).value().size(), auditBefore);

    // A batch that holds: every file, numbered in order, a duplicate answered as one.
    const QList<ImportOutcome> held = lib->evidence().recordAll(caseId,
        { stage(u"one.txt"_s, "one\n"), stage(u"again.txt"_s, "one\n"),
            stage(u"three.txt"_s, "three\n") },
        {});
    QCOMPARE(held.at(0).kind, ImportOutcome::Kind::Imported);
    QCOMPARE(held.at(0).exhibit, u"证据1-1"_s);
    QCOMPARE(held.at(1).kind, ImportOutcome::Kind::Duplicate);
    QCOMPARE(held.at(1).id, held.at(0).id);
    QCOMPARE(held.at(2).exhibit, u"证据1-2"_s);
    QCOMPARE(lib->evidence().items(caseId).value().size(), 2);
    QCOMPARE(lib->audit().list(0).value().size(), auditBefore + 2);
    QVERIFY(lib->audit().verify().ok);
}

void TstParserPool::importRunRecordsAndReadsInBatches()
{
    TempLibrary lib;
    CaseRecord c;
    c.title = u"批量导入"_s;
    const qint64 caseId = lib->cases().createCase(c).value();
    QStringList files;
    // More than one batch, a crash among them, a missing file.
    for (int i = 0; i < ImportRun::kBatch + 5; ++i)
        files << file(u"msg-%1.txt"_s.arg(i, 2, 10, QLatin1Char('0')),
            u"第%1条 营销短信\n"_s.arg(i).toUtf8());
    files.insert(7, file(u"poison-7.txt"_s, "POISON\n"));
    files.insert(9, m_files.filePath(u"gone.txt"_s));
    ParserClient client;
    client.setWorkerPath(fakeServer(u"import.sh"_s));
    ParserPool pool(client, 2);
    const QList<ImportedFile> done =
        ImportRun(*lib.library, pool).run(caseId, files, {}, {}, false);
    QCOMPARE(done.size(), files.size());
    QCOMPARE(done.at(9).import.kind, ImportOutcome::Kind::Rejected);
    QCOMPARE(done.at(7).read->kind, ProcessOutcome::Kind::Unreadable);
    const auto items = lib->evidence().items(caseId).value();
    QCOMPARE(items.size(), files.size() - 1);
    // In the order given, each read.
    for (int i = 0; i < items.size(); ++i) {
        QCOMPARE(items.at(i).seq, i + 1);
        QCOMPARE(items.at(i).parseState,
            items.at(i).originalName == u"poison-7.txt"_s ? EvidenceRecord::ParseState::Unreadable
                                                          : EvidenceRecord::ParseState::Ok);
    }
    QVERIFY(lib->evidenceText().pendingParse(caseId).value().isEmpty());
    QCOMPARE(lib->evidenceText().search(u"第36条"_s).value().size(), 1);
}

QTEST_MAIN(TstParserPool)
#include "tst_parserpool.moc"
