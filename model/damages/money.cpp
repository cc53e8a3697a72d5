#include "damages/money.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

constexpr qint64 maxAmountYuan = maxAmountFen / fenPerYuan;

MoneyParseResult parseError(const char *message)
{
    return { std::nullopt, QCoreApplication::translate("habeas::Money", message) };
}

bool isAsciiDigit(QChar c)
{
    // QChar::isDigit() would also accept e.g. Arabic-Indic digits.
    return c >= u'0' && c <= u'9';
}

// Magnitude of fen as unsigned, safe for the most negative qint64.
quint64 magnitude(qint64 fen)
{
    return fen < 0 ? quint64(0) - static_cast<quint64>(fen) : static_cast<quint64>(fen);
}

} // namespace

MoneyParseResult parseYuan(const QString &text)
{
    // NFKC folds full-width digits, comma, full stop and the ideographic space.
    const QString s = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (s.isEmpty())
        return parseError(QT_TRANSLATE_NOOP("habeas::Money", "Enter an amount in yuan."));
    if (s.startsWith(u'-'))
        return parseError(QT_TRANSLATE_NOOP("habeas::Money", "The amount cannot be negative."));

    const qsizetype point = s.indexOf(u'.');
    const QStringView intPart = QStringView(s).left(point < 0 ? s.size() : point);
    const QStringView fracPart = point < 0 ? QStringView() : QStringView(s).mid(point + 1);

    const char *notNumeric = QT_TRANSLATE_NOOP("habeas::Money",
        "Not a valid amount: use digits, optionally with thousands commas and up to two decimals.");
    if (intPart.isEmpty() || (point >= 0 && fracPart.isEmpty()))
        return parseError(notNumeric);
    for (QChar c : fracPart) {
        if (!isAsciiDigit(c))
            return parseError(notNumeric);
    }

    // Validate comma grouping while accumulating; stop early so nothing overflows.
    qint64 yuan = 0;
    bool tooLarge = false;
    const bool grouped = intPart.contains(u',');
    int digitsInGroup = 0;
    bool firstGroup = true;
    for (QChar c : intPart) {
        if (c == u',') {
            if ((firstGroup && digitsInGroup == 0) || (!firstGroup && digitsInGroup != 3)
                || digitsInGroup > 3) {
                return parseError(QT_TRANSLATE_NOOP(
                    "habeas::Money", "Thousands separators must separate groups of three digits."));
            }
            firstGroup = false;
            digitsInGroup = 0;
            continue;
        }
        if (!isAsciiDigit(c))
            return parseError(notNumeric);
        ++digitsInGroup;
        if (!tooLarge) {
            yuan = yuan * 10 + (c.unicode() - u'0');
            tooLarge = yuan > maxAmountYuan;
        }
    }
    if (grouped && digitsInGroup != 3)
        return parseError(QT_TRANSLATE_NOOP(
            "habeas::Money", "Thousands separators must separate groups of three digits."));

    if (fracPart.size() > 2)
        return parseError(
            QT_TRANSLATE_NOOP("habeas::Money", "An amount can have at most two decimal places."));

    qint64 frac = 0;
    for (QChar c : fracPart)
        frac = frac * 10 + (c.unicode() - u'0');
    if (fracPart.size() == 1)
        frac *= 10;

    const char *tooLargeMessage = QT_TRANSLATE_NOOP(
        "habeas::Money", "The amount exceeds the maximum of 10,000,000,000,000 yuan.");
    if (tooLarge)
        return parseError(tooLargeMessage);
    const qint64 fen = yuan * fenPerYuan + frac;
    if (fen > maxAmountFen)
        return parseError(tooLargeMessage);
    return { fen, QString() };
}

QString formatYuan(qint64 fen, const QLocale &locale)
{
    const quint64 mag = magnitude(fen);
    const quint64 cents = mag % fenPerYuan;
    // The locale supplies group separators and digits; fractions are built by hand
    // so no floating-point conversion ever touches the amount.
    QString out = locale.toString(static_cast<qulonglong>(mag / fenPerYuan)) % locale.decimalPoint()
        % locale.toString(static_cast<qulonglong>(cents / 10))
        % locale.toString(static_cast<qulonglong>(cents % 10));
    if (fen < 0)
        out.prepend(locale.negativeSign());
    return out;
}

QString formatYuanPlain(qint64 fen)
{
    const quint64 mag = magnitude(fen);
    const QString out = QString::number(mag / fenPerYuan) % u'.'
        % QString::number(mag % fenPerYuan).rightJustified(2, u'0');
    return fen < 0 ? u'-' % out : out;
}

QString chineseCapitals(qint64 fen)
{
    if (fen < 0 || fen > maxAmountFen)
        return {};

    static constexpr char16_t digitChars[10] = { u'零', u'壹', u'贰', u'叁', u'肆', u'伍', u'陆',
        u'柒', u'捌', u'玖' };
    static constexpr char16_t unitChars[4] = { 0, u'拾', u'佰', u'仟' };
    static constexpr QStringView groupUnits[4] = { u"", u"万", u"亿", u"万亿" };

    const qint64 yuan = fen / fenPerYuan;
    const int jiao = static_cast<int>((fen / 10) % 10);
    const int fenDigit = static_cast<int>(fen % 10);

    QString out = u"人民币"_s;
    if (yuan > 0) {
        const QString digits = QString::number(yuan);
        const qsizetype count = digits.size();
        // A run of zeros becomes a single 零, emitted only once a non-zero digit
        // follows, so trailing zeros and zeros spanning group units collapse.
        bool pendingZero = false;
        bool groupHasDigit = false;
        for (qsizetype i = 0; i < count; ++i) {
            const qsizetype power = count - 1 - i;
            const int d = digits.at(i).unicode() - u'0';
            if (d == 0) {
                pendingZero = true;
            } else {
                if (pendingZero)
                    out += QChar(u'零');
                pendingZero = false;
                out += QChar(digitChars[d]);
                if (power % 4 != 0)
                    out += QChar(unitChars[power % 4]);
                groupHasDigit = true;
            }
            if (power % 4 == 0 && power > 0) {
                // An all-zero group (e.g. the 万 group of 100,000,000) gets no unit.
                if (groupHasDigit)
                    out += groupUnits[power / 4];
                groupHasDigit = false;
            }
        }
        out += QChar(u'元');
    }

    if (jiao == 0 && fenDigit == 0)
        return out + (yuan == 0 ? u"零元整"_s : u"整"_s);
    if (jiao != 0)
        out += QChar(digitChars[jiao]) % QChar(u'角');
    else if (yuan > 0)
        out += QChar(u'零'); // 壹元零伍分: the missing jiao must be marked
    if (fenDigit != 0)
        out += QChar(digitChars[fenDigit]) % QChar(u'分');
    return out;
}

} // namespace habeas
