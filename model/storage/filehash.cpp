#include "storage/filehash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace habeas {

QString sha256Of(QIODevice &device)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&device))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

Result<QString> copyHashing(QIODevice &source, QIODevice &target)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = source.read(buffer.data(), buffer.size());
        if (n < 0)
            return Error::io(
                QCoreApplication::translate("habeas::BlobStore", "Reading the file failed: %1")
                    .arg(source.errorString()));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (target.write(buffer.constData(), n) != n)
            return Error::io(QCoreApplication::translate("habeas::BlobStore",
                "Writing into the evidence store failed (is the disk full?): %1")
                                 .arg(target.errorString()));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return sha256Of(file);
}

} // namespace habeas
