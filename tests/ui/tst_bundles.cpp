// File ▸ Export Case… and Import Case…, a .habeas dropped onto the window, and a bundle named
// at start: real widgets, offscreen.

#include "bundle/casebundle.h"
#include "bundlepassphrasedialog.h"
#include "bundletransfer.h"
#include "caselistpanel.h"
#include "cases/casestore.h"
#include "dialogs.h"
#include "evidence/evidencestore.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

namespace {

const QString kPassphrase = u"correct horse battery staple"_s;

QMap<QString, QByteArray> deepSnapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(u"-shm"_s)) // SQLite's wal-index: rewritten by reads, holds no data
            continue;
        files.insert(QDir(folder).relativeFilePath(path),
            it.fileInfo().isDir() ? QByteArray("dir") : sha256Of(path));
    }
    return files;
}

// Fills the export dialog as a user does: the passphrase twice, then Export.
void fillExportDialog(const QString &first, const QString &second)
{
    whenModal([first, second](QWidget *modal) {
        auto *dialog = qobject_cast<BundlePassphraseDialog *>(modal);
        QVERIFY(dialog);
        QVERIFY(dialog->encryptBox()->isChecked());
        typeText(dialog->passphraseEdit(), first);
        typeText(dialog->repeatEdit(), second);
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        if (ok->isEnabled())
            QTest::mouseClick(ok, Qt::LeftButton);
        else
            dialog->reject();
    });
}

BundleJobResult waitFor(BundleTransfer *transfer)
{
    QSignalSpy spy(transfer, &BundleTransfer::finished);
    if (!spy.wait(60000))
        return {};
    return spy.first().first().value<BundleJobResult>();
}

} // namespace

Q_DECLARE_METATYPE(habeas::BundleJobResult)

class TstBundles final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        pinClock();
        qRegisterMetaType<BundleJobResult>();
        Dialogs::setNextAnswer(std::nullopt); // test mode: errors are recorded, not shown
    }
    void passphraseDialogAsksTwiceAndSaysHowStrong();
    void exportThroughTheMenuAndImportIntoAnotherWindow();
    void dropAndCommandLineOfferImport();
    void hostileBundleShowsItsProblemAndChangesNothing();
};

void TstBundles::passphraseDialogAsksTwiceAndSaysHowStrong()
{
    BundlePassphraseDialog dialog(u"/tmp/x.habeas"_s);
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // encrypted by default, and no passphrase yet
    typeText(dialog.passphraseEdit(), u"secret"_s);
    QVERIFY(dialog.strengthLabel()->text().contains(u"weak"_s));
    QVERIFY(!ok->isEnabled());
    typeText(dialog.repeatEdit(), u"secreT"_s);
    QVERIFY(!ok->isEnabled()); // they differ
    dialog.passphraseEdit()->clear();
    dialog.repeatEdit()->clear();
    typeText(dialog.passphraseEdit(), kPassphrase);
    QVERIFY2(dialog.strengthLabel()->text().contains(u"strong"_s),
        qPrintable(dialog.strengthLabel()->text()));
    typeText(dialog.repeatEdit(), kPassphrase);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.passphrase(), kPassphrase);
    // Unencrypted: no passphrase needed, none given.
    QTest::mouseClick(dialog.encryptBox(), Qt::LeftButton);
    QVERIFY(!dialog.encrypt());
    QVERIFY(!dialog.passphraseEdit()->isEnabled());
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.passphrase().isEmpty());
}

void TstBundles::exportThroughTheMenuAndImportIntoAnotherWindow()
{
    TempLibrary source;
    CaseRecord c;
    c.title = u"罗某诉某公司个人信息保护纠纷案"_s;
    const qint64 caseId = source->cases().createCase(c).value();
    PartyRecord p;
    p.caseId = caseId;
    p.name = u"罗某"_s;
    QVERIFY(source->cases().addParty(p).ok());
    MainWindow window(*source.library);
    window.caseList()->selectCase(caseId);
    BundleTransfer *transfer = window.bundles();
    QVERIFY(transfer->exportAction()->isEnabled());

    QTemporaryDir dir;
    const QString file = dir.filePath(u"case"_s); // the suffix is added
    Dialogs::setNextSaveFileName(file);
    fillExportDialog(kPassphrase, kPassphrase);
    transfer->exportAction()->trigger();
    const BundleJobResult exported = waitFor(transfer);
    QVERIFY2(exported.ok, qPrintable(exported.failure.error.message));
    QVERIFY(bundle::isEncryptedBundle(file + u".habeas"_s));

    // A second library and window: File ▸ Import Case…, the passphrase asked once.
    TempLibrary target;
    MainWindow other(*target.library);
    Dialogs::setNextOpenFileName(file + u".habeas"_s);
    Dialogs::setNextPasswords({ kPassphrase });
    other.bundles()->importAction()->trigger();
    const BundleJobResult imported = waitFor(other.bundles());
    QVERIFY2(imported.ok, qPrintable(imported.failure.error.message));
    QCOMPARE(other.caseList()->currentCaseId(), imported.caseId); // listed and selected
    QCOMPARE(target->cases().caseById(imported.caseId)->title, c.title);
    QCOMPARE(target->cases().parties(imported.caseId)->first().name, u"罗某"_s);

    // The wrong passphrase: the message, no new case, and the passphrase asked again (here
    // the user gives up).
    Dialogs::setNextOpenFileName(file + u".habeas"_s);
    Dialogs::setNextPasswords({ u"wrong"_s, std::nullopt });
    other.bundles()->importAction()->trigger();
    const BundleJobResult wrong = waitFor(other.bundles());
    QVERIFY(!wrong.ok);
    QVERIFY(wrong.failure.wrongPassphrase);
    QCOMPARE(Dialogs::lastMessage(), wrong.failure.error.message);
    QVERIFY(wrong.failure.error.message.contains(u"passphrase is wrong"_s));
    QTRY_VERIFY(Dialogs::lastMessage().contains(u"Its passphrase"_s)); // asked again
    QVERIFY(!other.bundles()->isRunning());
    QCOMPARE(target->cases().listCases()->size(), 1);
    // Cancel in the progress dialog, while the key is being derived: no case, nothing left.
    target->audit().flushHead(); // the head of its last commit is on disk first
    const auto before = deepSnapshot(target.path());
    Dialogs::setNextOpenFileName(file + u".habeas"_s);
    Dialogs::setNextPasswords({ kPassphrase });
    other.bundles()->importAction()->trigger();
    QProgressDialog *progress = other.bundles()->progressDialog();
    QVERIFY(progress);
    progress->show(); // as it shows itself when the work takes longer than a moment
    QVERIFY(QTest::qWaitForWindowExposed(progress));
    QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
    const BundleJobResult cancelled = waitFor(other.bundles());
    QVERIFY(!cancelled.ok);
    QCOMPARE(cancelled.failure.kind, bundle::Failure::Kind::Cancelled);
    QCOMPARE(target->cases().listCases()->size(), 1);
    QCOMPARE(deepSnapshot(target.path()), before);
    // Cancelled at the passphrase: nothing starts.
    Dialogs::setNextOpenFileName(file + u".habeas"_s);
    Dialogs::setNextPasswords({ std::nullopt });
    other.bundles()->importAction()->trigger();
    QVERIFY(!other.bundles()->isRunning());
}

void TstBundles::dropAndCommandLineOfferImport()
{
    TempLibrary target;
    MainWindow window(*target.library);
    window.show();
    const QString good = testData(u"bundles/good.habeas"_s);
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(good) });
    QVERIFY(dropAt(&window, QPoint(50, 50), &mime, Qt::CopyAction));
    const BundleJobResult dropped = waitFor(window.bundles());
    QVERIFY2(dropped.ok, qPrintable(dropped.failure.error.message));
    QCOMPARE(target->cases().listCases()->size(), 1);
    // Another file type is not taken.
    QMimeData text;
    text.setUrls({ QUrl::fromLocalFile(testData(u"bundles/make.py"_s)) });
    QVERIFY(!dropAt(&window, QPoint(50, 50), &text, Qt::CopyAction));

    // Named at start: asked first; "no" imports nothing, "yes" a second new case.
    Dialogs::setNextAnswer(false);
    window.bundles()->offerImport(good);
    QVERIFY(!window.bundles()->isRunning());
    QVERIFY(Dialogs::lastMessage().contains(u"good.habeas"_s));
    Dialogs::setNextAnswer(true);
    window.bundles()->offerImport(good);
    QVERIFY(waitFor(window.bundles()).ok);
    QCOMPARE(target->cases().listCases()->size(), 2);
    window.bundles()->offerImport(testData(u"bundles/make.py"_s));
    QVERIFY(Dialogs::lastMessage().contains(u"not a Habeas case bundle"_s));

    // Several named (`habeas A.habeas B.habeas`): each offered once the last import has ended;
    // a file that is no bundle is named and passed over.
    Dialogs::setNextAnswer(true);
    window.bundles()->offerImports({ good, testData(u"bundles/make.py"_s), good });
    QVERIFY(window.bundles()->isRunning()); // the first, alone
    QVERIFY(waitFor(window.bundles()).ok);
    QCOMPARE(target->cases().listCases()->size(), 3);
    Dialogs::setNextAnswer(true); // the third file's question
    QVERIFY(waitFor(window.bundles()).ok);
    QCOMPARE(target->cases().listCases()->size(), 4);
    QVERIFY(!window.bundles()->isRunning());
}

void TstBundles::hostileBundleShowsItsProblemAndChangesNothing()
{
    TempLibrary target;
    MainWindow window(*target.library);
    target->audit().flushHead(); // the head of its last commit is on disk first
    const auto before = deepSnapshot(target.path());
    for (const auto &[file, message] : { std::pair { u"dotdot.habeas"_s, u"climbs out"_s },
             std::pair { u"bomb-entry.habeas"_s, u"zip bomb"_s },
             std::pair { u"future.habeas"_s, u"newer Habeas"_s } }) {
        Dialogs::setNextOpenFileName(testData(u"bundles/"_s + file));
        window.bundles()->importAction()->trigger();
        const BundleJobResult result = waitFor(window.bundles());
        QVERIFY(!result.ok);
        QVERIFY2(Dialogs::lastMessage().contains(message), qPrintable(Dialogs::lastMessage()));
        QCOMPARE(deepSnapshot(target.path()), before);
    }
}

QTEST_MAIN(TstBundles)
#include "tst_bundles.moc"
