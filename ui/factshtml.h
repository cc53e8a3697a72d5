#pragma once

#include "itemmodels/proofmodel.h"
#include "law/claimstore.h"

#include <QString>

namespace habeas {

// The Facts & law panel's two reading panes, as rich text (their strings keep the panel's
// translation context).
// The gap report: elements to prove with no evidence, exhibits cited for nothing, and articles
// not in force at the time of the facts.
// Then claims whose alternative is not chosen, and `warnings` (mental distress without serious
// harm).
QString gapReportHtml(
    const GapReport &gaps, const QList<ClaimRecord> &claims, const QStringList &warnings = {});
// Beside an element: the claim's heading and alternative, an adverse inference, its statement, a
// warning when its law was not in force, the text of its articles, the earlier law the catalogue
// offers, and the catalogue's note on evidence.
QString elementLawHtml(const ProofModel::Row &r);

} // namespace habeas
