// What is read out of exhibits and what is written from them: `evidence ocr` and
// `evidence export` (the original, or a copy with the redactions burned in).
#include "commandhelpers.h"
#include "evidence/evidenceprocessor.h"
#include "evidence/evidencestore.h"
#include "evidence/evidencetext.h"
#include "redactedexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace habeas::cli {

int runEvidenceOcr(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(
        u"CASE"_s, QCoreApplication::translate("habeas::cli", "only this case"), true);
    if (auto done = parseArguments(ctx, parser, args, u"evidence ocr"_s))
        return *done;
    qint64 caseId = 0;
    auto library =
        ctx.openLibraryForCaseOrAll(CliContext::Access::Write, parser.positional(0), caseId);
    if (!library.ok())
        return ctx.out.fail(library.error());
    EvidenceProcessor processor(*library.value());
    const auto outcomes = processor.ocrPending(caseId);
    if (!outcomes.ok())
        return ctx.out.fail(outcomes.error());
    QJsonArray array;
    QString notRead;
    for (const ProcessOutcome &o : outcomes.value()) {
        if (o.kind == ProcessOutcome::Kind::NotRead) {
            notRead = o.message;
            continue;
        }
        const QString state = toId(o.ocr);
        array.append(QJsonObject { { u"id"_s, o.id }, { u"exhibit"_s, o.exhibit },
            { u"ocr"_s, state }, { u"message"_s, o.message } });
        if (!ctx.out.json())
            ctx.out.printLine(u"%1  %2  %3"_s.arg(o.exhibit, state, o.message));
    }
    if (!notRead.isEmpty())
        return ctx.out.fail(LibraryError, notRead);
    if (ctx.out.json())
        ctx.out.printJson(array);
    else if (array.isEmpty())
        ctx.out.printLine(QCoreApplication::translate("habeas::cli", "No OCR is pending."));
    return Done;
}

int runEvidenceExport(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"ID"_s, QCoreApplication::translate("habeas::cli", "the exhibit id"))
        .option(u"out"_s, u"FILE"_s,
            QCoreApplication::translate("habeas::cli", "where to write the original bytes"))
        .flag(u"redacted"_s,
            QCoreApplication::translate("habeas::cli",
                "write a copy with the redaction regions burned in (image: PNG; PDF: image-only "
                "PDF)"))
        .option(u"password"_s, u"P"_s,
            QCoreApplication::translate("habeas::cli", "the password of a protected PDF"));
    if (auto done = parseArguments(ctx, parser, args, u"evidence export"_s))
        return *done;
    if (!parser.isSet(u"out"_s))
        return ctx.out.fail(UsageError,
            QCoreApplication::translate("habeas::cli", "evidence export: --out is required"));
    auto opened = ctx.openLibraryWithId(CliContext::Access::Read, parser.positional(0), u"ID"_s);
    if (!opened.ok())
        return ctx.out.fail(opened.error());
    auto &[library, id] = opened.value();
    const QString out = parser.value(u"out"_s);
    const bool redacted = parser.isSet(u"redacted"_s);
    QString sha;
    if (redacted) {
        const auto copy = exportRedacted(*library, id, out, parser.value(u"password"_s));
        if (!copy.ok())
            return ctx.out.fail(copy.error());
        sha = copy.value();
    } else {
        if (auto st = library->evidence().exportOriginal(id, out); !st.ok())
            return ctx.out.fail(st.error());
        sha = library->evidence().item(id)->sha256;
    }
    if (ctx.out.json())
        ctx.out.printJson(QJsonObject { { u"id"_s, id }, { u"out"_s, out }, { u"sha256"_s, sha },
            { u"redacted"_s, redacted } });
    else if (redacted)
        ctx.out.printLine(
            QCoreApplication::translate("habeas::cli", "Wrote a redacted copy to %1 (SHA-256 %2)")
                .arg(QDir::toNativeSeparators(out), sha));
    else
        ctx.out.printLine(QCoreApplication::translate("habeas::cli", "Wrote %1 (SHA-256 %2)")
                              .arg(QDir::toNativeSeparators(out), sha));
    return Done;
}

} // namespace habeas::cli
