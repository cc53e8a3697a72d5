#pragma once

#include <QWidget>

namespace habeas {

class Library;
class UndoManager;

// One panel of the case workspace (Overview, Parties, and later Evidence, Facts & law,
// Damages, Documents). Each capability adds its own panel; the workspace only hosts them.
class CasePanel : public QWidget {
    Q_OBJECT

public:
    CasePanel(Library &library, UndoManager &undo, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_library(library)
        , m_undo(undo)
    {
    }

    virtual QString title() const = 0;
    // 0: no case open.
    virtual void setCase(qint64 caseId) = 0;

signals:
    // What the inspector should show: a short heading and label/value rows.
    void inspect(const QString &heading, const QList<std::pair<QString, QString>> &rows);
    void statusMessage(const QString &text);

protected:
    Library &library() { return m_library; }
    UndoManager &undo() { return m_undo; }

private:
    Library &m_library;
    UndoManager &m_undo;
};

} // namespace habeas
