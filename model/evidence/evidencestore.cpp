#include "evidence/evidencestore.h"

#include "cases/casestore.h"
#include "core/clock.h"
#include "storage/auditlog.h"
#include "storage/blobstore.h"
#include "storage/filehash.h"
#include "storage/library.h"
#include "storage/rowversion.h"
#include "storage/sql.h"
#include "storage/storagebackend.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace habeas {

QString EvidenceRecord::exhibitNumber() const
{
    return u"证据%1-%2"_s.arg(group).arg(seq);
}

bool EvidenceRecord::sameContent(const EvidenceRecord &o) const
{
    return id == o.id && title == o.title && purpose == o.purpose && source == o.source
        && capturedAt == o.capturedAt && device == o.device && operatorName == o.operatorName
        && notaryCert == o.notaryCert && notes == o.notes && witnesses == o.witnesses
        && timestampCert == o.timestampCert && collection == o.collection;
}

QString ExhibitHeading::exhibitNumber() const
{
    return u"证据%1-%2"_s.arg(group).arg(seq);
}

namespace {

// What QMimeDatabase reads of a file to sniff its type (MatchContent): the same from a blob.
constexpr int kSniffBytes = 16 * 1024;

const QString kColumns =
    u"id, case_id, sha256, group_no, seq, title, original_name, size, media_type, purpose, "
    "source, captured_at, device, operator, notary_cert, notes, created_at, trashed_at, "
    "witnesses, timestamp_cert, collection, batch, parse_state, parse_note, page_count, "
    "ocr_state, row_version, updated_by "_s;

EvidenceRecord::ParseState parseStateFromId(const QString &id)
{
    if (id == u"ok"_s)
        return EvidenceRecord::ParseState::Ok;
    if (id == u"unreadable"_s)
        return EvidenceRecord::ParseState::Unreadable;
    if (id == u"encrypted"_s)
        return EvidenceRecord::ParseState::Encrypted;
    return EvidenceRecord::ParseState::Pending;
}

EvidenceRecord::OcrState ocrStateFromId(const QString &id)
{
    if (id == u"pending"_s)
        return EvidenceRecord::OcrState::Pending;
    if (id == u"done"_s)
        return EvidenceRecord::OcrState::Done;
    if (id == u"failed"_s)
        return EvidenceRecord::OcrState::Failed;
    return EvidenceRecord::OcrState::None;
}

EvidenceRecord recordFrom(const SqlQuery &q)
{
    EvidenceRecord r;
    r.id = q.value(0).toLongLong();
    r.caseId = q.value(1).toLongLong();
    r.sha256 = q.value(2).toString();
    r.group = q.value(3).toInt();
    r.seq = q.value(4).toInt();
    r.title = q.value(5).toString();
    r.originalName = q.value(6).toString();
    r.size = q.value(7).toLongLong();
    r.mediaType = q.value(8).toString();
    r.purpose = q.value(9).toString();
    r.source = q.value(10).toString();
    r.capturedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
    r.device = q.value(12).toString();
    r.operatorName = q.value(13).toString();
    r.notaryCert = q.value(14).toString();
    r.notes = q.value(15).toString();
    r.createdAt = q.value(16).toString();
    r.trashedAt = q.value(17).toString();
    r.witnesses = q.value(18).toString();
    r.timestampCert = q.value(19).toString();
    r.collection = q.value(20).toString();
    r.batch = q.value(21).toInt();
    r.parseState = parseStateFromId(q.value(22).toString());
    r.parseNote = q.value(23).toString();
    r.pageCount = q.value(24).toInt();
    r.ocrState = ocrStateFromId(q.value(25).toString());
    r.rowVersion = q.value(26).toLongLong();
    r.updatedBy = q.value(27).toString();
    return r;
}

QVariant capturedValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toString(Qt::ISODateWithMs))
                       : QVariant(QMetaType::fromType<QString>());
}

ImportOutcome rejected(const QString &path, const Error &error)
{
    ImportOutcome o;
    o.kind = ImportOutcome::Kind::Rejected;
    o.path = path;
    o.message = error.message;
    o.failure = error.kind;
    return o;
}

} // namespace

EvidenceStore::EvidenceStore(Library &library)
    : m_library(library)
{
}

EvidenceStore::Batch::Batch(EvidenceStore &store)
    : m_store(store)
{
    ++m_store.m_batchDepth;
}

EvidenceStore::Batch::~Batch()
{
    if (--m_store.m_batchDepth > 0)
        return;
    const QList<qint64> cases = std::exchange(m_store.m_heldBack, {});
    for (qint64 caseId : cases)
        emit m_store.evidenceChanged(caseId);
}

void EvidenceStore::notifyChanged(qint64 caseId)
{
    if (m_batchDepth == 0)
        emit evidenceChanged(caseId);
    else if (!m_heldBack.contains(caseId))
        m_heldBack << caseId;
}

Result<StagedFile> EvidenceStore::stage(BlobStorage &blobs, const QString &file)
{
    const QFileInfo info(file);
    if (!info.exists())
        return Error::input(QCoreApplication::translate(
            "habeas::Evidence", "%1 does not exist (was it moved or deleted?).")
                                .arg(QDir::toNativeSeparators(file)));
    if (!info.isFile())
        return Error::input(QCoreApplication::translate("habeas::Evidence", "%1 is not a file.")
                                .arg(QDir::toNativeSeparators(file)));
    QFile source(file);
    if (!source.open(QIODevice::ReadOnly))
        return Error::input(QCoreApplication::translate("habeas::Evidence", "%1 cannot be read: %2")
                                .arg(QDir::toNativeSeparators(file), source.errorString()));
    const auto sha = blobs.put(source);
    if (!sha.ok())
        return sha.error();
    // Size and type of the stored bytes, not of the file (which may have changed since).
    const auto size = blobs.size(sha.value());
    if (!size.ok())
        return size.error();
    const auto head = blobs.head(sha.value(), kSniffBytes);
    if (!head.ok())
        return head.error();
    StagedFile staged;
    staged.path = file;
    staged.sha256 = sha.value();
    staged.size = size.value();
    staged.originalName = info.fileName();
    staged.mediaType = QMimeDatabase().mimeTypeForData(head.value()).name();
    if (staged.size == 0)
        staged.warning = QCoreApplication::translate(
            "habeas::Evidence", "The file is empty (0 bytes); it is kept as it is.");
    return staged;
}

// --- recording: checks once per batch, then one insert and audit entry per file -------------

Status EvidenceStore::checkCanRecord(qint64 caseId, const EvidenceRecord &meta) const
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return st;
    const auto owner = m_library.cases().caseById(caseId);
    if (!owner.ok())
        return owner.error();
    if (owner->isTrashed())
        return Error::input(
            QCoreApplication::translate("habeas::Evidence", "Case %1 is in the trash.")
                .arg(caseId));
    if (meta.group < 1)
        return Error::input(
            QCoreApplication::translate("habeas::Evidence", "An exhibit group is 1 or more."));
    return checkSupplementGroup(caseId, meta);
}

// The same bytes already in this case: one indexed lookup, not a read of every exhibit.
Result<std::optional<EvidenceRecord>> EvidenceStore::exhibitWithBytes(
    qint64 caseId, const QString &sha256) const
{
    SqlQuery same(m_library.database(),
        u"SELECT "_s + kColumns
            + u"FROM evidence_items WHERE case_id = :case AND sha256 = :sha AND trashed_at IS "
              "NULL ORDER BY id LIMIT 1"_s);
    same.bind(u":case"_s, caseId).bind(u":sha"_s, sha256);
    if (auto st = same.exec(); !st.ok())
        return st.error();
    if (!same.next())
        return std::optional<EvidenceRecord>();
    return std::optional<EvidenceRecord>(recordFrom(same));
}

// Inside the caller's transaction: the row, then its audit entry.
Result<qint64> EvidenceStore::insertExhibit(
    qint64 caseId, const StagedFile &staged, const EvidenceRecord &meta, int seq)
{
    const QString title = meta.title.trimmed().isEmpty()
        ? QFileInfo(staged.originalName).completeBaseName()
        : meta.title.trimmed();
    const QSqlDatabase db = m_library.database();
    SqlQuery q(db,
        u"INSERT INTO evidence_items (case_id, sha256, group_no, seq, title, original_name, "
        u"size, "
        "media_type, purpose, source, captured_at, device, operator, notary_cert, notes, "
        "witnesses, timestamp_cert, collection, batch, created_at, updated_at) VALUES (:case, "
        ":sha, :group, :seq, :title, :name, :size, :type, :purpose, :source, :captured, "
        ":device, :operator, :notary, :notes, :witnesses, :timestamp, :collection, :batch, "
        ":now, :now) RETURNING id"_s);
    q.bind(u":case"_s, caseId)
        .bind(u":sha"_s, staged.sha256)
        .bind(u":group"_s, meta.group)
        .bind(u":seq"_s, seq)
        .bind(u":title"_s, textValue(title))
        .bind(u":name"_s, textValue(staged.originalName))
        .bind(u":size"_s, staged.size)
        .bind(u":type"_s, textValue(staged.mediaType))
        .bind(u":purpose"_s, textValue(meta.purpose))
        .bind(u":source"_s, textValue(meta.source))
        .bind(u":captured"_s, capturedValue(meta.capturedAt))
        .bind(u":device"_s, textValue(meta.device))
        .bind(u":operator"_s, textValue(meta.operatorName))
        .bind(u":notary"_s, textValue(meta.notaryCert))
        .bind(u":notes"_s, textValue(meta.notes))
        .bind(u":witnesses"_s, textValue(meta.witnesses))
        .bind(u":timestamp"_s, textValue(meta.timestampCert))
        .bind(u":collection"_s, textValue(meta.collection))
        .bind(u":batch"_s, std::max(1, meta.batch))
        .bind(u":now"_s, Clock::isoNow());
    if (auto e = q.exec(); !e.ok())
        return e.error();
    const qint64 id = q.returnedId();
    if (auto e = m_library.audit().append(caseId, u"evidence.import"_s, u"evidence"_s, id,
            { { u"sha256"_s, staged.sha256 },
                { u"exhibit"_s, u"证据%1-%2"_s.arg(meta.group).arg(seq) },
                { u"file"_s, staged.originalName } });
        !e.ok())
        return e.error();
    return id;
}

// One file of a batch, inside its transaction: the exhibit already holding these bytes, or a
// new one. An error here undoes the whole batch.
Result<ImportOutcome> EvidenceStore::recordOne(
    qint64 caseId, const StagedFile &staged, const EvidenceRecord &meta)
{
    // Never cite a blob that is not there (a garbage collection elsewhere took an old copy).
    if (!m_library.blobs().has(staged.sha256))
        return rejected(staged.path,
            Error::input(QCoreApplication::translate("habeas::Evidence",
                "The copy of the file in the evidence store is gone; import it again.")));
    const auto same = exhibitWithBytes(caseId, staged.sha256);
    if (!same.ok())
        return same.error();
    ImportOutcome o;
    o.path = staged.path;
    if (const auto &e = same.value()) {
        o.kind = ImportOutcome::Kind::Duplicate;
        o.id = e->id;
        o.sha256 = e->sha256;
        o.exhibit = e->exhibitNumber();
        o.message = QCoreApplication::translate(
            "habeas::Evidence", "These bytes are already exhibit %1 (“%2”).")
                        .arg(e->exhibitNumber(), e->title);
        return o;
    }
    const auto seq = nextSeq(caseId, meta.group);
    if (!seq.ok())
        return seq.error();
    const auto id = insertExhibit(caseId, staged, meta, seq.value());
    if (!id.ok())
        return id.error();
    o.kind = ImportOutcome::Kind::Imported;
    o.id = id.value();
    o.sha256 = staged.sha256;
    o.exhibit = u"证据%1-%2"_s.arg(meta.group).arg(seq.value());
    o.message = staged.warning;
    return o;
}

QList<ImportOutcome> EvidenceStore::recordAll(
    qint64 caseId, const QList<StagedFile> &files, const EvidenceRecord &meta)
{
    QList<ImportOutcome> outcomes;
    const auto refuseAll = [&](const Error &error) {
        outcomes.clear();
        for (const StagedFile &staged : files)
            outcomes << rejected(staged.path, error);
        return outcomes;
    };
    if (files.isEmpty())
        return outcomes;
    if (auto st = checkCanRecord(caseId, meta); !st.ok())
        return refuseAll(st.error());
    const Status st = inTransaction(m_library.database(), [&]() -> Status {
        for (const StagedFile &staged : files) {
            const auto o = recordOne(caseId, staged, meta);
            if (!o.ok())
                return o.error();
            outcomes << o.value();
        }
        return {};
    });
    if (!st.ok())
        return refuseAll(st.error());
    if (std::any_of(outcomes.cbegin(), outcomes.cend(),
            [](const ImportOutcome &o) { return o.kind == ImportOutcome::Kind::Imported; }))
        notifyChanged(caseId);
    return outcomes;
}

ImportOutcome EvidenceStore::record(
    qint64 caseId, const StagedFile &staged, const EvidenceRecord &meta)
{
    return recordAll(caseId, { staged }, meta).constFirst();
}

ImportOutcome EvidenceStore::importFile(
    qint64 caseId, const QString &file, const EvidenceRecord &meta)
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return rejected(file, st.error());
    const auto staged = stage(m_library.blobs(), file);
    if (!staged.ok())
        return rejected(file, staged.error());
    return record(caseId, staged.value(), meta);
}

Result<qint64> EvidenceStore::updateItem(const EvidenceRecord &r)
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return st.error();
    const auto before = item(r.id);
    if (!before.ok())
        return before.error();
    const QString what = QCoreApplication::translate("habeas::Evidence", "exhibit %1 (“%2”)")
                             .arg(before->exhibitNumber(), before->title);
    if (auto st = checkSeen(r.rowVersion, { before->rowVersion, before->updatedBy }, what);
        !st.ok())
        return st.error();
    if (r.title.trimmed().isEmpty())
        return Error::input(
            QCoreApplication::translate("habeas::Evidence", "An exhibit needs a title."));
    const QSqlDatabase db = m_library.database();
    const Status st = inTransaction(db, [&]() -> Status {
        SqlQuery q(db,
            u"UPDATE evidence_items SET title = :title, purpose = :purpose, source = :source, "
            "captured_at = :captured, device = :device, operator = :operator, notary_cert = "
            ":notary, "
            "notes = :notes, witnesses = :witnesses, timestamp_cert = :timestamp, collection = "
            ":collection, updated_at = :now"_s
                + kVersionedWhere);
        q.bind(u":title"_s, textValue(r.title))
            .bind(u":purpose"_s, textValue(r.purpose))
            .bind(u":source"_s, textValue(r.source))
            .bind(u":captured"_s, capturedValue(r.capturedAt))
            .bind(u":device"_s, textValue(r.device))
            .bind(u":operator"_s, textValue(r.operatorName))
            .bind(u":notary"_s, textValue(r.notaryCert))
            .bind(u":notes"_s, textValue(r.notes))
            .bind(u":witnesses"_s, textValue(r.witnesses))
            .bind(u":timestamp"_s, textValue(r.timestampCert))
            .bind(u":collection"_s, textValue(r.collection));
        if (auto e = execVersioned(q, r.id, before->rowVersion, what); !e.ok())
            return e;
        return m_library.audit().append(before->caseId, u"evidence.edit"_s, u"evidence"_s, r.id,
            { { u"exhibit"_s, before->exhibitNumber() } });
    });
    if (!st.ok())
        return st.error();
    notifyChanged(before->caseId);
    return before->rowVersion + 1;
}

Status EvidenceStore::setTrashed(qint64 id, bool trashed)
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return st;
    const auto before = item(id);
    if (!before.ok())
        return before.error();
    if (before->isTrashed() == trashed)
        return Error::input(trashed
                ? QCoreApplication::translate("habeas::Evidence", "Exhibit %1 is already removed.")
                      .arg(before->exhibitNumber())
                : QCoreApplication::translate("habeas::Evidence", "Exhibit %1 is not removed.")
                      .arg(before->exhibitNumber()));
    const QSqlDatabase db = m_library.database();
    // The blob stays: it is deleted only when no item refers to it, which a restore needs.
    const Status st = inTransaction(db, [&]() -> Status {
        if (auto e = setTrashedAt(db, u"evidence_items", id, trashed); !e.ok())
            return e;
        if (!trashed) {
            // Its number may have been given to another exhibit meanwhile: then it goes last.
            SqlQuery q(db,
                u"UPDATE evidence_items SET seq = (SELECT max(seq) + 1 FROM evidence_items o "
                "WHERE o.case_id = evidence_items.case_id AND o.group_no = evidence_items.group_no "
                "AND o.trashed_at IS NULL) WHERE id = :id AND EXISTS (SELECT 1 FROM "
                "evidence_items o WHERE o.id <> :id AND o.case_id = evidence_items.case_id AND "
                "o.group_no = evidence_items.group_no AND o.seq = evidence_items.seq AND "
                "o.trashed_at IS NULL)"_s);
            q.bind(u":id"_s, id);
            if (auto e = q.exec(); !e.ok())
                return e;
        }
        return m_library.audit().append(before->caseId,
            trashed ? u"evidence.remove"_s : u"evidence.restore"_s, u"evidence"_s, id,
            { { u"exhibit"_s, before->exhibitNumber() } });
    });
    if (st.ok())
        notifyChanged(before->caseId);
    return st;
}

Status EvidenceStore::trashItem(qint64 id)
{
    return setTrashed(id, true);
}

Status EvidenceStore::restoreItem(qint64 id)
{
    return setTrashed(id, false);
}

Result<EvidenceRecord> EvidenceStore::item(qint64 id) const
{
    return rowById(m_library.database(),
        u"SELECT "_s + kColumns + u"FROM evidence_items WHERE id = :id"_s, id,
        Error::notFound(
            QCoreApplication::translate("habeas::Evidence", "There is no exhibit %1.").arg(id)),
        recordFrom);
}

Result<QList<EvidenceRecord>> EvidenceStore::items(qint64 caseId) const
{
    // Counted first (on the case's index) so that a case of 10,000 exhibits is read into a list
    // of its size, not moved through a dozen growing ones.
    SqlQuery count(m_library.database(),
        u"SELECT count(*) FROM evidence_items WHERE case_id = :case AND trashed_at IS NULL"_s);
    count.bind(u":case"_s, caseId);
    if (auto st = count.exec(); !st.ok())
        return st.error();
    SqlQuery q(m_library.database(),
        u"SELECT "_s + kColumns
            + u"FROM evidence_items WHERE case_id = :case AND trashed_at IS NULL "
              "ORDER BY group_no, seq, id"_s);
    q.bind(u":case"_s, caseId);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QList<EvidenceRecord> list;
    list.reserve(count.next() ? count.value(0).toLongLong() : 0);
    while (q.next())
        list.emplaceBack(recordFrom(q));
    return list;
}

Result<QList<ExhibitHeading>> EvidenceStore::headings(qint64 caseId) const
{
    SqlQuery q(m_library.database(),
        u"SELECT id, group_no, seq, title FROM evidence_items WHERE case_id = :case AND "
        "trashed_at IS NULL ORDER BY group_no, seq, id"_s);
    q.bind(u":case"_s, caseId);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QList<ExhibitHeading> list;
    while (q.next())
        list.append({ q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt(),
            q.value(3).toString() });
    return list;
}

Result<QList<EvidenceStore::IntegrityCheck>> EvidenceStore::integrityChecks(qint64 caseId) const
{
    SqlQuery q(m_library.database(),
        u"SELECT "_s + kColumns
            + u"FROM evidence_items WHERE (:case = 0 OR case_id = :case) ORDER BY case_id, id"_s);
    q.bind(u":case"_s, caseId);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QList<IntegrityCheck> checks;
    while (q.next()) {
        const EvidenceRecord r = recordFrom(q);
        checks << IntegrityCheck { Problem { r.id, r.caseId, r.exhibitNumber(), {} }, r.sha256,
            &m_library.blobs() };
    }
    return checks;
}

Status EvidenceStore::logRedactedExport(qint64 id, const QString &copySha256) const
{
    const auto r = item(id);
    if (!r.ok())
        return r.error();
    if (m_library.isReadOnly())
        return {};
    return inTransaction(m_library.database(), [&]() -> Status {
        return m_library.audit().append(r->caseId, u"evidence.export"_s, u"evidence"_s, id,
            { { u"exhibit"_s, r->exhibitNumber() }, { u"sha256"_s, r->sha256 },
                { u"redacted"_s, true }, { u"copySha256"_s, copySha256 } });
    });
}

Result<bool> EvidenceStore::prefillCapturedAt(qint64 id, const QDateTime &capturedAt)
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return st.error();
    if (!capturedAt.isValid())
        return false;
    const auto r = item(id);
    if (!r.ok())
        return r.error();
    // The condition is in the statement too, so an edit racing this one still wins.
    SqlQuery q(m_library.database(),
        u"UPDATE evidence_items SET captured_at = :captured, row_version = row_version + 1 "
        "WHERE id = :id AND "
        "(captured_at IS NULL OR captured_at = '')"_s);
    q.bind(u":captured"_s, capturedValue(capturedAt)).bind(u":id"_s, id);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    const bool filled = q.numRowsAffected() > 0;
    if (filled)
        notifyChanged(r->caseId);
    return filled;
}

} // namespace habeas
