#pragma once

// The libraries of the end-to-end suites that run twice (habeas_add_pg_twin): a folder by
// default, and with HABEAS_TEST_BACKEND=postgresql (the suite's _pg twin) a database on the test
// process's private cluster (tests/support/pgtestlibrary.h), so that the same command lines run
// against a server library. What differs between the two (a folder's files, a database's rows
// reached past Habeas) goes through the functions below.

#if defined(HABEAS_TEST_BACKEND_SWITCH)
#include "support/pgtestlibrary.h"
#endif

#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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

// A folder's files and subfolders below it, each file by its hash; SQLite's wal-index (-shm),
// which reads rewrite and which holds no data, left out.
inline QMap<QString, QByteArray> folderState(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QStringLiteral("-shm")))
            continue;
        files.insert(QDir(folder).relativeFilePath(path),
            it.fileInfo().isDir() ? QByteArray("dir") : sha256Of(path));
    }
    return files;
}

// The tables of the server library `q` runs on.
inline QStringList tableNames(QSqlQuery &q)
{
    QStringList names;
    if (q.exec(
            QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")))
        while (q.next())
            names << q.value(0).toString();
    return names;
}

// What a "nothing changed" assertion compares: a folder library's files (folderState), or on a
// server each table of the library by the hash of its rows.
inline QMap<QString, QByteArray> libraryState(const QString &library)
{
    if (!librariesOnServer())
        return folderState(library);
    QMap<QString, QByteArray> tables;
    {
        QString why;
        QSqlDatabase db = libraryDatabase(library, QStringLiteral("state"), &why);
        QSqlQuery q(db);
        const QStringList names = tableNames(q);
        for (const QString &name : names) {
            if (q.exec(QStringLiteral("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY "
                                      "t::text), '')) FROM \"%1\" t")
                           .arg(name))
                && q.next())
                tables.insert(name, q.value(0).toByteArray());
            else
                tables.insert(name, q.lastError().text().toUtf8());
        }
        if (!db.isOpen()) // two unreadable states would compare equal
            qFatal("cannot read the server library %s: %s", qPrintable(library), qPrintable(why));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("state"));
    return tables;
}

// Everything the library holds, to look for what must not be there: a folder's files with their
// bytes (by path below the folder), or a server library's tables as the text of their rows, and
// its originals' bytes (as blob:SHA-256).
inline QMap<QString, QByteArray> libraryContents(const QString &library)
{
    QMap<QString, QByteArray> contents;
    if (!librariesOnServer()) {
        QDirIterator it(library, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            contents.insert(QDir(library).relativeFilePath(path),
                f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)"));
        }
        return contents;
    }
    {
        QString why;
        QSqlDatabase db = libraryDatabase(library, QStringLiteral("contents"), &why);
        QSqlQuery q(db);
        const QStringList names = tableNames(q);
        for (const QString &name : names) {
            QByteArray rows;
            if (q.exec(QStringLiteral("SELECT t::text FROM \"%1\" t").arg(name))) {
                while (q.next())
                    rows += q.value(0).toString().toUtf8() + '\n';
            }
            contents.insert(name, rows);
        }
        if (q.exec(QStringLiteral("SELECT sha256, data FROM blob_chunks ORDER BY sha256, n"))) {
            while (q.next())
                contents[u"blob:" + q.value(0).toString()] += q.value(1).toByteArray();
        }
        if (!db.isOpen()) // an unreadable library would seem to hold nothing
            qFatal("cannot read the server library %s: %s", qPrintable(library), qPrintable(why));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("contents"));
    return contents;
}

} // namespace habeas::test
