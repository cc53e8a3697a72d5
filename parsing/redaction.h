#pragma once

#include "core/result.h"

#include <QList>
#include <QMap>
#include <QRectF>
#include <QString>

#include <atomic>
#include <functional>

class QIODevice;

namespace habeas {

// Rectangles to black out, by page index (from 0; an image has page 0 only), each in
// normalised coordinates: 0..1 of the page's width and height from its top left.
using RedactionBoxes = QMap<int, QList<QRectF>>;

// Burns redaction boxes into a copy; the original is never touched.
//
// An image becomes a PNG with solid black rectangles. A PDF is rendered page by page (one
// page in memory at a time), the boxes painted over, and written as a new PDF of one image
// per page at each page's own size: the copy has NO text layer and none of the original's
// objects or metadata, so redacted text cannot be recovered from it by selecting, copying
// or pdftotext. The price is that the copy's text is no longer searchable.
class Redactor final {
    Q_DISABLE_COPY_MOVE(Redactor)

public:
    explicit Redactor(QString source, QString password = {});

    void setBoxes(RedactionBoxes boxes) { m_boxes = std::move(boxes); }
    void setDpi(int dpi) { m_dpi = dpi; }
    // Checked between and during pages; a cancelled write returns an error.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Called after each page is written with (pages done, pages in all).
    void setProgress(std::function<void(int, int)> progress) { m_progress = std::move(progress); }

    // PDF in, PDF out; any image in, PNG out.
    bool sourceIsPdf() const;

    Status write(QIODevice *out) const;
    // Atomically: the target is replaced only by a complete copy.
    Status saveRedacted(const QString &target) const;

private:
    Status writeImage(QIODevice *out) const;
    Status writePdf(QIODevice *out) const;
    Status checkBoxes(int pageCount) const;

    QString m_source;
    QString m_password;
    RedactionBoxes m_boxes;
    int m_dpi = 200;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(int, int)> m_progress;
};

} // namespace habeas
