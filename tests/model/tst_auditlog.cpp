#include "cases/casestore.h"
#include "storage/auditlog.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

class TstAuditLog final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { pinClock(); }
    void init();
    void cleanup() { m_lib.reset(); }
    void everyChangeIsRecordedAndChained();
    void detectsTampering_data();
    void detectsTampering();
    void anUntouchedChainHolds();
    void theHeadFileFollowsEveryCommit();
    void aRolledBackAppendLeavesTheHeadAlone();
    void deletingTheLastEntriesIsDetected();
    void aHeadBehindTheLogIsAccepted();
    void aRewrittenLogIsDetected();
    void aDeletedHeadFileIsDetectedAndNotRemade();
    void aLibraryWithoutAHeadIsAnchoredAtOpen();

private:
    std::unique_ptr<TempLibrary> m_lib;
};

void TstAuditLog::init()
{
    m_lib = std::make_unique<TempLibrary>();
    CaseStore &store = (*m_lib)->cases();
    CaseRecord c;
    c.title = u"罗某诉某公司"_s;
    const qint64 id = store.createCase(c).value();
    c.id = id;
    c.court = u"北京互联网法院"_s;
    QVERIFY(store.updateCase(c).ok());
    PartyRecord p;
    p.caseId = id;
    p.name = u"罗某"_s;
    const qint64 party = store.addParty(p).value();
    QVERIFY(store.trashParty(party).ok());
    QVERIFY(store.trashCase(id).ok());
    // The head file is written on a worker after each commit; the tests below write their own.
    (*m_lib)->audit().flushHead();
}

void TstAuditLog::everyChangeIsRecordedAndChained()
{
    const auto entries = (*m_lib)->audit().list();
    QVERIFY(entries.ok());
    QStringList actions;
    for (const AuditEntry &e : entries.value())
        actions << e.action;
    QCOMPARE(actions,
        (QStringList { u"case.create"_s, u"case.edit"_s, u"party.add"_s, u"party.remove"_s,
            u"case.trash"_s }));
    QCOMPARE(entries->first().prevHash, AuditLog::kGenesisHash);
    for (int i = 1; i < entries->size(); ++i)
        QCOMPARE(entries->at(i).prevHash, entries->at(i - 1).hash);
    QCOMPARE(entries->at(1).detail.value(u"fields"_s).toArray().first().toString(), u"court"_s);
    QCOMPARE(entries->first().at, u"2026-03-01T09:30:00+08:00"_s);
}

void TstAuditLog::detectsTampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("firstBroken");
    QTest::newRow("detail edited")
        << u"UPDATE audit_log SET detail = '{\"fields\":[\"title\"]}' WHERE id = 2"_s << qint64(2);
    QTest::newRow("action edited")
        << u"UPDATE audit_log SET action = 'case.view' WHERE id = 3"_s << qint64(3);
    QTest::newRow("time edited")
        << u"UPDATE audit_log SET at = '2020-01-01T00:00:00+08:00' WHERE id = 4"_s << qint64(4);
    QTest::newRow("row deleted") << u"DELETE FROM audit_log WHERE id = 3"_s << qint64(4);
    QTest::newRow("hash overwritten")
        << u"UPDATE audit_log SET hash = '0000000000000000000000000000000000000000000000000000000000000001' WHERE id = 1"_s
        << qint64(1);
    QTest::newRow("forged row appended")
        << u"INSERT INTO audit_log (id, at, case_id, action, entity, entity_id, detail, prev_hash, "
           u"hash) "
           "VALUES (6, 'now', 1, 'case.restore', 'case', 1, '{}', 'x', 'y')"_s
        << qint64(6);
}

void TstAuditLog::detectsTampering()
{
    QFETCH(QString, sql);
    QFETCH(qint64, firstBroken);
    QVERIFY((*m_lib)->audit().verify().ok);
    QSqlQuery q((*m_lib)->database());
    QVERIFY(q.exec(sql));
    const AuditLog::Verification v = (*m_lib)->audit().verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBrokenId, firstBroken);
    QVERIFY2(v.message.contains(QString::number(firstBroken)), qPrintable(v.message));
}

void TstAuditLog::anUntouchedChainHolds()
{
    const AuditLog::Verification v = (*m_lib)->audit().verify();
    QVERIFY(v.ok);
    QCOMPARE(v.rows, qint64(5));
}

namespace {
// The head is written on a worker after each commit: wait for it before looking at the file.
std::optional<AuditLog::Head> headOnDisk(Library &library)
{
    library.audit().flushHead();
    QFile f(library.audit().headPath());
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return AuditLog::parseHead(f.readAll());
}
bool removeHead(Library &library)
{
    library.audit().flushHead();
    return QFile::remove(library.audit().headPath());
}
} // namespace

void TstAuditLog::theHeadFileFollowsEveryCommit()
{
    if ((*m_lib)->isServer())
        QSKIP("the head file beside a folder library's database (a server library has none: its "
              "chain is walled and append-only on the server, docs/server.md)");
    Library &lib = *m_lib->library;
    QCOMPARE(
        QFileInfo(lib.audit().headPath()).dir().absolutePath(), QDir(lib.path()).absolutePath());
    auto head = headOnDisk(lib);
    QVERIFY(head);
    QCOMPARE(head->id, qint64(5));
    QCOMPARE(head->hash, lib.audit().list()->last().hash);
    QVERIFY(lib.cases().restoreCase(1).ok());
    head = headOnDisk(lib);
    QVERIFY(head);
    QCOMPARE(head->id, qint64(6));
    QCOMPARE(lib.audit().verify().anchoredId, qint64(6));
}

void TstAuditLog::aRolledBackAppendLeavesTheHeadAlone()
{
    if ((*m_lib)->isServer())
        QSKIP("the head file beside a folder library's database (a server library has none: its "
              "chain is walled and append-only on the server, docs/server.md)");
    Library &lib = *m_lib->library;
    const Status st = inTransaction(lib.database(), [&]() -> Status {
        if (auto e = lib.audit().append(1, u"case.edit"_s, u"case"_s, 1, {}); !e.ok())
            return e;
        return Error::input(u"refused"_s);
    });
    QVERIFY(!st.ok());
    QCOMPARE(headOnDisk(lib)->id, qint64(5));
    QVERIFY(lib.audit().verify().ok);
}

void TstAuditLog::deletingTheLastEntriesIsDetected()
{
    if ((*m_lib)->isServer())
        QSKIP("the last entries' deletion is told by a folder's head file, which a server library "
              "has not; there no user may delete an entry at all (tst_teams)");
    QSqlQuery q((*m_lib)->database());
    QVERIFY(q.exec(u"DELETE FROM audit_log WHERE id >= 4"_s));
    const AuditLog::Verification v = (*m_lib)->audit().verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBrokenId, qint64(4));
    QVERIFY2(v.message.contains(u"last 2 entries were deleted"_s), qPrintable(v.message));
}

void TstAuditLog::aHeadBehindTheLogIsAccepted()
{
    if ((*m_lib)->isServer())
        QSKIP("the head file beside a folder library's database (a server library has none: its "
              "chain is walled and append-only on the server, docs/server.md)");
    // A crash after the commit and before the head file was written: the file lags.
    Library &lib = *m_lib->library;
    const auto entries = lib.audit().list();
    QVERIFY(lib.audit().writeHead({ 3, entries->at(2).hash }).ok());
    const AuditLog::Verification v = lib.audit().verify();
    QVERIFY2(v.ok, qPrintable(v.message));
    QCOMPARE(v.anchoredId, qint64(3));
    QVERIFY(lib.audit().writeHead({ 0, AuditLog::kGenesisHash }).ok());
    QVERIFY(lib.audit().verify().ok);
}

void TstAuditLog::aRewrittenLogIsDetected()
{
    if ((*m_lib)->isServer())
        QSKIP("the head file beside a folder library's database (a server library has none: its "
              "chain is walled and append-only on the server, docs/server.md)");
    Library &lib = *m_lib->library;
    QVERIFY(lib.audit().writeHead({ 5, QString(64, u'a') }).ok());
    const AuditLog::Verification v = lib.audit().verify();
    QVERIFY(!v.ok);
    QVERIFY2(v.message.contains(u"rewritten"_s), qPrintable(v.message));
    lib.audit().flushHead();
    QFile garbled(lib.audit().headPath());
    QVERIFY(garbled.open(QIODevice::WriteOnly | QIODevice::Truncate));
    garbled.write("not a head");
    garbled.close();
    QVERIFY(!lib.audit().verify().ok);
}

void TstAuditLog::aDeletedHeadFileIsDetectedAndNotRemade()
{
    if ((*m_lib)->isServer())
        QSKIP("the head file beside a folder library's database (a server library has none: its "
              "chain is walled and append-only on the server, docs/server.md)");
    const QString path = m_lib->path();
    QVERIFY(removeHead(*m_lib->library));
    QVERIFY(!(*m_lib)->audit().verify().ok);
    m_lib->library.reset();
    auto reopened = Library::open(path, Library::OpenMode::ExistingOnly);
    QVERIFY(reopened.ok());
    const AuditLog::Verification v = reopened.value()->audit().verify();
    QVERIFY(!v.ok);
    QVERIFY2(v.message.contains(u"deleted"_s), qPrintable(v.message));
    QVERIFY(!QFileInfo::exists(reopened.value()->audit().headPath()));
}

void TstAuditLog::aLibraryWithoutAHeadIsAnchoredAtOpen()
{
    if ((*m_lib)->isServer())
        QSKIP("the head file beside a folder library's database (a server library has none: its "
              "chain is walled and append-only on the server, docs/server.md)");
    // A library from before the head file existed: no file, no mark. Opening it anchors it.
    const QString path = m_lib->path();
    QVERIFY(removeHead(*m_lib->library));
    {
        QSqlQuery q((*m_lib)->database());
        QVERIFY(q.exec(u"DELETE FROM library_meta WHERE key = 'audit_head_file'"_s));
    }
    QVERIFY((*m_lib)->audit().verify().ok);
    m_lib->library.reset();
    auto reopened = Library::open(path, Library::OpenMode::ExistingOnly);
    QVERIFY(reopened.ok());
    QCOMPARE(headOnDisk(*reopened.value())->id, qint64(5));
    QVERIFY(reopened.value()->audit().verify().ok);
    QVERIFY(removeHead(*reopened.value()));
    QVERIFY(!reopened.value()->audit().verify().ok); // now marked: a deletion shows
}

QTEST_GUILESS_MAIN(TstAuditLog)
#include "tst_auditlog.moc"
