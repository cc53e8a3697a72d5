// Import at the floor: `habeas-cli evidence add --no-ocr` of 200 noisy 1080×2340 phone
// screenshots and 20 ten-page PDFs, against
//  - the shell tools: sha256sum, an ImageMagick thumbnail and pdftotext, as two parallel jobs;
//  - the floor: a minimal Qt program doing the same hashing, decoding, thumbnailing and
//    Poppler text on every core (--floor, run in a fresh process), and nothing else: no copy
//    into a store, no database, no sandbox.
// Prints each time, both ratios (targets: ≤ 0.7 the tools, ≤ 1.5 the floor) and the load
// average around each run (the machine is shared; read the figures against it).
//
//   bench_import [--runs N] [--keep DIR] [--screenshots N] [--pdfs N]
//
// With --runs N each of the three runs N times, interleaved, and the medians are compared.

#include "benchsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <cstdio>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;
using namespace habeas::bench;

namespace {

constexpr int kThumbnail = 256;

QString argAfter(const QStringList &args, const QString &flag, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(flag);
    return i > 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

bool writeList(const QString &file, const QStringList &lines)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write((lines.join(u'\n') + u'\n').toUtf8()) > 0;
}

QStringList readList(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

// A screenshot as a phone camera or a lossy app leaves it: every pixel a little off, so the PNG
// barely compresses (about 5 MB) and hashing and decoding it costs what a real one does.
bool writeNoisyScreenshot(const QString &path, int index)
{
    const QString clean = path + u".clean.png"_s;
    if (!writeScreenshot(clean, index))
        return false;
    QImage image(clean);
    QFile::remove(clean);
    if (image.isNull())
        return false;
    image = image.convertToFormat(QImage::Format_RGB32);
    QRandomGenerator rng(static_cast<quint32>(index) * 7919u + 3);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const quint32 n = rng.generate();
            const auto jitter = [&](int value, int shift) {
                return std::clamp(value + int((n >> shift) & 15) - 8, 0, 255);
            };
            line[x] = qRgb(
                jitter(qRed(line[x]), 0), jitter(qGreen(line[x]), 4), jitter(qBlue(line[x]), 8));
        }
    }
    return image.save(path, "PNG");
}

QStringList makeCorpus(const QString &dir, int screenshots, int pdfs)
{
    QDir().mkpath(dir);
    QStringList images;
    for (int i = 1; i <= screenshots; ++i)
        images << QDir(dir).filePath(u"noisy-%1.png"_s.arg(i, 4, 10, QLatin1Char('0')));
    QList<int> todo;
    for (int i = 0; i < images.size(); ++i)
        if (!QFileInfo(images.at(i)).size())
            todo << i;
    std::atomic_bool failed = false;
    QtConcurrent::blockingMap(todo, [&](int i) {
        if (!writeNoisyScreenshot(images.at(i), i + 1))
            failed = true;
    });
    // The PDFs (ten pages of Chinese prose each) as the other benchmarks make them.
    const QStringList documents = makeEvidenceFiles(dir, 0, pdfs, 10);
    if (failed || documents.size() != pdfs)
        return {};
    return images + documents;
}

// --- the floor --------------------------------------------------------------------------

bool floorOne(const QString &file, const QString &out)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return false;
    const QString thumb = QDir(out).filePath(QFileInfo(file).fileName() + u".png"_s);
    if (file.endsWith(u".pdf"_s)) {
        const auto doc = Poppler::Document::load(file);
        if (!doc)
            return false;
        QString text;
        for (int i = 0; i < doc->numPages(); ++i)
            if (const auto page = doc->page(i))
                text += page->text(QRectF());
        const auto first = doc->page(0);
        const QSizeF size = first ? first->pageSizeF() : QSizeF();
        if (size.isEmpty() || text.isEmpty())
            return false;
        const double dpi = kThumbnail * 72.0 / std::max(size.width(), size.height());
        return first->renderToImage(dpi, dpi).save(thumb, "PNG");
    }
    QImageReader reader(file);
    const QSize size = reader.size();
    if (!size.isValid())
        return false;
    reader.setScaledSize(size.scaled(kThumbnail, kThumbnail, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    return !image.isNull() && image.save(thumb, "PNG");
}

// Prints wall milliseconds.
int floorPhase(const QString &listFile, const QString &out)
{
    const QStringList files = readList(listFile);
    QDir(out).removeRecursively();
    QDir().mkpath(out);
    std::atomic_int failed = 0;
    QElapsedTimer timer;
    timer.start();
    QtConcurrent::blockingMap(files, [&](const QString &file) {
        if (!floorOne(file, out))
            ++failed;
    });
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (failed > 0) {
        std::fprintf(stderr, "floor: %d files failed\n", failed.load());
        return 1;
    }
    std::printf("%.1f\n", ms);
    return 0;
}

// --- the shell tools --------------------------------------------------------------------

// Two jobs at a time, as bench_evidence runs them. Returns wall milliseconds, or -1.
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
        "\"$1\").txt\"' _ {} '%4'\n"_s.arg(all, imgs, docs, out);
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    QElapsedTimer timer;
    timer.start();
    p.start(u"bash"_s, { u"-c"_s, script });
    if (!p.waitForFinished(3'600'000) || p.exitCode() != 0)
        return -1;
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (QDir(out).entryList(QDir::Files).size() != images.size() + pdfs.size() + 1)
        return -1;
    return ms;
}

// --- habeas-cli -------------------------------------------------------------------------

int cli(const QString &library, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HABEAS_LIBRARY"_s, QString());
    env.insert(u"HABEAS_PARSE_PATH"_s, QStringLiteral(HABEAS_PARSE_PATH));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HABEAS_CLI_PATH), QStringList { u"--library"_s, library } + args);
    if (!p.waitForFinished(3'600'000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        std::fprintf(stderr, "habeas-cli %s: %s\n", qPrintable(args.mid(0, 3).join(u' ')),
            p.readAllStandardError().constData());
    return p.exitCode();
}

// A fresh library and case, then the timed `evidence add --no-ocr`. Returns wall ms, or -1.
double runHabeas(const QString &work, const QStringList &files)
{
    const QString library = QDir(work).filePath(u"habeas-library"_s);
    QDir(library).removeRecursively();
    if (cli(library, { u"library"_s, u"init"_s }) != 0
        || cli(library, { u"case"_s, u"new"_s, u"--title"_s, u"导入基准案件"_s }) != 0)
        return -1;
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    const int code = cli(library,
        QStringList { u"--json"_s, u"evidence"_s, u"add"_s, u"1"_s, u"--no-ocr"_s } + files, &out);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    qsizetype ok = 0;
    for (const QJsonValue v : QJsonDocument::fromJson(out).array())
        ok += v.toObject().value(u"parse"_s).toString() == u"ok"_s ? 1 : 0;
    if (code != 0 || ok != files.size()) {
        std::fprintf(stderr, "habeas-cli read %lld of %lld files\n", static_cast<long long>(ok),
            static_cast<long long>(files.size()));
        return -1;
    }
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the generated screenshots need fonts
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == u"--floor"_s)
        return floorPhase(args.at(2), args.at(3));

    const int runs = std::max(1, argAfter(args, u"--runs"_s, u"1"_s).toInt());
    const int screenshots = argAfter(args, u"--screenshots"_s, u"200"_s).toInt();
    const int pdfs = argAfter(args, u"--pdfs"_s, u"20"_s).toInt();
    QTemporaryDir temp;
    const QString work = argAfter(args, u"--keep"_s, temp.path());
    QDir().mkpath(work);

    QElapsedTimer t;
    t.start();
    const QStringList files = makeCorpus(
        QDir(work).filePath(u"corpus-%1-%2"_s.arg(screenshots).arg(pdfs)), screenshots, pdfs);
    if (files.isEmpty()) {
        std::fprintf(stderr, "could not generate the corpus\n");
        return 1;
    }
    qint64 bytes = 0;
    for (const QString &f : files)
        bytes += QFileInfo(f).size();
    std::printf("corpus: %d noisy 1080x2340 screenshots + %d ten-page PDFs, %.0f MB (made in %lld "
                "ms)\n",
        screenshots, pdfs, double(bytes) / 1e6, static_cast<long long>(t.elapsed()));
    const QStringList images = files.mid(0, screenshots);
    const QStringList documents = files.mid(screenshots);
    const QString list = QDir(work).filePath(u"floor-list.txt"_s);
    writeList(list, files);

    QList<double> habeasMs, toolsMs, floorMs;
    for (int run = 0; run < runs; ++run) {
        std::printf("run %d: load %s\n", run + 1, qPrintable(loadAverage()));
        std::fflush(stdout);
        const double h = runHabeas(work, files);
        const double s = runTools(work, images, documents);
        const QStringList f = runSelf({ u"--floor"_s, list, QDir(work).filePath(u"floor-out"_s) });
        if (h < 0 || s < 0 || f.size() != 1) {
            std::printf("run %d FAILED (habeas %.0f, tools %.0f, floor %s)\n", run + 1, h, s,
                qPrintable(f.join(u' ')));
            return 1;
        }
        habeasMs << h;
        toolsMs << s;
        floorMs << f.first().toDouble();
        std::printf("  habeas %.2f s, tools %.2f s, floor %.2f s; load now %s\n", h / 1000,
            s / 1000, floorMs.last() / 1000, qPrintable(loadAverage()));
        std::fflush(stdout);
    }
    const double h = median(habeasMs);
    const double s = median(toolsMs);
    const double f = median(floorMs);
    std::printf("\nimport of %d screenshots + %d PDFs (evidence add --no-ocr), median of %d:\n",
        screenshots, pdfs, runs);
    std::printf(
        "  habeas %.2f s, shell tools %.2f s, floor %.2f s\n", h / 1000, s / 1000, f / 1000);
    std::printf("  habeas / shell tools = %.2f (target <= 0.70)\n", h / s);
    std::printf("  habeas / floor       = %.2f (target <= 1.50)\n", h / f);
    std::printf("  load average at the end: %s (%d cores)\n", qPrintable(loadAverage()),
        QThread::idealThreadCount());
    return 0;
}
