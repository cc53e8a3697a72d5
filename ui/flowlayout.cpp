#include "flowlayout.h"

#include <QStyle>
#include <QWidget>

namespace habeas {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

void FlowLayout::addTrailingWidget(QWidget *widget)
{
    addWidget(widget);
    m_trailing = m_items.constLast();
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    if (item == m_trailing)
        m_trailing = nullptr;
    return item;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // All on one line, as a QHBoxLayout would ask.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width ? gap(Qt::Horizontal) : 0) + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return { width + m.left() + m.right(), height + m.top() + m.bottom() };
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    QList<std::pair<QLayoutItem *, QRect>> line; // placed once the line's height is known
    const auto finishLine = [&] {
        // Items of a line share its middle, so a label sits level with the box beside it.
        if (apply)
            for (const auto &[item, box] : std::as_const(line))
                item->setGeometry(box.translated(0, (lineHeight - box.height()) / 2));
        line.clear();
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        if (x > area.x() && x + hint.width() > area.right() + 1) {
            finishLine();
            x = area.x();
            y += lineHeight + gap(Qt::Vertical);
            lineHeight = 0;
        }
        // The trailing item keeps to the right edge of its line.
        const int left = item == m_trailing ? std::max(x, area.right() + 1 - hint.width()) : x;
        line.append({ item, QRect(left, y, std::min(hint.width(), area.width()), hint.height()) });
        x = left + hint.width() + gap(Qt::Horizontal);
        lineHeight = std::max(lineHeight, hint.height());
    }
    finishLine();
    return y + lineHeight - rect.y() + contentsMargins().bottom();
}

int FlowLayout::gap(Qt::Orientation orientation) const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *owner = parentWidget();
    const int styled = owner ? owner->style()->combinedLayoutSpacing(
                           QSizePolicy::PushButton, QSizePolicy::PushButton, orientation)
                             : -1;
    return styled >= 0 ? styled : 6;
}

} // namespace habeas
