#include "core/cjkfont.h"
#include "core/settings.h"
#include "platform/workerguard.h"

#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using namespace habeas;

// The platform seams, as they behave on this platform (Linux here).
class TstPlatform final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void aWorkerIsLimited();
    void aWorkerDiesWithTheThreadThatStartedIt();
    void tesseractComesFromTheEnvironmentThePreferenceOrTheSearch();
    void theCjkFontWritesChinese();
};

void TstPlatform::aWorkerIsLimited()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc");
#endif
    QProcess process;
    process.setChildProcessModifier([] {
        WorkerGuard::limitSelf({ qint64(1) << 30, 120 }, false);
    });
    process.start(u"/bin/cat"_s, { u"/proc/self/limits"_s });
    QVERIFY(process.waitForFinished(10'000));
    const QString limits = QString::fromLatin1(process.readAllStandardOutput());
    const auto row = [&](const QString &name) {
        for (const QString &line : limits.split(u'\n'))
            if (line.startsWith(name))
                return line.mid(name.size()).simplified().section(u' ', 0, 1);
        return QString();
    };
    QCOMPARE(row(u"Max address space"_s), u"1073741824 1073741824"_s);
    QCOMPARE(row(u"Max cpu time"_s), u"120 120"_s);
    QCOMPARE(row(u"Max core file size"_s), u"0 0"_s);
}

void TstPlatform::aWorkerDiesWithTheThreadThatStartedIt()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc");
#endif
    qint64 pid = 0;
    std::unique_ptr<QProcess> kept;
    QThread *const testThread = QThread::currentThread();
    std::thread starter([&pid, &kept, testThread] {
        // Outlives the thread (its destructor would kill the child and prove nothing): handed
        // to the test's thread, which deletes it once the child is seen dead.
        auto *process = new QProcess;
        WorkerGuard::prepare(*process);
        process->start(u"/bin/sleep"_s, { u"60"_s });
        if (process->waitForStarted(10'000)) {
            WorkerGuard::adopt(*process);
            pid = process->processId();
        }
        process->moveToThread(testThread);
        kept.reset(process);
    });
    starter.join();
    QVERIFY(pid > 0);
    const QString stat = u"/proc/%1/stat"_s.arg(pid);
    // Killed: gone, or a zombie waiting to be reaped.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QFile f(stat);
            if (!f.open(QIODevice::ReadOnly))
                return true;
            return f.readAll().contains(") Z ");
        }(),
        10'000);
}

void TstPlatform::tesseractComesFromTheEnvironmentThePreferenceOrTheSearch()
{
    QTemporaryDir dir;
    const QString fake = dir.filePath(u"tesseract"_s);
    {
        QFile f(fake);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nexit 0\n");
    }
    QVERIFY(QFile::setPermissions(fake, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const QByteArray path = qgetenv("PATH");
    const QByteArray env = qgetenv("HABEAS_TESSERACT");
    qunsetenv("HABEAS_TESSERACT");
    Settings::setValue(Settings::TesseractPath, QString());

    qputenv("PATH", QFile::encodeName(dir.path()));
    QCOMPARE(Settings::detectTesseract(), fake);
    QCOMPARE(Settings::tesseractProgram(), fake);
    Settings::setValue(Settings::TesseractPath, u"/opt/ocr/bin/tesseract"_s);
    QCOMPARE(Settings::tesseractProgram(), u"/opt/ocr/bin/tesseract"_s);
    qputenv("HABEAS_TESSERACT", "/from/the/environment/tesseract");
    QCOMPARE(Settings::tesseractProgram(), u"/from/the/environment/tesseract"_s);

    qunsetenv("HABEAS_TESSERACT");
    Settings::setValue(Settings::TesseractPath, QString());
    qputenv("PATH", QFile::encodeName(dir.filePath(u"empty"_s)));
    const QString found = Settings::detectTesseract();
    QVERIFY(found.isEmpty() || found.startsWith(Settings::tesseractInstallPlaces().first()));
    QCOMPARE(Settings::tesseractProgram(), found.isEmpty() ? u"tesseract"_s : found);

    qputenv("PATH", path);
    if (!env.isEmpty())
        qputenv("HABEAS_TESSERACT", env);
}

void TstPlatform::theCjkFontWritesChinese()
{
    const QString family = CjkFont::family();
    QVERIFY(!family.isEmpty());
    QVERIFY2(QFontDatabase::families(QFontDatabase::SimplifiedChinese).contains(family),
        qPrintable(family));
    // On a machine with none of the preferred families the fallback still writes Chinese.
    QVERIFY(!CjkFont::preferences().isEmpty());
}

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // the font database needs a GUI application
    TstPlatform test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_platform.moc"
