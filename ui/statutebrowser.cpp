#include "statutebrowser.h"

#include "law/citation.h"
#include "law/claimqueries.h"
#include "law/statute.h"
#include "law/statutelibrary.h"
#include "law/statutesearch.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {
constexpr int kInstrumentRole = Qt::UserRole + 1;
constexpr int kArticleRole = Qt::UserRole + 2;
} // namespace

StatuteBrowser::StatuteBrowser(QWidget *parent)
    : QDialog(parent)
    , m_library(std::make_unique<StatuteLibrary>())
    , m_query(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_results(new QListWidget(this))
    , m_text(new QTextBrowser(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Statutes"));
    m_query->setPlaceholderText(
        tr("Search the statutes, or type a citation (PIPL 16, 民法典第一千零三十四条)"));
    m_query->setClearButtonEnabled(true);
    m_tree->setHeaderHidden(true);
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);

    if (!m_library->load()) {
        m_status->setText(m_library->errorString());
    } else {
        m_search = std::make_unique<StatuteSearch>(*m_library);
        if (auto st = m_search->build(); !st.ok()) {
            m_status->setText(st.error().message);
            m_search.reset();
        }
        for (const Instrument *instrument : m_library->instruments()) {
            auto *top = new QTreeWidgetItem(m_tree,
                { instrument->book.isEmpty() ? instrument->title
                                             : instrument->title + u" · "_s + instrument->book });
            for (const Article &a : instrument->articles) {
                const QString first =
                    a.paragraphs.isEmpty() ? QString() : a.paragraphs.first().text.left(24);
                auto *item = new QTreeWidgetItem(top, { a.numberText + u' ' + first });
                item->setData(0, kInstrumentRole, instrument->id);
                item->setData(0, kArticleRole, a.number);
            }
        }
    }

    auto *copy = new QPushButton(tr("&Copy citation"), this);
    auto *left = new QStackedWidget(this);
    left->addWidget(m_tree);
    left->addWidget(m_results);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_text);
    splitter->setSizes({ 380, 620 });
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem *item) { onTreeItem(item); });
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showArticle(item->data(kInstrumentRole).toString(), item->data(kArticleRole).toInt());
    });
    connect(m_query, &QLineEdit::returnPressed, this, [this, left] {
        const QString q = m_query->text().trimmed();
        if (q.isEmpty()) {
            left->setCurrentWidget(m_tree);
            return;
        }
        // A citation goes straight to its article; anything else is searched.
        if (showCitation(q).isEmpty())
            return;
        search(q);
        left->setCurrentWidget(m_results);
    });
    connect(copy, &QPushButton::clicked, this, &StatuteBrowser::copyCitation);
    resize(1040, 680);
}

StatuteBrowser::~StatuteBrowser() = default;

void StatuteBrowser::onTreeItem(QTreeWidgetItem *item)
{
    if (item && item->data(0, kArticleRole).toInt() > 0)
        showArticle(item->data(0, kInstrumentRole).toString(), item->data(0, kArticleRole).toInt());
}

QString StatuteBrowser::showCitation(const QString &citation)
{
    const CitationParseResult parsed = parseCitation(citation, *m_library);
    if (!parsed.isValid())
        return parsed.errorString;
    showArticle(parsed.citation.instrumentId, parsed.citation.article);
    if (parsed.citation.paragraph) {
        m_citation = formatCitation(parsed.citation, *m_library, CitationStyle::Court);
        m_status->setText(m_citation);
    }
    return {};
}

void StatuteBrowser::showArticle(const QString &instrumentId, int number)
{
    const Instrument *instrument = m_library->instrument(instrumentId);
    const Article *article = instrument ? instrument->article(number) : nullptr;
    if (!article)
        return;
    m_citation =
        formatCitation(Citation { instrumentId, number, 0, 0 }, *m_library, CitationStyle::Court);
    QString html = u"<h3>%1</h3><p style='color:gray'>%2</p>"_s.arg(
        m_citation.toHtmlEscaped(), article->chapterPath.join(u" › "_s).toHtmlEscaped());
    for (const QString &block : article->fullText().split(u"\n\n"_s))
        html += u"<p>%1</p>"_s.arg(block.toHtmlEscaped());
    m_citingClaims.clear();
    if (m_cases) {
        if (auto citing = claimsCiting(*m_cases, Citation { instrumentId, number, 0, 0 });
            citing.ok())
            for (const CitingClaim &c : citing.value())
                m_citingClaims << c.caseTitle + u" — "_s + c.theoryName;
        html += u"<h4>%1</h4>"_s.arg(tr("Claims in this library that rest on it"));
        if (m_citingClaims.isEmpty())
            html += u"<p style='color:gray'>%1</p>"_s.arg(tr("None."));
        else {
            html += u"<ul>"_s;
            for (const QString &claim : std::as_const(m_citingClaims))
                html += u"<li>%1</li>"_s.arg(claim.toHtmlEscaped());
            html += u"</ul>"_s;
        }
    }
    m_text->setHtml(html);
    m_status->setText(m_citation);
}

QString StatuteBrowser::articleText() const
{
    return m_text->toPlainText();
}

void StatuteBrowser::search(const QString &query)
{
    m_results->clear();
    if (!m_search)
        return;
    const auto hits = m_search->search(query, 200);
    if (!hits.ok()) {
        m_status->setText(hits.error().message);
        return;
    }
    for (const StatuteSearch::Hit &h : hits.value()) {
        const QString citation = formatCitation(
            Citation { h.instrumentId, h.article, 0, 0 }, *m_library, CitationStyle::Court);
        auto *item = new QListWidgetItem(
            citation + u'\n' + QString(h.snippet).replace(u'\n', u' '), m_results);
        item->setData(kInstrumentRole, h.instrumentId);
        item->setData(kArticleRole, h.article);
    }
    m_status->setText(tr("%n article(s) found", nullptr, static_cast<int>(hits->size())));
    if (m_results->count() > 0)
        m_results->setCurrentRow(0); // the best match is shown at once
}

void StatuteBrowser::copyCitation()
{
    if (!m_citation.isEmpty())
        QApplication::clipboard()->setText(m_citation);
}

} // namespace habeas
