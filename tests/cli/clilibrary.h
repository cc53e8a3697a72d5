#pragma once

// The libraries of the end-to-end suites that run twice (habeas_add_pg_twin): a folder by
// default, and with HABEAS_TEST_BACKEND=postgresql (the suite's _pg twin) a database on the test
// process's private cluster (tests/support/pgtestlibrary.h), so that the same command lines run
// against a server library. What differs between the two (a folder's files, a database's rows
// reached past Habeas) goes through the functions below.

#if defined(HABEAS_TEST_BACKEND_SWITCH)
#include "support/pgtestlibrary.h"
#endif

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QTemporaryDir>

namespace habeas::test {

// Whether this run's libraries live on a server.
inline bool librariesOnServer()
{
#if defined(HABEAS_TEST_BACKEND_SWITCH)
    return serverBackendRequested();
#else
    return false;
#endif
}

// A --library argument for a library that does not exist yet: the folder `name` below `dir`
// (removed if a former run left it), or on the twin an empty database of the private cluster.
// Aborts the test process, saying why, when the cluster cannot give one: a twin that quietly
// fell back to folders would prove nothing.
inline QString newLibrary(const QTemporaryDir &dir, const QString &name)
{
#if defined(HABEAS_TEST_BACKEND_SWITCH)
    if (serverBackendRequested()) {
        QString why;
        const QString url = emptyServerDatabase(&why);
        if (url.isEmpty())
            qFatal("cannot make a server library for the test: %s", qPrintable(why));
        return url;
    }
#endif
    const QString folder = dir.filePath(name);
    QDir(folder).removeRecursively();
    return folder;
}

// The library's database opened past Habeas under connectionName: a folder's library.sqlite, or
// the server database as the cluster's superuser. Invalid, with the reason in *why, when it
// cannot open. The caller closes it and removes the connection.
inline QSqlDatabase libraryDatabase(
    const QString &library, const QString &connectionName, QString *why)
{
#if defined(HABEAS_TEST_BACKEND_SWITCH)
    if (serverBackendRequested())
        return serverDatabase(library, connectionName, why);
#endif
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(QDir(library).filePath(QStringLiteral("library.sqlite")));
    if (!db.open())
        *why = db.lastError().text();
    return db;
}

} // namespace habeas::test
