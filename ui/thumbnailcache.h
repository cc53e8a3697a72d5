#pragma once

#include <QImage>
#include <QString>

namespace habeas {

// Thumbnails of exhibits, by SHA-256, kept in memory for the session. A thumbnail the import
// wrote under the library (thumbs/<sha>.png) is read from there; otherwise the viewer
// remembers one made from the first page it rendered. GUI thread only.
class ThumbnailCache final {
public:
    // A null image when there is none yet.
    static QImage find(const QString &libraryPath, const QString &sha256);
    // Scales `page` down to a thumbnail and keeps it.
    static void remember(const QString &sha256, const QImage &page);
    static void clear();
};

} // namespace habeas
