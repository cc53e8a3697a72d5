// server grant|revoke|members: a server library's case teams (docs/server.md, "Users, teams
// and the ethical wall"). The server enforces the teams itself; these commands change them.

#include "cases/teamstore.h"
#include "commandhelpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace habeas::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::cli)
};

// The library, when it is on a server; a folder library is refused before it is opened (or
// created).
Result<std::unique_ptr<Library>> openServerLibrary(CliContext &ctx, CliContext::Access access)
{
    const auto location = LibraryLocation::parse(ctx.libraryPath);
    if (location.ok() && !location.value().isServer())
        return Error::input(Text::tr("Only a server library has teams; %1 is a folder library, one "
                                     "user's own.")
                                .arg(ctx.libraryPath));
    return ctx.openLibrary(access);
}

// Parses CASE and, for grant and revoke, --user (and --role); then opens the library.
struct TeamArgs {
    qint64 caseId = 0;
    QString user;
    QString role;
    std::unique_ptr<Library> library;
};

std::optional<int> prepare(CliContext &ctx, const QStringList &args, const QString &command,
    bool withUser, bool withRole, TeamArgs &out)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, Text::tr("the case"));
    if (withUser)
        parser.option(u"user"_s, u"ROLE"_s, Text::tr("the user: their PostgreSQL role (required)"));
    if (withRole)
        parser.option(u"role"_s, u"lead|member|reader"_s,
            Text::tr("what they may do: lead (changes the case and its team), member (changes the "
                     "case), reader (reads it); default member"));
    if (auto done = parseArguments(ctx, parser, args, command))
        return done;
    const auto id = CliContext::parseId(parser.positional(0), Text::tr("CASE"));
    if (!id.ok())
        return ctx.out.fail(id.error());
    out.caseId = id.value();
    out.user = parser.value(u"user"_s).trimmed();
    if (withUser && out.user.isEmpty())
        return ctx.out.fail(UsageError, Text::tr("%1 needs --user ROLE.").arg(command));
    out.role = withRole && parser.isSet(u"role"_s) ? parser.value(u"role"_s) : u"member"_s;
    if (withRole && !TeamStore::isTeamRole(out.role))
        return ctx.out.fail(UsageError,
            Text::tr("\"%1\" is not a team role: use lead, member or reader.").arg(out.role));
    auto library =
        openServerLibrary(ctx, withUser ? CliContext::Access::Write : CliContext::Access::Read);
    if (!library.ok())
        return ctx.out.fail(library.error());
    out.library = std::move(library).value();
    return std::nullopt;
}

int serverGrant(CliContext &ctx, const QStringList &args)
{
    TeamArgs a;
    if (auto done = prepare(ctx, args, u"server grant"_s, true, true, a))
        return *done;
    if (auto st = TeamStore(*a.library).grant(a.caseId, a.user, a.role); !st.ok())
        return ctx.out.fail(st.error());
    if (ctx.out.json())
        ctx.out.printJson(
            QJsonObject { { u"case"_s, a.caseId }, { u"user"_s, a.user }, { u"role"_s, a.role } });
    else
        ctx.out.printLine(Text::tr("%1 is on the team of case %2 as its %3.")
                              .arg(a.user)
                              .arg(a.caseId)
                              .arg(a.role));
    return Done;
}

int serverRevoke(CliContext &ctx, const QStringList &args)
{
    TeamArgs a;
    if (auto done = prepare(ctx, args, u"server revoke"_s, true, false, a))
        return *done;
    if (auto st = TeamStore(*a.library).revoke(a.caseId, a.user); !st.ok())
        return ctx.out.fail(st.error());
    if (ctx.out.json())
        ctx.out.printJson(QJsonObject { { u"case"_s, a.caseId }, { u"user"_s, a.user } });
    else
        ctx.out.printLine(Text::tr("%1 is off the team of case %2.").arg(a.user).arg(a.caseId));
    return Done;
}

int serverMembers(CliContext &ctx, const QStringList &args)
{
    TeamArgs a;
    if (auto done = prepare(ctx, args, u"server members"_s, false, false, a))
        return *done;
    const auto team = TeamStore(*a.library).members(a.caseId);
    if (!team.ok())
        return ctx.out.fail(team.error());
    if (ctx.out.json()) {
        QJsonArray array;
        for (const TeamMember &m : team.value())
            array.append(QJsonObject { { u"user"_s, m.member }, { u"role"_s, m.role },
                { u"grantedBy"_s, m.grantedBy }, { u"grantedAt"_s, m.grantedAt } });
        ctx.out.printJson(array);
        return Done;
    }
    QList<QStringList> rows;
    for (const TeamMember &m : team.value())
        rows << QStringList { m.member, m.role, m.grantedBy, m.grantedAt };
    ctx.out.printTable(
        { Text::tr("User"), Text::tr("Role"), Text::tr("Granted by"), Text::tr("Granted at") },
        rows);
    return Done;
}

} // namespace

int runServerCommand(CliContext &ctx, const QStringList &args)
{
    return runSubcommand(ctx, args, u"server"_s,
        {
            { u"grant"_s, serverGrant },
            { u"revoke"_s, serverRevoke },
            { u"members"_s, serverMembers },
        });
}

} // namespace habeas::cli
