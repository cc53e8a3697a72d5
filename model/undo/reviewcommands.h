#pragma once

#include "review/reviewstore.h"
#include "undo/undomanager.h"

namespace habeas {

// Review comments: adding, editing, resolving, reopening, removing and settling a conflict.
// Undo of an add removes the comment (it is kept, marked removed) and redo restores it, so its
// id and identity survive; the others write the comment's version before or after back.
class AddReviewCommentCommand final : public HabeasCommand {
public:
    AddReviewCommentCommand(
        ReviewStore &store, qint64 caseId, ReviewAnchor anchor, QString text, QString author = {});
    qint64 createdId() const { return m_id; }

private:
    Status doRedo() override;
    Status doUndo() override { return m_store.remove(m_id); }

    ReviewStore &m_store;
    qint64 m_caseId;
    ReviewAnchor m_anchor;
    QString m_text;
    QString m_author;
    qint64 m_id = 0;
};

// Any change of one comment, by the store call that makes it; undo puts the version before
// back, redo the version after.
class ChangeReviewCommentCommand final : public HabeasCommand {
public:
    enum class Change { Edit, Resolve, Reopen, Remove, KeepMine, TakeTheirs };
    ChangeReviewCommentCommand(
        ReviewStore &store, const ReviewComment &before, Change change, QString text = {});

private:
    Status doRedo() override;
    Status doUndo() override { return m_store.put(m_before); }

    ReviewStore &m_store;
    ReviewComment m_before;
    Change m_change;
    QString m_text;
    std::optional<ReviewComment> m_after;
};

} // namespace habeas
