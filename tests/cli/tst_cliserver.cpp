// habeas-cli on a server library: --library postgresql://… opens a database on a private
// PostgreSQL cluster (tests/support/pgcluster.h), and the case commands work there as on a
// folder, exhibits included (their originals in the server's blob tables, their text searched
// through pg_trgm); a server that cannot be reached exits 3 with a message.

#include "clirunner.h"
#include "support/pgcluster.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace habeas::test;

class TstCliServer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void casesLiveOnTheServer();
    void exhibitsLiveOnTheServer();
    void theDemoGoesIntoAServerLibrary();
    void anEmptyDatabaseIsNotALibraryForReading();
    void initMakesTheSchemaOnceAndCheckPasses();
    void anUnreachableServerExitsThree();
    void aMalformedAddressIsAnInputError();
    void theTeamWallsTheCase();
    void aFolderLibraryHasNoTeams();
    void libraryCopyMovesAFolderInAndOut();
    void theRegisterIsSearchedByTheTeamOnly();
    void checkRepairCollectsUnreferencedOriginals();

private:
    QString urlAs(const QString &user, const QString &database) const;
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

namespace {

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TstCliServer::exhibitsLiveOnTheServer()
{
    QString why;
    QVERIFY2(m_cluster->createDatabase(u"exhibits"_s, &why), qPrintable(why));
    const QString lib = m_cluster->url(u"exhibits"_s);
    const auto cli = [&lib](const QStringList &args) {
        return runCli(QStringList { u"--library"_s, lib, u"--json"_s } + args);
    };
    QCOMPARE(cli({ u"case"_s, u"new"_s, u"--title"_s, u"罗某诉某教育科技公司"_s }).exitCode, 0);
    QTemporaryDir files;
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(files.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return f.fileName();
    };
    const QString sms = write(u"sms.txt"_s, "【某某英语】新用户专享：营销短信，回T退订");
    QByteArray big(3 * 1024 * 1024 + 17, '\0'); // over three chunks of the server's blob table
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 7919) % 251);
    const QString video = write(u"录屏.bin"_s, big);
    const Run added = cli(
        { u"evidence"_s, u"add"_s, u"1"_s, sms, video, sms, u"--purpose"_s, u"证明营销短信"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    // The staging threads' connections are closed without a complaint from Qt.
    QVERIFY2(!added.err.contains(u"QSql"_s), qPrintable(added.err));
    const QJsonArray results = added.json().array();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).toObject().value(u"status"_s).toString(), u"imported"_s);
    QCOMPARE(results.at(1).toObject().value(u"exhibit"_s).toString(), u"证据1-2"_s);
    QCOMPARE(results.at(2).toObject().value(u"status"_s).toString(), u"duplicate"_s);
    const QString videoId = QString::number(results.at(1).toObject().value(u"id"_s).toInt());

    const Run list = cli({ u"evidence"_s, u"list"_s, u"1"_s });
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QCOMPARE(list.json().array().size(), 2);

    // The originals are rows of the server's blob store, not files.
    {
        const QSqlDatabase db = m_cluster->connect(u"exhibits"_s, u"blobs"_s, &why);
        QVERIFY2(db.isOpen(), qPrintable(why));
        QSqlQuery q(db);
        QVERIFY(
            q.exec(u"SELECT size FROM blobs WHERE sha256 = '%1'"_s.arg(sha256Of(big))) && q.next());
        QCOMPARE(q.value(0).toLongLong(), big.size());
        QVERIFY(q.exec(u"SELECT count(*) FROM blob_chunks WHERE sha256 = '%1'"_s.arg(sha256Of(big)))
            && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
    }
    QSqlDatabase::removeDatabase(u"blobs"_s);

    // Exported byte for byte, the hash checked on the way.
    const QString out = files.filePath(u"exported.bin"_s);
    const Run exported = cli({ u"evidence"_s, u"export"_s, videoId, u"--out"_s, out });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(sha256Of(readAll(out)), sha256Of(big));
    QCOMPARE(cli({ u"evidence"_s, u"verify"_s }).exitCode, 0);

    // The text the parse worker read from the server's copy is searched through pg_trgm: a word
    // of two characters (the grams table), one of five (the trigram index). Page 0 is an
    // exhibit's title or notes (both exhibits' purpose says 营销短信).
    for (const QString &word : { u"短信"_s, u"新用户专享"_s }) {
        const Run found = cli({ u"search"_s, word });
        QVERIFY2(found.exitCode == 0, qPrintable(found.err));
        QStringList pages;
        for (const QJsonValue hit : found.json().array())
            if (hit.toObject().value(u"page"_s).toInt() > 0)
                pages << hit.toObject().value(u"exhibit"_s).toString() + u" p"_s
                        + QString::number(hit.toObject().value(u"page"_s).toInt());
        QCOMPARE(pages, QStringList { u"证据1-1 p1"_s });
    }
    const Run check = cli({ u"library"_s, u"check"_s });
    QVERIFY2(check.exitCode == 0, qPrintable(check.err + QString::fromUtf8(check.out)));
    QVERIFY(check.json().object().value(u"blobStoreOk"_s).toBool());
}

void TstCliServer::theDemoGoesIntoAServerLibrary()
{
    QString why;
    QVERIFY2(m_cluster->createDatabase(u"demo"_s, &why), qPrintable(why));
    const QString lib = m_cluster->url(u"demo"_s);
    const Run demo = runCli({ u"--library"_s, lib, u"--json"_s, u"library"_s, u"demo"_s });
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const int caseId = demo.json().object().value(u"caseId"_s).toInt();
    QVERIFY(caseId > 0);
    const Run list = runCli(
        { u"--library"_s, lib, u"--json"_s, u"evidence"_s, u"list"_s, QString::number(caseId) });
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.json().array().size() >= 3);
    QCOMPARE(runCli({ u"--library"_s, lib, u"evidence"_s, u"verify"_s }).exitCode, 0);
    QCOMPARE(runCli({ u"--library"_s, lib, u"audit"_s, u"verify"_s }).exitCode, 0);
    // A second demo into the same database is refused: it holds a library now.
    QCOMPARE(runCli({ u"--library"_s, lib, u"library"_s, u"demo"_s }).exitCode, 2);
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

QString TstCliServer::urlAs(const QString &user, const QString &database) const
{
    return u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(user).arg(m_cluster->port()).arg(database);
}

namespace {

// What psql as `user` answers to one statement: its first value, or "ERROR <SQLSTATE>".
QString asRole(int port, const QString &user, const QString &sql)
{
    QString answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"as-role"_s);
        db.setHostName(u"127.0.0.1"_s);
        db.setPort(port);
        db.setUserName(user);
        db.setDatabaseName(u"wall"_s);
        if (!db.open())
            answer = u"CANNOT CONNECT "_s + db.lastError().text();
        else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                answer = u"ERROR "_s + q.lastError().nativeErrorCode();
            else if (q.next())
                answer = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"as-role"_s);
    return answer;
}

} // namespace

void TstCliServer::theTeamWallsTheCase()
{
    // The administrator (the cluster's superuser here) makes the library and the users; wang
    // opens a case and leads it, li is a member, zhao a reader, qian is on no team.
    QString why;
    QVERIFY2(m_cluster->createDatabase(u"wall"_s, &why), qPrintable(why));
    QVERIFY(runCli({ u"--library"_s, m_cluster->url(u"wall"_s), u"library"_s, u"init"_s }).exitCode
        == 0);
    for (const QString &user : { u"wang"_s, u"li"_s, u"zhao"_s, u"qian"_s })
        QCOMPARE(asRole(m_cluster->port(), m_cluster->user(), u"CREATE ROLE %1 LOGIN"_s.arg(user)),
            QString());
    const QString wang = urlAs(u"wang"_s, u"wall"_s);
    const Run created = runCli({ u"--library"_s, wang, u"--json"_s, u"case"_s, u"new"_s,
        u"--title"_s, u"罗某诉某教育科技公司"_s, u"--kind"_s, u"private"_s });
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QString id = QString::number(created.json().object().value(u"id"_s).toInteger());
    for (const auto &[user, role] :
        { std::pair { u"li"_s, u"member"_s }, std::pair { u"zhao"_s, u"reader"_s } }) {
        const Run grant = runCli({ u"--library"_s, wang, u"server"_s, u"grant"_s, id, u"--user"_s,
            user, u"--role"_s, role });
        QVERIFY2(grant.exitCode == 0, qPrintable(grant.err));
    }
    const Run members = runCli({ u"--library"_s, urlAs(u"zhao"_s, u"wall"_s), u"--json"_s,
        u"server"_s, u"members"_s, id });
    QVERIFY2(members.exitCode == 0, qPrintable(members.err));
    const QJsonArray team = members.json().array();
    QCOMPARE(team.size(), 3);
    QCOMPARE(team.at(0).toObject().value(u"user"_s).toString(), u"wang"_s);
    QCOMPARE(team.at(0).toObject().value(u"role"_s).toString(), u"lead"_s);
    QCOMPARE(team.at(2).toObject().value(u"role"_s).toString(), u"reader"_s);

    // The member writes; the reader reads and cannot write: a clear message, nothing changed.
    const Run byMember = runCli({ u"--library"_s, urlAs(u"li"_s, u"wall"_s), u"party"_s, u"add"_s,
        id, u"--role"_s, u"plaintiff"_s, u"--type"_s, u"person"_s, u"--name"_s, u"罗某"_s });
    QVERIFY2(byMember.exitCode == 0, qPrintable(byMember.err));
    const QString zhao = urlAs(u"zhao"_s, u"wall"_s);
    QCOMPARE(runCli({ u"--library"_s, zhao, u"case"_s, u"show"_s, id }).exitCode, 0);
    const Run edit =
        runCli({ u"--library"_s, zhao, u"case"_s, u"edit"_s, id, u"--title"_s, u"改掉"_s });
    QCOMPARE(edit.exitCode, 2);
    QVERIFY2(
        edit.err.contains(u"refused"_s) && edit.err.contains(u"reader"_s), qPrintable(edit.err));
    QCOMPARE(edit.err.trimmed().count(u'\n'), 0); // one line
    const Run add = runCli({ u"--library"_s, zhao, u"party"_s, u"add"_s, id, u"--role"_s,
        u"defendant"_s, u"--type"_s, u"org"_s, u"--name"_s, u"某公司"_s });
    QCOMPARE(add.exitCode, 2);
    QVERIFY2(add.err.contains(u"reader"_s), qPrintable(add.err));
    const Run deadline = runCli({ u"--library"_s, zhao, u"deadline"_s, u"add"_s, id, u"--kind"_s,
        u"answer"_s, u"--from"_s, u"2021-01-20"_s });
    QCOMPARE(deadline.exitCode, 2);
    QVERIFY2(
        deadline.err.contains(u"You are a reader of case %1"_s.arg(id)), qPrintable(deadline.err));
    const Run grantByReader = runCli({ u"--library"_s, zhao, u"server"_s, u"grant"_s, id,
        u"--user"_s, u"qian"_s, u"--role"_s, u"reader"_s });
    QCOMPARE(grantByReader.exitCode, 2);
    QVERIFY2(grantByReader.err.contains(u"Only the lead"_s), qPrintable(grantByReader.err));
    QCOMPARE(asRole(m_cluster->port(), m_cluster->user(),
                 u"SELECT title || ' ' || (SELECT count(*) FROM parties) FROM cases"_s),
        u"罗某诉某教育科技公司 1"_s);

    // Off the team: no such case from the CLI, and not one row through psql.
    const QString qian = urlAs(u"qian"_s, u"wall"_s);
    const Run show = runCli({ u"--library"_s, qian, u"case"_s, u"show"_s, id });
    QCOMPARE(show.exitCode, 2);
    QVERIFY2(show.err.contains(u"There is no case %1"_s.arg(id)), qPrintable(show.err));
    QCOMPARE(runCli({ u"--library"_s, qian, u"party"_s, u"list"_s, id }).exitCode, 2);
    QCOMPARE(runCli({ u"--library"_s, qian, u"server"_s, u"members"_s, id }).exitCode, 2);
    const Run list = runCli({ u"--library"_s, qian, u"--json"_s, u"case"_s, u"list"_s });
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.json().array().size(), 0);
    for (const QString &table : { u"cases"_s, u"parties"_s, u"case_members"_s, u"audit_log"_s })
        QCOMPARE(
            asRole(m_cluster->port(), u"qian"_s, u"SELECT count(*) FROM %1"_s.arg(table)), u"0"_s);

    // The audit log: append-only for every user, one chain for all.
    for (const QString &user : { u"wang"_s, u"li"_s, u"zhao"_s, u"qian"_s }) {
        QCOMPARE(asRole(m_cluster->port(), user, u"UPDATE audit_log SET detail = '{}'"_s),
            u"ERROR 42501"_s);
        QCOMPARE(asRole(m_cluster->port(), user, u"DELETE FROM audit_log"_s), u"ERROR 42501"_s);
    }
    const Run verify = runCli({ u"--library"_s, zhao, u"audit"_s, u"verify"_s });
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
    const Run revoke =
        runCli({ u"--library"_s, wang, u"server"_s, u"revoke"_s, id, u"--user"_s, u"zhao"_s });
    QVERIFY2(revoke.exitCode == 0, qPrintable(revoke.err));
    QCOMPARE(runCli({ u"--library"_s, zhao, u"case"_s, u"show"_s, id }).exitCode, 2);
    const Run audit = runCli(
        { u"--library"_s, m_cluster->url(u"wall"_s), u"--json"_s, u"audit"_s, u"list"_s, id });
    QStringList actions;
    for (const QJsonValue e : audit.json().array())
        actions << e.toObject().value(u"action"_s).toString();
    QCOMPARE(actions.filter(u"team."_s),
        (QStringList { u"team.grant"_s, u"team.grant"_s, u"team.revoke"_s }));
}

void TstCliServer::aFolderLibraryHasNoTeams()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"lib"_s);
    for (const QStringList &command : { QStringList { u"members"_s, u"1"_s },
             QStringList { u"grant"_s, u"1"_s, u"--user"_s, u"wang"_s },
             QStringList { u"revoke"_s, u"1"_s, u"--user"_s, u"wang"_s } }) {
        const Run run = runCli(QStringList { u"--library"_s, folder, u"server"_s } + command);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"Only a server library has teams"_s), qPrintable(run.err));
    }
    QVERIFY(!QDir(folder).exists());
    const Run noUser =
        runCli({ u"--library"_s, m_cluster->url(u"firm"_s), u"server"_s, u"grant"_s, u"1"_s });
    QCOMPARE(noUser.exitCode, 2);
}

// library copy: a demo folder into the server and out again, verified, each side's audit chain
// holding; a destination that holds a library is refused (exit 2).
void TstCliServer::libraryCopyMovesAFolderInAndOut()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"laptop"_s);
    QCOMPARE(runCli({ u"library"_s, u"demo"_s, folder }).exitCode, 0);
    QString why;
    QVERIFY2(m_cluster->createDatabase(u"movein"_s, &why), qPrintable(why));
    const QString lib = m_cluster->url(u"movein"_s);
    const Run in = runCli({ u"--json"_s, u"library"_s, u"copy"_s, folder, lib });
    QVERIFY2(in.exitCode == 0, qPrintable(in.err));
    const QJsonObject report = in.json().object();
    QVERIFY(report.value(u"verified"_s).toBool());
    QCOMPARE(report.value(u"casesLed"_s).toInt(), 1);
    QVERIFY(report.value(u"blobs"_s).toInt() >= 4);
    QVERIFY2(in.err.contains(u"cases: 1 row"_s), qPrintable(in.err));
    QCOMPARE(runCli({ u"--library"_s, lib, u"audit"_s, u"verify"_s }).exitCode, 0);
    const Run again = runCli({ u"library"_s, u"copy"_s, folder, lib });
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(u"already holds a library"_s), qPrintable(again.err));
    const QString out = dir.filePath(u"back"_s);
    const Run back = runCli({ u"library"_s, u"copy"_s, lib, out });
    QVERIFY2(back.exitCode == 0, qPrintable(back.err));
    QVERIFY2(QString::fromUtf8(back.out).contains(u"verified"_s), back.out.constData());
    QCOMPARE(runCli({ u"--library"_s, out, u"library"_s, u"check"_s }).exitCode, 0);
    const Run evidence =
        runCli({ u"--library"_s, out, u"--json"_s, u"evidence"_s, u"verify"_s, u"1"_s });
    QVERIFY2(evidence.exitCode == 0, qPrintable(evidence.err));
}

namespace {

// A register of three people, and one of them.
const QString kPerson = u"110101200806010018"_s;

QString registerFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"名单.csv"_s);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(u"姓名,身份证号,手机号,信息类别\n甲,%1,13800138000,行踪轨迹\n"
                u"乙,310101199001010039,13900139000,财产信息\n"
                u"丙,440301200706020021,,行踪轨迹\n"_s.arg(kPerson)
                    .toUtf8());
    return path;
}

} // namespace

// On a server each case's register key is a row behind the case's wall: the lead imports, a
// reader on another connection finds, a user off the team finds nothing; a folder's register
// moved in by `library copy` is searched on the server with the folder's key.
void TstCliServer::theRegisterIsSearchedByTheTeamOnly()
{
    QString why;
    QVERIFY2(m_cluster->createDatabase(u"registers"_s, &why), qPrintable(why));
    const QString admin = m_cluster->url(u"registers"_s);
    QCOMPARE(runCli({ u"--library"_s, admin, u"library"_s, u"init"_s }).exitCode, 0);
    QSqlDatabase super = m_cluster->connect(u"registers"_s, u"super"_s, &why);
    QVERIFY2(super.isOpen(), qPrintable(why));
    for (const QString &user : { u"sun"_s, u"zhou"_s, u"wu"_s })
        QVERIFY(QSqlQuery(super).exec(u"CREATE ROLE %1 LOGIN"_s.arg(user)));
    super.close();
    super = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"super"_s);
    const auto url = [this](const QString &user) {
        return urlAs(user, u"registers"_s);
    };
    const Run created = runCli({ u"--library"_s, url(u"sun"_s), u"--json"_s, u"case"_s, u"new"_s,
        u"--title"_s, u"某检察院诉某公司侵害公民个人信息公益诉讼案"_s });
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QString id = QString::number(created.json().object().value(u"id"_s).toInteger());
    QTemporaryDir dir;
    const Run imported = runCli({ u"--library"_s, url(u"sun"_s), u"register"_s, u"import"_s, id,
        registerFile(dir), u"--as-of"_s, u"2021-06-01"_s });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    // Nothing was written beside the client: the key is the server's.
    QVERIFY(!QFile::exists(u"register.key"_s));
    QCOMPARE(m_cluster->number(u"registers"_s,
                 u"SELECT count(*) FROM register_case_keys WHERE case_id = %1"_s.arg(id)),
        qint64(1));
    QCOMPARE(runCli({ u"--library"_s, url(u"sun"_s), u"server"_s, u"grant"_s, id, u"--user"_s,
                        u"wu"_s, u"--role"_s, u"reader"_s })
                 .exitCode,
        0);
    const Run found = runCli({ u"--library"_s, url(u"wu"_s), u"--json"_s, u"register"_s, u"find"_s,
        id, u"--id-number"_s, kPerson });
    QVERIFY2(found.exitCode == 0, qPrintable(found.err));
    QVERIFY(found.json().object().value(u"found"_s).toBool());
    QCOMPARE(found.json()
                 .object()
                 .value(u"rows"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"line"_s)
                 .toInt(),
        2);
    const Run outsider = runCli({ u"--library"_s, url(u"zhou"_s), u"register"_s, u"find"_s, id,
        u"--id-number"_s, kPerson });
    QCOMPARE(outsider.exitCode, 2);
    QVERIFY2(!outsider.out.contains("行踪轨迹"), outsider.out.constData());

    // A folder's register moves in with `library copy`, its key with it, and is found there.
    const QString folder = dir.filePath(u"laptop"_s);
    QCOMPARE(runCli({ u"library"_s, u"demo"_s, folder }).exitCode, 0);
    QCOMPARE(runCli({ u"--library"_s, folder, u"register"_s, u"import"_s, u"1"_s, registerFile(dir),
                        u"--as-of"_s, u"2021-06-01"_s })
                 .exitCode,
        0);
    QVERIFY(QFile::exists(QDir(folder).filePath(u"register.key"_s)));
    QVERIFY2(m_cluster->createDatabase(u"registers2"_s, &why), qPrintable(why));
    const QString moved = m_cluster->url(u"registers2"_s);
    const Run copy = runCli({ u"library"_s, u"copy"_s, folder, moved });
    QVERIFY2(copy.exitCode == 0, qPrintable(copy.err));
    const Run there = runCli({ u"--library"_s, moved, u"--json"_s, u"register"_s, u"find"_s, u"1"_s,
        u"--phone"_s, u"13800138000"_s });
    QVERIFY2(there.exitCode == 0, qPrintable(there.err));
    QVERIFY(there.json().object().value(u"found"_s).toBool());
    // A second case gets its register on the server, under a key of its own.
    const Run second = runCli(
        { u"--library"_s, moved, u"--json"_s, u"case"_s, u"new"_s, u"--title"_s, u"第二案"_s });
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    const QString two = QString::number(second.json().object().value(u"id"_s).toInteger());
    QCOMPARE(runCli({ u"--library"_s, moved, u"register"_s, u"import"_s, two, registerFile(dir),
                        u"--as-of"_s, u"2021-06-01"_s })
                 .exitCode,
        0);
    // And back to a folder, then to another folder: both keys come along, in files beside the
    // database (the folder's own key as register.key, the other as register-keys/CASE.key),
    // never in library.sqlite; each case's register is found in both folders.
    const QString out = dir.filePath(u"back"_s);
    QCOMPARE(runCli({ u"library"_s, u"copy"_s, moved, out }).exitCode, 0);
    const QString again = dir.filePath(u"again"_s);
    QCOMPARE(runCli({ u"library"_s, u"copy"_s, out, again }).exitCode, 0);
    for (const QString &copied : { out, again }) {
        QVERIFY(QFile::exists(QDir(copied).filePath(u"register.key"_s)));
        QVERIFY(QFile::exists(QDir(copied).filePath(u"register-keys/%1.key"_s.arg(two))));
        for (const QString &caseId : { u"1"_s, two }) {
            const Run find = runCli({ u"--library"_s, copied, u"--json"_s, u"register"_s, u"find"_s,
                caseId, u"--id-number"_s, kPerson });
            QVERIFY2(find.exitCode == 0, qPrintable(find.err));
            QVERIFY2(find.json().object().value(u"found"_s).toBool(), qPrintable(caseId));
        }
    }
    QSqlDatabase back = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"back"_s);
    back.setDatabaseName(QDir(out).filePath(u"library.sqlite"_s));
    QVERIFY(back.open());
    {
        QSqlQuery q(back);
        QVERIFY(q.exec(u"SELECT (SELECT count(*) FROM register_case_keys) || ' ' || "
                       "(SELECT records FROM register_imports WHERE case_id = 1)"_s)
            && q.next());
        QCOMPARE(q.value(0).toString(), u"0 3"_s);
    }
    back.close();
    back = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"back"_s);
}

// `library check --repair` on a server: the administrator's, in one transaction; the original
// of an exhibit whose case was deleted for good goes, one an exhibit still cites stays, one
// stored within the hour stays; a user is told it is the administrator's and nothing goes.
void TstCliServer::checkRepairCollectsUnreferencedOriginals()
{
    QString why;
    QVERIFY2(m_cluster->createDatabase(u"collect"_s, &why), qPrintable(why));
    const QString lib = m_cluster->url(u"collect"_s);
    const auto cli = [&lib](const QStringList &args) {
        return runCli(QStringList { u"--library"_s, lib, u"--json"_s } + args);
    };
    QTemporaryDir files;
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(files.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return f.fileName();
    };
    const QByteArray kept = "证据：仍被引用的营销短信";
    const QByteArray gone = "证据：已删除案件的录屏";
    const QByteArray recent = "证据：刚刚删除的截图";
    for (const QString &title : { u"保留的案件"_s, u"删除的案件"_s })
        QCOMPARE(cli({ u"case"_s, u"new"_s, u"--title"_s, title }).exitCode, 0);
    QCOMPARE(cli({ u"evidence"_s, u"add"_s, u"1"_s, write(u"kept.txt"_s, kept) }).exitCode, 0);
    QCOMPARE(cli({ u"evidence"_s, u"add"_s, u"2"_s, write(u"gone.txt"_s, gone),
                     write(u"recent.txt"_s, recent) })
                 .exitCode,
        0);
    // The second case deleted for good (as purging it does), its exhibits with it; two of the
    // three originals were stored two hours ago.
    QCOMPARE(
        m_cluster->number(u"collect"_s,
            u"WITH d AS (DELETE FROM cases WHERE id = 2 RETURNING id) SELECT count(*) FROM d"_s),
        qint64(1));
    QCOMPARE(m_cluster->number(u"collect"_s,
                 u"WITH u AS (UPDATE blobs SET stored_at = now() - interval '2 hours' WHERE sha256 "
                 "IN ('%1', '%2') RETURNING 1) SELECT count(*) FROM u"_s.arg(
                     sha256Of(kept), sha256Of(gone))),
        qint64(2));
    const Run listed = cli({ u"library"_s, u"check"_s });
    QCOMPARE(listed.exitCode, 0);
    QStringList expected { sha256Of(gone), sha256Of(recent) };
    expected.sort();
    QCOMPARE(
        listed.json().object().value(u"unreferencedBlobs"_s).toVariant().toStringList(), expected);

    // A user may not collect: a clear message, nothing removed.
    QSqlDatabase super = m_cluster->connect(u"collect"_s, u"super"_s, &why);
    QVERIFY2(super.isOpen(), qPrintable(why));
    QVERIFY(QSqlQuery(super).exec(u"CREATE ROLE collector LOGIN"_s));
    super.close();
    super = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"super"_s);
    const Run byUser = runCli({ u"--library"_s, urlAs(u"collector"_s, u"collect"_s), u"library"_s,
        u"check"_s, u"--repair"_s });
    QCOMPARE(byUser.exitCode, 2);
    QVERIFY2(byUser.err.contains(u"only its administrator"_s), qPrintable(byUser.err));
    QCOMPARE(m_cluster->number(u"collect"_s, u"SELECT count(*) FROM blobs"_s), qint64(3));

    const Run repaired = cli({ u"library"_s, u"check"_s, u"--repair"_s });
    QVERIFY2(repaired.exitCode == 0, qPrintable(repaired.err));
    const QJsonObject repair = repaired.json().object().value(u"repair"_s).toObject();
    QCOMPARE(
        repair.value(u"removedBlobs"_s).toVariant().toStringList(), QStringList { sha256Of(gone) });
    QCOMPARE(repair.value(u"keptRecent"_s).toInt(), 1);
    QCOMPARE(m_cluster->number(u"collect"_s,
                 u"SELECT count(*) FROM blob_chunks WHERE sha256 = '%1'"_s.arg(sha256Of(gone))),
        qint64(0));
    QCOMPARE(cli({ u"evidence"_s, u"verify"_s }).exitCode, 0);
    const Run after = cli({ u"library"_s, u"check"_s });
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.json().object().value(u"unreferencedBlobs"_s).toVariant().toStringList(),
        QStringList { sha256Of(recent) });
    QCOMPARE(cli({ u"audit"_s, u"verify"_s }).exitCode, 0);
}

QTEST_GUILESS_MAIN(TstCliServer)
#include "tst_cliserver.moc"
