#pragma once

#include <QList>
#include <QString>

#include <variant>

// The intermediate document model every filing is built in and every writer (DOCX, PDF)
// renders. It knows nothing of templates or cases: a template fills it, a writer prints it.
namespace habeas::doc {

// A stretch of text with one set of character properties.
struct Run {
    QString text;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    // A field the document legally needs that the case lacks: writers mark it (a draft only).
    bool gap = false;
};

enum class Align { Left, Center, Right, Justify };

// Styles map to the GB/T 9704 defaults of docs/filings.md §0.4: a 2号 title, 黑体/楷体
// headings, a 3号 仿宋 body with a two-character first-line indent.
enum class Style {
    Title, // 2号, centred, bold
    Subtitle, // 3号, centred (the case line under a title)
    Heading1, // 一、 level, 黑体
    Heading2, // （一） level, 楷体
    Body, // 仿宋, first line indented two characters
    Plain, // 仿宋, no indent (party blocks, 此致, signature lines)
    Small, // 四号, no indent (table cells, notes)
};

// The type of one style, shared by every writer so a DOCX and a PDF of a document agree.
struct StyleMetrics {
    double sizePt = 16;
    double linePitchPt = 28.9; // exact line spacing
    bool bold = false;
    bool firstLineIndent = false; // two characters, for left-aligned and justified paragraphs
};
StyleMetrics styleMetrics(Style style);

// The alignment a writer uses: Title and Subtitle are centred styles, so their default
// Justify means centred.
Align effectiveAlign(Style style, Align align);
// Whether the first line is indented two characters: indenting styles, unless centred or
// right-aligned.
bool indentsFirstLine(Style style, Align align);

struct Paragraph {
    Style style = Style::Body;
    Align align = Align::Justify;
    QList<Run> runs;
    // Blank lines the paragraph keeps before it, in body lines (0 = none).
    int spaceBefore = 0;
    // Keep on the same page as the next block (此致 with the court and the signature).
    bool keepWithNext = false;

    QString text() const
    {
        QString all;
        for (const Run &run : runs)
            all += run.text;
        return all;
    }
};

// A numbered list: the writer prints the labels (1. 2. …, 一、 二、 …, （一） （二） …).
struct List {
    enum class Numbering { Arabic, ChineseComma, ChineseParen };
    Numbering numbering = Numbering::Arabic;
    Style style = Style::Body;
    QList<QList<Run>> items;
};

// The label printed before item `number` (1-based) of a list: "1. ", "一、", "（一）".
QString listLabel(List::Numbering numbering, int number);

struct Cell {
    QList<Run> runs;
    Align align = Align::Left;
    int columnSpan = 1;
};

struct Table {
    // Relative widths; the writer scales them to the text block.
    QList<int> columnWidths;
    QList<QList<Cell>> rows;
    // Rows repeated at the top of every page the table runs onto.
    int headerRows = 1;

    // The share of the text block each grid column takes (they sum to 1). A column without a
    // width gets the average of the given ones; with no widths at all, columns are equal.
    QList<double> columnFractions() const;
};

struct PageBreak { };

using Block = std::variant<Paragraph, List, Table, PageBreak>;

// A4 with the GB/T 9704 margins (top 37 mm, left 28, right 26, bottom 35).
struct PageSetup {
    double topMm = 37;
    double bottomMm = 35;
    double leftMm = 28;
    double rightMm = 26;
};

struct Document {
    QString title; // document metadata (DOCX core properties, PDF title)
    PageSetup page;
    QString headerText; // empty: no header
    bool pageNumbers = true; // "— 3 —", bottom centre
    QString watermark; // e.g. 草稿; empty: none
    QList<Block> blocks;

    // Every character of the body, in order, blocks separated by newlines: what a reader of
    // the written file should find again.
    QString plainText() const;
};

} // namespace habeas::doc
