#include "storage/openingcheck.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace habeas::OpeningCheck {

namespace {

QString markerPath(const QString &libraryDir)
{
    return QDir(libraryDir).filePath(QString::fromLatin1(kMarkerFile));
}

// "size mtime-ms sha256-of-header"; empty when the file cannot be read.
QByteArray fingerprint(const QString &dbFile)
{
    QFile f(dbFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = f.read(100);
    if (header.size() < 100)
        return {};
    const QFileInfo info(dbFile);
    return QByteArray::number(info.size()) + ' '
        + QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + ' '
        + QCryptographicHash::hash(header, QCryptographicHash::Sha256).toHex();
}

} // namespace

bool closedCleanly(const QString &libraryDir, const QString &dbFile)
{
    if (QFileInfo::exists(dbFile + u"-wal"_s))
        return false;
    QFile marker(markerPath(libraryDir));
    if (!marker.open(QIODevice::ReadOnly))
        return false;
    const QByteArray recorded = marker.read(256).trimmed();
    return !recorded.isEmpty() && recorded == fingerprint(dbFile);
}

void markClosedCleanly(const QString &libraryDir, const QString &dbFile)
{
    const QByteArray print = fingerprint(dbFile);
    if (print.isEmpty() || QFileInfo::exists(dbFile + u"-wal"_s))
        return removeMarker(libraryDir);
    QSaveFile marker(markerPath(libraryDir));
    if (!marker.open(QIODevice::WriteOnly) || marker.write(print + '\n') < 0 || !marker.commit())
        removeMarker(libraryDir);
}

void removeMarker(const QString &libraryDir)
{
    QFile::remove(markerPath(libraryDir));
}

QString quickCheck(const QString &dbFile)
{
    static std::atomic_int serial { 0 };
    const QString name = u"habeas-quick-check-%1"_s.arg(serial.fetch_add(1));
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(dbFile);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            result = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(u"PRAGMA quick_check"_s)) {
                result = q.lastError().text();
            } else {
                QStringList lines;
                while (q.next())
                    lines << q.value(0).toString();
                result = lines.isEmpty() ? u"no answer"_s : lines.join(u"; "_s);
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace habeas::OpeningCheck
