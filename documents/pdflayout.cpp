#include "pdflayout.h"

#include "core/cjkfont.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace habeas::doc {

namespace {

// Word's default cell margins (0.19 cm) and a little air above and below the text.
constexpr double cellPaddingXPt = 5.4;
constexpr double cellPaddingYPt = 3;
constexpr double borderPt = 0.5;

Qt::Alignment qtAlign(Align align)
{
    switch (align) {
    case Align::Left:
        return Qt::AlignLeft;
    case Align::Center:
        return Qt::AlignHCenter;
    case Align::Right:
        return Qt::AlignRight;
    case Align::Justify:
        return Qt::AlignJustify;
    }
    return Qt::AlignLeft;
}

} // namespace

struct PdfLayout::TableRow {
    struct CellBox {
        const QTextLayout *layout = nullptr;
        double x = 0; // from the left of the text block
        double width = 0;
        double textHeight = 0;
    };
    double height = 0;
    QList<CellBox> cells;
};

struct PdfLayout::Item {
    enum class Kind { Text, Table, Break };
    Kind kind = Kind::Text;
    const QTextLayout *layout = nullptr;
    double pitch = 0;
    double before = 0;
    bool keepWithNext = false;
    QList<TableRow> rows;
    int headerRows = 0;

    int lineCount() const { return qMax(1, layout ? layout->lineCount() : 0); }
    double textHeight() const { return lineCount() * pitch; }
    double tableHeaderHeight() const
    {
        double height = 0;
        for (int r = 0; r < headerRows && r < rows.size(); ++r)
            height += rows.at(r).height;
        return height;
    }
};

QString PdfLayout::fontFamily()
{
    return CjkFont::family();
}

QFont PdfLayout::font(double sizePt, bool bold)
{
    QFont font(fontFamily());
    font.setPixelSize(qMax(1, qRound(dotsFromPt(sizePt))));
    font.setBold(bold);
    // Hinting is for screens; at 1200 dpi it would only distort the advances.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

PdfLayout::PdfLayout(const Document &document)
    : m_document(document)
{
    const PageSetup &page = document.page;
    const QSizeF paper = a4Dots();
    m_textOrigin = QPointF(dotsFromMm(page.leftMm), dotsFromMm(page.topMm));
    m_textWidth = paper.width() - dotsFromMm(page.leftMm) - dotsFromMm(page.rightMm);
    m_textHeight = paper.height() - dotsFromMm(page.topMm) - dotsFromMm(page.bottomMm);

    const double bodyPitch = dotsFromPt(styleMetrics(Style::Body).linePitchPt);
    std::vector<Item> items;
    for (const Block &block : document.blocks) {
        if (const auto *paragraph = std::get_if<Paragraph>(&block)) {
            Item item;
            item.layout =
                layoutText(paragraph->runs, paragraph->style, paragraph->align, m_textWidth);
            item.pitch = dotsFromPt(styleMetrics(paragraph->style).linePitchPt);
            item.before = paragraph->spaceBefore * bodyPitch;
            item.keepWithNext = paragraph->keepWithNext;
            items.push_back(std::move(item));
        } else if (const auto *list = std::get_if<List>(&block)) {
            for (qsizetype i = 0; i < list->items.size(); ++i) {
                Item item;
                item.layout = layoutText(list->items.at(i), list->style, Align::Justify,
                    m_textWidth, listLabel(list->numbering, int(i + 1)));
                item.pitch = dotsFromPt(styleMetrics(list->style).linePitchPt);
                items.push_back(std::move(item));
            }
        } else if (const auto *table = std::get_if<Table>(&block)) {
            const QList<double> fractions = table->columnFractions();
            if (fractions.isEmpty())
                continue;
            Item item;
            item.kind = Item::Kind::Table;
            item.headerRows = qMax(0, table->headerRows);
            const double padX = dotsFromPt(cellPaddingXPt);
            const double padY = dotsFromPt(cellPaddingYPt);
            const double pitch = dotsFromPt(styleMetrics(Style::Small).linePitchPt);
            for (const QList<Cell> &cells : table->rows) {
                TableRow row;
                qsizetype column = 0;
                double x = 0;
                for (const Cell &cell : cells) {
                    double width = 0;
                    const qsizetype span = qMax(1, cell.columnSpan);
                    for (qsizetype c = column; c < column + span && c < fractions.size(); ++c)
                        width += fractions.at(c) * m_textWidth;
                    column += span;
                    TableRow::CellBox box;
                    box.layout = layoutText(
                        cell.runs, Style::Small, cell.align, qMax(1.0, width - 2 * padX));
                    box.x = x;
                    box.width = width;
                    box.textHeight = qMax(1, box.layout->lineCount()) * pitch;
                    row.height = qMax(row.height, box.textHeight + 2 * padY);
                    row.cells << box;
                    x += width;
                }
                item.rows << row;
            }
            items.push_back(std::move(item));
        } else {
            Item item;
            item.kind = Item::Kind::Break;
            items.push_back(std::move(item));
        }
    }
    paginate(items);
}

PdfLayout::~PdfLayout() = default;

const QTextLayout *PdfLayout::layoutText(
    const QList<Run> &runs, Style style, Align align, double width, const QString &label)
{
    const StyleMetrics metrics = styleMetrics(style);
    QString text = label;
    QList<QTextLayout::FormatRange> formats;
    for (const Run &run : runs) {
        const int start = int(text.size());
        text += run.text;
        if (!run.bold && !run.italic && !run.underline && !run.gap)
            continue;
        QTextCharFormat format;
        if (run.bold)
            format.setFontWeight(QFont::Bold);
        if (run.italic)
            format.setFontItalic(true);
        if (run.underline)
            format.setFontUnderline(true);
        // What the case still lacks shows on the draft, as the DOCX highlights it.
        if (run.gap)
            format.setBackground(QColor(255, 236, 64));
        formats.append({ start, int(run.text.size()), format });
    }
    // A newline inside a run is a line break within the paragraph, not a new paragraph.
    text.replace(u'\n', QChar::LineSeparator);

    auto layout = std::make_unique<QTextLayout>(text, font(metrics.sizePt, metrics.bold));
    QTextOption option(qtAlign(effectiveAlign(style, align)));
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setFormats(formats);
    layout->setCacheEnabled(true);

    const double pitch = dotsFromPt(metrics.linePitchPt);
    const double indent = indentsFirstLine(style, align) ? 2 * dotsFromPt(metrics.sizePt) : 0;
    layout->beginLayout();
    for (int i = 0;; ++i) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        const double x = i == 0 ? indent : 0;
        line.setLineWidth(qMax(1.0, width - x));
        // Exact line spacing, the glyphs centred in their line as Word and LibreOffice do.
        line.setPosition(QPointF(x, i * pitch + (pitch - line.height()) / 2));
    }
    layout->endLayout();
    m_layouts.push_back(std::move(layout));
    return m_layouts.back().get();
}

void PdfLayout::newPage()
{
    m_pages.append(Page {});
    m_y = 0;
}

// The height that must fit on the page for item index to start there: the space before it and
// its first line, or all of it and the start of what follows when it keeps with the next block.
double PdfLayout::leadHeight(const std::vector<Item> &items, size_t index) const
{
    if (index >= items.size())
        return 0;
    const Item &item = items.at(index);
    switch (item.kind) {
    case Item::Kind::Break:
        return 0;
    case Item::Kind::Table:
        return item.tableHeaderHeight()
            + (item.rows.size() > item.headerRows ? item.rows.at(item.headerRows).height : 0);
    case Item::Kind::Text:
        if (item.keepWithNext)
            return item.before + item.textHeight() + leadHeight(items, index + 1);
        return item.before + item.pitch;
    }
    return 0;
}

void PdfLayout::paginate(const std::vector<Item> &items)
{
    newPage();
    for (size_t i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        switch (item.kind) {
        case Item::Kind::Break:
            // Two breaks in a row give an empty page; a break on an empty first page does not.
            if (m_y > 0 || m_pages.size() > 1 || i > 0)
                newPage();
            break;
        case Item::Kind::Table:
            placeTable(item);
            break;
        case Item::Kind::Text:
            placeText(item, item.keepWithNext ? leadHeight(items, i) : 0);
            break;
        }
    }
}

void PdfLayout::placeText(const Item &item, double keepHeight)
{
    // A block that must stay with the next one moves to a new page together, unless the group
    // could not fit on any page: then it simply flows.
    if (keepHeight > 0 && m_y > 0 && m_y + keepHeight > m_textHeight && keepHeight <= m_textHeight)
        newPage();
    double before = m_y > 0 ? item.before : 0; // no blank lines at the top of a page
    if (m_y > 0 && m_y + before + item.pitch > m_textHeight + 0.5) {
        newPage();
        before = 0;
    }
    m_y += before;
    const int lines = item.lineCount();
    for (int first = 0; first < lines;) {
        // The half dot absorbs rounding: 22 lines of 28.9 pt fill 225 mm exactly.
        int fit = int(std::floor((m_textHeight - m_y + 0.5) / item.pitch));
        if (fit <= 0) {
            if (m_y == 0)
                fit = 1; // a pitch taller than the page still has to go somewhere
            else {
                newPage();
                continue;
            }
        }
        const int take = qMin(fit, lines - first);
        m_pages.last().lines.append(
            { item.layout, first, take, m_textOrigin + QPointF(0, m_y - first * item.pitch) });
        m_y += take * item.pitch;
        first += take;
        if (first < lines)
            newPage();
    }
}

void PdfLayout::placeTable(const Item &item)
{
    const double padX = dotsFromPt(cellPaddingXPt);
    const double padY = dotsFromPt(cellPaddingYPt);
    const auto placeRow = [&](const TableRow &row) {
        Page &page = m_pages.last();
        for (const TableRow::CellBox &cell : row.cells) {
            const QPointF topLeft = m_textOrigin + QPointF(cell.x, m_y);
            page.cells << QRectF(topLeft, QSizeF(cell.width, row.height));
            // Text centred vertically in its row, as the DOCX cells are.
            const double top = padY + (row.height - 2 * padY - cell.textHeight) / 2;
            page.lines.append(
                { cell.layout, 0, cell.layout->lineCount(), topLeft + QPointF(padX, top) });
        }
        m_y += row.height;
    };

    // The header row never stands alone at the bottom of a page.
    const double start = item.tableHeaderHeight()
        + (item.rows.size() > item.headerRows ? item.rows.at(item.headerRows).height : 0);
    if (m_y > 0 && m_y + start > m_textHeight + 0.5)
        newPage();
    bool freshPage = m_y == 0;
    for (qsizetype r = 0; r < item.rows.size(); ++r) {
        const TableRow &row = item.rows.at(r);
        // Rows do not split; a row taller than a page is placed on a page of its own.
        if (!freshPage && m_y + row.height > m_textHeight + 0.5) {
            newPage();
            if (r >= item.headerRows)
                for (int h = 0; h < item.headerRows && h < item.rows.size(); ++h)
                    placeRow(item.rows.at(h));
            freshPage = true;
        } else {
            freshPage = false;
        }
        placeRow(row);
        if (r >= item.headerRows)
            freshPage = false;
    }
}

void PdfLayout::paintPage(QPainter *painter, int index) const
{
    if (index < 0 || index >= m_pages.size())
        return;
    const QSizeF paper = a4Dots();
    painter->save();
    if (!m_document.watermark.isEmpty())
        paintWatermark(painter, paper, m_document.watermark);
    if (!m_document.headerText.isEmpty()) {
        painter->setPen(Qt::black);
        painter->setFont(font(10.5));
        painter->drawText(QRectF(m_textOrigin.x(), dotsFromMm(15), m_textWidth, dotsFromPt(14)),
            Qt::AlignHCenter | Qt::AlignTop, m_document.headerText);
    }
    const Page &page = m_pages.at(index);
    painter->setPen(QPen(Qt::black, dotsFromPt(borderPt)));
    painter->setBrush(Qt::NoBrush);
    for (const QRectF &cell : page.cells)
        painter->drawRect(cell);
    // Content-stream order is reading order, so pdftotext -raw and screen readers follow it.
    for (const Lines &lines : page.lines) {
        const int end = qMin(lines.first + lines.count, lines.layout->lineCount());
        for (int l = lines.first; l < end; ++l)
            lines.layout->lineAt(l).draw(painter, lines.origin);
    }
    painter->restore();
}

void PdfLayout::paintPageNumber(QPainter *painter, const QSizeF &paper, double textBottom, int n)
{
    painter->save();
    painter->setPen(Qt::black);
    painter->setFont(font(14));
    const QRectF box(0, textBottom + dotsFromMm(7), paper.width(), dotsFromPt(20));
    painter->drawText(box, Qt::AlignHCenter | Qt::AlignTop, u"— %1 —"_s.arg(n));
    painter->restore();
}

void PdfLayout::paintStamp(QPainter *painter, const QSizeF &paper, const QString &text)
{
    if (text.isEmpty())
        return;
    painter->save();
    const QFont stampFont = font(14, true);
    const QFontMetricsF metrics(stampFont);
    const double pad = dotsFromPt(4);
    const QSizeF size(metrics.horizontalAdvance(text) + 2 * pad, metrics.height() + 2 * pad);
    const QRectF box(QPointF(paper.width() - dotsFromMm(12) - size.width(), dotsFromMm(10)), size);
    // Paper white under the stamp, so it reads on a dark screenshot too.
    painter->fillRect(box, Qt::white);
    const QColor ink(192, 0, 0);
    painter->setPen(QPen(ink, dotsFromPt(1)));
    painter->drawRect(box);
    painter->setFont(stampFont);
    painter->drawText(box, Qt::AlignCenter, text);
    painter->restore();
}

void PdfLayout::paintWatermark(QPainter *painter, const QSizeF &paper, const QString &text)
{
    QPainterPath path;
    path.addText(0, 0, font(100, true), text);
    const QRectF bounds = path.boundingRect();
    if (bounds.isEmpty())
        return;
    // Across about 70 % of the diagonal, but never taller than a third of the page.
    const double diagonal = std::hypot(paper.width(), paper.height());
    const double scale =
        qMin(0.7 * diagonal / bounds.width(), paper.height() / 3 / bounds.height());
    painter->save();
    painter->translate(paper.width() / 2, paper.height() / 2);
    painter->rotate(-std::atan2(paper.height(), paper.width()) * 180 / M_PI);
    painter->scale(scale, scale);
    painter->translate(-bounds.center());
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(128, 128, 128, 60));
    painter->drawPath(path);
    painter->restore();
}

} // namespace habeas::doc
