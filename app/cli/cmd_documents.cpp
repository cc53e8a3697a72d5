// Filing documents: the templates, and generating one for a case (the "Documents" commands
// of docs/cli.md). Generating needs fonts, so main() gives these commands a QGuiApplication.
#include "commandhelpers.h"
#include "documentregister.h"
#include "docxwriter.h"
#include "evidencebundle.h"
#include "filingcontext.h"
#include "pdfwriter.h"
#include "storage/filehash.h"
#include "templateregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace habeas::cli {

namespace {

const QString kBundle = u"evidence-bundle"_s;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::cli)
};

QString originOf(const TemplateInfo &t)
{
    return t.builtIn ? Text::tr("built-in") : Text::tr("library");
}

int runTemplateList(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    if (auto done = parseArguments(ctx, parser, args, u"template list"_s))
        return *done;
    const TemplateRegistry registry(ctx.libraryPath);
    QJsonArray array;
    QList<QStringList> rows;
    for (const TemplateInfo &t : registry.list()) {
        array.append(QJsonObject { { u"id"_s, t.id }, { u"name"_s, t.name }, { u"kind"_s, t.kind },
            { u"builtIn"_s, t.builtIn }, { u"path"_s, t.path },
            { u"requires"_s, QJsonArray::fromStringList(t.requiredFields) },
            { u"error"_s, t.error } });
        rows << QStringList { t.id, t.name, t.kind,
            t.isValid() ? originOf(t) : originOf(t) + u" — "_s + t.error };
    }
    if (ctx.out.json())
        ctx.out.printJson(array);
    else
        ctx.out.printTable(
            { Text::tr("ID"), Text::tr("Name"), Text::tr("Kind"), Text::tr("Source") }, rows);
    return Done;
}

int runTemplateCopy(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"ID"_s, Text::tr("the template to copy into the library for editing"));
    if (auto done = parseArguments(ctx, parser, args, u"template copy"_s))
        return *done;
    auto library = ctx.openLibrary(CliContext::Access::Write);
    if (!library.ok())
        return ctx.out.fail(library.error());
    const TemplateRegistry registry(ctx.libraryPath);
    const auto copied = registry.copyToLibrary(parser.positional(0), ctx.libraryPath);
    if (!copied.ok())
        return ctx.out.fail(copied.error());
    if (ctx.out.json())
        ctx.out.printJson(
            QJsonObject { { u"id"_s, parser.positional(0) }, { u"path"_s, copied.value() } });
    else
        ctx.out.printLine(Text::tr("Copied to %1; edit it there, the library now uses it.")
                              .arg(QDir::toNativeSeparators(copied.value())));
    return Done;
}

// Writes the document; returns its page count.
Result<int> generateFile(Library &library, qint64 caseId, const QString &templateId,
    const QString &format, const QString &out, bool draft, const TemplateRegistry &registry)
{
    if (templateId == kBundle) {
        if (format != u"pdf"_s)
            return Error::input(Text::tr("The evidence bundle is a PDF only: use --format pdf."));
        auto plan = planEvidenceBundle(library, caseId, registry, draft);
        if (!plan.ok())
            return plan.error();
        return saveEvidenceBundle(plan.value(), out);
    }
    auto document = buildDocument(library, caseId, templateId, registry, draft);
    if (!document.ok())
        return document.error();
    if (format == u"pdf"_s)
        return savePdf(document.value(), out);
    if (Status st = saveDocx(document.value(), out); !st.ok())
        return st.error();
    // A DOCX's pages are the word processor's; the PDF layout of the same document is the
    // nearest count we have.
    return pdfPageCount(document.value());
}

int runGenerate(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, Text::tr("the case id"))
        .option(u"template"_s, u"TEMPLATE"_s, Text::tr("the template id (see template list)"))
        .option(u"format"_s, u"docx|pdf"_s, Text::tr("the file format"))
        .option(u"out"_s, u"FILE"_s, Text::tr("where to write it"))
        .flag(u"draft"_s,
            Text::tr("generate even with fields missing: gaps marked, a 草稿 watermark"));
    if (auto done = parseArguments(ctx, parser, args, u"generate"_s))
        return *done;
    for (const QString &required : { u"template"_s, u"format"_s, u"out"_s })
        if (!parser.isSet(required))
            return ctx.out.fail(UsageError, Text::tr("generate: --%1 is required").arg(required));
    const QString format = parser.value(u"format"_s);
    if (format != u"docx"_s && format != u"pdf"_s)
        return ctx.out.fail(
            UsageError, Text::tr("--format is docx or pdf, not \"%1\"").arg(format));
    qint64 caseId = 0;
    auto library = ctx.openLibraryForCase(CliContext::Access::Write, parser.positional(0), caseId);
    if (!library.ok())
        return ctx.out.fail(library.error());
    const TemplateRegistry registry(ctx.libraryPath);
    const QString templateId = parser.value(u"template"_s);
    const QString out = QFileInfo(parser.value(u"out"_s)).absoluteFilePath();
    const bool draft = parser.isSet(u"draft"_s);
    const auto pages =
        generateFile(*library.value(), caseId, templateId, format, out, draft, registry);
    if (!pages.ok())
        return ctx.out.fail(pages.error());
    const QString sha = sha256OfFile(out);
    const auto recorded =
        DocumentRegister(*library.value()).record(caseId, templateId, format, out, sha, draft);
    if (!recorded.ok())
        return ctx.out.fail(recorded.error());
    if (ctx.out.json()) {
        ctx.out.printJson(QJsonObject { { u"id"_s, recorded->id }, { u"caseId"_s, caseId },
            { u"template"_s, templateId }, { u"format"_s, format }, { u"path"_s, out },
            { u"pages"_s, pages.value() }, { u"sha256"_s, sha }, { u"draft"_s, draft } });
        return Done;
    }
    ctx.out.printFields({ { Text::tr("File"), QDir::toNativeSeparators(out) },
        { Text::tr("Pages"), QString::number(pages.value()) }, { Text::tr("SHA-256"), sha },
        { Text::tr("Draft"), draft ? Text::tr("yes") : Text::tr("no") } });
    return Done;
}

} // namespace

int runTemplateCommand(CliContext &ctx, const QStringList &args)
{
    return runSubcommand(ctx, args, u"template"_s,
        {
            { u"list"_s, runTemplateList },
            { u"copy"_s, runTemplateCopy },
        });
}

int runGenerateCommand(CliContext &ctx, const QStringList &args)
{
    return runGenerate(ctx, args);
}

} // namespace habeas::cli
