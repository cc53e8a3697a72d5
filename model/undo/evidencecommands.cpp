#include "undo/evidencecommands.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace habeas {

ImportEvidenceCommand::ImportEvidenceCommand(
    EvidenceStore &store, qint64 caseId, StagedFile staged, EvidenceRecord meta)
    : HabeasCommand(QCoreApplication::translate("habeas::EvidenceCommands", "Import “%1”")
                        .arg(staged.originalName))
    , m_store(store)
    , m_caseId(caseId)
    , m_staged(std::move(staged))
    , m_meta(std::move(meta))
{
}

Status ImportEvidenceCommand::doRedo()
{
    if (m_outcome.kind == ImportOutcome::Kind::Imported)
        return m_store.restoreItem(m_outcome.id);
    m_outcome = m_store.record(m_caseId, m_staged, m_meta);
    if (m_outcome.kind == ImportOutcome::Kind::Imported)
        return {};
    // Nothing was recorded (a duplicate, or refused): nothing to undo either.
    return Error::input(m_outcome.message);
}

RemoveEvidenceCommand::RemoveEvidenceCommand(EvidenceStore &store, const EvidenceRecord &record)
    : HabeasCommand(QCoreApplication::translate("habeas::EvidenceCommands", "Remove exhibit %1")
                        .arg(record.exhibitNumber()))
    , m_store(store)
    , m_id(record.id)
{
}

} // namespace habeas

namespace habeas {

EditEvidenceCommand::EditEvidenceCommand(
    EvidenceStore &store, const EvidenceRecord &before, const EvidenceRecord &after)
    : VersionedEditCommand(
        QCoreApplication::translate("habeas::EvidenceCommands", "Edit exhibit %1")
            .arg(after.exhibitNumber()),
        u"evidence_items"_s,
        QCoreApplication::translate("habeas::EvidenceCommands", "exhibit %1 (“%2”)")
            .arg(after.exhibitNumber(), before.title),
        before, after, [&store](const EvidenceRecord &r) { return store.updateItem(r); },
        [&store](qint64 id) { return store.item(id); })
{
}

} // namespace habeas
