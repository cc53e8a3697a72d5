#include "storage/filesync.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QSaveFile>

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#else
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace habeas::FileSync {

namespace {

#if !defined(Q_OS_WIN)
// fsync, or on macOS F_FULLFSYNC, which also empties the drive's write cache; file systems
// that do not support it (network shares, some FUSE) fall back to fsync.
int syncDescriptor(int fd)
{
#if defined(Q_OS_DARWIN)
    if (::fcntl(fd, F_FULLFSYNC) == 0)
        return 0;
#endif
    int rc = 0;
    do {
        rc = ::fsync(fd);
    } while (rc != 0 && errno == EINTR);
    return rc;
}

QString systemMessage()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
#endif

Error syncFailed(const QString &path, const QString &why)
{
    return Error::io(QCoreApplication::translate(
        "habeas::FileSync", "Cannot make %1 safe on the disk (is the disk full or removed?): %2")
                         .arg(QDir::toNativeSeparators(path), why));
}

} // namespace

Status syncFile(QFileDevice &file)
{
    if (!file.isOpen())
        return syncFailed(file.fileName(),
            QCoreApplication::translate("habeas::FileSync", "the file is not open"));
    if (!file.flush())
        return syncFailed(file.fileName(), file.errorString());
    const int fd = file.handle();
    if (fd < 0)
        return syncFailed(file.fileName(),
            QCoreApplication::translate("habeas::FileSync", "the file has no system handle"));
#if defined(Q_OS_WIN)
    const auto handle = reinterpret_cast<HANDLE>(::_get_osfhandle(fd));
    if (handle == INVALID_HANDLE_VALUE || !::FlushFileBuffers(handle))
        return syncFailed(file.fileName(),
            QCoreApplication::translate("habeas::FileSync", "Windows error %1")
                .arg(static_cast<qulonglong>(::GetLastError())));
#else
    if (syncDescriptor(fd) != 0)
        return syncFailed(file.fileName(), systemMessage());
#endif
    return {};
}

Status syncDirectory(const QString &path)
{
#if defined(Q_OS_WIN)
    Q_UNUSED(path);
    return {};
#else
    const QByteArray native = QFile::encodeName(path);
    int fd = -1;
    do {
        fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return syncFailed(path, systemMessage());
    const int rc = syncDescriptor(fd);
    const QString why = rc != 0 ? systemMessage() : QString();
    ::close(fd);
    if (rc != 0)
        return syncFailed(path, why);
    return {};
#endif
}

Status writeAtomically(const QString &path, const QByteArray &bytes)
{
    // QSaveFile writes beside the target, syncs it to disk in commit() and renames it over.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::io(QCoreApplication::translate("habeas::FileSync", "Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return syncDirectory(QFileInfo(path).absolutePath());
}

} // namespace habeas::FileSync
