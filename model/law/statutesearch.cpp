#include "law/statutesearch.h"

#include "law/statute.h"
#include "law/statutelibrary.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace habeas {

StatuteSearch::StatuteSearch(const StatuteLibrary &library)
    : m_library(library)
    , m_connection(u"habeas-statutes-%1"_s.arg(reinterpret_cast<quintptr>(this)))
{
}

StatuteSearch::~StatuteSearch()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Status StatuteSearch::build()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(u":memory:"_s);
    if (!db.open())
        return Error::library(db.lastError().text());
    QSqlQuery create(db);
    if (!create.exec(u"CREATE VIRTUAL TABLE articles USING fts5(instrument UNINDEXED, article "
                     u"UNINDEXED, text, "
                     "tokenize = 'trigram')"_s))
        return Error::library(QCoreApplication::translate("habeas::StatuteSearch",
            "This SQLite has no FTS5 trigram tokenizer (3.34 or later "
            "is needed): %1")
                                  .arg(create.lastError().text()));
    return inTransaction(db, [&]() -> Status {
        SqlQuery insert(
            db, u"INSERT INTO articles (instrument, article, text) VALUES (:i, :a, :t)"_s);
        for (const Instrument *instrument : m_library.instruments()) {
            for (const Article &article : instrument->articles) {
                insert.bind(u":i"_s, instrument->id)
                    .bind(u":a"_s, article.number)
                    .bind(u":t"_s, article.fullText());
                if (auto st = insert.exec(); !st.ok())
                    return st;
            }
        }
        return {};
    });
}

Result<QList<StatuteSearch::Hit>> StatuteSearch::search(const QString &query, int limit) const
{
    const QString q = query.trimmed();
    if (q.isEmpty())
        return Error::input(
            QCoreApplication::translate("habeas::StatuteSearch", "Type something to search for."));
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QList<Hit> hits;
    if (q.size() >= 3) {
        // The query as one phrase: quotes inside it are doubled, so any text is safe.
        SqlQuery s(db,
            u"SELECT instrument, article, snippet(articles, 2, '【', '】', '…', 24) FROM articles "
            "WHERE articles MATCH :q ORDER BY rank LIMIT :limit"_s);
        const QString phrase = u"\""_s + QString(q).replace(u"\""_s, u"\"\""_s) + u"\""_s;
        s.bind(u":q"_s, phrase).bind(u":limit"_s, limit);
        if (auto st = s.exec(); !st.ok())
            return st.error();
        while (s.next())
            hits << Hit { s.value(0).toString(), s.value(1).toInt(), s.value(2).toString() };
        return hits;
    }
    SqlQuery s(db,
        u"SELECT instrument, article, text FROM articles WHERE instr(text, :q) > 0 LIMIT :limit"_s);
    s.bind(u":q"_s, q).bind(u":limit"_s, limit);
    if (auto st = s.exec(); !st.ok())
        return st.error();
    while (s.next()) {
        const QString text = s.value(2).toString();
        const qsizetype at = text.indexOf(q);
        const qsizetype from = std::max<qsizetype>(0, at - 24);
        QString snippet =
            text.mid(from, at - from) + u'【' + q + u'】' + text.mid(at + q.size(), 24);
        if (from > 0)
            snippet.prepend(u'…');
        hits << Hit { s.value(0).toString(), s.value(1).toInt(), snippet };
    }
    return hits;
}

} // namespace habeas
