#pragma once

#include "core/result.h"
#include "docmodel.h"

#include <QList>
#include <QMap>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <atomic>
#include <functional>

class QIODevice;

namespace habeas {

class Library;
class TemplateRegistry;

// One exhibit as the bundle prints it.
struct BundleExhibit {
    enum class Kind { Image, Pdf, Placeholder };
    qint64 evidenceId = 0;
    QString number; // 证据1-2
    QString title;
    QString file; // the original, in the blob store
    QString originalName;
    QString mediaType;
    QString sha256;
    qint64 size = 0;
    Kind kind = Kind::Placeholder;
    int pages = 1;
    int firstPage = 0; // in the bundle, from 1
    QString note; // why a PDF or an image prints as a placeholder page
    // Page index (from 0) → redaction boxes in fractions of the page.
    QMap<int, QList<QRectF>> redactions;

    // "7" or "7-9": what the 证据目录 prints in its 页码 column.
    QString pageRange() const;
};

// Everything the bundle needs, read from the library: a value, so it can be handed to a
// worker thread that writes the PDF without touching the database.
struct BundlePlan {
    doc::Document cover; // the evidence-bundle template
    doc::Document list; // the evidence-list template, its 页码 filled in
    int coverPages = 0;
    int listPages = 0;
    QList<BundleExhibit> exhibits;
    int pageCount = 0;
    QString title;
};

// Builds the plan on the library's thread. The list is laid out twice: once to learn how many
// pages it takes, then with the page ranges that follow from it (and again should the ranges
// change its length). Without draft, refuses (Input) when the case lacks a field the cover or
// the list needs, naming every one. Opens each PDF exhibit to count its pages; needs a
// QGuiApplication (fonts). When cancel becomes true, stops between exhibits with an error.
Result<BundlePlan> planEvidenceBundle(Library &library, qint64 caseId,
    const TemplateRegistry &registry, bool draft, const std::atomic_bool *cancel = nullptr);

struct BundleWriteOptions {
    double dpi = 150; // PDF exhibit pages are rendered at this resolution
    // Threads that decode and render exhibit pages; 0: one per core. The output is the same
    // byte for byte whatever the number.
    int threads = 0;
    // > 0: a preview: stops once this many pages are written (the cover and the list are
    // whole), and the PDF ends there.
    int pageLimit = 0;
    const std::atomic_bool *cancel = nullptr;
    // Called after each page with (pages written, pages in all); on the writing thread.
    std::function<void(int, int)> progress;
};

// Writes 证据材料: the cover, the 证据目录, then every exhibit in list order — images fitted to
// A4, PDF pages at their own size — its first page stamped with its number, redactions burned
// in, every page numbered "— N —" as the list says. Exhibit pages are decoded and rendered on
// every core and written strictly in order; a few pages per core are in memory at a time, so a
// bundle of thousands of pages streams. Any thread; no database. Returns the page count.
Result<int> writeEvidenceBundle(
    const BundlePlan &plan, QIODevice *out, const BundleWriteOptions &options = {});
// Atomically: nothing is left at path on error or cancel.
Result<int> saveEvidenceBundle(
    const BundlePlan &plan, const QString &path, const BundleWriteOptions &options = {});

} // namespace habeas
