// EvidenceStore: checking the originals against their recorded hashes, and exporting one.
#include "evidence/evidencestore.h"
#include "storage/auditlog.h"
#include "storage/blobstore.h"
#include "storage/filehash.h"
#include "storage/library.h"
#include "storage/sql.h"

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
    QFile f(check.blobPath);
    QString message;
    if (!f.exists()) {
        message = QCoreApplication::translate("habeas::Evidence", "the stored original is missing");
    } else if (!f.open(QIODevice::ReadOnly)) {
        message = QCoreApplication::translate(
            "habeas::Evidence", "the stored original cannot be read: %1")
                      .arg(f.errorString());
    } else {
        if (sha256Of(f) != check.sha256)
            message = QCoreApplication::translate("habeas::Evidence",
                "the stored original was altered: its SHA-256 no longer matches");
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
    QFile source(BlobStore(m_library.blobsPath()).pathFor(r->sha256));
    if (!source.open(QIODevice::ReadOnly))
        return Error::io(QCoreApplication::translate(
            "habeas::Evidence", "The stored original of %1 cannot be read: %2")
                             .arg(r->exhibitNumber(), source.errorString()));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return Error::io(QCoreApplication::translate("habeas::Evidence", "Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(target), out.errorString()));
    // Hashed while copied: an original altered in the store is never handed out as the exhibit.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    char buffer[64 * 1024];
    for (qint64 n; (n = source.read(buffer, sizeof buffer)) > 0;) {
        hash.addData(QByteArrayView(buffer, n));
        if (out.write(buffer, n) != n)
            return Error::io(QCoreApplication::translate(
                "habeas::Evidence", "Writing %1 failed (is the disk full?): %2")
                                 .arg(QDir::toNativeSeparators(target), out.errorString()));
    }
    if (QString::fromLatin1(hash.result().toHex()) != r->sha256) {
        out.cancelWriting();
        return Error::library(QCoreApplication::translate("habeas::Evidence",
            "The stored original of %1 was altered (its SHA-256 no "
            "longer matches); nothing was exported.")
                                  .arg(r->exhibitNumber()));
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
