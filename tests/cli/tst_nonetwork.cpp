// Privacy by design: nothing Habeas does opens a network socket. Every command of a working day —
// creating the demo, reading and recognising its files, search, generating a complaint as DOCX and
// PDF, the evidence bundle, verify, deadlines and their calendar — and the window itself run under
// strace, and no socket of an Internet family (AF_INET, AF_INET6) may appear. Local sockets
// (AF_UNIX: the display, D-Bus) are not the network and are allowed.
#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace habeas::test;

class TstNoNetwork final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void commandsOpenNoInternetSocket_data();
    void commandsOpenNoInternetSocket();
    void theWindowOpensNoInternetSocket();

private:
    // Runs `program args` under strace -f; returns the lines that open an Internet socket.
    QStringList internetSockets(const QString &program, const QStringList &args, int killAfterMs);

    QTemporaryDir m_dir;
    QString m_lib;
    QString m_strace;
};

void TstNoNetwork::initTestCase()
{
    m_strace = QStandardPaths::findExecutable(u"strace"_s);
    if (m_strace.isEmpty())
        QFAIL("strace is needed (scripts/deps.sh test installs it)");
    m_lib = m_dir.filePath(u"lib"_s);
    // The demo with its files read and recognised: the commands below have a real case to act on.
    QCOMPARE(runCli({ u"library"_s, u"demo"_s, m_lib }, { QString(), true, 120000 }).exitCode, 0);
}

QStringList TstNoNetwork::internetSockets(
    const QString &program, const QStringList &args, int killAfterMs)
{
    const QString log =
        m_dir.filePath(u"strace-%1.log"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    QFile::remove(log);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.insert(u"HABEAS_LIBRARY"_s, QString());
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    // Under the sanitizers (scripts/test-sanitize) leak detection cannot run beneath ptrace;
    // the same commands are checked for leaks by the other CLI tests. A plain build ignores it.
    const QString asan = env.value(u"ASAN_OPTIONS"_s);
    env.insert(u"ASAN_OPTIONS"_s, (asan.isEmpty() ? QString() : asan + u':') + u"detect_leaks=0"_s);
    p.setProcessEnvironment(env);
    p.start(m_strace,
        QStringList { u"-f"_s, u"-qq"_s, u"-e"_s, u"trace=socket,connect"_s, u"-o"_s, log, program }
            + args);
    if (!p.waitForStarted())
        return { u"strace did not start"_s };
    if (killAfterMs > 0 && !p.waitForFinished(killAfterMs)) {
        p.terminate();
        p.waitForFinished(10000);
    } else if (!p.waitForFinished(180000) || p.exitCode() != 0) {
        // strace exits with the traced program's status: the command really ran, and worked.
        return { u"the command failed under strace: "_s
            + QString::fromUtf8(p.readAllStandardError()) };
    }
    QFile file(log);
    if (!file.open(QIODevice::ReadOnly))
        return { u"no strace log"_s };
    const QString text = QString::fromUtf8(file.readAll());
    QStringList found;
    static const QRegularExpression internet(u"AF_INET6?\\b"_s);
    for (const QString &line : text.split(u'\n'))
        if (internet.match(line).hasMatch())
            found << line;
    return found;
}

void TstNoNetwork::commandsOpenNoInternetSocket_data()
{
    QTest::addColumn<QStringList>("args");
    const QString out = m_dir.filePath(u"out"_s);
    QTest::newRow("evidence ocr") << QStringList { u"evidence"_s, u"ocr"_s };
    QTest::newRow("search") << QStringList { u"search"_s, u"短信"_s };
    QTest::newRow("generate docx")
        << QStringList { u"generate"_s, u"1"_s, u"--template"_s, u"civil-complaint"_s,
               u"--format"_s, u"docx"_s, u"--out"_s, out + u".docx"_s, u"--draft"_s };
    QTest::newRow("generate pdf") << QStringList { u"generate"_s, u"1"_s, u"--template"_s,
        u"civil-complaint"_s, u"--format"_s, u"pdf"_s, u"--out"_s, out + u".pdf"_s, u"--draft"_s };
    QTest::newRow("bundle") << QStringList { u"generate"_s, u"1"_s, u"--template"_s,
        u"evidence-bundle"_s, u"--format"_s, u"pdf"_s, u"--out"_s, out + u"-bundle.pdf"_s,
        u"--draft"_s };
    QTest::newRow("verify") << QStringList { u"evidence"_s, u"verify"_s };
    QTest::newRow("deadline") << QStringList { u"deadline"_s, u"add"_s, u"1"_s, u"--kind"_s,
        u"answer"_s, u"--from"_s, u"2021-02-03"_s };
    QTest::newRow("ics") << QStringList { u"deadline"_s, u"ics"_s, u"--out"_s, out + u".ics"_s };
    QTest::newRow("check") << QStringList { u"library"_s, u"check"_s };
}

void TstNoNetwork::commandsOpenNoInternetSocket()
{
    QFETCH(QStringList, args);
    const QStringList found = internetSockets(
        QStringLiteral(HABEAS_CLI_PATH), QStringList { u"--library"_s, m_lib } + args, 0);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TstNoNetwork::theWindowOpensNoInternetSocket()
{
    // The window on the demo (offscreen), left running long enough to read and search: then
    // stopped. Whatever it opened by then is in the log.
    const QStringList found =
        internetSockets(QStringLiteral(HABEAS_GUI_PATH), { u"--library"_s, m_lib }, 6000);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

QTEST_GUILESS_MAIN(TstNoNetwork)
#include "tst_nonetwork.moc"
