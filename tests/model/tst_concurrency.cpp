// Two people on one library (docs/server.md, "Two lawyers on one case"): two Library handles on
// the same folder or server database. A stale edit is refused, never written over the other's
// change; undo refuses to undo over someone else's later change. Runs on both backends.
#include "cases/casestore.h"
#include "cases/eventstore.h"
#include "damages/damagesstore.h"
#include "deadlines/deadlinestore.h"
#include "evidence/evidencestore.h"
#include "law/claimstore.h"
#include "storage/changefeed.h"
#include "testsupport.h"
#include "undo/casecommands.h"
#include "undo/damagescommands.h"
#include "undo/deadlinecommands.h"
#include "undo/evidencecommands.h"
#include "undo/factscommands.h"
#include "undo/liabilitycommands.h"
#include "undo/undomanager.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace habeas;
using namespace habeas::test;
using namespace Qt::StringLiterals;

class TstConcurrency : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void staleCaseEditIsRefused();
    void staleEditsOfOtherRowsAreRefused();
    void deletedMeanwhileIsNoSuchRow();
    void undoRefusesOverAnotherUsersChange();
    void undoAndRedoOfOwnEditsOnOneRow();
    void undoRefusesForPartiesDamagesDeadlines();
    void viewsHearOfAnotherUsersCommit();
    void staleExhibitEditIsRefused();
    void undoRefusesForExhibits();
    void staleClaimEditIsRefused();
    void staleElementEditIsRefused();
    void undoRefusesForClaims();

private:
    // An exhibit of the case, imported by the first user; its id.
    qint64 importExhibit();
    // A claim of the case (refusal of service), asserted by the first user; its id.
    qint64 addClaim();
    // The refusal's message names the writer on a server, "Someone else" on a folder library.
    void checkNamesWriter(const Error &refused, const QString &writer);

    Library &a() { return *m_a->library; }
    Library &b() { return *m_b; }

    std::unique_ptr<TempLibrary> m_a;
    std::unique_ptr<Library> m_b; // the second user: another connection to the same library
    qint64 m_case = 0;
    qint64 m_party = 0;
};

void TstConcurrency::init()
{
    m_a = std::make_unique<TempLibrary>();
    QVERIFY(m_a->library);
    auto other = Library::open(a().location(), Library::OpenMode::ExistingOnly);
    QVERIFY2(other.ok(), other.ok() ? "" : qPrintable(other.error().message));
    m_b = std::move(other).value();
    CaseRecord c;
    c.title = u"罗某诉某科技公司个人信息保护纠纷案"_s;
    const auto id = a().cases().createCase(c);
    QVERIFY(id.ok());
    m_case = id.value();
    PartyRecord p;
    p.caseId = m_case;
    p.role = PartyRole::Defendant;
    p.type = PartyType::Organisation;
    p.name = u"北京某某科技有限公司"_s;
    const auto party = a().cases().addParty(p);
    QVERIFY(party.ok());
    m_party = party.value();
}

void TstConcurrency::cleanup()
{
    m_b.reset();
    m_a.reset();
}

void TstConcurrency::staleCaseEditIsRefused()
{
    auto mine = a().cases().caseById(m_case).value();
    QCOMPARE(mine.rowVersion, 1);
    auto theirs = b().cases().caseById(m_case).value();
    theirs.court = u"北京互联网法院"_s;
    const auto written = b().cases().updateCase(theirs);
    QVERIFY(written.ok());
    QCOMPARE(written.value(), 2);

    mine.notes = u"我的备注"_s;
    const auto refused = a().cases().updateCase(mine);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Stale);
    QVERIFY2(refused.error().message.contains(u"罗某诉某科技公司"_s),
        qPrintable(refused.error().message));
    // Nothing of mine was written; theirs stands.
    auto now = a().cases().caseById(m_case).value();
    QCOMPARE(now.court, u"北京互联网法院"_s);
    QVERIFY(now.notes.isEmpty());
    QCOMPARE(now.rowVersion, 2);
    // On a server the last writer is named (the role that wrote it).
    if (a().isServer())
        QVERIFY(!now.updatedBy.isEmpty());
    // Overwrite: mine again, at the version now there.
    mine.rowVersion = now.rowVersion;
    const auto overwritten = a().cases().updateCase(mine);
    QVERIFY(overwritten.ok());
    QCOMPARE(overwritten.value(), 3);
    QCOMPARE(b().cases().caseById(m_case)->notes, u"我的备注"_s);
    // A record not read from the library (version 0) is not checked: the CLI's read-and-write.
    mine.rowVersion = 0;
    mine.notes = u"再改"_s;
    QVERIFY(a().cases().updateCase(mine).ok());
}

void TstConcurrency::staleEditsOfOtherRowsAreRefused()
{
    auto mine = a().cases().partyById(m_party).value();
    auto theirs = b().cases().partyById(m_party).value();
    theirs.address = u"北京市海淀区某某街10号"_s;
    QVERIFY(b().cases().updateParty(theirs).ok());
    mine.phone = u"010-62345678"_s;
    const auto refused = a().cases().updateParty(mine);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Stale);
    QVERIFY(a().cases().partyById(m_party)->phone.isEmpty());

    EventRecord e;
    e.caseId = m_case;
    e.date = u"2021-01-20"_s;
    e.text = u"原告首次登录被告App。"_s;
    const auto event = a().events().addEvent(e);
    QVERIFY(event.ok());
    auto myEvent = a().events().event(event.value()).value();
    auto theirEvent = b().events().event(event.value()).value();
    theirEvent.disputed = true;
    QVERIFY(b().events().updateEvent(theirEvent).ok());
    myEvent.text = u"原告首次登录被告App，被要求填写职业。"_s;
    const auto eventRefused = a().events().updateEvent(myEvent);
    QVERIFY(!eventRefused.ok());
    QCOMPARE(eventRefused.error().kind, Error::Kind::Stale);
}

void TstConcurrency::deletedMeanwhileIsNoSuchRow()
{
    DamagesRecord d;
    d.caseId = m_case;
    d.head = DamagesHead::PropertyLoss;
    d.amountFen = 150000;
    d.basis = defaultBasis(d.head);
    const auto id = a().damages().addItem(d);
    QVERIFY(id.ok());
    auto mine = a().damages().item(id.value()).value();
    QVERIFY(b().cases().trashCase(m_case).ok());
    QVERIFY(b().cases().purgeCase(m_case).ok());
    mine.amountFen = 200000;
    const auto refused = a().damages().updateItem(mine);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::NotFound);
}

void TstConcurrency::undoRefusesOverAnotherUsersChange()
{
    UndoManager undo;
    undo.setCurrentCase(m_case);
    const CaseRecord before = a().cases().caseById(m_case).value();
    CaseRecord after = before;
    after.stage = CaseStage::Filed;
    QVERIFY(
        undo.pushCase(m_case, std::make_unique<EditCaseCommand>(a().cases(), before, after)).ok());
    QVERIFY(undo.canUndo());

    auto theirs = b().cases().caseById(m_case).value();
    theirs.court = u"北京互联网法院"_s;
    QVERIFY(b().cases().updateCase(theirs).ok());

    const auto refused = undo.undo();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Stale);
    QVERIFY2(
        refused.error().message.contains(u"Undo refused"_s), qPrintable(refused.error().message));
    // Nothing changed, and the stack is as it was.
    const auto now = a().cases().caseById(m_case).value();
    QCOMPARE(now.stage, CaseStage::Filed);
    QCOMPARE(now.court, u"北京互联网法院"_s);
    QVERIFY(undo.canUndo());
    QCOMPARE(undo.caseStack(m_case)->index(), 1);
    QCOMPARE(undo.caseStack(m_case)->count(), 1);
}

void TstConcurrency::undoAndRedoOfOwnEditsOnOneRow()
{
    UndoManager undo;
    undo.setCurrentCase(m_case);
    const CaseRecord v1 = a().cases().caseById(m_case).value();
    CaseRecord v2 = v1;
    v2.stage = CaseStage::Filed;
    QVERIFY(undo.pushCase(m_case, std::make_unique<EditCaseCommand>(a().cases(), v1, v2)).ok());
    CaseRecord v3 = a().cases().caseById(m_case).value();
    const CaseRecord read2 = v3;
    v3.court = u"北京互联网法院"_s;
    QVERIFY(undo.pushCase(m_case, std::make_unique<EditCaseCommand>(a().cases(), read2, v3)).ok());
    // Both of mine undo and redo in any order the stack allows: no one else wrote in between.
    QVERIFY(undo.undo().ok());
    QVERIFY(undo.undo().ok());
    QCOMPARE(a().cases().caseById(m_case)->stage, v1.stage);
    QVERIFY(undo.redo().ok());
    QVERIFY(undo.redo().ok());
    QCOMPARE(a().cases().caseById(m_case)->court, u"北京互联网法院"_s);
    QVERIFY(undo.undo().ok());
    // Someone else changes the case now: my redo refuses to write over it.
    auto theirs = b().cases().caseById(m_case).value();
    theirs.notes = u"他们的备注"_s;
    QVERIFY(b().cases().updateCase(theirs).ok());
    const auto refused = undo.redo();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Stale);
    QVERIFY(refused.error().message.contains(u"Redo refused"_s));
    QVERIFY(a().cases().caseById(m_case)->court.isEmpty());
    QVERIFY(undo.canRedo());
}

void TstConcurrency::undoRefusesForPartiesDamagesDeadlines()
{
    UndoManager undo;
    undo.setCurrentCase(m_case);
    // Parties.
    const PartyRecord p1 = a().cases().partyById(m_party).value();
    PartyRecord p2 = p1;
    p2.legalRep = u"张某"_s;
    QVERIFY(undo.pushCase(m_case, std::make_unique<EditPartyCommand>(a().cases(), p1, p2)).ok());
    auto theirParty = b().cases().partyById(m_party).value();
    theirParty.address = u"北京市海淀区某某街10号"_s;
    QVERIFY(b().cases().updateParty(theirParty).ok());
    QCOMPARE(undo.undo().error().kind, Error::Kind::Stale);
    QCOMPARE(a().cases().partyById(m_party)->legalRep, u"张某"_s);
    undo.clear();
    undo.setCurrentCase(m_case);

    // Damages.
    DamagesRecord d;
    d.caseId = m_case;
    d.head = DamagesHead::PropertyLoss;
    d.amountFen = 150000;
    d.basis = defaultBasis(d.head);
    const auto item = a().damages().addItem(d);
    QVERIFY(item.ok());
    const DamagesRecord d1 = a().damages().item(item.value()).value();
    DamagesRecord d2 = d1;
    d2.amountFen = 180000;
    QVERIFY(
        undo.pushCase(m_case, std::make_unique<EditDamagesCommand>(a().damages(), d1, d2)).ok());
    auto theirItem = b().damages().item(item.value()).value();
    theirItem.note = u"发票已核"_s;
    QVERIFY(b().damages().updateItem(theirItem).ok());
    QCOMPARE(undo.undo().error().kind, Error::Kind::Stale);
    QCOMPARE(a().damages().item(item.value())->amountFen, 180000);
    undo.clear();
    undo.setCurrentCase(m_case);

    // Deadlines.
    DeadlineRecord r;
    r.caseId = m_case;
    r.kind = DeadlineKind::AppealJudgment;
    r.fromDate = QDate(2024, 3, 1);
    const auto deadline = a().deadlines().add(r);
    QVERIFY2(deadline.ok(), deadline.ok() ? "" : qPrintable(deadline.error().message));
    const DeadlineRecord r1 = a().deadlines().deadline(deadline.value()).value();
    DeadlineRecord r2 = r1;
    r2.note = u"判决书已送达"_s;
    QVERIFY(
        undo.pushCase(m_case, std::make_unique<EditDeadlineCommand>(a().deadlines(), r1, r2)).ok());
    auto theirDeadline = b().deadlines().deadline(deadline.value()).value();
    theirDeadline.fromDate = QDate(2024, 3, 4);
    QVERIFY(b().deadlines().update(theirDeadline).ok());
    QCOMPARE(undo.undo().error().kind, Error::Kind::Stale);
    QCOMPARE(a().deadlines().deadline(deadline.value())->note, u"判决书已送达"_s);
    QVERIFY(undo.canUndo());
}

void TstConcurrency::viewsHearOfAnotherUsersCommit()
{
    ChangeFeed feed(a());
    QCOMPARE(feed.isListening(), a().isServer());
    QSignalSpy parties(&a().cases(), &CaseStore::partiesChanged);
    QSignalSpy library(&feed, &ChangeFeed::libraryChanged);
    auto theirs = b().cases().partyById(m_party).value();
    theirs.address = u"北京市海淀区某某街10号5层501"_s;
    QVERIFY(b().cases().updateParty(theirs).ok());
    if (a().isServer()) {
        // NOTIFY habeas_changed 'parties:<case>': the store's own signal, for that case.
        QVERIFY(parties.wait(5000));
        QCOMPARE(parties.first().first().toLongLong(), m_case);
        // My own commits are not heard twice: the store has said so already.
        parties.clear();
        auto mine = a().cases().partyById(m_party).value();
        mine.phone = u"010-62345678"_s;
        QVERIFY(a().cases().updateParty(mine).ok());
        QCOMPARE(parties.size(), 1);
        QTest::qWait(300);
        QCOMPARE(parties.size(), 1);
    } else {
        // A folder library: the other connection's commit moves PRAGMA data_version, and its
        // audit entry names what changed: the store's own signal, for that case.
        QVERIFY(library.wait(3000));
        QCOMPARE(parties.size(), 1);
        QCOMPARE(parties.first().first().toLongLong(), m_case);
        // Read once: a later poll with nothing new tells nothing more.
        QTest::qWait(1500);
        QCOMPARE(parties.size(), 1);
    }
}

qint64 TstConcurrency::importExhibit()
{
    QTemporaryDir files;
    const QString path = files.filePath(u"首次登录.txt"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write("被告App首次登录页面：职业为必填项") <= 0)
        return 0;
    f.close();
    EvidenceRecord meta;
    meta.title = u"首次登录页面"_s;
    const ImportOutcome imported = a().evidence().importFile(m_case, path, meta);
    return imported.kind == ImportOutcome::Kind::Imported ? imported.id : 0;
}

void TstConcurrency::staleExhibitEditIsRefused()
{
    const qint64 id = importExhibit();
    QVERIFY(id);
    auto mine = a().evidence().item(id).value();
    QCOMPARE(mine.rowVersion, 1);
    auto theirs = b().evidence().item(id).value();
    theirs.purpose = u"证明被告强制收集原告职业信息"_s;
    const auto written = b().evidence().updateItem(theirs);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    QCOMPARE(written.value(), 2);

    mine.device = u"iPhone 12, iOS 14.3"_s;
    const auto refused = a().evidence().updateItem(mine);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Stale);
    QVERIFY2(refused.error().message.contains(u"证据1-1"_s), qPrintable(refused.error().message));
    // Nothing of mine was written; theirs stands.
    const auto now = a().evidence().item(id).value();
    QCOMPARE(now.purpose, u"证明被告强制收集原告职业信息"_s);
    QVERIFY(now.device.isEmpty());
    QCOMPARE(now.rowVersion, 2);
    // On a server the last writer is named, in the refusal too.
    if (a().isServer()) {
        QVERIFY(!now.updatedBy.isEmpty());
        QVERIFY2(
            refused.error().message.startsWith(now.updatedBy), qPrintable(refused.error().message));
    } else {
        QVERIFY2(refused.error().message.startsWith(u"Someone else"_s),
            qPrintable(refused.error().message));
    }
    // Overwrite: mine again, at the version now there.
    mine.rowVersion = now.rowVersion;
    const auto overwritten = a().evidence().updateItem(mine);
    QVERIFY(overwritten.ok());
    QCOMPARE(overwritten.value(), 3);
    QCOMPARE(b().evidence().item(id)->device, u"iPhone 12, iOS 14.3"_s);
    // The parser's prefill of the capture time is a change too: a dialog open before it is
    // asked rather than writing the empty time back over it.
    const auto beforeFill = a().evidence().item(id).value();
    const auto filled = b().evidence().prefillCapturedAt(
        id, QDateTime(QDate(2021, 1, 20), QTime(9, 30), QTimeZone(8 * 3600)));
    QVERIFY(filled.ok() && filled.value());
    auto typed = beforeFill;
    typed.notes = u"公证处现场取证"_s;
    QCOMPARE(a().evidence().updateItem(typed).error().kind, Error::Kind::Stale);
    QVERIFY(a().evidence().item(id)->capturedAt.isValid());
}

void TstConcurrency::undoRefusesForExhibits()
{
    const qint64 id = importExhibit();
    QVERIFY(id);
    UndoManager undo;
    undo.setCurrentCase(m_case);
    const EvidenceRecord e1 = a().evidence().item(id).value();
    EvidenceRecord e2 = e1;
    e2.notaryCert = u"（2021）京长安内经证字第1234号"_s;
    QVERIFY(
        undo.pushCase(m_case, std::make_unique<EditEvidenceCommand>(a().evidence(), e1, e2)).ok());
    // My own edit undoes and redoes while no one else writes.
    QVERIFY(undo.undo().ok());
    QVERIFY(a().evidence().item(id)->notaryCert.isEmpty());
    QVERIFY(undo.redo().ok());
    QCOMPARE(a().evidence().item(id)->notaryCert, e2.notaryCert);
    // Someone else changes the exhibit: my undo refuses to write over it.
    auto theirs = b().evidence().item(id).value();
    theirs.witnesses = u"北京市长安公证处"_s;
    QVERIFY(b().evidence().updateItem(theirs).ok());
    const auto refused = undo.undo();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Stale);
    QVERIFY2(
        refused.error().message.contains(u"Undo refused"_s), qPrintable(refused.error().message));
    const auto now = a().evidence().item(id).value();
    QCOMPARE(now.notaryCert, e2.notaryCert);
    QCOMPARE(now.witnesses, u"北京市长安公证处"_s);
    QVERIFY(undo.canUndo());
}

qint64 TstConcurrency::addClaim()
{
    const auto id = a().claims().addClaim(m_case, u"refusal-of-service"_s);
    return id.ok() ? id.value() : 0;
}

void TstConcurrency::checkNamesWriter(const Error &refused, const QString &writer)
{
    QCOMPARE(refused.kind, Error::Kind::Stale);
    if (a().isServer()) {
        QVERIFY(!writer.isEmpty());
        QVERIFY2(refused.message.startsWith(writer), qPrintable(refused.message));
    } else {
        QVERIFY(writer.isEmpty());
        QVERIFY2(refused.message.startsWith(u"Someone else"_s), qPrintable(refused.message));
    }
}

void TstConcurrency::staleClaimEditIsRefused()
{
    const qint64 id = addClaim();
    QVERIFY(id);
    const ClaimRecord mine = a().claims().claim(id).value();
    QCOMPARE(mine.rowVersion, 1);
    const ClaimRecord theirs = b().claims().claim(id).value();
    const auto written = b().claims().setHeading(id, u"被告拒绝提供服务"_s, theirs.rowVersion);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    QCOMPARE(written.value(), 2);

    // My heading, my continuing date, read at version 1: refused, nothing written.
    const auto refused = a().claims().setHeading(id, u"我的标题"_s, mine.rowVersion);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"claim %1"_s.arg(id)),
        qPrintable(refused.error().message));
    const ClaimRecord now = a().claims().claim(id).value();
    checkNamesWriter(refused.error(), now.updatedBy);
    QCOMPARE(now.heading, u"被告拒绝提供服务"_s);
    QCOMPARE(now.rowVersion, 2);
    QCOMPARE(a().claims().setContinuingUntil(id, QDate(2022, 3, 1), mine.rowVersion).error().kind,
        Error::Kind::Stale);
    QCOMPARE(a().claims().clearHeading(id, mine.rowVersion).error().kind, Error::Kind::Stale);
    QVERIFY(!a().claims().claim(id)->continuingUntil.isValid());
    QCOMPARE(a().claims().claim(id)->heading, u"被告拒绝提供服务"_s);
    // Overwrite: mine again at the version now there; the continuing date raises it too.
    const auto overwritten = a().claims().setHeading(id, u"我的标题"_s, now.rowVersion);
    QVERIFY(overwritten.ok());
    QCOMPARE(overwritten.value(), 3);
    const auto dated = a().claims().setContinuingUntil(id, QDate(2022, 3, 1), 3);
    QVERIFY(dated.ok());
    QCOMPARE(dated.value(), 4);
    const ClaimRecord last = b().claims().claim(id).value();
    QCOMPARE(last.heading, u"我的标题"_s);
    QCOMPARE(last.continuingUntil, QDate(2022, 3, 1));
    QCOMPARE(last.rowVersion, 4);
    // Version 0 (the CLI's read-and-write) is not checked.
    QVERIFY(a().claims().clearHeading(id).ok());
}

void TstConcurrency::staleElementEditIsRefused()
{
    const qint64 id = addClaim();
    QVERIFY(id);
    const QString element = u"refusal-of-service.2"_s;
    const ElementState mine = a().claims().elementState(id, u"2"_s).value();
    QCOMPARE(mine.element, element);
    QCOMPARE(mine.rowVersion, 1);
    // They mark it supported; another element and the claim row are untouched by that.
    const auto written = b().claims().setStatus(
        id, u"2"_s, ElementStatus::Supported, u"截图可证"_s, mine.rowVersion);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    QCOMPARE(written.value(), 2);
    QVERIFY(a().claims().setStatus(id, u"3"_s, ElementStatus::Disputed, {}, 1).ok());
    QVERIFY(a().claims().setHeading(id, u"标题"_s, 1).ok());

    // My adverse inference and my status, read at version 1: refused, theirs stands.
    const auto refused = a().claims().setAdverseInference(id, u"2"_s, true, mine.rowVersion);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"element 2 of claim %1"_s.arg(id)),
        qPrintable(refused.error().message));
    ElementState typed = mine;
    typed.note = u"我的陈述"_s;
    QCOMPARE(a().claims().setElementState(typed).error().kind, Error::Kind::Stale);
    const ElementState now = a().claims().elementState(id, element).value();
    checkNamesWriter(refused.error(), now.updatedBy);
    QCOMPARE(now.status, ElementStatus::Supported);
    QCOMPARE(now.note, u"截图可证"_s);
    QVERIFY(!now.adverseInference);
    QCOMPARE(now.rowVersion, 2);
    // Overwrite: my statement at the version now there.
    typed.rowVersion = now.rowVersion;
    const auto overwritten = a().claims().setElementState(typed);
    QVERIFY(overwritten.ok());
    QCOMPARE(overwritten.value(), 3);
    QCOMPARE(b().claims().elementState(id, element)->note, u"我的陈述"_s);
}

void TstConcurrency::undoRefusesForClaims()
{
    const qint64 id = addClaim();
    QVERIFY(id);
    UndoManager undo;
    undo.setCurrentCase(m_case);
    const ClaimRecord claim = a().claims().claim(id).value();
    QVERIFY(undo.pushCase(
                    m_case, std::make_unique<SetHeadingCommand>(a().claims(), claim, u"我的标题"_s))
                .ok());
    // A second edit of the same row, pushed from the claim as first read: the first edit's own
    // write is not someone else's.
    QVERIFY(undo.pushCase(m_case,
                    std::make_unique<SetContinuingCommand>(
                        a().claims(), a().claims().claim(id).value(), QDate(2022, 3, 1)))
                .ok());
    QVERIFY(undo.undo().ok());
    QVERIFY(!a().claims().claim(id)->continuingUntil.isValid());
    QVERIFY(undo.redo().ok());
    // Someone else changes the claim: my undo refuses to write over it.
    QVERIFY(b().claims().setHeading(id, u"他们的标题"_s, 0).ok());
    const auto refused = undo.undo();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Stale);
    QVERIFY2(
        refused.error().message.contains(u"Undo refused"_s), qPrintable(refused.error().message));
    QCOMPARE(a().claims().claim(id)->continuingUntil, QDate(2022, 3, 1));
    QCOMPARE(a().claims().claim(id)->heading, u"他们的标题"_s);
    QVERIFY(undo.canUndo());

    // An element: my status undoes while no one else writes, not after they changed it.
    const ClaimElement element = a().claims().claim(id)->elements.at(0);
    ElementState after = ElementState::of(id, element);
    after.status = ElementStatus::Proven;
    QVERIFY(undo.pushCase(m_case,
                    std::make_unique<SetElementStatusCommand>(a().claims(),
                        a().claims().claim(id).value(), ElementState::of(id, element), after))
                .ok());
    QVERIFY(undo.undo().ok());
    QCOMPARE(a().claims().elementState(id, element.id)->status, ElementStatus::Unproven);
    QVERIFY(undo.redo().ok());
    QVERIFY(b().claims().setStatus(id, element.id, ElementStatus::Disputed).ok());
    const auto refusedElement = undo.undo();
    QCOMPARE(refusedElement.error().kind, Error::Kind::Stale);
    QCOMPARE(a().claims().elementState(id, element.id)->status, ElementStatus::Disputed);
}

QTEST_GUILESS_MAIN(TstConcurrency)
#include "tst_concurrency.moc"
