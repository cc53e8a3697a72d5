#pragma once

#include "core/result.h"
#include "storage/blobstore.h"

#include <QList>
#include <QString>

namespace habeas {

class BlobStorage;
class Library;

// A document generated for a case, as the register keeps it.
struct GeneratedDocument {
    qint64 id = 0;
    qint64 caseId = 0;
    QString templateId;
    QString format; // docx | pdf
    QString path; // where it was saved
    QString sha256;
    bool draft = false;
    QString createdAt;
};

// The register of generated documents (the documents table, schema 5). Recording a document
// keeps a copy of its bytes in the blob store, so what was filed can be shown later even when
// the saved file has been moved or edited, and appends a "document.generate" audit entry.
// Used on the library's thread.
class DocumentRegister final {
    Q_DISABLE_COPY_MOVE(DocumentRegister)

public:
    explicit DocumentRegister(Library &library)
        : m_library(library)
    {
    }

    // `path` is the file just written; sha256, when given, must be its bytes' (a file changed
    // between writing and recording is refused). When storeCopy() already put those bytes in
    // the blob store, they are not copied again.
    Result<GeneratedDocument> record(qint64 caseId, const QString &templateId,
        const QString &format, const QString &path, const QString &sha256, bool draft);
    // The copy of a written document's bytes in the blob store (durable once this returns);
    // any thread, so a window's worker can do it. Returns the SHA-256.
    static Result<QString> storeCopy(BlobStorage &blobs, const QString &path);

    // Newest first.
    Result<QList<GeneratedDocument>> list(qint64 caseId) const;

private:
    Library &m_library;
};

} // namespace habeas
