#include "storage/filehash.h"

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

QString sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return sha256Of(file);
}

} // namespace habeas
