#pragma once

#include "core/result.h"
#include "dialogs.h"

#include <QDialog>
#include <QWidget>

#include <memory>

namespace habeas {

// What the user makes of an edit someone else overtook (docs/server.md, "Two lawyers on one
// case"): Reload shows their version in the dialog (mine discarded), Overwrite writes mine over
// theirs, Cancel goes back to the dialog with what was typed.
enum class StaleChoice { Reload, Overwrite, Cancel };

// The question, with the stale error's message ("li changed the party “…” since you opened it").
StaleChoice askStale(QWidget *parent, const QString &title, const QString &message);

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
        const auto now = reread();
        if (!now.ok()) {
            Dialogs::error(parent, title, now.error().message);
            return false;
        }
        const StaleChoice choice = askStale(parent, title, st.error().message);
        if (choice == StaleChoice::Reload) {
            base = now.value();
            dialog = makeDialog(base);
        } else if (choice == StaleChoice::Overwrite) {
            after.rowVersion = now->rowVersion;
            st = push(now.value(), after);
            if (st.ok())
                return true;
            Dialogs::error(parent, title, st.error().message);
        }
    }
    return false;
}

} // namespace habeas
