// File ▸ Export Teaching Copy…: the review checklist shows every page of every exhibit, keeps
// Export disabled until each exhibit is ticked, records the reviews; the teaching copy is
// written behind the progress dialog and imports with pseudonyms only. Real widgets, offscreen.

#include "bundle/casebundle.h"
#include "bundle/teachingreviews.h"
#include "bundlepassphrasedialog.h"
#include "bundletransfer.h"
#include "caselistpanel.h"
#include "cases/casestore.h"
#include "demo/demolibrary.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "teachingchecklist.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

Q_DECLARE_METATYPE(habeas::BundleJobResult)

class TstTeachingCopy final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        pinClock();
        qRegisterMetaType<BundleJobResult>();
        Dialogs::setNextAnswer(std::nullopt); // test mode: errors are recorded, not shown
    }
    void checklistThenTeachingCopy();
};

void TstTeachingCopy::checklistThenTeachingCopy()
{
    TempLibrary source;
    const auto caseId = addDemoCase(*source.library);
    QVERIFY(caseId.ok());
    MainWindow window(*source.library);
    window.caseList()->selectCase(caseId.value());
    auto *action = window.findChild<QAction *>(u"exportTeachingCopy"_s);
    QVERIFY(action && action->isEnabled());

    QTemporaryDir dir;
    const QString file = dir.filePath(u"teaching"_s);
    Dialogs::setNextSaveFileName(file);
    bool checked = false;
    whenModal([&](QWidget *modal) {
        auto *checklist = qobject_cast<TeachingChecklist *>(modal);
        QVERIFY(checklist);
        QPushButton *ok = checklist->buttons()->button(QDialogButtonBox::Ok);
        // Every page of the demo's exhibits: three screenshots and a two-page PDF.
        QTRY_COMPARE_WITH_TIMEOUT(checklist->pagesShown(), 5, 30000);
        const QList<QCheckBox *> boxes = checklist->checkBoxes();
        QCOMPARE(boxes.size(), 4);
        QVERIFY(!ok->isEnabled());
        for (int i = 0; i < boxes.size() - 1; ++i) {
            QVERIFY(!boxes.at(i)->isChecked());
            QTest::mouseClick(
                boxes.at(i), Qt::LeftButton, {}, QPoint(5, boxes.at(i)->height() / 2));
            QVERIFY(boxes.at(i)->isChecked());
            QVERIFY(!ok->isEnabled()); // not all yet
        }
        QTest::mouseClick(boxes.last(), Qt::LeftButton, {}, QPoint(5, boxes.last()->height() / 2));
        QVERIFY(ok->isEnabled());
        if (const QString shot = qEnvironmentVariable("HABEAS_SHOT"); !shot.isEmpty())
            checklist->grab().save(shot + u"/teaching-checklist.png"_s);
        checked = true;
        // Then the file's options: not encrypted.
        whenModal([](QWidget *next) {
            auto *options = qobject_cast<BundlePassphraseDialog *>(next);
            QVERIFY(options);
            QTest::mouseClick(options->encryptBox(), Qt::LeftButton);
            QTest::mouseClick(options->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QSignalSpy finished(window.bundles(), &BundleTransfer::finished);
    action->trigger();
    QVERIFY(checked);
    QVERIFY(finished.wait(60000));
    const auto result = finished.first().first().value<BundleJobResult>();
    QVERIFY2(result.ok, qPrintable(result.failure.error.message));
    QCOMPARE(result.path, file + u".habeas"_s);

    // The reviews are recorded: the next checklist starts ticked.
    const auto reviews = bundle::teachingReviews(*source.library, caseId.value());
    QVERIFY(reviews.ok());
    for (const bundle::ExhibitReview &r : reviews.value())
        QVERIFY(r.reviewed);
    {
        TeachingChecklist again(*source.library, caseId.value());
        for (QCheckBox *box : again.checkBoxes())
            QVERIFY(box->isChecked());
        QVERIFY(again.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    // It imports as a case whose parties have pseudonyms.
    TempLibrary target;
    const auto imported = bundle::importBundle(*target.library, file + u".habeas"_s, {});
    QVERIFY2(
        imported.ok(), qPrintable(imported.ok() ? QString() : imported.failure().error.message));
    const auto parties = target->cases().parties(imported.value().caseId);
    QVERIFY(parties.ok());
    QCOMPARE(parties->first().name, u"原告甲"_s);
    QVERIFY(!target->cases().caseById(imported.value().caseId)->title.contains(u"罗某"_s));
}

QTEST_MAIN(TstTeachingCopy)
#include "tst_teachingcopy.moc"
