#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace habeas {

// The schema of a library on a PostgreSQL server: the twins of the SQLite migrations, numbered
// alike, embedded under :/sql/pg/ (resources/sql/pg/, docs/server.md). Version N on the server
// holds the same tables, columns, constraints and indexes as version N of an SQLite library, in
// PostgreSQL's dialect, plus the server's own tables (schema_version and the blob store). The
// version lives in the table schema_version.
//
// Not yet wired: Library opens SQLite libraries only; this is what its server backend will call.
class PgSchema final {
public:
    static int latestVersion();

    // The database's schema version: 0 for an empty database. An error when the database holds
    // tables but is not a Habeas library.
    static Result<int> version(const QSqlDatabase &db);

    // Whether Habeas can keep a library in this database: UTF8 encoding, and an LC_CTYPE under
    // which Chinese characters are letters (pg_trgm indexes nothing of a Chinese text otherwise).
    static Status checkDatabase(const QSqlDatabase &db);

    // Brings the database (a QPSQL connection) to latestVersion(): each step in a transaction of
    // its own that also raises schema_version, under an advisory lock, so that two clients
    // opening one database at once migrate it once. Refuses, with nothing changed, a database
    // checkDatabase() refuses, one that is not a Habeas library, and one of a newer schema.
    // Returns the version it found.
    static Result<int> migrate(const QSqlDatabase &db);

    // Splits a script into statements at the semicolons outside quotes, comments and dollar-quoted
    // bodies (a function's body keeps its inner semicolons). Comment-only pieces are dropped.
    static QStringList splitStatements(const QString &script);
};

} // namespace habeas
