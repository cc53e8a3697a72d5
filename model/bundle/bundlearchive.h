#pragma once

#include "bundle/bundleformat.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <memory>

namespace habeas::bundle {

// The ZIP side of a bundle, and the only file that uses QuaZip. Entry names are never used as
// file names on disk: what is unpacked goes to the blob store under its verified SHA-256.

class ArchiveWriter final {
    Q_DISABLE_COPY_MOVE(ArchiveWriter)

public:
    // Writes into `device` (opened by the caller, seekable: a QSaveFile or a temporary file).
    explicit ArchiveWriter(QIODevice *device);
    ~ArchiveWriter();

    Done open();
    // Copies `source` into the entry `name`, hashing as it goes; `progress` sees each chunk.
    Outcome<ManifestEntry> add(const QString &name, QIODevice &source, bool compress,
        const std::function<bool(qint64)> &progress);
    Outcome<ManifestEntry> add(const QString &name, const QByteArray &bytes);
    Done close();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

struct ArchiveEntry {
    QString name;
    qint64 declaredSize = 0; // uncompressed, as the central directory says
    bool symlink = false;
    bool directory = false;
};

class ArchiveReader final {
    Q_DISABLE_COPY_MOVE(ArchiveReader)

public:
    ~ArchiveReader();

    // Opens a ZIP file and lists its central directory. Refuses a file that is not a ZIP
    // (input) or a damaged or truncated one (integrity).
    static Outcome<std::unique_ptr<ArchiveReader>> open(const QString &path);

    const QList<ArchiveEntry> &entries() const { return m_entries; }

    // Streams the entry's bytes to `sink` (which returns false to stop: cancel), refusing as
    // soon as more than `limit` bytes come out, and checks the CRC at the end.
    Done read(
        const QString &name, qint64 limit, const std::function<bool(QByteArrayView)> &sink) const;

    // The entry as an open device for BlobStore::put (minizip never inflates an entry beyond the
    // size its central directory gives, which the import has checked against the manifest).
    Outcome<std::unique_ptr<QIODevice>> device(const QString &name) const;

private:
    ArchiveReader();
    struct Impl;
    std::unique_ptr<Impl> d;
    QList<ArchiveEntry> m_entries;
};

} // namespace habeas::bundle
