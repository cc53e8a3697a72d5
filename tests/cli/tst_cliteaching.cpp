// bundle export --anonymise end to end: refused before every exhibit is reviewed, refused while
// an original's page shows a name outside the redactions (and names where), refused again when
// the regions change after the review; the teaching copy written at last imports into a third
// library, and neither the bundle's unpacked bytes nor any file of that library holds any
// identifier of the demo case; the renderings carry no metadata.

#include "clilibrary.h"
#include "clirunner.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFont>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace habeas::test;

namespace {

// Everything the demo case says about its people (model/demo): names, numbers, addresses.
const QStringList kIdentifiers { u"罗某"_s, u"王某"_s, u"张某"_s, u"北京某某教育科技有限公司"_s,
    u"北京某某咨询有限公司"_s, u"北京市某某律师事务所"_s, u"北京市某某公证处"_s,
    u"110105199003071239"_s, u"13800138000"_s, u"13900139000"_s, u"010-62345678"_s,
    u"91110108MA01XQ7B24"_s, u"北京市朝阳区某某路1号院2号楼301室"_s,
    u"北京市海淀区某某街10号5层501"_s, u"5094号"_s };

QByteArray utf16be(const QString &s)
{
    QByteArray out;
    for (const QChar c : s)
        out += char(c.unicode() >> 8), out += char(c.unicode() & 0xff);
    return out;
}

// Each place of a library holding an identifier (UTF-8 or UTF-16), as "place: identifier": a
// file of a folder library, a table or an original of a server library (clilibrary.h).
QStringList identifiersIn(const QString &library)
{
    QStringList found;
    const QMap<QString, QByteArray> contents = libraryContents(library);
    for (auto it = contents.cbegin(); it != contents.cend(); ++it) {
        for (const QString &id : kIdentifiers)
            if (it.value().contains(id.toUtf8()) || it.value().contains(utf16be(id)))
                found << it.key() + u": "_s + id;
    }
    return found;
}

// A one-page PDF with the plaintiff's name in its text layer near the top, and a line of its
// own lower down.
void writeNamedPdf(const QString &file)
{
    QPdfWriter writer(file);
    writer.setResolution(72);
    writer.setCreator(u"罗某的扫描仪"_s);
    QPainter painter(&writer);
    QFont font(u"Noto Sans CJK SC"_s);
    font.setPixelSize(24);
    painter.setFont(font);
    painter.drawText(QPointF(50, 80), u"申请人罗某的账户"_s);
    painter.drawText(QPointF(50, 500), u"教学样本文字"_s);
}

} // namespace

class TstCliTeaching : public QObject {
    Q_OBJECT

private slots:
    void teachingCopyHoldsNoPersonalData();

private:
    QTemporaryDir m_dir;
    QMap<QString, QString> m_libraries;
    // The library called `name` in this test: made on first use (clilibrary.h).
    QString library(const QString &name)
    {
        if (!m_libraries.contains(name))
            m_libraries.insert(name, newLibrary(m_dir, name));
        return m_libraries.value(name);
    }
    QStringList lib(const QString &name, const QStringList &args)
    {
        return QStringList { u"--library"_s, library(name) } + args;
    }
    Run exportCopy()
    {
        return runCli(lib(u"a"_s,
            { u"bundle"_s, u"export"_s, u"1"_s, u"--out"_s, m_dir.filePath(u"teach.habeas"_s),
                u"--anonymise"_s }));
    }
    void review(const QStringList &ids)
    {
        QStringList args { u"bundle"_s, u"review"_s, u"1"_s };
        for (const QString &id : ids)
            args << u"--exhibit"_s << id;
        const Run r = runCli(lib(u"a"_s, args));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
};

void TstCliTeaching::teachingCopyHoldsNoPersonalData()
{
    QVERIFY(runCli({ u"library"_s, u"demo"_s, library(u"a"_s) }).exitCode == 0);
    // Nothing reviewed yet: refused, each exhibit named, nothing written.
    Run r = exportCopy();
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(
        r.err.contains(u"not reviewed: 证据1-1, 证据1-2, 证据2-1, 证据3-1"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath(u"teach.habeas"_s)));

    // An exhibit whose page shows the plaintiff's name with no redaction over it.
    const QString named = m_dir.filePath(u"named.pdf"_s);
    writeNamedPdf(named);
    r = runCli(lib(u"a"_s, { u"evidence"_s, u"add"_s, u"1"_s, named, u"--no-ocr"_s }));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    review({ u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s });
    r = exportCopy();
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"E3 (证据1-3) page 1 shows 罗某 outside any redaction"_s),
        qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath(u"teach.habeas"_s)));

    // Redacted: the review no longer holds until it is given again.
    r = runCli(lib(u"a"_s,
        { u"evidence"_s, u"annotate"_s, u"5"_s, u"--rect"_s, u"0,0,1,0.2"_s, u"--kind"_s,
            u"redaction"_s }));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = exportCopy();
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(
        r.err.contains(u"证据1-3 (its redactions changed since its review)"_s), qPrintable(r.err));
    review({ u"5"_s });
    r = exportCopy();
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // The bundle's bytes, unpacked: no identifier anywhere, no original, no metadata.
    const QString unpacked = m_dir.filePath(u"unpacked"_s);
    QProcess unzip;
    unzip.start(u"unzip"_s, { u"-q"_s, m_dir.filePath(u"teach.habeas"_s), u"-d"_s, unpacked });
    QVERIFY(unzip.waitForFinished(60000) && unzip.exitCode() == 0);
    QCOMPARE(identifiersIn(unpacked), QStringList());
    QDirIterator blobs(unpacked + u"/blobs"_s, QDir::Files);
    int pdfs = 0, pngs = 0;
    while (blobs.hasNext()) {
        QFile f(blobs.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(sha256Of(named) != sha256Of(f.fileName()));
        if (bytes.startsWith("%PDF")) {
            ++pdfs;
            for (const char *key : { "/Producer", "/Creator", "/Title", "/CreationDate", "/Author",
                     "/Metadata", "xmpmeta", "/BaseFont" })
                QVERIFY2(!bytes.contains(key), key);
        } else {
            QVERIFY(bytes.startsWith("\x89PNG"));
            ++pngs;
            for (const char *chunk : { "tEXt", "zTXt", "iTXt", "eXIf", "tIME" })
                QVERIFY2(!bytes.contains(chunk), chunk);
        }
    }
    QCOMPARE(pdfs, 2);
    QCOMPARE(pngs, 3);
    QFile caseJson(unpacked + u"/case.json"_s);
    QVERIFY(caseJson.open(QIODevice::ReadOnly));
    const QByteArray json = caseJson.readAll();
    QVERIFY(json.contains(QString(u"原告甲"_s).toUtf8()));
    QVERIFY(json.contains("\"E3.pdf\""));
    QVERIFY(json.contains(QString(u"教学样本文字"_s).toUtf8())); // page text outside the box
    const QJsonObject tables = QJsonDocument::fromJson(json).object().value(u"tables"_s).toObject();
    QVERIFY(!tables.contains(u"audit_log"_s));
    QVERIFY(tables.value(u"documents"_s).toArray().isEmpty()); // no document register
    QCOMPARE(tables.value(u"evidence_items"_s).toArray().size(), 5);

    // It imports as a normal case into a third library that then holds no identifier at all.
    r = runCli(lib(u"c"_s, { u"bundle"_s, u"import"_s, m_dir.filePath(u"teach.habeas"_s) }));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runCli(lib(u"c"_s, { u"party"_s, u"list"_s, u"1"_s }));
    QVERIFY2(r.out.contains(QString(u"被告乙公司"_s).toUtf8()), r.out.constData());
    QCOMPARE(identifiersIn(library(u"c"_s)), QStringList());
    QVERIFY(identifiersIn(library(u"a"_s)).size() > 3); // the search does find them
    r = runCli(lib(u"c"_s, { u"library"_s, u"check"_s }));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

QTEST_MAIN(TstCliTeaching)
#include "tst_cliteaching.moc"
