#include "undo/factscommands.h"

#include "evidence/evidencestore.h"
#include "itemmodels/proofmodel.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace habeas {

AddEventCommand::AddEventCommand(EventStore &store, EventRecord record)
    : HabeasCommand(QCoreApplication::translate("habeas::FactsCommands", "Add the fact of %1")
                        .arg(record.displayDate()))
    , m_store(store)
    , m_record(std::move(record))
{
}

Status AddEventCommand::doRedo()
{
    return addOrRestore(
        m_id, [&] { return m_store.addEvent(m_record); },
        [&](qint64 id) { return m_store.restoreEvent(id); });
}

EditEventCommand::EditEventCommand(
    EventStore &store, const EventRecord &before, const EventRecord &after)
    : VersionedEditCommand(
        QCoreApplication::translate("habeas::FactsCommands", "Edit the fact of %1")
            .arg(after.displayDate()),
        u"events"_s,
        QCoreApplication::translate("habeas::FactsCommands", "the fact of %1")
            .arg(after.displayDate()),
        before, after, [&store](const EventRecord &r) { return store.updateEvent(r); },
        [&store](qint64 id) { return store.event(id); })
{
}

RemoveEventCommand::RemoveEventCommand(EventStore &store, const EventRecord &record)
    : HabeasCommand(QCoreApplication::translate("habeas::FactsCommands", "Remove the fact of %1")
                        .arg(record.displayDate()))
    , m_store(store)
    , m_id(record.id)
{
}

AddClaimCommand::AddClaimCommand(
    ClaimStore &store, qint64 caseId, QString theoryId, const QString &name)
    : HabeasCommand(
        QCoreApplication::translate("habeas::FactsCommands", "Add the claim “%1”").arg(name))
    , m_store(store)
    , m_caseId(caseId)
    , m_theoryId(std::move(theoryId))
{
}

Status AddClaimCommand::doRedo()
{
    return addOrRestore(
        m_id, [&] { return m_store.addClaim(m_caseId, m_theoryId); },
        [&](qint64 id) { return m_store.restoreClaim(id); });
}

RemoveClaimCommand::RemoveClaimCommand(ClaimStore &store, const ClaimRecord &claim)
    : HabeasCommand(QCoreApplication::translate("habeas::FactsCommands", "Remove the claim “%1”")
                        .arg(claim.theoryName))
    , m_store(store)
    , m_id(claim.id)
{
}

namespace {
ClaimRecord withContinuing(ClaimRecord claim, const QDate &until)
{
    claim.continuingUntil = until;
    return claim;
}
} // namespace

SetElementStatusCommand::SetElementStatusCommand(ClaimStore &store, const ClaimRecord &claim,
    const ElementState &before, const ElementState &after)
    : VersionedEditCommand(
        QCoreApplication::translate("habeas::FactsCommands", "Mark an element %1")
            .arg(toDisplay(after.status)),
        u"claim_elements "_s + before.element, elementWhat(claim, before.element), before, after,
        [&store](const ElementState &r) { return store.setElementState(r); },
        [&store, element = before.element](qint64 id) { return store.elementState(id, element); })
{
}

SetContinuingCommand::SetContinuingCommand(
    ClaimStore &store, const ClaimRecord &before, const QDate &until)
    : VersionedEditCommand(
        QCoreApplication::translate("habeas::FactsCommands", "Mark the conduct continuing"),
        u"claims"_s, claimWhat(before), before, withContinuing(before, until),
        [&store](const ClaimRecord &r) {
            return store.setContinuingUntil(r.id, r.continuingUntil, r.rowVersion);
        },
        [&store](qint64 id) { return store.claim(id); })
{
}

CiteCommand::CiteCommand(ClaimStore &store, What what, const QString &exhibit)
    : HabeasCommand(QCoreApplication::translate("habeas::FactsCommands", "Cite %1").arg(exhibit))
    , m_store(store)
    , m_what(std::move(what))
{
}

Status CiteCommand::doRedo()
{
    auto id = m_store.cite(m_what.claimId, m_what.element, m_what.evidenceId, m_what.page,
        m_what.note, m_what.annotationId);
    if (!id.ok())
        return id.error();
    m_id = id.value();
    return {};
}

UnciteCommand::UnciteCommand(
    ClaimStore &store, qint64 claimId, const QString &element, const ElementCitation &citation)
    : HabeasCommand(QCoreApplication::translate("habeas::FactsCommands", "Stop citing %1")
                        .arg(citation.exhibit))
    , m_store(store)
    , m_what { claimId, element, citation.evidenceId, citation.page, citation.note,
        citation.annotationId }
    , m_id(citation.id)
{
}

Status UnciteCommand::doUndo()
{
    auto id = m_store.cite(m_what.claimId, m_what.element, m_what.evidenceId, m_what.page,
        m_what.note, m_what.annotationId);
    if (!id.ok())
        return id.error();
    m_id = id.value();
    return {};
}

SetRequestsCommand::SetRequestsCommand(
    ClaimStore &store, qint64 caseId, QStringList before, QStringList after)
    : SetValueCommand(
        QCoreApplication::translate("habeas::FactsCommands", "Edit the claims for relief"), store,
        &ClaimStore::setRequests, caseId, std::move(before), std::move(after))
{
}

MoveEvidenceCommand::MoveEvidenceCommand(EvidenceStore &store, qint64 id, int fromGroup,
    int fromPosition, int toGroup, int toPosition, const QString &exhibit)
    : HabeasCommand(
        QCoreApplication::translate("habeas::FactsCommands", "Move exhibit %1").arg(exhibit))
    , m_store(store)
    , m_id(id)
    , m_fromGroup(fromGroup)
    , m_fromPosition(fromPosition)
    , m_toGroup(toGroup)
    , m_toPosition(toPosition)
{
}

Status MoveEvidenceCommand::doRedo()
{
    return m_store.moveItem(m_id, m_toPosition, m_toGroup);
}

Status MoveEvidenceCommand::doUndo()
{
    return m_store.moveItem(m_id, m_fromPosition, m_fromGroup);
}

AddAnnotationCommand::AddAnnotationCommand(AnnotationStore &store, Annotation annotation)
    : HabeasCommand(annotation.kind == Annotation::Kind::Redaction
            ? QCoreApplication::translate("habeas::FactsCommands", "Add a redaction box")
            : QCoreApplication::translate("habeas::FactsCommands", "Add a highlight"))
    , m_store(store)
    , m_annotation(std::move(annotation))
{
}

Status AddAnnotationCommand::doRedo()
{
    return addOrRestore(
        m_id, [&] { return m_store.add(m_annotation); },
        [&](qint64 id) { return m_store.restore(id); });
}

RemoveAnnotationCommand::RemoveAnnotationCommand(
    AnnotationStore &store, const Annotation &annotation)
    : HabeasCommand(QCoreApplication::translate("habeas::FactsCommands", "Remove region %1")
                        .arg(annotation.region))
    , m_store(store)
    , m_id(annotation.id)
{
}

} // namespace habeas
