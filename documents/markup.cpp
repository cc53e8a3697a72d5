#include "markup.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

constexpr QChar kEscape = u'\\';
constexpr QChar kGapOpen = u'⟦';
constexpr QChar kGapClose = u'⟧';

// Splits a line into runs: **bold**, ⟦gap⟧, backslash escapes.
QList<doc::Run> parseInline(QStringView text)
{
    QList<doc::Run> runs;
    doc::Run current;
    auto flush = [&] {
        if (!current.text.isEmpty())
            runs.append(current);
        current.text.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == kEscape && i + 1 < text.size()) {
            current.text += text[++i];
        } else if (c == u'*' && i + 1 < text.size() && text[i + 1] == u'*') {
            flush();
            current.bold = !current.bold;
            ++i;
        } else if (c == kGapOpen) {
            QString label;
            qsizetype j = i + 1;
            for (; j < text.size() && text[j] != kGapClose; ++j) {
                if (text[j] == kEscape && j + 1 < text.size())
                    ++j;
                label += text[j];
            }
            if (j >= text.size()) { // an unclosed bracket is just a character
                current.text += c;
                continue;
            }
            flush();
            doc::Run gap = current;
            gap.text = label;
            gap.gap = true;
            runs.append(gap);
            i = j;
        } else {
            current.text += c;
        }
    }
    flush();
    return runs;
}

// Cells of "| a | b |", honouring escaped bars.
QStringList splitRow(QStringView line)
{
    QStringList cells;
    QString cell;
    for (qsizetype i = 1; i < line.size(); ++i) { // line[0] is the opening bar
        const QChar c = line[i];
        if (c == kEscape && i + 1 < line.size()) {
            cell += c;
            cell += line[++i];
        } else if (c == u'|') {
            cells.append(cell.trimmed());
            cell.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.trimmed().isEmpty()) // a row without its closing bar
        cells.append(cell.trimmed());
    return cells;
}

bool isDashRow(const QStringList &cells)
{
    if (cells.isEmpty())
        return false;
    for (const QString &cell : cells) {
        if (cell.isEmpty())
            return false;
        for (QChar c : cell)
            if (c != u'-' && c != u':')
                return false;
    }
    return true;
}

// "12. text" → the text; empty view when the line is not a list item.
std::optional<QStringView> listItem(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i].isDigit() && line[i].unicode() < 128)
        ++i;
    if (i == 0 || i + 1 >= line.size() || line[i] != u'.' || line[i + 1] != u' ')
        return std::nullopt;
    return line.mid(i + 2).trimmed();
}

class Builder {
public:
    doc::Document document;

    void paragraph(doc::Style style, doc::Align align, QStringView text)
    {
        closeGroups();
        doc::Paragraph p;
        p.style = style;
        p.align = align;
        p.runs = parseInline(text);
        p.spaceBefore = std::exchange(m_pendingSpace, 0);
        if (style == doc::Style::Title && document.title.isEmpty())
            document.title = p.text();
        document.blocks.append(p);
    }

    void listItem(QStringView text)
    {
        closeTable();
        if (!m_list) {
            m_list = doc::List {};
            m_pendingSpace = 0; // a list has no spacing of its own
        }
        m_list->items.append(parseInline(text));
    }

    void tableRow(const QStringList &cells)
    {
        closeList();
        if (!m_table) {
            m_table = doc::Table {};
            m_table->headerRows = 1;
            m_pendingSpace = 0;
        }
        if (isDashRow(cells)) {
            m_table->headerRows = int(m_table->rows.size());
            m_table->columnWidths.clear();
            for (const QString &cell : cells)
                m_table->columnWidths.append(int(cell.size()));
            return;
        }
        QList<doc::Cell> row;
        for (const QString &text : cells) {
            doc::Cell cell;
            cell.runs = parseInline(text);
            row.append(cell);
        }
        m_table->rows.append(row);
    }

    void pageBreak()
    {
        closeGroups();
        document.blocks.append(doc::PageBreak {});
    }

    void space() { ++m_pendingSpace; }

    void closeGroups()
    {
        closeList();
        closeTable();
    }

private:
    void closeList()
    {
        if (m_list)
            document.blocks.append(*std::exchange(m_list, std::nullopt));
    }

    void closeTable()
    {
        if (!m_table)
            return;
        doc::Table table = *std::exchange(m_table, std::nullopt);
        qsizetype columns = table.columnWidths.size();
        for (const auto &row : std::as_const(table.rows))
            columns = std::max(columns, row.size());
        for (auto &row : table.rows) // ragged rows would trip every writer
            while (row.size() < columns)
                row.append(doc::Cell {});
        while (table.columnWidths.size() < columns)
            table.columnWidths.append(table.columnWidths.isEmpty() ? 1 : table.columnWidths.last());
        table.headerRows = int(std::min<qsizetype>(table.headerRows, table.rows.size()));
        document.blocks.append(table);
    }

    std::optional<doc::List> m_list;
    std::optional<doc::Table> m_table;
    int m_pendingSpace = 0;
};

} // namespace

doc::Document parseMarkup(const QString &markup)
{
    Builder b;
    const QStringList lines = markup.split(u'\n');
    for (const QString &raw : lines) {
        const QStringView line = QStringView(raw).trimmed();
        if (line.isEmpty()) {
            b.closeGroups(); // a blank line ends a list or a table
            continue;
        }
        if (line == u"---page---")
            b.pageBreak();
        else if (line == u"~")
            b.space();
        else if (line.startsWith(u"#### "))
            b.paragraph(doc::Style::Heading2, doc::Align::Left, line.mid(5).trimmed());
        else if (line.startsWith(u"### "))
            b.paragraph(doc::Style::Heading1, doc::Align::Left, line.mid(4).trimmed());
        else if (line.startsWith(u"## "))
            b.paragraph(doc::Style::Subtitle, doc::Align::Center, line.mid(3).trimmed());
        else if (line.startsWith(u"# "))
            b.paragraph(doc::Style::Title, doc::Align::Center, line.mid(2).trimmed());
        else if (line.startsWith(u">> "))
            b.paragraph(doc::Style::Plain, doc::Align::Right, line.mid(3).trimmed());
        else if (line.startsWith(u"> "))
            b.paragraph(doc::Style::Plain, doc::Align::Left, line.mid(2).trimmed());
        else if (line.startsWith(u'|'))
            b.tableRow(splitRow(line));
        else if (const auto item = listItem(line))
            b.listItem(*item);
        else
            b.paragraph(doc::Style::Body, doc::Align::Justify, line);
    }
    b.closeGroups();
    // The close of a filing stays together, with the last paragraph before it: no page holds
    // only 此致, the signature or the date (docs/filings.md §0.4).
    QList<doc::Block> &blocks = b.document.blocks;
    qsizetype closing = -1;
    for (qsizetype i = 0; i < blocks.size() && closing < 0; ++i)
        if (const auto *p = std::get_if<doc::Paragraph>(&blocks[i]); p && p->text() == u"此致"_s)
            closing = i;
    for (qsizetype i = std::max<qsizetype>(0, closing - 1); closing >= 0 && i + 1 < blocks.size();
         ++i)
        if (auto *p = std::get_if<doc::Paragraph>(&blocks[i]))
            p->keepWithNext = true;
    return std::move(b.document);
}

QString escapeMarkup(const QString &text)
{
    QString out;
    out.reserve(text.size() + 4);
    // One line: a newline in a name would start a new block.
    const QString flat = text.simplified();
    for (QChar c : flat) {
        if (c == kEscape || c == u'*' || c == u'|' || c == kGapOpen || c == kGapClose)
            out += kEscape;
        out += c;
    }
    // What would start a block when the value opens a line: # > ~ - digits.
    if (!out.isEmpty() && !out.startsWith(kEscape)
        && (out[0] == u'#' || out[0] == u'>' || out[0] == u'~' || out[0] == u'-'
            || out[0].isDigit()))
        out.prepend(kEscape);
    return out;
}

QString gapText(const QString &field)
{
    return u"缺："_s + field;
}

QString gapMarker(const QString &field)
{
    return kGapOpen + escapeMarkup(gapText(field)) + kGapClose;
}

} // namespace habeas
