// The register of affected persons: the CSV and XLSX readers, the figures, the hashes.
#include "../testsupport.h"
#include "cases/casestore.h"
#include "cases/eventstore.h"
#include "register/registerstore.h"
#include "register/tablereader.h"
#include "storage/auditlog.h"
#include "storage/sqldialect.h"
#include "storage/storagebackend.h"
#include "validation/identitycodes.h"

#include <QBuffer>
#include <QDirIterator>
#include <QSqlQuery>
#include <QStringEncoder>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::registerfile;

namespace {

QString idNumber(const QString &first17)
{
    return first17 + residentIdCheckCharacter(first17);
}

struct Read {
    Status status = {};
    QList<TableRow> rows;
};

Read readBytes(const QByteArray &bytes, const QString &sheet = {}, const ReadLimits &limits = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    Read r;
    r.status = readTable(
        buffer, sheet, [&r](const TableRow &row) { return r.rows.append(row), true; }, limits);
    return r;
}

// An XLSX with the given parts (name → XML), written with QuaZip.
QByteArray zipOf(const QList<std::pair<QString, QByteArray>> &parts)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QuaZip zip(&buffer);
    zip.open(QuaZip::mdCreate);
    for (const auto &[name, bytes] : parts) {
        QuaZipFile file(&zip);
        file.open(QIODevice::WriteOnly, QuaZipNewInfo(name));
        file.write(bytes);
        file.close();
    }
    zip.close();
    return buffer.data();
}

QByteArray workbook(const QByteArray &sheet1, const QByteArray &sheet2 = {})
{
    const QByteArray book =
        "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
        "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/"
        "2006/relationships\"><sheets><sheet name=\"说明\" sheetId=\"1\" r:id=\"rId1\"/>"
        "<sheet name=\"名单\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>";
    const QByteArray rels =
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
        "2006/relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"rId2\" Target=\"/xl/worksheets/sheet2.xml\"/></Relationships>";
    const QByteArray shared = u"<?xml version=\"1.0\"?><sst><si><t>姓名</t></si><si><t>身份证号"
                              u"</t></si><si><r><t>行踪</t></r><r><t>轨迹</t></r><rPh><t>xx</t>"
                              u"</rPh></si></sst>"_s.toUtf8();
    return zipOf({ { u"xl/workbook.xml"_s, book }, { u"xl/_rels/workbook.xml.rels"_s, rels },
        { u"xl/sharedStrings.xml"_s, shared }, { u"xl/worksheets/sheet1.xml"_s, sheet1 },
        { u"xl/worksheets/sheet2.xml"_s, sheet2.isEmpty() ? sheet1 : sheet2 } });
}

} // namespace

class TstRegister : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::pinClock(); }
    void csvEncodings_data();
    void csvEncodings();
    void csvStructure();
    void csvRefusesUtf16AndBinary();
    void csvRowInAnotherEncoding();
    void xlsxStreamedBySheetName();
    void xlsxNotOne();
    void xlsxBomb();
    void mapsUsualHeaders();
    void statsExactOnHandMadeFile();
    void agesOnTheAsOfDate();
    void noRawIdentifiersStored();
    void findsByIdNumberAndPhone();
    void cancelLeavesNothing();
    void reimportRefusedThenClear();
    void nothingReadableIsAnError();
    void asOfFromChronology();
    void theKeyIsKeptWhereTheBackendKeepsIt();
    void aFolderKeepsACasesOwnKeyBesideItsOwn();

private:
    // What the library holds, as an attacker with a copy would read it: every file under the
    // folder, or every row of every table of a server library as text.
    QList<std::pair<QString, QByteArray>> everythingStored(test::TempLibrary &lib);
    QString writeFile(const QByteArray &bytes, const QString &name = u"list.csv"_s);
    qint64 newCase(Library &lib);
    QTemporaryDir m_files;
};

QString TstRegister::writeFile(const QByteArray &bytes, const QString &name)
{
    const QString path = m_files.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

qint64 TstRegister::newCase(Library &lib)
{
    CaseRecord c;
    c.title = u"某公司侵害公民个人信息公益诉讼案"_s;
    return lib.cases().createCase(c).value();
}

void TstRegister::csvEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString text = u"姓名,身份证号\r\n张三,110101199001011234\r\n"_s;
    QTest::newRow("utf-8") << text.toUtf8();
    QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    QStringEncoder gb("GB18030");
    QTest::newRow("gb18030") << QByteArray(gb.encode(text));
}

void TstRegister::csvEncodings()
{
    QFETCH(QByteArray, bytes);
    const Read r = readBytes(bytes);
    QVERIFY(r.status.ok());
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows[0].cells, QStringList({ u"姓名"_s, u"身份证号"_s }));
    QCOMPARE(r.rows[1].cells, QStringList({ u"张三"_s, u"110101199001011234"_s }));
}

void TstRegister::csvStructure()
{
    const QByteArray bytes = u"a,b,c\n\n\"x, y\",\"line one\nline two\",\"say \"\"hi\"\"\"\r\n"
                             u"short\r\n\r\nlast,row,here,extra"_s.toUtf8();
    const Read r = readBytes(bytes);
    QVERIFY(r.status.ok());
    QCOMPARE(r.rows.size(), 4);
    QCOMPARE(r.rows[1].line, 3);
    QCOMPARE(r.rows[1].cells, QStringList({ u"x, y"_s, u"line one\nline two"_s, u"say \"hi\""_s }));
    QCOMPARE(r.rows[2].line, 5);
    QCOMPARE(r.rows[2].cells, QStringList({ u"short"_s }));
    QCOMPARE(r.rows[3].line, 7);
    QCOMPARE(r.rows[3].cells.size(), 4);
    // A quote never closed is a row that cannot be read, named by its line.
    const Read open = readBytes("a,b\n1,\"never closed\n2,3\n");
    QCOMPARE(open.rows.size(), 2);
    QCOMPARE(open.rows[1].line, 2);
    QVERIFY(!open.rows[1].problem.isEmpty());
    // A field of 200 KB (a quote opened and closed far away): one unreadable row, not kept whole.
    const Read huge = readBytes("a,b\n1,\"" + QByteArray(200'000, 'x') + "\"\n2,3\n");
    QCOMPARE(huge.rows.size(), 3);
    QVERIFY(huge.rows[1].problem.contains(u"too long"_s));
    QCOMPARE(huge.rows[2].cells, QStringList({ u"2"_s, u"3"_s }));
}

void TstRegister::csvRefusesUtf16AndBinary()
{
    const Read utf16 = readBytes(QByteArray("\xFF\xFE", 2) + QByteArray("a\0,\0b\0", 6));
    QVERIFY(!utf16.status.ok());
    QVERIFY(utf16.status.error().message.contains(u"UTF-16"_s));
    const Read binary = readBytes(QByteArray("ab\0\0\x01\x02", 6));
    QVERIFY(!binary.status.ok());
    QVERIFY(binary.status.error().message.contains(u"binary"_s));
}

void TstRegister::csvRowInAnotherEncoding()
{
    // Valid UTF-8 at the start (so the file is read as UTF-8), then a row saved as something
    // else: that row is listed as unreadable, the others are read.
    QByteArray bytes = "name,id\n" + QByteArray(2 << 20, 'a') + ",1\n";
    bytes += "\xC3\x28,2\nok,3\n";
    const Read r = readBytes(bytes);
    QVERIFY(r.status.ok());
    QCOMPARE(r.rows.size(), 4);
    QVERIFY(!r.rows[2].problem.isEmpty());
    QCOMPARE(r.rows[2].line, 3);
    QCOMPARE(r.rows[3].cells, QStringList({ u"ok"_s, u"3"_s }));
}

void TstRegister::xlsxStreamedBySheetName()
{
    const QByteArray first = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
                             "<t>readme</t></is></c></row></sheetData></worksheet>";
    const QByteArray list =
        "<worksheet><sheetData>"
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
        "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>张三</t></is></c>"
        "<c r=\"C3\" t=\"s\"><v>2</v></c><c r=\"B3\"><v>1.10105199001011E+17</v></c></row>"
        "</sheetData></worksheet>";
    const Read r = readBytes(workbook(first, list), u"名单"_s);
    QVERIFY2(r.status.ok(), qPrintable(r.status.ok() ? QString() : r.status.error().message));
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows[0].cells, QStringList({ u"姓名"_s, u"身份证号"_s }));
    QCOMPARE(r.rows[1].line, 3);
    QCOMPARE(r.rows[1].cells, QStringList({ u"张三"_s, u"1.10105199001011E+17"_s, u"行踪轨迹"_s }));
    const Read firstSheet = readBytes(workbook(first, list));
    QCOMPARE(firstSheet.rows.value(0).cells, QStringList({ u"readme"_s }));
    const Read missing = readBytes(workbook(first, list), u"Sheet9"_s);
    QVERIFY(!missing.status.ok());
    QVERIFY(missing.status.error().message.contains(u"名单"_s));
}

void TstRegister::xlsxNotOne()
{
    const Read notZip = readBytes(QByteArray("PK\x03\x04garbage that is no archive"));
    QVERIFY(!notZip.status.ok());
    QVERIFY(notZip.status.error().message.contains(u"not an XLSX"_s));
    const Read otherZip = readBytes(zipOf({ { u"word/document.xml"_s, "<w/>" } }));
    QVERIFY(!otherZip.status.ok());
    QVERIFY(otherZip.status.error().message.contains(u"not an XLSX"_s));
}

void TstRegister::xlsxBomb()
{
    // 40 MB of one character inflate from a few tens of KB: far beyond any real sheet's ratio.
    QByteArray sheet = "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>";
    sheet += QByteArray(40 << 20, 'x');
    sheet += "</t></is></c></row></sheetData></worksheet>";
    const Read r = readBytes(workbook(sheet));
    QVERIFY(!r.status.ok());
    QVERIFY(r.status.error().message.contains(u"bomb"_s));
    QVERIFY(r.rows.isEmpty());
    // And the absolute cap, whatever the ratio.
    ReadLimits tight;
    tight.maxInflatedBytes = 1000;
    tight.maxRatio = 1'000'000;
    const Read capped = readBytes(workbook(QByteArray(5000, ' ')), {}, tight);
    QVERIFY(!capped.status.ok());
}

void TstRegister::mapsUsualHeaders()
{
    auto m = mapColumns(
        { u"序号"_s, u" 公民身份号码 "_s, u"联系电话"_s, u"住址"_s, u"信息类型"_s, u"姓名"_s }, {});
    QVERIFY(m.ok());
    QCOMPARE(m->column(RegisterRole::IdNumber), 1);
    QCOMPARE(m->column(RegisterRole::Phone), 2);
    QCOMPARE(m->column(RegisterRole::Address), 3);
    QCOMPARE(m->column(RegisterRole::Category), 4);
    QCOMPARE(m->column(RegisterRole::Name), 5);
    m = mapColumns({ u"Name"_s, u"ID Number"_s, u"Mobile"_s }, {});
    QVERIFY(m.ok());
    QCOMPARE(m->column(RegisterRole::IdNumber), 1);
    QCOMPARE(m->column(RegisterRole::Phone), 2);
    m = mapColumns({ u"人员"_s, u"号码"_s }, { { RegisterRole::IdNumber, u"号码"_s } });
    QVERIFY(m.ok());
    QCOMPARE(m->column(RegisterRole::IdNumber), 1);
    QVERIFY(!mapColumns({ u"人员"_s, u"号码"_s }, {}).ok());
    const auto wrong = mapColumns({ u"人员"_s }, { { RegisterRole::Phone, u"电话号"_s } });
    QVERIFY(!wrong.ok());
    QVERIFY(wrong.error().message.contains(u"电话号"_s));
}

namespace {

// The hand-made register: every kind of row, and the figures it must give (as of 2021-06-01).
struct HandMade {
    QString a = idNumber(u"11010120100601001"_s); // 11 on the as-of date: birthday that day
    QString b = idNumber(u"44030120070602002"_s); // 13: turns 14 the day after
    QString c = idNumber(u"31010119900101003"_s);
    QString bad = u"11010119800101004"_s
        + QChar(idNumber(u"11010119800101004"_s).back() == u'1' ? u'2' : u'1');
    QString g = idNumber(u"51010120070601007"_s); // turns 14 on the as-of date
    QString h = idNumber(u"62010119500101008"_s);
    QByteArray csv() const
    {
        return (u"姓名,身份证号,手机号,地址,信息类别\n"
                u"甲,%1,13800138000,北京,行踪轨迹\n"
                u"乙,%2,+86 139-0013-9000,深圳,财产信息\n"
                u"丙,%3,abc,上海,行踪轨迹\n"
                u"甲,%1,,北京,通信记录\n"
                u"丁,%4,,北京,行踪轨迹\n"
                u"戊,1.10101E+17,,北京,行踪轨迹\n"
                u"\n"
                u"己,%5,,成都,行踪轨迹,多出来的\n"
                u"庚\n"
                u"辛,%5, ,成都,  健康生理 \n"
                u"壬,%6,,\"甘肃省\n兰州市\",通信记录\n"_s)
            .arg(a, b, c, bad, g, h)
            .toUtf8();
    }
};

} // namespace

void TstRegister::statsExactOnHandMadeFile()
{
    test::TempLibrary lib;
    const qint64 caseId = newCase(*lib.library);
    const HandMade file;
    RegisterStore store(*lib.library);
    RegisterImportOptions options;
    options.asOf = QDate(2021, 6, 1);
    const auto report = store.importFile(caseId, writeFile(file.csv()), options);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    const auto s = store.stats(caseId);
    QVERIFY(s.ok());
    QCOMPARE(s->rows, 7);
    QCOMPARE(s->invalidIdNumbers, 1);
    QCOMPARE(s->duplicates, 1);
    QCOMPARE(s->records, 5);
    QCOMPARE(s->minors, 3);
    QCOMPARE(s->under14, 2);
    QCOMPARE(s->invalidPhones, 1);
    QCOMPARE(s->unreadableRows, 3);
    QCOMPARE(s->asOf, QDate(2021, 6, 1));
    QCOMPARE(s->sourceName, u"list.csv"_s);
    const QMap<QString, qint64> categories { { u"行踪轨迹"_s, 2 }, { u"财产信息"_s, 1 },
        { u"健康生理"_s, 1 }, { u"通信记录"_s, 1 } };
    QCOMPARE(s->byCategory, categories);
    const QMap<QString, qint64> provinces { { u"11"_s, 1 }, { u"44"_s, 1 }, { u"31"_s, 1 },
        { u"51"_s, 1 }, { u"62"_s, 1 } };
    QCOMPARE(s->byProvince, provinces);
    const QMap<QString, qint64> bands { { u"0-13"_s, 2 }, { u"14-17"_s, 1 }, { u"18-59"_s, 1 },
        { u"60+"_s, 1 } };
    QCOMPARE(s->byAgeBand, bands);
    // The unreadable rows by line: Excel's scientific notation, extra fields, too few fields.
    QCOMPARE(report->unreadable.size(), 3);
    QCOMPARE(report->unreadable[0].line, 7);
    QVERIFY(report->unreadable[0].problem.contains(u"scientific notation"_s));
    QCOMPARE(report->unreadable[1].line, 9);
    QCOMPARE(report->unreadable[2].line, 10);
    // The import is in the audit log, with figures and no identifier.
    const auto audit = lib->audit().list(caseId);
    QVERIFY(audit.ok());
    QCOMPARE(audit->last().action, u"register.import"_s);
    QCOMPARE(audit->last().detail.value(u"records"_s).toInt(), 5);
}

void TstRegister::agesOnTheAsOfDate()
{
    QCOMPARE(ageOn(QDate(2010, 6, 1), QDate(2021, 6, 1)), 11);
    QCOMPARE(ageOn(QDate(2007, 6, 2), QDate(2021, 6, 1)), 13);
    QCOMPARE(ageOn(QDate(2007, 6, 1), QDate(2021, 6, 1)), 14);
    QCOMPARE(ageOn(QDate(2004, 2, 29), QDate(2022, 2, 28)), 17);
    QCOMPARE(ageOn(QDate(2004, 2, 29), QDate(2022, 3, 1)), 18);
}

void TstRegister::noRawIdentifiersStored()
{
    test::TempLibrary lib;
    const qint64 caseId = newCase(*lib.library);
    const HandMade file;
    RegisterImportOptions options;
    options.asOf = QDate(2021, 6, 1);
    QVERIFY(RegisterStore(*lib.library).importFile(caseId, writeFile(file.csv()), options).ok());
    QList<QByteArray> secrets;
    for (const QString &s : { file.a, file.b, file.c, file.bad, file.g, file.h, u"13800138000"_s,
             u"13900139000"_s, u"139-0013-9000"_s }) {
        secrets << s.toUtf8();
        secrets << QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
    }
    secrets << u"甘肃省"_s.toUtf8() << u"兰州市"_s.toUtf8(); // the address
    const auto stored = everythingStored(lib);
    for (const auto &[where, bytes] : stored)
        for (const QByteArray &secret : secrets)
            QVERIFY2(!bytes.contains(secret),
                qPrintable(where + u" holds "_s + QString::fromLatin1(secret.toHex())));
    // library.sqlite and its write-ahead log or key at least; on a server every table
    QVERIFY(stored.size() >= (lib->isServer() ? 30 : 2));
}

QList<std::pair<QString, QByteArray>> TstRegister::everythingStored(test::TempLibrary &lib)
{
    QList<std::pair<QString, QByteArray>> stored;
    if (lib->isServer()) {
        const auto tables = sqlTables(lib->database());
        for (const QString &table : tables.value()) {
            QSqlQuery q(lib->database());
            if (!q.exec(u"SELECT t::text FROM %1 t"_s.arg(table)))
                qFatal("cannot read %s", qPrintable(table));
            QByteArray rows;
            while (q.next())
                rows += q.value(0).toString().toUtf8() + '\n';
            stored.append({ table, rows });
        }
        return stored;
    }
    QDirIterator it(lib.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(it.filePath()));
        stored.append({ it.filePath(), f.readAll() });
    }
    return stored;
}

void TstRegister::findsByIdNumberAndPhone()
{
    test::TempLibrary lib;
    const qint64 caseId = newCase(*lib.library);
    const HandMade file;
    RegisterStore store(*lib.library);
    RegisterImportOptions options;
    options.asOf = QDate(2021, 6, 1);
    QVERIFY(store.importFile(caseId, writeFile(file.csv()), options).ok());
    const auto a = store.findIdNumber(caseId, file.a.toLower());
    QVERIFY(a.ok());
    QCOMPARE(a->size(), 2);
    QCOMPARE(a->at(0).line, 2);
    QCOMPARE(a->at(0).category, u"行踪轨迹"_s);
    QCOMPARE(a->at(0).age, 11);
    QCOMPARE(a->at(1).line, 5);
    const auto phone = store.findPhone(caseId, u"139 0013 9000"_s);
    QVERIFY(phone.ok());
    QCOMPARE(phone->size(), 1);
    QCOMPARE(phone->at(0).line, 3);
    const auto absent = store.findIdNumber(caseId, idNumber(u"11010119900101999"_s));
    QVERIFY(absent.ok());
    QVERIFY(absent->isEmpty());
    QVERIFY(!store.findIdNumber(caseId, file.bad).ok()); // not a valid ID number: an input error
    QCOMPARE(store.findPhone(newCase(*lib.library), u"13800138000"_s).error().kind,
        Error::Kind::NotFound);
}

void TstRegister::cancelLeavesNothing()
{
    test::TempLibrary lib;
    const qint64 caseId = newCase(*lib.library);
    QByteArray csv = "身份证号,类别\n";
    for (int i = 0; i < 30000; ++i)
        csv += idNumber(u"110101"_s + QDate(1980, 1, 1).addDays(i % 10000).toString(u"yyyyMMdd"_s)
                   + u"%1"_s.arg(i / 10000, 3, 10, QChar(u'0')))
                   .toLatin1()
            + ",行踪轨迹\n";
    const QString path = writeFile(csv, u"big.csv"_s);
    const auto auditBefore = lib->audit().list(0)->size();
    std::atomic<bool> cancel { false };
    RegisterImportOptions options;
    options.asOf = QDate(2021, 6, 1);
    options.cancel = &cancel;
    int calls = 0;
    options.progress = [&](qint64 done, qint64 total, qint64 rows) {
        QVERIFY(done <= total && rows > 0);
        if (++calls == 2)
            cancel = true;
    };
    RegisterStore store(*lib.library);
    const auto report = store.importFile(caseId, path, options);
    QVERIFY(!report.ok());
    QVERIFY(report.error().message.contains(u"cancelled"_s));
    QCOMPARE(store.hasRegister(caseId).value(), false);
    QVERIFY(store.stats(caseId)->isEmpty());
    QCOMPARE(lib->audit().list(0)->size(), auditBefore);
    QSqlQuery q(lib->database());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM register_keys"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(lib->backend().registerKey(caseId).error().kind, Error::Kind::NotFound);
    QVERIFY(!QFile::exists(QDir(lib.path()).filePath(RegisterKey::kFileName)));
    // Without the cancel it goes through.
    cancel = false;
    options.progress = {};
    QVERIFY(store.importFile(caseId, path, options).ok());
    QCOMPARE(store.stats(caseId)->records, 30000);
}

void TstRegister::reimportRefusedThenClear()
{
    test::TempLibrary lib;
    const qint64 caseId = newCase(*lib.library);
    const QString path = writeFile(HandMade().csv());
    RegisterStore store(*lib.library);
    RegisterImportOptions options;
    options.asOf = QDate(2021, 6, 1);
    QVERIFY(store.importFile(caseId, path, options).ok());
    const auto again = store.importFile(caseId, path, options);
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(u"register clear"_s));
    QCOMPARE(store.stats(caseId)->rows, 7);
    options.replace = true;
    QVERIFY(store.importFile(caseId, path, options).ok());
    QCOMPARE(store.stats(caseId)->rows, 7);
    QCOMPARE(store.findIdNumber(caseId, HandMade().a)->size(), 2);
    QVERIFY(store.clear(caseId).ok());
    QCOMPARE(store.hasRegister(caseId).value(), false);
    QCOMPARE(lib->audit().list(caseId)->last().action, u"register.clear"_s);
    QCOMPARE(store.clear(caseId).error().kind, Error::Kind::NotFound);
    QVERIFY(lib->audit().verify().ok);
}

void TstRegister::nothingReadableIsAnError()
{
    test::TempLibrary lib;
    const qint64 caseId = newCase(*lib.library);
    RegisterStore store(*lib.library);
    RegisterImportOptions options;
    options.asOf = QDate(2021, 6, 1);
    const auto r = store.importFile(
        caseId, writeFile("ID number,name\n1.10105E+17,a\n1.10105E+17,b\n"), options);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(u"line 2"_s));
    QCOMPARE(store.hasRegister(caseId).value(), false);
    const auto noId = store.importFile(caseId, writeFile("name,phone\na,13800138000\n"), options);
    QVERIFY(!noId.ok());
    QVERIFY(noId.error().message.contains(u"--column id-number"_s));
}

void TstRegister::asOfFromChronology()
{
    test::TempLibrary lib;
    const qint64 caseId = newCase(*lib.library);
    RegisterStore store(*lib.library);
    const QString path = writeFile(HandMade().csv());
    const auto none = store.importFile(caseId, path, {});
    QVERIFY(!none.ok());
    QVERIFY(none.error().message.contains(u"--as-of"_s));
    for (const QString &date : { u"2021-09-01"_s, u"2021-06-01"_s }) {
        EventRecord e;
        e.caseId = caseId;
        e.date = date;
        e.text = u"被告人出售公民个人信息"_s;
        QVERIFY(lib->events().addEvent(e).ok());
    }
    QVERIFY(store.importFile(caseId, path, {}).ok());
    QCOMPARE(store.stats(caseId)->asOf, QDate(2021, 6, 1));
    QCOMPARE(store.stats(caseId)->under14, 2);
}

// A folder library: one key for all its cases in register.key, none in the database. A server
// library: a key per case in register_case_keys, no file anywhere; whoever opens the library
// again (another machine) finds with it.
void TstRegister::theKeyIsKeptWhereTheBackendKeepsIt()
{
    test::TempLibrary lib;
    const qint64 first = newCase(*lib.library);
    const qint64 second = newCase(*lib.library);
    RegisterStore store(*lib.library);
    RegisterImportOptions options;
    options.asOf = QDate(2021, 6, 1);
    const QString path = writeFile(HandMade().csv());
    QVERIFY(store.importFile(first, path, options).ok());
    QVERIFY(store.importFile(second, path, options).ok());
    const auto a = lib->backend().registerKey(first);
    const auto b = lib->backend().registerKey(second);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->size(), 32);
    QSqlQuery rows(lib->database());
    QVERIFY(rows.exec(u"SELECT count(*) FROM register_case_keys"_s) && rows.next());
    const bool keyFile = QFile::exists(QDir(lib.path()).filePath(RegisterKey::kFileName));
    if (lib->isServer()) {
        QVERIFY(a.value() != b.value());
        QCOMPARE(rows.value(0).toInt(), 2);
        QVERIFY(!keyFile);
    } else {
        QCOMPARE(a.value(), b.value());
        QCOMPARE(rows.value(0).toInt(), 0);
        QVERIFY(keyFile);
    }
    // Replacing a register keeps its case's key.
    options.replace = true;
    QVERIFY(store.importFile(first, path, options).ok());
    QCOMPARE(lib->backend().registerKey(first).value(), a.value());
    // The same library opened anew finds the people of both cases.
    auto again = Library::open(lib->location(), Library::OpenMode::AnotherConnection);
    QVERIFY(again.ok());
    RegisterStore other(*again.value());
    QCOMPARE(other.findIdNumber(first, HandMade().a)->size(), 2);
    QCOMPARE(other.findIdNumber(second, HandMade().a)->size(), 2);
    // A case without a register has no key, and a find there says there is none.
    const qint64 third = newCase(*lib.library);
    const auto none = lib->backend().registerKey(third);
    if (lib->isServer())
        QCOMPARE(none.error().kind, Error::Kind::NotFound);
    else
        QCOMPARE(none.value(), a.value());
    const auto notThere = RegisterStore(*lib.library).findIdNumber(third, HandMade().a);
    QCOMPARE(notThere.error().kind, Error::Kind::NotFound);
    QVERIFY2(notThere.error().message.contains(u"has no register of affected persons"_s),
        qPrintable(notThere.error().message));
}

// A folder whose case came with a key of its own (`library copy` from a server): the folder's
// key stays register.key and serves its other cases; the case's own goes to
// register-keys/CASE.key; nothing replaces the folder's key.
void TstRegister::aFolderKeepsACasesOwnKeyBesideItsOwn()
{
    test::TempLibrary lib;
    if (lib->isServer())
        QSKIP("A folder's key files; a server keeps a row per case (theKeyIsKeptWhere…).");
    StorageBackend &backend = lib->backend();
    const QByteArray mine(32, 'a');
    const QByteArray theirs(32, 'b');
    QVERIFY(backend.storeRegisterKey(1, mine).ok());
    QVERIFY(backend.storeRegisterKey(2, mine).ok()); // the same: no file of its own
    QVERIFY(backend.storeRegisterKey(3, theirs).ok());
    const QDir folder(lib.path());
    QVERIFY(!QFile::exists(folder.filePath(u"register-keys/2.key"_s)));
    QVERIFY(QFile::exists(folder.filePath(u"register-keys/3.key"_s)));
    QCOMPARE(QFile(folder.filePath(u"register-keys/3.key"_s)).permissions()
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
        QFileDevice::Permissions());
    QCOMPARE(backend.registerKey(1).value(), mine);
    QCOMPARE(backend.registerKey(3).value(), theirs);
    QCOMPARE(backend.registerKey(4).value(), mine);
    const auto replaced = backend.storeRegisterKey(0, theirs);
    QVERIFY(!replaced.ok());
    QVERIFY2(replaced.error().message.contains(u"already holds another key"_s),
        qPrintable(replaced.error().message));
    QCOMPARE(backend.registerKey(1).value(), mine);
    // A damaged key file is said, not taken for another key.
    QFile damaged(folder.filePath(u"register-keys/3.key"_s));
    QVERIFY(damaged.open(QIODevice::WriteOnly) && damaged.write("short") == 5);
    damaged.close();
    QVERIFY2(backend.registerKey(3).error().message.contains(u"damaged"_s),
        qPrintable(backend.registerKey(3).error().message));
}

QTEST_GUILESS_MAIN(TstRegister)
#include "tst_register.moc"
