#include "storage/serverlogin.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace habeas::ServerLogin {

namespace {

QMutex g_mutex;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> byAddress;
    return byAddress;
}

Outcome classify(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    const QString text = error.text();
    if (text.contains(u"no password supplied"_s))
        return Outcome::PasswordNeeded;
    if (state == u"28P01"_s || text.contains(u"password authentication failed"_s)
        || text.contains(u"is not permitted to log in"_s))
        return Outcome::PasswordRefused;
    if (serverUnreachable(error))
        return Outcome::Unreachable;
    return Outcome::Refused;
}

} // namespace

QString keyOf(const LibraryLocation &location)
{
    return u"%1@%2:%3/%4"_s.arg(location.user(), location.host())
        .arg(location.port())
        .arg(location.database());
}

QString connectOptions(const LibraryLocation &location)
{
    QStringList options { u"connect_timeout=10"_s };
    if (const QString more = location.connectOptions(); !more.isEmpty())
        options << more;
    return options.join(u';');
}

Attempt tryLogin(const LibraryLocation &location, const QString &password)
{
    const QString name = u"habeas-login-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Attempt attempt;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(location.host());
        if (location.port())
            db.setPort(location.port());
        db.setUserName(location.user());
        db.setDatabaseName(location.database());
        if (!password.isEmpty())
            db.setPassword(password);
        db.setConnectOptions(connectOptions(location));
        if (!db.isValid()) {
            attempt.message = QCoreApplication::translate("habeas::Library",
                "Qt's PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql.");
        } else if (db.open()) {
            attempt.outcome = Outcome::Connected;
            db.close();
        } else {
            attempt.outcome = classify(db.lastError());
            // libpq indents its hints with tabs: one clean line each.
            QStringList lines = db.lastError().text().split(u'\n', Qt::SkipEmptyParts);
            for (QString &line : lines)
                line = line.simplified();
            attempt.message = lines.join(u'\n');
        }
    }
    QSqlDatabase::removeDatabase(name);
    return attempt;
}

void remember(const LibraryLocation &location, const QString &password)
{
    const QMutexLocker lock(&g_mutex);
    if (password.isEmpty())
        passwords().remove(keyOf(location));
    else
        passwords().insert(keyOf(location), password);
}

QString remembered(const LibraryLocation &location)
{
    const QMutexLocker lock(&g_mutex);
    return passwords().value(keyOf(location));
}

} // namespace habeas::ServerLogin
