#include "evidence/evidencetext.h"

#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace habeas {

QString toId(PageText::Origin origin)
{
    switch (origin) {
    case PageText::Origin::Pdf:
        return u"pdf"_s;
    case PageText::Origin::Ocr:
        return u"ocr"_s;
    case PageText::Origin::Text:
        return u"text"_s;
    }
    return u"pdf"_s;
}

QString toId(EvidenceRecord::ParseState state)
{
    switch (state) {
    case EvidenceRecord::ParseState::Pending:
        return u"pending"_s;
    case EvidenceRecord::ParseState::Ok:
        return u"ok"_s;
    case EvidenceRecord::ParseState::Unreadable:
        return u"unreadable"_s;
    case EvidenceRecord::ParseState::Encrypted:
        return u"encrypted"_s;
    }
    return u"pending"_s;
}

QString toId(EvidenceRecord::OcrState state)
{
    switch (state) {
    case EvidenceRecord::OcrState::None:
        return u"none"_s;
    case EvidenceRecord::OcrState::Pending:
        return u"pending"_s;
    case EvidenceRecord::OcrState::Done:
        return u"done"_s;
    case EvidenceRecord::OcrState::Failed:
        return u"failed"_s;
    }
    return u"none"_s;
}

namespace {

PageText::Origin originFromId(const QString &id)
{
    if (id == u"ocr"_s)
        return PageText::Origin::Ocr;
    if (id == u"text"_s)
        return PageText::Origin::Text;
    return PageText::Origin::Pdf;
}

QStringList queryTerms(const QString &query)
{
    // Valid UTF-16 only: SQLite would read a lone surrogate with the quote after it.
    return QString::fromUtf8(query.toUtf8()).simplified().split(u' ', Qt::SkipEmptyParts);
}

QString likePattern(const QString &term)
{
    QString escaped = term;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// The words around the first hit, every hit marked: for the scans FTS5's snippet() cannot serve.
QString markedSnippet(const QString &text, const QStringList &terms)
{
    qsizetype first = -1;
    for (const QString &t : terms) {
        const qsizetype at = text.indexOf(t, 0, Qt::CaseInsensitive);
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    if (first < 0)
        return text.left(60);
    const qsizetype from = std::max<qsizetype>(0, first - 24);
    QString window = text.mid(from, 96).simplified();
    for (const QString &t : terms) {
        qsizetype at = 0;
        while ((at = window.indexOf(t, at, Qt::CaseInsensitive)) >= 0) {
            window.insert(at + t.size(), EvidenceText::kHitEnd);
            window.insert(at, EvidenceText::kHitStart);
            at += t.size() + 2;
        }
    }
    return (from > 0 ? u"…"_s : QString()) + window
        + (from + 96 < text.size() ? u"…"_s : QString());
}

const QString kLiveItem = u"e.trashed_at IS NULL AND c.trashed_at IS NULL "
                          "AND (:case = 0 OR e.case_id = :case)"_s;

} // namespace

EvidenceText::EvidenceText(Library &library)
    : m_library(library)
{
}

Status EvidenceText::storeParse(qint64 evidenceId, EvidenceRecord::ParseState state,
    const QString &note, int pageCount, const QList<PageText> &pages, bool ocrPending)
{
    return storeParse(evidenceId, state, note, pageCount, pages,
        ocrPending ? EvidenceRecord::OcrState::Pending : EvidenceRecord::OcrState::None);
}

Status EvidenceText::storeParse(qint64 evidenceId, EvidenceRecord::ParseState state,
    const QString &note, int pageCount, const QList<PageText> &pages, EvidenceRecord::OcrState ocr)
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return st;
    const QSqlDatabase db = m_library.database();
    const Status st = inTransaction(db, [&]() -> Status {
        SqlQuery clear(db, u"DELETE FROM evidence_pages WHERE evidence_id = :id"_s);
        clear.bind(u":id"_s, evidenceId);
        if (auto e = clear.exec(); !e.ok())
            return e;
        for (const PageText &p : pages) {
            SqlQuery q(db,
                u"INSERT INTO evidence_pages (evidence_id, page, width_pt, height_pt, origin, "
                "text) VALUES (:id, :page, :w, :h, :origin, :text)"_s);
            q.bind(u":id"_s, evidenceId)
                .bind(u":page"_s, p.page)
                .bind(u":w"_s, p.widthPt > 0 ? QVariant(p.widthPt) : QVariant())
                .bind(u":h"_s, p.heightPt > 0 ? QVariant(p.heightPt) : QVariant())
                .bind(u":origin"_s, toId(p.origin))
                .bind(u":text"_s, p.text);
            if (auto e = q.exec(); !e.ok())
                return e;
        }
        SqlQuery q(db,
            u"UPDATE evidence_items SET parse_state = :state, parse_note = :note, page_count = "
            ":pages, ocr_state = :ocr WHERE id = :id"_s);
        q.bind(u":state"_s, toId(state))
            .bind(u":note"_s, textValue(note))
            .bind(u":pages"_s, pageCount)
            .bind(u":ocr"_s, toId(ocr))
            .bind(u":id"_s, evidenceId);
        return q.exec();
    });
    if (st.ok())
        emit textChanged(evidenceId);
    return st;
}

Status EvidenceText::storeOcr(
    qint64 evidenceId, const QList<PageText> &pages, bool failed, const QString &note)
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return st;
    const QSqlDatabase db = m_library.database();
    const Status st = inTransaction(db, [&]() -> Status {
        for (const PageText &p : pages) {
            // OCR fills a page the text layer left empty; it never replaces a PDF's own text.
            SqlQuery q(db,
                u"INSERT INTO evidence_pages (evidence_id, page, width_pt, height_pt, origin, "
                "text) VALUES (:id, :page, :w, :h, 'ocr', :text) ON CONFLICT (evidence_id, page) "
                "DO UPDATE SET text = excluded.text, origin = 'ocr' "
                "WHERE trim(evidence_pages.text) = ''"_s);
            q.bind(u":id"_s, evidenceId)
                .bind(u":page"_s, p.page)
                .bind(u":w"_s, p.widthPt > 0 ? QVariant(p.widthPt) : QVariant())
                .bind(u":h"_s, p.heightPt > 0 ? QVariant(p.heightPt) : QVariant())
                .bind(u":text"_s, p.text);
            if (auto e = q.exec(); !e.ok())
                return e;
        }
        SqlQuery q(db,
            u"UPDATE evidence_items SET ocr_state = :ocr, parse_note = CASE WHEN :note = '' "
            "THEN parse_note ELSE :note END WHERE id = :id"_s);
        q.bind(u":ocr"_s, failed ? u"failed"_s : u"done"_s)
            .bind(u":note"_s, textValue(note))
            .bind(u":id"_s, evidenceId);
        return q.exec();
    });
    if (st.ok())
        emit textChanged(evidenceId);
    return st;
}

Status EvidenceText::deferOcr(qint64 evidenceId)
{
    SqlQuery q(
        m_library.database(), u"UPDATE evidence_items SET ocr_state = 'pending' WHERE id = :id"_s);
    q.bind(u":id"_s, evidenceId);
    return q.exec();
}

namespace {

Result<QList<qint64>> idsWhere(const QSqlDatabase &db, const QString &condition, qint64 caseId)
{
    SqlQuery q(db,
        u"SELECT e.id FROM evidence_items e JOIN cases c ON c.id = e.case_id WHERE "_s + condition
            + u" AND "_s + kLiveItem + u" ORDER BY e.id"_s);
    q.bind(u":case"_s, caseId);
    return q.ids();
}

} // namespace

Result<QList<qint64>> EvidenceText::pendingParse(qint64 caseId) const
{
    return idsWhere(m_library.database(), u"e.parse_state = 'pending'"_s, caseId);
}

Result<QList<qint64>> EvidenceText::pendingOcr(qint64 caseId) const
{
    return idsWhere(m_library.database(), u"e.ocr_state = 'pending'"_s, caseId);
}

Result<QList<PageText>> EvidenceText::pages(qint64 evidenceId) const
{
    SqlQuery q(m_library.database(),
        u"SELECT page, width_pt, height_pt, origin, text FROM evidence_pages WHERE "
        "evidence_id = :id ORDER BY page"_s);
    q.bind(u":id"_s, evidenceId);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QList<PageText> list;
    while (q.next()) {
        PageText p;
        p.page = q.value(0).toInt();
        p.widthPt = q.value(1).toDouble();
        p.heightPt = q.value(2).toDouble();
        p.origin = originFromId(q.value(3).toString());
        p.text = q.value(4).toString();
        list << p;
    }
    return list;
}

namespace {

// The words of a query, by the index that answers them: one or two characters (code points, as
// SQLite counts them) in the table of characters and pairs, three and more in the trigram index.
struct Terms {
    QStringList all;
    QStringList grams;
    QStringList trigrams;
};

Terms splitTerms(const QString &query)
{
    Terms terms;
    terms.all = queryTerms(query);
    for (const QString &t : std::as_const(terms.all))
        (t.toUcs4().size() < 3 ? terms.grams : terms.trigrams) << t;
    return terms;
}

// Which exhibits one query covers: the whole library, one case, or every case but one.
enum class Tier { Library, OnlyCase, OtherCases };

struct Found {
    SearchHit hit;
    int group = 0;
    int seq = 0;
};

SearchHit hitFrom(const SqlQuery &q, const QString &snippet)
{
    return SearchHit { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
        u"证据%1-%2"_s.arg(q.value(3).toInt()).arg(q.value(4).toInt()), q.value(5).toString(),
        q.value(6).toInt(), snippet };
}

// A case holding a tenth of the library or more is searched by walking the matches in library
// order until enough are its own; a smaller one by its set of pages, which stays small.
Result<bool> isSmallCase(const QSqlDatabase &db, qint64 caseId)
{
    SqlQuery q(db,
        u"SELECT (SELECT count(*) FROM evidence_items WHERE case_id = :case) * 10 < "
        "(SELECT coalesce(max(id), 0) FROM evidence_items)"_s);
    q.bind(u":case"_s, caseId);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    return q.next() && q.value(0).toBool();
}

// The pages holding every word, on SQLite: FTS5's trigram index (evidence_fts) for words of
// three characters and more, the contentless table of characters and pairs (evidence_grams) for
// shorter ones. `x.rowid` is the page's id.
QString sqliteMatch(const Terms &terms)
{
    const bool grams = !terms.grams.isEmpty();
    const QString index = grams ? u"evidence_grams"_s : u"evidence_fts"_s;
    // A word of one or two characters is one token of evidence_grams: its UTF-8, lowercased as
    // LIKE compares, in hexadecimal (see 0008_search_grams.sql). SQLite computes it, as it
    // computed the tokens of the pages.
    QString gramMatch;
    for (qsizetype i = 0; i < terms.grams.size(); ++i)
        gramMatch +=
            (i ? u" || ' ' || "_s : QString()) + u"'\"' || hex(lower(:g%1)) || '\"'"_s.arg(i);
    QString sql = u"FROM "_s + index
        + u" x JOIN evidence_pages p ON p.id = x.rowid JOIN evidence_items e ON e.id = "
          "p.evidence_id JOIN cases c ON c.id = e.case_id WHERE "_s
        + index + u" MATCH "_s + (grams ? u'(' + gramMatch + u')' : u":tri"_s);
    if (grams && !terms.trigrams.isEmpty())
        sql += u" AND p.id IN (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH :tri)"_s;
    return sql;
}

// The same on PostgreSQL (docs/server.md, "Full-text search"): the words of one or two
// characters from evidence_grams' arrays (GIN), those of three and more by ILIKE through the
// trigram index on the page text (pg_trgm, GIN).
// On the server the whole page search is one function, run as the owner, that walls its answer
// itself (a user's row-level security would keep the indexes out: resources/sql/pg/0018); the
// query around it only reads the rows of the pages it found.
QString postgresMatch(const Terms &terms)
{
    QStringList grams;
    for (qsizetype i = 0; i < terms.grams.size(); ++i)
        grams << u":g%1"_s.arg(i);
    QStringList patterns;
    for (qsizetype i = 0; i < terms.trigrams.size(); ++i)
        patterns << u":tri%1"_s.arg(i);
    return u"FROM habeas_find_pages(ARRAY["_s + grams.join(u", "_s) + u"]::text[], ARRAY["_s
        + patterns.join(u", "_s)
        + u"]::text[], :in_case, :not_case, :limit) AS m(id) JOIN evidence_pages p ON p.id = m.id "
          "JOIN evidence_items e ON e.id = p.evidence_id JOIN cases c ON c.id = e.case_id "
          "WHERE true"_s;
}

// The pages on which every word occurs, live ones only, at most `limit`, the first in the order
// the text entered the library (the index's own order: no sort over every match).
Result<QList<Found>> findPages(
    const QSqlDatabase &db, const Terms &terms, Tier tier, qint64 caseId, int limit)
{
    const bool postgres = sqlDialect(db) == SqlDialect::Postgres;
    QStringList phrases;
    for (const QString &t : terms.trigrams)
        phrases << u'"' + QString(t).replace(u'"', u"\"\""_s) + u'"';

    QString sql = u"SELECT e.id, e.case_id, c.title, e.group_no, e.seq, e.title, p.page, p.text "_s
        + (postgres ? postgresMatch(terms) : sqliteMatch(terms));
    sql += u" AND e.trashed_at IS NULL AND c.trashed_at IS NULL"_s;
    if (tier == Tier::OnlyCase) {
        const auto small = postgres ? Result<bool>(false) : isSmallCase(db, caseId);
        if (!small.ok())
            return small.error();
        // The unary + keeps SQLite from turning the set into one index lookup per page.
        sql += small.value() ? u" AND +x.rowid IN (SELECT p2.id FROM evidence_items e2 JOIN "
                               "evidence_pages p2 ON p2.evidence_id = e2.id WHERE e2.case_id = "
                               ":case)"_s
                             : u" AND e.case_id = :case"_s;
    } else if (tier == Tier::OtherCases) {
        sql += u" AND e.case_id <> :case"_s;
    }
    sql += (postgres ? u" ORDER BY p.id"_s : u" ORDER BY x.rowid"_s) + u" LIMIT :limit"_s;

    SqlQuery q(db, sql);
    for (qsizetype i = 0; i < terms.grams.size(); ++i)
        q.bind(u":g%1"_s.arg(i), terms.grams[i]);
    if (postgres) {
        for (qsizetype i = 0; i < terms.trigrams.size(); ++i)
            q.bind(u":tri%1"_s.arg(i), likePattern(terms.trigrams[i]));
    } else if (!phrases.isEmpty()) {
        q.bind(u":tri"_s, phrases.join(u' '));
    }
    if (tier != Tier::Library)
        q.bind(u":case"_s, caseId);
    if (postgres) {
        const QVariant none(QMetaType::fromType<qint64>());
        q.bind(u":in_case"_s, tier == Tier::OnlyCase ? QVariant(caseId) : none);
        q.bind(u":not_case"_s, tier == Tier::OtherCases ? QVariant(caseId) : none);
    }
    q.bind(u":limit"_s, limit);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QList<Found> found;
    while (q.next())
        found << Found { hitFrom(q, markedSnippet(q.value(7).toString(), terms.all)),
            q.value(3).toInt(), q.value(4).toInt() };
    // Shown by case and exhibit, as the evidence list orders them.
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return std::tie(a.hit.caseId, a.group, a.seq, a.hit.page)
            < std::tie(b.hit.caseId, b.group, b.seq, b.hit.page);
    });
    return found;
}

// Titles, purposes, notes and sources: a few fields per exhibit, scanned.
Result<QList<SearchHit>> findItems(
    const QSqlDatabase &db, const Terms &terms, Tier tier, qint64 caseId, int limit)
{
    // LIKE folds ASCII letters on SQLite; ILIKE is the nearest on PostgreSQL (it folds all).
    const QString like = sqlDialect(db) == SqlDialect::Postgres ? u"ILIKE"_s : u"LIKE"_s;
    QString where;
    for (qsizetype i = 0; i < terms.all.size(); ++i)
        where += u" AND (e.title || ' ' || e.purpose || ' ' || e.notes || ' ' || e.source) "
                 "%2 :t%1 ESCAPE '\\'"_s.arg(i)
                     .arg(like);
    if (tier == Tier::OnlyCase)
        where += u" AND e.case_id = :case"_s;
    else if (tier == Tier::OtherCases)
        where += u" AND e.case_id <> :case"_s;
    SqlQuery q(db,
        u"SELECT e.id, e.case_id, c.title, e.group_no, e.seq, e.title, 0, e.title || ' — ' || "
        "e.purpose || ' ' || e.notes FROM evidence_items e JOIN cases c ON c.id = e.case_id "
        "WHERE e.trashed_at IS NULL AND c.trashed_at IS NULL"_s
            + where + u" ORDER BY e.case_id, e.group_no, e.seq LIMIT :limit"_s);
    for (qsizetype i = 0; i < terms.all.size(); ++i)
        q.bind(u":t%1"_s.arg(i), likePattern(terms.all[i]));
    if (tier != Tier::Library)
        q.bind(u":case"_s, caseId);
    q.bind(u":limit"_s, limit);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QList<SearchHit> hits;
    while (q.next())
        hits << hitFrom(q, markedSnippet(q.value(7).toString(), terms.all));
    return hits;
}

} // namespace

Result<QList<SearchHit>> EvidenceText::search(const QString &query, const SearchScope &scope) const
{
    const Terms terms = splitTerms(query);
    if (terms.all.isEmpty())
        return Error::input(
            QCoreApplication::translate("habeas::Search", "Type the words to search for."));
    QList<std::pair<Tier, qint64>> tiers;
    if (scope.onlyCase != 0)
        tiers = { { Tier::OnlyCase, scope.onlyCase } };
    else if (scope.preferCase != 0)
        tiers = { { Tier::OnlyCase, scope.preferCase }, { Tier::OtherCases, scope.preferCase } };
    else
        tiers = { { Tier::Library, 0 } };
    const QSqlDatabase db = m_library.database();
    QList<SearchHit> hits;
    for (const auto &[tier, caseId] : std::as_const(tiers)) {
        if (hits.size() >= scope.limit)
            break;
        const auto pages =
            findPages(db, terms, tier, caseId, scope.limit - static_cast<int>(hits.size()));
        if (!pages.ok())
            return pages.error();
        for (const Found &f : pages.value())
            hits << f.hit;
        if (hits.size() >= scope.limit)
            break;
        const auto items =
            findItems(db, terms, tier, caseId, scope.limit - static_cast<int>(hits.size()));
        if (!items.ok())
            return items.error();
        hits << items.value();
    }
    return hits;
}

} // namespace habeas
