#include "cases/casejson.h"
#include "commandhelpers.h"
#include "storage/auditlog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace habeas::cli {

namespace {

int auditList(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s,
        QCoreApplication::translate("habeas::cli", "only the entries of this case"), true);
    if (auto done = parseArguments(ctx, parser, args, u"audit list"_s))
        return *done;
    qint64 caseId = 0;
    auto library =
        ctx.openLibraryFilteredByCase(CliContext::Access::Read, parser.positional(0), caseId);
    if (!library.ok())
        return ctx.out.fail(library.error());
    return ctx.out.printList(
        library.value()->audit().list(caseId), [](const AuditEntry &e) { return toJson(e); },
        { QCoreApplication::translate("habeas::cli", "ID"),
            QCoreApplication::translate("habeas::cli", "Time"),
            QCoreApplication::translate("habeas::cli", "Case"),
            QCoreApplication::translate("habeas::cli", "Action"),
            QCoreApplication::translate("habeas::cli", "Detail") },
        [&](const AuditEntry &e) {
            return QStringList { QString::number(e.id), e.at,
                e.caseId ? QString::number(e.caseId) : QString(), e.action,
                QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact)) };
        });
}

int auditVerify(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    if (auto done = parseArguments(ctx, parser, args, u"audit verify"_s))
        return *done;
    auto library = ctx.openLibrary(CliContext::Access::Read);
    if (!library.ok())
        return ctx.out.fail(library.error());
    const AuditLog::Verification v = library.value()->audit().verify();
    if (ctx.out.json()) {
        QJsonObject o { { u"ok"_s, v.ok }, { u"entries"_s, v.rows }, { u"message"_s, v.message } };
        if (!v.ok)
            o.insert(u"firstBrokenId"_s, v.firstBrokenId);
        ctx.out.printJson(o);
    } else if (v.ok) {
        ctx.out.printLine(v.message);
    }
    if (!v.ok)
        return ctx.out.fail(CheckFailed, v.message);
    return Done;
}

} // namespace

int runAuditCommand(CliContext &ctx, const QStringList &args)
{
    return runSubcommand(ctx, args, u"audit"_s,
        {
            { u"list"_s, auditList },
            { u"verify"_s, auditVerify },
        });
}

} // namespace habeas::cli
