#pragma once

#include "casepanel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace habeas {

class DeadlineFilter;
class DeadlineModel;
struct DeadlineRecord;

// The deadlines of one case (caseId > 0) or of every case (0): a table sorted by due date, overdue
// in red, filtered by urgency, with the working of the selected one below; add, edit, done/reopen,
// remove (all undoable) and export as iCalendar.
class DeadlineList final : public QWidget {
    Q_OBJECT

public:
    DeadlineList(Library &library, UndoManager &undo, bool allCases, QWidget *parent = nullptr);

    void setCase(qint64 caseId);
    qint64 selectedId() const;
    void select(qint64 deadlineId);

    QTableView *view() const { return m_view; }
    QComboBox *showBox() const { return m_show; }
    DeadlineFilter *filter() const { return m_filter; }
    QLabel *details() const { return m_details; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *removeButton() const { return m_remove; }

    void addDeadline();
    void editDeadline();
    void toggleDone();
    void removeDeadline();
    void exportCalendar();

signals:
    void openCaseRequested(qint64 caseId, qint64 deadlineId);

private:
    void updateDetails();
    bool runDialog(const DeadlineRecord &record);

    Library &m_library;
    UndoManager &m_undo;
    bool m_allCases;
    qint64 m_caseId = 0;
    DeadlineModel *m_model;
    DeadlineFilter *m_filter;
    QTableView *m_view;
    QComboBox *m_show;
    QLabel *m_details;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_done;
    QPushButton *m_remove;
    QPushButton *m_export;
};

// 期限: the deadlines of the open case.
class DeadlinesPanel final : public CasePanel {
    Q_OBJECT

public:
    DeadlinesPanel(Library &library, UndoManager &undo, QWidget *parent = nullptr);

    QString title() const override { return tr("Deadlines"); }
    void setCase(qint64 caseId) override;
    DeadlineList *list() const { return m_list; }

private:
    DeadlineList *m_list;
};

// Every case's deadlines in one window (View ▸ All Deadlines).
class DeadlinesWindow final : public QWidget {
    Q_OBJECT

public:
    DeadlinesWindow(Library &library, UndoManager &undo, QWidget *parent = nullptr);
    DeadlineList *list() const { return m_list; }

private:
    DeadlineList *m_list;
};

} // namespace habeas
