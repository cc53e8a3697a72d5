#include "undo/liabilitycommands.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

ClaimRecord withHeading(ClaimRecord claim, const QString &heading)
{
    claim.heading = heading;
    return claim;
}

ClaimRecord withAlternative(ClaimRecord claim, const QString &limb)
{
    claim.alternative = limb;
    return claim;
}

} // namespace

SetHeadingCommand::SetHeadingCommand(
    ClaimStore &store, const ClaimRecord &before, const QString &after)
    : VersionedEditCommand(
        QCoreApplication::translate("habeas::FactsCommands", "Set the heading"), u"claims"_s,
        claimWhat(before), before, withHeading(before, after),
        [&store](const ClaimRecord &r) {
            return r.heading.isEmpty() ? store.clearHeading(r.id, r.rowVersion)
                                       : store.setHeading(r.id, r.heading, r.rowVersion);
        },
        [&store](qint64 id) { return store.claim(id); })
{
}

SetAlternativeCommand::SetAlternativeCommand(
    ClaimStore &store, const ClaimRecord &before, const QString &after)
    : VersionedEditCommand(
        QCoreApplication::translate("habeas::FactsCommands", "Choose the alternative"), u"claims"_s,
        claimWhat(before), before, withAlternative(before, after),
        [&store](const ClaimRecord &r) {
            return store.setAlternative(r.id, r.alternative, r.rowVersion);
        },
        [&store](qint64 id) { return store.claim(id); })
{
}

SetAdverseInferenceCommand::SetAdverseInferenceCommand(ClaimStore &store, const ClaimRecord &claim,
    const ElementState &before, const ElementState &after)
    : VersionedEditCommand(
        after.adverseInference
            ? QCoreApplication::translate("habeas::FactsCommands", "Ask for an adverse inference")
            : QCoreApplication::translate(
                "habeas::FactsCommands", "Withdraw the adverse inference"),
        u"claim_elements "_s + before.element, elementWhat(claim, before.element), before, after,
        [&store](const ElementState &r) { return store.setElementState(r); },
        [&store, element = before.element](qint64 id) { return store.elementState(id, element); })
{
}

} // namespace habeas
