#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace habeas {

// Largest value the conversions handle: statutes and their items never come near it, and
// stopping below 亿 keeps the grammar small enough to validate strictly.
inline constexpr int maxChineseNumeral = 99'999'999;

// Standard statute form: 十, 十六, 二十, 一百零三, 一百一十, 一千零三十四, 一千一百八十二.
// Returns an empty string for values outside 0..maxChineseNumeral.
[[nodiscard]] QString toChineseNumeral(int value);

// Inverse of toChineseNumeral(); also accepts 〇 for 零, 两 for 二 and a leading 一十.
// Rejects malformed numerals (一二, 百, 一千三 – ambiguous without 零) instead of guessing.
[[nodiscard]] std::optional<int> fromChineseNumeral(QStringView text);

// True for the characters fromChineseNumeral() understands; lets scanners find numeral runs.
[[nodiscard]] bool isChineseNumeralChar(QChar c);

} // namespace habeas
