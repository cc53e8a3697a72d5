// The Public interest panel and the damages of a procuratorate's case, driven as a prosecutor
// would: type the prosecutors, publish the announcement (its end computed, contact and phone
// required), record a criminal fine, undo and redo; the damages panel shows no court fee and the
// money per defendant and per payee; the case dialog takes the 文号.
#include "casedialog.h"
#include "cases/casestore.h"
#include "cases/publicintereststore.h"
#include "damages/damagesstore.h"
#include "damagesdialog.h"
#include "damagespanel.h"
#include "dialogs.h"
#include "publicinterestview.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "undo/undomanager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

class TstPublicInterestPanel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        pinClock(); // 2026-03-01
        Dialogs::setNextSaveFileName(std::nullopt);
    }
    void prosecutorEditsTheCaseAndUndoes();
    void caseDialogTakesTheDocumentNumber();
    void damagesDialogTakesThePayee();

private:
    qint64 makeCase(Library &lib);
};

qint64 TstPublicInterestPanel::makeCase(Library &lib)
{
    CaseRecord c;
    c.title = u"北京市海淀区人民检察院诉张某公益诉讼案"_s;
    c.kind = CaseKind::CriminalIncidentalPublicInterest;
    c.procuratorateNumber = u"京海检民公诉〔2026〕1号"_s;
    const qint64 id = lib.cases().createCase(c).value();
    for (const auto &[role, name] :
        { std::pair { PartyRole::PublicInterestPlaintiff, u"北京市海淀区人民检察院"_s },
            std::pair { PartyRole::Defendant, u"张某"_s },
            std::pair { PartyRole::Defendant, u"北京某某数据科技有限公司"_s } }) {
        PartyRecord p;
        p.caseId = id;
        p.role = role;
        p.type = role == PartyRole::Defendant && name == u"张某"_s ? PartyType::Person
                                                                   : PartyType::Organisation;
        p.name = name;
        lib.cases().addParty(p).value();
    }
    return id;
}

void TstPublicInterestPanel::prosecutorEditsTheCaseAndUndoes()
{
    TempLibrary lib;
    const qint64 caseId = makeCase(*lib.library);
    const QList<PartyRecord> parties = lib->cases().parties(caseId).value();
    const qint64 seller = parties.at(1).id;
    const qint64 buyer = parties.at(2).id;
    DamagesRecord gain;
    gain.caseId = caseId;
    gain.head = DamagesHead::IllegalGain;
    gain.amountFen = 8600000;
    gain.defendantIds = { seller };
    gain.recipient = Recipient::Treasury;
    QVERIFY(lib->damages().addItem(gain).ok());
    gain.amountFen = 12000000;
    gain.defendantIds = { seller, buyer };
    gain.recipient = Recipient::Fund;
    gain.recipientName = u"北京市个人信息保护公益基金"_s;
    QVERIFY(lib->damages().addItem(gain).ok());

    UndoManager undo;
    undo.setCurrentCase(caseId);
    PublicInterestPanel panel(*lib.library, undo);
    panel.setCase(caseId);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(!panel.saveButton()->isEnabled()); // nothing changed yet

    panel.prosecutorsEdit()->setFocus();
    typeText(panel.prosecutorsEdit(), u"王某 检察官"_s);
    QTest::mouseClick(panel.publishedBox(), Qt::LeftButton);
    panel.publishedEdit()->setDate(QDate(2026, 1, 5));
    typeText(panel.mediumEdit(), u"正义网"_s);
    typeText(panel.contactEdit(), u"王某"_s);
    // The period's end, counted as the deadline rule counts it: 30 days from 5 January.
    QVERIFY2(panel.endsLabel()->text().startsWith(u"2026-02-04"_s),
        qPrintable(panel.endsLabel()->text()));
    // The phone is required, and checked.
    QVERIFY(!panel.saveButton()->isEnabled());
    QVERIFY(panel.message().contains(u"phone"_s));
    typeText(panel.phoneEdit(), u"12"_s);
    QVERIFY(!panel.saveButton()->isEnabled());
    panel.phoneEdit()->clear();
    typeText(panel.phoneEdit(), u"010-82345678"_s);
    panel.outcomeBox()->setCurrentIndex(
        panel.outcomeBox()->findData(static_cast<int>(NoticeOutcome::None)));
    QVERIFY2(panel.saveButton()->isEnabled(), qPrintable(panel.message()));
    QTest::mouseClick(panel.saveButton(), Qt::LeftButton);

    auto record = PublicInterestStore(*lib.library).record(caseId).value();
    QCOMPARE(record.prosecutors, (QList<Prosecutor> { { u"王某"_s, u"检察官"_s } }));
    QVERIFY(record.notice);
    QCOMPARE(record.notice->medium, u"正义网"_s);
    QCOMPARE(record.notice->outcome, NoticeOutcome::None);

    // The criminal fine of 张某, shown beside his illegal gain.
    panel.fineDefendantBox()->setCurrentIndex(panel.fineDefendantBox()->findData(seller));
    typeText(panel.fineAmountEdit(), u"20000"_s);
    QTest::mouseClick(panel.fineButton(), Qt::LeftButton);
    QCOMPARE(
        PublicInterestStore(*lib.library).record(caseId)->fines.value(seller).fineFen, 2000000);
    const QString summary = panel.summaryLabel()->text();
    QVERIFY2(summary.contains(u"20,000.00"_s), qPrintable(summary));
    QVERIFY(summary.contains(u"北京市个人信息保护公益基金"_s));
    QVERIFY(summary.contains(u"86,000.00"_s));

    // Undo the fine, then the announcement; redo brings them back.
    QVERIFY(undo.undo().ok());
    QVERIFY(PublicInterestStore(*lib.library).record(caseId)->fines.isEmpty());
    QVERIFY(undo.undo().ok());
    record = PublicInterestStore(*lib.library).record(caseId).value();
    QVERIFY(!record.notice);
    QVERIFY(record.prosecutors.isEmpty());
    QVERIFY(!panel.publishedBox()->isChecked());
    QVERIFY(undo.redo().ok());
    QCOMPARE(PublicInterestStore(*lib.library).record(caseId)->notice->contact, u"王某"_s);
    QCOMPARE(panel.mediumEdit()->text(), u"正义网"_s);

    // The damages panel: no court fee for a procuratorate, the money per defendant and payee.
    DamagesPanel damages(*lib.library, undo);
    damages.setCase(caseId);
    damages.show();
    QVERIFY(damages.totalsText().contains(u"北京市个人信息保护公益基金"_s));
    const auto fee = damages.findChildren<QLabel *>();
    bool saysNone = false;
    for (const QLabel *l : fee)
        saysNone = saysNone || l->text() == u"None: a procuratorate pays no court fee."_s;
    QVERIFY(saysNone);
    if (qEnvironmentVariableIsSet("HABEAS_SHOT")) {
        panel.resize(900, 700);
        panel.grab().save(qEnvironmentVariable("HABEAS_SHOT"));
    }
}

void TstPublicInterestPanel::caseDialogTakesTheDocumentNumber()
{
    CaseRecord c;
    c.title = u"x"_s;
    CaseDialog dialog(c);
    dialog.show();
    QVERIFY(!dialog.procuratorateNumberEdit()->isEnabled()); // a private case has none
    dialog.kindBox()->setCurrentIndex(
        dialog.kindBox()->findData(static_cast<int>(CaseKind::CriminalIncidentalPublicInterest)));
    QVERIFY(dialog.procuratorateNumberEdit()->isEnabled());
    dialog.procuratorateNumberEdit()->setFocus();
    typeText(dialog.procuratorateNumberEdit(), u"京海检民公诉〔2026〕1号"_s);
    QCOMPARE(dialog.record().procuratorateNumber, u"京海检民公诉〔2026〕1号"_s);
    QCOMPARE(dialog.record().kind, CaseKind::CriminalIncidentalPublicInterest);
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    // Back to a private case: the number is refused.
    dialog.kindBox()->setCurrentIndex(
        dialog.kindBox()->findData(static_cast<int>(CaseKind::Private)));
    QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TstPublicInterestPanel::damagesDialogTakesThePayee()
{
    PartyRecord seller;
    seller.id = 7;
    seller.role = PartyRole::Defendant;
    seller.name = u"张某"_s;
    DamagesRecord r;
    r.head = DamagesHead::IllegalGain;
    DamagesDialog dialog(r, { seller }, { scenario::kClaimed });
    dialog.show();
    dialog.recipientBox()->setCurrentIndex(
        dialog.recipientBox()->findData(static_cast<int>(Recipient::Fund)));
    QCOMPARE(dialog.record().recipient, Recipient::Fund);
    QVERIFY(!dialog.isAcceptable()); // a fund needs its name (and the amount)
    dialog.recipientNameEdit()->setFocus();
    typeText(dialog.recipientNameEdit(), u"北京市个人信息保护公益基金"_s);
    QCOMPARE(dialog.record().recipientName, u"北京市个人信息保护公益基金"_s);
    // A per-record item counts from the register's category.
    r.head = DamagesHead::PerRecord;
    r.records = 3;
    r.perRecordFen = 100;
    r.registerBasis = u"category:行踪轨迹"_s;
    DamagesDialog perRecord(r, { seller }, { scenario::kClaimed });
    QCOMPARE(perRecord.registerBasisBox()->currentText(), u"category:行踪轨迹"_s);
    QCOMPARE(perRecord.record().registerBasis, u"category:行踪轨迹"_s);
    perRecord.registerBasisBox()->setCurrentIndex(0); // typed
    QCOMPARE(perRecord.record().registerBasis, QString());
    QVERIFY(!perRecord.recordsEdit()->isReadOnly());

    // With the case's register known, the count is the register's and cannot be typed over;
    // the register's own categories are offered.
    RegisterStats stats;
    stats.rows = 12;
    stats.records = 10;
    stats.minors = 4;
    stats.byCategory = { { u"行踪轨迹"_s, 7 }, { u"健康生理"_s, 3 } };
    perRecord.setRegisterStats(stats);
    QVERIFY(perRecord.registerBasisBox()->findData(u"category:健康生理"_s) >= 0);
    perRecord.registerBasisBox()->setCurrentIndex(
        perRecord.registerBasisBox()->findData(u"category:行踪轨迹"_s));
    QCOMPARE(perRecord.recordsEdit()->text(), u"7"_s);
    QVERIFY(perRecord.recordsEdit()->isReadOnly());
    QCOMPARE(perRecord.record().records, 7);
    perRecord.registerBasisBox()->setCurrentIndex(
        perRecord.registerBasisBox()->findData(u"under14"_s)); // the register counts none
    QVERIFY(!perRecord.recordsEdit()->isReadOnly());
    perRecord.registerBasisBox()->setCurrentIndex(0); // typed
    QVERIFY(!perRecord.recordsEdit()->isReadOnly());
}

QTEST_MAIN(TstPublicInterestPanel)
#include "tst_publicinterestpanel.moc"
