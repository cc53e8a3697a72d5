// The party dialog's agents (法定代理人, 一般/特别授权, at most two per party) and the
// Documents panel's fields dialog for letters and applications.
#include "cases/casestore.h"
#include "cases/documentfieldstore.h"
#include "cases/eventstore.h"
#include "cases/requeststore.h"
#include "caseworkspace.h"
#include "demo/demolibrary.h"
#include "documentfieldsdialog.h"
#include "documentspanel.h"
#include "mainwindow.h"
#include "partydialog.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

class TstLetterDialogs : public QObject {
    Q_OBJECT

private slots:
    void aThirdAgentIsRefusedNamingTheParty();
    void statutoryAgentNeedsARelation();
    void specialPowersAreChosenOneByOne();
    void fieldsDialogSetsTheLettersFields();

private:
    static QList<PartyRecord> twoAgentsOfLuo();
};

QList<PartyRecord> TstLetterDialogs::twoAgentsOfLuo()
{
    PartyRecord luo;
    luo.id = 1;
    luo.name = u"罗某"_s;
    QList<PartyRecord> parties { luo };
    for (qint64 id : { 2, 3 }) {
        PartyRecord agent;
        agent.id = id;
        agent.role = PartyRole::Agent;
        agent.name = u"律师%1"_s.arg(id);
        agent.representsId = 1;
        parties << agent;
    }
    return parties;
}

void TstLetterDialogs::aThirdAgentIsRefusedNamingTheParty()
{
    PartyRecord blank;
    blank.role = PartyRole::Agent;
    PartyDialog dialog(blank, twoAgentsOfLuo());
    dialog.show();
    typeText(dialog.lineEdit(u"name"_s), u"赵某"_s);
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled()); // nobody represented yet
    dialog.representsBox()->setCurrentIndex(dialog.representsBox()->findData(1));
    QVERIFY2(dialog.messageFor(u"represents"_s).contains(u"罗某 already has two agents"_s),
        qPrintable(dialog.messageFor(u"represents"_s)));
    QVERIFY(!ok->isEnabled());
    // A statutory agent is not one of the two (CPL 60, not 61).
    dialog.agencyBox()->setCurrentIndex(dialog.agencyBox()->findData(int(Agency::Statutory)));
    QVERIFY(dialog.messageFor(u"represents"_s).isEmpty());
}

void TstLetterDialogs::statutoryAgentNeedsARelation()
{
    PartyRecord blank;
    blank.role = PartyRole::Agent;
    PartyDialog dialog(blank, twoAgentsOfLuo());
    dialog.show();
    typeText(dialog.lineEdit(u"name"_s), u"罗父"_s);
    dialog.agencyBox()->setCurrentIndex(dialog.agencyBox()->findData(int(Agency::Statutory)));
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!dialog.messageFor(u"relation"_s).isEmpty());
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.authorityBox()->isEnabled()); // no power of attorney for a guardian
    typeText(dialog.lineEdit(u"relation"_s), u"父亲"_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.record().agency, Agency::Statutory);
    QCOMPARE(dialog.record().relation, u"父亲"_s);
}

void TstLetterDialogs::specialPowersAreChosenOneByOne()
{
    PartyRecord blank;
    blank.role = PartyRole::Agent;
    PartyDialog dialog(blank, {});
    dialog.show();
    typeText(dialog.lineEdit(u"name"_s), u"王某"_s);
    QVERIFY(!dialog.powerBox(u"settle"_s)->isEnabled()); // only with special authority
    dialog.authorityBox()->setCurrentIndex(
        dialog.authorityBox()->findData(int(Authority::Special)));
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // special authority names at least one power
    QVERIFY(!dialog.messageFor(u"special-powers"_s).isEmpty());
    QTest::mouseClick(dialog.powerBox(u"settle"_s), Qt::LeftButton, {}, QPoint(5, 5));
    QTest::mouseClick(dialog.powerBox(u"appeal"_s), Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.record().specialPowers, QStringList({ u"settle"_s, u"appeal"_s }));
    if (qEnvironmentVariableIsSet("HABEAS_SHOT"))
        dialog.grab().save(qEnvironmentVariable("HABEAS_SHOT") + u"/party.png"_s);
    // Back to general authority: no special power survives.
    dialog.authorityBox()->setCurrentIndex(
        dialog.authorityBox()->findData(int(Authority::General)));
    QVERIFY(dialog.record().specialPowers.isEmpty());
}

void TstLetterDialogs::fieldsDialogSetsTheLettersFields()
{
    TempLibrary lib;
    const qint64 caseId = addDemoCase(*lib.library).value();
    DocumentFieldStore fields(*lib.library);
    QVERIFY(fields
                .setFields(caseId, u"deletion-request"_s,
                    { { u"categories"_s, QString() }, { u"period"_s, QString() },
                        { u"grounds"_s, QString() }, { u"violation"_s, QString() } })
                .ok());
    MainWindow window(*lib.library);
    window.show();
    auto *documents = window.workspace()->panel<DocumentsPanel>();
    window.workspace()->showPanel(documents);
    QVERIFY(documents->selectTemplate(u"deletion-request"_s));
    QStringList missing;
    for (int i = 0; i < documents->missingList()->count(); ++i)
        missing << documents->missingList()->item(i)->text();
    QVERIFY2(missing.contains(u"请求删除的个人信息种类"_s), qPrintable(missing.join(u", "_s)));
    QVERIFY(missing.contains(u"答复期限（日）"_s));
    QVERIFY(documents->fieldsButton()->isEnabled());

    // The consent withdrawn on the chronology, then chosen as ground (三) with ground (四).
    EventRecord withdrawal;
    withdrawal.caseId = caseId;
    withdrawal.date = u"2021-01-25"_s;
    withdrawal.text = u"原告通过App客服撤回对个性化推送的同意。"_s;
    const qint64 eventId = lib.library->events().addEvent(withdrawal).value();
    bool checked = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<DocumentFieldsDialog *>(modal);
        QVERIFY(dialog);
        typeText(
            qobject_cast<QPlainTextEdit *>(dialog->editor(u"categories"_s)), u"用户画像标签"_s);
        auto *grounds = dialog->editor(u"grounds"_s);
        for (const char *item : { "item3", "item4" })
            QTest::mouseClick(grounds->findChild<QCheckBox *>(QString::fromLatin1(item)),
                Qt::LeftButton, {}, QPoint(5, 5));
        qobject_cast<QSpinBox *>(dialog->editor(u"period"_s))->setValue(30);
        auto *event = qobject_cast<QComboBox *>(dialog->editor(u"withdrawal"_s));
        event->setCurrentIndex(event->findData(eventId));
        typeText(qobject_cast<QPlainTextEdit *>(dialog->editor(u"violation"_s)),
            u"贵方在请求人撤回同意后继续推送。"_s);
        checked = true;
        dialog->accept();
    });
    QTest::mouseClick(documents->fieldsButton(), Qt::LeftButton);
    QVERIFY(checked);
    const auto stored = fields.fields(caseId, u"deletion-request"_s).value();
    QCOMPARE(stored.value(u"grounds"_s), u"3,4"_s);
    QCOMPARE(stored.value(u"period"_s), u"30"_s);
    QCOMPARE(stored.value(u"withdrawal"_s), QString::number(eventId));
    QCOMPARE(documents->missingList()->count(), 0);

    // The 律师函's demands are edited in the same place.
    QVERIFY(documents->selectTemplate(u"lawyer-letter"_s));
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<DocumentFieldsDialog *>(modal);
        QVERIFY(dialog && dialog->demandEdit(4));
        dialog->demandEdit(4)->clear();
        typeText(dialog->demandEdit(4), u"以书面形式向委托人赔礼道歉"_s);
        dialog->accept();
    });
    QTest::mouseClick(documents->fieldsButton(), Qt::LeftButton);
    QCOMPARE(RequestStore(*lib.library).requests(caseId).value().at(3).demand,
        u"以书面形式向委托人赔礼道歉"_s);

    // A public apology: refused without its days, then added with its medium and days
    // (Civil Code 1000), its demand ready for the letter.
    QString refusal;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<DocumentFieldsDialog *>(modal);
        QVERIFY(dialog);
        dialog->apologyForm()->setCurrentIndex(
            dialog->apologyForm()->findData(int(ApologyForm::Public)));
        typeText(dialog->apologyMedium(), u"《法治日报》"_s);
        const Status noDays = dialog->addApology();
        refusal = noDays.ok() ? QString() : noDays.error().message;
        dialog->apologyDays()->setValue(7);
        QVERIFY(dialog->addApology().ok());
        if (qEnvironmentVariableIsSet("HABEAS_SHOT")) // to look at the dialog while editing it
            dialog->grab().save(qEnvironmentVariable("HABEAS_SHOT") + u"/fields.png"_s);
        QVERIFY(dialog->demandEdit(5));
        QCOMPARE(dialog->demandEdit(5)->text(),
            u"在《法治日报》连续7日刊登致歉声明，向委托人公开赔礼道歉"_s);
        dialog->accept();
    });
    QTest::mouseClick(documents->fieldsButton(), Qt::LeftButton);
    QVERIFY2(refusal.contains(u"number of days"_s), qPrintable(refusal));
    const CaseRequest added = RequestStore(*lib.library).requests(caseId).value().last();
    QCOMPARE(added.apology, ApologyForm::Public);
    QCOMPARE(added.apologyDays, 7);
}

QTEST_MAIN(TstLetterDialogs)
#include "tst_letterdialogs.moc"
