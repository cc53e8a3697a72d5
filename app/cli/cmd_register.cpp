// register import | stats | find | clear — the register of affected persons of a
// public-interest case.
#include "clicontext.h"
#include "commandhelpers.h"
#include "register/registerdamages.h"
#include "register/registerstore.h"
#include "validation/identitycodes.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace habeas::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::cli)
};

QJsonObject countsJson(const QMap<QString, qint64> &counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject statsJson(qint64 caseId, const RegisterStats &s)
{
    return QJsonObject {
        { u"caseId"_s, caseId },
        { u"source"_s, s.sourceName },
        { u"asOf"_s, s.asOf.toString(Qt::ISODate) },
        { u"rows"_s, s.rows },
        { u"unreadableRows"_s, s.unreadableRows },
        { u"invalidIdNumbers"_s, s.invalidIdNumbers },
        { u"duplicates"_s, s.duplicates },
        { u"records"_s, s.records },
        { u"minors"_s, s.minors },
        { u"under14"_s, s.under14 },
        { u"invalidPhones"_s, s.invalidPhones },
        { u"byCategory"_s, countsJson(s.byCategory) },
        { u"byProvince"_s, countsJson(s.byProvince) },
        { u"byAgeBand"_s, countsJson(s.byAgeBand) },
    };
}

QString countsText(const QMap<QString, qint64> &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
    return parts.isEmpty() ? Text::tr("none") : parts.join(u", "_s);
}

// The provinces by name and code (北京市 11); the JSON keeps the codes alone.
QMap<QString, qint64> provinceNames(const QMap<QString, qint64> &byCode)
{
    QMap<QString, qint64> named;
    for (auto it = byCode.cbegin(); it != byCode.cend(); ++it) {
        const QString name = provinceName(it.key());
        named.insert(name.isEmpty() ? it.key() : name + u' ' + it.key(), it.value());
    }
    return named;
}

void printStats(const Output &out, qint64 caseId, const RegisterStats &s)
{
    out.printFields({
        { Text::tr("Case"), QString::number(caseId) },
        { Text::tr("Source"), s.sourceName },
        { Text::tr("Ages as of"), s.asOf.toString(Qt::ISODate) },
        { Text::tr("Rows read"), QString::number(s.rows) },
        { Text::tr("Unreadable rows"), QString::number(s.unreadableRows) },
        { Text::tr("Invalid ID numbers"), QString::number(s.invalidIdNumbers) },
        { Text::tr("Duplicates"), QString::number(s.duplicates) },
        { Text::tr("Records (distinct persons)"), QString::number(s.records) },
        { Text::tr("Minors (under 18)"), QString::number(s.minors) },
        { Text::tr("Under 14"), QString::number(s.under14) },
        { Text::tr("Invalid phone numbers"), QString::number(s.invalidPhones) },
        { Text::tr("By category"), countsText(s.byCategory) },
        { Text::tr("By age band"), countsText(s.byAgeBand) },
        { Text::tr("By province"), countsText(provinceNames(s.byProvince)) },
    });
}

Result<QHash<RegisterRole, QString>> columnOptions(const QStringList &values)
{
    QHash<RegisterRole, QString> columns;
    for (const QString &v : values) {
        const qsizetype eq = v.indexOf(u'=');
        const auto role = eq > 0 ? registerRoleFromId(QStringView(v).left(eq)) : std::nullopt;
        if (!role || eq + 1 >= v.size())
            return Error::input(Text::tr("--column must be ROLE=HEADER with ROLE one of name, "
                                         "id-number, phone, address, category; not \"%1\"")
                                    .arg(v));
        columns.insert(*role, v.mid(eq + 1));
    }
    return columns;
}

void printImport(const Output &out, qint64 caseId, const RegisterImportReport &report,
    const QList<qint64> &recounted)
{
    QStringList recountedIds;
    for (qint64 id : recounted)
        recountedIds << QString::number(id);
    if (out.json()) {
        QJsonObject o = statsJson(caseId, report.stats);
        o.insert(u"damagesRecounted"_s, QJsonArray::fromStringList(recountedIds));
        QJsonArray unreadable;
        for (const UnreadableRow &r : report.unreadable)
            unreadable.append(QJsonObject { { u"line"_s, r.line }, { u"problem"_s, r.problem } });
        o.insert(u"unreadable"_s, unreadable);
        QJsonObject mapping;
        for (auto it = report.mapping.columns.cbegin(); it != report.mapping.columns.cend(); ++it)
            mapping.insert(toId(it.key()), report.header.value(it.value()));
        o.insert(u"columns"_s, mapping);
        o.insert(u"seconds"_s, report.seconds);
        out.printJson(o);
        return;
    }
    out.printLine(Text::tr("Imported the register of case %1 from %2 in %3 s.")
                      .arg(caseId)
                      .arg(report.stats.sourceName)
                      .arg(report.seconds, 0, 'f', 1));
    printStats(out, caseId, report.stats);
    if (!recounted.isEmpty())
        out.printLine(Text::tr("Per-record damages items counted again from the register: #%1.")
                          .arg(recountedIds.join(u", #"_s)));
    if (report.unreadable.isEmpty())
        return;
    out.printLine(report.stats.unreadableRows > report.unreadable.size()
            ? Text::tr("Rows that could not be read (the first %1):").arg(report.unreadable.size())
            : Text::tr("Rows that could not be read:"));
    for (const UnreadableRow &r : report.unreadable)
        out.printLine(Text::tr("  line %1: %2").arg(r.line).arg(r.problem));
}

Result<qint64> caseArgument(const ArgParser &parser)
{
    return CliContext::parseId(parser.positional(0), u"CASE"_s);
}

int importRegister(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, Text::tr("the public-interest case"))
        .positional(u"FILE"_s, Text::tr("the register: CSV (UTF-8 or GB18030) or XLSX"))
        .option(u"as-of"_s, u"DATE"_s,
            Text::tr(
                "the date of the conduct, for ages (default: the case's earliest chronology date)"))
        .repeatable(u"column"_s, u"ROLE=HEADER"_s,
            Text::tr("the column holding name, id-number, phone, address or category"))
        .option(u"sheet"_s, u"NAME"_s, Text::tr("XLSX: the sheet to read (default: the first)"));
    if (auto done = parseArguments(ctx, parser, args, u"register import"_s))
        return *done;
    const auto caseId = caseArgument(parser);
    if (!caseId.ok())
        return ctx.out.fail(caseId.error());
    RegisterImportOptions options;
    if (parser.isSet(u"as-of"_s)) {
        options.asOf = QDate::fromString(parser.value(u"as-of"_s), Qt::ISODate);
        if (!options.asOf.isValid() || parser.value(u"as-of"_s).size() != 10)
            return ctx.out.fail(UsageError,
                Text::tr("--as-of must be a date like 2021-01-20, not \"%1\"")
                    .arg(parser.value(u"as-of"_s)));
    }
    const auto columns = columnOptions(parser.values(u"column"_s));
    if (!columns.ok())
        return ctx.out.fail(columns.error());
    options.columns = columns.value();
    options.sheet = parser.value(u"sheet"_s);
    const QString path = parser.positional(1);
    if (!QFileInfo(path).isFile())
        return ctx.out.fail(UsageError, Text::tr("no file %1").arg(QDir::toNativeSeparators(path)));
    auto library = ctx.openLibraryForCase(CliContext::Access::Write, caseId.value());
    if (!library.ok())
        return ctx.out.fail(library.error());
    RegisterStore store(*library.value());
    const auto report = store.importFile(caseId.value(), path, options);
    if (!report.ok())
        return ctx.out.fail(report.error());
    // The damages that count from the register follow it (the GUI does the same).
    const auto recounted = recountFromRegister(*library.value(), caseId.value());
    if (!recounted.ok())
        return ctx.out.fail(recounted.error());
    printImport(ctx.out, caseId.value(), report.value(), recounted.value());
    return Done;
}

int stats(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, Text::tr("the public-interest case"));
    if (auto done = parseArguments(ctx, parser, args, u"register stats"_s))
        return *done;
    const auto caseId = caseArgument(parser);
    if (!caseId.ok())
        return ctx.out.fail(caseId.error());
    auto library = ctx.openLibraryForCase(CliContext::Access::Read, caseId.value());
    if (!library.ok())
        return ctx.out.fail(library.error());
    const auto s = RegisterStore(*library.value()).stats(caseId.value());
    if (!s.ok())
        return ctx.out.fail(s.error());
    if (s->isEmpty())
        return ctx.out.fail(UsageError,
            Text::tr("case %1 has no register of affected persons (register import)")
                .arg(caseId.value()));
    if (ctx.out.json())
        ctx.out.printJson(statsJson(caseId.value(), s.value()));
    else
        printStats(ctx.out, caseId.value(), s.value());
    return Done;
}

int find(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, Text::tr("the public-interest case"))
        .option(u"id-number"_s, u"X"_s, Text::tr("the resident ID number to look for"))
        .option(u"phone"_s, u"X"_s, Text::tr("the phone number to look for"));
    if (auto done = parseArguments(ctx, parser, args, u"register find"_s))
        return *done;
    const auto caseId = caseArgument(parser);
    if (!caseId.ok())
        return ctx.out.fail(caseId.error());
    const bool byId = parser.isSet(u"id-number"_s);
    if (byId == parser.isSet(u"phone"_s))
        return ctx.out.fail(
            UsageError, Text::tr("register find: give one of --id-number and --phone"));
    auto library = ctx.openLibraryForCase(CliContext::Access::Read, caseId.value());
    if (!library.ok())
        return ctx.out.fail(library.error());
    RegisterStore store(*library.value());
    const auto matches = byId ? store.findIdNumber(caseId.value(), parser.value(u"id-number"_s))
                              : store.findPhone(caseId.value(), parser.value(u"phone"_s));
    if (!matches.ok())
        return ctx.out.fail(matches.error());
    if (ctx.out.json()) {
        QJsonArray rows;
        for (const RegisterMatch &m : matches.value())
            rows.append(QJsonObject {
                { u"line"_s, m.line }, { u"category"_s, m.category }, { u"age"_s, m.age } });
        ctx.out.printJson(QJsonObject { { u"found"_s, !matches->isEmpty() }, { u"rows"_s, rows } });
        return Done;
    }
    if (matches->isEmpty()) {
        ctx.out.printLine(Text::tr("Not in the register of case %1.").arg(caseId.value()));
        return Done;
    }
    QList<QStringList> rows;
    for (const RegisterMatch &m : matches.value())
        rows.append({ QString::number(m.line), m.category,
            m.age < 0 ? QString() : QString::number(m.age) });
    ctx.out.printTable({ Text::tr("Line"), Text::tr("Category"), Text::tr("Age") }, rows);
    return Done;
}

int clear(CliContext &ctx, const QStringList &args)
{
    return runWithId(ctx, args, u"register clear"_s, u"CASE"_s,
        Text::tr("the case whose register to remove"), CliContext::Access::Write,
        [&ctx](Library &library, qint64 caseId) {
            if (auto st = RegisterStore(library).clear(caseId); !st.ok())
                return ctx.out.fail(st.error());
            if (ctx.out.json())
                ctx.out.printJson(QJsonObject { { u"caseId"_s, caseId }, { u"cleared"_s, true } });
            else
                ctx.out.printLine(Text::tr("Removed the register of case %1.").arg(caseId));
            return static_cast<int>(Done);
        });
}

} // namespace

int runRegisterCommand(CliContext &ctx, const QStringList &args)
{
    return runSubcommand(ctx, args, u"register"_s,
        {
            { u"import"_s, importRegister },
            { u"stats"_s, stats },
            { u"find"_s, find },
            { u"clear"_s, clear },
        });
}

} // namespace habeas::cli
