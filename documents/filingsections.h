#pragma once

// The filing context's sections, one builder each: buildFilingContext (filingcontext.cpp) reads
// the case and composes these into FilingContext::data, whose keys filingcontext.h lists. Each
// builder is a function of records only, tested on its own in
// tests/documents/tst_filingsections.cpp. User text comes out escaped for the markup (markup.h).

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace habeas {

struct ClaimRecord;
struct DamagesRecord;
struct DamagesTotals;
struct EventRecord;
struct EvidenceRecord;
struct PartyRecord;
struct Pleading;

// --- parties ---
// Whether the client (the plaintiffs, or in a public-interest case the public-interest
// plaintiff) has an entrusted agent of its own: a letter or a power of attorney speaks through
// them, never through the other side's.
bool clientHasOwnAgent(const QList<PartyRecord> &parties, bool publicInterest);
// The number of copies a filing needs: one per defendant, at least one.
int filingCopies(const QList<PartyRecord> &parties);

// --- requests (诉讼请求 other than money) ---
struct RequestTexts {
    QStringList texts;
    // The catalogue's wording still has its fill-ins (〔…〕, 尾号XXXX, 被告甲/乙).
    bool needsWording = false;
};
// The lawyer's own wording when the case has some; the catalogue's for its claims otherwise.
RequestTexts requestTexts(const QStringList &ownRequests, const QList<ClaimRecord> &claims);
// Each request as a list item ending in ；, the last in 。
QVariantList requestItems(const QStringList &texts);

// --- damages ---
// A private case's money requests: one per head claimed, then the joint liability of the
// defendants named on items with two or more of them.
QStringList damagesRequestTexts(const QList<DamagesRecord> &damages, const DamagesTotals &totals,
    const QList<PartyRecord> &parties);
// amount.{present,figures,capitals}: the claimed total.
QVariantMap amountSection(qint64 totalFen);

// --- facts ---
// [{date, text, line, disputed}] the chronology.
QVariantList factsSection(const QList<EventRecord> &events);

// --- reasons ---
// reasons, reasonSections and amounts from the pleading; when it has no reasons and `gapLabel` is
// not empty (the template requires them), a gap naming gapLabel where they would go.
QVariantMap reasonsSection(const Pleading &pleading, const QString &gapLabel = {});

// --- evidence ---
struct EvidenceSection {
    QVariantList rows; // [{index, number, title, source, purpose, pages}]
    QVariantList groups; // [{label (第一组), rows}] as the register groups them
};
// One row per exhibit: its purpose in the lawyer's words, or else the elements it proves
// (`provedBy`); where and how it was obtained; its pages in the bundle.
EvidenceSection evidenceSection(const QList<EvidenceRecord> &evidence,
    const QMap<qint64, QStringList> &provedBy, const QMap<qint64, QString> &exhibitPages);

} // namespace habeas
