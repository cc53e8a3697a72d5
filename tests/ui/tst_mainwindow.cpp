// The window as a user drives it: real widgets, offscreen.

#include "../parsing/parsingfixtures.h"
#include "casedialog.h"
#include "caselistpanel.h"
#include "casepanel.h"
#include "cases/casestore.h"
#include "caseworkspace.h"
#include "core/settings.h"
#include "damages/courtfee.h"
#include "damages/damagesstore.h"
#include "damagesdialog.h"
#include "damagespanel.h"
#include "demo/demolibrary.h"
#include "dialogs.h"
#include "documentspanel.h"
#include "evidence/evidencequeue.h"
#include "evidence/evidencestore.h"
#include "evidence/evidencetext.h"
#include "evidencedialog.h"
#include "evidencepanel.h"
#include "inspector.h"
#include "itemmodels/casefilter.h"
#include "itemmodels/evidencemodel.h"
#include "itemmodels/partylistmodel.h"
#include "law/claimstore.h"
#include "mainwindow.h"
#include "partiespanel.h"
#include "partydialog.h"
#include "preferencesdialog.h"
#include "statutebrowser.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

namespace {

void clickOk(QDialogButtonBox *buttons)
{
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

} // namespace

class TstMainWindow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        pinClock();
        Dialogs::setNextAnswer(std::nullopt); // test mode: errors are recorded, not shown
    }
    void createCaseThroughTheDialogThenUndoAndRedo();
    void invalidIdNumberShowsTheMessageAndDisablesOk();
    void usccCheckedInlineForOrganisations();
    void addPartyFromThePanelAndInspectIt();
    void aFailedSaveIsAMessageAndKeepsWhatWasTyped();
    void panelsSurviveADatabaseThatFails();
    void courtFeeHalvesOnMediationAndIsAPropertyFeeInContract();
    void trashAndRestoreACase();
    void purgeAsksFirst();
    void aFileFoundDamagedBesideTheWindowIsSaidAndWritesAreRefused();
    void titleMarksAChangedCaseAndPurgeKeepsOtherHistories();
    void filterTheCaseList();
    void fitsALaptopScreen();
    void newerLibraryIsReadOnlyInTheWindow();
    void preferencesAreSaved();
    void priceAnItemAndUndo();
    void importEvidenceOffTheGuiThread();
    void importedFilesAreReadInTheBackground();
    void protectedPdfAsksForItsPassword();
    void editCaseFollowsTheSelectionFromAnyPanel();
    void statuteBrowserShowsSearchesAndCopies();
    void previewAndSaveAComplaint();
};

void TstMainWindow::createCaseThroughTheDialogThenUndoAndRedo()
{
    TempLibrary lib;
    MainWindow window(*lib.library);
    window.show();
    QTableView *list = window.caseList()->view();
    QCOMPARE(list->model()->rowCount(), 0);

    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<CaseDialog *>(modal);
        QVERIFY(dialog);
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // no title yet
        typeText(dialog->titleEdit(), u"张某诉某科技公司"_s);
        clickOk(dialog->buttons());
    });
    window.newCaseAction()->trigger();

    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"张某诉某科技公司"_s);
    QCOMPARE(window.caseList()->currentCaseId(), lib->cases().listCases().value().first().id);
    QVERIFY(window.undoAction()->isEnabled());
    QVERIFY(window.undoAction()->text().contains(u"张某诉某科技公司"_s));

    window.undoAction()->trigger();
    QCOMPARE(list->model()->rowCount(), 0);
    QVERIFY(window.redoAction()->isEnabled());
    window.redoAction()->trigger();
    QCOMPARE(list->model()->rowCount(), 1);
}

void TstMainWindow::invalidIdNumberShowsTheMessageAndDisablesOk()
{
    PartyRecord blank;
    PartyDialog dialog(blank, {});
    dialog.show();
    typeText(dialog.lineEdit(u"name"_s), u"罗某"_s);
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());

    typeText(dialog.lineEdit(u"id-number"_s), u"110105199003071238"_s);
    QVERIFY2(dialog.messageFor(u"id-number"_s).contains(u"should be 9, not 8"_s),
        qPrintable(dialog.messageFor(u"id-number"_s)));
    QVERIFY(!ok->isEnabled());

    QTest::keyClick(dialog.lineEdit(u"id-number"_s), Qt::Key_Backspace);
    typeText(dialog.lineEdit(u"id-number"_s), u"9"_s);
    QVERIFY(dialog.messageFor(u"id-number"_s).isEmpty());
    QVERIFY(ok->isEnabled());
    // The ID number fills in what it encodes.
    QCOMPARE(dialog.record().birthDate, QDate(1990, 3, 7));
    QCOMPARE(dialog.record().sex, Sex::Male);

    typeText(dialog.lineEdit(u"phone"_s), u"call me"_s);
    QVERIFY(!dialog.messageFor(u"phone"_s).isEmpty());
    QVERIFY(!ok->isEnabled());
}

void TstMainWindow::usccCheckedInlineForOrganisations()
{
    PartyRecord blank;
    blank.type = PartyType::Organisation;
    blank.role = PartyRole::Defendant;
    PartyDialog dialog(blank, {});
    dialog.show();
    typeText(dialog.lineEdit(u"name"_s), u"北京某某教育科技有限公司"_s);
    typeText(dialog.lineEdit(u"uscc"_s), u"91110108MA01XQ7B25"_s);
    QVERIFY(dialog.messageFor(u"uscc"_s).contains(u"should be 4"_s));
    QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.lineEdit(u"uscc"_s)->setText(u"91110108MA01XQ7B24"_s);
    QVERIFY(dialog.messageFor(u"uscc"_s).isEmpty());
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    // Switching to a natural person keeps no organisation data.
    dialog.typeBox()->setCurrentIndex(
        dialog.typeBox()->findData(static_cast<int>(PartyType::Person)));
    QVERIFY(dialog.record().uscc.isEmpty());
}

void TstMainWindow::addPartyFromThePanelAndInspectIt()
{
    TempLibrary lib;
    const qint64 caseId = addDemoCase(*lib.library).value();
    MainWindow window(*lib.library);
    window.show();
    QCOMPARE(window.caseList()->currentCaseId(), caseId); // the first case opens by itself
    auto *parties = window.workspace()->panel<PartiesPanel>();
    QVERIFY(parties);
    window.workspace()->showPanel(parties);
    QCOMPARE(parties->model()->rowCount(), 3);

    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<PartyDialog *>(modal);
        QVERIFY(dialog);
        dialog->roleBox()->setCurrentIndex(
            dialog->roleBox()->findData(static_cast<int>(PartyRole::Defendant)));
        dialog->typeBox()->setCurrentIndex(
            dialog->typeBox()->findData(static_cast<int>(PartyType::Organisation)));
        typeText(dialog->lineEdit(u"name"_s), u"北京某某网络科技有限公司"_s);
        typeText(dialog->lineEdit(u"uscc"_s), u"91350100M000100Y43"_s);
        clickOk(dialog->buttons());
    });
    parties->addParty();
    QCOMPARE(parties->model()->rowCount(), 4);
    QVERIFY(window.inspector()->text().contains(u"91350100M000100Y43"_s)); // selected and inspected
    QCOMPARE(lib->cases().caseById(caseId).value().partiesSummary,
        u"罗某 v. 北京某某教育科技有限公司、北京某某网络科技有限公司"_s);

    window.undoAction()->trigger();
    QCOMPARE(parties->model()->rowCount(), 3);

    // Remove a party, find it among the removed ones, restore it.
    parties->view()->selectRow(1);
    parties->removeParty();
    QCOMPARE(parties->model()->rowCount(), 2);
    parties->setShowRemoved(true);
    QCOMPARE(parties->model()->rowCount(), 2); // the one just removed, and the undone addition
    int row = -1;
    for (int r = 0; r < parties->model()->rowCount(); ++r)
        if (parties->model()->index(r, PartyListModel::Name).data().toString()
            == u"北京某某教育科技有限公司"_s)
            row = r;
    QVERIFY(row >= 0);
    parties->view()->selectRow(row);
    parties->restoreParty();
    QCOMPARE(parties->model()->rowCount(), 3);
    QCOMPARE(lib->cases().caseById(caseId).value().partiesSummary,
        u"罗某 v. 北京某某教育科技有限公司"_s);
}

void TstMainWindow::aFailedSaveIsAMessageAndKeepsWhatWasTyped()
{
    TempLibrary lib;
    addDemoCase(*lib.library).value();
    MainWindow window(*lib.library);
    window.show();
    auto *parties = window.workspace()->panel<PartiesPanel>();
    window.workspace()->showPanel(parties);
    QCOMPARE(parties->model()->rowCount(), 3);
    QSqlQuery q(lib->database());
    if (lib->isServer()) { // the test's role owns the test's database
        QVERIFY(q.exec(u"CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN RAISE EXCEPTION 'simulated failure'; END $$"_s));
        QVERIFY(q.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON parties "
                       "FOR EACH ROW EXECUTE FUNCTION refuse()"_s));
    } else {
        QVERIFY(q.exec(u"CREATE TEMP TRIGGER refuse BEFORE INSERT ON parties "
                       "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"_s));
    }
    bool cameBack = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<PartyDialog *>(modal);
        QVERIFY(dialog);
        typeText(dialog->lineEdit(u"name"_s), u"张某"_s);
        // The save fails: the same dialog comes back holding what was typed.
        whenModal([&](QWidget *again) {
            auto *second = qobject_cast<PartyDialog *>(again);
            QVERIFY(second);
            QCOMPARE(second->lineEdit(u"name"_s)->text(), u"张某"_s);
            QVERIFY(Dialogs::lastMessage().contains(u"simulated failure"_s));
            cameBack = true;
            QSqlQuery drop(lib->database());
            QVERIFY(drop.exec(lib->isServer() ? u"DROP TRIGGER refuse ON parties"_s
                                              : u"DROP TRIGGER temp.refuse"_s));
            clickOk(second->buttons());
        });
        clickOk(dialog->buttons());
    });
    parties->addParty();
    QVERIFY(cameBack);
    QCOMPARE(parties->model()->rowCount(), 4);
}

void TstMainWindow::panelsSurviveADatabaseThatFails()
{
    TempLibrary lib;
    if (lib->isServer()) // its connection closed is a lost server, which logs in again
        QSKIP("A folder's vanished disk; a server that goes away: "
              "tst_serverlogindialog::theStatusBarSaysTheServerIsGoneUntilItAnswers.");
    const qint64 caseId = addDemoCase(*lib.library).value();
    MainWindow window(*lib.library);
    window.show();
    auto *damages = window.workspace()->panel<DamagesPanel>();
    auto *parties = window.workspace()->panel<PartiesPanel>();
    window.workspace()->showPanel(damages);
    damages->setCase(caseId);
    parties->setCase(caseId);
    QSqlDatabase db = lib->database();
    db.close(); // every query now fails, as with a vanished disk
    Dialogs::error(nullptr, {}, {});
    damages->addItem(); // the button was enabled before the failure
    QVERIFY(!Dialogs::lastMessage().isEmpty());
    Dialogs::error(nullptr, {}, {});
    parties->addParty();
    QVERIFY(!Dialogs::lastMessage().isEmpty());
    damages->setCase(caseId); // no exception: the totals say what went wrong
    QVERIFY(!damages->totalsText().trimmed().isEmpty());
    QVERIFY(db.open());
}

// 诉讼费用交纳办法 Art. 15 in the damages panel, and Art. 13(1) once a claim goes in contract.
void TstMainWindow::courtFeeHalvesOnMediationAndIsAPropertyFeeInContract()
{
    TempLibrary lib;
    const qint64 caseId = addDemoCase(*lib.library).value();
    MainWindow window(*lib.library);
    window.show();
    auto *damages = window.workspace()->panel<DamagesPanel>();
    window.workspace()->showPanel(damages);
    damages->setCase(caseId);
    auto *kind = damages->findChild<QComboBox *>(u"feeKind"_s);
    auto *ending = damages->findChild<QComboBox *>(u"ending"_s);
    auto *fee = damages->findChild<QLabel *>(u"fee"_s);
    QVERIFY(kind && ending && fee);
    QCOMPARE(kind->currentData().toInt(), static_cast<int>(FeeKind::Personality));
    QVERIFY2(!fee->text().contains(u"第十五条"_s), qPrintable(fee->text()));
    ending->setFocus();
    QTest::keyClick(ending, Qt::Key_Down); // mediated
    QVERIFY2(fee->text().contains(u"第十五条"_s) && fee->text().contains(u"250"_s),
        qPrintable(fee->text()));
    // A claim in contract: the panel turns to the property-case fee by itself.
    QVERIFY(lib->claims().addClaim(caseId, u"contract"_s).ok());
    QCOMPARE(kind->currentData().toInt(), static_cast<int>(FeeKind::Property));
    QVERIFY2(fee->text().contains(u"第十三条第（一）项"_s), qPrintable(fee->text()));
}

void TstMainWindow::trashAndRestoreACase()
{
    TempLibrary lib;
    const qint64 caseId = addDemoCase(*lib.library).value();
    MainWindow window(*lib.library);
    window.show();
    QVERIFY(window.deleteCaseAction()->isEnabled());
    window.deleteCaseAction()->trigger();
    QCOMPARE(window.caseList()->view()->model()->rowCount(), 0);
    QVERIFY(lib->cases().caseById(caseId).value().isTrashed());

    window.caseList()->setShowingTrash(true);
    QCOMPARE(window.caseList()->view()->model()->rowCount(), 1);
    window.caseList()->selectCase(caseId);
    QVERIFY(window.restoreCaseAction()->isEnabled());
    window.restoreCaseAction()->trigger();
    QVERIFY(!window.caseList()->showingTrash());
    QCOMPARE(window.caseList()->currentCaseId(), caseId);
    QVERIFY(!lib->cases().caseById(caseId).value().isTrashed());
}

void TstMainWindow::aFileFoundDamagedBesideTheWindowIsSaidAndWritesAreRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lib"_s);
    {
        auto created = Library::open(path, Library::OpenMode::CreateIfMissing);
        QVERIFY(created.ok());
        for (int i = 0; i < 200; ++i) {
            CaseRecord c;
            c.title = u"案件 %1 "_s.arg(i) + QString(200, u'字');
            QVERIFY(created.value()->cases().createCase(c).ok());
        }
    } // closed by Habeas: the next opening as the GUI's does not wait for the file's check
    // A failing disk damages the last pages and leaves the file's time and size as they were.
    const QString file = QDir(path).filePath(u"library.sqlite"_s);
    const QDateTime modified = QFileInfo(file).lastModified();
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        for (qint64 page = f.size() / 4096 - 4; page < f.size() / 4096; ++page) {
            f.seek(page * 4096);
            f.write(QByteArray(12, '\xA5'));
        }
        QVERIFY(f.setFileTime(modified, QFileDevice::FileModificationTime));
    }
    auto opened = Library::open(
        path, Library::OpenMode::ExistingOnly, Library::FileCheck::BesideWhenClosedCleanly);
    QVERIFY(opened.ok());
    MainWindow window(*opened.value());
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.integrityText().contains(u"damaged"_s), 20000);
    QVERIFY2(Dialogs::lastMessage().contains(u"damaged"_s), qPrintable(Dialogs::lastMessage()));
    CaseRecord c;
    c.title = u"never written"_s;
    const auto created = opened.value()->cases().createCase(c);
    QVERIFY(!created.ok());
    QVERIFY(created.error().message.contains(u"damaged"_s));
}

void TstMainWindow::purgeAsksFirst()
{
    TempLibrary lib;
    const qint64 caseId = addDemoCase(*lib.library).value();
    QVERIFY(lib->cases().trashCase(caseId).ok());
    MainWindow window(*lib.library);
    window.caseList()->setShowingTrash(true);
    window.caseList()->selectCase(caseId);
    Dialogs::setNextAnswer(false);
    window.purgeCaseAction()->trigger();
    QVERIFY(lib->cases().caseById(caseId).ok()); // declined: still there
    Dialogs::setNextAnswer(true);
    window.purgeCaseAction()->trigger();
    QCOMPARE(lib->cases().caseById(caseId).error().kind, Error::Kind::NotFound);
    QCOMPARE(window.caseList()->view()->model()->rowCount(), 0);
}

void TstMainWindow::titleMarksAChangedCaseAndPurgeKeepsOtherHistories()
{
    TempLibrary lib;
    const qint64 caseId = addDemoCase(*lib.library).value();
    const CaseRecord demo = lib->cases().caseById(caseId).value();
    CaseRecord other;
    other.title = u"另一案件"_s;
    other.cause = u"个人信息保护纠纷"_s;
    const qint64 otherId = lib->cases().createCase(other).value();
    QVERIFY(lib->cases().trashCase(otherId).ok());
    MainWindow window(*lib.library);
    window.show();
    window.caseList()->selectCase(caseId);
    QVERIFY(window.windowTitle().startsWith(demo.title + u"[*]"_s));
    QVERIFY(!window.isWindowModified());

    auto *damages = window.workspace()->panel<DamagesPanel>();
    window.workspace()->showPanel(damages);
    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<DamagesDialog *>(modal);
        QVERIFY(dialog);
        dialog->headBox()->setCurrentIndex(
            dialog->headBox()->findData(static_cast<int>(DamagesHead::PropertyLoss)));
        typeText(dialog->amountEdit(), u"10"_s);
        clickOk(dialog->buttons());
    });
    damages->addItem();
    QVERIFY(window.isWindowModified()); // changed since it was opened

    // Deleting another case for good leaves this case's history alone.
    window.caseList()->setShowingTrash(true);
    window.caseList()->selectCase(otherId);
    Dialogs::setNextAnswer(true);
    window.purgeCaseAction()->trigger();
    QCOMPARE(lib->cases().caseById(otherId).error().kind, Error::Kind::NotFound);
    window.caseList()->setShowingTrash(false);
    window.caseList()->selectCase(caseId);
    QVERIFY(window.isWindowModified());
    QVERIFY(window.undoAction()->isEnabled());
    window.undoAction()->trigger();
    QVERIFY(!window.isWindowModified()); // back as it was opened
    QCOMPARE(lib->damages().totals(caseId, u"claimed"_s).value().totalFen, qint64(790000));
}

void TstMainWindow::filterTheCaseList()
{
    TempLibrary lib;
    QVERIFY(addDemoCase(*lib.library).ok());
    CaseRecord pi;
    pi.title = u"某检察院诉某数据公司"_s;
    pi.kind = CaseKind::PublicInterest;
    QVERIFY(lib->cases().createCase(pi).ok());
    MainWindow window(*lib.library);
    window.show();
    CaseListPanel *panel = window.caseList();
    QCOMPARE(panel->view()->model()->rowCount(), 2);
    typeText(panel->filterEdit(), u"互联网法院"_s);
    QCOMPARE(panel->view()->model()->rowCount(), 1);
    panel->filterEdit()->clear();
    panel->kindBox()->setCurrentIndex(
        panel->kindBox()->findData(static_cast<int>(CaseKind::PublicInterest)));
    QCOMPARE(panel->view()->model()->rowCount(), 1);
    QCOMPARE(panel->view()->model()->index(0, 0).data().toString(), u"某检察院诉某数据公司"_s);
    panel->kindBox()->setCurrentIndex(0);
    panel->stageBox()->setCurrentIndex(
        panel->stageBox()->findData(static_cast<int>(CaseStage::FirstInstance)));
    QCOMPARE(panel->view()->model()->rowCount(), 1);
}

// Many of our lawyers work on a 1366×768 laptop: no panel's buttons may make the window wider
// than that (a row of them wraps), whichever case kind is open.
void TstMainWindow::fitsALaptopScreen()
{
    TempLibrary lib;
    const qint64 demo = addDemoCase(*lib.library).value();
    CaseRecord pi;
    pi.title = u"某检察院诉某数据公司"_s;
    pi.kind = CaseKind::CriminalIncidentalPublicInterest;
    const qint64 publicInterest = lib->cases().createCase(pi).value();
    MainWindow window(*lib.library);
    window.show();
    for (const qint64 id : { demo, publicInterest }) {
        window.caseList()->selectCase(id);
        QCoreApplication::processEvents();
        const QSize least = window.minimumSizeHint();
        QVERIFY2(least.width() <= 1280 && least.height() <= 700,
            qPrintable(
                u"the window needs at least %1×%2"_s.arg(least.width()).arg(least.height())));
        for (const CasePanel *panel : window.workspace()->findChildren<CasePanel *>())
            QVERIFY2(panel->minimumSizeHint().width() <= 760,
                qPrintable(
                    u"%1 needs %2 px"_s.arg(panel->title()).arg(panel->minimumSizeHint().width())));
    }
}

void TstMainWindow::newerLibraryIsReadOnlyInTheWindow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lib"_s);
    {
        auto lib = Library::open(path, Library::OpenMode::CreateIfMissing);
        QVERIFY(addDemoCase(*lib.value()).ok());
        QSqlQuery q(lib.value()->database());
        QVERIFY(q.exec(u"PRAGMA user_version = 42"_s));
    }
    auto lib = Library::open(path, Library::OpenMode::ExistingOnly);
    QVERIFY(lib.ok() && lib.value()->isReadOnly());
    MainWindow window(*lib.value());
    window.show();
    QVERIFY(window.windowTitle().contains(u"read-only"_s));
    QVERIFY(!window.newCaseAction()->isEnabled());
    QVERIFY(!window.deleteCaseAction()->isEnabled());
    QCOMPARE(window.caseList()->view()->model()->rowCount(), 1); // still readable
}

void TstMainWindow::preferencesAreSaved()
{
    PreferencesDialog dialog;
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"zh_CN"_s));
    dialog.libraryEdit()->setText(u"/tmp/habeas-elsewhere"_s);
    QVERIFY(dialog.save());
    QCOMPARE(Settings::value(Settings::Language).toString(), u"zh_CN"_s);
    QCOMPARE(Settings::resolveLibraryPath({}),
        qEnvironmentVariable("HABEAS_LIBRARY").isEmpty() ? u"/tmp/habeas-elsewhere"_s
                                                         : qEnvironmentVariable("HABEAS_LIBRARY"));
    QVERIFY(!dialog.save()); // nothing new
    // The tesseract program: saved, and used by the next OCR without a restart.
    QVERIFY(dialog.tesseractEdit()->placeholderText().size() > 0);
    dialog.tesseractEdit()->setText(u"/opt/homebrew/bin/tesseract"_s);
    QVERIFY(!dialog.save());
    if (qEnvironmentVariableIsEmpty("HABEAS_TESSERACT"))
        QCOMPARE(Settings::tesseractProgram(), u"/opt/homebrew/bin/tesseract"_s);
    Settings::setValue(Settings::Language, u"system"_s);
    Settings::setValue(Settings::LibraryPath, QString());
    Settings::setValue(Settings::TesseractPath, QString());
}

void TstMainWindow::priceAnItemAndUndo()
{
    TempLibrary lib;
    const qint64 caseId = addDemoCase(*lib.library).value();
    MainWindow window(*lib.library);
    window.show();
    auto *damages = window.workspace()->panel<DamagesPanel>();
    QVERIFY(damages);
    window.workspace()->showPanel(damages);
    QCOMPARE(damages->currentScenario(), u"claimed"_s);
    QVERIFY(
        damages->totalsText().contains(u"人民币柒仟玖佰元整"_s)); // 2,900 costs + 5,000 distress
    QVERIFY(damages->totalsText().contains(u"Expected 2,900.00"_s)); // the scenarios side by side

    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<DamagesDialog *>(modal);
        QVERIFY(dialog);
        dialog->headBox()->setCurrentIndex(
            dialog->headBox()->findData(static_cast<int>(DamagesHead::PropertyLoss)));
        typeText(dialog->amountEdit(), u"1.005"_s);
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // three decimals
        QVERIFY(!dialog->message().isEmpty());
        QTest::keyClick(dialog->amountEdit(), Qt::Key_Backspace);
        QVERIFY(dialog->message().isEmpty());
        // The only defendant is preselected; ticking nobody is allowed, the plaintiff is not
        // offered.
        QCOMPARE(dialog->defendantList()->count(), 1);
        QCOMPARE(dialog->defendantList()->item(0)->checkState(), Qt::Checked);
        clickOk(dialog->buttons());
    });
    damages->addItem();
    QCOMPARE(lib->damages().totals(caseId, u"claimed"_s).value().totalFen, qint64(790100));
    QVERIFY(damages->totalsText().contains(u"人民币柒仟玖佰零壹元整"_s));

    window.undoAction()->trigger();
    QCOMPARE(lib->damages().totals(caseId, u"claimed"_s).value().totalFen, qint64(790000));
    QVERIFY(damages->totalsText().contains(u"人民币柒仟玖佰元整"_s));

    // Per-record: the amount follows from the assumptions as they are typed.
    DamagesRecord blank;
    blank.caseId = caseId;
    blank.head = DamagesHead::PerRecord;
    DamagesDialog dialog(blank, lib->cases().parties(caseId).value(), { u"claimed"_s });
    typeText(dialog.recordsEdit(), u"1000"_s);
    typeText(dialog.perRecordEdit(), u"0.5"_s);
    typeText(dialog.coefficientsEdit(), u"sensitive=10"_s);
    QVERIFY(dialog.computedText().contains(u"5,000.00"_s));
    QVERIFY(dialog.isAcceptable());
    dialog.recordsEdit()->setText(u"0"_s);
    QVERIFY(!dialog.isAcceptable());
}

void TstMainWindow::importEvidenceOffTheGuiThread()
{
    TempLibrary lib;
    CaseRecord fresh; // a case with no exhibits yet: the demo brings its own
    fresh.title = u"罗某诉某科技公司"_s;
    const qint64 caseId = lib->cases().createCase(fresh).value();
    QTemporaryDir files;
    QStringList paths;
    for (int i = 1; i <= 3; ++i) {
        QFile f(files.filePath(u"screenshot-%1.png"_s.arg(i)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(200000, static_cast<char>(i)));
        paths << f.fileName();
    }
    paths << paths.first(); // the same bytes twice
    paths << files.filePath(u"vanished.png"_s); // removed before the import reached it
    MainWindow window(*lib.library);
    window.show();
    auto *evidence = window.workspace()->panel<EvidencePanel>();
    QVERIFY(evidence);
    window.workspace()->showPanel(evidence);
    QSignalSpy finished(evidence, &EvidencePanel::importFinished);
    evidence->importFiles(paths);
    QVERIFY(finished.wait(20000));
    const QString summary = finished.first().first().toString();
    QVERIFY2(summary.contains(u"3"_s), qPrintable(summary));
    QVERIFY(summary.contains(u"证据1-1"_s)); // the duplicate names its exhibit
    QVERIFY(summary.contains(u"vanished.png"_s)); // the missing file is named with its reason
    QCOMPARE(evidence->model()->rowCount(), 3);
    QCOMPARE(evidence->model()->index(2, EvidenceModel::Exhibit).data().toString(), u"证据1-3"_s);
    window.undoAction()->trigger();
    QCOMPARE(evidence->model()->rowCount(), 2);
    QCOMPARE(lib->evidence().items(caseId).value().size(), 2);

    // What it proves, entered in the exhibit's dialog, undoable like every edit.
    evidence->view()->selectRow(0);
    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<EvidenceDialog *>(modal);
        QVERIFY(dialog);
        typeText(dialog->purposeEdit(), u"证明首次登录页面无跳过选项"_s);
        dialog->titleEdit()->clear();
        QVERIFY(
            !dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // a title is required
        typeText(dialog->titleEdit(), u"首次登录页面截图"_s);
        clickOk(dialog->buttons());
    });
    evidence->editExhibit();
    const EvidenceRecord edited = lib->evidence().items(caseId).value().first();
    QCOMPARE(edited.purpose, u"证明首次登录页面无跳过选项"_s);
    QCOMPARE(edited.title, u"首次登录页面截图"_s);
    window.undoAction()->trigger();
    QVERIFY(lib->evidence().items(caseId).value().first().purpose.isEmpty());
}

void TstMainWindow::editCaseFollowsTheSelectionFromAnyPanel()
{
    TempLibrary lib;
    QVERIFY(addDemoCase(*lib.library).ok());
    CaseRecord other;
    other.title = u"张某诉某公司"_s;
    const qint64 otherId = lib->cases().createCase(other).value();
    MainWindow window(*lib.library);
    window.show();
    // On another panel, choose the other case, then Case ▸ Edit Case (Ctrl+E).
    window.workspace()->showPanel(window.workspace()->panel<DamagesPanel>());
    window.caseList()->selectCase(otherId);
    QString shownTitle;
    whenModal([&shownTitle](QWidget *modal) {
        auto *dialog = qobject_cast<CaseDialog *>(modal);
        QVERIFY(dialog);
        shownTitle = dialog->titleEdit()->text();
        dialog->reject();
    });
    const auto actions = window.findChildren<QAction *>();
    for (QAction *a : actions)
        if (a->shortcut() == QKeySequence(u"Ctrl+E"_s))
            a->trigger();
    QCOMPARE(shownTitle, u"张某诉某公司"_s);
}

void TstMainWindow::statuteBrowserShowsSearchesAndCopies()
{
    StatuteBrowser browser;
    browser.show();
    QVERIFY(browser.showCitation(u"个人信息保护法第十六条"_s).isEmpty());
    QCOMPARE(browser.currentCitation(), u"《中华人民共和国个人信息保护法》第十六条"_s);
    QVERIFY(browser.articleText().contains(
        u"个人信息处理者不得以个人不同意处理其个人信息或者撤回同意为由"_s));
    browser.copyCitation();
    QCOMPARE(QApplication::clipboard()->text(), u"《中华人民共和国个人信息保护法》第十六条"_s);
    QVERIFY(browser.showCitation(u"PIPL 13(1)(ii)"_s).isEmpty());
    QCOMPARE(
        browser.currentCitation(), u"《中华人民共和国个人信息保护法》第十三条第一款第（二）项"_s);
    QVERIFY(browser.showCitation(u"PIPL 75"_s).contains(u"74"_s));
    browser.search(u"单独同意"_s);
    QVERIFY(browser.results()->count() >= 5);
    QVERIFY(browser.results()->item(0)->text().contains(u"【单独同意】"_s));
}

void TstMainWindow::importedFilesAreReadInTheBackground()
{
    qputenv("HABEAS_PARSE_PATH", HABEAS_PARSE_PATH);
    TempLibrary lib;
    const qint64 caseId = addDemoCase(*lib.library).value();
    removeDemoEvidence(*lib.library, caseId);
    QTemporaryDir files;
    const QString sms = files.filePath(u"sms.txt"_s);
    const QString cut = files.filePath(u"cut.png"_s);
    {
        QFile f(sms);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u"【某某英语】新用户专享，退订回T\n"_s.toUtf8());
        QImage image(300, 300, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        QFile g(cut);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(png.left(png.size() / 2));
    }
    MainWindow window(*lib.library);
    window.show();
    auto *evidence = window.workspace()->panel<EvidencePanel>();
    window.workspace()->showPanel(evidence);
    QSignalSpy idle(evidence->queue(), &EvidenceQueue::idle);
    QSignalSpy finished(evidence, &EvidencePanel::importFinished);
    evidence->importFiles({ sms, cut });
    QVERIFY(finished.wait(20000));
    QVERIFY(evidence->queue()->isBusy() || !idle.isEmpty());
    // The rows are there at once; their text state follows when the worker is done.
    QCOMPARE(evidence->model()->rowCount(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!evidence->queue()->isBusy(), 30000);
    const auto state = [&](int row) {
        return evidence->model()->index(row, EvidenceModel::Text).data().toString();
    };
    QVERIFY2(state(0).contains(u"1 page"_s), qPrintable(state(0)));
    QVERIFY2(state(1).startsWith(u"unreadable: "_s), qPrintable(state(1)));
    QVERIFY(!evidence->activityWidget()->isVisible());
    QCOMPARE(
        lib->evidence().items(caseId).value().at(0).parseState, EvidenceRecord::ParseState::Ok);

    // A screenshot pasted from the clipboard is imported under the time it was taken.
    QImage shot(200, 120, QImage::Format_RGB32);
    shot.fill(Qt::white);
    QApplication::clipboard()->setImage(shot);
    evidence->view()->setFocus();
    evidence->pasteFromClipboard();
    QVERIFY(finished.wait(20000));
    QCOMPARE(evidence->model()->rowCount(), 3);
    QCOMPARE(evidence->model()->index(2, EvidenceModel::Title).data().toString(),
        u"截图 2026-03-01 09:30:00"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!evidence->queue()->isBusy(), 60000);
    QVERIFY2(state(2).contains(u"1 page"_s), qPrintable(state(2)));
    qunsetenv("HABEAS_PARSE_PATH");
}

void TstMainWindow::protectedPdfAsksForItsPassword()
{
    if (QStandardPaths::findExecutable(u"qpdf"_s).isEmpty())
        QSKIP("qpdf is not installed (scripts/deps.sh test)");
    qputenv("HABEAS_PARSE_PATH", HABEAS_PARSE_PATH);
    TempLibrary lib;
    const qint64 caseId = addDemoCase(*lib.library).value();
    removeDemoEvidence(*lib.library, caseId);
    QTemporaryDir files;
    const QString plain = files.filePath(u"plain.pdf"_s);
    writeTextPdf(plain, { { u"委托代理合同第三条约定的代理权限"_s } });
    const QString locked = files.filePath(u"locked.pdf"_s);
    QCOMPARE(QProcess::execute(u"qpdf"_s,
                 { u"--encrypt"_s, u"s3cret"_s, u"owner"_s, u"256"_s, u"--"_s, plain, locked }),
        0);
    MainWindow window(*lib.library);
    window.show();
    auto *evidence = window.workspace()->panel<EvidencePanel>();
    window.workspace()->showPanel(evidence);
    // A wrong password is asked again; the right one opens it.
    Dialogs::setNextPasswords({ u"wrong"_s, u"s3cret"_s });
    QSignalSpy finished(evidence, &EvidencePanel::importFinished);
    evidence->importFiles({ locked });
    QVERIFY(finished.wait(20000));
    const auto item = [&] {
        return lib->evidence().items(caseId).value().value(0);
    };
    QTRY_COMPARE_WITH_TIMEOUT(item().parseState, EvidenceRecord::ParseState::Ok, 30000);
    QVERIFY(lib->evidenceText().search(u"委托代理合同"_s).value().size() == 1);
    QVERIFY2(Dialogs::lastMessage().contains(u"password"_s), qPrintable(Dialogs::lastMessage()));

    // Cancelling the question leaves it marked as needing a password.
    const QString other = files.filePath(u"other.pdf"_s);
    writeTextPdf(plain, { { u"另一份受密码保护的文件内容"_s } });
    QCOMPARE(QProcess::execute(u"qpdf"_s,
                 { u"--encrypt"_s, u"x"_s, u"owner"_s, u"256"_s, u"--"_s, plain, other }),
        0);
    Dialogs::setNextPasswords({ std::nullopt });
    evidence->importFiles({ other });
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!evidence->queue()->isBusy()
            && lib->evidence().items(caseId).value().value(1).parseState
                == EvidenceRecord::ParseState::Encrypted,
        30000);
    QCOMPARE(
        evidence->model()->index(1, EvidenceModel::Text).data().toString(), u"needs a password"_s);
    qunsetenv("HABEAS_PARSE_PATH");
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"

void TstMainWindow::previewAndSaveAComplaint()
{
    TempLibrary lib;
    const qint64 caseId = addDemoCase(*lib.library).value();
    removeDemoEvidence(*lib.library, caseId);
    MainWindow window(*lib.library);
    window.show();
    auto *documents = window.workspace()->panel<DocumentsPanel>();
    QVERIFY(documents);
    QCOMPARE(window.caseList()->currentCaseId(), caseId); // the first case opens by itself
    window.workspace()->showPanel(documents);
    QCOMPARE(documents->title(), u"Documents"_s);

    // 民事起诉状, as a user picks it from the list.
    QTreeWidget *templates = documents->templateList();
    QTreeWidgetItem *complaint = nullptr;
    for (int i = 0; i < templates->topLevelItemCount(); ++i)
        if (templates->topLevelItem(i)->text(0) == u"民事起诉状"_s)
            complaint = templates->topLevelItem(i);
    QVERIFY(complaint);
    templates->setCurrentItem(complaint);
    QCOMPARE(documents->currentTemplate(), u"civil-complaint"_s);

    // The demo case has no exhibits yet: 证据 is missing, in red, and saving waits for a draft.
    QListWidget *missing = documents->missingList();
    QStringList fields;
    for (int i = 0; i < missing->count(); ++i)
        fields << missing->item(i)->text();
    QVERIFY2(fields.contains(u"证据"_s), qPrintable(fields.join(u", "_s)));
    QCOMPARE(missing->item(0)->foreground().color(), QColor(Qt::red));
    const auto button = [&](const QString &text) -> QPushButton * {
        for (QPushButton *b : documents->findChildren<QPushButton *>())
            if (b->text().remove(u'&') == text)
                return b;
        return nullptr;
    };
    QVERIFY(button(u"Preview"_s));
    QVERIFY(!button(u"Preview"_s)->isEnabled());
    QTest::mouseClick(documents->draftBox(), Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(documents->draftBox()->isChecked());
    QVERIFY(button(u"Preview"_s)->isEnabled());

    QTest::mouseClick(button(u"Preview"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(documents->previewPageCount() > 0, 30000);
    QVERIFY(!documents->isBusy());
    QVERIFY(documents->generatedList()->topLevelItemCount() == 0); // a preview is not recorded

    QTemporaryDir out;
    const QString path = out.filePath(u"complaint.pdf"_s);
    Dialogs::setNextSaveFileName(path);
    QTest::mouseClick(button(u"Save as PDF…"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(documents->generatedList()->topLevelItemCount(), 1, 30000);
    QVERIFY(QFile::exists(path));
    QTreeWidgetItem *saved = documents->generatedList()->topLevelItem(0);
    QCOMPARE(saved->text(0), u"民事起诉状"_s);
    QCOMPARE(saved->text(1), u"PDF"_s);
    QCOMPARE(saved->text(2), u"Draft"_s);
    QCOMPARE(saved->text(4), QDir::toNativeSeparators(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}
