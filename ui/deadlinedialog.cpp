#include "deadlinedialog.h"

#include "core/clock.h"
#include "documentregister.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace habeas {

DeadlineDialog::DeadlineDialog(DeadlineStore &store, const DeadlineRecord &record,
    const QList<EventRecord> &events, const QList<GeneratedDocument> &documents, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_original(record)
    , m_kind(new QComboBox(this))
    , m_fromDate(new QRadioButton(tr("A &day:"), this))
    , m_fromEvent(new QRadioButton(tr("A fact of the &chronology:"), this))
    , m_fromDocument(new QRadioButton(tr("A generated d&ocument:"), this))
    , m_date(new QDateEdit(this))
    , m_event(new QComboBox(this))
    , m_document(new QComboBox(this))
    , m_amount(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_title(new QLineEdit(record.title, this))
    , m_note(new QPlainTextEdit(record.note, this))
    , m_startsFrom(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(record.id ? tr("Edit deadline") : tr("New deadline"));
    for (DeadlineKind k : allDeadlineKinds())
        m_kind->addItem(displayName(k), static_cast<int>(k));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(record.kind)));
    setUpStart(record, events, documents);
    m_amount->setRange(1, 36500);
    for (PeriodUnit u :
        { PeriodUnit::Days, PeriodUnit::WorkingDays, PeriodUnit::Months, PeriodUnit::Years }) {
        m_unit->addItem(unitName(u), static_cast<int>(u));
    }
    if (record.period.amount > 0) {
        m_amount->setValue(record.period.amount);
        m_unit->setCurrentIndex(m_unit->findData(static_cast<int>(record.period.unit)));
    }
    m_title->setPlaceholderText(tr("(the rule's name)"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(70);
    m_startsFrom->setWordWrap(true);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setMinimumHeight(90);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildForm());
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DeadlineDialog::kindChanged);
    for (QRadioButton *b : { m_fromDate, m_fromEvent, m_fromDocument })
        connect(b, &QRadioButton::toggled, this, &DeadlineDialog::refresh);
    connect(m_date, &QDateEdit::dateChanged, this, &DeadlineDialog::refresh);
    connect(m_event, &QComboBox::currentIndexChanged, this, &DeadlineDialog::refresh);
    connect(m_document, &QComboBox::currentIndexChanged, this, &DeadlineDialog::refresh);
    connect(m_amount, &QSpinBox::valueChanged, this, &DeadlineDialog::refresh);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &DeadlineDialog::refresh);
    connect(m_title, &QLineEdit::textChanged, this, &DeadlineDialog::refresh);
    if (record.period.amount == 0)
        kindChanged();
    else
        refresh();
    resize(560, sizeHint().height());
}

// What the period starts from: a day, a fact of the chronology or a generated document.
void DeadlineDialog::setUpStart(const DeadlineRecord &record, const QList<EventRecord> &events,
    const QList<GeneratedDocument> &documents)
{
    auto *group = new QButtonGroup(this);
    group->addButton(m_fromDate);
    group->addButton(m_fromEvent);
    group->addButton(m_fromDocument);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setDate(record.fromDate.isValid() ? record.fromDate : Clock::today());
    // Only facts dated to the day can start a period.
    for (const EventRecord &e : events)
        if (e.precision == DatePrecision::Day)
            m_event->addItem(u"%1  %2"_s.arg(e.date, e.text.left(40)), e.id);
    for (const GeneratedDocument &d : documents)
        m_document->addItem(
            u"%1  %2 (%3)"_s.arg(d.createdAt.left(10), d.templateId, d.format), d.id);
    m_fromEvent->setEnabled(m_event->count() > 0);
    m_fromDocument->setEnabled(m_document->count() > 0);
    if (record.eventId && m_event->findData(record.eventId) >= 0) {
        m_fromEvent->setChecked(true);
        m_event->setCurrentIndex(m_event->findData(record.eventId));
    } else if (record.documentId && m_document->findData(record.documentId) >= 0) {
        m_fromDocument->setChecked(true);
        m_document->setCurrentIndex(m_document->findData(record.documentId));
    } else {
        m_fromDate->setChecked(true);
    }
}

QFormLayout *DeadlineDialog::buildForm()
{
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(QString(), m_startsFrom);
    auto *start = new QVBoxLayout;
    for (const auto &[button, field] :
        { std::pair<QRadioButton *, QWidget *> { m_fromDate, m_date }, { m_fromEvent, m_event },
            { m_fromDocument, m_document } }) {
        auto *row = new QHBoxLayout;
        row->addWidget(button);
        row->addWidget(field, 1);
        start->addLayout(row);
    }
    form->addRow(tr("Starts from:"), start);
    auto *period = new QHBoxLayout;
    period->addWidget(m_amount);
    period->addWidget(m_unit, 1);
    form->addRow(tr("&Period:"), period);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("Due:"), m_preview);
    return form;
}

void DeadlineDialog::kindChanged()
{
    const auto kind = static_cast<DeadlineKind>(m_kind->currentData().toInt());
    // The rule's own period, which the user may still change (a party abroad has 30 days).
    if (const auto &period = deadlineRule(kind).period) {
        const QSignalBlocker a(m_amount);
        const QSignalBlocker u(m_unit);
        m_amount->setValue(period->amount);
        m_unit->setCurrentIndex(m_unit->findData(static_cast<int>(period->unit)));
    }
    refresh();
}

DeadlineRecord DeadlineDialog::record() const
{
    DeadlineRecord r = m_original;
    r.kind = static_cast<DeadlineKind>(m_kind->currentData().toInt());
    r.eventId = m_fromEvent->isChecked() ? m_event->currentData().toLongLong() : 0;
    r.documentId = m_fromDocument->isChecked() ? m_document->currentData().toLongLong() : 0;
    if (m_fromDate->isChecked())
        r.fromDate = m_date->date();
    r.period = { static_cast<PeriodUnit>(m_unit->currentData().toInt()), m_amount->value() };
    r.title = m_title->text().trimmed();
    r.note = m_note->toPlainText().trimmed();
    return r;
}

void DeadlineDialog::refresh()
{
    const DeadlineRecord r = record();
    m_date->setEnabled(m_fromDate->isChecked());
    m_event->setEnabled(m_fromEvent->isChecked());
    m_document->setEnabled(m_fromDocument->isChecked());
    const QString basis = basisText(r.kind);
    m_startsFrom->setText(basis.isEmpty()
            ? tr("Runs from %1.").arg(startsFromText(r.kind))
            : tr("Runs from %1 (%2).").arg(startsFromText(r.kind), basis));
    const auto preview = m_store.preview(r);
    QString text;
    if (!preview.ok()) {
        text = preview.error().message;
    } else if (!preview->computed) {
        text = preview->problem;
    } else {
        QStringList lines { QLocale().toString(preview->dueDate(), QLocale::LongFormat) };
        lines += preview->due.working;
        for (const QString &w : preview->warnings)
            lines << tr("Warning: %1").arg(w);
        text = lines.join(u'\n');
    }
    m_preview->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(preview.ok() && preview->computed);
}

} // namespace habeas
