// The clinic's review end to end: the student's case goes to the supervisor as an encrypted
// bundle, the supervisor comments on an element, a region, a request and a document and sends
// it back, and the student brings the comments onto the same case — with habeas-cli alone.

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

QJsonArray list(const QString &library, const QStringList &extra = {})
{
    const Run r =
        runCli(QStringList { u"--library"_s, library, u"--json"_s, u"review"_s, u"list"_s, u"1"_s }
            + extra);
    return r.exitCode == 0 ? r.json().array() : QJsonArray();
}

QJsonObject byText(const QJsonArray &comments, const QString &text)
{
    for (const QJsonValue v : comments)
        if (v.toObject().value(u"text"_s).toString() == text)
            return v.toObject();
    return {};
}

} // namespace

class TstCliReview : public QObject {
    Q_OBJECT

private slots:
    void commentsTravelToTheStudentAndBack();
    void refusesWrongInput();
};

void TstCliReview::commentsTravelToTheStudentAndBack()
{
    QTemporaryDir dir;
    const QString student = newLibrary(dir, u"student"_s);
    const QString supervisor = newLibrary(dir, u"supervisor"_s);
    const QString out = dir.filePath(u"out.habeas"_s);
    const QString back = dir.filePath(u"back.habeas"_s);
    QCOMPARE(runCli({ u"--library"_s, student, u"library"_s, u"demo"_s }).exitCode, 0);
    QCOMPARE(runCli({ u"--library"_s, student, u"generate"_s, u"1"_s, u"--template"_s,
                        u"civil-complaint"_s, u"--format"_s, u"docx"_s, u"--out"_s,
                        dir.filePath(u"complaint.docx"_s) })
                 .exitCode,
        0);
    // Out to the supervisor, encrypted; imported there as a new case (its id is 1 too).
    Run r = cliWithInput({ u"--library"_s, student, u"bundle"_s, u"export"_s, u"1"_s, u"--out"_s,
                             out, u"--encrypt"_s, u"--passphrase-stdin"_s },
        kPassphrase);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cliWithInput(
        { u"--library"_s, supervisor, u"bundle"_s, u"import"_s, out, u"--passphrase-stdin"_s },
        kPassphrase);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList sup { u"--library"_s, supervisor, u"review"_s };
    const QList<std::pair<QString, QString>> comments { { u"element:1:2"_s, u"要件2证据不足"_s },
        { u"region:1"_s, u"此区域看不清"_s }, { u"request:1"_s, u"写具体"_s },
        { u"document:1"_s, u"起诉状格式有误"_s } };
    for (const auto &[on, text] : comments) {
        r = runCli(sup
            + QStringList {
                u"add"_s, u"1"_s, u"--on"_s, on, u"--text"_s, text, u"--author"_s, u"王老师"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(on + u": "_s + r.err));
    }
    QCOMPARE(list(supervisor).size(), 4);
    r = cliWithInput({ u"--library"_s, supervisor, u"bundle"_s, u"export"_s, u"1"_s, u"--out"_s,
                         back, u"--encrypt"_s, u"--passphrase-stdin"_s },
        kPassphrase);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // Back to the student: only the comments change, each on the row it was written on.
    r = cliWithInput({ u"--library"_s, student, u"--json"_s, u"review"_s, u"import"_s, u"1"_s, back,
                         u"--passphrase-stdin"_s },
        kPassphrase);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.json().object().value(u"added"_s).toInt(), 4);
    QCOMPARE(r.json().object().value(u"unanchored"_s).toInt(), 0);
    const QJsonArray mine = list(student);
    QCOMPARE(mine.size(), 4);
    const QJsonArray theirs = list(supervisor);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(mine.at(i).toObject().value(u"on"_s), theirs.at(i).toObject().value(u"on"_s));
        QVERIFY(mine.at(i).toObject().value(u"anchorFound"_s).toBool());
    }
    QVERIFY(byText(mine, u"写具体"_s).value(u"on"_s).toString().startsWith(u"Request 1: "_s));
    QCOMPARE(
        byText(mine, u"起诉状格式有误"_s).value(u"on"_s).toString(), u"Document: 民事起诉状"_s);
    QCOMPARE(byText(mine, u"此区域看不清"_s).value(u"author"_s).toString(), u"王老师"_s);

    // The student resolves one; the supervisor edits another — and a third both change.
    const QString resolved = QString::number(byText(mine, u"写具体"_s).value(u"id"_s).toInteger());
    const QString both =
        QString::number(byText(mine, u"要件2证据不足"_s).value(u"id"_s).toInteger());
    QCOMPARE(
        runCli({ u"--library"_s, student, u"review"_s, u"resolve"_s, u"1"_s, resolved }).exitCode,
        0);
    QCOMPARE(runCli({ u"--library"_s, student, u"review"_s, u"edit"_s, u"1"_s, both, u"--text"_s,
                        u"已补充公证书"_s })
                 .exitCode,
        0);
    const QString theirsBoth =
        QString::number(byText(theirs, u"要件2证据不足"_s).value(u"id"_s).toInteger());
    const QString theirsRegion =
        QString::number(byText(theirs, u"此区域看不清"_s).value(u"id"_s).toInteger());
    QCOMPARE(
        runCli(sup + QStringList { u"edit"_s, u"1"_s, theirsBoth, u"--text"_s, u"请补充公证"_s })
            .exitCode,
        0);
    QCOMPARE(
        runCli(sup + QStringList { u"edit"_s, u"1"_s, theirsRegion, u"--text"_s, u"区域1看不清"_s })
            .exitCode,
        0);
    QCOMPARE(
        runCli({ u"--library"_s, supervisor, u"bundle"_s, u"export"_s, u"1"_s, u"--out"_s, back })
            .exitCode,
        0);
    r = runCli({ u"--library"_s, student, u"--json"_s, u"review"_s, u"import"_s, u"1"_s, back });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.json().object().value(u"updated"_s).toInt(), 1);
    QCOMPARE(r.json().object().value(u"kept"_s).toInt(), 1);
    QCOMPARE(r.json().object().value(u"conflicts"_s).toInt(), 1);
    const QJsonArray after = list(student);
    QVERIFY(!byText(after, u"区域1看不清"_s).isEmpty());
    QCOMPARE(byText(after, u"写具体"_s).value(u"state"_s).toString(), u"resolved"_s);
    const QJsonObject conflict = byText(after, u"已补充公证书"_s); // the student's text stays
    QCOMPARE(conflict.value(u"state"_s).toString(), u"conflict"_s);
    QCOMPARE(
        conflict.value(u"conflictWith"_s).toObject().value(u"text"_s).toString(), u"请补充公证"_s);
    QCOMPARE(list(student, { u"--resolved"_s }).size(), 1);
    // The student takes the supervisor's version.
    QCOMPARE(
        runCli({ u"--library"_s, student, u"review"_s, u"settle"_s, u"1"_s, both, u"--theirs"_s })
            .exitCode,
        0);
    QCOMPARE(byText(list(student), u"请补充公证"_s).value(u"state"_s).toString(), u"open"_s);
    QCOMPARE(runCli({ u"--library"_s, student, u"library"_s, u"check"_s }).exitCode, 0);
}

void TstCliReview::refusesWrongInput()
{
    QTemporaryDir dir;
    const QString lib = newLibrary(dir, u"lib"_s);
    const QString other = newLibrary(dir, u"other"_s);
    const QString file = dir.filePath(u"other.habeas"_s);
    QCOMPARE(runCli({ u"--library"_s, lib, u"library"_s, u"demo"_s }).exitCode, 0);
    QCOMPARE(runCli({ u"--library"_s, other, u"library"_s, u"demo"_s }).exitCode, 0);
    QCOMPARE(runCli({ u"--library"_s, other, u"bundle"_s, u"export"_s, u"1"_s, u"--out"_s, file })
                 .exitCode,
        0);
    const QStringList review { u"--library"_s, lib, u"review"_s };
    for (const QString &on :
        { u"element:1"_s, u"region:999"_s, u"request:0"_s, u"page:1"_s, u"document:1"_s })
        QCOMPARE(
            runCli(review + QStringList { u"add"_s, u"1"_s, u"--on"_s, on, u"--text"_s, u"x"_s })
                .exitCode,
            2);
    QCOMPARE(
        runCli(review + QStringList { u"add"_s, u"1"_s, u"--on"_s, u"request:1"_s }).exitCode, 2);
    QCOMPARE(runCli(review + QStringList { u"resolve"_s, u"1"_s, u"77"_s }).exitCode, 2);
    // Another library's case, of the same title: not this case. Nothing changes.
    const auto before = libraryState(lib);
    const Run r = runCli(review + QStringList { u"import"_s, u"1"_s, file });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"another case"_s), qPrintable(r.err));
    QCOMPARE(libraryState(lib), before);
}

QTEST_GUILESS_MAIN(TstCliReview)
#include "tst_clireview.moc"
