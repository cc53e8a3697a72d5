#pragma once

#include <QImage>
#include <QString>

namespace habeas {

// Thumbnails of exhibits, by SHA-256, kept in memory for the session. A thumbnail the import
// wrote (Library::thumbnailPath: the folder's thumbs/<sha>.png, a server library's session
// folder) is read from there; otherwise the viewer remembers one made from the first page it
// rendered. GUI thread only.
class ThumbnailCache final {
public:
    // A null image when there is none yet; `file` is where the import would have written it.
    static QImage find(const QString &file, const QString &sha256);
    // Scales `page` down to a thumbnail and keeps it.
    static void remember(const QString &sha256, const QImage &page);
    static void clear();
};

} // namespace habeas
