#pragma once

#include "docmodel.h"
#include "law/claimstore.h"

namespace habeas {

// The gap report a lawyer reads before drafting, as a printable document: every element the
// plaintiff must prove with no evidence cited, and every exhibit that proves nothing.
doc::Document gapReportDocument(const QString &caseTitle, const GapReport &report,
    const QList<ClaimRecord> &claims, const QString &date);

} // namespace habeas
