#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

QT_BEGIN_NAMESPACE
class QLocale;
QT_END_NAMESPACE

namespace habeas {

// Case-acceptance fee categories of 《诉讼费用交纳办法》第十三条.
enum class FeeKind {
    Property, // 财产案件, Art. 13(1)
    Personality, // 人格权案件 (incl. personal-information/privacy torts), Art. 13(2)(2)
};

// How the case ends, for 《诉讼费用交纳办法》第十五条: mediation or withdrawal halves the fee.
enum class CaseEnding {
    Judgment,
    Mediation, // 以调解方式结案
    Withdrawal, // 当事人申请撤诉
};
// "judgment", "mediation", "withdrawal".
[[nodiscard]] QString toId(CaseEnding ending);
[[nodiscard]] std::optional<CaseEnding> caseEndingFromId(const QString &id);

// One step of the working, so the UI can show how the fee was reached.
struct FeeBand {
    // The band covers the part of the claim above lowerFen up to and including
    // upperFen (no upper limit when unset).
    qint64 lowerFen = 0;
    std::optional<qint64> upperFen;
    qint64 portionFen = 0; // part of the claim falling in this band
    int rateBasisPoints = 0; // 250 = 2.5 %; 0 for fixed or fee-free bands
    bool isFixed = false; // fixed amount, not proportional (e.g. 50 yuan, 100–500 yuan)
    qint64 minFen = 0; // fee contributed by this band; fixed bands may be a range
    qint64 maxFen = 0;
};

struct CourtFee {
    FeeKind kind = FeeKind::Property;
    qint64 claimFen = 0;
    bool simplified = false; // 简易程序, halved under Art. 16
    CaseEnding ending = CaseEnding::Judgment; // mediation or withdrawal: halved under Art. 15
    qint64 fullMinFen = 0; // before halving
    qint64 fullMaxFen = 0;
    qint64 minFen = 0; // payable; equals fullMinFen unless halved
    qint64 maxFen = 0; // property fees are exact, so min == max
    QList<FeeBand> bands;
};

// Computes the case-acceptance fee in exact integer fen.
// Rounding: each proportional band is rounded half up to the fen once
// (portion x rate), and the Art. 16 halving is rounded half up as well; no
// other rounding happens. A claim of 0 for a personality case means no damages
// are claimed. Claims are clamped to [0, maxAmountFen]; validate input with
// parseYuan() first. Arts. 15 and 16 each halve the fee; a simplified case that is
// also mediated or withdrawn is halved once, not quartered: both articles grant
// the same reduction of the one fee.
[[nodiscard]] CourtFee computeCourtFee(
    qint64 claimFen, FeeKind kind, bool simplified, CaseEnding ending = CaseEnding::Judgment);

// Human-readable working, one translated line per step, amounts formatted
// with the given locale.
[[nodiscard]] QStringList explainCourtFee(const CourtFee &fee, const QLocale &locale);

} // namespace habeas
