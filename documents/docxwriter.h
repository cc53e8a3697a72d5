#pragma once

#include "core/result.h"
#include "docmodel.h"

class QIODevice;

namespace habeas {

// Writes the document as a Word package (.docx: Office Open XML, standard parts only) to a
// device open for writing. A failed write is reported; what reached the device is then garbage.
Status writeDocx(const doc::Document &document, QIODevice *out);

// Writes the package to path atomically: on any error the previous file, if any, is untouched
// and no partial file is left behind.
Status saveDocx(const doc::Document &document, const QString &path);

} // namespace habeas
