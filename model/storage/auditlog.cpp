#include "storage/auditlog.h"

#include "core/clock.h"
#include "storage/filesync.h"
#include "storage/library.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QtConcurrent>

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
    SqlQuery last(db, tailQuery());
    if (auto st = last.exec(); !st.ok())
        return st;
    AuditEntry entry;
    entry.prevHash = kGenesisHash;
    entry.id = 1;
    if (last.next() && !last.value(0).isNull()) {
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
    if (auto st = insert.exec(); !st.ok())
        return st;
    // The head file follows the commit, never precedes it: a crash in between leaves the file
    // behind the log, which verify() accepts, and never ahead of it, which it reports.
    if (!m_library.isServer())
        afterCommit(db, [this, head = Head { entry.id, entry.hash }] { writeHeadLater(head); });
    return {};
}

const QString AuditLog::kHeadFile = u"audit-head"_s;
namespace {
const QString kHeadMetaKey = u"audit_head_file"_s;
}

QString AuditLog::headPath() const
{
    // A server library has no folder for the file: its chain is anchored by the server's
    // append-only table alone (the head file is a folder library's guard against truncation).
    return m_library.isServer() ? QString() : QDir(m_library.path()).filePath(kHeadFile);
}

QByteArray AuditLog::headBytes(const Head &head)
{
    return QJsonDocument(QJsonObject { { u"id"_s, head.id }, { u"hash"_s, head.hash } })
               .toJson(QJsonDocument::Compact)
        + '\n';
}

std::optional<AuditLog::Head> AuditLog::parseHead(const QByteArray &bytes)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    const QJsonValue id = o.value(u"id"_s);
    const QString hash = o.value(u"hash"_s).toString();
    if (!id.isDouble() || id.toDouble() < 0 || hash.size() != 64)
        return std::nullopt;
    return Head { static_cast<qint64>(id.toDouble()), hash };
}

QString AuditLog::tailQuery() const
{
    // On a server a user sees only its teams' entries, and others append at once: the chain's
    // tail comes from the server, under a lock held to the end of the transaction (schema 17).
    return m_library.isServer() ? u"SELECT id, hash FROM habeas_audit_tail()"_s
                                : u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s;
}

Result<AuditLog::Head> AuditLog::tail() const
{
    SqlQuery last(m_library.database(), tailQuery());
    if (auto st = last.exec(); !st.ok())
        return st.error();
    if (last.next() && !last.value(0).isNull())
        return Head { last.value(0).toLongLong(), last.value(1).toString() };
    return Head { 0, kGenesisHash };
}

Status AuditLog::writeHead(const Head &head) const
{
    return FileSync::writeAtomically(headPath(), headBytes(head));
}

void AuditLog::writeHeadLater(const Head &head)
{
    const QMutexLocker lock(&m_headMutex);
    if (!m_pendingHead || head.id > m_pendingHead->id)
        m_pendingHead = head;
    if (m_headWriterActive)
        return; // the running writer takes it next
    m_headWriterActive = true;
    // One writer at a time, so an older head is never written over a newer one.
    m_headWriter = QtConcurrent::run([this] {
        for (;;) {
            Head next;
            {
                const QMutexLocker taking(&m_headMutex);
                if (!m_pendingHead) {
                    m_headWriterActive = false;
                    return;
                }
                next = *std::exchange(m_pendingHead, std::nullopt);
            }
            if (auto st = writeHead(next); !st.ok())
                qWarning("%s", qPrintable(st.error().message));
        }
    });
}

void AuditLog::flushHead() const
{
    m_headWriter.waitForFinished();
}

Status AuditLog::ensureHead() const
{
    if (m_library.isServer())
        return {};
    const QSqlDatabase db = m_library.database();
    SqlQuery marked(db, u"SELECT count(*) FROM library_meta WHERE key = :key"_s);
    marked.bind(u":key"_s, kHeadMetaKey);
    if (auto st = marked.exec(); !st.ok())
        return st;
    const bool hasMark = marked.next() && marked.value(0).toInt() > 0;
    const bool hasFile = QFileInfo::exists(headPath());
    if (hasMark && !hasFile)
        return {}; // deleted: verify() reports it; re-making it would hide the deletion
    if (!hasFile) {
        const auto head = tail();
        if (!head.ok())
            return head.error();
        if (auto st = writeHead(head.value()); !st.ok())
            return st;
    }
    if (hasMark)
        return {};
    return inTransaction(db, [&]() -> Status {
        SqlQuery mark(db,
            u"INSERT INTO library_meta (key, value) VALUES (:key, :file) ON CONFLICT DO NOTHING"_s);
        mark.bind(u":key"_s, kHeadMetaKey).bind(u":file"_s, kHeadFile);
        return mark.exec();
    });
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

namespace {

// The head recorded outside the database, read before the rows (an append committing in
// between then leaves the head behind the rows read, which is accepted, never ahead). Sets
// `problem` when the head file is unreadable, or was deleted from a library that had one.
std::optional<AuditLog::Head> readHead(
    const QString &path, const QSqlDatabase &database, QString &problem)
{
    QFile file(path);
    if (file.exists()) {
        std::optional<AuditLog::Head> head;
        if (file.open(QIODevice::ReadOnly))
            head = AuditLog::parseHead(file.read(4096));
        if (!head)
            problem = QCoreApplication::translate(
                "habeas::AuditLog", "the file %1 that records its last entry is unreadable")
                          .arg(AuditLog::kHeadFile);
        return head;
    }
    SqlQuery marked(database, u"SELECT count(*) FROM library_meta WHERE key = :key"_s);
    marked.bind(u":key"_s, kHeadMetaKey);
    if (marked.exec().ok() && marked.next() && marked.value(0).toInt() > 0)
        problem = QCoreApplication::translate(
            "habeas::AuditLog", "the file %1 that records its last entry was deleted")
                      .arg(AuditLog::kHeadFile);
    return std::nullopt;
}

// What is wrong with entry `e` where entry `expectedId` following `expectedPrev` belongs, or
// empty. The detail column is re-parsed, so an edit to it that is not canonical JSON shows too.
QString entryProblem(
    const AuditEntry &e, qint64 expectedId, const QString &expectedPrev, bool contentSeen = true)
{
    if (e.id != expectedId)
        return QCoreApplication::translate(
            "habeas::AuditLog", "entry %1 is missing (the log jumps to %2)")
            .arg(expectedId)
            .arg(e.id);
    if (e.prevHash != expectedPrev)
        return QCoreApplication::translate("habeas::AuditLog", "entry %1 does not follow entry %2")
            .arg(e.id)
            .arg(e.id - 1);
    if (contentSeen && AuditLog::computeHash(e.prevHash, e) != e.hash)
        return QCoreApplication::translate(
            "habeas::AuditLog", "entry %1 was altered after it was written")
            .arg(e.id);
    return {};
}

// What is wrong with the log's end against its head, or empty: entries deleted after it, or
// the entry it records not the one in the log.
QString headProblemOf(const AuditLog::Head &head, qint64 rows, const QString &hashAtHead)
{
    if (head.id > rows) {
        const int deleted = int(head.id - rows);
        return QCoreApplication::translate("habeas::AuditLog",
            "its last %n entries were deleted (%1 records entry %2; the log ends at entry %3)",
            nullptr, deleted)
            .arg(AuditLog::kHeadFile)
            .arg(head.id)
            .arg(rows);
    }
    if (hashAtHead != head.hash)
        return QCoreApplication::translate(
            "habeas::AuditLog", "entry %1 is not the one %2 records (the log was rewritten)")
            .arg(head.id)
            .arg(AuditLog::kHeadFile);
    return {};
}

} // namespace

AuditLog::Verification AuditLog::verify() const
{
    flushHead(); // this connection's own appends are anchored before they are checked
    Verification v;
    // On a server a user sees the entries of its teams' cases; the others' ids and hashes (never
    // their content) come from the server, so their links are checked too (schema 17).
    SqlQuery q(m_library.database(),
        m_library.isServer()
            ? u"SELECT a.id, a.at, a.case_id, a.action, a.entity, a.entity_id, a.detail, "
              "a.prev_hash, a.hash, l.id, l.prev_hash, l.hash FROM habeas_audit_links() l "
              "LEFT JOIN audit_log a ON a.id = l.id ORDER BY l.id"_s
            : kSelect + u"ORDER BY id"_s);
    QString headProblem;
    const std::optional<Head> head = m_library.isServer()
        ? std::nullopt
        : readHead(headPath(), m_library.database(), headProblem);
    if (auto st = q.exec(); !st.ok()) {
        v.ok = false;
        v.message = st.error().message;
        return v;
    }
    QString expectedPrev = kGenesisHash;
    qint64 expectedId = 1;
    QString hashAtHead = head && head->id == 0 ? kGenesisHash : QString();
    int unseen = 0;
    while (q.next()) {
        const bool seen = !m_library.isServer() || !q.value(0).isNull();
        AuditEntry e = entryFrom(q);
        if (!seen) {
            e.id = q.value(9).toLongLong();
            e.prevHash = q.value(10).toString();
            e.hash = q.value(11).toString();
            ++unseen;
        }
        ++v.rows;
        if (const QString problem = entryProblem(e, expectedId, expectedPrev, seen);
            !problem.isEmpty()) {
            v.ok = false;
            v.firstBrokenId = e.id;
            v.message =
                QCoreApplication::translate("habeas::AuditLog", "The audit chain is broken: %1.")
                    .arg(problem);
            return v;
        }
        if (head && e.id == head->id)
            hashAtHead = e.hash;
        expectedPrev = e.hash;
        ++expectedId;
    }
    if (head) {
        v.anchoredId = head->id;
        if (const QString problem = headProblemOf(*head, v.rows, hashAtHead); !problem.isEmpty())
            headProblem = problem;
    }
    if (!headProblem.isEmpty()) {
        v.ok = false;
        v.firstBrokenId = head ? std::min(head->id, v.rows + 1) : 0;
        v.message =
            QCoreApplication::translate("habeas::AuditLog", "The audit chain is broken: %1.")
                .arg(headProblem);
        return v;
    }
    const int rows = int(v.rows);
    v.message = QCoreApplication::translate(
        "habeas::AuditLog", "The audit chain holds (%n entries).", nullptr, rows);
    if (unseen > 0)
        v.message += u' '
            + QCoreApplication::translate("habeas::AuditLog",
                "%n of them belong to cases you are not on: their links were checked, their "
                "content only the library administrator can check.",
                nullptr, unseen);
    return v;
}

} // namespace habeas
