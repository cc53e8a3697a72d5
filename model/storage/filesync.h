#pragma once

#include "core/result.h"

#include <QByteArray>

class QFileDevice;

namespace habeas {

// The one place that asks the operating system to put bytes on stable storage, so a power
// cut never leaves a recorded exhibit whose file is empty. Per platform: fsync on Linux,
// F_FULLFSYNC on macOS (its fsync stops at the drive's cache), FlushFileBuffers on Windows.
namespace FileSync {

// Flushes Qt's buffer and the file's data and metadata to the disk. The file stays open.
Status syncFile(QFileDevice &file);

// Makes the directory's entries (a file just created or renamed into it) durable. A no-op on
// Windows, where NTFS journals renames and a directory cannot be flushed through a handle.
Status syncDirectory(const QString &path);

// Replaces `path` with `bytes` atomically and durably: a temporary file beside it, synced,
// renamed over the old one, then the directory synced.
Status writeAtomically(const QString &path, const QByteArray &bytes);

} // namespace FileSync

} // namespace habeas
