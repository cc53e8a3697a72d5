#include "evidence/parserclient.h"
#include "parsingfixtures.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <thread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace habeas;
using namespace habeas::test;

// The real habeas-parse, run through ParserClient the way import will run it; and fake
// workers that crash, hang or babble, to show each ends as a clear "unreadable".
class TstParserClient final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    ParseResult parse(const QString &file, const QString &password = {}, bool ocr = false,
        const QString &thumbnail = {})
    {
        ParserClient client;
        return client.parse({ file, password, ocr, thumbnail });
    }

    QString fakeWorker(const QString &name, const QByteArray &body)
    {
        const QString script = path(name);
        writeBytes(script, "#!/bin/sh\n" + body + '\n');
        QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return script;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("HABEAS_PARSE_PATH", HABEAS_PARSE_WORKER);
        QCOMPARE(ParserClient().workerPath(), QString::fromUtf8(HABEAS_PARSE_WORKER));
    }

    void textPdf()
    {
        const QString pdf = path(u"complaint.pdf"_s);
        writeTextPdf(pdf, { { u"强制收集个人信息 first page"_s }, { u"第二页 second"_s } });
        const QString thumb = path(u"complaint-thumb.png"_s);
        const ParseResult r = parse(pdf, {}, false, thumb);
        QVERIFY2(r.ok(), qPrintable(r.reason));
        QCOMPARE(r.kind, ParseResult::Kind::Pdf);
        QCOMPARE(r.mediaType, u"application/pdf"_s);
        QCOMPARE(r.pageCount, 2);
        QCOMPARE(r.pages.size(), 2);
        QCOMPARE(r.pages[0].page, 1);
        QCOMPARE(r.pages[0].origin, u"pdf"_s);
        QVERIFY2(r.pages[0].text.contains(u"强制收集个人信息"_s), qPrintable(r.pages[0].text));
        QVERIFY(r.pages[1].text.contains(u"第二页"_s));
        QVERIFY(
            qAbs(r.pages[0].widthPt - 595.28) < 0.5 && qAbs(r.pages[0].heightPt - 841.89) < 0.5);
        QVERIFY(r.thumbnailWritten);
        QCOMPARE(QImage(thumb).height(), 256);
        QVERIFY(r.text().contains(u"second"_s));
    }

    void screenshotWithThumbnail()
    {
        const QString png = path(u"first-login.png"_s);
        QVERIFY(pattern(640, 480).save(png));
        const QString thumb = path(u"first-login-thumb.png"_s);
        const ParseResult r = parse(png, {}, false, thumb);
        QVERIFY2(r.ok(), qPrintable(r.reason));
        QCOMPARE(r.kind, ParseResult::Kind::Image);
        QCOMPARE(r.mediaType, u"image/png"_s);
        QCOMPARE(r.size, QSize(640, 480));
        QVERIFY(!r.capturedAt.isValid());
        QCOMPARE(QImage(thumb).size(), QSize(256, 192));
    }

    void jpegCaptureTime()
    {
        const QString jpeg = path(u"sms.jpg"_s);
        QVERIFY(writeBytes(jpeg, jpegWithExif("2023:11:20 21:05:09", "+08:00")));
        const ParseResult r = parse(jpeg);
        QVERIFY2(r.ok(), qPrintable(r.reason));
        QCOMPARE(r.kind, ParseResult::Kind::Image);
        QCOMPARE(r.mediaType, u"image/jpeg"_s);
        QCOMPARE(
            r.capturedAt, QDateTime(QDate(2023, 11, 20), QTime(21, 5, 9), QTimeZone(8 * 3600)));
        QVERIFY(r.capturedAtHasOffset);
    }

    void unreadableFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reason");
        const QByteArray png = encode(pattern(300, 200), "PNG");
        QByteArray noise(5000, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + 13) % 251);
        QTest::newRow("empty") << u"empty.png"_s << QByteArray() << int(ParseResult::Kind::Other)
                               << u"The file is empty (0 bytes)."_s;
        QTest::newRow("truncated PNG")
            << u"cut.png"_s << png.left(png.size() / 2) << int(ParseResult::Kind::Image)
            << u"The image cannot be decoded"_s;
        QTest::newRow("60000 × 60000 PNG")
            << u"bomb.png"_s << pngDeclaring(60000, 60000) << int(ParseResult::Kind::Image)
            << u"The image declares 60000 × 60000 pixels"_s;
        QTest::newRow("random bytes named .pdf")
            << u"noise.pdf"_s << noise << int(ParseResult::Kind::Pdf)
            << u"This is not a PDF, or the PDF is damaged."_s;
    }

    void unreadableFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        QFETCH(QString, reason);
        QVERIFY(writeBytes(path(name), bytes));
        QElapsedTimer timer;
        timer.start();
        const ParseResult r = parse(path(name));
        QCOMPARE(r.status, ParseResult::Status::Unreadable);
        QCOMPARE(int(r.kind), kind);
        QVERIFY2(r.reason.startsWith(reason), qPrintable(r.reason));
        QVERIFY(timer.elapsed() < 10'000);
    }

    void removedBeforeParsing()
    {
        const QString file = path(u"gone.png"_s);
        QVERIFY(pattern(10, 10).save(file));
        QVERIFY(QFile::remove(file));
        const ParseResult r = parse(file);
        QCOMPARE(r.status, ParseResult::Status::Unreadable);
        QVERIFY2(r.reason.contains(u"does not exist"_s) && r.reason.contains(u"gone.png"_s),
            qPrintable(r.reason));
    }

    void passwords()
    {
        if (QStandardPaths::findExecutable(u"qpdf"_s).isEmpty())
            QSKIP("qpdf is not installed (scripts/deps.sh test)");
        const QString plain = path(u"plain.pdf"_s);
        writeTextPdf(plain, { { u"委托代理合同"_s } });
        const QString locked = path(u"locked.pdf"_s);
        QCOMPARE(QProcess::execute(u"qpdf"_s,
                     { u"--encrypt"_s, u"s3cret"_s, u"owner"_s, u"256"_s, u"--"_s, plain, locked }),
            0);
        ParseResult r = parse(locked);
        QCOMPARE(r.status, ParseResult::Status::Encrypted);
        QCOMPARE(r.kind, ParseResult::Kind::Pdf);
        QVERIFY(r.reason.contains(u"password is required"_s));
        r = parse(locked, u"wrong"_s);
        QCOMPARE(r.status, ParseResult::Status::WrongPassword);
        QCOMPARE(r.reason, u"The password does not open this PDF."_s);
        r = parse(locked, u"s3cret"_s);
        QVERIFY2(r.ok(), qPrintable(r.reason));
        QVERIFY(r.pages.value(0).text.contains(u"委托代理合同"_s));
    }

    void otherFiles()
    {
        const QString txt = path(u"chat.txt"_s);
        QVERIFY(writeBytes(txt, u"客服：请填写职业信息\n"_s.toUtf8()));
        ParseResult r = parse(txt);
        QVERIFY2(r.ok(), qPrintable(r.reason));
        QCOMPARE(r.kind, ParseResult::Kind::Other);
        QCOMPARE(r.pages.size(), 1);
        QCOMPARE(r.pages[0].origin, u"text"_s);
        QVERIFY(r.pages[0].text.contains(u"职业信息"_s));
        const QString latin1 = path(u"legacy.txt"_s);
        QVERIFY(writeBytes(latin1, "caf\xe9 \xff\xfe broken utf-8\n"));
        r = parse(latin1);
        QVERIFY(r.ok());
        QVERIFY(r.pages.isEmpty()); // not UTF-8: no text rather than mojibake
    }

    void ocrOfAScan()
    {
        QProcess probe;
        probe.start(u"tesseract"_s, { u"--list-langs"_s });
        if (!probe.waitForFinished(10'000) || probe.exitCode() != 0
            || !probe.readAll().contains("chi_sim"))
            QSKIP("tesseract with chi_sim is not installed (scripts/deps.sh test)");
        const QString scan = path(u"scan.pdf"_s);
        writeScanPdf(scan, textImage({ u"个人信息保护法"_s, u"Habeas Privacy 2026"_s }));
        ParseResult r = parse(scan);
        QVERIFY(r.ok());
        QCOMPARE(r.pages.value(0).origin, u"pdf"_s);
        QVERIFY(r.pages.value(0).text.trimmed().isEmpty());
        ParserClient client;
        client.setTimeout(120s);
        r = client.parse({ scan, {}, true, {} });
        QVERIFY2(r.ok(), qPrintable(r.reason));
        QCOMPARE(r.pages.value(0).origin, u"ocr"_s);
        QVERIFY2(r.pages.value(0).text.contains(u"Habeas"_s)
                && r.pages.value(0).text.contains(u"个人信息"_s),
            qPrintable(r.pages.value(0).text));
    }

    void ocrWithoutTesseractIsAWarningNotAFailure()
    {
        const QString png = path(u"notess.png"_s);
        QVERIFY(textImage({ u"Habeas"_s }).save(png));
        const QByteArray pathVariable = qgetenv("PATH");
        qputenv("PATH", path(u"empty-bin"_s).toUtf8());
        const ParseResult r = parse(png, {}, true);
        qputenv("PATH", pathVariable);
        QVERIFY2(r.ok(), qPrintable(r.reason));
        QVERIFY(r.pages.isEmpty());
        QVERIFY2(
            r.warning.contains(u"tesseract program is not installed"_s), qPrintable(r.warning));
    }

    // The worker's own messages come from its own catalogue (habeas_parse): in a Chinese
    // session the reason an import shows is Chinese, not the worker's English.
    void workerSpeaksTheSessionsLanguage()
    {
        const QString empty = path(u"empty.txt"_s);
        QVERIFY(writeBytes(empty, QByteArray()));
        const auto reasonIn = [&](const QString &language) {
            QProcess worker;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"LANGUAGE"_s, language);
            env.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s)); // Language: "system"
            worker.setProcessEnvironment(env);
            worker.start(QString::fromUtf8(HABEAS_PARSE_WORKER), { empty });
            if (!worker.waitForFinished(30'000))
                return u"(the worker did not finish)"_s;
            const QJsonObject out =
                QJsonDocument::fromJson(worker.readAllStandardOutput()).object();
            return out.value(u"reason"_s).toString();
        };
        QCOMPARE(reasonIn(u"en"_s), u"The file is empty (0 bytes)."_s);
        QCOMPARE(reasonIn(u"zh_CN"_s), u"文件为空（0 字节）。"_s);
    }

    void crashingWorker()
    {
        const QString file = path(u"any.png"_s);
        QVERIFY(pattern(10, 10).save(file));
        qputenv("HABEAS_PARSE_PATH", fakeWorker(u"segv.sh"_s, "kill -SEGV $$").toUtf8());
        ParseResult r = parse(file);
        qputenv("HABEAS_PARSE_PATH", HABEAS_PARSE_WORKER);
        QCOMPARE(r.status, ParseResult::Status::Unreadable);
        QVERIFY2(r.reason.contains(u"crashed"_s), qPrintable(r.reason));

        ParserClient client;
        client.setWorkerPath(fakeWorker(u"exit3.sh"_s, "exit 3"));
        r = client.parse({ file, {}, false, {} });
        QCOMPARE(r.status, ParseResult::Status::Unreadable);
        QVERIFY2(r.reason.contains(u"crashed"_s) && r.reason.contains(u"exit code 3"_s),
            qPrintable(r.reason));

        client.setWorkerPath(fakeWorker(u"babble.sh"_s, "echo 'Segmentation fault? {not json'"));
        r = client.parse({ file, {}, false, {} });
        QCOMPARE(r.status, ParseResult::Status::Unreadable);
        QCOMPARE(r.reason, u"The parser gave no usable answer for this file."_s);
    }

    void hangingWorkerTimesOut()
    {
        const QString file = path(u"any.png"_s);
        QVERIFY(pattern(10, 10).save(file));
        qputenv("HABEAS_PARSE_PATH", fakeWorker(u"hang.sh"_s, "exec sleep 30").toUtf8());
        ParserClient client;
        qputenv("HABEAS_PARSE_PATH", HABEAS_PARSE_WORKER);
        client.setTimeout(1s);
        QElapsedTimer timer;
        timer.start();
        const ParseResult r = client.parse({ file, {}, false, {} });
        QVERIFY2(timer.elapsed() < 5'000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(r.status, ParseResult::Status::Unreadable);
        QVERIFY2(
            r.reason.startsWith(u"Reading the file timed out after 1 s"_s), qPrintable(r.reason));
    }

    void cancelKillsTheWorker()
    {
        const QString file = path(u"any.png"_s);
        QVERIFY(pattern(10, 10).save(file));
        ParserClient client;
        client.setWorkerPath(fakeWorker(u"hang2.sh"_s, "exec sleep 30"));
        std::atomic_bool cancel { false };
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(300ms);
            cancel = true;
        });
        QElapsedTimer timer;
        timer.start();
        const ParseResult r = client.parse({ file, {}, false, {} }, &cancel);
        canceller.join();
        QVERIFY2(timer.elapsed() < 5'000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(r.status, ParseResult::Status::Cancelled);
    }

    void missingWorker()
    {
        ParserClient client;
        client.setWorkerPath(path(u"no-such-habeas-parse"_s));
        const ParseResult r = client.parse({ path(u"any.png"_s), {}, false, {} });
        QCOMPARE(r.status, ParseResult::Status::ParserUnavailable);
        QVERIFY2(r.reason.contains(u"not installed"_s), qPrintable(r.reason));
    }

    void parsingFromAWorkerThread()
    {
        // No event loop on a std::thread: the client must not need one.
        const QString png = path(u"thread.png"_s);
        QVERIFY(pattern(50, 40).save(png));
        ParseResult r;
        std::thread worker([&] { r = ParserClient().parse({ png, {}, false, {} }); });
        worker.join();
        QVERIFY2(r.ok(), qPrintable(r.reason));
        QCOMPARE(r.size, QSize(50, 40));
    }
};

QTEST_MAIN(TstParserClient)
#include "tst_parserclient.moc"
