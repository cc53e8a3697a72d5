#pragma once

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
    // [{heading, name, points:[{text}], law, basis}], every section's in order.
    QVariantList reasons;
    // What a non-draft filing lacks, named for the lawyer: elements pleaded without a
    // statement, elements with no law in force at the time of their facts.
    QStringList missing;
    // Exhibit id → the statements of the elements it is cited for (证明目的).
    QMap<qint64, QStringList> provedBy;
};

// User text in the result is escaped for the markup; a missing piece is a gap marker in place.
[[nodiscard]] Pleading buildPleading(const QList<ClaimRecord> &claims);

} // namespace habeas
