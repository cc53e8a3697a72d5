#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

namespace habeas {

// The library's tables as `library copy` sees them, from the catalogue of either engine (so a
// table a later schema adds is copied and compared without touching this code).
namespace LibraryTables {

// The tables that hold library data on this connection: the plain tables (not SQLite's own,
// not an FTS5 table or its shadow tables), without what the server keeps for itself
// (serverOnly()). On a server, the blob store and schema_version are left out (sqlTables).
Result<QStringList> dataTables(const QSqlDatabase &db);

// The server's tables that are not copied: evidence_grams (the search index of pages, which
// its trigger rebuilds on the destination) and blob_holders (who proved to hold an original,
// which a holder proves again on the destination by importing the bytes).
const QStringList &serverOnly();

// `tables` ordered so that a table comes after every table its foreign keys reference (a
// reference to itself is ignored); ties in name order. An error names a cycle.
Result<QStringList> inForeignKeyOrder(const QSqlDatabase &db, const QStringList &tables);

struct TableDigest {
    qint64 rows = 0;
    QByteArray sha256; // hex
};
// A canonical hash of the table's rows, the same on both engines for the same rows: each row
// made into a normalised text (each column as integer, real, text, bytes or null by its
// declared type) and hashed; the table's hash is the SHA-256 of the rows' hashes in sorted
// order, so no engine's ordering or collation enters it. `columns` are compared by name.
Result<TableDigest> digest(
    const QSqlDatabase &db, const QString &table, const QStringList &columns);

} // namespace LibraryTables

} // namespace habeas
