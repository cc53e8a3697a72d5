#include "deadlines/deadlinerules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

const DeadlineRule kRules[] = {
    { DeadlineKind::Answer, "answer", QT_TRANSLATE_NOOP("habeas::DeadlineRule", "Answer (defence)"),
        QT_TRANSLATE_NOOP("habeas::DeadlineRule", "receipt of the copy of the complaint"),
        Period { PeriodUnit::Days, 15 }, "《中华人民共和国民事诉讼法》第一百二十八条",
        CountingRule::Procedural },
    { DeadlineKind::AppealJudgment, "appeal-judgment",
        QT_TRANSLATE_NOOP("habeas::DeadlineRule", "Appeal from a judgment"),
        QT_TRANSLATE_NOOP("habeas::DeadlineRule", "service of the first-instance judgment"),
        Period { PeriodUnit::Days, 15 }, "《中华人民共和国民事诉讼法》第一百七十一条第一款",
        CountingRule::Procedural },
    { DeadlineKind::AppealRuling, "appeal-ruling",
        QT_TRANSLATE_NOOP("habeas::DeadlineRule", "Appeal from a ruling"),
        QT_TRANSLATE_NOOP("habeas::DeadlineRule", "service of the first-instance ruling"),
        Period { PeriodUnit::Days, 10 }, "《中华人民共和国民事诉讼法》第一百七十一条第二款",
        CountingRule::Procedural },
    { DeadlineKind::Evidence, "evidence",
        QT_TRANSLATE_NOOP("habeas::DeadlineRule", "Evidence period"),
        QT_TRANSLATE_NOOP("habeas::DeadlineRule", "the day the court's notice sets"), std::nullopt,
        "《最高人民法院关于民事诉讼证据的若干规定》第五十一条", CountingRule::Procedural },
    { DeadlineKind::Retrial, "retrial",
        QT_TRANSLATE_NOOP("habeas::DeadlineRule", "Application for retrial"),
        QT_TRANSLATE_NOOP("habeas::DeadlineRule", "the judgment or ruling taking legal effect"),
        Period { PeriodUnit::Months, 6 }, "《中华人民共和国民事诉讼法》第二百一十六条",
        CountingRule::Procedural },
    { DeadlineKind::Enforcement, "enforcement",
        QT_TRANSLATE_NOOP("habeas::DeadlineRule", "Application for enforcement"),
        QT_TRANSLATE_NOOP("habeas::DeadlineRule", "the last day of performance the judgment sets"),
        Period { PeriodUnit::Years, 2 }, "《中华人民共和国民事诉讼法》第二百五十条",
        CountingRule::Procedural },
    { DeadlineKind::Limitation, "limitation",
        QT_TRANSLATE_NOOP("habeas::DeadlineRule", "Limitation period"),
        QT_TRANSLATE_NOOP("habeas::DeadlineRule",
            "the day the right holder knew or should have known of the harm and the "
            "obligor"),
        Period { PeriodUnit::Years, 3 }, "《中华人民共和国民法典》第一百八十八条",
        CountingRule::Civil },
    { DeadlineKind::PublicNotice, "public-notice",
        QT_TRANSLATE_NOOP("habeas::DeadlineRule", "Public-interest announcement"),
        QT_TRANSLATE_NOOP("habeas::DeadlineRule", "publication of the announcement"),
        Period { PeriodUnit::Days, 30 },
        "《最高人民法院、最高人民检察院关于检察公益诉讼案件适用法律若干问题的解释》第十三条",
        CountingRule::Procedural },
    { DeadlineKind::RightsRequest, "rights-request",
        QT_TRANSLATE_NOOP("habeas::DeadlineRule", "Response to a rights request"),
        QT_TRANSLATE_NOOP(
            "habeas::DeadlineRule", "receipt of the letter (the period the letter set)"),
        std::nullopt, "《中华人民共和国个人信息保护法》第五十条", CountingRule::Civil },
    { DeadlineKind::Custom, "custom", QT_TRANSLATE_NOOP("habeas::DeadlineRule", "Other deadline"),
        QT_TRANSLATE_NOOP("habeas::DeadlineRule", "the date you give"), std::nullopt, "",
        CountingRule::Civil },
};

} // namespace

QList<DeadlineKind> allDeadlineKinds()
{
    QList<DeadlineKind> kinds;
    for (const DeadlineRule &r : kRules)
        kinds << r.kind;
    return kinds;
}

const DeadlineRule &deadlineRule(DeadlineKind kind)
{
    for (const DeadlineRule &r : kRules)
        if (r.kind == kind)
            return r;
    return kRules[std::size(kRules) - 1];
}

QString toId(DeadlineKind kind)
{
    return QString::fromLatin1(deadlineRule(kind).id);
}

std::optional<DeadlineKind> deadlineKindFromId(const QString &id)
{
    for (const DeadlineRule &r : kRules)
        if (id == QLatin1String(r.id))
            return r.kind;
    return std::nullopt;
}

QString displayName(DeadlineKind kind)
{
    return QCoreApplication::translate("habeas::DeadlineRule", deadlineRule(kind).name);
}

QString startsFromText(DeadlineKind kind)
{
    return QCoreApplication::translate("habeas::DeadlineRule", deadlineRule(kind).startsFrom);
}

QString basisText(DeadlineKind kind)
{
    return QString::fromUtf8(deadlineRule(kind).basis);
}

QString countingBasisText(DeadlineKind kind)
{
    return deadlineRule(kind).counting == CountingRule::Procedural
        ? u"《中华人民共和国民事诉讼法》第八十五条"_s
        : u"《中华人民共和国民法典》第二百零一条至第二百零三条"_s;
}

} // namespace habeas
