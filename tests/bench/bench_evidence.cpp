// Speed of the evidence capability: import, GUI stalls, full-text queries, a large case.
//
//   bench_evidence [--quick] [--keep DIR] [--skip-tools]
//
// Figures:
//  - importing 1,000 phone screenshots and 100 ten-page PDFs into one case the way the product
//    does (staged and recorded through the store, then each file read by the habeas-parse worker
//    with its thumbnail, two at a time as the GUI queue runs them, OCR left out), against the
//    same work by standard tools with two parallel jobs (sha256sum, ImageMagick thumbnails,
//    pdftotext);
//  - the largest event-loop stall while the real EvidencePanel imports 1,000 screenshots and
//    the background queue reads them;
//  - full-text queries over 100,000 indexed pages;
//  - opening a case of 10,000 exhibits and showing its evidence list, and the memory it takes.
// Each timed phase runs in a fresh process (this executable, re-invoked with a phase flag).
// --keep DIR keeps the generated files and libraries there and reuses them on the next run.

#include "benchsupport.h"
#include "caselistpanel.h"
#include "cases/casestore.h"
#include "caseworkspace.h"
#include "dialogs.h"
#include "evidence/evidencequeue.h"
#include "evidence/evidencestore.h"
#include "evidence/evidencetext.h"
#include "evidencepanel.h"
#include "itemmodels/evidencemodel.h"
#include "mainwindow.h"
#include "storage/library.h"
#include "storage/sql.h"
#include "storage/storagebackend.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent>

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

qint64 createCase(Library &library, const QString &title)
{
    CaseRecord c;
    c.title = title;
    c.court = u"北京互联网法院"_s;
    c.cause = u"个人信息保护纠纷"_s;
    const auto id = library.cases().createCase(c);
    return id.ok() ? id.value() : 0;
}

QStringList readList(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

bool writeList(const QString &file, const QStringList &lines)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write((lines.join(u'\n') + u'\n').toUtf8()) > 0;
}

// --- import: Habeas ---------------------------------------------------------------------

// Prints: total ms, staging ms, recording ms, files read ok, unreadable, thumbnails written,
// OCR reads started (and killed) after the last parse.
int importPhase(const QString &listFile, const QString &libDir)
{
    const QStringList files = readList(listFile);
    auto lib = openLibrary(libDir, Library::OpenMode::CreateIfMissing);
    if (!lib || files.isEmpty())
        return 3;
    const qint64 caseId = createCase(*lib, u"导入基准案件"_s);

    QElapsedTimer timer;
    timer.start();
    // As EvidencePanel::importFiles: one worker hashes and copies, then this thread records.
    BlobStorage *blobs = &lib->blobs();
    const QList<StagedFile> staged = QtConcurrent::run([files, blobs] {
        QList<StagedFile> out;
        for (const QString &f : files)
            if (const auto s = EvidenceStore::stage(*blobs, f); s.ok())
                out << s.value();
        return out;
    }).result();
    const qint64 stagedMs = timer.elapsed();
    QList<qint64> ids;
    EvidenceRecord meta;
    for (const StagedFile &s : staged) {
        const ImportOutcome o = lib->evidence().record(caseId, s, meta);
        if (o.kind == ImportOutcome::Kind::Imported)
            ids << o.id;
    }
    const qint64 recordedMs = timer.elapsed() - stagedMs;
    if (ids.size() != files.size()) {
        std::fprintf(stderr, "recorded %lld of %lld files\n", static_cast<long long>(ids.size()),
            static_cast<long long>(files.size()));
        return 1;
    }

    // Then the GUI's queue: two habeas-parse workers, thumbnails, no OCR in the parse. The
    // queue follows each image with an OCR pass; that pass is not part of this figure, so the
    // clock stops at the last parse and the OCR still running is cancelled.
    EvidenceQueue queue(*lib);
    int parsed = 0;
    int ok = 0;
    int unreadable = 0;
    int ocrStarted = 0;
    QEventLoop loop;
    qint64 totalMs = 0;
    QObject::connect(&queue, &EvidenceQueue::itemProcessed, &loop, [&](const ProcessOutcome &o) {
        if (o.ocrOnly) {
            ++ocrStarted;
            return;
        }
        ++parsed;
        (o.kind == ProcessOutcome::Kind::Ok ? ok : unreadable) += 1;
        if (o.kind != ProcessOutcome::Kind::Ok)
            std::fprintf(stderr, "%s: %s\n", qPrintable(o.exhibit), qPrintable(o.message));
        if (parsed == ids.size()) {
            totalMs = timer.elapsed();
            loop.quit();
        }
    });
    QObject::connect(&queue, &EvidenceQueue::idle, &loop, [&](const QString &why) {
        if (!why.isEmpty())
            std::fprintf(stderr, "queue stopped: %s\n", qPrintable(why));
        loop.quit();
    });
    queue.enqueue(ids);
    loop.exec();
    if (parsed != ids.size())
        return 1;
    queue.cancel();
    const auto thumbs =
        QDir(QDir(libDir).filePath(u"thumbs"_s)).entryList({ u"*.png"_s }, QDir::Files).size();
    std::printf("%lld %lld %lld %d %d %lld\n", static_cast<long long>(totalMs),
        static_cast<long long>(stagedMs), static_cast<long long>(recordedMs), ok, unreadable,
        static_cast<long long>(thumbs));
    std::fflush(stdout);
    return 0;
}

// --- import: the tools ------------------------------------------------------------------

// The same work with standard tools, two jobs at a time. Returns wall milliseconds, or -1.
double runTools(const QString &work, const QStringList &images, const QStringList &pdfs)
{
    const QString out = QDir(work).filePath(u"tools-out"_s);
    QDir(out).removeRecursively();
    QDir().mkpath(out);
    const QString all = QDir(work).filePath(u"all.txt"_s);
    const QString imgs = QDir(work).filePath(u"images.txt"_s);
    const QString docs = QDir(work).filePath(u"pdfs.txt"_s);
    if (!writeList(all, images + pdfs) || !writeList(imgs, images) || !writeList(docs, pdfs))
        return -1;
    // /usr/bin/convert by its full path: /usr/local/bin/convert is a stand-in, not ImageMagick.
    const QString script =
        u"set -e\n"
        "xargs -a '%1' -d '\\n' -P2 -n1 /usr/bin/sha256sum > '%4/sha256sums'\n"
        "xargs -a '%2' -d '\\n' -P2 -I{} sh -c '/usr/bin/convert \"$1\" -thumbnail 256x256 "
        "\"$2/$(basename \"$1\")\"' _ {} '%4'\n"
        "xargs -a '%3' -d '\\n' -P2 -I{} sh -c '/usr/bin/pdftotext \"$1\" \"$2/$(basename "
        "\"$1\").txt\"' "
        "_ {} '%4'\n"_s.arg(all, imgs, docs, out);
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    QElapsedTimer timer;
    timer.start();
    p.start(u"bash"_s, { u"-c"_s, script });
    if (!p.waitForFinished(3'600'000) || p.exitCode() != 0)
        return -1;
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const auto written = QDir(out).entryList(QDir::Files).size();
    if (written != images.size() + pdfs.size() + 1) {
        std::fprintf(stderr, "tools wrote %lld files, expected %lld\n",
            static_cast<long long>(written),
            static_cast<long long>(images.size() + pdfs.size() + 1));
        return -1;
    }
    return ms;
}

// --- GUI responsiveness -----------------------------------------------------------------

// Imports the listed files through the real EvidencePanel of a shown MainWindow while a 10 ms
// timer records the largest gap between its ticks. Prints: the largest gap overall, then the
// largest while staging, in the event that records the files (the import's end), and while
// the queue reads them; then ms to importFinished and ms to the last parse.
int guiPhase(const QString &listFile, const QString &libDir)
{
    const QStringList files = readList(listFile);
    auto lib = openLibrary(libDir, Library::OpenMode::CreateIfMissing);
    if (!lib || files.isEmpty())
        return 3;
    const qint64 caseId = createCase(*lib, u"界面响应基准案件"_s);
    MainWindow window(*lib);
    window.resize(1400, 900);
    window.show();
    window.caseList()->selectCase(caseId);
    auto *panel = window.workspace()->panel<EvidencePanel>();
    window.workspace()->showPanel(panel);
    QCoreApplication::processEvents();

    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 importedAt = -1;
    qint64 parsedAt = -1;
    double maxGap = 0;
    double maxStaging = 0;
    double maxRecording = 0;
    double maxReading = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double gap = double(now - last) / 1e6;
        const qint64 start = last;
        last = now;
        maxGap = std::max(maxGap, gap);
        // Attribute the gap to what the window was doing when it began.
        if (importedAt < 0)
            maxStaging = std::max(maxStaging, gap);
        else if (start <= importedAt)
            maxRecording = std::max(maxRecording, gap);
        else
            maxReading = std::max(maxReading, gap);
    });

    QEventLoop loop;
    int parsed = 0;
    QObject::connect(
        panel, &EvidencePanel::importFinished, &loop, [&] { importedAt = clock.nsecsElapsed(); });
    QObject::connect(
        panel->queue(), &EvidenceQueue::itemProcessed, &loop, [&](const ProcessOutcome &o) {
            if (!o.ocrOnly && ++parsed == files.size()) {
                parsedAt = clock.nsecsElapsed();
                loop.quit();
            }
        });
    QTimer::singleShot(3'600'000, &loop, &QEventLoop::quit);
    last = clock.nsecsElapsed();
    tick.start();
    panel->importFiles(files);
    loop.exec();
    tick.stop();
    if (parsedAt < 0 || panel->model()->rowCount() != files.size()) {
        std::fprintf(stderr, "GUI import: %d parsed, %d rows of %lld files\n", parsed,
            panel->model()->rowCount(), static_cast<long long>(files.size()));
        return 1;
    }
    panel->queue()->cancel(); // the OCR pass that follows is not measured
    std::printf("%.1f %.1f %.1f %.1f %.0f %.0f\n", maxGap, maxStaging, maxRecording, maxReading,
        double(importedAt) / 1e6, double(parsedAt) / 1e6);
    std::fflush(stdout);
    return 0;
}

// --- full-text search -------------------------------------------------------------------

int ftsFill(const QString &libDir, int exhibits, int pages, int characters)
{
    auto lib = openLibrary(libDir, Library::OpenMode::CreateIfMissing);
    if (!lib)
        return 3;
    const qint64 caseId = createCase(*lib, u"全文检索基准案件"_s);
    auto ids = insertExhibits(*lib, caseId, exhibits - exhibits / 100);
    // One exhibit in a hundred belongs to a small case: the one open in the window, whose
    // exhibits the search ranks first.
    const qint64 smallCase = createCase(*lib, u"本案"_s);
    const auto small = insertExhibits(*lib, smallCase, exhibits / 100);
    if (!ids.ok() || !small.ok())
        return 1;
    ids.value() << small.value();
    for (int e = 0; e < exhibits; ++e) {
        QList<PageText> text;
        for (int p = 1; p <= pages; ++p)
            text.append({ p, 595.28, 841.89, PageText::Origin::Pdf,
                chineseText(static_cast<quint32>(e * pages + p), characters) });
        if (!lib->evidenceText()
                 .storeParse(ids->at(e), EvidenceRecord::ParseState::Ok, {}, pages, text,
                     EvidenceRecord::OcrState::None)
                 .ok())
            return 1;
    }
    return 0;
}

// The queries a lawyer types: words of the case (common and rare ones), a few phrases of two
// words, and words the library does not hold. Two-character words are timed apart: they come
// from the index of character pairs, not the trigram one.
const QStringList &longQueries()
{
    static const QStringList q = [] {
        QStringList list;
        const QStringList &words = vocabulary();
        // Every third word of the vocabulary, from the commonest to the rarest, 3+ characters.
        for (qsizetype i = 0; i < words.size() && list.size() < 40; i += 3)
            if (words.at(i).size() >= 3)
                list << words.at(i);
        list << u"个人信息 单独同意"_s << u"隐私政策 第三方"_s << u"手机号码 营销推送"_s
             << u"人脸识别 未成年人"_s << u"跳过选项 调查问卷"_s << u"画像标签 消费能力"_s;
        list << u"不存在的词语"_s << u"量子计算机"_s << u"违约金条款"_s << u"房屋租赁合同"_s;
        return list;
    }();
    return q;
}

const QStringList &shortQueries()
{
    static const QStringList q { u"同意"_s, u"短信"_s, u"删除"_s, u"证据"_s, u"蓝牙"_s, u"职业"_s,
        u"隐私"_s, u"租赁"_s };
    return q;
}

const QStringList &oneCharQueries()
{
    static const QStringList q { u"的"_s, u"信"_s, u"删"_s, u"蓝"_s, u"租"_s, u"职"_s };
    return q;
}

// Prints: median, 90th percentile and slowest of the 3+ character queries; the same of the
// two-character ones; the number of 3+ queries that found something; the pages indexed.
int ftsQuery(const QString &libDir)
{
    auto lib = openLibrary(libDir, Library::OpenMode::ExistingOnly);
    if (!lib)
        return 3;
    SqlQuery smallCase(lib->database(), u"SELECT max(id) FROM cases"_s);
    const qint64 preferred =
        smallCase.exec().ok() && smallCase.next() ? smallCase.value(0).toLongLong() : 0;
    const auto run = [&](const QStringList &queries, int *found, qint64 prefer = 0) {
        QList<double> ms;
        for (const QString &q : queries) {
            QElapsedTimer t;
            t.start();
            // As the toolbar's search does (SearchResults): the whole library, 100 hits,
            // with or without the open case first.
            const auto hits = lib->evidenceText().search(q, SearchScope { 0, prefer, 100 });
            ms << double(t.nsecsElapsed()) / 1e6;
            if (!hits.ok())
                std::fprintf(stderr, "%s: %s\n", qPrintable(q), qPrintable(hits.error().message));
            else if (found && !hits->isEmpty())
                ++*found;
        }
        return ms;
    };
    int found = 0;
    const QList<double> longMs = run(longQueries(), &found);
    const QList<double> shortMs = run(shortQueries(), nullptr);
    const QList<double> oneMs = run(oneCharQueries(), nullptr);
    const QList<double> longPreferMs = run(longQueries(), nullptr, preferred);
    const QList<double> shortPreferMs = run(shortQueries(), nullptr, preferred);
    const QString load = loadAverage().isEmpty() ? u"n/a"_s : loadAverage().replace(u' ', u',');
    SqlQuery count(lib->database(), u"SELECT count(*) FROM evidence_pages"_s);
    const qint64 pages = count.exec().ok() && count.next() ? count.value(0).toLongLong() : 0;
    std::printf("%.1f %.1f %.1f %.1f %.1f %.1f %d %lld %.1f %.1f %.1f %s\n", median(longMs),
        percentile(longMs, 0.9), percentile(longMs, 1), median(shortMs), percentile(shortMs, 0.9),
        percentile(shortMs, 1), found, static_cast<long long>(pages), median(oneMs),
        median(longPreferMs), median(shortPreferMs), qPrintable(load));
    std::fflush(stdout);
    return 0;
}

// --- a case of 10,000 exhibits ----------------------------------------------------------

int bigFill(const QString &libDir, int exhibits)
{
    auto lib = openLibrary(libDir, Library::OpenMode::CreateIfMissing);
    if (!lib)
        return 3;
    // A few other cases around it, as a real library has.
    for (int i = 1; i <= 20; ++i)
        createCase(*lib, u"其他案件 %1"_s.arg(i));
    const qint64 caseId = createCase(*lib, u"万件证据基准案件"_s);
    const auto ids = insertExhibits(*lib, caseId, exhibits);
    if (!ids.ok())
        return 1;
    std::printf("%lld\n", static_cast<long long>(caseId));
    return 0;
}

// Prints: ms from nothing to the evidence list filled (library opened, window built and
// shown, the case selected, the Evidence tab shown), peak RSS in KB, rows, and the split:
// library, window, case + panel.
int openBig(const QString &libDir, qint64 caseId)
{
    QElapsedTimer timer;
    timer.start();
    auto lib = openLibrary(libDir, Library::OpenMode::ExistingOnly);
    if (!lib)
        return 3;
    const qint64 libMs = timer.elapsed();
    MainWindow window(*lib);
    window.resize(1400, 900);
    window.show();
    QCoreApplication::processEvents();
    const qint64 windowMs = timer.elapsed();
    window.caseList()->selectCase(caseId);
    auto *panel = window.workspace()->panel<EvidencePanel>();
    window.workspace()->showPanel(panel);
    QCoreApplication::processEvents();
    const int rows = panel->model()->rowCount();
    const qint64 ms = timer.elapsed();
    // Where the time goes: reading the exhibits from the store, once more (now warm).
    QElapsedTimer items;
    items.start();
    const bool read = lib->evidence().items(caseId).ok();
    const qint64 itemsMs = read ? items.elapsed() : -1;
    std::printf("%lld %ld %d %lld %lld %lld %lld\n", static_cast<long long>(ms), peakRssKb(), rows,
        static_cast<long long>(libMs), static_cast<long long>(windowMs - libMs),
        static_cast<long long>(ms - windowMs), static_cast<long long>(itemsMs));
    std::fflush(stdout);
    return 0;
}

QString argAfter(const QStringList &args, const QString &flag)
{
    const qsizetype i = args.indexOf(flag);
    return i > 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}

} // namespace

static int benchmark(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("HABEAS_PARSE_PATH"))
        qputenv("HABEAS_PARSE_PATH", HABEAS_PARSE_PATH);
    QApplication app(argc, argv);
    // Settings and paths of a test run: the user's own are neither read nor written.
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setNextAnswer(std::nullopt); // errors are recorded, never a modal box
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == u"--import"_s)
        return importPhase(args.at(2), args.at(3));
    if (args.size() == 4 && args.at(1) == u"--gui"_s)
        return guiPhase(args.at(2), args.at(3));
    if (args.size() == 6 && args.at(1) == u"--fts-fill"_s)
        return ftsFill(args.at(2), args.at(3).toInt(), args.at(4).toInt(), args.at(5).toInt());
    if (args.size() == 3 && args.at(1) == u"--fts-query"_s)
        return ftsQuery(args.at(2));
    if (args.size() == 4 && args.at(1) == u"--big-fill"_s)
        return bigFill(args.at(2), args.at(3).toInt());
    if (args.size() == 4 && args.at(1) == u"--open"_s)
        return openBig(args.at(2), args.at(3).toLongLong());

    const bool quick = args.contains(u"--quick"_s);
    const int screenshots = quick ? 50 : 1000;
    const int pdfs = quick ? 5 : 100;
    const int guiFiles = quick ? 30 : 1000;
    const int ftsExhibits = quick ? 100 : 1000;
    const int ftsPages = 100;
    const int ftsChars = 400;
    const int bigExhibits = quick ? 1000 : 10000;

    QTemporaryDir temp;
    QString work = temp.path();
    if (const QString keep = argAfter(args, u"--keep"_s); !keep.isEmpty())
        work = keep;
    QDir().mkpath(work);
    const QString scale = quick ? u"quick"_s : u"full"_s;
    const auto path = [&](const QString &name) {
        return QDir(work).filePath(name + u'-' + scale);
    };

    QElapsedTimer t;
    t.start();
    const QStringList files = makeEvidenceFiles(path(u"files"_s), screenshots, pdfs);
    if (files.isEmpty()) {
        std::fprintf(stderr, "could not generate the evidence files\n");
        return 1;
    }
    const QStringList images = files.mid(0, screenshots);
    const QStringList documents = files.mid(screenshots);
    std::printf("generated %d screenshots and %d ten-page PDFs in %lld ms (%s)\n", screenshots,
        pdfs, static_cast<long long>(t.elapsed()), qPrintable(path(u"files"_s)));
    std::fflush(stdout);

    // 1. Import, Habeas against the tools.
    const QString list = QDir(work).filePath(u"import-%1.txt"_s.arg(scale));
    writeList(list, files);
    const QString importLib = path(u"import-library"_s);
    QDir(importLib).removeRecursively(); // a fresh library each run: nothing deduplicated
    const QStringList imp = runSelf({ u"--import"_s, list, importLib });
    double toolsMs = -1;
    if (!args.contains(u"--skip-tools"_s))
        toolsMs = runTools(work, images, documents);

    // 2. The window during an import of 1,000 phone screenshots (a few with --quick).
    const QStringList guiList = images.mid(0, guiFiles);
    const QString guiListFile = QDir(work).filePath(u"gui-%1.txt"_s.arg(scale));
    writeList(guiListFile, guiList);
    const QString guiLib = path(u"gui-library"_s);
    QDir(guiLib).removeRecursively();
    const QStringList gui = runSelf({ u"--gui"_s, guiListFile, guiLib });

    // 3. Full-text search over 100,000 pages.
    const QString ftsLib = path(u"fts-library"_s);
    if (!QFileInfo::exists(QDir(ftsLib).filePath(u"library.sqlite"_s))) {
        t.restart();
        if (QProcess::execute(QCoreApplication::applicationFilePath(),
                { u"--fts-fill"_s, ftsLib, QString::number(ftsExhibits), QString::number(ftsPages),
                    QString::number(ftsChars) })
            != 0)
            return 1;
        std::printf("indexed %d pages (%d characters each) in %lld ms\n", ftsExhibits * ftsPages,
            ftsChars, static_cast<long long>(t.elapsed()));
        std::fflush(stdout);
    }
    const QStringList fts = runSelf({ u"--fts-query"_s, ftsLib });

    // 4. A case of 10,000 exhibits.
    const QString bigLib = path(u"big-library"_s);
    QDir(bigLib).removeRecursively();
    const QStringList big = runSelf({ u"--big-fill"_s, bigLib, QString::number(bigExhibits) });
    QList<double> openMs;
    long openKb = 0;
    QStringList split;
    for (int run = 0; run < 5 && big.size() == 1; ++run) {
        const QStringList r = runSelf({ u"--open"_s, bigLib, big.first() });
        if (r.size() != 7 || r.at(2).toInt() != bigExhibits) {
            std::fprintf(stderr, "opening the big case failed: %s\n", qPrintable(r.join(u' ')));
            break;
        }
        openMs << r.at(0).toDouble();
        openKb = std::max(openKb, r.at(1).toLong());
        split = r.mid(3);
    }

    std::printf("\n");
    std::printf("load average now: %s (2 cores)\n", qPrintable(loadAverage()));
    if (imp.size() == 6 && toolsMs > 0) {
        const double habeasMs = imp.at(0).toDouble();
        std::printf("import %d screenshots + %d PDFs: habeas %.1f s, tools %.1f s, ratio %.2f "
                    "(target < 1.0)\n",
            screenshots, pdfs, habeasMs / 1000, toolsMs / 1000, habeasMs / toolsMs);
    } else if (imp.size() == 6) {
        std::printf("import %d screenshots + %d PDFs: habeas %.1f s, tools not run\n", screenshots,
            pdfs, imp.at(0).toDouble() / 1000);
    } else {
        std::printf("import: FAILED\n");
    }
    if (imp.size() == 6)
        std::printf("  habeas split: staging %.1f s, recording %.1f s, reading %.1f s; %s read, "
                    "%s unreadable, %s thumbnails\n",
            imp.at(1).toDouble() / 1000, imp.at(2).toDouble() / 1000,
            (imp.at(0).toDouble() - imp.at(1).toDouble() - imp.at(2).toDouble()) / 1000,
            qPrintable(imp.at(3)), qPrintable(imp.at(4)), qPrintable(imp.at(5)));
    if (gui.size() == 6) {
        std::printf("GUI import of %lld files: max event-loop stall %s ms (target < 100 ms)\n",
            static_cast<long long>(guiList.size()), qPrintable(gui.at(0)));
        std::printf("  largest stall while staging %s ms, in the event recording the files %s "
                    "ms, while reading %s ms; import finished at %.1f s, last parse at %.1f s\n",
            qPrintable(gui.at(1)), qPrintable(gui.at(2)), qPrintable(gui.at(3)),
            gui.at(4).toDouble() / 1000, gui.at(5).toDouble() / 1000);
    } else {
        std::printf("GUI import: FAILED\n");
    }
    if (fts.size() == 12) {
        std::printf("full-text query over %s pages, %lld queries of 3+ characters: median %s ms "
                    "(target < 20 ms)\n",
            qPrintable(fts.at(7)), static_cast<long long>(longQueries().size()),
            qPrintable(fts.at(0)));
        std::printf("  3+ characters: 90th percentile %s ms, slowest %s ms, %s of them found "
                    "something\n",
            qPrintable(fts.at(1)), qPrintable(fts.at(2)), qPrintable(fts.at(6)));
        std::printf("  %lld two-character queries: median %s ms (target < 30 ms), 90th percentile "
                    "%s ms, slowest %s ms\n",
            static_cast<long long>(shortQueries().size()), qPrintable(fts.at(3)),
            qPrintable(fts.at(4)), qPrintable(fts.at(5)));
        std::printf("  %lld one-character queries: median %s ms\n",
            static_cast<long long>(oneCharQueries().size()), qPrintable(fts.at(8)));
        std::printf("  a small case's exhibits ranked first: median %s ms (3+), %s ms (two "
                    "characters)\n",
            qPrintable(fts.at(9)), qPrintable(fts.at(10)));
        std::printf("  load average during the queries: %s\n",
            qPrintable(QString(fts.at(11)).replace(u',', u' ')));
    } else {
        std::printf("full-text query: FAILED\n");
    }
    if (!openMs.isEmpty()) {
        std::printf("open a case of %d exhibits and show its evidence list: median %.0f ms of "
                    "%lld fresh processes (target < 300 ms)\n",
            bigExhibits, median(openMs), static_cast<long long>(openMs.size()));
        std::printf("  last run: library %s ms, window %s ms, case + evidence list %s ms (of which "
                    "EvidenceStore::items() alone, warm: %s ms)\n",
            qPrintable(split.value(0)), qPrintable(split.value(1)), qPrintable(split.value(2)),
            qPrintable(split.value(3)));
        std::printf("  peak memory of that process: %.1f MB (target < 300 MB)\n", openKb / 1024.0);
    } else {
        std::printf("open a case of %d exhibits: FAILED\n", bigExhibits);
    }
    return 0;
}

int main(int argc, char *argv[])
{
    return habeas::bench::runCatching(&benchmark, argc, argv);
}
