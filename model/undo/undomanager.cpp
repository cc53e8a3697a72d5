#include "undo/undomanager.h"

namespace habeas {

void HabeasCommand::report(const Status &status)
{
    if (!status.ok()) {
        // A change that could not be applied leaves nothing on the stack to undo or redo.
        setObsolete(true);
    }
    if (m_manager) {
        m_manager->m_lastStatus = status;
        if (!status.ok() && m_applied)
            emit m_manager->failed(status.error().message);
    }
}

void HabeasCommand::redo()
{
    const Status status = doRedo();
    report(status);
    m_applied = true;
}

void HabeasCommand::undo()
{
    report(doUndo());
}

qint64 HabeasCommand::knownVersion(const QString &row) const
{
    const auto &versions = m_manager ? m_manager->m_versions : m_ownVersions;
    const auto it = versions.find(row);
    return it == versions.end() ? 0 : it->second;
}

void HabeasCommand::setKnownVersion(const QString &row, qint64 version)
{
    (m_manager ? m_manager->m_versions : m_ownVersions)[row] = version;
}

UndoManager::UndoManager(QObject *parent)
    : QObject(parent)
{
    connect(&m_library, &QUndoStack::indexChanged, this, &UndoManager::changed);
}

UndoManager::~UndoManager()
{
    // The stacks clear themselves as they are destroyed; nobody should hear about that.
    m_library.disconnect(this);
    for (auto &[id, stack] : m_cases)
        stack->disconnect(this);
}

QUndoStack *UndoManager::caseStack(qint64 caseId)
{
    auto &stack = m_cases[caseId];
    if (!stack) {
        stack = std::make_unique<QUndoStack>();
        connect(stack.get(), &QUndoStack::indexChanged, this, &UndoManager::changed);
        connect(stack.get(), &QUndoStack::cleanChanged, this, &UndoManager::changed);
    }
    return stack.get();
}

void UndoManager::setCurrentCase(qint64 caseId)
{
    if (m_currentCase == caseId)
        return;
    m_currentCase = caseId;
    emit changed();
}

QUndoStack *UndoManager::currentCaseStack() const
{
    const auto it = m_cases.find(m_currentCase);
    return it == m_cases.end() ? nullptr : it->second.get();
}

Status UndoManager::push(QUndoStack *stack, std::unique_ptr<HabeasCommand> command)
{
    command->m_manager = this;
    command->m_sequence = m_nextSequence++;
    m_lastStatus = {};
    stack->push(command.release()); // runs redo(); an obsolete command is deleted by the stack
    emit changed();
    return m_lastStatus;
}

Status UndoManager::pushLibrary(std::unique_ptr<HabeasCommand> command)
{
    return push(&m_library, std::move(command));
}

Status UndoManager::pushCase(qint64 caseId, std::unique_ptr<HabeasCommand> command)
{
    return push(caseStack(caseId), std::move(command));
}

namespace {
const HabeasCommand *commandAt(const QUndoStack *stack, int index)
{
    if (!stack || index < 0 || index >= stack->count())
        return nullptr;
    return static_cast<const HabeasCommand *>(stack->command(index));
}
} // namespace

QUndoStack *UndoManager::stackToUndo() const
{
    QUndoStack *caseStack = currentCaseStack();
    const HabeasCommand *fromLibrary = commandAt(&m_library, m_library.index() - 1);
    const HabeasCommand *fromCase =
        caseStack ? commandAt(caseStack, caseStack->index() - 1) : nullptr;
    if (fromLibrary && (!fromCase || fromLibrary->sequence() > fromCase->sequence()))
        return const_cast<QUndoStack *>(&m_library);
    return fromCase ? caseStack : nullptr;
}

QUndoStack *UndoManager::stackToRedo() const
{
    // The command undone last is the next to redo: the lower sequence of the two candidates.
    QUndoStack *caseStack = currentCaseStack();
    const HabeasCommand *fromLibrary = commandAt(&m_library, m_library.index());
    const HabeasCommand *fromCase = caseStack ? commandAt(caseStack, caseStack->index()) : nullptr;
    if (fromLibrary && (!fromCase || fromLibrary->sequence() < fromCase->sequence()))
        return const_cast<QUndoStack *>(&m_library);
    return fromCase ? caseStack : nullptr;
}

bool UndoManager::canUndo() const
{
    return stackToUndo() != nullptr;
}
bool UndoManager::canRedo() const
{
    return stackToRedo() != nullptr;
}

QString UndoManager::undoText() const
{
    const QUndoStack *s = stackToUndo();
    return s ? s->undoText() : QString();
}

QString UndoManager::redoText() const
{
    const QUndoStack *s = stackToRedo();
    return s ? s->redoText() : QString();
}

Status UndoManager::undo()
{
    QUndoStack *s = stackToUndo();
    if (!s)
        return {};
    if (const HabeasCommand *next = commandAt(s, s->index() - 1))
        if (auto st = next->checkUndo(); !st.ok())
            return st;
    m_lastStatus = {};
    s->undo();
    emit changed();
    return m_lastStatus;
}

Status UndoManager::redo()
{
    QUndoStack *s = stackToRedo();
    if (!s)
        return {};
    if (const HabeasCommand *next = commandAt(s, s->index()))
        if (auto st = next->checkRedo(); !st.ok())
            return st;
    m_lastStatus = {};
    s->redo();
    emit changed();
    return m_lastStatus;
}

bool UndoManager::isClean(qint64 caseId) const
{
    const auto it = m_cases.find(caseId);
    return it == m_cases.end() || it->second->isClean();
}

void UndoManager::markClean(qint64 caseId)
{
    caseStack(caseId)->setClean();
}

void UndoManager::forgetCase(qint64 caseId)
{
    if (const auto it = m_cases.find(caseId); it != m_cases.end()) {
        it->second->disconnect(this);
        m_cases.erase(it);
    }
    for (int i = 0; i < m_library.count(); ++i) {
        const auto *command = dynamic_cast<const HabeasCommand *>(m_library.command(i));
        if (command && command->concernedCase() == caseId) {
            m_library.clear();
            break;
        }
    }
    if (m_currentCase == caseId)
        m_currentCase = 0;
    emit changed();
}

void UndoManager::clear()
{
    m_library.clear();
    m_cases.clear();
    m_currentCase = 0;
    emit changed();
}

} // namespace habeas
