#include "cases/casestore.h"
#include "cases/eventstore.h"
#include "demo/demolibrary.h"
#include "storage/auditlog.h"
#include "testsupport.h"
#include "undo/casecommands.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

class TstCaseStore final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { pinClock(); }
    void createsEditsTrashesRestoresAndPurges();
    void refusesInvalidPartiesAndStoresNothing_data();
    void refusesInvalidPartiesAndStoresNothing();
    void keepsPartyOrderAndParticulars();
    void demoCaseIsComplete();
    void eventDatesKeepTheirPrecision();
    // undo / redo of every edit
    void undoRedoCreateCase();
    void undoRedoEditCase();
    void undoRedoTrashCase();
    void undoRedoAddEditRemoveParty();
    void undoFollowsWhatWasDoneLast();
    void aRefusedEditLeavesNothingToUndo();

private:
    static CaseRecord sampleCase(const QString &title = u"罗某诉某公司"_s)
    {
        CaseRecord c;
        c.title = title;
        c.court = u"北京互联网法院"_s;
        c.cause = u"个人信息保护纠纷"_s;
        return c;
    }
    static PartyRecord samplePerson(qint64 caseId)
    {
        PartyRecord p;
        p.caseId = caseId;
        p.name = u"罗某"_s;
        p.idNumber = u"110105199003071239"_s;
        p.sex = Sex::Male;
        p.birthDate = QDate(1990, 3, 7);
        p.phone = u"13800138000"_s;
        return p;
    }
    static qint64 auditRows(Library &lib) { return lib.audit().list().value().size(); }
};

void TstCaseStore::createsEditsTrashesRestoresAndPurges()
{
    TempLibrary lib;
    CaseStore &store = lib->cases();
    QSignalSpy changed(&store, &CaseStore::caseChanged);
    QSignalSpy removed(&store, &CaseStore::caseRemoved);

    const auto id = store.createCase(sampleCase());
    QVERIFY(id.ok());
    QCOMPARE(changed.count(), 1);
    CaseRecord c = store.caseById(id.value()).value();
    QCOMPARE(c.title, u"罗某诉某公司"_s);
    QCOMPARE(c.createdAt, u"2026-03-01T09:30:00+08:00"_s);

    c.stage = CaseStage::Filed;
    c.number = u"（2021）京0491民初5094号"_s;
    c.filedOn = QDate(2021, 1, 27);
    QVERIFY(store.updateCase(c).ok());
    const CaseRecord edited = store.caseById(c.id).value();
    QCOMPARE(edited.stage, CaseStage::Filed);
    QCOMPARE(edited.filedOn, QDate(2021, 1, 27));
    QCOMPARE(edited.number, c.number);

    QVERIFY(store.trashCase(c.id).ok());
    QCOMPARE(store.listCases().value().size(), 0);
    QCOMPARE(store.listCases(CaseStore::Trash::Only).value().size(), 1);
    QVERIFY(!store.trashCase(c.id).ok()); // already there
    QVERIFY(store.restoreCase(c.id).ok());
    QCOMPARE(store.listCases().value().size(), 1);

    const auto purgeLive = store.purgeCase(c.id);
    QVERIFY(!purgeLive.ok()); // only from the trash
    QVERIFY(store.trashCase(c.id).ok());
    QVERIFY(store.purgeCase(c.id).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(store.caseById(c.id).error().kind, Error::Kind::NotFound);
    QVERIFY(lib->audit().verify().ok);
}

void TstCaseStore::refusesInvalidPartiesAndStoresNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("ID check character")
        << u"id-number"_s << u"110105199003071238"_s << u"should be 9"_s;
    QTest::newRow("USCC on a person")
        << u"uscc"_s << u"91110108MA01XQ7B24"_s << u"natural person"_s;
    QTest::newRow("phone") << u"phone"_s << u"call me"_s << u"phone number"_s;
    QTest::newRow("no name") << u"name"_s << u"  "_s << u"needs a name"_s;
    QTest::newRow("birth date disagrees with ID")
        << u"birth-date"_s << u"1991-03-07"_s << u"1990-03-07"_s;
}

void TstCaseStore::refusesInvalidPartiesAndStoresNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, mentions);
    TempLibrary lib;
    CaseStore &store = lib->cases();
    const qint64 caseId = store.createCase(sampleCase()).value();
    PartyRecord p = samplePerson(caseId);
    if (field == u"id-number"_s)
        p.idNumber = value;
    if (field == u"uscc"_s)
        p.uscc = value;
    if (field == u"phone"_s)
        p.phone = value;
    if (field == u"name"_s)
        p.name = value;
    if (field == u"birth-date"_s)
        p.birthDate = QDate::fromString(value, Qt::ISODate);
    const qint64 before = auditRows(*lib.library);
    const auto added = store.addParty(p);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().kind, Error::Kind::Input);
    QVERIFY2(added.error().message.contains(mentions), qPrintable(added.error().message));
    QCOMPARE(store.parties(caseId).value().size(), 0);
    QCOMPARE(auditRows(*lib.library), before);
}

void TstCaseStore::keepsPartyOrderAndParticulars()
{
    TempLibrary lib;
    CaseStore &store = lib->cases();
    const qint64 caseId = store.createCase(sampleCase()).value();
    const qint64 plaintiff = store.addParty(samplePerson(caseId)).value();
    PartyRecord org;
    org.caseId = caseId;
    org.role = PartyRole::Defendant;
    org.type = PartyType::Organisation;
    org.name = u"北京某某教育科技有限公司"_s;
    org.uscc = u"91110108ma01xq7b24"_s;
    org.legalRep = u"张某"_s;
    org.legalRepTitle = u"执行董事"_s;
    const qint64 defendant = store.addParty(org).value();
    const auto parties = store.parties(caseId).value();
    QCOMPARE(parties.size(), 2);
    QCOMPARE(parties.at(0).id, plaintiff);
    QCOMPARE(parties.at(1).id, defendant);
    QCOMPARE(parties.at(1).uscc, u"91110108MA01XQ7B24"_s); // stored in canonical upper case
    QCOMPARE(parties.at(0).birthDate, QDate(1990, 3, 7));
    QCOMPARE(store.caseById(caseId).value().partiesSummary, u"罗某 v. 北京某某教育科技有限公司"_s);

    PartyRecord agent;
    agent.caseId = caseId;
    agent.role = PartyRole::Agent;
    agent.name = u"王某"_s;
    agent.representsId = 9999;
    QVERIFY(!store.addParty(agent).ok()); // represents nobody in this case
    agent.representsId = plaintiff;
    QVERIFY(store.addParty(agent).ok());
}

void TstCaseStore::demoCaseIsComplete()
{
    TempLibrary lib;
    const auto id = addDemoCase(*lib.library);
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
    const CaseRecord c = lib->cases().caseById(id.value()).value();
    QCOMPARE(c.court, u"北京互联网法院"_s);
    QCOMPARE(c.cause, u"个人信息保护纠纷"_s);
    QCOMPARE(c.number, u"（2021）京0491民初5094号"_s);
    const auto parties = lib->cases().parties(c.id).value();
    QCOMPARE(parties.size(), 3);
    QCOMPARE(parties.at(0).role, PartyRole::Plaintiff);
    QCOMPARE(parties.at(1).role, PartyRole::Defendant);
    QCOMPARE(parties.at(1).type, PartyType::Organisation);
    for (const PartyRecord &p : parties)
        QVERIFY2(validateParty(p).isEmpty(), qPrintable(p.name)); // every invented code is valid
    const auto events = lib->events().events(c.id).value();
    QCOMPARE(events.size(), 4);
    QCOMPARE(events.last().displayDate(), u"2021年1月27日"_s);
    QVERIFY(lib->audit().verify().ok);
}

void TstCaseStore::eventDatesKeepTheirPrecision()
{
    QVERIFY(validateEventDate(u"2021-01"_s, DatePrecision::Month).isEmpty());
    QVERIFY(!validateEventDate(u"2021-01"_s, DatePrecision::Day).isEmpty());
    QVERIFY(!validateEventDate(u"2021-02-30"_s, DatePrecision::Day).isEmpty());
    QVERIFY(validateEventDate(u"2021"_s, DatePrecision::Year).isEmpty());
    EventRecord e;
    e.date = u"2021-01"_s;
    e.precision = DatePrecision::Approximate;
    QCOMPARE(e.displayDate(), u"2021年1月前后"_s);
}

void TstCaseStore::undoRedoCreateCase()
{
    TempLibrary lib;
    UndoManager undo;
    auto command = std::make_unique<CreateCaseCommand>(lib->cases(), sampleCase());
    auto *raw = command.get();
    QVERIFY(undo.pushLibrary(std::move(command)).ok());
    const qint64 id = raw->caseId();
    QCOMPARE(lib->cases().listCases().value().size(), 1);
    QVERIFY(undo.canUndo());
    QVERIFY(undo.undoText().contains(u"罗某诉某公司"_s));
    QVERIFY(undo.undo().ok());
    QCOMPARE(lib->cases().listCases().value().size(), 0);
    QVERIFY(lib->cases().caseById(id).value().isTrashed()); // not lost: in the trash
    QVERIFY(undo.canRedo());
    QVERIFY(undo.redo().ok());
    const auto cases = lib->cases().listCases().value();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.first().id, id); // the same case, not a copy
}

void TstCaseStore::undoRedoEditCase()
{
    TempLibrary lib;
    UndoManager undo;
    const qint64 id = lib->cases().createCase(sampleCase()).value();
    const CaseRecord before = lib->cases().caseById(id).value();
    CaseRecord after = before;
    after.stage = CaseStage::Appeal;
    after.title = u"罗某诉某公司（二审）"_s;
    undo.setCurrentCase(id);
    QVERIFY(undo.pushCase(id, std::make_unique<EditCaseCommand>(lib->cases(), before, after)).ok());
    QCOMPARE(lib->cases().caseById(id).value().stage, CaseStage::Appeal);
    QVERIFY(undo.undo().ok());
    QVERIFY(lib->cases().caseById(id).value().sameContent(before));
    QVERIFY(undo.redo().ok());
    QVERIFY(lib->cases().caseById(id).value().sameContent(after));
}

void TstCaseStore::undoRedoTrashCase()
{
    TempLibrary lib;
    UndoManager undo;
    const qint64 id = lib->cases().createCase(sampleCase()).value();
    QVERIFY(
        undo.pushLibrary(std::make_unique<TrashCaseCommand>(lib->cases(), id, u"x"_s, true)).ok());
    QVERIFY(lib->cases().caseById(id).value().isTrashed());
    QVERIFY(undo.undo().ok());
    QVERIFY(!lib->cases().caseById(id).value().isTrashed());
    QVERIFY(undo.redo().ok());
    QVERIFY(lib->cases().caseById(id).value().isTrashed());
}

void TstCaseStore::undoRedoAddEditRemoveParty()
{
    TempLibrary lib;
    UndoManager undo;
    CaseStore &store = lib->cases();
    const qint64 caseId = store.createCase(sampleCase()).value();
    undo.setCurrentCase(caseId);

    auto add = std::make_unique<AddPartyCommand>(store, samplePerson(caseId));
    auto *addRaw = add.get();
    QVERIFY(undo.pushCase(caseId, std::move(add)).ok());
    const qint64 partyId = addRaw->partyId();
    QCOMPARE(store.parties(caseId).value().size(), 1);

    const PartyRecord before = store.partyById(partyId).value();
    PartyRecord after = before;
    after.phone = u"010-62345678"_s;
    after.address = u"北京市朝阳区"_s;
    QVERIFY(undo.pushCase(caseId, std::make_unique<EditPartyCommand>(store, before, after)).ok());
    QVERIFY(undo.pushCase(caseId, std::make_unique<RemovePartyCommand>(store, partyId, after.name))
                .ok());
    QCOMPARE(store.parties(caseId).value().size(), 0);

    QVERIFY(undo.undo().ok()); // remove
    QCOMPARE(store.partyById(partyId).value().phone, u"010-62345678"_s);
    QVERIFY(undo.undo().ok()); // edit
    QVERIFY(store.partyById(partyId).value().sameContent(before));
    QVERIFY(undo.undo().ok()); // add
    QCOMPARE(store.parties(caseId).value().size(), 0);
    QVERIFY(!undo.canUndo());

    QVERIFY(undo.redo().ok());
    QVERIFY(undo.redo().ok());
    QVERIFY(undo.redo().ok());
    QCOMPARE(store.parties(caseId).value().size(), 0);
    QCOMPARE(store.partyById(partyId).value().address, u"北京市朝阳区"_s);
    QVERIFY(lib->audit().verify().ok);
}

void TstCaseStore::undoFollowsWhatWasDoneLast()
{
    TempLibrary lib;
    UndoManager undo;
    CaseStore &store = lib->cases();
    auto create = std::make_unique<CreateCaseCommand>(store, sampleCase());
    auto *raw = create.get();
    QVERIFY(undo.pushLibrary(std::move(create)).ok());
    const qint64 caseId = raw->caseId();
    undo.setCurrentCase(caseId);
    QVERIFY(
        undo.pushCase(caseId, std::make_unique<AddPartyCommand>(store, samplePerson(caseId))).ok());
    // The party was added last, so it is undone first; then the case itself.
    QVERIFY(undo.undoText().contains(u"罗某"_s) && undo.undoText().contains(u"party"_s));
    QVERIFY(undo.undo().ok());
    QCOMPARE(store.parties(caseId).value().size(), 0);
    QVERIFY(undo.undoText().startsWith(u"Create case"_s));
    QVERIFY(undo.undo().ok());
    QVERIFY(store.caseById(caseId).value().isTrashed());
    // Redo replays in the original order.
    QVERIFY(undo.redoText().startsWith(u"Create case"_s));
    QVERIFY(undo.redo().ok());
    QVERIFY(undo.redo().ok());
    QCOMPARE(store.parties(caseId).value().size(), 1);
    // Another case's edits are not undone from here.
    undo.setCurrentCase(caseId + 100);
    QVERIFY(undo.undoText().startsWith(u"Create case"_s));
}

void TstCaseStore::aRefusedEditLeavesNothingToUndo()
{
    TempLibrary lib;
    UndoManager undo;
    QSignalSpy failed(&undo, &UndoManager::failed);
    const qint64 caseId = lib->cases().createCase(sampleCase()).value();
    undo.setCurrentCase(caseId);
    PartyRecord bad = samplePerson(caseId);
    bad.idNumber = u"110105199003071238"_s;
    const Status st = undo.pushCase(caseId, std::make_unique<AddPartyCommand>(lib->cases(), bad));
    QVERIFY(!st.ok());
    QVERIFY(st.error().message.contains(u"check character"_s));
    QVERIFY(!undo.canUndo());
    QCOMPARE(undo.caseStack(caseId)->count(), 0);
}

QTEST_GUILESS_MAIN(TstCaseStore)
#include "tst_casestore.moc"
