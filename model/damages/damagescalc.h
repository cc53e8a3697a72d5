#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace habeas {

// Heads of damages available in PI/privacy tort claims.
enum class DamagesHead {
    PropertyLoss, // 实际损失 (PIPL 69(2), Civil Code 1182)
    ProcessorGain, // 侵权人获益, alternative to PropertyLoss
    RightsProtectionCost, // 维权合理开支
    MentalDistress, // 精神损害抚慰金 (Civil Code 1183)
    Discretionary, // 酌定赔偿, only when loss and gain are both hard to determine
    IllegalGain, // 违法所得
    PerRecord, // 按记录计算的损害
};

[[nodiscard]] QList<DamagesHead> allDamagesHeads();
// Stable CLI / storage id, e.g. "property-loss".
[[nodiscard]] QString headId(DamagesHead head);
[[nodiscard]] std::optional<DamagesHead> headFromId(const QString &id);
// Translated display name.
[[nodiscard]] QString headDisplayName(DamagesHead head);

// An exact decimal factor: numerator / 10^decimals.
struct Coefficient {
    qint64 numerator = 1;
    int decimals = 0;
};

struct CoefficientParseResult {
    std::optional<Coefficient> coefficient;
    QString error; // translated; empty on success

    [[nodiscard]] bool isValid() const { return coefficient.has_value(); }
};

// Parses "1.5", "10", "0.0001": positive, at most four decimals, no exponent.
[[nodiscard]] CoefficientParseResult parseCoefficient(const QString &text);

struct PerRecordResult {
    std::optional<qint64> fen;
    QString error; // translated; empty on success

    [[nodiscard]] bool isValid() const { return fen.has_value(); }
};

// records x perRecordFen x every coefficient, computed exactly and rounded half
// up to the fen once at the end. Rejects records < 1, perRecordFen < 1 and
// results above maxAmountFen.
[[nodiscard]] PerRecordResult computePerRecord(
    qint64 records, qint64 perRecordFen, const QList<Coefficient> &coefficients);
// Same, parsing the coefficients first; the error names the offending one.
[[nodiscard]] PerRecordResult computePerRecord(
    qint64 records, qint64 perRecordFen, const QStringList &coefficients);

struct DamagesItem {
    qint64 id = 0;
    DamagesHead head = DamagesHead::PropertyLoss;
    qint64 amountFen = 0;
    QString scenario;
    // Defendants liable for this item; several = joint and several liability.
    // Empty means unattributed (not "all defendants").
    QList<qint64> defendantIds;
};

struct DamagesTotals {
    qint64 totalFen = 0; // each item once, whatever its defendants
    QMap<DamagesHead, qint64> perHead;
    QMap<qint64, qint64> perDefendant; // each defendant's full exposure
    qint64 jointFen = 0; // items with two or more defendants
    qint64 unattributedFen = 0; // items with no defendant
    QStringList warnings; // translated
};

// Totals over the items whose scenario equals `scenario` exactly (an empty
// scenario selects items with an empty scenario). Items of other scenarios are
// alternatives and never add up.
[[nodiscard]] DamagesTotals computeTotals(const QList<DamagesItem> &items, const QString &scenario);

} // namespace habeas
