#include "cases/casestore.h"
#include "commandhelpers.h"
#include "evidence/evidenceprocessor.h"
#include "evidence/evidencestore.h"
#include "evidence/evidencetext.h"
#include "evidence/importrun.h"
#include "evidence/parserpool.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <optional>

using namespace Qt::StringLiterals;

namespace habeas::cli {

namespace {

QJsonObject toJson(const EvidenceRecord &r)
{
    return {
        { u"id"_s, r.id },
        { u"caseId"_s, r.caseId },
        { u"exhibit"_s, r.exhibitNumber() },
        { u"group"_s, r.group },
        { u"sequence"_s, r.seq },
        { u"title"_s, r.title },
        { u"file"_s, r.originalName },
        { u"size"_s, r.size },
        { u"mediaType"_s, r.mediaType },
        { u"sha256"_s, r.sha256 },
        { u"purpose"_s, r.purpose },
        { u"source"_s, r.source },
        { u"captured"_s,
            r.capturedAt.isValid() ? QJsonValue(r.capturedAt.toString(Qt::ISODate))
                                   : QJsonValue() },
        { u"device"_s, r.device },
        { u"operator"_s, r.operatorName },
        { u"notaryCert"_s, r.notaryCert },
        { u"notes"_s, r.notes },
        { u"witnesses"_s, r.witnesses },
        { u"timestampCert"_s, r.timestampCert },
        { u"collection"_s, r.collection },
        { u"batch"_s, r.batch },
        { u"parse"_s, toId(r.parseState) },
        { u"parseNote"_s, r.parseNote },
        { u"pages"_s, r.pageCount },
        { u"ocr"_s, toId(r.ocrState) },
        { u"trashed"_s, r.isTrashed() },
    };
}

void addMetadataOptions(ArgParser &parser)
{
    parser
        .option(
            u"title"_s, u"T"_s, QCoreApplication::translate("habeas::cli", "the exhibit's title"))
        .option(u"purpose"_s, u"TEXT"_s,
            QCoreApplication::translate("habeas::cli", "what it proves (证明目的)"))
        .option(u"source"_s, u"URL-or-app"_s,
            QCoreApplication::translate("habeas::cli", "where it comes from"))
        .option(u"captured"_s, u"ISO8601"_s,
            QCoreApplication::translate(
                "habeas::cli", "when it was captured, e.g. 2021-01-20T09:30:00+08:00"))
        .option(u"device"_s, u"D"_s,
            QCoreApplication::translate("habeas::cli", "the device and OS used"))
        .option(
            u"operator"_s, u"NAME"_s, QCoreApplication::translate("habeas::cli", "who captured it"))
        .option(u"notary-cert"_s, u"NO"_s,
            QCoreApplication::translate("habeas::cli", "the notarial certificate number"))
        .option(u"witnesses"_s, u"NAMES"_s,
            QCoreApplication::translate("habeas::cli", "witnesses present, or the notary office"))
        .option(u"timestamp-cert"_s, u"ID"_s,
            QCoreApplication::translate(
                "habeas::cli", "the trusted-timestamp or blockchain certificate id"))
        .option(u"collection"_s, u"TEXT"_s,
            QCoreApplication::translate("habeas::cli", "an account of how it was collected"))
        .option(u"notes"_s, u"TEXT"_s, QCoreApplication::translate("habeas::cli", "notes"));
}

Status applyMetadata(const ArgParser &parser, EvidenceRecord &r)
{
    const auto text = [&](const char16_t *name, QString &target) {
        if (parser.isSet(QString::fromUtf16(name)))
            target = parser.value(QString::fromUtf16(name));
    };
    text(u"title", r.title);
    text(u"purpose", r.purpose);
    text(u"source", r.source);
    text(u"device", r.device);
    text(u"operator", r.operatorName);
    text(u"notary-cert", r.notaryCert);
    text(u"notes", r.notes);
    text(u"witnesses", r.witnesses);
    text(u"timestamp-cert", r.timestampCert);
    text(u"collection", r.collection);
    if (parser.isSet(u"captured"_s)) {
        r.capturedAt = QDateTime::fromString(parser.value(u"captured"_s), Qt::ISODate);
        if (!r.capturedAt.isValid())
            return Error::input(QCoreApplication::translate("habeas::cli",
                "--captured must be a date and time like "
                "2021-01-20T09:30:00+08:00, not \"%1\".")
                                    .arg(parser.value(u"captured"_s)));
    }
    return {};
}

struct AddedRead {
    QString status; // "imported", or "unreadable" when the bytes are kept but cannot be read
    QString parse;
    int pages = 0;
    QString message;
};

// What reading a file `evidence add` stored came to; nothing for a rejected file.
std::optional<AddedRead> addedRead(
    Library &library, const ImportedFile &file, const QString &password)
{
    const ImportOutcome &o = file.import;
    if (o.kind == ImportOutcome::Kind::Rejected || !o.id)
        return std::nullopt;
    using State = EvidenceRecord::ParseState;
    if (!file.readError.isEmpty())
        return AddedRead {
            u"imported"_s, toId(State::Pending), 0,
            QCoreApplication::translate("habeas::cli", "stored, not read: %1").arg(file.readError)
        };
    if (!file.read) {
        // A duplicate read before.
        const auto before = library.evidence().item(o.id);
        if (!before.ok())
            return std::nullopt;
        return AddedRead { u"imported"_s, toId(before->parseState), before->pageCount, o.message };
    }
    const ProcessOutcome &p = *file.read;
    const QString prefix = o.message.isEmpty() ? QString() : o.message + u' ';
    switch (p.kind) {
    case ProcessOutcome::Kind::Ok:
        return AddedRead { u"imported"_s, toId(State::Ok), p.pageCount, prefix + p.message };
    case ProcessOutcome::Kind::Unreadable:
        return AddedRead { u"unreadable"_s, toId(State::Unreadable), 0, p.message };
    case ProcessOutcome::Kind::Encrypted:
        return AddedRead { u"unreadable"_s, toId(State::Encrypted), 0,
            password.isEmpty() ? QCoreApplication::translate(
                "habeas::cli", "%1 It is stored; to read it, add it again with --password.")
                                     .arg(p.message)
                               : p.message };
    case ProcessOutcome::Kind::NotRead:
        break;
    }
    return AddedRead {
        u"imported"_s, toId(State::Pending), 0,
        prefix
            + QCoreApplication::translate("habeas::cli", "stored, not read yet: %1").arg(p.message)
    };
}

// Which evidence list the files go to: a new supplementary one, list N, or the first.
std::optional<int> chooseList(
    CliContext &ctx, const ArgParser &parser, Library &library, qint64 caseId, EvidenceRecord &meta)
{
    if (parser.isSet(u"supplement"_s) && parser.isSet(u"list"_s))
        return ctx.out.fail(UsageError,
            QCoreApplication::translate(
                "habeas::cli", "--supplement and --list exclude each other"));
    if (parser.isSet(u"supplement"_s)) {
        const auto next = library.evidence().nextSupplement(caseId);
        if (!next.ok())
            return ctx.out.fail(next.error());
        meta.batch = next->batch;
        if (!parser.isSet(u"group"_s))
            meta.group = next->firstGroup;
    } else if (parser.isSet(u"list"_s)) {
        bool ok = false;
        meta.batch = parser.value(u"list"_s).toInt(&ok);
        if (!ok || meta.batch < 1)
            return ctx.out.fail(
                UsageError, QCoreApplication::translate("habeas::cli", "--list must be 1 or more"));
    }

    return std::nullopt;
}

// Reads the files through the pool and prints what became of each, in the order given.
int importFiles(CliContext &ctx, Library &library, qint64 caseId, const QStringList &files,
    const EvidenceRecord &meta, const QString &password, bool ocr)
{
    // One parse worker per core, each reading file after file.
    ParserPool pool;
    const QList<ImportedFile> done =
        ImportRun(library, pool).run(caseId, files, meta, password, ocr);
    QJsonArray results;
    int imported = 0;
    int rejectedCount = 0;
    for (int i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        const ImportOutcome &o = done.at(i).import;
        QString status = o.kind == ImportOutcome::Kind::Imported ? u"imported"_s
            : o.kind == ImportOutcome::Kind::Duplicate           ? u"duplicate"_s
                                                                 : u"rejected"_s;
        QString message = o.message;
        if (o.kind == ImportOutcome::Kind::Rejected)
            ++rejectedCount;
        else
            ++imported;
        QJsonObject result { { u"file"_s, file },
            { u"id"_s, o.id ? QJsonValue(o.id) : QJsonValue() }, { u"sha256"_s, o.sha256 },
            { u"exhibit"_s, o.exhibit } };
        if (const auto read = addedRead(library, done.at(i), password); read) {
            if (read->status == u"unreadable"_s && status == u"imported"_s)
                status = read->status;
            message = read->message;
            result.insert(u"parse"_s, read->parse);
            result.insert(u"pages"_s, read->pages);
        }
        result.insert(u"status"_s, status);
        result.insert(u"message"_s, message);
        results.append(result);
        if (!ctx.out.json())
            ctx.out.printLine(u"%1  %2  %3  %4"_s.arg(
                status, o.exhibit, QDir::toNativeSeparators(file), message));
        else if (o.kind == ImportOutcome::Kind::Rejected)
            ctx.out.message(QDir::toNativeSeparators(file) + u": "_s + message);
    }
    if (ctx.out.json())
        ctx.out.printJson(results);
    // The library failing (its server went away) is not the files' fault: exit 3, saying why.
    for (const ImportedFile &file : done)
        if (file.import.libraryFailed())
            return ctx.out.fail(LibraryError, file.import.message);
    // A rejected file does not stop the rest; only when nothing could be imported is it an error.
    if (imported == 0 && rejectedCount > 0)
        return ctx.out.fail(
            UsageError, QCoreApplication::translate("habeas::cli", "no file was imported"));
    return Done;
}

int evidenceAdd(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, QCoreApplication::translate("habeas::cli", "the case id"))
        .positional(
            u"FILE..."_s, QCoreApplication::translate("habeas::cli", "the files to import"));
    parser.option(u"group"_s, u"G"_s,
        QCoreApplication::translate(
            "habeas::cli", "the exhibit group (the fact proved), default 1"));
    parser
        .option(u"password"_s, u"P"_s,
            QCoreApplication::translate("habeas::cli", "the password of protected PDFs"))
        .flag(u"no-ocr"_s,
            QCoreApplication::translate(
                "habeas::cli", "leave OCR of images for later (evidence ocr)"));
    parser.flag(u"supplement"_s,
        QCoreApplication::translate("habeas::cli",
            "start a supplementary evidence list: numbering continues after the earlier lists"));
    parser.option(u"list"_s, u"N"_s,
        QCoreApplication::translate("habeas::cli", "add to evidence list N (1 the first)"));
    addMetadataOptions(parser);
    // Any number of files: the parser's positional count is checked here instead.
    QStringList options;
    QStringList files;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a.startsWith(u"--"_s)) {
            options << a;
            const bool flag = a == u"--help"_s || a == u"--no-ocr"_s || a == u"--supplement"_s;
            if (!a.contains(u'=') && !flag && i + 1 < args.size())
                options << args.at(++i);
        } else {
            files << a;
        }
    }
    if (auto done = parseArguments(ctx, parser, options + files.mid(0, 2), u"evidence add"_s))
        return *done;
    if (files.size() < 2)
        return ctx.out.fail(UsageError,
            QCoreApplication::translate(
                "habeas::cli", "evidence add: name the case and at least one file"));
    auto caseId = CliContext::parseId(files.takeFirst(), u"CASE"_s);
    if (!caseId.ok())
        return ctx.out.fail(caseId.error());
    EvidenceRecord meta;
    if (parser.isSet(u"group"_s)) {
        bool ok = false;
        meta.group = parser.value(u"group"_s).toInt(&ok);
        if (!ok || meta.group < 1)
            return ctx.out.fail(UsageError,
                QCoreApplication::translate("habeas::cli", "--group must be 1 or more"));
    }
    if (auto st = applyMetadata(parser, meta); !st.ok())
        return ctx.out.fail(st.error());
    if (parser.isSet(u"title"_s) && files.size() > 1)
        return ctx.out.fail(UsageError,
            QCoreApplication::translate(
                "habeas::cli", "--title names one file; import several without it"));
    auto library = ctx.openLibraryForCase(CliContext::Access::Write, caseId.value());
    if (!library.ok())
        return ctx.out.fail(library.error());
    if (auto failed = chooseList(ctx, parser, *library.value(), caseId.value(), meta))
        return *failed;
    return importFiles(ctx, *library.value(), caseId.value(), files, meta,
        parser.value(u"password"_s), !parser.isSet(u"no-ocr"_s));
}

int evidenceList(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CASE"_s, QCoreApplication::translate("habeas::cli", "the case id"));
    if (auto done = parseArguments(ctx, parser, args, u"evidence list"_s))
        return *done;
    qint64 caseId = 0;
    auto library = ctx.openLibraryForCase(CliContext::Access::Read, parser.positional(0), caseId);
    if (!library.ok())
        return ctx.out.fail(library.error());
    return ctx.out.printList(
        library.value()->evidence().items(caseId),
        [](const EvidenceRecord &r) { return toJson(r); },
        { QCoreApplication::translate("habeas::cli", "Exhibit"),
            QCoreApplication::translate("habeas::cli", "ID"),
            QCoreApplication::translate("habeas::cli", "Title"),
            QCoreApplication::translate("habeas::cli", "Type"),
            QCoreApplication::translate("habeas::cli", "Size"), u"SHA-256"_s },
        [&](const EvidenceRecord &r) {
            return QStringList { r.exhibitNumber(), QString::number(r.id), r.title, r.mediaType,
                QLocale().formattedDataSize(r.size), r.sha256.left(12) };
        });
}

int evidenceShowOrEdit(CliContext &ctx, const QStringList &args, bool edit)
{
    const QString command = edit ? u"evidence edit"_s : u"evidence show"_s;
    ArgParser parser;
    parser.positional(u"ID"_s, QCoreApplication::translate("habeas::cli", "the exhibit id"));
    if (edit)
        addMetadataOptions(parser);
    if (auto done = parseArguments(ctx, parser, args, command))
        return *done;
    auto id = CliContext::parseId(parser.positional(0), u"ID"_s);
    if (!id.ok())
        return ctx.out.fail(id.error());
    auto library = ctx.openLibrary(edit ? CliContext::Access::Write : CliContext::Access::Read);
    if (!library.ok())
        return ctx.out.fail(library.error());
    auto item = library.value()->evidence().item(id.value());
    if (!item.ok())
        return ctx.out.fail(item.error());
    EvidenceRecord r = item.value();
    if (edit) {
        if (auto st = applyMetadata(parser, r); !st.ok())
            return ctx.out.fail(st.error());
        if (auto st = library.value()->evidence().updateItem(r); !st.ok())
            return ctx.out.fail(st.error());
        r = library.value()->evidence().item(id.value()).value();
    }
    if (ctx.out.json()) {
        ctx.out.printJson(toJson(r));
        return Done;
    }
    ctx.out.printFields({
        { QCoreApplication::translate("habeas::cli", "Exhibit"), r.exhibitNumber() },
        { QCoreApplication::translate("habeas::cli", "Title"), r.title },
        { QCoreApplication::translate("habeas::cli", "File"), r.originalName },
        { QCoreApplication::translate("habeas::cli", "Type"), r.mediaType },
        { QCoreApplication::translate("habeas::cli", "Size"), QLocale().formattedDataSize(r.size) },
        { u"SHA-256"_s, r.sha256 },
        { QCoreApplication::translate("habeas::cli", "Proves"), r.purpose },
        { QCoreApplication::translate("habeas::cli", "Source"), r.source },
        { QCoreApplication::translate("habeas::cli", "Captured"),
            r.capturedAt.toString(Qt::ISODate) },
        { QCoreApplication::translate("habeas::cli", "Device"), r.device },
        { QCoreApplication::translate("habeas::cli", "Operator"), r.operatorName },
        { QCoreApplication::translate("habeas::cli", "Notarial certificate"), r.notaryCert },
        { QCoreApplication::translate("habeas::cli", "Witnesses"), r.witnesses },
        { QCoreApplication::translate("habeas::cli", "Timestamp certificate"), r.timestampCert },
        { QCoreApplication::translate("habeas::cli", "How collected"), r.collection },
        { QCoreApplication::translate("habeas::cli", "Notes"), r.notes },
        { QCoreApplication::translate("habeas::cli", "Pages"), QString::number(r.pageCount) },
        { QCoreApplication::translate("habeas::cli", "Text"),
            r.parseNote.isEmpty() ? toId(r.parseState)
                                  : toId(r.parseState) + u" — "_s + r.parseNote },
    });
    return Done;
}

int evidenceRemove(CliContext &ctx, const QStringList &args)
{
    return runWithId(ctx, args, u"evidence remove"_s, u"ID"_s,
        QCoreApplication::translate("habeas::cli", "the exhibit id"), CliContext::Access::Write,
        [&ctx](Library &library, qint64 id) {
            if (auto st = library.evidence().trashItem(id); !st.ok())
                return ctx.out.fail(st.error());
            if (ctx.out.json())
                ctx.out.printJson(toJson(library.evidence().item(id).value()));
            else
                ctx.out.printLine(QCoreApplication::translate(
                    "habeas::cli", "Removed exhibit %1; its original stays in the store.")
                                      .arg(id));
            return int(Done);
        });
}

int evidenceVerify(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(
        u"CASE"_s, QCoreApplication::translate("habeas::cli", "only this case"), true);
    if (auto done = parseArguments(ctx, parser, args, u"evidence verify"_s))
        return *done;
    qint64 caseId = 0;
    auto library =
        ctx.openLibraryFilteredByCase(CliContext::Access::Read, parser.positional(0), caseId);
    if (!library.ok())
        return ctx.out.fail(library.error());
    const auto problems = library.value()->evidence().verify(caseId);
    if (!problems.ok())
        return ctx.out.fail(problems.error());
    if (ctx.out.json()) {
        QJsonArray array;
        for (const auto &p : problems.value())
            array.append(QJsonObject { { u"id"_s, p.id }, { u"caseId"_s, p.caseId },
                { u"exhibit"_s, p.exhibit }, { u"problem"_s, p.message } });
        ctx.out.printJson(
            QJsonObject { { u"ok"_s, problems->isEmpty() }, { u"problems"_s, array } });
    }
    for (const auto &p : problems.value())
        ctx.out.message(
            QCoreApplication::translate("habeas::cli", "case %1, exhibit %2 (id %3): %4")
                .arg(p.caseId)
                .arg(p.exhibit)
                .arg(p.id)
                .arg(p.message));
    if (!problems->isEmpty()) {
        const int count = static_cast<int>(problems->size());
        const QString summary = QCoreApplication::translate(
            "habeas::cli", "%n exhibit(s) missing or altered", nullptr, count);
        return ctx.out.fail(CheckFailed, summary);
    }
    if (!ctx.out.json())
        ctx.out.printLine(QCoreApplication::translate(
            "habeas::cli", "Every stored original matches its SHA-256."));
    return Done;
}

} // namespace

int runEvidenceCommand(CliContext &ctx, const QStringList &args)
{
    return runSubcommand(ctx, args, u"evidence"_s,
        {
            { u"add"_s, evidenceAdd },
            { u"ocr"_s, runEvidenceOcr },
            { u"list"_s, evidenceList },
            { u"show"_s,
                [](CliContext &c, const QStringList &a) {
                    return evidenceShowOrEdit(c, a, false);
                } },
            { u"edit"_s,
                [](CliContext &c, const QStringList &a) {
                    return evidenceShowOrEdit(c, a, true);
                } },
            { u"remove"_s, evidenceRemove },
            { u"move"_s, runEvidenceMove },
            { u"annotate"_s, runEvidenceAnnotate },
            { u"regions"_s, runEvidenceRegions },
            { u"export"_s, runEvidenceExport },
            { u"verify"_s, evidenceVerify },
        });
}

} // namespace habeas::cli
