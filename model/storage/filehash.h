#pragma once

#include "core/result.h"

#include <QIODevice>
#include <QString>

namespace habeas {

// The SHA-256 every original, blob and bundle entry is known by, as 64 lowercase hex digits.
// Empty when the file cannot be opened or read.
[[nodiscard]] QString sha256OfFile(const QString &path);
// Of what remains to be read from an open device; empty on a read error.
[[nodiscard]] QString sha256Of(QIODevice &device);
// Copies what remains of `source` into `target`, hashing the bytes on the way; returns their
// SHA-256. A read or write error (a full disk, say) is an I/O error naming which it was.
Result<QString> copyHashing(QIODevice &source, QIODevice &target);

// Where bytes go when only their hash matters (BlobStorage::copyTo to check a blob): takes
// every write, keeps nothing.
class DiscardDevice final : public QIODevice {
public:
    DiscardDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override { return size; }
};

} // namespace habeas
