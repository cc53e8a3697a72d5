// Speed of facts and law: statute search, the statute browser, the proof matrix.
//
//   bench_law [--quick] [--keep DIR]
//
// Figures: statute search over every shipped instrument (median of ~60 queries), opening the
// statute browser (construct and show, in a fresh process), and the proof matrix of a case with
// 20 claims and 2,000 exhibits (ProofMatrixModel::setCase and a QTableView shown, in a fresh
// process). Each timed phase runs in a fresh process (this executable, re-invoked).

#include "benchsupport.h"
#include "cases/casestore.h"
#include "core/clock.h"
#include "itemmodels/proofmatrixmodel.h"
#include "law/claimstore.h"
#include "law/statutelibrary.h"
#include "law/statutesearch.h"
#include "statutebrowser.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/sql.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
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

// Words a lawyer looks up, frequent (人民法院: ~1,600 occurrences) to rare (图像采集: one).
const QStringList kQueries { u"个人信息处理者"_s, u"单独同意"_s, u"敏感个人信息"_s, u"人民法院"_s,
    u"未成年人"_s, u"合法权益"_s, u"自动化决策"_s, u"公共利益"_s, u"隐私权"_s, u"私密信息"_s,
    u"诉讼请求"_s, u"当事人"_s, u"损害赔偿"_s, u"侵权责任"_s, u"人脸识别"_s, u"生物识别"_s,
    u"行踪轨迹"_s, u"金融账户"_s, u"医疗健康"_s, u"宗教信仰"_s, u"跨境提供"_s, u"安全评估"_s,
    u"网信部门"_s, u"履行职责"_s, u"查阅、复制"_s, u"近亲属"_s, u"委托处理"_s, u"公共场所"_s,
    u"图像采集"_s, u"商业性信息"_s, u"精神损害"_s, u"停止侵害"_s, u"赔礼道歉"_s, u"人民检察院"_s,
    u"消费者组织"_s, u"举证证明"_s, u"电子数据"_s, u"格式条款"_s, u"网络服务提供者"_s,
    u"撤回同意"_s, u"个性化推荐"_s, u"去标识化"_s, u"匿名化"_s, u"数据处理者"_s, u"重要数据"_s,
    u"网络运营者"_s, u"电子商务经营者"_s, u"人格尊严"_s, u"名誉权"_s, u"肖像权"_s, u"个人隐私"_s,
    u"证据保全"_s, u"鉴定意见"_s, u"举证期限"_s, u"先予执行"_s, u"个人信息 单独同意"_s,
    u"人民法院 电子数据"_s, u"用户协议"_s };
// Two characters: a substring scan rather than the trigram index, timed apart.
const QStringList kShortQueries { u"管辖"_s, u"泄露"_s, u"篡改"_s, u"公证"_s, u"再审"_s, u"上诉"_s,
    u"便捷"_s, u"丢失"_s };

std::unique_ptr<Library> openLibrary(const QString &dir, Library::OpenMode mode)
{
    auto lib = Library::open(dir, mode);
    if (!lib.ok()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(dir), qPrintable(lib.error().message));
        return {};
    }
    return std::move(lib.value());
}

// Prints: load + index ms, then median, 90th percentile and slowest of the queries, then the
// same for the two-character ones, then how many queries found something.
int searchPhase()
{
    QElapsedTimer t;
    t.start();
    StatuteLibrary library;
    if (!library.load()) {
        std::fprintf(stderr, "%s\n", qPrintable(library.errorString()));
        return 1;
    }
    StatuteSearch search(library);
    if (!search.build().ok())
        return 1;
    const qint64 buildMs = t.elapsed();
    int found = 0;
    const auto run = [&](const QStringList &queries) {
        QList<double> ms;
        for (const QString &q : queries) {
            QElapsedTimer timer;
            timer.start();
            const auto hits = search.search(q, 200); // as the browser asks
            ms << double(timer.nsecsElapsed()) / 1e6;
            if (hits.ok() && !hits->isEmpty())
                ++found;
        }
        return ms;
    };
    const QList<double> longMs = run(kQueries);
    const QList<double> shortMs = run(kShortQueries);
    std::printf("%lld %.2f %.2f %.2f %.2f %.2f %.2f %d\n", static_cast<long long>(buildMs),
        median(longMs), percentile(longMs, 0.9), percentile(longMs, 1), median(shortMs),
        percentile(shortMs, 0.9), percentile(shortMs, 1), found);
    std::fflush(stdout);
    return 0;
}

// Prints: ms to construct and show the browser until its first paint is done, peak RSS KB.
int browserPhase()
{
    QElapsedTimer t;
    t.start();
    StatuteBrowser browser;
    browser.show();
    QCoreApplication::processEvents();
    const qint64 ms = t.elapsed();
    std::printf("%lld %ld\n", static_cast<long long>(ms), peakRssKb());
    std::fflush(stdout);
    return browser.results() ? 0 : 1;
}

// A case with kClaims claims on `exhibits` exhibits (bench::fillProofMatrixCase). Prints the
// case id, the citation count and the element rows.
int matrixFill(const QString &dir, int exhibits)
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
    std::fflush(stdout);
    return 0;
}

// Prints: ms for setCase and the table shown (the library already open), rows, columns, peak
// RSS KB.
int matrixPhase(const QString &dir, qint64 caseId)
{
    auto lib = openLibrary(dir, Library::OpenMode::ExistingOnly);
    if (!lib)
        return 3;
    QElapsedTimer t;
    t.start();
    ProofMatrixModel model(lib->claims(), lib->evidence());
    QTableView view;
    view.resize(1400, 900);
    view.setModel(&model);
    model.setCase(caseId);
    view.show();
    QCoreApplication::processEvents();
    const qint64 ms = t.elapsed();
    std::printf("%lld %d %d %ld\n", static_cast<long long>(ms), model.rowCount(),
        model.columnCount(), peakRssKb());
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() == 2 && args.at(1) == u"--search"_s)
        return searchPhase();
    if (args.size() == 2 && args.at(1) == u"--browser"_s)
        return browserPhase();
    if (args.size() == 4 && args.at(1) == u"--matrix-fill"_s)
        return matrixFill(args.at(2), args.at(3).toInt());
    if (args.size() == 4 && args.at(1) == u"--matrix"_s)
        return matrixPhase(args.at(2), args.at(3).toLongLong());

    const bool quick = args.contains(u"--quick"_s);
    const int runs = quick ? 2 : 5;
    const int exhibits = quick ? 200 : 2000;
    QTemporaryDir temp;
    QString work = temp.path();
    if (const qsizetype i = args.indexOf(u"--keep"_s); i > 0 && i + 1 < args.size())
        work = args.at(i + 1);
    const QString matrixLib = QDir(work).filePath(u"matrix-library-%1"_s.arg(exhibits));
    QDir(matrixLib).removeRecursively();

    const QStringList search = runSelf({ u"--search"_s });
    QList<double> browserMs;
    long browserKb = 0;
    for (int run = 0; run < runs; ++run) {
        const QStringList r = runSelf({ u"--browser"_s });
        if (r.size() != 2)
            break;
        browserMs << r.at(0).toDouble();
        browserKb = std::max(browserKb, r.at(1).toLong());
    }
    const QStringList fill = runSelf({ u"--matrix-fill"_s, matrixLib, QString::number(exhibits) });
    QList<double> matrixMs;
    QStringList matrix;
    for (int run = 0; run < runs && fill.size() == 3; ++run) {
        matrix = runSelf({ u"--matrix"_s, matrixLib, fill.at(0) });
        if (matrix.size() != 4)
            break;
        matrixMs << matrix.at(0).toDouble();
    }

    std::printf("load average now: %s (2 cores)\n", qPrintable(loadAverage()));
    if (search.size() == 8) {
        std::printf("statute search, %lld queries of 3+ characters: median %s ms (target < 20 "
                    "ms)\n",
            static_cast<long long>(kQueries.size()), qPrintable(search.at(1)));
        std::printf("  90th percentile %s ms, slowest %s ms; %s of %lld queries found something; "
                    "loading and indexing the statutes took %s ms\n",
            qPrintable(search.at(2)), qPrintable(search.at(3)), qPrintable(search.at(7)),
            static_cast<long long>(kQueries.size() + kShortQueries.size()),
            qPrintable(search.at(0)));
        std::printf("  %lld two-character queries (a scan): median %s ms, slowest %s ms\n",
            static_cast<long long>(kShortQueries.size()), qPrintable(search.at(4)),
            qPrintable(search.at(6)));
    } else {
        std::printf("statute search: FAILED\n");
    }
    if (!browserMs.isEmpty())
        std::printf("open the statute browser (construct + show, fresh process): median %.0f ms "
                    "of %lld (target < 200 ms); peak memory %.1f MB\n",
            median(browserMs), static_cast<long long>(browserMs.size()), browserKb / 1024.0);
    else
        std::printf("open the statute browser: FAILED\n");
    if (!matrixMs.isEmpty())
        std::printf("proof matrix, %d claims × %d exhibits (%s element rows, %s citations): "
                    "median %.0f ms of %lld (target < 50 ms); peak memory %.1f MB\n",
            kClaims, exhibits, qPrintable(fill.at(2)), qPrintable(fill.at(1)), median(matrixMs),
            static_cast<long long>(matrixMs.size()), matrix.at(3).toLong() / 1024.0);
    else
        std::printf("proof matrix: FAILED\n");
    return 0;
}
