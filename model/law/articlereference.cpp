#include "law/statutelibrary.h"
#include "law/theorycatalogue.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace habeas {

ArticleReference parseArticleReference(const QString &text, const StatuteLibrary &library)
{
    ArticleReference result;
    const qsizetype dash = text.indexOf(u'\u2013');
    if (dash < 0) {
        const CitationParseResult single = parseCitation(text, library);
        if (single.isValid())
            result.citations << single.citation;
        else
            result.errorString = single.errorString;
        return result;
    }

    // The end repeats the start with its last component replaced:
    // "PIPL 13(1)(ii)–(vii)" ends at "PIPL 13(1)(vii)", "PIPL 13–31" at "PIPL 31".
    static const QRegularExpression lastComponent(uR"((\([^()]*\)|\d+)\s*$)"_s);
    const QString first = text.first(dash).trimmed();
    const QString tail = text.sliced(dash + 1).trimmed();
    const QRegularExpressionMatch m = lastComponent.match(first);
    const bool bracketed = tail.startsWith(u'(');
    if (!m.hasMatch() || tail.isEmpty() || m.captured(1).startsWith(u'(') != bracketed) {
        result.errorString = QCoreApplication::translate("habeas::TheoryCatalogue",
            "Cannot read \u201c%1\u201d as a range; write e.g. \u201cPIPL 13\u2013"
            "31\u201d or "
            "\u201cPIPL 13(1)(ii)\u2013(vii)\u201d.")
                                 .arg(text);
        return result;
    }
    const QString prefix = first.first(m.capturedStart(1));
    const CitationParseResult from = parseCitation(first, library);
    const CitationParseResult to = from.isValid() ? parseCitation(prefix + tail, library) : from;
    if (!to.isValid()) {
        result.errorString = to.errorString;
        return result;
    }
    const Citation &a = from.citation;
    const Citation &b = to.citation;
    const auto descending = [&] {
        result.errorString = QCoreApplication::translate(
            "habeas::TheoryCatalogue", "The range \u201c%1\u201d does not run upwards.")
                                 .arg(text);
        return result;
    };
    if (!bracketed) {
        if (b.article <= a.article)
            return descending();
        // Article by article, so a Civil Code range may cross into the next book.
        for (int n = a.article; n <= b.article; ++n) {
            const CitationParseResult one = parseCitation(prefix + QString::number(n), library);
            if (!one.isValid()) {
                result.citations.clear();
                result.errorString = one.errorString;
                return result;
            }
            result.citations << one.citation;
        }
        return result;
    }
    const bool items = a.item > 0;
    const int start = items ? a.item : a.paragraph;
    const int end = items ? b.item : b.paragraph;
    if (end <= start)
        return descending();
    // Both ends exist and 款/项 are numbered without gaps, so everything between exists too.
    for (int n = start; n <= end; ++n)
        result.citations << Citation { a.instrumentId, a.article, items ? a.paragraph : n,
            items ? n : 0 };
    return result;
}

} // namespace habeas
