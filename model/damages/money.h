#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

QT_BEGIN_NAMESPACE
class QLocale;
QT_END_NAMESPACE

namespace habeas {

// Money is always an integer number of fen (0.01 yuan); never a floating-point value.
inline constexpr qint64 fenPerYuan = 100;
// Largest supported amount: 10^13 yuan. Far above any realistic claim, yet small
// enough that rate and coefficient arithmetic stays comfortably inside qint64.
inline constexpr qint64 maxAmountFen = 1'000'000'000'000'000;

struct MoneyParseResult {
    std::optional<qint64> fen; // set on success
    QString error; // translated, user-visible; empty on success

    [[nodiscard]] bool isValid() const { return fen.has_value(); }
};

// Parses a non-negative yuan amount with at most two decimals, e.g. "2900",
// "2900.5", "1,038.50", " 0.05 ". Full-width digits and punctuation are folded
// via NFKC. Thousands commas, if used, must separate groups of three digits.
// Amounts above maxAmountFen are rejected.
[[nodiscard]] MoneyParseResult parseYuan(const QString &text);

// Locale figures with group separators and exactly two decimals ("2,900.00").
[[nodiscard]] QString formatYuan(qint64 fen, const QLocale &locale);

// Locale-independent "2900.00" / "-0.05" for machine-readable output.
[[nodiscard]] QString formatYuanPlain(qint64 fen);

// Financial capital form used in filings, e.g. "人民币壹仟零叁拾捌元伍角".
// Defined for 0 <= fen <= maxAmountFen; returns an empty string otherwise
// (negative amounts have no capital form in a claim).
[[nodiscard]] QString chineseCapitals(qint64 fen);

} // namespace habeas
