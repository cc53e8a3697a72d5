#pragma once

#include "evidence/evidencetext.h"

#include <QWidget>

class QLabel;
class QTimer;
class QTreeWidget;

namespace habeas {

class Library;

// A search snippet as rich text: the text HTML-escaped, each hit (between
// EvidenceText::kHitStart and kHitEnd) in bold.
QString snippetToHtml(const QString &snippet);

// The results of a search across the whole library: exhibit, case, page and the words in
// context. Activating a result (double-click or Enter) asks for it to be opened.
class SearchResults final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResults)

public:
    explicit SearchResults(Library &library, QWidget *parent = nullptr);

    // Runs a search now; an empty query clears the list.
    void search(const QString &query);
    // Runs it after a pause in typing.
    void searchSoon(const QString &query);
    QString query() const { return m_query; }
    // The case open in the window: its exhibits come first in the results (0: none).
    void setPreferredCase(qint64 caseId) { m_preferredCase = caseId; }
    QList<SearchHit> hits() const { return m_hits; }
    QTreeWidget *list() const { return m_list; }
    void openResult(int row);

    static constexpr int kDebounceMs = 250;

signals:
    void openRequested(const SearchHit &hit, const QString &query);
    void searched(int count);

private:
    Library &m_library;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QTimer *m_debounce;
    QString m_query;
    qint64 m_preferredCase = 0;
    QString m_pending;
    QList<SearchHit> m_hits;
};

} // namespace habeas
