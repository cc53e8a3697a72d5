#include "commandhelpers.h"

#include "clireference.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace habeas::cli {

namespace {
Result<QDate> parseDate(const QString &text, const QString &option)
{
    if (text.isEmpty())
        return QDate();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        return Error::input(QCoreApplication::translate(
            "habeas::cli", "--%1 must be a date like 2021-01-20, not \"%2\".")
                                .arg(option, text));
    return d;
}

// A date option into `target` when it was given; an empty value is no date.
Status copyDateIfSet(const ArgParser &parser, const QString &option, QDate &target)
{
    if (!parser.isSet(option))
        return {};
    const auto d = parseDate(parser.value(option), option);
    if (!d.ok())
        return d.error();
    target = d.value();
    return {};
}

// The text fields of `record` set from the options named beside them, those that were given.
template<typename R>
void copyTextOptions(const ArgParser &parser,
    std::initializer_list<std::pair<const char16_t *, QString R::*>> fields, R &record)
{
    for (const auto &[name, field] : fields)
        parser.copyIfSet(QString::fromUtf16(name), record.*field);
}

template<typename E>
Status parseEnum(const ArgParser &parser, const QString &option,
    std::optional<E> (*fromId)(const QString &), const QString &allowed, E &target)
{
    if (!parser.isSet(option))
        return {};
    const auto v = fromId(parser.value(option));
    if (!v)
        return Error::input(
            QCoreApplication::translate("habeas::cli", "--%1 must be one of %2, not \"%3\".")
                .arg(option, allowed, parser.value(option)));
    target = *v;
    return {};
}
} // namespace

std::optional<int> parseArguments(
    CliContext &ctx, ArgParser &parser, const QStringList &args, const QString &command)
{
    if (ctx.reference) {
        ctx.reference->addCommand(command, parser);
        return Done;
    }
    if (args.contains(u"--help"_s)) {
        ctx.out.printLine(parser.usage(command));
        return Done;
    }
    const QString error = parser.parse(args);
    if (!error.isEmpty())
        return ctx.out.fail(UsageError,
            QCoreApplication::translate("habeas::cli", "%1: %2 (see habeas-cli %1 --help)")
                .arg(command, error));
    return std::nullopt;
}

int unknownSubcommand(
    CliContext &ctx, const QString &group, const QString &sub, const QString &known)
{
    if (ctx.reference) {
        ctx.reference->addGroup(known);
        return Done;
    }
    if (sub.isEmpty())
        return ctx.out.fail(UsageError,
            QCoreApplication::translate("habeas::cli", "%1 needs a subcommand: %2")
                .arg(group, known));
    return ctx.out.fail(UsageError,
        QCoreApplication::translate("habeas::cli", "unknown subcommand \"%1 %2\"; known: %3")
            .arg(group, sub, known));
}

int runSubcommand(CliContext &ctx, const QStringList &args, const QString &group,
    const QList<Subcommand> &subcommands)
{
    const QString sub = args.value(0);
    QStringList names;
    for (const Subcommand &s : subcommands) {
        if (s.name == sub)
            return s.run(ctx, args.mid(1));
        names.append(s.name);
    }
    return unknownSubcommand(ctx, group, sub, names.join(u", "_s));
}

void addCaseOptions(ArgParser &parser)
{
    parser
        .option(u"title"_s, u"T"_s, QCoreApplication::translate("habeas::cli", "the case's title"))
        .option(u"kind"_s, u"K"_s,
            QCoreApplication::translate("habeas::cli",
                "private, public-interest, criminal-incidental-public-interest "
                "(刑事附带民事公益诉讼) "
                "or clinic"))
        .option(u"procuratorate-number"_s, u"N"_s,
            QCoreApplication::translate("habeas::cli",
                "public interest: the procuratorate's document number (文号), e.g. "
                "京海检民公诉〔2024〕1号; its 起诉书 carries it instead of the court's 案号"))
        .repeatable(u"prosecutor"_s, u"NAME[:TITLE]"_s,
            QCoreApplication::translate("habeas::cli",
                "public interest: a prosecutor handling the case, e.g. 王某:检察官 (repeat for "
                "each; the list given replaces the case's; one empty value clears it)"))
        .option(u"court"_s, u"C"_s,
            QCoreApplication::translate("habeas::cli", "the court, e.g. 北京互联网法院"))
        .option(u"number"_s, u"N"_s,
            QCoreApplication::translate("habeas::cli", "the case number (案号)"))
        .option(u"cause"_s, u"C"_s,
            QCoreApplication::translate(
                "habeas::cli", "the cause of action (案由), e.g. 个人信息保护纠纷"))
        .option(u"stage"_s, u"S"_s,
            QCoreApplication::translate("habeas::cli",
                "intake, investigation, pre-filing, filed, first-instance, appeal, enforcement or "
                "closed"))
        .option(u"filed-on"_s, u"D"_s,
            QCoreApplication::translate("habeas::cli", "the filing date, e.g. 2021-01-27"))
        .option(u"closed-on"_s, u"D"_s,
            QCoreApplication::translate("habeas::cli",
                "the day the case ended (empty: still open); no deadline starts after it"))
        .option(u"notes"_s, u"TEXT"_s, QCoreApplication::translate("habeas::cli", "free notes"));
}

Status applyCaseOptions(const ArgParser &parser, CaseRecord &record)
{
    copyTextOptions(parser,
        { { u"title", &CaseRecord::title }, { u"court", &CaseRecord::court },
            { u"number", &CaseRecord::number }, { u"cause", &CaseRecord::cause },
            { u"notes", &CaseRecord::notes },
            { u"procuratorate-number", &CaseRecord::procuratorateNumber } },
        record);
    if (auto st = parseEnum(parser, u"kind"_s, &caseKindFromId,
            u"private, public-interest, criminal-incidental-public-interest, clinic"_s,
            record.kind);
        !st.ok())
        return st;
    if (auto st = parseEnum(parser, u"stage"_s, &caseStageFromId,
            u"intake, investigation, pre-filing, filed, first-instance, appeal, enforcement, closed"_s,
            record.stage);
        !st.ok())
        return st;
    if (auto st = copyDateIfSet(parser, u"filed-on"_s, record.filedOn); !st.ok())
        return st;
    // An empty value reopens the case.
    if (auto st = copyDateIfSet(parser, u"closed-on"_s, record.closedOn); !st.ok())
        return st;
    return rejectProblems(validateCase(record));
}

void addPartyOptions(ArgParser &parser, bool forAdd)
{
    parser
        .option(u"role"_s, u"R"_s,
            QCoreApplication::translate("habeas::cli",
                "plaintiff, defendant, third-party, public-interest-plaintiff or agent"))
        .option(u"type"_s, u"T"_s, QCoreApplication::translate("habeas::cli", "person or org"))
        .option(
            u"name"_s, u"N"_s, QCoreApplication::translate("habeas::cli", "name (姓名 or 名称)"))
        .option(u"sex"_s, u"S"_s, QCoreApplication::translate("habeas::cli", "male or female"))
        .option(u"birth-date"_s, u"D"_s,
            QCoreApplication::translate("habeas::cli", "birth date, e.g. 1990-03-07"))
        .option(u"ethnicity"_s, u"E"_s,
            QCoreApplication::translate("habeas::cli", "ethnicity (民族), e.g. 汉族"))
        .option(u"occupation"_s, u"O"_s, QCoreApplication::translate("habeas::cli", "occupation"))
        .option(u"employer"_s, u"W"_s,
            QCoreApplication::translate("habeas::cli", "employer (工作单位)"))
        .option(u"id-number"_s, u"ID"_s,
            QCoreApplication::translate(
                "habeas::cli", "resident ID number (18 characters, checked)"))
        .option(u"uscc"_s, u"CODE"_s,
            QCoreApplication::translate(
                "habeas::cli", "unified social credit code (18 characters, checked)"))
        .option(u"address"_s, u"A"_s, QCoreApplication::translate("habeas::cli", "domicile (住所)"))
        .option(u"phone"_s, u"P"_s,
            QCoreApplication::translate("habeas::cli", "phone or other contact"))
        .option(u"legal-rep"_s, u"N"_s,
            QCoreApplication::translate("habeas::cli", "legal representative (organisation)"))
        .option(u"legal-rep-title"_s, u"T"_s,
            QCoreApplication::translate("habeas::cli", "the legal representative's title"))
        .option(u"represents"_s, u"PARTY"_s,
            QCoreApplication::translate(
                "habeas::cli", "for an agent: the id of the party represented"))
        .option(u"agency"_s, u"K"_s,
            QCoreApplication::translate("habeas::cli",
                "for an agent: entrusted (委托诉讼代理人, at most two per party) or statutory "
                "(法定代理人 of a minor or incapacitated party)"))
        .option(u"relation"_s, u"R"_s,
            QCoreApplication::translate(
                "habeas::cli", "for a statutory agent: the relation to the party, e.g. 父亲"))
        .option(u"authority"_s, u"A"_s,
            QCoreApplication::translate("habeas::cli",
                "for an entrusted agent: general or special (CPL 62); empty: not chosen"))
        .option(u"powers"_s, u"LIST"_s,
            QCoreApplication::translate("habeas::cli",
                "with special authority: the powers granted, comma-separated: admit, waive, "
                "modify, settle, counterclaim, appeal"));
    Q_UNUSED(forAdd)
}

Status applyPartyOptions(const ArgParser &parser, PartyRecord &p)
{
    copyTextOptions(parser,
        { { u"name", &PartyRecord::name }, { u"ethnicity", &PartyRecord::ethnicity },
            { u"occupation", &PartyRecord::occupation }, { u"employer", &PartyRecord::employer },
            { u"id-number", &PartyRecord::idNumber }, { u"uscc", &PartyRecord::uscc },
            { u"address", &PartyRecord::address }, { u"phone", &PartyRecord::phone },
            { u"legal-rep", &PartyRecord::legalRep },
            { u"legal-rep-title", &PartyRecord::legalRepTitle } },
        p);
    if (auto st = parseEnum(parser, u"role"_s, &partyRoleFromId,
            u"plaintiff, defendant, third-party, public-interest-plaintiff, agent"_s, p.role);
        !st.ok())
        return st;
    if (auto st = parseEnum(parser, u"type"_s, &partyTypeFromId, u"person, org"_s, p.type);
        !st.ok())
        return st;
    if (parser.isSet(u"sex"_s)) {
        if (parser.value(u"sex"_s).isEmpty())
            p.sex = Sex::Unspecified;
        else if (auto st = parseEnum(parser, u"sex"_s, &sexFromId, u"male, female"_s, p.sex);
                 !st.ok())
            return st;
    }
    if (auto st = copyDateIfSet(parser, u"birth-date"_s, p.birthDate); !st.ok())
        return st;
    if (parser.isSet(u"represents"_s)) {
        if (parser.value(u"represents"_s).isEmpty()) {
            p.representsId = 0;
        } else {
            auto id = CliContext::parseId(parser.value(u"represents"_s), u"--represents"_s);
            if (!id.ok())
                return id.error();
            p.representsId = id.value();
        }
    }
    parser.copyIfSet(u"relation"_s, p.relation);
    if (auto st =
            parseEnum(parser, u"agency"_s, &agencyFromId, u"entrusted, statutory"_s, p.agency);
        !st.ok())
        return st;
    if (parser.isSet(u"authority"_s)) {
        if (auto st = parseEnum(
                parser, u"authority"_s, &authorityFromId, u"general, special"_s, p.authority);
            !st.ok())
            return st;
        if (p.authority != Authority::Special && !parser.isSet(u"powers"_s))
            p.specialPowers.clear();
    }
    if (parser.isSet(u"powers"_s)) {
        p.specialPowers.clear();
        for (const QString &power : parser.value(u"powers"_s).split(u',', Qt::SkipEmptyParts))
            p.specialPowers.append(power.trimmed());
    }
    return rejectProblems(validateParty(p));
}

int runWithId(CliContext &ctx, const QStringList &args, const QString &command,
    const QString &idName, const QString &idHelp, CliContext::Access access,
    const std::function<int(Library &, qint64)> &act)
{
    ArgParser parser;
    parser.positional(idName, idHelp);
    if (auto done = parseArguments(ctx, parser, args, command))
        return *done;
    auto opened = ctx.openLibraryWithId(access, parser.positional(0), idName);
    if (!opened.ok())
        return ctx.out.fail(opened.error());
    return act(*opened.value().library, opened.value().id);
}

Status rejectProblems(const QList<FieldProblem> &problems)
{
    if (problems.isEmpty())
        return {};
    const FieldProblem &first = problems.first();
    return Error::input(u"--"_s + first.field + u": "_s + first.message);
}

} // namespace habeas::cli
