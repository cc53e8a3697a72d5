#include "validation/identitycodes.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

CodeCheck failure(QString message, int position = 0)
{
    CodeCheck c;
    c.message = std::move(message);
    c.wrongPosition = position;
    return c;
}

const QString kUsccAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s;

// The verdict on an 18-character code whose first 17 characters passed: `mistyped` (%1 the
// expected check character, %2 the one given) when the 18th is not `expected`.
CodeCheck checkCharacterVerdict(const QString &text, QChar expected, const QString &mistyped)
{
    if (text[17] != expected)
        return failure(mistyped.arg(expected).arg(text[17]), 18);
    CodeCheck ok;
    ok.ok = true;
    return ok;
}

} // namespace

QChar residentIdCheckCharacter(QStringView first17)
{
    static constexpr int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17[i];
        if (!c.isDigit() || c.unicode() > u'9')
            return {};
        sum += (c.unicode() - u'0') * weights[i];
    }
    // ISO 7064 MOD 11-2: the check value makes the weighted sum ≡ 1 (mod 11).
    const int value = (12 - sum % 11) % 11;
    return value == 10 ? QChar(u'X') : QChar(u'0' + value);
}

CodeCheck checkResidentId(const QString &input)
{
    const QString text = input.trimmed().toUpper();
    if (text.size() != 18)
        return failure(QCoreApplication::translate(
            "habeas::IdentityCodes", "A resident ID number has 18 characters; this one has %1.")
                           .arg(text.size()));
    for (int i = 0; i < 17; ++i) {
        if (text[i] < u'0' || text[i] > u'9')
            return failure(QCoreApplication::translate("habeas::IdentityCodes",
                               "Character %1 of the ID number must be a digit, not \"%2\".")
                               .arg(i + 1)
                               .arg(text[i]),
                i + 1);
    }
    const int province = QStringView(text).left(2).toInt();
    static constexpr int provinces[] = { 11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
        41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83 };
    if (std::find(std::begin(provinces), std::end(provinces), province) == std::end(provinces))
        return failure(QCoreApplication::translate("habeas::IdentityCodes",
                           "The ID number starts with %1, which is not a province code.")
                           .arg(text.left(2)),
            1);
    // The digits are checked above; QDate refuses a day the calendar does not have.
    const auto number = [&text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i)
            value = value * 10 + (text[i].unicode() - u'0');
        return value;
    };
    const QDate birth(number(6, 4), number(10, 2), number(12, 2));
    if (!birth.isValid() || birth.year() < 1900)
        return failure(QCoreApplication::translate("habeas::IdentityCodes",
                           "Characters 7–14 of the ID number (%1) are not a valid birth date.")
                           .arg(text.mid(6, 8)),
            7);
    CodeCheck verdict =
        checkCharacterVerdict(text, residentIdCheckCharacter(QStringView(text).left(17)),
            QCoreApplication::translate("habeas::IdentityCodes",
                "The check character (the 18th) of this ID number should be %1, not %2; "
                "one of the characters is mistyped."));
    if (verdict.ok) {
        verdict.birthDate = birth;
        verdict.male = (text[16].unicode() - u'0') % 2 == 1;
    }
    return verdict;
}

QChar usccCheckCharacter(QStringView first17)
{
    static constexpr int weights[17] = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30,
        28 };
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const qsizetype value = kUsccAlphabet.indexOf(first17[i]);
        if (value < 0)
            return {};
        sum += static_cast<int>(value) * weights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return kUsccAlphabet[check];
}

CodeCheck checkUscc(const QString &input)
{
    const QString text = input.trimmed().toUpper();
    if (text.size() != 18)
        return failure(QCoreApplication::translate("habeas::IdentityCodes",
            "A unified social credit code has 18 characters; this one has %1.")
                           .arg(text.size()));
    for (int i = 0; i < 18; ++i) {
        if (!kUsccAlphabet.contains(text[i]))
            return failure(
                QCoreApplication::translate("habeas::IdentityCodes",
                    "Character %1 of the unified social credit code, \"%2\", is not allowed "
                    "(digits and capital letters except I, O, S, V, Z).")
                    .arg(i + 1)
                    .arg(text[i]),
                i + 1);
    }
    for (int i = 2; i < 8; ++i) {
        if (!text[i].isDigit())
            return failure(QCoreApplication::translate("habeas::IdentityCodes",
                               "Characters 3–8 of the unified social credit code are the region "
                               "code and must be digits."),
                i + 1);
    }
    return checkCharacterVerdict(text, usccCheckCharacter(QStringView(text).left(17)),
        QCoreApplication::translate("habeas::IdentityCodes",
            "The check character (the 18th) of this unified social credit code "
            "should be %1, not %2; "
            "one of the characters is mistyped."));
}

CodeCheck checkPhone(const QString &input)
{
    const QString text = input.trimmed();
    QString digits;
    int plusCount = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c >= u'0' && c <= u'9')
            digits += c;
        else if (c == u'+' && i == 0)
            ++plusCount;
        else if (c == u' ' || c == u'-' || c == u'(' || c == u')' || c == u'（' || c == u'）')
            continue;
        else if ((c == u'x' || c == u'X' || c == u'转') && !digits.isEmpty())
            digits += u'x';
        else
            return failure(
                QCoreApplication::translate("habeas::IdentityCodes",
                    "A phone number may hold digits, spaces, hyphens, brackets and a leading +; "
                    "\"%1\" is not one of them.")
                    .arg(c),
                i + 1);
    }
    const QString main = digits.section(u'x', 0, 0);
    if (main.size() < 5 || main.size() > 15)
        return failure(QCoreApplication::translate("habeas::IdentityCodes",
            "This phone number has %1 digits; a phone number has between 5 and 15.")
                           .arg(main.size()));
    if (plusCount == 0 && main.size() == 11 && main.startsWith(u'1')
        && (main[1] < u'3' || main[1] > u'9'))
        return failure(QCoreApplication::translate(
                           "habeas::IdentityCodes", "A Chinese mobile number starts with 13–19."),
            2);
    CodeCheck ok;
    ok.ok = true;
    return ok;
}

QString provinceName(QStringView code)
{
    static const QHash<QString, QString> names {
        { u"11"_s, u"北京市"_s },
        { u"12"_s, u"天津市"_s },
        { u"13"_s, u"河北省"_s },
        { u"14"_s, u"山西省"_s },
        { u"15"_s, u"内蒙古自治区"_s },
        { u"21"_s, u"辽宁省"_s },
        { u"22"_s, u"吉林省"_s },
        { u"23"_s, u"黑龙江省"_s },
        { u"31"_s, u"上海市"_s },
        { u"32"_s, u"江苏省"_s },
        { u"33"_s, u"浙江省"_s },
        { u"34"_s, u"安徽省"_s },
        { u"35"_s, u"福建省"_s },
        { u"36"_s, u"江西省"_s },
        { u"37"_s, u"山东省"_s },
        { u"41"_s, u"河南省"_s },
        { u"42"_s, u"湖北省"_s },
        { u"43"_s, u"湖南省"_s },
        { u"44"_s, u"广东省"_s },
        { u"45"_s, u"广西壮族自治区"_s },
        { u"46"_s, u"海南省"_s },
        { u"50"_s, u"重庆市"_s },
        { u"51"_s, u"四川省"_s },
        { u"52"_s, u"贵州省"_s },
        { u"53"_s, u"云南省"_s },
        { u"54"_s, u"西藏自治区"_s },
        { u"61"_s, u"陕西省"_s },
        { u"62"_s, u"甘肃省"_s },
        { u"63"_s, u"青海省"_s },
        { u"64"_s, u"宁夏回族自治区"_s },
        { u"65"_s, u"新疆维吾尔自治区"_s },
        { u"71"_s, u"台湾省"_s },
        { u"81"_s, u"香港特别行政区"_s },
        { u"82"_s, u"澳门特别行政区"_s },
    };
    return names.value(code.toString());
}

} // namespace habeas
