#include "storage/auditlog.h"

#include "core/clock.h"
#include "storage/library.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace habeas {

const QString AuditLog::kGenesisHash = QString(64, u'0');

QByteArray AuditLog::canonicalJson(const AuditEntry &entry)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    QJsonObject o;
    o.insert(u"id"_s, entry.id);
    o.insert(u"at"_s, entry.at);
    o.insert(u"caseId"_s, entry.caseId);
    o.insert(u"action"_s, entry.action);
    o.insert(u"entity"_s, entry.entity);
    o.insert(u"entityId"_s, entry.entityId);
    o.insert(u"detail"_s, entry.detail);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString AuditLog::computeHash(const QString &prevHash, const AuditEntry &entry)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData(QByteArrayView("\n"));
    h.addData(canonicalJson(entry));
    return QString::fromLatin1(h.result().toHex());
}

Status AuditLog::append(qint64 caseId, const QString &action, const QString &entity,
    qint64 entityId, const QJsonObject &detail)
{
    const QSqlDatabase db = m_library.database();
    SqlQuery last(db, u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
    if (auto st = last.exec(); !st.ok())
        return st;
    AuditEntry entry;
    entry.prevHash = kGenesisHash;
    entry.id = 1;
    if (last.next()) {
        entry.id = last.value(0).toLongLong() + 1;
        entry.prevHash = last.value(1).toString();
    }
    entry.at = Clock::isoNow();
    entry.caseId = caseId;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.detail = detail;
    entry.hash = computeHash(entry.prevHash, entry);

    SqlQuery insert(db,
        u"INSERT INTO audit_log (id, at, case_id, action, entity, entity_id, detail, prev_hash, "
        u"hash) "
        "VALUES (:id, :at, :case, :action, :entity, :entityId, :detail, :prev, :hash)"_s);
    insert.bind(u":id"_s, entry.id)
        .bind(u":at"_s, entry.at)
        .bind(u":case"_s, caseId ? QVariant(caseId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(u":action"_s, action)
        .bind(u":entity"_s, entity)
        .bind(
            u":entityId"_s, entityId ? QVariant(entityId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(u":detail"_s, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)))
        .bind(u":prev"_s, entry.prevHash)
        .bind(u":hash"_s, entry.hash);
    return insert.exec();
}

namespace {
AuditEntry entryFrom(const SqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toString();
    e.caseId = q.value(2).toLongLong();
    e.action = q.value(3).toString();
    e.entity = q.value(4).toString();
    e.entityId = q.value(5).toLongLong();
    e.detail = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    e.prevHash = q.value(7).toString();
    e.hash = q.value(8).toString();
    return e;
}
const QString kSelect =
    u"SELECT id, at, case_id, action, entity, entity_id, detail, prev_hash, hash FROM audit_log "_s;
} // namespace

Result<QList<AuditEntry>> AuditLog::list(qint64 caseId) const
{
    SqlQuery q(m_library.database(),
        kSelect + (caseId ? u"WHERE case_id = :case ORDER BY id"_s : u"ORDER BY id"_s));
    if (caseId)
        q.bind(u":case"_s, caseId);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QList<AuditEntry> entries;
    while (q.next())
        entries << entryFrom(q);
    return entries;
}

AuditLog::Verification AuditLog::verify() const
{
    Verification v;
    SqlQuery q(m_library.database(), kSelect + u"ORDER BY id"_s);
    if (auto st = q.exec(); !st.ok()) {
        v.ok = false;
        v.message = st.error().message;
        return v;
    }
    QString expectedPrev = kGenesisHash;
    qint64 expectedId = 1;
    while (q.next()) {
        const AuditEntry e = entryFrom(q);
        ++v.rows;
        QString problem;
        // The detail column is re-parsed, so an edit to it that is not canonical JSON shows too.
        if (e.id != expectedId)
            problem = QCoreApplication::translate(
                "habeas::AuditLog", "entry %1 is missing (the log jumps to %2)")
                          .arg(expectedId)
                          .arg(e.id);
        else if (e.prevHash != expectedPrev)
            problem =
                QCoreApplication::translate("habeas::AuditLog", "entry %1 does not follow entry %2")
                    .arg(e.id)
                    .arg(e.id - 1);
        else if (computeHash(e.prevHash, e) != e.hash)
            problem = QCoreApplication::translate(
                "habeas::AuditLog", "entry %1 was altered after it was written")
                          .arg(e.id);
        if (!problem.isEmpty()) {
            v.ok = false;
            v.firstBrokenId = e.id;
            v.message =
                QCoreApplication::translate("habeas::AuditLog", "The audit chain is broken: %1.")
                    .arg(problem);
            return v;
        }
        expectedPrev = e.hash;
        ++expectedId;
    }
    v.message = QCoreApplication::translate("habeas::AuditLog",
        "The audit chain holds (%n entries).", nullptr, static_cast<int>(v.rows));
    return v;
}

} // namespace habeas
