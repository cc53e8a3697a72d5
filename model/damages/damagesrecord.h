#pragma once

#include "damages/damagescalc.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace habeas {

struct PartyRecord;
struct FieldProblem;

// What kind of expense a rights-protection cost is (the ledger's column).
enum class ExpenseKind {
    Lawyer,
    Notary,
    Timestamp,
    Preservation,
    Investigation,
    Travel,
    Printing,
    Other
};
QString toId(ExpenseKind k);
std::optional<ExpenseKind> expenseKindFromId(const QString &id);
QString displayName(ExpenseKind k);
QList<ExpenseKind> allExpenseKinds();

// Where money claimed in the public interest goes (the 诉讼请求 says so item by item).
enum class Recipient { Unset, Treasury, Fund, Organisation };
QString toId(Recipient r);
std::optional<Recipient> recipientFromId(const QString &id);
QString displayName(Recipient r);
QList<Recipient> allRecipients();

// The factors of the SPC interpretation on mental-distress damages (2020), Art. 5.
struct DistressFactor {
    const char16_t *id;
    const char16_t *text; // the item's text, verbatim
};
const QList<DistressFactor> &distressFactors();

// A stated coefficient of a per-record amount: "敏感个人信息 × 10".
struct LabelledCoefficient {
    QString label;
    QString factor; // exact decimal text, e.g. "1.5"
    bool operator==(const LabelledCoefficient &) const = default;
};

// The scenarios every case starts with; users may add their own names.
namespace scenario {
inline const QString kClaimed = QStringLiteral("claimed");
inline const QString kExpected = QStringLiteral("expected");
inline const QString kConservative = QStringLiteral("conservative");
QString displayName(const QString &name);
} // namespace scenario

// One priced item of one scenario.
struct DamagesRecord {
    qint64 id = 0;
    qint64 caseId = 0;
    DamagesHead head = DamagesHead::PropertyLoss;
    QString scenario = scenario::kClaimed;
    int position = 0;
    qint64 amountFen = 0; // for per-record items: derived from the assumptions below
    QString description;
    QString basis; // the citation in court form
    QString note;
    // per-record
    qint64 records = 0;
    qint64 perRecordFen = 0;
    QList<LabelledCoefficient> coefficients;
    // mental distress
    QStringList factors;
    // The serious harm the claim rests on (CC 1183(1)), in the lawyer's words: its consequences
    // for the plaintiff, say a diagnosis or the harassment that followed a leak. Empty: none
    // recorded, and the claim is warned about.
    QString seriousHarm;
    // rights-protection costs: the ledger entry
    std::optional<ExpenseKind> expenseKind;
    QDate paidOn;
    QString payee;
    QString receipt;
    QList<qint64> defendantIds;
    // Public interest: where the money goes, and the fund's or organisation's name.
    Recipient recipient = Recipient::Unset;
    QString recipientName;
    // Per-record: where the record count comes from in the case's register (registerbasis.h);
    // empty when the count was typed.
    QString registerBasis;
    qint64 evidenceId = 0; // the exhibit proving it: a receipt, for a cost
    QString trashedAt;
    qint64 rowVersion = 0; // the version read (storage/rowversion.h); 0: not read, not checked
    QString updatedBy; // the last writer on a server

    bool isTrashed() const { return !trashedAt.isEmpty(); }
    bool sameContent(const DamagesRecord &o) const;
    DamagesItem toCalcItem() const;
    bool operator==(const DamagesRecord &) const = default;
};

// One warning per mental-distress item of the scenario with no serious harm recorded
// (CC 1183(1) awards it only for serious harm), naming the item. Translated.
QStringList distressWarnings(const QList<DamagesRecord> &items, const QString &scenario);

// The legal basis a head usually rests on, in the form courts use.
QString defaultBasis(DamagesHead head);

// Checks an item before it is stored. parties: the case's parties (defendants are checked
// against them). Computes a per-record item's amount into `record`.
QList<FieldProblem> validateDamages(DamagesRecord &record, const QList<PartyRecord> &parties);

} // namespace habeas
