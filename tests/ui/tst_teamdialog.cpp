// Case ▸ Team…: on a server library (a private cluster, each user a role) the case's lead adds,
// changes and removes team members by typing and clicking; a member sees the team and cannot
// change it; on a folder library the action is off and says why.

#include "cases/casestore.h"
#include "cases/teamstore.h"
#include "mainwindow.h"
#include "storage/library.h"
#include "support/pgcluster.h"
#include "teamdialog.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

class TstTeamDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void onAFolderLibraryTheActionIsOff();
    void theLeadManagesTheTeam();
    void aMemberSeesTheTeamButCannotChangeIt();

private:
    std::unique_ptr<Library> open(const QString &user);
    QStringList rows(const TeamDialog &dialog) const;

    std::unique_ptr<PgCluster> m_cluster;
    qint64 m_case = 0;
};

std::unique_ptr<Library> TstTeamDialog::open(const QString &user)
{
    const auto at = LibraryLocation::parse(
        u"postgresql://%1@127.0.0.1:%2/team"_s.arg(user).arg(m_cluster->port()));
    auto lib = Library::open(at.value(), Library::OpenMode::CreateIfMissing);
    if (!lib.ok()) {
        qWarning("%s: %s", qPrintable(user), qPrintable(lib.error().message));
        return {};
    }
    return std::move(lib).value();
}

QStringList TstTeamDialog::rows(const TeamDialog &dialog) const
{
    QStringList out;
    for (int i = 0; i < dialog.membersView()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = dialog.membersView()->topLevelItem(i);
        out << item->text(0) + u':' + item->text(1);
    }
    return out;
}

void TstTeamDialog::initTestCase()
{
    m_cluster = std::make_unique<PgCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    QString why;
    QVERIFY2(m_cluster->createDatabase(u"team"_s, &why), qPrintable(why));
    {
        QSqlDatabase super = m_cluster->connect(u"postgres"_s, u"super"_s, &why);
        QVERIFY2(super.isOpen(), qPrintable(why));
        QSqlQuery q(super);
        for (const QString &role : { u"team_admin"_s, u"wang"_s, u"li"_s, u"zhao"_s })
            QVERIFY2(q.exec(u"CREATE ROLE %1 LOGIN"_s.arg(role)), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"ALTER DATABASE team OWNER TO team_admin"_s));
        super.close();
    }
    QSqlDatabase::removeDatabase(u"super"_s);
    QVERIFY(open(u"team_admin"_s));
    auto wang = open(u"wang"_s);
    CaseRecord c;
    c.title = u"罗某诉某教育科技公司"_s;
    const auto id = wang->cases().createCase(c);
    QVERIFY(id.ok());
    m_case = id.value();
}

void TstTeamDialog::onAFolderLibraryTheActionIsOff()
{
    TempLibrary lib;
    CaseRecord c;
    c.title = u"一人的案件"_s;
    QVERIFY(lib.library->cases().createCase(c).ok());
    MainWindow window(*lib.library);
    window.show();
    auto *team = window.findChild<QAction *>(u"caseTeam"_s);
    QVERIFY(team);
    QVERIFY(!team->isEnabled());
    QVERIFY2(team->toolTip().contains(u"Only a server library has teams"_s),
        qPrintable(team->toolTip()));
}

void TstTeamDialog::theLeadManagesTheTeam()
{
    auto wang = open(u"wang"_s);
    TeamDialog dialog(*wang, m_case);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(rows(dialog), QStringList { u"wang:Lead"_s });
    QVERIFY(!dialog.grantButton()->isEnabled()); // nobody typed yet

    // li as a reader: type the login, step the role from Member to Reader, click.
    QTest::keyClicks(dialog.userEdit(), u"li"_s);
    dialog.roleBox()->setFocus();
    QTest::keyClick(dialog.roleBox(), Qt::Key_Down);
    QCOMPARE(dialog.roleBox()->currentData().toString(), u"reader"_s);
    QVERIFY(dialog.grantButton()->isEnabled());
    QTest::mouseClick(dialog.grantButton(), Qt::LeftButton);
    QCOMPARE(rows(dialog), (QStringList { u"wang:Lead"_s, u"li:Reader"_s }));
    QVERIFY(dialog.userEdit()->text().isEmpty());
    QCOMPARE(TeamStore(*wang).members(m_case)->at(1).role, u"reader"_s);

    // A login the server does not know: said in the dialog, nothing changed.
    QTest::keyClicks(dialog.userEdit(), u"nobody"_s);
    QTest::keyClick(dialog.userEdit(), Qt::Key_Return);
    QVERIFY2(dialog.message().contains(u"no user nobody"_s), qPrintable(dialog.message()));
    QCOMPARE(rows(dialog).size(), 2);

    // The only lead cannot leave the case without one.
    QTreeWidget *view = dialog.membersView();
    QTest::mouseClick(
        view->viewport(), Qt::LeftButton, {}, view->visualItemRect(view->topLevelItem(0)).center());
    QVERIFY(dialog.revokeButton()->isEnabled());
    QTest::mouseClick(dialog.revokeButton(), Qt::LeftButton);
    QVERIFY2(dialog.message().contains(u"only lead"_s), qPrintable(dialog.message()));
    QCOMPARE(rows(dialog).size(), 2);

    // Remove li.
    QTest::mouseClick(
        view->viewport(), Qt::LeftButton, {}, view->visualItemRect(view->topLevelItem(1)).center());
    QTest::mouseClick(dialog.revokeButton(), Qt::LeftButton);
    QCOMPARE(rows(dialog), QStringList { u"wang:Lead"_s });
    QVERIFY(dialog.message().isEmpty());
    QVERIFY(!open(u"li"_s)->cases().caseById(m_case).ok()); // off the team: no such case
}

void TstTeamDialog::aMemberSeesTheTeamButCannotChangeIt()
{
    QVERIFY(TeamStore(*open(u"wang"_s)).grant(m_case, u"li"_s, u"member"_s).ok());
    auto li = open(u"li"_s);
    TeamDialog dialog(*li, m_case);
    dialog.show();
    QCOMPARE(rows(dialog), (QStringList { u"wang:Lead"_s, u"li:Member"_s }));
    QVERIFY(!dialog.userEdit()->isEnabled());
    QVERIFY(!dialog.grantButton()->isEnabled());
    QTreeWidget *view = dialog.membersView();
    QTest::mouseClick(
        view->viewport(), Qt::LeftButton, {}, view->visualItemRect(view->topLevelItem(0)).center());
    QVERIFY(!dialog.revokeButton()->isEnabled());
    QVERIFY(dialog.message().contains(u"Only the case's lead"_s));
}

QTEST_MAIN(TstTeamDialog)
#include "tst_teamdialog.moc"
