#include "thumbnailcache.h"

#include "thumbnail.h"

#include <QCache>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

QCache<QString, QImage> &cache()
{
    // About 200 thumbnails of 256 px: a few tens of MiB at most (cost in KiB).
    static QCache<QString, QImage> thumbnails(48 * 1024);
    return thumbnails;
}

} // namespace

QImage ThumbnailCache::find(const QString &file, const QString &sha256)
{
    if (sha256.isEmpty())
        return {};
    if (const QImage *hit = cache().object(sha256))
        return *hit;
    if (file.isEmpty() || !QFileInfo::exists(file))
        return {};
    QImage image(file);
    if (image.isNull())
        return {};
    cache().insert(sha256, new QImage(image),
        static_cast<int>(std::max<qsizetype>(1, image.sizeInBytes() / 1024)));
    return image;
}

void ThumbnailCache::remember(const QString &sha256, const QImage &page)
{
    if (sha256.isEmpty() || page.isNull() || cache().contains(sha256))
        return;
    const QImage small = page.width() > kThumbnailSize || page.height() > kThumbnailSize
        ? page.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        : page;
    cache().insert(sha256, new QImage(small),
        static_cast<int>(std::max<qsizetype>(1, small.sizeInBytes() / 1024)));
}

void ThumbnailCache::clear()
{
    cache().clear();
}

} // namespace habeas
