#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>
#include <QUndoCommand>
#include <QUndoStack>

#include <map>
#include <memory>

namespace habeas {

class UndoManager;

// Ids for QUndoCommand::id(), shared by every command that can merge.
enum class CommandId : int {
    None = -1,
};

// The base of every user edit. redo()/undo() apply the change to the library and report a
// failure to the manager; a command whose first redo fails is dropped from its stack.
class HabeasCommand : public QUndoCommand {
public:
    explicit HabeasCommand(const QString &text)
        : QUndoCommand(text)
    {
    }

    quint64 sequence() const { return m_sequence; }
    // For a command of the library stack: the case it creates, trashes or restores (0: none).
    virtual qint64 concernedCase() const { return 0; }

    void redo() final;
    void undo() final;

    // Asked before an undo or a redo runs: a refusal leaves the command, and its stack, as they
    // are (an edit someone else has changed since, undo/versionededit.h).
    virtual Status checkUndo() const { return {}; }
    virtual Status checkRedo() const { return {}; }

protected:
    virtual Status doRedo() = 0;
    virtual Status doUndo() = 0;

    // The redo of a command that adds a row: the first adds it (`add` gives its id, kept in
    // `id`), a later one restores the row the undo trashed.
    template<typename Add, typename Restore>
    static Status addOrRestore(qint64 &id, Add add, Restore restore)
    {
        if (id != 0)
            return restore(id);
        auto added = add();
        if (!added.ok())
            return added.error();
        id = added.value();
        return {};
    }

    // The version this user's own last write left a row at (0: none yet); kept by the manager,
    // so that every command on one row agrees, whichever of them wrote it last.
    qint64 knownVersion(const QString &row) const;
    void setKnownVersion(const QString &row, qint64 version);

private:
    friend class UndoManager;
    void report(const Status &status);

    UndoManager *m_manager = nullptr;
    quint64 m_sequence = 0;
    bool m_applied = false;
    std::map<QString, qint64> m_ownVersions; // without a manager
};

// One QUndoStack per case (edits inside the case) and one for the library (creating,
// trashing and restoring cases). Undo and Redo act on the most recent command of the
// library stack or of the current case's stack, so the user undoes what they did last.
class UndoManager final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoManager)

public:
    explicit UndoManager(QObject *parent = nullptr);
    ~UndoManager() override;

    QUndoStack *libraryStack() { return &m_library; }
    QUndoStack *caseStack(qint64 caseId);

    void setCurrentCase(qint64 caseId);
    qint64 currentCase() const { return m_currentCase; }

    // Takes ownership; runs the command. Returns its error when it could not be applied.
    Status pushLibrary(std::unique_ptr<HabeasCommand> command);
    Status pushCase(qint64 caseId, std::unique_ptr<HabeasCommand> command);

    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const;
    QString redoText() const;
    Status undo();
    Status redo();

    // The case as it was when opened, or when a document was last generated from it: the
    // window marks a case that has changed since ([*] in its title). Undoing back to that point
    // makes it clean again.
    bool isClean(qint64 caseId) const;
    void markClean(qint64 caseId);

    // A case deleted for good: its history goes, and the library's too when one of its commands
    // created, trashed or restored that case. Every other case keeps its history.
    void forgetCase(qint64 caseId);

    void clear();

signals:
    void changed();
    void failed(const QString &message);

private:
    friend class HabeasCommand;
    Status push(QUndoStack *stack, std::unique_ptr<HabeasCommand> command);
    QUndoStack *stackToUndo() const;
    QUndoStack *stackToRedo() const;
    QUndoStack *currentCaseStack() const;

    QUndoStack m_library;
    std::map<qint64, std::unique_ptr<QUndoStack>> m_cases;
    std::map<QString, qint64> m_versions; // "table:id" → the version this user's write left
    qint64 m_currentCase = 0;
    quint64 m_nextSequence = 1;
    Status m_lastStatus;
};

} // namespace habeas
