// Opening a server library from the GUI (docs/server.md): the password the keychain keeps, else
// the one the user types into the login dialog (asked again, saying why, when the server refuses
// it), kept in the keychain when they tick Remember; a server that does not answer is said with
// Try Again; File ▸ Open Server Library… hands the address on; the window on a server library
// shows the user's cases only.

#include "caselistpanel.h"
#include "cases/casestore.h"
#include "dialogs.h"
#include "keychain.h"
#include "mainwindow.h"
#include "serverlogindialog.h"
#include "serverstatus.h"
#include "storage/library.h"
#include "storage/serverlogin.h"
#include "support/pgcluster.h"
#include "uitestsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>

#include <map>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

namespace {

const QString kPassword = u"秘密 passw0rd"_s;

// The system keychain's stand-in: what it keeps, and what it was asked.
class MemoryKeychain final : public Keychain {
public:
    QString read(const QString &key) override { return kept.count(key) ? kept[key] : QString(); }
    Status write(const QString &key, const QString &password) override
    {
        kept[key] = password;
        return {};
    }
    Status remove(const QString &key) override
    {
        kept.erase(key);
        return {};
    }
    std::map<QString, QString> kept;
};

// Runs `act` on the next login dialog once it is shown (the progress dialog of a slow connection
// is not it). Returns the timer that waits for it, for a test that expects no dialog to end.
QTimer *whenLoginDialog(const std::function<void(ServerLoginDialog *)> &act)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        if (auto *dialog = qobject_cast<ServerLoginDialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
    return timer;
}

// Types a password (and ticks Remember or not) and clicks Log In.
void logIn(ServerLoginDialog *dialog, const QString &password, bool remember)
{
    typeText(dialog->passwordEdit(), password);
    if (dialog->rememberBox()->isChecked() != remember)
        QTest::mouseClick(dialog->rememberBox(), Qt::LeftButton, {}, QPoint(5, 5));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class TstServerLoginDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void aTypedPasswordIsKeptWhenRememberIsTicked();
    void theKeychainsPasswordNeedsNoDialog();
    void aRefusedKeptPasswordIsAskedAgainAndForgotten();
    void cancellingLeavesEverythingAsItWas();
    void aServerThatDoesNotAnswerIsSaid();
    void openServerLibraryHandsTheAddressOn();
    void theWindowOnAServerLibraryShowsTheUsersCases();
    void theStatusBarSaysTheServerIsGoneUntilItAnswers();

private:
    LibraryLocation at(const QString &user) const;

    std::unique_ptr<PgCluster> m_cluster;
    MemoryKeychain m_keychain;
};

LibraryLocation TstServerLoginDialog::at(const QString &user) const
{
    return LibraryLocation::parse(
        u"postgresql://%1@127.0.0.1:%2/firm"_s.arg(user).arg(m_cluster->port()))
        .value();
}

void TstServerLoginDialog::initTestCase()
{
    Keychain::setForTesting(&m_keychain);
    Dialogs::setNextAnswer(std::nullopt); // test mode: messages are recorded, not shown
    m_cluster = std::make_unique<PgCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    QString why;
    QVERIFY2(m_cluster->createDatabase(u"firm"_s, &why), qPrintable(why));
    {
        QSqlDatabase super = m_cluster->connect(u"firm"_s, u"super"_s, &why);
        QSqlQuery q(super);
        QVERIFY(q.exec(u"CREATE ROLE wang LOGIN PASSWORD '%1'"_s.arg(kPassword)));
        QVERIFY(q.exec(u"CREATE ROLE li LOGIN"_s));
        super.close();
    }
    QSqlDatabase::removeDatabase(u"super"_s);
    // The administrator makes the library; li opens a case of their own before wang arrives.
    QVERIFY(Library::open(at(m_cluster->user()), Library::OpenMode::CreateIfMissing).ok());
    auto li = Library::open(at(u"li"_s), Library::OpenMode::ExistingOnly);
    QVERIFY(li.ok());
    CaseRecord other;
    other.title = u"李律师的案件"_s;
    QVERIFY(li.value()->cases().createCase(other).ok());
    QVERIFY2(m_cluster->requirePassword(u"wang"_s, &why), qPrintable(why));
}

void TstServerLoginDialog::init()
{
    m_keychain.kept.clear();
    ServerLogin::remember(at(u"wang"_s), QString());
}

void TstServerLoginDialog::cleanupTestCase()
{
    Keychain::setForTesting(nullptr);
}

void TstServerLoginDialog::aTypedPasswordIsKeptWhenRememberIsTicked()
{
    QStringList messages;
    whenLoginDialog([&](ServerLoginDialog *dialog) {
        QVERIFY(dialog->addressEdit()->isReadOnly());
        QCOMPARE(dialog->addressEdit()->text(), at(u"wang"_s).toString());
        messages << dialog->message();
        logIn(dialog, u"wrong"_s, true);
        // Refused: asked again, saying so.
        whenLoginDialog([&](ServerLoginDialog *again) {
            messages << again->message();
            logIn(again, kPassword, true);
        });
    });
    QVERIFY(logInToServer(nullptr, at(u"wang"_s)));
    QCOMPARE(messages.size(), 2);
    QVERIFY(messages[0].isEmpty());
    QVERIFY2(messages[1].contains(u"refused the password"_s), qPrintable(messages[1]));
    QCOMPARE(ServerLogin::remembered(at(u"wang"_s)), kPassword);
    QCOMPARE(m_keychain.read(ServerLogin::keyOf(at(u"wang"_s))), kPassword);
    QVERIFY(Library::open(at(u"wang"_s), Library::OpenMode::ExistingOnly).ok());
}

void TstServerLoginDialog::theKeychainsPasswordNeedsNoDialog()
{
    m_keychain.kept[ServerLogin::keyOf(at(u"wang"_s))] = kPassword;
    bool asked = false;
    std::unique_ptr<QTimer> watching(whenLoginDialog([&](ServerLoginDialog *dialog) {
        asked = true;
        dialog->reject();
    }));
    QVERIFY(logInToServer(nullptr, at(u"wang"_s)));
    QVERIFY(!asked);
    QCOMPARE(ServerLogin::remembered(at(u"wang"_s)), kPassword);
}

void TstServerLoginDialog::aRefusedKeptPasswordIsAskedAgainAndForgotten()
{
    m_keychain.kept[ServerLogin::keyOf(at(u"wang"_s))] = u"last year's"_s;
    QString said;
    whenLoginDialog([&](ServerLoginDialog *dialog) {
        said = dialog->message();
        logIn(dialog, kPassword, false);
    });
    QVERIFY(logInToServer(nullptr, at(u"wang"_s)));
    QVERIFY2(said.contains(u"kept in the keychain"_s), qPrintable(said));
    QVERIFY(m_keychain.kept.empty()); // not kept: the refused one goes too
}

void TstServerLoginDialog::cancellingLeavesEverythingAsItWas()
{
    whenLoginDialog([](ServerLoginDialog *dialog) {
        typeText(dialog->passwordEdit(), kPassword);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    });
    QVERIFY(!logInToServer(nullptr, at(u"wang"_s)));
    QVERIFY(ServerLogin::remembered(at(u"wang"_s)).isEmpty());
    QVERIFY(m_keychain.kept.empty());
}

void TstServerLoginDialog::aServerThatDoesNotAnswerIsSaid()
{
    m_cluster->stopServer();
    Dialogs::setNextAnswer(false); // Cancel, not Try Again
    const bool in = logInToServer(nullptr, at(u"wang"_s));
    QVERIFY(m_cluster->startServer());
    QVERIFY(!in);
    QVERIFY2(Dialogs::lastMessage().contains(at(u"wang"_s).toString()),
        qPrintable(Dialogs::lastMessage()));
}

void TstServerLoginDialog::openServerLibraryHandsTheAddressOn()
{
    auto folder = Library::open(at(m_cluster->user()), Library::OpenMode::ExistingOnly);
    QVERIFY(folder.ok());
    MainWindow window(*folder.value());
    QSignalSpy opened(&window, &MainWindow::openLibraryRequested);
    QAction *action = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text() == u"Open &Server Library…"_s)
            action = a;
    QVERIFY(action);
    whenLoginDialog([&](ServerLoginDialog *dialog) {
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        typeText(dialog->addressEdit(), u"http://wang@host/db"_s);
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!dialog->message().isEmpty());
        dialog->addressEdit()->clear();
        typeText(dialog->addressEdit(), at(u"wang"_s).toString());
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        logIn(dialog, kPassword, true);
    });
    action->trigger();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), at(u"wang"_s).toString());
    QCOMPARE(m_keychain.read(ServerLogin::keyOf(at(u"wang"_s))), kPassword);
}

void TstServerLoginDialog::theWindowOnAServerLibraryShowsTheUsersCases()
{
    ServerLogin::remember(at(u"wang"_s), kPassword);
    auto wang = Library::open(at(u"wang"_s), Library::OpenMode::ExistingOnly);
    QVERIFY(wang.ok());
    CaseRecord mine;
    mine.title = u"罗某诉某科技公司"_s;
    QVERIFY(wang.value()->cases().createCase(mine).ok());
    MainWindow window(*wang.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(
        window.windowTitle().contains(at(u"wang"_s).toString()), qPrintable(window.windowTitle()));
    const QAbstractItemModel *cases = window.caseList()->view()->model();
    QTRY_COMPARE(cases->rowCount(), 1); // li's case is behind the wall
    QCOMPARE(cases->index(0, 0).data().toString(), mine.title);
}

// The window's status bar on a server that stops: the warning with Try Again, which, clicked
// once the server is back, logs the window in again and hides it; what was typed meanwhile in
// the case list's filter is still there.
void TstServerLoginDialog::theStatusBarSaysTheServerIsGoneUntilItAnswers()
{
    ServerLogin::remember(at(u"wang"_s), kPassword);
    auto wang = Library::open(at(u"wang"_s), Library::OpenMode::ExistingOnly);
    QVERIFY(wang.ok());
    MainWindow window(*wang.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *status = window.statusBar()->findChild<ServerStatus *>();
    QVERIFY(status);
    QVERIFY(!status->isVisible());
    auto *again = status->findChild<QPushButton *>();
    QVERIFY(again);

    m_cluster->stopServer();
    (void)wang.value()->reachServer(); // the window's next statement finds the server gone
    (void)wang.value()->reachServer(); // and logging in again fails
    QTRY_VERIFY(status->isVisible());
    QVERIFY(status->findChild<QLabel *>()->text().contains(u"127.0.0.1"_s));
    // Asked while it is still down: it stays.
    QTest::mouseClick(again, Qt::LeftButton);
    QTRY_VERIFY(again->isEnabled());
    QVERIFY(status->isVisible());

    QVERIFY(m_cluster->startServer());
    QTest::mouseClick(again, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!status->isVisible(), 15000);
    QVERIFY(wang.value()->reachServer().ok());
}

QTEST_MAIN(TstServerLoginDialog)
#include "tst_serverlogindialog.moc"
