// deadline compute | add | edit | list | done | remove | ics — the procedural calendar.
#include "clicontext.h"
#include "commandhelpers.h"
#include "core/clock.h"
#include "deadlines/deadlinestore.h"
#include "deadlines/icalendar.h"
#include "itemmodels/deadlinemodel.h"
#include "storage/filesync.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace habeas::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::cli)
};

void addPeriodOptions(ArgParser &parser)
{
    parser.option(u"days"_s, u"N"_s, Text::tr("a period of N days"))
        .option(u"months"_s, u"N"_s, Text::tr("a period of N months"))
        .option(u"years"_s, u"N"_s, Text::tr("a period of N years"))
        .flag(u"working-days"_s,
            Text::tr("with --days: count working days of the official calendar"));
}

// The period the options give; amount 0 when none was given.
Result<Period> periodFrom(const ArgParser &parser)
{
    Period period;
    int given = 0;
    for (const auto &[name, unit] :
        { std::pair { u"days"_s, PeriodUnit::Days }, std::pair { u"months"_s, PeriodUnit::Months },
            std::pair { u"years"_s, PeriodUnit::Years } }) {
        if (!parser.isSet(name))
            continue;
        ++given;
        bool ok = false;
        const int n = parser.value(name).toInt(&ok);
        if (!ok || n <= 0)
            return Error::input(Text::tr("--%1 must be a whole number of at least 1, not \"%2\"")
                                    .arg(name, parser.value(name)));
        period = { unit, n };
    }
    if (given > 1)
        return Error::input(Text::tr("give one of --days, --months and --years"));
    if (parser.isSet(u"working-days"_s)) {
        if (period.unit != PeriodUnit::Days || period.amount == 0)
            return Error::input(Text::tr("--working-days counts the days given with --days"));
        period.unit = PeriodUnit::WorkingDays;
    }
    return period;
}

QJsonObject dueJson(const DueDate &d)
{
    return QJsonObject {
        { u"from"_s, d.from.toString(Qt::ISODate) },
        { u"period"_s,
            QJsonObject { { u"unit"_s, toId(d.period.unit) }, { u"amount"_s, d.period.amount } } },
        { u"nominal"_s, d.nominal.toString(Qt::ISODate) },
        { u"due"_s, d.due.toString(Qt::ISODate) },
        { u"extended"_s, d.extended },
        { u"reason"_s, d.reason },
        { u"working"_s, QJsonArray::fromStringList(d.working) },
        { u"warnings"_s, QJsonArray::fromStringList(d.warnings) },
    };
}

QJsonObject statusJson(const DeadlineStatus &s)
{
    QJsonObject o = s.computed ? dueJson(s.due) : QJsonObject {};
    o.insert(u"id"_s, s.record.id);
    o.insert(u"caseId"_s, s.record.caseId);
    o.insert(u"case"_s, s.caseTitle);
    o.insert(u"caseNumber"_s, s.caseNumber);
    o.insert(u"kind"_s, toId(s.record.kind));
    o.insert(u"title"_s, s.title());
    o.insert(u"basis"_s, basisText(s.record.kind));
    o.insert(u"countingBasis"_s, countingBasisText(s.record.kind));
    o.insert(u"from"_s, s.start.toString(Qt::ISODate));
    o.insert(u"startsFrom"_s, s.startSource);
    o.insert(u"period"_s,
        QJsonObject {
            { u"unit"_s, toId(s.record.period.unit) }, { u"amount"_s, s.record.period.amount } });
    o.insert(u"warnings"_s, QJsonArray::fromStringList(s.warnings));
    o.insert(u"done"_s, s.record.isDone());
    if (s.record.isDone())
        o.insert(u"doneAt"_s, s.record.doneAt);
    if (s.record.eventId)
        o.insert(u"eventId"_s, s.record.eventId);
    if (s.record.documentId)
        o.insert(u"documentId"_s, s.record.documentId);
    if (!s.record.note.isEmpty())
        o.insert(u"note"_s, s.record.note);
    if (s.computed) {
        o.insert(u"daysLeft"_s, s.daysLeft(Clock::today()));
        o.insert(u"overdue"_s, s.isOverdue(Clock::today()));
    } else {
        o.insert(u"problem"_s, s.problem);
    }
    return o;
}

void printStatus(const Output &out, const DeadlineStatus &s)
{
    QList<std::pair<QString, QString>> fields {
        { Text::tr("Deadline"), u"%1 — %2"_s.arg(s.record.id).arg(s.title()) },
        { Text::tr("Case"), u"%1 %2"_s.arg(s.caseNumber, s.caseTitle).trimmed() },
        { Text::tr("Due"), s.computed ? s.dueDate().toString(Qt::ISODate) : s.problem },
        { Text::tr("Period"),
            Text::tr("%1 from %2 (%3)")
                .arg(describePeriod(s.record.period), s.start.toString(Qt::ISODate),
                    s.startSource) },
    };
    if (const QString basis = basisText(s.record.kind); !basis.isEmpty())
        fields << std::pair { Text::tr("Basis"), basis };
    if (s.record.isDone())
        fields << std::pair { Text::tr("Done"), s.record.doneAt };
    out.printFields(fields);
    if (s.computed)
        for (const QString &line : s.due.working)
            out.printLine(u"  "_s + line);
    for (const QString &w : s.warnings)
        out.message(Text::tr("warning: %1").arg(w));
}

// What `add` and `edit` print: the deadline as it now stands, with its working.
int showDeadline(CliContext &ctx, const DeadlineStore &store, qint64 id)
{
    const auto s = store.status(id);
    if (!s.ok())
        return ctx.out.fail(s.error());
    if (ctx.out.json())
        ctx.out.printJson(statusJson(s.value()));
    else
        printStatus(ctx.out, s.value());
    return Done;
}

int compute(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.option(u"from"_s, u"DATE"_s, Text::tr("the day the period starts from (not counted)"));
    addPeriodOptions(parser);
    if (auto done = parseArguments(ctx, parser, args, u"deadline compute"_s))
        return *done;
    if (!parser.isSet(u"from"_s))
        return ctx.out.fail(UsageError, Text::tr("deadline compute: --from is required"));
    const auto from = parseIsoDay(parser.value(u"from"_s));
    if (!from.ok())
        return ctx.out.fail(from.error());
    const auto period = periodFrom(parser);
    if (!period.ok())
        return ctx.out.fail(period.error());
    if (period->amount == 0)
        return ctx.out.fail(UsageError,
            Text::tr("deadline compute: give the period with --days, --months or --years"));
    const auto due = computeDue(from.value(), period.value());
    if (!due.ok())
        return ctx.out.fail(due.error());
    if (ctx.out.json()) {
        ctx.out.printJson(dueJson(due.value()));
    } else {
        ctx.out.printLine(due->due.toString(Qt::ISODate));
        for (const QString &line : due->working)
            ctx.out.printLine(u"  "_s + line);
    }
    for (const QString &w : due->warnings)
        ctx.out.message(Text::tr("warning: %1").arg(w));
    return Done;
}

void addRecordOptions(ArgParser &parser)
{
    parser.option(u"from"_s, u"DATE"_s, Text::tr("the day the period starts from (not counted)"))
        .option(u"event"_s, u"ID"_s,
            Text::tr("the chronology event that starts it (its date is the start, and moves it)"))
        .option(u"document"_s, u"ID"_s,
            Text::tr("the generated document that starts it (the day it was generated)"));
    addPeriodOptions(parser);
    parser.option(u"title"_s, u"T"_s, Text::tr("what is due (default: the rule's name)"))
        .option(u"note"_s, u"TEXT"_s, Text::tr("a note"));
}

Status applyRecordOptions(const ArgParser &parser, DeadlineRecord &r)
{
    if (parser.isSet(u"from"_s)) {
        const auto from = parseIsoDay(parser.value(u"from"_s));
        if (!from.ok())
            return from.error();
        r.fromDate = from.value();
        r.eventId = 0;
        r.documentId = 0;
    }
    for (const auto &[name, target] :
        { std::pair { u"event"_s, &r.eventId }, std::pair { u"document"_s, &r.documentId } }) {
        if (!parser.isSet(name))
            continue;
        const auto id = CliContext::parseId(parser.value(name), u"--"_s + name);
        if (!id.ok())
            return id.error();
        *target = id.value();
    }
    const auto period = periodFrom(parser);
    if (!period.ok())
        return period.error();
    if (period->amount > 0)
        r.period = period.value();
    parser.copyIfSet(u"title"_s, r.title);
    parser.copyIfSet(u"note"_s, r.note);
    return {};
}

int add(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, Text::tr("the case id"));
    parser.option(u"kind"_s, u"KIND"_s,
        Text::tr("answer, appeal-judgment, appeal-ruling, evidence, retrial, enforcement, "
                 "limitation, public-notice, rights-request or custom"));
    addRecordOptions(parser);
    if (auto done = parseArguments(ctx, parser, args, u"deadline add"_s))
        return *done;
    const auto caseId = CliContext::parseId(parser.positional(0), u"CASE"_s);
    if (!caseId.ok())
        return ctx.out.fail(caseId.error());
    if (!parser.isSet(u"kind"_s))
        return ctx.out.fail(UsageError, Text::tr("deadline add: --kind is required"));
    const auto kind = deadlineKindFromId(parser.value(u"kind"_s));
    if (!kind)
        return ctx.out.fail(UsageError,
            Text::tr(
                "unknown deadline kind \"%1\"; one of answer, appeal-judgment, appeal-ruling, "
                "evidence, retrial, enforcement, limitation, public-notice, rights-request, custom")
                .arg(parser.value(u"kind"_s)));
    if (!parser.isSet(u"from"_s) && !parser.isSet(u"event"_s) && !parser.isSet(u"document"_s))
        return ctx.out.fail(UsageError,
            Text::tr("deadline add: give the start with --from, --event or --document"));
    DeadlineRecord r;
    r.caseId = caseId.value();
    r.kind = *kind;
    if (auto st = applyRecordOptions(parser, r); !st.ok())
        return ctx.out.fail(st.error());
    auto library = ctx.openLibraryForCase(CliContext::Access::Write, r.caseId);
    if (!library.ok())
        return ctx.out.fail(library.error());
    DeadlineStore &store = library.value()->deadlines();
    const auto id = store.add(r);
    if (!id.ok())
        return ctx.out.fail(id.error());
    return showDeadline(ctx, store, id.value());
}

int edit(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"ID"_s, Text::tr("the deadline id"));
    addRecordOptions(parser);
    if (auto done = parseArguments(ctx, parser, args, u"deadline edit"_s))
        return *done;
    auto opened = ctx.openLibraryWithId(CliContext::Access::Write, parser.positional(0), u"ID"_s);
    if (!opened.ok())
        return ctx.out.fail(opened.error());
    auto &[library, id] = opened.value();
    DeadlineStore &store = library->deadlines();
    auto r = store.deadline(id);
    if (!r.ok())
        return ctx.out.fail(r.error());
    DeadlineRecord record = r.value();
    if (auto st = applyRecordOptions(parser, record); !st.ok())
        return ctx.out.fail(st.error());
    if (auto st = store.update(record); !st.ok())
        return ctx.out.fail(st.error());
    return showDeadline(ctx, store, id);
}

// The deadlines of the case a CASE argument names (of every case when it is empty), with the
// library they were read from.
struct CaseDeadlines {
    std::unique_ptr<Library> library;
    QList<DeadlineStatus> statuses;
};

Result<CaseDeadlines> readDeadlines(const CliContext &ctx, const QString &caseArgument)
{
    qint64 caseId = 0;
    auto library = ctx.openLibraryForCaseOrAll(CliContext::Access::Read, caseArgument, caseId);
    if (!library.ok())
        return library.error();
    auto statuses = library.value()->deadlines().statuses(caseId);
    if (!statuses.ok())
        return statuses.error();
    return CaseDeadlines { std::move(library).value(), std::move(statuses).value() };
}

int list(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, Text::tr("the case id (default: every case)"), true)
        .option(u"due-within"_s, u"DAYS"_s,
            Text::tr("only open deadlines due within DAYS days from today (overdue ones included)"))
        .flag(u"overdue"_s, Text::tr("only open deadlines whose day has passed"))
        .flag(u"all"_s, Text::tr("done deadlines too"));
    if (auto done = parseArguments(ctx, parser, args, u"deadline list"_s))
        return *done;
    int within = -1;
    if (parser.isSet(u"due-within"_s)) {
        bool ok = false;
        within = parser.value(u"due-within"_s).toInt(&ok);
        if (!ok || within < 0)
            return ctx.out.fail(UsageError,
                Text::tr("--due-within must be a number of days, not \"%1\"")
                    .arg(parser.value(u"due-within"_s)));
    }
    const auto read = readDeadlines(ctx, parser.positional(0));
    if (!read.ok())
        return ctx.out.fail(read.error());
    const QDate today = Clock::today();
    QList<DeadlineStatus> shown;
    for (const DeadlineStatus &s : read->statuses) {
        const bool show = parser.isSet(u"overdue"_s)
            ? DeadlineFilter::accepts(s, DeadlineFilter::Show::Overdue, today)
            : within >= 0 ? DeadlineFilter::accepts(s, DeadlineFilter::Show::Open, today)
                && s.computed && s.daysLeft(today) <= within
            : parser.isSet(u"all"_s)
            ? true
            : DeadlineFilter::accepts(s, DeadlineFilter::Show::Open, today);
        if (show)
            shown << s;
    }
    ctx.out.printList(shown, statusJson,
        { Text::tr("Id"), Text::tr("Due"), Text::tr("When"), Text::tr("Deadline"),
            Text::tr("Case") },
        [&](const DeadlineStatus &s) {
            QString when;
            if (s.record.isDone())
                when = Text::tr("done");
            else if (s.computed)
                when = describeDaysLeft(s.daysLeft(today));
            return QStringList { QString::number(s.record.id),
                s.computed ? s.dueDate().toString(Qt::ISODate) : Text::tr("(cannot be computed)"),
                when, s.title() + (s.warnings.isEmpty() ? QString() : u" ⚠"_s),
                s.caseNumber.isEmpty() ? s.caseTitle : s.caseNumber };
        });
    return Done;
}

int setDone(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"ID"_s, Text::tr("the deadline id"))
        .flag(u"reopen"_s, Text::tr("mark it open again"));
    if (auto done = parseArguments(ctx, parser, args, u"deadline done"_s))
        return *done;
    auto opened = ctx.openLibraryWithId(CliContext::Access::Write, parser.positional(0), u"ID"_s);
    if (!opened.ok())
        return ctx.out.fail(opened.error());
    auto &[library, id] = opened.value();
    const bool done = !parser.isSet(u"reopen"_s);
    if (auto st = library->deadlines().setDone(id, done); !st.ok())
        return ctx.out.fail(st.error());
    if (ctx.out.json())
        ctx.out.printJson(QJsonObject { { u"id"_s, id }, { u"done"_s, done } });
    else
        ctx.out.printLine(
            (done ? Text::tr("Deadline %1 is done.") : Text::tr("Deadline %1 is open again."))
                .arg(id));
    return Done;
}

int remove(CliContext &ctx, const QStringList &args)
{
    return runWithId(ctx, args, u"deadline remove"_s, u"ID"_s, Text::tr("the deadline id"),
        CliContext::Access::Write, [&ctx](Library &library, qint64 id) {
            if (auto st = library.deadlines().trash(id); !st.ok())
                return ctx.out.fail(st.error());
            if (ctx.out.json())
                ctx.out.printJson(QJsonObject { { u"id"_s, id }, { u"removed"_s, true } });
            else
                ctx.out.printLine(Text::tr("Removed deadline %1.").arg(id));
            return static_cast<int>(Done);
        });
}

int ics(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, Text::tr("the case id (default: every case)"), true)
        .option(u"out"_s, u"FILE"_s, Text::tr("the .ics file to write"));
    if (auto done = parseArguments(ctx, parser, args, u"deadline ics"_s))
        return *done;
    if (!parser.isSet(u"out"_s))
        return ctx.out.fail(UsageError, Text::tr("deadline ics: --out is required"));
    const auto read = readDeadlines(ctx, parser.positional(0));
    if (!read.ok())
        return ctx.out.fail(read.error());
    const auto events =
        calendarEvents(read->statuses, read->library->deadlines().calendarUidPrefix());
    const QByteArray bytes = writeICalendar(events, Clock::now());
    const QString path = parser.value(u"out"_s);
    if (const auto written = FileSync::writeAtomically(path, bytes); !written.ok())
        return ctx.out.fail(LibraryError, written.error().message);
    if (ctx.out.json())
        ctx.out.printJson(QJsonObject {
            { u"out"_s, path }, { u"events"_s, static_cast<qint64>(events.size()) } });
    else
        ctx.out.printLine(Text::tr("Wrote %1 deadline(s) to %2")
                              .arg(events.size())
                              .arg(QDir::toNativeSeparators(path)));
    return Done;
}

} // namespace

int runDeadlineCommand(CliContext &ctx, const QStringList &args)
{
    return runSubcommand(ctx, args, u"deadline"_s,
        {
            { u"compute"_s, compute },
            { u"add"_s, add },
            { u"edit"_s, edit },
            { u"list"_s, list },
            { u"done"_s, setDone },
            { u"remove"_s, remove },
            { u"ics"_s, ics },
        });
}

} // namespace habeas::cli
