#include "cases/casejson.h"
#include "cases/casestore.h"
#include "commandhelpers.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace habeas::cli {

namespace {

void printParty(const CliContext &ctx, const PartyRecord &p)
{
    if (ctx.out.json()) {
        ctx.out.printJson(toJson(p));
        return;
    }
    QList<std::pair<QString, QString>> fields {
        { QCoreApplication::translate("habeas::cli", "Party"), QString::number(p.id) },
        { QCoreApplication::translate("habeas::cli", "Case"), QString::number(p.caseId) },
        { QCoreApplication::translate("habeas::cli", "Role"), displayName(p.role) },
        { QCoreApplication::translate("habeas::cli", "Type"), displayName(p.type) },
        { QCoreApplication::translate("habeas::cli", "Name"), p.name },
    };
    if (p.type == PartyType::Person) {
        fields.append({ { QCoreApplication::translate("habeas::cli", "Sex"),
                            p.sex == Sex::Unspecified ? QString() : displayName(p.sex) },
            { QCoreApplication::translate("habeas::cli", "Birth date"),
                p.birthDate.toString(Qt::ISODate) },
            { QCoreApplication::translate("habeas::cli", "Ethnicity"), p.ethnicity },
            { QCoreApplication::translate("habeas::cli", "Occupation"), p.occupation },
            { QCoreApplication::translate("habeas::cli", "Employer"), p.employer },
            { QCoreApplication::translate("habeas::cli", "ID number"), p.idNumber } });
    } else {
        fields.append({ { QCoreApplication::translate("habeas::cli", "Credit code"), p.uscc },
            { QCoreApplication::translate("habeas::cli", "Legal representative"), p.legalRep },
            { QCoreApplication::translate("habeas::cli", "Representative's title"),
                p.legalRepTitle } });
    }
    fields.append({ { QCoreApplication::translate("habeas::cli", "Domicile"), p.address },
        { QCoreApplication::translate("habeas::cli", "Phone"), p.phone } });
    if (p.representsId)
        fields.append({ QCoreApplication::translate("habeas::cli", "Represents"),
            QString::number(p.representsId) });
    if (p.role == PartyRole::Agent) {
        fields.append(
            { QCoreApplication::translate("habeas::cli", "Agency"), displayName(p.agency) });
        if (p.isStatutoryAgent())
            fields.append({ QCoreApplication::translate("habeas::cli", "Relation"), p.relation });
        else {
            QStringList powers;
            for (const QString &id : p.specialPowers)
                powers << specialPowerName(id);
            fields.append({ QCoreApplication::translate("habeas::cli", "Authority"),
                displayName(p.authority)
                    + (powers.isEmpty() ? QString() : u": "_s + powers.join(u", "_s)) });
        }
    }
    ctx.out.printFields(fields);
}

int partyAdd(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, QCoreApplication::translate("habeas::cli", "the case id"));
    addPartyOptions(parser, true);
    if (auto done = parseArguments(ctx, parser, args, u"party add"_s))
        return *done;
    for (const QString &required : { u"role"_s, u"type"_s, u"name"_s })
        if (!parser.isSet(required))
            return ctx.out.fail(UsageError,
                QCoreApplication::translate("habeas::cli", "party add: --%1 is required")
                    .arg(required));
    auto caseId = CliContext::parseId(
        parser.positional(0), QCoreApplication::translate("habeas::cli", "CASE"));
    if (!caseId.ok())
        return ctx.out.fail(caseId.error());
    PartyRecord record;
    record.caseId = caseId.value();
    if (auto st = applyPartyOptions(parser, record); !st.ok())
        return ctx.out.fail(st.error());
    auto library = ctx.openLibrary(CliContext::Access::Write);
    if (!library.ok())
        return ctx.out.fail(library.error());
    auto id = library.value()->cases().addParty(record);
    if (!id.ok())
        return ctx.out.fail(id.error());
    const auto added = library.value()->cases().partyById(id.value());
    if (ctx.out.json())
        printParty(ctx, added.value());
    else
        ctx.out.printLine(QCoreApplication::translate("habeas::cli", "Added party %1: %2 (%3)")
                              .arg(id.value())
                              .arg(record.name, displayName(record.role)));
    return Done;
}

int partyList(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, QCoreApplication::translate("habeas::cli", "the case id"))
        .flag(u"removed"_s,
            QCoreApplication::translate("habeas::cli", "list the removed parties instead"));
    if (auto done = parseArguments(ctx, parser, args, u"party list"_s))
        return *done;
    qint64 caseId = 0;
    auto library = ctx.openLibraryForCase(CliContext::Access::Read, parser.positional(0), caseId);
    if (!library.ok())
        return ctx.out.fail(library.error());
    return ctx.out.printList(
        library.value()->cases().parties(caseId,
            parser.isSet(u"removed"_s) ? CaseStore::Trash::Only : CaseStore::Trash::Exclude),
        [](const PartyRecord &p) { return toJson(p); },
        { QCoreApplication::translate("habeas::cli", "ID"),
            QCoreApplication::translate("habeas::cli", "Role"),
            QCoreApplication::translate("habeas::cli", "Type"),
            QCoreApplication::translate("habeas::cli", "Name"),
            QCoreApplication::translate("habeas::cli", "ID number / credit code"),
            QCoreApplication::translate("habeas::cli", "Phone") },
        [&](const PartyRecord &p) {
            return QStringList { QString::number(p.id), displayName(p.role), displayName(p.type),
                p.name, p.type == PartyType::Person ? p.idNumber : p.uscc, p.phone };
        });
}

int partyEdit(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"PARTY"_s, QCoreApplication::translate("habeas::cli", "the party id"));
    addPartyOptions(parser, false);
    if (auto done = parseArguments(ctx, parser, args, u"party edit"_s))
        return *done;
    auto id = CliContext::parseId(
        parser.positional(0), QCoreApplication::translate("habeas::cli", "PARTY"));
    if (!id.ok())
        return ctx.out.fail(id.error());
    auto library = ctx.openLibrary(CliContext::Access::Write);
    if (!library.ok())
        return ctx.out.fail(library.error());
    auto party = library.value()->cases().partyById(id.value());
    if (!party.ok())
        return ctx.out.fail(party.error());
    PartyRecord record = party.value();
    if (auto st = applyPartyOptions(parser, record); !st.ok())
        return ctx.out.fail(st.error());
    if (auto st = library.value()->cases().updateParty(record); !st.ok())
        return ctx.out.fail(st.error());
    printParty(ctx, library.value()->cases().partyById(record.id).value());
    return Done;
}

int partyRestore(CliContext &ctx, const QStringList &args)
{
    return runWithId(ctx, args, u"party restore"_s, u"PARTY"_s,
        QCoreApplication::translate("habeas::cli", "the party id"), CliContext::Access::Write,
        [&ctx](Library &library, qint64 id) {
            if (auto st = library.cases().restoreParty(id); !st.ok())
                return ctx.out.fail(st.error());
            printParty(ctx, library.cases().partyById(id).value());
            return int(Done);
        });
}

int partyRemove(CliContext &ctx, const QStringList &args)
{
    return runWithId(ctx, args, u"party remove"_s, u"PARTY"_s,
        QCoreApplication::translate("habeas::cli", "the party id"), CliContext::Access::Write,
        [&ctx](Library &library, qint64 id) {
            if (auto st = library.cases().trashParty(id); !st.ok())
                return ctx.out.fail(st.error());
            if (ctx.out.json())
                printParty(ctx, library.cases().partyById(id).value());
            else
                ctx.out.printLine(QCoreApplication::translate(
                    "habeas::cli", "Removed party %1 (habeas-cli party restore %1 brings it back).")
                                      .arg(id));
            return int(Done);
        });
}

} // namespace

int runPartyCommand(CliContext &ctx, const QStringList &args)
{
    return runSubcommand(ctx, args, u"party"_s,
        {
            { u"add"_s, partyAdd },
            { u"list"_s, partyList },
            { u"edit"_s, partyEdit },
            { u"remove"_s, partyRemove },
            { u"restore"_s, partyRestore },
        });
}

} // namespace habeas::cli
