#include "evidence/annotationstore.h"

#include "core/clock.h"
#include "evidence/evidencestore.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace habeas {

QString toId(Annotation::Kind kind)
{
    return kind == Annotation::Kind::Redaction ? u"redaction"_s : u"highlight"_s;
}

std::optional<Annotation::Kind> annotationKindFromId(const QString &id)
{
    if (id == u"highlight"_s)
        return Annotation::Kind::Highlight;
    if (id == u"redaction"_s)
        return Annotation::Kind::Redaction;
    return std::nullopt;
}

namespace {

const QString kColumns = u"id, evidence_id, region_no, page, kind, x, y, w, h, note, trashed_at "_s;

Annotation annotationFrom(const SqlQuery &q)
{
    Annotation a;
    a.id = q.value(0).toLongLong();
    a.evidenceId = q.value(1).toLongLong();
    a.region = q.value(2).toInt();
    a.page = q.value(3).toInt();
    a.kind = annotationKindFromId(q.value(4).toString()).value_or(Annotation::Kind::Highlight);
    a.rect = QRectF(
        q.value(5).toDouble(), q.value(6).toDouble(), q.value(7).toDouble(), q.value(8).toDouble());
    a.note = q.value(9).toString();
    a.trashedAt = q.value(10).toString();
    return a;
}

constexpr double kSlack = 1e-6;

} // namespace

AnnotationStore::AnnotationStore(Library &library)
    : m_library(library)
{
}

Status AnnotationStore::validate(const Annotation &a) const
{
    const QRectF r = a.rect.normalized();
    if (r.width() <= 0 || r.height() <= 0 || r.left() < 0 || r.top() < 0 || r.right() > 1 + kSlack
        || r.bottom() > 1 + kSlack)
        return Error::input(QCoreApplication::translate("habeas::Annotations",
            "A region lies inside the page: x, y, width and height are fractions of the page "
            "between 0 and 1."));
    const auto item = m_library.evidence().item(a.evidenceId);
    if (!item.ok())
        return item.error();
    const int pages = std::max(1, item->pageCount);
    if (a.page < 1 || a.page > pages)
        return Error::input(QCoreApplication::translate(
            "habeas::Annotations", "Exhibit %1 has no page %2 (it has %n page(s)).", nullptr, pages)
                                .arg(item->exhibitNumber())
                                .arg(a.page));
    return {};
}

Result<qint64> AnnotationStore::add(const Annotation &a)
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return st.error();
    if (auto st = validate(a); !st.ok())
        return st.error();
    const auto item = m_library.evidence().item(a.evidenceId);
    const QRectF r = a.rect.normalized();
    const QSqlDatabase db = m_library.database();
    qint64 id = 0;
    const Status st = inTransaction(db, [&]() -> Status {
        SqlQuery q(db,
            u"INSERT INTO evidence_annotations (evidence_id, region_no, page, kind, x, y, w, h, "
            "note, created_at) VALUES (:ev, (SELECT coalesce(max(region_no), 0) + 1 FROM "
            "evidence_annotations WHERE evidence_id = :ev), :page, :kind, :x, :y, :w, :h, :note, "
            ":now) RETURNING id"_s);
        q.bind(u":ev"_s, a.evidenceId)
            .bind(u":page"_s, a.page)
            .bind(u":kind"_s, toId(a.kind))
            .bind(u":x"_s, r.x())
            .bind(u":y"_s, r.y())
            .bind(u":w"_s, std::min(r.width(), 1.0 - r.x()))
            .bind(u":h"_s, std::min(r.height(), 1.0 - r.y()))
            .bind(u":note"_s, textValue(a.note))
            .bind(u":now"_s, Clock::isoNow());
        if (auto e = q.exec(); !e.ok())
            return e;
        id = q.returnedId();
        return m_library.audit().append(item->caseId, u"evidence.annotate"_s, u"annotation"_s, id,
            { { u"exhibit"_s, item->exhibitNumber() }, { u"kind"_s, toId(a.kind) },
                { u"page"_s, a.page } });
    });
    if (!st.ok())
        return st.error();
    emit annotationsChanged(a.evidenceId);
    return id;
}

Status AnnotationStore::update(const Annotation &a)
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return st;
    const auto before = annotation(a.id);
    if (!before.ok())
        return before.error();
    Annotation merged = a;
    merged.evidenceId = before->evidenceId;
    merged.page = before->page;
    if (auto st = validate(merged); !st.ok())
        return st;
    const auto item = m_library.evidence().item(before->evidenceId);
    const QRectF r = a.rect.normalized();
    const QSqlDatabase db = m_library.database();
    const Status st = inTransaction(db, [&]() -> Status {
        SqlQuery q(db,
            u"UPDATE evidence_annotations SET kind = :kind, x = :x, y = :y, w = :w, h = :h, "
            "note = :note WHERE id = :id"_s);
        q.bind(u":kind"_s, toId(a.kind))
            .bind(u":x"_s, r.x())
            .bind(u":y"_s, r.y())
            .bind(u":w"_s, std::min(r.width(), 1.0 - r.x()))
            .bind(u":h"_s, std::min(r.height(), 1.0 - r.y()))
            .bind(u":note"_s, textValue(a.note))
            .bind(u":id"_s, a.id);
        if (auto e = q.exec(); !e.ok())
            return e;
        return m_library.audit().append(item->caseId, u"evidence.annotation-edit"_s,
            u"annotation"_s, a.id,
            { { u"exhibit"_s, item->exhibitNumber() }, { u"region"_s, before->region } });
    });
    if (st.ok())
        emit annotationsChanged(before->evidenceId);
    return st;
}

Status AnnotationStore::setTrashed(qint64 id, bool trashed)
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return st;
    const auto before = annotation(id);
    if (!before.ok())
        return before.error();
    const auto item = m_library.evidence().item(before->evidenceId);
    if (!item.ok())
        return item.error();
    const QSqlDatabase db = m_library.database();
    const Status st = inTransaction(db, [&]() -> Status {
        SqlQuery q(db, u"UPDATE evidence_annotations SET trashed_at = :t WHERE id = :id"_s);
        q.bind(u":t"_s, trashed ? QVariant(Clock::isoNow()) : QVariant()).bind(u":id"_s, id);
        if (auto e = q.exec(); !e.ok())
            return e;
        return m_library.audit().append(item->caseId,
            trashed ? u"evidence.annotation-remove"_s : u"evidence.annotation-restore"_s,
            u"annotation"_s, id,
            { { u"exhibit"_s, item->exhibitNumber() }, { u"region"_s, before->region } });
    });
    if (st.ok())
        emit annotationsChanged(before->evidenceId);
    return st;
}

Status AnnotationStore::trash(qint64 id)
{
    return setTrashed(id, true);
}

Status AnnotationStore::restore(qint64 id)
{
    return setTrashed(id, false);
}

Result<Annotation> AnnotationStore::annotation(qint64 id) const
{
    return rowById(m_library.database(),
        u"SELECT "_s + kColumns + u"FROM evidence_annotations WHERE id = :id"_s, id,
        Error::notFound(
            QCoreApplication::translate("habeas::Annotations", "There is no region %1.").arg(id)),
        annotationFrom);
}

Result<QList<Annotation>> AnnotationStore::annotations(qint64 evidenceId) const
{
    SqlQuery q(m_library.database(),
        u"SELECT "_s + kColumns
            + u"FROM evidence_annotations WHERE evidence_id = :ev AND trashed_at IS NULL "
              "ORDER BY page, region_no"_s);
    q.bind(u":ev"_s, evidenceId);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QList<Annotation> list;
    while (q.next())
        list << annotationFrom(q);
    return list;
}

Result<QString> AnnotationStore::citation(qint64 id) const
{
    const auto a = annotation(id);
    if (!a.ok())
        return a.error();
    const auto item = m_library.evidence().item(a->evidenceId);
    if (!item.ok())
        return item.error();
    return QCoreApplication::translate("habeas::Annotations", "%1, page %2, region %3")
        .arg(item->exhibitNumber())
        .arg(a->page)
        .arg(a->region);
}

} // namespace habeas
