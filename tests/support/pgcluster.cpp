#include "support/pgcluster.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace habeas::test {

namespace {

constexpr auto kDefaultBinDir = "/usr/lib/postgresql/15/bin";
constexpr auto kServerUser = "postgres";

// A port on 127.0.0.1 that nothing listens on now (the kernel's choice for port 0).
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

QString tail(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = f.readAll();
    return QString::fromUtf8(all.right(2000)).trimmed();
}

// Removes what a test killed before its destructor ran left behind (its server got SIGQUIT):
// folders of ours whose server is not running and that nobody touched for an hour.
void sweepLeftovers(const QString &parent)
{
    const QDir dir(parent);
    for (const QFileInfo &info :
        dir.entryInfoList({ u"habeas-pg-*"_s }, QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (info.lastModified().secsTo(QDateTime::currentDateTime()) < 3600)
            continue;
        QFile pidFile(info.filePath() + u"/data/postmaster.pid"_s);
        if (pidFile.open(QIODevice::ReadOnly)) {
            const qint64 pid = pidFile.readLine().trimmed().toLongLong();
            if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0)
                continue;
        }
        QDir(info.filePath()).removeRecursively();
    }
}

} // namespace

PgCluster::PgCluster()
    : m_dir((::geteuid() == 0 ? u"/tmp"_s : QDir::tempPath()) + u"/habeas-pg-XXXXXX"_s)
{
    sweepLeftovers(QFileInfo(m_dir.path()).path());
    m_binDir = qEnvironmentVariable("HABEAS_PG_BINDIR", QString::fromLatin1(kDefaultBinDir));
    if (!QFileInfo(m_binDir + u"/initdb"_s).isExecutable()
        || !QFileInfo(m_binDir + u"/postgres"_s).isExecutable()) {
        m_error =
            u"PostgreSQL 15 is not installed: no initdb and postgres in %1 "
            "(install it with ./scripts/deps.sh test, or set HABEAS_PG_BINDIR)"_s.arg(m_binDir);
        return;
    }
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        m_error = u"Qt's PostgreSQL driver QPSQL is not installed "
                  "(Debian: libqt6sql6-psql; ./scripts/deps.sh test)"_s;
        return;
    }
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary folder: %1"_s.arg(m_dir.errorString());
        return;
    }
    m_asPostgres = ::geteuid() == 0;
    if (m_asPostgres) {
        const passwd *pw = ::getpwnam(kServerUser);
        if (!pw) {
            m_error = u"running as root, but there is no `postgres` system user to run the "
                      "server as (it comes with the postgresql-15 package)"_s;
            return;
        }
        if (::chown(QFile::encodeName(m_dir.path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            m_error = u"cannot give %1 to the postgres user"_s.arg(m_dir.path());
            return;
        }
        m_user = QString::fromLatin1(kServerUser);
    } else {
        const passwd *pw = ::getpwuid(::geteuid());
        m_user = pw ? QString::fromLocal8Bit(pw->pw_name) : u"postgres"_s;
    }
    if (!start())
        stop();
}

PgCluster::~PgCluster()
{
    stop();
}

// setpriv runs the tool as the server's user and gives it SIGQUIT should the test die first
// (setpriv sets the parent-death signal after changing the user, which would clear it).
QStringList PgCluster::asServerUser(const QString &program, const QStringList &args) const
{
    QStringList argv;
    if (m_asPostgres)
        argv << u"--reuid=%1"_s.arg(QLatin1StringView(kServerUser))
             << u"--regid=%1"_s.arg(QLatin1StringView(kServerUser)) << u"--init-groups"_s;
    argv << u"--pdeathsig=SIGQUIT"_s << u"--"_s << program << args;
    return argv;
}

bool PgCluster::runTool(const QString &tool, const QStringList &args, QString *output)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"setpriv"_s, asServerUser(m_binDir + u'/' + tool, args));
    const bool finished = p.waitForFinished(120000);
    const QString out = QString::fromLocal8Bit(p.readAll()).trimmed();
    if (output)
        *output = out;
    if (finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return true;
    if (!finished)
        p.kill();
    m_error = u"%1 failed: %2"_s.arg(tool, out.isEmpty() ? p.errorString() : out);
    return false;
}

bool PgCluster::start()
{
    const QString data = m_dir.filePath(u"data"_s);
    // --no-sync: nothing of a test cluster needs to survive a power cut.
    if (!runTool(u"initdb"_s,
            { u"-D"_s, data, u"-U"_s, m_user, u"-A"_s, u"trust"_s, u"-E"_s, u"UTF8"_s,
                u"--locale=C.UTF-8"_s, u"--no-sync"_s, u"--no-instructions"_s }))
        return false;
    // A port is free when chosen and may be taken before the server binds it: a few tries.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        if (m_port == 0) {
            m_error = u"no free port on 127.0.0.1"_s;
            return false;
        }
        if (launch())
            return true;
        const bool portTaken = tail(m_dir.filePath(u"server.log"_s)).contains(u"in use"_s);
        stop();
        if (!portTaken)
            return false;
    }
    return false;
}

bool PgCluster::launch()
{
    m_server = std::make_unique<QProcess>();
    m_server->setWorkingDirectory(m_dir.path());
    m_server->setProcessChannelMode(QProcess::MergedChannels);
    m_server->setStandardOutputFile(m_dir.filePath(u"server.log"_s), QIODevice::Append);
    m_server->start(u"setpriv"_s,
        asServerUser(m_binDir + u"/postgres"_s,
            { u"-D"_s, m_dir.filePath(u"data"_s), u"-p"_s, QString::number(m_port), u"-k"_s,
                m_dir.path(), u"-c"_s, u"listen_addresses=127.0.0.1"_s, u"-c"_s, u"fsync=off"_s,
                u"-c"_s, u"synchronous_commit=off"_s, u"-c"_s, u"full_page_writes=off"_s, u"-c"_s,
                u"logging_collector=off"_s }));
    if (!m_server->waitForStarted(10000)) {
        m_error = u"cannot start postgres: %1"_s.arg(m_server->errorString());
        return false;
    }
    return waitUntilReady();
}

void PgCluster::stopServer()
{
    stop();
}

bool PgCluster::startServer()
{
    if (m_server && m_server->state() != QProcess::NotRunning)
        return true;
    return launch();
}

bool PgCluster::requirePassword(const QString &role, QString *why)
{
    QFile hba(m_dir.filePath(u"data/pg_hba.conf"_s));
    if (!hba.open(QIODevice::ReadWrite)) {
        if (why)
            *why = hba.errorString();
        return false;
    }
    // The first matching line decides: this one before initdb's trust lines.
    const QByteArray rest = hba.readAll();
    hba.seek(0);
    hba.write("host all \"" + role.toUtf8() + "\" 127.0.0.1/32 scram-sha-256\n" + rest);
    hba.close();
    const QString connection = u"habeas-pgcluster-hba-%1"_s.arg(m_port);
    bool reloaded = false;
    {
        QSqlDatabase admin = connect(u"postgres"_s, connection, why);
        QSqlQuery q(admin);
        reloaded = admin.isOpen() && q.exec(u"SELECT pg_reload_conf()"_s);
        if (!reloaded && why && why->isEmpty())
            *why = q.lastError().text();
        admin.close();
    }
    QSqlDatabase::removeDatabase(connection);
    // The postmaster rereads pg_hba.conf on SIGHUP, asynchronously: a moment for it.
    QThread::msleep(300);
    return reloaded;
}

bool PgCluster::waitUntilReady()
{
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (m_server->state() == QProcess::NotRunning) {
            m_error = u"postgres stopped at once: %1"_s.arg(tail(m_dir.filePath(u"server.log"_s)));
            return false;
        }
        QProcess ready;
        ready.start(m_binDir + u"/pg_isready"_s,
            { u"-q"_s, u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_port), u"-t"_s,
                u"1"_s });
        if (ready.waitForFinished(5000) && ready.exitStatus() == QProcess::NormalExit
            && ready.exitCode() == 0) {
            m_error.clear();
            return true;
        }
        QThread::msleep(50);
    }
    m_error = u"postgres did not accept connections within 30 s: %1"_s.arg(
        tail(m_dir.filePath(u"server.log"_s)));
    return false;
}

void PgCluster::stop()
{
    if (!m_server)
        return;
    if (m_server->state() != QProcess::NotRunning) {
        // SIGINT is the fast shutdown: sessions ended, a checkpoint; SIGQUIT if it hangs.
        ::kill(static_cast<pid_t>(m_server->processId()), SIGINT);
        if (!m_server->waitForFinished(15000)) {
            ::kill(static_cast<pid_t>(m_server->processId()), SIGQUIT);
            if (!m_server->waitForFinished(5000)) {
                m_server->kill();
                m_server->waitForFinished(5000);
            }
        }
    }
    m_server.reset();
}

QString PgCluster::url(const QString &database) const
{
    return u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(m_user).arg(m_port).arg(database);
}

QSqlDatabase PgCluster::connect(
    const QString &database, const QString &connectionName, QString *why) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setHostName(u"127.0.0.1"_s);
    db.setPort(m_port);
    db.setUserName(m_user);
    db.setDatabaseName(database);
    db.setConnectOptions(u"connect_timeout=10"_s);
    if (!db.open() && why)
        *why = db.lastError().text();
    return db;
}

qint64 PgCluster::number(const QString &database, const QString &sql) const
{
    const QString connection = u"habeas-pgcluster-number-%1"_s.arg(m_port);
    qint64 n = -1;
    {
        QSqlDatabase db = connect(database, connection);
        QSqlQuery q(db);
        if (db.isOpen() && q.exec(sql) && q.next())
            n = q.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return n;
}

bool PgCluster::createDatabase(const QString &name, QString *why)
{
    const QString connection = u"habeas-pgcluster-admin-%1"_s.arg(m_port);
    bool created = false;
    {
        QSqlDatabase admin = connect(u"postgres"_s, connection, why);
        if (admin.isOpen()) {
            QSqlQuery q(admin);
            created = q.exec(u"CREATE DATABASE \"%1\" TEMPLATE template0 ENCODING 'UTF8' "
                             "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"_s.arg(name));
            if (!created && why)
                *why = q.lastError().text();
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return created;
}

} // namespace habeas::test
