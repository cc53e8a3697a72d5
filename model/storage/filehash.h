#pragma once

#include <QString>

class QIODevice;

namespace habeas {

// The SHA-256 every original, blob and bundle entry is known by, as 64 lowercase hex digits.
// Empty when the file cannot be opened or read.
[[nodiscard]] QString sha256OfFile(const QString &path);
// Of what remains to be read from an open device; empty on a read error.
[[nodiscard]] QString sha256Of(QIODevice &device);

} // namespace habeas
