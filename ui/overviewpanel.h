#pragma once

#include "casepanel.h"

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace habeas {

// 概况: the case's particulars and its key dates.
class OverviewPanel final : public CasePanel {
    Q_OBJECT

public:
    OverviewPanel(Library &library, UndoManager &undo, QWidget *parent = nullptr);

    QString title() const override { return tr("Overview"); }
    void setCase(qint64 caseId) override;
    void editCase();
    QLabel *nextDeadlineLabel() const { return m_nextDeadline; }

private:
    void refresh();
    void showNextDeadline();

    qint64 m_caseId = 0;
    QLabel *m_heading;
    QFormLayout *m_form;
    QList<QLabel *> m_values;
    QTableWidget *m_dates;
    QPushButton *m_edit;
    QLabel *m_nextDeadline;
};

} // namespace habeas
