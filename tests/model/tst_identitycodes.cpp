#include "validation/identitycodes.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace habeas;

class TstIdentityCodes final : public QObject {
    Q_OBJECT

private slots:
    void provinceNames();
    void validResidentIds_data();
    void validResidentIds();
    void invalidResidentIds_data();
    void invalidResidentIds();
    void residentIdEncodesBirthAndSex();
    void validUscc_data();
    void validUscc();
    void invalidUscc_data();
    void invalidUscc();
    void phones_data();
    void phones();
};

void TstIdentityCodes::validResidentIds_data()
{
    QTest::addColumn<QString>("id");
    // The worked example of GB 11643-1999 itself, and codes whose check characters were
    // computed independently (including an X check and a 0 check).
    QTest::newRow("GB 11643 example, X") << u"11010519491231002X"_s;
    QTest::newRow("lower-case x") << u"11010519491231002x"_s;
    QTest::newRow("demo plaintiff") << u"110105199003071239"_s;
    QTest::newRow("Shanghai") << u"310104198001010017"_s;
    QTest::newRow("spaces around") << u" 110108198506122813 "_s;
}

void TstIdentityCodes::validResidentIds()
{
    QFETCH(QString, id);
    const CodeCheck c = checkResidentId(id);
    QVERIFY2(c.ok, qPrintable(c.message));
    QVERIFY(c.message.isEmpty());
}

void TstIdentityCodes::invalidResidentIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("wrong check digit") << u"110105199003071238"_s << 18 << u"should be 9, not 8"_s;
    QTest::newRow("X where a digit belongs")
        << u"110105199003071230X"_s.left(17) + u"X"_s << 18 << u"not X"_s;
    QTest::newRow("transposed digits") << u"110105199003071329"_s << 18 << u"mistyped"_s;
    QTest::newRow("17 characters") << u"11010519900307123"_s << 0 << u"18 characters"_s;
    QTest::newRow("letter inside") << u"1101051990O3071239"_s << 11 << u"Character 11"_s;
    QTest::newRow("impossible date") << u"110105199013071234"_s << 7 << u"birth date"_s;
    QTest::newRow("unknown province") << u"990105199003071234"_s << 1 << u"province"_s;
}

void TstIdentityCodes::invalidResidentIds()
{
    QFETCH(QString, id);
    QFETCH(int, position);
    QFETCH(QString, mentions);
    const CodeCheck c = checkResidentId(id);
    QVERIFY(!c.ok);
    QCOMPARE(c.wrongPosition, position);
    QVERIFY2(c.message.contains(mentions), qPrintable(c.message));
}

void TstIdentityCodes::residentIdEncodesBirthAndSex()
{
    const CodeCheck man = checkResidentId(u"110105199003071239"_s);
    QCOMPARE(man.birthDate, QDate(1990, 3, 7));
    QVERIFY(man.male); // 17th digit 3: odd
    const CodeCheck woman = checkResidentId(u"11010519491231002X"_s);
    QCOMPARE(woman.birthDate, QDate(1949, 12, 31));
    QVERIFY(!woman.male); // 17th digit 2: even
    QCOMPARE(residentIdCheckCharacter(u"11010519491231002"), QChar(u'X'));
    QCOMPARE(residentIdCheckCharacter(u"1101051949123100"), QChar());
}

void TstIdentityCodes::validUscc_data()
{
    QTest::addColumn<QString>("code");
    // The example printed in GB 32100-2015 commentary, and the demo operator's invented code.
    QTest::newRow("GB 32100 example") << u"91350100M000100Y43"_s;
    QTest::newRow("demo operator") << u"91110108MA01XQ7B24"_s;
    QTest::newRow("lower case accepted") << u"91110108ma01xq7b24"_s;
}

void TstIdentityCodes::validUscc()
{
    QFETCH(QString, code);
    const CodeCheck c = checkUscc(code);
    QVERIFY2(c.ok, qPrintable(c.message));
}

void TstIdentityCodes::invalidUscc_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("wrong check") << u"91350100M000100Y44"_s << 18 << u"should be 3, not 4"_s;
    QTest::newRow("one digit changed") << u"91110108MA01XQ7B34"_s << 18 << u"mistyped"_s;
    QTest::newRow("letter I") << u"91110108MI01XQ7B24"_s << 10 << u"\"I\""_s;
    QTest::newRow("letter O") << u"9111010OMA01XQ7B24"_s << 8 << u"\"O\""_s;
    QTest::newRow("too short") << u"91110108MA01XQ7B2"_s << 0 << u"18 characters"_s;
    QTest::newRow("letters in region") << u"9111A108MA01XQ7B24"_s << 5 << u"region"_s;
}

void TstIdentityCodes::invalidUscc()
{
    QFETCH(QString, code);
    QFETCH(int, position);
    QFETCH(QString, mentions);
    const CodeCheck c = checkUscc(code);
    QVERIFY(!c.ok);
    QCOMPARE(c.wrongPosition, position);
    QVERIFY2(c.message.contains(mentions), qPrintable(c.message));
}

void TstIdentityCodes::phones_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("valid");
    QTest::newRow("mobile") << u"13800138000"_s << true;
    QTest::newRow("mobile with country code") << u"+86 138 0013 8000"_s << true;
    QTest::newRow("landline") << u"010-62345678"_s << true;
    QTest::newRow("landline with extension") << u"010-62345678转123"_s << true;
    QTest::newRow("full-width brackets") << u"（010）62345678"_s << true;
    QTest::newRow("letters") << u"call me"_s << false;
    QTest::newRow("too short") << u"123"_s << false;
    QTest::newRow("bad mobile prefix") << u"12012345678"_s << false;
    QTest::newRow("too long") << u"1234567890123456789"_s << false;
}

void TstIdentityCodes::phones()
{
    QFETCH(QString, phone);
    QFETCH(bool, valid);
    const CodeCheck c = checkPhone(phone);
    QCOMPARE(c.ok, valid);
    QCOMPARE(c.message.isEmpty(), valid);
}

void TstIdentityCodes::provinceNames()
{
    QCOMPARE(provinceName(u"11"), u"北京市"_s);
    QCOMPARE(provinceName(u"44"), u"广东省"_s);
    QCOMPARE(provinceName(u"65"), u"新疆维吾尔自治区"_s);
    QCOMPARE(provinceName(u"82"), u"澳门特别行政区"_s);
    QCOMPARE(provinceName(u"10"), QString()); // names no province
    QCOMPARE(provinceName(u"99"), QString());
    QCOMPARE(provinceName(u""), QString());
}

QTEST_GUILESS_MAIN(TstIdentityCodes)
#include "tst_identitycodes.moc"
