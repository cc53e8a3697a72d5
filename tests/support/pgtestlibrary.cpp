#include "support/pgtestlibrary.h"

#include "storage/library.h"
#include "support/pgcluster.h"

#include <QSqlError>
#include <QSqlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace habeas::test {

namespace {

const QString kTemplate = u"habeas_template"_s;

// The cluster and its template, made on first use and kept for the process.
struct ServerForTests {
    PgCluster cluster;
    QString error;
    int databases = 0;

    ServerForTests()
    {
        if (!cluster.ok()) {
            error = cluster.error();
            return;
        }
        if (!cluster.createDatabase(kTemplate, &error))
            return;
        const auto at = LibraryLocation::parse(cluster.url(kTemplate));
        if (!at.ok()) {
            error = at.error().message;
            return;
        }
        // Migrated once; its connections are closed when it goes, so that it can be copied.
        auto library = Library::open(at.value(), Library::OpenMode::CreateIfMissing);
        if (!library.ok())
            error = library.error().message;
    }
};

ServerForTests &server()
{
    static ServerForTests instance;
    return instance;
}

} // namespace

bool serverBackendRequested()
{
    return qEnvironmentVariable("HABEAS_TEST_BACKEND") == u"postgresql"_s;
}

QString freshServerLibrary(QString *why)
{
    ServerForTests &s = server();
    if (!s.error.isEmpty()) {
        *why = s.error;
        return {};
    }
    const QString name = u"habeas_test_%1"_s.arg(++s.databases);
    const QString connection = u"habeas-test-admin"_s;
    bool created = false;
    {
        QSqlDatabase admin = s.cluster.connect(u"postgres"_s, connection, why);
        if (admin.isOpen()) {
            QSqlQuery q(admin);
            created = q.exec(u"CREATE DATABASE %1 TEMPLATE %2"_s.arg(name, kTemplate));
            if (!created)
                *why = q.lastError().text();
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return created ? s.cluster.url(name) : QString();
}

QString emptyServerDatabase(QString *why)
{
    ServerForTests &s = server();
    if (!s.error.isEmpty()) {
        *why = s.error;
        return {};
    }
    const QString name = u"habeas_empty_%1"_s.arg(++s.databases);
    return s.cluster.createDatabase(name, why) ? s.cluster.url(name) : QString();
}

QSqlDatabase serverDatabase(const QString &url, const QString &connectionName, QString *why)
{
    ServerForTests &s = server();
    if (!s.error.isEmpty()) {
        *why = s.error;
        return {};
    }
    const auto at = LibraryLocation::parse(url);
    if (!at.ok()) {
        *why = at.error().message;
        return {};
    }
    return s.cluster.connect(at.value().database(), connectionName, why);
}

} // namespace habeas::test
