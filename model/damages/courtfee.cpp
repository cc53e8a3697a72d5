#include "damages/courtfee.h"

#include "damages/money.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

constexpr qint64 yuan(qint64 amount)
{
    return amount * fenPerYuan;
}

struct RateStep {
    qint64 upperFen; // 0 marks the open-ended top band
    int rateBasisPoints;
};

// Art. 13(1): 50 yuan up to 10,000 yuan, then marginal rates per band.
constexpr qint64 propertyFlatLimit = yuan(10'000);
constexpr qint64 propertyFlatFee = yuan(50);
constexpr RateStep propertySteps[] = {
    { yuan(100'000), 250 },
    { yuan(200'000), 200 },
    { yuan(500'000), 150 },
    { yuan(1'000'000), 100 },
    { yuan(2'000'000), 90 },
    { yuan(5'000'000), 80 },
    { yuan(10'000'000), 70 },
    { yuan(20'000'000), 60 },
    { 0, 50 },
};

// Art. 13(2)(2): 100–500 yuan per case; damages up to 50,000 yuan add nothing.
constexpr qint64 personalityMinFee = yuan(100);
constexpr qint64 personalityMaxFee = yuan(500);
constexpr qint64 personalityFreeLimit = yuan(50'000);
constexpr RateStep personalitySteps[] = {
    { yuan(100'000), 100 },
    { 0, 50 },
};

// portion * rate / 10000, rounded half up; portion <= maxAmountFen keeps it in range.
qint64 applyRate(qint64 portionFen, int rateBasisPoints)
{
    return (portionFen * rateBasisPoints + 5'000) / 10'000;
}

qint64 halveRoundingUp(qint64 fen)
{
    return (fen + 1) / 2;
}

// Appends proportional bands above `from` and returns their total fee.
template<std::size_t N>
qint64 addRateBands(QList<FeeBand> &bands, qint64 claimFen, qint64 from, const RateStep (&steps)[N])
{
    qint64 total = 0;
    qint64 lower = from;
    for (const RateStep &step : steps) {
        if (claimFen <= lower)
            break;
        FeeBand band;
        band.lowerFen = lower;
        if (step.upperFen != 0)
            band.upperFen = step.upperFen;
        const qint64 upper = step.upperFen != 0 ? std::min(claimFen, step.upperFen) : claimFen;
        band.portionFen = upper - lower;
        band.rateBasisPoints = step.rateBasisPoints;
        band.minFen = band.maxFen = applyRate(band.portionFen, step.rateBasisPoints);
        total += band.minFen;
        bands.append(band);
        lower = step.upperFen;
    }
    return total;
}

QString rateText(int basisPoints, const QLocale &locale)
{
    // 250 -> "2.5", 90 -> "0.9", 200 -> "2": rates have at most two decimals.
    QString text = locale.toString(basisPoints / 100);
    const int fraction = basisPoints % 100;
    if (fraction != 0) {
        const bool oneDigit = fraction % 10 == 0;
        text += locale.decimalPoint() % locale.toString(fraction / 10);
        if (!oneDigit)
            text += locale.toString(fraction % 10);
    }
    return text;
}

} // namespace

QString toId(CaseEnding ending)
{
    switch (ending) {
    case CaseEnding::Judgment:
        return u"judgment"_s;
    case CaseEnding::Mediation:
        return u"mediation"_s;
    case CaseEnding::Withdrawal:
        return u"withdrawal"_s;
    }
    return {};
}

std::optional<CaseEnding> caseEndingFromId(const QString &id)
{
    for (CaseEnding e : { CaseEnding::Judgment, CaseEnding::Mediation, CaseEnding::Withdrawal })
        if (toId(e) == id)
            return e;
    return std::nullopt;
}

CourtFee computeCourtFee(qint64 claimFen, FeeKind kind, bool simplified, CaseEnding ending)
{
    CourtFee fee;
    fee.kind = kind;
    fee.claimFen = std::clamp<qint64>(claimFen, 0, maxAmountFen);
    fee.simplified = simplified;
    fee.ending = ending;
    const bool halved = simplified || ending != CaseEnding::Judgment;

    FeeBand fixed;
    fixed.isFixed = true;
    if (kind == FeeKind::Property) {
        fixed.upperFen = propertyFlatLimit;
        fixed.portionFen = std::min(fee.claimFen, propertyFlatLimit);
        fixed.minFen = fixed.maxFen = propertyFlatFee;
        fee.bands.append(fixed);
        const qint64 proportional =
            addRateBands(fee.bands, fee.claimFen, propertyFlatLimit, propertySteps);
        fee.fullMinFen = fee.fullMaxFen = propertyFlatFee + proportional;
    } else {
        // The per-case fee does not depend on the claim, so it has no portion.
        fixed.minFen = personalityMinFee;
        fixed.maxFen = personalityMaxFee;
        fee.bands.append(fixed);
        qint64 proportional = 0;
        if (fee.claimFen > 0) {
            FeeBand freeBand;
            freeBand.upperFen = personalityFreeLimit;
            freeBand.portionFen = std::min(fee.claimFen, personalityFreeLimit);
            fee.bands.append(freeBand);
            proportional =
                addRateBands(fee.bands, fee.claimFen, personalityFreeLimit, personalitySteps);
        }
        fee.fullMinFen = personalityMinFee + proportional;
        fee.fullMaxFen = personalityMaxFee + proportional;
    }

    fee.minFen = halved ? halveRoundingUp(fee.fullMinFen) : fee.fullMinFen;
    fee.maxFen = halved ? halveRoundingUp(fee.fullMaxFen) : fee.fullMaxFen;
    return fee;
}

QStringList explainCourtFee(const CourtFee &fee, const QLocale &locale)
{
    const auto money = [&locale](qint64 fen) {
        return formatYuan(fen, locale);
    };
    const auto range = [&](qint64 minFen, qint64 maxFen) {
        if (minFen == maxFen)
            return money(minFen);
        return QCoreApplication::translate("habeas::CourtFee", "%1 – %2")
            .arg(money(minFen), money(maxFen));
    };

    QStringList lines;
    if (fee.kind == FeeKind::Property) {
        lines << QCoreApplication::translate("habeas::CourtFee",
            "Property case, 《诉讼费用交纳办法》第十三条第（一）项; claim %1 yuan.")
                     .arg(money(fee.claimFen));
    } else {
        lines << QCoreApplication::translate("habeas::CourtFee",
            "Personality-rights case, 《诉讼费用交纳办法》第十三条第（二）项; "
            "damages claimed %1 yuan.")
                     .arg(money(fee.claimFen));
    }

    for (const FeeBand &band : fee.bands) {
        if (band.isFixed && band.upperFen) {
            lines << QCoreApplication::translate(
                "habeas::CourtFee", "Up to %1 yuan: fixed fee %2 yuan.")
                         .arg(money(*band.upperFen), money(band.minFen));
        } else if (band.isFixed) {
            lines << QCoreApplication::translate("habeas::CourtFee", "Per case: %1 yuan.")
                         .arg(range(band.minFen, band.maxFen));
        } else if (band.rateBasisPoints == 0) {
            lines << QCoreApplication::translate(
                "habeas::CourtFee", "Damages up to %1 yuan: no additional fee.")
                         .arg(money(band.upperFen.value_or(0)));
        } else if (band.upperFen) {
            lines << QCoreApplication::translate(
                "habeas::CourtFee", "%1 – %2 yuan: %3 yuan at %4% = %5 yuan.")
                         .arg(money(band.lowerFen), money(*band.upperFen), money(band.portionFen),
                             rateText(band.rateBasisPoints, locale), money(band.minFen));
        } else {
            lines << QCoreApplication::translate(
                "habeas::CourtFee", "Above %1 yuan: %2 yuan at %3% = %4 yuan.")
                         .arg(money(band.lowerFen), money(band.portionFen),
                             rateText(band.rateBasisPoints, locale), money(band.minFen));
        }
    }

    lines << QCoreApplication::translate("habeas::CourtFee", "Fee: %1 yuan.")
                 .arg(range(fee.fullMinFen, fee.fullMaxFen));
    const bool art15 = fee.ending != CaseEnding::Judgment;
    const QString how = fee.ending == CaseEnding::Mediation
        ? QCoreApplication::translate("habeas::CourtFee", "Ended by mediation")
        : QCoreApplication::translate("habeas::CourtFee", "Withdrawn");
    if (fee.simplified && art15) {
        lines << QCoreApplication::translate("habeas::CourtFee",
            "Simplified procedure (《诉讼费用交纳办法》第十六条) and %1 (第十五条): halved once, "
            "%2 yuan.")
                     .arg(how.toLower(), range(fee.minFen, fee.maxFen));
    } else if (fee.simplified) {
        lines << QCoreApplication::translate("habeas::CourtFee",
            "Simplified procedure, halved under 《诉讼费用交纳办法》第十六条: %1 yuan.")
                     .arg(range(fee.minFen, fee.maxFen));
    } else if (art15) {
        lines << QCoreApplication::translate(
            "habeas::CourtFee", "%1, halved under 《诉讼费用交纳办法》第十五条: %2 yuan.")
                     .arg(how, range(fee.minFen, fee.maxFen));
    }
    return lines;
}

} // namespace habeas
