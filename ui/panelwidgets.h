#pragma once

#include <QtGlobal>

#include <memory>

class QLayout;
class QString;
class QTableView;
class QWidget;

namespace habeas {

class HabeasCommand;
class UndoManager;

// The pieces the case panels are built from.

// A read-only table of whole rows, one selected at a time, without row numbers, text wrapped.
QTableView *rowTableView(QWidget *parent);

// A heading in bold with its buttons on the right, above the body that fills the rest.
QWidget *headedBox(const QString &heading, QLayout *buttons, QWidget *body, QWidget *parent);

// Does an edit of a case through its undo history; a failure is said in a message box titled
// `title` over `parent`, and nothing changes. Returns whether the edit was done.
bool pushEdit(QWidget *parent, UndoManager &undo, qint64 caseId,
    std::unique_ptr<HabeasCommand> command, const QString &title);

} // namespace habeas
