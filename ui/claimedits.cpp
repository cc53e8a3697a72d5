// The edits of a claim and of its elements: the writers, and the Facts & law panel's element,
// statement and continuing-date edits (FactsPanel's members, here beside what they use).
#include "claimedits.h"

#include "dialogs.h"
#include "factspanel.h"
#include "staleedit.h"
#include "storage/library.h"
#include "undo/factscommands.h"
#include "undo/liabilitycommands.h"

using namespace Qt::StringLiterals;

namespace habeas {

Result<ElementState> ElementWriter::reread(const QString &element) const
{
    return m_library.claims().elementState(m_claim.id, element);
}

Status ElementWriter::push(const ElementState &before, const ElementState &after) const
{
    if (before.adverseInference != after.adverseInference)
        return m_undo.pushCase(m_caseId,
            std::make_unique<SetAdverseInferenceCommand>(
                m_library.claims(), m_claim, before, after));
    return m_undo.pushCase(m_caseId,
        std::make_unique<SetElementStatusCommand>(m_library.claims(), m_claim, before, after));
}

Result<ClaimRecord> ClaimWriter::reread() const
{
    return m_library.claims().claim(m_claimId);
}

Status ClaimWriter::push(const ClaimRecord &before, const ClaimRecord &after) const
{
    ClaimStore &store = m_library.claims();
    if (before.heading != after.heading)
        return m_undo.pushCase(
            m_caseId, std::make_unique<SetHeadingCommand>(store, before, after.heading));
    if (before.alternative != after.alternative)
        return m_undo.pushCase(
            m_caseId, std::make_unique<SetAlternativeCommand>(store, before, after.alternative));
    return m_undo.pushCase(
        m_caseId, std::make_unique<SetContinuingCommand>(store, before, after.continuingUntil));
}

void FactsPanel::setStatus(int status)
{
    setCurrentElement(tr("Mark Element"), [status](ElementState element) {
        element.status = static_cast<ElementStatus>(status);
        return element;
    });
}

void FactsPanel::setCurrentElement(
    const QString &title, const std::function<ElementState(ElementState)> &change)
{
    const auto r = currentProof();
    if (!r)
        return;
    const ClaimRecord claim = *r->claim; // the rows are read again once the edit is written
    const ClaimElement element = *r->element;
    const ElementWriter writer(library(), undo(), m_caseId, claim);
    pushOrAsk(this, title, ElementState::of(claim.id, element), change, writer.of(element.id));
    selectElement(claim.id, element.id);
}

void FactsPanel::editStatement()
{
    const auto r = currentProof();
    if (!r)
        return;
    const ClaimRecord claim = *r->claim;
    const ClaimElement element = *r->element;
    const QString label = element.textZh + u"\n\n"_s + tr("How the case meets this element:");
    const ElementWriter writer(library(), undo(), m_caseId, claim);
    editInPrompt(
        this, tr("Statement"), ElementState::of(claim.id, element),
        [this, &label](const ElementState &shown, const std::optional<QString> &typed) {
            return Dialogs::text(this, tr("Statement"), label, typed.value_or(shown.note), true);
        },
        [](ElementState state, const QString &text) -> Result<ElementState> {
            state.note = text.trimmed();
            return state;
        },
        writer.of(element.id));
    selectElement(claim.id, element.id);
}

void FactsPanel::setStatement(const QString &statement)
{
    setCurrentElement(tr("Statement"), [&statement](ElementState element) {
        element.note = statement.trimmed();
        return element;
    });
}

void FactsPanel::editContinuing()
{
    const auto r = currentProof();
    if (!r)
        return;
    const ClaimRecord claim = *r->claim;
    const QString elementId = r->element->id;
    const QString label =
        tr("The conduct of \u201c%1\u201d went on until (YYYY-MM-DD; empty: not continuing):")
            .arg(claim.theoryName);
    editInPrompt(
        this, tr("Continuing Conduct"), claim,
        [this, &label](const ClaimRecord &shown, const std::optional<QString> &typed) {
            return Dialogs::text(this, tr("Continuing Conduct"), label,
                typed.value_or(shown.continuingUntil.toString(Qt::ISODate)));
        },
        [](ClaimRecord edited, const QString &text) -> Result<ClaimRecord> {
            edited.continuingUntil = QDate::fromString(text.trimmed(), Qt::ISODate);
            if (!text.trimmed().isEmpty() && !edited.continuingUntil.isValid())
                return Error::input(tr("\u201c%1\u201d is not a date; write it as 2022-03-01.")
                                        .arg(text.trimmed()));
            return edited;
        },
        ClaimWriter(library(), undo(), m_caseId, claim.id));
    selectElement(claim.id, elementId);
}

void FactsPanel::setContinuing(const QDate &until)
{
    const auto r = currentProof();
    if (!r)
        return;
    const ClaimRecord claim = *r->claim;
    const QString elementId = r->element->id;
    pushOrAsk<ClaimRecord>(
        this, tr("Continuing Conduct"), claim,
        [until](ClaimRecord c) {
            c.continuingUntil = until;
            return c;
        },
        ClaimWriter(library(), undo(), m_caseId, claim.id));
    selectElement(claim.id, elementId);
}

} // namespace habeas
