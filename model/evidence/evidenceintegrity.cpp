// EvidenceStore: checking the originals against their recorded hashes, and exporting one.
#include "evidence/evidencestore.h"
#include "storage/auditlog.h"
#include "storage/blobstore.h"
#include "storage/filehash.h"
#include "storage/library.h"
#include "storage/sql.h"
#include "storage/storagebackend.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace habeas {

Result<QList<EvidenceStore::Problem>> EvidenceStore::verify(qint64 caseId) const
{
    const auto checks = integrityChecks(caseId);
    if (!checks.ok())
        return checks.error();
    QList<Problem> problems;
    for (const IntegrityCheck &check : checks.value())
        if (auto problem = checkIntegrity(check))
            problems << *problem;
    return problems;
}

std::optional<EvidenceStore::Problem> EvidenceStore::checkIntegrity(const IntegrityCheck &check)
{
    QString message;
    if (!check.blobs || !check.blobs->has(check.sha256)) {
        message = QCoreApplication::translate("habeas::Evidence", "the stored original is missing");
    } else {
        DiscardDevice discard;
        const Status read = check.blobs->copyTo(check.sha256, discard);
        if (!read.ok() && isAlteredBlobError(read.error(), check.sha256))
            message = QCoreApplication::translate("habeas::Evidence",
                "the stored original was altered: its SHA-256 no longer matches");
        else if (!read.ok())
            message = QCoreApplication::translate(
                "habeas::Evidence", "the stored original cannot be read: %1")
                          .arg(read.error().message);
    }
    if (message.isEmpty())
        return std::nullopt;
    Problem problem = check.exhibit;
    problem.message = message;
    return problem;
}

Status EvidenceStore::exportOriginal(qint64 id, const QString &target) const
{
    const auto r = item(id);
    if (!r.ok())
        return r.error();
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return Error::io(QCoreApplication::translate("habeas::Evidence", "Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(target), out.errorString()));
    // Hashed while copied: an original altered in the store is never handed out as the exhibit.
    if (const Status copied = m_library.blobs().copyTo(r->sha256, out); !copied.ok()) {
        out.cancelWriting();
        const Error &e = copied.error();
        if (isAlteredBlobError(e, r->sha256))
            return Error::library(QCoreApplication::translate("habeas::Evidence",
                "The stored original of %1 was altered (its SHA-256 no "
                "longer matches); nothing was exported.")
                                      .arg(r->exhibitNumber()));
        if (e.kind == Error::Kind::Library) // the server cannot be reached
            return e;
        if (e.kind == Error::Kind::NotFound || out.error() == QFileDevice::NoError)
            return Error::io(QCoreApplication::translate(
                "habeas::Evidence", "The stored original of %1 cannot be read: %2")
                                 .arg(r->exhibitNumber(), e.message));
        return Error::io(QCoreApplication::translate(
            "habeas::Evidence", "Writing %1 failed (is the disk full?): %2")
                             .arg(QDir::toNativeSeparators(target), e.message));
    }
    if (!out.commit())
        return Error::io(QCoreApplication::translate(
            "habeas::Evidence", "Writing %1 failed (is the disk full?): %2")
                             .arg(QDir::toNativeSeparators(target), out.errorString()));
    const QSqlDatabase db = m_library.database();
    if (!m_library.isReadOnly())
        return inTransaction(db, [&]() -> Status {
            return m_library.audit().append(r->caseId, u"evidence.export"_s, u"evidence"_s, id,
                { { u"exhibit"_s, r->exhibitNumber() }, { u"sha256"_s, r->sha256 },
                    { u"redacted"_s, false } });
        });
    return {};
}

} // namespace habeas
