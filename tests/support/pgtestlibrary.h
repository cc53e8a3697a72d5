#pragma once

// The server side of TempLibrary's backend switch (testsupport.h): with HABEAS_TEST_BACKEND=
// postgresql a test's libraries live on one private cluster started for the whole test process,
// each in a fresh database copied from a template that holds the migrated schema (CREATE
// DATABASE … TEMPLATE: a few tens of milliseconds, where migrating each would take a second).

#include <QString>

namespace habeas::test {

// Whether HABEAS_TEST_BACKEND asks for PostgreSQL.
bool serverBackendRequested();

// The address of a new, empty-but-migrated library database; '' with the reason in *why when
// the cluster or the database cannot be made (the test must fail then, never skip).
QString freshServerLibrary(QString *why);

} // namespace habeas::test
