#pragma once

#include "cases/casestore.h"
#include "cases/casetypes.h"
#include "undo/undomanager.h"
#include "undo/versionededit.h"

namespace habeas {

// Creating a case: undo moves it to the trash, redo brings it back with the same id,
// so nothing entered in the meantime is ever lost.
class CreateCaseCommand final : public HabeasCommand {
public:
    CreateCaseCommand(CaseStore &store, CaseRecord record);
    qint64 caseId() const { return m_id; }
    qint64 concernedCase() const override { return m_id; }

private:
    Status doRedo() override;
    Status doUndo() override;

    CaseStore &m_store;
    CaseRecord m_record;
    qint64 m_id = 0;
};

// Moving a case to the trash or back; undo is the opposite move.
class TrashCaseCommand final : public HabeasCommand {
public:
    TrashCaseCommand(CaseStore &store, qint64 caseId, const QString &title, bool trash);
    qint64 concernedCase() const override { return m_id; }

private:
    Status doRedo() override { return apply(m_trash); }
    Status doUndo() override { return apply(!m_trash); }
    Status apply(bool trash);

    CaseStore &m_store;
    qint64 m_id;
    bool m_trash;
};

// Editing a case's fields: one swap serves undo and redo.
class EditCaseCommand final : public VersionedEditCommand<CaseRecord> {
public:
    EditCaseCommand(CaseStore &store, const CaseRecord &before, const CaseRecord &after);
};

class AddPartyCommand final : public HabeasCommand {
public:
    AddPartyCommand(CaseStore &store, PartyRecord record);
    qint64 partyId() const { return m_id; }

private:
    Status doRedo() override;
    Status doUndo() override;

    CaseStore &m_store;
    PartyRecord m_record;
    qint64 m_id = 0;
};

class EditPartyCommand final : public VersionedEditCommand<PartyRecord> {
public:
    EditPartyCommand(CaseStore &store, const PartyRecord &before, const PartyRecord &after);
};

class RemovePartyCommand final : public HabeasCommand {
public:
    RemovePartyCommand(CaseStore &store, qint64 partyId, const QString &name);

private:
    Status doRedo() override;
    Status doUndo() override;

    CaseStore &m_store;
    qint64 m_id;
};

// Bringing a removed party back; undo removes it again.
class RestorePartyCommand final : public HabeasCommand {
public:
    RestorePartyCommand(CaseStore &store, qint64 partyId, const QString &name);

private:
    Status doRedo() override { return m_store.restoreParty(m_id); }
    Status doUndo() override { return m_store.trashParty(m_id); }

    CaseStore &m_store;
    qint64 m_id;
};

} // namespace habeas
