#pragma once

#include "bundle/bundleformat.h"
#include "review/reviewcomment.h"

#include <QSqlDatabase>

namespace habeas {
class Library;
}

namespace habeas::bundle {

// review.json: the case's review comments (removed ones stay home), each anchored by the
// stable identity of its claim, region, request or document — which case.json carries with
// the row — so the comments find their rows in any library the case reaches.
//   { "format": "habeas-review", "version": 1, "bundleId": …, "comments": [ … ] }
QByteArray reviewToJson(const QString &bundleId, const QList<ReviewComment> &comments);
// Checks the shape of every comment; refuses a newer version.
Outcome<QList<ReviewComment>> reviewFromJson(const QByteArray &bytes);

// Before an export: gives the case's anchorable rows their stable identities and returns the
// comments to carry.
Outcome<QList<ReviewComment>> prepareReview(Library &library, qint64 caseId);

} // namespace habeas::bundle
