#pragma once

#include "core/result.h"
#include "redaction.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace habeas::teaching {

class Pseudonyms;

// One exhibit as the teaching copy takes it: the original (never copied), its neutral name,
// its live redaction regions, and its stored page text.
struct ExhibitPlan {
    qint64 evidenceId = 0;
    QString exhibit; // 证据1-2
    QString neutralName; // E3
    QString blobPath;
    QString sha256;
    RedactionBoxes boxes; // by page index, from 0
    struct Page {
        QString text;
        QString origin; // pdf, ocr, text
    };
    QHash<int, Page> pages; // by page number, from 1

    // "E3 (证据1-2)": how messages name it.
    QString label() const;
};

// The identifiers the original's pages show outside every redaction. A PDF page with a text
// layer is searched where the name stands: each occurrence must lie under a redaction. A page
// whose text has no positions (OCR, an image) must carry at least one redaction wherever its
// text holds an identifier. Each problem reads "E2 page 1 shows 罗某 outside any redaction".
QStringList uncoveredIdentifiers(const ExhibitPlan &exhibit, const Pseudonyms &pseudonyms);

// The exhibit rendered with its redactions burned in, its metadata scrubbed.
struct Rendering {
    QString path;
    QString fileName; // E3.pdf, E3.png
    QString mediaType;
    QString sha256;
    qint64 size = 0;
    int pages = 0;
    // The text each page still shows (by page number): a PDF page's words outside the
    // redactions; an OCR'd or image page's stored text unless a redaction lies on it.
    QHash<int, QString> visibleText;
};

// Renders into `folder`: a PDF as an image-only PDF (no text layer, no Info dictionary, no XMP
// metadata), an image as a PNG holding only its pixels (no text, EXIF or time chunks).
Result<Rendering> renderExhibit(const ExhibitPlan &exhibit, const QString &folder,
    const std::atomic_bool *cancel, const std::function<void(int, int)> &progress);

// What a rendering still says: each identifier its text layer (if any) or raw bytes hold.
QStringList renderingLeaks(
    const ExhibitPlan &exhibit, const Rendering &rendering, const Pseudonyms &pseudonyms);

// Blanks a PDF's Info dictionary and its XMP metadata stream in place (same length, so the
// cross-reference table stays right). Returns false when the bytes are not such a PDF.
bool scrubPdfMetadata(QByteArray &pdf);
// Keeps only the chunks that draw the picture (IHDR, PLTE, tRNS, IDAT, IEND).
bool scrubPngMetadata(QByteArray &png);

} // namespace habeas::teaching
