#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <type_traits>

namespace habeas {

// A prepared statement with bound values whose failures come back as Error values
// carrying a message a user can act on (disk full, locked, corrupt).
class SqlQuery final {
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    Status exec();
    // Runs the statement and steps onto its first row: `none` when it selects no row.
    Status execFirst(const Error &none);

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    // The id an `INSERT … RETURNING id` gave (0 when it gave none); ends the statement. One
    // form for both engines, where QSqlQuery::lastInsertId() is SQLite's rowid.
    qint64 returnedId();
    // Runs the statement and gives its first column, the ids it selects, in order.
    Result<QList<qint64>> ids();
    int numRowsAffected() const { return m_query.numRowsAffected(); }

private:
    QSqlQuery m_query;
    QString m_connection;
    bool m_open = false;
    bool m_prepared = false;
};

// The row of `select` (a SELECT … WHERE id = :id) for `id`, read by `from` (the query on the row
// to a record), or `missing` when there is none.
template<typename Read>
auto rowById(const QSqlDatabase &db, const QString &select, qint64 id, const Error &missing,
    Read from) -> Result<std::invoke_result_t<Read, const SqlQuery &>>
{
    SqlQuery q(db, select);
    q.bind(QStringLiteral(":id"), id);
    if (auto st = q.execFirst(missing); !st.ok())
        return st.error();
    return from(q);
}

// Translates a driver error into an Error the front ends understand.
Error sqlError(const QSqlError &error);
// Whether the error says the server cannot be reached (down, the network cut, a wrong host or
// port): an SQLSTATE of class 08 or 57P01-03, or libpq's words when it gives none.
bool serverUnreachable(const QSqlError &error);

// Whether a statement on the named connection of this thread found the server gone since the
// last call (and forgets it): its backend then opens the connection anew before the next use,
// never inside a transaction (inOpenTransaction), whose statements must all run on one.
bool takeLostConnection(const QString &connectionName);
bool inOpenTransaction(const QString &connectionName);

// Closes and removes the named connections (a backend's, one per thread), and empties the list.
void removeConnections(QStringList &names);

// Runs work inside BEGIN IMMEDIATE ... COMMIT; rolls back when work or the commit fails. Called
// inside another inTransaction on the same connection, the work is a savepoint of that one:
// undone alone when it fails, committed only when the outer transaction commits.
Status inTransaction(const QSqlDatabase &db, const std::function<Status()> &work);
// The same, then `committed` when the work succeeded (a store telling its views of the change).
Status inTransaction(const QSqlDatabase &db, const std::function<Status()> &work,
    const std::function<void()> &committed);

// Runs `then` once the transaction inTransaction() has open on db commits, on this thread;
// drops it when the transaction rolls back. Outside a transaction it runs at once. For what
// must follow a commit and never precede it (the audit chain's head written to a file).
void afterCommit(const QSqlDatabase &db, std::function<void()> then);

// Moves a row of a table with trashed_at/updated_at columns into the trash or back out of it.
// `table` is one of the schema's own names, never user input.
Status setTrashedAt(const QSqlDatabase &db, QStringView table, qint64 id, bool trashed);

// Null for an empty string, so optional text columns stay NULL rather than ''.
QVariant nullIfEmpty(const QString &text);
// Never null: '' for an empty or null string, trimmed, for NOT NULL text columns.
QVariant textValue(const QString &text);

} // namespace habeas
