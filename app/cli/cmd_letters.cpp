// What the lawyer sets for a letter or an application (document fields), and how each
// 诉讼请求 is demanded in a letter or asks for an apology (request demand, request apology).
#include "cases/documentfieldstore.h"
#include "cases/requeststore.h"
#include "commandhelpers.h"
#include "documentfields.h"
#include "templateregistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace habeas::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::cli)
};

QString kindName(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Text:
        return u"text"_s;
    case FieldKind::Lines:
        return u"lines"_s;
    case FieldKind::Days:
        return u"days"_s;
    case FieldKind::Items:
        return u"items"_s;
    case FieldKind::Event:
        return u"event"_s;
    case FieldKind::Flag:
        return u"yes-no"_s;
    }
    return {};
}

// The template a document command is about: known, and with fields of its own.
Result<const TemplateInfo *> fieldTemplate(const TemplateRegistry &registry, const QString &id)
{
    const TemplateInfo *info = registry.find(id);
    if (!info)
        return Error::input(Text::tr("There is no template \"%1\" (see template list).").arg(id));
    if (documentFieldSpecs(id).isEmpty())
        return Error::input(
            Text::tr("The template %1 has no fields of its own; it takes everything "
                     "from the case.")
                .arg(id));
    return info;
}

int printFields(CliContext &ctx, Library &library, qint64 caseId, const TemplateInfo &info)
{
    const auto values = DocumentFieldStore(library).fields(caseId, info.id);
    if (!values.ok())
        return ctx.out.fail(values.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const DocumentFieldSpec &spec : documentFieldSpecs(info.id)) {
        const bool required = info.requiredFields.contains(u"fields."_s + spec.id);
        const QString value = values->value(spec.id);
        array.append(QJsonObject { { u"field"_s, spec.id }, { u"kind"_s, kindName(spec.kind) },
            { u"label"_s, spec.label }, { u"help"_s, spec.help }, { u"required"_s, required },
            { u"value"_s, value } });
        rows << QStringList { spec.id, kindName(spec.kind), required ? Text::tr("yes") : QString(),
            QString(value).replace(u'\n', u" / "_s), spec.help };
    }
    if (ctx.out.json())
        ctx.out.printJson(array);
    else
        ctx.out.printTable({ Text::tr("Field"), Text::tr("Kind"), Text::tr("Required"),
                               Text::tr("Value"), Text::tr("Meaning") },
            rows);
    return Done;
}

int documentFields(CliContext &ctx, const QStringList &args, bool set)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, Text::tr("the case id"))
        .option(u"template"_s, u"T"_s, Text::tr("the letter or application (see template list)"));
    if (set)
        parser
            .repeatable(u"field"_s, u"ID=VALUE"_s,
                Text::tr("set a field; a list field takes one --field per line; days are a number; "
                         "items are numbers (1,4); an event is its id; yes or no"))
            .repeatable(u"clear"_s, u"ID"_s, Text::tr("clear a field"));
    if (auto done =
            parseArguments(ctx, parser, args, set ? u"document set"_s : u"document fields"_s))
        return *done;
    if (!parser.isSet(u"template"_s))
        return ctx.out.fail(UsageError, Text::tr("document: --template is required"));
    qint64 caseId = 0;
    auto library = ctx.openLibraryForCase(
        set ? CliContext::Access::Write : CliContext::Access::Read, parser.positional(0), caseId);
    if (!library.ok())
        return ctx.out.fail(library.error());
    const TemplateRegistry registry(ctx.libraryPath);
    const auto info = fieldTemplate(registry, parser.value(u"template"_s));
    if (!info.ok())
        return ctx.out.fail(info.error());
    if (set) {
        QMap<QString, QString> values;
        for (const QString &id : parser.values(u"clear"_s))
            values.insert(id, QString());
        for (const QString &pair : parser.values(u"field"_s)) {
            const qsizetype eq = pair.indexOf(u'=');
            const QString id = pair.left(eq).trimmed();
            if (eq <= 0)
                return ctx.out.fail(
                    UsageError, Text::tr("--field takes ID=VALUE, not \"%1\".").arg(pair));
            const auto spec = documentFieldSpec(info.value()->id, id);
            if (spec && spec->kind == FieldKind::Lines && !values.value(id).isEmpty())
                values[id] += u'\n' + pair.mid(eq + 1);
            else
                values[id] = pair.mid(eq + 1);
        }
        if (values.isEmpty())
            return ctx.out.fail(UsageError, Text::tr("document set: give --field or --clear"));
        QStringList known;
        for (const DocumentFieldSpec &s : documentFieldSpecs(info.value()->id))
            known << s.id;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const auto spec = documentFieldSpec(info.value()->id, it.key());
            if (!spec)
                return ctx.out.fail(
                    Error::input(Text::tr("%1 has no field \"%2\"; its fields: %3.")
                                     .arg(info.value()->id, it.key(), known.join(u", "_s))));
            if (auto st = checkDocumentField(*library.value(), caseId, *spec, it.value()); !st.ok())
                return ctx.out.fail(st.error());
        }
        if (auto st =
                DocumentFieldStore(*library.value()).setFields(caseId, info.value()->id, values);
            !st.ok())
            return ctx.out.fail(st.error());
    }
    return printFields(ctx, *library.value(), caseId, *info.value());
}

QJsonObject toJson(const CaseRequest &r)
{
    QJsonObject o { { u"position"_s, r.position }, { u"text"_s, r.text },
        { u"demand"_s, r.demand } };
    if (r.apology != ApologyForm::None) {
        o.insert(u"apology"_s, toId(r.apology));
        o.insert(u"medium"_s, r.apologyMedium);
        o.insert(u"days"_s, r.apologyDays);
    }
    return o;
}

int printRequests(CliContext &ctx, Library &library, qint64 caseId)
{
    const auto list = RequestStore(library).requests(caseId);
    if (!list.ok())
        return ctx.out.fail(list.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const CaseRequest &r : list.value()) {
        array.append(toJson(r));
        rows << QStringList { QString::number(r.position), r.text,
            r.demand.isEmpty() ? Text::tr("(not worded)") : r.demand };
    }
    if (ctx.out.json())
        ctx.out.printJson(array);
    else
        ctx.out.printTable(
            { Text::tr("No."), Text::tr("Request"), Text::tr("Demand in a letter") }, rows);
    return Done;
}

int requestDemand(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, Text::tr("the case id"))
        .option(u"position"_s, u"N"_s, Text::tr("the request, by its number in request list"))
        .option(u"text"_s, u"TEXT"_s,
            Text::tr(
                "what the letter demands, in the lawyer's words, e.g. 停止向委托人推送个性化广告 "
                "(empty: clear)"));
    if (auto done = parseArguments(ctx, parser, args, u"request demand"_s))
        return *done;
    auto caseId = CliContext::parseId(parser.positional(0), u"CASE"_s);
    if (!caseId.ok())
        return ctx.out.fail(caseId.error());
    const bool set = parser.isSet(u"position"_s) || parser.isSet(u"text"_s);
    if (set && !(parser.isSet(u"position"_s) && parser.isSet(u"text"_s)))
        return ctx.out.fail(
            UsageError, Text::tr("request demand: give both --position and --text"));
    auto library = ctx.openLibraryForCase(
        set ? CliContext::Access::Write : CliContext::Access::Read, caseId.value());
    if (!library.ok())
        return ctx.out.fail(library.error());
    if (set) {
        bool ok = false;
        const int position = parser.value(u"position"_s).toInt(&ok);
        if (!ok)
            return ctx.out.fail(UsageError,
                Text::tr("--position is a number, not \"%1\"").arg(parser.value(u"position"_s)));
        if (auto st = RequestStore(*library.value())
                          .setDemand(caseId.value(), position, parser.value(u"text"_s));
            !st.ok())
            return ctx.out.fail(st.error());
    }
    return printRequests(ctx, *library.value(), caseId.value());
}

int requestApology(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, Text::tr("the case id"))
        .option(u"form"_s, u"F"_s, Text::tr("written or public (Civil Code 1000)"))
        .option(u"medium"_s, u"M"_s,
            Text::tr("public: where it is published, e.g. 其运营的“某某”App首页显著位置"))
        .option(u"days"_s, u"N"_s, Text::tr("public: for how many days it stays published"));
    if (auto done = parseArguments(ctx, parser, args, u"request apology"_s))
        return *done;
    auto caseId = CliContext::parseId(parser.positional(0), u"CASE"_s);
    if (!caseId.ok())
        return ctx.out.fail(caseId.error());
    const auto form = apologyFormFromId(parser.value(u"form"_s));
    if (!form || *form == ApologyForm::None)
        return ctx.out.fail(UsageError,
            Text::tr("--form must be written or public, not \"%1\".").arg(parser.value(u"form"_s)));
    int days = 0;
    if (parser.isSet(u"days"_s)) {
        bool ok = false;
        days = parser.value(u"days"_s).toInt(&ok);
        if (!ok || days <= 0)
            return ctx.out.fail(UsageError,
                Text::tr("--days is a positive number, not \"%1\".").arg(parser.value(u"days"_s)));
    }
    auto library = ctx.openLibraryForCase(CliContext::Access::Write, caseId.value());
    if (!library.ok())
        return ctx.out.fail(library.error());
    const auto added = RequestStore(*library.value())
                           .addApology(caseId.value(), *form, parser.value(u"medium"_s), days);
    if (!added.ok())
        return ctx.out.fail(added.error());
    return printRequests(ctx, *library.value(), caseId.value());
}

} // namespace

int runDocumentCommand(CliContext &ctx, const QStringList &args)
{
    return runSubcommand(ctx, args, u"document"_s,
        {
            { u"fields"_s,
                [](CliContext &c, const QStringList &a) {
                    return documentFields(c, a, false);
                } },
            { u"set"_s,
                [](CliContext &c, const QStringList &a) {
                    return documentFields(c, a, true);
                } },
        });
}

int runRequestLetterCommand(CliContext &ctx, const QString &sub, const QStringList &args)
{
    return sub == u"apology"_s ? requestApology(ctx, args) : requestDemand(ctx, args);
}

} // namespace habeas::cli
