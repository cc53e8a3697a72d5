#include "panelwidgets.h"

#include "dialogs.h"
#include "undo/undomanager.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace habeas {

QTableView *rowTableView(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setWordWrap(true);
    return view;
}

QWidget *headedBox(const QString &heading, QLayout *buttons, QWidget *body, QWidget *parent)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(u"<b>%1</b>"_s.arg(heading.toHtmlEscaped()), widget);
    top->addWidget(label);
    top->addStretch();
    top->addLayout(buttons);
    layout->addLayout(top);
    layout->addWidget(body, 1);
    return widget;
}

bool pushEdit(QWidget *parent, UndoManager &undo, qint64 caseId,
    std::unique_ptr<HabeasCommand> command, const QString &title)
{
    const Status st = undo.pushCase(caseId, std::move(command));
    if (!st.ok())
        Dialogs::error(parent, title, st.error().message);
    return st.ok();
}

} // namespace habeas
