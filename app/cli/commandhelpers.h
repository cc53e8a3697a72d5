#pragma once

#include "argparser.h"
#include "cases/casetypes.h"
#include "clicontext.h"

#include <functional>
#include <optional>

namespace habeas::cli {

// Parses a subcommand's arguments. Returns an exit code when the command is finished
// (its --help was printed, or the arguments are wrong), nullopt when it should run.
std::optional<int> parseArguments(
    CliContext &ctx, ArgParser &parser, const QStringList &args, const QString &command);

// The message for an unknown subcommand of a command group.
int unknownSubcommand(
    CliContext &ctx, const QString &group, const QString &sub, const QString &known);

// One subcommand of a group: its name and what runs it with the arguments after the name.
struct Subcommand {
    QString name;
    std::function<int(CliContext &, const QStringList &)> run;
};

// Runs the subcommand args[0] names with the arguments after it. A missing or unknown one is
// unknownSubcommand() with the table's names in its order (the order --help and docs/cli.md show).
int runSubcommand(CliContext &ctx, const QStringList &args, const QString &group,
    const QList<Subcommand> &subcommands);

void addCaseOptions(ArgParser &parser);
Status applyCaseOptions(const ArgParser &parser, CaseRecord &record);

void addPartyOptions(ArgParser &parser, bool forAdd);
Status applyPartyOptions(const ArgParser &parser, PartyRecord &p);

// For a command whose only argument is an id (remove, restore): parses it, opens the library
// and hands both to `act`, which returns the exit code.
int runWithId(CliContext &ctx, const QStringList &args, const QString &command,
    const QString &idName, const QString &idHelp, CliContext::Access access,
    const std::function<int(Library &, qint64)> &act);

// The first problem of a validation, as an input error naming the option.
Status rejectProblems(const QList<FieldProblem> &problems);

} // namespace habeas::cli
