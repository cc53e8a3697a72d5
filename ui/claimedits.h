#pragma once

#include "core/result.h"
#include "law/claimstore.h"

namespace habeas {

class Library;
class UndoManager;

// What pushOrAsk and editInPrompt (staleedit.h) need to write an edit of a claim or of one of its
// elements in the Facts & law panel: reread() reads the row as it is now, push(before, after)
// pushes the versioned undo command (model/undo/factscommands.h, liabilitycommands.h), which
// refuses a stale edit rather than write over someone else's change.
class ElementWriter final {
public:
    ElementWriter(Library &library, UndoManager &undo, qint64 caseId, ClaimRecord claim)
        : m_library(library)
        , m_undo(undo)
        , m_caseId(caseId)
        , m_claim(std::move(claim))
    {
    }
    // The element of `state` (the claim is the writer's).
    Result<ElementState> reread(const QString &element) const;
    // The adverse inference's command when that changes, else the status's.
    Status push(const ElementState &before, const ElementState &after) const;

    // Bound to one element, as the templates want it.
    struct Bound {
        const ElementWriter &writer;
        QString element;
        Result<ElementState> reread() const { return writer.reread(element); }
        Status push(const ElementState &b, const ElementState &a) const
        {
            return writer.push(b, a);
        }
    };
    Bound of(const QString &element) const { return { *this, element }; }

private:
    Library &m_library;
    UndoManager &m_undo;
    qint64 m_caseId;
    ClaimRecord m_claim;
};

class ClaimWriter final {
public:
    ClaimWriter(Library &library, UndoManager &undo, qint64 caseId, qint64 claimId)
        : m_library(library)
        , m_undo(undo)
        , m_caseId(caseId)
        , m_claimId(claimId)
    {
    }
    Result<ClaimRecord> reread() const;
    // The command of the field that changes: the heading, the alternative or the continuing date.
    Status push(const ClaimRecord &before, const ClaimRecord &after) const;

private:
    Library &m_library;
    UndoManager &m_undo;
    qint64 m_caseId;
    qint64 m_claimId;
};

} // namespace habeas
