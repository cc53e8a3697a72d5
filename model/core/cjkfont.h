#pragma once

#include <QStringList>

namespace habeas {

// The Chinese font the PDFs, the demo's screenshots and the exhibit stamps are drawn with, chosen
// per platform from the fonts each ships: SimSun / Microsoft YaHei on Windows, PingFang / Songti
// on macOS, WenQuanYi Zen Hei or Noto CJK on Linux. WenQuanYi comes before Noto: with Qt 6.4,
// Noto CJK's PDFs map common characters to radicals, so their text does not extract.
namespace CjkFont {

// The families this platform prefers, best first.
QStringList preferences();

// The first preferred family installed, else any family the font database says writes
// Simplified Chinese, else the system font. Computed once.
QString family();

} // namespace CjkFont

} // namespace habeas
