#include "claimliabilitybar.h"

#include "dialogs.h"
#include "panelwidgets.h"
#include "storage/library.h"
#include "undo/liabilitycommands.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace habeas {

ClaimLiabilityBar::ClaimLiabilityBar(Library &library, UndoManager &undo, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_undo(undo)
    , m_heading(new QPushButton(tr("&Heading…"), this))
    , m_alternative(new QComboBox(this))
    , m_adverse(new QPushButton(tr("Adverse &Inference"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_alternative);
    layout->addWidget(m_adverse);
    m_heading->setObjectName(u"heading"_s);
    m_alternative->setObjectName(u"alternative"_s);
    m_adverse->setObjectName(u"adverse"_s);
    m_heading->setToolTip(tr("The sentence the claim's reasons stand under in the complaint"));
    m_alternative->setToolTip(tr("The alternative the claim pleads: only its elements count"));
    m_adverse->setCheckable(true);
    m_adverse->setToolTip(tr("The processor withholds the evidence of this element after a "
                             "production order: the complaint asks the court to find its content "
                             "adverse to the processor (SPC evidence provisions Art. 95)"));
    connect(m_heading, &QPushButton::clicked, this, &ClaimLiabilityBar::editHeading);
    connect(m_alternative, &QComboBox::activated, this,
        [this](int index) { chooseAlternative(m_alternative->itemData(index).toString()); });
    connect(m_adverse, &QPushButton::clicked, this, &ClaimLiabilityBar::setAdverseInference);
    setSelection(0, nullptr, nullptr, false);
}

void ClaimLiabilityBar::setSelection(
    qint64 caseId, const ClaimRecord *claim, const ClaimElement *element, bool writable)
{
    m_caseId = caseId;
    m_claim = claim ? std::optional(*claim) : std::nullopt;
    m_element = element ? element->id : QString();
    const Theory *theory = claim ? theoryCatalogue().theory(claim->theoryId) : nullptr;
    m_alternative->clear();
    if (theory && theory->alternatives) {
        m_alternative->addItem(tr("Alternative: choose…"), QString());
        for (const Limb &l : theory->limbs)
            m_alternative->addItem(l.nameZh, l.id);
        m_alternative->setCurrentIndex(std::max(0, m_alternative->findData(claim->alternative)));
    } else {
        m_alternative->addItem(tr("No alternatives"), QString());
    }
    m_heading->setEnabled(writable && claim);
    m_alternative->setEnabled(writable && theory && theory->alternatives);
    m_adverse->setEnabled(writable && element && element->burden != Burden::Defendant);
    m_adverse->setChecked(element && element->adverseInference);
}

void ClaimLiabilityBar::editHeading()
{
    if (!m_claim)
        return;
    const auto text = Dialogs::text(this, tr("Heading"),
        tr("The sentence the reasons of \u201c%1\u201d stand under:").arg(m_claim->theoryName),
        claimHeading(*m_claim));
    if (text)
        setHeading(*text);
}

void ClaimLiabilityBar::setHeading(const QString &heading)
{
    if (!m_claim)
        return;
    const QString text = heading.simplified();
    if (text.isEmpty()) {
        // Refused by the store, with the message naming the claim; nothing changes.
        const Status st = m_library.claims().setHeading(m_claim->id, text);
        Dialogs::error(this, tr("Heading"), st.ok() ? QString() : st.error().message);
        return;
    }
    // The theory's own sentence typed back is the default again, not a heading of the lawyer's.
    ClaimRecord plain = *m_claim;
    plain.heading.clear();
    const QString after = text == claimHeading(plain) ? QString() : text;
    if (after == m_claim->heading)
        return;
    push(std::make_unique<SetHeadingCommand>(m_library.claims(), *m_claim, after), tr("Heading"));
}

void ClaimLiabilityBar::chooseAlternative(const QString &limb)
{
    if (!m_claim || limb == m_claim->alternative)
        return;
    push(std::make_unique<SetAlternativeCommand>(m_library.claims(), *m_claim, limb),
        tr("Alternative"));
}

void ClaimLiabilityBar::setAdverseInference(bool on)
{
    if (!m_claim || m_element.isEmpty())
        return;
    push(std::make_unique<SetAdverseInferenceCommand>(
             m_library.claims(), m_claim->id, m_element, on),
        tr("Adverse Inference"));
}

void ClaimLiabilityBar::push(std::unique_ptr<HabeasCommand> command, const QString &title)
{
    const qint64 claimId = m_claim->id;
    const QString element = m_element;
    pushEdit(this, m_undo, m_caseId, std::move(command), title);
    emit changed(claimId, element);
}

} // namespace habeas
