#include "inspector.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace habeas {

Inspector::Inspector(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_form(new QFormLayout)
    , m_empty(new QLabel(tr("Select a party or an exhibit to see its particulars."), this))
{
    QFont f = m_heading->font();
    f.setBold(true);
    m_heading->setFont(f);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(m_form);
    layout->addWidget(m_empty);
    layout->addStretch();
    clear();
}

// The rows are made once and reused: a selectable, word-wrapped label is a small text
// document, and making a dozen of them on every click in the evidence list showed as a stall.
void Inspector::show(const QString &heading, const QList<std::pair<QString, QString>> &rows)
{
    m_heading->setText(heading);
    m_heading->setVisible(true);
    m_empty->setVisible(false);
    int shown = 0;
    for (const auto &[label, value] : rows) {
        if (value.isEmpty())
            continue;
        if (shown == m_form->rowCount()) {
            auto *v = new QLabel(this);
            v->setWordWrap(true);
            v->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_form->addRow(new QLabel(this), v);
        }
        labelAt(shown, QFormLayout::LabelRole)->setText(label + u':');
        labelAt(shown, QFormLayout::FieldRole)->setText(value);
        m_form->setRowVisible(shown++, true);
    }
    for (int row = shown; row < m_form->rowCount(); ++row)
        m_form->setRowVisible(row, false);
    m_shownRows = shown;
}

void Inspector::clear()
{
    for (int row = 0; row < m_form->rowCount(); ++row)
        m_form->setRowVisible(row, false);
    m_shownRows = 0;
    m_heading->clear();
    m_heading->setVisible(false);
    m_empty->setVisible(true);
}

QLabel *Inspector::labelAt(int row, QFormLayout::ItemRole role) const
{
    return qobject_cast<QLabel *>(m_form->itemAt(row, role)->widget());
}

QString Inspector::text() const
{
    QStringList lines { m_heading->text() };
    for (int row = 0; row < m_shownRows; ++row)
        lines << labelAt(row, QFormLayout::LabelRole)->text() + u' '
                + labelAt(row, QFormLayout::FieldRole)->text();
    return lines.join(u'\n');
}

} // namespace habeas
