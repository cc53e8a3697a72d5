#pragma once

#include "deadlines/deadlinestore.h"
#include "undo/undomanager.h"
#include "undo/versionededit.h"

namespace habeas {

// Deadlines: adding, editing, marking done and removing. Undo of an add trashes the row and
// redo restores it, so its id (and the UID of its calendar event) survives.
class AddDeadlineCommand final : public HabeasCommand {
public:
    AddDeadlineCommand(DeadlineStore &store, DeadlineRecord record);
    qint64 createdId() const { return m_id; }

private:
    Status doRedo() override;
    Status doUndo() override { return m_store.trash(m_id); }

    DeadlineStore &m_store;
    DeadlineRecord m_record;
    qint64 m_id = 0;
};

class EditDeadlineCommand final : public VersionedEditCommand<DeadlineRecord> {
public:
    EditDeadlineCommand(
        DeadlineStore &store, const DeadlineRecord &before, const DeadlineRecord &after);
};

class SetDeadlineDoneCommand final : public HabeasCommand {
public:
    SetDeadlineDoneCommand(DeadlineStore &store, const DeadlineRecord &record, bool done);

private:
    Status doRedo() override { return m_store.setDone(m_id, m_done); }
    Status doUndo() override { return m_store.setDone(m_id, !m_done); }

    DeadlineStore &m_store;
    qint64 m_id;
    bool m_done;
};

class RemoveDeadlineCommand final : public HabeasCommand {
public:
    RemoveDeadlineCommand(DeadlineStore &store, const DeadlineRecord &record);

private:
    Status doRedo() override { return m_store.trash(m_id); }
    Status doUndo() override { return m_store.restore(m_id); }

    DeadlineStore &m_store;
    qint64 m_id;
};

} // namespace habeas
