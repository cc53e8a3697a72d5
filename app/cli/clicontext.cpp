#include "clicontext.h"

#include "cases/casestore.h"
#include "cases/teamstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace habeas::cli {

Result<std::unique_ptr<Library>> CliContext::openLibrary(Access access) const
{
    // A folder, or a server library's postgresql:// address (a malformed one: exit 2).
    const auto location = LibraryLocation::parse(libraryPath);
    if (!location.ok())
        return location.error();
    auto library = Library::open(location.value(),
        access == Access::Write ? Library::OpenMode::CreateIfMissing
                                : Library::OpenMode::ExistingOnly);
    if (!library.ok())
        return library.error();
    if (access == Access::Write) {
        if (auto st = library.value()->checkWritable(); !st.ok())
            return st.error();
    } else if (library.value()->isReadOnly()) {
        out.message(library.value()->readOnlyReason());
    }
    return library;
}

Result<std::unique_ptr<Library>> CliContext::openLibraryForCase(Access access, qint64 caseId) const
{
    auto library = openLibrary(access);
    if (!library.ok())
        return library;
    if (auto c = library.value()->cases().caseById(caseId); !c.ok())
        return c.error();
    // On a server a reader of the case is told so before anything is tried (the server would
    // refuse the change anyway).
    if (access == Access::Write) {
        if (auto st = TeamStore(*library.value()).checkMayChange(caseId); !st.ok())
            return st.error();
    }
    return library;
}

Result<CliContext::LibraryAndId> CliContext::openLibraryWithId(
    Access access, const QString &idArgument, const QString &what) const
{
    const auto id = parseId(idArgument, what);
    if (!id.ok())
        return id.error();
    auto library = openLibrary(access);
    if (!library.ok())
        return library.error();
    return LibraryAndId { std::move(library).value(), id.value() };
}

Result<std::unique_ptr<Library>> CliContext::openLibraryForCase(
    Access access, const QString &caseArgument, qint64 &caseId) const
{
    const auto id = parseId(caseArgument, u"CASE"_s);
    if (!id.ok())
        return id.error();
    caseId = id.value();
    return openLibraryForCase(access, caseId);
}

Result<std::unique_ptr<Library>> CliContext::openLibraryForCaseOrAll(
    Access access, const QString &caseArgument, qint64 &caseId) const
{
    caseId = 0;
    return caseArgument.isEmpty() ? openLibrary(access)
                                  : openLibraryForCase(access, caseArgument, caseId);
}

Result<std::unique_ptr<Library>> CliContext::openLibraryFilteredByCase(
    Access access, const QString &caseArgument, qint64 &caseId) const
{
    caseId = 0;
    if (!caseArgument.isEmpty()) {
        const auto id = parseId(caseArgument, u"CASE"_s);
        if (!id.ok())
            return id.error();
        caseId = id.value();
    }
    return openLibrary(access);
}

Result<qint64> CliContext::parseId(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::input(
            QCoreApplication::translate("habeas::cli", "%1 must be a positive number, not \"%2\".")
                .arg(what, text));
    return id;
}

} // namespace habeas::cli
