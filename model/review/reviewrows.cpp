#include "review/reviewrows.h"

#include "storage/sql.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace habeas::reviewrows {

namespace {
QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QString conflictText(const ReviewComment &c)
{
    return c.hasConflict()
        ? QString::fromUtf8(QJsonDocument(c.conflict).toJson(QJsonDocument::Compact))
        : QString();
}

// Binds what a comment's life changes (its text, revisions, resolution, conflict and removal),
// the values an INSERT and an UPDATE both write.
SqlQuery &bindState(SqlQuery &q, const ReviewComment &c)
{
    return q.bind(u":text"_s, c.text)
        .bind(u":author"_s, textValue(c.author))
        .bind(u":edited"_s, c.editedAt)
        .bind(u":revision"_s, c.revision)
        .bind(u":by"_s, textValue(c.resolvedBy))
        .bind(u":at"_s, nullable(c.resolvedAt))
        .bind(u":base"_s, textValue(c.baseDigest))
        .bind(u":conflict"_s, textValue(conflictText(c)))
        .bind(u":removed"_s, nullable(c.removedAt));
}
} // namespace

Result<QList<ReviewComment>> select(
    const QSqlDatabase &db, const QString &where, qint64 caseId, qint64 id, const QString &uid)
{
    SqlQuery q(db,
        u"SELECT id, case_id, uid, anchor_kind, anchor_uid, anchor_element, text, author, "
        "created_at, edited_at, revision, resolved_by, resolved_at, base_digest, conflict, "
        "removed_at FROM review_comments WHERE %1 ORDER BY created_at, id"_s.arg(where));
    if (where.contains(u":case"_s))
        q.bind(u":case"_s, caseId);
    if (where.contains(u":id"_s))
        q.bind(u":id"_s, id);
    if (where.contains(u":uid"_s))
        q.bind(u":uid"_s, uid);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QList<ReviewComment> list;
    while (q.next()) {
        ReviewComment c;
        c.id = q.value(0).toLongLong();
        c.caseId = q.value(1).toLongLong();
        c.uid = q.value(2).toString();
        c.anchor.kind =
            anchorKindFromId(q.value(3).toString()).value_or(ReviewAnchor::Kind::Element);
        c.anchor.uid = q.value(4).toString();
        c.anchor.element = q.value(5).toString();
        c.text = q.value(6).toString();
        c.author = q.value(7).toString();
        c.createdAt = q.value(8).toString();
        c.editedAt = q.value(9).toString();
        c.revision = q.value(10).toInt();
        c.resolvedBy = q.value(11).toString();
        c.resolvedAt = q.value(12).toString();
        c.baseDigest = q.value(13).toString();
        c.conflict = QJsonDocument::fromJson(q.value(14).toString().toUtf8()).object();
        c.removedAt = q.value(15).toString();
        list << c;
    }
    return list;
}

Result<qint64> insert(const QSqlDatabase &db, const ReviewComment &c)
{
    SqlQuery q(db,
        u"INSERT INTO review_comments (case_id, uid, anchor_kind, anchor_uid, anchor_element, "
        "text, author, created_at, edited_at, revision, resolved_by, resolved_at, base_digest, "
        "conflict, removed_at) VALUES (:case, :uid, :kind, :anchor, :element, :text, :author, "
        ":created, :edited, :revision, :by, :at, :base, :conflict, :removed) RETURNING id"_s);
    q.bind(u":case"_s, c.caseId)
        .bind(u":uid"_s, c.uid)
        .bind(u":kind"_s, toId(c.anchor.kind))
        .bind(u":anchor"_s, c.anchor.uid)
        .bind(u":element"_s, textValue(c.anchor.element))
        .bind(u":created"_s, c.createdAt);
    bindState(q, c);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    return q.returnedId();
}

Status update(const QSqlDatabase &db, const ReviewComment &c)
{
    SqlQuery q(db,
        u"UPDATE review_comments SET text = :text, author = :author, edited_at = :edited, "
        "revision = :revision, resolved_by = :by, resolved_at = :at, base_digest = :base, "
        "conflict = :conflict, removed_at = :removed WHERE id = :id"_s);
    bindState(q, c).bind(u":id"_s, c.id);
    return q.exec();
}

bool anchorExists(const QSqlDatabase &db, qint64 caseId, const ReviewAnchor &anchor)
{
    QString sql;
    switch (anchor.kind) {
    case ReviewAnchor::Kind::Element:
        sql = u"SELECT 1 FROM claims WHERE case_id = :case AND uid = :uid AND trashed_at IS NULL"_s;
        break;
    case ReviewAnchor::Kind::Region:
        sql = u"SELECT 1 FROM evidence_annotations a JOIN evidence_items e ON e.id = a.evidence_id "
              "WHERE e.case_id = :case AND a.uid = :uid AND a.trashed_at IS NULL"_s;
        break;
    case ReviewAnchor::Kind::Request:
        sql = u"SELECT 1 FROM case_requests WHERE case_id = :case AND uid = :uid"_s;
        break;
    case ReviewAnchor::Kind::Document:
        sql = u"SELECT 1 FROM documents WHERE case_id = :case AND uid = :uid"_s;
        break;
    }
    SqlQuery q(db, sql);
    q.bind(u":case"_s, caseId).bind(u":uid"_s, anchor.uid);
    return q.exec().ok() && q.next();
}

} // namespace habeas::reviewrows
