#include "redactedexport.h"

#include "evidence/annotationstore.h"
#include "evidence/evidencestore.h"
#include "redaction.h"
#include "storage/blobstore.h"
#include "storage/filehash.h"
#include "storage/library.h"
#include "storage/storagebackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::RedactedExport)
};

} // namespace

Result<RedactionJob> planRedactedExport(Library &library, qint64 evidenceId)
{
    const auto r = library.evidence().item(evidenceId);
    if (!r.ok())
        return r.error();
    const auto regions = library.annotations().annotations(evidenceId);
    if (!regions.ok())
        return regions.error();
    const auto original = library.blobs().localFile(r->sha256);
    if (!original.ok())
        return original.error();
    RedactionJob job { evidenceId, r->exhibitNumber(), original.value(), r->sha256, {} };
    for (const Annotation &a : regions.value())
        if (a.kind == Annotation::Kind::Redaction && !a.isTrashed())
            job.boxes[a.page - 1].append(a.rect);
    if (job.boxes.isEmpty())
        return Error::input(
            Text::tr("%1 has no redaction region, so a redacted copy would show "
                     "everything; mark the regions to black out first, or export the "
                     "original.")
                .arg(job.exhibit));
    return job;
}

Result<QString> writeRedactedCopy(const RedactionJob &job, const QString &target,
    const QString &password, const std::atomic_bool *cancel, std::function<void(int, int)> progress)
{
    // Never hand out a redaction of bytes that are no longer the exhibit.
    if (sha256OfFile(job.blobPath) != job.sha256)
        return Error::library(Text::tr("The stored original of %1 is missing or was altered (its "
                                       "SHA-256 no longer matches); nothing was exported.")
                                  .arg(job.exhibit));
    Redactor redactor(job.blobPath, password);
    redactor.setBoxes(job.boxes);
    redactor.setCancelFlag(cancel);
    redactor.setProgress(std::move(progress));
    if (auto st = redactor.saveRedacted(target); !st.ok())
        return st.error();
    return sha256OfFile(target);
}

Status logRedactedExport(Library &library, const RedactionJob &job, const QString &copySha256)
{
    return library.evidence().logRedactedExport(job.evidenceId, copySha256);
}

Result<QString> exportRedacted(Library &library, qint64 evidenceId, const QString &target,
    const QString &password, const std::atomic_bool *cancel)
{
    const auto job = planRedactedExport(library, evidenceId);
    if (!job.ok())
        return job.error();
    const auto copy = writeRedactedCopy(job.value(), target, password, cancel);
    if (!copy.ok())
        return copy.error();
    if (auto st = logRedactedExport(library, job.value(), copy.value()); !st.ok())
        return st.error();
    return copy;
}

} // namespace habeas
