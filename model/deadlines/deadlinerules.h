#pragma once

#include "deadlines/period.h"

#include <QList>
#include <QString>

#include <optional>

namespace habeas {

// The kinds of deadline Habeas knows, each with the period the law sets (or none, when the court,
// the letter or the user sets it) and the article that sets it.
enum class DeadlineKind {
    Answer, // 答辩期: 15 days from receipt of the complaint (CPL 128)
    AppealJudgment, // 15 days from service of a first-instance judgment (CPL 171(1))
    AppealRuling, // 10 days from service of a first-instance ruling (CPL 171(2))
    Evidence, // the period the court sets for evidence (SPC Evidence Provisions 51)
    Retrial, // 6 months from the judgment or ruling taking effect (CPL 216)
    Enforcement, // 2 years to apply for enforcement (CPL 250)
    Limitation, // 3 years from when the right holder knew (Civil Code 188), 20 years at most
    PublicNotice, // the procuratorate's 30-day announcement before suing (SPC/SPP PIL 13)
    RightsRequest, // the period a PIPL rights-request letter set (no statute sets one)
    Custom,
};

enum class CountingRule {
    Procedural, // CPL 85
    Civil, // Civil Code 201–203
};

struct DeadlineRule {
    DeadlineKind kind;
    const char *id; // stored and typed on the command line
    const char *name; // English source of the display name (translated)
    const char *startsFrom; // what starts the period (translated)
    std::optional<Period> period; // nullopt: the court, the letter or the user sets it
    const char *basis; // the article in court form, UTF-8; empty for a custom deadline
    CountingRule counting;
};

QList<DeadlineKind> allDeadlineKinds();
const DeadlineRule &deadlineRule(DeadlineKind kind);
QString toId(DeadlineKind kind);
std::optional<DeadlineKind> deadlineKindFromId(const QString &id);
QString displayName(DeadlineKind kind);
QString startsFromText(DeadlineKind kind);
QString basisText(DeadlineKind kind); // court form, or empty
// The article on counting: 《中华人民共和国民事诉讼法》第八十五条 or the Civil Code's 201–203.
QString countingBasisText(DeadlineKind kind);

// The limitation period's long stop: 20 years from the infringement (Civil Code 188(2)).
constexpr int kLimitationLongStopYears = 20;

} // namespace habeas
