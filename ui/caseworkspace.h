#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace habeas {

class CasePanel;
class Library;
class UndoManager;

// The open case as a set of panels. Later capabilities (evidence, facts and law, damages,
// documents) add a CasePanel here; nothing else in the window changes.
class CaseWorkspace final : public QWidget {
    Q_OBJECT

public:
    CaseWorkspace(Library &library, UndoManager &undo, QWidget *parent = nullptr);

    void addPanel(CasePanel *panel);
    void setCase(qint64 caseId);
    // Brings a panel to the front, showing the current case.
    void showPanel(CasePanel *panel);
    qint64 caseId() const { return m_caseId; }

    template<typename T> T *panel() const
    {
        for (CasePanel *p : m_panels)
            if (auto *t = qobject_cast<T *>(p))
                return t;
        return nullptr;
    }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void inspect(const QString &heading, const QList<std::pair<QString, QString>> &rows);
    void statusMessage(const QString &text);

private:
    // Only the panel on screen follows the case at once; the others catch up when shown, so
    // opening a case costs one panel's work, not all of them.
    void syncCurrentPanel();

    qint64 m_caseId = 0;
    QHash<CasePanel *, qint64> m_shownCase;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTabWidget *m_tabs;
    QList<CasePanel *> m_panels;
};

} // namespace habeas
