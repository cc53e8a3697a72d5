#include "deadlines/icalendar.h"

#include "deadlines/deadlinestore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'\\' || c == u';' || c == u',')
            out += u'\\';
        if (c == u'\n') {
            out += u"\\n"_s;
            continue;
        }
        if (c == u'\r')
            continue;
        out += c;
    }
    return out;
}

QString unescapeText(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar n = text.at(++i);
            out += (n == u'n' || n == u'N') ? QChar(u'\n') : n;
        } else {
            out += c;
        }
    }
    return out;
}

// RFC 5545 3.1: lines of at most 75 octets, continued with CRLF and one space.
void appendFolded(QByteArray &out, const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    qsizetype start = 0;
    qsizetype limit = 75;
    while (utf8.size() - start > limit) {
        qsizetype cut = start + limit;
        // Never inside a UTF-8 sequence: step back over continuation bytes.
        while (cut > start && (static_cast<unsigned char>(utf8.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += utf8.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += utf8.mid(start);
    out += "\r\n";
}

} // namespace

QList<CalendarEvent> calendarEvents(
    const QList<DeadlineStatus> &deadlines, const QString &uidPrefix)
{
    QList<CalendarEvent> events;
    for (const DeadlineStatus &d : deadlines) {
        if (d.record.isDone() || !d.computed)
            continue;
        CalendarEvent e;
        e.uid = u"%1-deadline-%2@habeas"_s.arg(uidPrefix).arg(d.record.id);
        e.date = d.dueDate();
        const QString caseName = d.caseNumber.isEmpty() ? d.caseTitle : d.caseNumber;
        e.summary = QCoreApplication::translate("habeas::ICalendar", "%1 due — %2")
                        .arg(d.title(), caseName);
        QStringList lines;
        lines << d.caseTitle;
        if (const QString basis = basisText(d.record.kind); !basis.isEmpty())
            lines << basis;
        lines += d.due.working;
        lines += d.warnings;
        if (!d.record.note.isEmpty())
            lines << d.record.note;
        e.description = lines.join(u'\n');
        events << e;
    }
    return events;
}

QByteArray writeICalendar(const QList<CalendarEvent> &events, const QDateTime &stamp)
{
    QByteArray out;
    const QString dtstamp = stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    appendFolded(out, u"BEGIN:VCALENDAR"_s);
    appendFolded(out, u"VERSION:2.0"_s);
    appendFolded(out, u"PRODID:-//Habeas//Habeas " HABEAS_VERSION "//ZH"_s);
    appendFolded(out, u"CALSCALE:GREGORIAN"_s);
    appendFolded(out, u"METHOD:PUBLISH"_s);
    for (const CalendarEvent &e : events) {
        appendFolded(out, u"BEGIN:VEVENT"_s);
        appendFolded(out, u"UID:"_s + e.uid);
        appendFolded(out, u"DTSTAMP:"_s + dtstamp);
        appendFolded(out, u"DTSTART;VALUE=DATE:"_s + e.date.toString(u"yyyyMMdd"_s));
        appendFolded(out, u"DTEND;VALUE=DATE:"_s + e.date.addDays(1).toString(u"yyyyMMdd"_s));
        appendFolded(out, u"SUMMARY:"_s + escapeText(e.summary));
        if (!e.description.isEmpty())
            appendFolded(out, u"DESCRIPTION:"_s + escapeText(e.description));
        appendFolded(out, u"TRANSP:TRANSPARENT"_s);
        // The calendar program reminds three days ahead, as Habeas does at start.
        appendFolded(out, u"BEGIN:VALARM"_s);
        appendFolded(out, u"ACTION:DISPLAY"_s);
        appendFolded(out, u"TRIGGER:-P3D"_s);
        appendFolded(out, u"DESCRIPTION:"_s + escapeText(e.summary));
        appendFolded(out, u"END:VALARM"_s);
        appendFolded(out, u"END:VEVENT"_s);
    }
    appendFolded(out, u"END:VCALENDAR"_s);
    return out;
}

Result<QList<CalendarEvent>> readICalendar(const QByteArray &data)
{
    // Unfold: a line starting with a space or tab continues the previous one.
    QList<QByteArray> lines;
    for (QByteArray raw : data.split('\n')) {
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (!raw.isEmpty() && (raw.at(0) == ' ' || raw.at(0) == '\t') && !lines.isEmpty())
            lines.last() += raw.mid(1);
        else if (!raw.isEmpty())
            lines << raw;
    }
    const auto bad = [](const QString &why) {
        return Error::input(
            QCoreApplication::translate("habeas::ICalendar", "Not an iCalendar file: %1").arg(why));
    };
    if (lines.isEmpty() || lines.first() != "BEGIN:VCALENDAR" || lines.last() != "END:VCALENDAR")
        return bad(QCoreApplication::translate("habeas::ICalendar", "no VCALENDAR"));
    QList<CalendarEvent> events;
    bool inEvent = false;
    int nested = 0;
    CalendarEvent current;
    for (const QByteArray &rawLine : std::as_const(lines)) {
        const QString line = QString::fromUtf8(rawLine);
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0)
            return bad(line.left(40));
        const QString name = line.left(colon);
        const QString value = line.mid(colon + 1);
        if (name == u"BEGIN"_s && value == u"VEVENT"_s) {
            inEvent = true;
            current = {};
        } else if (inEvent && name == u"BEGIN"_s) {
            ++nested; // a component inside the event (VALARM): its lines are not the event's
        } else if (inEvent && nested > 0) {
            if (name == u"END"_s)
                --nested;
        } else if (name == u"END"_s && value == u"VEVENT"_s) {
            if (!inEvent || !current.date.isValid())
                return bad(
                    QCoreApplication::translate("habeas::ICalendar", "an event without a date"));
            events << current;
            inEvent = false;
        } else if (inEvent && name == u"UID"_s) {
            current.uid = value;
        } else if (inEvent && name.startsWith(u"DTSTART"_s)) {
            current.date = QDate::fromString(value.left(8), u"yyyyMMdd"_s);
        } else if (inEvent && name == u"SUMMARY"_s) {
            current.summary = unescapeText(value);
        } else if (inEvent && name == u"DESCRIPTION"_s) {
            current.description = unescapeText(value);
        }
    }
    return events;
}

} // namespace habeas
