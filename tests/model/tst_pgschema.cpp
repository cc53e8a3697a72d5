// The library schema on PostgreSQL 15 (resources/sql/pg/, storage/pgschema): applied to a private
// cluster, the same tables, columns, keys, indexes and checks as a fresh SQLite library, and
// Chinese search with pg_trgm finding the pages SQLite's FTS5 trigram index finds.
//
// How SQLite's FTS5 tables map (docs/server.md, "The schema"):
//  - an external-content table (content = 'T') is a GIN index of the same name on T's column,
//    with pg_trgm's gin_trgm_ops (evidence_fts → evidence_fts ON evidence_pages (text));
//  - a contentless table (content = '') is a table of the same name keyed by page_id, each of
//    its columns a TEXT[] under a GIN index (evidence_grams);
//  - FTS5's shadow tables (NAME_data, NAME_idx, …) have no twin.
// The server's own tables are schema_version and the blob store (blobs, blob_chunks).

#include "evidence/evidencetext.h"
#include "storage/migrations.h"
#include "storage/pgschema.h"
#include "support/pgcluster.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <latch>
#include <thread>

using namespace habeas;
using namespace Qt::StringLiterals;

namespace {

QStringList column(const QSqlDatabase &db, const QString &sql)
{
    QStringList values;
    QSqlQuery q(db);
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next())
        values << q.value(0).toString();
    return values;
}

QString one(const QSqlDatabase &db, const QString &sql)
{
    const QStringList values = column(db, sql);
    return values.isEmpty() ? QString() : values.first();
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

const QMap<QString, QString> &typeMap()
{
    static const QMap<QString, QString> map { { u"INTEGER"_s, u"bigint"_s },
        { u"TEXT"_s, u"text"_s }, { u"REAL"_s, u"double precision"_s }, { u"BLOB"_s, u"bytea"_s } };
    return map;
}

QString onAction(const QString &sqlite)
{
    return sqlite.toUpper();
}

QString pgAction(const QString &code)
{
    static const QMap<QString, QString> map { { u"a"_s, u"NO ACTION"_s }, { u"r"_s, u"RESTRICT"_s },
        { u"c"_s, u"CASCADE"_s }, { u"n"_s, u"SET NULL"_s }, { u"d"_s, u"SET DEFAULT"_s } };
    return map.value(code);
}

// The SQLite schema, by table: which are virtual, which are FTS5's own.
struct SqliteTables {
    QStringList ordinary;
    QMap<QString, QString> virtualSql; // name → CREATE VIRTUAL TABLE …
};

SqliteTables sqliteTables(const QSqlDatabase &db)
{
    SqliteTables t;
    QSqlQuery q(db);
    q.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'table' "
           "AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
    QStringList all;
    while (q.next()) {
        const QString name = q.value(0).toString();
        all << name;
        if (q.value(1).toString().startsWith(u"CREATE VIRTUAL TABLE"_s))
            t.virtualSql.insert(name, q.value(1).toString());
    }
    for (const QString &name : std::as_const(all)) {
        bool shadow = false;
        for (auto it = t.virtualSql.cbegin(); it != t.virtualSql.cend(); ++it)
            shadow = shadow || name.startsWith(it.key() + u'_');
        if (!shadow && !t.virtualSql.contains(name))
            t.ordinary << name;
    }
    return t;
}

// One line per column: name, type, null, default, key: in SQLite's terms mapped to PostgreSQL's.
QStringList sqliteColumns(const QSqlDatabase &db, const QString &table)
{
    const QStringList referencing =
        column(db, u"SELECT \"from\" FROM pragma_foreign_key_list('%1')"_s.arg(table));
    QSqlQuery q(db);
    q.exec(u"SELECT name, type, \"notnull\", dflt_value, pk, "
           "(SELECT count(*) FROM pragma_table_info('%1') WHERE pk > 0) "
           "FROM pragma_table_info('%1')"_s.arg(table));
    QStringList lines;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const bool pk = q.value(4).toInt() > 0;
        // INTEGER PRIMARY KEY is SQLite's rowid: an identity on PostgreSQL unless it is
        // another table's key (register_imports.case_id), always given.
        const bool rowid = pk && q.value(5).toInt() == 1 && q.value(1).toString() == u"INTEGER"_s
            && !referencing.contains(name);
        lines << u"%1.%2 %3%4 default=%5%6"_s.arg(table, name,
            typeMap().value(q.value(1).toString(), u"?"_s + q.value(1).toString()),
            q.value(2).toBool() || pk ? u" not null"_s : QString(),
            q.value(3).isNull() ? u"none"_s : q.value(3).toString(),
            rowid ? u" identity"_s : QString());
    }
    return lines;
}

QStringList pgColumns(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    q.exec(u"SELECT column_name, data_type, is_nullable, column_default, is_identity "
           "FROM information_schema.columns WHERE table_schema = current_schema() "
           "AND table_name = '%1' ORDER BY ordinal_position"_s.arg(table));
    QStringList lines;
    static const QRegularExpression cast(u"::[a-z ]+$"_s);
    while (q.next()) {
        QString dflt = q.value(3).isNull() ? u"none"_s : q.value(3).toString();
        dflt.remove(cast);
        lines << u"%1.%2 %3%4 default=%5%6"_s.arg(table, q.value(0).toString(),
            q.value(1).toString(), q.value(2).toString() == u"NO"_s ? u" not null"_s : QString(),
            dflt, q.value(4).toString() == u"YES"_s ? u" identity"_s : QString());
    }
    return lines;
}

// Keys, unique constraints, indexes and foreign keys of a table, one line each.
QStringList sqliteKeys(const QSqlDatabase &db, const QString &table)
{
    QStringList lines;
    QSqlQuery q(db);
    q.exec(u"SELECT name, origin FROM pragma_index_list('%1')"_s.arg(table));
    while (q.next()) {
        const QString name = q.value(0).toString();
        const QString cols =
            column(db, u"SELECT name FROM pragma_index_info('%1') ORDER BY seqno"_s.arg(name))
                .join(u", "_s);
        const QString origin = q.value(1).toString();
        lines << (origin == u"c"_s ? u"%1 index %2 (%3)"_s.arg(table, name, cols)
                                   : u"%1 %2 (%3)"_s.arg(table,
                                       origin == u"pk"_s ? u"primary key"_s : u"unique"_s, cols));
    }
    const QStringList pk = column(
        db, u"SELECT name FROM pragma_table_info('%1') WHERE pk > 0 ORDER BY pk"_s.arg(table));
    if (!pk.isEmpty() && !lines.contains(u"%1 primary key (%2)"_s.arg(table, pk.join(u", "_s))))
        lines << u"%1 primary key (%2)"_s.arg(table, pk.join(u", "_s)); // the rowid's own
    q.exec(
        u"SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list('%1')"_s.arg(
            table));
    while (q.next())
        lines << u"%1.%2 references %3 (%4) on delete %5"_s.arg(table, q.value(0).toString(),
            q.value(1).toString(), q.value(2).toString(), onAction(q.value(3).toString()));
    return lines;
}

QStringList pgKeys(const QSqlDatabase &db, const QString &table)
{
    QStringList lines;
    QSqlQuery q(db);
    // Every index, with its columns in order, and whether a constraint made it.
    q.exec(u"SELECT i.relname, x.indisprimary, c.contype, "
           "(SELECT string_agg(a.attname, ', ' ORDER BY k.n) FROM unnest(x.indkey) "
           "WITH ORDINALITY AS k (attnum, n) JOIN pg_attribute a ON a.attrelid = x.indrelid "
           "AND a.attnum = k.attnum) "
           "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
           "LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.contype IN ('p', 'u') "
           "WHERE x.indrelid = '%1'::regclass"_s.arg(table));
    while (q.next()) {
        const QString cols = q.value(3).toString();
        if (q.value(1).toBool())
            lines << u"%1 primary key (%2)"_s.arg(table, cols);
        else if (q.value(2).toString() == u"u"_s)
            lines << u"%1 unique (%2)"_s.arg(table, cols);
        else
            lines << u"%1 index %2 (%3)"_s.arg(table, q.value(0).toString(), cols);
    }
    q.exec(u"SELECT a.attname, f.relname, fa.attname, c.confdeltype FROM pg_constraint c "
           "JOIN pg_class f ON f.oid = c.confrelid "
           "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
           "JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = c.confkey[1] "
           "WHERE c.contype = 'f' AND c.conrelid = '%1'::regclass"_s.arg(table));
    while (q.next())
        lines << u"%1.%2 references %3 (%4) on delete %5"_s.arg(table, q.value(0).toString(),
            q.value(1).toString(), q.value(2).toString(), pgAction(q.value(3).toString()));
    return lines;
}

// CHECK constraints, counted: SQLite keeps them only in the table's text.
int sqliteChecks(const QSqlDatabase &db, const QString &table)
{
    static const QRegularExpression check(
        u"\\bCHECK\\s*\\("_s, QRegularExpression::CaseInsensitiveOption);
    const QString sql = one(db, u"SELECT sql FROM sqlite_master WHERE name = '%1'"_s.arg(table));
    return static_cast<int>(sql.count(check));
}

int pgChecks(const QSqlDatabase &db, const QString &table)
{
    return one(db,
        u"SELECT count(*) FROM pg_constraint WHERE contype = 'c' "
        "AND conrelid = '%1'::regclass"_s.arg(table))
        .toInt();
}

// Pages of Chinese text (and a little Latin) for the search comparisons.
const QStringList &pageTexts()
{
    static const QStringList texts {
        u"《中华人民共和国个人信息保护法》第十三条规定，符合下列情形之一的，个人信息处理者方可处理个人信息：取得个人的同意。"_s,
        u"个人信息处理者处理敏感个人信息，应当取得个人的单独同意。人脸识别信息属于敏感个人信息。"_s,
        u"被告运营的App在用户首次启动时即收集设备标识符和位置信息，未告知处理目的。"_s,
        u"原告于2021年3月1日通过公证处对被告APP的隐私政策进行了证据保全。"_s,
        u"第十六条 个人信息处理者不得以个人不同意处理其个人信息为由，拒绝提供产品或者服务。"_s,
        u"被告称其经用户同意收集人脸图像，但未能提供同意记录。"_s,
        u"The defendant's app shared face data with a third party (WeChat mini-program)."_s,
        u"民法典第一千零三十四条：自然人的个人信息受法律保护。隐私权、个人信息权益。"_s,
        u"小区物业安装人脸识别门禁，强制业主录入人脸，业主诉至法院。"_s,
        u"证人证言：我看到他用手机拍下了屏幕上的聊天记录。"_s,
    };
    return texts;
}

// The portable statements both backends run: explicit ids, plain SQL.
bool insertPages(const QSqlDatabase &db, QString *why)
{
    QSqlQuery q(db);
    const QString at = u"2026-03-01T09:30:00+08:00"_s;
    bool ok = q.prepare(u"INSERT INTO cases (id, title, kind, stage, created_at, updated_at) "
                        "VALUES (1, '罗某诉某科技公司', 'private', 'intake', :at, :at)"_s);
    q.bindValue(u":at"_s, at);
    ok = ok && q.exec();
    for (int item = 1; ok && item <= 2; ++item) {
        ok = q.prepare(u"INSERT INTO evidence_items (id, case_id, sha256, seq, title, "
                       "original_name, size, media_type, created_at, updated_at) VALUES "
                       "(:id, 1, :sha, :id, :title, 'a.pdf', 1, 'application/pdf', :at, :at)"_s);
        q.bindValue(u":id"_s, item);
        q.bindValue(u":sha"_s, QString(64, QChar(u'a' + item)));
        q.bindValue(u":title"_s, u"证据%1"_s.arg(item));
        q.bindValue(u":at"_s, at);
        ok = q.exec();
    }
    for (qsizetype i = 0; ok && i < pageTexts().size(); ++i) {
        ok = q.prepare(u"INSERT INTO evidence_pages (id, evidence_id, page, origin, text) "
                       "VALUES (:id, :item, :page, 'pdf', :text)"_s);
        q.bindValue(u":id"_s, i + 1);
        q.bindValue(u":item"_s, i % 2 + 1);
        q.bindValue(u":page"_s, i / 2 + 1);
        q.bindValue(u":text"_s, pageTexts()[i]);
        ok = q.exec();
    }
    if (!ok && why)
        *why = q.lastError().text();
    return ok;
}

QString likePattern(QString term)
{
    term.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + term + u'%';
}

// The PostgreSQL form of the evidence search: the words of one or two characters from the
// grams table, those of three or more through the trigram index (ILIKE), all of them required.
QString pgSearchSql(const QStringList &terms)
{
    QStringList grams;
    QString where;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        if (terms[i].toUcs4().size() < 3)
            grams << u"lower(:t%1)"_s.arg(i);
        else
            where += u" AND p.text ILIKE :t%1"_s.arg(i);
    }
    QString sql = u"SELECT p.evidence_id, p.page FROM evidence_pages p"_s;
    if (!grams.isEmpty())
        sql += u" JOIN evidence_grams g ON g.page_id = p.id AND g.grams @> ARRAY["_s
            + grams.join(u", "_s) + u']';
    return sql + u" WHERE true"_s + where;
}

QStringList pgSearch(const QSqlDatabase &db, const QString &query, bool explain = false)
{
    const QStringList terms = query.split(u' ', Qt::SkipEmptyParts);
    QSqlQuery q(db);
    QString sql = pgSearchSql(terms);
    if (explain) {
        // EXPLAIN cannot be prepared: the values go in as literals (the test's own words).
        for (qsizetype i = terms.size() - 1; i >= 0; --i) {
            const QString value = terms[i].toUcs4().size() < 3 ? terms[i] : likePattern(terms[i]);
            sql.replace(u":t%1"_s.arg(i), u'\'' + QString(value).replace(u"'"_s, u"''"_s) + u'\'');
        }
        sql = u"EXPLAIN "_s + sql;
    } else {
        q.prepare(sql);
        for (qsizetype i = 0; i < terms.size(); ++i)
            q.bindValue(
                u":t%1"_s.arg(i), terms[i].toUcs4().size() < 3 ? terms[i] : likePattern(terms[i]));
    }
    if (!(explain ? q.exec(sql) : q.exec()))
        qWarning("%s", qPrintable(q.lastError().text()));
    QStringList found;
    while (q.next())
        found << (explain ? q.value(0).toString()
                          : u"%1/%2"_s.arg(q.value(0).toLongLong()).arg(q.value(1).toInt()));
    return explain ? found : sorted(found);
}

} // namespace

class TstPgSchema : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void splitsStatements();
    void pairsEachSqliteStep();
    void migratesAnEmptyDatabase();
    void twoClientsMigrateOnce();
    void matchesTheSqliteSchema();
    void refusesANewerSchema();
    void refusesAForeignDatabase();
    void refusesACtypeWithoutChineseLetters();
    void searchesChineseLikeSqlite_data();
    void searchesChineseLikeSqlite();
    void searchUsesTheIndexes();

private:
    QSqlDatabase freshDatabase(const QString &name, bool migrate = true);

    std::unique_ptr<test::PgCluster> m_cluster;
    QStringList m_connections;
    std::unique_ptr<test::TempLibrary> m_sqlite;
    QSqlDatabase m_searchPg;
};

QSqlDatabase TstPgSchema::freshDatabase(const QString &name, bool migrate)
{
    QString why;
    if (!m_cluster->createDatabase(name, &why))
        qWarning("cannot create database %s: %s", qPrintable(name), qPrintable(why));
    m_connections << name;
    QSqlDatabase db = m_cluster->connect(name, name, &why);
    if (!db.isOpen())
        qWarning("cannot connect to %s: %s", qPrintable(name), qPrintable(why));
    if (migrate) {
        const auto migrated = PgSchema::migrate(db);
        if (!migrated.ok())
            qWarning("migration failed: %s", qPrintable(migrated.error().message));
    }
    return db;
}

void TstPgSchema::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    m_cluster = std::make_unique<test::PgCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    qInfo("cluster up in %lld ms: %s", timer.elapsed(), qPrintable(m_cluster->url(u"…"_s)));
    m_sqlite = std::make_unique<test::TempLibrary>();
    QVERIFY(m_sqlite->library);
}

void TstPgSchema::cleanupTestCase()
{
    m_searchPg = {};
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_sqlite.reset();
    m_cluster.reset();
}

void TstPgSchema::splitsStatements()
{
    const QString script = u"-- a comment; with a semicolon\n"
                           "CREATE TABLE a (t TEXT DEFAULT 'x;y', \"odd;name\" TEXT);\n"
                           "/* block; comment */ INSERT INTO a VALUES ('it''s; fine', '');\n"
                           "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                           "BEGIN\n    PERFORM 1; RETURN NULL;\nEND\n$$;\n"
                           "SELECT $tag$ ; $$ ; $tag$;\n"
                           "-- trailing comment only\n"_s;
    const QStringList statements = PgSchema::splitStatements(script);
    QCOMPARE(statements.size(), 4);
    QVERIFY(statements[0].startsWith(u"CREATE TABLE a"_s));
    QVERIFY(statements[0].contains(u"'x;y'"_s));
    QVERIFY(statements[1].contains(u"'it''s; fine'"_s));
    QVERIFY(!statements[1].contains(u"block"_s));
    QVERIFY(statements[2].contains(u"PERFORM 1; RETURN NULL;"_s));
    QVERIFY(statements[2].endsWith(u"$$"_s));
    QCOMPARE(statements[3], u"SELECT $tag$ ; $$ ; $tag$"_s);
}

void TstPgSchema::pairsEachSqliteStep()
{
    // Migrations come in pairs: the server's step N is the twin of the folder's step N.
    QCOMPARE(PgSchema::latestVersion(), Migrations::latestVersion());
    QStringList sqlite = QDir(u":/sql"_s).entryList({ u"*.sql"_s }, QDir::Files, QDir::Name);
    QStringList pg = QDir(u":/sql/pg"_s).entryList({ u"*.sql"_s }, QDir::Files, QDir::Name);
    QCOMPARE(pg, sqlite);
}

void TstPgSchema::migratesAnEmptyDatabase()
{
    QSqlDatabase db = freshDatabase(u"fresh"_s, false);
    QVERIFY(db.isOpen());
    QCOMPARE(PgSchema::version(db).value(), 0);
    QElapsedTimer timer;
    timer.start();
    const auto migrated = PgSchema::migrate(db);
    QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message));
    qInfo("schema 1 to %d in %lld ms", PgSchema::latestVersion(), timer.elapsed());
    QCOMPARE(migrated.value(), 0);
    QCOMPARE(PgSchema::version(db).value(), PgSchema::latestVersion());
    QCOMPARE(one(db, u"SELECT application FROM schema_version"_s), u"habeas"_s);
    // Opening it again changes nothing.
    const auto again = PgSchema::migrate(db);
    QVERIFY(again.ok());
    QCOMPARE(again.value(), PgSchema::latestVersion());
    QCOMPARE(one(db, u"SELECT count(*) FROM schema_version"_s), u"1"_s);
    QCOMPARE(one(db, u"SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'"_s), u"1"_s);
}

void TstPgSchema::twoClientsMigrateOnce()
{
    QString why;
    QVERIFY2(m_cluster->createDatabase(u"race"_s, &why), qPrintable(why));
    // Two clients open one empty database at the same moment, each on its own connection.
    std::latch start(2);
    QList<QString> errors(2);
    QList<int> found(2, -1);
    auto client = [&](int i) {
        const QString name = u"race-%1"_s.arg(i);
        {
            QSqlDatabase db = m_cluster->connect(u"race"_s, name, &errors[i]);
            start.arrive_and_wait();
            if (db.isOpen()) {
                const auto migrated = PgSchema::migrate(db);
                if (migrated.ok())
                    found[i] = migrated.value();
                else
                    errors[i] = migrated.error().message;
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    };
    std::thread a(client, 0);
    std::thread b(client, 1);
    a.join();
    b.join();
    QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
    QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
    // Each found the database at some step and took it on from there; without the lock the
    // second CREATE TABLE of a step would fail on the first's.
    QVERIFY(found[0] >= 0 && found[0] <= PgSchema::latestVersion());
    QVERIFY(found[1] >= 0 && found[1] <= PgSchema::latestVersion());
    QVERIFY(found[0] == 0 || found[1] == 0);
    qInfo("the two clients found schema %d and %d", found[0], found[1]);
    m_connections << u"race"_s;
    QSqlDatabase db = m_cluster->connect(u"race"_s, u"race"_s);
    QCOMPARE(PgSchema::version(db).value(), PgSchema::latestVersion());
    QCOMPARE(one(db, u"SELECT count(*) FROM schema_version"_s), u"1"_s);
}

void TstPgSchema::matchesTheSqliteSchema()
{
    QSqlDatabase pg = freshDatabase(u"parity"_s);
    QCOMPARE(PgSchema::version(pg).value(), PgSchema::latestVersion());
    QSqlDatabase lite = m_sqlite->library->database();
    const SqliteTables tables = sqliteTables(lite);
    QVERIFY(tables.ordinary.contains(u"cases"_s));
    QCOMPARE(
        sorted(tables.virtualSql.keys()), (QStringList { u"evidence_fts"_s, u"evidence_grams"_s }));

    QStringList expectedTables = tables.ordinary;
    // The server's own: its schema version, the originals and who proved to hold them.
    expectedTables << u"schema_version"_s << u"blobs"_s << u"blob_chunks"_s << u"blob_holders"_s;
    for (auto it = tables.virtualSql.cbegin(); it != tables.virtualSql.cend(); ++it) {
        if (it.value().contains(u"content = ''"_s))
            expectedTables << it.key();
    }
    QCOMPARE(sorted(column(pg,
                 u"SELECT tablename FROM pg_tables WHERE schemaname = "
                 "current_schema()"_s)),
        sorted(expectedTables));

    for (const QString &table : tables.ordinary) {
        QCOMPARE(pgColumns(pg, table), sqliteColumns(lite, table));
        QStringList keys = pgKeys(pg, table);
        for (const QString &fts : tables.virtualSql.keys())
            keys.removeIf([&](const QString &k) { return k.contains(u" index "_s + fts + u' '); });
        QCOMPARE(sorted(keys), sorted(sqliteKeys(lite, table)));
        QCOMPARE(pgChecks(pg, table), sqliteChecks(lite, table));
    }

    // evidence_fts: the trigram index on the pages' text.
    const QString fts =
        one(pg, u"SELECT indexdef FROM pg_indexes WHERE indexname = 'evidence_fts'"_s);
    QCOMPARE(
        fts, u"CREATE INDEX evidence_fts ON public.evidence_pages USING gin (text gin_trgm_ops)"_s);
    QVERIFY(tables.virtualSql.value(u"evidence_fts"_s).contains(u"content = 'evidence_pages'"_s));
    QVERIFY(tables.virtualSql.value(u"evidence_fts"_s).contains(u"tokenize = 'trigram'"_s));
    // evidence_grams: the page's grams as an array under a GIN index.
    QCOMPARE(column(lite, u"SELECT name FROM pragma_table_info('evidence_grams')"_s),
        QStringList { u"grams"_s });
    QCOMPARE(pgColumns(pg, u"evidence_grams"_s),
        (QStringList { u"evidence_grams.page_id bigint not null default=none"_s,
            u"evidence_grams.grams ARRAY not null default=none"_s }));
    QCOMPARE(sorted(pgKeys(pg, u"evidence_grams"_s)),
        sorted({ u"evidence_grams primary key (page_id)"_s,
            u"evidence_grams index evidence_grams_grams (grams)"_s,
            u"evidence_grams.page_id references evidence_pages (id) on delete CASCADE"_s }));
    QVERIFY(one(pg, u"SELECT indexdef FROM pg_indexes WHERE indexname = 'evidence_grams_grams'"_s)
                .contains(u"USING gin (grams)"_s));
}

void TstPgSchema::refusesANewerSchema()
{
    QSqlDatabase db = freshDatabase(u"newer"_s);
    QSqlQuery q(db);
    QVERIFY(q.exec(u"UPDATE schema_version SET version = %1"_s.arg(PgSchema::latestVersion() + 3)));
    const auto migrated = PgSchema::migrate(db);
    QVERIFY(!migrated.ok());
    QCOMPARE(migrated.error().kind, Error::Kind::Library);
    QVERIFY2(migrated.error().message.contains(
                 u"newer version of Habeas (schema %1; this "
                 "version reads up to %2)"_s.arg(PgSchema::latestVersion() + 3)
                     .arg(PgSchema::latestVersion())),
        qPrintable(migrated.error().message));
    QCOMPARE(PgSchema::version(db).value(), PgSchema::latestVersion() + 3);
}

void TstPgSchema::refusesAForeignDatabase()
{
    QSqlDatabase db = freshDatabase(u"foreign"_s, false);
    QSqlQuery q(db);
    QVERIFY(q.exec(u"CREATE TABLE photos (id bigint PRIMARY KEY, name text)"_s));
    const auto migrated = PgSchema::migrate(db);
    QVERIFY(!migrated.ok());
    QVERIFY2(migrated.error().message.contains(u"holds tables but is not a Habeas library"_s),
        qPrintable(migrated.error().message));
    QCOMPARE(column(db, u"SELECT tablename FROM pg_tables WHERE schemaname = 'public'"_s),
        QStringList { u"photos"_s });
}

void TstPgSchema::refusesACtypeWithoutChineseLetters()
{
    const QString name = u"ctype_c"_s;
    {
        QSqlDatabase admin = m_cluster->connect(u"postgres"_s, u"admin"_s);
        QVERIFY(admin.isOpen());
        QSqlQuery q(admin);
        QVERIFY2(q.exec(u"CREATE DATABASE ctype_c TEMPLATE template0 ENCODING 'UTF8' "
                        "LC_COLLATE 'C' LC_CTYPE 'C'"_s),
            qPrintable(q.lastError().text()));
        admin.close();
    }
    QSqlDatabase::removeDatabase(u"admin"_s);
    m_connections << name;
    QSqlDatabase db = m_cluster->connect(name, name);
    QVERIFY(db.isOpen());
    // Why: under LC_CTYPE C, pg_trgm would index nothing of a Chinese text.
    QSqlQuery q(db);
    QVERIFY(q.exec(u"CREATE EXTENSION pg_trgm"_s));
    QCOMPARE(one(db, u"SELECT show_trgm('个人信息保护法')"_s), u"{}"_s);
    QVERIFY(q.exec(u"DROP EXTENSION pg_trgm"_s));

    const auto migrated = PgSchema::migrate(db);
    QVERIFY(!migrated.ok());
    QVERIFY2(migrated.error().message.contains(u"LC_CTYPE C, under which Chinese characters are "
                                               "not letters"_s),
        qPrintable(migrated.error().message));
    QVERIFY(column(db, u"SELECT tablename FROM pg_tables WHERE schemaname = 'public'"_s).isEmpty());
    // The fixture's databases are C.UTF-8: the same text gives trigrams there.
    QSqlDatabase good = QSqlDatabase::database(u"fresh"_s);
    QVERIFY(one(good, u"SELECT array_length(show_trgm('个人信息保护法'), 1)"_s).toInt() >= 5);
}

void TstPgSchema::searchesChineseLikeSqlite_data()
{
    QTest::addColumn<QString>("query");
    for (const char *q : { "个人信息", "个人信息保护法", "敏感个人信息", "人脸识别", "处理者",
             "第十六条", "单独同意", "隐私政策", "信息，处", "2021年", "App", "app", "APP",
             "WeChat", "face data", "信息", "同意", "人脸", "人", "脸", "。", "Ap", "aP",
             "个人 处理者", "人脸 同意", "不存在的词", "证据保全", "（" })
        QTest::newRow(q) << QString::fromUtf8(q);
}

void TstPgSchema::searchesChineseLikeSqlite()
{
    QFETCH(QString, query);
    if (!m_searchPg.isValid()) {
        QString why;
        QVERIFY2(insertPages(m_sqlite->library->database(), &why), qPrintable(why));
        m_searchPg = freshDatabase(u"search"_s);
        QVERIFY2(insertPages(m_searchPg, &why), qPrintable(why));
    }
    const auto hits = m_sqlite->library->evidenceText().search(query, SearchScope { 0, 0, 1000 });
    QVERIFY2(hits.ok(), qPrintable(hits.ok() ? QString() : hits.error().message));
    QStringList sqlite;
    for (const SearchHit &hit : hits.value()) {
        if (hit.page > 0)
            sqlite << u"%1/%2"_s.arg(hit.evidenceId).arg(hit.page);
    }
    const QStringList pg = pgSearch(m_searchPg, query);
    QCOMPARE(pg, sorted(sqlite));
}

void TstPgSchema::searchUsesTheIndexes()
{
    QSqlDatabase db = freshDatabase(u"plans"_s);
    QString why;
    QVERIFY2(insertPages(db, &why), qPrintable(why));
    QSqlQuery q(db);
    // Ids given explicitly (as SQLite's rowids may be) leave the identity behind: a copy into a
    // server library moves it past them.
    QVERIFY(q.exec(u"SELECT setval(pg_get_serial_sequence('evidence_pages', 'id'), max(id)) "
                   "FROM evidence_pages"_s));
    // Unrelated pages around the test's own.
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(
        q.exec(u"INSERT INTO evidence_pages (evidence_id, page, origin, text) "
               "SELECT 2, 100 + n, 'ocr', repeat('某公司收集用户的设备数据并向第三方提供。', 8) "
               "|| n FROM generate_series(1, 2000) AS n"_s),
        qPrintable(q.lastError().text()));
    qInfo("2000 pages of 170 characters, with their grams, in %lld ms", timer.elapsed());
    // As autovacuum would: the GIN indexes' pending entries move into the indexes proper.
    QVERIFY(q.exec(u"VACUUM ANALYZE"_s));
    // With scans priced out, a plan without the index would still scan: the index answers it.
    QVERIFY(q.exec(u"SET enable_seqscan = off"_s));
    const QString trigram = pgSearch(db, u"人脸识别"_s, true).join(u'\n');
    QVERIFY2(trigram.contains(u"Bitmap Index Scan on evidence_fts"_s), qPrintable(trigram));
    const QString grams = pgSearch(db, u"人脸"_s, true).join(u'\n');
    QVERIFY2(grams.contains(u"Bitmap Index Scan on evidence_grams_grams"_s), qPrintable(grams));
    QVERIFY(q.exec(u"RESET enable_seqscan"_s));
    QCOMPARE(pgSearch(db, u"人脸识别"_s), (QStringList { u"1/5"_s, u"2/1"_s }));
    QCOMPARE(pgSearch(db, u"人脸"_s).size(), 3);
    // The grams follow an edited page and leave with a deleted one.
    QVERIFY(q.exec(u"UPDATE evidence_pages SET text = '刷脸支付' WHERE id = 2"_s));
    QCOMPARE(pgSearch(db, u"人脸"_s).size(), 2);
    QCOMPARE(pgSearch(db, u"刷脸"_s), QStringList { u"2/1"_s });
    QVERIFY(q.exec(u"DELETE FROM evidence_pages WHERE id = 2"_s));
    QVERIFY(pgSearch(db, u"刷脸"_s).isEmpty());
    QCOMPARE(one(db, u"SELECT count(*) FROM evidence_grams"_s),
        one(db, u"SELECT count(*) FROM evidence_pages"_s));
}

QTEST_GUILESS_MAIN(TstPgSchema)
#include "tst_pgschema.moc"
