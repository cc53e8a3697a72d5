#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace habeas {

struct DeadlineStatus;

// One all-day event of an iCalendar file (RFC 5545).
struct CalendarEvent {
    QString uid;
    QDate date;
    QString summary;
    QString description;
};

// The events of the open deadlines that have a due date; `uidPrefix` makes the UIDs of one
// library stable across exports, so a calendar program updates rather than duplicates them.
QList<CalendarEvent> calendarEvents(
    const QList<DeadlineStatus> &deadlines, const QString &uidPrefix);

// VCALENDAR with one VEVENT per event: DTSTART;VALUE=DATE and DTEND the next day (all day),
// text escaped, lines folded at 75 octets without splitting a UTF-8 character, CRLF endings.
QByteArray writeICalendar(const QList<CalendarEvent> &events, const QDateTime &stamp);

// Reads back what writeICalendar writes (and the same subset from other programs): unfolds lines,
// unescapes text. An input that is not a VCALENDAR is an Error.
Result<QList<CalendarEvent>> readICalendar(const QByteArray &data);

} // namespace habeas
