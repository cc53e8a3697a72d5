// Speed of the register of affected persons against SQLite's own CSV import.
//
//   bench_register [--rows N] [--keep DIR]
//
// Generates a register CSV of N rows (default 1,000,000; --rows 10000000 for the full figure:
// name, ID number, phone, address, category; about 1% repeats of an earlier person, 0.5% ID
// numbers with a wrong check character), then, each in a fresh process so that their peak
// memory is their own:
//   ours    RegisterStore::importFile into a new library (parse, check, hash, count, store);
//   stats   RegisterStore::stats of that register, in a process that opens the library anew;
//   sqlite3 the sqlite3 command-line tool's `.import --csv` of the same file into a fresh
//           database (no checking, no hashing: the floor to compare with).
// Prints each time, peak RSS and the ratio ours / sqlite3 (the target: at most 3).

#include "benchsupport.h"
#include "cases/casestore.h"
#include "register/registerstore.h"
#include "storage/library.h"
#include "validation/identitycodes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::bench;

namespace {

const char *const kCategories[] = { "行踪轨迹", "财产信息", "通信记录", "健康生理", "住宿信息",
    "交易信息" };
const int kProvinces[] = { 11, 12, 13, 31, 32, 33, 37, 41, 44, 51, 61, 65 };

bool generate(const QString &path, qint64 rows)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(14);
    QByteArray buffer = "姓名,身份证号,手机号,地址,信息类别\r\n";
    QList<QByteArray> recent;
    for (qint64 i = 0; i < rows; ++i) {
        QByteArray id;
        if (!recent.isEmpty() && rng.bounded(100) == 0) {
            id = recent.at(rng.bounded(int(recent.size())));
        } else {
            const QDate birth = QDate(1940, 1, 1).addDays(rng.bounded(365 * 80));
            const QString first17 = u"%1%2%3%4"_s.arg(kProvinces[rng.bounded(12)])
                                        .arg(rng.bounded(100, 9999), 4, 10, QChar(u'0'))
                                        .arg(birth.toString(u"yyyyMMdd"_s))
                                        .arg(rng.bounded(1000), 3, 10, QChar(u'0'));
            QChar check = residentIdCheckCharacter(first17);
            if (rng.bounded(200) == 0)
                check = check == u'0' ? u'1' : u'0';
            id = (first17 + check).toLatin1();
            if (recent.size() < 1000)
                recent.append(id);
            else
                recent[rng.bounded(1000)] = id;
        }
        buffer += "张某" + QByteArray::number(i % 1000) + ',' + id + ",1"
            + QByteArray::number(rng.bounded(3, 9))
            + QByteArray::number(rng.bounded(100000000, 999999999)) + ",\"某省某市某区某路"
            + QByteArray::number(rng.bounded(1, 999)) + "号\"," + kCategories[rng.bounded(6)]
            + "\r\n";
        if (buffer.size() > (1 << 20)) {
            out.write(buffer);
            buffer.clear();
        }
    }
    out.write(buffer);
    return out.flush();
}

// Phase: import `csv` into a new library at `dir`. Prints seconds, peak RSS (KiB), records.
int phaseImport(const QString &dir, const QString &csv)
{
    auto lib = Library::open(dir, Library::OpenMode::CreateIfMissing);
    if (!lib.ok())
        return 3;
    CaseRecord c;
    c.title = u"某公司侵害公民个人信息刑事附带民事公益诉讼案"_s;
    const auto caseId = lib.value()->cases().createCase(c);
    RegisterImportOptions options;
    options.asOf = QDate(2021, 6, 1);
    QElapsedTimer timer;
    timer.start();
    const auto report = RegisterStore(*lib.value()).importFile(caseId.value(), csv, options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!report.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
        return 1;
    }
    std::printf("%.3f %ld %lld\n", seconds, peakRssKb(), report->stats.records);
    return 0;
}

// Phase: the statistics of the register at `dir` (case 1), the library opened anew.
int phaseStats(const QString &dir)
{
    auto lib = Library::open(dir, Library::OpenMode::ExistingOnly);
    if (!lib.ok())
        return 3;
    QElapsedTimer timer;
    timer.start();
    const auto stats = RegisterStore(*lib.value()).stats(1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!stats.ok())
        return 1;
    std::printf("%.4f %lld\n", seconds, stats->records);
    return 0;
}

// sqlite3's own CSV import into a fresh database: seconds and the tool's peak RSS.
bool sqliteImport(
    const QString &sqlite3, const QString &db, const QString &csv, double &seconds, long &rssKb)
{
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(
        u"/usr/bin/time"_s, { u"-f"_s, u"%M"_s, sqlite3, db, u".import --csv %1 t"_s.arg(csv) });
    if (!p.waitForFinished(3'600'000) || p.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", p.readAllStandardError().constData());
        return false;
    }
    seconds = double(timer.nsecsElapsed()) / 1e9;
    const QList<QByteArray> lines = p.readAllStandardError().trimmed().split('\n');
    rssKb = lines.isEmpty() ? 0 : lines.last().toLong();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == u"--phase-import"_s)
        return phaseImport(args.value(1), args.value(2));
    if (args.value(0) == u"--phase-stats"_s)
        return phaseStats(args.value(1));
    qint64 rows = 1'000'000;
    QString keep;
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == u"--rows"_s)
            rows = args[i + 1].toLongLong();
        else if (args[i] == u"--keep"_s)
            keep = args[i + 1];
    }
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    const QString csv = dir + u"/register.csv"_s;
    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (sqlite3.isEmpty()) {
        std::fprintf(stderr, "sqlite3 is not installed (scripts/deps.sh)\n");
        return 2;
    }
    std::printf("register of %lld rows; load average %s\n", rows, qPrintable(loadAverage()));
    QElapsedTimer timer;
    timer.start();
    if (!generate(csv, rows))
        return 3;
    std::printf("generated %s (%.0f MB) in %.1f s\n", qPrintable(csv),
        double(QFile(csv).size()) / 1e6, double(timer.elapsed()) / 1000.0);
    const QStringList ours = runSelf({ u"--phase-import"_s, dir + u"/lib"_s, csv });
    const QStringList stats = runSelf({ u"--phase-stats"_s, dir + u"/lib"_s });
    double sqliteSeconds = 0;
    long sqliteRss = 0;
    if (ours.size() < 3 || stats.size() < 2
        || !sqliteImport(sqlite3, dir + u"/sqlite3.db"_s, csv, sqliteSeconds, sqliteRss))
        return 1;
    const double oursSeconds = ours[0].toDouble();
    std::printf("ours:    %8.2f s  peak RSS %6.0f MB  %s records\n", oursSeconds,
        ours[1].toDouble() / 1024.0, qPrintable(ours[2]));
    std::printf("sqlite3: %8.2f s  peak RSS %6.0f MB  (.import --csv, unvalidated)\n",
        sqliteSeconds, double(sqliteRss) / 1024.0);
    std::printf("ratio:   %8.2f  (target <= 3)\n", oursSeconds / sqliteSeconds);
    std::printf("stats:   %8.4f s\n", stats[0].toDouble());
    std::printf("load average after: %s\n", qPrintable(loadAverage()));
    return 0;
}
