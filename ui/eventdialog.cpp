#include "eventdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace habeas {

EventDialog::EventDialog(
    const EventRecord &event, const QList<EvidenceRecord> &exhibits, QWidget *parent)
    : QDialog(parent)
    , m_event(event)
    , m_date(new QLineEdit(event.date, this))
    , m_precision(new QComboBox(this))
    , m_text(new QPlainTextEdit(event.text, this))
    , m_disputed(new QCheckBox(tr("The other side disputes this fact"), this))
    , m_exhibits(new QListWidget(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(event.id ? tr("Edit Fact") : tr("Add Fact"));
    m_date->setPlaceholderText(tr("2021-01-20, 2021-01 or 2021"));
    const std::pair<DatePrecision, QString> precisions[] = {
        { DatePrecision::Day, tr("Day") },
        { DatePrecision::Month, tr("Month") },
        { DatePrecision::Year, tr("Year") },
        { DatePrecision::Approximate, tr("Approximate") },
    };
    for (const auto &[precision, label] : precisions)
        m_precision->addItem(label, static_cast<int>(precision));
    m_precision->setCurrentIndex(m_precision->findData(static_cast<int>(event.precision)));
    m_text->setPlaceholderText(tr("What happened, as the complaint will state it"));
    m_disputed->setChecked(event.disputed);
    for (const EvidenceRecord &r : exhibits) {
        auto *item = new QListWidgetItem(r.exhibitNumber() + u"  "_s + r.title, m_exhibits);
        item->setData(Qt::UserRole, r.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(event.evidenceIds.contains(r.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_message->setStyleSheet(u"color: #b71c1c"_s);
    m_message->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Precision:"), m_precision);
    form->addRow(tr("&Fact:"), m_text);
    form->addRow(QString(), m_disputed);
    form->addRow(tr("Proved by:"), m_exhibits);
    form->addRow(m_message);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QLineEdit::textChanged, this, &EventDialog::validate);
    connect(m_precision, &QComboBox::currentIndexChanged, this, &EventDialog::validate);
    connect(m_text, &QPlainTextEdit::textChanged, this, &EventDialog::validate);
    validate();
}

EventRecord EventDialog::event() const
{
    EventRecord e = m_event;
    e.date = m_date->text().trimmed();
    e.precision = static_cast<DatePrecision>(m_precision->currentData().toInt());
    e.text = m_text->toPlainText().trimmed();
    e.disputed = m_disputed->isChecked();
    e.evidenceIds.clear();
    for (int i = 0; i < m_exhibits->count(); ++i)
        if (m_exhibits->item(i)->checkState() == Qt::Checked)
            e.evidenceIds << m_exhibits->item(i)->data(Qt::UserRole).toLongLong();
    return e;
}

void EventDialog::validate()
{
    const EventRecord e = event();
    QString problem = validateEventDate(e.date, e.precision);
    if (problem.isEmpty() && e.text.isEmpty())
        problem = tr("Describe the fact.");
    m_message->setText(e.date.isEmpty() ? QString() : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace habeas
