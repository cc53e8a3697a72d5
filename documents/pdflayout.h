#pragma once

#include "docmodel.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>

#include <memory>
#include <vector>

class QPainter;
class QTextLayout;

namespace habeas::doc {

// Lays a Document out into A4 pages for QPdfWriter, and paints them. Everything is measured in
// dots of 1/1200 inch (the PDF writers' resolution): fonts get pixel sizes in dots, so the
// layout needs no paint device and the page count is known before anything is written.
// One implementation for pdfwriter and pdfcomposer, so a bundle's list pages are the same pages.
class PdfLayout final {
public:
    static constexpr int dpi = 1200;
    static double dotsFromPt(double pt) { return pt * dpi / 72.0; }
    static double dotsFromMm(double mm) { return mm * dpi / 25.4; }
    static QSizeF a4Dots() { return { dotsFromMm(210), dotsFromMm(297) }; }

    explicit PdfLayout(const Document &document);
    ~PdfLayout();
    Q_DISABLE_COPY_MOVE(PdfLayout)

    int pageCount() const { return int(m_pages.size()); }
    // Paints page index (from 0) with the painter's origin at the paper's top-left corner:
    // watermark, header line and content. The page number is the caller's (numbering may run on).
    void paintPage(QPainter *painter, int index) const;

    // The one CJK family the PDFs use: CjkFont::family(), the platform's choice.
    static QString fontFamily();
    static QFont font(double sizePt, bool bold = false);

    // "— N —", 4号, centred 7 mm below the text block (GB/T 9704).
    static void paintPageNumber(QPainter *painter, const QSizeF &paper, double textBottom, int n);
    // An exhibit stamp ("证据1-2") in a box in the top-right corner.
    static void paintStamp(QPainter *painter, const QSizeF &paper, const QString &text);
    // A diagonal grey watermark across the page, drawn as outlines so it is not page text.
    static void paintWatermark(QPainter *painter, const QSizeF &paper, const QString &text);

private:
    // Lines [first, first + count) of a laid-out paragraph, drawn with the layout at origin.
    struct Lines {
        const QTextLayout *layout = nullptr;
        int first = 0;
        int count = 0;
        QPointF origin;
    };
    struct Page {
        QList<Lines> lines;
        QList<QRectF> cells; // table cell borders
    };
    struct Item; // a prepared block: a paragraph, a table or a page break
    struct TableRow;

    const QTextLayout *layoutText(
        const QList<Run> &runs, Style style, Align align, double width, const QString &label = {});
    double leadHeight(const std::vector<Item> &items, size_t index) const;
    void paginate(const std::vector<Item> &items);
    void placeText(const Item &item, double keepHeight);
    void placeTable(const Item &item);
    void newPage();

    const Document &m_document;
    double m_textWidth = 0;
    double m_textHeight = 0;
    QPointF m_textOrigin;
    std::vector<std::unique_ptr<QTextLayout>> m_layouts;
    QList<Page> m_pages;
    double m_y = 0; // pagination cursor, from the top of the text block
};

} // namespace habeas::doc
