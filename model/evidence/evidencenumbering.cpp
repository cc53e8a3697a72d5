// EvidenceStore: how exhibits are numbered (证据1-1, 1-2, 2-1 …) — the next supplementary list,
// and moving an exhibit within or between groups, renumbering both.
#include "evidence/evidencestore.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace habeas {

Result<EvidenceStore::Supplement> EvidenceStore::nextSupplement(qint64 caseId) const
{
    SqlQuery q(m_library.database(),
        u"SELECT coalesce(max(batch), 0), coalesce(max(group_no), 0) FROM evidence_items WHERE "
        "case_id = :case AND trashed_at IS NULL"_s);
    q.bind(u":case"_s, caseId);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    if (!q.next() || q.value(0).toInt() == 0)
        return Supplement {}; // nothing listed yet: this is the first list
    return Supplement { q.value(0).toInt() + 1, q.value(1).toInt() + 1 };
}

// A supplementary list continues the numbering: no group of an earlier list.
Status EvidenceStore::checkSupplementGroup(qint64 caseId, const EvidenceRecord &meta) const
{
    if (meta.batch <= 1)
        return {};
    SqlQuery earlier(m_library.database(),
        u"SELECT coalesce(max(group_no), 0) FROM evidence_items WHERE case_id = :case AND "
        "batch < :batch AND trashed_at IS NULL"_s);
    earlier.bind(u":case"_s, caseId).bind(u":batch"_s, meta.batch);
    if (auto st = earlier.exec(); !st.ok())
        return st;
    const int lastGroup = earlier.next() ? earlier.value(0).toInt() : 0;
    if (meta.group <= lastGroup)
        return Error::input(QCoreApplication::translate("habeas::Evidence",
            "Supplementary list %1 continues after the earlier lists: its groups start at %2.")
                                .arg(meta.batch)
                                .arg(lastGroup + 1));
    return {};
}

Result<int> EvidenceStore::nextSeq(qint64 caseId, int group) const
{
    SqlQuery next(m_library.database(),
        u"SELECT coalesce(max(seq), 0) + 1 FROM evidence_items WHERE case_id = :case "
        "AND group_no = :group AND trashed_at IS NULL"_s);
    next.bind(u":case"_s, caseId).bind(u":group"_s, group);
    if (auto e = next.exec(); !e.ok())
        return e.error();
    return next.next() ? next.value(0).toInt() : 1;
}

namespace {

// The live exhibits of one group, in their order.
Result<QList<qint64>> groupMembers(const QSqlDatabase &db, qint64 caseId, int group)
{
    SqlQuery q(db,
        u"SELECT id FROM evidence_items WHERE case_id = :case AND group_no = :group "
        "AND trashed_at IS NULL ORDER BY seq, id"_s);
    q.bind(u":case"_s, caseId).bind(u":group"_s, group);
    return q.ids();
}

Status renumber(const QSqlDatabase &db, int group, const QList<qint64> &ids)
{
    for (qsizetype i = 0; i < ids.size(); ++i) {
        SqlQuery q(db, u"UPDATE evidence_items SET group_no = :group, seq = :seq WHERE id = :id"_s);
        q.bind(u":group"_s, group).bind(u":seq"_s, static_cast<int>(i + 1)).bind(u":id"_s, ids[i]);
        if (auto st = q.exec(); !st.ok())
            return st;
    }
    return {};
}

} // namespace

Status EvidenceStore::moveItem(qint64 id, int position, int group)
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return st;
    const auto before = item(id);
    if (!before.ok())
        return before.error();
    if (before->isTrashed())
        return Error::input(QCoreApplication::translate(
            "habeas::Evidence", "Exhibit %1 is removed; restore it first.")
                                .arg(before->exhibitNumber()));
    if (group < 0 || position < 1)
        return Error::input(QCoreApplication::translate(
            "habeas::Evidence", "A position and a group are numbers from 1."));
    const int target = group == 0 ? before->group : group;
    const QSqlDatabase db = m_library.database();
    QString after;
    const Status st = inTransaction(db, [&]() -> Status {
        auto joined = groupMembers(db, before->caseId, target);
        if (!joined.ok())
            return joined.error();
        QList<qint64> ids = joined.value();
        ids.removeAll(id);
        const qsizetype at = std::min<qsizetype>(position - 1, ids.size());
        ids.insert(at, id);
        if (target != before->group) {
            auto left = groupMembers(db, before->caseId, before->group);
            if (!left.ok())
                return left.error();
            QList<qint64> rest = left.value();
            rest.removeAll(id);
            if (auto e = renumber(db, before->group, rest); !e.ok())
                return e;
        }
        if (auto e = renumber(db, target, ids); !e.ok())
            return e;
        after = u"证据%1-%2"_s.arg(target).arg(at + 1);
        return m_library.audit().append(before->caseId, u"evidence.move"_s, u"evidence"_s, id,
            { { u"from"_s, before->exhibitNumber() }, { u"to"_s, after } });
    });
    if (st.ok())
        notifyChanged(before->caseId);
    return st;
}

} // namespace habeas
