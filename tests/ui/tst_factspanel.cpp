// The Facts & law panel on the demo case: the chronology, claims element by element, the
// proof matrix, the gaps, and the statute browser's list of claims resting on an article.
#include "caseworkspace.h"
#include "demo/demolibrary.h"
#include "dialogs.h"
#include "eventdialog.h"
#include "evidence/evidencestore.h"
#include "evidencepanel.h"
#include "factspanel.h"
#include "itemmodels/evidencemodel.h"
#include "itemmodels/proofmatrixmodel.h"
#include "itemmodels/proofmodel.h"
#include "law/claimstore.h"
#include "mainwindow.h"
#include "statutebrowser.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

class TstFactsPanel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { pinClock(); }
    void demoShowsWhichScreenshotProvesWhichElement();
    void dropAnExhibitOnAnElementAndUndo();
    void addAFactOfMonthPrecision();
    void gapReportExports();
    void statuteBrowserListsTheClaimsRestingOnPipl24();
    void reorderExhibitsUndoAndExportRedacted();
    void anArticleNotYetInForceIsFlaggedOnTheElement();
    void headingAlternativeAndAdverseInference();
};

void TstFactsPanel::demoShowsWhichScreenshotProvesWhichElement()
{
    TempLibrary lib;
    const qint64 caseId = addDemoCase(*lib.library).value();
    MainWindow window(*lib.library);
    window.show();
    auto *facts = window.workspace()->panel<FactsPanel>();
    QVERIFY(facts);
    window.workspace()->showPanel(facts);
    QAbstractItemModelTester proofTester(facts->proofModel());
    QAbstractItemModelTester matrixTester(facts->matrixModel());
    QCOMPARE(facts->chronologyView()->model()->rowCount(), 4);
    // PIPL 16, element 2: the questionnaire's only button, cited down to the region.
    const int row = rowOfElement(facts->proofModel(), u"refusal-of-service.2"_s);
    QVERIFY(row >= 0);
    const QString evidence =
        facts->proofModel()->index(row, ProofModel::Evidence).data().toString();
    QCOMPARE(evidence, u"证据1-1, page 1, region 1"_s);
    QCOMPARE(facts->proofModel()->index(row, ProofModel::Status).data().toString(), u"proven"_s);
    // Beside it, the exact text of the article it rests on.
    facts->elementsView()->selectRow(row);
    QVERIFY(
        facts->lawView()->toPlainText().contains(u"《中华人民共和国个人信息保护法》第十六条"_s));
    QVERIFY(facts->lawView()->toPlainText().contains(
        u"个人信息处理者不得以个人不同意处理其个人信息或者撤回同意为由，拒绝提供产品或者服务"_s));
    // The matrix has a row per element and a column per exhibit.
    QCOMPARE(facts->matrixModel()->columnCount(), 4);
    QCOMPARE(facts->matrixModel()->rowCount(), facts->proofModel()->rowCount());
    QVERIFY(facts->gapsView()->toPlainText().contains(u"损害或者侵害风险"_s));
    Q_UNUSED(caseId)
}

void TstFactsPanel::dropAnExhibitOnAnElementAndUndo()
{
    TempLibrary lib;
    const qint64 caseId = addDemoCase(*lib.library).value();
    MainWindow window(*lib.library);
    window.show();
    auto *facts = window.workspace()->panel<FactsPanel>();
    window.workspace()->showPanel(facts);
    const int citedBefore = facts->matrixModel()->citedCount();
    const qsizetype gapsBefore = lib->claims().gaps(caseId)->elementsWithoutEvidence.size();
    // PIPL 23: the defendant pushed marketing based on a profile — nothing cited yet.
    const int row = rowOfElement(facts->proofModel(), u"automated-decision.2"_s);
    QVERIFY(row >= 0);
    QCOMPARE(
        facts->proofModel()->index(row, ProofModel::Evidence).data().toString(), u"no evidence"_s);
    // Drag the SMS screenshot from the panel's exhibit list onto the element.
    auto *exhibits = facts->exhibitsView();
    const QModelIndex sms = exhibits->model()->index(2, EvidenceModel::Exhibit);
    QCOMPARE(sms.data().toString(), u"证据2-1"_s);
    std::unique_ptr<QMimeData> drag(exhibits->model()->mimeData({ sms }));
    QVERIFY(drag);
    const QModelIndex target = facts->proofModel()->index(row, ProofModel::Element);
    QVERIFY(facts->proofModel()->canDropMimeData(drag.get(), Qt::CopyAction, -1, -1, target));
    facts->proofModel()->dropMimeData(drag.get(), Qt::CopyAction, -1, -1, target);
    QCOMPARE(facts->matrixModel()->citedCount(), citedBefore + 1);
    const int after = rowOfElement(facts->proofModel(), u"automated-decision.2"_s);
    QCOMPARE(
        facts->proofModel()->index(after, ProofModel::Evidence).data().toString(), u"证据2-1"_s);
    // Mark it proven, then undo both.
    facts->selectElement(facts->proofModel()->row(after).claim->id, u"automated-decision.2"_s);
    facts->setStatus(static_cast<int>(ElementStatus::Proven));
    QCOMPARE(facts->proofModel()
                 ->index(rowOfElement(facts->proofModel(), u"automated-decision.2"_s),
                     ProofModel::Status)
                 .data()
                 .toString(),
        u"proven"_s);
    window.undoAction()->trigger();
    window.undoAction()->trigger();
    QCOMPARE(facts->matrixModel()->citedCount(), citedBefore);
    const int undone = rowOfElement(facts->proofModel(), u"automated-decision.2"_s);
    QCOMPARE(
        facts->proofModel()->index(undone, ProofModel::Status).data().toString(), u"unproven"_s);
    window.redoAction()->trigger();
    QCOMPARE(facts->matrixModel()->citedCount(), citedBefore + 1);
    // One gap fewer, and the gap report on screen says so.
    QCOMPARE(lib->claims().gaps(caseId)->elementsWithoutEvidence.size(), gapsBefore - 1);
    QVERIFY(!facts->gapsView()->toPlainText().contains(u"被告基于画像向原告进行信息推送"_s));
}

void TstFactsPanel::addAFactOfMonthPrecision()
{
    TempLibrary lib;
    addDemoCase(*lib.library).value();
    MainWindow window(*lib.library);
    window.show();
    auto *facts = window.workspace()->panel<FactsPanel>();
    window.workspace()->showPanel(facts);
    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<EventDialog *>(modal);
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        typeText(dialog->dateEdit(), u"2021-01-40"_s);
        typeText(dialog->textEdit(), u"被告将原告订单信息提供给关联公司。"_s);
        QVERIFY(!ok->isEnabled()); // no such day
        dialog->dateEdit()->setText(u"2021-01"_s);
        QVERIFY(!ok->isEnabled()); // a month, stated as a day
        dialog->precisionBox()->setCurrentIndex(1); // Month
        QVERIFY(ok->isEnabled());
        dialog->exhibitList()->item(3)->setCheckState(Qt::Checked);
        ok->click();
    });
    facts->addEvent();
    QCOMPARE(facts->chronologyView()->model()->rowCount(), 5);
    const QList<EventRecord> events = lib->events().events(1).value();
    QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const EventRecord &e) {
        return e.displayDate() == u"2021年1月"_s && e.text.contains(u"关联公司"_s)
            && e.evidenceIds.size() == 1;
    }));
    window.undoAction()->trigger();
    QCOMPARE(facts->chronologyView()->model()->rowCount(), 4);
}

void TstFactsPanel::gapReportExports()
{
    TempLibrary lib;
    addDemoCase(*lib.library).value();
    MainWindow window(*lib.library);
    window.show();
    auto *facts = window.workspace()->panel<FactsPanel>();
    window.workspace()->showPanel(facts);
    QTemporaryDir out;
    const QString csv = out.filePath(u"gaps.csv"_s);
    QVERIFY(facts->exportGaps(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(u"automated-decision.2"_s));
    // Cited and proven: not a gap of evidence; its PIPL article is flagged for the date.
    QVERIFY(!text.contains(u"no evidence,以不同意为由拒绝提供服务,refusal-of-service.2"_s));
    QVERIFY(text.contains(u"law not yet in force,以不同意为由拒绝提供服务,refusal-of-service.2"_s));
    const QString pdf = out.filePath(u"gaps.pdf"_s);
    QVERIFY(facts->exportGaps(pdf));
    QProcess extract;
    extract.start(u"pdftotext"_s, { pdf, u"-"_s });
    QVERIFY(extract.waitForFinished(30000));
    const QString read = QString::fromUtf8(extract.readAllStandardOutput()).remove(u'\n');
    QVERIFY2(read.contains(u"罗某诉北京某某教育科技有限公司"_s), qPrintable(read.left(300)));
    QVERIFY(read.contains(u"被告基于画像向原告进行信息推送或者商业营销"_s));
}

void TstFactsPanel::statuteBrowserListsTheClaimsRestingOnPipl24()
{
    TempLibrary lib;
    addDemoCase(*lib.library).value();
    StatuteBrowser browser;
    browser.setCaseLibrary(lib.library.get());
    browser.show();
    QVERIFY(browser.showCitation(u"PIPL 24"_s).isEmpty());
    browser.copyCitation();
    QCOMPARE(QApplication::clipboard()->text(), u"《中华人民共和国个人信息保护法》第二十四条"_s);
    // The automated-decision claim, and the marketing one (an element rests on PIPL 24(2));
    // not the refusal-of-service claim.
    const QString citing = browser.citingClaims().join(u'\n');
    QCOMPARE(browser.citingClaims().size(), 2);
    QVERIFY(citing.contains(u"自动化决策"_s));
    QVERIFY(citing.contains(u"营销"_s) || citing.contains(u"侵扰"_s));
    QVERIFY(!citing.contains(u"拒绝提供服务"_s));
    // An article no claim of the library rests on.
    QVERIFY(browser.showCitation(u"CPL 124"_s).isEmpty());
    QVERIFY(browser.citingClaims().isEmpty());
}

void TstFactsPanel::reorderExhibitsUndoAndExportRedacted()
{
    TempLibrary lib;
    const qint64 caseId = addDemoCase(*lib.library).value();
    MainWindow window(*lib.library);
    window.show();
    auto *evidence = window.workspace()->panel<EvidencePanel>();
    window.workspace()->showPanel(evidence);
    QCOMPARE(evidence->model()->index(1, EvidenceModel::Title).data().toString(),
        u"某某英语隐私政策（2020年12月1日版）"_s);
    // The policy moves up: it becomes 证据1-1 and the questionnaire 证据1-2.
    evidence->view()->selectRow(1);
    evidence->moveExhibit(-1);
    QCOMPARE(evidence->model()->index(0, EvidenceModel::Title).data().toString(),
        u"某某英语隐私政策（2020年12月1日版）"_s);
    QCOMPARE(evidence->model()->index(1, EvidenceModel::Exhibit).data().toString(), u"证据1-2"_s);
    // A citation follows its exhibit to the new number.
    const auto claims = lib->claims().claims(caseId).value();
    QCOMPARE(claims.first().elements.at(1).citations.first().exhibit, u"证据1-2"_s);
    window.undoAction()->trigger();
    QCOMPARE(evidence->model()->index(0, EvidenceModel::Title).data().toString(),
        u"首次登录“完善个人信息”页面截图"_s);
    // Drag the SMS screenshot (证据2-1) onto the first row: it joins group 1 in first place.
    std::unique_ptr<QMimeData> drag(
        evidence->model()->mimeData({ evidence->model()->index(2, EvidenceModel::Exhibit) }));
    const QModelIndex first = evidence->model()->index(0, EvidenceModel::Exhibit);
    QVERIFY(evidence->model()->canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, first));
    evidence->model()->dropMimeData(drag.get(), Qt::MoveAction, -1, -1, first);
    QCOMPARE(
        evidence->model()->index(0, EvidenceModel::Title).data().toString(), u"营销短信截图"_s);
    QCOMPARE(evidence->model()->index(0, EvidenceModel::Exhibit).data().toString(), u"证据1-1"_s);
    QCOMPARE(evidence->model()->index(3, EvidenceModel::Exhibit).data().toString(), u"证据3-1"_s);
    window.undoAction()->trigger();
    QCOMPARE(
        evidence->model()->index(2, EvidenceModel::Title).data().toString(), u"营销短信截图"_s);
    QCOMPARE(evidence->model()->index(2, EvidenceModel::Exhibit).data().toString(), u"证据2-1"_s);

    // The SMS screenshot has a redaction box over the number: the copy is black there.
    evidence->view()->selectRow(2);
    QTemporaryDir out;
    const QString copy = out.filePath(u"redacted.png"_s);
    QSignalSpy exported(evidence, &EvidencePanel::redactedExported);
    QVERIFY(evidence->exportRedacted(copy)); // written on a worker
    QVERIFY(exported.wait());
    QCOMPARE(exported.first().at(1).toBool(), true);
    QImage image(copy);
    QVERIFY(!image.isNull());
    const QPoint inBox(int(image.width() * 0.5), int(image.height() * 0.125));
    QCOMPARE(image.pixelColor(inBox), QColor(Qt::black));
    // The questionnaire has none: refused, nothing written.
    evidence->view()->selectRow(0);
    Dialogs::setNextAnswer(std::nullopt); // test mode: errors are recorded, not shown
    QVERIFY(!evidence->exportRedacted(out.filePath(u"none.png"_s)));
    QVERIFY(!QFile::exists(out.filePath(u"none.png"_s)));
}

void TstFactsPanel::anArticleNotYetInForceIsFlaggedOnTheElement()
{
    TempLibrary lib;
    addDemoCase(*lib.library).value();
    MainWindow window(*lib.library);
    window.show();
    auto *facts = window.workspace()->panel<FactsPanel>();
    QVERIFY(facts);
    window.workspace()->showPanel(facts);
    QAbstractItemModelTester proofTester(facts->proofModel());
    // The demo's first login was on 2021-01-20; PIPL 16 came into force on 2021-11-01.
    const int row = rowOfElement(facts->proofModel(), u"refusal-of-service.2"_s);
    QVERIFY(row >= 0);
    const QModelIndex element = facts->proofModel()->index(row, ProofModel::Element);
    QVERIFY(element.data().toString().startsWith(u"\u26a0 2. "_s));
    QVERIFY(element.data(Qt::ForegroundRole).isValid());
    const QString warning = element.data(Qt::ToolTipRole).toString();
    QVERIFY2(warning.contains(u"《中华人民共和国个人信息保护法》第十六条"_s), qPrintable(warning));
    QVERIFY2(warning.contains(u"2021-11-01"_s) && warning.contains(u"2021-01-20"_s),
        qPrintable(warning));
    QVERIFY(warning.contains(u"《中华人民共和国网络安全法》第四十一条第二款"_s));
    facts->elementsView()->selectRow(row);
    const QString law = facts->lawView()->toPlainText();
    QVERIFY2(law.contains(u"\u26a0"_s), qPrintable(law));
    // The earlier law beside the PIPL, with its text.
    QVERIFY(law.contains(u"网络运营者不得收集与其提供的服务无关的个人信息"_s));
    QVERIFY(facts->gapsView()->toPlainText().contains(
        u"Articles not in force at the time of the facts"_s));

    // A date that does not exist is refused and changes nothing.
    auto *continuing = facts->findChild<QPushButton *>(u"continuing"_s);
    QVERIFY(continuing);
    Dialogs::setNextText(u"2022-02-30"_s);
    QTest::mouseClick(continuing, Qt::LeftButton);
    QVERIFY2(
        Dialogs::lastMessage().contains(u"is not a date"_s), qPrintable(Dialogs::lastMessage()));
    QVERIFY(facts->proofModel()
                ->index(rowOfElement(facts->proofModel(), u"refusal-of-service.2"_s),
                    ProofModel::Element)
                .data()
                .toString()
                .startsWith(u"\u26a0"_s));
    // Marked continuing into 2022 (with undo): the warning goes, and comes back on undo.
    Dialogs::setNextText(u"2022-03-01"_s);
    QTest::mouseClick(continuing, Qt::LeftButton);
    const int after = rowOfElement(facts->proofModel(), u"refusal-of-service.2"_s);
    QVERIFY(!facts->proofModel()
                 ->index(after, ProofModel::Element)
                 .data()
                 .toString()
                 .startsWith(u"\u26a0"_s));
    window.undoAction()->trigger();
    const int undone = rowOfElement(facts->proofModel(), u"refusal-of-service.2"_s);
    QVERIFY(facts->proofModel()
                ->index(undone, ProofModel::Element)
                .data()
                .toString()
                .startsWith(u"\u26a0"_s));
}

// The liability bar: a heading of the lawyer's (an empty one refused), the alternative the
// PIPL 24 claim pleads, an adverse inference on an element, each undoable.
void TstFactsPanel::headingAlternativeAndAdverseInference()
{
    TempLibrary lib;
    addDemoCase(*lib.library).value();
    MainWindow window(*lib.library);
    window.show();
    auto *facts = window.workspace()->panel<FactsPanel>();
    window.workspace()->showPanel(facts);
    auto *heading = facts->findChild<QPushButton *>(u"heading"_s);
    auto *alternative = facts->findChild<QComboBox *>(u"alternative"_s);
    auto *adverse = facts->findChild<QPushButton *>(u"adverse"_s);
    QVERIFY(heading && alternative && adverse);
    QVERIFY(!heading->isEnabled());

    // The demo's PIPL 24 claim pleads push; choosing price moves its gaps to the price limb.
    facts->elementsView()->selectRow(rowOfElement(facts->proofModel(), u"automated-decision.1"_s));
    QVERIFY(alternative->isEnabled());
    if (const QString shot = qEnvironmentVariable("HABEAS_SHOT"); !shot.isEmpty())
        window.grab().save(shot); // to look at the bar
    QCOMPARE(alternative->currentData().toString(), u"push"_s);
    alternative->setFocus();
    QTest::keyClick(alternative, Qt::Key_Down); // push → price, as the user's arrow key does
    const auto claimOf = [&](const QString &theory) {
        for (const ClaimRecord &c : lib.library->claims().claims(1).value())
            if (c.theoryId == theory)
                return c;
        return ClaimRecord();
    };
    QCOMPARE(claimOf(u"automated-decision"_s).alternative, u"price"_s);
    // The push elements are now off the pleaded path: shown as such, not as gaps.
    const QModelIndex pushEvidence = facts->proofModel()->index(
        rowOfElement(facts->proofModel(), u"automated-decision.2"_s), ProofModel::Evidence);
    QCOMPARE(pushEvidence.data().toString(), u"not pleaded (another alternative)"_s);
    QVERIFY(!facts->gapsView()->toPlainText().contains(u"no alternative chosen"_s));
    window.undoAction()->trigger();
    QCOMPARE(claimOf(u"automated-decision"_s).alternative, u"push"_s);

    // A heading of the lawyer's, typed in the dialog; an empty one is refused, naming the claim.
    facts->elementsView()->selectRow(rowOfElement(facts->proofModel(), u"refusal-of-service.1"_s));
    const QString own = u"被告以原告拒绝提供职业等信息为由拒绝提供服务，侵害了原告的个人信息权益"_s;
    whenModal([&](QWidget *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>();
        edit->selectAll();
        typeText(edit, own);
        QTest::keyClick(edit, Qt::Key_Return);
    });
    QTest::mouseClick(heading, Qt::LeftButton);
    QCOMPARE(claimOf(u"refusal-of-service"_s).heading, own);
    QVERIFY(facts->lawView()->toPlainText().contains(own));
    Dialogs::setNextAnswer(std::nullopt); // test mode: the error is recorded, not shown
    whenModal([&](QWidget *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClick(edit, Qt::Key_Return);
    });
    QTest::mouseClick(heading, Qt::LeftButton);
    QCOMPARE(claimOf(u"refusal-of-service"_s).heading, own);
    QVERIFY2(Dialogs::lastMessage().contains(u"claim 1"_s), qPrintable(Dialogs::lastMessage()));

    // Adverse inference: not for the defendant's element; on the plaintiff's, and undone.
    facts->elementsView()->selectRow(rowOfElement(facts->proofModel(), u"refusal-of-service.3"_s));
    QVERIFY(!adverse->isEnabled());
    facts->elementsView()->selectRow(rowOfElement(facts->proofModel(), u"refusal-of-service.2"_s));
    QVERIFY(adverse->isEnabled() && !adverse->isChecked());
    QTest::mouseClick(adverse, Qt::LeftButton);
    QVERIFY(claimOf(u"refusal-of-service"_s).elements.at(1).adverseInference);
    QVERIFY(facts->lawView()->toPlainText().contains(u"Adverse inference"_s));
    window.undoAction()->trigger();
    QVERIFY(!claimOf(u"refusal-of-service"_s).elements.at(1).adverseInference);
}

QTEST_MAIN(TstFactsPanel)
#include "tst_factspanel.moc"
