#include "documentfieldsdialog.h"

#include "cases/documentfieldstore.h"
#include "cases/eventstore.h"
#include "cases/requeststore.h"
#include "dialogs.h"
#include "documentfields.h"
#include "storage/library.h"
#include "templateregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

template<typename T> T orEmpty(Result<T> result)
{
    return result.ok() ? std::move(result).value() : T {};
}

} // namespace

bool DocumentFieldsDialog::applies(const TemplateInfo &info)
{
    return !documentFieldSpecs(info.id).isEmpty() || info.text.contains(u"{{#demands}}"_s)
        || info.text.contains(u"{{#claims}}"_s);
}

DocumentFieldsDialog::DocumentFieldsDialog(
    Library &library, qint64 caseId, const TemplateInfo &info, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_caseId(caseId)
    , m_templateId(info.id)
{
    setWindowTitle(tr("%1: what the lawyer sets").arg(info.name));
    m_stored = orEmpty(DocumentFieldStore(library).fields(caseId, info.id));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    if (const QList<DocumentFieldSpec> specs = documentFieldSpecs(info.id); !specs.isEmpty()) {
        auto *form = new QFormLayout;
        form->setRowWrapPolicy(QFormLayout::WrapAllRows);
        for (const DocumentFieldSpec &spec : specs) {
            const bool required = info.requiredFields.contains(u"fields."_s + spec.id);
            auto *label =
                new QLabel((required ? tr("%1 (required)") : u"%1"_s).arg(spec.help), content);
            label->setWordWrap(true);
            label->setToolTip(spec.label);
            QWidget *editor = makeEditor(spec.id, m_stored.value(spec.id));
            editor->setToolTip(spec.label);
            label->setBuddy(editor);
            form->addRow(label, editor);
        }
        layout->addLayout(form);
    }
    if (info.text.contains(u"{{#demands}}"_s)) {
        auto *box = new QGroupBox(tr("What the letter demands of each claim for relief"), content);
        m_demandForm = new QFormLayout(box);
        m_demandForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
        const auto requests = orEmpty(RequestStore(library).requests(caseId));
        for (const CaseRequest &r : requests)
            addDemandRow(r.position, r.text, r.demand);
        if (requests.isEmpty())
            m_demandForm->addRow(new QLabel(tr("The case has no claims for relief of its own yet: "
                                               "word them under Facts & law first."),
                box));
        layout->addWidget(box);
    }
    if (info.text.contains(u"{{#demands}}"_s) || info.text.contains(u"{{#claims}}"_s))
        layout->addWidget(buildApologyBox(content));
    layout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    outer->addWidget(buttons);
    resize(640, 560);
}

void DocumentFieldsDialog::addDemandRow(int position, const QString &request, const QString &demand)
{
    auto *edit = new QLineEdit(demand, this);
    edit->setPlaceholderText(tr("e.g. 停止处理委托人的个人信息"));
    m_demands.insert(position, edit);
    m_storedDemands.insert(position, demand);
    auto *label = new QLabel(u"%1. %2"_s.arg(position).arg(request), this);
    label->setWordWrap(true);
    m_demandForm->addRow(label, edit);
}

// Civil Code 1000: the apology's form, and for a public one where and for how long.
QWidget *DocumentFieldsDialog::buildApologyBox(QWidget *parent)
{
    auto *box = new QGroupBox(tr("Request an apology (Civil Code Art. 1000)"), parent);
    auto *form = new QFormLayout(box);
    m_apologyForm = new QComboBox(box);
    m_apologyForm->addItem(tr("In writing"), static_cast<int>(ApologyForm::Written));
    m_apologyForm->addItem(tr("In public"), static_cast<int>(ApologyForm::Public));
    m_apologyMedium = new QLineEdit(box);
    m_apologyMedium->setPlaceholderText(tr("e.g. 其运营的“某某”App首页显著位置, 《法治日报》"));
    m_apologyDays = new QSpinBox(box);
    m_apologyDays->setRange(0, 366);
    m_apologyDays->setSpecialValueText(tr("not set"));
    m_apologyDays->setSuffix(tr(" days"));
    auto *add = new QPushButton(tr("Add the apology request"), box);
    form->addRow(tr("Form:"), m_apologyForm);
    form->addRow(tr("Medium:"), m_apologyMedium);
    form->addRow(tr("Published for:"), m_apologyDays);
    form->addRow(QString(), add);
    const auto update = [this] {
        const bool pub =
            m_apologyForm->currentData().toInt() == static_cast<int>(ApologyForm::Public);
        m_apologyMedium->setEnabled(pub);
        m_apologyDays->setEnabled(pub);
    };
    connect(m_apologyForm, &QComboBox::currentIndexChanged, this, update);
    update();
    connect(add, &QPushButton::clicked, this, [this] {
        if (const Status st = addApology(); !st.ok())
            Dialogs::error(this, windowTitle(), st.error().message);
    });
    return box;
}

Status DocumentFieldsDialog::addApology()
{
    const auto form = static_cast<ApologyForm>(m_apologyForm->currentData().toInt());
    const bool pub = form == ApologyForm::Public;
    const auto position = RequestStore(m_library).addApology(m_caseId, form,
        pub ? m_apologyMedium->text() : QString(), pub ? m_apologyDays->value() : 0);
    if (!position.ok())
        return position.error();
    if (m_demandForm) {
        const auto requests = orEmpty(RequestStore(m_library).requests(m_caseId));
        for (const CaseRequest &r : requests)
            if (r.position == position.value())
                addDemandRow(r.position, r.text, r.demand);
    }
    m_apologyMedium->clear();
    m_apologyDays->setValue(0);
    return {};
}

QWidget *DocumentFieldsDialog::makeEditor(const QString &fieldId, const QString &value)
{
    const auto spec = documentFieldSpec(m_templateId, fieldId);
    QWidget *editor = nullptr;
    switch (spec->kind) {
    case FieldKind::Text:
    case FieldKind::Lines: {
        auto *edit = new QPlainTextEdit(value, this);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(spec->kind == FieldKind::Lines ? 110 : 70);
        editor = edit;
        break;
    }
    case FieldKind::Days: {
        auto *spin = new QSpinBox(this);
        spin->setRange(0, 366);
        spin->setSpecialValueText(tr("not set"));
        spin->setSuffix(tr(" days"));
        spin->setValue(value.toInt());
        editor = spin;
        break;
    }
    case FieldKind::Flag: {
        auto *box = new QCheckBox(this);
        box->setChecked(value == u"yes"_s);
        editor = box;
        break;
    }
    case FieldKind::Event: {
        auto *combo = new QComboBox(this);
        combo->addItem(tr("(none)"), 0);
        for (const EventRecord &e : orEmpty(m_library.events().events(m_caseId)))
            combo->addItem(e.displayDate() + u"  "_s + e.text.left(40), e.id);
        combo->setCurrentIndex(std::max(0, combo->findData(value.toLongLong())));
        editor = combo;
        break;
    }
    case FieldKind::Items: {
        auto *box = new QWidget(this);
        auto *items = new QVBoxLayout(box);
        items->setContentsMargins(0, 0, 0, 0);
        const QStringList chosen = value.split(u',', Qt::SkipEmptyParts);
        const QStringList texts = documentFieldItems(*spec);
        for (qsizetype i = 0; i < texts.size(); ++i) {
            auto *check = new QCheckBox(texts[i], box);
            check->setObjectName(u"item%1"_s.arg(i + 1));
            check->setChecked(chosen.contains(QString::number(i + 1)));
            items->addWidget(check);
        }
        editor = box;
        break;
    }
    }
    m_editors.insert(fieldId, editor);
    return editor;
}

QString DocumentFieldsDialog::valueOf(const QString &fieldId) const
{
    QWidget *editor = m_editors.value(fieldId);
    if (auto *edit = qobject_cast<QPlainTextEdit *>(editor))
        return edit->toPlainText().trimmed();
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        return spin->value() > 0 ? QString::number(spin->value()) : QString();
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentData().toLongLong() > 0 ? combo->currentData().toString() : QString();
    if (auto *check = qobject_cast<QCheckBox *>(editor))
        return check->isChecked() ? u"yes"_s : QString();
    QStringList chosen;
    for (int n = 1; auto *item = editor->findChild<QCheckBox *>(u"item%1"_s.arg(n)); ++n)
        if (item->isChecked())
            chosen << QString::number(n);
    return chosen.join(u',');
}

Status DocumentFieldsDialog::save()
{
    QMap<QString, QString> changed;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString value = valueOf(it.key());
        if (value == m_stored.value(it.key()))
            continue;
        if (auto st = checkDocumentField(
                m_library, m_caseId, *documentFieldSpec(m_templateId, it.key()), value);
            !st.ok())
            return st;
        changed.insert(it.key(), value);
    }
    if (!changed.isEmpty())
        if (auto st = DocumentFieldStore(m_library).setFields(m_caseId, m_templateId, changed);
            !st.ok())
            return st;
    m_stored.insert(changed);
    RequestStore requests(m_library);
    for (auto it = m_demands.cbegin(); it != m_demands.cend(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (text == m_storedDemands.value(it.key()))
            continue;
        if (auto st = requests.setDemand(m_caseId, it.key(), text); !st.ok())
            return st;
        m_storedDemands.insert(it.key(), text);
    }
    return {};
}

void DocumentFieldsDialog::accept()
{
    if (const Status st = save(); !st.ok())
        return Dialogs::error(this, windowTitle(), st.error().message);
    QDialog::accept();
}

} // namespace habeas
