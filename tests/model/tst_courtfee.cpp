#include "damages/courtfee.h"
#include "damages/money.h"

#include <QLocale>
#include <QObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace habeas;

Q_DECLARE_METATYPE(habeas::FeeKind)

namespace {

constexpr qint64 yuan(qint64 amount)
{
    return amount * fenPerYuan;
}

} // namespace

class TstCourtFee final : public QObject {
    Q_OBJECT

private slots:
    void fee_data();
    void fee();
    void propertyBandsShowWorking();
    void personalityBandsShowWorking();
    void clampsOutOfRangeClaims();
    void explanation();
    void mediationOrWithdrawalHalves();
};

void TstCourtFee::fee_data()
{
    QTest::addColumn<qint64>("claimFen");
    QTest::addColumn<FeeKind>("kind");
    QTest::addColumn<bool>("simplified");
    QTest::addColumn<qint64>("minFen");
    QTest::addColumn<qint64>("maxFen");

    const auto property = [](const char *name, qint64 claim, qint64 fee) {
        QTest::newRow(name) << claim << FeeKind::Property << false << fee << fee;
    };
    // Art. 13(1) edges; each "+1 yuan" row adds 100 fen at the next marginal rate.
    property("p 0", 0, yuan(50));
    property("p 5,000", yuan(5'000), yuan(50));
    property("p 10,000", yuan(10'000), yuan(50));
    property("p 10,000.01 (0.025 fen rounds down)", yuan(10'000) + 1, yuan(50));
    property("p 10,000.19 (0.475 fen rounds down)", yuan(10'000) + 19, yuan(50));
    property("p 10,000.20 (0.5 fen rounds up)", yuan(10'000) + 20, yuan(50) + 1);
    property("p 10,000.40 (exactly 1 fen)", yuan(10'000) + 40, yuan(50) + 1);
    property("p 99,999 (2,249.975 yuan)", yuan(99'999), 229998);
    property("p 100,000", yuan(100'000), yuan(2'300));
    property("p 100,000.01", yuan(100'000) + 1, yuan(2'300));
    property("p 100,001", yuan(100'001), yuan(2'300) + 2);
    property("p 150,000", yuan(150'000), yuan(3'300));
    property("p 200,000", yuan(200'000), yuan(4'300));
    property("p 200,001 (1.5 fen)", yuan(200'001), yuan(4'300) + 2);
    property("p 500,000", yuan(500'000), yuan(8'800));
    property("p 500,001", yuan(500'001), yuan(8'800) + 1);
    property("p 1,000,000", yuan(1'000'000), yuan(13'800));
    property("p 1,000,001 (0.9 fen)", yuan(1'000'001), yuan(13'800) + 1);
    property("p 2,000,000", yuan(2'000'000), yuan(22'800));
    property("p 2,000,001 (0.8 fen)", yuan(2'000'001), yuan(22'800) + 1);
    property("p 5,000,000", yuan(5'000'000), yuan(46'800));
    property("p 5,000,001 (0.7 fen)", yuan(5'000'001), yuan(46'800) + 1);
    property("p 10,000,000", yuan(10'000'000), yuan(81'800));
    property("p 10,000,001 (0.6 fen)", yuan(10'000'001), yuan(81'800) + 1);
    property("p 20,000,000", yuan(20'000'000), yuan(141'800));
    property("p 20,000,001 (0.5 fen rounds up)", yuan(20'000'001), yuan(141'800) + 1);
    property("p 30,000,000", yuan(30'000'000), yuan(191'800));
    // 141,800 + (10^13 - 2 * 10^7) * 0.5 % = 50,000,041,800 yuan.
    property("p maximum", maxAmountFen, yuan(50'000'041'800));

    const auto personality = [](const char *name, qint64 claim, qint64 minFee, qint64 maxFee) {
        QTest::newRow(name) << claim << FeeKind::Personality << false << minFee << maxFee;
    };
    // Art. 13(2)(2): 100–500 per case, plus 1 % over 50,000 and 0.5 % over 100,000.
    personality("r no damages", 0, yuan(100), yuan(500));
    personality("r 30,000", yuan(30'000), yuan(100), yuan(500));
    personality("r 50,000", yuan(50'000), yuan(100), yuan(500));
    personality("r 50,000.01 (0.01 fen)", yuan(50'000) + 1, yuan(100), yuan(500));
    personality("r 50,000.50 (0.5 fen)", yuan(50'000) + 50, yuan(100) + 1, yuan(500) + 1);
    personality("r 50,001", yuan(50'001), yuan(100) + 1, yuan(500) + 1);
    personality("r 75,000", yuan(75'000), yuan(350), yuan(750));
    personality("r 100,000", yuan(100'000), yuan(600), yuan(1'000));
    personality("r 100,001 (0.5 fen)", yuan(100'001), yuan(600) + 1, yuan(1'000) + 1);
    personality("r 200,000", yuan(200'000), yuan(1'100), yuan(1'500));
    personality("r 1,000,000", yuan(1'000'000), yuan(5'100), yuan(5'500));

    const auto halved = [](const char *name, qint64 claim, FeeKind kind, qint64 minFee,
                            qint64 maxFee) {
        QTest::newRow(name) << claim << kind << true << minFee << maxFee;
    };
    // Art. 16 halving, rounded half up to the fen.
    halved("sp 10,000", yuan(10'000), FeeKind::Property, yuan(25), yuan(25));
    halved("sp 10,000.20 (50.01 -> 25.005)", yuan(10'000) + 20, FeeKind::Property, 2501, 2501);
    halved("sp 10,000.80 (50.02 -> 25.01)", yuan(10'000) + 80, FeeKind::Property, 2501, 2501);
    halved("sp 100,000", yuan(100'000), FeeKind::Property, yuan(1'150), yuan(1'150));
    halved("sp 20,000,000", yuan(20'000'000), FeeKind::Property, yuan(70'900), yuan(70'900));
    halved("sp 20,000,001", yuan(20'000'001), FeeKind::Property, 7090001, 7090001);
    halved("sr no damages", 0, FeeKind::Personality, yuan(50), yuan(250));
    halved("sr 50,000.50", yuan(50'000) + 50, FeeKind::Personality, 5001, 25001);
    halved("sr 100,000", yuan(100'000), FeeKind::Personality, yuan(300), yuan(500));
    halved("sr 200,000", yuan(200'000), FeeKind::Personality, yuan(550), yuan(750));
}

void TstCourtFee::fee()
{
    QFETCH(qint64, claimFen);
    QFETCH(FeeKind, kind);
    QFETCH(bool, simplified);
    QFETCH(qint64, minFen);
    QFETCH(qint64, maxFen);

    const CourtFee fee = computeCourtFee(claimFen, kind, simplified);
    QCOMPARE(fee.minFen, minFen);
    QCOMPARE(fee.maxFen, maxFen);
    QCOMPARE(fee.kind, kind);
    QCOMPARE(fee.claimFen, claimFen);
    QCOMPARE(fee.simplified, simplified);

    // The working must add up to the unhalved fee, and the halving must match it.
    qint64 bandMin = 0;
    qint64 bandMax = 0;
    qint64 portions = 0;
    for (const FeeBand &band : fee.bands) {
        bandMin += band.minFen;
        bandMax += band.maxFen;
        portions += band.portionFen;
        QVERIFY(band.portionFen >= 0);
        if (band.upperFen)
            QVERIFY(band.portionFen <= *band.upperFen - band.lowerFen);
    }
    QCOMPARE(bandMin, fee.fullMinFen);
    QCOMPARE(bandMax, fee.fullMaxFen);
    QCOMPARE(portions, claimFen);
    if (simplified) {
        QCOMPARE(fee.minFen, (fee.fullMinFen + 1) / 2);
        QCOMPARE(fee.maxFen, (fee.fullMaxFen + 1) / 2);
    } else {
        QCOMPARE(fee.minFen, fee.fullMinFen);
        QCOMPARE(fee.maxFen, fee.fullMaxFen);
    }
}

void TstCourtFee::propertyBandsShowWorking()
{
    const CourtFee fee = computeCourtFee(yuan(150'000), FeeKind::Property, false);
    QCOMPARE(fee.bands.size(), 3);

    const FeeBand &fixed = fee.bands.at(0);
    QVERIFY(fixed.isFixed);
    QCOMPARE(fixed.lowerFen, 0);
    QCOMPARE(fixed.upperFen, std::optional<qint64>(yuan(10'000)));
    QCOMPARE(fixed.portionFen, yuan(10'000));
    QCOMPARE(fixed.minFen, yuan(50));

    const FeeBand &second = fee.bands.at(1);
    QVERIFY(!second.isFixed);
    QCOMPARE(second.lowerFen, yuan(10'000));
    QCOMPARE(second.upperFen, std::optional<qint64>(yuan(100'000)));
    QCOMPARE(second.portionFen, yuan(90'000));
    QCOMPARE(second.rateBasisPoints, 250);
    QCOMPARE(second.minFen, yuan(2'250));

    const FeeBand &third = fee.bands.at(2);
    QCOMPARE(third.lowerFen, yuan(100'000));
    QCOMPARE(third.portionFen, yuan(50'000));
    QCOMPARE(third.rateBasisPoints, 200);
    QCOMPARE(third.minFen, yuan(1'000));

    // Above 20 million the top band is open-ended.
    const CourtFee top = computeCourtFee(yuan(30'000'000), FeeKind::Property, false);
    QCOMPARE(top.bands.size(), 10);
    QVERIFY(!top.bands.constLast().upperFen.has_value());
    QCOMPARE(top.bands.constLast().rateBasisPoints, 50);
    QCOMPARE(top.bands.constLast().portionFen, yuan(10'000'000));

    // Small claims show only the fixed band.
    QCOMPARE(computeCourtFee(yuan(10'000), FeeKind::Property, false).bands.size(), 1);
}

void TstCourtFee::personalityBandsShowWorking()
{
    const CourtFee none = computeCourtFee(0, FeeKind::Personality, false);
    QCOMPARE(none.bands.size(), 1);
    QVERIFY(none.bands.at(0).isFixed);
    QCOMPARE(none.bands.at(0).minFen, yuan(100));
    QCOMPARE(none.bands.at(0).maxFen, yuan(500));

    const CourtFee fee = computeCourtFee(yuan(200'000), FeeKind::Personality, false);
    QCOMPARE(fee.bands.size(), 4);
    QCOMPARE(fee.bands.at(1).rateBasisPoints, 0);
    QCOMPARE(fee.bands.at(1).portionFen, yuan(50'000));
    QCOMPARE(fee.bands.at(1).minFen, 0);
    QCOMPARE(fee.bands.at(2).rateBasisPoints, 100);
    QCOMPARE(fee.bands.at(2).portionFen, yuan(50'000));
    QCOMPARE(fee.bands.at(2).minFen, yuan(500));
    QCOMPARE(fee.bands.at(3).rateBasisPoints, 50);
    QCOMPARE(fee.bands.at(3).portionFen, yuan(100'000));
    QCOMPARE(fee.bands.at(3).minFen, yuan(500));
    QVERIFY(!fee.bands.at(3).upperFen.has_value());
}

void TstCourtFee::clampsOutOfRangeClaims()
{
    const CourtFee negative = computeCourtFee(-1, FeeKind::Property, false);
    QCOMPARE(negative.claimFen, 0);
    QCOMPARE(negative.minFen, yuan(50));

    const CourtFee huge =
        computeCourtFee(std::numeric_limits<qint64>::max(), FeeKind::Property, false);
    QCOMPARE(huge.claimFen, maxAmountFen);
    QCOMPARE(huge.minFen, yuan(50'000'041'800));
}

void TstCourtFee::explanation()
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);

    const QStringList property =
        explainCourtFee(computeCourtFee(yuan(150'000), FeeKind::Property, true), us);
    QCOMPARE(property.size(), 6);
    QVERIFY2(property.at(0).contains(u"150,000.00"_s), qPrintable(property.at(0)));
    QCOMPARE(property.at(1), u"Up to 10,000.00 yuan: fixed fee 50.00 yuan."_s);
    QCOMPARE(
        property.at(2), u"10,000.00 – 100,000.00 yuan: 90,000.00 yuan at 2.5% = 2,250.00 yuan."_s);
    QCOMPARE(
        property.at(3), u"100,000.00 – 200,000.00 yuan: 50,000.00 yuan at 2% = 1,000.00 yuan."_s);
    QCOMPARE(property.at(4), u"Fee: 3,300.00 yuan."_s);
    QVERIFY2(property.at(5).contains(u"第十六条"_s) && property.at(5).contains(u"1,650.00"_s),
        qPrintable(property.at(5)));

    const QStringList top =
        explainCourtFee(computeCourtFee(yuan(1'500'000), FeeKind::Property, false), us);
    QVERIFY(top.contains(
        u"1,000,000.00 – 2,000,000.00 yuan: 500,000.00 yuan at 0.9% = 4,500.00 yuan."_s));

    const QStringList personality =
        explainCourtFee(computeCourtFee(yuan(200'000), FeeKind::Personality, false), us);
    QCOMPARE(personality.size(), 6);
    QCOMPARE(personality.at(1), u"Per case: 100.00 – 500.00 yuan."_s);
    QCOMPARE(personality.at(2), u"Damages up to 50,000.00 yuan: no additional fee."_s);
    QCOMPARE(personality.at(4), u"Above 100,000.00 yuan: 100,000.00 yuan at 0.5% = 500.00 yuan."_s);
    QCOMPARE(personality.at(5), u"Fee: 1,100.00 – 1,500.00 yuan."_s);
}

// 《诉讼费用交纳办法》第十五条: mediation or withdrawal halves the fee; with the simplified
// procedure (第十六条) it is halved once.
void TstCourtFee::mediationOrWithdrawalHalves()
{
    // Property case of 100,000 yuan: 50 + 90,000 × 2.5% = 2,300 yuan.
    const CourtFee full = computeCourtFee(10000000, FeeKind::Property, false);
    QCOMPARE(full.minFen, 230000);
    const CourtFee mediated =
        computeCourtFee(10000000, FeeKind::Property, false, CaseEnding::Mediation);
    QCOMPARE(mediated.minFen, 115000);
    QCOMPARE(mediated.fullMinFen, 230000);
    QCOMPARE(
        computeCourtFee(10000000, FeeKind::Property, false, CaseEnding::Withdrawal).maxFen, 115000);
    QCOMPARE(
        computeCourtFee(10000000, FeeKind::Property, true, CaseEnding::Mediation).minFen, 115000);
    // Personality case: 100–500 yuan, halved to 50–250.
    const CourtFee personality =
        computeCourtFee(0, FeeKind::Personality, false, CaseEnding::Withdrawal);
    QCOMPARE(personality.minFen, 5000);
    QCOMPARE(personality.maxFen, 25000);
    const QStringList lines = explainCourtFee(mediated, QLocale::c());
    QVERIFY2(lines.last().contains(u"第十五条"_s) && lines.last().contains(u"1150"_s),
        qPrintable(lines.join(u'\n')));
    QVERIFY(explainCourtFee(
        computeCourtFee(10000000, FeeKind::Property, true, CaseEnding::Withdrawal), QLocale::c())
                .last()
                .contains(u"halved once"_s));
    QCOMPARE(caseEndingFromId(u"mediation"_s), std::optional(CaseEnding::Mediation));
    QVERIFY(!caseEndingFromId(u"settled"_s));
}

QTEST_GUILESS_MAIN(TstCourtFee)
#include "tst_courtfee.moc"
