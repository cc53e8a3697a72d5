#include "law/chinesenumerals.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

constexpr std::array<char16_t, 10> digitChars = { u'零', u'一', u'二', u'三', u'四', u'五', u'六',
    u'七', u'八', u'九' };

int digitValue(QChar c)
{
    switch (c.unicode()) {
    case u'零':
    case u'〇':
        return 0;
    case u'一':
        return 1;
    case u'二':
    case u'两':
        return 2;
    case u'三':
        return 3;
    case u'四':
        return 4;
    case u'五':
        return 5;
    case u'六':
        return 6;
    case u'七':
        return 7;
    case u'八':
        return 8;
    case u'九':
        return 9;
    default:
        return -1;
    }
}

int unitValue(QChar c)
{
    switch (c.unicode()) {
    case u'十':
        return 10;
    case u'百':
        return 100;
    case u'千':
        return 1000;
    default:
        return 0;
    }
}

// Renders 1..9999. `leading` decides whether 10..19 drop the 一 (十六 vs 一百一十六).
QString sectionToChinese(int value, bool leading)
{
    static constexpr std::array<int, 4> units = { 1000, 100, 10, 1 };
    static constexpr std::array<char16_t, 4> unitChars = { u'千', u'百', u'十', u'\0' };
    QString out;
    bool pendingZero = false;
    for (std::size_t i = 0; i < units.size(); ++i) {
        const int digit = (value / units[i]) % 10;
        if (digit == 0) {
            // A zero only needs saying when something non-zero already came before it.
            pendingZero = pendingZero || !out.isEmpty();
            continue;
        }
        if (pendingZero) {
            out += QChar(u'零');
            pendingZero = false;
        }
        const bool dropOne = units[i] == 10 && digit == 1 && leading && out.isEmpty();
        if (!dropOne)
            out += QChar(digitChars[static_cast<std::size_t>(digit)]);
        if (unitChars[i] != u'\0')
            out += QChar(unitChars[i]);
    }
    return out;
}

} // namespace

bool isChineseNumeralChar(QChar c)
{
    return digitValue(c) >= 0 || unitValue(c) > 0 || c == u'万';
}

QString toChineseNumeral(int value)
{
    if (value < 0 || value > maxChineseNumeral)
        return {};
    if (value == 0)
        return u"零"_s;
    const int high = value / 10000;
    const int low = value % 10000;
    if (high == 0)
        return sectionToChinese(low, true);
    QString out = sectionToChinese(high, true) + QChar(u'万');
    if (low == 0)
        return out;
    if (low < 1000)
        out += QChar(u'零');
    return out + sectionToChinese(low, false);
}

std::optional<int> fromChineseNumeral(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    if (text.size() == 1 && digitValue(text.front()) == 0)
        return 0;

    int total = 0; // the part already multiplied by 万
    int section = 0; // the part below 万 being built
    int lastUnit = 100000;
    int pendingDigit = -1;
    bool afterZero = false;
    bool anyInSection = false;

    for (const QChar c : text) {
        const int digit = digitValue(c);
        if (digit == 0) {
            // 零 only bridges a gap: it needs something before it and no loose digit.
            if (pendingDigit >= 0 || (!anyInSection && total == 0) || afterZero)
                return std::nullopt;
            afterZero = true;
            continue;
        }
        if (digit > 0) {
            if (pendingDigit >= 0)
                return std::nullopt; // 一二 is not a numeral in statute text
            pendingDigit = digit;
            anyInSection = true;
            continue;
        }
        if (const int unit = unitValue(c); unit > 0) {
            int factor = pendingDigit;
            if (factor < 0) {
                // Only 十 may stand alone, and only at the head of a section (十六, 十万).
                if (unit != 10 || anyInSection)
                    return std::nullopt;
                factor = 1;
            }
            if (unit >= lastUnit)
                return std::nullopt;
            section += factor * unit;
            lastUnit = unit;
            pendingDigit = -1;
            afterZero = false;
            anyInSection = true;
            continue;
        }
        if (c == u'万') {
            if (total != 0 || (pendingDigit < 0 && section == 0) || afterZero)
                return std::nullopt;
            total = (section + std::max(pendingDigit, 0)) * 10000;
            section = 0;
            lastUnit = 10000;
            pendingDigit = -1;
            anyInSection = false;
            continue;
        }
        return std::nullopt;
    }
    if (afterZero && pendingDigit < 0)
        return std::nullopt; // trailing 零
    if (pendingDigit >= 0) {
        // 一千三 / 一万三 colloquially mean 1300 / 13000; statutes would write 一千三百, so
        // refuse to guess rather than read 1003.
        if (!afterZero && lastUnit >= 100 && lastUnit <= 10000)
            return std::nullopt;
        section += pendingDigit;
    }
    const int value = total + section;
    return value <= maxChineseNumeral ? std::optional<int>(value) : std::nullopt;
}

} // namespace habeas
