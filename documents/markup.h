#pragma once

#include "docmodel.h"

#include <QString>

// Filing markup: what a template renders to and parseMarkup() turns into a doc::Document.
// Line-based, so a template reads like the document it prints. One block per line; blank lines
// only separate (they never print). Leading and trailing whitespace of a line is dropped.
//
//   # 民事起诉状          Title, centred (the first one is also the document's metadata title)
//   ## （案由）            Subtitle, centred
//   ### 一、事实           Heading1 (一、 level; the template writes the label)
//   #### （一）强制收集     Heading2 (（一） level)
//   > 原告：罗某，男……     Plain paragraph: no indent, left (party blocks, 此致, 附件)
//   >> 具状人：罗某         Plain paragraph, right-aligned (signature and date)
//   1. 判令被告……；        Numbered item; consecutive items form one list; the writer prints
//                          the numbers, so any digits will do
//   | 序号 | 证据名称 |    Table row; consecutive rows form one table. A row of dashes
//   |--|--------|          (|--|------|) marks the rows above it as header rows and sets the
//                          relative column widths (the dash counts); without it the first row
//                          is the header and the columns are equal
//   ---page---            Page break
//   ~                     One blank body line before the next block (signature blocks)
//   anything else         Body paragraph: first line indented, justified
//
// Inline, anywhere: **bold**; ⟦缺：被告的住所⟧ a gap, a field the case lacks (a Run with
// gap=true whose text is what is between the brackets); a backslash takes the next character
// literally. Text from the user goes through escapeMarkup() so it cannot start a block or
// open a run.
namespace habeas {

[[nodiscard]] doc::Document parseMarkup(const QString &markup);

// Makes user text (a party's name, an exhibit title) literal markup on one line.
[[nodiscard]] QString escapeMarkup(const QString &text);

// The gap marker for a missing field, e.g. gapMarker(u"被告的住所") → ⟦缺：被告的住所⟧.
[[nodiscard]] QString gapMarker(const QString &field);

// The text of a gap run made from gapMarker(field).
[[nodiscard]] QString gapText(const QString &field);

} // namespace habeas
