// End-to-end tests of habeas-cli: the real executable, its output, exit codes and effects.

#include "clilibrary.h"
#include "clirunner.h"
#include "testsupport.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace habeas::test;

namespace {

Run cli(const QStringList &args, const QString &libraryEnv = {})
{
    return runCli(args, { libraryEnv });
}

// A one-page PDF written by hand (a standard font, so no QGuiApplication is needed here).
QByteArray handMadePdf(const QList<QByteArray> &lines)
{
    QByteArray content = "BT /F1 24 Tf 72 720 Td ";
    for (const QByteArray &line : lines)
        content += '(' + line + ") Tj 0 -40 Td ";
    content += "ET";
    const QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        QByteArray("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] ")
            + "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
            + "\nendstream",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
        + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QString pdfText(const QString &file)
{
    QProcess p;
    p.start(u"pdftotext"_s, { file, u"-"_s });
    return p.waitForFinished(30000) ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
}

// Runs statements on the library's database past habeas-cli (clilibrary.h); false with the
// driver's message in *why at the first that fails.
bool tamper(const QString &library, const QStringList &statements, QString *why)
{
    bool done = true;
    {
        QSqlDatabase db = libraryDatabase(library, u"tamper"_s, why);
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (done && !q.exec(sql)) {
                *why = sql + u": "_s + q.lastError().text();
                done = false;
            }
        }
        done = done && db.isOpen();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    return done;
}

// The first column of the first row a query gives on the library's database; -1 on failure.
qint64 countIn(const QString &library, const QString &sql)
{
    qint64 n = -1;
    {
        QString why;
        QSqlDatabase db = libraryDatabase(library, u"count"_s, &why);
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            n = q.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"count"_s);
    return n;
}

} // namespace

class TstCli final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void demoLibraryHoldsTheCase();
    void jsonEverywhere_data();
    void jsonEverywhere();
    void caseLifecycle();
    void partiesWithParticulars();
    void wrongIdNumberIsRefusedAndNothingChanges();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void unusableLibrariesExitThree();
    void newerLibraryReadsButRefusesWrites();
    void auditVerifyNamesTheFirstBrokenEntry();
    void deletedLastAuditEntriesAreDetected();
    void checkRepairRemovesUnreferencedFiles();
    void libraryFromTheEnvironment();
    void doesNotLoadQtWidgets();
    void damagesTotalsMatchTheWorksheet();
    void damagesBadInputExitsTwoAndChangesNothing_data();
    void damagesBadInputExitsTwoAndChangesNothing();
    void courtFeeStandalone();
    void evidenceImportVerifyExport();
    void statutesAndTheories_data();
    void statutesAndTheories();
    void statuteErrorsSuggestTheNearest();
    void chronologyClaimsAndGaps();
    void liabilityHeadingsAlternativesAndFees();
    void evidenceOrderRegionsAndSearch();
    void evidenceAddReadsEachFile();

private:
    QTemporaryDir m_dir;
    QString m_lib;
};

void TstCli::init()
{
    m_lib = newLibrary(m_dir,
        u"lib-"_s + QString::fromLatin1(QTest::currentTestFunction()) + u'-'
            + QString::fromLatin1(QTest::currentDataTag()));
}

void TstCli::demoLibraryHoldsTheCase()
{
    const Run demo = cli({ u"--json"_s, u"library"_s, u"demo"_s, m_lib });
    QCOMPARE(demo.exitCode, 0);
    QCOMPARE(demo.json().object().value(u"caseId"_s).toInt(), 1);
    const Run list = cli({ u"--library"_s, m_lib, u"--json"_s, u"case"_s, u"list"_s });
    QCOMPARE(list.exitCode, 0);
    const QJsonArray cases = list.json().array();
    QCOMPARE(cases.size(), 1);
    const QJsonObject c = cases.first().toObject();
    QCOMPARE(c.value(u"court"_s).toString(), u"北京互联网法院"_s);
    QCOMPARE(c.value(u"cause"_s).toString(), u"个人信息保护纠纷"_s);
    QCOMPARE(c.value(u"parties"_s).toString(), u"罗某 v. 北京某某教育科技有限公司"_s);
    const Run show = cli({ u"--library"_s, m_lib, u"--json"_s, u"case"_s, u"show"_s, u"1"_s });
    QCOMPARE(show.exitCode, 0);
    const QJsonObject detail = show.json().object();
    QCOMPARE(detail.value(u"partyList"_s).toArray().size(), 3);
    QCOMPARE(detail.value(u"events"_s).toArray().size(), 4);
    QCOMPARE(detail.value(u"filedOn"_s).toString(), u"2021-01-27"_s);
    // A second demo into the same folder changes nothing.
    const Run again = cli({ u"library"_s, u"demo"_s, m_lib });
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains(u"already holds a library"_s));
}

void TstCli::jsonEverywhere_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("case list") << QStringList { u"case"_s, u"list"_s };
    QTest::newRow("case show") << QStringList { u"case"_s, u"show"_s, u"1"_s };
    QTest::newRow("party list") << QStringList { u"party"_s, u"list"_s, u"1"_s };
    QTest::newRow("audit list") << QStringList { u"audit"_s, u"list"_s };
    QTest::newRow("audit list case") << QStringList { u"audit"_s, u"list"_s, u"1"_s };
    QTest::newRow("audit verify") << QStringList { u"audit"_s, u"verify"_s };
    QTest::newRow("library check") << QStringList { u"library"_s, u"check"_s };
    QTest::newRow("case list after json")
        << QStringList { u"case"_s, u"list"_s, u"--stage"_s, u"first-instance"_s };
}

void TstCli::jsonEverywhere()
{
    QFETCH(QStringList, args);
    QCOMPARE(cli({ u"library"_s, u"demo"_s, m_lib }).exitCode, 0);
    const Run run = cli(QStringList { u"--library"_s, m_lib, u"--json"_s } + args);
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError); // exactly one JSON document on stdout
    QVERIFY(doc.isObject() || doc.isArray());
    QVERIFY(!(doc.isArray() && doc.array().isEmpty()));
}

void TstCli::caseLifecycle()
{
    Run created = cli({ u"--library"_s, m_lib, u"--json"_s, u"case"_s, u"new"_s, u"--title"_s,
        u"张某诉某科技公司"_s, u"--kind"_s, u"private"_s, u"--court"_s, u"杭州互联网法院"_s,
        u"--stage"_s, u"intake"_s });
    QCOMPARE(created.exitCode, 0); // a writing command creates the missing library
    const int id = created.json().object().value(u"id"_s).toInt();
    QVERIFY(id > 0);
    Run edited = cli({ u"--library"_s, m_lib, u"--json"_s, u"case"_s, u"edit"_s,
        QString::number(id), u"--stage"_s, u"filed"_s, u"--number"_s, u"（2024）浙0192民初1号"_s,
        u"--filed-on"_s, u"2024-05-06"_s });
    QCOMPARE(edited.exitCode, 0);
    QCOMPARE(edited.json().object().value(u"stage"_s).toString(), u"filed"_s);
    QCOMPARE(edited.json().object().value(u"filedOn"_s).toString(), u"2024-05-06"_s);
    QCOMPARE(
        cli({ u"--library"_s, m_lib, u"case"_s, u"delete"_s, QString::number(id) }).exitCode, 0);
    QCOMPARE(
        cli({ u"--library"_s, m_lib, u"--json"_s, u"case"_s, u"list"_s }).json().array().size(), 0);
    QCOMPARE(cli({ u"--library"_s, m_lib, u"--json"_s, u"case"_s, u"list"_s, u"--trash"_s })
                 .json()
                 .array()
                 .size(),
        1);
    QCOMPARE(
        cli({ u"--library"_s, m_lib, u"case"_s, u"restore"_s, QString::number(id) }).exitCode, 0);
    const Run list = cli({ u"--library"_s, m_lib, u"case"_s, u"list"_s });
    QVERIFY(QString::fromUtf8(list.out).contains(u"张某诉某科技公司"_s));
    const Run audit =
        cli({ u"--library"_s, m_lib, u"--json"_s, u"audit"_s, u"list"_s, QString::number(id) });
    QStringList actions;
    for (const QJsonValue v : audit.json().array())
        actions << v.toObject().value(u"action"_s).toString();
    QCOMPARE(actions,
        (QStringList { u"case.create"_s, u"case.edit"_s, u"case.trash"_s, u"case.restore"_s }));
}

void TstCli::partiesWithParticulars()
{
    QCOMPARE(cli({ u"--library"_s, m_lib, u"case"_s, u"new"_s, u"--title"_s, u"T"_s }).exitCode, 0);
    const Run person = cli({ u"--library"_s, m_lib, u"--json"_s, u"party"_s, u"add"_s, u"1"_s,
        u"--role"_s, u"plaintiff"_s, u"--type"_s, u"person"_s, u"--name"_s, u"罗某"_s, u"--sex"_s,
        u"male"_s, u"--birth-date"_s, u"1990-03-07"_s, u"--ethnicity"_s, u"汉族"_s,
        u"--id-number"_s, u"110105199003071239"_s, u"--phone"_s, u"13800138000"_s, u"--address"_s,
        u"北京市朝阳区"_s });
    QCOMPARE(person.exitCode, 0);
    QCOMPARE(person.json().object().value(u"idNumber"_s).toString(), u"110105199003071239"_s);
    const Run org = cli({ u"--library"_s, m_lib, u"--json"_s, u"party"_s, u"add"_s, u"1"_s,
        u"--role"_s, u"defendant"_s, u"--type"_s, u"org"_s, u"--name"_s, u"某公司"_s, u"--uscc"_s,
        u"91350100M000100Y43"_s, u"--legal-rep"_s, u"张某"_s, u"--legal-rep-title"_s,
        u"董事长"_s });
    QCOMPARE(org.exitCode, 0);
    const int orgId = org.json().object().value(u"id"_s).toInt();
    const Run edit = cli({ u"--library"_s, m_lib, u"--json"_s, u"party"_s, u"edit"_s,
        QString::number(orgId), u"--address"_s, u"福州市"_s });
    QCOMPARE(edit.exitCode, 0);
    QCOMPARE(edit.json().object().value(u"address"_s).toString(), u"福州市"_s);
    QCOMPARE(
        cli({ u"--library"_s, m_lib, u"party"_s, u"remove"_s, QString::number(orgId) }).exitCode,
        0);
    QCOMPARE(cli({ u"--library"_s, m_lib, u"--json"_s, u"party"_s, u"list"_s, u"1"_s })
                 .json()
                 .array()
                 .size(),
        1);
    // Removed parties wait in the trash and come back.
    const QJsonArray removed =
        cli({ u"--library"_s, m_lib, u"--json"_s, u"party"_s, u"list"_s, u"1"_s, u"--removed"_s })
            .json()
            .array();
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().toObject().value(u"name"_s).toString(), u"某公司"_s);
    QCOMPARE(
        cli({ u"--library"_s, m_lib, u"party"_s, u"restore"_s, QString::number(orgId) }).exitCode,
        0);
    QCOMPARE(cli({ u"--library"_s, m_lib, u"--json"_s, u"party"_s, u"list"_s, u"1"_s })
                 .json()
                 .array()
                 .size(),
        2);
    QCOMPARE(
        cli({ u"--library"_s, m_lib, u"party"_s, u"restore"_s, QString::number(orgId) }).exitCode,
        2);
}

void TstCli::wrongIdNumberIsRefusedAndNothingChanges()
{
    QCOMPARE(cli({ u"library"_s, u"demo"_s, m_lib }).exitCode, 0);
    const auto before = libraryState(m_lib);
    const Run run = cli({ u"--library"_s, m_lib, u"party"_s, u"add"_s, u"1"_s, u"--role"_s,
        u"plaintiff"_s, u"--type"_s, u"person"_s, u"--name"_s, u"李某"_s, u"--id-number"_s,
        u"110105199003071238"_s });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(
        run.err.contains(u"should be 9, not 8"_s), qPrintable(run.err)); // says which character
    QCOMPARE(run.err.count(u'\n'), 1); // one clear line
    const Run uscc = cli({ u"--library"_s, m_lib, u"party"_s, u"edit"_s, u"2"_s, u"--uscc"_s,
        u"91110108MA01XQ7B25"_s });
    QCOMPARE(uscc.exitCode, 2);
    QVERIFY(uscc.err.contains(u"should be 4, not 5"_s));
    QCOMPARE(libraryState(m_lib), before);
}

void TstCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown command") << QStringList { u"frobnicate"_s } << u"unknown command"_s;
    QTest::newRow("unknown subcommand")
        << QStringList { u"case"_s, u"explode"_s } << u"unknown subcommand"_s;
    QTest::newRow("unknown option")
        << QStringList { u"case"_s, u"list"_s, u"--colour"_s } << u"--colour"_s;
    QTest::newRow("missing title") << QStringList { u"case"_s, u"new"_s } << u"--title"_s;
    QTest::newRow("bad kind") << QStringList { u"case"_s, u"new"_s, u"--title"_s, u"x"_s,
        u"--kind"_s, u"criminal"_s }
                              << u"--kind"_s;
    QTest::newRow("bad date") << QStringList { u"case"_s, u"edit"_s, u"1"_s, u"--filed-on"_s,
        u"27/01/2021"_s } << u"2021-01-20"_s;
    QTest::newRow("bad id") << QStringList { u"case"_s, u"show"_s, u"abc"_s }
                            << u"positive number"_s;
    QTest::newRow("no such case") << QStringList { u"case"_s, u"show"_s, u"99"_s }
                                  << u"no case 99"_s;
    QTest::newRow("bad role") << QStringList { u"party"_s, u"add"_s, u"1"_s, u"--role"_s,
        u"judge"_s, u"--type"_s, u"person"_s, u"--name"_s, u"x"_s }
                              << u"--role"_s;
    QTest::newRow("restore a live case")
        << QStringList { u"case"_s, u"restore"_s, u"1"_s } << u"not in the trash"_s;
}

void TstCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QCOMPARE(cli({ u"library"_s, u"demo"_s, m_lib }).exitCode, 0);
    const auto before = libraryState(m_lib);
    const Run run = cli(QStringList { u"--library"_s, m_lib } + args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(libraryState(m_lib), before);
}

void TstCli::unusableLibrariesExitThree()
{
    // Missing: a reading command does not create anything.
    const Run missing = cli({ u"--library"_s, m_lib, u"case"_s, u"list"_s });
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.contains(u"no Habeas library"_s));
    QVERIFY(!QFileInfo::exists(m_lib));
    if (librariesOnServer()) {
        const QString tables =
            u"SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"_s;
        QCOMPARE(countIn(m_lib, tables), 0);
        // Not a library: a database holding another program's table is left as it was.
        QString why;
        QVERIFY2(tamper(m_lib, { u"CREATE TABLE ledger (entry TEXT)"_s }, &why), qPrintable(why));
        const Run other = cli({ u"--library"_s, m_lib, u"case"_s, u"new"_s, u"--title"_s, u"x"_s });
        QCOMPARE(other.exitCode, 3);
        QVERIFY2(other.err.contains(u"is not a Habeas library"_s), qPrintable(other.err));
        QCOMPARE(countIn(m_lib, tables), 1);
        return;
    }

    // Not a library: left byte for byte as it was, even by a writing command.
    QVERIFY(QDir().mkpath(m_lib));
    QFile junk(QDir(m_lib).filePath(u"library.sqlite"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'z'));
    junk.close();
    const auto before = libraryState(m_lib);
    const Run corrupt = cli({ u"--library"_s, m_lib, u"case"_s, u"new"_s, u"--title"_s, u"x"_s });
    QCOMPARE(corrupt.exitCode, 3);
    QVERIFY(corrupt.err.contains(u"not an SQLite database"_s));
    QCOMPARE(corrupt.err.count(u'\n'), 1);
    QCOMPARE(libraryState(m_lib), before);
}

void TstCli::newerLibraryReadsButRefusesWrites()
{
    QCOMPARE(cli({ u"library"_s, u"demo"_s, m_lib }).exitCode, 0);
    QString why;
    if (librariesOnServer()) {
        // A server library of a newer schema is refused whole, for reading too: the version that
        // wrote it may keep there what this one would not know to keep to itself (docs/server.md).
        QVERIFY2(
            tamper(m_lib, { u"UPDATE schema_version SET version = 999"_s }, &why), qPrintable(why));
        const Run list = cli({ u"--library"_s, m_lib, u"--json"_s, u"case"_s, u"list"_s });
        QCOMPARE(list.exitCode, 3);
        QVERIFY2(list.err.contains(u"newer version"_s), qPrintable(list.err));
        const Run write = cli({ u"--library"_s, m_lib, u"case"_s, u"new"_s, u"--title"_s, u"x"_s });
        QCOMPARE(write.exitCode, 3);
        QVERIFY2(write.err.contains(u"newer version"_s), qPrintable(write.err));
        QCOMPARE(countIn(m_lib, u"SELECT count(*) FROM cases"_s), 1);
        QCOMPARE(countIn(m_lib, u"SELECT version FROM schema_version"_s), 999);
        return;
    }
    QVERIFY2(tamper(m_lib, { u"PRAGMA user_version = 999"_s, u"PRAGMA wal_checkpoint(TRUNCATE)"_s },
                 &why),
        qPrintable(why));
    const auto before = libraryState(m_lib);
    const Run list = cli({ u"--library"_s, m_lib, u"--json"_s, u"case"_s, u"list"_s });
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.json().array().size(), 1);
    QVERIFY(list.err.contains(u"newer version"_s));
    const Run write = cli({ u"--library"_s, m_lib, u"case"_s, u"new"_s, u"--title"_s, u"x"_s });
    QCOMPARE(write.exitCode, 3);
    QVERIFY(write.err.contains(u"read-only"_s));
    QCOMPARE(libraryState(m_lib).value(u"library.sqlite"_s), before.value(u"library.sqlite"_s));
}

void TstCli::auditVerifyNamesTheFirstBrokenEntry()
{
    QCOMPARE(cli({ u"library"_s, u"demo"_s, m_lib }).exitCode, 0);
    QCOMPARE(cli({ u"--library"_s, m_lib, u"audit"_s, u"verify"_s }).exitCode, 0);
    // On a server only its superuser could (the log is append-only for every user role).
    QString why;
    QVERIFY2(tamper(m_lib,
                 { u"UPDATE audit_log SET detail = '{\"name\":\"王某\",\"role\":\"plaintiff\"}' "
                   "WHERE id = 2"_s },
                 &why),
        qPrintable(why));
    const Run run = cli({ u"--library"_s, m_lib, u"--json"_s, u"audit"_s, u"verify"_s });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json().object().value(u"firstBrokenId"_s).toInt(), 2);
    QVERIFY(run.err.contains(u"entry 2"_s));
    const Run check = cli({ u"--library"_s, m_lib, u"library"_s, u"check"_s });
    QCOMPARE(check.exitCode, 1);
}

void TstCli::deletedLastAuditEntriesAreDetected()
{
    if (librariesOnServer())
        QSKIP("A folder's audit-head file: a server's audit log is append-only for every user "
              "role (tst_teams), so no user can cut its tail.");
    QCOMPARE(cli({ u"library"_s, u"init"_s, m_lib }).exitCode, 0);
    for (const QString &title : { u"甲"_s, u"乙"_s, u"丙"_s })
        QCOMPARE(
            cli({ u"--library"_s, m_lib, u"case"_s, u"new"_s, u"--title"_s, title }).exitCode, 0);
    QVERIFY(QFileInfo::exists(QDir(m_lib).filePath(u"audit-head"_s)));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(QDir(m_lib).filePath(u"library.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    const Run run = cli({ u"--library"_s, m_lib, u"audit"_s, u"verify"_s });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"deleted"_s), qPrintable(run.err));
    QCOMPARE(cli({ u"--library"_s, m_lib, u"library"_s, u"check"_s }).exitCode, 1);
}

void TstCli::checkRepairRemovesUnreferencedFiles()
{
    if (librariesOnServer())
        QSKIP("A folder's blob files; a server's repair: "
              "tst_cliserver::checkRepairCollectsUnreferencedOriginals.");
    QCOMPARE(cli({ u"library"_s, u"init"_s, m_lib }).exitCode, 0);
    // A blob no exhibit cites: what a cancelled import leaves.
    const QByteArray bytes = "an orphan";
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString blob = QDir(m_lib).filePath(u"blobs/"_s + sha.left(2) + u'/' + sha);
    QVERIFY(QDir().mkpath(QFileInfo(blob).absolutePath()));
    {
        QFile f(blob);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        QVERIFY(f.flush()); // a later write would make the file new again
        QVERIFY(f.setFileTime(
            QDateTime::currentDateTimeUtc().addDays(-1), QFileDevice::FileModificationTime));
    }
    const Run check = cli({ u"--library"_s, m_lib, u"--json"_s, u"library"_s, u"check"_s });
    QCOMPARE(check.exitCode, 0); // space to reclaim, not damage
    QCOMPARE(check.json().object().value(u"unreferencedBlobs"_s).toArray().size(), 1);
    const Run text = cli({ u"--library"_s, m_lib, u"library"_s, u"check"_s });
    QVERIFY2(text.out.contains("--repair"), text.out.constData());
    const Run repair =
        cli({ u"--library"_s, m_lib, u"--json"_s, u"library"_s, u"check"_s, u"--repair"_s });
    QCOMPARE(repair.exitCode, 0);
    QCOMPARE(
        repair.json().object().value(u"repair"_s).toObject().value(u"removedBlobs"_s).toArray(),
        QJsonArray { sha });
    QVERIFY(!QFileInfo::exists(blob));
    QCOMPARE(cli({ u"--library"_s, m_lib, u"library"_s, u"check"_s, u"--bogus"_s }).exitCode, 2);
}

void TstCli::libraryFromTheEnvironment()
{
    QCOMPARE(cli({ u"library"_s, u"demo"_s, m_lib }).exitCode, 0);
    const Run run = cli({ u"--json"_s, u"case"_s, u"list"_s }, m_lib);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().array().size(), 1);
}

void TstCli::doesNotLoadQtWidgets()
{
#ifdef Q_OS_LINUX
    QProcess ldd;
    ldd.start(u"ldd"_s, { QStringLiteral(HABEAS_CLI_PATH) });
    if (!ldd.waitForFinished() || ldd.exitCode() != 0)
        QSKIP("ldd is not available");
    const QString libs = QString::fromUtf8(ldd.readAllStandardOutput());
    QVERIFY(libs.contains(u"libQt6Core"_s));
    QVERIFY2(!libs.contains(u"libQt6Widgets"_s), qPrintable(libs));
#else
    QSKIP("checked on Linux");
#endif
}

void TstCli::damagesTotalsMatchTheWorksheet()
{
    QCOMPARE(cli({ u"library"_s, u"demo"_s, m_lib }).exitCode, 0);
    const Run total = cli({ u"--library"_s, m_lib, u"--json"_s, u"damages"_s, u"total"_s, u"1"_s,
        u"--scenario"_s, u"expected"_s });
    QCOMPARE(total.exitCode, 0);
    const QJsonObject t = total.json().object();
    QCOMPARE(t.value(u"totalFen"_s).toInteger(), 290000);
    QCOMPARE(t.value(u"capitals"_s).toString(), u"人民币贰仟玖佰元整"_s);
    QCOMPARE(t.value(u"perDefendant"_s).toArray().first().toObject().value(u"name"_s).toString(),
        u"北京某某教育科技有限公司"_s);
    QCOMPARE(t.value(u"courtFee"_s).toObject().value(u"minFen"_s).toInteger(), 10000);
    QCOMPARE(t.value(u"courtFee"_s).toObject().value(u"maxFen"_s).toInteger(), 50000);

    // A joint item against both defendants: counted once in the total, in full against each.
    const Run second = cli({ u"--library"_s, m_lib, u"--json"_s, u"party"_s, u"add"_s, u"1"_s,
        u"--role"_s, u"defendant"_s, u"--type"_s, u"org"_s, u"--name"_s, u"关联公司"_s });
    const int secondId = second.json().object().value(u"id"_s).toInt();
    const Run added = cli({ u"--library"_s, m_lib, u"--json"_s, u"damages"_s, u"add"_s, u"1"_s,
        u"--head"_s, u"property-loss"_s, u"--amount"_s, u"1,038.50"_s, u"--basis"_s,
        u"PIPL 69(2)"_s, u"--defendant"_s, u"2"_s, u"--defendant"_s, QString::number(secondId),
        u"--scenario"_s, u"expected"_s });
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.json().object().value(u"amountFen"_s).toInteger(), 103850);
    QCOMPARE(added.json().object().value(u"basis"_s).toString(),
        u"《中华人民共和国个人信息保护法》第六十九条第二款"_s);
    QVERIFY(added.json().object().value(u"joint"_s).toBool());
    const QJsonObject after = cli({ u"--library"_s, m_lib, u"--json"_s, u"damages"_s, u"total"_s,
                                      u"1"_s, u"--scenario"_s, u"expected"_s })
                                  .json()
                                  .object();
    QCOMPARE(after.value(u"totalFen"_s).toInteger(), 393850);
    QCOMPARE(after.value(u"capitals"_s).toString(), u"人民币叁仟玖佰叁拾捌元伍角"_s);
    QCOMPARE(after.value(u"jointFen"_s).toInteger(), 103850);
    const QJsonArray perDefendant = after.value(u"perDefendant"_s).toArray();
    QCOMPARE(perDefendant.size(), 2);
    QCOMPARE(perDefendant.at(1).toObject().value(u"amountFen"_s).toInteger(), 103850);

    const Run list = cli({ u"--library"_s, m_lib, u"--json"_s, u"damages"_s, u"list"_s, u"1"_s });
    qint64 sum = 0;
    for (const QJsonValue v : list.json().array())
        if (v.toObject().value(u"scenario"_s).toString() == u"expected"_s)
            sum += v.toObject().value(u"amountFen"_s).toInteger();
    QCOMPARE(sum, after.value(u"totalFen"_s).toInteger());

    const int itemId = added.json().object().value(u"id"_s).toInt();
    QCOMPARE(
        cli({ u"--library"_s, m_lib, u"damages"_s, u"remove"_s, QString::number(itemId) }).exitCode,
        0);
    QCOMPARE(cli({ u"--library"_s, m_lib, u"--json"_s, u"damages"_s, u"total"_s, u"1"_s,
                     u"--scenario"_s, u"expected"_s })
                 .json()
                 .object()
                 .value(u"totalFen"_s)
                 .toInteger(),
        290000);
}

void TstCli::damagesBadInputExitsTwoAndChangesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QStringList add { u"damages"_s, u"add"_s, u"1"_s };
    QTest::newRow("negative") << add
            + QStringList { u"--head"_s, u"property-loss"_s, u"--amount"_s, u"-5"_s }
                              << u"--amount"_s;
    QTest::newRow("not a number") << add
            + QStringList { u"--head"_s, u"property-loss"_s, u"--amount"_s, u"abc"_s }
                                  << u"--amount"_s;
    QTest::newRow("three decimals")
        << add + QStringList { u"--head"_s, u"property-loss"_s, u"--amount"_s, u"1.005"_s }
        << u"--amount"_s;
    QTest::newRow("beyond 10^13") << add
            + QStringList { u"--head"_s, u"property-loss"_s, u"--amount"_s, u"10000000000000.01"_s }
                                  << u"--amount"_s;
    QTest::newRow("zero records") << add
            + QStringList { u"--head"_s, u"per-record"_s, u"--records"_s, u"0"_s, u"--per-record"_s,
                  u"1"_s } << u"--records"_s;
    QTest::newRow("plaintiff as defendant") << add
            + QStringList { u"--head"_s, u"property-loss"_s, u"--amount"_s, u"10"_s,
                  u"--defendant"_s, u"1"_s } << u"not a defendant"_s;
    QTest::newRow("unknown head") << add
            + QStringList { u"--head"_s, u"punitive"_s, u"--amount"_s, u"10"_s }
                                  << u"--head"_s;
    QTest::newRow("no such article") << add
            + QStringList { u"--head"_s, u"property-loss"_s, u"--amount"_s, u"10"_s, u"--basis"_s,
                  u"PIPL 75"_s } << u"74"_s;
    QTest::newRow("fee without amount") << QStringList { u"fee"_s } << u"--amount"_s;
}

void TstCli::damagesBadInputExitsTwoAndChangesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QCOMPARE(cli({ u"library"_s, u"demo"_s, m_lib }).exitCode, 0);
    const auto before = libraryState(m_lib);
    const Run run = cli(QStringList { u"--library"_s, m_lib } + args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QCOMPARE(libraryState(m_lib), before);
}

void TstCli::courtFeeStandalone()
{
    const Run personality = cli({ u"--json"_s, u"fee"_s, u"--amount"_s, u"200000"_s });
    QCOMPARE(personality.exitCode, 0);
    QCOMPARE(personality.json().object().value(u"minFen"_s).toInteger(), 110000);
    QCOMPARE(personality.json().object().value(u"maxFen"_s).toInteger(), 150000);
    const Run property = cli({ u"--json"_s, u"fee"_s, u"--amount"_s, u"100000"_s, u"--kind"_s,
        u"property"_s, u"--simplified"_s });
    QCOMPARE(property.json().object().value(u"minFen"_s).toInteger(), 115000); // 2,300 halved
    const Run text = cli({ u"fee"_s, u"--amount"_s, u"10000"_s, u"--kind"_s, u"property"_s });
    QVERIFY(QString::fromUtf8(text.out).contains(u"50.00"_s));
}

void TstCli::evidenceImportVerifyExport()
{
    QCOMPARE(cli({ u"library"_s, u"demo"_s, m_lib }).exitCode, 0);
    QTemporaryDir files;
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(files.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return f.fileName();
    };
    const QString receipt = write(u"公证费发票.pdf"_s, "%PDF-1.4 receipt");
    const QString sms = write(u"sms.txt"_s, "【某某英语】新用户专享");
    const Run added = cli({ u"--library"_s, m_lib, u"--json"_s, u"evidence"_s, u"add"_s, u"1"_s,
        sms, receipt, files.filePath(u"missing.png"_s), sms, u"--purpose"_s, u"证明营销短信"_s,
        u"--group"_s, u"5"_s }); // the demo's own exhibits are groups 1 to 3
    QCOMPARE(added.exitCode, 0); // one bad file does not stop the rest
    const QJsonArray results = added.json().array();
    QCOMPARE(results.size(), 4);
    QCOMPARE(results.at(0).toObject().value(u"status"_s).toString(), u"imported"_s);
    QCOMPARE(results.at(0).toObject().value(u"exhibit"_s).toString(), u"证据5-1"_s);
    QCOMPARE(results.at(1).toObject().value(u"exhibit"_s).toString(), u"证据5-2"_s);
    QCOMPARE(results.at(2).toObject().value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(results.at(3).toObject().value(u"status"_s).toString(), u"duplicate"_s);
    QCOMPARE(results.at(3).toObject().value(u"exhibit"_s).toString(), u"证据5-1"_s);
    QVERIFY(added.err.contains(u"missing.png"_s));
    const int receiptId = results.at(1).toObject().value(u"id"_s).toInt();

    const Run linked = cli({ u"--library"_s, m_lib, u"--json"_s, u"damages"_s, u"add"_s, u"1"_s,
        u"--head"_s, u"rights-protection-cost"_s, u"--amount"_s, u"1200"_s, u"--expense-kind"_s,
        u"notary"_s, u"--evidence"_s, QString::number(receiptId), u"--defendant"_s, u"2"_s });
    QCOMPARE(linked.exitCode, 0);
    QCOMPARE(linked.json().object().value(u"evidence"_s).toInt(), receiptId);

    const QString out = files.filePath(u"exported.pdf"_s);
    QCOMPARE(cli({ u"--library"_s, m_lib, u"evidence"_s, u"export"_s, QString::number(receiptId),
                     u"--out"_s, out })
                 .exitCode,
        0);
    QCOMPARE(sha256Of(out), sha256Of(receipt));
    QCOMPARE(cli({ u"--library"_s, m_lib, u"evidence"_s, u"verify"_s }).exitCode, 0);

    // Someone edits a stored original: verify names it and exits 1.
    const QString sha = cli({ u"--library"_s, m_lib, u"--json"_s, u"evidence"_s, u"show"_s,
                                QString::number(receiptId) })
                            .json()
                            .object()
                            .value(u"sha256"_s)
                            .toString();
    if (librariesOnServer()) {
        QString why;
        QVERIFY2(tamper(m_lib,
                     { u"UPDATE blob_chunks SET data = data || '\\x78'::bytea WHERE sha256 = '%1' "
                       "AND n = (SELECT max(n) FROM blob_chunks WHERE sha256 = '%1')"_s.arg(sha) },
                     &why),
            qPrintable(why));
    } else {
        QFile blob(QDir(m_lib).filePath(u"blobs/"_s + sha.left(2) + u'/' + sha));
        QVERIFY(blob.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(blob.open(QIODevice::Append));
        blob.write("x");
        blob.close();
    }
    const Run verify = cli({ u"--library"_s, m_lib, u"evidence"_s, u"verify"_s, u"1"_s });
    QCOMPARE(verify.exitCode, 1);
    QVERIFY(verify.err.contains(u"证据5-2"_s));
    QVERIFY(verify.err.contains(u"altered"_s));
    const Run none = cli(
        { u"--library"_s, m_lib, u"evidence"_s, u"add"_s, u"1"_s, files.filePath(u"nothing"_s) });
    QCOMPARE(none.exitCode, 2);
}

void TstCli::statutesAndTheories_data()
{
    QTest::addColumn<QString>("citation");
    QTest::addColumn<QString>("court");
    QTest::addColumn<QString>("starts");
    QTest::newRow("PIPL 16") << u"PIPL 16"_s << u"《中华人民共和国个人信息保护法》第十六条"_s
                             << u"第十六条 个人信息处理者不得以个人不同意"_s;
    QTest::newRow("Chinese form") << u"个人信息保护法第十六条"_s
                                  << u"《中华人民共和国个人信息保护法》第十六条"_s
                                  << u"第十六条 "_s;
    QTest::newRow("Civil Code 1034")
        << u"Civil Code 1034"_s << u"《中华人民共和国民法典》第一千零三十四条"_s
        << u"第一千零三十四条 自然人的个人信息受法律保护。"_s;
    QTest::newRow("民法典") << u"民法典第一千零三十四条"_s
                            << u"《中华人民共和国民法典》第一千零三十四条"_s
                            << u"第一千零三十四条"_s;
    QTest::newRow("CPL 124") << u"CPL 124"_s << u"《中华人民共和国民事诉讼法》第一百二十四条"_s
                             << u"第一百二十四条 起诉状"_s;
    QTest::newRow("item") << u"PIPL 13(1)(ii)"_s
                          << u"《中华人民共和国个人信息保护法》第十三条第一款第（二）项"_s
                          << u"（二）为订立、履行个人作为一方当事人的合同所必需"_s;
}

void TstCli::statutesAndTheories()
{
    QFETCH(QString, citation);
    QFETCH(QString, court);
    QFETCH(QString, starts);
    const Run run = cli({ u"--json"_s, u"statute"_s, u"show"_s, citation });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().object().value(u"citation"_s).toString(), court);
    QVERIFY2(run.json().object().value(u"text"_s).toString().startsWith(starts),
        qPrintable(run.json().object().value(u"text"_s).toString().left(60)));

    const Run search = cli({ u"--json"_s, u"statute"_s, u"search"_s, u"单独同意"_s });
    QCOMPARE(search.exitCode, 0);
    QStringList found;
    for (const QJsonValue v : search.json().array())
        found << v.toObject().value(u"citation"_s).toString();
    QVERIFY(found.contains(u"《中华人民共和国个人信息保护法》第二十九条"_s));
    QVERIFY(found.contains(u"《中华人民共和国个人信息保护法》第二十三条"_s));

    const Run theories = cli({ u"--json"_s, u"theory"_s, u"list"_s });
    QCOMPARE(theories.json().array().size(), 15); // T0–T12, privacy and contract
    const Run refusal = cli({ u"--json"_s, u"theory"_s, u"show"_s, u"refusal-of-service"_s });
    QCOMPARE(refusal.exitCode, 0);
    QVERIFY(refusal.json().object().value(u"articles"_s).toArray().contains(u"PIPL 16"_s));
}

void TstCli::statuteErrorsSuggestTheNearest()
{
    const Run missing = cli({ u"statute"_s, u"show"_s, u"PIPL 75"_s });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(u"PIPL 74"_s));
    const Run unknown = cli({ u"theory"_s, u"show"_s, u"punitive-damages"_s });
    QCOMPARE(unknown.exitCode, 2);
}

void TstCli::liabilityHeadingsAlternativesAndFees()
{
    QCOMPARE(cli({ u"library"_s, u"demo"_s, m_lib }).exitCode, 0);
    const QStringList lib { u"--library"_s, m_lib };
    // The demo's PIPL 24 claim pleads push; with none chosen, the gaps say so and exit 1.
    const Run none = cli(lib + QStringList { u"claim"_s, u"alternative"_s, u"2"_s, u"none"_s });
    QCOMPARE(none.exitCode, 0);
    QVERIFY(QString::fromUtf8(none.out).contains(u"no alternative chosen"_s));
    const Run gaps = cli(lib + QStringList { u"--json"_s, u"claim"_s, u"gaps"_s, u"1"_s });
    QCOMPARE(gaps.exitCode, 1);
    const QJsonArray unchosen = gaps.json().object().value(u"alternativesNotChosen"_s).toArray();
    QCOMPARE(unchosen.size(), 1);
    QCOMPARE(unchosen.first().toObject().value(u"claim"_s).toInt(), 2);
    const Run refused = cli(lib
        + QStringList { u"generate"_s, u"1"_s, u"--template"_s, u"civil-complaint"_s, u"--format"_s,
            u"pdf"_s, u"--out"_s, m_dir.filePath(u"c.pdf"_s) });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(
        refused.err.contains(u"「自动化决策/个性化推送」所主张的情形"_s), qPrintable(refused.err));
    QCOMPARE(
        cli(lib + QStringList { u"claim"_s, u"alternative"_s, u"2"_s, u"pricing"_s }).exitCode, 2);
    const Run push =
        cli(lib + QStringList { u"--json"_s, u"claim"_s, u"alternative"_s, u"2"_s, u"push"_s });
    QCOMPARE(push.exitCode, 0);
    QCOMPARE(push.json().object().value(u"alternative"_s).toString(), u"push"_s);
    QVERIFY(push.json().object().value(u"heading"_s).toString().contains(u"个性化推送"_s));

    // Headings: a sentence of the lawyer's; empty refused naming the claim; back to the default.
    const Run empty = cli(lib + QStringList { u"claim"_s, u"heading"_s, u"1"_s, u" "_s });
    QCOMPARE(empty.exitCode, 2);
    QVERIFY(empty.err.contains(u"claim 1"_s));
    const Run own = cli(lib
        + QStringList { u"--json"_s, u"claim"_s, u"heading"_s, u"1"_s,
            u"被告以原告拒绝提供职业等信息为由拒绝提供服务，侵害了原告的个人信息权益"_s });
    QCOMPARE(own.exitCode, 0);
    QVERIFY(own.json().object().value(u"ownHeading"_s).toBool());
    QCOMPARE(cli(lib + QStringList { u"--json"_s, u"claim"_s, u"heading"_s, u"1"_s, u"default"_s })
                 .json()
                 .object()
                 .value(u"ownHeading"_s)
                 .toBool(),
        false);

    // Adverse inference: not on the defendant's element; on the plaintiff's, shown in JSON.
    QCOMPARE(
        cli(lib + QStringList { u"claim"_s, u"adverse"_s, u"3"_s, u"4"_s, u"yes"_s }).exitCode, 2);
    const Run adverse =
        cli(lib + QStringList { u"--json"_s, u"claim"_s, u"adverse"_s, u"3"_s, u"2"_s, u"yes"_s });
    QCOMPARE(adverse.exitCode, 0);
    QVERIFY(adverse.json()
                .object()
                .value(u"elements"_s)
                .toArray()
                .at(1)
                .toObject()
                .value(u"adverseInference"_s)
                .toBool());
    QVERIFY(QString::fromUtf8(cli(lib + QStringList { u"claim"_s, u"show"_s, u"3"_s }).out)
                .contains(u"adverse inference"_s));

    // Mental distress without serious harm: warned about in the totals and the gaps.
    const QJsonArray items =
        cli(lib + QStringList { u"--json"_s, u"damages"_s, u"list"_s, u"1"_s }).json().array();
    int distress = 0;
    for (const QJsonValue v : items)
        if (v.toObject().value(u"head"_s).toString() == u"mental-distress"_s)
            distress = v.toObject().value(u"id"_s).toInt();
    QVERIFY(distress > 0);
    QCOMPARE(cli(lib
                 + QStringList { u"damages"_s, u"edit"_s, QString::number(distress),
                     u"--serious-harm"_s, u""_s })
                 .exitCode,
        0);
    QVERIFY(cli(lib + QStringList { u"claim"_s, u"gaps"_s, u"1"_s }).err.contains(u"1183"_s));
    const Run totals = cli(lib
        + QStringList {
            u"--json"_s, u"damages"_s, u"total"_s, u"1"_s, u"--ends"_s, u"mediation"_s });
    QCOMPARE(totals.exitCode, 0);
    QVERIFY(totals.json()
                .object()
                .value(u"warnings"_s)
                .toArray()
                .first()
                .toString()
                .contains(u"1183"_s));
    // A personality-rights case: 100–500 yuan, halved on mediation (Art. 15).
    const QJsonObject fee = totals.json().object().value(u"courtFee"_s).toObject();
    QCOMPARE(fee.value(u"kind"_s).toString(), u"personality"_s);
    QCOMPARE(fee.value(u"ending"_s).toString(), u"mediation"_s);
    QCOMPARE(fee.value(u"minFen"_s).toInteger(), 5000);
    QCOMPARE(fee.value(u"maxFen"_s).toInteger(), 25000);
    QCOMPARE(cli(lib + QStringList { u"damages"_s, u"total"_s, u"1"_s, u"--ends"_s, u"settled"_s })
                 .exitCode,
        2);
    // A claim in contract makes it a property case: 7,900 yuan → 50 yuan.
    QCOMPARE(cli(lib + QStringList { u"claim"_s, u"add"_s, u"1"_s, u"contract"_s }).exitCode, 0);
    const QJsonObject property =
        cli(lib + QStringList { u"--json"_s, u"damages"_s, u"total"_s, u"1"_s })
            .json()
            .object()
            .value(u"courtFee"_s)
            .toObject();
    QCOMPARE(property.value(u"kind"_s).toString(), u"property"_s);
    QCOMPARE(property.value(u"minFen"_s).toInteger(), 5000);
    const Run withdrawn = cli({ u"--json"_s, u"fee"_s, u"--amount"_s, u"100000"_s, u"--kind"_s,
        u"property"_s, u"--ends"_s, u"withdrawal"_s });
    QCOMPARE(withdrawn.json().object().value(u"minFen"_s).toInteger(), 115000);
}

void TstCli::chronologyClaimsAndGaps()
{
    // A case of its own: the demo brings exhibits and claims of its own.
    QCOMPARE(
        cli({ u"--library"_s, m_lib, u"case"_s, u"new"_s, u"--title"_s, u"罗某诉某科技公司"_s })
            .exitCode,
        0);
    QTemporaryDir files;
    QFile f(files.filePath(u"first-login.png"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("first login screenshot");
    f.close();
    const int exhibit =
        cli({ u"--library"_s, m_lib, u"--json"_s, u"evidence"_s, u"add"_s, u"1"_s, f.fileName() })
            .json()
            .array()
            .first()
            .toObject()
            .value(u"id"_s)
            .toInt();
    const Run event = cli({ u"--library"_s, m_lib, u"--json"_s, u"event"_s, u"add"_s, u"1"_s,
        u"--date"_s, u"2021-01"_s, u"--text"_s, u"关联App共享订单信息"_s, u"--evidence"_s,
        QString::number(exhibit) });
    QCOMPARE(event.exitCode, 0);
    QCOMPARE(event.json().object().value(u"precision"_s).toString(), u"month"_s);
    QCOMPARE(event.json().object().value(u"evidence"_s).toArray().first().toInt(), exhibit);
    QCOMPARE(cli({ u"--library"_s, m_lib, u"event"_s, u"add"_s, u"1"_s, u"--date"_s,
                     u"2021-02-30"_s, u"--text"_s, u"x"_s })
                 .exitCode,
        2);

    const Run claim = cli({ u"--library"_s, m_lib, u"--json"_s, u"claim"_s, u"add"_s, u"1"_s,
        u"refusal-of-service"_s });
    QCOMPARE(claim.exitCode, 0);
    const int claimId = claim.json().object().value(u"id"_s).toInt();
    QCOMPARE(cli({ u"--library"_s, m_lib, u"claim"_s, u"gaps"_s, u"1"_s }).exitCode, 1);
    const Run cited = cli({ u"--library"_s, m_lib, u"--json"_s, u"claim"_s, u"cite"_s,
        QString::number(claimId), u"2"_s, QString::number(exhibit), u"--page"_s, u"1"_s });
    QCOMPARE(cited.exitCode, 0);
    QCOMPARE(cited.json()
                 .object()
                 .value(u"elements"_s)
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(u"citations"_s)
                 .toArray()
                 .size(),
        1);
    for (const QString &element : { u"1"_s, u"5"_s })
        QCOMPARE(cli({ u"--library"_s, m_lib, u"claim"_s, u"status"_s, QString::number(claimId),
                         element, u"proven"_s })
                     .exitCode,
            0);
    const Run gaps = cli({ u"--library"_s, m_lib, u"--json"_s, u"claim"_s, u"gaps"_s, u"1"_s });
    QCOMPARE(gaps.exitCode, 0);
    QCOMPARE(gaps.json().object().value(u"elementsWithoutEvidence"_s).toArray().size(), 0);
    QCOMPARE(cli({ u"--library"_s, m_lib, u"claim"_s, u"status"_s, QString::number(claimId), u"1"_s,
                     u"won"_s })
                 .exitCode,
        2);
}

void TstCli::evidenceOrderRegionsAndSearch()
{
    // A case of its own: the demo brings exhibits and claims of its own.
    QCOMPARE(
        cli({ u"--library"_s, m_lib, u"case"_s, u"new"_s, u"--title"_s, u"罗某诉某科技公司"_s })
            .exitCode,
        0);
    QTemporaryDir files;
    QStringList paths;
    for (const QString &name : { u"首次登录.png"_s, u"隐私政策.pdf"_s, u"营销短信.txt"_s }) {
        QFile f(files.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(name.toUtf8());
        paths << f.fileName();
    }
    const Run added =
        cli(QStringList { u"--library"_s, m_lib, u"--json"_s, u"evidence"_s, u"add"_s, u"1"_s }
            + paths);
    QCOMPARE(added.exitCode, 0);
    const QJsonArray results = added.json().array();
    const QString last = QString::number(results.at(2).toObject().value(u"id"_s).toInt());

    // The SMS moves to first place; the others follow it.
    const Run moved = cli(
        { u"--library"_s, m_lib, u"--json"_s, u"evidence"_s, u"move"_s, last, u"--to"_s, u"1"_s });
    QCOMPARE(moved.exitCode, 0);
    QCOMPARE(moved.json().object().value(u"exhibit"_s).toString(), u"证据1-1"_s);
    const QJsonArray order = moved.json().object().value(u"order"_s).toArray();
    QCOMPARE(order.at(1).toObject().value(u"exhibit"_s).toString(), u"证据1-2"_s);
    QCOMPARE(order.at(1).toObject().value(u"id"_s).toInt(),
        results.at(0).toObject().value(u"id"_s).toInt());
    QCOMPARE(
        cli({ u"--library"_s, m_lib, u"evidence"_s, u"move"_s, last, u"--to"_s, u"0"_s }).exitCode,
        2);

    // A region, cited by an element of a claim down to the region.
    const Run region = cli({ u"--library"_s, m_lib, u"--json"_s, u"evidence"_s, u"annotate"_s, last,
        u"--rect"_s, u"0.1,0.2,0.5,0.1"_s, u"--note"_s, u"退订方式"_s });
    QCOMPARE(region.exitCode, 0);
    QCOMPARE(region.json().object().value(u"region"_s).toInt(), 1);
    QCOMPARE(cli({ u"--library"_s, m_lib, u"evidence"_s, u"annotate"_s, last, u"--rect"_s,
                     u"0.9,0.2,0.5,0.1"_s })
                 .exitCode,
        2);
    QCOMPARE(cli({ u"--library"_s, m_lib, u"claim"_s, u"add"_s, u"1"_s, u"marketing-intrusion"_s })
                 .exitCode,
        0);
    const Run cited = cli({ u"--library"_s, m_lib, u"--json"_s, u"claim"_s, u"cite"_s, u"1"_s,
        u"1"_s, last, u"--region"_s, u"1"_s });
    QCOMPARE(cited.exitCode, 0);
    const QJsonObject citation = cited.json()
                                     .object()
                                     .value(u"elements"_s)
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(u"citations"_s)
                                     .toArray()
                                     .at(0)
                                     .toObject();
    QCOMPARE(citation.value(u"reference"_s).toString(), u"证据1-1, page 1, region 1"_s);
    QCOMPARE(cli({ u"--library"_s, m_lib, u"claim"_s, u"cite"_s, u"1"_s, u"1"_s, last,
                     u"--region"_s, u"7"_s })
                 .exitCode,
        2);

    // Search finds titles as well as page text.
    const Run found = cli({ u"--library"_s, m_lib, u"--json"_s, u"search"_s, u"短信"_s });
    QCOMPARE(found.exitCode, 0);
    // The SMS file's text (page 1, read at import) and its title (page 0): the same exhibit.
    QCOMPARE(found.json().array().size(), 2);
    QList<int> pages;
    for (const QJsonValue hit : found.json().array()) {
        QCOMPARE(hit.toObject().value(u"exhibit"_s).toString(), u"证据1-1"_s);
        pages << hit.toObject().value(u"page"_s).toInt();
    }
    QCOMPARE(pages, (QList<int> { 1, 0 }));
    QCOMPARE(
        cli({ u"--library"_s, m_lib, u"search"_s, u"短信"_s, u"--case"_s, u"9"_s }).exitCode, 2);
}

void TstCli::evidenceAddReadsEachFile()
{
    qputenv("HABEAS_PARSE_PATH", HABEAS_PARSE_PATH);
    // A case of its own: the demo's screenshots would wait for `evidence ocr` too.
    QCOMPARE(
        cli({ u"--library"_s, m_lib, u"case"_s, u"new"_s, u"--title"_s, u"罗某诉某科技公司"_s })
            .exitCode,
        0);
    QTemporaryDir files;
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(files.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return f.fileName();
    };
    QByteArray random(4096, '\0');
    for (qsizetype i = 0; i < random.size(); ++i)
        random[i] = char((i * 7919 + 13) % 251);
    QImage shot(320, 200, QImage::Format_RGB32);
    shot.fill(Qt::white);
    QByteArray shotBytes;
    QBuffer buffer(&shotBytes);
    buffer.open(QIODevice::WriteOnly);
    shot.save(&buffer, "PNG");
    const QStringList added { write(u"empty.png"_s, {}), write(u"random.pdf"_s, random),
        write(
            u"policy.pdf"_s, handMadePdf({ "Habeas privacy policy", "SECRET PHONE 13800138000" })),
        write(u"shot.png"_s, shotBytes) };
    const Run add = cli(QStringList { u"--library"_s, m_lib, u"--json"_s, u"evidence"_s, u"add"_s,
                            u"1"_s, u"--no-ocr"_s }
        + added);
    QCOMPARE(add.exitCode, 0);
    const QJsonArray results = add.json().array();
    QCOMPARE(results.size(), 4);
    const auto field = [&](int i, const QString &name) {
        return results.at(i).toObject().value(name).toString();
    };
    QCOMPARE(field(0, u"status"_s), u"unreadable"_s);
    QVERIFY2(field(0, u"message"_s).contains(u"empty"_s), qPrintable(field(0, u"message"_s)));
    QCOMPARE(field(1, u"status"_s), u"unreadable"_s);
    QVERIFY2(field(1, u"message"_s).contains(u"not a PDF"_s), qPrintable(field(1, u"message"_s)));
    QCOMPARE(field(2, u"status"_s), u"imported"_s);
    QCOMPARE(field(2, u"parse"_s), u"ok"_s);
    QCOMPARE(results.at(2).toObject().value(u"pages"_s).toInt(), 1);
    QCOMPARE(field(3, u"status"_s), u"imported"_s);
    const QString pdfId = QString::number(results.at(2).toObject().value(u"id"_s).toInt());
    const QString pngId = QString::number(results.at(3).toObject().value(u"id"_s).toInt());
    // Unreadable files are still stored byte for byte.
    QCOMPARE(cli({ u"--library"_s, m_lib, u"evidence"_s, u"verify"_s, u"1"_s }).exitCode, 0);

    const Run found = cli({ u"--library"_s, m_lib, u"--json"_s, u"search"_s, u"privacy"_s });
    QCOMPARE(found.exitCode, 0);
    QCOMPARE(found.json().array().size(), 1);
    QCOMPARE(found.json().array().at(0).toObject().value(u"page"_s).toInt(), 1);

    // --no-ocr left the screenshot's OCR for `evidence ocr`.
    const auto ocrState = [&] {
        return cli({ u"--library"_s, m_lib, u"--json"_s, u"evidence"_s, u"show"_s, pngId })
            .json()
            .object()
            .value(u"ocr"_s)
            .toString();
    };
    QCOMPARE(ocrState(), u"pending"_s);
    const Run ocr = cli({ u"--library"_s, m_lib, u"--json"_s, u"evidence"_s, u"ocr"_s, u"1"_s });
    QCOMPARE(ocr.exitCode, 0);
    QCOMPARE(ocr.json().array().size(), 1);
    QVERIFY(ocrState() != u"pending"_s); // done, or failed where tesseract is missing
    QCOMPARE(cli({ u"--library"_s, m_lib, u"evidence"_s, u"ocr"_s }).out.trimmed(),
        QByteArray("No OCR is pending."));

    // A redacted export needs a region to black out, and burns it in.
    const QString out = files.filePath(u"redacted.pdf"_s);
    const Run refused = cli({ u"--library"_s, m_lib, u"evidence"_s, u"export"_s, pdfId, u"--out"_s,
        out, u"--redacted"_s });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"no redaction region"_s), qPrintable(refused.err));
    QVERIFY(!QFile::exists(out));
    QCOMPARE(cli({ u"--library"_s, m_lib, u"evidence"_s, u"annotate"_s, pdfId, u"--rect"_s,
                     u"0.05,0.10,0.9,0.10"_s, u"--kind"_s, u"redaction"_s })
                 .exitCode,
        0);
    const Run exported = cli({ u"--library"_s, m_lib, u"--json"_s, u"evidence"_s, u"export"_s,
        pdfId, u"--out"_s, out, u"--redacted"_s });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY(exported.json().object().value(u"redacted"_s).toBool());
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext is not installed (scripts/deps.sh test)");
    QVERIFY(pdfText(added[2]).contains(u"13800138000"_s));
    const QString copy = pdfText(out);
    QVERIFY(!copy.contains(u"13800138000"_s) && !copy.contains(u"SECRET"_s));
    QCOMPARE(cli({ u"--library"_s, m_lib, u"evidence"_s, u"export"_s, pdfId, u"--out"_s,
                     files.filePath(u"original.pdf"_s) })
                 .exitCode,
        0);
    QVERIFY(pdfText(files.filePath(u"original.pdf"_s)).contains(u"13800138000"_s));
    QList<bool> exports;
    for (const QJsonValue e :
        cli({ u"--library"_s, m_lib, u"--json"_s, u"audit"_s, u"list"_s, u"1"_s }).json().array()) {
        const QJsonObject o = e.toObject();
        if (o.value(u"action"_s).toString() == u"evidence.export"_s)
            exports << o.value(u"detail"_s).toObject().value(u"redacted"_s).toBool();
    }
    QCOMPARE(exports, (QList<bool> { true, false }));
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
