#include "undo/publicinterestcommands.h"

#include <QCoreApplication>

namespace habeas {

EditPublicInterestCommand::EditPublicInterestCommand(
    Library &library, PublicInterestRecord before, PublicInterestRecord after)
    : HabeasCommand(QCoreApplication::translate(
        "habeas::CaseCommands", "Edit the prosecutors, announcement or fines"))
    , m_library(library)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

} // namespace habeas
