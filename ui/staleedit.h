#pragma once

#include "core/result.h"
#include "dialogs.h"

#include <QDialog>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace habeas {

// What the user makes of an edit someone else overtook (docs/server.md, "Two lawyers on one
// case"): Reload shows their version in the dialog (mine discarded), Overwrite writes mine over
// theirs, Cancel goes back to the dialog with what was typed.
enum class StaleChoice { Reload, Overwrite, Cancel };

// The question, with the stale error's message ("li changed the party “…” since you opened it").
StaleChoice askStale(QWidget *parent, const QString &title, const QString &message);

// After a write refused as stale (`st`): reads the row as it is now (reread()) and asks
// askStale(); the answer with that row, or nullopt when the row cannot be read (said).
template<typename Record, typename Reread>
std::optional<std::pair<StaleChoice, Record>> askAfterStale(
    QWidget *parent, const QString &title, const Status &st, const Reread &reread)
{
    const Result<Record> now = reread();
    if (!now.ok()) {
        Dialogs::error(parent, title, now.error().message);
        return std::nullopt;
    }
    return std::make_pair(askStale(parent, title, st.error().message), now.value());
}

// Runs an edit dialog until the edit is written or the user gives up, and never loses an edit in
// silence: a failed save brings the dialog back with what was typed; a stale one asks
// askStale(). makeDialog(record) opens the dialog on a record; reread() reads the row as it is
// now; push(before, after) pushes the edit command. True when an edit was written.
template<typename Record, typename MakeDialog, typename Reread, typename Push>
bool editInDialog(QWidget *parent, const QString &title, Record base, MakeDialog makeDialog,
    Reread reread, Push push)
{
    auto dialog = makeDialog(base);
    while (dialog->exec() == QDialog::Accepted) {
        Record after = dialog->record();
        if (after.sameContent(base))
            return false;
        Status st = push(base, after);
        if (st.ok())
            return true;
        if (st.error().kind != Error::Kind::Stale) {
            Dialogs::error(parent, title, st.error().message);
            continue;
        }
        const auto asked = askAfterStale<Record>(parent, title, st, reread);
        if (!asked)
            return false;
        const Record &now = asked->second;
        if (asked->first == StaleChoice::Reload) {
            base = now;
            dialog = makeDialog(base);
        } else if (asked->first == StaleChoice::Overwrite) {
            after.rowVersion = now.rowVersion;
            st = push(now, after);
            if (st.ok())
                return true;
            Dialogs::error(parent, title, st.error().message);
        }
    }
    return false;
}

// An edit made without an edit dialog (a status chosen, a button pressed): `change` makes the
// edited record from the one shown; writer.reread() reads the row as it is now,
// writer.push(before, after) pushes the edit command (ui/claimedits.h). When someone
// else changed the row since it was shown, asks: Overwrite makes the same change to their version
// and writes it; Reload and Cancel write nothing (the view shows theirs). True when written.
template<typename Record, typename Writer>
bool pushOrAsk(QWidget *parent, const QString &title, const Record &base,
    const std::function<Record(Record)> &change, const Writer &writer)
{
    Status st = writer.push(base, change(base));
    if (st.ok())
        return true;
    if (st.error().kind != Error::Kind::Stale) {
        Dialogs::error(parent, title, st.error().message);
        return false;
    }
    const auto asked =
        askAfterStale<Record>(parent, title, st, [&writer] { return writer.reread(); });
    if (!asked || asked->first != StaleChoice::Overwrite)
        return false;
    st = writer.push(asked->second, change(asked->second));
    if (!st.ok())
        Dialogs::error(parent, title, st.error().message);
    return st.ok();
}

// An edit typed into a prompt (Dialogs::text), asked as editInDialog asks: prompt(record, typed)
// shows the prompt with `typed` (what the user typed before), else the record's text, and gives
// what was typed (nothing: cancelled); apply(record, text) is the record with it, or why the text
// will not do (said, as a failed write is, and nothing written); `writer` as for pushOrAsk. Reload
// prompts again with their version; Overwrite applies the text to theirs and writes it; Cancel
// prompts again with what was typed.
template<typename Record, typename Prompt, typename Apply, typename Writer>
bool editInPrompt(QWidget *parent, const QString &title, Record base, Prompt prompt, Apply apply,
    const Writer &writer)
{
    std::optional<QString> typed;
    while ((typed = prompt(base, typed))) {
        const Result<Record> after = apply(base, *typed);
        if (!after.ok()) {
            Dialogs::error(parent, title, after.error().message);
            return false;
        }
        if (after->sameContent(base))
            return false;
        Status st = writer.push(base, after.value());
        if (st.ok())
            return true;
        if (st.error().kind != Error::Kind::Stale) {
            Dialogs::error(parent, title, st.error().message);
            return false;
        }
        const auto asked =
            askAfterStale<Record>(parent, title, st, [&writer] { return writer.reread(); });
        if (!asked)
            return false;
        const Record &now = asked->second;
        if (asked->first == StaleChoice::Reload) {
            base = now;
            typed.reset();
        } else if (asked->first == StaleChoice::Overwrite) {
            const Result<Record> mine = apply(now, *typed);
            st = mine.ok() ? writer.push(now, mine.value()) : Status(mine.error());
            if (st.ok())
                return true;
            Dialogs::error(parent, title, st.error().message);
        }
    }
    return false;
}

} // namespace habeas
