#pragma once

#include "argparser.h"
#include "cases/casetypes.h"
#include "clicontext.h"
#include "core/result.h"

#include <QJsonObject>

namespace habeas {
class Library;
struct DamagesTotals;
} // namespace habeas

namespace habeas::cli {

// The prosecutors --prosecutor NAME[:TITLE] gives; nullopt when the option is not set. An
// input error for a prosecutor on a case that is not a public-interest one.
Status checkProsecutorOption(const ArgParser &parser, const CaseRecord &record);
// Writes the prosecutors given to the case (after it is stored).
Status applyProsecutorOption(const ArgParser &parser, Library &library, qint64 caseId);

// A public-interest case's own parts for `case show`: the 文号, prosecutors, announcement (with
// its computed end) and criminal fines; as JSON under "publicInterest".
void printPublicInterest(const CliContext &ctx, Library &library, const CaseRecord &c);
QJsonObject publicInterestJson(Library &library, const CaseRecord &c);

// case announce CASE …
int caseAnnounce(CliContext &ctx, const QStringList &args);
// damages fine CASE --defendant PARTY (--amount A [--judgment TEXT] | --clear)
int damagesFine(CliContext &ctx, const QStringList &args);
// `damages total` of a public-interest case: no court fee; per defendant and per payee.
int printPublicInterestTotals(CliContext &ctx, Library &library, qint64 caseId,
    const QString &scenarioName, const DamagesTotals &totals);

} // namespace habeas::cli
