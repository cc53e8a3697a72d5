#pragma once

class QLayout;
class QString;
class QTableView;
class QWidget;

namespace habeas {

// The pieces the case panels are built from.

// A read-only table of whole rows, one selected at a time, without row numbers, text wrapped.
QTableView *rowTableView(QWidget *parent);

// A heading in bold with its buttons on the right, above the body that fills the rest.
QWidget *headedBox(const QString &heading, QLayout *buttons, QWidget *body, QWidget *parent);

} // namespace habeas
