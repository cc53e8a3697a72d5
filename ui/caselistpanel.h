#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class QToolButton;

namespace habeas {

class CaseFilterProxy;
class CaseListModel;
class CaseStore;

// The library's cases on the left: filter by text, kind and stage; sortable columns;
// a switch to the trash, from which cases are restored.
class CaseListPanel final : public QWidget {
    Q_OBJECT

public:
    explicit CaseListPanel(CaseStore &store, QWidget *parent = nullptr);

    qint64 currentCaseId() const;
    void selectCase(qint64 caseId);
    bool showingTrash() const;
    void setShowingTrash(bool trash);

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *stageBox() const { return m_stage; }
    CaseFilterProxy *proxy() const { return m_proxy; }

signals:
    void currentCaseChanged(qint64 caseId);

private:
    void applyFilter();
    void emitCurrent();

    CaseListModel *m_live;
    CaseListModel *m_trash;
    CaseFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_kind;
    QComboBox *m_stage;
    QToolButton *m_trashButton;
    QTableView *m_view;
    qint64 m_lastEmitted = -1;
};

} // namespace habeas
