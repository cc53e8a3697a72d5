#include "bundle/teachingreviews.h"

#include "bundle/bundletext.h"
#include "core/clock.h"
#include "evidence/annotationstore.h"
#include "evidence/evidencestore.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace habeas::bundle {

Outcome<QString> redactionFingerprint(Library &library, qint64 evidenceId)
{
    const auto regions = library.annotations().annotations(evidenceId);
    if (!regions.ok())
        return Failure::other(regions.error());
    QStringList lines;
    for (const Annotation &a : regions.value())
        if (a.kind == Annotation::Kind::Redaction && !a.isTrashed())
            lines << u"%1 %2 %3 %4 %5"_s.arg(a.page)
                         .arg(a.rect.x(), 0, 'f', 6)
                         .arg(a.rect.y(), 0, 'f', 6)
                         .arg(a.rect.width(), 0, 'f', 6)
                         .arg(a.rect.height(), 0, 'f', 6);
    std::sort(lines.begin(), lines.end());
    return QString::fromLatin1(
        QCryptographicHash::hash(lines.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex());
}

Outcome<QList<ExhibitReview>> teachingReviews(Library &library, qint64 caseId)
{
    const auto items = library.evidence().items(caseId);
    if (!items.ok())
        return Failure::other(items.error());
    QList<ExhibitReview> reviews;
    for (const EvidenceRecord &r : items.value()) {
        if (r.isTrashed())
            continue;
        ExhibitReview review { r.id, r.exhibitNumber(), r.title, false, false };
        SqlQuery q(library.database(),
            u"SELECT sha256, regions FROM teaching_reviews WHERE evidence_id = :id"_s);
        q.bind(u":id"_s, r.id);
        if (auto st = q.exec(); !st.ok())
            return Failure::other(st.error());
        if (q.next()) {
            auto fingerprint = redactionFingerprint(library, r.id);
            if (!fingerprint.ok())
                return fingerprint.failure();
            const bool same =
                q.value(0).toString() == r.sha256 && q.value(1).toString() == fingerprint.value();
            review.reviewed = same;
            review.changed = !same;
        }
        reviews.append(review);
    }
    return reviews;
}

Done recordTeachingReviews(Library &library, qint64 caseId, const QList<qint64> &evidenceIds)
{
    if (auto st = library.checkWritable(); !st.ok())
        return Failure::other(st.error());
    struct Row {
        qint64 id;
        QString sha256;
        QString regions;
        QString exhibit;
    };
    QList<Row> rows;
    for (const qint64 id : evidenceIds) {
        const auto item = library.evidence().item(id);
        if (!item.ok() || item->caseId != caseId || item->isTrashed())
            return Failure::input(Text::tr("Case %1 has no exhibit %2.").arg(caseId).arg(id));
        auto fingerprint = redactionFingerprint(library, id);
        if (!fingerprint.ok())
            return fingerprint.failure();
        rows.append({ id, item->sha256, fingerprint.value(), item->exhibitNumber() });
    }
    const QSqlDatabase db = library.database();
    const Status st = inTransaction(db, [&]() -> Status {
        QJsonArray exhibits;
        for (const Row &row : rows) {
            SqlQuery q(db,
                u"INSERT INTO teaching_reviews (evidence_id, sha256, regions, reviewed_at) "
                "VALUES (:id, :sha, :regions, :at) ON CONFLICT (evidence_id) DO UPDATE SET "
                "sha256 = excluded.sha256, regions = excluded.regions, "
                "reviewed_at = excluded.reviewed_at"_s);
            q.bind(u":id"_s, row.id)
                .bind(u":sha"_s, row.sha256)
                .bind(u":regions"_s, row.regions)
                .bind(u":at"_s, Clock::isoNow());
            if (auto s = q.exec(); !s.ok())
                return s;
            exhibits.append(row.exhibit);
        }
        return library.audit().append(caseId, u"evidence.teaching-review"_s, u"evidence"_s, 0,
            QJsonObject { { u"exhibits"_s, exhibits } });
    });
    if (!st.ok())
        return Failure::other(st.error());
    return done();
}

} // namespace habeas::bundle
