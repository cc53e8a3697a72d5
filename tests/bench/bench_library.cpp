// Speed of the foundation on a large library: 1,000 cases and 10,000 parties.
//
//   bench_library [--cli PATH] [--keep DIR]
//
// Figures: opening the library and showing the case list, the peak memory of doing so,
// creating and committing one case, and `habeas-cli case list --json` including process start.
// Each phase that is timed runs in a fresh process (this executable, re-invoked), so caches and
// memory high-water marks of one phase do not colour another.

#include "caselistpanel.h"
#include "cases/casestore.h"
#include "mainwindow.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/sql.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using namespace habeas;

namespace {

constexpr int kCases = 1000;
constexpr int kPartiesPerCase = 10;

long peakRssKb()
{
#ifdef Q_OS_UNIX
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
#else
    return 0;
#endif
}

int generate(const QString &dir)
{
    auto lib = Library::open(dir, Library::OpenMode::CreateIfMissing);
    if (!lib.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(lib.error().message));
        return 3;
    }
    Library &library = *lib.value();
    const QSqlDatabase db = library.database();
    const Status st = inTransaction(db, [&]() -> Status {
        SqlQuery insertCase(db,
            u"INSERT INTO cases (title, kind, stage, case_number, court, cause, filed_on, "
            "created_at, updated_at) VALUES (:t, :k, :s, :n, '北京互联网法院', '个人信息保护纠纷', "
            "'2021-01-27', :now, :now) RETURNING id"_s);
        SqlQuery insertParty(db,
            u"INSERT INTO parties (case_id, role, type, position, name, id_number, phone, "
            "address, created_at, updated_at) VALUES (:c, :r, 'person', :p, :name, "
            "'110105199003071239', '13800138000', '北京市朝阳区某某路1号', :now, :now) RETURNING id"_s);
        const QString stages[] = { u"intake"_s, u"investigation"_s, u"filed"_s, u"first-instance"_s,
            u"closed"_s };
        for (int c = 1; c <= kCases; ++c) {
            insertCase.bind(u":t"_s, u"原告%1诉某科技有限公司个人信息保护纠纷案"_s.arg(c))
                .bind(u":k"_s, c % 10 == 0 ? u"public-interest"_s : u"private"_s)
                .bind(u":s"_s, stages[c % 5])
                .bind(u":n"_s, u"（2024）京0491民初%1号"_s.arg(c))
                .bind(u":now"_s, u"2026-01-01T09:00:00+08:00"_s);
            if (auto e = insertCase.exec(); !e.ok())
                return e;
            const qint64 caseId = insertCase.returnedId();
            if (auto e = library.audit().append(caseId, u"case.create"_s, u"case"_s, caseId, {});
                !e.ok())
                return e;
            for (int p = 1; p <= kPartiesPerCase; ++p) {
                insertParty.bind(u":c"_s, caseId)
                    .bind(u":r"_s, p == 1 ? u"plaintiff"_s : u"defendant"_s)
                    .bind(u":p"_s, p)
                    .bind(u":name"_s, u"当事人%1-%2"_s.arg(c).arg(p))
                    .bind(u":now"_s, u"2026-01-01T09:00:00+08:00"_s);
                if (auto e = insertParty.exec(); !e.ok())
                    return e;
                if (auto e = library.audit().append(
                        caseId, u"party.add"_s, u"party"_s, insertParty.returnedId(), {});
                    !e.ok())
                    return e;
            }
        }
        return {};
    });
    if (!st.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
        return 3;
    }
    return 0;
}

// Opens the library and shows the main window until the case list holds every case.
int openAndShow(const QString &dir)
{
    QElapsedTimer timer;
    timer.start();
    auto lib = Library::open(dir, Library::OpenMode::ExistingOnly);
    if (!lib.ok())
        return 3;
    MainWindow window(*lib.value());
    window.show();
    QApplication::processEvents();
    const int rows = window.caseList()->view()->model()->rowCount();
    const qint64 ms = timer.elapsed();
    std::printf("%lld %ld %d\n", static_cast<long long>(ms), peakRssKb(), rows);
    std::fflush(stdout);
    return rows == kCases ? 0 : 1;
}

int createCases(const QString &dir)
{
    auto lib = Library::open(dir, Library::OpenMode::ExistingOnly);
    if (!lib.ok())
        return 3;
    QList<double> times;
    for (int i = 0; i < 200; ++i) {
        CaseRecord c;
        c.title = u"基准新建案件 %1"_s.arg(i);
        c.court = u"北京互联网法院"_s;
        QElapsedTimer t;
        t.start();
        if (!lib.value()->cases().createCase(c).ok())
            return 1;
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    std::printf("%.3f %.3f\n", times.at(times.size() / 2), times.at(times.size() * 95 / 100));
    std::fflush(stdout);
    return 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QStringList runSelf(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(), args);
    p.waitForFinished(600000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(u' ');
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
        qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == u"--generate"_s)
        return generate(args.at(2));
    if (args.size() == 3 && args.at(1) == u"--open"_s)
        return openAndShow(args.at(2));
    if (args.size() == 3 && args.at(1) == u"--create"_s)
        return createCases(args.at(2));

    QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(u"../../app/habeas-cli"_s);
    if (const qsizetype i = args.indexOf(u"--cli"_s); i > 0 && i + 1 < args.size())
        cli = args.at(i + 1);
    QTemporaryDir temp;
    QString dir = temp.filePath(u"library"_s);
    if (const qsizetype i = args.indexOf(u"--keep"_s); i > 0 && i + 1 < args.size())
        dir = args.at(i + 1);

    QElapsedTimer t;
    t.start();
    if (QProcess::execute(QCoreApplication::applicationFilePath(), { u"--generate"_s, dir }) != 0)
        return 1;
    std::printf("generated %d cases, %d parties in %lld ms\n", kCases, kCases * kPartiesPerCase,
        static_cast<long long>(t.elapsed()));

    QList<double> openMs;
    long peakKb = 0;
    for (int run = 0; run < 5; ++run) {
        const QStringList r = runSelf({ u"--open"_s, dir });
        if (r.size() != 3 || r.at(2).toInt() != kCases) {
            std::fprintf(stderr, "opening failed: %s\n", qPrintable(r.join(u' ')));
            return 1;
        }
        openMs << r.at(0).toDouble();
        peakKb = std::max(peakKb, r.at(1).toLong());
    }
    const QStringList create = runSelf({ u"--create"_s, dir });

    QList<double> cliMs;
    for (int run = 0; run < 10; ++run) {
        QProcess p;
        QElapsedTimer wall;
        wall.start();
        p.start(cli, { u"--library"_s, dir, u"--json"_s, u"case"_s, u"list"_s });
        p.waitForFinished(60000);
        if (p.exitCode() != 0)
            return 1;
        cliMs << wall.nsecsElapsed() / 1e6;
    }

    std::printf("%-52s %10s %10s\n", "measure", "figure", "target");
    std::printf("%-52s %7.0f ms %10s\n", "open library and show the case list (median of 5)",
        median(openMs), "< 150 ms");
    std::printf(
        "%-52s %7.1f MB %10s\n", "peak memory of that process", peakKb / 1024.0, "< 150 MB");
    std::printf("%-52s %7s ms %10s\n", "create and commit one case (median of 200)",
        qPrintable(create.value(0)), "< 5 ms");
    std::printf("%-52s %7s ms %10s\n", "  ... 95th percentile", qPrintable(create.value(1)), "");
    std::printf("%-52s %7.0f ms %10s\n", "habeas-cli case list --json, wall (median of 10)",
        median(cliMs), "< 300 ms");
    return 0;
}
