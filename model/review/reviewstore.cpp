#include "review/reviewstore.h"

#include "core/clock.h"
#include "core/settings.h"
#include "evidence/annotationstore.h"
#include "law/claimstore.h"
#include "review/reviewrows.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::ReviewStore)
};

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Error noComment(qint64 id)
{
    return Error::input(Text::tr("There is no review comment %1.").arg(id));
}

Error emptyText()
{
    return Error::input(Text::tr("A review comment needs some text."));
}
} // namespace

ReviewStore::ReviewStore(Library &library)
    : m_library(library)
{
}

QString ReviewStore::currentUser()
{
    const QString name = Settings::value(Settings::UserName).toString().trimmed();
    return name.isEmpty() ? systemUser() : name;
}

QString ReviewStore::systemUser()
{
    for (const char *variable : { "USER", "USERNAME", "LOGNAME" })
        if (const QString user = qEnvironmentVariable(variable).trimmed(); !user.isEmpty())
            return user;
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? u"?"_s : home;
}

Result<QList<ReviewComment>> ReviewStore::comments(qint64 caseId, bool withRemoved) const
{
    return reviewrows::select(m_library.database(),
        withRemoved ? u"case_id = :case"_s : u"case_id = :case AND removed_at IS NULL"_s, caseId);
}

Result<ReviewComment> ReviewStore::comment(qint64 id) const
{
    auto list = reviewrows::select(m_library.database(), u"id = :id"_s, 0, id);
    if (!list.ok())
        return list.error();
    if (list->isEmpty())
        return noComment(id);
    return list->first();
}

Status ReviewStore::ensureUids(const QSqlDatabase &db, qint64 caseId)
{
    static const QStringList tables { u"claims"_s, u"case_requests"_s, u"documents"_s,
        u"evidence_annotations"_s };
    for (const QString &table : tables) {
        const QString where = table == u"evidence_annotations"_s
            ? u"evidence_id IN (SELECT id FROM evidence_items WHERE case_id = :case)"_s
            : u"case_id = :case"_s;
        SqlQuery ids(db, u"SELECT id FROM %1 WHERE uid = '' AND %2"_s.arg(table, where));
        ids.bind(u":case"_s, caseId);
        if (auto st = ids.exec(); !st.ok())
            return st;
        QList<qint64> missing;
        while (ids.next())
            missing << ids.value(0).toLongLong();
        for (qint64 id : std::as_const(missing)) {
            SqlQuery set(db, u"UPDATE %1 SET uid = :uid WHERE id = :id"_s.arg(table));
            set.bind(u":uid"_s, newUid()).bind(u":id"_s, id);
            if (auto st = set.exec(); !st.ok())
                return st;
        }
    }
    return {};
}

Result<QString> ReviewStore::rowUid(const QString &table, qint64 id)
{
    const QSqlDatabase db = m_library.database();
    SqlQuery q(db, u"SELECT uid FROM %1 WHERE id = :id"_s.arg(table));
    q.bind(u":id"_s, id);
    if (auto st =
            q.execFirst(Error::input(Text::tr("There is no such row (%1 %2).").arg(table).arg(id)));
        !st.ok())
        return st.error();
    if (const QString uid = q.value(0).toString(); !uid.isEmpty())
        return uid;
    if (auto st = m_library.checkWritable(); !st.ok())
        return st.error();
    const QString uid = newUid();
    const Status st = inTransaction(db, [&]() -> Status {
        SqlQuery set(db, u"UPDATE %1 SET uid = :uid WHERE id = :id AND uid = ''"_s.arg(table));
        set.bind(u":uid"_s, uid).bind(u":id"_s, id);
        return set.exec();
    });
    if (!st.ok())
        return st.error();
    return uid;
}

Result<ReviewAnchor> ReviewStore::anchorElement(qint64 claimId, const QString &element)
{
    const auto claim = m_library.claims().claim(claimId);
    if (!claim.ok())
        return claim.error();
    QString id;
    for (const ClaimElement &e : claim->elements)
        if (e.id == element || e.id.endsWith(u'.' + element.trimmed()))
            id = e.id;
    if (id.isEmpty())
        return Error::input(
            Text::tr("Claim %1 has no element \"%2\".").arg(claimId).arg(element.trimmed()));
    auto uid = rowUid(u"claims"_s, claimId);
    if (!uid.ok())
        return uid.error();
    return ReviewAnchor { ReviewAnchor::Kind::Element, uid.value(), id };
}

Result<ReviewAnchor> ReviewStore::anchorRegion(qint64 annotationId)
{
    const auto region = m_library.annotations().annotation(annotationId);
    if (!region.ok())
        return region.error();
    auto uid = rowUid(u"evidence_annotations"_s, annotationId);
    if (!uid.ok())
        return uid.error();
    return ReviewAnchor { ReviewAnchor::Kind::Region, uid.value(), {} };
}

Result<ReviewAnchor> ReviewStore::anchorRequest(qint64 caseId, int position)
{
    SqlQuery q(m_library.database(),
        u"SELECT id FROM case_requests WHERE case_id = :case AND position = :pos"_s);
    q.bind(u":case"_s, caseId).bind(u":pos"_s, position);
    if (auto st = q.execFirst(
            Error::input(Text::tr("Case %1 has no request %2.").arg(caseId).arg(position)));
        !st.ok())
        return st.error();
    auto uid = rowUid(u"case_requests"_s, q.value(0).toLongLong());
    if (!uid.ok())
        return uid.error();
    return ReviewAnchor { ReviewAnchor::Kind::Request, uid.value(), {} };
}

Result<ReviewAnchor> ReviewStore::anchorDocument(qint64 documentId)
{
    auto uid = rowUid(u"documents"_s, documentId);
    if (!uid.ok())
        return uid.error();
    return ReviewAnchor { ReviewAnchor::Kind::Document, uid.value(), {} };
}

Status ReviewStore::write(qint64 caseId, const std::function<Status(const QSqlDatabase &)> &work,
    const QString &action, qint64 entityId)
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return st;
    const QSqlDatabase db = m_library.database();
    return inTransaction(
        db,
        [&]() -> Status {
            if (auto done = work(db); !done.ok())
                return done;
            return m_library.audit().append(caseId, action, u"review_comment"_s, entityId, {});
        },
        [&] { emit reviewChanged(caseId); });
}

Result<qint64> ReviewStore::add(
    qint64 caseId, const ReviewAnchor &anchor, const QString &text, const QString &author)
{
    ReviewComment c;
    c.caseId = caseId;
    c.uid = newUid();
    c.anchor = anchor;
    c.text = text.trimmed();
    c.author = author.trimmed().isEmpty() ? currentUser() : author.trimmed();
    c.createdAt = Clock::isoNow();
    c.editedAt = c.createdAt;
    if (c.text.isEmpty())
        return emptyText();
    if (!reviewrows::anchorExists(m_library.database(), caseId, anchor))
        return Error::input(
            Text::tr("Case %1 has nothing this comment could be anchored to.").arg(caseId));
    qint64 id = 0;
    const Status st = write(
        caseId,
        [&](const QSqlDatabase &db) -> Status {
            auto inserted = reviewrows::insert(db, c);
            if (!inserted.ok())
                return inserted.error();
            id = inserted.value();
            return {};
        },
        u"review.add"_s, 0);
    if (!st.ok())
        return st.error();
    return id;
}

Status ReviewStore::put(const ReviewComment &comment)
{
    return write(
        comment.caseId, [&](const QSqlDatabase &db) { return reviewrows::update(db, comment); },
        u"review.change"_s, comment.id);
}

Status ReviewStore::edit(qint64 id, const QString &text)
{
    auto c = comment(id);
    if (!c.ok())
        return c.error();
    if (text.trimmed().isEmpty())
        return emptyText();
    ReviewComment changed = c.value();
    changed.text = text.trimmed();
    changed.editedAt = Clock::isoNow();
    ++changed.revision;
    return write(
        changed.caseId, [&](const QSqlDatabase &db) { return reviewrows::update(db, changed); },
        u"review.edit"_s, id);
}

Status ReviewStore::setResolved(qint64 id, bool resolved, const QString &by)
{
    auto c = comment(id);
    if (!c.ok())
        return c.error();
    ReviewComment changed = c.value();
    if (changed.isResolved() == resolved)
        return {};
    changed.resolvedAt = resolved ? Clock::isoNow() : QString();
    changed.resolvedBy =
        resolved ? (by.trimmed().isEmpty() ? currentUser() : by.trimmed()) : QString();
    ++changed.revision;
    return write(
        changed.caseId, [&](const QSqlDatabase &db) { return reviewrows::update(db, changed); },
        resolved ? u"review.resolve"_s : u"review.reopen"_s, id);
}

Status ReviewStore::remove(qint64 id)
{
    auto c = comment(id);
    if (!c.ok())
        return c.error();
    ReviewComment changed = c.value();
    changed.removedAt = Clock::isoNow();
    return write(
        changed.caseId, [&](const QSqlDatabase &db) { return reviewrows::update(db, changed); },
        u"review.remove"_s, id);
}

Status ReviewStore::restore(qint64 id)
{
    auto c = comment(id);
    if (!c.ok())
        return c.error();
    ReviewComment changed = c.value();
    changed.removedAt.clear();
    return write(
        changed.caseId, [&](const QSqlDatabase &db) { return reviewrows::update(db, changed); },
        u"review.restore"_s, id);
}

Status ReviewStore::settleConflict(qint64 id, bool takeTheirs)
{
    auto c = comment(id);
    if (!c.ok())
        return c.error();
    if (!c->hasConflict())
        return Error::input(Text::tr("Review comment %1 has no conflict to settle.").arg(id));
    const auto theirs = ReviewComment::fromJson(c->conflict);
    ReviewComment changed = c.value();
    changed.conflict = {};
    if (theirs) {
        changed.baseDigest = theirs->digest();
        if (takeTheirs) {
            changed.text = theirs->text;
            changed.editedAt = theirs->editedAt;
            changed.resolvedBy = theirs->resolvedBy;
            changed.resolvedAt = theirs->resolvedAt;
            changed.revision = qMax(changed.revision, theirs->revision) + 1;
        }
    }
    return write(
        changed.caseId, [&](const QSqlDatabase &db) { return reviewrows::update(db, changed); },
        takeTheirs ? u"review.take-theirs"_s : u"review.keep-mine"_s, id);
}

Result<ReviewMerge> ReviewStore::merge(qint64 caseId, const QList<ReviewComment> &incoming)
{
    ReviewMerge report;
    const Status st = write(
        caseId,
        [&](const QSqlDatabase &db) -> Status {
            auto merged = mergeRows(db, caseId, incoming);
            if (!merged.ok())
                return merged.error();
            report = merged.value();
            return {};
        },
        u"review.import"_s, caseId);
    if (!st.ok())
        return st.error();
    return report;
}

void ReviewStore::setDocumentNamer(std::function<QString(const QString &)> namer)
{
    m_documentNamer = std::move(namer);
}

QString ReviewStore::placeKey(ReviewAnchor::Kind kind, const AnchorPlace &place)
{
    switch (kind) {
    case ReviewAnchor::Kind::Element:
        return u"element:%1:%2"_s.arg(place.claimId).arg(place.element);
    case ReviewAnchor::Kind::Region:
        return u"region:%1"_s.arg(place.annotationId);
    case ReviewAnchor::Kind::Request:
        return u"request:%1"_s.arg(place.requestPosition);
    case ReviewAnchor::Kind::Document:
        return u"document:%1"_s.arg(place.documentId);
    }
    return {};
}

QHash<QString, QStringList> ReviewStore::openNotes(qint64 caseId) const
{
    QHash<QString, QStringList> notes;
    const auto list = comments(caseId);
    for (const ReviewComment &c : list.ok() ? list.value() : QList<ReviewComment>()) {
        if (c.isResolved() && !c.hasConflict())
            continue;
        const AnchorPlace p = place(caseId, c.anchor);
        if (p.found)
            notes[placeKey(c.anchor.kind, p)] << c.author + u": "_s + c.text.simplified();
    }
    return notes;
}

} // namespace habeas
