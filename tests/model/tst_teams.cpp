// The ethical wall of a server library (schema 17, docs/server.md "Users, teams and the ethical
// wall"): each user a role of their own on a private cluster, each case a team, and the server's
// row-level security letting a role see and change only its teams' cases. The library
// administrator (the role that owns the tables) sees every case and manages every team.

#include "cases/casestore.h"
#include "cases/teamstore.h"
#include "evidence/evidencestore.h"
#include "evidence/evidencetext.h"
#include "register/registerstore.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/sqldialect.h"
#include "storage/storagebackend.h"
#include "support/pgcluster.h"
#include "validation/identitycodes.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace habeas;

namespace {
const QString kDb = u"firm"_s;
const QString kAdmin = u"firm_admin"_s;
} // namespace

class TstTeams : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyTableOfCaseDataIsWalled();
    void aNewCaseIsLedByItsOpener();
    void readersReadButDoNotWrite();
    void onlyTheLeadManagesTheTeam();
    void outsidersSeeNothingOfTheCase();
    void theAuditLogIsOneAppendOnlyChain();
    void aLeadDeletesTheirCaseForGood();
    void anotherTeamImportsTheSameBytesOnlyByHavingThem();
    void searchFindsOnlyTheTeamsPages();
    void theRegisterKeyIsTheTeamsAlone();
    void aFolderLibraryHasNoTeams();

private:
    std::unique_ptr<Library> open(const QString &user);
    // A plain connection as `user` (what psql would do), under the name `user`.
    QSqlDatabase connectAs(const QString &user);
    QString scalar(const QString &user, const QString &sql);

    std::unique_ptr<test::PgCluster> m_cluster;
    QStringList m_connections;
    qint64 m_case = 0; // wang's, with li a member and zhao a reader
};

std::unique_ptr<Library> TstTeams::open(const QString &user)
{
    const auto at = LibraryLocation::parse(
        u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(user).arg(m_cluster->port()).arg(kDb));
    if (!at.ok())
        return {};
    auto lib = Library::open(at.value(), Library::OpenMode::CreateIfMissing);
    if (!lib.ok()) {
        qWarning(
            "%s cannot open the library: %s", qPrintable(user), qPrintable(lib.error().message));
        return {};
    }
    return std::move(lib).value();
}

QSqlDatabase TstTeams::connectAs(const QString &user)
{
    if (QSqlDatabase::contains(user))
        return QSqlDatabase::database(user);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, user);
    db.setHostName(u"127.0.0.1"_s);
    db.setPort(m_cluster->port());
    db.setUserName(user);
    db.setDatabaseName(kDb);
    if (!db.open())
        qWarning("%s cannot connect: %s", qPrintable(user), qPrintable(db.lastError().text()));
    m_connections << user;
    return db;
}

QString TstTeams::scalar(const QString &user, const QString &sql)
{
    QSqlQuery q(connectAs(user));
    if (!q.exec(sql))
        return u"ERROR "_s + q.lastError().nativeErrorCode() + u' ' + q.lastError().text();
    return q.next() ? q.value(0).toString() : QString();
}

void TstTeams::initTestCase()
{
    m_cluster = std::make_unique<test::PgCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    QString why;
    QVERIFY2(m_cluster->createDatabase(kDb, &why), qPrintable(why));
    {
        QSqlDatabase super = m_cluster->connect(u"postgres"_s, u"super"_s, &why);
        QVERIFY2(super.isOpen(), qPrintable(why));
        QSqlQuery q(super);
        // The administrator owns the database and creates the library; the users only log in.
        for (const QString &role : { kAdmin, u"wang"_s, u"li"_s, u"zhao"_s, u"qian"_s })
            QVERIFY2(q.exec(u"CREATE ROLE %1 LOGIN"_s.arg(role)), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"ALTER DATABASE %1 OWNER TO %2"_s.arg(kDb, kAdmin)));
        super.close();
    }
    QSqlDatabase::removeDatabase(u"super"_s);
    QVERIFY(open(kAdmin)); // makes the schema, as the administrator
}

void TstTeams::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_cluster.reset();
}

void TstTeams::everyTableOfCaseDataIsWalled()
{
    // Every table but the library's own two holds case data or originals: all under row-level
    // security. A table added later without it fails here.
    QSqlQuery q(connectAs(kAdmin));
    QVERIFY(q.exec(u"SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                   "c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r' AND "
                   "NOT c.relrowsecurity ORDER BY 1"_s));
    QStringList open;
    while (q.next())
        open << q.value(0).toString();
    QCOMPARE(open, (QStringList { u"library_meta"_s, u"schema_version"_s }));
    QVERIFY(q.exec(u"SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                   "c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'"_s)
        && q.next());
    QVERIFY(q.value(0).toInt() >= 32);
}

void TstTeams::aNewCaseIsLedByItsOpener()
{
    auto wang = open(u"wang"_s);
    QVERIFY(wang);
    CaseRecord c;
    c.title = u"罗某诉某教育科技公司"_s;
    const auto id = wang->cases().createCase(c);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
    m_case = id.value();
    PartyRecord p;
    p.caseId = m_case;
    p.role = PartyRole::Plaintiff;
    p.name = u"罗某"_s;
    QVERIFY(wang->cases().addParty(p).ok());
    const auto team = TeamStore(*wang).members(m_case);
    QVERIFY(team.ok());
    QCOMPARE(team->size(), 1);
    QCOMPARE(team->first().member, u"wang"_s);
    QCOMPARE(team->first().role, u"lead"_s);
    QCOMPARE(
        scalar(kAdmin, u"SELECT created_by FROM cases WHERE id = %1"_s.arg(m_case)), u"wang"_s);
    QCOMPARE(TeamStore(*wang).isAdministrator().value(), false);
    // The administrator sees it without being on its team.
    auto admin = open(kAdmin);
    QVERIFY(admin->cases().caseById(m_case).ok());
    QCOMPARE(TeamStore(*admin).isAdministrator().value(), true);
    QVERIFY(TeamStore(*wang).grant(m_case, u"li"_s, u"member"_s).ok());
    QVERIFY(TeamStore(*wang).grant(m_case, u"zhao"_s, u"reader"_s).ok());
    const auto now = TeamStore(*admin).members(m_case);
    QCOMPARE(now->size(), 3);
    QCOMPARE(now->at(1).member, u"li"_s);
    QCOMPARE(now->at(2).role, u"reader"_s);
    QCOMPARE(now->at(2).grantedBy, u"wang"_s);
}

void TstTeams::readersReadButDoNotWrite()
{
    QVERIFY(m_case);
    auto zhao = open(u"zhao"_s);
    QVERIFY(zhao);
    const auto read = zhao->cases().caseById(m_case);
    QVERIFY(read.ok());
    QCOMPARE(zhao->cases().parties(m_case)->size(), 1);
    QCOMPARE(TeamStore(*zhao).roleOn(m_case).value(), u"reader"_s);
    const Status may = TeamStore(*zhao).checkMayChange(m_case);
    QVERIFY(!may.ok());
    QVERIFY2(may.error().message.contains(u"reader"_s), qPrintable(may.error().message));
    // The server refuses each kind of write, with a message, and nothing changes.
    CaseRecord edited = read.value();
    edited.title = u"改过的标题"_s;
    const auto update = zhao->cases().updateCase(edited);
    QVERIFY(!update.ok());
    QCOMPARE(update.error().kind, Error::Kind::Input);
    QVERIFY2(update.error().message.contains(u"refused"_s), qPrintable(update.error().message));
    PartyRecord p;
    p.caseId = m_case;
    p.role = PartyRole::Defendant;
    p.name = u"某公司"_s;
    QVERIFY(!zhao->cases().addParty(p).ok());
    QVERIFY(!zhao->cases().trashCase(m_case).ok());
    QCOMPARE(scalar(u"zhao"_s, u"DELETE FROM parties"_s).left(11), u"ERROR 42501"_s);
    auto wang = open(u"wang"_s);
    QCOMPARE(wang->cases().caseById(m_case)->title, u"罗某诉某教育科技公司"_s);
    QCOMPARE(wang->cases().parties(m_case)->size(), 1);
    // A member writes.
    auto li = open(u"li"_s);
    QVERIFY(TeamStore(*li).checkMayChange(m_case).ok());
    QVERIFY(li->cases().addParty(p).ok());
    QCOMPARE(wang->cases().parties(m_case)->size(), 2);
}

void TstTeams::onlyTheLeadManagesTheTeam()
{
    QVERIFY(m_case);
    auto li = open(u"li"_s);
    const Status byMember = TeamStore(*li).grant(m_case, u"qian"_s, u"reader"_s);
    QVERIFY(!byMember.ok());
    QVERIFY2(byMember.error().message.contains(u"Only the lead"_s),
        qPrintable(byMember.error().message));
    // Nor behind the store's back.
    QCOMPARE(
        scalar(u"li"_s,
            u"INSERT INTO case_members VALUES (%1, 'qian', 'reader', 'li', 'now')"_s.arg(m_case))
            .left(11),
        u"ERROR 42501"_s);
    auto wang = open(u"wang"_s);
    const Status lastLead = TeamStore(*wang).revoke(m_case, u"wang"_s);
    QVERIFY(!lastLead.ok());
    QVERIFY(lastLead.error().message.contains(u"only lead"_s));
    QVERIFY(!TeamStore(*wang).grant(m_case, u"wang"_s, u"member"_s).ok());
    const Status unknown = TeamStore(*wang).grant(m_case, u"nobody"_s, u"member"_s);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(u"no user nobody"_s));
    QVERIFY(!TeamStore(*wang).grant(m_case, u"qian"_s, u"owner"_s).ok());
    const Status group = TeamStore(*wang).grant(m_case, u"pg_read_all_data"_s, u"reader"_s);
    QVERIFY(!group.ok());
    QVERIFY2(
        group.error().message.contains(u"no one logs in as"_s), qPrintable(group.error().message));
    // The administrator manages any team.
    auto admin = open(kAdmin);
    QVERIFY(TeamStore(*admin).grant(m_case, u"qian"_s, u"reader"_s).ok());
    QVERIFY(open(u"qian"_s)->cases().caseById(m_case).ok());
    QVERIFY(TeamStore(*admin).revoke(m_case, u"qian"_s).ok());
    const Status again = TeamStore(*wang).revoke(m_case, u"qian"_s);
    QCOMPARE(again.error().kind, Error::Kind::NotFound);
    QCOMPARE(TeamStore(*wang).members(m_case)->size(), 3);
}

void TstTeams::outsidersSeeNothingOfTheCase()
{
    QVERIFY(m_case);
    auto qian = open(u"qian"_s);
    QVERIFY(qian);
    QCOMPARE(qian->cases().listCases()->size(), 0);
    const auto c = qian->cases().caseById(m_case);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().kind, Error::Kind::NotFound);
    QCOMPARE(TeamStore(*qian).members(m_case).error().kind, Error::Kind::NotFound);
    QCOMPARE(qian->audit().list(m_case)->size(), 0);
    // Not one row of any walled table, as psql would query them.
    QSqlQuery tables(connectAs(kAdmin));
    QVERIFY(tables.exec(u"SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                        "c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r' "
                        "AND c.relrowsecurity"_s));
    int walled = 0;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        const QString rows = scalar(u"qian"_s, u"SELECT count(*) FROM %1"_s.arg(table));
        QVERIFY2(rows == u"0"_s, qPrintable(table + u": "_s + rows));
        ++walled;
    }
    QVERIFY(walled >= 30);
    // The administrator's count of the same: the case is there.
    QCOMPARE(
        scalar(kAdmin, u"SELECT count(*) FROM parties WHERE case_id = %1"_s.arg(m_case)), u"2"_s);
    // An outsider's own case is theirs alone.
    CaseRecord own;
    own.title = u"钱某的案件"_s;
    const auto ownId = qian->cases().createCase(own);
    QVERIFY(ownId.ok());
    QCOMPARE(qian->cases().listCases()->size(), 1);
    QVERIFY(!open(u"wang"_s)->cases().caseById(ownId.value()).ok());
}

void TstTeams::theAuditLogIsOneAppendOnlyChain()
{
    QVERIFY(m_case);
    // Appends by four users, each seeing part of the chain, still make one chain.
    const AuditLog::Verification all = open(kAdmin)->audit().verify();
    QVERIFY2(all.ok, qPrintable(all.message));
    const AuditLog::Verification li = open(u"li"_s)->audit().verify();
    QVERIFY2(li.ok, qPrintable(li.message));
    QCOMPARE(li.rows, all.rows);
    QVERIFY2(li.message.contains(u"their links were checked"_s), qPrintable(li.message));
    for (const QString &user : { u"wang"_s, u"li"_s, u"zhao"_s }) {
        QCOMPARE(scalar(user, u"UPDATE audit_log SET detail = '{}'"_s).left(11), u"ERROR 42501"_s);
        QCOMPARE(scalar(user, u"DELETE FROM audit_log"_s).left(11), u"ERROR 42501"_s);
        QCOMPARE(scalar(user, u"TRUNCATE audit_log"_s).left(11), u"ERROR 42501"_s);
    }
    QCOMPARE(scalar(kAdmin, u"SELECT count(*) FROM audit_log"_s), QString::number(all.rows));
    // A reader appends nothing to the case's history.
    QCOMPARE(scalar(u"zhao"_s,
                 u"INSERT INTO audit_log (id, at, case_id, action, entity, detail, prev_hash, "
                 "hash) VALUES (999, 'now', %1, 'x', 'case', '{}', '', '')"_s.arg(m_case))
                 .left(11),
        u"ERROR 42501"_s);
}

void TstTeams::aLeadDeletesTheirCaseForGood()
{
    auto wang = open(u"wang"_s);
    CaseRecord c;
    c.title = u"将被删除的案件"_s;
    const auto id = wang->cases().createCase(c);
    QVERIFY(id.ok());
    PartyRecord p;
    p.caseId = id.value();
    p.name = u"张某"_s;
    QVERIFY(wang->cases().addParty(p).ok());
    QVERIFY(TeamStore(*wang).grant(id.value(), u"zhao"_s, u"reader"_s).ok());
    QCOMPARE(scalar(u"zhao"_s, u"DELETE FROM cases WHERE id = %1"_s.arg(id.value())).left(11),
        u"ERROR 42501"_s);
    QVERIFY(wang->cases().trashCase(id.value()).ok());
    const Status purged = wang->cases().purgeCase(id.value());
    QVERIFY2(purged.ok(), qPrintable(purged.ok() ? QString() : purged.error().message));
    QCOMPARE(scalar(kAdmin,
                 u"SELECT (SELECT count(*) FROM parties WHERE case_id = %1) + (SELECT count(*) "
                 "FROM case_members WHERE case_id = %1)"_s.arg(id.value())),
        u"0"_s);
}

// Two firms' lawyers both file the same public privacy policy: the bytes are stored once, and
// the second team, which cannot see the first team's blob, proves it holds them (each chunk's
// hash) before citing them. Knowing the file's SHA-256 alone shows nothing.
void TstTeams::anotherTeamImportsTheSameBytesOnlyByHavingThem()
{
    QTemporaryDir dir;
    const QString policy = dir.filePath(u"隐私政策.txt"_s);
    QByteArray bytes;
    for (int i = 0; i < 200000; ++i) // more than one chunk
        bytes += "第十六条 个人信息处理者不得以个人不同意为由拒绝提供产品或者服务。";
    {
        QFile f(policy);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    auto wang = open(u"wang"_s);
    auto qian = open(u"qian"_s);
    QVERIFY(wang && qian);
    CaseRecord c;
    c.title = u"王律师的案件"_s;
    const qint64 wangs = wang->cases().createCase(c).value();
    c.title = u"钱律师的案件"_s;
    const qint64 qians = qian->cases().createCase(c).value();
    QCOMPARE(wang->evidence().importFile(wangs, policy, {}).kind, ImportOutcome::Kind::Imported);
    // Knowing the hash is not holding the bytes.
    QCOMPARE(
        scalar(u"qian"_s, u"SELECT count(*) FROM blobs WHERE sha256 = '%1'"_s.arg(sha)), u"0"_s);
    QCOMPARE(scalar(u"qian"_s, u"SELECT habeas_hold_blob('%1', '{00}')"_s.arg(sha)), u"false"_s);
    QCOMPARE(scalar(u"qian"_s, u"SELECT count(*) FROM blob_chunks WHERE sha256 = '%1'"_s.arg(sha)),
        u"0"_s);
    // Having them is.
    const ImportOutcome second = qian->evidence().importFile(qians, policy, {});
    QCOMPARE(second.message, QString());
    QCOMPARE(second.kind, ImportOutcome::Kind::Imported);
    QCOMPARE(second.sha256, sha);
    QBuffer copy;
    QVERIFY(copy.open(QIODevice::WriteOnly));
    QVERIFY(qian->blobs().copyTo(sha, copy).ok());
    QCOMPARE(copy.data(), bytes);
    QCOMPARE(scalar(kAdmin, u"SELECT count(*) FROM blobs WHERE sha256 = '%1'"_s.arg(sha)), u"1"_s);
}

void TstTeams::searchFindsOnlyTheTeamsPages()
{
    // Two cases' exhibits hold the same words; each lawyer's search finds their own page only
    // (the page search runs in a function as the owner, which walls its answer: pg/0018).
    auto wang = open(u"wang"_s);
    auto qian = open(u"qian"_s);
    QVERIFY(wang && qian);
    QTemporaryDir dir;
    const auto exhibitWith = [&](Library &lib, const QString &title, const QString &text) {
        CaseRecord c;
        c.title = title;
        const qint64 caseId = lib.cases().createCase(c).value();
        const QString file = dir.filePath(title + u".txt"_s);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
            return qint64(0);
        f.close();
        const ImportOutcome o = lib.evidence().importFile(caseId, file, {});
        PageText page;
        page.origin = PageText::Origin::Text;
        page.text = text;
        if (!lib.evidenceText()
                 .storeParse(o.id, EvidenceRecord::ParseState::Ok, {}, 1, { page }, false)
                 .ok())
            return qint64(0);
        return caseId;
    };
    const qint64 wangs =
        exhibitWith(*wang, u"王律师的检索"_s, u"营销短信 王律师的页面 marketing"_s);
    const qint64 qians =
        exhibitWith(*qian, u"钱律师的检索"_s, u"营销短信 钱律师的页面 marketing"_s);
    QVERIFY(wangs && qians);
    const auto casesFound = [](Library &lib, const QString &query) {
        QSet<qint64> cases;
        for (const SearchHit &hit : lib.evidenceText().search(query).value())
            if (hit.page > 0)
                cases << hit.caseId;
        return cases;
    };
    for (const QString &query : { u"marketing"_s, u"王律师的页面"_s, u"营销短信 页面"_s }) {
        QCOMPARE(casesFound(*wang, query).contains(qians), false);
        QCOMPARE(casesFound(*qian, query).contains(wangs), false);
    }
    QCOMPARE(casesFound(*wang, u"marketing"_s), QSet<qint64> { wangs });
    QCOMPARE(casesFound(*qian, u"marketing"_s), QSet<qint64> { qians });
    QCOMPARE(casesFound(*wang, u"钱律师的页面"_s), QSet<qint64> {});
    // The administrator finds both; a reader of wang's case finds wang's.
    const QSet<qint64> both = casesFound(*open(kAdmin), u"marketing"_s);
    QVERIFY(both.contains(wangs) && both.contains(qians));
    // The function itself answers nothing outside the caller's teams, called as psql would.
    QCOMPARE(
        scalar(u"qian"_s,
            u"SELECT count(*) FROM habeas_find_pages('{}', ARRAY['%王律师%'], NULL, NULL, 100)"_s),
        u"0"_s);
    QCOMPARE(
        scalar(kAdmin,
            u"SELECT count(*) FROM habeas_find_pages('{}', ARRAY['%王律师%'], NULL, NULL, 100)"_s),
        u"1"_s);
}

// A register's key is a row of its case (schema 20): the team finds with it from its own
// connection; a role off the team reads no key, may not plant one, and finds nothing.
void TstTeams::theRegisterKeyIsTheTeamsAlone()
{
    QVERIFY(m_case);
    QTemporaryDir dir;
    const QString person =
        u"11010119900101003"_s + residentIdCheckCharacter(u"11010119900101003"_s);
    const QString list = dir.filePath(u"名单.csv"_s);
    {
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write((u"姓名,身份证号,信息类别\n甲,%1,行踪轨迹\n"_s.arg(person)).toUtf8());
    }
    RegisterImportOptions options;
    options.asOf = QDate(2021, 6, 1);
    auto li = open(u"li"_s); // a member imports
    const auto imported = RegisterStore(*li).importFile(m_case, list, options);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    const QString keyOf =
        u"SELECT encode(secret, 'hex') FROM register_case_keys WHERE case_id = %1"_s.arg(m_case);
    const QString key = scalar(kAdmin, keyOf);
    QCOMPARE(key.size(), 64);
    // The lead and the reader, each on their own connection, find the person.
    for (const QString &user : { u"wang"_s, u"zhao"_s }) {
        auto lib = open(user);
        const auto found = RegisterStore(*lib).findIdNumber(m_case, person);
        QVERIFY2(found.ok(),
            qPrintable(user + u": "_s + (found.ok() ? QString() : found.error().message)));
        QCOMPARE(found->size(), 1);
        QCOMPARE(scalar(user, keyOf), key);
    }
    // Off the team: no key, as psql would ask, and no way to plant or change one.
    QCOMPARE(scalar(u"qian"_s, keyOf), QString());
    QCOMPARE(scalar(u"qian"_s, u"SELECT count(*) FROM register_case_keys"_s), u"0"_s);
    auto qian = open(u"qian"_s);
    QCOMPARE(qian->backend().registerKey(m_case).error().kind, Error::Kind::NotFound);
    QVERIFY(!RegisterStore(*qian).findIdNumber(m_case, person).ok());
    QCOMPARE(scalar(u"qian"_s,
                 u"INSERT INTO register_case_keys VALUES (%1, '\\x%2', 'now')"_s.arg(m_case).arg(
                     QString(64, u'0')))
                 .left(11),
        u"ERROR 42501"_s);
    QCOMPARE(scalar(u"zhao"_s, u"UPDATE register_case_keys SET secret = secret"_s).left(11),
        u"ERROR 42501"_s);
    QCOMPARE(scalar(u"li"_s, u"DELETE FROM register_case_keys"_s).left(11), u"ERROR 42501"_s);
    QCOMPARE(scalar(kAdmin, keyOf), key);
}

void TstTeams::aFolderLibraryHasNoTeams()
{
    QTemporaryDir dir;
    auto lib = Library::open(dir.filePath(u"lib"_s), Library::OpenMode::CreateIfMissing);
    QVERIFY(lib.ok());
    CaseRecord c;
    c.title = u"一人的案件"_s;
    const auto id = lib.value()->cases().createCase(c);
    QVERIFY(id.ok());
    TeamStore teams(*lib.value());
    const Status grant = teams.grant(id.value(), u"wang"_s, u"member"_s);
    QVERIFY(!grant.ok());
    QCOMPARE(grant.error().kind, Error::Kind::Input);
    QVERIFY(grant.error().message.contains(u"Only a server library has teams"_s));
    QVERIFY(!teams.members(id.value()).ok());
    QVERIFY(teams.checkMayChange(id.value()).ok());
}

QTEST_GUILESS_MAIN(TstTeams)
#include "tst_teams.moc"
