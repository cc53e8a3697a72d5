#pragma once

// The server side of TempLibrary's backend switch (testsupport.h): with HABEAS_TEST_BACKEND=
// postgresql a test's libraries live on one private cluster started for the whole test process,
// each in a fresh database copied from a template that holds the migrated schema (CREATE
// DATABASE … TEMPLATE: a few tens of milliseconds, where migrating each would take a second).

#include <QSqlDatabase>
#include <QString>

namespace habeas::test {

// Whether HABEAS_TEST_BACKEND asks for PostgreSQL.
bool serverBackendRequested();

// The address of a new, empty-but-migrated library database; '' with the reason in *why when
// the cluster or the database cannot be made (the test must fail then, never skip).
QString freshServerLibrary(QString *why);

// The address of a new database with no schema at all, on the same cluster: what a folder that
// does not exist yet is to a folder library (`library init` or a writing command makes it one).
// '' with the reason in *why when it cannot be made.
QString emptyServerDatabase(QString *why);

// An open connection, as the cluster's superuser, to the database of a library address this
// fixture gave (a test that reaches past Habeas, as someone holding the server's keys would);
// invalid with the reason in *why. The caller closes it and removes connectionName.
QSqlDatabase serverDatabase(const QString &url, const QString &connectionName, QString *why);

} // namespace habeas::test
