#include "cases/casestore.h"
#include "damages/damagesstore.h"
#include "damages/money.h"
#include "demo/demolibrary.h"
#include "itemmodels/damagesmodel.h"
#include "law/citation.h"
#include "law/statutelibrary.h"
#include "storage/auditlog.h"
#include "testsupport.h"
#include "undo/damagescommands.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

class TstDamagesStore final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { pinClock(); }
    void init();
    void cleanup() { m_lib.reset(); }
    void demoPricesTheAwardedCosts();
    void addsEditsRemovesWithAudit();
    void refusesBadItemsAndSavesNothing_data();
    void refusesBadItemsAndSavesNothing();
    void perRecordKeepsItsAssumptions();
    void jointLiabilityAcrossDefendants();
    void warnsWhenLossAndGainAreBothClaimed();
    void everyEditIsUndoable();
    void copyScenarioAndUndo();
    void defaultBasesAreRealArticles();
    void modelFollowsTheStore();
    void distressWithoutSeriousHarmIsWarnedAbout();

private:
    DamagesRecord item(DamagesHead head, qint64 fen, QList<qint64> defendants = {}) const
    {
        DamagesRecord r;
        r.caseId = m_case;
        r.head = head;
        r.amountFen = fen;
        r.basis = defaultBasis(head);
        r.defendantIds = std::move(defendants);
        return r;
    }
    qint64 auditRows() { return (*m_lib)->audit().list().value().size(); }

    std::unique_ptr<TempLibrary> m_lib;
    qint64 m_case = 0;
    qint64 m_plaintiff = 0;
    qint64 m_defendant = 0;
    qint64 m_second = 0;
};

void TstDamagesStore::init()
{
    m_lib = std::make_unique<TempLibrary>();
    m_case = addDemoCase(*m_lib->library).value();
    const auto parties = (*m_lib)->cases().parties(m_case).value();
    m_plaintiff = parties.at(0).id;
    m_defendant = parties.at(1).id;
    PartyRecord affiliate;
    affiliate.caseId = m_case;
    affiliate.role = PartyRole::Defendant;
    affiliate.type = PartyType::Organisation;
    affiliate.name = u"北京某某网络科技有限公司"_s;
    m_second = (*m_lib)->cases().addParty(affiliate).value();
}

void TstDamagesStore::demoPricesTheAwardedCosts()
{
    DamagesStore &store = (*m_lib)->damages();
    const DamagesTotals expected = store.totals(m_case, scenario::kExpected).value();
    QCOMPARE(expected.totalFen, qint64(290000));
    QCOMPARE(chineseCapitals(expected.totalFen), u"人民币贰仟玖佰元整"_s);
    QCOMPARE(expected.perHead.value(DamagesHead::RightsProtectionCost), qint64(290000));
    const auto ledger = store.items(m_case, scenario::kExpected).value();
    QCOMPARE(ledger.size(), 3);
    for (const DamagesRecord &r : ledger) {
        QVERIFY(r.expenseKind.has_value());
        QVERIFY(!r.receipt.isEmpty());
        QVERIFY(r.paidOn.isValid());
    }
    const DamagesTotals claimed = store.totals(m_case, scenario::kClaimed).value();
    QCOMPARE(claimed.totalFen, qint64(790000));
    QCOMPARE(store.scenarios(m_case).value().mid(0, 3),
        (QStringList { scenario::kClaimed, scenario::kExpected, scenario::kConservative }));
}

void TstDamagesStore::addsEditsRemovesWithAudit()
{
    DamagesStore &store = (*m_lib)->damages();
    QSignalSpy changed(&store, &DamagesStore::damagesChanged);
    const qint64 before = auditRows();
    const auto id = store.addItem(item(DamagesHead::PropertyLoss, 1500, { m_defendant }));
    QVERIFY(id.ok());
    QCOMPARE(changed.count(), 1);
    DamagesRecord r = store.item(id.value()).value();
    QCOMPARE(r.amountFen, qint64(1500));
    QCOMPARE(r.defendantIds, QList<qint64> { m_defendant });
    r.amountFen = 2500;
    r.description = u"短信退订费"_s;
    QVERIFY(store.updateItem(r).ok());
    QCOMPARE(store.item(id.value()).value().description, u"短信退订费"_s);
    QVERIFY(store.trashItem(id.value()).ok());
    QVERIFY(store.item(id.value()).value().isTrashed());
    QCOMPARE(
        store.totals(m_case, scenario::kClaimed).value().perHead.value(DamagesHead::PropertyLoss),
        qint64(0));
    const auto entries = (*m_lib)->audit().list(m_case).value();
    QCOMPARE(auditRows(), before + 3);
    QCOMPARE(entries.last().action, u"damages.remove"_s);
    QCOMPARE(entries.at(entries.size() - 2).detail.value(u"previousAmountFen"_s).toInteger(),
        qint64(1500));
}

void TstDamagesStore::refusesBadItemsAndSavesNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("negative amount") << u"negative"_s << u"between 0"_s;
    QTest::newRow("beyond 10^13 yuan") << u"huge"_s << u"between 0"_s;
    QTest::newRow("plaintiff as defendant") << u"plaintiff"_s << u"not a defendant"_s;
    QTest::newRow("party of no case") << u"stranger"_s << u"not a party"_s;
    QTest::newRow("per-record with zero records") << u"zero-records"_s << u"ecord"_s;
    QTest::newRow("unknown factor") << u"factor"_s << u"Art. 5"_s;
}

void TstDamagesStore::refusesBadItemsAndSavesNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, mentions);
    DamagesRecord r = item(DamagesHead::PropertyLoss, 100, { m_defendant });
    if (what == u"negative"_s)
        r.amountFen = -1;
    if (what == u"huge"_s)
        r.amountFen = maxAmountFen + 1;
    if (what == u"plaintiff"_s)
        r.defendantIds = { m_plaintiff };
    if (what == u"stranger"_s)
        r.defendantIds = { 9999 };
    if (what == u"zero-records"_s) {
        r.head = DamagesHead::PerRecord;
        r.records = 0;
        r.perRecordFen = 50;
    }
    if (what == u"factor"_s) {
        r.head = DamagesHead::MentalDistress;
        r.factors = { u"bad-luck"_s };
    }
    const qint64 before = auditRows();
    const int items = static_cast<int>((*m_lib)->damages().items(m_case).value().size());
    const auto added = (*m_lib)->damages().addItem(r);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().kind, Error::Kind::Input);
    QVERIFY2(added.error().message.contains(mentions), qPrintable(added.error().message));
    QCOMPARE(auditRows(), before);
    QCOMPARE((*m_lib)->damages().items(m_case).value().size(), items);
}

void TstDamagesStore::perRecordKeepsItsAssumptions()
{
    DamagesRecord r = item(DamagesHead::PerRecord, 0);
    r.scenario = u"公益测算"_s;
    r.records = 120000;
    r.perRecordFen = 50;
    r.coefficients = { { u"敏感个人信息"_s, u"10"_s }, { u"未成年人"_s, u"1.5"_s } };
    const auto id = (*m_lib)->damages().addItem(r);
    QVERIFY(id.ok());
    const DamagesRecord stored = (*m_lib)->damages().item(id.value()).value();
    QCOMPARE(stored.amountFen, qint64(120000) * 50 * 10 * 3 / 2); // 900,000 yuan
    QCOMPARE(stored.coefficients, r.coefficients);
    QCOMPARE(stored.records, qint64(120000));
    QVERIFY((*m_lib)->damages().scenarios(m_case).value().contains(u"公益测算"_s));
}

void TstDamagesStore::jointLiabilityAcrossDefendants()
{
    DamagesStore &store = (*m_lib)->damages();
    const QString s = u"joint"_s;
    DamagesRecord a = item(DamagesHead::RightsProtectionCost, 290000, { m_defendant, m_second });
    a.scenario = s;
    DamagesRecord b = item(DamagesHead::MentalDistress, 100000, { m_defendant });
    b.scenario = s;
    QVERIFY(store.addItem(a).ok());
    QVERIFY(store.addItem(b).ok());
    const DamagesTotals t = store.totals(m_case, s).value();
    QCOMPARE(t.totalFen, qint64(390000)); // the joint item counts once
    QCOMPARE(t.perDefendant.value(m_defendant), qint64(390000));
    QCOMPARE(t.perDefendant.value(m_second), qint64(290000));
    QCOMPARE(t.jointFen, qint64(290000));
    qint64 sum = 0;
    for (const DamagesRecord &r : store.items(m_case, s).value())
        sum += r.amountFen;
    QCOMPARE(sum, t.totalFen); // never a fen lost or invented
}

void TstDamagesStore::warnsWhenLossAndGainAreBothClaimed()
{
    DamagesStore &store = (*m_lib)->damages();
    DamagesRecord loss = item(DamagesHead::PropertyLoss, 1000, { m_defendant });
    loss.scenario = u"w"_s;
    DamagesRecord gain = item(DamagesHead::ProcessorGain, 5000, { m_defendant });
    gain.scenario = u"w"_s;
    QVERIFY(store.addItem(loss).ok());
    QVERIFY(store.totals(m_case, u"w"_s).value().warnings.isEmpty());
    QVERIFY(store.addItem(gain).ok());
    const QStringList warnings = store.totals(m_case, u"w"_s).value().warnings;
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(u"第六十九条"_s));
}

void TstDamagesStore::everyEditIsUndoable()
{
    DamagesStore &store = (*m_lib)->damages();
    UndoManager undo;
    undo.setCurrentCase(m_case);
    auto add = std::make_unique<AddDamagesCommand>(
        store, item(DamagesHead::PropertyLoss, 1000, { m_defendant }));
    auto *raw = add.get();
    QVERIFY(undo.pushCase(m_case, std::move(add)).ok());
    const qint64 id = raw->itemId();
    const DamagesRecord before = store.item(id).value();
    DamagesRecord after = before;
    after.amountFen = 2000;
    QVERIFY(undo.pushCase(m_case, std::make_unique<EditDamagesCommand>(store, before, after)).ok());
    QVERIFY(undo.pushCase(m_case, std::make_unique<RemoveDamagesCommand>(store, after)).ok());
    QVERIFY(store.item(id).value().isTrashed());
    QVERIFY(undo.undo().ok());
    QCOMPARE(store.item(id).value().amountFen, qint64(2000));
    QVERIFY(undo.undo().ok());
    QCOMPARE(store.item(id).value().amountFen, qint64(1000));
    QVERIFY(undo.undo().ok());
    QVERIFY(store.item(id).value().isTrashed());
    QVERIFY(undo.redo().ok());
    QVERIFY(!store.item(id).value().isTrashed());
    // A refused item leaves nothing to undo.
    DamagesRecord bad = item(DamagesHead::PropertyLoss, 1000, { m_plaintiff });
    QVERIFY(!undo.pushCase(m_case, std::make_unique<AddDamagesCommand>(store, bad)).ok());
    QVERIFY(undo.undoText().startsWith(u"Add"_s));
}

void TstDamagesStore::copyScenarioAndUndo()
{
    DamagesStore &store = (*m_lib)->damages();
    UndoManager undo;
    undo.setCurrentCase(m_case);
    QVERIFY(undo.pushCase(m_case,
                    std::make_unique<CopyScenarioCommand>(
                        store, m_case, scenario::kClaimed, u"settlement"_s))
                .ok());
    QCOMPARE(store.totals(m_case, u"settlement"_s).value().totalFen, qint64(790000));
    QVERIFY(undo.undo().ok());
    QCOMPARE(store.items(m_case, u"settlement"_s).value().size(), 0);
    QVERIFY(undo.redo().ok());
    QCOMPARE(store.items(m_case, u"settlement"_s).value().size(), 4);
    QVERIFY(!undo.pushCase(m_case,
                     std::make_unique<CopyScenarioCommand>(store, m_case, u"empty"_s, u"x"_s))
                 .ok());
}

void TstDamagesStore::defaultBasesAreRealArticles()
{
    StatuteLibrary statutes;
    QVERIFY(statutes.load());
    for (DamagesHead head : allDamagesHeads()) {
        const QString basis = defaultBasis(head);
        for (const QString &part : basis.split(u'；', Qt::SkipEmptyParts)) {
            // "…第六十九条第二款、第七十条": the second article repeats the instrument.
            const QStringList articles = part.split(u'、');
            const QString title = part.left(part.indexOf(u'》') + 1);
            for (int i = 0; i < articles.size(); ++i) {
                const QString citation = i == 0 ? articles.at(i) : title + articles.at(i);
                const CitationParseResult parsed = parseCitation(citation, statutes);
                QVERIFY2(parsed.isValid(), qPrintable(citation + u": "_s + parsed.errorString));
            }
        }
    }
}

void TstDamagesStore::modelFollowsTheStore()
{
    DamagesStore &store = (*m_lib)->damages();
    DamagesModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setParties((*m_lib)->cases().parties(m_case).value());
    model.setCase(m_case, scenario::kClaimed);
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(model.index(0, DamagesModel::Defendants)
                .data()
                .toString()
                .contains(u"北京某某教育科技有限公司"_s));
    QVERIFY(store.addItem(item(DamagesHead::PropertyLoss, 1000, { m_defendant, m_second })).ok());
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(model.index(4, DamagesModel::Defendants).data().toString().contains(u"jointly"_s));
    QCOMPARE(model.index(4, DamagesModel::Amount).data().toString(), u"10.00"_s);
}

// CC 1183(1) awards mental distress only for serious harm: the item records what shows it,
// and the totals warn while it does not.
void TstDamagesStore::distressWithoutSeriousHarmIsWarnedAbout()
{
    DamagesStore &damages = (*m_lib)->damages();
    DamagesRecord distress;
    for (const DamagesRecord &r : damages.items(m_case, scenario::kClaimed).value())
        if (r.head == DamagesHead::MentalDistress)
            distress = r;
    QVERIFY(distress.id > 0);
    QVERIFY(!distress.seriousHarm.isEmpty()); // the demo records it
    QVERIFY(damages.totals(m_case, scenario::kClaimed).value().warnings.isEmpty());
    distress.seriousHarm = u"  "_s;
    const auto cleared = damages.updateItem(distress);
    QVERIFY(cleared.ok());
    distress.rowVersion = cleared.value(); // the version it wrote: this record is not stale
    QVERIFY(damages.item(distress.id).value().seriousHarm.isEmpty());
    const QStringList warnings = damages.totals(m_case, scenario::kClaimed).value().warnings;
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(u"1183(1)"_s)
            && warnings.first().contains(QString::number(distress.id)),
        qPrintable(warnings.first()));
    // Recorded again, and kept only on a mental-distress item.
    distress.seriousHarm = u"经医院诊断为焦虑状态"_s;
    QVERIFY(damages.updateItem(distress).ok());
    QCOMPARE(damages.item(distress.id).value().seriousHarm, u"经医院诊断为焦虑状态"_s);
    QVERIFY(damages.totals(m_case, scenario::kClaimed).value().warnings.isEmpty());
    DamagesRecord cost;
    cost.caseId = m_case;
    cost.head = DamagesHead::RightsProtectionCost;
    cost.amountFen = 10000;
    cost.seriousHarm = u"不属于此项"_s;
    const qint64 id = damages.addItem(cost).value();
    QVERIFY(damages.item(id).value().seriousHarm.isEmpty());
}

QTEST_GUILESS_MAIN(TstDamagesStore)
#include "tst_damagesstore.moc"
