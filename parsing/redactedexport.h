#pragma once

#include "core/result.h"

#include <atomic>

namespace habeas {

class Library;

// Writes a copy of an exhibit with its redaction regions burned in (an image becomes a PNG,
// a PDF an image-only PDF: see Redactor) and appends the `evidence.export` audit entry.
// Refuses an exhibit with no redaction region, and a stored original whose bytes no longer
// match its SHA-256. Returns the SHA-256 of the copy. Runs on the Library's thread; the
// original is never touched.
Result<QString> exportRedacted(Library &library, qint64 evidenceId, const QString &target,
    const QString &password = {}, const std::atomic_bool *cancel = nullptr);

} // namespace habeas
