#pragma once

#include "damages/damagesrecord.h"
#include "law/claimstore.h"

#include <QMap>
#include <QStringList>
#include <QVariantList>

namespace habeas {

// 事实和理由 from the claims, as a court reads it: the lawyer's statements (never the
// catalogue's notes to the lawyer), the law in force at the time of the facts, and nothing the
// defendant bears pleaded as the plaintiff's case. Filings are Chinese: nothing is translated.
struct Pleading {
    // [{heading, reasons}]: personal information and privacy each under a heading of its own.
    QVariantList sections;
    // [{heading, name, points:[{text}], law, liability, basis}], every section's in order.
    // heading is the claim's sentence (ClaimStore::setHeading, else the theory's); liability the
    // duty breached and the rule imposing liability in force at the time (PIPL 69(1), CC 1165,
    // CC 577), basis their citations.
    QVariantList reasons;
    // {heading, points:[{text}]}: each amount claimed with its basis (PIPL 69(2), CC 1182,
    // 1183, MDI 5, NPR 12; CC 584 in contract); empty when nothing is claimed.
    QVariantMap amounts;
    // What the amounts section lacks (a template without it does not need them).
    QStringList amountsMissing;
    // What a non-draft filing lacks, named for the lawyer: elements pleaded without a
    // statement, elements with no law in force at the time of their facts.
    QStringList missing;
    // Exhibit id → the statements of the elements it is cited for (证明目的).
    QMap<qint64, QStringList> provedBy;
};

// User text in the result is escaped for the markup; a missing piece is a gap marker in place.
// claimed: the damages items of the claimed scenario.
[[nodiscard]] Pleading buildPleading(
    const QList<ClaimRecord> &claims, const QList<DamagesRecord> &claimed = {});

// The court-form citations of a rule in force during the conduct: its own articles that apply,
// else the earlier law that does.
[[nodiscard]] QStringList citationsInForce(const LawRule &rule, const ConductPeriod &conduct);

// The closing paragraphs on the money (pleadingamounts.cpp): one per head claimed, with its basis
// in force at the time of the conduct; missing gets what the lawyer must still record (the
// serious harm of a mental-distress claim).
[[nodiscard]] QVariantList amountReasons(
    const QList<ClaimRecord> &claims, const QList<DamagesRecord> &claimed, QStringList &missing);

} // namespace habeas
