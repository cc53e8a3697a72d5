#pragma once

#include "core/result.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <atomic>
#include <memory>

namespace habeas {

// The one adapter over Poppler. Calls into one document are serialised by that document's own
// mutex (a Poppler document is not safe on two threads at once); different documents run in
// parallel, so a viewer, an export, a thumbnailer and the evidence bundle's workers do not wait
// for one another. The global state Poppler builds lazily without a lock is built once, before
// the first document opens (see pdfdocument.cpp). Pages are numbered from 0 here; people count
// from 1.
class PdfDocument final {
    Q_DISABLE_COPY_MOVE(PdfDocument)

public:
    // Why a document did not open, for callers that react differently to each.
    enum class OpenFailure {
        None,
        Unreadable, // missing, unreadable, not a PDF, or damaged beyond repair
        PasswordRequired, // encrypted, and no password was given
        WrongPassword, // encrypted, and the password given does not open it
    };

    // `failure`, when given, says which of the above happened (None on success).
    static Result<std::unique_ptr<PdfDocument>> open(
        const QString &file, const QString &password = {}, OpenFailure *failure = nullptr);
    static Result<std::unique_ptr<PdfDocument>> fromData(
        const QByteArray &bytes, const QString &password = {}, OpenFailure *failure = nullptr);

    ~PdfDocument();

    int pageCount() const;
    // In points (1/72 inch); an empty size for a page that does not exist or cannot be read.
    QSizeF pageSize(int index) const;
    Result<QString> pageText(int index) const;

    // Renders a page at `dpi`. A page so large that it would exceed kMaxRenderPixels is
    // rendered at a lower resolution (the image's size says which). When `cancel` becomes
    // true the render stops and an error is returned.
    Result<QImage> renderPage(
        int index, double dpi, const std::atomic_bool *cancel = nullptr) const;

    // Where a phrase appears on a page, in points from the top left, one rectangle per
    // line of each hit: what a viewer paints to highlight a search result.
    QList<QRectF> findText(int index, const QString &phrase) const;

    struct Word {
        QString text;
        QRectF box; // points from the top left
    };
    QList<Word> words(int index) const;

    static constexpr qint64 kMaxRenderPixels = 120'000'000;

private:
    struct Private;
    explicit PdfDocument(std::unique_ptr<Private> p);
    std::unique_ptr<Private> d;
};

} // namespace habeas
