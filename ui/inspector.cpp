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

void Inspector::show(const QString &heading, const QList<std::pair<QString, QString>> &rows)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_heading->setText(heading);
    m_heading->setVisible(true);
    m_empty->setVisible(false);
    for (const auto &[label, value] : rows) {
        if (value.isEmpty())
            continue;
        auto *v = new QLabel(value, this);
        v->setWordWrap(true);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(label + u':', v);
    }
}

void Inspector::clear()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_heading->clear();
    m_heading->setVisible(false);
    m_empty->setVisible(true);
}

QString Inspector::text() const
{
    QStringList lines { m_heading->text() };
    for (int row = 0; row < m_form->rowCount(); ++row) {
        const auto *label =
            qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        const auto *value =
            qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
        if (label && value)
            lines << label->text() + u' ' + value->text();
    }
    return lines.join(u'\n');
}

} // namespace habeas
