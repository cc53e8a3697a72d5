// The Deadlines panel and the all-cases window, driven as a lawyer would: add a deadline that
// hangs off the service of the judgment, see the Overview lead with it, move the service date and
// undo, mark it done and undo, export the calendar, and the reminder at start.
#include "caselistpanel.h"
#include "cases/casestore.h"
#include "cases/eventstore.h"
#include "caseworkspace.h"
#include "core/translations.h"
#include "deadlinedialog.h"
#include "deadlines/deadlinestore.h"
#include "deadlines/icalendar.h"
#include "deadlinespanel.h"
#include "dialogs.h"
#include "itemmodels/deadlinemodel.h"
#include "mainwindow.h"
#include "overviewpanel.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "undo/factscommands.h"
#include "undo/undomanager.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

namespace {

struct Fixture {
    TempLibrary lib;
    qint64 caseId = 0;
    qint64 served = 0;

    Fixture()
    {
        CaseRecord c;
        c.title = u"罗某诉某公司个人信息保护纠纷案"_s;
        c.number = u"（2025）京0491民初7号"_s;
        caseId = lib->cases().createCase(c).value();
        EventRecord e;
        e.caseId = caseId;
        e.date = u"2026-02-20"_s; // the pinned clock says 2026-03-01
        e.text = u"一审判决书送达原告"_s;
        served = lib->events().addEvent(e).value();
    }
};

QString cell(QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

} // namespace

class TstDeadlinesPanel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        pinClock();
        installTranslations(*QCoreApplication::instance(), u"en"_s); // English plurals
        Dialogs::setNextSaveFileName(std::nullopt); // messages are recorded, not shown
    }
    void addFromTheChronologyMoveUndoAndDone();
    void reminderAtStartAndAllCases();
};

void TstDeadlinesPanel::addFromTheChronologyMoveUndoAndDone()
{
    Fixture f;
    MainWindow window(*f.lib.library);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window)); // Ctrl+Z reaches an active window only
    window.caseList()->selectCase(f.caseId);
    auto *panel = window.workspace()->panel<DeadlinesPanel>();
    QVERIFY(panel);
    window.workspace()->showPanel(panel);
    DeadlineList *list = panel->list();
    QCOMPARE(list->view()->model()->rowCount(), 0);

    bool sawPreview = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<DeadlineDialog *>(modal);
        QVERIFY(dialog);
        dialog->kindBox()->setCurrentIndex(
            dialog->kindBox()->findData(static_cast<int>(DeadlineKind::AppealJudgment)));
        QCOMPARE(dialog->amountBox()->value(), 15); // the rule's period
        QTest::mouseClick(dialog->fromEventButton(), Qt::LeftButton);
        QVERIFY(dialog->fromEventButton()->isChecked());
        // 2026-02-20 + 15 days = Saturday 7 March → Monday 9 March.
        sawPreview = dialog->preview()->text().contains(
            u"2026-03-07 is a Saturday; extended to 2026-03-09"_s);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(list->addButton(), Qt::LeftButton);
    QVERIFY(sawPreview);
    QCOMPARE(list->view()->model()->rowCount(), 1);
    QCOMPARE(cell(list->view(), 0, DeadlineModel::Due), u"2026-03-09"_s);
    QCOMPARE(cell(list->view(), 0, DeadlineModel::DaysLeft), u"in 8 days"_s);
    QCOMPARE(cell(list->view(), 0, DeadlineModel::Basis),
        u"《中华人民共和国民事诉讼法》第一百七十一条第一款"_s);

    // The Overview leads with it.
    auto *overview = window.workspace()->panel<OverviewPanel>();
    window.workspace()->showPanel(overview);
    QVERIFY(overview->nextDeadlineLabel()->text().contains(u"Appeal from a judgment"_s));
    QVERIFY(overview->nextDeadlineLabel()->text().contains(u"in 8 days"_s));

    // The service date was 25 February after all: the deadline moves; Ctrl+Z moves it back.
    EventRecord before = f.lib->events().event(f.served).value();
    EventRecord after = before;
    after.date = u"2026-02-25"_s;
    QVERIFY(
        window.undoManager()
            .pushCase(f.caseId, std::make_unique<EditEventCommand>(f.lib->events(), before, after))
            .ok());
    window.workspace()->showPanel(panel);
    QCOMPARE(cell(list->view(), 0, DeadlineModel::Due), u"2026-03-12"_s);
    window.activateWindow(); // the modal dialog took the activation with it
    QVERIFY(QTest::qWaitForWindowActive(&window));
    list->view()->setFocus();
    QTest::keyClick(list->view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(cell(list->view(), 0, DeadlineModel::Due), u"2026-03-09"_s);

    // Done: it leaves the open list; undo brings it back.
    list->view()->selectRow(0);
    QVERIFY(list->details()->text().contains(u"not counted"_s));
    QTest::mouseClick(list->doneButton(), Qt::LeftButton);
    QCOMPARE(list->view()->model()->rowCount(), 0);
    QVERIFY(overview->nextDeadlineLabel()->text().contains(u"No open deadline"_s));
    list->showBox()->setCurrentIndex(list->showBox()->findText(u"Done"_s));
    QCOMPARE(list->view()->model()->rowCount(), 1);
    list->showBox()->setCurrentIndex(list->showBox()->findText(u"Open"_s));
    QTest::keyClick(list->view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(list->view()->model()->rowCount(), 1);

    // The calendar file.
    QTemporaryDir dir;
    const QString ics = dir.filePath(u"case.ics"_s);
    Dialogs::setNextSaveFileName(ics);
    QTest::mouseClick(list->findChild<QPushButton *>(u"exportCalendar"_s), Qt::LeftButton);
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto events = readICalendar(file.readAll());
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().date, QDate(2026, 3, 9));
}

void TstDeadlinesPanel::reminderAtStartAndAllCases()
{
    Fixture f;
    DeadlineRecord soon;
    soon.caseId = f.caseId;
    soon.kind = DeadlineKind::Evidence;
    soon.fromDate = QDate(2026, 2, 18);
    soon.period = { PeriodUnit::Days, 15 }; // 2026-03-05: Thursday, 4 days away
    QVERIFY(f.lib->deadlines().add(soon).ok());
    DeadlineRecord tomorrow = soon;
    tomorrow.kind = DeadlineKind::AppealRuling;
    tomorrow.fromDate = QDate(2026, 2, 20);
    tomorrow.period = {}; // 10 days: 2026-03-02, tomorrow
    QVERIFY(f.lib->deadlines().add(tomorrow).ok());

    MainWindow window(*f.lib.library);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(Dialogs::lastMessage().contains(u"Appeal from a ruling"_s));
    QVERIFY(Dialogs::lastMessage().contains(u"in 1 day)"_s));
    QVERIFY(!Dialogs::lastMessage().contains(u"Evidence period"_s)); // 4 days: not yet
    auto *all = window.findChild<DeadlinesWindow *>();
    QVERIFY(all);
    QTRY_VERIFY(all->isVisible());
    QTableView *view = all->list()->view();
    QCOMPARE(view->model()->rowCount(), 2);
    QVERIFY(!view->isColumnHidden(DeadlineModel::Case));
    QCOMPARE(cell(view, 0, DeadlineModel::Due), u"2026-03-02"_s); // soonest first
    // Within 7 days keeps both; double-click opens the case on its Deadlines panel.
    all->list()->showBox()->setCurrentIndex(
        all->list()->showBox()->findText(u"Due within 7 days"_s));
    QCOMPARE(view->model()->rowCount(), 2);
    const QRect rect = view->visualRect(view->model()->index(1, DeadlineModel::Title));
    QSignalSpy opened(view, &QAbstractItemView::doubleClicked);
    doubleClick(view->viewport(), rect.center());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(window.caseList()->currentCaseId(), f.caseId);
    auto *panel = window.workspace()->panel<DeadlinesPanel>();
    QCOMPARE(window.workspace()->tabs()->currentWidget(), panel);
    QVERIFY(panel->list()->selectedId() > 0);
}

QTEST_MAIN(TstDeadlinesPanel)
#include "tst_deadlinespanel.moc"
