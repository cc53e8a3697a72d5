#include "undo/casecommands.h"

#include "cases/casestore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace habeas {

CreateCaseCommand::CreateCaseCommand(CaseStore &store, CaseRecord record)
    : HabeasCommand(
        QCoreApplication::translate("habeas::CaseCommands", "Create case “%1”").arg(record.title))
    , m_store(store)
    , m_record(std::move(record))
{
}

Status CreateCaseCommand::doRedo()
{
    return addOrRestore(
        m_id, [&] { return m_store.createCase(m_record); },
        [&](qint64 id) { return m_store.restoreCase(id); });
}

Status CreateCaseCommand::doUndo()
{
    return m_store.trashCase(m_id);
}

TrashCaseCommand::TrashCaseCommand(
    CaseStore &store, qint64 caseId, const QString &title, bool trash)
    : HabeasCommand(trash
            ? QCoreApplication::translate("habeas::CaseCommands", "Move case “%1” to the trash")
                  .arg(title)
            : QCoreApplication::translate("habeas::CaseCommands", "Restore case “%1”").arg(title))
    , m_store(store)
    , m_id(caseId)
    , m_trash(trash)
{
}

Status TrashCaseCommand::apply(bool trash)
{
    return trash ? m_store.trashCase(m_id) : m_store.restoreCase(m_id);
}

EditCaseCommand::EditCaseCommand(
    CaseStore &store, const CaseRecord &before, const CaseRecord &after)
    : VersionedEditCommand(
        QCoreApplication::translate("habeas::CaseCommands", "Edit case “%1”").arg(after.title),
        u"cases"_s,
        QCoreApplication::translate("habeas::CaseCommands", "the case “%1”").arg(before.title),
        before, after, [&store](const CaseRecord &r) { return store.updateCase(r); },
        [&store](qint64 id) { return store.caseById(id); })
{
}

AddPartyCommand::AddPartyCommand(CaseStore &store, PartyRecord record)
    : HabeasCommand(
        QCoreApplication::translate("habeas::CaseCommands", "Add party “%1”").arg(record.name))
    , m_store(store)
    , m_record(std::move(record))
{
}

Status AddPartyCommand::doRedo()
{
    return addOrRestore(
        m_id, [&] { return m_store.addParty(m_record); },
        [&](qint64 id) { return m_store.restoreParty(id); });
}

Status AddPartyCommand::doUndo()
{
    return m_store.trashParty(m_id);
}

EditPartyCommand::EditPartyCommand(
    CaseStore &store, const PartyRecord &before, const PartyRecord &after)
    : VersionedEditCommand(
        QCoreApplication::translate("habeas::CaseCommands", "Edit party “%1”").arg(after.name),
        u"parties"_s,
        QCoreApplication::translate("habeas::CaseCommands", "the party “%1”").arg(after.name),
        before, after, [&store](const PartyRecord &r) { return store.updateParty(r); },
        [&store](qint64 id) { return store.partyById(id); })
{
}

RemovePartyCommand::RemovePartyCommand(CaseStore &store, qint64 partyId, const QString &name)
    : HabeasCommand(
        QCoreApplication::translate("habeas::CaseCommands", "Remove party “%1”").arg(name))
    , m_store(store)
    , m_id(partyId)
{
}

Status RemovePartyCommand::doRedo()
{
    return m_store.trashParty(m_id);
}

Status RemovePartyCommand::doUndo()
{
    return m_store.restoreParty(m_id);
}

RestorePartyCommand::RestorePartyCommand(CaseStore &store, qint64 partyId, const QString &name)
    : HabeasCommand(
        QCoreApplication::translate("habeas::CaseCommands", "Restore party “%1”").arg(name))
    , m_store(store)
    , m_id(partyId)
{
}

} // namespace habeas
