#pragma once

#include "core/result.h"
#include "law/citation.h"
#include "law/claimstore.h"

namespace habeas {

class Library;

// A claim of the library whose theory rests on an article.
struct CitingClaim {
    qint64 claimId = 0;
    qint64 caseId = 0;
    QString caseTitle;
    QString theoryName;
};

// Whether a theory (its own articles or an element's) refers to the article `cited`
// (paragraph and item ignored: a theory citing PIPL 13(1)(ii) cites PIPL 13).
bool theoryRestsOn(const Theory &theory, const Citation &cited, const StatuteLibrary &statutes);

// The live claims in the library whose theory rests on the article.
Result<QList<CitingClaim>> claimsCiting(Library &library, const Citation &cited);

// The catalogue's wording of the requests of these claims, in order, without duplicates and
// without those naming an amount (the damages worksheet supplies the money).
QStringList defaultRequests(const QList<ClaimRecord> &claims);

// Whether a claim goes in contract (the court fee is then a property case's, 《诉讼费用交纳办法》
// 第十三条第（一）项).
bool pleadsContract(const QList<ClaimRecord> &claims);

// The gap report as CSV (UTF-8 with a BOM, so Excel reads the Chinese): one row per gap.
QByteArray gapReportCsv(const GapReport &report, const QList<ClaimRecord> &claims);

} // namespace habeas
