#pragma once

#include "clicontext.h"

#include <QStringList>

#include <span>

namespace habeas::cli {

class ArgParser;

struct NamedCommand {
    const char16_t *name;
    CommandHandler handler;
};

// The reference of every command, in Markdown, built from the commands' own option tables so
// that docs/cli.md cannot drift from the binary (`habeas-cli help --markdown`; the test
// tests/cli/tst_clireference.cpp compares the two).
//
// While CliContext::reference points at one, a command describes itself instead of running:
// parseArguments() adds the subcommand's table, unknownSubcommand() the group's subcommands.
class CliReference final {
public:
    void addCommand(const QString &command, const ArgParser &parser);
    void addGroup(const QString &known);

    // Runs each command (and each subcommand of a group) in reference mode; `overview` is the
    // text of `habeas-cli --help`.
    static QString markdown(const QString &overview, std::span<const NamedCommand> commands);

private:
    QStringList m_sections;
    QStringList m_subcommands;
};

} // namespace habeas::cli
