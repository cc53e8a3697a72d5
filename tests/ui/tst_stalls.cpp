// The window never waits. Each piece of work that takes seconds on a large case — verifying
// every original, burning redactions into a long PDF, walking and importing a dropped folder,
// opening a long PDF in the viewer, planning and writing the evidence bundle — is started the
// way a user starts it, while a timer on the GUI thread records the largest gap between its
// ticks. That gap is the longest the window was frozen; the target is 50 ms. Time the GUI thread
// spent waiting for a core while other processes had both is not counted (StallMeter).

#include "caselistpanel.h"
#include "cases/casestore.h"
#include "caseworkspace.h"
#include "dialogs.h"
#include "documentspanel.h"
#include "evidence/annotationstore.h"
#include "evidence/evidencequeue.h"
#include "evidence/evidencestore.h"
#include "evidencepanel.h"
#include "evidenceviewer.h"
#include "itemmodels/evidencemodel.h"
#include "mainwindow.h"
#include "pageview.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QDir>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>

#include <limits>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

namespace {

constexpr double kTargetMs = 50;

// A PDF of `pages` A4 pages, each with a line of Chinese text.
QString writeLongPdf(const QString &path, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    QPainter p(&writer);
    QFont font(u"WenQuanYi Zen Hei"_s);
    font.setPointSize(14);
    p.setFont(font);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        p.drawText(QPointF(150, 200),
            u"%1 第%2页 个人信息处理规则"_s.arg(QFileInfo(path).baseName()).arg(i + 1));
        p.fillRect(QRectF(150, 300, 900, 600), QColor(0x20, 0x60, 0xa0));
    }
    p.end();
    return path;
}

// `bytes` of noise: every file distinct, nothing compressible.
QString writeNoise(const QString &path, qint64 bytes, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QRandomGenerator random(seed);
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    for (qint64 written = 0; written < bytes; written += chunk.size()) {
        random.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        file.write(chunk);
    }
    return path;
}

qint64 import(Library &library, qint64 caseId, const QString &file)
{
    EvidenceRecord meta;
    meta.title = QFileInfo(file).baseName();
    const ImportOutcome out = library.evidence().importFile(caseId, file, meta);
    if (out.kind != ImportOutcome::Kind::Imported)
        qWarning("import failed: %s", qPrintable(out.message));
    return out.id;
}

struct Window {
    Window(Library &library, qint64 caseId)
        : main(library)
    {
        main.resize(1200, 800);
        main.show();
        main.caseList()->selectCase(caseId);
        evidence = main.workspace()->panel<EvidencePanel>();
        main.workspace()->showPanel(evidence);
        // What a user does before the work starts: the window is painted, an exhibit looked
        // at (the first Chinese text shown loads the CJK font, once per process).
        if (!QTest::qWaitForWindowExposed(&main))
            qWarning("the window was not shown");
        if (evidence->model()->rowCount() > 0) {
            evidence->view()->selectRow(0);
            QTest::qWait(300);
        }
        // The exhibits imported beforehand are read first.
        if (!QTest::qWaitFor([this] { return !evidence->queue()->isBusy(); }, 60'000))
            qWarning("the exhibits were not read");
        QTest::qWait(100);
    }
    void select(qint64 id) { evidence->view()->selectRow(evidence->model()->rowOf(id)); }
    MainWindow main;
    EvidencePanel *evidence = nullptr;
};

// Starts `act(run)`, then runs the event loop until `done` is emitted, measuring the largest
// gap. A machine shared with other work can take the CPU away from the window for a while,
// which is no stall of ours; a stall of ours comes back on every run. So the work is done up
// to three times and the smallest of the largest gaps counts.
template<typename Sender, typename Signal, typename Act>
double largestStall(Sender *sender, Signal done, Act act, int timeoutMs = 120'000)
{
    double best = std::numeric_limits<double>::max();
    for (int run = 0; run < 3 && best >= kTargetMs; ++run) {
        QSignalSpy spy(sender, done);
        StallMeter meter;
        meter.start();
        act(run);
        if (spy.isEmpty() && !spy.wait(timeoutMs))
            qWarning("the work did not finish");
        meter.stop();
        best = std::min(best, meter.largestGapMs());
        QTest::qWait(50);
    }
    return best;
}

} // namespace

class TstStalls final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("HABEAS_PARSE_PATH", HABEAS_PARSE_PATH);
        pinClock();
        Dialogs::setNextAnswer(std::nullopt); // messages are recorded, not shown
    }
    void verifyingEveryOriginal();
    void burningRedactionsIntoALongPdf();
    void droppingAFolder();
    void openingALongPdf();
    void writingTheEvidenceBundle();

private:
    QTemporaryDir m_files;
};

void TstStalls::verifyingEveryOriginal()
{
    TempLibrary lib;
    CaseRecord c;
    c.title = u"核验原件"_s;
    const qint64 caseId = lib->cases().createCase(c).value();
    // 48 MiB × … of originals: seconds of hashing, none of it on the window's thread.
    for (int i = 0; i < 40; ++i)
        import(*lib.library, caseId,
            writeNoise(m_files.filePath(u"recording-%1.bin"_s.arg(i)), 3 << 20, 7 + i));
    Window w(*lib.library, caseId);
    auto *button = w.evidence->findChild<QPushButton *>(u"verifyButton"_s);
    QVERIFY(button && button->isEnabled());
    const double stall = largestStall(w.evidence, &EvidencePanel::verified,
        [&](int) { QTest::mouseClick(button, Qt::LeftButton); });
    qInfo("verify 40 originals of 3 MiB: largest stall %.1f ms", stall);
    QVERIFY2(stall < kTargetMs, qPrintable(u"%1 ms"_s.arg(stall)));
}

void TstStalls::burningRedactionsIntoALongPdf()
{
    TempLibrary lib;
    CaseRecord c;
    c.title = u"涂黑导出"_s;
    const qint64 caseId = lib->cases().createCase(c).value();
    const qint64 id =
        import(*lib.library, caseId, writeLongPdf(m_files.filePath(u"policy-30.pdf"_s), 30));
    for (int page : { 1 }) {
        Annotation a;
        a.evidenceId = id;
        a.page = page;
        a.kind = Annotation::Kind::Redaction;
        a.rect = QRectF(0.1, 0.1, 0.5, 0.05);
        QVERIFY(lib->annotations().add(a).ok());
    }
    Window w(*lib.library, caseId);
    w.select(id);
    const QString target = m_files.filePath(u"redacted.pdf"_s);
    const double stall = largestStall(w.evidence, &EvidencePanel::redactedExported,
        [&](int) { QVERIFY(w.evidence->exportRedacted(target)); });
    qInfo("redacted copy of 30 pages: largest stall %.1f ms", stall);
    QVERIFY(QFile::exists(target));
    QVERIFY2(stall < kTargetMs, qPrintable(u"%1 ms"_s.arg(stall)));
}

void TstStalls::droppingAFolder()
{
    TempLibrary lib;
    CaseRecord c;
    c.title = u"拖入文件夹"_s;
    const qint64 caseId = lib->cases().createCase(c).value();
    // A folder for each run, of 300 files in six subfolders.
    const auto folder = [this](int run) {
        return m_files.filePath(u"dropped-%1"_s.arg(run));
    };
    for (int run = 0; run < 3; ++run) {
        for (int i = 0; i < 300; ++i) {
            const QString sub = folder(run) + u"/%1"_s.arg(i / 50);
            QDir().mkpath(sub);
            writeNoise(sub + u"/note-%1.txt"_s.arg(i), 4096, 1000 + 300 * run + i);
        }
    }
    Window w(*lib.library, caseId);
    const QPoint at = w.evidence->rect().center();
    int runs = 0;
    const double stall = largestStall(w.evidence, &EvidencePanel::importFinished, [&](int run) {
        // What the desktop hands over when a folder is dropped on the panel.
        QMimeData data;
        data.setUrls({ QUrl::fromLocalFile(folder(run)) });
        dropAt(w.evidence, at, &data, Qt::CopyAction);
        ++runs;
    });
    qInfo("dropping a folder of 300 files: largest stall %.1f ms", stall);
    QCOMPARE(w.evidence->model()->rowCount(), 300 * runs);
    QVERIFY2(stall < kTargetMs, qPrintable(u"%1 ms"_s.arg(stall)));
}

void TstStalls::openingALongPdf()
{
    TempLibrary lib;
    CaseRecord c;
    c.title = u"长文件"_s;
    const qint64 caseId = lib->cases().createCase(c).value();
    const qint64 small =
        import(*lib.library, caseId, writeLongPdf(m_files.filePath(u"首次登录页面.pdf"_s), 1));
    const qint64 id =
        import(*lib.library, caseId, writeLongPdf(m_files.filePath(u"隐私政策全文.pdf"_s), 400));
    Window w(*lib.library, caseId);
    EvidenceViewer *viewer = w.evidence->viewer();
    double stall = std::numeric_limits<double>::max();
    for (int run = 0; run < 3 && stall >= kTargetMs; ++run) {
        w.select(small);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->isShowingPage() && viewer->pageCount() == 1, 60'000);
        QTest::qWait(100);
        StallMeter meter;
        meter.start();
        w.select(id);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->isShowingPage() && viewer->pageCount() == 400, 60'000);
        QTRY_VERIFY(!viewer->pageView()->image().isNull());
        meter.stop();
        stall = std::min(stall, meter.largestGapMs());
    }
    qInfo("opening a PDF of 400 pages: largest stall %.1f ms", stall);
    QVERIFY2(stall < kTargetMs, qPrintable(u"%1 ms"_s.arg(stall)));
}

void TstStalls::writingTheEvidenceBundle()
{
    TempLibrary lib;
    CaseRecord c;
    c.title = u"证据材料"_s;
    const qint64 caseId = lib->cases().createCase(c).value();
    for (int i = 0; i < 12; ++i)
        import(*lib.library, caseId,
            writeLongPdf(m_files.filePath(u"exhibit-%1.pdf"_s.arg(i)), 3 + i % 4));
    Window w(*lib.library, caseId);
    auto *documents = w.main.workspace()->panel<DocumentsPanel>();
    w.main.workspace()->showPanel(documents);
    QVERIFY(documents->selectTemplate(u"evidence-bundle"_s));
    documents->draftBox()->setChecked(true); // the bare case lacks the parties' particulars
    const QString target = m_files.filePath(u"bundle.pdf"_s);
    const double stall = largestStall(documents, &DocumentsPanel::jobFinished, [&](int) {
        Dialogs::setNextSaveFileName(target);
        documents->saveAs(u"pdf"_s);
    });
    qInfo("planning and writing the evidence bundle of 12 PDFs: largest stall %.1f ms", stall);
    QVERIFY(QFile::exists(target));
    QVERIFY2(stall < kTargetMs, qPrintable(u"%1 ms"_s.arg(stall)));
}

QTEST_MAIN(TstStalls)
#include "tst_stalls.moc"
