#include "deadlines/period.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

constexpr int kMaxDays = 100 * 366; // a century: longer than any period the law sets

} // namespace

QString toId(PeriodUnit unit)
{
    switch (unit) {
    case PeriodUnit::Days:
        return u"days"_s;
    case PeriodUnit::Months:
        return u"months"_s;
    case PeriodUnit::Years:
        return u"years"_s;
    case PeriodUnit::WorkingDays:
        return u"working-days"_s;
    }
    return {};
}

std::optional<PeriodUnit> periodUnitFromId(const QString &id)
{
    for (PeriodUnit u :
        { PeriodUnit::Days, PeriodUnit::Months, PeriodUnit::Years, PeriodUnit::WorkingDays })
        if (toId(u) == id)
            return u;
    return std::nullopt;
}

QString describePeriod(const Period &period)
{
    switch (period.unit) {
    case PeriodUnit::Days:
        return QCoreApplication::translate("habeas::Period", "%n day(s)", nullptr, period.amount);
    case PeriodUnit::Months:
        return QCoreApplication::translate("habeas::Period", "%n month(s)", nullptr, period.amount);
    case PeriodUnit::Years:
        return QCoreApplication::translate("habeas::Period", "%n year(s)", nullptr, period.amount);
    case PeriodUnit::WorkingDays:
        return QCoreApplication::translate(
            "habeas::Period", "%n working day(s)", nullptr, period.amount);
    }
    return {};
}

QString unitName(PeriodUnit unit)
{
    switch (unit) {
    case PeriodUnit::Days:
        return QCoreApplication::translate("habeas::Period", "days");
    case PeriodUnit::Months:
        return QCoreApplication::translate("habeas::Period", "months");
    case PeriodUnit::Years:
        return QCoreApplication::translate("habeas::Period", "years");
    case PeriodUnit::WorkingDays:
        return QCoreApplication::translate("habeas::Period", "working days");
    }
    return {};
}

Result<QDate> parseIsoDay(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression form(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate date = QDate::fromString(t, Qt::ISODate);
    if (!date.isValid() || !form.match(t).hasMatch())
        return Error::input(QCoreApplication::translate(
            "habeas::Period", "\"%1\" is not a date (YYYY-MM-DD, e.g. 2024-10-08).")
                                .arg(t));
    return date;
}

namespace {

// What is wrong with the period or its start, or nothing.
Status checkPeriod(QDate from, const Period &period)
{
    if (!from.isValid())
        return Error::input(
            QCoreApplication::translate("habeas::Period", "The period has no valid start date."));
    if (period.amount <= 0)
        return Error::input(QCoreApplication::translate(
            "habeas::Period", "A period must be at least one day, month or year; %1 is not.")
                                .arg(period.amount));
    const qint64 roughDays = period.unit == PeriodUnit::Years ? qint64(period.amount) * 366
        : period.unit == PeriodUnit::Months                   ? qint64(period.amount) * 31
        : period.unit == PeriodUnit::WorkingDays              ? qint64(period.amount) * 2
                                                              : period.amount;
    if (roughDays > kMaxDays || from.year() > 9800)
        return Error::input(QCoreApplication::translate(
            "habeas::Period", "A period of %1 from %2 is longer than any the law sets.")
                                .arg(describePeriod(period), iso(from)));

    return {};
}

// The months or years after `from`, on the corresponding day or the month's last.
void addMonthsOrYears(DueDate &d, QDate from, const Period &period)
{
    d.nominal = period.unit == PeriodUnit::Months ? from.addMonths(period.amount)
                                                  : from.addYears(period.amount);
    const bool clipped = d.nominal.day() != from.day();
    d.working << (clipped ? QCoreApplication::translate("habeas::Period",
                      "%1 after %2 ends on %3: that month has no day %4, so the period ends on "
                      "its last day.")
                                .arg(describePeriod(period), iso(from), iso(d.nominal))
                                .arg(from.day())
                          : QCoreApplication::translate(
                              "habeas::Period", "%1 after %2 ends on the corresponding day, %3.")
                                .arg(describePeriod(period), iso(from), iso(d.nominal)));
}

// Working days counted one by one, the calendar's rest days and holidays skipped.
void addWorkingDays(DueDate &d, QDate from, const Period &period, const HolidayCalendar &calendar,
    QSet<int> &consulted)
{
    QDate day = from;
    int counted = 0;
    int skipped = 0;
    while (counted < period.amount) {
        day = day.addDays(1);
        consulted.insert(day.year());
        if (calendar.isWorkingDay(day))
            ++counted;
        else
            ++skipped;
    }
    d.nominal = day;
    d.working << QCoreApplication::translate("habeas::Period",
        "%1 after %2, not counting %n rest day(s) or holiday(s), end on %3.", nullptr, skipped)
                     .arg(describePeriod(period), iso(from), iso(d.nominal));
}

// A period ending on a rest day or holiday ends on the next working day.
void extendToWorkingDay(DueDate &d, const HolidayCalendar &calendar, QSet<int> &consulted)
{
    d.due = d.nominal;
    consulted.insert(d.due.year());
    while (!calendar.isWorkingDay(d.due)) {
        d.due = d.due.addDays(1);
        consulted.insert(d.due.year());
    }
    d.extended = d.due != d.nominal;
    if (d.extended) {
        d.reason = QCoreApplication::translate("habeas::Period", "%1 %2; extended to %3.")
                       .arg(iso(d.nominal), describeDay(calendar, d.nominal), iso(d.due));
        d.working << d.reason;
    } else {
        d.reason = QCoreApplication::translate("habeas::Period", "%1 %2; the period ends that day.")
                       .arg(iso(d.due), describeDay(calendar, d.due));
        d.working << d.reason;
    }
}

// A warning for each year consulted whose official holidays this version does not know.
void warnUnknownYears(DueDate &d, const HolidayCalendar &calendar, const QSet<int> &consulted)
{
    QList<int> unknown(consulted.begin(), consulted.end());
    std::sort(unknown.begin(), unknown.end());
    for (int year : std::as_const(unknown))
        if (!calendar.knowsYear(year)) {
            d.unknownYears << year;
            d.warnings << QCoreApplication::translate("habeas::Period",
                "The official holiday calendar of %1 is not known to this version "
                "of Habeas; its days were counted by weekends alone. Check the "
                "State Council's notice for %1.")
                              .arg(year);
        }
}

} // namespace

Result<DueDate> computeDue(QDate from, const Period &period, const HolidayCalendar &calendar)
{
    if (Status st = checkPeriod(from, period); !st.ok())
        return st.error();
    DueDate d;
    d.from = from;
    d.period = period;
    QSet<int> consulted; // the years whose rest days decided something
    d.working << QCoreApplication::translate(
        "habeas::Period", "The period starts from %1; that day is not counted.")
                     .arg(iso(from));

    switch (period.unit) {
    case PeriodUnit::Days:
        d.nominal = from.addDays(period.amount);
        d.working << QCoreApplication::translate("habeas::Period", "%1 after %2 ends on %3.")
                         .arg(describePeriod(period), iso(from), iso(d.nominal));
        break;
    case PeriodUnit::Months:
    case PeriodUnit::Years:
        addMonthsOrYears(d, from, period);
        break;
    case PeriodUnit::WorkingDays:
        addWorkingDays(d, from, period, calendar, consulted);
        break;
    }
    extendToWorkingDay(d, calendar, consulted);
    warnUnknownYears(d, calendar, consulted);
    return d;
}

} // namespace habeas
