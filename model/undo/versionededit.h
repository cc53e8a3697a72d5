#pragma once

#include "storage/rowversion.h"
#include "undo/undomanager.h"

#include <functional>
#include <utility>

namespace habeas {

// An in-place edit of a versioned row (storage/rowversion.h), undone and redone by writing the
// record before or after. The first redo writes at the version the editor read, so an edit made
// from a stale read is refused as stale (and the dialog offers Reload or Overwrite). Every later
// undo or redo writes only over this user's own last write of the row: when someone else (another
// user, the CLI) changed the row since, it refuses with a message naming them and nothing changes;
// the command stays where it is on the stack.
template<typename Record> class VersionedEditCommand : public HabeasCommand {
public:
    using Write = std::function<Result<qint64>(const Record &)>;
    using Read = std::function<Result<Record>(qint64)>;

    VersionedEditCommand(const QString &text, const QString &table, QString what,
        const Record &before, const Record &after, Write write, Read read)
        : HabeasCommand(text)
        , m_row(table + u':' + QString::number(after.id))
        , m_what(std::move(what))
        , m_before(before)
        , m_after(after)
        , m_write(std::move(write))
        , m_read(std::move(read))
    {
    }

    Status checkUndo() const override { return checkRow(true); }
    Status checkRedo() const override { return checkRow(false); }

protected:
    Status doRedo() override { return apply(m_after, false); }
    Status doUndo() override { return apply(m_before, true); }

private:
    Status checkRow(bool undo) const
    {
        if (!m_written)
            return {};
        const auto now = m_read(m_after.id);
        if (!now.ok())
            return now.error();
        if (now->rowVersion == knownVersion(m_row))
            return {};
        return staleUndo(m_what, now->updatedBy, undo);
    }

    Status apply(const Record &target, bool undo)
    {
        Record r = target;
        if (m_written)
            r.rowVersion = knownVersion(m_row);
        const auto written = m_write(r);
        if (!written.ok()) {
            if (m_written && written.error().kind == Error::Kind::Stale) {
                const auto now = m_read(m_after.id);
                return staleUndo(m_what, now.ok() ? now->updatedBy : QString(), undo);
            }
            return written.error();
        }
        setKnownVersion(m_row, written.value());
        m_written = true;
        return {};
    }

    QString m_row; // "table:id"
    QString m_what;
    Record m_before;
    Record m_after;
    Write m_write;
    Read m_read;
    bool m_written = false;
};

} // namespace habeas
