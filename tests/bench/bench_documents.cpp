// Speed of the filing documents: the complaint as DOCX and PDF, the evidence bundle.
//
//   bench_documents [--quick] [--keep DIR] [--no-stream]
//
// Figures: the 民事起诉状 (civil-complaint) of the demo case as DOCX and as PDF, each
// buildDocument + the writer saving the file (median of several runs, the first run apart);
// the evidence bundle 证据材料 of 100 screenshots and 20 ten-page PDFs (322 pages with the
// cover and the list): planEvidenceBundle + saveEvidenceBundle on every core and on one
// thread, each in a fresh process: its time, peak memory, and the CPU time of the writing
// thread and of all threads (what the figure would be on idle cores: the machine is shared);
// then the same exhibits ten times over (3,022 pages) written to a sink that keeps nothing,
// with the resident memory along the way: a bundle streams when it does not grow.

#include "benchsupport.h"
#include "demo/demolibrary.h"
#include "docxwriter.h"
#include "evidence/evidencestore.h"
#include "evidencebundle.h"
#include "filingcontext.h"
#include "pdfwriter.h"
#include "storage/library.h"
#include "templateregistry.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <ctime>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::bench;

namespace {

std::unique_ptr<Library> openLibrary(const QString &dir, Library::OpenMode mode)
{
    auto lib = Library::open(dir, mode);
    if (!lib.ok()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(dir), qPrintable(lib.error().message));
        return {};
    }
    return std::move(lib.value());
}

// The demo case, and (bundle) its own exhibits set aside for the generated ones. Prints the
// case id.
int fill(const QString &dir, const QStringList &files)
{
    auto lib = openLibrary(dir, Library::OpenMode::CreateIfMissing);
    if (!lib)
        return 3;
    const auto caseId = addDemoCase(*lib);
    if (!caseId.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(caseId.error().message));
        return 1;
    }
    if (!files.isEmpty()) {
        const auto items = lib->evidence().items(caseId.value());
        if (!items.ok())
            return 1;
        for (const EvidenceRecord &r : items.value())
            if (!lib->evidence().trashItem(r.id).ok())
                return 1;
        for (const QString &file : files) {
            EvidenceRecord meta;
            meta.title = QFileInfo(file).completeBaseName();
            meta.purpose = u"证明被告未经单独同意收集、使用原告的个人信息"_s;
            const ImportOutcome o = lib->evidence().importFile(caseId.value(), file, meta);
            if (o.kind != ImportOutcome::Kind::Imported) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(o.message));
                return 1;
            }
        }
    }
    std::printf("%lld\n", static_cast<long long>(caseId.value()));
    std::fflush(stdout);
    return 0;
}

// Prints, for DOCX then PDF: the first run's ms, the median ms of the others, the median of
// buildDocument alone and of the writer alone; then the PDF's page count.
int complaintPhase(const QString &dir, qint64 caseId, int runs)
{
    auto lib = openLibrary(dir, Library::OpenMode::ExistingOnly);
    if (!lib)
        return 3;
    QTemporaryDir out;
    const TemplateRegistry registry(lib->path()); // as the Documents panel builds it
    int pages = 0;
    const auto measure = [&](bool pdf) -> QList<double> {
        QList<double> total;
        QList<double> build;
        QList<double> write;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer t;
            t.start();
            const auto document =
                buildDocument(*lib, caseId, u"civil-complaint"_s, registry, false);
            if (!document.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(document.error().message));
                return {};
            }
            const double built = double(t.nsecsElapsed()) / 1e6;
            const QString path = out.filePath(pdf ? u"起诉状.pdf"_s : u"起诉状.docx"_s);
            bool ok = true;
            if (pdf) {
                const auto saved = savePdf(document.value(), path);
                ok = saved.ok();
                pages = saved.ok() ? saved.value() : 0;
            } else {
                ok = saveDocx(document.value(), path).ok();
            }
            if (!ok)
                return {};
            const double all = double(t.nsecsElapsed()) / 1e6;
            total << all;
            if (run > 0) {
                build << built;
                write << all - built;
            }
        }
        const double first = total.takeFirst();
        return { first, median(total), median(build), median(write) };
    };
    const QList<double> docx = measure(false);
    const QList<double> pdf = measure(true);
    if (docx.size() != 4 || pdf.size() != 4)
        return 1;
    std::printf("%.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %d\n", docx[0], docx[1], docx[2], docx[3],
        pdf[0], pdf[1], pdf[2], pdf[3], pages);
    std::fflush(stdout);
    return 0;
}

double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double processCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

long residentKb()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    return QString::fromLatin1(statm.readAll()).section(u' ', 1, 1).toLong()
        * (sysconf(_SC_PAGESIZE) / 1024);
}

// Keeps nothing: the 3,000-page bundle's bytes are counted, not stored.
class Sink final : public QIODevice {
public:
    qint64 written = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        written += size;
        return size;
    }
};

std::optional<BundlePlan> plan(const QString &dir, qint64 caseId)
{
    auto lib = openLibrary(dir, Library::OpenMode::ExistingOnly);
    if (!lib)
        return {};
    const TemplateRegistry registry(lib->path());
    auto planned = planEvidenceBundle(*lib, caseId, registry, false);
    if (!planned.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(planned.error().message));
        return {};
    }
    return std::move(planned).value();
}

// Prints: plan ms, write ms, pages, peak RSS KB, file size bytes, CPU ms of this thread (plan
// and write), CPU ms of the process (plan and write), decoding threads.
int bundlePhase(const QString &dir, qint64 caseId, int threads)
{
    QTemporaryDir out;
    const QString path = out.filePath(u"证据材料.pdf"_s);
    QElapsedTimer t;
    t.start();
    const double cpuBefore = processCpuMs();
    const double writerBefore = threadCpuMs(); // this thread plans, then writes
    const std::optional<BundlePlan> planned = plan(dir, caseId);
    if (!planned)
        return 1;
    const qint64 planMs = t.elapsed();
    BundleWriteOptions options;
    options.threads = threads;
    const auto pages = saveEvidenceBundle(*planned, path, options);
    if (!pages.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(pages.error().message));
        return 1;
    }
    const qint64 writeMs = t.elapsed() - planMs;
    std::printf("%lld %lld %d %ld %lld %.0f %.0f %d\n", static_cast<long long>(planMs),
        static_cast<long long>(writeMs), pages.value(), peakRssKb(),
        static_cast<long long>(QFileInfo(path).size()), threadCpuMs() - writerBefore,
        processCpuMs() - cpuBefore, threads > 0 ? threads : QThread::idealThreadCount());
    std::fflush(stdout);
    return 0;
}

// The plan's exhibits `copies` times over, paginated after its cover and list.
BundlePlan repeated(BundlePlan plan, int copies)
{
    const QList<BundleExhibit> once = plan.exhibits;
    plan.exhibits.clear();
    int page = plan.coverPages + plan.listPages + 1;
    for (int copy = 0; copy < copies; ++copy) {
        for (BundleExhibit e : once) {
            e.firstPage = page;
            page += e.pages;
            plan.exhibits << e;
        }
    }
    plan.pageCount = page - 1;
    return plan;
}

// Prints: pages, write ms, peak RSS KB, then the resident KB after each tenth of the pages.
int streamPhase(const QString &dir, qint64 caseId, int copies)
{
    const std::optional<BundlePlan> planned = plan(dir, caseId);
    if (!planned)
        return 1;
    const BundlePlan big = repeated(*planned, copies);
    QList<long> resident;
    BundleWriteOptions options;
    options.progress = [&](int done, int total) {
        if (done * 10 / total > resident.size())
            resident << residentKb();
    };
    Sink sink;
    sink.open(QIODevice::WriteOnly);
    QElapsedTimer t;
    t.start();
    const auto pages = writeEvidenceBundle(big, &sink, options);
    if (!pages.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(pages.error().message));
        return 1;
    }
    std::printf("%d %lld %ld %lld", pages.value(), static_cast<long long>(t.elapsed()), peakRssKb(),
        static_cast<long long>(sink.written));
    for (long kb : std::as_const(resident))
        std::printf(" %ld", kb);
    std::printf("\n");
    std::fflush(stdout);
    return 0;
}

void printBundle(const QStringList &bundle, const QString &label, double targetSeconds)
{
    if (bundle.size() != 8) {
        std::printf("evidence bundle (%s): FAILED\n", qPrintable(label));
        return;
    }
    const auto at = [&](int i) {
        return bundle.at(i).toDouble();
    };
    std::printf("evidence bundle, %s (%d decoding threads + the writer): %.1f s for %s pages",
        qPrintable(label), bundle.at(7).toInt(), (at(0) + at(1)) / 1000, qPrintable(bundle.at(2)));
    if (targetSeconds > 0)
        std::printf(" (target < %.0f s)", targetSeconds);
    std::printf(
        "\n  plan %.1f s, write %.1f s; file %.1f MB; peak memory %.1f MB (target < 500 MB)\n",
        at(0) / 1000, at(1) / 1000, at(4) / 1048576, at(3) / 1024);
    // The writing thread and the workers overlap; neither can finish before its own CPU time
    // has passed, nor all of them before the whole CPU time is spread over the cores.
    const int cores = QThread::idealThreadCount();
    const double workers = at(6) - at(5);
    const double bound =
        qMax(qMax(at(5), workers / qMin(bundle.at(7).toInt(), cores)), at(6) / cores);
    std::printf("  CPU: %.1f s on all threads, %.1f s of it planning and writing: on %d idle cores "
                "no less than %.1f s\n",
        at(6) / 1000, at(5) / 1000, cores, bound / 1000);
}

void printStream(const QStringList &stream)
{
    if (stream.size() < 5) {
        std::printf("evidence bundle of 3,000 pages: FAILED\n");
        return;
    }
    QStringList resident;
    for (qsizetype i = 4; i < stream.size(); ++i)
        resident << QString::number(stream.at(i).toDouble() / 1024, 'f', 0);
    std::printf("evidence bundle of %s pages (those exhibits ten times over, into a sink): "
                "%.1f s, %.1f GB written; peak memory %.1f MB (target < 500 MB)\n",
        qPrintable(stream.at(0)), stream.at(1).toDouble() / 1000,
        stream.at(3).toDouble() / 1073741824, stream.at(2).toDouble() / 1024);
    std::printf(
        "  resident MB after each tenth of the pages: %s\n", qPrintable(resident.join(u' ')));
}

} // namespace

static int benchmark(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts for the PDF writer and the demo's pictures
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args.at(1) == u"--fill"_s)
        return fill(args.at(2), args.mid(3));
    if (args.size() == 5 && args.at(1) == u"--complaint"_s)
        return complaintPhase(args.at(2), args.at(3).toLongLong(), args.at(4).toInt());
    if (args.size() == 5 && args.at(1) == u"--bundle"_s)
        return bundlePhase(args.at(2), args.at(3).toLongLong(), args.at(4).toInt());
    if (args.size() == 5 && args.at(1) == u"--stream"_s)
        return streamPhase(args.at(2), args.at(3).toLongLong(), args.at(4).toInt());

    const bool quick = args.contains(u"--quick"_s);
    const int runs = quick ? 3 : 11;
    const int screenshots = quick ? 10 : 100;
    const int pdfs = quick ? 2 : 20;
    QTemporaryDir temp;
    QString work = temp.path();
    if (const qsizetype i = args.indexOf(u"--keep"_s); i > 0 && i + 1 < args.size())
        work = args.at(i + 1);
    QDir().mkpath(work);

    // The complaint of the demo case.
    const QString demoLib = QDir(work).filePath(u"documents-demo-library"_s);
    QDir(demoLib).removeRecursively();
    const QStringList demo = runSelf({ u"--fill"_s, demoLib });
    const QStringList complaint = demo.size() == 1
        ? runSelf({ u"--complaint"_s, demoLib, demo.first(), QString::number(runs) })
        : QStringList();

    // The bundle: generated exhibits in the demo case.
    const QString filesDir =
        QDir(work).filePath(u"bundle-files-%1-%2"_s.arg(screenshots).arg(pdfs));
    const QStringList files = makeEvidenceFiles(filesDir, screenshots, pdfs);
    const QString bundleLib = QDir(work).filePath(u"documents-bundle-library"_s);
    QDir(bundleLib).removeRecursively();
    const QStringList bundleCase =
        files.isEmpty() ? QStringList() : runSelf(QStringList { u"--fill"_s, bundleLib } + files);
    const bool haveCase = bundleCase.size() == 1;
    const QString loadBefore = loadAverage();
    const QStringList bundle = haveCase
        ? runSelf({ u"--bundle"_s, bundleLib, bundleCase.first(), u"0"_s })
        : QStringList();
    const QString loadBetween = loadAverage();
    const QStringList oneThread = haveCase
        ? runSelf({ u"--bundle"_s, bundleLib, bundleCase.first(), u"1"_s })
        : QStringList();
    const bool stream = haveCase && !quick && !args.contains(u"--no-stream"_s);
    const QString loadAfter = loadAverage();
    const QStringList streamed =
        stream ? runSelf({ u"--stream"_s, bundleLib, bundleCase.first(), u"10"_s }) : QStringList();

    std::printf("load average now: %s (2 cores)\n", qPrintable(loadAverage()));
    if (complaint.size() == 9) {
        std::printf("民事起诉状 (civil-complaint) DOCX: median %s ms of %d runs (target < 200 ms); "
                    "first run %s ms; build %s ms + write %s ms\n",
            qPrintable(complaint.at(1)), runs - 1, qPrintable(complaint.at(0)),
            qPrintable(complaint.at(2)), qPrintable(complaint.at(3)));
        std::printf("民事起诉状 (civil-complaint) PDF: median %s ms of %d runs (target < 200 ms); "
                    "first run %s ms; build %s ms + write %s ms; %s pages\n",
            qPrintable(complaint.at(5)), runs - 1, qPrintable(complaint.at(4)),
            qPrintable(complaint.at(6)), qPrintable(complaint.at(7)), qPrintable(complaint.at(8)));
    } else {
        std::printf("民事起诉状: FAILED\n");
    }
    const QString corpus = u"%1 screenshots + %2 ten-page PDFs"_s.arg(screenshots).arg(pdfs);
    std::printf("load average before the bundle: %s, after it: %s, after one thread: %s\n",
        qPrintable(loadBefore), qPrintable(loadBetween), qPrintable(loadAfter));
    printBundle(bundle, corpus + u", every core"_s, quick ? 0 : 5);
    printBundle(oneThread, corpus + u", one thread"_s, 0);
    if (stream)
        printStream(streamed);
    return 0;
}

int main(int argc, char *argv[])
{
    return habeas::bench::runCatching(&benchmark, argc, argv);
}
