#pragma once

#include "core/result.h"

#include <QStringList>

class QIODevice;

namespace habeas {

// The content-addressed store under blobs/: each file is named by the SHA-256 of its bytes
// (blobs/ab/abcdef…), written once through a temporary file and a rename, never modified.
class BlobStore final {
public:
    explicit BlobStore(QString root)
        : m_root(std::move(root))
    {
    }

    // '' for an empty hash or a store without a root (a server library's Library::blobsPath()).
    QString pathFor(const QString &sha256) const;
    bool contains(const QString &sha256) const;

    // Copies the device's bytes into the store; returns the SHA-256 (hex). Nothing is left
    // behind when reading or writing fails half way.
    Result<QString> put(QIODevice &source);

    // Re-hashes every stored file; names each one whose bytes no longer match its name,
    // and anything in the store that is not a blob.
    QStringList structuralProblems() const;

    static bool isSha256(const QString &text);

private:
    QString m_root;
};

// What every blob store says of a hash it holds no bytes for (Error::notFound), and of bytes that
// no longer match their hash (Error::library).
Error missingBlobError(const QString &sha256);
Error alteredBlobError(const QString &sha256);
bool isAlteredBlobError(const Error &error, const QString &sha256);

} // namespace habeas
