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

// The full text of the library's evidence: stored per page, indexed with FTS5's trigram
// tokenizer so that Chinese queries match without a word splitter.
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

    // Searches page text, titles, purposes and notes. Queries of one or two characters fall
    // back to a scan (a trigram needs three); every word of the query must match.
    Result<QList<SearchHit>> search(const QString &query, qint64 caseId = 0, int limit = 100) const;

signals:
    void textChanged(qint64 evidenceId);

private:
    Library &m_library;
};

QString toId(PageText::Origin origin);
QString toId(EvidenceRecord::ParseState state);
QString toId(EvidenceRecord::OcrState state);

} // namespace habeas
