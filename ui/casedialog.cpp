#include "casedialog.h"

#include "core/clock.h"
#include "fieldmessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace habeas {

CaseDialog::CaseDialog(const CaseRecord &record, QWidget *parent)
    : QDialog(parent)
    , m_original(record)
    , m_title(new QLineEdit(record.title, this))
    , m_kind(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_court(new QComboBox(this))
    , m_number(new QLineEdit(record.number, this))
    , m_procuratorateNumber(new QLineEdit(record.procuratorateNumber, this))
    , m_cause(new QComboBox(this))
    , m_filed(new QCheckBox(tr("Filed on"), this))
    , m_filedOn(new QDateEdit(this))
    , m_closed(new QCheckBox(tr("Closed on"), this))
    , m_closedOn(new QDateEdit(this))
    , m_notes(new QPlainTextEdit(record.notes, this))
    , m_titleMessage(new FieldMessage(this))
    , m_filedMessage(new FieldMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(record.id ? tr("Edit case") : tr("New case"));
    m_title->setPlaceholderText(tr("e.g. 罗某诉某公司个人信息保护纠纷案"));
    for (CaseKind k : allCaseKinds())
        m_kind->addItem(displayName(k), static_cast<int>(k));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(record.kind)));
    for (CaseStage s : allCaseStages())
        m_stage->addItem(displayName(s), static_cast<int>(s));
    m_stage->setCurrentIndex(m_stage->findData(static_cast<int>(record.stage)));

    // The courts that hear most personal-information cases; any other can be typed.
    m_court->setEditable(true);
    m_court->addItems({ u"北京互联网法院"_s, u"杭州互联网法院"_s, u"广州互联网法院"_s,
        u"北京市第四中级人民法院"_s });
    m_court->setCurrentText(record.court);
    m_number->setPlaceholderText(tr("e.g. （2021）京0491民初5094号"));
    // Causes of action of the SPC's list (民事案件案由规定) that privacy cases are filed under.
    m_cause->setEditable(true);
    m_cause->addItems({ u"个人信息保护纠纷"_s, u"隐私权纠纷"_s, u"网络侵权责任纠纷"_s,
        u"人格权纠纷"_s, u"个人信息保护民事公益诉讼"_s });
    m_cause->setCurrentText(record.id ? record.cause : u"个人信息保护纠纷"_s);

    m_filed->setChecked(record.filedOn.isValid());
    m_filedOn->setCalendarPopup(true);
    m_filedOn->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_filedOn->setDate(record.filedOn.isValid() ? record.filedOn : Clock::today());
    m_filedOn->setEnabled(m_filed->isChecked());
    m_closed->setChecked(record.closedOn.isValid());
    m_closed->setToolTip(tr("The day the case ended (judgment in force, withdrawal, settlement): "
                            "no deadline starts after it."));
    m_closedOn->setCalendarPopup(true);
    m_closedOn->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_closedOn->setDate(record.closedOn.isValid() ? record.closedOn : Clock::today());
    m_closedOn->setEnabled(m_closed->isChecked());
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(100);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), m_titleMessage);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("C&ourt:"), m_court);
    form->addRow(tr("Case &number:"), m_number);
    m_procuratorateNumber->setPlaceholderText(tr("public interest: e.g. 京海检民公诉〔2024〕1号"));
    form->addRow(tr("Procuratorate's &document number:"), m_procuratorateNumber);
    form->addRow(tr("Cause of &action:"), m_cause);
    auto *filedRow = new QHBoxLayout;
    filedRow->addWidget(m_filed);
    filedRow->addWidget(m_filedOn, 1);
    form->addRow(tr("Filing:"), filedRow);
    auto *closedRow = new QHBoxLayout;
    closedRow->addWidget(m_closed);
    closedRow->addWidget(m_closedOn, 1);
    form->addRow(tr("End:"), closedRow);
    form->addRow(QString(), m_filedMessage);
    form->addRow(tr("N&otes:"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &CaseDialog::revalidate);
    connect(m_procuratorateNumber, &QLineEdit::textChanged, this, &CaseDialog::revalidate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CaseDialog::revalidate);
    connect(m_filed, &QCheckBox::toggled, m_filedOn, &QWidget::setEnabled);
    connect(m_filed, &QCheckBox::toggled, this, &CaseDialog::revalidate);
    connect(m_filedOn, &QDateEdit::dateChanged, this, &CaseDialog::revalidate);
    connect(m_closed, &QCheckBox::toggled, m_closedOn, &QWidget::setEnabled);
    connect(m_closed, &QCheckBox::toggled, this, &CaseDialog::revalidate);
    connect(m_closedOn, &QDateEdit::dateChanged, this, &CaseDialog::revalidate);
    resize(520, sizeHint().height());
    revalidate();
}

CaseRecord CaseDialog::record() const
{
    CaseRecord r = m_original;
    r.title = m_title->text().trimmed();
    r.kind = static_cast<CaseKind>(m_kind->currentData().toInt());
    r.stage = static_cast<CaseStage>(m_stage->currentData().toInt());
    r.court = m_court->currentText().trimmed();
    r.number = m_number->text().trimmed();
    r.procuratorateNumber = m_procuratorateNumber->text().trimmed();
    r.cause = m_cause->currentText().trimmed();
    r.filedOn = m_filed->isChecked() ? m_filedOn->date() : QDate();
    r.closedOn = m_closed->isChecked() ? m_closedOn->date() : QDate();
    r.notes = m_notes->toPlainText();
    return r;
}

void CaseDialog::revalidate()
{
    QString titleProblem;
    QString filedProblem;
    for (const FieldProblem &p : validateCase(record())) {
        if (p.field == u"title"_s)
            titleProblem = p.message;
        else
            filedProblem = p.message;
    }
    // The 文号 belongs to a procuratorate's case only.
    m_procuratorateNumber->setEnabled(
        isPublicInterest(static_cast<CaseKind>(m_kind->currentData().toInt()))
        || !m_procuratorateNumber->text().isEmpty());
    // Say nothing about an empty title until the user has typed something.
    m_titleMessage->setMessage(m_title->isModified() ? titleProblem : QString());
    m_filedMessage->setMessage(filedProblem);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(titleProblem.isEmpty() && filedProblem.isEmpty());
}

} // namespace habeas
