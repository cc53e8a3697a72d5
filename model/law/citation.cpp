#include "law/citation.h"

#include "law/chinesenumerals.h"
#include "law/statutelibrary.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

struct CitationParts {
    QString name;
    QString article;
    QString paragraph;
    QString item;
};

// Chinese input methods produce full-width brackets, digits and letters and ideographic
// spaces; NFKC folds them (and roman-numeral characters such as ⅱ) so one set of patterns
// serves both scripts. It leaves the ideographs and 《》〈〉 alone.
QString normalizedInput(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed();
}

bool matchChinese(const QString &input, CitationParts *parts)
{
    static const QRegularExpression re(
        uR"(^(.*?)\s*第\s*([0-9零〇一二两三四五六七八九十百千万]+)\s*条)"
        uR"((?:\s*第\s*([0-9零〇一二两三四五六七八九十百]+)\s*款)?)"
        uR"((?:\s*第?\s*(?:\(\s*([0-9零〇一二两三四五六七八九十]+)\s*\))"
        uR"(|([0-9零〇一二两三四五六七八九十]+))\s*项)?\s*$)"_s);
    const QRegularExpressionMatch m = re.match(input);
    if (!m.hasMatch())
        return false;
    *parts = { m.captured(1), m.captured(2), m.captured(3),
        m.hasCaptured(4) ? m.captured(4) : m.captured(5) };
    return true;
}

// "PIPL 13(1)(ii)", "PIPL Art. 13", "cc 1034(2)" and "Art. 13(1)(ii) of the PIPL".
bool matchEnglish(const QString &input, CitationParts *parts)
{
    static const QRegularExpression numberFirst(
        uR"(^(?:art(?:icle)?s?|§)\s*\.?\s*(\d+)\s*(?:\(\s*(\d+)\s*\))?\s*)"
        uR"((?:\(\s*([ivxlc]+|\d+)\s*\))?\s*,?\s*(?:of\s+)?(?:the\s+)?(.+?)\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nameFirst(
        uR"(^(.+?)[\s,]*(?:(?:art(?:icle)?s?|§)\s*\.?\s*)?(\d+)\s*(?:\(\s*(\d+)\s*\))?\s*)"
        uR"((?:\(\s*([ivxlc]+|\d+)\s*\))?\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = numberFirst.match(input); m.hasMatch()) {
        *parts = { m.captured(4), m.captured(1), m.captured(2), m.captured(3) };
        return true;
    }
    if (const QRegularExpressionMatch m = nameFirst.match(input); m.hasMatch()) {
        *parts = { m.captured(1), m.captured(2), m.captured(3), m.captured(4) };
        return true;
    }
    return false;
}

QString toRoman(int value)
{
    static constexpr std::array<std::pair<int, const char16_t *>, 13> table = { {
        { 1000, u"m" },
        { 900, u"cm" },
        { 500, u"d" },
        { 400, u"cd" },
        { 100, u"c" },
        { 90, u"xc" },
        { 50, u"l" },
        { 40, u"xl" },
        { 10, u"x" },
        { 9, u"ix" },
        { 5, u"v" },
        { 4, u"iv" },
        { 1, u"i" },
    } };
    QString out;
    for (const auto &[n, s] : table) {
        for (; value >= n; value -= n)
            out += QStringView(s);
    }
    return out;
}

int fromRoman(const QString &text)
{
    const QString lower = text.toLower();
    int value = 0;
    int previous = 0;
    for (qsizetype i = lower.size() - 1; i >= 0; --i) {
        int v = 0;
        switch (lower[i].unicode()) {
        case u'i':
            v = 1;
            break;
        case u'v':
            v = 5;
            break;
        case u'x':
            v = 10;
            break;
        case u'l':
            v = 50;
            break;
        case u'c':
            v = 100;
            break;
        default:
            return 0;
        }
        value += v < previous ? -v : v;
        previous = std::max(previous, v);
    }
    // The additive reading accepts "iiii"; insisting on the canonical spelling rejects typos.
    return value > 0 && toRoman(value) == lower ? value : 0;
}

// Arabic or Chinese numerals; 0 if neither (a valid citation number is never 0).
int parseNumber(const QString &text, bool allowRoman = false)
{
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const int arabic = text.toInt(&ok);
    if (ok)
        return arabic > 0 ? arabic : 0;
    if (allowRoman)
        return fromRoman(text);
    return fromChineseNumeral(text).value_or(0);
}

// How messages name an instrument: the code's name for a Civil Code book, else its abbreviation.
QString displayName(const Instrument &in, const StatuteLibrary &library)
{
    if (const InstrumentGroup *g = library.group(in.groupId))
        return g->abbreviation;
    return in.abbreviation.isEmpty() ? in.title : in.abbreviation;
}

QString rangesText(const QList<const Instrument *> &instruments)
{
    QStringList ranges;
    for (const Instrument *in : instruments)
        ranges << u"%1\u2013%2"_s.arg(in->firstArticleNumber()).arg(in->lastArticleNumber());
    return ranges.join(u", "_s);
}

// Error for an article that does not exist, with the nearest existing ones as suggestions.
CitationParseResult missingArticle(
    const QList<const Instrument *> &candidates, int number, const StatuteLibrary &library)
{
    CitationParseResult result;
    const Instrument &first = *candidates.front();
    const QString name = displayName(first, library);
    if (candidates.size() == 1) {
        result.errorString = QCoreApplication::translate(
            "habeas::Citation", "%1 has no Article %2; its articles run from %3 to %4.")
                                 .arg(name)
                                 .arg(number)
                                 .arg(first.firstArticleNumber())
                                 .arg(first.lastArticleNumber());
    } else {
        result.errorString = QCoreApplication::translate("habeas::Citation",
            "Article %2 is not in the bundled books of the %1; they hold Articles %3.")
                                 .arg(name)
                                 .arg(number)
                                 .arg(rangesText(candidates));
    }
    const QString lookupName = first.groupId.isEmpty() ? first.id : first.groupId;
    for (const Article *a : library.nearestArticles(lookupName, number))
        result.suggestions << Citation { a->instrumentId, a->number, 0, 0 };
    if (!result.suggestions.isEmpty()) {
        result.errorString += u' '
            + QCoreApplication::translate("habeas::Citation", "Did you mean %1?")
                  .arg(formatCitation(result.suggestions.front(), library, CitationStyle::Short));
    }
    return result;
}

} // namespace

CitationParseResult validateCitation(const Citation &citation, const StatuteLibrary &library)
{
    CitationParseResult result;
    result.citation = citation;
    const Instrument *in = library.instrument(citation.instrumentId);
    if (!in) {
        result.errorString =
            QCoreApplication::translate("habeas::Citation", "Unknown statute \u201c%1\u201d.")
                .arg(citation.instrumentId);
        return result;
    }
    const QString name = displayName(*in, library);
    const Article *article = in->article(citation.article);
    if (!article) {
        // For a Civil Code book the whole code is searched for the nearest articles.
        return missingArticle(
            in->groupId.isEmpty() ? QList<const Instrument *> { in } : library.resolve(in->groupId),
            citation.article, library);
    }

    const auto paragraphCount = static_cast<int>(article->paragraphs.size());
    if (citation.paragraph < 0 || citation.paragraph > paragraphCount) {
        result.errorString = QCoreApplication::translate("habeas::Citation",
            "Article %1 of %2 has %n paragraph(s); there is no paragraph %3.", nullptr,
            paragraphCount)
                                 .arg(citation.article)
                                 .arg(name)
                                 .arg(citation.paragraph);
        return result;
    }
    if (citation.item == 0)
        return result;

    int paragraph = citation.paragraph;
    if (paragraph == 0) {
        // "第十三条第（二）项": fine when only one paragraph enumerates items.
        QList<int> withItems;
        for (int p = 1; p <= paragraphCount; ++p) {
            if (!article->paragraph(p)->items.isEmpty())
                withItems << p;
        }
        if (withItems.isEmpty()) {
            result.errorString = QCoreApplication::translate(
                "habeas::Citation", "Article %1 of %2 has no numbered items.")
                                     .arg(citation.article)
                                     .arg(name);
            return result;
        }
        if (withItems.size() > 1) {
            result.errorString = QCoreApplication::translate("habeas::Citation",
                "Several paragraphs of Article %1 of %2 have numbered "
                "items; name the paragraph, e.g. %3.")
                                     .arg(citation.article)
                                     .arg(name)
                                     .arg(formatCitation({ in->id, citation.article,
                                                             withItems.front(), citation.item },
                                         library, CitationStyle::Short));
            return result;
        }
        paragraph = withItems.front();
        // A single-paragraph article is cited without 第一款, so keep the paragraph implicit.
        if (paragraphCount > 1)
            result.citation.paragraph = paragraph;
    }
    const auto itemCount = static_cast<int>(article->paragraph(paragraph)->items.size());
    if (citation.item < 0 || citation.item > itemCount) {
        result.errorString = QCoreApplication::translate("habeas::Citation",
            "Paragraph %1 of Article %2 of %3 has %n item(s); there is no item %4.", nullptr,
            itemCount)
                                 .arg(paragraph)
                                 .arg(citation.article)
                                 .arg(name)
                                 .arg(citation.item);
    }
    return result;
}

CitationParseResult parseCitation(const QString &text, const StatuteLibrary &library)
{
    CitationParseResult result;
    const QString input = normalizedInput(text);
    if (input.isEmpty()) {
        result.errorString =
            QCoreApplication::translate("habeas::Citation", "The citation is empty.");
        return result;
    }
    CitationParts parts;
    if (!matchChinese(input, &parts) && !matchEnglish(input, &parts)) {
        result.errorString = QCoreApplication::translate("habeas::Citation",
            "Cannot read \u201c%1\u201d as a citation; write e.g. "
            "\u201cPIPL 13(1)(ii)\u201d or "
            "\u201c个人信息保护法第十三条第一款第（二）项\u201d.")
                                 .arg(text.trimmed());
        return result;
    }
    const QString name = parts.name.trimmed();
    if (name.isEmpty()) {
        result.errorString = QCoreApplication::translate(
            "habeas::Citation", "\u201c%1\u201d does not name a statute.")
                                 .arg(text.trimmed());
        return result;
    }
    const int number = parseNumber(parts.article);
    const int paragraph = parseNumber(parts.paragraph);
    // Latin letters in the item are roman numerals ("(ii)"), only ever in the English form.
    const bool romanItem = !parts.item.isEmpty() && parts.item.front().isLetter()
        && parts.item.front().unicode() < 0x80;
    const int item = parseNumber(parts.item, romanItem);
    if (number == 0 || (!parts.paragraph.isEmpty() && paragraph == 0)
        || (!parts.item.isEmpty() && item == 0)) {
        result.errorString = QCoreApplication::translate(
            "habeas::Citation", "\u201c%1\u201d contains an invalid number.")
                                 .arg(text.trimmed());
        return result;
    }

    const QList<const Instrument *> candidates = library.resolve(name);
    if (candidates.isEmpty()) {
        result.errorString =
            QCoreApplication::translate("habeas::Citation", "Unknown statute \u201c%1\u201d.")
                .arg(name);
        return result;
    }
    const QString groupId = candidates.front()->groupId;
    const bool oneWork = candidates.size() == 1
        || (!groupId.isEmpty()
            && std::all_of(candidates.cbegin(), candidates.cend(),
                [&](const Instrument *in) { return in->groupId == groupId; }));
    if (!oneWork) {
        QStringList names;
        for (const Instrument *in : candidates)
            names << in->abbreviation;
        result.errorString = QCoreApplication::translate(
            "habeas::Citation", "\u201c%1\u201d is ambiguous: it may mean %2.")
                                 .arg(name, names.join(u", "_s));
        return result;
    }
    for (const Instrument *in : candidates) {
        if (in->hasArticle(number))
            return validateCitation({ in->id, number, paragraph, item }, library);
    }
    return missingArticle(candidates, number, library);
}

QString formatCitation(const Citation &citation, const StatuteLibrary &library, CitationStyle style)
{
    const Instrument *in = library.instrument(citation.instrumentId);
    if (!in || citation.isNull())
        return {};
    if (style == CitationStyle::Short) {
        QString out = displayName(*in, library) + u' ' + QString::number(citation.article);
        if (citation.paragraph > 0)
            out += u'(' + QString::number(citation.paragraph) + u')';
        if (citation.item > 0)
            out += u'(' + toRoman(citation.item) + u')';
        return out;
    }
    // Titles that themselves contain a title mark it 〈〉 once wrapped in 《》.
    QString title = in->title;
    title.replace(u'《', u'〈').replace(u'》', u'〉');
    QString out = u'《' + title + u"》第"_s + toChineseNumeral(citation.article) + u'条';
    if (citation.paragraph > 0)
        out += u'第' + toChineseNumeral(citation.paragraph) + u'款';
    if (citation.item > 0)
        out += u"第（"_s + toChineseNumeral(citation.item) + u"）项"_s;
    return out;
}

} // namespace habeas
