// The register commands end to end: import (CSV and XLSX), stats, find, clear, and bad input
// that exits 2 with one line and leaves the library byte for byte as it was.
#include "clilibrary.h"
#include "clirunner.h"
#include "testsupport.h"
#include "validation/identitycodes.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringEncoder>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

namespace {

QString idNumber(const QString &first17)
{
    return first17 + residentIdCheckCharacter(first17);
}

const QString kA = idNumber(u"11010120100601001"_s); // 11 on 2021-06-01
const QString kB = idNumber(u"44030119800602002"_s);

QByteArray registerCsv()
{
    return u"序号,姓名,公民身份号码,联系电话,信息类别\r\n"
           u"1,甲,%1,13800138000,行踪轨迹\r\n"
           u"2,乙,%2,13900139000,财产信息\r\n"
           u"3,甲,%1,,通信记录\r\n"
           u"4,丙,1.10105E+17,,行踪轨迹\r\n"_s.arg(kA, kB)
               .toUtf8();
}

QByteArray xlsx(const QByteArray &sheet)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QuaZip zip(&buffer);
    zip.open(QuaZip::mdCreate);
    const QList<std::pair<QString, QByteArray>> parts {
        { u"xl/workbook.xml"_s,
            "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
            "relationships\"><sheets><sheet name=\"List\" r:id=\"rId1\"/></sheets></workbook>" },
        { u"xl/_rels/workbook.xml.rels"_s,
            "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
            "</Relationships>" },
        { u"xl/worksheets/sheet1.xml"_s, sheet },
    };
    for (const auto &[name, bytes] : parts) {
        QuaZipFile file(&zip);
        file.open(QIODevice::WriteOnly, QuaZipNewInfo(name));
        file.write(bytes);
        file.close();
    }
    zip.close();
    return buffer.data();
}

} // namespace

class TstCliRegister final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void importStatsFindClear();
    void importsXlsxWithMapping();
    void badInputChangesNothing_data();
    void badInputChangesNothing();

private:
    Run cli(const QStringList &args)
    {
        return runCli(QStringList { u"--library"_s, m_lib } + args);
    }
    QString newCase();
    QString file(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_lib;
};

void TstCliRegister::init()
{
    m_lib = newLibrary(m_dir,
        u"lib-"_s + QString::fromLatin1(QTest::currentTestFunction()) + u'-'
            + QString::fromLatin1(QTest::currentDataTag()));
}

QString TstCliRegister::newCase()
{
    const Run r = cli({ u"--json"_s, u"case"_s, u"new"_s, u"--title"_s, u"公益诉讼案"_s });
    return QString::number(r.json().object().value(u"id"_s).toInteger());
}

QString TstCliRegister::file(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TstCliRegister::importStatsFindClear()
{
    const QString c = newCase();
    const QString csv = file(u"list.csv"_s, registerCsv());
    Run r = cli({ u"--json"_s, u"register"_s, u"import"_s, c, csv, u"--as-of"_s, u"2021-06-01"_s });
    QCOMPARE(r.exitCode, 0);
    QJsonObject o = r.json().object();
    QCOMPARE(o.value(u"rows"_s).toInt(), 3);
    QCOMPARE(o.value(u"unreadableRows"_s).toInt(), 1);
    QCOMPARE(o.value(u"unreadable"_s).toArray().at(0).toObject().value(u"line"_s).toInt(), 5);
    QCOMPARE(o.value(u"columns"_s).toObject().value(u"id-number"_s).toString(), u"公民身份号码"_s);
    r = cli({ u"--json"_s, u"register"_s, u"stats"_s, c });
    QCOMPARE(r.exitCode, 0);
    o = r.json().object();
    QCOMPARE(o.value(u"rows"_s).toInt(), 3);
    QCOMPARE(o.value(u"invalidIdNumbers"_s).toInt(), 0);
    QCOMPARE(o.value(u"duplicates"_s).toInt(), 1);
    QCOMPARE(o.value(u"records"_s).toInt(), 2);
    QCOMPARE(o.value(u"minors"_s).toInt(), 1);
    QCOMPARE(o.value(u"under14"_s).toInt(), 1);
    QCOMPARE(o.value(u"asOf"_s).toString(), u"2021-06-01"_s);
    QCOMPARE(o.value(u"byCategory"_s).toObject(),
        QJsonObject({ { u"行踪轨迹"_s, 1 }, { u"财产信息"_s, 1 } }));
    QCOMPARE(o.value(u"byProvince"_s).toObject(), QJsonObject({ { u"11"_s, 1 }, { u"44"_s, 1 } }));
    r = cli({ u"register"_s, u"stats"_s, c });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QString::fromUtf8(r.out).contains(u"行踪轨迹 1"_s));
    QVERIFY(QString::fromUtf8(r.out).contains(u"北京市 11 1, 广东省 44 1"_s)); // by name and code

    r = cli({ u"--json"_s, u"register"_s, u"find"_s, c, u"--id-number"_s, kA });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().object().value(u"found"_s).toBool(), true);
    QCOMPARE(r.json().object().value(u"rows"_s).toArray().size(), 2);
    r = cli({ u"--json"_s, u"register"_s, u"find"_s, c, u"--phone"_s, u"139-0013-9000"_s });
    QCOMPARE(
        r.json().object().value(u"rows"_s).toArray().at(0).toObject().value(u"line"_s).toInt(), 3);
    r = cli({ u"register"_s, u"find"_s, c, u"--phone"_s, u"13700137000"_s });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QString::fromUtf8(r.out).contains(u"Not in the register"_s));

    r = cli({ u"register"_s, u"clear"_s, c });
    QCOMPARE(r.exitCode, 0);
    r = cli({ u"register"_s, u"stats"_s, c });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"no register"_s));
    r = cli({ u"--json"_s, u"audit"_s, u"list"_s, c });
    const QJsonArray audit = r.json().array();
    QCOMPARE(
        audit.at(audit.size() - 1).toObject().value(u"action"_s).toString(), u"register.clear"_s);
    QCOMPARE(
        audit.at(audit.size() - 2).toObject().value(u"action"_s).toString(), u"register.import"_s);
}

void TstCliRegister::importsXlsxWithMapping()
{
    const QString c = newCase();
    const QByteArray sheet =
        u"<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>人员</t></is></c>"
        u"<c t=\"inlineStr\"><is><t>号码</t></is></c></row><row r=\"2\"><c t=\"inlineStr\"><is>"
        u"<t>甲</t></is></c><c t=\"inlineStr\"><is><t>%1</t></is></c></row></sheetData>"
        u"</worksheet>"_s.arg(kB)
            .toUtf8();
    const QString path = file(u"list.xlsx"_s, xlsx(sheet));
    const Run r = cli({ u"--json"_s, u"register"_s, u"import"_s, c, path, u"--as-of"_s,
        u"2021-06-01"_s, u"--column"_s, u"id-number=号码"_s, u"--sheet"_s, u"List"_s });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().object().value(u"records"_s).toInt(), 1);
    QCOMPARE(r.json().object().value(u"byProvince"_s).toObject().value(u"44"_s).toInt(), 1);
}

void TstCliRegister::badInputChangesNothing_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("registered"); // into the case that has a register already
    QTest::addColumn<QString>("message");
    const QStringList asOf { u"--as-of"_s, u"2021-06-01"_s };
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("not an xlsx") << u"a.xlsx"_s << QByteArray("PK\x03\x04 nothing else", 18) << asOf
                                 << false << u"not an XLSX"_s;
    QTest::newRow("utf-16") << u"b.csv"_s << QByteArray(utf16.encode(u"身份证号\n1\n"_s)) << asOf
                            << false << u"UTF-16"_s;
    QTest::newRow("no id column") << u"c.csv"_s << QByteArray("name,phone\na,13800138000\n") << asOf
                                  << false << u"--column id-number"_s;
    QTest::newRow("bad role") << u"d.csv"_s << registerCsv()
                              << (asOf + QStringList { u"--column"_s, u"age=年龄"_s }) << false
                              << u"--column must be"_s;
    QTest::newRow("header not there")
        << u"e.csv"_s << registerCsv() << (asOf + QStringList { u"--column"_s, u"phone=电话号"_s })
        << false << u"电话号"_s;
    QTest::newRow("bad date") << u"f.csv"_s << registerCsv()
                              << QStringList { u"--as-of"_s, u"2021-13-01"_s } << false
                              << u"--as-of must be"_s;
    QTest::newRow("no as-of, no chronology")
        << u"g.csv"_s << registerCsv() << QStringList() << false << u"--as-of"_s;
    QTest::newRow("header not text") << u"k.csv"_s << QByteArray("\xEF\xBB\xBF\xC3\x28,id\n1,2\n")
                                     << asOf << false << u"header row"_s;
    QTest::newRow("nothing readable") << u"h.csv"_s << QByteArray("身份证号\n1.10105E+17\n") << asOf
                                      << false << u"could be read"_s;
    QTest::newRow("no such sheet")
        << u"i.xlsx"_s << xlsx("<worksheet/>") << (asOf + QStringList { u"--sheet"_s, u"名单"_s })
        << false << u"no sheet"_s;
    QTest::newRow("already has one")
        << u"j.csv"_s << registerCsv() << asOf << true << u"register clear"_s;
}

void TstCliRegister::badInputChangesNothing()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, options);
    QFETCH(bool, registered);
    QFETCH(QString, message);
    const QString fresh = newCase();
    const QString withRegister = newCase();
    QCOMPARE(cli({ u"register"_s, u"import"_s, withRegister, file(u"first.csv"_s, registerCsv()),
                     u"--as-of"_s, u"2021-06-01"_s })
                 .exitCode,
        0);
    const QString path = file(fileName, bytes);
    const auto before = libraryState(m_lib);
    const Run r =
        cli(QStringList { u"register"_s, u"import"_s, registered ? withRegister : fresh, path }
            + options);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(u'\n'), 0);
    QCOMPARE(libraryState(m_lib), before);
    // find and stats with bad arguments: exit 2 as well.
    QCOMPARE(cli({ u"register"_s, u"find"_s, withRegister }).exitCode, 2);
    QCOMPARE(
        cli({ u"register"_s, u"find"_s, withRegister, u"--id-number"_s, u"123"_s }).exitCode, 2);
    QCOMPARE(cli({ u"register"_s, u"stats"_s, fresh }).exitCode, 2);
    QCOMPARE(libraryState(m_lib), before);
}

QTEST_GUILESS_MAIN(TstCliRegister)
#include "tst_cliregister.moc"
