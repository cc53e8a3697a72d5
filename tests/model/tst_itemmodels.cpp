#include "cases/casestore.h"
#include "itemmodels/casefilter.h"
#include "itemmodels/caselistmodel.h"
#include "itemmodels/partylistmodel.h"
#include "itemmodels/rowdiff.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

class TstItemModels final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { pinClock(); }
    void caseListFollowsTheStore();
    void trashListIsTheMirror();
    void filterByTextKindAndStage();
    void sortsOnRawData();
    void partyListFollowsTheStore();
    void listsChangeByRowsNotResets();
    void rowDiffReordersByReset();

private:
    static qint64 create(CaseStore &store, const QString &title, CaseKind kind = CaseKind::Private,
        CaseStage stage = CaseStage::Intake)
    {
        CaseRecord c;
        c.title = title;
        c.kind = kind;
        c.stage = stage;
        c.court = u"北京互联网法院"_s;
        return store.createCase(c).value();
    }
};

void TstItemModels::caseListFollowsTheStore()
{
    TempLibrary lib;
    CaseStore &store = lib->cases();
    create(store, u"甲案"_s);
    CaseListModel model(store, CaseListModel::Scope::Live);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const qint64 id = create(store, u"乙案"_s);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.indexOf(id)).toString(), u"乙案"_s);

    CaseRecord c = store.caseById(id).value();
    c.title = u"乙案（改）"_s;
    QVERIFY(store.updateCase(c).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.data(model.indexOf(id)).toString(), u"乙案（改）"_s);

    PartyRecord p;
    p.caseId = id;
    p.name = u"罗某"_s;
    QVERIFY(store.addParty(p).ok());
    QCOMPARE(model.data(model.indexOf(id, CaseListModel::Parties)).toString(), u"罗某 v. —"_s);

    QVERIFY(store.trashCase(id).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(id), -1);
}

void TstItemModels::trashListIsTheMirror()
{
    TempLibrary lib;
    CaseStore &store = lib->cases();
    const qint64 id = create(store, u"甲案"_s);
    CaseListModel trash(store, CaseListModel::Scope::Trash);
    QAbstractItemModelTester tester(&trash, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(trash.rowCount(), 0);
    QVERIFY(store.trashCase(id).ok());
    QCOMPARE(trash.rowCount(), 1);
    QVERIFY(store.restoreCase(id).ok());
    QCOMPARE(trash.rowCount(), 0);
    QVERIFY(store.trashCase(id).ok());
    QVERIFY(store.purgeCase(id).ok());
    QCOMPARE(trash.rowCount(), 0);
}

void TstItemModels::filterByTextKindAndStage()
{
    TempLibrary lib;
    CaseStore &store = lib->cases();
    create(store, u"罗某诉某教育科技公司"_s, CaseKind::Private, CaseStage::FirstInstance);
    create(store, u"某检察院诉某数据公司"_s, CaseKind::PublicInterest, CaseStage::PreFiling);
    create(store, u"Clinic teaching file"_s, CaseKind::Clinic, CaseStage::Intake);
    CaseListModel model(store, CaseListModel::Scope::Live);
    CaseFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), 3);

    CaseFilter f;
    f.text = u"教育"_s;
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), 1);
    f.text = u"clinic TEACHING"_s; // every word, any case
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), 1);
    f.text = u"互联网 某检察院"_s; // court + title
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), 1);
    f = {};
    f.kind = CaseKind::PublicInterest;
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"某检察院诉某数据公司"_s);
    f = {};
    f.stage = CaseStage::Intake;
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), 1);
    f.stage = CaseStage::Appeal;
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), 0);
    // A new case that matches appears in the filtered view at once.
    create(store, u"另一上诉案"_s, CaseKind::Private, CaseStage::Appeal);
    QCOMPARE(proxy.rowCount(), 1);
}

void TstItemModels::sortsOnRawData()
{
    TempLibrary lib;
    CaseStore &store = lib->cases();
    create(store, u"A"_s, CaseKind::Private, CaseStage::Closed);
    create(store, u"B"_s, CaseKind::Private, CaseStage::Intake);
    create(store, u"C"_s, CaseKind::Private, CaseStage::FirstInstance);
    CaseListModel model(store, CaseListModel::Scope::Live);
    CaseFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(CaseListModel::Stage, Qt::AscendingOrder);
    // By the stage's place in the life of a case, not alphabetically by its name.
    QCOMPARE(proxy.index(0, CaseListModel::Title).data().toString(), u"B"_s);
    QCOMPARE(proxy.index(1, CaseListModel::Title).data().toString(), u"C"_s);
    QCOMPARE(proxy.index(2, CaseListModel::Title).data().toString(), u"A"_s);
}

void TstItemModels::partyListFollowsTheStore()
{
    TempLibrary lib;
    CaseStore &store = lib->cases();
    const qint64 caseId = create(store, u"甲案"_s);
    const qint64 other = create(store, u"乙案"_s);
    PartyListModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCase(caseId);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    PartyRecord p;
    p.caseId = caseId;
    p.name = u"罗某"_s;
    p.idNumber = u"110105199003071239"_s;
    const qint64 id = store.addParty(p).value();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, PartyListModel::Identifier).data().toString(), u"110105199003071239"_s);
    QCOMPARE(model.index(0, PartyListModel::Name).data(PartyListModel::IdRole).toLongLong(), id);
    p.caseId = other;
    const int resetsBefore = reset.count();
    QVERIFY(store.addParty(p).ok());
    QCOMPARE(reset.count(), resetsBefore); // another case's party does not disturb this list
    QVERIFY(store.trashParty(id).ok());
    QCOMPARE(model.rowCount(), 0);
}

// A list of thousands is not laid out again for one party more, one edited or one removed:
// the views hear of that row only, and keep their selection.
void TstItemModels::listsChangeByRowsNotResets()
{
    TempLibrary lib;
    CaseStore &store = lib->cases();
    const qint64 caseId = create(store, u"甲案"_s);
    PartyListModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCase(caseId);
    PartyRecord p;
    p.caseId = caseId;
    p.name = u"罗某"_s;
    const qint64 first = store.addParty(p).value();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    p.name = u"某科技公司"_s;
    p.role = PartyRole::Defendant;
    p.type = PartyType::Organisation;
    const qint64 second = store.addParty(p).value();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1); // after the plaintiff
    PartyRecord edited = store.partyById(first).value();
    edited.phone = u"13800138000"_s;
    QVERIFY(store.updateParty(edited).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QVERIFY(store.trashParty(second).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 1);
}

void TstItemModels::rowDiffReordersByReset()
{
    struct Row {
        int id = 0;
        QString text;
        bool operator==(const Row &) const = default;
    };
    QStringList heard;
    const RowSignals out { [&](int a, int b) { heard << u"remove %1-%2"_s.arg(a).arg(b); }, [] {},
        [&](int a, int b) { heard << u"insert %1-%2"_s.arg(a).arg(b); }, [] {},
        [&] { heard << u"reset"_s; }, [] {},
        [&](int a, int b) {
            heard << u"changed %1-%2"_s.arg(a).arg(b);
        } };
    const auto id = [](const Row &r) {
        return r.id;
    };
    QList<Row> rows { { 1, u"a"_s }, { 2, u"b"_s }, { 3, u"c"_s }, { 4, u"d"_s } };
    // 2 and 3 go, 5 and 6 come between 1 and 4, 4 changes: one of each, in that order.
    applyRows(rows, QList<Row> { { 1, u"a"_s }, { 5, u"e"_s }, { 6, u"f"_s }, { 4, u"D"_s } }, id,
        std::equal_to<>(), out);
    QCOMPARE(heard, QStringList({ u"remove 1-2"_s, u"insert 1-2"_s, u"changed 3-3"_s }));
    QCOMPARE(rows.at(3).text, u"D"_s);
    // A move among the rows kept is a reset.
    heard.clear();
    applyRows(rows, QList<Row> { { 4, u"D"_s }, { 1, u"a"_s }, { 5, u"e"_s }, { 6, u"f"_s } }, id,
        std::equal_to<>(), out);
    QCOMPARE(heard, QStringList({ u"reset"_s }));
    QCOMPARE(rows.first().id, 4);
}

QTEST_GUILESS_MAIN(TstItemModels)
#include "tst_itemmodels.moc"
