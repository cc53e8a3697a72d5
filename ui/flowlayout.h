#pragma once

#include <QLayout>
#include <QList>

namespace habeas {

// A row of buttons that wraps: its items are laid out left to right and continue on a further
// line when the width runs out, so that a panel's button row never makes the window wider than
// a laptop's screen. Its minimum width is that of its widest item; its height follows the width
// (heightForWidth). An item may be marked to keep to the right of its line (addTrailingWidget),
// as a row's last button is in a QHBoxLayout after addStretch().
class FlowLayout final : public QLayout {
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    // Puts `widget` at the right end of the line it lands on.
    void addTrailingWidget(QWidget *widget);

    int count() const override { return static_cast<int>(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Lays the items out in `rect` (only measures when `apply` is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;
    // The space between items (the layout's spacing, else the style's between two buttons).
    int gap(Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
    QLayoutItem *m_trailing = nullptr;
};

} // namespace habeas
