#pragma once

#include <QList>
#include <QWidget>

#include <utility>

namespace habeas {

// A horizontal bar chart of counts, one bar a row with its label and figure, painted with
// QPainter (the register panel's breakdowns).
class RegisterChart final : public QWidget {
    Q_OBJECT

public:
    explicit RegisterChart(QWidget *parent = nullptr);

    void setData(const QList<std::pair<QString, qint64>> &bars);
    const QList<std::pair<QString, qint64>> &data() const { return m_bars; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<std::pair<QString, qint64>> m_bars;
};

} // namespace habeas
