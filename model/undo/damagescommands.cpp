#include "undo/damagescommands.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace habeas {

AddDamagesCommand::AddDamagesCommand(DamagesStore &store, DamagesRecord record)
    : HabeasCommand(QCoreApplication::translate("habeas::DamagesCommands", "Add %1")
                        .arg(headDisplayName(record.head)))
    , m_store(store)
    , m_record(std::move(record))
{
}

Status AddDamagesCommand::doRedo()
{
    return addOrRestore(
        m_id, [&] { return m_store.addItem(m_record); },
        [&](qint64 id) { return m_store.restoreItem(id); });
}

EditDamagesCommand::EditDamagesCommand(
    DamagesStore &store, const DamagesRecord &before, const DamagesRecord &after)
    : VersionedEditCommand(
        QCoreApplication::translate("habeas::DamagesCommands", "Edit %1")
            .arg(headDisplayName(after.head)),
        u"damages_items"_s,
        QCoreApplication::translate("habeas::DamagesCommands", "the damages item “%1”")
            .arg(after.description.isEmpty() ? headDisplayName(after.head) : after.description),
        before, after, [&store](const DamagesRecord &r) { return store.updateItem(r); },
        [&store](qint64 id) { return store.item(id); })
{
}

RemoveDamagesCommand::RemoveDamagesCommand(DamagesStore &store, const DamagesRecord &record)
    : HabeasCommand(QCoreApplication::translate("habeas::DamagesCommands", "Remove %1")
                        .arg(headDisplayName(record.head)))
    , m_store(store)
    , m_id(record.id)
{
}

CopyScenarioCommand::CopyScenarioCommand(
    DamagesStore &store, qint64 caseId, QString from, QString to)
    : HabeasCommand(
        QCoreApplication::translate("habeas::DamagesCommands", "Copy scenario “%1” to “%2”")
            .arg(scenario::displayName(from), scenario::displayName(to)))
    , m_store(store)
    , m_caseId(caseId)
    , m_from(std::move(from))
    , m_to(std::move(to))
{
}

Status CopyScenarioCommand::doRedo()
{
    if (!m_created.isEmpty()) {
        for (qint64 id : std::as_const(m_created))
            if (auto st = m_store.restoreItem(id); !st.ok())
                return st;
        return {};
    }
    const auto source = m_store.items(m_caseId, m_from);
    if (!source.ok())
        return source.error();
    if (source->isEmpty())
        return Error::input(QCoreApplication::translate(
            "habeas::DamagesCommands", "Scenario “%1” has no items to copy.")
                                .arg(scenario::displayName(m_from)));
    for (DamagesRecord copy : source.value()) {
        copy.id = 0;
        copy.scenario = m_to;
        auto added = m_store.addItem(copy);
        if (!added.ok()) {
            for (qint64 id : std::as_const(m_created))
                (void)m_store.trashItem(id); // leave no half-made copy behind
            m_created.clear();
            return added.error();
        }
        m_created << added.value();
    }
    return {};
}

Status CopyScenarioCommand::doUndo()
{
    for (qint64 id : std::as_const(m_created))
        if (auto st = m_store.trashItem(id); !st.ok())
            return st;
    return {};
}

} // namespace habeas
