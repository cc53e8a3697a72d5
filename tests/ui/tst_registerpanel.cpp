// The Register panel of a public-interest case, driven as a prosecutor would: import a CSV
// through the preview (mapping an unusual ID column by hand, the date of the conduct given),
// read the figures and the breakdowns, find people by ID number and phone, refuse to replace
// the register unless confirmed, cancel a long import (nothing stored), clear the register; a
// private case has no register.
#include "cases/casestore.h"
#include "damages/damagesstore.h"
#include "dialogs.h"
#include "register/registerstore.h"
#include "registerchart.h"
#include "registerimportdialog.h"
#include "registerpanel.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "undo/undomanager.h"
#include "validation/identitycodes.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

namespace {

QString idNumber(const QString &first17)
{
    return first17 + residentIdCheckCharacter(first17);
}

const QString kZhang = idNumber(u"11010120000101123"_s); // 21 on 2021-06-01, Beijing
const QString kLi = idNumber(u"31010120100505234"_s); // 11, Shanghai
const QString kWang = idNumber(u"44010120050303345"_s); // 16, Guangdong

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString cell(QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

// The table's rows as "label=count".
QStringList counts(QTableWidget *table)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out << cell(table, row, 0) + u'=' + cell(table, row, 1);
    return out;
}

QString figure(RegisterPanel &panel, const QString &label)
{
    QTableWidget *table = panel.figuresTable();
    for (int row = 0; row < table->rowCount(); ++row)
        if (cell(table, row, 0) == label)
            return cell(table, row, 1);
    return u"(no such figure)"_s;
}

} // namespace

class TstRegisterPanel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { pinClock(); }
    void importFindAndClear();
    void cancelLeavesNoRegister();
    void privateCaseHasNoRegister();

private:
    static qint64 makeCase(Library &lib, CaseKind kind);
    static void acceptPreview(bool mapIdColumn);
};

qint64 TstRegisterPanel::makeCase(Library &lib, CaseKind kind)
{
    CaseRecord c;
    c.title = u"某某检察院诉张某公益诉讼案"_s;
    c.kind = kind;
    return lib.cases().createCase(c).value();
}

// On the preview: map the "证件编号" column (the first) to the ID number when asked, count ages
// on 2021-06-01, and import.
void TstRegisterPanel::acceptPreview(bool mapIdColumn)
{
    whenModal([mapIdColumn](QWidget *modal) {
        auto *dialog = qobject_cast<RegisterImportDialog *>(modal);
        QVERIFY(dialog);
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        if (mapIdColumn) {
            QVERIFY(!ok->isEnabled()); // no column is known to hold the ID number
            QVERIFY(!dialog->messageLabel()->text().isEmpty());
            QComboBox *id = dialog->roleBox(RegisterRole::IdNumber);
            id->setFocus();
            QTest::keyClick(id, Qt::Key_Down);
            QCOMPARE(id->currentText(), u"证件编号"_s);
        }
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog->roleBox(RegisterRole::Phone)->currentText(), u"电话"_s);
        QCOMPARE(dialog->roleBox(RegisterRole::Category)->currentText(), u"类别"_s);
        QCOMPARE(dialog->rowsTable()->item(0, 1)->text(), u"张三"_s);
        dialog->asOfEdit()->setDate(QDate(2021, 6, 1));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
}

void TstRegisterPanel::importFindAndClear()
{
    TempLibrary lib;
    const qint64 caseId = makeCase(*lib.library, CaseKind::PublicInterest);
    UndoManager undo;
    RegisterPanel panel(*lib.library, undo);
    panel.setCase(caseId);
    panel.show();
    QVERIFY(panel.content()->isVisible());
    QCOMPARE(panel.figuresTable()->rowCount(), 0);
    QVERIFY(!panel.clearButton()->isEnabled());
    // A per-record item counted from the register's minors, typed as 9 before the import.
    DamagesRecord perMinor;
    perMinor.caseId = caseId;
    perMinor.head = DamagesHead::PerRecord;
    perMinor.records = 9;
    perMinor.perRecordFen = 100;
    perMinor.amountFen = 900;
    perMinor.recipient = Recipient::Treasury;
    perMinor.registerBasis = u"minors"_s;
    const auto itemId = lib.library->damages().addItem(perMinor);
    QVERIFY(itemId.ok());
    QSignalSpy damagesChanged(&lib.library->damages(), &DamagesStore::damagesChanged);

    const QByteArray csv = u"证件编号,姓名,电话,类别\n"
                           "%1,张三,13800138000,行踪轨迹\n"
                           "%2,李四,13900139000,财产信息\n"
                           "%3,王五,138-0013-80O0,行踪轨迹\n"
                           "%1,张三,13800138000,通信记录\n"
                           "110101200001011230,赵六,,行踪轨迹\n"
                           "%2,李四,13900139000,财产信息,多出的一栏\n"_s.arg(kZhang, kLi, kWang)
                               .toUtf8();
    const QString path = writeFile(lib.dir, u"名单.csv"_s, csv);
    Dialogs::setNextOpenFileName(path);
    acceptPreview(true);
    QTest::mouseClick(panel.importButton(), Qt::LeftButton);
    QTRY_COMPARE(panel.figuresTable()->rowCount(), 10);
    QVERIFY(!panel.importFuture().isRunning());

    QCOMPARE(figure(panel, u"Rows read"_s), u"5"_s);
    // The item follows the register: 2 minors (the worksheet shows it at once).
    QCOMPARE(lib.library->damages().item(itemId.value())->records, 2);
    QCOMPARE(lib.library->damages().item(itemId.value())->amountFen, 200);
    QCOMPARE(damagesChanged.size(), 1);
    QCOMPARE(figure(panel, u"Persons (distinct valid ID numbers)"_s), u"3"_s);
    QCOMPARE(figure(panel, u"Repeated persons"_s), u"1"_s);
    QCOMPARE(figure(panel, u"Invalid ID numbers"_s), u"1"_s);
    QCOMPARE(figure(panel, u"Minors (under 18)"_s), u"2"_s);
    QCOMPARE(figure(panel, u"Under 14"_s), u"1"_s);
    QCOMPARE(figure(panel, u"Invalid phone numbers"_s), u"1"_s);
    QCOMPARE(figure(panel, u"Unreadable rows"_s), u"1"_s);
    QCOMPARE(figure(panel, u"Ages counted on"_s), u"2021-06-01"_s);
    QCOMPARE(figure(panel, u"Source file"_s), u"名单.csv"_s);
    QCOMPARE(counts(panel.breakdownTable(0)), (QStringList { u"行踪轨迹=2"_s, u"财产信息=1"_s }));
    QCOMPARE(
        counts(panel.breakdownTable(1)), (QStringList { u"0-13=1"_s, u"14-17=1"_s, u"18-59=1"_s }));
    QCOMPARE(counts(panel.breakdownTable(2)),
        (QStringList { u"北京市 11=1"_s, u"上海市 31=1"_s, u"广东省 44=1"_s }));
    QCOMPARE(cell(panel.breakdownTable(0), 0, 2), QLocale().toString(66.7, 'f', 1) + u'%');
    QVERIFY(panel.unreadableText()->isVisible());
    QVERIFY(panel.unreadableText()->toPlainText().contains(u"line 7:"_s));
    QCOMPARE(panel.chart()->data().size(), 2); // by category
    panel.breakdownTabs()->setCurrentIndex(2);
    QCOMPARE(panel.chart()->data(),
        (QList<std::pair<QString, qint64>> {
            { u"北京市 11"_s, 1 }, { u"上海市 31"_s, 1 }, { u"广东省 44"_s, 1 } }));

    // Find by ID number (two lines), by phone, someone absent, a malformed ID number.
    panel.findEdit()->setFocus();
    typeText(panel.findEdit(), kZhang);
    QTest::mouseClick(panel.findButton(), Qt::LeftButton);
    QCOMPARE(panel.findResultLabel()->text(),
        u"In the register on 2 line(s): line 2, 行踪轨迹, aged 21; line 5, 通信记录, aged 21"_s);
    panel.findKindBox()->setCurrentIndex(1);
    panel.findEdit()->clear();
    typeText(panel.findEdit(), u"13900139000"_s);
    QTest::keyClick(panel.findEdit(), Qt::Key_Return);
    QCOMPARE(panel.findResultLabel()->text(),
        u"In the register on 1 line(s): line 3, 财产信息, aged 11"_s);
    panel.findKindBox()->setCurrentIndex(0);
    panel.findEdit()->clear();
    typeText(panel.findEdit(), idNumber(u"11010119800101999"_s));
    QTest::mouseClick(panel.findButton(), Qt::LeftButton);
    QCOMPARE(panel.findResultLabel()->text(), u"Not in the register."_s);
    panel.findEdit()->clear();
    typeText(panel.findEdit(), u"11010120000101123"_s);
    QTest::mouseClick(panel.findButton(), Qt::LeftButton);
    QCOMPARE(panel.findResultLabel()->text(), checkResidentId(u"11010120000101123"_s).message);
    QVERIFY(!panel.findResultLabel()->text().isEmpty());

    // A second import asks before replacing; declined, the register stays as it was.
    Dialogs::setNextOpenFileName(path);
    Dialogs::setNextAnswer(false);
    acceptPreview(true);
    QTest::mouseClick(panel.importButton(), Qt::LeftButton);
    QVERIFY(!panel.importFuture().isRunning());
    QCOMPARE(figure(panel, u"Rows read"_s), u"5"_s);

    Dialogs::setNextAnswer(true);
    QTest::mouseClick(panel.clearButton(), Qt::LeftButton);
    QCOMPARE(panel.figuresTable()->rowCount(), 0);
    QCOMPARE(panel.breakdownTable(0)->rowCount(), 0);
    QVERIFY(!RegisterStore(*lib.library).hasRegister(caseId).value());
}

void TstRegisterPanel::cancelLeavesNoRegister()
{
    TempLibrary lib;
    const qint64 caseId = makeCase(*lib.library, CaseKind::CriminalIncidentalPublicInterest);
    UndoManager undo;
    RegisterPanel panel(*lib.library, undo);
    panel.setCase(caseId);
    panel.show();
    QVERIFY(panel.content()->isVisible());
    QByteArray csv = "证件编号,姓名,电话,类别\n";
    for (int i = 0; i < 400000; ++i)
        csv += QStringLiteral("%1,张三,13800138000,行踪轨迹\n")
                   .arg(idNumber(u"110101%1"_s.arg(19000101 + i % 28 + 100 * (i / 28 % 12))
                       + u"%1"_s.arg(i % 1000, 3, 10, QChar(u'0'))))
                   .toUtf8();
    const QString path = writeFile(lib.dir, u"大名单.csv"_s, csv);
    Dialogs::setNextOpenFileName(path);
    acceptPreview(true);
    QTest::mouseClick(panel.importButton(), Qt::LeftButton);
    QVERIFY(panel.importFuture().isRunning());
    QVERIFY(panel.progressDialog());
    // Cancel at once, whether or not the dialog has had time to appear.
    auto *cancel = panel.progressDialog()->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QTRY_VERIFY(!panel.importFuture().isRunning());
    QTRY_VERIFY(!panel.progressDialog());
    QVERIFY(!RegisterStore(*lib.library).hasRegister(caseId).value());
    QCOMPARE(panel.figuresTable()->rowCount(), 0);
    QVERIFY(panel.importButton()->isEnabled());
}

void TstRegisterPanel::privateCaseHasNoRegister()
{
    TempLibrary lib;
    const qint64 caseId = makeCase(*lib.library, CaseKind::Private);
    UndoManager undo;
    RegisterPanel panel(*lib.library, undo);
    panel.setCase(caseId);
    panel.show();
    QVERIFY(!panel.content()->isVisible());
    QVERIFY(!panel.importButton()->isVisible());
    QVERIFY(panel.headingLabel()->text().contains(u"public-interest"_s));
}

QTEST_MAIN(TstRegisterPanel)
#include "tst_registerpanel.moc"
