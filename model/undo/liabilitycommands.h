#pragma once

#include "law/claimstore.h"
#include "undo/setvaluecommand.h"
#include "undo/undomanager.h"

#include <QCoreApplication>

namespace habeas {

// The heading of a claim's reasons (an empty `after`: back to the theory's own).
class SetHeadingCommand final : public HabeasCommand {
public:
    SetHeadingCommand(ClaimStore &store, const ClaimRecord &before, const QString &after)
        : HabeasCommand(QCoreApplication::translate("habeas::FactsCommands", "Set the heading"))
        , m_store(store)
        , m_claimId(before.id)
        , m_before(before.heading)
        , m_after(after)
    {
    }

private:
    Status apply(const QString &heading)
    {
        return heading.isEmpty() ? m_store.clearHeading(m_claimId)
                                 : m_store.setHeading(m_claimId, heading);
    }
    Status doRedo() override { return apply(m_after); }
    Status doUndo() override { return apply(m_before); }

    ClaimStore &m_store;
    qint64 m_claimId;
    QString m_before;
    QString m_after;
};

// The alternative a claim pleads.
class SetAlternativeCommand final : public SetValueCommand<ClaimStore, QString> {
public:
    SetAlternativeCommand(ClaimStore &store, const ClaimRecord &before, const QString &after)
        : SetValueCommand(
            QCoreApplication::translate("habeas::FactsCommands", "Choose the alternative"), store,
            &ClaimStore::setAlternative, before.id, before.alternative, after)
    {
    }
};

// An element resting on the processor's refusal to produce its evidence (EvP 95), or not.
class SetAdverseInferenceCommand final : public HabeasCommand {
public:
    SetAdverseInferenceCommand(ClaimStore &store, qint64 claimId, const QString &element, bool on)
        : HabeasCommand(on ? QCoreApplication::translate(
                            "habeas::FactsCommands", "Ask for an adverse inference")
                           : QCoreApplication::translate(
                               "habeas::FactsCommands", "Withdraw the adverse inference"))
        , m_store(store)
        , m_claimId(claimId)
        , m_element(element)
        , m_on(on)
    {
    }

private:
    Status doRedo() override { return m_store.setAdverseInference(m_claimId, m_element, m_on); }
    Status doUndo() override { return m_store.setAdverseInference(m_claimId, m_element, !m_on); }

    ClaimStore &m_store;
    qint64 m_claimId;
    QString m_element;
    bool m_on;
};

} // namespace habeas
