#pragma once

#include "output.h"
#include "storage/library.h"

#include <memory>

namespace habeas::cli {

class CliReference;

// What every command gets: the output channel and the library it works on.
struct CliContext {
    Output out { false };
    QString libraryPath; // resolved: --library, $HABEAS_LIBRARY, preference, default
    // Set by `help --markdown`: commands add their option tables to it instead of running.
    CliReference *reference = nullptr;

    enum class Access { Read, Write };
    // Opens the library; a writing command creates a missing library folder, a reading one
    // fails with exit 3. A read-only (newer) library refuses writes.
    Result<std::unique_ptr<Library>> openLibrary(Access access) const;
    // The same, and the case must exist (exit 2 naming it when it does not).
    Result<std::unique_ptr<Library>> openLibraryForCase(Access access, qint64 caseId) const;
    // The same for the case a CASE argument names: parses it (parseId) into caseId first.
    Result<std::unique_ptr<Library>> openLibraryForCase(
        Access access, const QString &caseArgument, qint64 &caseId) const;
    // The same when caseArgument names a case; the whole library (caseId 0) when it is empty.
    Result<std::unique_ptr<Library>> openLibraryForCaseOrAll(
        Access access, const QString &caseArgument, qint64 &caseId) const;
    // The library, and in caseId the case an optional CASE argument names as a filter (0 when
    // it is empty); unlike openLibraryForCaseOrAll the case need not exist.
    Result<std::unique_ptr<Library>> openLibraryFilteredByCase(
        Access access, const QString &caseArgument, qint64 &caseId) const;

    // The library and the id an ID argument names (an exhibit's, a deadline's…): parses it
    // (parseId, naming `what`), then opens the library.
    struct LibraryAndId {
        std::unique_ptr<Library> library;
        qint64 id = 0;
    };
    Result<LibraryAndId> openLibraryWithId(
        Access access, const QString &idArgument, const QString &what) const;

    // Parses a positive id argument; an error names what was expected.
    static Result<qint64> parseId(const QString &text, const QString &what);
};

using CommandHandler = int (*)(CliContext &, const QStringList &args);

int runLibraryCommand(CliContext &ctx, const QStringList &args);
int runCaseCommand(CliContext &ctx, const QStringList &args);
int runPartyCommand(CliContext &ctx, const QStringList &args);
int runAuditCommand(CliContext &ctx, const QStringList &args);
int runDamagesCommand(CliContext &ctx, const QStringList &args);
int runFeeCommand(CliContext &ctx, const QStringList &args);
int runEvidenceCommand(CliContext &ctx, const QStringList &args);
int runStatuteCommand(CliContext &ctx, const QStringList &args);
int runTheoryCommand(CliContext &ctx, const QStringList &args);
int runEventCommand(CliContext &ctx, const QStringList &args);
int runClaimCommand(CliContext &ctx, const QStringList &args);
int runSearchCommand(CliContext &ctx, const QStringList &args);
int runRequestCommand(CliContext &ctx, const QStringList &args);
// request demand | request apology (cmd_letters.cpp)
int runRequestLetterCommand(CliContext &ctx, const QString &sub, const QStringList &args);
int runDocumentCommand(CliContext &ctx, const QStringList &args);
int runTemplateCommand(CliContext &ctx, const QStringList &args);
int runGenerateCommand(CliContext &ctx, const QStringList &args);
int runDeadlineCommand(CliContext &ctx, const QStringList &args);
int runBundleCommand(CliContext &ctx, const QStringList &args);
int runRegisterCommand(CliContext &ctx, const QStringList &args);
int runReviewCommand(CliContext &ctx, const QStringList &args);
int runServerCommand(CliContext &ctx, const QStringList &args);
int runEvidenceMove(CliContext &ctx, const QStringList &args);
int runEvidenceAnnotate(CliContext &ctx, const QStringList &args);
int runEvidenceRegions(CliContext &ctx, const QStringList &args);
int runEvidenceExport(CliContext &ctx, const QStringList &args);
int runEvidenceOcr(CliContext &ctx, const QStringList &args);

} // namespace habeas::cli
