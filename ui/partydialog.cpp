#include "partydialog.h"

#include "fieldmessage.h"
#include "validation/identitycodes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace habeas {

PartyDialog::PartyDialog(
    const PartyRecord &record, const QList<PartyRecord> &others, QWidget *parent)
    : QDialog(parent)
    , m_original(record)
    , m_role(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_name(new QLineEdit(record.name, this))
    , m_sex(new QComboBox(this))
    , m_hasBirthDate(new QCheckBox(this))
    , m_birthDate(new QDateEdit(this))
    , m_ethnicity(new QComboBox(this))
    , m_represents(new QComboBox(this))
    , m_others(others)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(record.id ? tr("Edit party") : tr("Add party"));
    for (PartyRole r : allPartyRoles())
        m_role->addItem(displayName(r), static_cast<int>(r));
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(record.role)));
    m_type->addItem(displayName(PartyType::Person), static_cast<int>(PartyType::Person));
    m_type->addItem(
        displayName(PartyType::Organisation), static_cast<int>(PartyType::Organisation));
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(record.type)));
    m_edits.insert(u"name"_s, m_name);
    m_messages.insert(u"name"_s, new FieldMessage(this));

    m_represents->addItem(tr("(nobody)"), 0);
    for (const PartyRecord &p : others)
        if (p.id != record.id && p.role != PartyRole::Agent)
            m_represents->addItem(u"%1 (%2)"_s.arg(p.name, displayName(p.role)), p.id);
    m_represents->setCurrentIndex(std::max(0, m_represents->findData(record.representsId)));

    m_pages->addWidget(personPage(record));
    m_pages->addWidget(organisationPage(record));

    auto *form = new QFormLayout;
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_messages.value(u"name"_s));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    auto *common = new QFormLayout;
    common->addRow(tr("&Domicile:"), addEdit(u"address"_s, record.address));
    common->addRow(tr("&Phone:"), addEdit(u"phone"_s, record.phone));
    m_messages.insert(u"phone"_s, new FieldMessage(this));
    common->addRow(QString(), m_messages.value(u"phone"_s));
    common->addRow(tr("Represents:"), m_represents);
    m_messages.insert(u"represents"_s, new FieldMessage(this));
    common->addRow(QString(), m_messages.value(u"represents"_s));
    layout->addLayout(common);
    layout->addWidget(buildAgentBox(record));
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &PartyDialog::onTypeChanged);
    connect(m_role, &QComboBox::currentIndexChanged, this, &PartyDialog::onTypeChanged);
    connect(m_sex, &QComboBox::currentIndexChanged, this, &PartyDialog::revalidate);
    connect(m_represents, &QComboBox::currentIndexChanged, this, &PartyDialog::revalidate);
    connect(m_agency, &QComboBox::currentIndexChanged, this, &PartyDialog::onTypeChanged);
    connect(m_authority, &QComboBox::currentIndexChanged, this, &PartyDialog::onTypeChanged);
    for (QCheckBox *box : std::as_const(m_powers))
        connect(box, &QCheckBox::toggled, this, &PartyDialog::revalidate);
    connect(m_hasBirthDate, &QCheckBox::toggled, m_birthDate, &QWidget::setEnabled);
    connect(m_hasBirthDate, &QCheckBox::toggled, this, &PartyDialog::revalidate);
    connect(m_birthDate, &QDateEdit::dateChanged, this, &PartyDialog::revalidate);
    connect(m_edits.value(u"id-number"_s), &QLineEdit::textEdited, this,
        &PartyDialog::onIdNumberEdited);
    for (QLineEdit *edit : std::as_const(m_edits))
        connect(edit, &QLineEdit::textChanged, this, &PartyDialog::revalidate);
    onTypeChanged();
    resize(520, sizeHint().height());
}

// Natural person: CPL Art. 124(1) — name, sex, age, ethnicity, occupation, employer, domicile,
// contact.
QWidget *PartyDialog::personPage(const PartyRecord &record)
{
    for (Sex s : { Sex::Unspecified, Sex::Male, Sex::Female })
        m_sex->addItem(displayName(s), static_cast<int>(s));
    m_sex->setCurrentIndex(m_sex->findData(static_cast<int>(record.sex)));
    m_hasBirthDate->setChecked(record.birthDate.isValid());
    m_birthDate->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_birthDate->setCalendarPopup(true);
    m_birthDate->setDate(record.birthDate.isValid() ? record.birthDate : QDate(1990, 1, 1));
    m_birthDate->setEnabled(m_hasBirthDate->isChecked());
    m_ethnicity->setEditable(true);
    m_ethnicity->addItems({ QString(), u"汉族"_s, u"回族"_s, u"满族"_s, u"蒙古族"_s, u"藏族"_s,
        u"维吾尔族"_s, u"壮族"_s, u"苗族"_s, u"彝族"_s, u"土家族"_s, u"朝鲜族"_s });
    m_ethnicity->setCurrentText(record.ethnicity);
    auto *person = new QWidget(m_pages);
    auto *personForm = new QFormLayout(person);
    personForm->setContentsMargins(0, 0, 0, 0);
    personForm->addRow(tr("Sex:"), m_sex);
    auto *birthRow = new QHBoxLayout;
    birthRow->addWidget(m_hasBirthDate);
    birthRow->addWidget(m_birthDate, 1);
    personForm->addRow(tr("Birth date:"), birthRow);
    m_messages.insert(u"birth-date"_s, new FieldMessage(person));
    personForm->addRow(QString(), m_messages.value(u"birth-date"_s));
    m_messages.insert(u"sex"_s, new FieldMessage(person));
    personForm->addRow(QString(), m_messages.value(u"sex"_s));
    personForm->addRow(tr("Ethnicity:"), m_ethnicity);
    personForm->addRow(tr("Occupation:"), addEdit(u"occupation"_s, record.occupation));
    personForm->addRow(tr("Employer:"), addEdit(u"employer"_s, record.employer));
    personForm->addRow(tr("Resident ID number:"), addEdit(u"id-number"_s, record.idNumber));
    m_messages.insert(u"id-number"_s, new FieldMessage(person));
    personForm->addRow(QString(), m_messages.value(u"id-number"_s));
    m_edits.value(u"id-number"_s)->setMaxLength(18);
    m_edits.value(u"id-number"_s)->setPlaceholderText(tr("18 characters, e.g. 11010519491231002X"));
    return person;
}

// Organisation: name, unified social credit code, legal representative and title.
QWidget *PartyDialog::organisationPage(const PartyRecord &record)
{
    auto *org = new QWidget(m_pages);
    auto *orgForm = new QFormLayout(org);
    orgForm->setContentsMargins(0, 0, 0, 0);
    orgForm->addRow(tr("Unified social credit code:"), addEdit(u"uscc"_s, record.uscc));
    m_messages.insert(u"uscc"_s, new FieldMessage(org));
    orgForm->addRow(QString(), m_messages.value(u"uscc"_s));
    orgForm->addRow(tr("Legal representative:"), addEdit(u"legal-rep"_s, record.legalRep));
    orgForm->addRow(tr("Title:"), addEdit(u"legal-rep-title"_s, record.legalRepTitle));
    m_edits.value(u"uscc"_s)->setMaxLength(18);
    m_edits.value(u"uscc"_s)->setPlaceholderText(tr("18 characters, e.g. 91350100M000100Y43"));
    m_edits.value(u"legal-rep-title"_s)->setPlaceholderText(tr("e.g. 执行董事, 总经理"));
    return org;
}

// An agent's kind, relation and powers; shown for agents only.
QWidget *PartyDialog::buildAgentBox(const PartyRecord &record)
{
    m_agentBox = new QWidget(this);
    auto *form = new QFormLayout(m_agentBox);
    form->setContentsMargins(0, 0, 0, 0);
    m_agency = new QComboBox(m_agentBox);
    for (Agency a : { Agency::Entrusted, Agency::Statutory })
        m_agency->addItem(displayName(a), static_cast<int>(a));
    m_agency->setCurrentIndex(m_agency->findData(static_cast<int>(record.agency)));
    form->addRow(tr("&Agency:"), m_agency);
    m_messages.insert(u"agency"_s, new FieldMessage(m_agentBox));
    form->addRow(QString(), m_messages.value(u"agency"_s));
    form->addRow(tr("Re&lation to the party:"), addEdit(u"relation"_s, record.relation));
    m_edits.value(u"relation"_s)->setPlaceholderText(tr("e.g. 父亲, 母亲, 监护人"));
    m_messages.insert(u"relation"_s, new FieldMessage(m_agentBox));
    form->addRow(QString(), m_messages.value(u"relation"_s));
    m_authority = new QComboBox(m_agentBox);
    for (Authority a : { Authority::Unset, Authority::General, Authority::Special })
        m_authority->addItem(displayName(a), static_cast<int>(a));
    m_authority->setCurrentIndex(m_authority->findData(static_cast<int>(record.authority)));
    form->addRow(tr("A&uthority:"), m_authority);
    auto *powers = new QWidget(m_agentBox);
    auto *grid = new QGridLayout(powers);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList ids = allSpecialPowers();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto *box = new QCheckBox(specialPowerName(ids[i]), powers);
        box->setChecked(record.specialPowers.contains(ids[i]));
        m_powers.insert(ids[i], box);
        grid->addWidget(box, int(i / 3), int(i % 3));
    }
    form->addRow(tr("Special powers:"), powers);
    m_messages.insert(u"special-powers"_s, new FieldMessage(m_agentBox));
    form->addRow(QString(), m_messages.value(u"special-powers"_s));
    return m_agentBox;
}

// CPL 61: the principal chosen already has two entrusted agents besides this one.
QString PartyDialog::agentLimitProblem(const PartyRecord &r) const
{
    if (!r.isEntrustedAgent() || !r.representsId)
        return {};
    int count = 0;
    QString principal;
    for (const PartyRecord &p : m_others) {
        if (p.id == r.representsId)
            principal = p.name;
        if (p.id != r.id && p.isEntrustedAgent() && p.representsId == r.representsId)
            ++count;
    }
    if (count < kMaxEntrustedAgents)
        return {};
    return tr("%1 already has two agents ad litem; a party may entrust one or two (CPL Art. 61).")
        .arg(principal);
}

QLineEdit *PartyDialog::addEdit(const QString &field, const QString &text)
{
    auto *edit = new QLineEdit(text, this);
    m_edits.insert(field, edit);
    return edit;
}

void PartyDialog::onTypeChanged()
{
    const auto type = static_cast<PartyType>(m_type->currentData().toInt());
    m_pages->setCurrentIndex(type == PartyType::Person ? 0 : 1);
    const bool agent = static_cast<PartyRole>(m_role->currentData().toInt()) == PartyRole::Agent;
    m_represents->setEnabled(agent);
    m_agentBox->setVisible(agent);
    const bool statutory =
        static_cast<Agency>(m_agency->currentData().toInt()) == Agency::Statutory;
    m_edits.value(u"relation"_s)->setEnabled(statutory);
    m_authority->setEnabled(!statutory);
    const bool special = !statutory
        && static_cast<Authority>(m_authority->currentData().toInt()) == Authority::Special;
    for (QCheckBox *box : std::as_const(m_powers))
        box->setEnabled(special);
    revalidate();
}

void PartyDialog::onIdNumberEdited()
{
    // A valid ID number already says when the person was born and their sex: fill those in
    // when the user has not, so they are not typed twice.
    const CodeCheck id = checkResidentId(m_edits.value(u"id-number"_s)->text());
    if (!id.ok)
        return;
    if (!m_hasBirthDate->isChecked()) {
        m_hasBirthDate->setChecked(true);
        m_birthDate->setDate(id.birthDate);
    }
    if (m_sex->currentData().toInt() == static_cast<int>(Sex::Unspecified))
        m_sex->setCurrentIndex(
            m_sex->findData(static_cast<int>(id.male ? Sex::Male : Sex::Female)));
}

PartyRecord PartyDialog::record() const
{
    PartyRecord r = m_original;
    r.role = static_cast<PartyRole>(m_role->currentData().toInt());
    r.type = static_cast<PartyType>(m_type->currentData().toInt());
    r.name = m_name->text().trimmed();
    r.address = m_edits.value(u"address"_s)->text().trimmed();
    r.phone = m_edits.value(u"phone"_s)->text().trimmed();
    r.representsId = r.role == PartyRole::Agent ? m_represents->currentData().toLongLong() : 0;
    // Only the fields of the chosen type are kept, so switching type leaves no stray data.
    const bool person = r.type == PartyType::Person;
    r.sex = person ? static_cast<Sex>(m_sex->currentData().toInt()) : Sex::Unspecified;
    r.birthDate = person && m_hasBirthDate->isChecked() ? m_birthDate->date() : QDate();
    r.ethnicity = person ? m_ethnicity->currentText().trimmed() : QString();
    r.occupation = person ? m_edits.value(u"occupation"_s)->text().trimmed() : QString();
    r.employer = person ? m_edits.value(u"employer"_s)->text().trimmed() : QString();
    r.idNumber = person ? m_edits.value(u"id-number"_s)->text().trimmed().toUpper() : QString();
    r.uscc = person ? QString() : m_edits.value(u"uscc"_s)->text().trimmed().toUpper();
    r.legalRep = person ? QString() : m_edits.value(u"legal-rep"_s)->text().trimmed();
    r.legalRepTitle = person ? QString() : m_edits.value(u"legal-rep-title"_s)->text().trimmed();
    // An agent's kind and powers; a statutory agent has a relation, an entrusted one powers.
    const bool agent = r.role == PartyRole::Agent;
    r.agency = agent ? static_cast<Agency>(m_agency->currentData().toInt()) : Agency::Entrusted;
    const bool statutory = agent && r.agency == Agency::Statutory;
    r.relation = statutory ? m_edits.value(u"relation"_s)->text().trimmed() : QString();
    r.authority = agent && !statutory ? static_cast<Authority>(m_authority->currentData().toInt())
                                      : Authority::Unset;
    r.specialPowers.clear();
    if (r.authority == Authority::Special)
        for (const QString &id : allSpecialPowers())
            if (m_powers.value(id)->isChecked())
                r.specialPowers.append(id);
    return r;
}

QString PartyDialog::messageFor(const QString &field) const
{
    const FieldMessage *m = m_messages.value(field);
    return m && !m->isHidden() ? m->text() : QString();
}

bool PartyDialog::isAcceptable() const
{
    return validateParty(record()).isEmpty() && agentLimitProblem(record()).isEmpty();
}

void PartyDialog::revalidate()
{
    QHash<QString, QString> problems;
    for (const FieldProblem &p : validateParty(record()))
        problems.insert(p.field, p.message);
    if (const QString limit = agentLimitProblem(record()); !limit.isEmpty())
        problems.insert(u"represents"_s, limit);
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        QString text = problems.value(it.key());
        // A name left empty is only reported once the user has touched it.
        if (it.key() == u"name"_s && !m_name->isModified() && m_name->text().isEmpty())
            text.clear();
        it.value()->setMessage(text);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace habeas
