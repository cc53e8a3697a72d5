#include "documentregister.h"

#include "core/clock.h"
#include "storage/auditlog.h"
#include "storage/blobstore.h"
#include "storage/library.h"
#include "storage/sql.h"
#include "storage/storagebackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace habeas {

Result<GeneratedDocument> DocumentRegister::record(qint64 caseId, const QString &templateId,
    const QString &format, const QString &path, const QString &sha256, bool draft)
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return st.error();
    if (format != u"docx"_s && format != u"pdf"_s)
        return Error::input(
            QCoreApplication::translate("habeas::Documents", "Unknown document format \"%1\".")
                .arg(format));
    BlobStorage &blobs = m_library.blobs();
    // Bytes a worker already stored (storeCopy) are not copied a second time.
    const bool held = BlobStore::isSha256(sha256.toLower()) && blobs.has(sha256.toLower());
    const auto stored = held ? Result<QString>(sha256.toLower()) : storeCopy(blobs, path);
    if (!stored.ok())
        return stored.error();
    if (!sha256.isEmpty() && sha256.compare(stored.value(), Qt::CaseInsensitive) != 0)
        return Error::input(QCoreApplication::translate(
            "habeas::Documents", "%1 changed after it was written; it is not recorded.")
                                .arg(QDir::toNativeSeparators(path)));

    GeneratedDocument doc;
    doc.caseId = caseId;
    doc.templateId = templateId;
    doc.format = format;
    doc.path = QFileInfo(path).absoluteFilePath();
    doc.sha256 = stored.value();
    doc.draft = draft;
    doc.createdAt = Clock::isoNow();
    const QSqlDatabase db = m_library.database();
    const Status st = inTransaction(db, [&]() -> Status {
        SqlQuery q(db,
            u"INSERT INTO documents (case_id, template, format, path, sha256, draft, created_at) "
            u"VALUES (:case, :template, :format, :path, :sha, :draft, :at) RETURNING id"_s);
        q.bind(u":case"_s, caseId)
            .bind(u":template"_s, templateId)
            .bind(u":format"_s, format)
            .bind(u":path"_s, doc.path)
            .bind(u":sha"_s, doc.sha256)
            .bind(u":draft"_s, draft ? 1 : 0)
            .bind(u":at"_s, doc.createdAt);
        if (auto e = q.exec(); !e.ok())
            return e;
        doc.id = q.returnedId();
        return m_library.audit().append(caseId, u"document.generate"_s, u"document"_s, doc.id,
            QJsonObject { { u"template"_s, templateId }, { u"format"_s, format },
                { u"path"_s, doc.path }, { u"sha256"_s, doc.sha256 }, { u"draft"_s, draft } });
    });
    if (!st.ok())
        return st.error();
    return doc;
}

Result<QString> DocumentRegister::storeCopy(BlobStorage &blobs, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QCoreApplication::translate("habeas::Documents", "Cannot read %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return blobs.put(file);
}

Result<QList<GeneratedDocument>> DocumentRegister::list(qint64 caseId) const
{
    SqlQuery q(m_library.database(),
        u"SELECT id, case_id, template, format, path, sha256, draft, created_at FROM documents "
        u"WHERE case_id = :case ORDER BY created_at DESC, id DESC"_s);
    q.bind(u":case"_s, caseId);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QList<GeneratedDocument> list;
    while (q.next()) {
        GeneratedDocument d;
        d.id = q.value(0).toLongLong();
        d.caseId = q.value(1).toLongLong();
        d.templateId = q.value(2).toString();
        d.format = q.value(3).toString();
        d.path = q.value(4).toString();
        d.sha256 = q.value(5).toString();
        d.draft = q.value(6).toInt() != 0;
        d.createdAt = q.value(7).toString();
        list << d;
    }
    return list;
}

} // namespace habeas
