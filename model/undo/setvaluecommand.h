#pragma once

#include "undo/undomanager.h"

namespace habeas {

// A command that sets one value of row `id` through a store's setter: redo writes `after`, undo
// writes back `before`, the value the row held.
template<typename Store, typename T> class SetValueCommand : public HabeasCommand {
public:
    using Setter = Status (Store::*)(qint64, const T &);

    SetValueCommand(const QString &text, Store &store, Setter set, qint64 id, T before, T after)
        : HabeasCommand(text)
        , m_store(store)
        , m_set(set)
        , m_id(id)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

private:
    Status doRedo() override { return (m_store.*m_set)(m_id, m_after); }
    Status doUndo() override { return (m_store.*m_set)(m_id, m_before); }

    Store &m_store;
    Setter m_set;
    qint64 m_id;
    T m_before;
    T m_after;
};

} // namespace habeas
