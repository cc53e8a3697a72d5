#include "registerchart.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace habeas {

namespace {

constexpr int kRowGap = 4;
constexpr int kMargin = 6;

} // namespace

RegisterChart::RegisterChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void RegisterChart::setData(const QList<std::pair<QString, qint64>> &bars)
{
    m_bars = bars;
    updateGeometry();
    update();
}

QSize RegisterChart::sizeHint() const
{
    const int row = fontMetrics().height() + kRowGap;
    return { 360, 2 * kMargin + row * std::max<int>(1, static_cast<int>(m_bars.size())) };
}

QSize RegisterChart::minimumSizeHint() const
{
    return { 200, 2 * kMargin + fontMetrics().height() };
}

void RegisterChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (m_bars.isEmpty())
        return;
    const QFontMetrics fm = fontMetrics();
    const QLocale locale;
    int labelWidth = 0;
    int figureWidth = 0;
    qint64 largest = 1;
    for (const auto &[label, count] : m_bars) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(label));
        figureWidth = std::max(figureWidth, fm.horizontalAdvance(locale.toString(count)));
        largest = std::max(largest, count);
    }
    labelWidth = std::min(labelWidth + 2, width() / 3); // +2: no eliding of a label that fits
    const int barLeft = kMargin + labelWidth + kMargin;
    const int barSpace = std::max(1, width() - barLeft - figureWidth - 2 * kMargin);
    const int row = fm.height() + kRowGap;
    int y = kMargin;
    for (const auto &[label, count] : m_bars) {
        const QRect labelRect(kMargin, y, labelWidth, fm.height());
        p.setPen(palette().color(QPalette::Text));
        p.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
            fm.elidedText(label, Qt::ElideRight, labelWidth));
        const int length = static_cast<int>(double(count) / double(largest) * barSpace);
        p.fillRect(QRect(barLeft, y + 1, std::max(length, count > 0 ? 1 : 0), fm.height() - 2),
            palette().color(QPalette::Highlight));
        p.drawText(QRect(barLeft + length + kMargin, y, figureWidth + kMargin, fm.height()),
            Qt::AlignLeft | Qt::AlignVCenter, locale.toString(count));
        y += row;
    }
}

} // namespace habeas
