// The main flows driven as a user drives them — clicks, keys and drops delivered to the widget
// under the pointer — never by calling the panel's slot: import (files dropped on the exhibit
// list, then the Import files… button), citing an exhibit by dragging it onto an element, and
// editing a damages item from the keyboard. Each is undone with Ctrl+Z, as a user would.
// (Generating a document by its buttons is driven in tst_mainwindow's previewAndSaveAComplaint.)
#include "caseworkspace.h"
#include "damages/damagesstore.h"
#include "damagesdialog.h"
#include "damagespanel.h"
#include "demo/demolibrary.h"
#include "dialogs.h"
#include "evidence/evidencestore.h"
#include "evidencepanel.h"
#include "factspanel.h"
#include "itemmodels/evidencemodel.h"
#include "itemmodels/proofmatrixmodel.h"
#include "itemmodels/proofmodel.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

namespace {

// A button of `parent` by its label as shown (the mnemonic's & left out).
QPushButton *buttonLabelled(QWidget *parent, const QString &label)
{
    for (auto *button : parent->findChildren<QPushButton *>())
        if (button->text().remove(u'&') == label)
            return button;
    return nullptr;
}

// Where a user points at `index`: scrolled into the middle of the view first, as they would.
QPoint centreOf(QTableView *view, const QModelIndex &index)
{
    QCoreApplication::processEvents(); // the view's pending layout, so the scroll lands
    view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    QCoreApplication::processEvents();
    const QPoint centre = view->visualRect(index).center();
    if (!view->viewport()->rect().contains(centre))
        qWarning("row %d is not in view", index.row());
    return centre;
}

void writePng(const QString &path, Qt::GlobalColor colour)
{
    QImage image(320, 640, QImage::Format_RGB32);
    image.fill(colour);
    QVERIFY(image.save(path, "PNG"));
}

// Ctrl+Z in the window, which is active again once a dialog has closed.
void pressUndo(QWidget *window)
{
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
}

} // namespace

class TstFlows final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { pinClock(); }
    void importByDroppingFilesThenByTheButton();
    void citeByDraggingAnExhibitOntoAnElement();
    void editADamagesItemFromTheKeyboard();
};

void TstFlows::importByDroppingFilesThenByTheButton()
{
    TempLibrary lib;
    const qint64 caseId = addDemoCase(*lib.library).value();
    removeDemoEvidence(*lib.library, caseId);
    QTemporaryDir files;
    const QString first = files.filePath(u"登录页面.png"_s);
    const QString second = files.filePath(u"营销短信.png"_s);
    const QString third = files.filePath(u"隐私政策.png"_s);
    writePng(first, Qt::darkCyan);
    writePng(second, Qt::darkRed);
    writePng(third, Qt::darkGreen);

    MainWindow window(*lib.library);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *evidence = window.workspace()->panel<EvidencePanel>();
    window.workspace()->showPanel(evidence);
    QSignalSpy finished(evidence, &EvidencePanel::importFinished);

    // Two files from the file manager, dropped on the exhibit list: the list does not take
    // file drops itself, so they reach the panel.
    QMimeData fromFileManager;
    fromFileManager.setUrls({ QUrl::fromLocalFile(first), QUrl::fromLocalFile(second) });
    QVERIFY(dropAt(evidence->view()->viewport(), evidence->view()->viewport()->rect().center(),
        &fromFileManager, Qt::CopyAction));
    QVERIFY(finished.wait(20000));
    QCOMPARE(evidence->model()->rowCount(), 2);
    QCOMPARE(evidence->model()->index(1, EvidenceModel::Exhibit).data().toString(), u"证据1-2"_s);

    // The third through Import files…, chosen in the file dialog.
    QPushButton *import = buttonLabelled(evidence, u"Import files…"_s);
    QVERIFY(import);
    QVERIFY(import->isEnabled());
    Dialogs::setNextOpenFileNames(QStringList { third });
    QTest::mouseClick(import, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(evidence->model()->rowCount(), 3);
    QCOMPARE(lib->evidence().items(caseId).value().size(), 3);

    // Ctrl+Z takes the last import back; the first two stay.
    pressUndo(&window);
    QCOMPARE(evidence->model()->rowCount(), 2);
    QCOMPARE(lib->evidence().items(caseId).value().size(), 2);

    // A drop of something that is not a file (a browser's link) imports nothing.
    QMimeData link;
    link.setUrls({ QUrl(u"https://example.com/shot.png"_s) });
    dropAt(evidence->view()->viewport(), evidence->view()->viewport()->rect().center(), &link,
        Qt::CopyAction);
    QVERIFY(!finished.wait(300));
    QCOMPARE(lib->evidence().items(caseId).value().size(), 2);
}

void TstFlows::citeByDraggingAnExhibitOntoAnElement()
{
    TempLibrary lib;
    const qint64 caseId = addDemoCase(*lib.library).value();
    MainWindow window(*lib.library);
    window.resize(1400, 900);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *facts = window.workspace()->panel<FactsPanel>();
    window.workspace()->showPanel(facts);
    const int citedBefore = facts->matrixModel()->citedCount();
    // PIPL 23: the defendant pushed marketing based on a profile — nothing cited for it yet.
    const int row = rowOfElement(facts->proofModel(), u"automated-decision.2"_s);
    QVERIFY(row >= 0);
    QCOMPARE(
        facts->proofModel()->index(row, ProofModel::Evidence).data().toString(), u"no evidence"_s);

    // Press on the SMS screenshot in the exhibit list: the drag carries what is selected.
    QTableView *exhibits = facts->exhibitsView();
    const QModelIndex sms = exhibits->model()->index(2, EvidenceModel::Exhibit);
    QCOMPARE(sms.data().toString(), u"证据2-1"_s);
    QTest::mouseClick(exhibits->viewport(), Qt::LeftButton, {}, centreOf(exhibits, sms));
    const QModelIndexList dragged = exhibits->selectionModel()->selectedIndexes();
    QVERIFY(!dragged.isEmpty());
    std::unique_ptr<QMimeData> drag(exhibits->model()->mimeData(dragged));
    QVERIFY(drag);

    // Let go over the element's row in the claims table.
    QTableView *elements = facts->elementsView();
    const QPoint over = centreOf(elements, facts->proofModel()->index(row, ProofModel::Element));
    QVERIFY(dropAt(elements->viewport(), over, drag.get(), Qt::CopyAction));
    QCOMPARE(facts->matrixModel()->citedCount(), citedBefore + 1);
    const int after = rowOfElement(facts->proofModel(), u"automated-decision.2"_s);
    QCOMPARE(
        facts->proofModel()->index(after, ProofModel::Evidence).data().toString(), u"证据2-1"_s);

    // Let go over the empty space below the last row: nothing is cited.
    const QPoint below(elements->viewport()->width() / 2, elements->viewport()->height() - 2);
    if (!elements->indexAt(below).isValid()) {
        dropAt(elements->viewport(), below, drag.get(), Qt::CopyAction);
        QCOMPARE(facts->matrixModel()->citedCount(), citedBefore + 1);
    }

    pressUndo(&window);
    QCOMPARE(facts->matrixModel()->citedCount(), citedBefore);
    QCOMPARE(facts->proofModel()
                 ->index(rowOfElement(facts->proofModel(), u"automated-decision.2"_s),
                     ProofModel::Evidence)
                 .data()
                 .toString(),
        u"no evidence"_s);
    Q_UNUSED(caseId)
}

void TstFlows::editADamagesItemFromTheKeyboard()
{
    TempLibrary lib;
    const qint64 caseId = addDemoCase(*lib.library).value();
    MainWindow window(*lib.library);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *damages = window.workspace()->panel<DamagesPanel>();
    window.workspace()->showPanel(damages);
    const qint64 before = lib->damages().totals(caseId, u"claimed"_s).value().totalFen;
    QCOMPARE(before, qint64(790000)); // 2,900 costs + 5,000 distress

    // Find the distress item's row and open it with a double click.
    QTableView *view = damages->view();
    int distress = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        for (int c = 0; c < view->model()->columnCount(); ++c)
            if (view->model()->index(r, c).data().toString().contains(u"5,000.00"_s))
                distress = r;
    QVERIFY2(distress >= 0, "the demo's 5,000 distress item is listed");
    const QPoint cell = centreOf(view, view->model()->index(distress, 0));
    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<DamagesDialog *>(modal);
        QVERIFY(dialog);
        QLineEdit *amount = dialog->amountEdit();
        amount->setFocus();
        amount->selectAll();
        typeText(amount, u"8000"_s);
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::keyClick(amount, Qt::Key_Return); // Return takes the default button, OK
    });
    doubleClick(view->viewport(), cell);
    QCOMPARE(lib->damages().totals(caseId, u"claimed"_s).value().totalFen, qint64(1090000));
    QVERIFY(damages->totalsText().contains(u"人民币壹万零玖佰元整"_s));

    pressUndo(&window);
    QCOMPARE(lib->damages().totals(caseId, u"claimed"_s).value().totalFen, before);
    QVERIFY(damages->totalsText().contains(u"人民币柒仟玖佰元整"_s));
}

QTEST_MAIN(TstFlows)
#include "tst_flows.moc"
