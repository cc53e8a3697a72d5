#pragma once

#include "law/statute.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace habeas {

struct StatuteParseResult {
    Instrument instrument; // text-derived fields only; catalogue fields are left empty
    QStringList warnings; // tolerated oddities (gaps in numbering, text outside articles, …)
    QString errorString; // non-empty when the text is not a usable statute

    [[nodiscard]] bool isValid() const { return errorString.isEmpty(); }
};

// Parses one statute in the markdown layout described in resources/statutes/SOURCES.md:
//   # title / optional "# book" / history lines / <!-- INFO END -->
//   ##… headings (编/章/节 or 一、…), "第X条 " article starts, item paragraphs "（一）…".
// Blank lines, and lines holding only whitespace or zero-width spaces, separate blocks.
// Articles keep their text verbatim so Article::fullText() reproduces the source.
[[nodiscard]] StatuteParseResult parseStatute(QStringView markdown);

// True if `line` begins a numbered item: "（一）", "(一)" (full-width or ASCII brackets).
// On success stores the item number in *number when given.
[[nodiscard]] bool isItemLine(QStringView line, int *number = nullptr);
// Whether a line is a numbered point inside an item: "1．不超过1万元的…".
[[nodiscard]] bool isSubItemLine(QStringView line);

} // namespace habeas
