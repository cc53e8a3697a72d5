#include "cases/casejson.h"
#include "cases/casestore.h"
#include "cases/eventstore.h"
#include "commandhelpers.h"
#include "itemmodels/casefilter.h"
#include "publicinterestoutput.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace habeas::cli {

namespace {

Result<CaseRecord> loadCase(Library &library, const QString &idText)
{
    auto id = CliContext::parseId(idText, QCoreApplication::translate("habeas::cli", "CASE"));
    if (!id.ok())
        return id.error();
    return library.cases().caseById(id.value());
}

// The library and the case a CASE argument names.
struct OpenedCase {
    std::unique_ptr<Library> library;
    CaseRecord record;
};
Result<OpenedCase> openCase(const CliContext &ctx, CliContext::Access access, const QString &idText)
{
    auto library = ctx.openLibrary(access);
    if (!library.ok())
        return library.error();
    auto c = loadCase(*library.value(), idText);
    if (!c.ok())
        return c.error();
    return OpenedCase { std::move(library).value(), c.value() };
}

void printCase(const CliContext &ctx, Library &library, const CaseRecord &c)
{
    const auto parties = library.cases().parties(c.id);
    const auto events = library.events().events(c.id);
    if (ctx.out.json()) {
        QJsonObject o = toJson(c);
        QJsonArray partyArray;
        for (const PartyRecord &p : parties.ok() ? parties.value() : QList<PartyRecord>())
            partyArray.append(toJson(p));
        QJsonArray eventArray;
        for (const EventRecord &e : events.ok() ? events.value() : QList<EventRecord>())
            eventArray.append(toJson(e));
        o.insert(u"partyList"_s, partyArray);
        o.insert(u"events"_s, eventArray);
        if (isPublicInterest(c.kind))
            o.insert(u"publicInterest"_s, publicInterestJson(library, c));
        ctx.out.printJson(o);
        return;
    }
    ctx.out.printFields({
        { QCoreApplication::translate("habeas::cli", "Case"),
            QString::number(c.id)
                + (c.isTrashed() ? QCoreApplication::translate("habeas::cli", " (in the trash)")
                                 : QString()) },
        { QCoreApplication::translate("habeas::cli", "Title"), c.title },
        { QCoreApplication::translate("habeas::cli", "Kind"), displayName(c.kind) },
        { QCoreApplication::translate("habeas::cli", "Stage"), displayName(c.stage) },
        { QCoreApplication::translate("habeas::cli", "Court"), c.court },
        { QCoreApplication::translate("habeas::cli", "Case number"), c.number },
        { QCoreApplication::translate("habeas::cli", "Cause of action"), c.cause },
        { QCoreApplication::translate("habeas::cli", "Filed on"), c.filedOn.toString(Qt::ISODate) },
        { QCoreApplication::translate("habeas::cli", "Closed on"),
            c.closedOn.toString(Qt::ISODate) },
    });
    if (isPublicInterest(c.kind))
        printPublicInterest(ctx, library, c);
    if (parties.ok() && !parties->isEmpty()) {
        ctx.out.printLine({});
        QList<QStringList> rows;
        for (const PartyRecord &p : parties.value())
            rows << QStringList { QString::number(p.id), displayName(p.role), p.name,
                p.type == PartyType::Person ? p.idNumber : p.uscc };
        ctx.out.printTable(
            { QCoreApplication::translate("habeas::cli", "ID"),
                QCoreApplication::translate("habeas::cli", "Role"),
                QCoreApplication::translate("habeas::cli", "Name"),
                QCoreApplication::translate("habeas::cli", "ID number / credit code") },
            rows);
    }
    if (events.ok() && !events->isEmpty()) {
        ctx.out.printLine({});
        for (const EventRecord &e : events.value())
            ctx.out.printLine(e.displayDate() + u"  "_s + e.text);
    }
}

int caseNew(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    addCaseOptions(parser);
    if (auto done = parseArguments(ctx, parser, args, u"case new"_s))
        return *done;
    if (!parser.isSet(u"title"_s))
        return ctx.out.fail(UsageError,
            QCoreApplication::translate("habeas::cli", "case new: --title is required"));
    CaseRecord record;
    if (auto st = applyCaseOptions(parser, record); !st.ok())
        return ctx.out.fail(st.error());
    if (auto st = checkProsecutorOption(parser, record); !st.ok())
        return ctx.out.fail(st.error());
    auto library = ctx.openLibrary(CliContext::Access::Write);
    if (!library.ok())
        return ctx.out.fail(library.error());
    auto id = library.value()->cases().createCase(record);
    if (!id.ok())
        return ctx.out.fail(id.error());
    // checkProsecutorOption has refused bad input before anything was written.
    if (auto st = applyProsecutorOption(parser, *library.value(), id.value()); !st.ok())
        return ctx.out.fail(st.error());
    const auto created = library.value()->cases().caseById(id.value());
    if (ctx.out.json())
        ctx.out.printJson(toJson(created.value()));
    else
        ctx.out.printLine(QCoreApplication::translate("habeas::cli", "Created case %1: %2")
                              .arg(id.value())
                              .arg(record.title));
    return Done;
}

int caseList(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser
        .flag(u"trash"_s,
            QCoreApplication::translate("habeas::cli", "list the cases in the trash instead"))
        .option(u"filter"_s, u"TEXT"_s,
            QCoreApplication::translate("habeas::cli",
                "only cases whose title, parties, number, court or cause contain TEXT"))
        .option(u"kind"_s, u"K"_s,
            QCoreApplication::translate("habeas::cli", "only cases of this kind"))
        .option(u"stage"_s, u"S"_s,
            QCoreApplication::translate("habeas::cli", "only cases at this stage"));
    if (auto done = parseArguments(ctx, parser, args, u"case list"_s))
        return *done;
    CaseFilter filter;
    filter.text = parser.value(u"filter"_s);
    if (parser.isSet(u"kind"_s)) {
        filter.kind = caseKindFromId(parser.value(u"kind"_s));
        if (!filter.kind)
            return ctx.out.fail(UsageError,
                QCoreApplication::translate("habeas::cli",
                    "--kind must be private, public-interest, "
                    "criminal-incidental-public-interest or clinic"));
    }
    if (parser.isSet(u"stage"_s)) {
        filter.stage = caseStageFromId(parser.value(u"stage"_s));
        if (!filter.stage)
            return ctx.out.fail(UsageError,
                QCoreApplication::translate(
                    "habeas::cli", "--stage is not a known stage; see habeas-cli case new --help"));
    }
    auto library = ctx.openLibrary(CliContext::Access::Read);
    if (!library.ok())
        return ctx.out.fail(library.error());
    auto cases = library.value()->cases().listCases(
        parser.isSet(u"trash"_s) ? CaseStore::Trash::Only : CaseStore::Trash::Exclude);
    if (!cases.ok())
        return ctx.out.fail(cases.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const CaseRecord &c : cases.value()) {
        if (!filter.matches(c))
            continue;
        if (ctx.out.json())
            array.append(toJson(c));
        else
            rows << QStringList { QString::number(c.id), c.title, displayName(c.stage), c.court,
                c.number };
    }
    if (ctx.out.json())
        ctx.out.printJson(array);
    else
        ctx.out.printTable({ QCoreApplication::translate("habeas::cli", "ID"),
                               QCoreApplication::translate("habeas::cli", "Title"),
                               QCoreApplication::translate("habeas::cli", "Stage"),
                               QCoreApplication::translate("habeas::cli", "Court"),
                               QCoreApplication::translate("habeas::cli", "Case number") },
            rows);
    return Done;
}

int caseShow(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, QCoreApplication::translate("habeas::cli", "the case id"));
    if (auto done = parseArguments(ctx, parser, args, u"case show"_s))
        return *done;
    auto opened = openCase(ctx, CliContext::Access::Read, parser.positional(0));
    if (!opened.ok())
        return ctx.out.fail(opened.error());
    auto &[library, c] = opened.value();
    printCase(ctx, *library, c);
    return Done;
}

int caseEdit(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, QCoreApplication::translate("habeas::cli", "the case id"));
    addCaseOptions(parser);
    if (auto done = parseArguments(ctx, parser, args, u"case edit"_s))
        return *done;
    auto opened = openCase(ctx, CliContext::Access::Write, parser.positional(0));
    if (!opened.ok())
        return ctx.out.fail(opened.error());
    auto &[library, c] = opened.value();
    CaseRecord record = c;
    if (auto st = applyCaseOptions(parser, record); !st.ok())
        return ctx.out.fail(st.error());
    if (auto st = checkProsecutorOption(parser, record); !st.ok())
        return ctx.out.fail(st.error());
    if (auto st = library->cases().updateCase(record); !st.ok())
        return ctx.out.fail(st.error());
    if (auto st = applyProsecutorOption(parser, *library, record.id); !st.ok())
        return ctx.out.fail(st.error());
    printCase(ctx, *library, library->cases().caseById(record.id).value());
    return Done;
}

int caseTrash(CliContext &ctx, const QStringList &args, bool trash)
{
    const QString command = trash ? u"case delete"_s : u"case restore"_s;
    ArgParser parser;
    parser.positional(u"CASE"_s, QCoreApplication::translate("habeas::cli", "the case id"));
    if (auto done = parseArguments(ctx, parser, args, command))
        return *done;
    auto opened = openCase(ctx, CliContext::Access::Write, parser.positional(0));
    if (!opened.ok())
        return ctx.out.fail(opened.error());
    auto &[library, c] = opened.value();
    CaseStore &store = library->cases();
    if (auto st = trash ? store.trashCase(c.id) : store.restoreCase(c.id); !st.ok())
        return ctx.out.fail(st.error());
    if (ctx.out.json())
        ctx.out.printJson(toJson(store.caseById(c.id).value()));
    else
        ctx.out.printLine(trash
                ? QCoreApplication::translate("habeas::cli",
                    "Moved case %1 to the trash (habeas-cli case restore %1 brings it back).")
                      .arg(c.id)
                : QCoreApplication::translate("habeas::cli", "Restored case %1.").arg(c.id));
    return Done;
}

} // namespace

int runCaseCommand(CliContext &ctx, const QStringList &args)
{
    return runSubcommand(ctx, args, u"case"_s,
        {
            { u"new"_s, caseNew },
            { u"list"_s, caseList },
            { u"show"_s, caseShow },
            { u"edit"_s, caseEdit },
            { u"delete"_s,
                [](CliContext &c, const QStringList &a) {
                    return caseTrash(c, a, true);
                } },
            { u"restore"_s,
                [](CliContext &c, const QStringList &a) {
                    return caseTrash(c, a, false);
                } },
            { u"announce"_s, caseAnnounce },
        });
}

} // namespace habeas::cli
