#pragma once

#include "core/result.h"
#include "register/registerstats.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace habeas {

class Library;
struct DamagesRecord;
struct DamagesTotals;
struct EventRecord;
struct FilingContext;
struct FilingOptions;
struct TemplateInfo;
struct ConductPeriod;

// The figures of the case's register of affected persons: FilingOptions::registerStats when
// given (tests, previews), else the register's store (RegisterStore::stats); nullopt when the
// case has no register.
std::optional<RegisterStats> registerStatsFor(
    Library &library, qint64 caseId, const FilingOptions &options);

// The law a public-interest filing cites, by the date of the conduct (LEGAL-BRIEF §7): conduct
// reaching 2021-11-01 or later under PIPL 70; before, the Civil Code (from 2021-01-01) or the
// Cybersecurity Law (from 2017-06-01), the Consumer Rights Law (29; 47 for who may sue) and
// CPL 58(2). References as the bundled statutes read them ("PIPL 70").
struct PublicInterestLaw {
    QStringList references; // quoted in the 起诉书, substantive first
    QStringList procedural; // the announcement (PPI 13), a criminal-incidental suit (PPI 20)
    bool pipl = true;
    bool known = false; // false: no dated facts, the law could not be placed in time
};
PublicInterestLaw publicInterestLaw(const ConductPeriod &conduct, bool criminalIncidental);

// Per-record items counted from the register take its counts, and the totals follow; the
// items the register cannot count are added to `missing`.
void applyRegister(QList<DamagesRecord> &items, DamagesTotals &totals,
    const std::optional<RegisterStats> &stats, QStringList &missing);

// Adds `pi` (see filingcontext.h) for a public-interest case and what it lacks to
// ctx.documentMissing. `items`: the claimed damages, register counts applied.
Status insertPublicInterestData(Library &library, FilingContext &ctx, const TemplateInfo &info,
    const QList<DamagesRecord> &items, const QList<EventRecord> &events,
    const std::optional<RegisterStats> &stats);

} // namespace habeas
