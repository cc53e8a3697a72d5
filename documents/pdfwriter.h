#pragma once

#include "core/result.h"
#include "docmodel.h"

class QIODevice;

namespace habeas {

// Writes the document as a PDF (A4, GB/T 9704 margins, the CJK font embedded, text
// extractable) to a device open for writing. Returns the number of pages written.
// Needs a QGuiApplication (fonts); an offscreen platform is enough.
Result<int> writePdf(const doc::Document &document, QIODevice *out);

// Writes the PDF to path atomically: on error no partial file is left. Returns the page count.
Result<int> savePdf(const doc::Document &document, const QString &path);

// The number of pages writePdf() produces, without writing anything: the evidence bundle
// numbers its exhibits' pages after the list's.
int pdfPageCount(const doc::Document &document);

} // namespace habeas
