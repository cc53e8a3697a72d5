#include "damages/damagescalc.h"
#include "damages/money.h"

#include <QObject>
#include <QSet>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace habeas;

namespace {

DamagesItem item(qint64 id, DamagesHead head, qint64 amountFen, const QString &scenario,
    const QList<qint64> &defendants)
{
    DamagesItem result;
    result.id = id;
    result.head = head;
    result.amountFen = amountFen;
    result.scenario = scenario;
    result.defendantIds = defendants;
    return result;
}

const QString pipl = u"《中华人民共和国个人信息保护法》第六十九条第二款"_s;
const QString civilCode = u"《中华人民共和国民法典》第一千一百八十二条"_s;

} // namespace

class TstDamagesCalc final : public QObject {
    Q_OBJECT

private slots:
    void headIds();
    void totalsJointLiability();
    void totalsScenarioFiltering();
    void totalsSumInvariant();
    void alternativesWarning();
    void alternativesDifferentDefendants();
    void alternativesUnattributed();
    void discretionaryWarning();
    void noWarningsForOrdinaryClaims();
    void negativeAndOverflowWarnings();
    void parseCoefficientValues_data();
    void parseCoefficientValues();
    void parseCoefficientRejects_data();
    void parseCoefficientRejects();
    void perRecord_data();
    void perRecord();
    void perRecordRejects();
};

void TstDamagesCalc::headIds()
{
    const QStringList expected = { u"property-loss"_s, u"processor-gain"_s,
        u"rights-protection-cost"_s, u"mental-distress"_s, u"discretionary"_s, u"illegal-gain"_s,
        u"per-record"_s };
    const QList<DamagesHead> heads = allDamagesHeads();
    QCOMPARE(heads.size(), expected.size());
    QSet<QString> names;
    for (qsizetype i = 0; i < heads.size(); ++i) {
        QCOMPARE(headId(heads.at(i)), expected.at(i));
        QCOMPARE(headFromId(expected.at(i)), std::optional<DamagesHead>(heads.at(i)));
        QVERIFY(!headDisplayName(heads.at(i)).isEmpty());
        names.insert(headDisplayName(heads.at(i)));
    }
    QCOMPARE(names.size(), heads.size());
    QCOMPARE(headDisplayName(DamagesHead::PropertyLoss), u"Property loss"_s);
    QVERIFY(!headFromId(u"Property-Loss"_s).has_value());
    QVERIFY(!headFromId(QString()).has_value());
    QVERIFY(!headFromId(u"loss"_s).has_value());
}

void TstDamagesCalc::totalsJointLiability()
{
    const QList<DamagesItem> items = {
        item(1, DamagesHead::PropertyLoss, 1'000'000, u"A"_s, { 1 }),
        item(2, DamagesHead::MentalDistress, 500'000, u"A"_s, { 1, 2 }),
        item(3, DamagesHead::RightsProtectionCost, 123'456, u"A"_s, {}),
        item(4, DamagesHead::PerRecord, 77'777, u"A"_s, { 2, 3, 2 }), // 2 listed twice
        item(5, DamagesHead::ProcessorGain, 9'999'999, u"B"_s, { 1 }),
    };
    const DamagesTotals totals = computeTotals(items, u"A"_s);

    QCOMPARE(totals.totalFen, 1'701'233); // 1,000,000 + 500,000 + 123,456 + 77,777
    QCOMPARE(totals.perHead.size(), 4);
    QCOMPARE(totals.perHead.value(DamagesHead::PropertyLoss), 1'000'000);
    QCOMPARE(totals.perHead.value(DamagesHead::MentalDistress), 500'000);
    QCOMPARE(totals.perHead.value(DamagesHead::RightsProtectionCost), 123'456);
    QCOMPARE(totals.perHead.value(DamagesHead::PerRecord), 77'777);
    QVERIFY(!totals.perHead.contains(DamagesHead::ProcessorGain));

    // Joint items count in full for every listed defendant.
    QCOMPARE(totals.perDefendant.size(), 3);
    QCOMPARE(totals.perDefendant.value(1), 1'500'000);
    QCOMPARE(totals.perDefendant.value(2), 577'777);
    QCOMPARE(totals.perDefendant.value(3), 77'777);
    QCOMPARE(totals.jointFen, 577'777);
    QCOMPARE(totals.unattributedFen, 123'456);
    QVERIFY2(totals.warnings.isEmpty(), qPrintable(totals.warnings.join(u'\n')));
}

void TstDamagesCalc::totalsScenarioFiltering()
{
    const QList<DamagesItem> items = {
        item(1, DamagesHead::PropertyLoss, 100, u"A"_s, { 1 }),
        item(2, DamagesHead::ProcessorGain, 20'000, u"B"_s, { 1 }),
        item(3, DamagesHead::MentalDistress, 3'000, u"B"_s, { 2 }),
        item(4, DamagesHead::IllegalGain, 7, QString(), {}),
        item(5, DamagesHead::PropertyLoss, 11, u"a"_s, { 1 }), // scenarios are case-sensitive
    };

    const DamagesTotals b = computeTotals(items, u"B"_s);
    QCOMPARE(b.totalFen, 23'000);
    QCOMPARE(b.perDefendant.value(1), 20'000);
    QCOMPARE(b.perDefendant.value(2), 3'000);
    QVERIFY(b.warnings.isEmpty()); // property loss lives in another scenario

    const DamagesTotals unnamed = computeTotals(items, QString());
    QCOMPARE(unnamed.totalFen, 7);
    QCOMPARE(unnamed.unattributedFen, 7);
    QVERIFY(unnamed.perDefendant.isEmpty());

    const DamagesTotals none = computeTotals(items, u"C"_s);
    QCOMPARE(none.totalFen, 0);
    QVERIFY(none.perHead.isEmpty());
    QVERIFY(none.perDefendant.isEmpty());
    QCOMPARE(none.jointFen, 0);
    QVERIFY(none.warnings.isEmpty());

    QCOMPARE(computeTotals({}, u"A"_s).totalFen, 0);
}

void TstDamagesCalc::totalsSumInvariant()
{
    // Deterministic pseudo-random items: the total must equal the item sum exactly,
    // and per-head totals must partition it.
    QList<DamagesItem> items;
    const QList<DamagesHead> heads = allDamagesHeads();
    quint64 state = 12345;
    qint64 expected = 0;
    for (qint64 id = 1; id <= 500; ++id) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        const qint64 amount = static_cast<qint64>((state >> 20) % 100'000'000'000ULL);
        QList<qint64> defendants;
        for (qint64 d = 1; d <= 4; ++d) {
            if ((state >> (d * 7)) & 1U)
                defendants.append(d);
        }
        const QString scenario = id % 5 == 0 ? u"other"_s : u"main"_s;
        if (scenario == u"main")
            expected += amount;
        items.append(item(id, heads.at(id % heads.size()), amount, scenario, defendants));
    }

    const DamagesTotals totals = computeTotals(items, u"main"_s);
    QCOMPARE(totals.totalFen, expected);
    qint64 headSum = 0;
    for (qint64 value : totals.perHead)
        headSum += value;
    QCOMPARE(headSum, expected);
    for (qint64 exposure : totals.perDefendant)
        QVERIFY(exposure <= totals.totalFen);
    QVERIFY(totals.unattributedFen + totals.jointFen <= totals.totalFen);
}

void TstDamagesCalc::alternativesWarning()
{
    const DamagesTotals totals = computeTotals(
        {
            item(1, DamagesHead::PropertyLoss, 100, u"A"_s, { 1, 2 }),
            item(2, DamagesHead::ProcessorGain, 200, u"A"_s, { 2 }),
        },
        u"A"_s);
    // Only defendant 2 faces both measures.
    QCOMPARE(totals.warnings.size(), 1);
    const QString &warning = totals.warnings.constFirst();
    QVERIFY2(warning.contains(u"Defendant 2:"_s), qPrintable(warning));
    QVERIFY(warning.contains(pipl));
    QVERIFY(warning.contains(civilCode));
    QCOMPARE(totals.totalFen, 300);
    QCOMPARE(totals.perDefendant.value(2), 300);
}

void TstDamagesCalc::alternativesDifferentDefendants()
{
    const DamagesTotals totals = computeTotals(
        {
            item(1, DamagesHead::PropertyLoss, 100, u"A"_s, { 1 }),
            item(2, DamagesHead::ProcessorGain, 200, u"A"_s, { 2 }),
        },
        u"A"_s);
    QVERIFY2(totals.warnings.isEmpty(), qPrintable(totals.warnings.join(u'\n')));
}

void TstDamagesCalc::alternativesUnattributed()
{
    const DamagesTotals totals = computeTotals(
        {
            item(1, DamagesHead::PropertyLoss, 100, u"A"_s, {}),
            item(2, DamagesHead::ProcessorGain, 200, u"A"_s, {}),
            item(3, DamagesHead::PropertyLoss, 100, u"A"_s, { 7 }),
            item(4, DamagesHead::ProcessorGain, 100, u"A"_s, { 7 }),
        },
        u"A"_s);
    QCOMPARE(totals.warnings.size(), 2);
    QVERIFY(totals.warnings.at(0).contains(u"Defendant 7:"_s));
    QVERIFY(totals.warnings.at(1).startsWith(u"Unattributed"_s));
    QVERIFY(totals.warnings.at(1).contains(pipl));
}

void TstDamagesCalc::discretionaryWarning()
{
    // Coexistence anywhere in the scenario is enough, whatever the defendants.
    const DamagesTotals withLoss = computeTotals(
        {
            item(1, DamagesHead::Discretionary, 100, u"A"_s, { 1 }),
            item(2, DamagesHead::PropertyLoss, 100, u"A"_s, { 2 }),
        },
        u"A"_s);
    QCOMPARE(withLoss.warnings.size(), 1);
    QVERIFY(withLoss.warnings.constFirst().startsWith(u"Discretionary"_s));
    QVERIFY(withLoss.warnings.constFirst().contains(pipl));
    QVERIFY(withLoss.warnings.constFirst().contains(civilCode));

    const DamagesTotals withGain = computeTotals(
        {
            item(1, DamagesHead::Discretionary, 100, u"A"_s, {}),
            item(2, DamagesHead::ProcessorGain, 100, u"A"_s, {}),
        },
        u"A"_s);
    QCOMPARE(withGain.warnings.size(), 1);

    // Both problems at once for one defendant: two distinct warnings.
    const DamagesTotals both = computeTotals(
        {
            item(1, DamagesHead::Discretionary, 100, u"A"_s, { 1 }),
            item(2, DamagesHead::ProcessorGain, 100, u"A"_s, { 1 }),
            item(3, DamagesHead::PropertyLoss, 100, u"A"_s, { 1 }),
        },
        u"A"_s);
    QCOMPARE(both.warnings.size(), 2);

    const DamagesTotals otherScenario = computeTotals(
        {
            item(1, DamagesHead::Discretionary, 100, u"A"_s, { 1 }),
            item(2, DamagesHead::PropertyLoss, 100, u"B"_s, { 1 }),
        },
        u"A"_s);
    QVERIFY(otherScenario.warnings.isEmpty());
}

void TstDamagesCalc::noWarningsForOrdinaryClaims()
{
    const DamagesTotals totals = computeTotals(
        {
            item(1, DamagesHead::Discretionary, 100, u"A"_s, { 1 }),
            item(2, DamagesHead::MentalDistress, 100, u"A"_s, { 1 }),
            item(3, DamagesHead::RightsProtectionCost, 100, u"A"_s, { 1 }),
            item(4, DamagesHead::IllegalGain, 100, u"A"_s, { 1 }),
            item(5, DamagesHead::PerRecord, 100, u"A"_s, { 1 }),
        },
        u"A"_s);
    QVERIFY2(totals.warnings.isEmpty(), qPrintable(totals.warnings.join(u'\n')));
    QCOMPARE(totals.totalFen, 500);
}

void TstDamagesCalc::negativeAndOverflowWarnings()
{
    const DamagesTotals negative =
        computeTotals({ item(42, DamagesHead::PropertyLoss, -100, u"A"_s, { 1 }) }, u"A"_s);
    QCOMPARE(negative.totalFen, -100);
    QCOMPARE(negative.warnings.size(), 1);
    QVERIFY(negative.warnings.constFirst().contains(u"42"_s));

    const DamagesTotals aboveMaximum = computeTotals(
        {
            item(1, DamagesHead::PropertyLoss, maxAmountFen, u"A"_s, { 1 }),
            item(2, DamagesHead::MentalDistress, 1, u"A"_s, { 1 }),
        },
        u"A"_s);
    QCOMPARE(aboveMaximum.totalFen, maxAmountFen + 1);
    QCOMPARE(aboveMaximum.warnings.size(), 1);
    QVERIFY(aboveMaximum.warnings.constFirst().contains(u"maximum"_s));

    constexpr qint64 big = std::numeric_limits<qint64>::max();
    const DamagesTotals overflow = computeTotals(
        {
            item(1, DamagesHead::PropertyLoss, big, u"A"_s, { 1 }),
            item(2, DamagesHead::PropertyLoss, big, u"A"_s, { 1 }),
        },
        u"A"_s);
    QCOMPARE(overflow.totalFen, big); // saturated, not wrapped
    QCOMPARE(overflow.warnings.size(), 1);
}

void TstDamagesCalc::parseCoefficientValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<int>("decimals");

    QTest::newRow("integer") << u"10"_s << qint64(10) << 0;
    QTest::newRow("one decimal") << u"1.5"_s << qint64(15) << 1;
    QTest::newRow("four decimals") << u"0.0001"_s << qint64(1) << 4;
    QTest::newRow("trailing zeros kept") << u"2.50"_s << qint64(250) << 2;
    QTest::newRow("spaces") << u" 3 "_s << qint64(3) << 0;
    QTest::newRow("full-width") << u"１．５"_s << qint64(15) << 1;
}

void TstDamagesCalc::parseCoefficientValues()
{
    QFETCH(QString, text);
    QFETCH(qint64, numerator);
    QFETCH(int, decimals);
    const CoefficientParseResult result = parseCoefficient(text);
    QVERIFY2(result.isValid(), qPrintable(result.error));
    QCOMPARE(result.coefficient->numerator, numerator);
    QCOMPARE(result.coefficient->decimals, decimals);
}

void TstDamagesCalc::parseCoefficientRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("empty") << QString() << u"Enter"_s;
    QTest::newRow("zero") << u"0"_s << u"greater than zero"_s;
    QTest::newRow("zero decimals") << u"0.0000"_s << u"greater than zero"_s;
    QTest::newRow("negative") << u"-1.5"_s << u"greater than zero"_s;
    QTest::newRow("five decimals") << u"1.23456"_s << u"four decimal"_s;
    QTest::newRow("letters") << u"abc"_s << u"decimal number"_s;
    QTest::newRow("exponent") << u"1e3"_s << u"decimal number"_s;
    QTest::newRow("trailing point") << u"2."_s << u"decimal number"_s;
    QTest::newRow("leading point") << u".5"_s << u"decimal number"_s;
    QTest::newRow("comma") << u"1,5"_s << u"decimal number"_s;
    QTest::newRow("too large") << u"99999999999999999999"_s << u"too large"_s;
}

void TstDamagesCalc::parseCoefficientRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, errorPart);
    const CoefficientParseResult result = parseCoefficient(text);
    QVERIFY(!result.isValid());
    QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
}

void TstDamagesCalc::perRecord_data()
{
    QTest::addColumn<qint64>("records");
    QTest::addColumn<qint64>("perRecordFen");
    QTest::addColumn<QStringList>("coefficients");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("no coefficients")
        << qint64(1000) << qint64(50) << QStringList() << qint64(50'000);
    QTest::newRow("1498.5 rounds up")
        << qint64(3) << qint64(333) << QStringList { u"1.5"_s } << qint64(1'499);
    QTest::newRow("rounded once, not per factor")
        << qint64(3) << qint64(333) << QStringList { u"1.5"_s, u"10"_s } << qint64(14'985);
    QTest::newRow("exactly half") << qint64(1) << qint64(5) << QStringList { u"0.1"_s }
                                  << qint64(1);
    QTest::newRow("just below half")
        << qint64(1) << qint64(1) << QStringList { u"0.4999"_s } << qint64(0);
    QTest::newRow("4.9999 -> 5") << qint64(1) << qint64(49'999) << QStringList { u"0.0001"_s }
                                 << qint64(5);
    // Exact 1.96 -> 2; rounding after each factor would give round(1.4) x 1.4 -> 1.
    QTest::newRow("no intermediate rounding")
        << qint64(1) << qint64(1) << QStringList { u"1.4"_s, u"1.4"_s } << qint64(2);
    // 999,999,999 x 999,999 x 10^-12 = 999.998999000001 -> 1,000.
    QTest::newRow("twelve decimals")
        << qint64(999'999'999) << qint64(999'999)
        << QStringList { u"0.0001"_s, u"0.0001"_s, u"0.0001"_s } << qint64(1'000);
    // Numerator ~1.2e21 exceeds 64 bits; exact value 123,565,670,791.3368 fen.
    QTest::newRow("beyond 64-bit intermediate")
        << qint64(1'000'000) << qint64(12'345)
        << QStringList { u"1.2345"_s, u"2.3456"_s, u"3.4567"_s } << qint64(123'565'670'791);
    QTest::newRow("exactly the maximum")
        << qint64(1'000'000'000) << qint64(1'000'000) << QStringList() << maxAmountFen;
}

void TstDamagesCalc::perRecord()
{
    QFETCH(qint64, records);
    QFETCH(qint64, perRecordFen);
    QFETCH(QStringList, coefficients);
    QFETCH(qint64, expected);
    const PerRecordResult result = computePerRecord(records, perRecordFen, coefficients);
    QVERIFY2(result.isValid(), qPrintable(result.error));
    QCOMPARE(*result.fen, expected);
}

void TstDamagesCalc::perRecordRejects()
{
    const auto rejects = [](qint64 records, qint64 perRecordFen, const QStringList &coefficients,
                             const QString &errorPart) {
        const PerRecordResult result = computePerRecord(records, perRecordFen, coefficients);
        return !result.isValid() && result.error.contains(errorPart);
    };
    QVERIFY(rejects(0, 100, {}, u"at least one"_s));
    QVERIFY(rejects(-5, 100, {}, u"at least one"_s));
    QVERIFY(rejects(10, 0, {}, u"per record"_s));
    QVERIFY(rejects(10, -1, {}, u"per record"_s));
    QVERIFY(rejects(10, 100, { u"1.5"_s, u"0"_s }, u"Coefficient 2"_s));
    QVERIFY(rejects(10, 100, { u"abc"_s }, u"Coefficient 1 (\"abc\")"_s));
    QVERIFY(rejects(10, 100, { u"-2"_s }, u"greater than zero"_s));
    QVERIFY(rejects(10, 100, { u"1.00001"_s }, u"four decimal"_s));
    QVERIFY(rejects(1'000'000'000, 1'000'000, { u"1.0001"_s }, u"maximum"_s));
    QVERIFY(rejects(1'000'000'000, 1'000'001, {}, u"maximum"_s));
    constexpr qint64 big = std::numeric_limits<qint64>::max();
    QVERIFY(rejects(big, big, { u"1000"_s, u"1000"_s }, u"maximum"_s));

    // The structured overload validates hand-built coefficients too.
    QVERIFY(!computePerRecord(1, 1, QList<Coefficient> { { 0, 0 } }).isValid());
    QVERIFY(!computePerRecord(1, 1, QList<Coefficient> { { 1, 5 } }).isValid());
    QCOMPARE(
        computePerRecord(2, 150, QList<Coefficient> { { 25, 1 } }).fen, std::optional<qint64>(750));
}

QTEST_GUILESS_MAIN(TstDamagesCalc)
#include "tst_damagescalc.moc"
