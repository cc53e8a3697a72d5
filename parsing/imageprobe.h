#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QSize>

class QImageReader;

namespace habeas {

// What an image says about itself before a single pixel is decoded.
struct ImageProbe {
    QByteArray format; // Qt's name: "png", "jpeg", …
    QString mediaType; // image/png
    QSize size;
    // When the picture was taken, from EXIF DateTimeOriginal (JPEG) or the PNG "Creation
    // Time" text. Invalid when the file does not say. Without an offset in the file the
    // time is Qt::LocalTime and `capturedAtHasOffset` is false: the camera's clock, zone
    // unknown, which import should show as such rather than guess.
    QDateTime capturedAt;
    bool capturedAtHasOffset = false;
};

// Above this an image is refused unread: a screenshot is a few megapixels, and a 60000 ×
// 60000 header on a tiny file is how a decoder is made to allocate gigabytes.
inline constexpr qint64 kMaxImagePixels = 100'000'000;

// Sets QImageReader's process-wide allocation limit to what kMaxImagePixels needs, as a
// second guard for any decode this process makes. The worker calls it at start.
void installImageAllocationLimit();

// Reads the header only. Refuses what Qt cannot read and images over kMaxImagePixels.
Result<ImageProbe> probeImage(const QString &file);

// Prepares `reader` (opened on a file or device) for a decode: checks the declared size
// against kMaxImagePixels first. Every decode in habeas_pdf goes through it.
Result<QSize> checkedImageSize(QImageReader &reader);

// EXIF of a JPEG's APP1 segment: DateTimeOriginal with OffsetTimeOriginal (or OffsetTime).
// Bounds-checked against hostile offsets; returns an invalid time when absent or malformed.
struct ExifTime {
    QDateTime time;
    bool hasOffset = false;
};
ExifTime exifCaptureTime(const QByteArray &jpegHead);

} // namespace habeas
