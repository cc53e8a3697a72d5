// The evidence viewer and the library search as a user drives them: real widgets, offscreen.

#include "caselistpanel.h"
#include "cases/casestore.h"
#include "caseworkspace.h"
#include "demo/demolibrary.h"
#include "dialogs.h"
#include "evidence/annotationstore.h"
#include "evidence/evidencestore.h"
#include "evidence/evidencetext.h"
#include "evidencepanel.h"
#include "evidenceviewer.h"
#include "itemmodels/evidencemodel.h"
#include "mainwindow.h"
#include "pageview.h"
#include "review/reviewstore.h"
#include "searchresults.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

namespace {

// A case with no exhibits: the demo case brings its own, and these tests count theirs.
qint64 bareCase(Library &library)
{
    CaseRecord c;
    c.title = u"罗某诉某科技公司"_s;
    return library.cases().createCase(c).value();
}

} // namespace

namespace {

// A phone screenshot in miniature: a white page with a red bar across its middle.
QString writeScreenshot(const QString &folder)
{
    QImage image(400, 800, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(QRect(0, 380, 400, 40), Qt::red);
    p.end();
    const QString file = folder + u"/first-login.png"_s;
    image.save(file);
    return file;
}

// Two A4 pages of Chinese text, each with a different heading.
QString writePdf(const QString &folder)
{
    const QString file = folder + u"/privacy-policy.pdf"_s;
    QPdfWriter writer(file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter p(&writer);
    QFont font(u"WenQuanYi Zen Hei"_s);
    font.setPointSize(20);
    p.setFont(font);
    p.drawText(QPointF(300, 400), u"第一页 隐私政策 privacy"_s);
    writer.newPage();
    p.drawText(QPointF(300, 1600), u"第二页 营销短信 marketing"_s);
    p.end();
    return file;
}

qint64 import(Library &library, qint64 caseId, const QString &file, const QString &title)
{
    EvidenceRecord meta;
    meta.title = title;
    const ImportOutcome out = library.evidence().importFile(caseId, file, meta);
    if (out.kind != ImportOutcome::Kind::Imported)
        qWarning("import failed: %s", qPrintable(out.message));
    return out.id;
}

struct Window {
    explicit Window(Library &library)
        : main(library)
    {
        main.show();
        evidence = main.workspace()->panel<EvidencePanel>();
        main.workspace()->showPanel(evidence);
        viewer = evidence->viewer();
    }
    void select(qint64 id) { evidence->view()->selectRow(evidence->model()->rowOf(id)); }
    MainWindow main;
    EvidencePanel *evidence = nullptr;
    EvidenceViewer *viewer = nullptr;
};

void drag(QWidget *canvas, QPoint from, QPoint to)
{
    QTest::mousePress(canvas, Qt::LeftButton, {}, from);
    QTest::mouseMove(canvas, (from + to) / 2);
    QTest::mouseMove(canvas, to);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, to);
}

} // namespace

class TstEvidenceViewer final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        pinClock();
        Dialogs::setNextAnswer(std::nullopt);
    }
    void init() { QApplication::clipboard()->clear(); }
    void showsAnImageAndZooms();
    void showsAPdfPageByPage();
    void drawsHighlightsAndRedactionsUndoably();
    void showsReviewCommentsOnTheirRegion();
    void otherFilesShowWhatTheyAre();
    void asksForThePasswordOfAProtectedPdf();
    void toolbarSearchOpensTheExhibitAtTheHit();
    void searchRanksTheOpenCaseFirst();
};

void TstEvidenceViewer::showsAnImageAndZooms()
{
    TempLibrary lib;
    const qint64 caseId = bareCase(*lib.library);
    QTemporaryDir files;
    const qint64 id =
        import(*lib.library, caseId, writeScreenshot(files.path()), u"首次登录页面"_s);
    Window w(*lib.library);
    QCOMPARE(w.viewer->message(), w.viewer->tr("Select an exhibit to see it here."));
    w.select(id);
    QCOMPARE(w.viewer->evidenceId(), id);
    QTRY_VERIFY(w.viewer->isShowingPage()); // a server's original is fetched first
    PageView *view = w.viewer->pageView();
    QTRY_COMPARE(view->image().size(), QSize(400, 800)); // decoded off the GUI thread
    QCOMPARE(view->image().pixelColor(200, 400), QColor(Qt::red));

    w.viewer->actualSizeAction()->trigger();
    QCOMPARE(view->canvas()->size(), QSize(400, 800));
    w.viewer->zoomInAction()->trigger();
    QCOMPARE(view->canvas()->size(), QSize(500, 1000));
    w.viewer->zoomOutAction()->trigger();
    w.viewer->zoomOutAction()->trigger();
    QCOMPARE(view->canvas()->size(), QSize(320, 640));

    // Ctrl+wheel zooms as well; a plain wheel scrolls.
    QWheelEvent wheel(QPointF(10, 10), view->mapToGlobal(QPointF(10, 10)), QPoint(), QPoint(0, 120),
        Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QCOMPARE(view->canvas()->size(), QSize(400, 800));

    w.viewer->fitPageAction()->trigger();
    const QSize room = view->maximumViewportSize();
    QVERIFY(view->canvas()->height() <= room.height());
    QVERIFY(view->canvas()->height() >= room.height() - 4);
}

void TstEvidenceViewer::showsAPdfPageByPage()
{
    TempLibrary lib;
    const qint64 caseId = bareCase(*lib.library);
    QTemporaryDir files;
    const qint64 id = import(*lib.library, caseId, writePdf(files.path()), u"隐私政策"_s);
    Window w(*lib.library);
    w.select(id);
    EvidenceViewer *viewer = w.viewer;
    PageView *view = viewer->pageView();
    QVERIFY(viewer->isOpening()); // on a worker: the window does not wait for Poppler
    QTRY_VERIFY(viewer->isShowingPage());
    QCOMPARE(viewer->pageCount(), 2);
    QCOMPARE(viewer->pageSpin()->maximum(), 2);
    QCOMPARE(viewer->currentPage(), 1);
    QVERIFY(!viewer->previousPageAction()->isEnabled());

    viewer->actualSizeAction()->trigger();
    // A4 at 100%: 595 × 842 points on a 96-dpi screen, give or take a rounded pixel.
    const auto near = [](QSize a, QSize b) {
        return qAbs(a.width() - b.width()) <= 1 && qAbs(a.height() - b.height()) <= 1;
    };
    QVERIFY2(near(view->canvas()->size(), QSize(794, 1123)),
        qPrintable(u"%1×%2"_s.arg(view->canvas()->width()).arg(view->canvas()->height())));
    const qreal dpr = viewer->devicePixelRatioF();
    QTRY_VERIFY(near(view->image().size(), view->canvas()->size() * dpr));
    const QImage first = view->image();

    viewer->nextPageAction()->trigger();
    QCOMPARE(viewer->currentPage(), 2);
    QCOMPARE(viewer->pageSpin()->value(), 2);
    QVERIFY(!viewer->nextPageAction()->isEnabled());
    QTRY_VERIFY(!view->image().isNull() && view->image() != first);
    const QImage second = view->image();

    // Zoom renders again, at the resolution the zoom needs.
    viewer->zoomInAction()->trigger();
    QVERIFY(qAbs(view->canvas()->width() - first.width() / dpr * 1.25) <= 1.5);
    QTRY_VERIFY(near(view->image().size(), view->canvas()->size() * dpr));
    // Back to 100%: the page comes from the cache at once, without another render.
    viewer->actualSizeAction()->trigger();
    QCOMPARE(view->image(), second);

    // The spin box turns pages too; several quick turns end on the last one asked for.
    viewer->pageSpin()->setValue(1);
    viewer->pageSpin()->setValue(2);
    viewer->pageSpin()->setValue(1);
    QCOMPARE(view->image(), first);
}

void TstEvidenceViewer::drawsHighlightsAndRedactionsUndoably()
{
    TempLibrary lib;
    const qint64 caseId = bareCase(*lib.library);
    QTemporaryDir files;
    const qint64 id =
        import(*lib.library, caseId, writeScreenshot(files.path()), u"首次登录页面"_s);
    Window w(*lib.library);
    w.main.caseList()->selectCase(caseId);
    w.select(id);
    EvidenceViewer *viewer = w.viewer;
    PageView *view = viewer->pageView();
    QTRY_VERIFY(!view->image().isNull());
    viewer->actualSizeAction()->trigger();
    QWidget *canvas = view->canvas();
    QCOMPARE(canvas->size(), QSize(400, 800));
    QVERIFY(!viewer->copyCitationAction()->isEnabled());

    // Highlight: drag, type the note, Enter.
    viewer->highlightAction()->trigger();
    drag(canvas, QPoint(40, 360), QPoint(360, 440));
    QVERIFY(view->noteEdit()->isVisible());
    QVERIFY(lib->annotations().annotations(id).value().isEmpty()); // not before the note
    typeText(view->noteEdit(), u"没有跳过按钮"_s);
    QTest::keyClick(view->noteEdit(), Qt::Key_Return);
    QVERIFY(!view->noteEdit()->isVisible());
    auto regions = lib->annotations().annotations(id).value();
    QCOMPARE(regions.size(), 1);
    const Annotation highlight = regions.first();
    QCOMPARE(highlight.kind, Annotation::Kind::Highlight);
    QCOMPARE(highlight.note, u"没有跳过按钮"_s);
    QCOMPARE(highlight.page, 1);
    QVERIFY(qAbs(highlight.rect.left() - 0.1) < 0.01);
    QVERIFY(qAbs(highlight.rect.top() - 0.45) < 0.01);
    QVERIFY(qAbs(highlight.rect.width() - 0.8) < 0.01);
    QVERIFY(qAbs(highlight.rect.height() - 0.1) < 0.01);
    QCOMPARE(view->regions().size(), 1);
    QCOMPARE(view->selectedRegion(), highlight.id);
    // Painted translucent: the red bar under it still shows through, tinted.
    const QColor under = canvas->grab().toImage().pixelColor(200, 400);
    QVERIFY2(
        under.red() > 200 && under.green() > 20 && under.blue() < 60, qPrintable(under.name()));

    viewer->copyCitationAction()->trigger();
    const QString citation = lib->annotations().citation(highlight.id).value();
    QVERIFY(citation.contains(u"证据1-1"_s));
    QCOMPARE(QApplication::clipboard()->text(), citation);

    w.main.undoAction()->trigger();
    QVERIFY(lib->annotations().annotations(id).value().isEmpty());
    QVERIFY(view->regions().isEmpty());
    QVERIFY(!viewer->copyCitationAction()->isEnabled());
    w.main.redoAction()->trigger();
    QCOMPARE(view->regions().size(), 1);

    // A redaction box: hatched black over the page, so what it hides is still in view.
    viewer->redactAction()->trigger();
    QVERIFY(!viewer->highlightAction()->isChecked());
    drag(canvas, QPoint(100, 100), QPoint(300, 200));
    regions = lib->annotations().annotations(id).value();
    QCOMPARE(regions.size(), 2);
    const Annotation redaction = regions.last();
    QCOMPARE(redaction.kind, Annotation::Kind::Redaction);
    QCOMPARE(redaction.region, 2);
    const QImage shown = canvas->grab().toImage();
    int black = 0;
    int white = 0;
    for (int x = 150; x < 250; ++x) {
        const QColor c = shown.pixelColor(x, 170);
        black += c.lightness() < 60;
        white += c.lightness() > 200;
    }
    QVERIFY2(black > 5 && white > 20, qPrintable(u"%1 black, %2 white"_s.arg(black).arg(white)));

    // Select it with a click (tool off) and remove it with Delete; undo brings it back.
    viewer->redactAction()->trigger();
    QVERIFY(!viewer->redactAction()->isChecked());
    QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(40, 40));
    QCOMPARE(view->selectedRegion(), 0);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(200, 150));
    QCOMPARE(view->selectedRegion(), redaction.id);
    QVERIFY(viewer->removeRegionAction()->isEnabled());
    viewer->removeRegionAction()->trigger();
    QCOMPARE(lib->annotations().annotations(id).value().size(), 1);
    QCOMPARE(view->regions().size(), 1);
    w.main.undoAction()->trigger();
    QCOMPARE(view->regions().size(), 2);
}

// The clinic's review: a region with open comments carries ✎N at its top-right corner, and
// hovering it shows the comments; resolving them takes both away.
void TstEvidenceViewer::showsReviewCommentsOnTheirRegion()
{
    TempLibrary lib;
    const qint64 caseId = bareCase(*lib.library);
    QTemporaryDir files;
    const qint64 id =
        import(*lib.library, caseId, writeScreenshot(files.path()), u"首次登录页面"_s);
    Annotation region;
    region.evidenceId = id;
    region.rect = QRectF(0.1, 0.45, 0.8, 0.1);
    region.note = u"没有跳过按钮"_s;
    const qint64 regionId = lib->annotations().add(region).value();
    Window w(*lib.library);
    w.main.caseList()->selectCase(caseId);
    w.select(id);
    PageView *view = w.viewer->pageView();
    QTRY_VERIFY(!view->image().isNull());
    w.viewer->actualSizeAction()->trigger();
    QCOMPARE(view->canvas()->size(), QSize(400, 800));
    const QColor badge(0x1f, 0x6f, 0xc5);
    const auto badgeShown = [&] {
        // Just inside the region's top-right corner (360, 360), above it: the badge.
        const QImage shot = view->canvas()->grab().toImage();
        for (int x = 340; x < 360; ++x)
            for (int y = 348; y < 360; ++y)
                if (shot.pixelColor(x, y) == badge)
                    return true;
        return false;
    };
    QCOMPARE(view->toolTipAt(QPointF(200, 400)), u"没有跳过按钮"_s);
    QVERIFY(!badgeShown());

    const qint64 comment = lib->review()
                               .add(caseId, lib->review().anchorRegion(regionId).value(),
                                   u"截图要有时间"_s, u"王老师"_s)
                               .value();
    const QString tip = view->toolTipAt(QPointF(200, 400));
    QVERIFY2(tip.contains(u"王老师: 截图要有时间"_s), qPrintable(tip));
    QVERIFY(tip.startsWith(u"没有跳过按钮"_s));
    QVERIFY(view->toolTipAt(QPointF(200, 100)).isEmpty()); // off the region
    QVERIFY(badgeShown());

    QVERIFY(lib->review().setResolved(comment, true, u"王老师"_s).ok());
    QCOMPARE(view->toolTipAt(QPointF(200, 400)), u"没有跳过按钮"_s);
    QVERIFY(!badgeShown());
}

void TstEvidenceViewer::otherFilesShowWhatTheyAre()
{
    TempLibrary lib;
    const qint64 caseId = bareCase(*lib.library);
    QTemporaryDir files;
    QFile sms(files.filePath(u"sms.txt"_s));
    QVERIFY(sms.open(QIODevice::WriteOnly));
    sms.write("【某英语】您的账号已开通，回T退订\n");
    sms.close();
    const qint64 id = import(*lib.library, caseId, sms.fileName(), u"营销短信"_s);
    Window w(*lib.library);
    w.select(id);
    QVERIFY(w.viewer->isShowingFileInfo());
    const QString info = w.viewer->fileInfoText();
    QVERIFY2(info.contains(u"sms.txt"_s), qPrintable(info));
    QVERIFY(info.contains(QString::fromLatin1(sha256Of(sms.fileName()))));
    QVERIFY(!w.viewer->highlightAction()->isEnabled());
    QVERIFY(!w.viewer->zoomInAction()->isEnabled());
}

void TstEvidenceViewer::asksForThePasswordOfAProtectedPdf()
{
    if (QStandardPaths::findExecutable(u"qpdf"_s).isEmpty())
        QSKIP("qpdf is not installed (scripts/deps.sh test)");
    TempLibrary lib;
    const qint64 caseId = bareCase(*lib.library);
    QTemporaryDir files;
    const QString plain = writePdf(files.path());
    const QString locked = files.filePath(u"locked.pdf"_s);
    QCOMPARE(QProcess::execute(u"qpdf"_s,
                 { u"--encrypt"_s, u"s3cret"_s, u"owner"_s, u"256"_s, u"--"_s, plain, locked }),
        0);
    const qint64 id = import(*lib.library, caseId, locked, u"加密的文件"_s);
    Window w(*lib.library);
    w.select(id);
    // Beside the list it waits to be asked; a wrong password is said, then the right one opens.
    QTRY_VERIFY(w.viewer->message().contains(u"password"_s));
    QVERIFY(!w.viewer->isShowingPage());
    auto *button = w.viewer->findChild<QPushButton *>();
    QVERIFY(button);
    Dialogs::setNextPassword(u"wrong"_s);
    w.viewer->enterPassword();
    QTRY_VERIFY(w.viewer->message().contains(u"does not open"_s));
    QVERIFY(!w.viewer->isShowingPage());
    Dialogs::setNextPassword(u"s3cret"_s);
    w.viewer->enterPassword();
    QTRY_VERIFY(w.viewer->isShowingPage());
    QCOMPARE(w.viewer->pageCount(), 2);
    QTRY_VERIFY(!w.viewer->pageView()->image().isNull());
}

void TstEvidenceViewer::toolbarSearchOpensTheExhibitAtTheHit()
{
    TempLibrary lib;
    const qint64 caseId = bareCase(*lib.library);
    QTemporaryDir files;
    const qint64 image =
        import(*lib.library, caseId, writeScreenshot(files.path()), u"首次登录页面截图"_s);
    const qint64 pdf = import(*lib.library, caseId, writePdf(files.path()), u"隐私政策"_s);
    // What the import pipeline records for a PDF's pages.
    QVERIFY(lib->evidenceText()
                .storeParse(pdf, EvidenceRecord::ParseState::Ok, {}, 2,
                    { PageText { 1, 595, 842, PageText::Origin::Pdf, u"第一页 隐私政策 privacy"_s },
                        PageText {
                            2, 595, 842, PageText::Origin::Pdf, u"第二页 营销短信 marketing"_s } },
                    false)
                .ok());
    CaseRecord other;
    other.title = u"另一个案件"_s;
    const qint64 otherCase = lib->cases().createCase(other).value();

    Window w(*lib.library);
    w.main.caseList()->selectCase(otherCase);
    QLineEdit *field = w.main.searchField();
    QVERIFY(field->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(&w.main));
    QTest::keyClick(&w.main, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), field);

    // A title word, typed: the list follows after a pause.
    typeText(field, u"登录页面"_s);
    QTreeWidget *list = w.main.searchResults()->list();
    QCOMPARE(list->topLevelItemCount(), 0);
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QVERIFY(list->isVisible());
    QVERIFY(list->topLevelItem(0)->text(0).contains(u"证据1-1"_s));
    QCOMPARE(w.main.searchResults()->hits().first().evidenceId, image);
    auto *snippet = qobject_cast<QLabel *>(list->itemWidget(list->topLevelItem(0), 3));
    QVERIFY(snippet);
    QVERIFY2(snippet->text().contains(u"<b>登录页面</b>"_s), qPrintable(snippet->text()));

    list->setCurrentItem(list->topLevelItem(0));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(w.main.caseList()->currentCaseId(), caseId);
    QCOMPARE(w.main.workspace()->tabs()->currentWidget(), w.evidence);
    const QModelIndexList selected = w.evidence->view()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(EvidenceModel::IdRole).toLongLong(), image);
    QCOMPARE(w.viewer->evidenceId(), image);

    // Page text, with Enter: the PDF opens on page 2 with the words highlighted.
    field->clear();
    typeText(field, u"营销短信"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(2), u"2"_s);
    w.main.searchResults()->openResult(0);
    QCOMPARE(w.viewer->evidenceId(), pdf);
    QTRY_VERIFY(w.viewer->isShowingPage()); // the page asked for is shown once it opens
    QCOMPARE(w.viewer->currentPage(), 2);
    QTRY_VERIFY(!w.viewer->pageView()->hits().isEmpty());
    const QRectF hit = w.viewer->pageView()->hits().first();
    QVERIFY2(hit.top() > 0.4 && hit.top() < 0.6, qPrintable(u"%1"_s.arg(hit.top())));
}

void TstEvidenceViewer::searchRanksTheOpenCaseFirst()
{
    // The same two-character word in an exhibit of each of two cases: the case open in the
    // window comes first, whichever it is.
    TempLibrary lib;
    QTemporaryDir files;
    const auto caseWithPage = [&](const QString &title) {
        const qint64 caseId = bareCase(*lib.library);
        CaseRecord c = lib->cases().caseById(caseId).value();
        c.title = title;
        [&] {
            QVERIFY(lib->cases().updateCase(c).ok());
        }();
        // Bytes of its own: the same bytes twice would be one exhibit.
        const QString path = files.filePath(title + u".txt"_s);
        [&] {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(title.toUtf8());
        }();
        const qint64 pdf = import(*lib.library, caseId, path, title);
        [&] {
            QVERIFY(
                lib->evidenceText()
                    .storeParse(pdf, EvidenceRecord::ParseState::Ok, {}, 1,
                        { PageText { 1, 595, 842, PageText::Origin::Pdf, u"被告发送营销短信"_s } },
                        false)
                    .ok());
        }();
        return caseId;
    };
    const qint64 first = caseWithPage(u"甲案"_s);
    const qint64 second = caseWithPage(u"乙案"_s);
    Window w(*lib.library);
    for (const qint64 open : { second, first }) {
        w.main.caseList()->selectCase(open);
        w.main.searchResults()->search(u"短信"_s);
        const QList<SearchHit> hits = w.main.searchResults()->hits();
        QVERIFY(hits.size() >= 2);
        QCOMPARE(hits.first().caseId, open);
    }
}

QTEST_MAIN(TstEvidenceViewer)
#include "tst_evidenceviewer.moc"
