#pragma once

#include <QList>
#include <QString>

namespace habeas {

class StatuteLibrary;

// A reference to an article, optionally narrowed to a paragraph (款) and an item (项).
// For the Civil Code, instrumentId names the book that holds the article
// ("civil-code-personality-rights" for 1034); the formatted citation names the whole code.
struct Citation {
    QString instrumentId;
    int article = 0;
    int paragraph = 0; // 1-based; 0 = whole article
    int item = 0; // 1-based; 0 = none

    [[nodiscard]] bool isNull() const { return instrumentId.isEmpty() || article <= 0; }

    friend bool operator==(const Citation &, const Citation &) = default;
};

struct CitationParseResult {
    Citation citation; // meaningful only when isValid()
    QString errorString; // English, translatable; empty on success
    QList<Citation> suggestions; // nearest existing articles when the article does not exist

    [[nodiscard]] bool isValid() const { return errorString.isEmpty(); }
};

enum class CitationStyle {
    Court, // 《中华人民共和国个人信息保护法》第十三条第一款第（二）项
    Short, // PIPL 13(1)(ii)
};

// Accepts the forms users type, e.g.
//   "PIPL 16", "PIPL 13(1)(ii)", "Art. 13(1) of the PIPL", "cc 1034(2)", "CPL 124",
//   "个人信息保护法第十六条", "民法典第1034条",
//   "《中华人民共和国个人信息保护法》第十三条第一款第（二）项".
// Numbers may be Chinese or Arabic; items may be roman ("(ii)") or Arabic in the English form.
// The cited article, paragraph and item must exist in the library.
[[nodiscard]] CitationParseResult parseCitation(const QString &text, const StatuteLibrary &library);

// Checks that an already-built citation exists (e.g. one read back from storage). An item
// cited without a paragraph is attached to the only paragraph that has items, if unambiguous.
[[nodiscard]] CitationParseResult validateCitation(
    const Citation &citation, const StatuteLibrary &library);

// Empty for a null citation or an instrument the library does not know.
[[nodiscard]] QString formatCitation(const Citation &citation, const StatuteLibrary &library,
    CitationStyle style = CitationStyle::Court);

} // namespace habeas
