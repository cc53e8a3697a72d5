#pragma once

#include "cases/eventstore.h"
#include "evidence/annotationstore.h"
#include "law/claimstore.h"
#include "undo/setvaluecommand.h"
#include "undo/undomanager.h"
#include "undo/versionededit.h"

#include <QCoreApplication>
#include <QDate>

namespace habeas {

class EvidenceStore;

// The chronology: adding, editing and removing a fact. Undo of an add trashes the event,
// redo restores the same row, so its id (and what refers to it) survives.
class AddEventCommand final : public HabeasCommand {
public:
    AddEventCommand(EventStore &store, EventRecord record);
    qint64 createdId() const { return m_id; }

private:
    Status doRedo() override;
    Status doUndo() override { return m_store.trashEvent(m_id); }

    EventStore &m_store;
    EventRecord m_record;
    qint64 m_id = 0;
};

class EditEventCommand final : public VersionedEditCommand<EventRecord> {
public:
    EditEventCommand(EventStore &store, const EventRecord &before, const EventRecord &after);
};

class RemoveEventCommand final : public HabeasCommand {
public:
    RemoveEventCommand(EventStore &store, const EventRecord &record);

private:
    Status doRedo() override { return m_store.trashEvent(m_id); }
    Status doUndo() override { return m_store.restoreEvent(m_id); }

    EventStore &m_store;
    qint64 m_id;
};

// Claims: asserting a theory in the case, and withdrawing it.
class AddClaimCommand final : public HabeasCommand {
public:
    AddClaimCommand(ClaimStore &store, qint64 caseId, QString theoryId, const QString &name);
    qint64 createdId() const { return m_id; }

private:
    Status doRedo() override;
    Status doUndo() override { return m_store.removeClaim(m_id); }

    ClaimStore &m_store;
    qint64 m_caseId;
    QString m_theoryId;
    qint64 m_id = 0;
};

class RemoveClaimCommand final : public HabeasCommand {
public:
    RemoveClaimCommand(ClaimStore &store, const ClaimRecord &claim);

private:
    Status doRedo() override { return m_store.removeClaim(m_id); }
    Status doUndo() override { return m_store.restoreClaim(m_id); }

    ClaimStore &m_store;
    qint64 m_id;
};

// Where an element stands, and its note: a versioned edit of its claim_elements row
// (undo/versionededit.h), so neither the edit nor its undo writes over someone else's later change.
class SetElementStatusCommand final : public VersionedEditCommand<ElementState> {
public:
    SetElementStatusCommand(ClaimStore &store, const ClaimRecord &claim, const ElementState &before,
        const ElementState &after);
};

// The claim's conduct marked continuing until a date (or no longer: an invalid date); versioned
// on the claims row.
class SetContinuingCommand final : public VersionedEditCommand<ClaimRecord> {
public:
    SetContinuingCommand(ClaimStore &store, const ClaimRecord &before, const QDate &until);
};

// An exhibit (a page, a region) cited for an element. Undo removes the citation; redo cites
// again (a new row: a citation has no identity beyond what it cites).
class CiteCommand final : public HabeasCommand {
public:
    struct What {
        qint64 claimId = 0;
        QString element;
        qint64 evidenceId = 0;
        int page = 0;
        QString note;
        qint64 annotationId = 0;
    };
    CiteCommand(ClaimStore &store, What what, const QString &exhibit);

private:
    Status doRedo() override;
    Status doUndo() override { return m_store.removeCitation(m_id); }

    ClaimStore &m_store;
    What m_what;
    qint64 m_id = 0;
};

class UnciteCommand final : public HabeasCommand {
public:
    UnciteCommand(
        ClaimStore &store, qint64 claimId, const QString &element, const ElementCitation &citation);

private:
    Status doRedo() override { return m_store.removeCitation(m_id); }
    Status doUndo() override;

    ClaimStore &m_store;
    CiteCommand::What m_what;
    qint64 m_id;
};

// The case's own 诉讼请求, replaced as a whole; one swap serves undo and redo.
class SetRequestsCommand final : public SetValueCommand<ClaimStore, QStringList> {
public:
    SetRequestsCommand(ClaimStore &store, qint64 caseId, QStringList before, QStringList after);
};

// Reordering the exhibits: moved back to where it was on undo.
class MoveEvidenceCommand final : public HabeasCommand {
public:
    MoveEvidenceCommand(EvidenceStore &store, qint64 id, int fromGroup, int fromPosition,
        int toGroup, int toPosition, const QString &exhibit);

private:
    Status doRedo() override;
    Status doUndo() override;

    EvidenceStore &m_store;
    qint64 m_id;
    int m_fromGroup;
    int m_fromPosition;
    int m_toGroup;
    int m_toPosition;
};

// A region of a page (highlight or redaction box): undo trashes it, redo restores it.
class AddAnnotationCommand final : public HabeasCommand {
public:
    AddAnnotationCommand(AnnotationStore &store, Annotation annotation);
    qint64 createdId() const { return m_id; }

private:
    Status doRedo() override;
    Status doUndo() override { return m_store.trash(m_id); }

    AnnotationStore &m_store;
    Annotation m_annotation;
    qint64 m_id = 0;
};

class RemoveAnnotationCommand final : public HabeasCommand {
public:
    RemoveAnnotationCommand(AnnotationStore &store, const Annotation &annotation);

private:
    Status doRedo() override { return m_store.trash(m_id); }
    Status doUndo() override { return m_store.restore(m_id); }

    AnnotationStore &m_store;
    qint64 m_id;
};

} // namespace habeas
