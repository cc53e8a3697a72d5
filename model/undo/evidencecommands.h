#pragma once

#include "evidence/evidencestore.h"
#include "undo/undomanager.h"
#include "undo/versionededit.h"

namespace habeas {

// Records a file already staged in the blob store as an exhibit; undo moves it to the
// trash, redo restores the same exhibit. A duplicate records nothing and is not pushed.
class ImportEvidenceCommand final : public HabeasCommand {
public:
    ImportEvidenceCommand(
        EvidenceStore &store, qint64 caseId, StagedFile staged, EvidenceRecord meta);
    const ImportOutcome &outcome() const { return m_outcome; }

private:
    Status doRedo() override;
    Status doUndo() override { return m_store.trashItem(m_outcome.id); }

    EvidenceStore &m_store;
    qint64 m_caseId;
    StagedFile m_staged;
    EvidenceRecord m_meta;
    ImportOutcome m_outcome;
};

class RemoveEvidenceCommand final : public HabeasCommand {
public:
    RemoveEvidenceCommand(EvidenceStore &store, const EvidenceRecord &record);

private:
    Status doRedo() override { return m_store.trashItem(m_id); }
    Status doUndo() override { return m_store.restoreItem(m_id); }

    EvidenceStore &m_store;
    qint64 m_id;
};

} // namespace habeas

namespace habeas {

// Editing an exhibit's title and capture metadata: a versioned edit (undo/versionededit.h), so
// neither the edit nor its undo writes over someone else's later change.
class EditEvidenceCommand final : public VersionedEditCommand<EvidenceRecord> {
public:
    EditEvidenceCommand(
        EvidenceStore &store, const EvidenceRecord &before, const EvidenceRecord &after);
};

} // namespace habeas
