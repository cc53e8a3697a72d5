#pragma once

#include "core/result.h"
#include "docmodel.h"

#include <QSizeF>

#include <memory>

class QIODevice;
class QImage;
class QPainter;

namespace habeas {

namespace doc {
class CheckedDevice;
}

// Builds one PDF page by page — the evidence bundle: the list, then every exhibit with its
// stamp — numbering all pages "— N —" continuously. Pages are written as they are appended, so
// a caller streaming hundreds of exhibit images holds one at a time. Not thread-safe; needs a
// QGuiApplication (fonts).
//
//   PdfComposer pdf(&file);
//   pdf.setTitle(u"证据材料"_s);
//   pdf.appendDocument(list);
//   pdf.appendImage(screenshot, u"证据1"_s);
//   if (Status done = pdf.finish(); !done) …
class PdfComposer final {
public:
    // out must be open for writing and outlive the composer; the composer never closes it.
    explicit PdfComposer(QIODevice *out);
    ~PdfComposer();
    Q_DISABLE_COPY_MOVE(PdfComposer)

    // Before the first page.
    void setTitle(const QString &title);
    // On by default; off, pages carry no number (still counted).
    void setPageNumbers(bool on);

    // The document's pages laid out as writePdf() lays them out; returns how many were added.
    // A stamp, if given, goes on each of them.
    Result<int> appendDocument(const doc::Document &document, const QString &stamp = {});
    // An A4 page with the image scaled to fit inside the GB/T 9704 margins, centred.
    Status appendImage(const QImage &image, const QString &stamp = {});
    // A page of sizePt points (a page of a PDF exhibit) covered by the image.
    Status appendPage(const QSizeF &sizePt, const QImage &image, const QString &stamp = {});

    // Ends the PDF. Without it the output is incomplete. An error from any step is returned.
    Status finish();

    int pageCount() const { return m_pages; }

private:
    // sizePt empty: A4. Returns the painter placed at the paper's top-left corner, in dots.
    Result<QPainter *> startPage(const QSizeF &sizePt);
    Status finishPage(const QSizeF &paperDots, double textBottom, const QString &stamp);
    Status failure() const;

    std::unique_ptr<doc::CheckedDevice> m_device;
    struct Writer;
    std::unique_ptr<Writer> m_writer;
    int m_pages = 0;
    bool m_pageNumbers = true;
    bool m_finished = false;
};

} // namespace habeas
