#include "cases/casestore.h"
#include "cases/documentfieldstore.h"
#include "cases/eventstore.h"
#include "cases/requeststore.h"
#include "demo/demolibrary.h"
#include "law/claimstore.h"
#include "storage/auditlog.h"
#include "testsupport.h"
#include "undo/casecommands.h"

#include <QJsonArray>
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
    void atMostTwoAgentsPerParty();
    void statutoryAgentsAndPowersOfAttorney();
    void requestsKeepTheirDemandsAndApologies();
    void demoCaseIsComplete();
    void eventDatesKeepTheirPrecision();
    // undo / redo of every edit
    void undoRedoCreateCase();
    void undoRedoEditCase();
    void undoRedoTrashCase();
    void undoRedoAddEditRemoveParty();
    void undoFollowsWhatWasDoneLast();
    void aRefusedEditLeavesNothingToUndo();
    void cleanStateFollowsUndo();
    void deletingACaseKeepsTheOthersHistories();

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

void TstCaseStore::atMostTwoAgentsPerParty()
{
    TempLibrary lib;
    CaseStore &store = lib->cases();
    const qint64 caseId = store.createCase(sampleCase()).value();
    const qint64 plaintiff = store.addParty(samplePerson(caseId)).value();
    PartyRecord agent;
    agent.caseId = caseId;
    agent.role = PartyRole::Agent;
    agent.representsId = plaintiff;
    agent.name = u"王某"_s;
    QVERIFY(store.addParty(agent).ok());
    agent.name = u"李某"_s;
    const qint64 second = store.addParty(agent).value();
    const qint64 before = auditRows(*lib.library);
    agent.name = u"赵某"_s;
    const auto third = store.addParty(agent);
    QVERIFY(!third.ok());
    QCOMPARE(third.error().kind, Error::Kind::Input);
    // The message names the party and the agent refused (CPL 61).
    QVERIFY2(third.error().message.contains(u"罗某 already has two agents"_s)
            && third.error().message.contains(u"赵某"_s),
        qPrintable(third.error().message));
    QCOMPARE(store.parties(caseId).value().size(), 3);
    QCOMPARE(auditRows(*lib.library), before); // nothing written
    // An agent of another party cannot be moved over to make a third either.
    PartyRecord other = samplePerson(caseId);
    other.name = u"罗某某"_s;
    other.idNumber.clear();
    const qint64 coPlaintiff = store.addParty(other).value();
    agent.representsId = coPlaintiff;
    const qint64 moved = store.addParty(agent).value();
    PartyRecord edit = store.partyById(moved).value();
    edit.representsId = plaintiff;
    QVERIFY(!store.updateParty(edit).ok());
    // Nor can a removed one come back as a third.
    QVERIFY(store.trashParty(second).ok());
    QVERIFY(store.updateParty(edit).ok());
    QVERIFY(!store.restoreParty(second).ok());
    // A statutory agent is not one of the two.
    PartyRecord guardian;
    guardian.caseId = caseId;
    guardian.role = PartyRole::Agent;
    guardian.agency = Agency::Statutory;
    guardian.relation = u"监护人"_s;
    guardian.name = u"罗父"_s;
    guardian.representsId = plaintiff;
    QVERIFY(store.addParty(guardian).ok());
}

void TstCaseStore::statutoryAgentsAndPowersOfAttorney()
{
    TempLibrary lib;
    CaseStore &store = lib->cases();
    const qint64 caseId = store.createCase(sampleCase()).value();
    const qint64 plaintiff = store.addParty(samplePerson(caseId)).value();
    PartyRecord org;
    org.caseId = caseId;
    org.role = PartyRole::Defendant;
    org.type = PartyType::Organisation;
    org.name = u"某某公司"_s;
    const qint64 defendant = store.addParty(org).value();

    PartyRecord guardian;
    guardian.caseId = caseId;
    guardian.role = PartyRole::Agent;
    guardian.agency = Agency::Statutory;
    guardian.name = u"罗父"_s;
    guardian.representsId = plaintiff;
    QVERIFY(!validateParty(guardian).isEmpty()); // the relation is needed
    QVERIFY(!store.addParty(guardian).ok());
    guardian.relation = u"父亲"_s;
    guardian.authority = Authority::General;
    QVERIFY(!store.addParty(guardian).ok()); // acts by law, not by a power of attorney
    guardian.authority = Authority::Unset;
    guardian.representsId = defendant;
    const auto forOrg = store.addParty(guardian);
    QVERIFY(!forOrg.ok()); // an organisation has no statutory agent
    QVERIFY(forOrg.error().message.contains(u"某某公司"_s));
    guardian.representsId = plaintiff;
    const qint64 guardianId = store.addParty(guardian).value();
    QCOMPARE(store.partyById(guardianId).value().relation, u"父亲"_s);
    QCOMPARE(store.partyById(guardianId).value().agency, Agency::Statutory);

    PartyRecord agent;
    agent.caseId = caseId;
    agent.role = PartyRole::Agent;
    agent.name = u"王某"_s;
    agent.representsId = plaintiff;
    agent.specialPowers = { u"settle"_s };
    QVERIFY(!store.addParty(agent).ok()); // special powers without special authority
    agent.authority = Authority::Special;
    agent.specialPowers = { u"settle"_s, u"everything"_s };
    QVERIFY(!store.addParty(agent).ok()); // no such power
    agent.specialPowers = { u"settle"_s, u"appeal"_s };
    const qint64 agentId = store.addParty(agent).value();
    const PartyRecord stored = store.partyById(agentId).value();
    QCOMPARE(stored.authority, Authority::Special);
    QCOMPARE(stored.specialPowers, QStringList({ u"settle"_s, u"appeal"_s }));
    // The audit log names what changed, not the values.
    PartyRecord general = stored;
    general.authority = Authority::General;
    general.specialPowers.clear();
    QVERIFY(store.updateParty(general).ok());
    const auto entries = lib->audit().list(caseId).value();
    QVERIFY(entries.last().detail.value(u"fields"_s).toArray().contains(u"authority"_s));
}

void TstCaseStore::requestsKeepTheirDemandsAndApologies()
{
    TempLibrary lib;
    CaseStore &store = lib->cases();
    const qint64 caseId = store.createCase(sampleCase()).value();
    store.addParty(samplePerson(caseId)).value();
    PartyRecord org;
    org.caseId = caseId;
    org.role = PartyRole::Defendant;
    org.type = PartyType::Organisation;
    org.name = u"某某公司"_s;
    store.addParty(org).value();
    const QStringList texts { u"判令被告向原告提供其处理的原告个人信息副本"_s,
        u"判令被告停止向关联公司提供原告个人信息"_s };
    QVERIFY(lib->claims().setRequests(caseId, texts).ok());
    RequestStore requests(*lib.library);
    QVERIFY(!requests.setDemand(caseId, 9, u"停止处理"_s).ok()); // no such request
    QVERIFY(requests.setDemand(caseId, 1, u"向委托人提供贵方处理的委托人个人信息副本；"_s).ok());
    QVERIFY(requests.setDemand(caseId, 2, u"停止向关联公司提供委托人的个人信息"_s).ok());
    // Reordered and one reworded: the unchanged ones keep their demands, the new one has none.
    QVERIFY(
        lib->claims()
            .setRequests(caseId, { texts.at(1), u"判令被告停止处理原告的个人信息"_s, texts.at(0) })
            .ok());
    const auto after = requests.requests(caseId).value();
    QCOMPARE(after.size(), 3);
    QCOMPARE(after.at(0).demand, u"停止向关联公司提供委托人的个人信息"_s);
    QVERIFY(after.at(1).demand.isEmpty());
    QCOMPARE(after.at(2).demand, u"向委托人提供贵方处理的委托人个人信息副本"_s); // ； dropped
    const auto position = requests.addApology(caseId, ApologyForm::Public, u"《法治日报》"_s, 7);
    QVERIFY(position.ok());
    QCOMPARE(position.value(), 4);
    const CaseRequest apology = requests.requests(caseId).value().last();
    QCOMPARE(apology.apologyMedium, u"《法治日报》"_s);
    QCOMPARE(apology.text,
        u"判令被告某某公司在《法治日报》连续7日刊登致歉声明，向原告罗某公开赔礼道歉（致歉内容须经法"
        u"院"
        "审核）"_s);
    QVERIFY(DocumentFieldStore(*lib.library)
                .setFields(caseId, u"access-request"_s, { { u"period"_s, u"15"_s } })
                .ok());
    QCOMPARE(DocumentFieldStore(*lib.library).fields(caseId, u"access-request"_s).value(),
        (QMap<QString, QString> { { u"period"_s, u"15"_s } }));
    QVERIFY(lib->audit().verify().ok);
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

void TstCaseStore::cleanStateFollowsUndo()
{
    TempLibrary lib;
    UndoManager undo;
    CaseStore &store = lib->cases();
    const qint64 caseId = store.createCase(sampleCase()).value();
    undo.setCurrentCase(caseId);
    QVERIFY(undo.isClean(caseId)); // as opened
    QSignalSpy changed(&undo, &UndoManager::changed);
    QVERIFY(
        undo.pushCase(caseId, std::make_unique<AddPartyCommand>(store, samplePerson(caseId))).ok());
    QVERIFY(!undo.isClean(caseId));
    QVERIFY(undo.undo().ok());
    QVERIFY(undo.isClean(caseId)); // back where it was opened
    QVERIFY(undo.redo().ok());
    undo.markClean(caseId); // a document was generated from it
    QVERIFY(undo.isClean(caseId));
    QVERIFY(undo.undo().ok());
    QVERIFY(!undo.isClean(caseId)); // no longer what the document says
    QVERIFY(changed.size() >= 4);
}

void TstCaseStore::deletingACaseKeepsTheOthersHistories()
{
    TempLibrary lib;
    UndoManager undo;
    CaseStore &store = lib->cases();
    const qint64 kept = store.createCase(sampleCase()).value();
    const qint64 purged = store.createCase(sampleCase()).value();
    QVERIFY(undo.pushCase(kept, std::make_unique<AddPartyCommand>(store, samplePerson(kept))).ok());
    QVERIFY(
        undo.pushCase(purged, std::make_unique<AddPartyCommand>(store, samplePerson(purged))).ok());
    const qint64 other = store.createCase(sampleCase()).value();
    // The library's history holds only a command about a third case: it survives too.
    QVERIFY(undo.pushLibrary(std::make_unique<TrashCaseCommand>(store, other, u"x"_s, true)).ok());
    QVERIFY(store.trashCase(purged).ok());
    QVERIFY(store.purgeCase(purged).ok());
    undo.setCurrentCase(purged);
    undo.forgetCase(purged);
    QCOMPARE(undo.currentCase(), 0);
    QCOMPARE(undo.libraryStack()->count(), 1);
    undo.setCurrentCase(kept);
    QCOMPARE(undo.caseStack(kept)->count(), 1);
    QVERIFY(undo.undo().ok()); // the trash of the third case, done last
    QVERIFY(!store.caseById(other).value().isTrashed());
    QVERIFY(undo.undo().ok()); // the party added to the kept case
    QCOMPARE(store.parties(kept).value().size(), 0);

    // A library command about the deleted case goes, with the library's history.
    QVERIFY(undo.pushLibrary(std::make_unique<TrashCaseCommand>(store, kept, u"k"_s, true)).ok());
    QVERIFY(store.purgeCase(kept).ok());
    undo.forgetCase(kept);
    QCOMPARE(undo.libraryStack()->count(), 0);
    QVERIFY(!undo.canUndo());
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
