// Speed of the filing documents: the complaint as DOCX and PDF, the evidence bundle.
//
//   bench_documents [--quick] [--keep DIR]
//
// Figures: the 民事起诉状 (civil-complaint) of the demo case as DOCX and as PDF, each
// buildDocument + the writer saving the file (median of several runs, the first run apart);
// the evidence bundle 证据材料 of 100 screenshots and 20 ten-page PDFs (300 exhibit pages):
// planEvidenceBundle + saveEvidenceBundle, its time and peak memory in a fresh process.

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

#include <cstdio>

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

// Prints: plan ms, write ms, pages, peak RSS KB, file size bytes.
int bundlePhase(const QString &dir, qint64 caseId)
{
    auto lib = openLibrary(dir, Library::OpenMode::ExistingOnly);
    if (!lib)
        return 3;
    QTemporaryDir out;
    const QString path = out.filePath(u"证据材料.pdf"_s);
    QElapsedTimer t;
    t.start();
    const TemplateRegistry registry(lib->path());
    const auto plan = planEvidenceBundle(*lib, caseId, registry, false);
    if (!plan.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(plan.error().message));
        return 1;
    }
    const qint64 planMs = t.elapsed();
    const auto pages = saveEvidenceBundle(plan.value(), path);
    if (!pages.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(pages.error().message));
        return 1;
    }
    const qint64 writeMs = t.elapsed() - planMs;
    std::printf("%lld %lld %d %ld %lld\n", static_cast<long long>(planMs),
        static_cast<long long>(writeMs), pages.value(), peakRssKb(),
        static_cast<long long>(QFileInfo(path).size()));
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
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
    if (args.size() == 4 && args.at(1) == u"--bundle"_s)
        return bundlePhase(args.at(2), args.at(3).toLongLong());

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
    const QStringList bundle = bundleCase.size() == 1
        ? runSelf({ u"--bundle"_s, bundleLib, bundleCase.first() })
        : QStringList();

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
    if (bundle.size() == 5) {
        const double seconds = (bundle.at(0).toDouble() + bundle.at(1).toDouble()) / 1000;
        std::printf("evidence bundle of %d screenshots + %d ten-page PDFs (%s pages in all): "
                    "%.1f s (target < 15 s)\n",
            screenshots, pdfs, qPrintable(bundle.at(2)), seconds);
        std::printf("  plan %.1f s, write %.1f s; file %.1f MB\n", bundle.at(0).toDouble() / 1000,
            bundle.at(1).toDouble() / 1000, bundle.at(4).toDouble() / 1048576);
        std::printf("  peak memory of that process: %.1f MB (target < 500 MB)\n",
            bundle.at(3).toDouble() / 1024);
    } else {
        std::printf("evidence bundle: FAILED\n");
    }
    return 0;
}
