#pragma once

#include "core/result.h"
#include "deadlines/holidaycalendar.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace habeas {

enum class PeriodUnit { Days, Months, Years, WorkingDays };

QString toId(PeriodUnit unit); // days, months, years, working-days
std::optional<PeriodUnit> periodUnitFromId(const QString &id);

struct Period {
    PeriodUnit unit = PeriodUnit::Days;
    int amount = 0;

    friend bool operator==(const Period &, const Period &) = default;
};

// "15 days", "6 months", "10 working days" in the interface's language.
QString describePeriod(const Period &period);
// The unit alone, for a picker: "days", "working days", "months", "years".
QString unitName(PeriodUnit unit);

// A period counted the way Chinese law counts it:
// - the day it starts from is not counted (CPL 85(2); Civil Code 201);
// - days run from the next day; months and years end on the corresponding day of the last month,
//   or that month's last day when it has none (Civil Code 202);
// - a last day that is a rest day (weekend or statutory holiday of the official calendar) moves to
//   the first working day after it (CPL 85(3); Civil Code 203); a make-up working day is a working
//   day;
// - working days count only working days of the official calendar.
struct DueDate {
    QDate from; // the start, not counted
    Period period;
    QDate nominal; // the last day by counting alone
    QDate due; // the last day of the period
    bool extended = false; // due is later than nominal: a rest day moved it
    QString reason; // one sentence: why due is what it is
    QStringList working; // each step, for the lawyer to check
    QStringList warnings; // years the shipped calendar does not know
    QList<int> unknownYears;
};

// Bad input: a period of zero or less, a start that is not a date, an end beyond the year 9999.
Result<DueDate> computeDue(QDate from, const Period &period,
    const HolidayCalendar &calendar = HolidayCalendar::official());

// "2023-02-29" → an error that says it is not a date; only full ISO days (YYYY-MM-DD).
Result<QDate> parseIsoDay(const QString &text);

} // namespace habeas
