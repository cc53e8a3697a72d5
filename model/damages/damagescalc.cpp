#include "damages/damagescalc.h"

#include "damages/money.h"

#include <QCoreApplication>
#include <QtNumeric>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

constexpr int maxCoefficientDecimals = 4;
constexpr qint64 maxCoefficientNumerator = 1'000'000'000'000'000'000;

// Arbitrary-size natural number (little-endian base 2^32). Keeps the per-record
// product exact whatever the number of coefficients, without relying on a
// compiler-specific 128-bit type.
class BigNat final {
public:
    explicit BigNat(quint64 value)
        : m_limbs { static_cast<quint32>(value), static_cast<quint32>(value >> 32) }
    {
        trim();
    }

    void multiply(quint64 factor)
    {
        BigNat high = *this;
        multiplySmall(static_cast<quint32>(factor));
        const auto hi = static_cast<quint32>(factor >> 32);
        if (hi != 0 && !high.m_limbs.isEmpty()) {
            high.multiplySmall(hi);
            high.m_limbs.prepend(0); // shift by 32 bits
            add(high);
        }
    }

    // Floor division in place; returns the remainder.
    quint32 divideSmall(quint32 divisor)
    {
        quint64 remainder = 0;
        for (qsizetype i = m_limbs.size() - 1; i >= 0; --i) {
            const quint64 current = (remainder << 32) | m_limbs.at(i);
            m_limbs[i] = static_cast<quint32>(current / divisor);
            remainder = current % divisor;
        }
        trim();
        return static_cast<quint32>(remainder);
    }

    [[nodiscard]] std::optional<quint64> toUInt64() const
    {
        if (m_limbs.size() > 2)
            return std::nullopt;
        quint64 value = 0;
        for (qsizetype i = m_limbs.size() - 1; i >= 0; --i)
            value = (value << 32) | m_limbs.at(i);
        return value;
    }

private:
    void multiplySmall(quint32 factor)
    {
        quint64 carry = 0;
        for (quint32 &limb : m_limbs) {
            const quint64 current = quint64(limb) * factor + carry;
            limb = static_cast<quint32>(current);
            carry = current >> 32;
        }
        if (carry != 0)
            m_limbs.append(static_cast<quint32>(carry));
        trim();
    }

    void add(const BigNat &other)
    {
        m_limbs.resize(std::max(m_limbs.size(), other.m_limbs.size()) + 1, 0);
        quint64 carry = 0;
        for (qsizetype i = 0; i < m_limbs.size(); ++i) {
            const quint64 current = quint64(m_limbs.at(i))
                + (i < other.m_limbs.size() ? other.m_limbs.at(i) : 0u) + carry;
            m_limbs[i] = static_cast<quint32>(current);
            carry = current >> 32;
        }
        trim();
    }

    void trim()
    {
        while (!m_limbs.isEmpty() && m_limbs.constLast() == 0)
            m_limbs.removeLast();
    }

    QList<quint32> m_limbs;
};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

CoefficientParseResult coefficientError(const char *message)
{
    return { std::nullopt, QCoreApplication::translate("habeas::DamagesCalc", message) };
}

PerRecordResult perRecordError(const QString &message)
{
    return { std::nullopt, message };
}

unsigned headBit(DamagesHead head)
{
    return 1u << static_cast<unsigned>(head);
}

QString alternativesWarning(const std::optional<qint64> &defendantId)
{
    if (!defendantId) {
        return QCoreApplication::translate("habeas::DamagesCalc",
            "Unattributed items: both property loss and processor gain are claimed. Under "
            "《中华人民共和国个人信息保护法》第六十九条第二款 and 《中华人民共和国民法典》"
            "第一千一百八十二条 these are alternative measures: claim one of them.");
    }
    return QCoreApplication::translate("habeas::DamagesCalc",
        "Defendant %1: both property loss and processor gain are claimed. Under "
        "《中华人民共和国个人信息保护法》第六十九条第二款 and 《中华人民共和国民法典》"
        "第一千一百八十二条 these are alternative measures: claim one of them.")
        .arg(*defendantId);
}

} // namespace

QList<DamagesHead> allDamagesHeads()
{
    return { DamagesHead::PropertyLoss, DamagesHead::ProcessorGain,
        DamagesHead::RightsProtectionCost, DamagesHead::MentalDistress, DamagesHead::Discretionary,
        DamagesHead::IllegalGain, DamagesHead::PerRecord };
}

QString headId(DamagesHead head)
{
    switch (head) {
    case DamagesHead::PropertyLoss:
        return u"property-loss"_s;
    case DamagesHead::ProcessorGain:
        return u"processor-gain"_s;
    case DamagesHead::RightsProtectionCost:
        return u"rights-protection-cost"_s;
    case DamagesHead::MentalDistress:
        return u"mental-distress"_s;
    case DamagesHead::Discretionary:
        return u"discretionary"_s;
    case DamagesHead::IllegalGain:
        return u"illegal-gain"_s;
    case DamagesHead::PerRecord:
        return u"per-record"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<DamagesHead> headFromId(const QString &id)
{
    for (DamagesHead head : allDamagesHeads()) {
        if (headId(head) == id)
            return head;
    }
    return std::nullopt;
}

QString headDisplayName(DamagesHead head)
{
    switch (head) {
    case DamagesHead::PropertyLoss: // 实际损失
        return QCoreApplication::translate("habeas::DamagesHead", "Property loss");
    case DamagesHead::ProcessorGain: // 侵权人获益
        return QCoreApplication::translate("habeas::DamagesHead", "Processor's gain");
    case DamagesHead::RightsProtectionCost: // 维权合理开支
        return QCoreApplication::translate(
            "habeas::DamagesHead", "Reasonable rights-protection costs");
    case DamagesHead::MentalDistress: // 精神损害抚慰金
        return QCoreApplication::translate("habeas::DamagesHead", "Mental distress");
    case DamagesHead::Discretionary: // 酌定赔偿
        return QCoreApplication::translate("habeas::DamagesHead", "Discretionary damages");
    case DamagesHead::IllegalGain: // 违法所得
        return QCoreApplication::translate("habeas::DamagesHead", "Illegal gains");
    case DamagesHead::PerRecord: // 按记录计算的损害
        return QCoreApplication::translate("habeas::DamagesHead", "Per-record damages");
    }
    Q_UNREACHABLE();
    return {};
}

CoefficientParseResult parseCoefficient(const QString &text)
{
    const QString s = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (s.isEmpty())
        return coefficientError(QT_TRANSLATE_NOOP("habeas::DamagesCalc", "Enter a coefficient."));
    if (s.startsWith(u'-'))
        return coefficientError(
            QT_TRANSLATE_NOOP("habeas::DamagesCalc", "A coefficient must be greater than zero."));

    const qsizetype point = s.indexOf(u'.');
    const QStringView intPart = QStringView(s).left(point < 0 ? s.size() : point);
    const QStringView fracPart = point < 0 ? QStringView() : QStringView(s).mid(point + 1);
    const bool digitsOnly = std::all_of(intPart.begin(), intPart.end(), isAsciiDigit)
        && std::all_of(fracPart.begin(), fracPart.end(), isAsciiDigit);
    if (intPart.isEmpty() || (point >= 0 && fracPart.isEmpty()) || !digitsOnly) {
        return coefficientError(QT_TRANSLATE_NOOP(
            "habeas::DamagesCalc", "A coefficient is a decimal number such as 1.5 or 10."));
    }
    if (fracPart.size() > maxCoefficientDecimals) {
        return coefficientError(QT_TRANSLATE_NOOP(
            "habeas::DamagesCalc", "A coefficient can have at most four decimal places."));
    }

    Coefficient coefficient { 0, static_cast<int>(fracPart.size()) };
    for (QStringView part : { intPart, fracPart }) {
        for (QChar c : part) {
            const int digit = c.unicode() - u'0';
            // Checked before multiplying: the product itself must never overflow.
            if (coefficient.numerator > (maxCoefficientNumerator - digit) / 10) {
                return coefficientError(
                    QT_TRANSLATE_NOOP("habeas::DamagesCalc", "The coefficient is too large."));
            }
            coefficient.numerator = coefficient.numerator * 10 + digit;
        }
    }
    if (coefficient.numerator == 0) {
        return coefficientError(
            QT_TRANSLATE_NOOP("habeas::DamagesCalc", "A coefficient must be greater than zero."));
    }
    return { coefficient, QString() };
}

PerRecordResult computePerRecord(
    qint64 records, qint64 perRecordFen, const QList<Coefficient> &coefficients)
{
    if (records < 1) {
        return perRecordError(QCoreApplication::translate(
            "habeas::DamagesCalc", "The number of records must be at least one."));
    }
    if (perRecordFen < 1) {
        return perRecordError(QCoreApplication::translate(
            "habeas::DamagesCalc", "The amount per record must be greater than zero."));
    }

    BigNat product(static_cast<quint64>(records));
    product.multiply(static_cast<quint64>(perRecordFen));
    int decimals = 0;
    for (const Coefficient &c : coefficients) {
        if (c.numerator < 1 || c.decimals < 0 || c.decimals > maxCoefficientDecimals) {
            return perRecordError(QCoreApplication::translate(
                "habeas::DamagesCalc", "A coefficient must be greater than zero."));
        }
        product.multiply(static_cast<quint64>(c.numerator));
        decimals += c.decimals;
    }

    // Dividing by 10 one digit at a time; the last digit dropped is the most
    // significant one of the discarded fraction, so it alone decides half-up.
    quint32 lastDropped = 0;
    for (int i = 0; i < decimals; ++i)
        lastDropped = product.divideSmall(10);
    std::optional<quint64> fen = product.toUInt64();
    if (fen && lastDropped >= 5)
        ++*fen;
    if (!fen || *fen > static_cast<quint64>(maxAmountFen)) {
        return perRecordError(QCoreApplication::translate(
            "habeas::DamagesCalc", "The result exceeds the maximum of 10,000,000,000,000 yuan."));
    }
    return { static_cast<qint64>(*fen), QString() };
}

PerRecordResult computePerRecord(
    qint64 records, qint64 perRecordFen, const QStringList &coefficients)
{
    QList<Coefficient> parsed;
    parsed.reserve(coefficients.size());
    for (qsizetype i = 0; i < coefficients.size(); ++i) {
        const CoefficientParseResult result = parseCoefficient(coefficients.at(i));
        if (!result.isValid()) {
            return perRecordError(
                QCoreApplication::translate("habeas::DamagesCalc", "Coefficient %1 (\"%2\"): %3")
                    .arg(QString::number(i + 1), coefficients.at(i).trimmed(), result.error));
        }
        parsed.append(*result.coefficient);
    }
    return computePerRecord(records, perRecordFen, parsed);
}

DamagesTotals computeTotals(const QList<DamagesItem> &items, const QString &scenario)
{
    DamagesTotals totals;
    bool overflow = false;
    // Saturate instead of wrapping, and report it once below.
    const auto accumulate = [&overflow](qint64 &sum, qint64 value) {
        if (qAddOverflow(sum, value, &sum)) {
            overflow = true;
            sum =
                value < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
        }
    };

    QMap<qint64, unsigned> headsByDefendant;
    unsigned unattributedHeads = 0;
    unsigned scenarioHeads = 0;

    for (const DamagesItem &item : items) {
        if (item.scenario != scenario)
            continue;
        if (item.amountFen < 0) {
            totals.warnings << QCoreApplication::translate(
                "habeas::DamagesCalc", "Item %1 has a negative amount.")
                                   .arg(item.id);
        }

        accumulate(totals.totalFen, item.amountFen);
        accumulate(totals.perHead[item.head], item.amountFen);
        scenarioHeads |= headBit(item.head);

        // A defendant listed twice is still liable for the item only once.
        QList<qint64> defendants = item.defendantIds;
        std::sort(defendants.begin(), defendants.end());
        defendants.erase(std::unique(defendants.begin(), defendants.end()), defendants.end());

        if (defendants.isEmpty()) {
            accumulate(totals.unattributedFen, item.amountFen);
            unattributedHeads |= headBit(item.head);
        } else if (defendants.size() > 1) {
            accumulate(totals.jointFen, item.amountFen);
        }
        // Joint and several liability: every listed defendant owes the whole item.
        for (qint64 defendant : std::as_const(defendants)) {
            accumulate(totals.perDefendant[defendant], item.amountFen);
            headsByDefendant[defendant] |= headBit(item.head);
        }
    }

    const unsigned alternatives =
        headBit(DamagesHead::PropertyLoss) | headBit(DamagesHead::ProcessorGain);
    for (auto it = headsByDefendant.cbegin(); it != headsByDefendant.cend(); ++it) {
        if ((it.value() & alternatives) == alternatives)
            totals.warnings << alternativesWarning(it.key());
    }
    if ((unattributedHeads & alternatives) == alternatives)
        totals.warnings << alternativesWarning(std::nullopt);

    if ((scenarioHeads & headBit(DamagesHead::Discretionary)) != 0
        && (scenarioHeads & alternatives) != 0) {
        totals.warnings << QCoreApplication::translate("habeas::DamagesCalc",
            "Discretionary damages are claimed together with property loss or processor gain. "
            "Under 《中华人民共和国个人信息保护法》第六十九条第二款 and 《中华人民共和国民法典》"
            "第一千一百八十二条 the court fixes damages only when both the loss and the gain "
            "are hard to determine.");
    }

    if (overflow || totals.totalFen > maxAmountFen) {
        totals.warnings << QCoreApplication::translate(
            "habeas::DamagesCalc", "The total exceeds the maximum of 10,000,000,000,000 yuan.");
    }
    return totals;
}

} // namespace habeas
