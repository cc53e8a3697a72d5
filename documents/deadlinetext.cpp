#include "deadlinetext.h"

#include "deadlines/deadlinestore.h"
#include "law/chinesenumerals.h"
#include "partyparticulars.h"
#include "storage/library.h"

using namespace Qt::StringLiterals;

namespace habeas {

QString chinesePeriod(const Period &period)
{
    const QString n = toChineseNumeral(period.amount);
    switch (period.unit) {
    case PeriodUnit::Days:
        return n + u"日"_s;
    case PeriodUnit::WorkingDays:
        return n + u"个工作日"_s;
    case PeriodUnit::Months:
        return n + u"个月"_s;
    case PeriodUnit::Years:
        return n + u"年"_s;
    }
    return {};
}

QVariantMap deadlineContext(Library &library, qint64 caseId)
{
    QVariantMap out;
    const auto statuses = library.deadlines().statuses(caseId);
    if (!statuses.ok())
        return out;
    // The newest open deadline of each kind: a letter sent again sets a new period.
    const auto newest = [&](DeadlineKind kind) -> const DeadlineStatus * {
        const DeadlineStatus *found = nullptr;
        for (const DeadlineStatus &s : statuses.value())
            if (s.record.kind == kind && !s.record.isDone() && s.computed
                && (!found || s.record.id > found->record.id))
                found = &s;
        return found;
    };
    if (const DeadlineStatus *s = newest(DeadlineKind::RightsRequest))
        out.insert(u"responsePeriod"_s,
            QVariantMap { { u"period"_s, chinesePeriod(s->record.period) },
                { u"due"_s, chineseDate(s->dueDate()) } });
    if (const DeadlineStatus *s = newest(DeadlineKind::PublicNotice))
        out.insert(u"publicNotice"_s,
            QVariantMap { { u"period"_s, chinesePeriod(s->record.period) },
                { u"start"_s, chineseDate(s->start) }, { u"due"_s, chineseDate(s->dueDate()) } });
    return out;
}

} // namespace habeas
