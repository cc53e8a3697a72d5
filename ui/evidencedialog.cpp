#include "evidencedialog.h"

#include "core/clock.h"
#include "fieldmessage.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace habeas {

EvidenceDialog::EvidenceDialog(const EvidenceRecord &record, QWidget *parent)
    : QDialog(parent)
    , m_original(record)
    , m_title(new QLineEdit(record.title, this))
    , m_purpose(new QLineEdit(record.purpose, this))
    , m_source(new QLineEdit(record.source, this))
    , m_hasCaptured(new QCheckBox(this))
    , m_captured(new QDateTimeEdit(this))
    , m_device(new QLineEdit(record.device, this))
    , m_operator(new QLineEdit(record.operatorName, this))
    , m_notary(new QLineEdit(record.notaryCert, this))
    , m_witnesses(new QLineEdit(record.witnesses, this))
    , m_timestampCert(new QLineEdit(record.timestampCert, this))
    , m_collection(new QPlainTextEdit(record.collection, this))
    , m_notes(new QPlainTextEdit(record.notes, this))
    , m_message(new FieldMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Exhibit %1").arg(record.exhibitNumber()));
    m_purpose->setPlaceholderText(tr("e.g. 证明被告App首次登录时强制收集职业等信息，无跳过选项"));
    m_source->setPlaceholderText(tr("URL, or app name, package and version"));
    m_device->setPlaceholderText(tr("e.g. iPhone 12, iOS 14.3"));
    m_hasCaptured->setChecked(record.capturedAt.isValid());
    m_captured->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss t"_s);
    m_captured->setCalendarPopup(true);
    m_captured->setDateTime(record.capturedAt.isValid() ? record.capturedAt : Clock::now());
    m_captured->setEnabled(m_hasCaptured->isChecked());
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    m_notes->setPlaceholderText(tr("How it was collected: steps, witnesses, preservation"));

    auto *fixed = new QLabel(
        u"%1 · %2 · SHA-256 %3"_s.arg(record.originalName, record.mediaType, record.sha256), this);
    fixed->setWordWrap(true);
    fixed->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Proves:"), m_purpose);
    form->addRow(tr("&Source:"), m_source);
    auto *capturedRow = new QHBoxLayout;
    capturedRow->addWidget(m_hasCaptured);
    capturedRow->addWidget(m_captured, 1);
    form->addRow(tr("&Captured:"), capturedRow);
    form->addRow(tr("&Device:"), m_device);
    form->addRow(tr("&Operator:"), m_operator);
    form->addRow(tr("Notarial &certificate:"), m_notary);
    form->addRow(tr("&Witnesses / notary:"), m_witnesses);
    form->addRow(tr("Timestamp / &blockchain certificate:"), m_timestampCert);
    m_collection->setPlaceholderText(tr("How the item was collected, step by step"));
    m_collection->setMaximumHeight(80);
    form->addRow(tr("How co&llected:"), m_collection);
    form->addRow(tr("&Notes:"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fixed);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hasCaptured, &QCheckBox::toggled, m_captured, &QWidget::setEnabled);
    connect(m_title, &QLineEdit::textChanged, this, &EvidenceDialog::revalidate);
    resize(600, sizeHint().height());
    revalidate();
}

EvidenceRecord EvidenceDialog::record() const
{
    EvidenceRecord r = m_original;
    r.title = m_title->text().trimmed();
    r.purpose = m_purpose->text().trimmed();
    r.source = m_source->text().trimmed();
    r.capturedAt = m_hasCaptured->isChecked() ? m_captured->dateTime() : QDateTime();
    r.device = m_device->text().trimmed();
    r.operatorName = m_operator->text().trimmed();
    r.notaryCert = m_notary->text().trimmed();
    r.witnesses = m_witnesses->text().trimmed();
    r.timestampCert = m_timestampCert->text().trimmed();
    r.collection = m_collection->toPlainText().trimmed();
    r.notes = m_notes->toPlainText().trimmed();
    return r;
}

void EvidenceDialog::revalidate()
{
    const bool ok = !m_title->text().trimmed().isEmpty();
    m_message->setMessage(ok ? QString() : tr("An exhibit needs a title."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace habeas
