// Reading stored exhibits with the real habeas-parse worker: text into the index, capture
// times, unreadable and locked files, a worker that crashes, and the background queue.
#include "../parsing/parsingfixtures.h"
#include "cases/casestore.h"
#include "evidence/evidenceprocessor.h"
#include "evidence/evidencequeue.h"
#include "evidence/evidencestore.h"
#include "evidence/evidencetext.h"
#include "storage/blobstore.h"
#include "storage/library.h"
#include "storage/storagebackend.h"
#include "testsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

class TstEvidenceProcessor final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_lib.reset(); }
    void textPdfBecomesSearchableInChinese();
    void exifTimeFillsOnlyAnEmptyCaptureTime();
    void truncatedPngIsKeptButUnreadable();
    void passwordPdfIsEncryptedThenRead();
    void crashingWorkerSparesTheNextFile();
    void missingParserLeavesItemsPending();
    void ocrLeftPendingRunsLater();

private:
    qint64 add(const QString &name, const QByteArray &bytes, const EvidenceRecord &meta = {})
    {
        const QString file = m_files.filePath(name);
        writeBytes(file, bytes);
        return (*m_lib)->evidence().importFile(m_case, file, meta).id;
    }
    qint64 addFile(const QString &file)
    {
        return (*m_lib)->evidence().importFile(m_case, file, {}).id;
    }
    EvidenceRecord item(qint64 id) { return (*m_lib)->evidence().item(id).value(); }
    QString fakeWorker(const QString &name, const QByteArray &body)
    {
        const QString script = m_files.filePath(name);
        writeBytes(script, "#!/bin/sh\n" + body + '\n');
        QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return script;
    }

    std::unique_ptr<TempLibrary> m_lib;
    QTemporaryDir m_files;
    qint64 m_case = 0;
};

void TstEvidenceProcessor::initTestCase()
{
    pinClock();
    qputenv("HABEAS_PARSE_PATH", HABEAS_PARSE_WORKER);
}

void TstEvidenceProcessor::init()
{
    m_lib = std::make_unique<TempLibrary>();
    QVERIFY(m_lib->library);
    CaseRecord c;
    c.title = u"罗某诉某科技公司"_s;
    const auto id = (*m_lib)->cases().createCase(c);
    QVERIFY(id.ok());
    m_case = id.value();
}

void TstEvidenceProcessor::textPdfBecomesSearchableInChinese()
{
    const QString pdf = m_files.filePath(u"隐私政策.pdf"_s);
    writeTextPdf(pdf,
        { { u"隐私政策：本政策说明我们如何收集和使用您的个人信息"_s },
            { u"我们将向关联公司共享您的账户信息与订单信息"_s } });
    const qint64 id = addFile(pdf);
    QVERIFY(id);
    QCOMPARE(item(id).parseState, EvidenceRecord::ParseState::Pending);
    QVERIFY((*m_lib)->evidenceText().search(u"关联公司"_s).value().isEmpty());

    EvidenceProcessor processor(*m_lib->library);
    const auto o = processor.process(id, {}, false);
    QVERIFY(o.ok());
    QCOMPARE(o->kind, ProcessOutcome::Kind::Ok);
    const EvidenceRecord r = item(id);
    QCOMPARE(r.parseState, EvidenceRecord::ParseState::Ok);
    QCOMPARE(r.pageCount, 2);
    QCOMPARE(r.ocrState, EvidenceRecord::OcrState::None); // a text layer on every page
    const auto hits = (*m_lib)->evidenceText().search(u"关联公司"_s);
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->at(0).evidenceId, id);
    QCOMPARE(hits->at(0).page, 2);
    QVERIFY(hits->at(0).snippet.contains(EvidenceText::kHitStart + u"关联公司"_s));
    // The thumbnail cache.
    const QString thumb = (*m_lib)->thumbnailPath(r.sha256);
    QVERIFY2(QImage(thumb).width() > 0, qPrintable(thumb));
}

void TstEvidenceProcessor::exifTimeFillsOnlyAnEmptyCaptureTime()
{
    EvidenceProcessor processor(*m_lib->library);
    const qint64 bare = add(u"sms.jpg"_s, jpegWithExif("2023:11:20 21:05:09", "+08:00"));
    QVERIFY(processor.process(bare, {}, false).ok());
    EvidenceRecord r = item(bare);
    QCOMPARE(r.capturedAt, QDateTime(QDate(2023, 11, 20), QTime(21, 5, 9), QTimeZone(8 * 3600)));
    QCOMPARE(r.pageCount, 1);
    QCOMPARE(r.ocrState, EvidenceRecord::OcrState::Pending); // an image, read without OCR

    EvidenceRecord meta;
    meta.capturedAt = QDateTime(QDate(2023, 12, 1), QTime(8, 0), QTimeZone(8 * 3600));
    const qint64 given =
        add(u"sms2.jpg"_s, jpegWithExif("2023:11:21 10:00:00", "+08:00", false), meta);
    const auto o = processor.process(given, {}, false);
    QVERIFY(o.ok());
    QVERIFY(!o->capturedPrefilled);
    QCOMPARE(item(given).capturedAt, meta.capturedAt);
}

void TstEvidenceProcessor::truncatedPngIsKeptButUnreadable()
{
    const QByteArray png = encode(pattern(200, 300), "PNG");
    const qint64 id = add(u"cut.png"_s, png.left(png.size() / 2));
    QVERIFY(id);
    EvidenceProcessor processor(*m_lib->library);
    const auto o = processor.process(id, {}, false);
    QVERIFY(o.ok());
    QCOMPARE(o->kind, ProcessOutcome::Kind::Unreadable);
    const EvidenceRecord r = item(id);
    QCOMPARE(r.parseState, EvidenceRecord::ParseState::Unreadable);
    QVERIFY2(r.parseNote.contains(u"cannot be decoded"_s), qPrintable(r.parseNote));
    // The bytes are still the exhibit, unchanged.
    QVERIFY((*m_lib)->evidence().verify(m_case).value().isEmpty());
    QCOMPARE(QCryptographicHash::hash(
                 (*m_lib)->blobs().get(r.sha256).value(), QCryptographicHash::Sha256)
                 .toHex(),
        r.sha256.toLatin1());
}

void TstEvidenceProcessor::passwordPdfIsEncryptedThenRead()
{
    if (QStandardPaths::findExecutable(u"qpdf"_s).isEmpty())
        QSKIP("qpdf is not installed (scripts/deps.sh test)");
    const QString plain = m_files.filePath(u"plain.pdf"_s);
    writeTextPdf(plain, { { u"委托代理合同第三条"_s } });
    const QString locked = m_files.filePath(u"locked.pdf"_s);
    QCOMPARE(QProcess::execute(u"qpdf"_s,
                 { u"--encrypt"_s, u"s3cret"_s, u"owner"_s, u"256"_s, u"--"_s, plain, locked }),
        0);
    const qint64 id = addFile(locked);
    EvidenceProcessor processor(*m_lib->library);
    auto o = processor.process(id, {}, false);
    QVERIFY(o.ok());
    QCOMPARE(o->kind, ProcessOutcome::Kind::Encrypted);
    QCOMPARE(item(id).parseState, EvidenceRecord::ParseState::Encrypted);
    QVERIFY2(item(id).parseNote.contains(u"password"_s), qPrintable(item(id).parseNote));
    o = processor.process(id, u"wrong"_s, false);
    QCOMPARE(o->kind, ProcessOutcome::Kind::Encrypted);
    QCOMPARE(item(id).parseNote, u"The password does not open this PDF."_s);
    o = processor.process(id, u"s3cret"_s, false);
    QCOMPARE(o->kind, ProcessOutcome::Kind::Ok);
    QCOMPARE(item(id).parseState, EvidenceRecord::ParseState::Ok);
    QCOMPARE((*m_lib)->evidenceText().search(u"委托代理"_s).value().size(), 1);
}

void TstEvidenceProcessor::crashingWorkerSparesTheNextFile()
{
    // A serving worker (ParserPool's protocol: a JSON request a line) that crashes on any
    // file holding the word POISON and answers as the real worker otherwise.
    const QString worker = fakeWorker(u"poison.sh"_s,
        "while IFS= read -r line; do\n"
        "  f=$(printf '%s\\n' \"$line\" | sed 's/.*\"file\":\"\\([^\"]*\\)\".*/\\1/')\n"
        "  if grep -q POISON \"$f\"; then kill -SEGV $$; fi\n"
        "  '"
            + QByteArray(HABEAS_PARSE_WORKER) + "' -- \"$f\"\ndone");
    const qint64 poison = add(u"poison.txt"_s, "POISON\n");
    const qint64 good = add(u"sms.txt"_s, u"【某某英语】新用户专享优惠\n"_s.toUtf8());
    ParserClient parser;
    parser.setWorkerPath(worker);
    EvidenceQueue queue(*m_lib->library);
    queue.setParser(parser);
    QSignalSpy idle(&queue, &EvidenceQueue::idle);
    QSignalSpy processed(&queue, &EvidenceQueue::itemProcessed);
    queue.enqueue({ poison, good });
    QVERIFY(queue.isBusy());
    QVERIFY(idle.wait(60'000));
    QCOMPARE(processed.size(), 2);
    QCOMPARE(queue.done(), 2);
    QCOMPARE(item(poison).parseState, EvidenceRecord::ParseState::Unreadable);
    QVERIFY2(item(poison).parseNote.contains(u"crashed"_s), qPrintable(item(poison).parseNote));
    QCOMPARE(item(good).parseState, EvidenceRecord::ParseState::Ok);
    QCOMPARE((*m_lib)->evidenceText().search(u"新用户专享"_s).value().size(), 1);
}

void TstEvidenceProcessor::missingParserLeavesItemsPending()
{
    const qint64 a = add(u"a.txt"_s, "one\n");
    const qint64 b = add(u"b.txt"_s, "two\n");
    ParserClient parser;
    parser.setWorkerPath(m_files.filePath(u"no-such-worker"_s));
    EvidenceProcessor processor(*m_lib->library);
    processor.setParser(parser);
    const auto o = processor.process(a);
    QVERIFY(o.ok());
    QCOMPARE(o->kind, ProcessOutcome::Kind::NotRead);
    QVERIFY(o->message.contains(u"habeas-parse"_s));
    QCOMPARE(item(a).parseState, EvidenceRecord::ParseState::Pending);

    // The queue stops at the first such answer instead of trying every file.
    EvidenceQueue queue(*m_lib->library);
    queue.setParser(parser);
    queue.setMaxConcurrent(1);
    QSignalSpy idle(&queue, &EvidenceQueue::idle);
    queue.enqueuePending(m_case);
    QVERIFY(idle.wait(10'000));
    QVERIFY(idle.last().at(0).toString().contains(u"habeas-parse"_s));
    QCOMPARE(queue.done(), 1);
    QCOMPARE((*m_lib)->evidenceText().pendingParse(m_case).value(), (QList<qint64> { a, b }));
}

void TstEvidenceProcessor::ocrLeftPendingRunsLater()
{
    QProcess probe;
    probe.start(u"tesseract"_s, { u"--list-langs"_s });
    if (!probe.waitForFinished(10'000) || probe.exitCode() != 0
        || !probe.readAll().contains("chi_sim"))
        QSKIP("tesseract with chi_sim is not installed (scripts/deps.sh test)");
    const qint64 id = add(u"shot.png"_s, encode(textImage({ u"Habeas Privacy 2026"_s }), "PNG"));
    EvidenceProcessor processor(*m_lib->library);
    QVERIFY(processor.process(id, {}, false).ok());
    QCOMPARE(item(id).ocrState, EvidenceRecord::OcrState::Pending);
    QVERIFY((*m_lib)->evidenceText().search(u"Privacy"_s).value().isEmpty());
    const auto done = processor.ocrPending(m_case);
    QVERIFY(done.ok());
    QCOMPARE(done->size(), 1);
    QCOMPARE(item(id).ocrState, EvidenceRecord::OcrState::Done);
    QVERIFY((*m_lib)->evidenceText().pendingOcr(m_case).value().isEmpty());
    const auto hits = (*m_lib)->evidenceText().search(u"Privacy"_s);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->at(0).evidenceId, id);
}

QTEST_MAIN(TstEvidenceProcessor)
#include "tst_evidenceprocessor.moc"
