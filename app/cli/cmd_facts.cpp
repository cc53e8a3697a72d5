#include "cases/casejson.h"
#include "cases/casestore.h"
#include "cases/eventstore.h"
#include "claimoutput.h"
#include "commandhelpers.h"
#include "core/clock.h"
#include "damages/damagesstore.h"
#include "evidence/annotationstore.h"
#include "gapreportdocument.h"
#include "law/claimqueries.h"
#include "law/claimstore.h"
#include "pdfwriter.h"
#include "storage/filesync.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace habeas::cli {

namespace {

QJsonValue isoDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject outOfForceJson(const LawInTime &l)
{
    return { { u"reference"_s, l.reference },
        { u"citation"_s, l.citations.isEmpty() ? l.reference : l.citations.first() },
        { u"inForce"_s, isoDate(l.inForce) }, { u"ended"_s, isoDate(l.ended) },
        { u"bundled"_s, l.bundled } };
}

QJsonObject toJson(const ClaimRecord &c)
{
    QJsonArray elements;
    for (const ClaimElement &e : c.elements) {
        QJsonArray citations;
        for (const ElementCitation &ci : e.citations)
            citations.append(QJsonObject { { u"id"_s, ci.id }, { u"evidence"_s, ci.evidenceId },
                { u"exhibit"_s, ci.exhibit },
                { u"page"_s, ci.page ? QJsonValue(ci.page) : QJsonValue() },
                { u"region"_s, ci.region ? QJsonValue(ci.region) : QJsonValue() },
                { u"reference"_s, ci.reference() }, { u"note"_s, ci.note } });
        QJsonArray stale;
        for (const LawInTime &l : outOfForce(e.law))
            stale.append(outOfForceJson(l));
        elements.append(QJsonObject { { u"id"_s, e.id }, { u"text"_s, e.textZh },
            { u"burden"_s, toId(e.burden) }, { u"status"_s, toId(e.status) }, { u"note"_s, e.note },
            { u"citations"_s, citations }, { u"outOfForce"_s, stale },
            { u"applicableLaw"_s, QJsonArray::fromStringList(applicableCitations(e.law)) },
            { u"limb"_s, e.limb }, { u"offPath"_s, e.offPath },
            { u"adverseInference"_s, e.adverseInference } });
    }
    return { { u"id"_s, c.id }, { u"caseId"_s, c.caseId }, { u"theory"_s, c.theoryId },
        { u"name"_s, c.theoryName }, { u"heading"_s, claimHeading(c) },
        { u"ownHeading"_s, !c.heading.isEmpty() }, { u"alternative"_s, c.alternative },
        { u"needsAlternative"_s, c.needsAlternative() },
        { u"continuingUntil"_s,
            c.continuingUntil.isValid() ? QJsonValue(c.continuingUntil.toString(Qt::ISODate))
                                        : QJsonValue() },
        { u"elements"_s, elements } };
}

int claimAdd(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, QCoreApplication::translate("habeas::cli", "the case id"))
        .positional(u"THEORY"_s,
            QCoreApplication::translate("habeas::cli", "a theory id (habeas-cli theory list)"));
    if (auto done = parseArguments(ctx, parser, args, u"claim add"_s))
        return *done;
    auto opened = ctx.openLibraryWithId(CliContext::Access::Write, parser.positional(0), u"CASE"_s);
    if (!opened.ok())
        return ctx.out.fail(opened.error());
    auto &[library, caseId] = opened.value();
    auto id = library->claims().addClaim(caseId, parser.positional(1));
    if (!id.ok())
        return ctx.out.fail(id.error());
    printClaim(ctx, library->claims().claim(id.value()).value());
    return Done;
}

int claimList(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, QCoreApplication::translate("habeas::cli", "the case id"));
    if (auto done = parseArguments(ctx, parser, args, u"claim list"_s))
        return *done;
    auto opened = ctx.openLibraryWithId(CliContext::Access::Read, parser.positional(0), u"CASE"_s);
    if (!opened.ok())
        return ctx.out.fail(opened.error());
    auto &[library, caseId] = opened.value();
    const auto claims = library->claims().claims(caseId);
    if (!claims.ok())
        return ctx.out.fail(claims.error());
    QJsonArray array;
    for (const ClaimRecord &c : claims.value()) {
        int proven = 0;
        for (const ClaimElement &e : c.elements)
            proven += e.status == ElementStatus::Proven ? 1 : 0;
        if (ctx.out.json())
            array.append(toJson(c));
        else
            ctx.out.printLine(u"%1  %2  %3/%4"_s.arg(QString::number(c.id), c.theoryName)
                                  .arg(proven)
                                  .arg(c.elements.size()));
    }
    if (ctx.out.json())
        ctx.out.printJson(array);
    return Done;
}

int claimShow(CliContext &ctx, const QStringList &args)
{
    return runWithId(ctx, args, u"claim show"_s, u"CLAIM"_s,
        QCoreApplication::translate("habeas::cli", "the claim id"), CliContext::Access::Read,
        [&ctx](Library &library, qint64 id) {
            const auto c = library.claims().claim(id);
            if (!c.ok())
                return ctx.out.fail(c.error());
            printClaim(ctx, c.value());
            return int(Done);
        });
}

int claimCite(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CLAIM"_s, QCoreApplication::translate("habeas::cli", "the claim id"))
        .positional(u"ELEMENT"_s,
            QCoreApplication::translate("habeas::cli", "the element, by number or id"))
        .positional(u"EVIDENCE"_s, QCoreApplication::translate("habeas::cli", "the exhibit id"))
        .option(u"page"_s, u"P"_s,
            QCoreApplication::translate("habeas::cli", "the page of the exhibit"))
        .option(u"region"_s, u"R"_s,
            QCoreApplication::translate(
                "habeas::cli", "a region of the exhibit (habeas-cli evidence regions ID)"))
        .option(u"note"_s, u"TEXT"_s, QCoreApplication::translate("habeas::cli", "a note"));
    if (auto done = parseArguments(ctx, parser, args, u"claim cite"_s))
        return *done;
    auto claimId = CliContext::parseId(parser.positional(0), u"CLAIM"_s);
    auto evidenceId = CliContext::parseId(parser.positional(2), u"EVIDENCE"_s);
    if (!claimId.ok())
        return ctx.out.fail(claimId.error());
    if (!evidenceId.ok())
        return ctx.out.fail(evidenceId.error());
    int page = 0;
    if (parser.isSet(u"page"_s)) {
        auto p = CliContext::parseId(parser.value(u"page"_s), u"--page"_s);
        if (!p.ok())
            return ctx.out.fail(p.error());
        page = static_cast<int>(p.value());
    }
    auto library = ctx.openLibrary(CliContext::Access::Write);
    if (!library.ok())
        return ctx.out.fail(library.error());
    qint64 annotationId = 0;
    if (parser.isSet(u"region"_s)) {
        auto r = CliContext::parseId(parser.value(u"region"_s), u"--region"_s);
        if (!r.ok())
            return ctx.out.fail(r.error());
        const auto regions = library.value()->annotations().annotations(evidenceId.value());
        if (!regions.ok())
            return ctx.out.fail(regions.error());
        for (const Annotation &a : regions.value())
            if (a.region == r.value())
                annotationId = a.id;
        if (annotationId == 0)
            return ctx.out.fail(UsageError,
                QCoreApplication::translate("habeas::cli", "exhibit %1 has no region %2")
                    .arg(evidenceId.value())
                    .arg(r.value()));
    }
    auto id = library.value()->claims().cite(claimId.value(), parser.positional(1),
        evidenceId.value(), page, parser.value(u"note"_s), annotationId);
    if (!id.ok())
        return ctx.out.fail(id.error());
    printClaim(ctx, library.value()->claims().claim(claimId.value()).value());
    return Done;
}

int claimStatus(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CLAIM"_s, QCoreApplication::translate("habeas::cli", "the claim id"))
        .positional(u"ELEMENT"_s,
            QCoreApplication::translate("habeas::cli", "the element, by number or id"))
        .positional(u"STATUS"_s, u"unproven|supported|disputed|proven"_s)
        .option(u"note"_s, u"TEXT"_s, QCoreApplication::translate("habeas::cli", "a note"));
    if (auto done = parseArguments(ctx, parser, args, u"claim status"_s))
        return *done;
    auto claimId = CliContext::parseId(parser.positional(0), u"CLAIM"_s);
    if (!claimId.ok())
        return ctx.out.fail(claimId.error());
    const auto status = elementStatusFromId(parser.positional(2));
    if (!status)
        return ctx.out.fail(UsageError,
            QCoreApplication::translate(
                "habeas::cli", "STATUS must be unproven, supported, disputed or proven"));
    auto library = ctx.openLibrary(CliContext::Access::Write);
    if (!library.ok())
        return ctx.out.fail(library.error());
    if (auto st = library.value()->claims().setStatus(
            claimId.value(), parser.positional(1), *status, parser.value(u"note"_s));
        !st.ok())
        return ctx.out.fail(st.error());
    printClaim(ctx, library.value()->claims().claim(claimId.value()).value());
    return Done;
}

int claimContinuing(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CLAIM"_s, QCoreApplication::translate("habeas::cli", "the claim id"))
        .positional(u"DATE"_s,
            QCoreApplication::translate("habeas::cli",
                "the date until which the conduct went on (2022-03-01), or \"no\" to clear"));
    if (auto done = parseArguments(ctx, parser, args, u"claim continuing"_s))
        return *done;
    auto claimId = CliContext::parseId(parser.positional(0), u"CLAIM"_s);
    if (!claimId.ok())
        return ctx.out.fail(claimId.error());
    const QString text = parser.positional(1);
    const QDate until = QDate::fromString(text, Qt::ISODate);
    if (text != u"no"_s && !until.isValid())
        return ctx.out.fail(UsageError,
            QCoreApplication::translate(
                "habeas::cli", "DATE must be an ISO date such as 2022-03-01, or \"no\""));
    auto library = ctx.openLibrary(CliContext::Access::Write);
    if (!library.ok())
        return ctx.out.fail(library.error());
    if (auto st = library.value()->claims().setContinuingUntil(claimId.value(), until); !st.ok())
        return ctx.out.fail(st.error());
    printClaim(ctx, library.value()->claims().claim(claimId.value()).value());
    return Done;
}

// --csv and --pdf: the report written to files as well.
Status writeGapFiles(
    const ArgParser &parser, Library &library, qint64 caseId, const GapReport &report)
{
    const auto claims = library.claims().claims(caseId);
    if (!claims.ok())
        return claims.error();
    if (parser.isSet(u"csv"_s)) {
        const auto written =
            FileSync::writeAtomically(parser.value(u"csv"_s), gapReportCsv(report, claims.value()));
        if (!written.ok())
            return written.error();
    }
    if (parser.isSet(u"pdf"_s)) {
        const auto owner = library.cases().caseById(caseId);
        const doc::Document document = gapReportDocument(owner.ok() ? owner->title : QString(),
            report, claims.value(), Clock::now().date().toString(u"yyyy年M月d日"_s));
        if (auto written = savePdf(document, parser.value(u"pdf"_s)); !written.ok())
            return written.error();
    }
    return {};
}

QJsonObject gapReportJson(const GapReport &report, const QStringList &warnings)
{
    QJsonArray elements;
    for (const auto &g : report.elementsWithoutEvidence)
        elements.append(QJsonObject { { u"claim"_s, g.claimId }, { u"theory"_s, g.theoryId },
            { u"element"_s, g.element }, { u"text"_s, g.text } });
    QJsonArray unused;
    for (const auto &[id, exhibit] : report.evidenceProvingNothing)
        unused.append(QJsonObject { { u"evidence"_s, id }, { u"exhibit"_s, exhibit } });
    QJsonArray stale;
    for (const auto &o : report.lawOutOfForce) {
        QJsonArray articles;
        for (const LawInTime &l : o.articles)
            articles.append(outOfForceJson(l));
        stale.append(QJsonObject { { u"claim"_s, o.claimId }, { u"theory"_s, o.theoryId },
            { u"element"_s, o.element }, { u"factsFrom"_s, isoDate(o.conduct.from) },
            { u"factsTo"_s, isoDate(o.conduct.lastFact) },
            { u"continuingUntil"_s, isoDate(o.conduct.continuingUntil) },
            { u"articles"_s, articles },
            { u"pleadedInstead"_s, QJsonArray::fromStringList(o.pleadedInstead) },
            { u"noLawInForce"_s, o.noLawInForce } });
    }
    QJsonArray unchosen;
    for (const auto &u : report.alternativesNotChosen)
        unchosen.append(QJsonObject { { u"claim"_s, u.claimId }, { u"theory"_s, u.theoryId },
            { u"alternatives"_s, QJsonArray::fromStringList(u.limbs) } });
    return QJsonObject { { u"elementsWithoutEvidence"_s, elements },
        { u"evidenceProvingNothing"_s, unused }, { u"lawOutOfForce"_s, stale },
        { u"alternativesNotChosen"_s, unchosen },
        { u"warnings"_s, QJsonArray::fromStringList(warnings) } };
}

void printGapReport(CliContext &ctx, const GapReport &report)
{
    for (const auto &u : report.alternativesNotChosen)
        ctx.out.printLine(
            QCoreApplication::translate("habeas::cli",
                "%1  %2: no alternative chosen (claim alternative %1 LIMB); one of: %3")
                .arg(QString::number(u.claimId), u.theoryName, u.limbs.join(u"; "_s)));
    for (const auto &g : report.elementsWithoutEvidence)
        ctx.out.printLine(u"%1  %2  %3"_s.arg(QString::number(g.claimId), g.element, g.text));
    for (const auto &[id, exhibit] : report.evidenceProvingNothing)
        ctx.out.printLine(QCoreApplication::translate("habeas::cli", "%1 (id %2) proves no element")
                              .arg(exhibit)
                              .arg(id));
    for (const auto &o : report.lawOutOfForce) {
        for (const LawInTime &l : o.articles)
            ctx.out.printLine(u"%1  %2  ⚠ %3"_s.arg(
                QString::number(o.claimId), o.element, outOfForceText(l, o.conduct)));
        ctx.out.printLine(o.noLawInForce
                ? QCoreApplication::translate("habeas::cli",
                    "    no article of this element was in force: rest it on other law, "
                    "or mark the conduct continuing (claim continuing)")
                : QCoreApplication::translate("habeas::cli", "    pleaded instead under %1")
                      .arg(o.pleadedInstead.join(u"、"_s)));
    }
}

int claimGaps(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, QCoreApplication::translate("habeas::cli", "the case id"))
        .option(u"csv"_s, u"FILE"_s,
            QCoreApplication::translate("habeas::cli", "also write the report as CSV"))
        .option(u"pdf"_s, u"FILE"_s,
            QCoreApplication::translate("habeas::cli", "also write the report as PDF"));
    if (auto done = parseArguments(ctx, parser, args, u"claim gaps"_s))
        return *done;
    qint64 caseId = 0;
    auto library = ctx.openLibraryForCase(CliContext::Access::Read, parser.positional(0), caseId);
    if (!library.ok())
        return ctx.out.fail(library.error());
    const auto report = library.value()->claims().gaps(caseId);
    if (!report.ok())
        return ctx.out.fail(report.error());
    // Mental distress claimed without the serious harm CC 1183(1) requires.
    const auto claimed = library.value()->damages().items(caseId, scenario::kClaimed);
    const QStringList warnings =
        claimed.ok() ? distressWarnings(claimed.value(), scenario::kClaimed) : QStringList();
    if (parser.isSet(u"csv"_s) || parser.isSet(u"pdf"_s))
        if (auto st = writeGapFiles(parser, *library.value(), caseId, report.value()); !st.ok())
            return ctx.out.fail(st.error());
    if (ctx.out.json())
        ctx.out.printJson(gapReportJson(report.value(), warnings));
    else
        printGapReport(ctx, report.value());
    if (!ctx.out.json())
        for (const QString &w : warnings)
            ctx.out.message(QCoreApplication::translate("habeas::cli", "warning: %1").arg(w));
    if (!report->isEmpty())
        return ctx.out.fail(
            CheckFailed, QCoreApplication::translate("habeas::cli", "the proof has gaps"));
    return Done;
}

int requestCommand(CliContext &ctx, const QStringList &args, bool set)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, QCoreApplication::translate("habeas::cli", "the case id"));
    if (set)
        parser.repeatable(u"text"_s, u"TEXT"_s,
            QCoreApplication::translate(
                "habeas::cli", "one 诉讼请求, in order (none: back to the theories' wording)"));
    if (auto done = parseArguments(ctx, parser, args, set ? u"request set"_s : u"request list"_s))
        return *done;
    qint64 caseId = 0;
    auto library = ctx.openLibraryForCase(
        set ? CliContext::Access::Write : CliContext::Access::Read, parser.positional(0), caseId);
    if (!library.ok())
        return ctx.out.fail(library.error());
    if (set)
        if (auto st = library.value()->claims().setRequests(caseId, parser.values(u"text"_s));
            !st.ok())
            return ctx.out.fail(st.error());
    const auto list = library.value()->claims().requests(caseId);
    if (!list.ok())
        return ctx.out.fail(list.error());
    if (ctx.out.json()) {
        ctx.out.printJson(QJsonArray::fromStringList(list.value()));
        return Done;
    }
    for (qsizetype i = 0; i < list->size(); ++i)
        ctx.out.printLine(u"%1. %2"_s.arg(i + 1).arg(list->at(i)));
    if (list->isEmpty())
        ctx.out.message(QCoreApplication::translate(
            "habeas::cli", "No wording of its own: the complaint uses the theories' wording."));
    return Done;
}

} // namespace

void printClaim(const CliContext &ctx, const ClaimRecord &c)
{
    if (ctx.out.json()) {
        ctx.out.printJson(toJson(c));
        return;
    }
    ctx.out.printLine(u"%1  %2 (%3)"_s.arg(QString::number(c.id), c.theoryName, c.theoryId));
    ctx.out.printLine(
        QCoreApplication::translate("habeas::cli", "  heading: %1%2")
            .arg(claimHeading(c),
                c.heading.isEmpty() ? QCoreApplication::translate("habeas::cli", " (the theory's)")
                                    : QString()));
    if (c.needsAlternative())
        ctx.out.printLine(QCoreApplication::translate("habeas::cli",
            "  ⚠ no alternative chosen: only the elements common to all count "
            "(claim alternative CLAIM LIMB)"));
    else if (!c.alternative.isEmpty())
        ctx.out.printLine(
            QCoreApplication::translate("habeas::cli", "  alternative: %1").arg(c.alternative));
    for (const ClaimElement &e : c.elements) {
        if (e.offPath)
            continue;
        QStringList exhibits;
        for (const ElementCitation &ci : e.citations)
            exhibits << ci.reference();
        ctx.out.printLine(
            u"  %1  %2  %3%4"_s.arg(e.id.section(u'.', -1), toId(e.status).leftJustified(9),
                e.textZh, exhibits.isEmpty() ? QString() : u"  ← "_s + exhibits.join(u", "_s)));
        if (e.adverseInference)
            ctx.out.printLine(QCoreApplication::translate("habeas::cli",
                "      adverse inference: the processor withholds the evidence (EvP 95)"));
        for (const LawInTime &l : outOfForce(e.law))
            ctx.out.printLine(u"      ⚠ "_s + outOfForceText(l, e.conduct));
    }
    if (c.continuingUntil.isValid())
        ctx.out.printLine(
            QCoreApplication::translate("habeas::cli", "  conduct continuing until %1")
                .arg(c.continuingUntil.toString(Qt::ISODate)));
}

int eventAdd(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, QCoreApplication::translate("habeas::cli", "the case id"))
        .option(u"date"_s, u"D"_s,
            QCoreApplication::translate("habeas::cli", "2021-01-20, 2021-01 or 2021"))
        .option(u"precision"_s, u"P"_s,
            QCoreApplication::translate(
                "habeas::cli", "day, month, year or approx (default: from the date)"))
        .option(u"text"_s, u"T"_s, QCoreApplication::translate("habeas::cli", "the fact"))
        .repeatable(u"evidence"_s, u"ID"_s,
            QCoreApplication::translate("habeas::cli", "an exhibit that proves it"))
        .flag(u"disputed"_s,
            QCoreApplication::translate("habeas::cli", "the other side disputes it"));
    if (auto done = parseArguments(ctx, parser, args, u"event add"_s))
        return *done;
    if (!parser.isSet(u"date"_s) || !parser.isSet(u"text"_s))
        return ctx.out.fail(UsageError,
            QCoreApplication::translate(
                "habeas::cli", "event add: --date and --text are required"));
    auto caseId = CliContext::parseId(parser.positional(0), u"CASE"_s);
    if (!caseId.ok())
        return ctx.out.fail(caseId.error());
    EventRecord e;
    e.caseId = caseId.value();
    e.date = parser.value(u"date"_s);
    e.text = parser.value(u"text"_s);
    e.disputed = parser.isSet(u"disputed"_s);
    e.precision = e.date.size() == 4 ? DatePrecision::Year
        : e.date.size() == 7         ? DatePrecision::Month
                                     : DatePrecision::Day;
    if (parser.isSet(u"precision"_s)) {
        const auto p = datePrecisionFromId(parser.value(u"precision"_s));
        if (!p)
            return ctx.out.fail(UsageError,
                QCoreApplication::translate(
                    "habeas::cli", "--precision must be day, month, year or approx"));
        e.precision = *p;
    }
    for (const QString &text : parser.values(u"evidence"_s)) {
        auto id = CliContext::parseId(text, u"--evidence"_s);
        if (!id.ok())
            return ctx.out.fail(id.error());
        e.evidenceIds << id.value();
    }
    auto library = ctx.openLibrary(CliContext::Access::Write);
    if (!library.ok())
        return ctx.out.fail(library.error());
    if (auto c = library.value()->cases().caseById(e.caseId); !c.ok())
        return ctx.out.fail(c.error());
    auto id = library.value()->events().addEvent(e);
    if (!id.ok())
        return ctx.out.fail(id.error());
    for (const EventRecord &added : library.value()->events().events(e.caseId).value())
        if (added.id == id.value()) {
            if (ctx.out.json())
                ctx.out.printJson(habeas::toJson(added));
            else
                ctx.out.printLine(QCoreApplication::translate("habeas::cli", "Added event %1: %2")
                                      .arg(id.value())
                                      .arg(added.displayDate()));
        }
    return Done;
}

int eventList(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, QCoreApplication::translate("habeas::cli", "the case id"));
    if (auto done = parseArguments(ctx, parser, args, u"event list"_s))
        return *done;
    qint64 caseId = 0;
    auto library = ctx.openLibraryForCase(CliContext::Access::Read, parser.positional(0), caseId);
    if (!library.ok())
        return ctx.out.fail(library.error());
    const auto events = library.value()->events().events(caseId);
    if (!events.ok())
        return ctx.out.fail(events.error());
    QJsonArray array;
    for (const EventRecord &e : events.value()) {
        if (ctx.out.json())
            array.append(habeas::toJson(e));
        else
            ctx.out.printLine(u"%1  %2%3"_s.arg(e.displayDate(), e.text,
                e.disputed ? QCoreApplication::translate("habeas::cli", "  (disputed)")
                           : QString()));
    }
    if (ctx.out.json())
        ctx.out.printJson(array);
    return Done;
}

int runRequestCommand(CliContext &ctx, const QStringList &args)
{
    return runSubcommand(ctx, args, u"request"_s,
        {
            { u"list"_s,
                [](CliContext &c, const QStringList &a) {
                    return requestCommand(c, a, false);
                } },
            { u"set"_s,
                [](CliContext &c, const QStringList &a) {
                    return requestCommand(c, a, true);
                } },
            { u"demand"_s,
                [](CliContext &c, const QStringList &a) {
                    return runRequestLetterCommand(c, u"demand"_s, a);
                } },
            { u"apology"_s,
                [](CliContext &c, const QStringList &a) {
                    return runRequestLetterCommand(c, u"apology"_s, a);
                } },
        });
}

int runEventCommand(CliContext &ctx, const QStringList &args)
{
    return runSubcommand(ctx, args, u"event"_s,
        {
            { u"add"_s, eventAdd },
            { u"list"_s, eventList },
        });
}

int runClaimCommand(CliContext &ctx, const QStringList &args)
{
    return runSubcommand(ctx, args, u"claim"_s,
        {
            { u"add"_s, claimAdd },
            { u"list"_s, claimList },
            { u"show"_s, claimShow },
            { u"cite"_s, claimCite },
            { u"status"_s, claimStatus },
            { u"continuing"_s, claimContinuing },
            { u"heading"_s, claimHeadingCommand },
            { u"alternative"_s, claimAlternativeCommand },
            { u"adverse"_s, claimAdverseCommand },
            { u"gaps"_s, claimGaps },
        });
}

} // namespace habeas::cli
