// The deadline commands end to end: compute, add (from a date, a chronology event), list across
// cases with the urgency filters, done/reopen, remove, the .ics export read back, and bad input
// that exits 2 and changes nothing.
#include "clilibrary.h"
#include "clirunner.h"
#include "deadlines/icalendar.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace habeas::test;

class TstCliDeadlines final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void computeCountsTheWayCourtsCount();
    void computeWarnsOfAnUnknownYear();
    void computeRefusesBadInput_data();
    void computeRefusesBadInput();
    void deadlinesOfACase();
    void listAcrossCasesByUrgency();
    void badAddsChangeNothing_data();
    void badAddsChangeNothing();

private:
    Run cli(const QStringList &args)
    {
        return runCli(QStringList { u"--library"_s, m_lib } + args);
    }
    qint64 newCase(const QString &title);

    QTemporaryDir m_dir;
    QString m_lib;
};

void TstCliDeadlines::init()
{
    m_lib = newLibrary(m_dir,
        u"lib-"_s + QString::fromLatin1(QTest::currentTestFunction()) + u'-'
            + QString::fromLatin1(QTest::currentDataTag()));
}

qint64 TstCliDeadlines::newCase(const QString &title)
{
    const Run r = cli({ u"--json"_s, u"case"_s, u"new"_s, u"--title"_s, title, u"--number"_s,
        u"（2024）京0491民初%1号"_s.arg(title.size()) });
    return r.json().object().value(u"id"_s).toInteger();
}

void TstCliDeadlines::computeCountsTheWayCourtsCount()
{
    Run r = cli({ u"--json"_s, u"deadline"_s, u"compute"_s, u"--from"_s, u"2024-09-20"_s,
        u"--days"_s, u"15"_s });
    QCOMPARE(r.exitCode, 0);
    QJsonObject o = r.json().object();
    QCOMPARE(o.value(u"from"_s).toString(), u"2024-09-20"_s);
    QCOMPARE(o.value(u"due"_s).toString(), u"2024-10-08"_s);
    QCOMPARE(o.value(u"extended"_s).toBool(), true);
    QCOMPARE(o.value(u"reason"_s).toString(),
        u"2024-10-05 falls in the National Day holiday; extended to 2024-10-08."_s);
    QVERIFY(o.value(u"warnings"_s).toArray().isEmpty());

    r = cli({ u"--json"_s, u"deadline"_s, u"compute"_s, u"--from"_s, u"2024-02-08"_s, u"--days"_s,
        u"5"_s, u"--working-days"_s });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().object().value(u"due"_s).toString(), u"2024-02-21"_s);
    QCOMPARE(r.json().object().value(u"extended"_s).toBool(), false);

    r = cli({ u"--json"_s, u"deadline"_s, u"compute"_s, u"--from"_s, u"2023-08-31"_s, u"--months"_s,
        u"6"_s });
    QCOMPARE(r.json().object().value(u"due"_s).toString(), u"2024-02-29"_s);

    // Without --json: the date first, then the working, for people.
    r = cli({ u"deadline"_s, u"compute"_s, u"--from"_s, u"2024-09-20"_s, u"--days"_s, u"15"_s });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("2024-10-08\n"));
    QVERIFY(r.out.contains("not counted"));
}

void TstCliDeadlines::computeWarnsOfAnUnknownYear()
{
    Run r = cli({ u"--json"_s, u"deadline"_s, u"compute"_s, u"--from"_s, u"2026-12-20"_s,
        u"--days"_s, u"15"_s });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray warnings = r.json().object().value(u"warnings"_s).toArray();
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().toString().contains(u"2027"_s));
    r = cli({ u"deadline"_s, u"compute"_s, u"--from"_s, u"2026-12-20"_s, u"--days"_s, u"15"_s });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains(u"2027"_s));
}

void TstCliDeadlines::computeRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("29 feb 2023") << QStringList { u"--from"_s, u"2023-02-29"_s, u"--days"_s,
        u"15"_s } << u"2023-02-29"_s;
    QTest::newRow("zero") << QStringList { u"--from"_s, u"2024-01-02"_s, u"--days"_s, u"0"_s }
                          << u"--days"_s;
    QTest::newRow("negative") << QStringList { u"--from"_s, u"2024-01-02"_s, u"--days"_s, u"-3"_s }
                              << u"--days"_s;
    QTest::newRow("no period") << QStringList { u"--from"_s, u"2024-01-02"_s } << u"period"_s;
    QTest::newRow("two periods") << QStringList { u"--from"_s, u"2024-01-02"_s, u"--days"_s, u"3"_s,
        u"--months"_s, u"1"_s } << u"one of"_s;
    QTest::newRow("working months")
        << QStringList { u"--from"_s, u"2024-01-02"_s, u"--months"_s, u"1"_s, u"--working-days"_s }
        << u"--working-days"_s;
    QTest::newRow("no start") << QStringList { u"--days"_s, u"3"_s } << u"--from"_s;
}

void TstCliDeadlines::computeRefusesBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = cli(QStringList { u"deadline"_s, u"compute"_s } + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 1); // one clear line
    QVERIFY(!QFileInfo::exists(m_lib)); // computing needs no library and makes none
}

void TstCliDeadlines::deadlinesOfACase()
{
    const qint64 caseId = newCase(u"甲诉乙案"_s);
    QVERIFY(caseId > 0);
    const QString c = QString::number(caseId);
    Run r = cli({ u"--json"_s, u"event"_s, u"add"_s, c, u"--date"_s, u"2024-09-20"_s, u"--text"_s,
        u"一审判决书送达原告"_s });
    QCOMPARE(r.exitCode, 0);
    const QString event = QString::number(r.json().object().value(u"id"_s).toInteger());

    // The appeal period hangs off the service of the judgment; the rule knows its 15 days.
    r = cli({ u"--json"_s, u"deadline"_s, u"add"_s, c, u"--kind"_s, u"appeal-judgment"_s,
        u"--event"_s, event });
    QCOMPARE(r.exitCode, 0);
    QJsonObject o = r.json().object();
    const QString appeal = QString::number(o.value(u"id"_s).toInteger());
    QCOMPARE(o.value(u"due"_s).toString(), u"2024-10-08"_s);
    QCOMPARE(o.value(u"basis"_s).toString(), u"《中华人民共和国民事诉讼法》第一百七十一条第一款"_s);
    QCOMPARE(o.value(u"countingBasis"_s).toString(), u"《中华人民共和国民事诉讼法》第八十五条"_s);
    QCOMPARE(o.value(u"period"_s).toObject().value(u"amount"_s).toInt(), 15);
    QCOMPARE(o.value(u"eventId"_s).toInteger(), event.toLongLong());
    QVERIFY(o.value(u"overdue"_s).toBool());

    // A letter's period in working days.
    r = cli({ u"--json"_s, u"deadline"_s, u"add"_s, c, u"--kind"_s, u"rights-request"_s,
        u"--from"_s, u"2024-02-08"_s, u"--days"_s, u"5"_s, u"--working-days"_s, u"--title"_s,
        u"删除请求答复期限"_s });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().object().value(u"due"_s).toString(), u"2024-02-21"_s);
    QCOMPARE(r.json().object().value(u"title"_s).toString(), u"删除请求答复期限"_s);
    const QString letter = QString::number(r.json().object().value(u"id"_s).toInteger());

    // Edit: a different start.
    r = cli({ u"--json"_s, u"deadline"_s, u"edit"_s, letter, u"--from"_s, u"2024-02-09"_s });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().object().value(u"due"_s).toString(), u"2024-02-22"_s);

    r = cli({ u"--json"_s, u"deadline"_s, u"list"_s, c });
    QCOMPARE(r.exitCode, 0);
    QJsonArray list = r.json().array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(u"due"_s).toString(), u"2024-02-22"_s); // by due date

    QCOMPARE(cli({ u"deadline"_s, u"done"_s, letter }).exitCode, 0);
    r = cli({ u"--json"_s, u"deadline"_s, u"list"_s, c });
    QCOMPARE(r.json().array().size(), 1);
    r = cli({ u"--json"_s, u"deadline"_s, u"list"_s, c, u"--all"_s });
    QCOMPARE(r.json().array().size(), 2);
    QCOMPARE(cli({ u"deadline"_s, u"done"_s, letter, u"--reopen"_s }).exitCode, 0);
    QCOMPARE(cli({ u"--json"_s, u"deadline"_s, u"list"_s, c }).json().array().size(), 2);

    // The calendar file: one all-day event per open deadline, read back.
    const QString ics = m_dir.filePath(u"case.ics"_s);
    r = cli({ u"deadline"_s, u"ics"_s, c, u"--out"_s, ics });
    QCOMPARE(r.exitCode, 0);
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto events = habeas::readICalendar(file.readAll());
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 2);
    QStringList dates;
    for (const habeas::CalendarEvent &e : events.value())
        dates << e.date.toString(Qt::ISODate);
    dates.sort();
    QCOMPARE(dates, (QStringList { u"2024-02-22"_s, u"2024-10-08"_s }));

    QCOMPARE(cli({ u"deadline"_s, u"remove"_s, appeal }).exitCode, 0);
    QCOMPARE(cli({ u"--json"_s, u"deadline"_s, u"list"_s, c }).json().array().size(), 1);
    QCOMPARE(cli({ u"deadline"_s, u"remove"_s, appeal }).exitCode, 2);
    QVERIFY(cli({ u"audit"_s, u"verify"_s }).exitCode == 0);
}

void TstCliDeadlines::listAcrossCasesByUrgency()
{
    const QString a = QString::number(newCase(u"甲案"_s));
    const QString b = QString::number(newCase(u"乙丙案"_s));
    const QDate today = QDate::currentDate();
    const auto add = [&](const QString &c, QDate from, int days, const QString &title) {
        const Run r = cli({ u"--json"_s, u"deadline"_s, u"add"_s, c, u"--kind"_s, u"custom"_s,
            u"--from"_s, from.toString(Qt::ISODate), u"--days"_s, QString::number(days),
            u"--title"_s, title });
        QCOMPARE(r.exitCode, 0);
    };
    add(a, today.addDays(-40), 10, u"overdue"_s); // at most ~20 days after a holiday: passed
    add(b, today, 3, u"soon"_s); // 3–13 days away
    add(b, today, 200, u"later"_s);
    Run r = cli({ u"--json"_s, u"deadline"_s, u"list"_s });
    QCOMPARE(r.json().array().size(), 3);
    r = cli({ u"--json"_s, u"deadline"_s, u"list"_s, u"--overdue"_s });
    QCOMPARE(r.json().array().size(), 1);
    QCOMPARE(r.json().array().first().toObject().value(u"title"_s).toString(), u"overdue"_s);
    r = cli({ u"--json"_s, u"deadline"_s, u"list"_s, u"--due-within"_s, u"30"_s });
    QCOMPARE(r.json().array().size(), 2);
    r = cli({ u"deadline"_s, u"list"_s });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("overdue"));
    QCOMPARE(cli({ u"deadline"_s, u"list"_s, u"--due-within"_s, u"soon"_s }).exitCode, 2);
    // All cases in one calendar.
    const QString ics = m_dir.filePath(u"all.ics"_s);
    QCOMPARE(cli({ u"deadline"_s, u"ics"_s, u"--out"_s, ics }).exitCode, 0);
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(habeas::readICalendar(file.readAll())->size(), 3);
}

void TstCliDeadlines::badAddsChangeNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no kind") << QStringList { u"--from"_s, u"2024-01-02"_s } << u"--kind"_s;
    QTest::newRow("unknown kind") << QStringList { u"--kind"_s, u"appeal"_s, u"--from"_s,
        u"2024-01-02"_s } << u"appeal-judgment"_s;
    QTest::newRow("no start") << QStringList { u"--kind"_s, u"answer"_s } << u"--from"_s;
    QTest::newRow("evidence needs its period")
        << QStringList { u"--kind"_s, u"evidence"_s, u"--from"_s, u"2024-01-02"_s } << u"period"_s;
    QTest::newRow("29 feb 2023") << QStringList { u"--kind"_s, u"answer"_s, u"--from"_s,
        u"2023-02-29"_s } << u"2023-02-29"_s;
    QTest::newRow("unknown event")
        << QStringList { u"--kind"_s, u"answer"_s, u"--event"_s, u"999"_s } << u"999"_s;
    QTest::newRow("custom without title") << QStringList { u"--kind"_s, u"custom"_s, u"--from"_s,
        u"2024-01-02"_s, u"--days"_s, u"3"_s }
                                          << u"title"_s;
    QTest::newRow("after the case closed")
        << QStringList { u"--kind"_s, u"answer"_s, u"--from"_s, u"2024-06-02"_s } << u"closed"_s;
}

void TstCliDeadlines::badAddsChangeNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString c = QString::number(newCase(u"丁案"_s));
    QCOMPARE(cli({ u"case"_s, u"edit"_s, c, u"--filed-on"_s, u"2024-01-01"_s, u"--closed-on"_s,
                     u"2024-06-01"_s })
                 .exitCode,
        0);
    const auto before = libraryState(m_lib);
    const Run r = cli(QStringList { u"deadline"_s, u"add"_s, c } + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(libraryState(m_lib), before);
}

QTEST_GUILESS_MAIN(TstCliDeadlines)
#include "tst_clideadlines.moc"
