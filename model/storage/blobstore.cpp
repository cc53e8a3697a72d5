#include "storage/blobstore.h"

#include "storage/filehash.h"
#include "storage/filesync.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace habeas {

Error missingBlobError(const QString &sha256)
{
    return Error::notFound(
        QCoreApplication::translate("habeas::BlobStore", "There is no stored original %1.")
            .arg(sha256));
}

Error alteredBlobError(const QString &sha256)
{
    return Error::library(QCoreApplication::translate(
        "habeas::BlobStore", "The stored original %1 no longer matches its SHA-256.")
                              .arg(sha256));
}

bool isAlteredBlobError(const Error &error, const QString &sha256)
{
    const Error altered = alteredBlobError(sha256);
    return error.kind == altered.kind && error.message == altered.message;
}

bool BlobStore::isSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.cbegin(), text.cend(),
        [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

QString BlobStore::pathFor(const QString &sha256) const
{
    // Never a path outside a store: with no root (a server library) or no hash, QDir would
    // answer "/" or a path relative to the working folder.
    if (m_root.isEmpty() || sha256.isEmpty())
        return {};
    return QDir(m_root).filePath(sha256.left(2) + u'/' + sha256);
}

bool BlobStore::contains(const QString &sha256) const
{
    return isSha256(sha256) && QFileInfo::exists(pathFor(sha256));
}

Result<QString> BlobStore::put(QIODevice &source)
{
    if (m_root.isEmpty()) // a server library: its originals are rows (storage/pgbackend.h)
        return Error::library(QCoreApplication::translate("habeas::BlobStore",
            "Originals cannot be imported into a server library yet; only a folder library "
            "takes them for now."));
    if (!QDir().mkpath(m_root))
        return Error::io(QCoreApplication::translate(
            "habeas::BlobStore", "Cannot create the evidence store at %1.")
                             .arg(QDir::toNativeSeparators(m_root)));
    // Write to a temporary file inside the store (same file system, so the rename is atomic).
    QTemporaryFile temp(QDir(m_root).filePath(u"incoming-XXXXXX"_s));
    if (!temp.open())
        return Error::io(QCoreApplication::translate(
            "habeas::BlobStore", "Cannot write into the evidence store: %1")
                             .arg(temp.errorString()));
    const auto copied = copyHashing(source, temp);
    if (!copied.ok())
        return copied.error();
    const QString &sha = copied.value();
    const QString target = pathFor(sha);
    // Already stored: the temporary copy is discarded. The stored file counts as fresh, so a
    // garbage collection running meanwhile leaves it for the record about to cite it.
    const auto alreadyStored = [&target] {
        QFile existing(target);
        if (!existing.exists())
            return false;
        if (existing.open(QIODevice::ReadOnly))
            existing.setFileTime(
                QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
        return true;
    };
    if (alreadyStored())
        return sha;
    // The bytes reach the disk before the name does, and the name before the database cites it:
    // a power cut never leaves a recorded exhibit whose file is empty.
    if (auto st = FileSync::syncFile(temp); !st.ok())
        return st.error();
    const QString folder = QFileInfo(target).absolutePath();
    const bool newFolder = !QFileInfo::exists(folder);
    if (!QDir().mkpath(folder))
        return Error::io(QCoreApplication::translate(
            "habeas::BlobStore", "Cannot create a folder in the evidence store."));
    if (!temp.rename(target)) {
        // The same bytes, staged at once by another thread or process, arrived first: the name
        // holds what this copy holds (the name is its hash).
        if (alreadyStored()) {
            if (auto st = FileSync::syncDirectory(folder); !st.ok())
                return st.error();
            return sha;
        }
        return Error::io(QCoreApplication::translate(
            "habeas::BlobStore", "Cannot move the file into the evidence store: %1")
                             .arg(temp.errorString()));
    }
    temp.setAutoRemove(false);
    QFile::setPermissions(
        target, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (auto st = FileSync::syncDirectory(folder); !st.ok())
        return st.error();
    if (newFolder) {
        if (auto st = FileSync::syncDirectory(m_root); !st.ok())
            return st.error();
    }
    return sha;
}

QStringList BlobStore::structuralProblems() const
{
    QStringList problems;
    QDir root(m_root);
    if (!root.exists())
        return { QCoreApplication::translate(
            "habeas::BlobStore", "The evidence store folder %1 is missing.")
                     .arg(QDir::toNativeSeparators(m_root)) };
    QDirIterator it(
        m_root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = it.fileName();
        if (name.startsWith(u"incoming-"_s))
            continue; // an import in progress, or one a crash interrupted: not referenced by
                      // anything
        const QString parent = QFileInfo(path).dir().dirName();
        if (!isSha256(name) || parent != name.left(2)) {
            problems << QCoreApplication::translate(
                "habeas::BlobStore", "%1 is not a stored evidence file.")
                            .arg(QDir::toNativeSeparators(root.relativeFilePath(path)));
            continue;
        }
        if (sha256OfFile(path) != name)
            problems << QCoreApplication::translate(
                "habeas::BlobStore", "%1 was altered: its bytes no longer match its SHA-256.")
                            .arg(name);
    }
    return problems;
}

} // namespace habeas
