#include "storage/sql.h"

#include "core/clock.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {
// The connections of this thread that found the server gone (see takeLostConnection).
thread_local QSet<QString> t_lost;
} // namespace

// PostgreSQL reports an SQLSTATE (five characters, "08006"); a lost connection may come with
// none, only libpq's words.
bool serverUnreachable(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    const QString text = error.text();
    return state.startsWith(u"08"_s) || state == u"57P01"_s || state == u"57P02"_s
        || state == u"57P03"_s || text.contains(u"server closed the connection"_s)
        || text.contains(u"no connection to the server"_s)
        || text.contains(u"terminating connection"_s) || text.contains(u"could not connect"_s)
        || text.contains(u"Connection refused"_s) || text.contains(u"timeout expired"_s)
        || text.contains(u"could not translate host name"_s) || text.contains(u"No route"_s);
}

namespace {

// sqlError, remembering a lost server against the connection.
Error failed(const QString &connection, const QSqlError &error)
{
    if (serverUnreachable(error))
        t_lost.insert(connection);
    return sqlError(error);
}

// A connection that is not open: a server library's whose server went away (a folder library's
// stays open while the library is). Said before any statement is tried on it.
Error closedConnection()
{
    return Error::library(QCoreApplication::translate("habeas::Sql",
        "The library server cannot be reached; nothing of this change was saved: the connection "
        "is closed (the server stopped, or the network is cut). Habeas connects again on the "
        "next try."));
}

} // namespace

bool takeLostConnection(const QString &connectionName)
{
    return t_lost.remove(connectionName);
}

Error sqlError(const QSqlError &error)
{
    if (serverUnreachable(error))
        return Error::library(QCoreApplication::translate("habeas::Sql",
            "The library server cannot be reached; nothing of this change was saved: %1")
                                  .arg(error.text().trimmed()));
    if (error.nativeErrorCode() == u"42501"_s) // the server's row-level security or grants
        return Error::input(QCoreApplication::translate("habeas::Sql",
            "The library server refused this change: your role on the case does not allow it "
            "(a reader only reads a case; its lead and members change it; its lead manages its "
            "team). Nothing was changed. (%1)")
                                .arg(error.databaseText().simplified()));
    if (error.nativeErrorCode().size() == 5) // an SQLSTATE: not SQLite's numbers
        return Error::library(
            QCoreApplication::translate("habeas::Sql", "Database error: %1").arg(error.text()));
    // SQLite's primary result codes arrive as the native error code text.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case 13: // SQLITE_FULL
        return Error::io(
            QCoreApplication::translate("habeas::Sql", "The disk is full; nothing was saved."));
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error::library(QCoreApplication::translate(
            "habeas::Sql", "The library is locked by another program; try again."));
    case 8: // SQLITE_READONLY
        return Error::readOnly(QCoreApplication::translate(
            "habeas::Sql", "The library file cannot be written (read-only file or folder)."));
    case 10: // SQLITE_IOERR
        return Error::io(QCoreApplication::translate(
            "habeas::Sql", "The library file could not be read or written: %1")
                             .arg(error.text()));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Error::library(
            QCoreApplication::translate("habeas::Sql", "The library file is damaged: %1")
                .arg(error.text()));
    default:
        return Error::library(
            QCoreApplication::translate("habeas::Sql", "Database error: %1").arg(error.text()));
    }
}

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_connection(db.connectionName())
    , m_open(db.isOpen())
{
    m_query.setForwardOnly(true);
    m_prepared = m_open && m_query.prepare(sql);
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_open)
        return closedConnection();
    if (!m_prepared || !m_query.exec())
        return failed(m_connection, m_query.lastError());
    return {};
}

Status SqlQuery::execFirst(const Error &none)
{
    if (auto st = exec(); !st.ok())
        return st;
    if (!next())
        return none;
    return {};
}

Result<QList<qint64>> SqlQuery::ids()
{
    if (auto st = exec(); !st.ok())
        return st.error();
    QList<qint64> ids;
    while (next())
        ids << value(0).toLongLong();
    return ids;
}

qint64 SqlQuery::returnedId()
{
    const qint64 id = m_query.next() ? m_query.value(0).toLongLong() : 0;
    m_query.finish();
    return id;
}

namespace {
// Connections are per thread, so what waits for a commit is kept per thread too, by name.
thread_local QHash<QString, QList<std::function<void()>>> t_afterCommit;
} // namespace

namespace {

// Inside a transaction already open on this connection: the work becomes a savepoint of it,
// undone alone when it fails, committed (or rolled back) with the outer transaction.
Status inSavepoint(const QSqlDatabase &db, const std::function<Status()> &work)
{
    QList<std::function<void()>> &pending = t_afterCommit[db.connectionName()];
    const qsizetype registered = pending.size();
    QSqlQuery begin(db);
    if (!begin.exec(u"SAVEPOINT habeas_nested"_s))
        return sqlError(begin.lastError());
    Status status = work();
    QSqlQuery end(db);
    if (status.ok() && end.exec(u"RELEASE habeas_nested"_s))
        return status;
    if (status.ok())
        status = sqlError(end.lastError());
    QSqlQuery rollback(db);
    rollback.exec(u"ROLLBACK TO habeas_nested"_s);
    rollback.exec(u"RELEASE habeas_nested"_s);
    // What waited for this part's commit never comes.
    QList<std::function<void()>> &after = t_afterCommit[db.connectionName()];
    after.resize(std::min(after.size(), registered));
    return status;
}

} // namespace

void removeConnections(QStringList &names)
{
    for (const QString &name : std::as_const(names)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    names.clear();
}

Status inTransaction(const QSqlDatabase &db, const std::function<Status()> &work)
{
    const QString name = db.connectionName();
    if (!db.isOpen())
        return closedConnection();
    if (t_afterCommit.contains(name))
        return inSavepoint(db, work);
    QSqlQuery begin(db);
    // SQLite takes the write lock at once (no deadlock between two readers turning writers);
    // PostgreSQL locks rows as they are written.
    if (!begin.exec(sqlDialect(db) == SqlDialect::Postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s))
        return failed(name, begin.lastError());
    t_afterCommit.insert(name, {});
    Status status = work();
    QSqlQuery end(db);
    if (status.ok() && end.exec(u"COMMIT"_s)) {
        const QList<std::function<void()>> then = t_afterCommit.take(name);
        for (const auto &f : then)
            f();
        return status;
    }
    t_afterCommit.remove(name);
    if (status.ok())
        status = failed(name, end.lastError());
    QSqlQuery rollback(db);
    rollback.exec(u"ROLLBACK"_s);
    return status;
}

Status inTransaction(const QSqlDatabase &db, const std::function<Status()> &work,
    const std::function<void()> &committed)
{
    const Status st = inTransaction(db, work);
    if (st.ok())
        committed();
    return st;
}

bool inOpenTransaction(const QString &connectionName)
{
    return t_afterCommit.contains(connectionName);
}

void afterCommit(const QSqlDatabase &db, std::function<void()> then)
{
    const auto pending = t_afterCommit.find(db.connectionName());
    if (pending == t_afterCommit.end())
        then();
    else
        pending->append(std::move(then));
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Status setTrashedAt(const QSqlDatabase &db, QStringView table, qint64 id, bool trashed)
{
    SqlQuery q(
        db, u"UPDATE "_s + table + u" SET trashed_at = :at, updated_at = :now WHERE id = :id"_s);
    const QString now = Clock::isoNow();
    q.bind(u":at"_s, trashed ? QVariant(now) : QVariant(QMetaType::fromType<QString>()))
        .bind(u":now"_s, now)
        .bind(u":id"_s, id);
    return q.exec();
}

QVariant textValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QVariant(QString::fromLatin1("")) : QVariant(trimmed);
}

} // namespace habeas
