#pragma once

#include "core/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace habeas {

// The official calendar of the State Council's holiday notices: statutory holidays (days off,
// including weekdays moved off) and make-up working days (调休, weekends worked). A day the notices
// do not list follows the ordinary week: Monday–Friday work, Saturday and Sunday rest.
//
// A year whose notice the shipped data does not hold is "unknown": its days are classified by the
// weekend alone, and callers say so (never silently).
//
// Immutable after construction; official() is built once and safe to share between threads.
class HolidayCalendar final {
public:
    enum class DayKind {
        WorkingDay, // an ordinary weekday
        Weekend, // an ordinary Saturday or Sunday
        Holiday, // a statutory holiday or a day off moved by the notice
        MakeUpWorkingDay, // a Saturday or Sunday the notice makes a working day
    };

    struct Day {
        QDate date;
        bool offDay = true;
        QString name; // 春节, 国庆节, …
    };

    HolidayCalendar() = default;
    // Tests and the build check: a calendar of these days, knowing these years.
    HolidayCalendar(const QList<Day> &days, const QSet<int> &knownYears);

    // The calendar shipped in the resources (:/holidays/YYYY.json).
    static const HolidayCalendar &official();
    // Parses one year's file of the shipped format; a clear error when it is not one.
    static Result<QList<Day>> parseYear(const QByteArray &json, int expectedYear, bool *known);

    bool knowsYear(int year) const { return m_knownYears.contains(year); }
    // The first and last years the calendar knows (0 when none).
    int firstKnownYear() const;
    int lastKnownYear() const;

    DayKind kind(QDate date) const;
    bool isWorkingDay(QDate date) const;
    // The holiday's name for a Holiday or MakeUpWorkingDay ("国庆节"), else empty.
    QString name(QDate date) const;

private:
    QHash<QDate, Day> m_days;
    QSet<int> m_knownYears;
};

// How a day is described to a lawyer: "a Saturday", "the National Day holiday (国庆节)".
QString describeDay(const HolidayCalendar &calendar, QDate date);

} // namespace habeas
