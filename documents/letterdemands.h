#pragma once

#include "cases/requeststore.h"
#include "damages/damagescalc.h"

#include <QList>
#include <QMap>
#include <QStringList>
#include <QVariantList>

namespace habeas {

// What a 律师函 demands on the client's behalf (docs/filings.md §8): each 诉讼请求's demand in
// the lawyer's own words (RequestStore::setDemand), then the amounts claimed, worded for a
// letter from the damages heads themselves. A request without its demand is named in
// `missing`; nothing is derived by rewriting the complaint's words.
struct LetterDemands {
    QVariantList items; // [{text}], each ending in ；, the last in 。
    QStringList missing;
};

LetterDemands letterDemands(
    const QList<CaseRequest> &requests, const QMap<DamagesHead, qint64> &claimedPerHead);

} // namespace habeas
