// Exhibit order, regions of pages, and the full-text search over evidence.
#include "commandhelpers.h"
#include "evidence/annotationstore.h"
#include "evidence/evidencestore.h"
#include "evidence/evidencetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace habeas::cli {

namespace {

Result<int> positiveNumber(const ArgParser &parser, const QString &option)
{
    bool ok = false;
    const int n = parser.value(option).toInt(&ok);
    if (!ok || n < 1)
        return Error::input(
            QCoreApplication::translate("habeas::cli", "--%1 must be 1 or more").arg(option));
    return n;
}

QJsonObject toJson(const Annotation &a, const QString &citation)
{
    return { { u"id"_s, a.id }, { u"evidenceId"_s, a.evidenceId }, { u"region"_s, a.region },
        { u"page"_s, a.page }, { u"kind"_s, toId(a.kind) }, { u"x"_s, a.rect.x() },
        { u"y"_s, a.rect.y() }, { u"width"_s, a.rect.width() }, { u"height"_s, a.rect.height() },
        { u"note"_s, a.note }, { u"citation"_s, citation } };
}

// "x,y,w,h" in fractions of the page.
Result<QRectF> parseRect(const QString &text)
{
    const QStringList parts = text.split(u',');
    QList<double> v;
    for (const QString &p : parts) {
        bool ok = false;
        v << p.trimmed().toDouble(&ok);
        if (!ok)
            break;
    }
    if (parts.size() != 4 || v.size() != 4)
        return Error::input(QCoreApplication::translate("habeas::cli",
            "--rect is x,y,width,height in fractions of the page, e.g. 0.1,0.2,0.5,0.1"));
    return QRectF(v[0], v[1], v[2], v[3]);
}

} // namespace

int runEvidenceMove(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"ID"_s, QCoreApplication::translate("habeas::cli", "the exhibit id"))
        .option(u"to"_s, u"POSITION"_s,
            QCoreApplication::translate("habeas::cli", "its new place in the group, from 1"))
        .option(u"group"_s, u"G"_s,
            QCoreApplication::translate("habeas::cli", "move it into another group"));
    if (auto done = parseArguments(ctx, parser, args, u"evidence move"_s))
        return *done;
    if (!parser.isSet(u"to"_s))
        return ctx.out.fail(UsageError,
            QCoreApplication::translate("habeas::cli", "evidence move: --to is required"));
    auto id = CliContext::parseId(parser.positional(0), u"ID"_s);
    if (!id.ok())
        return ctx.out.fail(id.error());
    const auto position = positiveNumber(parser, u"to"_s);
    if (!position.ok())
        return ctx.out.fail(position.error());
    int group = 0;
    if (parser.isSet(u"group"_s)) {
        const auto g = positiveNumber(parser, u"group"_s);
        if (!g.ok())
            return ctx.out.fail(g.error());
        group = g.value();
    }
    auto library = ctx.openLibrary(CliContext::Access::Write);
    if (!library.ok())
        return ctx.out.fail(library.error());
    EvidenceStore &store = library.value()->evidence();
    if (auto st = store.moveItem(id.value(), position.value(), group); !st.ok())
        return ctx.out.fail(st.error());
    const EvidenceRecord moved = store.item(id.value()).value();
    const auto all = store.items(moved.caseId);
    if (!all.ok())
        return ctx.out.fail(all.error());
    if (ctx.out.json()) {
        QJsonArray order;
        for (const EvidenceRecord &r : all.value())
            order.append(QJsonObject { { u"id"_s, r.id }, { u"exhibit"_s, r.exhibitNumber() } });
        ctx.out.printJson(QJsonObject { { u"id"_s, moved.id },
            { u"exhibit"_s, moved.exhibitNumber() }, { u"order"_s, order } });
        return Done;
    }
    ctx.out.printLine(QCoreApplication::translate("habeas::cli", "Exhibit %1 is now %2.")
                          .arg(moved.id)
                          .arg(moved.exhibitNumber()));
    for (const EvidenceRecord &r : all.value())
        ctx.out.printLine(u"  %1  %2"_s.arg(r.exhibitNumber(), r.title));
    return Done;
}

int runEvidenceAnnotate(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"ID"_s, QCoreApplication::translate("habeas::cli", "the exhibit id"))
        .option(
            u"page"_s, u"P"_s, QCoreApplication::translate("habeas::cli", "the page, default 1"))
        .option(u"rect"_s, u"X,Y,W,H"_s,
            QCoreApplication::translate(
                "habeas::cli", "the region, in fractions of the page (0,0 is the top left)"))
        .option(u"kind"_s, u"highlight|redaction"_s,
            QCoreApplication::translate("habeas::cli", "a highlight (default) or a redaction box"))
        .option(u"note"_s, u"TEXT"_s,
            QCoreApplication::translate("habeas::cli", "what the region shows"));
    if (auto done = parseArguments(ctx, parser, args, u"evidence annotate"_s))
        return *done;
    auto id = CliContext::parseId(parser.positional(0), u"ID"_s);
    if (!id.ok())
        return ctx.out.fail(id.error());
    if (!parser.isSet(u"rect"_s))
        return ctx.out.fail(UsageError,
            QCoreApplication::translate("habeas::cli", "evidence annotate: --rect is required"));
    const auto rect = parseRect(parser.value(u"rect"_s));
    if (!rect.ok())
        return ctx.out.fail(rect.error());
    Annotation a;
    a.evidenceId = id.value();
    a.rect = rect.value();
    a.note = parser.value(u"note"_s);
    if (parser.isSet(u"page"_s)) {
        const auto page = positiveNumber(parser, u"page"_s);
        if (!page.ok())
            return ctx.out.fail(page.error());
        a.page = page.value();
    }
    if (parser.isSet(u"kind"_s)) {
        const auto kind = annotationKindFromId(parser.value(u"kind"_s));
        if (!kind)
            return ctx.out.fail(UsageError,
                QCoreApplication::translate("habeas::cli", "--kind is highlight or redaction"));
        a.kind = *kind;
    }
    auto library = ctx.openLibrary(CliContext::Access::Write);
    if (!library.ok())
        return ctx.out.fail(library.error());
    AnnotationStore &store = library.value()->annotations();
    const auto added = store.add(a);
    if (!added.ok())
        return ctx.out.fail(added.error());
    const Annotation stored = store.annotation(added.value()).value();
    const QString citation = store.citation(stored.id).value();
    if (ctx.out.json())
        ctx.out.printJson(toJson(stored, citation));
    else
        ctx.out.printLine(QCoreApplication::translate("habeas::cli", "Added region %1 (id %2): %3")
                              .arg(stored.region)
                              .arg(stored.id)
                              .arg(citation));
    return Done;
}

int runEvidenceRegions(CliContext &ctx, const QStringList &args)
{
    return runWithId(ctx, args, u"evidence regions"_s, u"ID"_s,
        QCoreApplication::translate("habeas::cli", "the exhibit id"), CliContext::Access::Read,
        [&ctx](Library &library, qint64 id) {
            if (auto item = library.evidence().item(id); !item.ok())
                return ctx.out.fail(item.error());
            const auto list = library.annotations().annotations(id);
            if (!list.ok())
                return ctx.out.fail(list.error());
            QJsonArray array;
            QList<QStringList> rows;
            for (const Annotation &a : list.value()) {
                const QString citation = library.annotations().citation(a.id).value();
                array.append(toJson(a, citation));
                rows << QStringList { QString::number(a.id), citation, toId(a.kind),
                    u"%1,%2,%3,%4"_s.arg(a.rect.x())
                        .arg(a.rect.y())
                        .arg(a.rect.width())
                        .arg(a.rect.height()),
                    a.note };
            }
            if (ctx.out.json())
                ctx.out.printJson(array);
            else
                ctx.out.printTable({ QCoreApplication::translate("habeas::cli", "ID"),
                                       QCoreApplication::translate("habeas::cli", "Region"),
                                       QCoreApplication::translate("habeas::cli", "Kind"),
                                       QCoreApplication::translate("habeas::cli", "X,Y,W,H"),
                                       QCoreApplication::translate("habeas::cli", "Note") },
                    rows);
            return int(Done);
        });
}

int runSearchCommand(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser
        .positional(u"QUERY"_s,
            QCoreApplication::translate("habeas::cli", "the words to find (all must match)"))
        .option(u"case"_s, u"CASE"_s,
            QCoreApplication::translate("habeas::cli", "search one case only"));
    if (auto done = parseArguments(ctx, parser, args, u"search"_s))
        return *done;
    qint64 caseId = 0;
    auto library =
        ctx.openLibraryForCaseOrAll(CliContext::Access::Read, parser.value(u"case"_s), caseId);
    if (!library.ok())
        return ctx.out.fail(library.error());
    const auto hits = library.value()->evidenceText().search(parser.positional(0), caseId);
    if (!hits.ok())
        return ctx.out.fail(hits.error());
    const auto plain = [](QString snippet, const QString &open, const QString &close) {
        return snippet.replace(EvidenceText::kHitStart, open).replace(EvidenceText::kHitEnd, close);
    };
    if (ctx.out.json()) {
        QJsonArray array;
        for (const SearchHit &h : hits.value())
            array.append(QJsonObject { { u"evidenceId"_s, h.evidenceId }, { u"caseId"_s, h.caseId },
                { u"exhibit"_s, h.exhibit }, { u"title"_s, h.title }, { u"page"_s, h.page },
                { u"snippet"_s, plain(h.snippet, u"["_s, u"]"_s) } });
        ctx.out.printJson(array);
        return Done;
    }
    for (const SearchHit &h : hits.value()) {
        const QString where = h.page > 0
            ? QCoreApplication::translate("habeas::cli", "case %1, %2 (id %3), page %4")
                  .arg(h.caseId)
                  .arg(h.exhibit)
                  .arg(h.evidenceId)
                  .arg(h.page)
            : QCoreApplication::translate("habeas::cli", "case %1, %2 (id %3)")
                  .arg(h.caseId)
                  .arg(h.exhibit)
                  .arg(h.evidenceId);
        ctx.out.printLine(where + u"  "_s + h.title);
        ctx.out.printLine(u"    "_s + plain(h.snippet, u"["_s, u"]"_s));
    }
    if (hits->isEmpty())
        ctx.out.message(QCoreApplication::translate("habeas::cli", "Nothing found."));
    return Done;
}

} // namespace habeas::cli
