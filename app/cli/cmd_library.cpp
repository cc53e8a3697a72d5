#include "commandhelpers.h"
#include "demo/demolibrary.h"
#include "evidence/evidenceprocessor.h"
#include "evidence/evidencetext.h"
#include "storage/library.h"
#include "storage/librarycopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace habeas::cli {

namespace {

// Reads the demo's files as an import would (the policy PDF's text becomes searchable); their
// OCR is left to `evidence ocr`, which takes a while and is not needed to look around. A parser
// that cannot run leaves them pending and says so.
void readDemoExhibits(CliContext &ctx, Library &library, qint64 caseId)
{
    EvidenceProcessor processor(library);
    const auto pending = library.evidenceText().pendingParse(caseId);
    if (!pending.ok())
        return;
    for (qint64 id : pending.value()) {
        const auto done = processor.process(id, {}, false);
        const QString why = !done.ok()                    ? done.error().message
            : done->kind == ProcessOutcome::Kind::NotRead ? done->message
                                                          : QString();
        if (!why.isEmpty()) {
            ctx.out.message(QCoreApplication::translate(
                "habeas::cli", "The demo's exhibits were not read (they stay pending): %1")
                                .arg(why));
            return;
        }
    }
}

int reportCreated(CliContext &ctx, const QString &where, qint64 caseId)
{
    if (ctx.out.json()) {
        QJsonObject o { { u"library"_s, where }, { u"schemaVersion"_s, Library::kSchemaVersion } };
        if (caseId)
            o.insert(u"caseId"_s, caseId);
        ctx.out.printJson(o);
    } else {
        ctx.out.printLine(caseId
                ? QCoreApplication::translate(
                    "habeas::cli", "Created a library with the demo case (case %1) at %2")
                      .arg(caseId)
                      .arg(where)
                : QCoreApplication::translate("habeas::cli", "Created an empty library at %1")
                      .arg(where));
    }
    return Done;
}

// init and demo make a new library; an existing one is never touched. On a server: the schema
// in an empty database (the database is the administrator's).
int createLibrary(CliContext &ctx, const QStringList &args, bool withDemo)
{
    const QString command = withDemo ? u"library demo"_s : u"library init"_s;
    ArgParser parser;
    parser.positional(u"DIR"_s,
        QCoreApplication::translate(
            "habeas::cli", "the library folder (default: --library or the default library)"),
        true);
    if (auto done = parseArguments(ctx, parser, args, command))
        return *done;
    const QString given = parser.positional(0).isEmpty() ? ctx.libraryPath : parser.positional(0);
    const auto at = LibraryLocation::parse(given);
    if (!at.ok())
        return ctx.out.fail(at.error());
    const QString path = at->isServer() ? QString() : QFileInfo(given).absoluteFilePath();
    const QString where = at->isServer() ? at->toString() : QDir::toNativeSeparators(path);
    const auto exists = [&](const Library *opened) {
        return ctx.out.fail(UsageError,
            QCoreApplication::translate(
                "habeas::cli", "%1 already holds a library; nothing was changed.")
                .arg(opened ? opened->location().toString() : where));
    };
    if (!at->isServer() && QFileInfo::exists(QDir(path).filePath(u"library.sqlite"_s)))
        return exists(nullptr);
    auto library = at->isServer() ? Library::open(at.value(), Library::OpenMode::CreateIfMissing)
                                  : Library::open(path, Library::OpenMode::CreateIfMissing);
    if (!library.ok())
        return ctx.out.fail(library.error());
    if (at->isServer() && library.value()->schemaVersionOnDisk() > 0)
        return exists(library.value().get());
    qint64 caseId = 0;
    if (withDemo) {
        auto demo = addDemoCase(*library.value());
        if (!demo.ok()) {
            // The folder was new or empty (Library::open refuses others): leave nothing half
            // made. A server's database is the administrator's: what was written stays, and the
            // message says what failed.
            library.value().reset();
            if (!path.isEmpty())
                QDir(path).removeRecursively();
            return ctx.out.fail(demo.error());
        }
        caseId = demo.value();
        readDemoExhibits(ctx, *library.value(), caseId);
    }
    return reportCreated(ctx, where, caseId);
}

using Repaired = std::optional<Library::RepairReport>;

QJsonObject checkJson(
    const Library &library, const Library::CheckReport &r, const Repaired &repaired)
{
    QJsonObject o {
        { u"ok"_s, r.ok() },
        { u"library"_s, library.location().toString() },
        { u"integrity"_s, r.integrity },
        { u"schemaVersion"_s, r.schemaVersion },
        { u"supportedSchemaVersion"_s, Library::kSchemaVersion },
        { u"readOnly"_s, library.isReadOnly() },
        { u"blobStoreOk"_s, r.blobStoreOk },
        { u"blobProblems"_s, QJsonArray::fromStringList(r.blobProblems) },
        { u"unreferencedBlobs"_s, QJsonArray::fromStringList(r.unreferencedBlobs) },
        { u"stagedLeftovers"_s, QJsonArray::fromStringList(r.stagedLeftovers) },
        { u"auditOk"_s, r.auditOk },
        { u"audit"_s, r.auditMessage },
    };
    if (repaired)
        o.insert(u"repair"_s,
            QJsonObject {
                { u"removedBlobs"_s, QJsonArray::fromStringList(repaired->removedBlobs) },
                { u"removedStaged"_s, repaired->removedStaged },
                { u"keptRecent"_s, repaired->keptRecent },
            });
    return o;
}

// The check as fields for a person: what was checked and what was found, and what a repair did.
QList<std::pair<QString, QString>> checkFields(
    const Library &library, const Library::CheckReport &r, const Repaired &repaired)
{
    const int unreferencedCount = int(r.unreferencedBlobs.size());
    const int leftoverCount = int(r.stagedLeftovers.size());
    const QString unreferenced = r.unreferencedBlobs.isEmpty()
        ? QCoreApplication::translate("habeas::cli", "none")
        : QCoreApplication::translate("habeas::cli",
            "%n file(s) no record cites (library check --repair removes them)", nullptr,
            unreferencedCount);
    const QString leftovers = r.stagedLeftovers.isEmpty()
        ? QCoreApplication::translate("habeas::cli", "none")
        : QCoreApplication::translate(
            "habeas::cli", "%n temporary file(s) of interrupted imports", nullptr, leftoverCount);
    QList<std::pair<QString, QString>> fields {
        { QCoreApplication::translate("habeas::cli", "Library"),
            QDir::toNativeSeparators(library.location().toString()) },
        { QCoreApplication::translate("habeas::cli", "Database integrity"), r.integrity },
        { QCoreApplication::translate("habeas::cli", "Schema version"),
            QString::number(r.schemaVersion) },
        { QCoreApplication::translate("habeas::cli", "Evidence store"),
            r.blobStoreOk ? QCoreApplication::translate("habeas::cli", "ok")
                          : r.blobProblems.join(u"; "_s) },
        { QCoreApplication::translate("habeas::cli", "Unreferenced files"), unreferenced },
        { QCoreApplication::translate("habeas::cli", "Interrupted imports"), leftovers },
        { QCoreApplication::translate("habeas::cli", "Audit chain"), r.auditMessage },
    };
    if (repaired) {
        const int removedCount = int(repaired->removedBlobs.size());
        QString done = QCoreApplication::translate(
                           "habeas::cli", "removed %n unreferenced file(s)", nullptr, removedCount)
            + u", "_s
            + QCoreApplication::translate("habeas::cli", "%n leftover(s) of interrupted imports",
                nullptr, repaired->removedStaged);
        if (repaired->keptRecent > 0)
            done += u"; "_s
                + QCoreApplication::translate("habeas::cli",
                    "%n recent file(s) kept: an import may be recording them", nullptr,
                    repaired->keptRecent);
        fields.append({ QCoreApplication::translate("habeas::cli", "Repair"), done });
    }
    return fields;
}

int check(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.flag(u"repair"_s,
        QCoreApplication::translate("habeas::cli",
            "remove evidence files no record cites and leftovers of interrupted imports"));
    if (auto done = parseArguments(ctx, parser, args, u"library check"_s))
        return *done;
    const bool repair = parser.isSet(u"repair"_s);
    auto library = ctx.openLibrary(repair ? CliContext::Access::Write : CliContext::Access::Read);
    if (!library.ok())
        return ctx.out.fail(library.error());
    Library::CheckReport r = library.value()->check();
    std::optional<Library::RepairReport> repaired;
    if (repair) {
        // A damaged database may hide rows that cite blobs: then nothing is removed.
        if (r.integrity != u"ok"_s)
            return ctx.out.fail(CheckFailed,
                QCoreApplication::translate(
                    "habeas::cli", "the library database is damaged (%1); nothing was removed")
                    .arg(r.integrity));
        auto done = library.value()->repair();
        if (!done.ok())
            return ctx.out.fail(done.error());
        repaired = done.value();
        r = library.value()->check();
    }
    if (ctx.out.json())
        ctx.out.printJson(checkJson(*library.value(), r, repaired));
    else
        ctx.out.printFields(checkFields(*library.value(), r, repaired));
    // Unreferenced files are space to reclaim, not damage: they do not fail the check.
    if (!r.ok())
        return ctx.out.fail(CheckFailed,
            QCoreApplication::translate("habeas::cli", "the library check found a problem"));
    return Done;
}

QJsonObject copyJson(const LibraryCopy::Report &r)
{
    QJsonArray tables;
    for (const LibraryCopy::Table &t : r.tables)
        tables.append(QJsonObject {
            { u"name"_s, t.name }, { u"rows"_s, t.rows }, { u"sha256"_s, t.sha256 } });
    return QJsonObject {
        { u"source"_s, r.source },
        { u"destination"_s, r.destination },
        { u"schemaVersion"_s, r.schemaVersion },
        { u"tables"_s, tables },
        { u"blobs"_s, r.blobs },
        { u"blobBytes"_s, r.blobBytes },
        { u"lead"_s, r.lead },
        { u"casesLed"_s, r.casesLed },
        { u"teamPlacesLeft"_s, r.teamPlacesLeft },
        { u"verified"_s, r.verified() },
    };
}

void printCopy(CliContext &ctx, const LibraryCopy::Report &r)
{
    QList<QStringList> rows;
    for (const LibraryCopy::Table &t : r.tables)
        rows << QStringList { t.name, QString::number(t.rows), t.sha256.left(16) };
    ctx.out.printTable({ QCoreApplication::translate("habeas::cli", "Table"),
                           QCoreApplication::translate("habeas::cli", "Rows"),
                           QCoreApplication::translate("habeas::cli", "SHA-256 (start)") },
        rows);
    ctx.out.printLine(QCoreApplication::translate(
        "habeas::cli", "Originals: %1 (%2 bytes), re-hashed on the destination")
                          .arg(r.blobs)
                          .arg(r.blobBytes));
    if (!r.lead.isEmpty()) {
        const int led = int(r.casesLed);
        ctx.out.printLine(QCoreApplication::translate("habeas::cli",
            "Teams: %1 leads the %n copied case(s); add the others with server grant", nullptr, led)
                              .arg(r.lead));
    }
    if (r.teamPlacesLeft > 0) {
        const int places = int(r.teamPlacesLeft);
        ctx.out.printLine(QCoreApplication::translate("habeas::cli",
            "Teams: not carried (a folder has no teams); %n place(s) on teams stay on the server",
            nullptr, places));
    }
    ctx.out.printLine(QCoreApplication::translate("habeas::cli", "Copied %1 to %2: verified")
                          .arg(r.source, r.destination));
}

// Copies a whole library into an empty folder or server database, verified by hashes.
int copy(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"SRC"_s,
        QCoreApplication::translate(
            "habeas::cli", "the library to copy: a folder or postgresql://…"));
    parser.positional(u"DST"_s,
        QCoreApplication::translate("habeas::cli",
            "an empty folder, or a server database without a library (or with an empty one)"));
    if (auto done = parseArguments(ctx, parser, args, u"library copy"_s))
        return *done;
    const auto from = LibraryLocation::parse(parser.positional(0));
    if (!from.ok())
        return ctx.out.fail(from.error());
    const auto to = LibraryLocation::parse(parser.positional(1));
    if (!to.ok())
        return ctx.out.fail(to.error());
    const auto report = LibraryCopy::copy(from.value(), to.value(), [&](const QString &line) {
        ctx.out.message(line);
        return true;
    });
    if (!report.ok())
        return ctx.out.fail(report.error());
    if (!report->verified())
        return ctx.out.fail(CheckFailed,
            QCoreApplication::translate(
                "habeas::cli", "the copy does not match its source in %1; nothing was kept")
                .arg(report->mismatch));
    if (ctx.out.json())
        ctx.out.printJson(copyJson(report.value()));
    else
        printCopy(ctx, report.value());
    return Done;
}

} // namespace

int runLibraryCommand(CliContext &ctx, const QStringList &args)
{
    return runSubcommand(ctx, args, u"library"_s,
        {
            { u"init"_s,
                [](CliContext &c, const QStringList &a) {
                    return createLibrary(c, a, false);
                } },
            { u"demo"_s,
                [](CliContext &c, const QStringList &a) {
                    return createLibrary(c, a, true);
                } },
            { u"check"_s, check },
            { u"copy"_s, copy },
        });
}

} // namespace habeas::cli
