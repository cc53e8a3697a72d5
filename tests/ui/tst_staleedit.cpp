// A dialog's edit that someone else overtook (docs/server.md, "Two lawyers on one case"): the
// window asks Reload, Overwrite or Cancel, and never loses either edit in silence. The other user
// is a second Library handle on the same folder (another process, the CLI, in real life).
#include "cases/casestore.h"
#include "caseworkspace.h"
#include "core/clock.h"
#include "demo/demolibrary.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "partiespanel.h"
#include "partydialog.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

namespace {

// Like whenModal, for the first modal widget of type W (other than `not`).
template<typename W>
void whenModalIs(std::function<void(W *)> act, const QPointer<QWidget> &not_ = {})
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act, not_] {
        auto *modal = qobject_cast<W *>(QApplication::activeModalWidget());
        if (!modal || (not_ && modal == not_.data()))
            return;
        timer->stop();
        timer->deleteLater();
        act(modal);
    });
    timer->start();
}

void click(QWidget *button)
{
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class TstStaleEdit : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        pinClock();
        Dialogs::setNextSaveFileName(std::nullopt); // errors are recorded, not shown
    }
    void init();
    void cleanup();
    void overwriteWritesMineOverTheirs();
    void reloadShowsTheirs();
    void cancelKeepsWhatWasTyped();

private:
    // Opens the defendant's dialog, types a phone number, lets the other user change the
    // address meanwhile, and clicks OK; `answer` then deals with the question.
    void editWhileTheyEdit(const std::function<void(QMessageBox *, PartyDialog *)> &answer);

    std::unique_ptr<TempLibrary> m_lib;
    std::unique_ptr<Library> m_other;
    std::unique_ptr<MainWindow> m_window;
    PartiesPanel *m_parties = nullptr;
    qint64 m_case = 0;
    qint64 m_defendant = 0;
    QString m_question;
};

void TstStaleEdit::init()
{
    m_lib = std::make_unique<TempLibrary>();
    m_case = addDemoCase(*m_lib->library).value();
    auto other = Library::open((*m_lib)->location(), Library::OpenMode::ExistingOnly);
    QVERIFY(other.ok());
    m_other = std::move(other).value();
    for (const PartyRecord &p : (*m_lib)->cases().parties(m_case).value())
        if (p.role == PartyRole::Defendant)
            m_defendant = p.id;
    QVERIFY(m_defendant);
    m_window = std::make_unique<MainWindow>(*m_lib->library);
    m_window->show();
    m_parties = m_window->workspace()->panel<PartiesPanel>();
    QVERIFY(m_parties);
    m_window->workspace()->showPanel(m_parties);
    m_parties->view()->selectRow(1); // the defendant
    m_question.clear();
}

void TstStaleEdit::cleanup()
{
    m_window.reset();
    m_other.reset();
    m_lib.reset();
}

void TstStaleEdit::editWhileTheyEdit(
    const std::function<void(QMessageBox *, PartyDialog *)> &answer)
{
    whenModalIs<PartyDialog>([this, answer](PartyDialog *dialog) {
        dialog->lineEdit(u"phone"_s)->clear();
        typeText(dialog->lineEdit(u"phone"_s), u"010-88886666"_s);
        // Meanwhile the other user changes the same party.
        auto theirs = m_other->cases().partyById(m_defendant).value();
        theirs.address = u"北京市海淀区中关村大街1号"_s;
        QVERIFY(m_other->cases().updateParty(theirs).ok());
        QPointer<PartyDialog> mine(dialog);
        whenModalIs<QMessageBox>([this, answer, mine](QMessageBox *box) {
            m_question = box->text();
            answer(box, mine.data());
        });
        click(dialog->buttons()->button(QDialogButtonBox::Ok));
    });
    m_parties->editParty();
}

void TstStaleEdit::overwriteWritesMineOverTheirs()
{
    editWhileTheyEdit([](QMessageBox *box, PartyDialog *) {
        click(box->findChild<QPushButton *>(u"overwrite"_s));
    });
    QVERIFY2(
        m_question.contains(u"changed the party “北京某某教育科技有限公司” since you opened it"_s),
        qPrintable(m_question));
    const auto now = (*m_lib)->cases().partyById(m_defendant).value();
    QCOMPARE(now.phone, u"010-88886666"_s);
    // Mine, as the dialog had it, over theirs: the user chose so.
    QCOMPARE(now.address, u"北京市海淀区某某街10号5层501"_s);
    // And it is one undoable edit, which undoes back to theirs.
    m_window->undoAction()->trigger();
    const auto undone = (*m_lib)->cases().partyById(m_defendant).value();
    QCOMPARE(undone.address, u"北京市海淀区中关村大街1号"_s);
    QCOMPARE(undone.phone, u"010-62345678"_s);
}

void TstStaleEdit::reloadShowsTheirs()
{
    QString reloadedAddress;
    QString reloadedPhone;
    editWhileTheyEdit([&](QMessageBox *box, PartyDialog *mine) {
        // The dialog opens again on their version; the user looks and closes it.
        whenModalIs<PartyDialog>(
            [&](PartyDialog *reloaded) {
                reloadedAddress = reloaded->lineEdit(u"address"_s)->text();
                reloadedPhone = reloaded->lineEdit(u"phone"_s)->text();
                click(reloaded->buttons()->button(QDialogButtonBox::Cancel));
            },
            QPointer<QWidget>(mine));
        click(box->findChild<QPushButton *>(u"reload"_s));
    });
    QCOMPARE(reloadedAddress, u"北京市海淀区中关村大街1号"_s);
    QCOMPARE(reloadedPhone, u"010-62345678"_s);
    const auto now = (*m_lib)->cases().partyById(m_defendant).value();
    QCOMPARE(now.address, u"北京市海淀区中关村大街1号"_s);
    QCOMPARE(now.phone, u"010-62345678"_s);
}

void TstStaleEdit::cancelKeepsWhatWasTyped()
{
    QString typed;
    editWhileTheyEdit([&](QMessageBox *box, PartyDialog *) {
        whenModalIs<PartyDialog>([&](PartyDialog *again) {
            typed = again->lineEdit(u"phone"_s)->text();
            click(again->buttons()->button(QDialogButtonBox::Cancel));
        });
        click(box->button(QMessageBox::Cancel));
    });
    QCOMPARE(typed, u"010-88886666"_s);
    const auto now = (*m_lib)->cases().partyById(m_defendant).value();
    QCOMPARE(now.address, u"北京市海淀区中关村大街1号"_s); // theirs stands
    QCOMPARE(now.phone, u"010-62345678"_s);
}

QTEST_MAIN(TstStaleEdit)
#include "tst_staleedit.moc"
