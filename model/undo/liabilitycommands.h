#pragma once

#include "law/claimstore.h"
#include "undo/undomanager.h"
#include "undo/versionededit.h"

namespace habeas {

// The liability commands are versioned edits (undo/versionededit.h): the heading and the
// alternative of the claims row, the adverse inference of an element's claim_elements row. Neither
// the edit nor its undo writes over someone else's later change.

// The heading of a claim's reasons (an empty `after`: back to the theory's own).
class SetHeadingCommand final : public VersionedEditCommand<ClaimRecord> {
public:
    SetHeadingCommand(ClaimStore &store, const ClaimRecord &before, const QString &after);
};

// The alternative a claim pleads.
class SetAlternativeCommand final : public VersionedEditCommand<ClaimRecord> {
public:
    SetAlternativeCommand(ClaimStore &store, const ClaimRecord &before, const QString &after);
};

// An element resting on the processor's refusal to produce its evidence (EvP 95), or not.
class SetAdverseInferenceCommand final : public VersionedEditCommand<ElementState> {
public:
    SetAdverseInferenceCommand(ClaimStore &store, const ClaimRecord &claim,
        const ElementState &before, const ElementState &after);
};

} // namespace habeas
