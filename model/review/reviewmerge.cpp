// ReviewStore's merge of another copy's comments, and where an anchor is in this library.

#include "evidence/annotationstore.h"
#include "law/claimstore.h"
#include "review/reviewrows.h"
#include "review/reviewstore.h"
#include "storage/library.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

enum class Outcome { Unchanged, Kept, Taken, Conflict };

// The three-way rule. Each side's base is the version it last received from the other.
// Both the same: nothing to do. Ours is what they started from (their base), or we have not
// changed it since we last heard from them (our base): theirs is newer, take it. They have not
// changed it since they last heard from us (theirs is their base), or they send what we last
// received: ours is newer, keep it. Otherwise both changed it: a conflict, both kept.
Outcome decide(const ReviewComment &mine, const ReviewComment &theirs)
{
    const QString dMine = mine.digest();
    const QString dTheirs = theirs.digest();
    if (dMine == dTheirs)
        return Outcome::Unchanged;
    // What they started from comes first: a version can come back to an older text (reopened
    // after being resolved), and our base may hold that older text.
    if (dMine == theirs.baseDigest)
        return Outcome::Taken;
    if (dTheirs == theirs.baseDigest)
        return Outcome::Kept;
    if (dMine == mine.baseDigest)
        return Outcome::Taken;
    if (dTheirs == mine.baseDigest)
        return Outcome::Kept;
    return Outcome::Conflict;
}

void take(ReviewComment &mine, const ReviewComment &theirs)
{
    mine.text = theirs.text;
    mine.author = theirs.author;
    mine.editedAt = theirs.editedAt;
    mine.resolvedBy = theirs.resolvedBy;
    mine.resolvedAt = theirs.resolvedAt;
    mine.revision = qMax(mine.revision + 1, theirs.revision);
    mine.conflict = {};
}

Status mergeOne(
    const QSqlDatabase &db, qint64 caseId, const ReviewComment &theirs, ReviewMerge &report)
{
    auto found = reviewrows::select(db, u"case_id = :case AND uid = :uid"_s, caseId, 0, theirs.uid);
    if (!found.ok())
        return found.error();
    if (found->isEmpty()) {
        ReviewComment added = theirs;
        added.caseId = caseId;
        added.baseDigest = theirs.digest();
        added.conflict = {};
        added.removedAt.clear();
        ++report.added;
        if (!reviewrows::anchorExists(db, caseId, added.anchor))
            ++report.unanchored;
        auto inserted = reviewrows::insert(db, added);
        return inserted.ok() ? Status() : Status(inserted.error());
    }
    ReviewComment mine = found->first();
    if (mine.isRemoved()) {
        ++report.skippedRemoved;
        return {};
    }
    switch (decide(mine, theirs)) {
    case Outcome::Unchanged:
        ++report.unchanged;
        mine.conflict = {};
        break;
    case Outcome::Kept:
        ++report.kept;
        break;
    case Outcome::Taken:
        ++report.updated;
        take(mine, theirs);
        break;
    case Outcome::Conflict:
        ++report.conflicts;
        mine.conflict = theirs.toJson();
        return reviewrows::update(db, mine); // the base stays: nothing was agreed
    }
    mine.baseDigest = theirs.digest();
    return reviewrows::update(db, mine);
}
} // namespace

Result<ReviewMerge> ReviewStore::mergeRows(
    const QSqlDatabase &db, qint64 caseId, const QList<ReviewComment> &incoming)
{
    ReviewMerge report;
    for (const ReviewComment &theirs : incoming)
        if (auto st = mergeOne(db, caseId, theirs, report); !st.ok())
            return st.error();
    return report;
}

namespace {
QString elided(const QString &text, int length)
{
    const QString flat = text.simplified();
    return flat.size() <= length ? flat : flat.left(length) + u'…';
}

// "2" of "refusal-of-service.2".
QString elementNumber(const QString &id)
{
    return id.mid(id.lastIndexOf(u'.') + 1);
}
} // namespace

AnchorPlace ReviewStore::place(qint64 caseId, const ReviewAnchor &anchor) const
{
    using K = ReviewAnchor::Kind;
    AnchorPlace p;
    const QSqlDatabase db = m_library.database();
    static const QHash<K, QString> sql {
        { K::Element,
            u"SELECT id FROM claims WHERE case_id = :case AND uid = :uid "
            "AND trashed_at IS NULL"_s },
        { K::Region,
            u"SELECT a.id, a.evidence_id, a.page FROM evidence_annotations a JOIN "
            "evidence_items e ON e.id = a.evidence_id WHERE e.case_id = :case AND "
            "a.uid = :uid AND a.trashed_at IS NULL"_s },
        { K::Request,
            u"SELECT position, text FROM case_requests WHERE case_id = :case AND "
            "uid = :uid"_s },
        { K::Document,
            u"SELECT id, template FROM documents WHERE case_id = :case AND "
            "uid = :uid"_s },
    };
    SqlQuery q(db, sql.value(anchor.kind));
    q.bind(u":case"_s, caseId).bind(u":uid"_s, anchor.uid);
    if (q.exec().ok() && q.next()) {
        switch (anchor.kind) {
        case K::Element: {
            p.claimId = q.value(0).toLongLong();
            const auto claim = m_library.claims().claim(p.claimId);
            for (const ClaimElement &e : claim.ok() ? claim->elements : QList<ClaimElement>())
                if (e.id == anchor.element) {
                    p.found = true;
                    p.element = e.id;
                    p.label = tr("Element %1: %2").arg(elementNumber(e.id), elided(e.textZh, 30));
                }
            break;
        }
        case K::Region:
            p.annotationId = q.value(0).toLongLong();
            p.evidenceId = q.value(1).toLongLong();
            p.page = q.value(2).toInt();
            p.found = true;
            if (const auto cited = m_library.annotations().citation(p.annotationId); cited.ok())
                p.label = cited.value();
            break;
        case K::Request:
            p.requestPosition = q.value(0).toInt();
            p.found = true;
            p.label =
                tr("Request %1: %2").arg(p.requestPosition).arg(elided(q.value(1).toString(), 24));
            break;
        case K::Document: {
            p.documentId = q.value(0).toLongLong();
            const QString templateId = q.value(1).toString();
            p.found = true;
            p.label =
                tr("Document: %1").arg(m_documentNamer ? m_documentNamer(templateId) : templateId);
            break;
        }
        }
    }
    if (!p.found)
        p.label = tr("(not in this case: %1)").arg(toId(anchor.kind));
    return p;
}

} // namespace habeas
