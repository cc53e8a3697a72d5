#include "claimliabilitybar.h"

#include "claimedits.h"
#include "dialogs.h"
#include "staleedit.h"
#include "storage/library.h"

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
    const ClaimRecord claim = *m_claim;
    const QString label =
        tr("The sentence the reasons of \u201c%1\u201d stand under:").arg(claim.theoryName);
    editInPrompt(
        this, tr("Heading"), claim,
        [this, &label](const ClaimRecord &shown, const std::optional<QString> &typed) {
            return Dialogs::text(this, tr("Heading"), label, typed.value_or(claimHeading(shown)));
        },
        [this](const ClaimRecord &shown, const QString &text) { return withHeading(shown, text); },
        ClaimWriter(m_library, m_undo, m_caseId, claim.id));
    emit changed(claim.id, m_element);
}

Result<ClaimRecord> ClaimLiabilityBar::withHeading(ClaimRecord claim, const QString &heading)
{
    const QString text = heading.simplified();
    if (text.isEmpty()) // refused by the store, with the message naming the claim
        return m_library.claims().setHeading(claim.id, text).error();
    // The theory's own sentence typed back is the default again, not a heading of the lawyer's.
    ClaimRecord plain = claim;
    plain.heading.clear();
    claim.heading = text == claimHeading(plain) ? QString() : text;
    return claim;
}

void ClaimLiabilityBar::setHeading(const QString &heading)
{
    if (!m_claim)
        return;
    const auto after = withHeading(*m_claim, heading);
    if (!after.ok())
        return Dialogs::error(this, tr("Heading"), after.error().message);
    if (after->heading == m_claim->heading)
        return;
    change(tr("Heading"), [after = after.value()](ClaimRecord c) {
        c.heading = after.heading;
        return c;
    });
}

void ClaimLiabilityBar::chooseAlternative(const QString &limb)
{
    if (!m_claim || limb == m_claim->alternative)
        return;
    change(tr("Alternative"), [limb](ClaimRecord c) {
        c.alternative = limb;
        return c;
    });
}

void ClaimLiabilityBar::setAdverseInference(bool on)
{
    if (!m_claim || m_element.isEmpty())
        return;
    const ClaimRecord claim = *m_claim;
    const QString element = m_element;
    for (const ClaimElement &e : claim.elements) {
        if (e.id != element)
            continue;
        const ElementWriter writer(m_library, m_undo, m_caseId, claim);
        pushOrAsk<ElementState>(
            this, tr("Adverse Inference"), ElementState::of(claim.id, e),
            [on](ElementState s) {
                s.adverseInference = on;
                return s;
            },
            writer.of(element));
    }
    emit changed(claim.id, element);
}

void ClaimLiabilityBar::change(
    const QString &title, const std::function<ClaimRecord(ClaimRecord)> &edit)
{
    const ClaimRecord claim = *m_claim;
    const QString element = m_element;
    pushOrAsk(this, title, claim, edit, ClaimWriter(m_library, m_undo, m_caseId, claim.id));
    emit changed(claim.id, element);
}

} // namespace habeas
