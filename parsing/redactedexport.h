#pragma once

#include "core/result.h"
#include "redaction.h"

#include <atomic>
#include <functional>

namespace habeas {

class Library;

// Writes a copy of an exhibit with its redaction regions burned in (an image becomes a PNG,
// a PDF an image-only PDF: see Redactor) and appends the `evidence.export` audit entry.
// Refuses an exhibit with no redaction region, and a stored original whose bytes no longer
// match its SHA-256. Returns the SHA-256 of the copy. Runs on the Library's thread; the
// original is never touched.
Result<QString> exportRedacted(Library &library, qint64 evidenceId, const QString &target,
    const QString &password = {}, const std::atomic_bool *cancel = nullptr);

// The same in three steps, so that a window can rasterise on a worker: what to redact (read
// on the Library's thread), the copy written (any thread; returns its SHA-256), and the audit
// entry (the Library's thread again).
struct RedactionJob {
    qint64 evidenceId = 0;
    QString exhibit;
    QString blobPath;
    QString sha256;
    RedactionBoxes boxes;
};
Result<RedactionJob> planRedactedExport(Library &library, qint64 evidenceId);
Result<QString> writeRedactedCopy(const RedactionJob &job, const QString &target,
    const QString &password = {}, const std::atomic_bool *cancel = nullptr,
    std::function<void(int, int)> progress = {});
Status logRedactedExport(Library &library, const RedactionJob &job, const QString &copySha256);

} // namespace habeas
