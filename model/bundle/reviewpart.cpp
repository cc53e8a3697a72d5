#include "bundle/reviewpart.h"

#include "bundle/bundletext.h"
#include "review/reviewstore.h"
#include "storage/library.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace habeas::bundle {

namespace {
constexpr char kReviewFormat[] = "habeas-review";
} // namespace

QByteArray reviewToJson(const QString &bundleId, const QList<ReviewComment> &comments)
{
    QJsonArray list;
    for (const ReviewComment &c : comments)
        if (!c.isRemoved())
            list.append(c.toJson());
    return QJsonDocument(QJsonObject {
                             { u"format"_s, QString::fromLatin1(kReviewFormat) },
                             { u"version"_s, kReviewVersion },
                             { u"bundleId"_s, bundleId },
                             { u"comments"_s, list },
                         })
        .toJson(QJsonDocument::Indented);
}

Outcome<QList<ReviewComment>> reviewFromJson(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    const QJsonObject o = doc.object();
    if (!doc.isObject() || o.value(u"format"_s).toString() != QLatin1String(kReviewFormat)
        || !o.value(u"comments"_s).isArray())
        return Failure::integrity(Text::tr("review.json is not a list of Habeas review comments."));
    if (o.value(u"version"_s).toInt(0) > kReviewVersion)
        return Failure::input(
            Text::tr("The bundle's review comments were written by a newer Habeas "
                     "(review format %1; this Habeas reads format %2). Update Habeas "
                     "to open it.")
                .arg(o.value(u"version"_s).toInt())
                .arg(kReviewVersion));
    QList<ReviewComment> comments;
    QSet<QString> seen;
    const QJsonArray list = o.value(u"comments"_s).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const auto c = ReviewComment::fromJson(list.at(i).toObject());
        if (!c || seen.contains(c->uid))
            return Failure::integrity(
                Text::tr("review.json: comment %1 is malformed or given twice.").arg(i + 1));
        seen.insert(c->uid);
        comments << *c;
    }
    return comments;
}

Outcome<QList<ReviewComment>> prepareReview(Library &library, qint64 caseId)
{
    if (!library.isReadOnly()) {
        const QSqlDatabase db = library.database();
        if (auto st = inTransaction(db, [&] { return ReviewStore::ensureUids(db, caseId); });
            !st.ok())
            return Failure::other(st.error());
    }
    auto comments = library.review().comments(caseId);
    if (!comments.ok())
        return Failure::other(comments.error());
    return comments.value();
}

} // namespace habeas::bundle
