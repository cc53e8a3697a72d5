// The Review panel: a supervisor adds a comment and resolves it with clicks, and the student
// brings the comments back with File ▸ Import Review Comments… — real widgets, offscreen.

#include "bundle/casebundle.h"
#include "bundletransfer.h"
#include "caselistpanel.h"
#include "caseworkspace.h"
#include "demo/demolibrary.h"
#include "dialogs.h"
#include "factspanel.h"
#include "itemmodels/proofmodel.h"
#include "itemmodels/reviewmodel.h"
#include "law/claimstore.h"
#include "mainwindow.h"
#include "requestlist.h"
#include "review/reviewstore.h"
#include "reviewcommentdialog.h"
#include "reviewpanel.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "undo/undomanager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

Q_DECLARE_METATYPE(habeas::BundleJobResult)

namespace {

ReviewPanel *showReview(MainWindow &window, qint64 caseId)
{
    window.caseList()->selectCase(caseId);
    auto *panel = window.workspace()->panel<ReviewPanel>();
    window.workspace()->showPanel(panel);
    return panel;
}

void clickRow(QTableView *view, int row)
{
    const QRect rect = view->visualRect(view->model()->index(row, ReviewModel::Text));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class TstReviewPanel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        pinClock();
        qRegisterMetaType<BundleJobResult>();
        Dialogs::setNextAnswer(std::nullopt); // test mode: messages are recorded, not shown
    }
    void commentsGoThereAndBack();
};

void TstReviewPanel::commentsGoThereAndBack()
{
    TempLibrary student;
    TempLibrary supervisor;
    QTemporaryDir dir;
    const qint64 caseId = addDemoCase(*student.library).value();
    QVERIFY(bundle::exportCase(*student.library, caseId, dir.filePath(u"out.habeas"_s), {}).ok());
    const auto imported =
        bundle::importBundle(*supervisor.library, dir.filePath(u"out.habeas"_s), {});
    QVERIFY(imported.ok());
    const qint64 theirCase = imported.value().caseId;

    // The supervisor: Add Comment…, on the first request, typed; then Resolve.
    MainWindow window(*supervisor.library);
    window.show();
    ReviewPanel *panel = showReview(window, theirCase);
    QVERIFY(panel->isVisible());
    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<ReviewCommentDialog *>(modal);
        QVERIFY(dialog);
        QComboBox *on = dialog->anchorBox();
        const int request = on->findText(u"Request 1: "_s, Qt::MatchStartsWith);
        QVERIFY(request >= 0);
        on->setCurrentIndex(request);
        typeText(dialog->textEdit(), u"请求要写具体"_s);
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(panel->findChild<QPushButton *>(u"addComment"_s), Qt::LeftButton);
    QTableView *view = panel->view();
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(view->model()
                ->index(0, ReviewModel::Anchor)
                .data()
                .toString()
                .startsWith(u"Request 1: "_s));
    // …and shows on the request in Facts & Law ▸ Claims for Relief: ✎1 and the comment.
    window.workspace()->showPanel(window.workspace()->panel<FactsPanel>());
    RequestList *requests = window.workspace()->panel<FactsPanel>()->requestList();
    QVERIFY(requests->count() >= 2);
    QVERIFY2(requests->item(0)->text().startsWith(u"\u270e1 1. "_s),
        qPrintable(requests->item(0)->text()));
    QVERIFY(requests->item(0)->toolTip().contains(u"请求要写具体"_s));
    QVERIFY(requests->item(1)->text().startsWith(u"2. "_s));
    QVERIFY(!requests->item(1)->toolTip().contains(u"请求要写具体"_s));
    window.workspace()->showPanel(panel);
    clickRow(view, 0);
    auto *resolve = panel->findChild<QPushButton *>(u"resolveComment"_s);
    QVERIFY(resolve->isEnabled());
    QTest::mouseClick(resolve, Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 0); // Open hides it
    QVERIFY(requests->item(0)->text().startsWith(u"1. "_s)); // and the request's marker goes
    panel->showBox()->setCurrentIndex(panel->showBox()->findText(u"All"_s));
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(view->model()
                ->index(0, ReviewModel::State)
                .data()
                .toString()
                .startsWith(u"Resolved by "_s));
    // Undo reopens it; redo resolves it again.
    QVERIFY(window.undoManager().undo().ok());
    QVERIFY(!supervisor->review().comments(theirCase)->first().isResolved());
    QVERIFY(window.undoManager().redo().ok());
    QVERIFY(supervisor->review().comments(theirCase)->first().isResolved());
    // An open comment on an element shows where the element is: ✎ and the comment.
    const qint64 claim = supervisor->claims().claims(theirCase)->first().id;
    QVERIFY(supervisor->review()
                .add(theirCase, supervisor->review().anchorElement(claim, u"2"_s).value(),
                    u"证据不足"_s, u"王老师"_s)
                .ok());
    auto *facts = window.workspace()->panel<FactsPanel>();
    window.workspace()->showPanel(facts);
    ProofModel *proof = facts->proofModel();
    const QString second = supervisor->claims().claim(claim)->elements.at(1).id;
    QVERIFY(proof->rowOf(claim, second) >= 0);
    const QModelIndex element = proof->index(proof->rowOf(claim, second), ProofModel::Element);
    QVERIFY2(
        element.data().toString().startsWith(u"\u270e1 "_s), qPrintable(element.data().toString()));
    QVERIFY(element.data(Qt::ToolTipRole).toString().contains(u"王老师: 证据不足"_s));
    QVERIFY(bundle::exportCase(*supervisor.library, theirCase, dir.filePath(u"back.habeas"_s), {})
                .ok());

    // The student: File ▸ Import Review Comments… onto the same case.
    MainWindow mine(*student.library);
    mine.show();
    ReviewPanel *own = showReview(mine, caseId);
    QCOMPARE(own->view()->model()->rowCount(), 0);
    QVERIFY(mine.bundles()->importReviewAction()->isEnabled());
    Dialogs::setNextOpenFileName(dir.filePath(u"back.habeas"_s));
    QSignalSpy finished(mine.bundles(), &BundleTransfer::finished);
    mine.bundles()->importReviewAction()->trigger();
    QVERIFY(finished.wait(60000));
    const auto result = finished.first().first().value<BundleJobResult>();
    QVERIFY2(result.ok, qPrintable(result.failure.error.message));
    QCOMPARE(result.merge.added, 2);
    QVERIFY(Dialogs::lastMessage().contains(u"2 new"_s));
    own->showBox()->setCurrentIndex(own->showBox()->findText(u"All"_s));
    QCOMPARE(own->view()->model()->rowCount(), 2);
    QCOMPARE(
        own->view()->model()->index(0, ReviewModel::Text).data().toString(), u"请求要写具体"_s);
    // Double-click goes to what it is on: the requests live in Facts & Law.
    const QRect rect = own->view()->visualRect(own->view()->model()->index(0, ReviewModel::Anchor));
    doubleClick(own->view()->viewport(), rect.center());
    QCOMPARE(mine.workspace()->tabs()->currentWidget(), mine.workspace()->panel<FactsPanel>());
    auto *myFacts = mine.workspace()->panel<FactsPanel>();
    QCOMPARE(myFacts->tabs()->currentWidget(), myFacts->requestList());
    QCOMPARE(myFacts->requestList()->currentRow(), 0);

    // A bundle of another case is refused with the reason, and nothing changes.
    const qint64 other = addDemoCase(*student.library).value();
    mine.caseList()->selectCase(other);
    Dialogs::setNextOpenFileName(dir.filePath(u"back.habeas"_s));
    finished.clear();
    mine.bundles()->importReviewAction()->trigger();
    QVERIFY(finished.wait(60000));
    QVERIFY(!finished.first().first().value<BundleJobResult>().ok);
    QVERIFY(Dialogs::lastMessage().contains(u"another case"_s));
    QVERIFY(student->review().comments(other)->isEmpty());
}

QTEST_MAIN(TstReviewPanel)
#include "tst_reviewpanel.moc"
