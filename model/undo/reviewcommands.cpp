#include "undo/reviewcommands.h"

#include <QCoreApplication>

namespace habeas {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::ReviewCommands)
};

QString textOf(ChangeReviewCommentCommand::Change change)
{
    using C = ChangeReviewCommentCommand::Change;
    switch (change) {
    case C::Edit:
        return Text::tr("Edit Review Comment");
    case C::Resolve:
        return Text::tr("Resolve Review Comment");
    case C::Reopen:
        return Text::tr("Reopen Review Comment");
    case C::Remove:
        return Text::tr("Remove Review Comment");
    case C::KeepMine:
        return Text::tr("Keep My Version of a Review Comment");
    case C::TakeTheirs:
        return Text::tr("Take the Other Version of a Review Comment");
    }
    return {};
}
} // namespace

AddReviewCommentCommand::AddReviewCommentCommand(
    ReviewStore &store, qint64 caseId, ReviewAnchor anchor, QString text, QString author)
    : HabeasCommand(Text::tr("Add Review Comment"))
    , m_store(store)
    , m_caseId(caseId)
    , m_anchor(std::move(anchor))
    , m_text(std::move(text))
    , m_author(std::move(author))
{
}

Status AddReviewCommentCommand::doRedo()
{
    return addOrRestore(
        m_id, [&] { return m_store.add(m_caseId, m_anchor, m_text, m_author); },
        [&](qint64 id) { return m_store.restore(id); });
}

ChangeReviewCommentCommand::ChangeReviewCommentCommand(
    ReviewStore &store, const ReviewComment &before, Change change, QString text)
    : HabeasCommand(textOf(change))
    , m_store(store)
    , m_before(before)
    , m_change(change)
    , m_text(std::move(text))
{
}

Status ChangeReviewCommentCommand::doRedo()
{
    if (m_after)
        return m_store.put(*m_after);
    Status st;
    switch (m_change) {
    case Change::Edit:
        st = m_store.edit(m_before.id, m_text);
        break;
    case Change::Resolve:
    case Change::Reopen:
        st = m_store.setResolved(m_before.id, m_change == Change::Resolve);
        break;
    case Change::Remove:
        st = m_store.remove(m_before.id);
        break;
    case Change::KeepMine:
    case Change::TakeTheirs:
        st = m_store.settleConflict(m_before.id, m_change == Change::TakeTheirs);
        break;
    }
    if (!st.ok())
        return st;
    auto after = m_store.comment(m_before.id);
    if (!after.ok())
        return after.error();
    m_after = after.value();
    return {};
}

} // namespace habeas
