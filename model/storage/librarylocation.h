#pragma once

#include "core/result.h"

#include <QString>

namespace habeas {

// Where a library lives, as `--library` (and $HABEAS_LIBRARY) names it: a folder, or a database
// on a PostgreSQL server, postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE] (libpq's URI
// form; postgres:// is accepted as libpq accepts it). A location never holds a password: an
// address with one is refused, and the password comes from where libpq reads it (PGPASSWORD,
// ~/.pgpass) or, in the GUI, from the system keychain.
class LibraryLocation final {
public:
    enum class Kind { Folder, Server };

    // A folder, or a server address when the text starts with a URL scheme. An empty text, a
    // scheme other than postgresql://, or a malformed address (no user, no host, a bad port, no
    // database, a password, an unknown parameter) is an input error naming the problem.
    static Result<LibraryLocation> parse(const QString &text);
    static LibraryLocation folder(const QString &path);

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Server; }

    // Folder only: the path as given.
    QString folderPath() const { return m_kind == Kind::Folder ? m_path : QString(); }

    // Server only. port() is 0 when the address gives none: libpq's default then applies
    // (PGPORT, else 5432). sslMode() is '' when not given (libpq's default, PGSSLMODE or prefer).
    QString user() const { return m_user; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString sslMode() const { return m_sslMode; }

    // The libpq connection options beyond host, port, user and database, as
    // QSqlDatabase::setConnectOptions takes them ("sslmode=require"; '' for none).
    QString connectOptions() const;

    // The folder path, or the address in canonical form (postgresql://, user and database
    // percent-encoded where needed, an IPv6 host in brackets), never a password.
    QString toString() const;

    bool operator==(const LibraryLocation &other) const = default;

private:
    Kind m_kind = Kind::Folder;
    QString m_path;
    QString m_user;
    QString m_host;
    int m_port = 0;
    QString m_database;
    QString m_sslMode;
};

} // namespace habeas
