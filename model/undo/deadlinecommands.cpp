#include "undo/deadlinecommands.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

QString nameOf(const DeadlineRecord &r)
{
    return r.title.isEmpty() ? displayName(r.kind) : r.title;
}

} // namespace

AddDeadlineCommand::AddDeadlineCommand(DeadlineStore &store, DeadlineRecord record)
    : HabeasCommand(QCoreApplication::translate("habeas::DeadlineCommands", "Add the deadline “%1”")
                        .arg(nameOf(record)))
    , m_store(store)
    , m_record(std::move(record))
{
}

Status AddDeadlineCommand::doRedo()
{
    return addOrRestore(
        m_id, [&] { return m_store.add(m_record); },
        [&](qint64 id) { return m_store.restore(id); });
}

EditDeadlineCommand::EditDeadlineCommand(
    DeadlineStore &store, const DeadlineRecord &before, const DeadlineRecord &after)
    : VersionedEditCommand(
        QCoreApplication::translate("habeas::DeadlineCommands", "Edit the deadline “%1”")
            .arg(nameOf(after)),
        u"deadlines"_s,
        QCoreApplication::translate("habeas::DeadlineCommands", "the deadline “%1”")
            .arg(nameOf(after)),
        before, after, [&store](const DeadlineRecord &r) { return store.update(r); },
        [&store](qint64 id) { return store.deadline(id); })
{
}

SetDeadlineDoneCommand::SetDeadlineDoneCommand(
    DeadlineStore &store, const DeadlineRecord &record, bool done)
    : HabeasCommand(done ? QCoreApplication::translate("habeas::DeadlineCommands", "Mark “%1” done")
                               .arg(nameOf(record))
                         : QCoreApplication::translate("habeas::DeadlineCommands", "Reopen “%1”")
                               .arg(nameOf(record)))
    , m_store(store)
    , m_id(record.id)
    , m_done(done)
{
}

RemoveDeadlineCommand::RemoveDeadlineCommand(DeadlineStore &store, const DeadlineRecord &record)
    : HabeasCommand(
        QCoreApplication::translate("habeas::DeadlineCommands", "Remove the deadline “%1”")
            .arg(nameOf(record)))
    , m_store(store)
    , m_id(record.id)
{
}

} // namespace habeas
