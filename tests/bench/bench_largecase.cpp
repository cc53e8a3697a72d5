// Speed of large cases and a large library, each figure printed beside its target.
//
//   bench_largecase [--quick] [--keep DIR] [--runs N]
//
// Figures, each the median of N fresh processes (this executable, re-invoked), with the GUI
// thread's CPU time beside the wall time and the load average of the moment:
//  - a case of 10,000 exhibits opens and shows its list: in a main window already open on the
//    library, the case is selected and its Evidence tab shown, until the evidence list has
//    painted (target < 150 ms); beside it the EvidenceModel alone, and the library's opening;
//  - the proof matrix of 20 claims × 2,000 exhibits: ProofMatrixModel::setCase and its
//    QTableView, already on screen, painted again (target < 50 ms);
//  - a library of 1,000 cases, 10,000 parties and 100,000 exhibits opens: Library::open, the
//    main window built and shown until its case list has painted (target < 200 ms).
// --keep DIR keeps the generated libraries there and reuses them on the next run (generating
// the large library takes minutes).

#include "benchsupport.h"
#include "caselistpanel.h"
#include "cases/casestore.h"
#include "caseworkspace.h"
#include "evidencepanel.h"
#include "itemmodels/evidencemodel.h"
#include "itemmodels/proofmatrixmodel.h"
#include "law/claimstore.h"
#include "law/statutelibrary.h"
#include "mainwindow.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/sql.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::bench;

namespace {

constexpr int kClaims = 20;
constexpr int kLibraryCases = 1000;
constexpr int kPartiesPerCase = 10;
constexpr int kExhibitsPerCase = 100;
constexpr auto kAsTheGui = Library::FileCheck::BesideWhenClosedCleanly;

std::unique_ptr<Library> openLibrary(const QString &dir, Library::OpenMode mode,
    Library::FileCheck check = Library::FileCheck::BeforeOpening)
{
    auto lib = Library::open(dir, mode, check);
    if (!lib.ok()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(dir), qPrintable(lib.error().message));
        return {};
    }
    return std::move(lib.value());
}

// Runs the event loop until `widget` has painted (or 10 s have passed).
bool waitPainted(QWidget *widget)
{
    struct Spy : QObject {
        bool painted = false;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                painted = true;
            return false;
        }
    } spy;
    widget->installEventFilter(&spy);
    QElapsedTimer t;
    t.start();
    while (!spy.painted && t.elapsed() < 10'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    widget->removeEventFilter(&spy);
    return spy.painted;
}

// --- a case of 10,000 exhibits ----------------------------------------------------------

// Twenty small cases and the large one. Prints the large case's id.
int fillCase(const QString &dir, int exhibits)
{
    auto lib = openLibrary(dir, Library::OpenMode::CreateIfMissing);
    if (!lib)
        return 3;
    for (int i = 0; i <= 20; ++i) {
        CaseRecord c;
        c.title = i < 20 ? u"其他案件 %1"_s.arg(i + 1) : u"万件证据基准案件"_s;
        c.court = u"北京互联网法院"_s;
        c.cause = u"个人信息保护纠纷"_s;
        const auto id = lib->cases().createCase(c);
        if (!id.ok())
            return 1;
        if (i == 20) {
            if (!insertExhibits(*lib, id.value(), exhibits).ok())
                return 1;
            std::printf("%lld\n", static_cast<long long>(id.value()));
        }
    }
    return 0;
}

// Prints: ms from selecting the case in an open main window to its evidence list painted, the
// GUI thread's CPU ms of that, rows; the EvidenceModel alone (ms, CPU ms); the library's
// opening and the window's (ms).
int openCase(const QString &dir, qint64 caseId)
{
    QElapsedTimer timer;
    timer.start();
    // As the GUI opens it (app/gui/main.cpp).
    auto lib = openLibrary(dir, Library::OpenMode::ExistingOnly, kAsTheGui);
    if (!lib)
        return 3;
    const qint64 libMs = timer.elapsed();
    MainWindow window(*lib);
    window.resize(1400, 900);
    window.show();
    waitPainted(window.caseList()->view()->viewport());
    const qint64 windowMs = timer.elapsed() - libMs;

    timer.restart();
    double cpu = threadCpuMs();
    window.caseList()->selectCase(caseId);
    auto *panel = window.workspace()->panel<EvidencePanel>();
    window.workspace()->showPanel(panel);
    const bool painted = waitPainted(panel->view()->viewport());
    const qint64 caseMs = timer.elapsed();
    const double caseCpu = threadCpuMs() - cpu;
    const int rows = panel->model()->rowCount();

    timer.restart();
    cpu = threadCpuMs();
    EvidenceModel model(lib->evidence());
    model.setCase(caseId);
    const qint64 modelMs = timer.elapsed();
    const double modelCpu = threadCpuMs() - cpu;

    std::printf("%lld %.0f %d %lld %.0f %lld %lld\n", static_cast<long long>(caseMs), caseCpu,
        painted ? rows : -1, static_cast<long long>(modelMs), modelCpu,
        static_cast<long long>(libMs), static_cast<long long>(windowMs));
    std::fflush(stdout);
    return 0;
}

// --- the proof matrix ---------------------------------------------------------------------

int fillMatrix(const QString &dir, int exhibits)
{
    auto lib = openLibrary(dir, Library::OpenMode::CreateIfMissing);
    if (!lib)
        return 3;
    const auto filled = fillProofMatrixCase(*lib, kClaims, exhibits);
    if (!filled.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(filled.error().message));
        return 1;
    }
    std::printf("%lld %d %d\n", static_cast<long long>(filled->caseId), filled->citations,
        filled->elements);
    return 0;
}

// Prints: ms for setCase and the table painted again (the library open, the empty table shown),
// CPU ms, rows,
// columns; then, warm, the CPU ms of EvidenceStore::headings() and ClaimStore::claims() alone.
int openMatrix(const QString &dir, qint64 caseId)
{
    auto lib = openLibrary(dir, Library::OpenMode::ExistingOnly);
    if (!lib)
        return 3;
    // The table is on screen already, as the Facts panel's is when a case is chosen, and the
    // statutes and the theories (read once per process, by the first case's claims) are loaded:
    // what is timed is filling the table and painting it again.
    (void)bundledStatutes();
    (void)theoryCatalogue();
    ProofMatrixModel model(lib->claims(), lib->evidence());
    QTableView view;
    view.resize(1400, 900);
    view.setModel(&model);
    view.show();
    waitPainted(view.viewport());
    QElapsedTimer t;
    t.start();
    const double cpu = threadCpuMs();
    model.setCase(caseId);
    const bool painted = waitPainted(view.viewport());
    const qint64 ms = t.elapsed();
    const double cpuMs = threadCpuMs() - cpu;
    // Where the time goes, read once more (warm): the exhibits, the claims.
    double part = threadCpuMs();
    const bool items = lib->evidence().headings(caseId).ok();
    const double itemsMs = threadCpuMs() - part;
    part = threadCpuMs();
    const bool claims = lib->claims().claims(caseId).ok();
    const double claimsMs = threadCpuMs() - part;
    std::printf("%lld %.0f %d %d %.1f %.1f\n", static_cast<long long>(ms), cpuMs,
        painted && items && claims ? model.rowCount() : -1, model.columnCount(), itemsMs, claimsMs);
    std::fflush(stdout);
    return 0;
}

// --- a library of 1,000 cases -------------------------------------------------------------

// 1,000 cases of ten parties and 100 exhibits each, written through SQL with their audit
// entries (as bench_library writes its cases).
int fillLibrary(const QString &dir, int exhibitsPerCase)
{
    auto lib = openLibrary(dir, Library::OpenMode::CreateIfMissing);
    if (!lib)
        return 3;
    Library &library = *lib;
    const QSqlDatabase db = library.database();
    QList<qint64> caseIds;
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
        for (int c = 1; c <= kLibraryCases; ++c) {
            insertCase.bind(u":t"_s, u"原告%1诉某科技有限公司个人信息保护纠纷案"_s.arg(c))
                .bind(u":k"_s, c % 10 == 0 ? u"public-interest"_s : u"private"_s)
                .bind(u":s"_s, stages[c % 5])
                .bind(u":n"_s, u"（2024）京0491民初%1号"_s.arg(c))
                .bind(u":now"_s, u"2026-01-01T09:00:00+08:00"_s);
            if (auto e = insertCase.exec(); !e.ok())
                return e;
            const qint64 caseId = insertCase.returnedId();
            caseIds << caseId;
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
    for (qint64 caseId : std::as_const(caseIds))
        if (auto ids = insertExhibits(library, caseId, exhibitsPerCase); !ids.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(ids.error().message));
            return 3;
        }
    return 0;
}

// Prints: ms from nothing to the main window's case list painted, the GUI thread's CPU ms,
// rows, and of the ms the library's opening alone.
int openLibraryWindow(const QString &dir)
{
    QElapsedTimer timer;
    timer.start();
    const double cpu = threadCpuMs();
    // As the GUI opens it (app/gui/main.cpp).
    auto lib = openLibrary(dir, Library::OpenMode::ExistingOnly, kAsTheGui);
    if (!lib)
        return 3;
    const qint64 libMs = timer.elapsed();
    MainWindow window(*lib);
    window.resize(1400, 900);
    window.show();
    const bool painted = waitPainted(window.caseList()->view()->viewport());
    const qint64 ms = timer.elapsed();
    std::printf("%lld %.0f %d %lld\n", static_cast<long long>(ms), threadCpuMs() - cpu,
        painted ? window.caseList()->view()->model()->rowCount() : -1,
        static_cast<long long>(libMs));
    std::fflush(stdout);
    return 0;
}

QString argAfter(const QStringList &args, const QString &flag)
{
    const qsizetype i = args.indexOf(flag);
    return i > 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}

// Runs a phase `runs` times in fresh processes; each result has `fields` numbers. Empty when
// a run failed.
QList<QStringList> repeat(const QStringList &phase, int runs, qsizetype fields)
{
    QList<QStringList> results;
    for (int run = 0; run < runs; ++run) {
        const QStringList r = runSelf(phase);
        if (r.size() != fields || r.at(0).toDouble() <= 0) {
            std::fprintf(
                stderr, "%s failed: %s\n", qPrintable(phase.join(u' ')), qPrintable(r.join(u' ')));
            return {};
        }
        results << r;
    }
    return results;
}

double medianOf(const QList<QStringList> &results, int field)
{
    QList<double> values;
    for (const QStringList &r : results)
        values << r.at(field).toDouble();
    return values.isEmpty() ? -1 : median(values);
}

// Generates a library with `fill` unless a kept one is there; returns the first line the
// fill printed (or what the kept library's marker file holds).
QString prepared(const QString &dir, const QStringList &fill)
{
    const QString marker = QDir(dir).filePath(u"bench-fill.txt"_s);
    if (QFile f(marker); f.open(QIODevice::ReadOnly))
        return QString::fromUtf8(f.readAll()).trimmed();
    QDir(dir).removeRecursively();
    QElapsedTimer t;
    t.start();
    const QString out = runSelf(fill).join(u' ');
    if (!QFileInfo::exists(QDir(dir).filePath(u"library.sqlite"_s)))
        return {};
    if (QFile f(marker); f.open(QIODevice::WriteOnly))
        f.write(out.toUtf8());
    std::printf(
        "generated %s in %.1f s\n", qPrintable(QFileInfo(dir).fileName()), t.elapsed() / 1000.0);
    std::fflush(stdout);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == u"--fill-case"_s)
        return fillCase(args.at(2), args.at(3).toInt());
    if (args.size() == 4 && args.at(1) == u"--open-case"_s)
        return openCase(args.at(2), args.at(3).toLongLong());
    if (args.size() == 4 && args.at(1) == u"--fill-matrix"_s)
        return fillMatrix(args.at(2), args.at(3).toInt());
    if (args.size() == 4 && args.at(1) == u"--matrix"_s)
        return openMatrix(args.at(2), args.at(3).toLongLong());
    if (args.size() == 4 && args.at(1) == u"--fill-library"_s)
        return fillLibrary(args.at(2), args.at(3).toInt());
    if (args.size() == 3 && args.at(1) == u"--open-library"_s)
        return openLibraryWindow(args.at(2));

    const bool quick = args.contains(u"--quick"_s);
    const int runs =
        argAfter(args, u"--runs"_s).isEmpty() ? 5 : argAfter(args, u"--runs"_s).toInt();
    const int caseExhibits = quick ? 1000 : 10000;
    const int matrixExhibits = quick ? 200 : 2000;
    const int perCase = quick ? 10 : kExhibitsPerCase;
    QTemporaryDir temp;
    const QString work =
        argAfter(args, u"--keep"_s).isEmpty() ? temp.path() : argAfter(args, u"--keep"_s);
    QDir().mkpath(work);
    const QString scale = quick ? u"quick"_s : u"full"_s;
    const auto path = [&](const QString &name) {
        return QDir(work).filePath(name + u'-' + scale);
    };

    const QString caseLib = path(u"case-library"_s);
    const QString caseId =
        prepared(caseLib, { u"--fill-case"_s, caseLib, QString::number(caseExhibits) });
    const QString matrixLib = path(u"matrix-library"_s);
    const QStringList matrixFill =
        prepared(matrixLib, { u"--fill-matrix"_s, matrixLib, QString::number(matrixExhibits) })
            .split(u' ');
    const QString bigLib = path(u"large-library"_s);
    prepared(bigLib, { u"--fill-library"_s, bigLib, QString::number(perCase) });

    std::printf("\nload average before: %s (2 cores)\n", qPrintable(loadAverage()));
    const auto opened = repeat({ u"--open-case"_s, caseLib, caseId }, runs, 7);
    const QString caseLoad = loadAverage();
    const auto matrix = matrixFill.size() == 3
        ? repeat({ u"--matrix"_s, matrixLib, matrixFill.at(0) }, runs, 6)
        : QList<QStringList>();
    const QString matrixLoad = loadAverage();
    const auto library = repeat({ u"--open-library"_s, bigLib }, runs, 4);
    const QString libraryLoad = loadAverage();

    std::printf("%-66s %9s %9s %9s  %s\n", "measure (median of fresh processes)", "wall", "GUI CPU",
        "target", "load average after");
    if (!opened.isEmpty()) {
        std::printf("%-66s %6.0f ms %6.0f ms %9s  %s\n",
            qPrintable(u"open a case of %1 exhibits and show its list (%2 runs)"_s.arg(caseExhibits)
                           .arg(opened.size())),
            medianOf(opened, 0), medianOf(opened, 1), "< 150 ms", qPrintable(caseLoad));
        std::printf("%-66s %6.0f ms %6.0f ms\n", "  of which the EvidenceModel alone, filled",
            medianOf(opened, 3), medianOf(opened, 4));
        std::printf("%-66s %6.0f ms\n", "  (before: the library opened)", medianOf(opened, 5));
        std::printf("%-66s %6.0f ms\n", "  (before: the main window shown)", medianOf(opened, 6));
    } else {
        std::printf("open a case of %d exhibits: FAILED\n", caseExhibits);
    }
    if (!matrix.isEmpty())
        std::printf("%-66s %6.0f ms %6.0f ms %9s  %s\n",
            qPrintable(
                u"proof matrix, %1 claims × %2 exhibits (%3 rows, %4 citations)"_s.arg(kClaims)
                    .arg(matrixExhibits)
                    .arg(matrixFill.at(2), matrixFill.at(1))),
            medianOf(matrix, 0), medianOf(matrix, 1), "< 50 ms", qPrintable(matrixLoad));
    if (!matrix.isEmpty())
        std::printf("%-66s %6.1f ms, claims() %.1f ms\n", "  CPU, warm: EvidenceStore::headings()",
            medianOf(matrix, 4), medianOf(matrix, 5));
    else
        std::printf("proof matrix: FAILED\n");
    if (!library.isEmpty()) {
        std::printf("%-66s %6.0f ms %6.0f ms %9s  %s\n",
            qPrintable(u"open a library of %1 cases, %2 parties, %3 exhibits"_s.arg(kLibraryCases)
                           .arg(kLibraryCases * kPartiesPerCase)
                           .arg(kLibraryCases * perCase)),
            medianOf(library, 0), medianOf(library, 1), "< 200 ms", qPrintable(libraryLoad));
        std::printf("%-66s %6.0f ms\n", "  of which Library::open", medianOf(library, 3));
    } else {
        std::printf("open a library: FAILED\n");
    }
    return opened.isEmpty() || matrix.isEmpty() || library.isEmpty() ? 1 : 0;
}
