// Shared by the benchmarks: generated evidence (phone screenshots, text PDFs, Chinese page
// text), libraries filled in bulk, and the measuring helpers (peak memory, medians, re-invoking
// the running executable for a phase of its own).
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace habeas {
class Library;
}

namespace habeas::bench {

// The font of the generated screenshots and PDFs, installed with fonts-wqy-zenhei.
inline constexpr char16_t kFontFamily[] = u"WenQuanYi Zen Hei";

long peakRssKb();
// The 1/5/15-minute load averages ("0.52 0.61 0.70"), to read the figures against: the
// benchmarks share their cores with whatever else runs. Empty where there is no /proc.
QString loadAverage();

// Runs a benchmark's whole main: an exception (a Result's value() on an error, say) ends the
// run with its message and exit status 1 instead of std::terminate.
int runCatching(int (*body)(int, char **), int argc, char **argv);
double median(QList<double> values);
// The value below which `fraction` of the values lie (0.9: the 90th percentile).
double percentile(QList<double> values, double fraction);

// Runs this executable again with `args` and returns its standard output split on white
// space; empty when it failed. Each timed phase runs in a fresh process so that caches and
// memory high-water marks of one phase do not colour another.
QStringList runSelf(const QStringList &args, int timeoutMs = 1'800'000);

// Pseudo-random Chinese prose about privacy litigation, deterministic in `seed`. Some words
// are common and some rare (Zipf-like), so queries over it hit many pages or few.
QString chineseText(quint32 seed, int characters);
// The words chineseText() draws from, commonest first.
const QStringList &vocabulary();

// A 1080×2340 phone screenshot (status bar, app bar, chat bubbles, a consent dialog) whose
// pixels differ with `index`, written as PNG.
bool writeScreenshot(const QString &path, int index);
// A text PDF of `pages` A4 pages of Chinese prose (QPdfWriter, the CJK font embedded).
bool writeTextPdf(const QString &path, int index, int pages);

// Fills `dir` with screenshot-NNNN.png and document-NNN.pdf, generated on every core; files
// already there (a kept directory) are reused. Returns the paths, images first.
QStringList makeEvidenceFiles(const QString &dir, int screenshots, int pdfs, int pdfPages = 10);

// Inserts `count` exhibits into a case straight through SQL in one transaction, each with its
// audit entry, as parsed items (state ok, OCR done). The bulk shape of a library that grew
// through the store; record() itself checks every earlier exhibit for duplicates and would take
// minutes here. No blob is written: nothing measured reads one. Returns the ids in order.
Result<QList<qint64>> insertExhibits(Library &library, qint64 caseId, int count);

// A new case of `claims` claims on `exhibits` exhibits, four in five exhibits cited for an
// element: the proof matrix of a large case.
struct MatrixCase {
    qint64 caseId = 0;
    int citations = 0;
    int elements = 0;
};
Result<MatrixCase> fillProofMatrixCase(Library &library, int claimCount, int exhibits);

// CPU time of the calling thread, in ms: what a figure cost apart from waiting for a core the
// machine's other work holds.
double threadCpuMs();

} // namespace habeas::bench
