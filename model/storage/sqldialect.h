#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace habeas {

// The few places where SQLite and PostgreSQL want different SQL for the same thing, answered
// from the connection's driver. Everything else the stores write is one form both engines
// accept (INSERT … ON CONFLICT DO NOTHING, INSERT … RETURNING id, CAST, coalesce, ||).
enum class SqlDialect { Sqlite, Postgres };

SqlDialect sqlDialect(const QSqlDatabase &db);

// The values of `expression` over the rows of a subquery, joined by `separator` (a plain string,
// quoted here) in the rows' order: group_concat on SQLite, string_agg on PostgreSQL. The values
// are cast to text (string_agg takes text only).
QString sqlGroupConcat(const QSqlDatabase &db, const QString &expression, const QString &separator);

// The catalogue, for the few places that walk the schema (the blob collector, case snapshots):
// the library's own tables (not the engine's, not the server's blob store), in name order.
Result<QStringList> sqlTables(const QSqlDatabase &db);

struct SqlColumn {
    QString name;
    // As the engine names it, upper case: INTEGER, TEXT, REAL; BIGINT, DOUBLE PRECISION.
    QString type;
};
// A table's columns in their order.
Result<QList<SqlColumn>> sqlColumns(const QSqlDatabase &db, const QString &table);

} // namespace habeas
