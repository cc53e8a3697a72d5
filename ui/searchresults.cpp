#include "searchresults.h"

#include "storage/library.h"

#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace habeas {

QString snippetToHtml(const QString &snippet)
{
    // Escape first: the markers are control characters, which escaping leaves alone.
    QString html = snippet.toHtmlEscaped();
    html.replace(EvidenceText::kHitStart, u"<b>"_s);
    html.replace(EvidenceText::kHitEnd, u"</b>"_s);
    html.replace(u'\n', u' ');
    return html;
}

SearchResults::SearchResults(Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({ tr("Exhibit"), tr("Case"), tr("Page"), tr("Text") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);

    connect(m_debounce, &QTimer::timeout, this, [this] { search(m_pending); });
    connect(m_list, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { openResult(m_list->indexOfTopLevelItem(item)); });
}

void SearchResults::searchSoon(const QString &query)
{
    m_pending = query;
    m_debounce->start();
}

void SearchResults::search(const QString &query)
{
    m_debounce->stop();
    m_query = query.trimmed();
    m_hits.clear();
    m_list->clear();
    if (m_query.isEmpty()) {
        m_summary->clear();
        emit searched(0);
        return;
    }
    const auto found =
        m_library.evidenceText().search(m_query, SearchScope { 0, m_preferredCase, 100 });
    if (!found.ok()) {
        m_summary->setText(found.error().message);
        emit searched(0);
        return;
    }
    m_hits = found.value();
    for (const SearchHit &hit : std::as_const(m_hits)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, hit.exhibit + u' ' + hit.title);
        item->setText(1, hit.caseTitle);
        item->setText(2, hit.page > 0 ? QString::number(hit.page) : tr("title/notes"));
        // Rich text in the last column: a label per row is cheap for a hundred results.
        auto *snippet = new QLabel(snippetToHtml(hit.snippet), m_list);
        snippet->setTextFormat(Qt::RichText);
        snippet->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_list->setItemWidget(item, 3, snippet);
    }
    for (int c = 0; c < 3; ++c)
        m_list->resizeColumnToContents(c);
    m_summary->setText(
        tr("%n result(s) for “%1”", nullptr, static_cast<int>(m_hits.size())).arg(m_query));
    if (!m_hits.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    emit searched(static_cast<int>(m_hits.size()));
}

void SearchResults::openResult(int row)
{
    if (row >= 0 && row < m_hits.size())
        emit openRequested(m_hits.at(row), m_query);
}

} // namespace habeas
