// The model of a procuratorate's case: the kinds and the 文号 stored, payees and register counts
// on damages items, the split per defendant and per payee, the announcement's period.
#include "cases/casestore.h"
#include "cases/publicintereststore.h"
#include "damages/damagesstore.h"
#include "damages/publicinterestsummary.h"
#include "damages/registerbasis.h"
#include "register/registerstats.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

class TstPublicInterestModel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { pinClock(); }
    void kindsAndNumberAreStored();
    void payeeIsCheckedAndKept();
    void registerCountsPriceThePerRecordItems();
    void summarySplitsPerDefendantAndPayee();
    void announcementPeriodFollowsTheDeadlineRule();
};

void TstPublicInterestModel::kindsAndNumberAreStored()
{
    QCOMPARE(caseKindFromId(u"criminal-incidental-public-interest"_s),
        CaseKind::CriminalIncidentalPublicInterest);
    QVERIFY(isPublicInterest(CaseKind::PublicInterest));
    QVERIFY(isPublicInterest(CaseKind::CriminalIncidentalPublicInterest));
    QVERIFY(!isPublicInterest(CaseKind::Clinic));
    TempLibrary lib;
    CaseRecord c;
    c.title = u"公益诉讼案"_s;
    c.kind = CaseKind::CriminalIncidentalPublicInterest;
    c.procuratorateNumber = u"京海检民公诉〔2026〕1号"_s;
    const qint64 id = lib->cases().createCase(c).value();
    CaseRecord stored = lib->cases().caseById(id).value();
    QCOMPARE(stored.kind, CaseKind::CriminalIncidentalPublicInterest);
    QCOMPARE(stored.procuratorateNumber, c.procuratorateNumber);
    stored.kind = CaseKind::PublicInterest;
    const auto written = lib->cases().updateCase(stored);
    QVERIFY(written.ok());
    stored.rowVersion = written.value(); // the version it wrote: this record is not stale
    QCOMPARE(lib->cases().caseById(id)->kind, CaseKind::PublicInterest);
    stored.kind = CaseKind::Private; // a private case carries no 文号
    QCOMPARE(lib->cases().updateCase(stored).error().kind, Error::Kind::Input);
    QCOMPARE(lib->cases().caseById(id)->kind, CaseKind::PublicInterest);
}

void TstPublicInterestModel::payeeIsCheckedAndKept()
{
    DamagesRecord r;
    r.head = DamagesHead::IllegalGain;
    r.amountFen = 100;
    r.recipient = Recipient::Fund;
    QCOMPARE(validateDamages(r, {}).size(), 1); // a fund needs its name
    r.recipientName = u"  北京市个人信息保护公益基金 "_s;
    QVERIFY(validateDamages(r, {}).isEmpty());
    QCOMPARE(r.recipientName, u"北京市个人信息保护公益基金"_s);
    r.recipient = Recipient::Treasury;
    QVERIFY(validateDamages(r, {}).isEmpty());
    QVERIFY(r.recipientName.isEmpty()); // nothing stray kept for the treasury
    r.registerBasis = u"records"_s; // only a per-record item counts from the register
    QVERIFY(validateDamages(r, {}).isEmpty());
    QVERIFY(r.registerBasis.isEmpty());
    r.head = DamagesHead::PerRecord;
    r.records = 2;
    r.perRecordFen = 100;
    r.registerBasis = u"adults"_s;
    QCOMPARE(validateDamages(r, {}).size(), 1);
    QCOMPARE(recipientFromId(u"organisation"_s), Recipient::Organisation);
    QVERIFY(!recipientFromId(u"plaintiff"_s));
}

void TstPublicInterestModel::registerCountsPriceThePerRecordItems()
{
    RegisterStats stats;
    stats.records = 1000;
    stats.minors = 40;
    stats.under14 = 9;
    stats.byCategory = { { u"行踪轨迹"_s, 250 } };
    QCOMPARE(registerCount(u"records"_s, stats), 1000);
    QCOMPARE(registerCount(u"under14"_s, stats), 9);
    QCOMPARE(registerCount(u"category:行踪轨迹"_s, stats), 250);
    QCOMPARE(registerCount(u"category:财产"_s, stats), 0);
    QVERIFY(!registerCount(u"adults"_s, stats));
    QCOMPARE(registerBasisLabel(u"category:行踪轨迹"_s), u"行踪轨迹信息"_s);
    QList<DamagesRecord> items(2);
    items[0].id = 1;
    items[0].head = DamagesHead::PerRecord;
    items[0].records = 1;
    items[0].perRecordFen = 150; // 1.50 yuan
    items[0].coefficients = { { u"行踪轨迹"_s, u"10"_s } };
    items[0].registerBasis = u"category:行踪轨迹"_s;
    items[1] = items[0];
    items[1].id = 2;
    items[1].registerBasis = u"category:财产"_s;
    QStringList problems;
    QCOMPARE(applyRegisterCounts(items, stats, &problems), QList<qint64> { 1 });
    QCOMPARE(items[0].records, 250);
    QCOMPARE(items[0].amountFen, 250 * 150 * 10);
    QCOMPARE(problems.size(), 1); // the register has no 财产 rows: the item is not priced
    QVERIFY(problems.first().contains(u"财产信息"_s));
}

void TstPublicInterestModel::summarySplitsPerDefendantAndPayee()
{
    QList<DamagesRecord> items(3);
    items[0].head = DamagesHead::IllegalGain;
    items[0].amountFen = 8600000;
    items[0].defendantIds = { 2 };
    items[0].recipient = Recipient::Treasury;
    items[1].head = DamagesHead::IllegalGain;
    items[1].amountFen = 12000000;
    items[1].defendantIds = { 2, 3 };
    items[1].recipient = Recipient::Fund;
    items[1].recipientName = u"公益基金"_s;
    items[2].head = DamagesHead::PerRecord;
    items[2].amountFen = 500;
    items[2].defendantIds = { 3 };
    items[2].recipient = Recipient::Treasury;
    items[2].scenario = scenario::kExpected; // another scenario never adds up
    const PublicInterestSummary s = summarisePublicInterest(
        items, scenario::kClaimed, { 2, 3 }, { { 2, CriminalFine { 2000000, {} } } });
    QCOMPARE(s.totalFen, 20600000);
    QCOMPARE(s.defendants.size(), 2);
    QCOMPARE(s.defendants[0].aloneFen, 8600000);
    QCOMPARE(s.defendants[0].jointFen, 12000000);
    QCOMPARE(s.defendants[0].illegalGainFen, 20600000);
    QCOMPARE(s.defendants[0].fineFen, 2000000);
    QCOMPARE(s.defendants[1].aloneFen, 0);
    QCOMPARE(s.defendants[1].jointFen, 12000000);
    QCOMPARE(s.payees.size(), 2);
    QCOMPARE(s.payees[0].recipient, Recipient::Treasury);
    QCOMPARE(s.payees[0].fen, 8600000);
    QCOMPARE(payeeLabel(s.payees[1]), u"公益基金"_s);
}

void TstPublicInterestModel::announcementPeriodFollowsTheDeadlineRule()
{
    // 30 days from 20 September 2024 is Sunday 20 October: the period ends on Monday the 21st.
    QCOMPARE(publicNoticeDue(QDate(2024, 9, 20)).value().due, QDate(2024, 10, 21));
    PublicNotice n;
    n.publishedOn = QDate(2026, 2, 1);
    n.medium = u" 正义网 "_s;
    n.contact = u"王某"_s;
    n.phone = u"13800138000"_s;
    n.outcome = NoticeOutcome::CameForward;
    QCOMPARE(validatePublicNotice(n, QDate(2026, 3, 10)).size(), 1); // name who came forward
    n.organisations = { u"中国消费者协会"_s };
    QVERIFY(validatePublicNotice(n, QDate(2026, 3, 10)).isEmpty());
    QCOMPARE(n.medium, u"正义网"_s);
    // Before the period ends nobody knows yet.
    QCOMPARE(validatePublicNotice(n, QDate(2026, 2, 20)).size(), 1);
}

QTEST_GUILESS_MAIN(TstPublicInterestModel)
#include "tst_publicinterestmodel.moc"
