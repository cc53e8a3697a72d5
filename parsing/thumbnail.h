#pragma once

#include "core/result.h"

#include <QImage>

class QIODevice;

namespace habeas {

inline constexpr int kThumbnailSize = 256; // pixels on the long side

// A thumbnail of an image, decoded at (about) the thumbnail's size where the format allows
// it (JPEG decodes scaled), so a large screenshot is never held at full size twice.
Result<QImage> imageThumbnail(const QString &file, int longSide = kThumbnailSize);

// A thumbnail of a PDF's first page.
Result<QImage> pdfThumbnail(
    const QString &file, const QString &password = {}, int longSide = kThumbnailSize);

// Either of the above, chosen by the file's content.
Result<QImage> thumbnail(
    const QString &file, const QString &password = {}, int longSide = kThumbnailSize);

// PNG, to a device or atomically to a file.
Status writePng(const QImage &image, QIODevice *device);
Status savePng(const QImage &image, const QString &file);

// True when the file starts like a PDF (the header may follow up to 1 KiB of junk).
bool looksLikePdf(const QString &file);

} // namespace habeas
