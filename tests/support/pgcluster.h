#pragma once

// A private PostgreSQL 15 cluster for one test: initdb into a temporary folder, the server on
// 127.0.0.1 and a free port, stopped and deleted with the object. No server needs to be running
// beforehand, and none is left behind: the server is a child process of the test that receives
// SIGQUIT (PostgreSQL's immediate shutdown) if the test dies without running the destructor.
//
// When the test runs as root (CI), initdb and the server run as the `postgres` system user, which
// owns the temporary folder; otherwise as the current user. The binaries are PostgreSQL 15's from
// Debian (/usr/lib/postgresql/15/bin), or the folder HABEAS_PG_BINDIR names.
//
// Every database the fixture creates is UTF8 with LC_CTYPE and LC_COLLATE C.UTF-8: under the
// plain C ctype pg_trgm takes Chinese characters for punctuation and indexes nothing of a Chinese
// text (docs/server.md).

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace habeas::test {

class PgCluster final {
public:
    // Starts the cluster; ok() says whether it runs, error() why not (PostgreSQL missing too:
    // the test must fail on it, never skip).
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // The superuser role (trust authentication on 127.0.0.1) and the server's port.
    QString user() const { return m_user; }
    int port() const { return m_port; }
    QString binDir() const { return m_binDir; }

    // Creates a database (UTF8, C.UTF-8); false with the reason in *why.
    bool createDatabase(const QString &name, QString *why = nullptr);
    // postgresql://USER@127.0.0.1:PORT/DB
    QString url(const QString &database) const;
    // An open QPSQL connection to a database of this cluster, under connectionName (closed and
    // removed by the caller with QSqlDatabase::removeDatabase); invalid with the driver's error
    // in *why when it cannot open.
    QSqlDatabase connect(
        const QString &database, const QString &connectionName, QString *why = nullptr) const;

    // The first column of the first row `sql` gives in `database`, as the cluster's superuser
    // (a count, say); -1 when the query fails.
    qint64 number(const QString &database, const QString &sql) const;

    // Stops the server (fast shutdown: sessions are ended) and starts it again on the same port
    // and data, as a server restarted under its clients.
    void stopServer();
    bool startServer();
    // Makes `role` log in with a password over TCP (scram-sha-256 before the trust lines).
    bool requirePassword(const QString &role, QString *why = nullptr);

private:
    bool start();
    bool launch();
    bool runTool(const QString &tool, const QStringList &args, QString *output = nullptr);
    QStringList asServerUser(const QString &program, const QStringList &args) const;
    bool waitUntilReady();
    void stop();

    QTemporaryDir m_dir;
    QString m_binDir;
    QString m_user;
    int m_port = 0;
    bool m_asPostgres = false;
    std::unique_ptr<QProcess> m_server;
    QString m_error;
};

} // namespace habeas::test
