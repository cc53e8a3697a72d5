// habeas-cli review: the clinic's review comments on a case, and bringing a supervisor's
// comments back from a bundle onto the case they were written on.

#include "bundle/casebundle.h"
#include "bundlehelpers.h"
#include "commandhelpers.h"
#include "itemmodels/reviewmodel.h"
#include "review/reviewstore.h"
#include "storage/library.h"
#include "templateregistry.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace habeas::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::cli)
};

// The library, with the documents' names for the anchors' labels.
Result<std::unique_ptr<Library>> openFor(CliContext &ctx, CliContext::Access access, qint64 caseId)
{
    auto library = ctx.openLibraryForCase(access, caseId);
    if (library.ok()) {
        auto registry = std::make_shared<TemplateRegistry>(ctx.libraryPath);
        library.value()->review().setDocumentNamer([registry](const QString &id) {
            const TemplateInfo *info = registry->find(id);
            return info ? info->name : id;
        });
    }
    return library;
}

// element:CLAIM:ELEMENT, region:ID, request:N or document:ID.
Result<ReviewAnchor> parseAnchor(ReviewStore &store, qint64 caseId, const QString &text)
{
    const QStringList parts = text.split(u':');
    const QString kind = parts.value(0);
    const auto number = [&](int i) {
        return parts.value(i).toLongLong();
    };
    if (kind == u"element"_s && parts.size() == 3 && number(1) > 0 && !parts.at(2).isEmpty())
        return store.anchorElement(number(1), parts.at(2));
    if (parts.size() == 2 && number(1) > 0) {
        if (kind == u"region"_s)
            return store.anchorRegion(number(1));
        if (kind == u"request"_s)
            return store.anchorRequest(caseId, int(number(1)));
        if (kind == u"document"_s)
            return store.anchorDocument(number(1));
    }
    return Error::input(
        Text::tr("--on: \"%1\" is not element:CLAIM:ELEMENT, region:ID, request:N or "
                 "document:ID")
            .arg(text));
}

QString stateOf(const ReviewComment &c)
{
    if (c.hasConflict())
        return Text::tr("conflict");
    return c.isResolved() ? Text::tr("resolved") : Text::tr("open");
}

QJsonObject toJson(const ReviewComment &c, const AnchorPlace &place)
{
    QJsonObject o = c.toJson();
    o.insert(u"id"_s, c.id);
    o.insert(u"state"_s,
        c.hasConflict()      ? u"conflict"_s
            : c.isResolved() ? u"resolved"_s
                             : u"open"_s);
    o.insert(u"on"_s, place.label);
    o.insert(u"anchorFound"_s, place.found);
    if (c.hasConflict())
        o.insert(u"conflictWith"_s, c.conflict);
    return o;
}

int reviewAdd(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, Text::tr("the case id"))
        .option(u"on"_s, u"ANCHOR"_s,
            Text::tr("what the comment is on: element:CLAIM:ELEMENT (the element's id or number), "
                     "region:ID, request:N or document:ID"))
        .option(u"text"_s, u"TEXT"_s, Text::tr("the comment"))
        .option(u"author"_s, u"NAME"_s, Text::tr("who writes it (default: the user's name)"));
    if (auto done = parseArguments(ctx, parser, args, u"review add"_s))
        return *done;
    if (!parser.isSet(u"on"_s) || !parser.isSet(u"text"_s))
        return ctx.out.fail(UsageError, Text::tr("review add: --on and --text are required"));
    auto caseId = CliContext::parseId(parser.positional(0), u"CASE"_s);
    if (!caseId.ok())
        return ctx.out.fail(caseId.error());
    auto library = openFor(ctx, CliContext::Access::Write, caseId.value());
    if (!library.ok())
        return ctx.out.fail(library.error());
    ReviewStore &store = library.value()->review();
    auto anchor = parseAnchor(store, caseId.value(), parser.value(u"on"_s));
    if (!anchor.ok())
        return ctx.out.fail(anchor.error());
    auto id = store.add(
        caseId.value(), anchor.value(), parser.value(u"text"_s), parser.value(u"author"_s));
    if (!id.ok())
        return ctx.out.fail(id.error());
    if (ctx.out.json()) {
        const auto c = store.comment(id.value());
        ctx.out.printJson(toJson(c.value(), store.place(caseId.value(), anchor.value())));
    } else {
        ctx.out.printLine(QString::number(id.value()));
    }
    return Done;
}

int reviewList(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, Text::tr("the case id"))
        .flag(u"open"_s, Text::tr("only the open comments (and those in conflict)"))
        .flag(u"resolved"_s, Text::tr("only the resolved comments"));
    if (auto done = parseArguments(ctx, parser, args, u"review list"_s))
        return *done;
    if (parser.isSet(u"open"_s) && parser.isSet(u"resolved"_s))
        return ctx.out.fail(UsageError, Text::tr("review list: --open or --resolved, not both"));
    auto caseId = CliContext::parseId(parser.positional(0), u"CASE"_s);
    if (!caseId.ok())
        return ctx.out.fail(caseId.error());
    auto library = openFor(ctx, CliContext::Access::Read, caseId.value());
    if (!library.ok())
        return ctx.out.fail(library.error());
    ReviewStore &store = library.value()->review();
    const auto comments = store.comments(caseId.value());
    if (!comments.ok())
        return ctx.out.fail(comments.error());
    const ReviewFilter::Show show = parser.isSet(u"open"_s) ? ReviewFilter::Show::Open
        : parser.isSet(u"resolved"_s)                       ? ReviewFilter::Show::Resolved
                                                            : ReviewFilter::Show::All;
    QJsonArray json;
    QList<QStringList> rows;
    for (const ReviewComment &c : comments.value()) {
        if (!ReviewFilter::accepts(c, show))
            continue;
        const AnchorPlace place = store.place(caseId.value(), c.anchor);
        json.append(toJson(c, place));
        rows << QStringList { QString::number(c.id), stateOf(c), place.label, c.text.simplified(),
            c.author, c.editedAt.left(16).replace(u'T', u' ') };
    }
    if (ctx.out.json())
        ctx.out.printJson(json);
    else
        ctx.out.printTable({ Text::tr("ID"), Text::tr("State"), Text::tr("On"), Text::tr("Comment"),
                               Text::tr("Author"), Text::tr("Edited") },
            rows);
    return Done;
}

enum class Change { Edit, Resolve, Reopen, Remove, Settle };

int reviewChange(CliContext &ctx, const QStringList &args, Change change, const QString &command)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, Text::tr("the case id"))
        .positional(u"COMMENT"_s, Text::tr("the comment's id (review list)"));
    if (change == Change::Edit)
        parser.option(u"text"_s, u"TEXT"_s, Text::tr("the comment's new text"));
    if (change == Change::Settle)
        parser.flag(u"mine"_s, Text::tr("keep this library's version"))
            .flag(u"theirs"_s, Text::tr("take the version the bundle brought"));
    if (auto done = parseArguments(ctx, parser, args, command))
        return *done;
    if (change == Change::Edit && !parser.isSet(u"text"_s))
        return ctx.out.fail(UsageError, Text::tr("review edit: --text is required"));
    if (change == Change::Settle && parser.isSet(u"mine"_s) == parser.isSet(u"theirs"_s))
        return ctx.out.fail(UsageError, Text::tr("review settle: give --mine or --theirs"));
    auto caseId = CliContext::parseId(parser.positional(0), u"CASE"_s);
    if (!caseId.ok())
        return ctx.out.fail(caseId.error());
    auto id = CliContext::parseId(parser.positional(1), u"COMMENT"_s);
    if (!id.ok())
        return ctx.out.fail(id.error());
    auto library = openFor(ctx, CliContext::Access::Write, caseId.value());
    if (!library.ok())
        return ctx.out.fail(library.error());
    ReviewStore &store = library.value()->review();
    const auto comment = store.comment(id.value());
    if (!comment.ok() || comment->caseId != caseId.value() || comment->isRemoved())
        return ctx.out.fail(UsageError,
            Text::tr("Case %1 has no review comment %2.").arg(caseId.value()).arg(id.value()));
    Status st;
    switch (change) {
    case Change::Edit:
        st = store.edit(id.value(), parser.value(u"text"_s));
        break;
    case Change::Resolve:
    case Change::Reopen:
        st = store.setResolved(id.value(), change == Change::Resolve);
        break;
    case Change::Remove:
        st = store.remove(id.value());
        break;
    case Change::Settle:
        st = store.settleConflict(id.value(), parser.isSet(u"theirs"_s));
        break;
    }
    if (!st.ok())
        return ctx.out.fail(st.error());
    const auto after = store.comment(id.value());
    if (ctx.out.json() && after.ok())
        ctx.out.printJson(toJson(after.value(), store.place(caseId.value(), after->anchor)));
    return Done;
}

int reviewImport(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, Text::tr("the case the bundle was made from"))
        .positional(u"FILE"_s, Text::tr("the bundle (.habeas) that came back"))
        .flag(u"passphrase-stdin"_s,
            Text::tr("read the passphrase from the first line of standard input"));
    if (auto done = parseArguments(ctx, parser, args, u"review import"_s))
        return *done;
    auto caseId = CliContext::parseId(parser.positional(0), u"CASE"_s);
    if (!caseId.ok())
        return ctx.out.fail(caseId.error());
    QByteArray passphrase;
    if (parser.isSet(u"passphrase-stdin"_s)) {
        auto read = readPassphrase();
        if (!read.ok())
            return ctx.out.fail(read.error());
        passphrase = read.value();
    }
    auto library = openFor(ctx, CliContext::Access::Write, caseId.value());
    if (!library.ok())
        return ctx.out.fail(library.error());
    const QString file = QFileInfo(parser.positional(1)).absoluteFilePath();
    auto imported = bundle::importReview(*library.value(), caseId.value(), file, passphrase);
    if (!imported.ok())
        return bundleFailure(ctx, imported.failure());
    const ReviewMerge &m = imported.value().merge;
    if (ctx.out.json()) {
        ctx.out.printJson(QJsonObject { { u"caseId"_s, caseId.value() }, { u"added"_s, m.added },
            { u"updated"_s, m.updated }, { u"kept"_s, m.kept }, { u"unchanged"_s, m.unchanged },
            { u"conflicts"_s, m.conflicts }, { u"skippedRemoved"_s, m.skippedRemoved },
            { u"unanchored"_s, m.unanchored } });
        return Done;
    }
    ctx.out.printFields({ { Text::tr("Added"), QString::number(m.added) },
        { Text::tr("Updated"), QString::number(m.updated) },
        { Text::tr("Kept (newer here)"), QString::number(m.kept) },
        { Text::tr("Unchanged"), QString::number(m.unchanged) },
        { Text::tr("Conflicts"), QString::number(m.conflicts) },
        { Text::tr("Removed here, left removed"), QString::number(m.skippedRemoved) } });
    if (const int conflicts = m.conflicts; conflicts > 0)
        ctx.out.message(Text::tr(
            "Both sides changed %n comment(s): both versions are kept; choose with `review "
            "settle CASE COMMENT --mine|--theirs`.",
            nullptr, conflicts));
    return Done;
}

} // namespace

int runReviewCommand(CliContext &ctx, const QStringList &args)
{
    const auto change = [](const QString &name, Change kind) {
        return Subcommand { name, [name, kind](CliContext &c, const QStringList &a) {
                               return reviewChange(c, a, kind, u"review "_s + name);
                           } };
    };
    return runSubcommand(ctx, args, u"review"_s,
        {
            { u"add"_s, reviewAdd },
            { u"list"_s, reviewList },
            change(u"edit"_s, Change::Edit),
            change(u"resolve"_s, Change::Resolve),
            change(u"reopen"_s, Change::Reopen),
            change(u"remove"_s, Change::Remove),
            change(u"settle"_s, Change::Settle),
            { u"import"_s, reviewImport },
        });
}

} // namespace habeas::cli
