// Logging in to a server library and living with a server that goes away (docs/server.md
// "Faults"): the password the GUI hands ServerLogin, what a wrong one or a closed port says, a
// library that logs in again once its server is back, and a transaction cut by the server's
// stop that leaves nothing half-written.

#include "cases/casestore.h"
#include "cases/casetypes.h"
#include "storage/changefeed.h"
#include "storage/library.h"
#include "storage/serverlogin.h"
#include "storage/sql.h"
#include "support/pgcluster.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace habeas;

namespace {
const QString kDb = u"firm"_s;
const QString kUser = u"wang"_s;
const QString kPassword = u"正确的 password"_s;

// Tries `attempt` until it succeeds, for at most ten seconds (a library asks a server that did
// not answer again after a pause).
template<typename Attempt> bool retried(Attempt attempt)
{
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (attempt())
            return true;
        QTest::qWait(200);
    }
    return false;
}

CaseRecord aCase(const QString &title)
{
    CaseRecord record;
    record.title = title;
    return record;
}
} // namespace

class TstServerLogin : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aPasswordIsAskedForAndChecked();
    void aServerNobodyAnswersIsUnreachable();
    void theLibraryLogsInWithTheRememberedPassword();
    void aLibraryLogsInAgainWhenItsServerIsBack();
    void aServerStoppedMidTransactionLeavesNothingHalfWritten();
    void theLibrarySaysWhenItsServerGoesAndComesBack();

private:
    LibraryLocation at(const QString &user) const;
    qint64 count(const QString &sql);

    std::unique_ptr<test::PgCluster> m_cluster;
};

LibraryLocation TstServerLogin::at(const QString &user) const
{
    return LibraryLocation::parse(
        u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(user).arg(m_cluster->port()).arg(kDb))
        .value();
}

qint64 TstServerLogin::count(const QString &sql)
{
    return m_cluster->number(kDb, sql);
}

void TstServerLogin::initTestCase()
{
    m_cluster = std::make_unique<test::PgCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    QString why;
    QVERIFY2(m_cluster->createDatabase(kDb, &why), qPrintable(why));
    {
        QSqlDatabase admin = m_cluster->connect(kDb, u"admin"_s, &why);
        QVERIFY2(admin.isOpen(), qPrintable(why));
        QSqlQuery q(admin);
        QVERIFY(q.exec(u"CREATE ROLE wang LOGIN PASSWORD '%1'"_s.arg(kPassword)));
        admin.close();
    }
    QSqlDatabase::removeDatabase(u"admin"_s);
    // The library, made by the administrator (the cluster's superuser, on trust).
    QVERIFY(Library::open(at(m_cluster->user()), Library::OpenMode::CreateIfMissing).ok());
    QVERIFY2(m_cluster->requirePassword(kUser, &why), qPrintable(why));
}

void TstServerLogin::aPasswordIsAskedForAndChecked()
{
    using ServerLogin::Outcome;
    const auto none = ServerLogin::tryLogin(at(kUser), QString());
    QCOMPARE(none.outcome, Outcome::PasswordNeeded);
    const auto wrong = ServerLogin::tryLogin(at(kUser), u"wrong"_s);
    QCOMPARE(wrong.outcome, Outcome::PasswordRefused);
    QVERIFY(wrong.message.contains(u"password authentication failed"_s));
    QCOMPARE(ServerLogin::tryLogin(at(kUser), kPassword).outcome, Outcome::Connected);
    // A database that is not there: the server answers, and says so.
    const auto noDb = ServerLogin::tryLogin(
        LibraryLocation::parse(
            u"postgresql://%1@127.0.0.1:%2/nowhere"_s.arg(m_cluster->user()).arg(m_cluster->port()))
            .value(),
        QString());
    QCOMPARE(noDb.outcome, Outcome::Refused);
    QVERIFY(noDb.message.contains(u"nowhere"_s));
}

void TstServerLogin::aServerNobodyAnswersIsUnreachable()
{
    m_cluster->stopServer(); // its port now refuses connections
    const auto attempt = ServerLogin::tryLogin(at(kUser), kPassword);
    QVERIFY(m_cluster->startServer());
    QCOMPARE(attempt.outcome, ServerLogin::Outcome::Unreachable);
    QVERIFY(!attempt.message.isEmpty());
}

void TstServerLogin::theLibraryLogsInWithTheRememberedPassword()
{
    ServerLogin::remember(at(kUser), QString());
    const auto refused = Library::open(at(kUser), Library::OpenMode::ExistingOnly);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Library);
    QVERIFY2(refused.error().message.contains(u"password"_s), qPrintable(refused.error().message));

    ServerLogin::remember(at(kUser), kPassword);
    QCOMPARE(ServerLogin::remembered(at(kUser)), kPassword);
    const auto lib = Library::open(at(kUser), Library::OpenMode::ExistingOnly);
    QVERIFY2(lib.ok(), lib.ok() ? "" : qPrintable(lib.error().message));
    // Every connection of the library logs in with it, a worker thread's too.
    const auto another = Library::open(at(kUser), Library::OpenMode::AnotherConnection);
    QVERIFY(another.ok());
    const auto made = lib.value()->cases().createCase(aCase(u"罗某诉某科技公司"_s));
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
    QVERIFY(another.value()->cases().caseById(made.value()).ok());
    ServerLogin::remember(at(kUser), QString());
    QVERIFY(ServerLogin::remembered(at(kUser)).isEmpty());
}

void TstServerLogin::aLibraryLogsInAgainWhenItsServerIsBack()
{
    auto lib = Library::open(at(m_cluster->user()), Library::OpenMode::ExistingOnly);
    QVERIFY(lib.ok());
    CaseStore &cases = lib.value()->cases();
    const auto first = cases.createCase(aCase(u"重启之前"_s));
    QVERIFY(first.ok());

    m_cluster->stopServer();
    const auto down = cases.createCase(aCase(u"服务器停止时"_s));
    QVERIFY(!down.ok());
    QCOMPARE(down.error().kind, Error::Kind::Library);
    QVERIFY2(
        down.error().message.contains(u"cannot be reached"_s), qPrintable(down.error().message));
    QVERIFY(m_cluster->startServer());

    // The same Library, not reopened: a later edit logs in again (after a short pause when the
    // first attempt found the server still down).
    QVERIFY(retried([&] { return cases.createCase(aCase(u"重启之后"_s)).ok(); }));
    QVERIFY(cases.caseById(first.value()).ok());
    QCOMPARE(count(u"SELECT count(*) FROM cases WHERE title = '服务器停止时'"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM cases WHERE title = '重启之后'"_s), 1);
}

void TstServerLogin::aServerStoppedMidTransactionLeavesNothingHalfWritten()
{
    auto lib = Library::open(at(m_cluster->user()), Library::OpenMode::ExistingOnly);
    QVERIFY(lib.ok());
    Library &library = *lib.value();
    const qint64 before = count(u"SELECT count(*) FROM cases"_s);
    const Status cut = inTransaction(library.database(), [&]() -> Status {
        if (auto made = library.cases().createCase(aCase(u"半途一"_s)); !made.ok())
            return made.error();
        m_cluster->stopServer(); // the server goes away between two writes of one change
        if (auto made = library.cases().createCase(aCase(u"半途二"_s)); !made.ok())
            return made.error();
        return {};
    });
    QVERIFY(!cut.ok());
    QVERIFY2(cut.error().message.contains(u"cannot be reached"_s), qPrintable(cut.error().message));
    QVERIFY(m_cluster->startServer());
    QCOMPARE(count(u"SELECT count(*) FROM cases"_s), before);
    QCOMPARE(count(u"SELECT count(*) FROM cases WHERE title LIKE '半途%'"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE detail LIKE '%半途%'"_s), 0);
    QVERIFY(retried([&] { return library.cases().createCase(aCase(u"之后照常"_s)).ok(); }));
}

// The window's word on a lost server (ui/serverstatus.h) and its views' catching up rest on
// these: serverReachable(false) once a connection that lost its server fails to log in again,
// true when it does; the change feed then listens again and reads back what others committed
// meanwhile.
void TstServerLogin::theLibrarySaysWhenItsServerGoesAndComesBack()
{
    auto lib = Library::open(at(m_cluster->user()), Library::OpenMode::ExistingOnly);
    QVERIFY(lib.ok());
    Library &library = *lib.value();
    const auto mine = library.cases().createCase(aCase(u"本所的案件"_s));
    QVERIFY(mine.ok());
    ChangeFeed feed(library);
    QVERIFY(feed.isListening());
    QSignalSpy reachable(&library, &Library::serverReachable);
    QSignalSpy changed(&library.cases(), &CaseStore::caseChanged);

    m_cluster->stopServer();
    QVERIFY(!library.reachServer().ok()); // the connection finds its server gone…
    QVERIFY(!library.reachServer().ok()); // …and logging in again fails
    QCOMPARE(reachable.size(), 1);
    QCOMPARE(reachable.at(0).at(0).toBool(), false);
    QVERIFY(m_cluster->startServer());

    // Another lawyer's edit while this window could not hear it.
    {
        auto other = Library::open(at(m_cluster->user()), Library::OpenMode::AnotherConnection);
        QVERIFY(other.ok());
        CaseRecord edited = other.value()->cases().caseById(mine.value()).value();
        edited.notes = u"另一位律师的补充"_s;
        QVERIFY(other.value()->cases().updateCase(edited).ok());
    }
    changed.clear();
    QVERIFY(retried([&] { return library.reachServer().ok(); }));
    QCOMPARE(reachable.size(), 2);
    QCOMPARE(reachable.at(1).at(0).toBool(), true);
    // The feed caught up from the audit log, and listens again: a later commit is heard.
    QVERIFY(changed.contains(QVariantList { mine.value() }));
    changed.clear();
    {
        auto other = Library::open(at(m_cluster->user()), Library::OpenMode::AnotherConnection);
        QVERIFY(other.ok());
        CaseRecord edited = other.value()->cases().caseById(mine.value()).value();
        edited.notes = u"再次补充"_s;
        QVERIFY(other.value()->cases().updateCase(edited).ok());
    }
    QVERIFY(retried([&] { return changed.contains(QVariantList { mine.value() }); }));
}
QTEST_GUILESS_MAIN(TstServerLogin)
#include "tst_serverlogin.moc"
