#include "damagesdialog.h"

#include "core/clock.h"
#include "damages/money.h"
#include "damages/registerbasis.h"
#include "fieldmessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {
// "敏感个人信息=10; 未成年人=2; 1.5" ↔ labelled coefficients.
QList<LabelledCoefficient> parseCoefficients(const QString &text)
{
    QList<LabelledCoefficient> list;
    for (const QString &part : text.split(QRegularExpression(u"[;；]"_s), Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        if (p.isEmpty())
            continue;
        const qsizetype eq = p.lastIndexOf(u'=');
        list << LabelledCoefficient { eq < 0 ? QString() : p.left(eq).trimmed(),
            (eq < 0 ? p : p.mid(eq + 1)).trimmed() };
    }
    return list;
}

QString coefficientsText(const QList<LabelledCoefficient> &list)
{
    QStringList parts;
    for (const LabelledCoefficient &c : list)
        parts << (c.label.isEmpty() ? c.factor : c.label + u'=' + c.factor);
    return parts.join(u"; "_s);
}

QString yuanText(qint64 fen)
{
    return fen ? formatYuanPlain(fen) : QString();
}
} // namespace

DamagesDialog::DamagesDialog(const DamagesRecord &record, const QList<PartyRecord> &parties,
    const QStringList &scenarios, const QList<EvidenceRecord> &exhibits, QWidget *parent)
    : QDialog(parent)
    , m_original(record)
    , m_parties(parties)
    , m_head(new QComboBox(this))
    , m_scenario(new QComboBox(this))
    , m_amount(new QLineEdit(yuanText(record.amountFen), this))
    , m_description(new QLineEdit(record.description, this))
    , m_basis(new QLineEdit(record.basis, this))
    , m_defendants(new QListWidget(this))
    , m_perRecordBox(new QGroupBox(tr("Per-record amount"), this))
    , m_records(new QLineEdit(record.records ? QString::number(record.records) : QString(), this))
    , m_perRecord(new QLineEdit(yuanText(record.perRecordFen), this))
    , m_coefficients(new QLineEdit(coefficientsText(record.coefficients), this))
    , m_computed(new QLabel(this))
    , m_factorsBox(new QGroupBox(
          tr("Factors relied on (SPC interpretation on mental distress, Art. 5)"), this))
    , m_ledgerBox(new QGroupBox(tr("Expense ledger entry"), this))
    , m_expenseKind(new QComboBox(this))
    , m_paid(new QCheckBox(tr("Paid on"), this))
    , m_paidOn(new QDateEdit(this))
    , m_payee(new QLineEdit(record.payee, this))
    , m_receipt(new QLineEdit(record.receipt, this))
    , m_note(new QLineEdit(record.note, this))
    , m_exhibit(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_toName(new QLineEdit(record.recipientName, this))
    , m_fromRegister(new QComboBox(this))
    , m_message(new FieldMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(record.id ? tr("Edit damages item") : tr("Add damages item"));
    setUpPerRecordBox(record);
    setUpFactorsBox(record);
    setUpLedgerBox(record);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(itemForm(record, parties, scenarios, exhibits));
    layout->addWidget(m_perRecordBox);
    layout->addWidget(m_factorsBox);
    layout->addWidget(m_ledgerBox);
    auto *noteForm = new QFormLayout;
    noteForm->addRow(tr("&Note:"), m_note);
    layout->addLayout(noteForm);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_head, &QComboBox::currentIndexChanged, this, &DamagesDialog::onHeadChanged);
    connect(m_paid, &QCheckBox::toggled, m_paidOn, &QWidget::setEnabled);
    for (QLineEdit *edit : { m_amount, m_records, m_perRecord, m_coefficients, m_basis, m_toName })
        connect(edit, &QLineEdit::textChanged, this, &DamagesDialog::revalidate);
    for (QComboBox *box : { m_scenario, m_fromRegister })
        connect(box, &QComboBox::currentTextChanged, this, &DamagesDialog::revalidate);
    connect(m_to, &QComboBox::currentIndexChanged, this, &DamagesDialog::revalidate);
    connect(m_defendants, &QListWidget::itemChanged, this, &DamagesDialog::revalidate);
    for (QCheckBox *box : std::as_const(m_factors))
        connect(box, &QCheckBox::toggled, this, &DamagesDialog::revalidate);
    onHeadChanged();
    resize(620, sizeHint().height());
}

// Head, scenario, amount, description, basis, defendants, exhibit and, in public interest, the
// payee.
QFormLayout *DamagesDialog::itemForm(const DamagesRecord &record, const QList<PartyRecord> &parties,
    const QStringList &scenarios, const QList<EvidenceRecord> &exhibits)
{
    for (DamagesHead h : allDamagesHeads())
        m_head->addItem(headDisplayName(h), static_cast<int>(h));
    m_head->setCurrentIndex(m_head->findData(static_cast<int>(record.head)));
    m_scenario->setEditable(true);
    for (const QString &s : scenarios)
        m_scenario->addItem(scenario::displayName(s), s);
    const int at = m_scenario->findData(record.scenario);
    if (at >= 0)
        m_scenario->setCurrentIndex(at);
    else
        m_scenario->setCurrentText(record.scenario);
    m_amount->setPlaceholderText(tr("yuan, e.g. 2900 or 1038.50"));
    m_basis->setPlaceholderText(tr("e.g. 《中华人民共和国民法典》第一千一百八十二条"));
    for (const PartyRecord &p : parties) {
        if (p.role != PartyRole::Defendant || p.isTrashed())
            continue;
        auto *item = new QListWidgetItem(p.name, m_defendants);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(record.defendantIds.contains(p.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_defendants->setMaximumHeight(80);
    m_exhibit->addItem(tr("(none)"), 0);
    for (const EvidenceRecord &e : exhibits)
        m_exhibit->addItem(u"%1  %2"_s.arg(e.exhibitNumber(), e.title), e.id);
    m_exhibit->setCurrentIndex(std::max(0, m_exhibit->findData(record.evidenceId)));

    auto *form = new QFormLayout;
    form->addRow(tr("&Head:"), m_head);
    form->addRow(tr("&Scenario:"), m_scenario);
    form->addRow(tr("&Amount (yuan):"), m_amount);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Legal &basis:"), m_basis);
    form->addRow(tr("Claimed &against:"), m_defendants);
    form->addRow(tr("Proved by e&xhibit:"), m_exhibit);
    // Public interest: the money goes to the treasury, a fund or an organisation, never to a
    // plaintiff (a procuratorate's suit has none).
    for (Recipient to : allRecipients())
        m_to->addItem(displayName(to), static_cast<int>(to));
    m_to->setCurrentIndex(m_to->findData(static_cast<int>(record.recipient)));
    m_toName->setPlaceholderText(tr("the fund's or organisation's name"));
    auto *toRow = new QHBoxLayout;
    toRow->addWidget(m_to);
    toRow->addWidget(m_toName, 1);
    form->addRow(tr("Paid &to (public interest):"), toRow);
    return form;
}

// Per-record damages: records × yuan per record × coefficients, the count typed or the
// register's.
void DamagesDialog::setUpPerRecordBox(const DamagesRecord &record)
{
    m_records->setPlaceholderText(tr("deduplicated records, e.g. 120000"));
    m_perRecord->setPlaceholderText(tr("yuan per record"));
    m_coefficients->setPlaceholderText(tr("label=factor; …  e.g. 敏感个人信息=10; 未成年人=2"));
    auto *perRecordForm = new QFormLayout(m_perRecordBox);
    perRecordForm->addRow(tr("Records:"), m_records);
    perRecordForm->addRow(tr("Yuan per record:"), m_perRecord);
    perRecordForm->addRow(tr("Coefficients:"), m_coefficients);
    perRecordForm->addRow(tr("Amount:"), m_computed);

    m_fromRegister->setEditable(true);
    m_fromRegister->addItem(tr("typed"), QString());
    for (const QString &basis : { u"records"_s, u"minors"_s, u"under14"_s, u"category:行踪轨迹"_s,
             u"category:通信内容"_s, u"category:征信"_s, u"category:财产"_s })
        m_fromRegister->addItem(basis, basis);
    if (record.registerBasis.isEmpty())
        m_fromRegister->setCurrentIndex(0);
    else
        m_fromRegister->setCurrentText(record.registerBasis);
    perRecordForm->addRow(tr("Count from the &register:"), m_fromRegister);
}

// Mental distress: the factors relied on and the serious harm (CC 1183(1)).
void DamagesDialog::setUpFactorsBox(const DamagesRecord &record)
{
    auto *factorsLayout = new QVBoxLayout(m_factorsBox);
    for (const DistressFactor &f : distressFactors()) {
        auto *box = new QCheckBox(QString::fromUtf16(f.text), m_factorsBox);
        box->setProperty("factor", QString::fromUtf16(f.id));
        box->setChecked(record.factors.contains(QString::fromUtf16(f.id)));
        factorsLayout->addWidget(box);
        m_factors << box;
    }
    // The gate of Civil Code Art. 1183(1): what shows the harm was serious.
    m_seriousHarm = new QLineEdit(record.seriousHarm, m_factorsBox);
    m_seriousHarm->setObjectName(u"seriousHarm"_s);
    m_seriousHarm->setPlaceholderText(
        tr("The serious harm (CC 1183(1)), as the complaint states it: a diagnosis, harassment "
           "after the leak…"));
    factorsLayout->addWidget(new QLabel(tr("Serious &harm:"), m_factorsBox));
    factorsLayout->addWidget(m_seriousHarm);
}

// Rights-protection costs: the ledger entry.
void DamagesDialog::setUpLedgerBox(const DamagesRecord &record)
{
    for (ExpenseKind k : allExpenseKinds())
        m_expenseKind->addItem(displayName(k), static_cast<int>(k));
    if (record.expenseKind)
        m_expenseKind->setCurrentIndex(
            m_expenseKind->findData(static_cast<int>(*record.expenseKind)));
    m_paid->setChecked(record.paidOn.isValid());
    m_paidOn->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_paidOn->setCalendarPopup(true);
    m_paidOn->setDate(record.paidOn.isValid() ? record.paidOn : Clock::today());
    m_paidOn->setEnabled(m_paid->isChecked());
    m_receipt->setPlaceholderText(tr("invoice or receipt number"));
    auto *ledgerForm = new QFormLayout(m_ledgerBox);
    ledgerForm->addRow(tr("Kind:"), m_expenseKind);
    auto *paidRow = new QHBoxLayout;
    paidRow->addWidget(m_paid);
    paidRow->addWidget(m_paidOn, 1);
    ledgerForm->addRow(tr("Date:"), paidRow);
    ledgerForm->addRow(tr("Payee:"), m_payee);
    ledgerForm->addRow(tr("Receipt:"), m_receipt);
}

void DamagesDialog::onHeadChanged()
{
    const auto head = static_cast<DamagesHead>(m_head->currentData().toInt());
    m_perRecordBox->setVisible(head == DamagesHead::PerRecord);
    m_amount->setEnabled(head != DamagesHead::PerRecord);
    m_factorsBox->setVisible(head == DamagesHead::MentalDistress);
    m_ledgerBox->setVisible(head == DamagesHead::RightsProtectionCost);
    // A head's usual basis is offered until the user writes their own.
    const bool basisIsDefault = m_basis->text().isEmpty()
        || std::any_of(allDamagesHeads().cbegin(), allDamagesHeads().cend(),
            [this](DamagesHead h) { return m_basis->text() == defaultBasis(h); });
    if (basisIsDefault)
        m_basis->setText(defaultBasis(head));
    revalidate();
    adjustSize();
}

DamagesRecord DamagesDialog::record() const
{
    DamagesRecord r = m_original;
    r.head = static_cast<DamagesHead>(m_head->currentData().toInt());
    const int index = m_scenario->findText(m_scenario->currentText());
    r.scenario =
        index >= 0 ? m_scenario->itemData(index).toString() : m_scenario->currentText().trimmed();
    r.description = m_description->text().trimmed();
    r.basis = m_basis->text().trimmed();
    r.note = m_note->text().trimmed();
    m_lastProblem.clear();
    if (r.head == DamagesHead::PerRecord) {
        bool ok = false;
        r.records = m_records->text().trimmed().toLongLong(&ok);
        if (!ok)
            r.records = 0;
        const MoneyParseResult perRecord = parseYuan(m_perRecord->text());
        r.perRecordFen = perRecord.isValid() ? *perRecord.fen : 0;
        if (!m_perRecord->text().trimmed().isEmpty() && !perRecord.isValid())
            m_lastProblem = perRecord.error;
        r.coefficients = parseCoefficients(m_coefficients->text());
    } else {
        const MoneyParseResult amount = parseYuan(m_amount->text());
        r.amountFen = amount.isValid() ? *amount.fen : -1;
        if (!amount.isValid())
            m_lastProblem = amount.error;
    }
    r.defendantIds.clear();
    for (int i = 0; i < m_defendants->count(); ++i)
        if (m_defendants->item(i)->checkState() == Qt::Checked)
            r.defendantIds << m_defendants->item(i)->data(Qt::UserRole).toLongLong();
    r.factors.clear();
    for (QCheckBox *box : m_factors)
        if (box->isChecked())
            r.factors << box->property("factor").toString();
    r.seriousHarm = m_seriousHarm->text().trimmed();
    r.expenseKind = static_cast<ExpenseKind>(m_expenseKind->currentData().toInt());
    r.paidOn = m_paid->isChecked() ? m_paidOn->date() : QDate();
    r.payee = m_payee->text().trimmed();
    r.receipt = m_receipt->text().trimmed();
    r.evidenceId = m_exhibit->currentData().toLongLong();
    r.recipient = static_cast<Recipient>(m_to->currentData().toInt());
    r.recipientName = m_toName->text().trimmed();
    if (r.head == DamagesHead::PerRecord) {
        const int basis = m_fromRegister->findText(m_fromRegister->currentText());
        r.registerBasis = basis >= 0 ? m_fromRegister->itemData(basis).toString()
                                     : m_fromRegister->currentText().trimmed();
    }
    return r;
}

bool DamagesDialog::isAcceptable() const
{
    DamagesRecord r = record();
    return m_lastProblem.isEmpty() && validateDamages(r, m_parties).isEmpty();
}

QString DamagesDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString DamagesDialog::computedText() const
{
    return m_computed->text();
}

void DamagesDialog::revalidate()
{
    DamagesRecord r = record();
    QString problem = m_lastProblem;
    const QList<FieldProblem> problems = validateDamages(r, m_parties);
    if (problem.isEmpty() && !problems.isEmpty())
        problem = problems.first().message;
    if (r.head == DamagesHead::PerRecord)
        m_computed->setText(problems.isEmpty() && m_lastProblem.isEmpty()
                ? tr("%1 yuan").arg(formatYuan(r.amountFen, QLocale()))
                : tr("—"));
    // Say nothing about an empty amount before the user has typed one.
    const bool untouched = r.head != DamagesHead::PerRecord && m_amount->text().trimmed().isEmpty();
    const bool perRecordUntouched = r.head == DamagesHead::PerRecord && m_records->text().isEmpty()
        && m_perRecord->text().isEmpty();
    m_message->setMessage(untouched || perRecordUntouched ? QString() : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void DamagesDialog::setRegisterStats(const RegisterStats &stats)
{
    m_register = stats;
    const QString current = m_fromRegister->currentText();
    for (auto it = stats.byCategory.cbegin(); it != stats.byCategory.cend(); ++it) {
        const QString basis = u"category:"_s + it.key();
        if (m_fromRegister->findData(basis) < 0)
            m_fromRegister->addItem(basis, basis);
    }
    m_fromRegister->setCurrentText(current);
    connect(m_fromRegister, &QComboBox::currentTextChanged, this,
        &DamagesDialog::onRegisterBasisChanged, Qt::UniqueConnection);
    onRegisterBasisChanged();
}

void DamagesDialog::onRegisterBasisChanged()
{
    if (!m_register)
        return;
    const int index = m_fromRegister->findText(m_fromRegister->currentText());
    const QString basis = index >= 0 ? m_fromRegister->itemData(index).toString()
                                     : m_fromRegister->currentText().trimmed();
    const std::optional<qint64> count =
        basis.isEmpty() ? std::nullopt : registerCount(basis, *m_register);
    // A basis the register counts none of leaves the count to be typed, as without a register.
    const bool fromRegister = count && *count > 0;
    if (fromRegister)
        m_records->setText(QString::number(*count));
    m_records->setReadOnly(fromRegister);
    m_records->setToolTip(fromRegister ? tr("Counted from the register of affected persons (%1).")
                                             .arg(registerBasisLabel(basis))
                                       : QString());
}

} // namespace habeas
