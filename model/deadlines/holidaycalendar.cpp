#include "deadlines/holidaycalendar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

// The names the notices use, and how an English interface says them.
struct HolidayName {
    const char *chinese;
    const char *english;
};
const HolidayName kNames[] = {
    { "元旦", QT_TRANSLATE_NOOP("habeas::HolidayCalendar", "New Year's Day") },
    { "春节", QT_TRANSLATE_NOOP("habeas::HolidayCalendar", "Spring Festival") },
    { "清明节", QT_TRANSLATE_NOOP("habeas::HolidayCalendar", "Qingming Festival") },
    { "劳动节", QT_TRANSLATE_NOOP("habeas::HolidayCalendar", "Labour Day") },
    { "端午节", QT_TRANSLATE_NOOP("habeas::HolidayCalendar", "Dragon Boat Festival") },
    { "中秋节", QT_TRANSLATE_NOOP("habeas::HolidayCalendar", "Mid-Autumn Festival") },
    { "国庆节", QT_TRANSLATE_NOOP("habeas::HolidayCalendar", "National Day") },
    { "抗日战争暨世界反法西斯战争胜利70周年纪念日",
        QT_TRANSLATE_NOOP("habeas::HolidayCalendar", "70th anniversary of the victory") },
};

QString localisedName(const QString &chinese)
{
    QStringList parts;
    for (const QString &part : chinese.split(u'、', Qt::SkipEmptyParts)) {
        QString shown = part;
        for (const HolidayName &n : kNames)
            if (part == QString::fromUtf8(n.chinese))
                shown = QCoreApplication::translate("habeas::HolidayCalendar", n.english);
        parts << shown;
    }
    return parts.join(QCoreApplication::translate("habeas::HolidayCalendar", " and "));
}

} // namespace

HolidayCalendar::HolidayCalendar(const QList<Day> &days, const QSet<int> &knownYears)
    : m_knownYears(knownYears)
{
    for (const Day &d : days)
        m_days.insert(d.date, d);
}

Result<QList<HolidayCalendar::Day>> HolidayCalendar::parseYear(
    const QByteArray &json, int expectedYear, bool *known)
{
    const auto bad = [&](const QString &why) {
        return Error::input(QCoreApplication::translate(
            "habeas::HolidayCalendar", "The holiday calendar of %1 cannot be used: %2")
                                .arg(expectedYear)
                                .arg(why));
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return bad(parseError.errorString());
    const QJsonObject root = doc.object();
    if (root.value(u"year"_s).toInt() != expectedYear)
        return bad(QCoreApplication::translate(
            "habeas::HolidayCalendar", "it is the file of another year"));
    if (!root.value(u"days"_s).isArray())
        return bad(
            QCoreApplication::translate("habeas::HolidayCalendar", "it has no list of days"));
    QList<Day> days;
    QSet<QDate> seen;
    for (const QJsonValue value : root.value(u"days"_s).toArray()) {
        const QJsonObject o = value.toObject();
        Day day;
        const QString date = o.value(u"date"_s).toString();
        day.date = QDate::fromString(date, Qt::ISODate);
        day.name = o.value(u"name"_s).toString();
        if (!day.date.isValid() || date.size() != 10)
            return bad(
                QCoreApplication::translate("habeas::HolidayCalendar", "\"%1\" is not a date")
                    .arg(date));
        // A notice may reach into the years either side (元旦 across 31 December).
        if (qAbs(day.date.year() - expectedYear) > 1)
            return bad(QCoreApplication::translate(
                "habeas::HolidayCalendar", "%1 is far from the year of the notice")
                           .arg(date));
        if (!o.value(u"isOffDay"_s).isBool())
            return bad(QCoreApplication::translate(
                "habeas::HolidayCalendar", "%1 does not say whether it is a day off")
                           .arg(date));
        if (seen.contains(day.date))
            return bad(QCoreApplication::translate("habeas::HolidayCalendar", "%1 is listed twice")
                           .arg(date));
        seen.insert(day.date);
        day.offDay = o.value(u"isOffDay"_s).toBool();
        if (day.name.isEmpty())
            return bad(
                QCoreApplication::translate("habeas::HolidayCalendar", "%1 has no name").arg(date));
        days << day;
    }
    if (known)
        *known = !days.isEmpty();
    return days;
}

const HolidayCalendar &HolidayCalendar::official()
{
    static const HolidayCalendar calendar = [] {
        QList<Day> all;
        QSet<int> known;
        const QStringList files =
            QDir(u":/holidays"_s).entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            const int year = QStringView(name).left(4).toInt();
            QFile file(u":/holidays/"_s + name);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            bool isKnown = false;
            // The build checks these files (cmake/CheckHolidays.cmake), so a failure here means a
            // damaged build; the year is then treated as unknown, which callers report.
            const auto days = parseYear(file.readAll(), year, &isKnown);
            if (!days.ok())
                continue;
            all += days.value();
            if (isKnown)
                known.insert(year);
        }
        return HolidayCalendar(all, known);
    }();
    return calendar;
}

int HolidayCalendar::firstKnownYear() const
{
    return m_knownYears.isEmpty() ? 0 : *std::min_element(m_knownYears.begin(), m_knownYears.end());
}

int HolidayCalendar::lastKnownYear() const
{
    return m_knownYears.isEmpty() ? 0 : *std::max_element(m_knownYears.begin(), m_knownYears.end());
}

HolidayCalendar::DayKind HolidayCalendar::kind(QDate date) const
{
    const auto it = m_days.constFind(date);
    const bool weekend = date.dayOfWeek() >= 6;
    if (it != m_days.constEnd() && it->offDay)
        return DayKind::Holiday;
    // A listed working day on a weekday (2020-02-03, the end of the extended Spring Festival)
    // is an ordinary working day.
    if (it != m_days.constEnd())
        return weekend ? DayKind::MakeUpWorkingDay : DayKind::WorkingDay;
    return weekend ? DayKind::Weekend : DayKind::WorkingDay;
}

bool HolidayCalendar::isWorkingDay(QDate date) const
{
    const DayKind k = kind(date);
    return k == DayKind::WorkingDay || k == DayKind::MakeUpWorkingDay;
}

QString HolidayCalendar::name(QDate date) const
{
    const auto it = m_days.constFind(date);
    return it == m_days.constEnd() ? QString() : it->name;
}

QString describeDay(const HolidayCalendar &calendar, QDate date)
{
    switch (calendar.kind(date)) {
    case HolidayCalendar::DayKind::Holiday:
        return QCoreApplication::translate("habeas::HolidayCalendar", "falls in the %1 holiday")
            .arg(localisedName(calendar.name(date)));
    case HolidayCalendar::DayKind::MakeUpWorkingDay:
        return QCoreApplication::translate(
            "habeas::HolidayCalendar", "is a make-up working day of the %1 holiday")
            .arg(localisedName(calendar.name(date)));
    case HolidayCalendar::DayKind::Weekend:
        return date.dayOfWeek() == 6
            ? QCoreApplication::translate("habeas::HolidayCalendar", "is a Saturday")
            : QCoreApplication::translate("habeas::HolidayCalendar", "is a Sunday");
    case HolidayCalendar::DayKind::WorkingDay:
        break;
    }
    return QCoreApplication::translate("habeas::HolidayCalendar", "is a working day");
}

} // namespace habeas
