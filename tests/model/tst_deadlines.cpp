// The procedural calendar: the official holidays, periods counted as courts count them, the
// deadline store with its undo, and the iCalendar export read back.
#include "cases/casestore.h"
#include "cases/eventstore.h"
#include "deadlines/deadlinestore.h"
#include "deadlines/holidaycalendar.h"
#include "deadlines/icalendar.h"
#include "deadlines/period.h"
#include "itemmodels/deadlinemodel.h"
#include "testsupport.h"
#include "undo/deadlinecommands.h"
#include "undo/factscommands.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace habeas;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// Every block of days off of the official notices 2015–2026: a period whose last day is the
// block's first or last day ends on the first working day after the block. Worked out from the
// notices (make-up working days included: 2024-02-18 and 2024-04-07 are Sundays worked).
struct HolidayRow {
    const char *lastDay;
    const char *due;
};
const HolidayRow kHolidays[] = {
    { "2015-01-01", "2015-01-04" }, // 元旦
    { "2015-01-03", "2015-01-04" }, // 元旦
    { "2015-02-18", "2015-02-25" }, // 春节
    { "2015-02-24", "2015-02-25" }, // 春节
    { "2015-04-05", "2015-04-07" }, // 清明节
    { "2015-04-06", "2015-04-07" }, // 清明节
    { "2015-05-01", "2015-05-04" }, // 劳动节
    { "2015-06-20", "2015-06-23" }, // 端午节
    { "2015-06-22", "2015-06-23" }, // 端午节
    { "2015-09-03", "2015-09-06" }, // 抗日战争暨世界反法西斯战争胜利70周年纪念日
    { "2015-09-05", "2015-09-06" }, // 抗日战争暨世界反法西斯战争胜利70周年纪念日
    { "2015-09-27", "2015-09-28" }, // 中秋节
    { "2015-10-01", "2015-10-08" }, // 国庆节
    { "2015-10-07", "2015-10-08" }, // 国庆节
    { "2016-01-01", "2016-01-04" }, // 元旦
    { "2016-02-07", "2016-02-14" }, // 春节
    { "2016-02-13", "2016-02-14" }, // 春节
    { "2016-04-04", "2016-04-05" }, // 清明节
    { "2016-05-01", "2016-05-03" }, // 劳动节
    { "2016-05-02", "2016-05-03" }, // 劳动节
    { "2016-06-09", "2016-06-12" }, // 端午节
    { "2016-06-11", "2016-06-12" }, // 端午节
    { "2016-09-15", "2016-09-18" }, // 中秋节
    { "2016-09-17", "2016-09-18" }, // 中秋节
    { "2016-10-01", "2016-10-08" }, // 国庆节
    { "2016-10-07", "2016-10-08" }, // 国庆节
    { "2017-01-01", "2017-01-03" }, // 元旦
    { "2017-01-02", "2017-01-03" }, // 元旦
    { "2017-01-27", "2017-02-03" }, // 春节
    { "2017-02-02", "2017-02-03" }, // 春节
    { "2017-04-02", "2017-04-05" }, // 清明节
    { "2017-04-04", "2017-04-05" }, // 清明节
    { "2017-05-01", "2017-05-02" }, // 劳动节
    { "2017-05-28", "2017-05-31" }, // 端午节
    { "2017-05-30", "2017-05-31" }, // 端午节
    { "2017-10-01", "2017-10-09" }, // 中秋节、国庆节
    { "2017-10-08", "2017-10-09" }, // 中秋节、国庆节
    { "2018-01-01", "2018-01-02" }, // 元旦
    { "2018-02-15", "2018-02-22" }, // 春节
    { "2018-02-21", "2018-02-22" }, // 春节
    { "2018-04-05", "2018-04-08" }, // 清明节
    { "2018-04-07", "2018-04-08" }, // 清明节
    { "2018-04-29", "2018-05-02" }, // 劳动节
    { "2018-05-01", "2018-05-02" }, // 劳动节
    { "2018-06-18", "2018-06-19" }, // 端午节
    { "2018-09-24", "2018-09-25" }, // 中秋节
    { "2018-10-01", "2018-10-08" }, // 国庆节
    { "2018-10-07", "2018-10-08" }, // 国庆节
    { "2018-12-30", "2019-01-02" }, // 元旦
    { "2019-01-01", "2019-01-02" }, // 元旦
    { "2019-02-04", "2019-02-11" }, // 春节
    { "2019-02-10", "2019-02-11" }, // 春节
    { "2019-04-05", "2019-04-08" }, // 清明节
    { "2019-05-01", "2019-05-05" }, // 劳动节
    { "2019-05-04", "2019-05-05" }, // 劳动节
    { "2019-06-07", "2019-06-10" }, // 端午节
    { "2019-09-13", "2019-09-16" }, // 中秋节
    { "2019-10-01", "2019-10-08" }, // 国庆节
    { "2019-10-07", "2019-10-08" }, // 国庆节
    { "2020-01-01", "2020-01-02" }, // 元旦
    { "2020-01-24", "2020-02-03" }, // 春节
    { "2020-02-02", "2020-02-03" }, // 春节
    { "2020-04-04", "2020-04-07" }, // 清明节
    { "2020-04-06", "2020-04-07" }, // 清明节
    { "2020-05-01", "2020-05-06" }, // 劳动节
    { "2020-05-05", "2020-05-06" }, // 劳动节
    { "2020-06-25", "2020-06-28" }, // 端午节
    { "2020-06-27", "2020-06-28" }, // 端午节
    { "2020-10-01", "2020-10-09" }, // 国庆节、中秋节
    { "2020-10-08", "2020-10-09" }, // 国庆节、中秋节
    { "2021-01-01", "2021-01-04" }, // 元旦
    { "2021-01-03", "2021-01-04" }, // 元旦
    { "2021-02-11", "2021-02-18" }, // 春节
    { "2021-02-17", "2021-02-18" }, // 春节
    { "2021-04-03", "2021-04-06" }, // 清明节
    { "2021-04-05", "2021-04-06" }, // 清明节
    { "2021-05-01", "2021-05-06" }, // 劳动节
    { "2021-05-05", "2021-05-06" }, // 劳动节
    { "2021-06-12", "2021-06-15" }, // 端午节
    { "2021-06-14", "2021-06-15" }, // 端午节
    { "2021-09-19", "2021-09-22" }, // 中秋节
    { "2021-09-21", "2021-09-22" }, // 中秋节
    { "2021-10-01", "2021-10-08" }, // 国庆节
    { "2021-10-07", "2021-10-08" }, // 国庆节
    { "2022-01-01", "2022-01-04" }, // 元旦
    { "2022-01-03", "2022-01-04" }, // 元旦
    { "2022-01-31", "2022-02-07" }, // 春节
    { "2022-02-06", "2022-02-07" }, // 春节
    { "2022-04-03", "2022-04-06" }, // 清明节
    { "2022-04-05", "2022-04-06" }, // 清明节
    { "2022-04-30", "2022-05-05" }, // 劳动节
    { "2022-05-04", "2022-05-05" }, // 劳动节
    { "2022-06-03", "2022-06-06" }, // 端午节
    { "2022-06-05", "2022-06-06" }, // 端午节
    { "2022-09-10", "2022-09-13" }, // 中秋节
    { "2022-09-12", "2022-09-13" }, // 中秋节
    { "2022-10-01", "2022-10-08" }, // 国庆节
    { "2022-10-07", "2022-10-08" }, // 国庆节
    { "2022-12-31", "2023-01-03" }, // 元旦
    { "2023-01-02", "2023-01-03" }, // 元旦
    { "2023-01-21", "2023-01-28" }, // 春节
    { "2023-01-27", "2023-01-28" }, // 春节
    { "2023-04-05", "2023-04-06" }, // 清明节
    { "2023-04-29", "2023-05-04" }, // 劳动节
    { "2023-05-03", "2023-05-04" }, // 劳动节
    { "2023-06-22", "2023-06-25" }, // 端午节
    { "2023-06-24", "2023-06-25" }, // 端午节
    { "2023-09-29", "2023-10-07" }, // 中秋节、国庆节
    { "2023-10-06", "2023-10-07" }, // 中秋节、国庆节
    { "2024-01-01", "2024-01-02" }, // 元旦
    { "2024-02-10", "2024-02-18" }, // 春节
    { "2024-02-17", "2024-02-18" }, // 春节
    { "2024-04-04", "2024-04-07" }, // 清明节
    { "2024-04-06", "2024-04-07" }, // 清明节
    { "2024-05-01", "2024-05-06" }, // 劳动节
    { "2024-05-05", "2024-05-06" }, // 劳动节
    { "2024-06-10", "2024-06-11" }, // 端午节
    { "2024-09-15", "2024-09-18" }, // 中秋节
    { "2024-09-17", "2024-09-18" }, // 中秋节
    { "2024-10-01", "2024-10-08" }, // 国庆节
    { "2024-10-07", "2024-10-08" }, // 国庆节
    { "2025-01-01", "2025-01-02" }, // 元旦
    { "2025-01-28", "2025-02-05" }, // 春节
    { "2025-02-04", "2025-02-05" }, // 春节
    { "2025-04-04", "2025-04-07" }, // 清明节
    { "2025-04-06", "2025-04-07" }, // 清明节
    { "2025-05-01", "2025-05-06" }, // 劳动节
    { "2025-05-05", "2025-05-06" }, // 劳动节
    { "2025-05-31", "2025-06-03" }, // 端午节
    { "2025-06-02", "2025-06-03" }, // 端午节
    { "2025-10-01", "2025-10-09" }, // 国庆节、中秋节
    { "2025-10-08", "2025-10-09" }, // 国庆节、中秋节
    { "2026-01-01", "2026-01-04" }, // 元旦
    { "2026-01-03", "2026-01-04" }, // 元旦
    { "2026-02-15", "2026-02-24" }, // 春节
    { "2026-02-23", "2026-02-24" }, // 春节
    { "2026-04-04", "2026-04-07" }, // 清明节
    { "2026-04-06", "2026-04-07" }, // 清明节
    { "2026-05-01", "2026-05-06" }, // 劳动节
    { "2026-05-05", "2026-05-06" }, // 劳动节
    { "2026-06-19", "2026-06-22" }, // 端午节
    { "2026-06-21", "2026-06-22" }, // 端午节
    { "2026-09-25", "2026-09-28" }, // 中秋节
    { "2026-09-27", "2026-09-28" }, // 中秋节
    { "2026-10-01", "2026-10-08" }, // 国庆节
    { "2026-10-07", "2026-10-08" }, // 国庆节
};

} // namespace

class TstDeadlines final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::pinClock(); }

    void officialCalendarKnowsItsYears();
    void everyHolidayMovesTheLastDay_data();
    void everyHolidayMovesTheLastDay();
    void periods_data();
    void periods();
    void theReasonSaysWhy();
    void workingDaysAcrossTheSpringFestival();
    void aYearTheCalendarDoesNotKnowIsSaid();
    void badInput();
    void damagedCalendarFileIsRefused();

    void deadlineHangsOffItsEventAndMovesUndoably();
    void rulesFillTheirPeriods();
    void refusesWhatTheLawDoesNot();
    void limitationStopsAtTwentyYears();
    void modelAppliesChangesWithoutReset();
    void filterByUrgency();
    void icsIsReadBack();
};

void TstDeadlines::officialCalendarKnowsItsYears()
{
    const HolidayCalendar &cal = HolidayCalendar::official();
    for (int year = 2015; year <= 2026; ++year)
        QVERIFY2(cal.knowsYear(year), qPrintable(QString::number(year)));
    QVERIFY(!cal.knowsYear(2027)); // the notice was not out when the data was taken
    QVERIFY(!cal.knowsYear(2014));
    QCOMPARE(cal.firstKnownYear(), 2015);
    QCOMPARE(cal.lastKnownYear(), 2026);
    QCOMPARE(cal.kind(d("2024-10-01")), HolidayCalendar::DayKind::Holiday);
    QCOMPARE(cal.kind(d("2024-10-12")), HolidayCalendar::DayKind::MakeUpWorkingDay);
    QCOMPARE(cal.kind(d("2024-10-13")), HolidayCalendar::DayKind::Weekend);
    QCOMPARE(cal.kind(d("2024-10-14")), HolidayCalendar::DayKind::WorkingDay);
    // The extended Spring Festival of 2020 ended on Sunday 2 February.
    QVERIFY(!cal.isWorkingDay(d("2020-02-02")));
    QVERIFY(cal.isWorkingDay(d("2020-02-03")));
    QCOMPARE(cal.name(d("2024-10-01")), u"国庆节"_s);
}

void TstDeadlines::everyHolidayMovesTheLastDay_data()
{
    QTest::addColumn<QDate>("lastDay");
    QTest::addColumn<QDate>("due");
    for (const HolidayRow &row : kHolidays)
        QTest::newRow(row.lastDay) << d(row.lastDay) << d(row.due);
}

void TstDeadlines::everyHolidayMovesTheLastDay()
{
    QFETCH(QDate, lastDay);
    QFETCH(QDate, due);
    // 15 days (an answer, an appeal from a judgment) whose 15th day is the holiday.
    const auto r = computeDue(lastDay.addDays(-15), Period { PeriodUnit::Days, 15 });
    QVERIFY(r.ok());
    QCOMPARE(r->nominal, lastDay);
    QCOMPARE(r->due, due);
    QVERIFY(r->extended);
    QVERIFY(r->warnings.isEmpty());
    // A month's period landing on the same day agrees.
    const auto m = computeDue(lastDay.addMonths(-1), Period { PeriodUnit::Months, 1 });
    QVERIFY(m.ok());
    if (m->nominal == lastDay)
        QCOMPARE(m->due, due);
}

void TstDeadlines::periods_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("amount");
    QTest::addColumn<QDate>("nominal");
    QTest::addColumn<QDate>("due");
    const int days = int(PeriodUnit::Days);
    const int months = int(PeriodUnit::Months);
    const int years = int(PeriodUnit::Years);
    // The start day is not counted: served on 20 September, 15 days end on 5 October.
    QTest::newRow("national day") << d("2024-09-20") << days << 15 << d("2024-10-05")
                                  << d("2024-10-08");
    // A make-up Saturday is a working day: the period ends on it.
    QTest::newRow("make-up saturday")
        << d("2024-09-27") << days << 15 << d("2024-10-12") << d("2024-10-12");
    QTest::newRow("over the new year")
        << d("2023-12-17") << days << 15 << d("2024-01-01") << d("2024-01-02");
    QTest::newRow("plain weekend")
        << d("2024-06-05") << days << 10 << d("2024-06-15") << d("2024-06-17");
    QTest::newRow("ruling, 10 days")
        << d("2023-09-20") << days << 10 << d("2023-09-30") << d("2023-10-07");
    // Months: the corresponding day, else the month's last day (Civil Code 202).
    QTest::newRow("31 jan + 1 month")
        << d("2023-01-31") << months << 1 << d("2023-02-28") << d("2023-02-28");
    QTest::newRow("to 29 february")
        << d("2024-01-29") << months << 1 << d("2024-02-29") << d("2024-02-29");
    QTest::newRow("31 aug + 6 months")
        << d("2023-08-31") << months << 6 << d("2024-02-29") << d("2024-02-29");
    QTest::newRow("30 oct + 4 months")
        << d("2023-10-30") << months << 4 << d("2024-02-29") << d("2024-02-29");
    QTest::newRow("31 mar + 1 month")
        << d("2024-03-31") << months << 1 << d("2024-04-30") << d("2024-04-30");
    QTest::newRow("31 may + 1 month")
        << d("2023-05-31") << months << 1 << d("2023-06-30") << d("2023-06-30");
    QTest::newRow("retrial, 6 months")
        << d("2024-04-01") << months << 6 << d("2024-10-01") << d("2024-10-08");
    // Years from 29 February end on 28 February; 2021-02-28 is a Sunday.
    QTest::newRow("29 feb + 1 year")
        << d("2020-02-29") << years << 1 << d("2021-02-28") << d("2021-03-01");
    QTest::newRow("29 feb + 4 years")
        << d("2020-02-29") << years << 4 << d("2024-02-29") << d("2024-02-29");
    QTest::newRow("enforcement, 2 years")
        << d("2022-10-03") << years << 2 << d("2024-10-03") << d("2024-10-08");
    QTest::newRow("limitation, 3 years")
        << d("2021-05-01") << years << 3 << d("2024-05-01") << d("2024-05-06");
}

void TstDeadlines::periods()
{
    QFETCH(QDate, from);
    QFETCH(int, unit);
    QFETCH(int, amount);
    QFETCH(QDate, nominal);
    QFETCH(QDate, due);
    const auto r = computeDue(from, Period { PeriodUnit(unit), amount });
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->nominal, nominal);
    QCOMPARE(r->due, due);
    QCOMPARE(r->extended, due != nominal);
    QVERIFY(!r->working.isEmpty());
}

void TstDeadlines::theReasonSaysWhy()
{
    auto r = computeDue(d("2024-09-20"), Period { PeriodUnit::Days, 15 });
    QVERIFY(r.ok());
    QCOMPARE(r->reason, u"2024-10-05 falls in the National Day holiday; extended to 2024-10-08."_s);
    r = computeDue(d("2024-06-05"), Period { PeriodUnit::Days, 10 });
    QVERIFY(r.ok());
    QCOMPARE(r->reason, u"2024-06-15 is a Saturday; extended to 2024-06-17."_s);
    r = computeDue(d("2024-09-27"), Period { PeriodUnit::Days, 15 });
    QVERIFY(r.ok());
    QVERIFY(!r->extended);
    QCOMPARE(r->reason,
        u"2024-10-12 is a make-up working day of the National Day holiday; the period ends that day."_s);
    r = computeDue(d("2023-09-20"), Period { PeriodUnit::Days, 10 });
    QVERIFY(r.ok());
    QCOMPARE(r->reason,
        u"2023-09-30 falls in the Mid-Autumn Festival and National Day holiday; extended to 2023-10-07."_s);
    r = computeDue(d("2023-08-31"), Period { PeriodUnit::Months, 6 });
    QVERIFY(r.ok());
    QVERIFY(r->working.join(u'\n').contains(u"no day 31"_s));
}

void TstDeadlines::workingDaysAcrossTheSpringFestival()
{
    // 2024: 10–17 February off, Sunday 18 February worked; Friday 9 February (除夕) worked.
    auto r = computeDue(d("2024-02-08"), Period { PeriodUnit::WorkingDays, 5 });
    QVERIFY(r.ok());
    QCOMPARE(r->due, d("2024-02-21"));
    QVERIFY(!r->extended);
    // 2023: 21–27 January off, 28 and 29 January (weekend) worked.
    r = computeDue(d("2023-01-19"), Period { PeriodUnit::WorkingDays, 3 });
    QVERIFY(r.ok());
    QCOMPARE(r->due, d("2023-01-29"));
    // Fifteen working days from before the holiday of 2025 (28 Jan – 4 Feb off; 26 Jan and
    // 8 Feb worked).
    r = computeDue(d("2025-01-20"), Period { PeriodUnit::WorkingDays, 15 });
    QVERIFY(r.ok());
    QCOMPARE(r->due, d("2025-02-14"));
}

void TstDeadlines::aYearTheCalendarDoesNotKnowIsSaid()
{
    auto r = computeDue(d("2026-12-20"), Period { PeriodUnit::Days, 15 });
    QVERIFY(r.ok());
    QCOMPARE(r->due, d("2027-01-04")); // a Monday, by weekends alone
    QCOMPARE(r->unknownYears, QList<int> { 2027 });
    QCOMPARE(r->warnings.size(), 1);
    QVERIFY(r->warnings.first().contains(u"2027"_s));
    r = computeDue(d("2014-03-01"), Period { PeriodUnit::Days, 14 });
    QVERIFY(r.ok());
    QCOMPARE(r->unknownYears, QList<int> { 2014 });
    r = computeDue(d("2024-03-01"), Period { PeriodUnit::Days, 14 });
    QVERIFY(r.ok());
    QVERIFY(r->warnings.isEmpty());
}

void TstDeadlines::badInput()
{
    const auto notADate = parseIsoDay(u"2023-02-29"_s);
    QVERIFY(!notADate.ok());
    QVERIFY(notADate.error().message.contains(u"2023-02-29"_s));
    QVERIFY(!parseIsoDay(u"2024/10/08"_s).ok());
    QVERIFY(parseIsoDay(u"2024-02-29"_s).ok());
    QCOMPARE(computeDue(d("2024-01-01"), Period { PeriodUnit::Days, 0 }).error().kind,
        Error::Kind::Input);
    QVERIFY(!computeDue(d("2024-01-01"), Period { PeriodUnit::Days, -3 }).ok());
    QVERIFY(!computeDue(QDate(), Period { PeriodUnit::Days, 3 }).ok());
    QVERIFY(!computeDue(d("2024-01-01"), Period { PeriodUnit::Years, 500 }).ok());
}

void TstDeadlines::damagedCalendarFileIsRefused()
{
    bool known = false;
    QVERIFY(!HolidayCalendar::parseYear("not json", 2024, &known).ok());
    QVERIFY(!HolidayCalendar::parseYear(R"({"year":2023,"days":[]})", 2024, &known).ok());
    QVERIFY(!HolidayCalendar::parseYear(
        R"({"year":2024,"days":[{"name":"x","date":"2024-02-30","isOffDay":true}]})", 2024, &known)
                 .ok());
    QVERIFY(!HolidayCalendar::parseYear(
        R"({"year":2024,"days":[{"name":"x","date":"2024-02-10","isOffDay":"yes"}]})", 2024, &known)
                 .ok());
    const auto empty = HolidayCalendar::parseYear(R"({"year":2027,"days":[]})", 2027, &known);
    QVERIFY(empty.ok());
    QVERIFY(!known);
}

namespace {

struct CaseFixture {
    test::TempLibrary lib;
    qint64 caseId = 0;
    qint64 served = 0; // the chronology event: the judgment served

    CaseFixture()
    {
        CaseRecord c;
        c.title = u"测试案"_s;
        c.number = u"（2024）京0491民初1号"_s;
        caseId = lib->cases().createCase(c).value();
        EventRecord e;
        e.caseId = caseId;
        e.date = u"2024-09-20"_s;
        e.text = u"一审判决书送达"_s;
        served = lib->events().addEvent(e).value();
    }
};

} // namespace

void TstDeadlines::deadlineHangsOffItsEventAndMovesUndoably()
{
    CaseFixture f;
    DeadlineStore &store = f.lib->deadlines();
    UndoManager undo;
    undo.setCurrentCase(f.caseId);
    DeadlineRecord r;
    r.caseId = f.caseId;
    r.kind = DeadlineKind::AppealJudgment;
    r.eventId = f.served;
    auto add = std::make_unique<AddDeadlineCommand>(store, r);
    auto *command = add.get();
    QVERIFY(undo.pushCase(f.caseId, std::move(add)).ok());
    const qint64 id = command->createdId();
    auto s = store.status(id);
    QVERIFY(s.ok());
    QCOMPARE(s->record.period, (Period { PeriodUnit::Days, 15 }));
    QCOMPARE(s->start, d("2024-09-20"));
    QCOMPARE(s->dueDate(), d("2024-10-08"));
    QVERIFY(s->startSource.contains(u"一审判决书送达"_s));

    // The service date is corrected in the chronology: the deadline follows, and undo restores.
    QSignalSpy changed(&store, &DeadlineStore::deadlinesChanged);
    EventRecord before = f.lib->events().event(f.served).value();
    EventRecord after = before;
    after.date = u"2024-09-25"_s;
    QVERIFY(
        undo.pushCase(f.caseId, std::make_unique<EditEventCommand>(f.lib->events(), before, after))
            .ok());
    QVERIFY(changed.count() >= 1);
    QCOMPARE(store.status(id)->dueDate(), d("2024-10-10"));
    QVERIFY(undo.undo().ok());
    QCOMPARE(store.status(id)->dueDate(), d("2024-10-08"));

    // Done and reopen, undoably.
    QVERIFY(
        undo.pushCase(f.caseId,
                std::make_unique<SetDeadlineDoneCommand>(store, store.deadline(id).value(), true))
            .ok());
    QVERIFY(store.deadline(id)->isDone());
    QVERIFY(undo.undo().ok());
    QVERIFY(!store.deadline(id)->isDone());

    // Undo of the add removes it; redo brings the same row back.
    QVERIFY(undo.undo().ok()); // the event edit was undone already; this is the add
    QVERIFY(!store.deadline(id).ok());
    QVERIFY(undo.redo().ok());
    QVERIFY(store.deadline(id).ok());

    // Removing the event leaves the deadline on the day last recorded, with a warning.
    QVERIFY(f.lib->events().trashEvent(f.served).ok());
    s = store.status(id);
    QCOMPARE(s->dueDate(), d("2024-10-08"));
    QCOMPARE(s->warnings.size(), 1);
}

void TstDeadlines::rulesFillTheirPeriods()
{
    CaseFixture f;
    DeadlineStore &store = f.lib->deadlines();
    const struct {
        DeadlineKind kind;
        Period period;
        const char *basis;
    } expected[] = {
        { DeadlineKind::Answer, { PeriodUnit::Days, 15 }, "第一百二十八条" },
        { DeadlineKind::AppealJudgment, { PeriodUnit::Days, 15 }, "第一百七十一条第一款" },
        { DeadlineKind::AppealRuling, { PeriodUnit::Days, 10 }, "第一百七十一条第二款" },
        { DeadlineKind::Retrial, { PeriodUnit::Months, 6 }, "第二百一十六条" },
        { DeadlineKind::Enforcement, { PeriodUnit::Years, 2 }, "第二百五十条" },
        { DeadlineKind::Limitation, { PeriodUnit::Years, 3 }, "第一百八十八条" },
        { DeadlineKind::PublicNotice, { PeriodUnit::Days, 30 }, "第十三条" },
    };
    for (const auto &e : expected) {
        DeadlineRecord r;
        r.caseId = f.caseId;
        r.kind = e.kind;
        r.fromDate = d("2024-03-01");
        const auto id = store.add(r);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        QCOMPARE(store.deadline(id.value())->period, e.period);
        QVERIFY(basisText(e.kind).endsWith(QString::fromUtf8(e.basis)));
    }
    // Periods the court or the letter sets must be given.
    for (DeadlineKind kind :
        { DeadlineKind::Evidence, DeadlineKind::RightsRequest, DeadlineKind::Custom }) {
        DeadlineRecord r;
        r.caseId = f.caseId;
        r.kind = kind;
        r.title = u"x"_s;
        r.fromDate = d("2024-03-01");
        const auto refused = store.add(r);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Input);
        r.period = { PeriodUnit::WorkingDays, 10 };
        QVERIFY(store.add(r).ok());
    }
    // Every kind has an id that reads back and (but the custom one) a basis.
    for (DeadlineKind kind : allDeadlineKinds()) {
        QCOMPARE(deadlineKindFromId(toId(kind)), kind);
        QCOMPARE(basisText(kind).isEmpty(), kind == DeadlineKind::Custom);
    }
}

void TstDeadlines::refusesWhatTheLawDoesNot()
{
    CaseFixture f;
    DeadlineStore &store = f.lib->deadlines();
    DeadlineRecord r;
    r.caseId = f.caseId;
    r.kind = DeadlineKind::Answer;
    r.fromDate = d("2024-03-01");
    r.period = { PeriodUnit::Days, -1 };
    QVERIFY(!store.add(r).ok());
    r.period = {};
    // A custom deadline needs to say what is due.
    DeadlineRecord custom = r;
    custom.kind = DeadlineKind::Custom;
    custom.period = { PeriodUnit::Days, 5 };
    QVERIFY(!store.add(custom).ok());
    // An event of month precision cannot start a period.
    EventRecord month;
    month.caseId = f.caseId;
    month.date = u"2024-02"_s;
    month.precision = DatePrecision::Month;
    month.text = u"某月"_s;
    const qint64 monthEvent = f.lib->events().addEvent(month).value();
    DeadlineRecord fromMonth = r;
    fromMonth.eventId = monthEvent;
    QVERIFY(!store.add(fromMonth).ok());
    // After the case closed: refused, naming both dates.
    CaseRecord c = f.lib->cases().caseById(f.caseId).value();
    c.closedOn = d("2024-02-01");
    const auto closed = f.lib->cases().updateCase(c);
    QVERIFY(closed.ok());
    c.rowVersion = closed.value(); // the version it wrote: this record is not stale
    const auto late = store.add(r);
    QVERIFY(!late.ok());
    QVERIFY(late.error().message.contains(u"2024-02-01"_s));
    QVERIFY(late.error().message.contains(u"2024-03-01"_s));
    QVERIFY(store.deadlines(f.caseId)->isEmpty());
    // Reopened, it is accepted.
    c.closedOn = QDate();
    QVERIFY(f.lib->cases().updateCase(c).ok());
    QVERIFY(store.add(r).ok());
}

void TstDeadlines::limitationStopsAtTwentyYears()
{
    CaseFixture f;
    EventRecord old;
    old.caseId = f.caseId;
    old.date = u"2004-06"_s;
    old.precision = DatePrecision::Month;
    old.text = u"信息被收集"_s;
    QVERIFY(f.lib->events().addEvent(old).ok());
    DeadlineRecord r;
    r.caseId = f.caseId;
    r.kind = DeadlineKind::Limitation;
    r.fromDate = d("2023-01-10"); // when the client learnt of it
    const auto id = f.lib->deadlines().add(r);
    QVERIFY(id.ok());
    const auto s = f.lib->deadlines().status(id.value());
    QVERIFY(s.ok());
    // 2004-06-01 + 20 years = 2024-06-01, a Saturday → Monday 3 June, before 2026-01-10.
    QCOMPARE(s->dueDate(), d("2024-06-03"));
    QVERIFY(s->due.reason.contains(u"20-year"_s));
}

void TstDeadlines::modelAppliesChangesWithoutReset()
{
    CaseFixture f;
    DeadlineModel model(f.lib->deadlines());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCase(f.caseId);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    DeadlineRecord r;
    r.caseId = f.caseId;
    r.kind = DeadlineKind::AppealJudgment;
    r.eventId = f.served;
    const qint64 first = f.lib->deadlines().add(r).value();
    r.kind = DeadlineKind::AppealRuling;
    QVERIFY(f.lib->deadlines().add(r).ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 2);
    QVERIFY(f.lib->deadlines().trash(first).ok());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.data(model.index(0, DeadlineModel::Due)).toString(), u"2024-09-30"_s);
    // 2026-03-01 (the pinned clock) is long after: overdue, in red.
    QVERIFY(model.data(model.index(0, 0), DeadlineModel::OverdueRole).toBool());
    QVERIFY(model.data(model.index(0, 0), Qt::ForegroundRole).isValid());
    QVERIFY(model.data(model.index(0, DeadlineModel::DaysLeft)).toString().contains(u"overdue"_s));
}

void TstDeadlines::filterByUrgency()
{
    CaseFixture f;
    DeadlineStore &store = f.lib->deadlines();
    const auto add = [&](const char *from, int days) {
        DeadlineRecord r;
        r.caseId = f.caseId;
        r.kind = DeadlineKind::Custom;
        r.title = QString::fromLatin1(from);
        r.fromDate = d(from);
        r.period = { PeriodUnit::Days, days };
        return store.add(r).value();
    };
    // Today is 2026-03-01 (a Sunday).
    add("2026-02-01", 10); // overdue
    add("2026-03-01", 3); // 2026-03-04: within 7
    add("2026-03-01", 20); // 2026-03-21: within 30
    const qint64 later = add("2026-03-01", 60); // 2026-04-30: later
    QVERIFY(store.setDone(later, true).ok());
    DeadlineModel model(store);
    model.setCase(0);
    DeadlineFilter filter;
    filter.setSourceModel(&model);
    QCOMPARE(filter.rowCount(), 3);
    filter.setShow(DeadlineFilter::Show::Overdue);
    QCOMPARE(filter.rowCount(), 1);
    filter.setShow(DeadlineFilter::Show::Within7);
    QCOMPARE(filter.rowCount(), 2);
    filter.setShow(DeadlineFilter::Show::Within30);
    QCOMPARE(filter.rowCount(), 3);
    filter.setShow(DeadlineFilter::Show::Done);
    QCOMPARE(filter.rowCount(), 1);
    filter.setShow(DeadlineFilter::Show::Open);
    filter.sort(DeadlineModel::Due);
    QCOMPARE(filter.index(0, DeadlineModel::Due).data().toString(), u"2026-02-11"_s);
    QCOMPARE(filter.index(2, DeadlineModel::Due).data().toString(), u"2026-03-23"_s);
}

void TstDeadlines::icsIsReadBack()
{
    CaseFixture f;
    DeadlineRecord r;
    r.caseId = f.caseId;
    r.kind = DeadlineKind::AppealJudgment;
    r.eventId = f.served;
    r.note = u"上诉状递交北京市第四中级人民法院; 副本两份, 注意"_s;
    const qint64 id = f.lib->deadlines().add(r).value();
    r.kind = DeadlineKind::AppealRuling;
    const qint64 done = f.lib->deadlines().add(r).value();
    QVERIFY(f.lib->deadlines().setDone(done, true).ok());
    const auto statuses = f.lib->deadlines().statuses(f.caseId);
    QVERIFY(statuses.ok());
    const QByteArray ics = writeICalendar(calendarEvents(statuses.value(), u"lib"_s), Clock::now());
    // CRLF endings, no line over 75 octets, no CR or LF alone.
    const QList<QByteArray> lines = ics.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        QVERIFY(lines.at(i).endsWith('\r'));
        QVERIFY2(lines.at(i).size() - 1 <= 75, lines.at(i).constData());
        QVERIFY(!QString::fromUtf8(lines.at(i)).contains(QChar::ReplacementCharacter));
    }
    QVERIFY(ics.contains("DTSTART;VALUE=DATE:20241008\r\n"));
    QVERIFY(ics.contains("DTEND;VALUE=DATE:20241009\r\n"));
    QVERIFY(ics.contains("TRIGGER:-P3D\r\n")); // a reminder three days ahead
    const auto events = readICalendar(ics);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1); // the done one is not exported
    QCOMPARE(events->first().date, d("2024-10-08"));
    QCOMPARE(events->first().uid, u"lib-deadline-%1@habeas"_s.arg(id));
    QVERIFY(events->first().summary.contains(u"（2024）京0491民初1号"_s));
    QVERIFY(events->first().description.contains(r.note));
    QVERIFY(events->first().description.contains(
        u"《中华人民共和国民事诉讼法》第一百七十一条第一款"_s));
    QVERIFY(!readICalendar("BEGIN:VEVENT\r\n").ok());
}

QTEST_GUILESS_MAIN(TstDeadlines)
#include "tst_deadlines.moc"
