#pragma once

#include "storage/librarylocation.h"

#include <QString>

namespace habeas {

// Logging in to a server library. The CLI leaves the password to libpq (PGPASSWORD,
// ~/.pgpass); the GUI asks for it once, keeps it in the system keychain and hands it here, to
// the process's memory only: every connection the library opens for that address, on any
// thread (the window's, the import's, a worker's), then logs in with it.
namespace ServerLogin {

// What trying the address's login said.
enum class Outcome {
    Connected,
    PasswordNeeded, // the server asks for a password and none was found
    PasswordRefused, // wrong password, or a role that may not log in (expired, NOLOGIN)
    Unreachable, // no server answers at the address (down, a wrong host or port, the network)
    Refused, // anything else the server said (no such database, no CONNECT privilege, TLS…)
};

struct Attempt {
    Outcome outcome = Outcome::Refused;
    QString message; // the server's or libpq's words, for the user; '' when connected
};

// Opens and closes one connection to the address with `password` ('' leaves it to libpq).
// Any thread; waits at most the connection timeout.
Attempt tryLogin(const LibraryLocation &location, const QString &password);

// The login an address names, without what does not change it (sslmode): "wang@host:5432/db"
// (port 0 when the address gives none). The key of its password, here and in the keychain.
QString keyOf(const LibraryLocation &location);

// The password connections to `location` use from now on ('' forgets it). Thread-safe.
void remember(const LibraryLocation &location, const QString &password);
QString remembered(const LibraryLocation &location);

// libpq's connection options Habeas sets on every connection: a bounded wait for a server that
// does not answer, and the address's own (sslmode).
QString connectOptions(const LibraryLocation &location);

} // namespace ServerLogin

} // namespace habeas
