// The full-text search answers from its indexes exactly what a scan of the pages would find,
// for random text and random queries of every length, through every change to the pages.
#include "cases/casestore.h"
#include "evidence/evidencestore.h"
#include "evidence/evidencetext.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"
#include "testsupport.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

namespace {

// Characters of both scripts, the two cases of some letters, LIKE's and FTS5's special
// characters, white space, and one character outside the Basic Multilingual Plane. Few of them,
// so that random pairs and triples occur in the text often.
const QStringList &alphabet()
{
    static const QStringList chars = [] {
        QStringList list;
        for (const QChar c : u"个人信息同意短信删除隐私的"_s)
            list << QString(c);
        list << u"a"_s << u"A"_s << u"b"_s << u"B"_s << u"z"_s << u"0"_s << u"%"_s << u"_"_s
             << u"\\"_s << u"\""_s << u"'"_s << u"*"_s << u" "_s << u"\n"_s << u"，"_s
             << u"\U00020000"_s;
        return list;
    }();
    return chars;
}

QString randomText(QRandomGenerator &rng, int maxChars)
{
    QString text = u""_s; // never null: a page's text is '' at least
    const int n = rng.bounded(maxChars + 1);
    for (int i = 0; i < n; ++i)
        text += alphabet().at(rng.bounded(int(alphabet().size())));
    return text;
}

QString likePattern(const QString &term)
{
    QString escaped = term;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

using PageSet = QSet<std::pair<qint64, int>>;

} // namespace

class TstSearch final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { pinClock(); }
    void init();
    void cleanup() { m_lib.reset(); }
    void indexesAnswerAsTheScanDoes();
    void preferredCaseComesFirst();

private:
    qint64 addCase(const QString &title)
    {
        CaseRecord c;
        c.title = title;
        return (*m_lib)->cases().createCase(c).value();
    }
    qint64 addExhibit(qint64 caseId)
    {
        const QString path = m_files.filePath(u"e%1.bin"_s.arg(++m_counter));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(QByteArray::number(m_counter));
        f.close();
        EvidenceRecord meta;
        meta.title = u"证据%1"_s.arg(m_counter);
        return (*m_lib)->evidence().importFile(caseId, path, meta).id;
    }
    QList<PageText> randomPages(int maxPages, int maxChars)
    {
        QList<PageText> pages;
        const int n = 1 + m_rng.bounded(maxPages);
        for (int p = 1; p <= n; ++p) {
            // Some empty; some long enough for the index to cut them in pieces of 64 characters.
            const int length = m_rng.bounded(5) == 0 ? 0 : m_rng.bounded(6) == 0 ? 700 : maxChars;
            pages << PageText { p, 0, 0, PageText::Origin::Pdf, randomText(m_rng, length) };
        }
        return pages;
    }
    // A query as a user types it: mostly words found in the text, some not; one to five
    // characters a word, sometimes two words.
    QString randomQuery()
    {
        const auto word = [this] {
            const int length = 1 + m_rng.bounded(5);
            if (m_rng.bounded(3) == 0 || m_texts.isEmpty())
                return randomText(m_rng, length).left(length);
            const QString &text = m_texts.at(m_rng.bounded(int(m_texts.size())));
            return text.mid(m_rng.bounded(int(text.size()) + 1), length);
        };
        QString q = word();
        if (m_rng.bounded(4) == 0)
            q += u' ' + word();
        // Cut in the middle of a surrogate pair, as no keyboard types: made valid UTF-16.
        return QString::fromUtf8(q.toUtf8());
    }
    // What the search found on pages, against a scan of the live pages with LIKE, and the
    // two-character index itself against a scan of every page, live or not.
    void compareRandomQueries(int count, qint64 caseId = 0);
    PageSet scan(const QStringList &terms, qint64 caseId) const;

    std::unique_ptr<TempLibrary> m_lib;
    QTemporaryDir m_files;
    QRandomGenerator m_rng;
    QStringList m_texts;
    int m_counter = 0;
    int m_nonEmpty = 0;
};

void TstSearch::init()
{
    m_lib = std::make_unique<TempLibrary>();
    // A fixed seed unless one is given, so that a failure can be run again.
    const quint32 seed = qEnvironmentVariableIsSet("HABEAS_TEST_SEED")
        ? quint32(qEnvironmentVariableIntValue("HABEAS_TEST_SEED"))
        : 20261204u;
    m_rng.seed(seed);
    qInfo("seed %u", seed);
    m_texts.clear();
    m_nonEmpty = 0;
}

PageSet TstSearch::scan(const QStringList &terms, qint64 caseId) const
{
    // SQLite's LIKE folds ASCII letters; PostgreSQL's search folds as ILIKE does.
    const QString like =
        sqlDialect(m_lib->library->database()) == SqlDialect::Postgres ? u"ILIKE"_s : u"LIKE"_s;
    QString where;
    for (qsizetype i = 0; i < terms.size(); ++i)
        where += u" AND p.text %2 :t%1 ESCAPE '\\'"_s.arg(i).arg(like);
    SqlQuery q(m_lib->library->database(),
        u"SELECT e.id, p.page FROM evidence_pages p JOIN evidence_items e ON e.id = "
        "p.evidence_id JOIN cases c ON c.id = e.case_id WHERE e.trashed_at IS NULL AND "
        "c.trashed_at IS NULL AND (:case = 0 OR e.case_id = :case)"_s
            + where);
    for (qsizetype i = 0; i < terms.size(); ++i)
        q.bind(u":t%1"_s.arg(i), likePattern(terms[i]));
    q.bind(u":case"_s, caseId);
    PageSet found;
    if (!q.exec().ok())
        return { { -1, -1 } };
    while (q.next())
        found.insert({ q.value(0).toLongLong(), q.value(1).toInt() });
    return found;
}

void TstSearch::compareRandomQueries(int count, qint64 caseId)
{
    const QSqlDatabase db = m_lib->library->database();
    int nonEmpty = 0;
    for (int i = 0; i < count; ++i) {
        const QString query = randomQuery();
        const QStringList terms = query.simplified().split(u' ', Qt::SkipEmptyParts);
        if (terms.isEmpty())
            continue;
        const auto hits =
            (*m_lib)->evidenceText().search(query, SearchScope { caseId, 0, 1'000'000 });
        QVERIFY2(hits.ok(), qPrintable(query + (hits.ok() ? QString() : hits.error().message)));
        PageSet found;
        for (const SearchHit &h : hits.value())
            if (h.page > 0)
                found.insert({ h.evidenceId, h.page });
        const PageSet expected = scan(terms, caseId);
        QVERIFY2(found == expected,
            qPrintable(u"“%1”: %2 pages found, the scan finds %3"_s.arg(query)
                           .arg(found.size())
                           .arg(expected.size())));
        nonEmpty += expected.isEmpty() ? 0 : 1;

        // The index of characters and pairs, row by row: no page missing, none left behind.
        for (const QString &t : terms) {
            if (t.toUcs4().size() >= 3)
                continue;
            const bool postgres = sqlDialect(db) == SqlDialect::Postgres;
            SqlQuery index(db,
                postgres ? u"SELECT page_id FROM evidence_grams WHERE grams @> ARRAY[lower(:t)]"_s
                         : u"SELECT rowid FROM evidence_grams WHERE evidence_grams MATCH "
                           "('\"' || hex(lower(:t)) || '\"')"_s);
            index.bind(u":t"_s, t);
            QVERIFY(index.exec().ok());
            QSet<qint64> indexed;
            while (index.next())
                indexed.insert(index.value(0).toLongLong());
            SqlQuery like(db,
                u"SELECT id FROM evidence_pages WHERE text %1 :p ESCAPE '\\'"_s.arg(
                    postgres ? u"ILIKE"_s : u"LIKE"_s));
            like.bind(u":p"_s, likePattern(t));
            QVERIFY(like.exec().ok());
            QSet<qint64> scanned;
            while (like.next())
                scanned.insert(like.value(0).toLongLong());
            QVERIFY2(indexed == scanned, qPrintable(t));
        }
    }
    m_nonEmpty += nonEmpty;
}

void TstSearch::indexesAnswerAsTheScanDoes()
{
    const qint64 first = addCase(u"罗某诉某科技公司"_s);
    const qint64 second = addCase(u"另一案件"_s);
    const qint64 third = addCase(u"将被清除的案件"_s);
    EvidenceText &text = (*m_lib)->evidenceText();
    QList<qint64> exhibits;
    for (int i = 0; i < 30; ++i) {
        const qint64 caseId = i % 3 == 0 ? first : i % 3 == 1 ? second : third;
        const qint64 id = addExhibit(caseId);
        QVERIFY(id > 0);
        exhibits << id;
        const QList<PageText> pages = randomPages(4, 60);
        for (const PageText &p : pages)
            m_texts << p.text;
        const Status stored = text.storeParse(id, EvidenceRecord::ParseState::Ok, {},
            int(pages.size()), pages, EvidenceRecord::OcrState::Pending);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
    }
    compareRandomQueries(400);
    compareRandomQueries(100, first);

    // OCR fills the pages the text layer left empty; a re-parse replaces an exhibit's pages.
    for (int i = 0; i < 10; ++i) {
        QList<PageText> ocr = randomPages(4, 60);
        for (PageText &p : ocr) {
            p.origin = PageText::Origin::Ocr;
            m_texts << p.text;
        }
        QVERIFY(text.storeOcr(exhibits.at(i), ocr, false).ok());
    }
    for (int i = 10; i < 20; ++i) {
        const QList<PageText> pages = randomPages(3, 40);
        for (const PageText &p : pages)
            m_texts << p.text;
        QVERIFY(text.storeParse(exhibits.at(i), EvidenceRecord::ParseState::Ok, {},
                        int(pages.size()), pages, EvidenceRecord::OcrState::None)
                    .ok());
    }
    compareRandomQueries(300);

    // Exhibits and cases in the trash are not found; restored, they are again; a case
    // removed for good leaves nothing in either index.
    QVERIFY((*m_lib)->evidence().trashItem(exhibits.at(0)).ok());
    QVERIFY((*m_lib)->evidence().trashItem(exhibits.at(4)).ok());
    QVERIFY((*m_lib)->cases().trashCase(second).ok());
    compareRandomQueries(300);
    QVERIFY((*m_lib)->cases().restoreCase(second).ok());
    QVERIFY((*m_lib)->evidence().restoreItem(exhibits.at(4)).ok());
    QVERIFY((*m_lib)->cases().trashCase(third).ok());
    QVERIFY((*m_lib)->cases().purgeCase(third).ok());
    compareRandomQueries(300);
    compareRandomQueries(100, second);

    // The comparison meant something: most queries found pages.
    QVERIFY2(m_nonEmpty > 600, qPrintable(QString::number(m_nonEmpty)));
    // FTS5's own check of the grams index (a GIN index on the server has none to ask).
    if (sqlDialect(m_lib->library->database()) == SqlDialect::Sqlite) {
        SqlQuery check(m_lib->library->database(),
            u"INSERT INTO evidence_grams (evidence_grams) VALUES ('integrity-check')"_s);
        QVERIFY(check.exec().ok());
    }
}

void TstSearch::preferredCaseComesFirst()
{
    const qint64 other = addCase(u"他案"_s);
    const qint64 mine = addCase(u"本案"_s);
    EvidenceText &text = (*m_lib)->evidenceText();
    // The other case's exhibits entered the library first: without a preference they lead.
    QList<qint64> theirs;
    for (int i = 0; i < 3; ++i) {
        theirs << addExhibit(other);
        QVERIFY(text.storeParse(theirs.last(), EvidenceRecord::ParseState::Ok, {}, 1,
                        { { 1, 0, 0, PageText::Origin::Pdf, u"发送营销短信%1"_s.arg(i) } },
                        EvidenceRecord::OcrState::None)
                    .ok());
    }
    const qint64 ours = addExhibit(mine);
    QVERIFY(text.storeParse(ours, EvidenceRecord::ParseState::Ok, {}, 2,
                    { { 1, 0, 0, PageText::Origin::Pdf, u"未经同意发送短信"_s },
                        { 2, 0, 0, PageText::Origin::Pdf, u"短信内容"_s } },
                    EvidenceRecord::OcrState::None)
                .ok());
    for (const QString &query : { u"短信"_s, u"发送短信"_s, u"短 信"_s }) {
        auto hits = text.search(query);
        QVERIFY(hits.ok());
        if (query == u"短信"_s)
            QCOMPARE(hits->first().caseId, other);
        hits = text.search(query, SearchScope { 0, mine, 100 });
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), text.search(query)->size());
        QCOMPARE(hits->first().caseId, mine);
        QCOMPARE(hits->first().evidenceId, ours);
        // Every hit of the case before any other's.
        bool left = false;
        for (const SearchHit &h : hits.value()) {
            left = left || h.caseId != mine;
            QVERIFY(!left || h.caseId != mine);
        }
        // Limited to one case, nothing else.
        hits = text.search(query, SearchScope { mine, 0, 100 });
        QVERIFY(std::all_of(
            hits->cbegin(), hits->cend(), [&](const SearchHit &h) { return h.caseId == mine; }));
    }
    // The snippet marks a two-character word as it marks a longer one.
    const auto hits = text.search(u"同意"_s, SearchScope { mine, 0, 100 });
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().page, 1);
    QVERIFY(hits->first().snippet.contains(
        EvidenceText::kHitStart + u"同意"_s + EvidenceText::kHitEnd));
    // A limit smaller than the case's own hits keeps the case's.
    const auto one = text.search(u"短信"_s, SearchScope { 0, mine, 1 });
    QCOMPARE(one->size(), 1);
    QCOMPARE(one->first().evidenceId, ours);
}

QTEST_GUILESS_MAIN(TstSearch)
#include "tst_search.moc"
