#pragma once

#include "damages/damagesrecord.h"
#include "damages/damagesstore.h"
#include "undo/undomanager.h"
#include "undo/versionededit.h"

namespace habeas {

// Adding a damages item: undo moves it to the trash, redo restores the same item.
class AddDamagesCommand final : public HabeasCommand {
public:
    AddDamagesCommand(DamagesStore &store, DamagesRecord record);
    qint64 itemId() const { return m_id; }

private:
    Status doRedo() override;
    Status doUndo() override { return m_store.trashItem(m_id); }

    DamagesStore &m_store;
    DamagesRecord m_record;
    qint64 m_id = 0;
};

class EditDamagesCommand final : public VersionedEditCommand<DamagesRecord> {
public:
    EditDamagesCommand(
        DamagesStore &store, const DamagesRecord &before, const DamagesRecord &after);
};

class RemoveDamagesCommand final : public HabeasCommand {
public:
    RemoveDamagesCommand(DamagesStore &store, const DamagesRecord &record);

private:
    Status doRedo() override { return m_store.trashItem(m_id); }
    Status doUndo() override { return m_store.restoreItem(m_id); }

    DamagesStore &m_store;
    qint64 m_id;
};

// Copies every item of one scenario into another (a starting point for "expected" from
// "claimed"); undo removes the copies.
class CopyScenarioCommand final : public HabeasCommand {
public:
    CopyScenarioCommand(DamagesStore &store, qint64 caseId, QString from, QString to);

private:
    Status doRedo() override;
    Status doUndo() override;

    DamagesStore &m_store;
    qint64 m_caseId;
    QString m_from;
    QString m_to;
    QList<qint64> m_created;
};

} // namespace habeas
