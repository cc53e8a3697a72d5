#include "damages/money.h"

#include <QLocale>
#include <QObject>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace habeas;

class TstMoney final : public QObject {
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void formatYuanLocale_data();
    void formatYuanLocale();
    void formatYuanPlainValues_data();
    void formatYuanPlainValues();
    void capitals_data();
    void capitals();
    void capitalsRejectsOutOfRange();
};

void TstMoney::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("fen");

    QTest::newRow("integer") << u"2900"_s << qint64(290000);
    QTest::newRow("one decimal") << u"2900.5"_s << qint64(290050);
    QTest::newRow("commas and two decimals") << u"1,038.50"_s << qint64(103850);
    QTest::newRow("fen only") << u"0.05"_s << qint64(5);
    QTest::newRow("spaces") << u"  12.34 "_s << qint64(1234);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("leading zeros") << u"007"_s << qint64(700);
    QTest::newRow("full-width digits") << u"２９００"_s << qint64(290000);
    QTest::newRow("full-width punctuation") << u"１，０３８．５０"_s << qint64(103850);
    QTest::newRow("ideographic space") << u"\u3000100\u3000"_s << qint64(10000);
    QTest::newRow("many groups") << u"1,000,000"_s << qint64(100000000);
    QTest::newRow("maximum") << u"10000000000000"_s << maxAmountFen;
    QTest::newRow("maximum grouped") << u"10,000,000,000,000.00"_s << maxAmountFen;
    QTest::newRow("just below maximum") << u"9999999999999.99"_s << maxAmountFen - 1;
}

void TstMoney::parseValid()
{
    QFETCH(QString, text);
    QFETCH(qint64, fen);
    const MoneyParseResult result = parseYuan(text);
    QVERIFY2(result.isValid(), qPrintable(result.error));
    QCOMPARE(*result.fen, fen);
    QVERIFY(result.error.isEmpty());
}

void TstMoney::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("empty") << QString() << u"Enter"_s;
    QTest::newRow("blank") << u"   "_s << u"Enter"_s;
    QTest::newRow("letters") << u"abc"_s << u"Not a valid amount"_s;
    QTest::newRow("negative") << u"-5"_s << u"negative"_s;
    QTest::newRow("full-width negative") << u"－5"_s << u"negative"_s;
    QTest::newRow("three decimals") << u"1.234"_s << u"two decimal"_s;
    QTest::newRow("three decimals zero") << u"1.500"_s << u"two decimal"_s;
    QTest::newRow("trailing point") << u"1."_s << u"Not a valid amount"_s;
    QTest::newRow("leading point") << u".5"_s << u"Not a valid amount"_s;
    QTest::newRow("two points") << u"1.2.3"_s << u"Not a valid amount"_s;
    QTest::newRow("plus sign") << u"+5"_s << u"Not a valid amount"_s;
    QTest::newRow("exponent") << u"1e3"_s << u"Not a valid amount"_s;
    QTest::newRow("inner space") << u"1 000"_s << u"Not a valid amount"_s;
    QTest::newRow("arabic-indic digits") << u"\u0661\u0662"_s << u"Not a valid amount"_s;
    QTest::newRow("short group") << u"1,23"_s << u"three digits"_s;
    QTest::newRow("indian grouping") << u"12,34,567"_s << u"three digits"_s;
    QTest::newRow("long first group") << u"1234,567"_s << u"three digits"_s;
    QTest::newRow("leading comma") << u",123"_s << u"three digits"_s;
    QTest::newRow("trailing comma") << u"1,234,"_s << u"three digits"_s;
    QTest::newRow("comma in decimals") << u"1.2,3"_s << u"Not a valid amount"_s;
    QTest::newRow("one fen above maximum") << u"10000000000000.01"_s << u"maximum"_s;
    QTest::newRow("one yuan above maximum") << u"10000000000001"_s << u"maximum"_s;
    QTest::newRow("huge") << u"99999999999999999999999999"_s << u"maximum"_s;
}

void TstMoney::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, errorPart);
    const MoneyParseResult result = parseYuan(text);
    QVERIFY(!result.isValid());
    QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
}

void TstMoney::formatYuanLocale_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");

    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale cn(QLocale::Chinese, QLocale::China);
    const QLocale de(QLocale::German, QLocale::Germany);
    QTest::newRow("us thousands") << qint64(290000) << us << u"2,900.00"_s;
    QTest::newRow("us jiao") << qint64(103850) << us << u"1,038.50"_s;
    QTest::newRow("us fen") << qint64(5) << us << u"0.05"_s;
    QTest::newRow("us zero") << qint64(0) << us << u"0.00"_s;
    QTest::newRow("us maximum") << maxAmountFen << us << u"10,000,000,000,000.00"_s;
    QTest::newRow("us negative") << qint64(-5) << us << u"-0.05"_s;
    QTest::newRow("cn") << qint64(10000000) << cn << u"100,000.00"_s;
    QTest::newRow("de") << qint64(290000) << de << u"2.900,00"_s;
}

void TstMoney::formatYuanLocale()
{
    QFETCH(qint64, fen);
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QCOMPARE(formatYuan(fen, locale), expected);
}

void TstMoney::formatYuanPlainValues_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("expected");

    QTest::newRow("integer") << qint64(290000) << u"2900.00"_s;
    QTest::newRow("jiao") << qint64(290050) << u"2900.50"_s;
    QTest::newRow("fen") << qint64(5) << u"0.05"_s;
    QTest::newRow("zero") << qint64(0) << u"0.00"_s;
    QTest::newRow("negative") << qint64(-103850) << u"-1038.50"_s;
    QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << u"-92233720368547758.08"_s;
}

void TstMoney::formatYuanPlainValues()
{
    QFETCH(qint64, fen);
    QFETCH(QString, expected);
    QCOMPARE(formatYuanPlain(fen), expected);
}

void TstMoney::capitals_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("expected");

    QTest::newRow("2,900") << qint64(290000) << u"人民币贰仟玖佰元整"_s;
    QTest::newRow("1,038.50") << qint64(103850) << u"人民币壹仟零叁拾捌元伍角"_s;
    QTest::newRow("100,000") << qint64(10000000) << u"人民币壹拾万元整"_s;
    QTest::newRow("0.10") << qint64(10) << u"人民币壹角"_s;
    QTest::newRow("0.05") << qint64(5) << u"人民币伍分"_s;
    QTest::newRow("0.11") << qint64(11) << u"人民币壹角壹分"_s;
    QTest::newRow("0.5") << qint64(50) << u"人民币伍角"_s;
    QTest::newRow("1") << qint64(100) << u"人民币壹元整"_s;
    QTest::newRow("1.05") << qint64(105) << u"人民币壹元零伍分"_s;
    QTest::newRow("10") << qint64(1000) << u"人民币壹拾元整"_s;
    QTest::newRow("12.34") << qint64(1234) << u"人民币壹拾贰元叁角肆分"_s;
    QTest::newRow("20.05") << qint64(2005) << u"人民币贰拾元零伍分"_s;
    QTest::newRow("100.10") << qint64(10010) << u"人民币壹佰元壹角"_s;
    QTest::newRow("1,030.50") << qint64(103050) << u"人民币壹仟零叁拾元伍角"_s;
    QTest::newRow("10,005") << qint64(1000500) << u"人民币壹万零伍元整"_s;
    QTest::newRow("10,100") << qint64(1010000) << u"人民币壹万零壹佰元整"_s;
    QTest::newRow("1,000,010") << qint64(100001000) << u"人民币壹佰万零壹拾元整"_s;
    QTest::newRow("1,010,000") << qint64(101000000) << u"人民币壹佰零壹万元整"_s;
    QTest::newRow("10,001,000") << qint64(1000100000) << u"人民币壹仟万零壹仟元整"_s;
    QTest::newRow("11,000,000") << qint64(1100000000) << u"人民币壹仟壹佰万元整"_s;
    QTest::newRow("100,000,000") << qint64(10000000000) << u"人民币壹亿元整"_s;
    QTest::newRow("100,000,001") << qint64(10000000100) << u"人民币壹亿零壹元整"_s;
    QTest::newRow("100,010,000") << qint64(10001000000) << u"人民币壹亿零壹万元整"_s;
    QTest::newRow("120,000,000") << qint64(12000000000) << u"人民币壹亿贰仟万元整"_s;
    QTest::newRow("10^12") << qint64(100000000000000) << u"人民币壹万亿元整"_s;
    QTest::newRow("10^12 + 10^8") << qint64(100010000000000) << u"人民币壹万亿零壹亿元整"_s;
    QTest::newRow("10^12 + 1.01") << qint64(100000000000101) << u"人民币壹万亿零壹元零壹分"_s;
    QTest::newRow("10^13 (maximum)") << maxAmountFen << u"人民币壹拾万亿元整"_s;
    QTest::newRow("maximum - 1 fen") << maxAmountFen
            - 1 << u"人民币玖万亿玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"_s;
    QTest::newRow("0") << qint64(0) << u"人民币零元整"_s;
}

void TstMoney::capitals()
{
    QFETCH(qint64, fen);
    QFETCH(QString, expected);
    QCOMPARE(chineseCapitals(fen), expected);
}

void TstMoney::capitalsRejectsOutOfRange()
{
    QVERIFY(chineseCapitals(-1).isEmpty());
    QVERIFY(chineseCapitals(std::numeric_limits<qint64>::min()).isEmpty());
    QVERIFY(chineseCapitals(maxAmountFen + 1).isEmpty());
}

QTEST_GUILESS_MAIN(TstMoney)
#include "tst_money.moc"
