#pragma once

#include "core/result.h"
#include "evidence/evidencestore.h"

#include <QObject>

namespace habeas {

class Library;

// The text of one page of an exhibit, as the parser worker or OCR found it.
struct PageText {
    int page = 1;
    double widthPt = 0;
    double heightPt = 0;
    enum class Origin { Pdf, Ocr, Text };
    Origin origin = Origin::Pdf;
    QString text;
};

// One search result: an exhibit, the page the words are on (0: its title or notes), and the
// matching words in context, each hit between kHitStart and kHitEnd.
struct SearchHit {
    qint64 evidenceId = 0;
    qint64 caseId = 0;
    QString caseTitle;
    QString exhibit;
    QString title;
    int page = 0;
    QString snippet;
};

// Where to search and what comes first. onlyCase limits the search to one case; preferCase
// searches the whole library but ranks that case's exhibits first (the case open in the window).
struct SearchScope {
    qint64 onlyCase = 0;
    qint64 preferCase = 0;
    int limit = 100;
};

// The full text of the library's evidence: stored per page, indexed twice so that any query is
// answered from an index: FTS5's trigram tokenizer for words of three characters and more, and
// a table of every character and pair of characters (schema 8) for the one- and two-character
// words that most Chinese words are. Triggers keep both in step with the pages.
class EvidenceText final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceText)

public:
    static constexpr QChar kHitStart = QChar(0x2);
    static constexpr QChar kHitEnd = QChar(0x3);

    explicit EvidenceText(Library &library);

    // Records what the parser made of an exhibit, replacing any earlier pages.
    Status storeParse(qint64 evidenceId, EvidenceRecord::ParseState state, const QString &note,
        int pageCount, const QList<PageText> &pages, bool ocrPending);
    // The same, with the OCR state said outright: OCR that ran in the same pass is Done or Failed.
    Status storeParse(qint64 evidenceId, EvidenceRecord::ParseState state, const QString &note,
        int pageCount, const QList<PageText> &pages, EvidenceRecord::OcrState ocr);
    // Records the OCR of pages (those it found text on), and the OCR state.
    Status storeOcr(
        qint64 evidenceId, const QList<PageText> &pages, bool failed, const QString &note = {});
    // Exhibits the parser has not seen yet (of one case, or all when caseId is 0).
    Result<QList<qint64>> pendingParse(qint64 caseId = 0) const;
    Result<QList<qint64>> pendingOcr(qint64 caseId = 0) const;
    Status deferOcr(qint64 evidenceId);

    Result<QList<PageText>> pages(qint64 evidenceId) const;

    // Searches page text, titles, purposes and notes; every word of the query must match, as a
    // substring (ASCII letters in either case), exactly as `text LIKE '%word%'` would. Pages
    // come first, then titles and notes: the preferred case's, in exhibit order, then the rest
    // of the library's, by case and exhibit. When more pages match than the limit, those kept
    // are the first in the order the text entered the library.
    Result<QList<SearchHit>> search(const QString &query, const SearchScope &scope) const;
    Result<QList<SearchHit>> search(const QString &query, qint64 caseId = 0, int limit = 100) const
    {
        return search(query, SearchScope { caseId, 0, limit });
    }

    // Says textChanged() for text another connection to the library stored (TextWriter).
    void notifyTextChanged(qint64 evidenceId) { emit textChanged(evidenceId); }

signals:
    void textChanged(qint64 evidenceId);

private:
    Library &m_library;
};

QString toId(PageText::Origin origin);
QString toId(EvidenceRecord::ParseState state);
QString toId(EvidenceRecord::OcrState state);

} // namespace habeas
