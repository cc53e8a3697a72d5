#pragma once

#include <QFormLayout>
#include <QWidget>

class QLabel;

namespace habeas {

// The right-hand inspector: the particulars of what is selected (a party today; an exhibit's
// metadata and hash, an element's citations as those capabilities arrive).
class Inspector final : public QWidget {
    Q_OBJECT

public:
    explicit Inspector(QWidget *parent = nullptr);

    void show(const QString &heading, const QList<std::pair<QString, QString>> &rows);
    void clear();
    QString text() const; // what is shown, for tests and copying

private:
    QLabel *labelAt(int row, QFormLayout::ItemRole role) const;

    QLabel *m_heading;
    QFormLayout *m_form;
    QLabel *m_empty;
    int m_shownRows = 0;
};

} // namespace habeas
