// bundle export | import | inspect end to end: the demo case out as an encrypted bundle and back
// whole into another library; every hand-made hostile bundle refused with its exit code and the
// library left byte for byte as it was.

#include "clilibrary.h"
#include "clirunner.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace habeas::test;

namespace {

const QByteArray kPassphrase = "correct horse battery staple\n";

// runCli with standard input (the passphrase).
Run cliWithInput(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HABEAS_LIBRARY"_s, QString());
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, QDir::temp().filePath(u"habeas-cli-test-config"_s));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HABEAS_CLI_PATH), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace

class TstCliBundle : public QObject {
    Q_OBJECT

private slots:
    void demoCaseTravelsEncryptedAndComesBackWhole();
    void refusesHostileBundles_data();
    void refusesHostileBundles();
    void refusesBadArguments();

private:
    QTemporaryDir m_dir;
    QMap<QString, QString> m_libraries;
    // The library called `name` in this test: made on first use (clilibrary.h).
    QString library(const QString &name)
    {
        if (!m_libraries.contains(name))
            m_libraries.insert(name, newLibrary(m_dir, name));
        return m_libraries.value(name);
    }
    QStringList lib(const QString &name, const QStringList &args)
    {
        return QStringList { u"--library"_s, library(name) } + args;
    }
};

void TstCliBundle::demoCaseTravelsEncryptedAndComesBackWhole()
{
    const Run demo = runCli({ u"library"_s, u"demo"_s, library(u"a"_s) });
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const QString file = m_dir.filePath(u"demo.habeas"_s);
    const Run exported = cliWithInput(lib(u"a"_s,
                                          { u"bundle"_s, u"export"_s, u"1"_s, u"--out"_s, file,
                                              u"--encrypt"_s, u"--passphrase-stdin"_s }),
        kPassphrase);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY(exported.out.contains("Encrypted"));

    const Run inspected = cliWithInput(
        { u"--json"_s, u"bundle"_s, u"inspect"_s, file, u"--passphrase-stdin"_s }, kPassphrase);
    QVERIFY2(inspected.exitCode == 0, qPrintable(inspected.err));
    const QJsonObject manifest = inspected.json().object();
    QCOMPARE(manifest.value(u"formatVersion"_s).toInt(), 1);
    QVERIFY(manifest.value(u"encrypted"_s).toBool());
    QCOMPARE(manifest.value(u"bundleId"_s).toString().size(), 36);
    QVERIFY(manifest.value(u"case"_s).toObject().value(u"title"_s).toString().contains(u"罗某"_s));
    QVERIFY(manifest.value(u"entries"_s).toArray().size() >= 2);

    // Into a second library: a new case, id printed alone on stdout.
    QCOMPARE(runCli(lib(u"b"_s, { u"library"_s, u"init"_s })).exitCode, 0);
    const Run imported = cliWithInput(
        lib(u"b"_s, { u"bundle"_s, u"import"_s, file, u"--passphrase-stdin"_s }), kPassphrase);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(imported.out.trimmed(), QByteArray("1"));
    // Whole: the same parties, chronology, exhibits (their originals verified), damages.
    for (const QStringList &command : { QStringList { u"party"_s, u"list"_s, u"1"_s },
             QStringList { u"event"_s, u"list"_s, u"1"_s },
             QStringList { u"evidence"_s, u"list"_s, u"1"_s },
             QStringList { u"claim"_s, u"list"_s, u"1"_s },
             QStringList { u"damages"_s, u"list"_s, u"1"_s },
             QStringList { u"deadline"_s, u"list"_s, u"1"_s, u"--all"_s } }) {
        const Run a = runCli(lib(u"a"_s, QStringList { u"--json"_s } + command));
        const Run b = runCli(lib(u"b"_s, QStringList { u"--json"_s } + command));
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(b.json().array().size(), a.json().array().size());
    }
    QVERIFY(
        runCli(lib(u"b"_s, { u"--json"_s, u"evidence"_s, u"list"_s, u"1"_s })).json().array().size()
        > 0);
    const Run verify = runCli(lib(u"b"_s, { u"evidence"_s, u"verify"_s, u"1"_s }));
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
    const Run check = runCli(lib(u"b"_s, { u"library"_s, u"check"_s }));
    QVERIFY2(check.exitCode == 0, qPrintable(check.err + QString::fromUtf8(check.out)));
    const Run audit = runCli(lib(u"b"_s, { u"--json"_s, u"audit"_s, u"list"_s, u"1"_s }));
    QCOMPARE(
        audit.json().array().last().toObject().value(u"action"_s).toString(), u"case.import"_s);

    // The wrong passphrase: exit 1, a message, the library untouched.
    const auto before = libraryState(library(u"b"_s));
    const Run wrong =
        cliWithInput(lib(u"b"_s, { u"bundle"_s, u"import"_s, file, u"--passphrase-stdin"_s }),
            "Correct horse battery staple\n");
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(u"passphrase is wrong"_s), qPrintable(wrong.err));
    // No passphrase for an encrypted bundle: exit 2.
    const Run none = runCli(lib(u"b"_s, { u"bundle"_s, u"import"_s, file }));
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains(u"encrypted"_s), qPrintable(none.err));
    QCOMPARE(libraryState(library(u"b"_s)), before);
}

void TstCliBundle::refusesHostileBundles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("..") << u"dotdot.habeas"_s << 1 << u".."_s;
    QTest::newRow("absolute") << u"absolute.habeas"_s << 1 << u"absolute path"_s;
    QTest::newRow("symlink") << u"symlink.habeas"_s << 1 << u"symbolic link"_s;
    QTest::newRow("duplicate") << u"duplicate.habeas"_s << 1 << u"two entries"_s;
    QTest::newRow("altered") << u"altered.habeas"_s << 1 << u"differ from the manifest"_s;
    QTest::newRow("lying manifest") << u"lying-manifest.habeas"_s << 1 << u"lies"_s;
    QTest::newRow("entry bomb") << u"bomb-entry.habeas"_s << 1 << u"zip bomb"_s;
    QTest::newRow("total bomb") << u"bomb-total.habeas"_s << 1 << u"zip bomb"_s;
    QTest::newRow("truncated") << u"truncated.habeas"_s << 1 << u"truncated"_s;
    QTest::newRow("encrypted truncated") << u"encrypted-truncated.habeas"_s << 1 << u"truncated"_s;
    QTest::newRow("future") << u"future.habeas"_s << 2 << u"newer Habeas"_s;
    QTest::newRow("newer schema") << u"newer-schema.habeas"_s << 2 << u"newer Habeas"_s;
    QTest::newRow("refused row") << u"refused-row.habeas"_s << 1 << u"refuses a row"_s;
    QTest::newRow("not a zip") << u"not-a-zip.habeas"_s << 2 << u"not a ZIP"_s;
}

void TstCliBundle::refusesHostileBundles()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString name = u"hostile-"_s + QString::fromLatin1(QTest::currentDataTag());
    QCOMPARE(runCli(lib(name, { u"case"_s, u"new"_s, u"--title"_s, u"已有案件"_s })).exitCode, 0);
    const auto before = libraryState(library(name));
    const QString path = testData(u"bundles/"_s + file);
    // Inspect refuses it the same way; a well-formed bundle only this library cannot take (a
    // newer schema, a row it refuses) it shows.
    const QStringList commands = file == u"newer-schema.habeas"_s || file == u"refused-row.habeas"_s
        ? QStringList { u"import"_s }
        : QStringList { u"import"_s, u"inspect"_s };
    for (const QString &sub : commands) {
        const Run run = cliWithInput(
            lib(name, { u"bundle"_s, sub, path, u"--passphrase-stdin"_s }), kPassphrase);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
    QCOMPARE(libraryState(library(name)), before);
    QVERIFY(!QFileInfo::exists(u"/tmp/habeas-absolute.txt"_s));
    QVERIFY(!QFileInfo::exists(QFileInfo(path).dir().filePath(u"../escaped.txt"_s)));
}

void TstCliBundle::refusesBadArguments()
{
    QCOMPARE(runCli(lib(u"c"_s, { u"case"_s, u"new"_s, u"--title"_s, u"案件"_s })).exitCode, 0);
    const QString out = m_dir.filePath(u"c.habeas"_s);
    const Run noPass =
        runCli(lib(u"c"_s, { u"bundle"_s, u"export"_s, u"1"_s, u"--out"_s, out, u"--encrypt"_s }));
    QCOMPARE(noPass.exitCode, 2);
    QVERIFY(noPass.err.contains(u"--passphrase-stdin"_s));
    const Run emptyPass = cliWithInput(lib(u"c"_s,
                                           { u"bundle"_s, u"export"_s, u"1"_s, u"--out"_s, out,
                                               u"--encrypt"_s, u"--passphrase-stdin"_s }),
        "\n");
    QCOMPARE(emptyPass.exitCode, 2);
    QCOMPARE(runCli(lib(u"c"_s, { u"bundle"_s, u"export"_s, u"1"_s })).exitCode, 2); // no --out
    QCOMPARE(
        runCli(lib(u"c"_s, { u"bundle"_s, u"export"_s, u"9"_s, u"--out"_s, out })).exitCode, 2);
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(runCli(lib(u"c"_s, { u"bundle"_s, u"frobnicate"_s })).exitCode, 2);
    // Plain export: a ZIP whose first entry a plain unzip lists.
    QCOMPARE(
        runCli(lib(u"c"_s, { u"bundle"_s, u"export"_s, u"1"_s, u"--out"_s, out })).exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(4), QByteArray("PK\x03\x04", 4));
}

QTEST_GUILESS_MAIN(TstCliBundle)
#include "tst_clibundle.moc"
