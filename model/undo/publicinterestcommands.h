#pragma once

#include "cases/publicintereststore.h"
#include "undo/undomanager.h"

namespace habeas {

// Editing a public-interest case's prosecutors, announcement or criminal fines: the whole
// record before and after, so one swap serves undo and redo.
class EditPublicInterestCommand final : public HabeasCommand {
public:
    EditPublicInterestCommand(
        Library &library, PublicInterestRecord before, PublicInterestRecord after);

private:
    Status doRedo() override { return PublicInterestStore(m_library).setRecord(m_after); }
    Status doUndo() override { return PublicInterestStore(m_library).setRecord(m_before); }

    Library &m_library;
    PublicInterestRecord m_before;
    PublicInterestRecord m_after;
};

} // namespace habeas
