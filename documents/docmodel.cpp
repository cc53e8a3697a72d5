#include "docmodel.h"

#include "law/chinesenumerals.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace habeas::doc {

StyleMetrics styleMetrics(Style style)
{
    // GB/T 9704: a 3号 (16 pt) body on a pitch of 7/8 of a character more (≈ 28.9 pt); the
    // 2号 title gets a wider pitch so a two-line title does not crowd itself.
    switch (style) {
    case Style::Title:
        return { 22, 36, true, false };
    case Style::Subtitle:
        return { 16, 28.9, false, false };
    case Style::Heading1:
    case Style::Heading2:
    case Style::Body:
        return { 16, 28.9, false, true };
    case Style::Plain:
        return { 16, 28.9, false, false };
    case Style::Small:
        return { 14, 22, false, false };
    }
    return {};
}

Align effectiveAlign(Style style, Align align)
{
    if ((style == Style::Title || style == Style::Subtitle) && align == Align::Justify)
        return Align::Center;
    return align;
}

bool indentsFirstLine(Style style, Align align)
{
    const Align effective = effectiveAlign(style, align);
    return styleMetrics(style).firstLineIndent
        && (effective == Align::Left || effective == Align::Justify);
}

QList<double> Table::columnFractions() const
{
    qsizetype columns = columnWidths.size();
    for (const QList<Cell> &row : rows) {
        qsizetype spanned = 0;
        for (const Cell &cell : row)
            spanned += qMax(1, cell.columnSpan);
        columns = qMax(columns, spanned);
    }
    if (columns == 0)
        return {};
    QList<double> widths(columns, 0.0);
    double given = 0;
    for (qsizetype i = 0; i < columnWidths.size(); ++i) {
        widths[i] = qMax(0, columnWidths.at(i));
        given += widths[i];
    }
    // Columns without a width get the average of the given ones (or 1 when none is given).
    const double fallback =
        given > 0 && !columnWidths.isEmpty() ? given / double(columnWidths.size()) : 1.0;
    double total = 0;
    for (double &width : widths) {
        if (width <= 0)
            width = fallback;
        total += width;
    }
    for (double &width : widths)
        width /= total;
    return widths;
}

QString listLabel(List::Numbering numbering, int number)
{
    switch (numbering) {
    case List::Numbering::Arabic:
        // docs/filings.md §0.3: claims are numbered "1. 判令被告……；" in practice.
        return QString::number(number) + u". "_s;
    case List::Numbering::ChineseComma:
        return toChineseNumeral(number) + u"、"_s;
    case List::Numbering::ChineseParen:
        return u"（"_s + toChineseNumeral(number) + u"）"_s;
    }
    return {};
}

static QString runsText(const QList<Run> &runs)
{
    QString all;
    for (const Run &run : runs)
        all += run.text;
    return all;
}

QString Document::plainText() const
{
    QStringList parts;
    for (const Block &block : blocks) {
        if (const auto *paragraph = std::get_if<Paragraph>(&block)) {
            parts << paragraph->text();
        } else if (const auto *list = std::get_if<List>(&block)) {
            for (qsizetype i = 0; i < list->items.size(); ++i)
                parts << listLabel(list->numbering, int(i + 1)) + runsText(list->items.at(i));
        } else if (const auto *table = std::get_if<Table>(&block)) {
            for (const QList<Cell> &row : table->rows) {
                QStringList cells;
                for (const Cell &cell : row)
                    cells << runsText(cell.runs);
                parts << cells.join(u'\t');
            }
        }
        // A page break holds no text.
    }
    return parts.join(u'\n');
}

} // namespace habeas::doc
