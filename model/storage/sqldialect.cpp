#include "storage/sqldialect.h"

#include "storage/sql.h"

using namespace Qt::StringLiterals;

namespace habeas {

SqlDialect sqlDialect(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL"_s ? SqlDialect::Postgres : SqlDialect::Sqlite;
}

QString sqlGroupConcat(const QSqlDatabase &db, const QString &expression, const QString &separator)
{
    QString quoted = separator;
    quoted.replace(u'\'', u"''"_s);
    const QString function =
        sqlDialect(db) == SqlDialect::Postgres ? u"string_agg"_s : u"group_concat"_s;
    return u"%1(CAST(%2 AS TEXT), '%3')"_s.arg(function, expression, quoted);
}

Result<QStringList> sqlTables(const QSqlDatabase &db)
{
    const bool pg = sqlDialect(db) == SqlDialect::Postgres;
    SqlQuery q(db,
        pg ? u"SELECT table_name FROM information_schema.tables WHERE table_schema = "
             "current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN ('blobs', "
             "'blob_chunks', 'schema_version') ORDER BY table_name"_s
           : u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
             "ORDER BY name"_s);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

Result<QList<SqlColumn>> sqlColumns(const QSqlDatabase &db, const QString &table)
{
    const bool pg = sqlDialect(db) == SqlDialect::Postgres;
    SqlQuery q(db,
        pg ? u"SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = "
             "current_schema() AND table_name = :table ORDER BY ordinal_position"_s
           : u"SELECT name, type FROM pragma_table_info(:table) ORDER BY cid"_s);
    q.bind(u":table"_s, table);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QList<SqlColumn> columns;
    while (q.next())
        columns.append({ q.value(0).toString(), q.value(1).toString().toUpper() });
    return columns;
}

} // namespace habeas
