#include "evidence/evidenceprocessor.h"

#include "evidence/evidencetext.h"
#include "storage/blobstore.h"
#include "storage/library.h"
#include "storage/storagebackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::EvidenceProcessor)
};

// The worker's own rule (app/parse): a page with almost no text layer is a scan.
bool needsOcr(const QString &text)
{
    return text.simplified().size() < 16;
}

PageText::Origin originOf(const QString &id)
{
    if (id == u"ocr"_s)
        return PageText::Origin::Ocr;
    if (id == u"text"_s)
        return PageText::Origin::Text;
    return PageText::Origin::Pdf;
}

QList<PageText> pagesOf(const ParseResult &result, bool ocrOnly)
{
    QList<PageText> pages;
    for (const ParsedPage &p : result.pages) {
        if (ocrOnly && p.origin != u"ocr"_s)
            continue;
        pages.append({ p.page, p.widthPt, p.heightPt, originOf(p.origin), p.text });
    }
    return pages;
}

// Whether anything in the file is for OCR: an image, or a PDF page without a text layer.
bool wantsOcr(const ParseResult &result)
{
    if (result.kind == ParseResult::Kind::Image)
        return true;
    if (result.kind != ParseResult::Kind::Pdf)
        return false;
    return std::any_of(result.pages.cbegin(), result.pages.cend(),
        [](const ParsedPage &p) { return p.origin == u"ocr"_s || needsOcr(p.text); });
}

bool recognisedSomething(const ParseResult &result)
{
    return std::any_of(result.pages.cbegin(), result.pages.cend(),
        [](const ParsedPage &p) { return p.origin == u"ocr"_s; });
}

} // namespace

EvidenceProcessor::EvidenceProcessor(Library &library)
    : m_library(library)
{
}

Result<ProcessJob> EvidenceProcessor::prepare(
    qint64 id, const QString &password, bool ocr, Original original) const
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return st.error();
    const auto r = m_library.evidence().item(id);
    if (!r.ok())
        return r.error();
    ProcessJob job;
    job.id = id;
    job.caseId = r->caseId;
    job.exhibit = r->exhibitNumber();
    job.sha256 = r->sha256;
    // The worker reads a file: on a server, a checked copy in the session folder.
    if (original == Original::Now || !m_library.isServer()) {
        const auto file = m_library.blobs().localFile(r->sha256);
        if (!file.ok())
            return file.error();
        job.blobPath = file.value();
    }
    job.thumbnailPath = m_library.thumbnailPath(r->sha256);
    // A cache: when its folder cannot be made the worker says "no thumbnail" and reads on.
    if (!job.thumbnailPath.isEmpty())
        QDir().mkpath(QFileInfo(job.thumbnailPath).absolutePath());
    job.password = password;
    job.claimedType =
        QMimeDatabase().mimeTypeForFile(r->originalName, QMimeDatabase::MatchExtension).name();
    job.ocr = ocr;
    return job;
}

Result<ProcessJob> EvidenceProcessor::prepareOcr(qint64 id, Original original) const
{
    auto job = prepare(id, {}, true, original);
    if (!job.ok())
        return job;
    ProcessJob j = job.value();
    j.ocrOnly = true;
    j.thumbnailPath.clear();
    return j;
}

ParseResult EvidenceProcessor::read(
    const ParserClient &parser, const ProcessJob &job, const std::atomic_bool *cancel)
{
    return parser.parse({ job.blobPath, job.password, job.ocr, job.thumbnailPath }, cancel);
}

Result<ProcessOutcome> EvidenceProcessor::store(const ProcessJob &job, const ParseResult &result)
{
    ProcessOutcome o;
    o.id = job.id;
    o.caseId = job.caseId;
    o.exhibit = job.exhibit;
    o.status = result.status;
    o.ocrOnly = job.ocrOnly;
    using Ocr = EvidenceRecord::OcrState;

    if (result.status == ParseResult::Status::Cancelled
        || result.status == ParseResult::Status::ParserUnavailable) {
        // Says nothing about the file: it stays as it was, to be read another time.
        o.kind = ProcessOutcome::Kind::NotRead;
        o.message = result.reason;
        return o;
    }

    if (job.ocrOnly) {
        const QList<PageText> recognised = pagesOf(result, true);
        const bool failed = !result.ok() || (recognised.isEmpty() && !result.warning.isEmpty());
        o.kind = result.ok() ? ProcessOutcome::Kind::Ok : ProcessOutcome::Kind::Unreadable;
        o.message = result.ok() ? result.warning : result.reason;
        o.ocr = failed ? Ocr::Failed : Ocr::Done;
        if (auto st = m_library.evidenceText().storeOcr(job.id, recognised, failed,
                failed ? Text::tr("OCR failed: %1").arg(o.message) : QString());
            !st.ok())
            return st.error();
        return o;
    }

    // The blob has no name, so the worker judged by content alone; a file named .pdf or .png
    // whose bytes are neither is what a court would call unreadable, not "other".
    ParseResult judged = result;
    const bool claimsPdf = job.claimedType == u"application/pdf"_s;
    const bool claimsImage = job.claimedType.startsWith(u"image/"_s);
    if (result.ok() && result.kind == ParseResult::Kind::Other && (claimsPdf || claimsImage)) {
        judged.status = ParseResult::Status::Unreadable;
        judged.reason = claimsPdf
            ? Text::tr("The file is named as a PDF but its content is not a PDF.")
            : Text::tr("The file is named as an image but its content is not an image.");
    }
    return storeRead(job, judged, o);
}

Result<ProcessOutcome> EvidenceProcessor::storeRead(
    const ProcessJob &job, const ParseResult &result, ProcessOutcome o)
{
    EvidenceText &text = m_library.evidenceText();
    using State = EvidenceRecord::ParseState;
    using Ocr = EvidenceRecord::OcrState;
    o.status = result.status;
    switch (result.status) {
    case ParseResult::Status::Ok: {
        o.kind = ProcessOutcome::Kind::Ok;
        o.message = result.warning;
        o.pageCount = result.kind == ParseResult::Kind::Image
            ? std::max(1, result.pageCount)
            : std::max(result.pageCount, int(result.pages.size()));
        if (wantsOcr(result)) {
            if (!job.ocr)
                o.ocr = Ocr::Pending;
            else
                o.ocr = recognisedSomething(result) || result.warning.isEmpty() ? Ocr::Done
                                                                                : Ocr::Failed;
        }
        if (auto st = text.storeParse(
                job.id, State::Ok, result.warning, o.pageCount, pagesOf(result, false), o.ocr);
            !st.ok())
            return st.error();
        if (result.capturedAt.isValid()) {
            const auto filled = m_library.evidence().prefillCapturedAt(job.id, result.capturedAt);
            if (!filled.ok())
                return filled.error();
            o.capturedPrefilled = filled.value();
        }
        return o;
    }
    case ParseResult::Status::Encrypted:
    case ParseResult::Status::WrongPassword:
        o.kind = ProcessOutcome::Kind::Encrypted;
        o.message = result.reason;
        if (auto st = text.storeParse(job.id, State::Encrypted, result.reason, 0, {}, Ocr::None);
            !st.ok())
            return st.error();
        return o;
    default:
        o.kind = ProcessOutcome::Kind::Unreadable;
        o.message = result.reason;
        if (auto st = text.storeParse(job.id, State::Unreadable, result.reason, 0, {}, Ocr::None);
            !st.ok())
            return st.error();
        return o;
    }
}

Result<ProcessOutcome> EvidenceProcessor::process(
    qint64 id, const QString &password, bool ocr, const std::atomic_bool *cancel)
{
    const auto job = prepare(id, password, ocr);
    if (!job.ok())
        return job.error();
    return store(job.value(), read(m_parser, job.value(), cancel));
}

Result<ProcessOutcome> EvidenceProcessor::runOcr(qint64 id, const std::atomic_bool *cancel)
{
    const auto job = prepareOcr(id);
    if (!job.ok())
        return job.error();
    return store(job.value(), read(m_parser, job.value(), cancel));
}

Result<QList<ProcessOutcome>> EvidenceProcessor::ocrPending(
    qint64 caseId, const std::atomic_bool *cancel)
{
    const auto ids = m_library.evidenceText().pendingOcr(caseId);
    if (!ids.ok())
        return ids.error();
    QList<ProcessOutcome> outcomes;
    for (const qint64 id : ids.value()) {
        if (cancel && cancel->load())
            break;
        const auto o = runOcr(id, cancel);
        if (!o.ok())
            return o.error();
        outcomes.append(o.value());
        if (o->kind == ProcessOutcome::Kind::NotRead)
            break; // cancelled, or no parser: the rest would go the same way
    }
    return outcomes;
}

} // namespace habeas
