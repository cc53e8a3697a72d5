#include "cases/casestore.h"
#include "cases/publicintereststore.h"
#include "commandhelpers.h"
#include "core/clock.h"
#include "damages/damagescalc.h"
#include "damages/damagesjson.h"
#include "damages/damagesstore.h"
#include "damages/money.h"
#include "damages/publicinterestsummary.h"
#include "publicinterestoutput.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace habeas::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::cli)
};

QList<Prosecutor> prosecutorsOf(const ArgParser &parser)
{
    QList<Prosecutor> list;
    for (const QString &value : parser.values(u"prosecutor"_s)) {
        if (value.trimmed().isEmpty())
            continue;
        const qsizetype colon = value.indexOf(u':');
        list.append(colon < 0
                ? Prosecutor { value.trimmed(), {} }
                : Prosecutor { value.left(colon).trimmed(), value.mid(colon + 1).trimmed() });
    }
    return list;
}

QString outcomeText(const PublicNotice &n)
{
    switch (n.outcome) {
    case NoticeOutcome::None:
        return Text::tr("no body or organisation sued");
    case NoticeOutcome::CameForward:
        return Text::tr("came forward to sue: %1").arg(n.organisations.join(u"、"_s));
    case NoticeOutcome::Unknown:
        break;
    }
    return Text::tr("not yet recorded");
}

QString partyName(const QList<PartyRecord> &parties, qint64 id)
{
    for (const PartyRecord &p : parties)
        if (p.id == id)
            return p.name;
    return QString::number(id);
}

Result<PublicNotice> noticeFromOptions(const ArgParser &parser, PublicNotice n)
{
    if (parser.isSet(u"published"_s)) {
        auto d = parseIsoDay(parser.value(u"published"_s));
        if (!d.ok())
            return Error::input(u"--published: "_s + d.error().message);
        n.publishedOn = d.value();
    }
    if (parser.isSet(u"medium"_s))
        n.medium = parser.value(u"medium"_s);
    if (parser.isSet(u"contact"_s))
        n.contact = parser.value(u"contact"_s);
    if (parser.isSet(u"phone"_s))
        n.phone = parser.value(u"phone"_s);
    if (parser.isSet(u"outcome"_s)) {
        const auto o = noticeOutcomeFromId(
            parser.value(u"outcome"_s) == u"unknown"_s ? QString() : parser.value(u"outcome"_s));
        if (!o)
            return Error::input(
                Text::tr("--outcome must be unknown, none or came-forward, not \"%1\".")
                    .arg(parser.value(u"outcome"_s)));
        n.outcome = *o;
    }
    if (parser.isSet(u"organisation"_s))
        n.organisations = parser.values(u"organisation"_s);
    if (auto st = rejectProblems(validatePublicNotice(n, Clock::today())); !st.ok())
        return st.error();
    return n;
}

} // namespace

Status checkProsecutorOption(const ArgParser &parser, const CaseRecord &record)
{
    if (!parser.isSet(u"prosecutor"_s))
        return {};
    if (!isPublicInterest(record.kind))
        return Error::input(Text::tr("--prosecutor: only a public-interest case has prosecutors."));
    const QStringList values = parser.values(u"prosecutor"_s);
    for (const QString &v : values)
        if (v.trimmed().startsWith(u':'))
            return Error::input(Text::tr("--prosecutor: \"%1\" has no name.").arg(v));
    return {};
}

Status applyProsecutorOption(const ArgParser &parser, Library &library, qint64 caseId)
{
    if (!parser.isSet(u"prosecutor"_s))
        return {};
    return PublicInterestStore(library).setProsecutors(caseId, prosecutorsOf(parser));
}

QJsonObject publicInterestJson(Library &library, const CaseRecord &c)
{
    QJsonObject o { { u"procuratorateNumber"_s, c.procuratorateNumber } };
    const auto r = PublicInterestStore(library).record(c.id);
    if (!r.ok())
        return o;
    QJsonArray prosecutors;
    for (const Prosecutor &p : r->prosecutors)
        prosecutors.append(QJsonObject { { u"name"_s, p.name }, { u"title"_s, p.title } });
    o.insert(u"prosecutors"_s, prosecutors);
    if (r->notice) {
        const PublicNotice &n = *r->notice;
        const auto due = publicNoticeDue(n.publishedOn);
        o.insert(u"notice"_s,
            QJsonObject { { u"publishedOn"_s, n.publishedOn.toString(Qt::ISODate) },
                { u"medium"_s, n.medium }, { u"contact"_s, n.contact }, { u"phone"_s, n.phone },
                { u"ends"_s, due.ok() ? due->due.toString(Qt::ISODate) : QString() },
                { u"outcome"_s,
                    n.outcome == NoticeOutcome::Unknown ? u"unknown"_s : toId(n.outcome) },
                { u"organisations"_s, QJsonArray::fromStringList(n.organisations) } });
    } else {
        o.insert(u"notice"_s, QJsonValue::Null);
    }
    QJsonArray fines;
    for (auto it = r->fines.cbegin(); it != r->fines.cend(); ++it)
        fines.append(QJsonObject { { u"defendant"_s, it.key() }, { u"fineFen"_s, it->fineFen },
            { u"judgment"_s, it->judgment } });
    o.insert(u"fines"_s, fines);
    return o;
}

void printPublicInterest(const CliContext &ctx, Library &library, const CaseRecord &c)
{
    const auto r = PublicInterestStore(library).record(c.id);
    if (!r.ok())
        return;
    QStringList prosecutors;
    for (const Prosecutor &p : r->prosecutors)
        prosecutors << (p.title.isEmpty() ? p.name : p.name + u"（"_s + p.title + u"）"_s);
    QList<std::pair<QString, QString>> fields {
        { Text::tr("Procuratorate's number"), c.procuratorateNumber },
        { Text::tr("Prosecutors"), prosecutors.join(u"、"_s) },
    };
    if (r->notice) {
        const PublicNotice &n = *r->notice;
        const auto due = publicNoticeDue(n.publishedOn);
        fields.append({ Text::tr("Announcement"),
            Text::tr("%1 in %2; the 30 days end on %3")
                .arg(n.publishedOn.toString(Qt::ISODate), n.medium,
                    due.ok() ? due->due.toString(Qt::ISODate) : QString()) });
        fields.append({ Text::tr("Contact"), n.contact + u"  "_s + n.phone });
        fields.append({ Text::tr("After the announcement"), outcomeText(n) });
    } else {
        fields.append(
            { Text::tr("Announcement"), Text::tr("not yet published (habeas-cli case announce)") });
    }
    const auto parties = library.cases().parties(c.id, CaseStore::Trash::Include);
    for (auto it = r->fines.cbegin(); it != r->fines.cend(); ++it)
        fields.append(
            { Text::tr("Criminal fine of %1")
                    .arg(parties.ok() ? partyName(*parties, it.key()) : QString::number(it.key())),
                formatYuan(it->fineFen, QLocale())
                    + (it->judgment.isEmpty() ? QString() : u"  "_s + it->judgment) });
    ctx.out.printFields(fields);
}

int caseAnnounce(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, Text::tr("the case id"))
        .option(u"published"_s, u"D"_s,
            Text::tr("the day the announcement was published, e.g. 2024-03-01"))
        .option(u"medium"_s, u"M"_s, Text::tr("where it was published, e.g. 正义网"))
        .option(u"contact"_s, u"NAME"_s, Text::tr("the contact person it names"))
        .option(u"phone"_s, u"P"_s, Text::tr("the contact phone number it gives"))
        .option(u"outcome"_s, u"O"_s,
            Text::tr(
                "after the 30 days: unknown, none (no body or organisation sued) or came-forward"))
        .repeatable(u"organisation"_s, u"NAME"_s,
            Text::tr("with --outcome came-forward: an organisation that came forward to sue"))
        .flag(u"clear"_s, Text::tr("remove the announcement recorded"));
    if (auto done = parseArguments(ctx, parser, args, u"case announce"_s))
        return *done;
    auto opened = ctx.openLibraryWithId(CliContext::Access::Write, parser.positional(0), u"CASE"_s);
    if (!opened.ok())
        return ctx.out.fail(opened.error());
    auto &[library, caseId] = opened.value();
    PublicInterestStore store(*library);
    auto record = store.record(caseId);
    if (!record.ok())
        return ctx.out.fail(record.error());
    std::optional<PublicNotice> notice;
    if (!parser.isSet(u"clear"_s)) {
        auto n = noticeFromOptions(parser, record->notice.value_or(PublicNotice {}));
        if (!n.ok())
            return ctx.out.fail(n.error());
        notice = n.value();
    }
    if (auto st = store.setNotice(caseId, notice); !st.ok())
        return ctx.out.fail(st.error());
    const auto c = library->cases().caseById(caseId);
    if (ctx.out.json())
        ctx.out.printJson(publicInterestJson(*library, c.value()));
    else
        printPublicInterest(ctx, *library, c.value());
    return Done;
}

int damagesFine(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, Text::tr("the case id"))
        .option(u"defendant"_s, u"PARTY"_s, Text::tr("the defendant the criminal judgment fined"))
        .option(u"amount"_s, u"A"_s, Text::tr("the fine in yuan"))
        .option(u"judgment"_s, u"TEXT"_s, Text::tr("the criminal judgment's case number"))
        .flag(u"clear"_s, Text::tr("remove the fine recorded for the defendant"));
    if (auto done = parseArguments(ctx, parser, args, u"damages fine"_s))
        return *done;
    if (!parser.isSet(u"defendant"_s) || (!parser.isSet(u"amount"_s) && !parser.isSet(u"clear"_s)))
        return ctx.out.fail(UsageError,
            Text::tr("damages fine: --defendant and --amount (or --clear) are required"));
    auto caseId = CliContext::parseId(parser.positional(0), u"CASE"_s);
    auto party = CliContext::parseId(parser.value(u"defendant"_s), u"--defendant"_s);
    if (!caseId.ok() || !party.ok())
        return ctx.out.fail(caseId.ok() ? party.error() : caseId.error());
    std::optional<CriminalFine> fine;
    if (!parser.isSet(u"clear"_s)) {
        const MoneyParseResult amount = parseYuan(parser.value(u"amount"_s));
        if (!amount.isValid())
            return ctx.out.fail(Error::input(u"--amount: "_s + amount.error));
        fine = CriminalFine { *amount.fen, parser.value(u"judgment"_s) };
    }
    auto library = ctx.openLibrary(CliContext::Access::Write);
    if (!library.ok())
        return ctx.out.fail(library.error());
    if (auto st =
            PublicInterestStore(*library.value()).setFine(caseId.value(), party.value(), fine);
        !st.ok())
        return ctx.out.fail(st.error());
    const auto c = library.value()->cases().caseById(caseId.value());
    if (ctx.out.json())
        ctx.out.printJson(publicInterestJson(*library.value(), c.value()));
    else
        printPublicInterest(ctx, *library.value(), c.value());
    return Done;
}

int printPublicInterestTotals(CliContext &ctx, Library &library, qint64 caseId,
    const QString &scenarioName, const DamagesTotals &totals)
{
    const auto items = library.damages().items(caseId, scenarioName);
    const auto parties = library.cases().parties(caseId, CaseStore::Trash::Include);
    const auto record = PublicInterestStore(library).record(caseId);
    if (!items.ok() || !parties.ok() || !record.ok())
        return ctx.out.fail(!items.ok() ? items.error()
                : !parties.ok()         ? parties.error()
                                        : record.error());
    QList<qint64> order;
    for (const PartyRecord &p : parties.value())
        if (p.role == PartyRole::Defendant && !p.isTrashed())
            order << p.id;
    const PublicInterestSummary s =
        summarisePublicInterest(items.value(), scenarioName, order, record->fines);
    if (ctx.out.json()) {
        QJsonObject o = toJson(totals, scenarioName, parties.value());
        QJsonArray defendants;
        for (const DefendantShare &d : s.defendants)
            defendants.append(QJsonObject { { u"id"_s, d.partyId }, { u"aloneFen"_s, d.aloneFen },
                { u"jointFen"_s, d.jointFen }, { u"illegalGainFen"_s, d.illegalGainFen },
                { u"fineFen"_s, d.fineFen } });
        QJsonArray payees;
        for (const PayeeTotal &p : s.payees)
            payees.append(QJsonObject {
                { u"to"_s, p.recipient == Recipient::Unset ? u"unset"_s : toId(p.recipient) },
                { u"name"_s, p.name }, { u"fen"_s, p.fen } });
        o.insert(u"publicInterest"_s,
            QJsonObject { { u"defendants"_s, defendants }, { u"payees"_s, payees } });
        ctx.out.printJson(o); // no courtFee: a procuratorate pays none
        return Done;
    }
    const QLocale locale;
    QList<std::pair<QString, QString>> fields { { Text::tr("Scenario"),
        scenario::displayName(scenarioName) } };
    for (const DefendantShare &d : s.defendants) {
        QString text = Text::tr("%1 alone, %2 jointly and severally")
                           .arg(formatYuan(d.aloneFen, locale), formatYuan(d.jointFen, locale));
        if (d.illegalGainFen)
            text += Text::tr("; illegal gain %1").arg(formatYuan(d.illegalGainFen, locale));
        if (d.fineFen)
            text += Text::tr("; criminal fine already ordered %1 (not claimed)")
                        .arg(formatYuan(d.fineFen, locale));
        fields.append({ Text::tr("Against %1").arg(partyName(parties.value(), d.partyId)), text });
    }
    for (const PayeeTotal &p : s.payees)
        fields.append({ Text::tr("To %1").arg(payeeLabel(p)), formatYuan(p.fen, locale) });
    fields.append({ Text::tr("Total"), formatYuan(totals.totalFen, locale) });
    fields.append({ Text::tr("In capitals"), chineseCapitals(totals.totalFen) });
    fields.append({ Text::tr("Court fee"), Text::tr("none: a procuratorate pays no court fee") });
    ctx.out.printFields(fields);
    for (const QString &w : totals.warnings)
        ctx.out.message(Text::tr("warning: %1").arg(w));
    return Done;
}

} // namespace habeas::cli
