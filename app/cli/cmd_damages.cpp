#include "cases/casestore.h"
#include "commandhelpers.h"
#include "damages/courtfee.h"
#include "damages/damagesjson.h"
#include "damages/damagesstore.h"
#include "damages/money.h"
#include "law/citation.h"
#include "law/claimqueries.h"
#include "law/claimstore.h"
#include "law/statutelibrary.h"
#include "publicinterestoutput.h"
#include "register/registerdamages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace habeas::cli {

namespace {

Result<qint64> parseAmount(const QString &text, const QString &option)
{
    const MoneyParseResult parsed = parseYuan(text);
    if (!parsed.isValid())
        return Error::input(u"--"_s + option + u": "_s + parsed.error);
    return *parsed.fen;
}

// "PIPL 69(2)" or the court form: stored in the court form, so filings print it as courts write it.
Result<QString> parseBasis(const QStringList &texts)
{
    if (texts.isEmpty())
        return QString();
    StatuteLibrary library;
    if (!library.load())
        return Error::library(library.errorString());
    QStringList formatted;
    for (const QString &text : texts) {
        const CitationParseResult parsed = parseCitation(text, library);
        if (!parsed.isValid())
            return Error::input(u"--basis: "_s + parsed.errorString);
        formatted << formatCitation(parsed.citation, library, CitationStyle::Court);
    }
    return formatted.join(u'；');
}

void addItemOptions(ArgParser &parser)
{
    parser
        .option(u"head"_s, u"HEAD"_s,
            QCoreApplication::translate("habeas::cli",
                "property-loss, processor-gain, rights-protection-cost, "
                "mental-distress, discretionary, illegal-gain or per-record"))
        .option(u"amount"_s, u"A"_s,
            QCoreApplication::translate("habeas::cli", "the amount in yuan, e.g. 2900 or 1038.50"))
        .repeatable(u"basis"_s, u"CITATION"_s,
            QCoreApplication::translate("habeas::cli",
                "the legal basis, e.g. \"PIPL 69(2)\" (default: the head's usual basis)"))
        .option(u"evidence"_s, u"ID"_s,
            QCoreApplication::translate("habeas::cli", "the exhibit that proves the item"))
        .option(u"scenario"_s, u"S"_s,
            QCoreApplication::translate(
                "habeas::cli", "claimed (default), expected, conservative or a name of your own"))
        .repeatable(u"defendant"_s, u"PARTY"_s,
            QCoreApplication::translate("habeas::cli",
                "a defendant liable for the item; several make it joint and several"))
        .option(u"description"_s, u"TEXT"_s,
            QCoreApplication::translate("habeas::cli", "what the item is"))
        .option(u"note"_s, u"TEXT"_s, QCoreApplication::translate("habeas::cli", "a note"))
        .option(u"records"_s, u"N"_s,
            QCoreApplication::translate("habeas::cli", "per-record: the number of records"))
        .option(u"per-record"_s, u"A"_s,
            QCoreApplication::translate("habeas::cli", "per-record: yuan per record"))
        .repeatable(u"coefficient"_s, u"[LABEL=]X"_s,
            QCoreApplication::translate(
                "habeas::cli", "per-record: a stated coefficient, e.g. 敏感个人信息=10"))
        .repeatable(u"factor"_s, u"F"_s,
            QCoreApplication::translate("habeas::cli",
                "mental distress: a factor of the SPC interpretation Art. 5 "
                "(fault, circumstances, consequences, profit, ability, living-standard)"))
        .option(u"serious-harm"_s, u"TEXT"_s,
            QCoreApplication::translate("habeas::cli",
                "mental distress: the serious harm it rests on (Civil Code Art. 1183(1)), as the "
                "complaint states it"))
        .option(u"expense-kind"_s, u"K"_s,
            QCoreApplication::translate("habeas::cli",
                "costs: lawyer, notary, timestamp, preservation, investigation, "
                "travel, printing or other"))
        .option(u"paid-on"_s, u"D"_s,
            QCoreApplication::translate("habeas::cli", "costs: the date paid"))
        .option(
            u"payee"_s, u"P"_s, QCoreApplication::translate("habeas::cli", "costs: who was paid"))
        .option(u"receipt"_s, u"R"_s,
            QCoreApplication::translate("habeas::cli", "costs: the invoice or receipt"))
        .option(u"to"_s, u"WHERE"_s,
            QCoreApplication::translate("habeas::cli",
                "public interest: where the money goes: treasury (上缴国库), fund or organisation"))
        .option(u"to-name"_s, u"NAME"_s,
            QCoreApplication::translate(
                "habeas::cli", "public interest: the fund's or organisation's name"))
        .option(u"from-register"_s, u"COUNT"_s,
            QCoreApplication::translate("habeas::cli",
                "per-record: take the record count from the case's register: records, minors, "
                "under14 or category:<category> (e.g. category:行踪轨迹); empty: typed"));
}

// The exhibit proving the item, its head, amount and basis.
Status applyAmountOptions(const ArgParser &parser, DamagesRecord &r)
{
    if (parser.isSet(u"evidence"_s)) {
        if (parser.value(u"evidence"_s).isEmpty()) {
            r.evidenceId = 0;
        } else {
            auto id = CliContext::parseId(parser.value(u"evidence"_s), u"--evidence"_s);
            if (!id.ok())
                return id.error();
            r.evidenceId = id.value();
        }
    }
    if (parser.isSet(u"head"_s)) {
        const auto head = headFromId(parser.value(u"head"_s));
        if (!head)
            return Error::input(QCoreApplication::translate(
                "habeas::cli", "--head: \"%1\" is not a head of damages.")
                                    .arg(parser.value(u"head"_s)));
        if (head != r.head && !parser.isSet(u"basis"_s))
            r.basis = defaultBasis(*head);
        r.head = *head;
    }
    if (parser.isSet(u"amount"_s)) {
        auto amount = parseAmount(parser.value(u"amount"_s), u"amount"_s);
        if (!amount.ok())
            return amount.error();
        r.amountFen = amount.value();
    }
    if (parser.isSet(u"basis"_s)) {
        auto basis = parseBasis(parser.values(u"basis"_s));
        if (!basis.ok())
            return basis.error();
        r.basis = basis.value();
    }
    return {};
}

// Scenario, description, note and the defendants it is claimed against.
Status applyTextOptions(const ArgParser &parser, DamagesRecord &r)
{
    parser.copyIfSet(u"scenario"_s, r.scenario);
    parser.copyIfSet(u"description"_s, r.description);
    parser.copyIfSet(u"note"_s, r.note);
    if (parser.isSet(u"defendant"_s)) {
        r.defendantIds.clear();
        for (const QString &text : parser.values(u"defendant"_s)) {
            auto id = CliContext::parseId(text, u"--defendant"_s);
            if (!id.ok())
                return id.error();
            r.defendantIds << id.value();
        }
    }
    return {};
}

// Per-record damages: records × yuan per record × coefficients.
Status applyPerRecordOptions(const ArgParser &parser, DamagesRecord &r)
{
    if (parser.isSet(u"records"_s)) {
        bool ok = false;
        r.records = parser.value(u"records"_s).toLongLong(&ok);
        if (!ok || r.records <= 0)
            return Error::input(QCoreApplication::translate("habeas::cli",
                "--records: the number of records must be at "
                "least 1, not \"%1\".")
                                    .arg(parser.value(u"records"_s)));
    }
    if (parser.isSet(u"per-record"_s)) {
        auto amount = parseAmount(parser.value(u"per-record"_s), u"per-record"_s);
        if (!amount.ok())
            return amount.error();
        r.perRecordFen = amount.value();
    }
    if (parser.isSet(u"coefficient"_s)) {
        r.coefficients.clear();
        for (const QString &text : parser.values(u"coefficient"_s)) {
            const qsizetype eq = text.lastIndexOf(u'=');
            r.coefficients << LabelledCoefficient { eq < 0 ? QString() : text.left(eq).trimmed(),
                (eq < 0 ? text : text.mid(eq + 1)).trimmed() };
        }
    }
    return {};
}

// Mental distress (factors, serious harm) and a cost's ledger entry.
Status applyDistressCostOptions(const ArgParser &parser, DamagesRecord &r)
{
    parser.copyIfSet(u"factor"_s, r.factors);
    parser.copyIfSet(u"serious-harm"_s, r.seriousHarm);
    if (parser.isSet(u"expense-kind"_s)) {
        r.expenseKind = expenseKindFromId(parser.value(u"expense-kind"_s));
        if (!r.expenseKind)
            return Error::input(QCoreApplication::translate(
                "habeas::cli", "--expense-kind: \"%1\" is not a kind of expense.")
                                    .arg(parser.value(u"expense-kind"_s)));
    }
    if (parser.isSet(u"paid-on"_s)) {
        r.paidOn = QDate::fromString(parser.value(u"paid-on"_s), Qt::ISODate);
        if (!r.paidOn.isValid())
            return Error::input(QCoreApplication::translate(
                "habeas::cli", "--paid-on must be a date like 2021-01-20."));
    }
    parser.copyIfSet(u"payee"_s, r.payee);
    parser.copyIfSet(u"receipt"_s, r.receipt);
    return {};
}

// Public interest: where the money goes, and the register's count.
Status applyPublicInterestOptions(const ArgParser &parser, DamagesRecord &r)
{
    if (parser.isSet(u"to"_s)) {
        const auto to = recipientFromId(parser.value(u"to"_s));
        if (!to || *to == Recipient::Unset)
            return Error::input(QCoreApplication::translate(
                "habeas::cli", "--to must be treasury, fund or organisation, not \"%1\".")
                                    .arg(parser.value(u"to"_s)));
        r.recipient = *to;
    }
    parser.copyIfSet(u"to-name"_s, r.recipientName);
    parser.copyIfSet(u"from-register"_s, r.registerBasis);
    return {};
}

Status applyItemOptions(const ArgParser &parser, DamagesRecord &r)
{
    for (auto apply : { applyAmountOptions, applyTextOptions, applyPerRecordOptions,
             applyDistressCostOptions, applyPublicInterestOptions })
        if (Status st = apply(parser, r); !st.ok())
            return st;
    return {};
}

void printItems(const CliContext &ctx, const QList<DamagesRecord> &items)
{
    ctx.out.printList(
        items, [](const DamagesRecord &r) { return toJson(r); },
        { QCoreApplication::translate("habeas::cli", "ID"),
            QCoreApplication::translate("habeas::cli", "Scenario"),
            QCoreApplication::translate("habeas::cli", "Head"),
            QCoreApplication::translate("habeas::cli", "Yuan"),
            QCoreApplication::translate("habeas::cli", "Defendants"),
            QCoreApplication::translate("habeas::cli", "Item") },
        [&](const DamagesRecord &r) {
            QStringList defendants;
            for (qint64 id : r.defendantIds)
                defendants << QString::number(id);
            QString what = r.description;
            if (r.head == DamagesHead::RightsProtectionCost && r.expenseKind)
                what = displayName(*r.expenseKind)
                    + (r.receipt.isEmpty() ? QString() : u" · "_s + r.receipt);
            return QStringList { QString::number(r.id), scenario::displayName(r.scenario),
                headDisplayName(r.head), formatYuan(r.amountFen, QLocale()), defendants.join(u','),
                what };
        });
}

int damagesAdd(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, QCoreApplication::translate("habeas::cli", "the case id"));
    addItemOptions(parser);
    if (auto done = parseArguments(ctx, parser, args, u"damages add"_s))
        return *done;
    if (!parser.isSet(u"head"_s))
        return ctx.out.fail(UsageError,
            QCoreApplication::translate("habeas::cli", "damages add: --head is required"));
    if (parser.value(u"head"_s) != u"per-record"_s && !parser.isSet(u"amount"_s))
        return ctx.out.fail(UsageError,
            QCoreApplication::translate("habeas::cli", "damages add: --amount is required"));
    auto caseId = CliContext::parseId(parser.positional(0), u"CASE"_s);
    if (!caseId.ok())
        return ctx.out.fail(caseId.error());
    DamagesRecord record;
    record.caseId = caseId.value();
    if (auto st = applyItemOptions(parser, record); !st.ok())
        return ctx.out.fail(st.error());
    if (!parser.isSet(u"basis"_s))
        record.basis = defaultBasis(record.head);
    auto library = ctx.openLibrary(CliContext::Access::Write);
    if (!library.ok())
        return ctx.out.fail(library.error());
    if (auto counted = countFromRegister(*library.value(), record); !counted.ok())
        return ctx.out.fail(counted.error());
    auto id = library.value()->damages().addItem(record);
    if (!id.ok())
        return ctx.out.fail(id.error());
    const DamagesRecord added = library.value()->damages().item(id.value()).value();
    if (ctx.out.json())
        ctx.out.printJson(toJson(added));
    else
        ctx.out.printLine(
            QCoreApplication::translate("habeas::cli", "Added item %1: %2, %3 yuan (%4)")
                .arg(id.value())
                .arg(headDisplayName(added.head), formatYuan(added.amountFen, QLocale()),
                    scenario::displayName(added.scenario)));
    return Done;
}

int damagesEdit(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"ITEM"_s, QCoreApplication::translate("habeas::cli", "the item id"));
    addItemOptions(parser);
    if (auto done = parseArguments(ctx, parser, args, u"damages edit"_s))
        return *done;
    auto opened = ctx.openLibraryWithId(CliContext::Access::Write, parser.positional(0), u"ITEM"_s);
    if (!opened.ok())
        return ctx.out.fail(opened.error());
    auto &[library, id] = opened.value();
    auto item = library->damages().item(id);
    if (!item.ok())
        return ctx.out.fail(item.error());
    DamagesRecord record = item.value();
    if (auto st = applyItemOptions(parser, record); !st.ok())
        return ctx.out.fail(st.error());
    if (auto counted = countFromRegister(*library, record); !counted.ok())
        return ctx.out.fail(counted.error());
    if (auto st = library->damages().updateItem(record); !st.ok())
        return ctx.out.fail(st.error());
    printItems(ctx, { library->damages().item(id).value() });
    return Done;
}

int damagesList(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, QCoreApplication::translate("habeas::cli", "the case id"))
        .option(u"scenario"_s, u"S"_s,
            QCoreApplication::translate("habeas::cli", "only this scenario"));
    if (auto done = parseArguments(ctx, parser, args, u"damages list"_s))
        return *done;
    qint64 caseId = 0;
    auto library = ctx.openLibraryForCase(CliContext::Access::Read, parser.positional(0), caseId);
    if (!library.ok())
        return ctx.out.fail(library.error());
    auto items = library.value()->damages().items(caseId, parser.value(u"scenario"_s));
    if (!items.ok())
        return ctx.out.fail(items.error());
    printItems(ctx, items.value());
    return Done;
}

int damagesRemove(CliContext &ctx, const QStringList &args)
{
    return runWithId(ctx, args, u"damages remove"_s, u"ITEM"_s,
        QCoreApplication::translate("habeas::cli", "the item id"), CliContext::Access::Write,
        [&ctx](Library &library, qint64 id) {
            if (auto st = library.damages().trashItem(id); !st.ok())
                return ctx.out.fail(st.error());
            if (ctx.out.json())
                ctx.out.printJson(toJson(library.damages().item(id).value()));
            else
                ctx.out.printLine(
                    QCoreApplication::translate("habeas::cli", "Removed item %1.").arg(id));
            return int(Done);
        });
}

// --ends judgment|mediation|withdrawal (诉讼费用交纳办法 Art. 15).
Result<CaseEnding> parseEnding(const ArgParser &parser)
{
    if (!parser.isSet(u"ends"_s))
        return CaseEnding::Judgment;
    if (const auto ending = caseEndingFromId(parser.value(u"ends"_s)))
        return *ending;
    return Error::input(QCoreApplication::translate(
        "habeas::cli", "--ends must be judgment, mediation or withdrawal, not \"%1\".")
                            .arg(parser.value(u"ends"_s)));
}

ArgParser &addEndsOption(ArgParser &parser)
{
    return parser.option(u"ends"_s, u"E"_s,
        QCoreApplication::translate("habeas::cli",
            "how the case ends: judgment (default), mediation or withdrawal (both halve the fee, "
            "诉讼费用交纳办法 Art. 15)"));
}

int damagesTotal(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, QCoreApplication::translate("habeas::cli", "the case id"))
        .option(u"scenario"_s, u"S"_s,
            QCoreApplication::translate("habeas::cli", "the scenario (default: claimed)"));
    addEndsOption(parser);
    if (auto done = parseArguments(ctx, parser, args, u"damages total"_s))
        return *done;
    const auto ending = parseEnding(parser);
    if (!ending.ok())
        return ctx.out.fail(ending.error());
    qint64 caseId = 0;
    auto library = ctx.openLibraryForCase(CliContext::Access::Read, parser.positional(0), caseId);
    if (!library.ok())
        return ctx.out.fail(library.error());
    const QString scenarioName =
        parser.isSet(u"scenario"_s) ? parser.value(u"scenario"_s) : scenario::kClaimed;
    auto totals = library.value()->damages().totals(caseId, scenarioName);
    if (!totals.ok())
        return ctx.out.fail(totals.error());
    if (const auto c = library.value()->cases().caseById(caseId);
        c.ok() && isPublicInterest(c->kind))
        return printPublicInterestTotals(
            ctx, *library.value(), caseId, scenarioName, totals.value());
    const auto parties =
        library.value()->cases().parties(caseId, CaseStore::Trash::Include).value();
    // A personality-rights case (PI and privacy torts), or a property case when a claim goes
    // in contract (诉讼费用交纳办法 Art. 13).
    const auto claims = library.value()->claims().claims(caseId);
    if (!claims.ok())
        return ctx.out.fail(claims.error());
    const bool property = pleadsContract(claims.value());
    const CourtFee fee = computeCourtFee(totals->totalFen,
        property ? FeeKind::Property : FeeKind::Personality, false, ending.value());
    if (ctx.out.json()) {
        QJsonObject o = toJson(totals.value(), scenarioName, parties);
        o.insert(u"courtFee"_s, toJson(fee));
        ctx.out.printJson(o);
        return Done;
    }
    const QLocale locale;
    QList<std::pair<QString, QString>> fields;
    fields.append({ QCoreApplication::translate("habeas::cli", "Scenario"),
        scenario::displayName(scenarioName) });
    for (auto it = totals->perHead.cbegin(); it != totals->perHead.cend(); ++it)
        fields.append({ headDisplayName(it.key()), formatYuan(it.value(), locale) });
    for (auto it = totals->perDefendant.cbegin(); it != totals->perDefendant.cend(); ++it) {
        QString name = QString::number(it.key());
        for (const PartyRecord &p : parties)
            if (p.id == it.key())
                name = p.name;
        fields.append({ QCoreApplication::translate("habeas::cli", "Against %1").arg(name),
            formatYuan(it.value(), locale) });
    }
    if (totals->jointFen)
        fields.append({ QCoreApplication::translate("habeas::cli", "Of which joint and several"),
            formatYuan(totals->jointFen, locale) });
    fields.append({ QCoreApplication::translate("habeas::cli", "Total"),
        formatYuan(totals->totalFen, locale) });
    fields.append({ QCoreApplication::translate("habeas::cli", "In capitals"),
        chineseCapitals(totals->totalFen) });
    fields.append({ property
            ? QCoreApplication::translate("habeas::cli", "Court fee (property case: contract)")
            : QCoreApplication::translate("habeas::cli", "Court fee (personality rights)"),
        fee.minFen == fee.maxFen
            ? formatYuan(fee.minFen, locale)
            : formatYuan(fee.minFen, locale) + u" – "_s + formatYuan(fee.maxFen, locale) });
    ctx.out.printFields(fields);
    for (const QString &w : totals->warnings)
        ctx.out.message(QCoreApplication::translate("habeas::cli", "warning: %1").arg(w));
    return Done;
}

} // namespace

int runDamagesCommand(CliContext &ctx, const QStringList &args)
{
    return runSubcommand(ctx, args, u"damages"_s,
        {
            { u"add"_s, damagesAdd },
            { u"edit"_s, damagesEdit },
            { u"list"_s, damagesList },
            { u"remove"_s, damagesRemove },
            { u"total"_s, damagesTotal },
            { u"fine"_s, damagesFine },
        });
}

int runFeeCommand(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser
        .option(u"amount"_s, u"A"_s,
            QCoreApplication::translate("habeas::cli", "the amount claimed, in yuan"))
        .option(u"kind"_s, u"K"_s,
            QCoreApplication::translate(
                "habeas::cli", "property or personality (default: personality rights)"))
        .flag(u"simplified"_s,
            QCoreApplication::translate("habeas::cli", "simplified procedure: the fee is halved"));
    addEndsOption(parser);
    if (auto done = parseArguments(ctx, parser, args, u"fee"_s))
        return *done;
    const auto ending = parseEnding(parser);
    if (!ending.ok())
        return ctx.out.fail(ending.error());
    if (!parser.isSet(u"amount"_s))
        return ctx.out.fail(
            UsageError, QCoreApplication::translate("habeas::cli", "fee: --amount is required"));
    auto amount = parseAmount(parser.value(u"amount"_s), u"amount"_s);
    if (!amount.ok())
        return ctx.out.fail(amount.error());
    FeeKind kind = FeeKind::Personality;
    if (parser.isSet(u"kind"_s)) {
        if (parser.value(u"kind"_s) == u"property"_s)
            kind = FeeKind::Property;
        else if (parser.value(u"kind"_s) != u"personality"_s)
            return ctx.out.fail(UsageError,
                QCoreApplication::translate(
                    "habeas::cli", "--kind must be property or personality"));
    }
    const CourtFee fee =
        computeCourtFee(amount.value(), kind, parser.isSet(u"simplified"_s), ending.value());
    if (ctx.out.json()) {
        ctx.out.printJson(toJson(fee));
        return Done;
    }
    for (const QString &line : explainCourtFee(fee, QLocale()))
        ctx.out.printLine(line);
    return Done;
}

} // namespace habeas::cli
