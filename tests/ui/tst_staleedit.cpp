// A dialog's edit that someone else overtook (docs/server.md, "Two lawyers on one case"): the
// window asks Reload, Overwrite or Cancel, and never loses either edit in silence. The other user
// is a second Library handle on the same folder (another process, the CLI, in real life).
#include "cases/casestore.h"
#include "caseworkspace.h"
#include "core/clock.h"
#include "demo/demolibrary.h"
#include "dialogs.h"
#include "eventdialog.h"
#include "evidence/evidencestore.h"
#include "evidencedialog.h"
#include "evidencepanel.h"
#include "factspanel.h"
#include "law/claimstore.h"
#include "mainwindow.h"
#include "partiespanel.h"
#include "partydialog.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
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
    void exhibitOverwriteAndReload();
    void factOverwriteAndReload();
    void statementOverwriteCancelReload();
    void statusOverwriteKeepsTheirStatement();

private:
    // Opens a dialog of type D through `open`; in it `type` types the user's change and
    // `theirs(id)` lets the other user change the same row meanwhile; then OK. The question is
    // answered with the button `answer` ("overwrite", "reload"); after a reload `reloaded` sees
    // the dialog opened again and cancels it.
    template<typename D>
    void editAndAnswer(const std::function<void()> &open, const std::function<qint64(D *)> &type,
        const std::function<void(qint64)> &theirs, const QString &answer,
        const std::function<void(D *)> &reloaded = {});

    // Opens the defendant's dialog, types a phone number, lets the other user change the
    // address meanwhile, and clicks OK; `answer` then deals with the question.
    void editWhileTheyEdit(const std::function<void(QMessageBox *, PartyDialog *)> &answer);

    // Selects an element of the demo case's automated-decision claim in the Facts & law panel,
    // after the other user gave it `note` (as disputed); the panel still shows it as it was.
    FactsPanel *elementTheyChanged(const QString &note);
    // The answer `answer` to the question the next edit asks; then the prompt that comes back
    // (if one does) is read into `prompted` and cancelled.
    void answerStale(const QString &answer, QString *prompted = nullptr);

    std::unique_ptr<TempLibrary> m_lib;
    qint64 m_claim = 0;
    const QString m_element = u"automated-decision.2"_s;
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

template<typename D>
void TstStaleEdit::editAndAnswer(const std::function<void()> &open,
    const std::function<qint64(D *)> &type, const std::function<void(qint64)> &theirs,
    const QString &answer, const std::function<void(D *)> &reloaded)
{
    m_question.clear();
    whenModalIs<D>([this, type, theirs, answer, reloaded](D *dialog) {
        theirs(type(dialog));
        QPointer<QWidget> mine(dialog);
        whenModalIs<QMessageBox>([this, answer, reloaded, mine](QMessageBox *box) {
            m_question = box->text();
            if (reloaded)
                whenModalIs<D>(
                    [reloaded](D *again) {
                        reloaded(again);
                        click(again->template findChild<QDialogButtonBox *>()->button(
                            QDialogButtonBox::Cancel));
                    },
                    mine);
            click(box->findChild<QPushButton *>(answer));
        });
        click(dialog->template findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
    });
    open();
}

void TstStaleEdit::exhibitOverwriteAndReload()
{
    auto *evidence = m_window->workspace()->panel<EvidencePanel>();
    QVERIFY(evidence);
    m_window->workspace()->showPanel(evidence);
    const auto open = [evidence] {
        evidence->view()->selectRow(0);
        evidence->editExhibit();
    };
    QString number;
    QString title;
    const auto typePurpose = [&](const QString &purpose) {
        return [&number, &title, purpose](EvidenceDialog *dialog) {
            number = dialog->record().exhibitNumber();
            title = dialog->record().title;
            dialog->purposeEdit()->clear();
            typeText(dialog->purposeEdit(), purpose);
            return dialog->record().id;
        };
    };
    const auto theirTitle = [this](const QString &newTitle) {
        return [this, newTitle](qint64 id) {
            auto theirs = m_other->evidence().item(id).value();
            theirs.title = newTitle;
            QVERIFY(m_other->evidence().updateItem(theirs).ok());
        };
    };
    qint64 id = 0;
    // Overwrite: mine, as the dialog had it, over theirs.
    editAndAnswer<EvidenceDialog>(
        open, [&](EvidenceDialog *d) { return id = typePurpose(u"证明被告强制收集职业信息"_s)(d); },
        theirTitle(u"他们改的标题"_s), u"overwrite"_s);
    QVERIFY2(m_question.contains(u"changed exhibit %1"_s.arg(number)), qPrintable(m_question));
    auto now = (*m_lib)->evidence().item(id).value();
    QCOMPARE(now.purpose, u"证明被告强制收集职业信息"_s);
    QCOMPARE(now.title, title);
    // Reload: their version in the dialog; mine discarded.
    QString reloadedTitle;
    editAndAnswer<EvidenceDialog>(open, typePurpose(u"不该写入的证明目的"_s),
        theirTitle(u"他们又改的标题"_s), u"reload"_s,
        [&](EvidenceDialog *again) { reloadedTitle = again->titleEdit()->text(); });
    QVERIFY2(m_question.contains(u"since you opened it"_s), qPrintable(m_question));
    QCOMPARE(reloadedTitle, u"他们又改的标题"_s);
    now = (*m_lib)->evidence().item(id).value();
    QCOMPARE(now.title, u"他们又改的标题"_s);
    QCOMPARE(now.purpose, u"证明被告强制收集职业信息"_s);
}

void TstStaleEdit::factOverwriteAndReload()
{
    auto *facts = m_window->workspace()->panel<FactsPanel>();
    QVERIFY(facts);
    m_window->workspace()->showPanel(facts);
    const auto open = [facts] {
        facts->chronologyView()->selectRow(0);
        facts->editEvent();
    };
    const auto typeText_ = [](const QString &text) {
        return [text](EventDialog *dialog) {
            dialog->textEdit()->setPlainText(text);
            return dialog->event().id;
        };
    };
    QString before;
    const auto theirText = [this, &before](const QString &text) {
        return [this, text, &before](qint64 id) {
            auto theirs = m_other->events().event(id).value();
            before = theirs.text;
            theirs.text = text;
            QVERIFY(m_other->events().updateEvent(theirs).ok());
        };
    };
    qint64 id = 0;
    editAndAnswer<EventDialog>(
        open, [&](EventDialog *d) { return id = typeText_(u"原告首次登录被告App。"_s)(d); },
        theirText(u"他们写的事实"_s), u"overwrite"_s);
    QVERIFY2(m_question.contains(u"since you opened it"_s), qPrintable(m_question));
    QCOMPARE((*m_lib)->events().event(id)->text, u"原告首次登录被告App。"_s);
    // One undoable edit, which undoes back to theirs.
    m_window->undoAction()->trigger();
    QCOMPARE((*m_lib)->events().event(id)->text, u"他们写的事实"_s);

    QString reloadedText;
    editAndAnswer<EventDialog>(open, typeText_(u"不该写入的事实"_s), theirText(u"他们又写的事实"_s),
        u"reload"_s, [&](EventDialog *again) { reloadedText = again->textEdit()->toPlainText(); });
    QCOMPARE(reloadedText, u"他们又写的事实"_s);
    QCOMPARE((*m_lib)->events().event(id)->text, u"他们又写的事实"_s);
}

FactsPanel *TstStaleEdit::elementTheyChanged(const QString &note)
{
    auto *facts = m_window->workspace()->panel<FactsPanel>();
    m_window->workspace()->showPanel(facts);
    for (const ClaimRecord &c : (*m_lib)->claims().claims(m_case).value())
        if (c.theoryId == u"automated-decision"_s)
            m_claim = c.id;
    facts->selectElement(m_claim, m_element);
    const auto theirs =
        m_other->claims().setStatus(m_claim, m_element, ElementStatus::Disputed, note);
    if (!theirs.ok())
        qWarning("%s", qPrintable(theirs.error().message));
    return facts;
}

void TstStaleEdit::answerStale(const QString &answer, QString *prompted)
{
    m_question.clear();
    whenModalIs<QMessageBox>([this, answer, prompted](QMessageBox *box) {
        m_question = box->text();
        if (prompted)
            whenModalIs<QInputDialog>([prompted](QInputDialog *again) {
                *prompted = again->textValue();
                again->reject();
            });
        if (answer == u"cancel"_s)
            click(box->button(QMessageBox::Cancel));
        else
            click(box->findChild<QPushButton *>(answer));
    });
}

void TstStaleEdit::statementOverwriteCancelReload()
{
    // Overwrite: my statement over theirs; their status stands (I changed only the statement).
    FactsPanel *facts = elementTheyChanged(u"他们的陈述"_s);
    QVERIFY(m_claim);
    Dialogs::setNextText(u"我的陈述"_s);
    answerStale(u"overwrite"_s);
    facts->editStatement();
    QVERIFY2(m_question.contains(u"element 2 of claim %1"_s.arg(m_claim)), qPrintable(m_question));
    auto now = (*m_lib)->claims().elementState(m_claim, m_element).value();
    QCOMPARE(now.note, u"我的陈述"_s);
    QCOMPARE(now.status, ElementStatus::Disputed);
    // One undoable edit, which undoes back to theirs.
    m_window->undoAction()->trigger();
    QCOMPARE((*m_lib)->claims().elementState(m_claim, m_element)->note, u"他们的陈述"_s);

    // Cancel: the prompt comes back with what I typed; nothing of mine is written.
    facts = elementTheyChanged(u"他们又改的陈述"_s);
    Dialogs::setNextText(u"不该写入的陈述"_s);
    QString prompted;
    answerStale(u"cancel"_s, &prompted);
    facts->editStatement();
    QVERIFY(!m_question.isEmpty());
    QCOMPARE(prompted, u"不该写入的陈述"_s);
    QCOMPARE((*m_lib)->claims().elementState(m_claim, m_element)->note, u"他们又改的陈述"_s);

    // Reload: the prompt comes back with theirs.
    facts = elementTheyChanged(u"他们第三次的陈述"_s);
    Dialogs::setNextText(u"也不该写入"_s);
    prompted.clear();
    answerStale(u"reload"_s, &prompted);
    facts->editStatement();
    QCOMPARE(prompted, u"他们第三次的陈述"_s);
    QCOMPARE((*m_lib)->claims().elementState(m_claim, m_element)->note, u"他们第三次的陈述"_s);
}

void TstStaleEdit::statusOverwriteKeepsTheirStatement()
{
    FactsPanel *facts = elementTheyChanged(u"他们的陈述"_s);
    QVERIFY(m_claim);
    // Cancel writes nothing.
    answerStale(u"cancel"_s);
    facts->setStatus(static_cast<int>(ElementStatus::Proven));
    QVERIFY(!m_question.isEmpty());
    QCOMPARE((*m_lib)->claims().elementState(m_claim, m_element)->status, ElementStatus::Disputed);
    // Overwrite makes my change (the status) to their version: their statement stands.
    facts = elementTheyChanged(u"他们又改的陈述"_s);
    answerStale(u"overwrite"_s);
    facts->setStatus(static_cast<int>(ElementStatus::Proven));
    QVERIFY(!m_question.isEmpty());
    const auto now = (*m_lib)->claims().elementState(m_claim, m_element).value();
    QCOMPARE(now.status, ElementStatus::Proven);
    QCOMPARE(now.note, u"他们又改的陈述"_s);
}

QTEST_MAIN(TstStaleEdit)
#include "tst_staleedit.moc"
