#include "bundle/casebundle.h"
#include "bundle/teachingreviews.h"
#include "bundlehelpers.h"
#include "commandhelpers.h"
#include "teachingcopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace habeas::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::cli)
};
} // namespace

int bundleFailure(CliContext &ctx, const bundle::Failure &failure)
{
    switch (failure.kind) {
    case bundle::Failure::Kind::Integrity:
        return ctx.out.fail(CheckFailed, failure.error.message);
    case bundle::Failure::Kind::Input:
    case bundle::Failure::Kind::Cancelled:
        return ctx.out.fail(UsageError, failure.error.message);
    case bundle::Failure::Kind::Other:
        break;
    }
    return ctx.out.fail(failure.error);
}

// The passphrase is the first line of standard input (never an argument: it would show in the
// process list and the shell's history).
Result<QByteArray> readPassphrase()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error::input(Text::tr("cannot read the passphrase from standard input"));
    QByteArray line = in.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return Error::input(Text::tr("--passphrase-stdin: standard input gave no passphrase"));
    return line;
}

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

int bundleExport(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, Text::tr("the case id"))
        .option(u"out"_s, u"FILE"_s, Text::tr("where to write the bundle (.habeas)"))
        .flag(u"encrypt"_s,
            Text::tr("encrypt it (Argon2id and XChaCha20-Poly1305); needs --passphrase-stdin"))
        .flag(u"passphrase-stdin"_s,
            Text::tr("read the passphrase from the first line of standard input"))
        .flag(u"anonymise"_s,
            Text::tr("write a teaching copy: pseudonyms for every person, identifiers masked, each "
                     "exhibit a rendering with its redactions burned in (every exhibit reviewed "
                     "first: bundle review)"));
    if (auto done = parseArguments(ctx, parser, args, u"bundle export"_s))
        return *done;
    if (!parser.isSet(u"out"_s))
        return ctx.out.fail(UsageError, Text::tr("bundle export: --out is required"));
    if (parser.isSet(u"encrypt"_s) != parser.isSet(u"passphrase-stdin"_s))
        return ctx.out.fail(
            UsageError, Text::tr("bundle export: --encrypt and --passphrase-stdin go together"));
    auto caseId = CliContext::parseId(parser.positional(0), u"CASE"_s);
    if (!caseId.ok())
        return ctx.out.fail(caseId.error());
    bundle::ExportOptions options;
    if (parser.isSet(u"encrypt"_s)) {
        auto passphrase = readPassphrase();
        if (!passphrase.ok())
            return ctx.out.fail(passphrase.error());
        options = { true, passphrase.value() };
    }
    auto library = ctx.openLibraryForCase(CliContext::Access::Write, caseId.value());
    if (!library.ok())
        return ctx.out.fail(library.error());
    const QString out = QFileInfo(parser.value(u"out"_s)).absoluteFilePath();
    const bool anonymise = parser.isSet(u"anonymise"_s);
    auto manifest = anonymise
        ? teaching::exportTeachingCopy(*library.value(), caseId.value(), out, options)
        : bundle::exportCase(*library.value(), caseId.value(), out, options);
    if (!manifest.ok())
        return bundleFailure(ctx, manifest.failure());
    if (ctx.out.json()) {
        QJsonObject o = manifest.value().toJson();
        o.insert(u"path"_s, out);
        o.insert(u"encrypted"_s, options.encrypt);
        o.insert(u"anonymised"_s, anonymise);
        ctx.out.printJson(o);
        return Done;
    }
    ctx.out.printFields({ { Text::tr("File"), QDir::toNativeSeparators(out) },
        { Text::tr("Bundle id"), manifest.value().bundleId },
        { Text::tr("Entries"), QString::number(manifest.value().entries.size()) },
        { Text::tr("Unpacked size"), sizeText(manifest.value().totalSize()) },
        { Text::tr("Encrypted"), options.encrypt ? Text::tr("yes") : Text::tr("no") },
        { Text::tr("Teaching copy"), anonymise ? Text::tr("yes") : Text::tr("no") } });
    return Done;
}

int printReviews(CliContext &ctx, const QList<bundle::ExhibitReview> &reviews)
{
    if (ctx.out.json()) {
        QJsonArray list;
        for (const bundle::ExhibitReview &r : reviews)
            list.append(QJsonObject { { u"evidenceId"_s, r.evidenceId },
                { u"exhibit"_s, r.exhibit }, { u"title"_s, r.title }, { u"reviewed"_s, r.reviewed },
                { u"changed"_s, r.changed } });
        ctx.out.printJson(QJsonObject { { u"exhibits"_s, list } });
        return Done;
    }
    QList<QStringList> rows;
    for (const bundle::ExhibitReview &r : reviews)
        rows << QStringList { QString::number(r.evidenceId), r.exhibit, r.title,
            r.reviewed ? Text::tr("reviewed")
                       : (r.changed ? Text::tr("redactions changed") : Text::tr("not yet")) };
    ctx.out.printTable(
        { Text::tr("Id"), Text::tr("Exhibit"), Text::tr("Title"), Text::tr("Review") }, rows);
    return Done;
}

// The teaching copy's review: lists each exhibit's state, or records that the exporter looked
// at every page of the named exhibits as they will go out (evidence export --redacted shows
// them), their redactions as they are now.
int bundleReview(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, Text::tr("the case id"))
        .repeatable(u"exhibit"_s, u"EVIDENCE"_s,
            Text::tr("record that you reviewed every page of this exhibit (its id) as the teaching "
                     "copy will show it; repeat for each"));
    if (auto done = parseArguments(ctx, parser, args, u"bundle review"_s))
        return *done;
    auto caseId = CliContext::parseId(parser.positional(0), u"CASE"_s);
    if (!caseId.ok())
        return ctx.out.fail(caseId.error());
    const bool recording = parser.isSet(u"exhibit"_s);
    auto library = ctx.openLibraryForCase(
        recording ? CliContext::Access::Write : CliContext::Access::Read, caseId.value());
    if (!library.ok())
        return ctx.out.fail(library.error());
    QList<qint64> ids;
    for (const QString &value : parser.values(u"exhibit"_s)) {
        auto id = CliContext::parseId(value, u"--exhibit"_s);
        if (!id.ok())
            return ctx.out.fail(id.error());
        ids << id.value();
    }
    if (recording) {
        if (auto st = bundle::recordTeachingReviews(*library.value(), caseId.value(), ids);
            !st.ok())
            return bundleFailure(ctx, st.failure());
    }
    auto reviews = bundle::teachingReviews(*library.value(), caseId.value());
    if (!reviews.ok())
        return bundleFailure(ctx, reviews.failure());
    return printReviews(ctx, reviews.value());
}

Result<QByteArray> passphraseIf(const ArgParser &parser)
{
    if (!parser.isSet(u"passphrase-stdin"_s))
        return QByteArray();
    return readPassphrase();
}

int bundleImport(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"FILE"_s, Text::tr("the bundle (.habeas)"))
        .flag(u"passphrase-stdin"_s,
            Text::tr("read the passphrase from the first line of standard input"));
    if (auto done = parseArguments(ctx, parser, args, u"bundle import"_s))
        return *done;
    auto passphrase = passphraseIf(parser);
    if (!passphrase.ok())
        return ctx.out.fail(passphrase.error());
    auto library = ctx.openLibrary(CliContext::Access::Write);
    if (!library.ok())
        return ctx.out.fail(library.error());
    const QString file = QFileInfo(parser.positional(0)).absoluteFilePath();
    auto imported = bundle::importBundle(*library.value(), file, passphrase.value());
    if (!imported.ok())
        return bundleFailure(ctx, imported.failure());
    const bundle::ImportResult &r = imported.value();
    if (ctx.out.json()) {
        ctx.out.printJson(QJsonObject { { u"caseId"_s, r.caseId },
            { u"bundleId"_s, r.manifest.bundleId }, { u"originalsAdded"_s, r.originalsAdded },
            { u"originalsShared"_s, r.originalsShared } });
        return Done;
    }
    ctx.out.printLine(QString::number(r.caseId));
    ctx.out.message(
        Text::tr("Imported \"%1\" as case %2 (originals: %3 added, %4 already in the library).")
            .arg(r.manifest.caseSummary.value(u"title"_s).toString())
            .arg(r.caseId)
            .arg(r.originalsAdded)
            .arg(r.originalsShared));
    return Done;
}

int bundleInspect(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"FILE"_s, Text::tr("the bundle (.habeas)"))
        .flag(u"passphrase-stdin"_s,
            Text::tr("read the passphrase from the first line of standard input"));
    if (auto done = parseArguments(ctx, parser, args, u"bundle inspect"_s))
        return *done;
    auto passphrase = passphraseIf(parser);
    if (!passphrase.ok())
        return ctx.out.fail(passphrase.error());
    const QString file = QFileInfo(parser.positional(0)).absoluteFilePath();
    auto manifest = bundle::inspectBundle(file, passphrase.value(), QDir::tempPath());
    if (!manifest.ok())
        return bundleFailure(ctx, manifest.failure());
    const bundle::Manifest &m = manifest.value();
    if (ctx.out.json()) {
        QJsonObject o = m.toJson();
        o.insert(u"encrypted"_s, m.encrypted);
        ctx.out.printJson(o);
        return Done;
    }
    QStringList counts;
    for (auto it = m.counts.begin(); it != m.counts.end(); ++it)
        if (it.value().toInt() > 0)
            counts << u"%1 %2"_s.arg(it.key()).arg(it.value().toInt());
    QList<std::pair<QString, QString>> fields { { Text::tr("Case"),
                                                    m.caseSummary.value(u"title"_s).toString() },
        { Text::tr("Kind"), m.caseSummary.value(u"kind"_s).toString() },
        { Text::tr("Bundle id"), m.bundleId },
        { Text::tr("Format version"), QString::number(m.formatVersion) },
        { Text::tr("Written"), m.createdAt + u" ("_s + m.application + u')' },
        { Text::tr("Encrypted"), m.encrypted ? Text::tr("yes") : Text::tr("no") },
        { Text::tr("Unpacked size"), sizeText(m.totalSize()) } };
    if (!counts.isEmpty())
        fields.append({ Text::tr("Rows"), counts.join(u", "_s) });
    ctx.out.printFields(fields);
    QList<QStringList> rows;
    for (const bundle::ManifestEntry &e : m.entries)
        rows << QStringList { e.path, QString::number(e.size), e.sha256 };
    ctx.out.printLine({});
    ctx.out.printTable({ Text::tr("Entry"), Text::tr("Bytes"), Text::tr("SHA-256") }, rows);
    return Done;
}

} // namespace

int runBundleCommand(CliContext &ctx, const QStringList &args)
{
    return runSubcommand(ctx, args, u"bundle"_s,
        {
            { u"export"_s, bundleExport },
            { u"import"_s, bundleImport },
            { u"inspect"_s, bundleInspect },
            { u"review"_s, bundleReview },
        });
}

} // namespace habeas::cli
