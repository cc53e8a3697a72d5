#include "core/clock.h"
#include "docxwriter.h"
#include "faildevice.h"
#include "pdfcomposer.h"
#include "pdfwriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace habeas;
using habeas::test::FailDevice;
using namespace Qt::StringLiterals;

namespace {

// pdffonts names each font "ABCDEF+FamilyStyle" with the spaces dropped; true when one of them
// is a family the font database says writes Simplified Chinese.
bool embedsAChineseFont(const QString &pdffonts)
{
    QStringList chinese;
    for (QString family : QFontDatabase::families(QFontDatabase::SimplifiedChinese))
        chinese << family.remove(u' ');
    for (const QString &row : pdffonts.split(u'\n', Qt::SkipEmptyParts).mid(2)) {
        QString name = row.section(u' ', 0, 0, QString::SectionSkipEmpty);
        name = name.mid(name.indexOf(u'+') + 1);
        for (const QString &family : std::as_const(chinese))
            if (!family.isEmpty() && name.startsWith(family, Qt::CaseInsensitive))
                return true;
    }
    return false;
}

const QString statute = u"《中华人民共和国个人信息保护法》第十六条"_s;
const QString amount = u"人民币贰仟玖佰元整"_s;
const QString tableHeader = u"序号证据名称证明目的"_s;

doc::Paragraph para(doc::Style style, QList<doc::Run> runs, doc::Align align = doc::Align::Justify)
{
    doc::Paragraph p;
    p.style = style;
    p.align = align;
    p.runs = std::move(runs);
    return p;
}

doc::Run bold(const QString &text)
{
    doc::Run run { text };
    run.bold = true;
    return run;
}

// A complaint with everything the writers must handle, the table long enough to need a page
// and a half.
doc::Document complaint()
{
    using namespace doc;
    Document d;
    d.title = u"民事起诉状"_s;
    d.watermark = u"草稿"_s;
    d.blocks << para(Style::Title, { Run { u"民事起诉状"_s } });
    d.blocks << para(
        Style::Plain, { Run { u"原告：罗某，男，1990年1月1日出生，汉族，住北京市海淀区。"_s } });
    Paragraph gap = para(Style::Plain, { Run { u"被告：某科技有限公司，统一社会信用代码："_s } });
    Run missing { u"【待补充】"_s };
    missing.gap = true;
    gap.runs << missing;
    d.blocks << gap;
    Paragraph claims = para(Style::Plain, { bold(u"诉讼请求："_s) });
    claims.spaceBefore = 1;
    d.blocks << claims;
    List list;
    list.items << QList<Run> { Run { u"判令被告向原告提供其个人信息的副本；"_s } }
               << QList<Run> { Run { u"判令被告删除其非法收集的原告个人信息；"_s } }
               << QList<Run> { Run { u"判令被告赔偿原告维权合理开支"_s + amount + u"；"_s } }
               << QList<Run> { Run { u"本案诉讼费用由被告负担。"_s } };
    d.blocks << list;
    d.blocks << para(Style::Plain, { bold(u"事实和理由："_s) });
    d.blocks << para(Style::Heading1, { Run { u"一、被告强制收集原告的个人信息"_s } });
    d.blocks << para(Style::Heading2, { Run { u"（一）首次登录即要求填写画像信息"_s } });
    d.blocks << para(Style::Body,
        { Run { u"被告运营的英语学习应用在首次登录时要求用户填写职业、学段、学习目标和英语水平，"
                "不提供跳过或者拒绝的选项。依据"_s },
            bold(statute),
            Run { u"，个人信息处理者不得以个人不同意处理其个人信息或者撤回同意为由，"
                  "拒绝提供产品或者服务；处理个人信息属于提供产品或者服务所必需的除外。"
                  "被告的做法显然不属于上述例外情形。"_s } });
    d.blocks << PageBreak {};
    d.blocks << para(Style::Title, { Run { u"证据目录"_s } });
    Table table;
    table.columnWidths = { 1, 3, 5 };
    table.rows << QList<Cell> { Cell { { Run { u"序号"_s } }, Align::Center },
        Cell { { Run { u"证据名称"_s } }, Align::Center },
        Cell { { Run { u"证明目的"_s } }, Align::Center } };
    for (int i = 1; i <= 36; ++i)
        table.rows << QList<Cell> { Cell { { Run { QString::number(i) } }, Align::Center },
            Cell { { Run { u"首次登录页面截图第%1张"_s.arg(i) } } },
            Cell {
                { Run { u"证明被告在用户首次登录时强制收集画像信息，不提供拒绝选项（第%1项）"_s.arg(
                    i) } } } };
    d.blocks << table;
    Paragraph salute = para(Style::Plain, { Run { u"此致"_s } });
    salute.keepWithNext = true;
    salute.spaceBefore = 1;
    d.blocks << salute;
    Paragraph court = para(Style::Plain, { Run { u"北京互联网法院"_s } });
    court.keepWithNext = true;
    d.blocks << court;
    d.blocks << para(Style::Plain, { Run { u"具状人：罗某"_s } }, Align::Right);
    return d;
}

bool haveTool(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

QByteArray run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120'000) || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}

// What a reader compares: compatibility forms folded (full-width punctuation), no whitespace.
QString normalised(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC);
    folded.remove(QRegularExpression(u"\\s+"_s));
    return folded;
}

QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args { u"-raw"_s, u"-enc"_s, u"UTF-8"_s };
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    return QString::fromUtf8(run(u"pdftotext"_s, args << pdf << u"-"_s));
}

int pdfPages(const QString &pdf)
{
    const QString info = QString::fromUtf8(run(u"pdfinfo"_s, { pdf }));
    const auto match =
        QRegularExpression(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QImage exhibitImage(const QColor &color, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QPainter painter(&image);
    painter.setPen(QPen(Qt::black, 8));
    painter.drawRect(image.rect().adjusted(20, 20, -20, -20));
    painter.drawLine(image.rect().topLeft(), image.rect().bottomRight());
    return image;
}

} // namespace

class TestDocWriters : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Clock::setSource(
            [] { return QDateTime(QDate(2026, 3, 1), QTime(9, 30), QTimeZone(8 * 3600)); });
        QVERIFY(m_dir.isValid());
    }

    void plainTextAndLabels()
    {
        QCOMPARE(doc::listLabel(doc::List::Numbering::Arabic, 3), u"3. "_s);
        QCOMPARE(doc::listLabel(doc::List::Numbering::ChineseComma, 12), u"十二、"_s);
        QCOMPARE(doc::listLabel(doc::List::Numbering::ChineseParen, 2), u"（二）"_s);
        const QString text = complaint().plainText();
        QVERIFY(text.contains(u"3. 判令被告赔偿原告维权合理开支"_s + amount));
        QVERIFY(text.contains(statute));
        QVERIFY(text.contains(u"序号\t证据名称\t证明目的\n1\t"_s));
    }

    void docxPackage();
    void docxOpensInLibreOffice();
    void pdfTextFontsAndPages();
    void closingStaysWithSignature();
    void failingDeviceIsReported();
    void saveToBadPathLeavesNothing();
    void composerNumbersAndStamps();

private:
    QString writeDocxFile(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const Status saved = saveDocx(complaint(), path);
        if (!saved.ok())
            qWarning("%s", qPrintable(saved.error().message));
        return saved.ok() ? path : QString();
    }

    QTemporaryDir m_dir;
};

void TestDocWriters::docxPackage()
{
    if (!haveTool(u"unzip"_s))
        QSKIP("unzip is not installed");
    const QString path = writeDocxFile(u"complaint.docx"_s);
    QVERIFY(!path.isEmpty());

    const QStringList entries =
        QString::fromUtf8(run(u"unzip"_s, { u"-Z1"_s, path })).split(u'\n', Qt::SkipEmptyParts);
    const QSet<QString> expected { u"[Content_Types].xml"_s, u"_rels/.rels"_s,
        u"docProps/core.xml"_s, u"docProps/app.xml"_s, u"word/document.xml"_s, u"word/styles.xml"_s,
        u"word/settings.xml"_s, u"word/_rels/document.xml.rels"_s, u"word/footer1.xml"_s,
        u"word/header1.xml"_s };
    QCOMPARE(QSet<QString>(entries.cbegin(), entries.cend()), expected);

    QMap<QString, QString> parts;
    for (const QString &entry : entries) {
        // unzip treats [ as a wildcard in member names.
        QString pattern = entry;
        pattern.replace(u'[', u"[[]"_s);
        parts[entry] = QString::fromUtf8(run(u"unzip"_s, { u"-p"_s, path, pattern }));
        QXmlStreamReader xml(parts[entry]);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(entry + u": "_s + xml.errorString()));
    }

    // Every part but the content types and relationships has its override.
    QSet<QString> overrides;
    for (QXmlStreamReader xml(parts[u"[Content_Types].xml"_s]); !xml.atEnd();)
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Override"_s)
            overrides << xml.attributes().value(u"PartName"_s).toString().mid(1);
    for (const QString &entry : entries)
        if (!entry.endsWith(u".rels"_s) && entry != u"[Content_Types].xml"_s)
            QVERIFY2(overrides.contains(entry), qPrintable(entry));

    // Relationships point at parts that exist, and the document's r:ids are declared.
    const auto targets = [&](const QString &rels, const QString &base) {
        QMap<QString, QString> byId;
        for (QXmlStreamReader xml(parts[rels]); !xml.atEnd();)
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship"_s)
                byId[xml.attributes().value(u"Id"_s).toString()] =
                    base + xml.attributes().value(u"Target"_s).toString();
        return byId;
    };
    for (const QString &target : targets(u"_rels/.rels"_s, {}))
        QVERIFY2(entries.contains(target), qPrintable(target));
    const auto wordRels = targets(u"word/_rels/document.xml.rels"_s, u"word/"_s);
    for (const QString &target : wordRels)
        QVERIFY2(entries.contains(target), qPrintable(target));
    int references = 0;
    for (QXmlStreamReader xml(parts[u"word/document.xml"_s]); !xml.atEnd();) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView id = xml.attributes().value(u"r:id"_s);
        if (!id.isEmpty()) {
            ++references;
            QVERIFY2(wordRels.contains(id.toString()), qPrintable(id.toString()));
        }
    }
    QCOMPARE(references, 2); // header and footer

    // Chinese faces in the East Asian slot.
    QSet<QString> eastAsia;
    for (QXmlStreamReader xml(parts[u"word/styles.xml"_s]); !xml.atEnd();)
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"rFonts"_s)
            eastAsia << xml.attributes().value(u"w:eastAsia"_s).toString();
    for (const QString &face : { u"仿宋"_s, u"黑体"_s, u"楷体"_s, u"方正小标宋简体"_s })
        QVERIFY2(eastAsia.contains(face), qPrintable(face));

    const QString &body = parts[u"word/document.xml"_s];
    QVERIFY(body.contains(u"<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"_s));
    QVERIFY(body.contains(u"w:top=\"2098\""_s)); // 37 mm
    QVERIFY(body.contains(u"<w:tblHeader/>"_s));
    // Ruled tables: every edge and every cell boundary, in the table style and on the table.
    const QString insideRule =
        u"<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"_s;
    QVERIFY(body.contains(u"<w:tblBorders>"_s) && body.contains(insideRule));
    QVERIFY(parts[u"word/styles.xml"_s].contains(insideRule));
    QVERIFY(body.contains(u"<w:pageBreakBefore/>"_s));
    QVERIFY(body.contains(u"<w:keepNext/>"_s));
    QVERIFY(body.contains(
        u"<w:rPr><w:highlight w:val=\"yellow\"/></w:rPr><w:t xml:space=\"preserve\">【待补充】"_s));
    QVERIFY(body.contains(statute));
    QVERIFY(parts[u"word/footer1.xml"_s].contains(u" PAGE "_s));
    QVERIFY(parts[u"word/header1.xml"_s].contains(u"string=\"草稿\""_s));
    QVERIFY(parts[u"docProps/core.xml"_s].contains(u"<dc:title>民事起诉状</dc:title>"_s));
}

void TestDocWriters::docxOpensInLibreOffice()
{
    if (!haveTool(u"soffice"_s))
        QSKIP("LibreOffice (soffice) is not installed");
    const QString path = writeDocxFile(u"lo.docx"_s);
    QVERIFY(!path.isEmpty());
    QTemporaryDir profile;
    const QString outDir = m_dir.filePath(u"lo-out"_s);
    QProcess soffice;
    soffice.start(u"soffice"_s,
        { u"--headless"_s,
            u"-env:UserInstallation="_s + QUrl::fromLocalFile(profile.path()).toString(),
            u"--convert-to"_s, u"txt:Text (encoded):UTF8"_s, u"--outdir"_s, outDir, path });
    QVERIFY(soffice.waitForFinished(180'000));
    QFile text(QDir(outDir).filePath(u"lo.txt"_s));
    QVERIFY2(text.open(QIODevice::ReadOnly), soffice.readAllStandardError().constData());
    const QString converted = normalised(QString::fromUtf8(text.readAll()));
    QVERIFY(converted.contains(normalised(statute)));
    QVERIFY(converted.contains(amount));
    QVERIFY(converted.contains(normalised(u"3. 判令被告赔偿原告维权合理开支"_s)));
    QVERIFY(converted.contains(u"证明被告在用户首次登录时强制收集画像信息"_s));
}

void TestDocWriters::pdfTextFontsAndPages()
{
    for (const QString &tool : { u"pdftotext"_s, u"pdffonts"_s, u"pdfinfo"_s })
        if (!haveTool(tool))
            QSKIP("poppler-utils is not installed");
    const doc::Document document = complaint();
    const QString path = m_dir.filePath(u"complaint.pdf"_s);
    const Result<int> pages = savePdf(document, path);
    QVERIFY2(pages.ok(), pages.ok() ? "" : qPrintable(pages.error().message));
    QCOMPARE(*pages, pdfPageCount(document));
    QCOMPARE(pdfPages(path), *pages);
    QVERIFY2(*pages >= 4, "the complaint, then a list whose table runs over a page");

    QString extracted = normalised(pdfText(path));
    QVERIFY2(
        extracted.contains(u"—1—"_s) && extracted.contains(u"—%1—"_s.arg(*pages)), "page numbers");
    extracted.remove(QRegularExpression(u"—\\d+—"_s));
    // The table's header row is printed again on every page it runs onto.
    const qsizetype firstHeader = extracted.indexOf(tableHeader);
    QVERIFY(firstHeader >= 0);
    QVERIFY2(extracted.count(tableHeader) >= 2, "header row repeated");
    const qsizetype afterFirst = firstHeader + tableHeader.size();
    extracted = extracted.left(afterFirst) + extracted.mid(afterFirst).remove(tableHeader);
    QCOMPARE(extracted, normalised(document.plainText()));

    const QString fonts = QString::fromUtf8(run(u"pdffonts"_s, { path }));
    // A font that writes Chinese is embedded, whichever this platform chose.
    QVERIFY2(embedsAChineseFont(fonts), qPrintable(fonts));
    const QStringList rows = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!rows.isEmpty());
    for (const QString &row : rows) {
        // name type encoding emb sub uni object ID: "emb" is the fourth column from the end.
        const QStringList columns = row.split(u' ', Qt::SkipEmptyParts);
        QVERIFY2(
            columns.size() >= 7 && columns.at(columns.size() - 5) == u"yes"_s, qPrintable(row));
    }
    QVERIFY(QString::fromUtf8(run(u"pdfinfo"_s, { path })).contains(u"民事起诉状"_s));
    // The page break puts the evidence list at the top of page 2.
    QVERIFY(normalised(pdfText(path, 2)).startsWith(u"证据目录"_s));
}

void TestDocWriters::closingStaysWithSignature()
{
    if (!haveTool(u"pdftotext"_s))
        QSKIP("poppler-utils is not installed");
    // 21 body lines leave room for one more on the first page (22 lines of 28.9 pt).
    const auto closing = [](bool keep) {
        doc::Document d;
        for (int i = 1; i <= 21; ++i)
            d.blocks << para(doc::Style::Plain, { doc::Run { u"第%1行"_s.arg(i) } });
        doc::Paragraph salute = para(doc::Style::Plain, { doc::Run { u"此致"_s } });
        salute.keepWithNext = keep;
        doc::Paragraph court = para(doc::Style::Plain, { doc::Run { u"北京互联网法院"_s } });
        court.keepWithNext = keep;
        d.blocks << salute << court
                 << para(doc::Style::Plain, { doc::Run { u"具状人：罗某"_s } }, doc::Align::Right);
        return d;
    };
    const QString loose = m_dir.filePath(u"loose.pdf"_s);
    QVERIFY(savePdf(closing(false), loose).ok());
    QVERIFY(normalised(pdfText(loose, 1)).contains(u"第21行此致"_s));

    const QString kept = m_dir.filePath(u"kept.pdf"_s);
    const Result<int> pages = savePdf(closing(true), kept);
    QVERIFY(pages.ok());
    QCOMPARE(*pages, 2);
    QVERIFY(!normalised(pdfText(kept, 1)).contains(u"此致"_s));
    QVERIFY(normalised(pdfText(kept, 2)).startsWith(u"此致北京互联网法院具状人:罗某"_s));
}

void TestDocWriters::failingDeviceIsReported()
{
    const doc::Document document = complaint();
    QBuffer fullDocx;
    fullDocx.open(QIODevice::WriteOnly);
    QVERIFY(writeDocx(document, &fullDocx).ok());
    QBuffer fullPdf;
    fullPdf.open(QIODevice::WriteOnly);
    QVERIFY(writePdf(document, &fullPdf).ok());
    // Failing at the start, early, and half way through.
    for (int part : { 0, 1, 2 }) {
        FailDevice docx(part * fullDocx.size() / 4);
        QVERIFY2(!writeDocx(document, &docx).ok(), qPrintable(QString::number(part)));
        const qint64 limit = part * fullPdf.size() / 4;
        FailDevice pdf(limit);
        const Result<int> written = writePdf(document, &pdf);
        QVERIFY2(!written.ok(), qPrintable(QString::number(limit)));
        QVERIFY(written.error().message.contains(u"No space left on device"_s));
    }
    // The same writers succeed with room to spare: the failures above are the device's.
    FailDevice roomy(100'000'000);
    QVERIFY(writeDocx(document, &roomy).ok());
    FailDevice roomyPdf(100'000'000);
    QVERIFY(writePdf(document, &roomyPdf).ok());
    QVERIFY(roomyPdf.data().startsWith("%PDF-"));
    QVERIFY(roomyPdf.data().trimmed().endsWith("%%EOF"));

    // The composer reports the device too, and refuses to go on once it failed.
    FailDevice bundle(20'000);
    PdfComposer pdf(&bundle);
    QImage noise(800, 800, QImage::Format_RGB32);
    for (int y = 0; y < noise.height(); ++y)
        for (int x = 0; x < noise.width(); ++x)
            noise.setPixel(x, y, qRgb((x * 7919 + y * 104729) % 251, (x * y) % 253, (x + y) % 241));
    const bool firstFailed = !pdf.appendImage(noise, u"证据1"_s).ok();
    const bool secondFailed = !pdf.appendImage(noise, u"证据2"_s).ok();
    const Status finished = pdf.finish();
    QVERIFY(!finished.ok());
    QVERIFY(finished.error().message.contains(u"No space left on device"_s));
    QVERIFY2(!firstFailed || secondFailed, "a failure sticks");
}

void TestDocWriters::saveToBadPathLeavesNothing()
{
    const doc::Document document = complaint();
    const QString missing = m_dir.filePath(u"no/such/dir/complaint"_s);
    QVERIFY(!saveDocx(document, missing + u".docx"_s).ok());
    QVERIFY(!savePdf(document, missing + u".pdf"_s).ok());
    QVERIFY(!QFile::exists(missing + u".docx"_s));
    QVERIFY(!QFile::exists(missing + u".pdf"_s));

    // A file where a folder should be: not writable even for root.
    const QString blocker = m_dir.filePath(u"blocker"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Status docx = saveDocx(document, blocker + u"/complaint.docx"_s);
    QVERIFY(!docx.ok());
    QVERIFY(docx.error().message.contains(u"complaint.docx"_s));
    QVERIFY(!savePdf(document, blocker + u"/complaint.pdf"_s).ok());
    QCOMPARE(QFileInfo(blocker).size(), 0);
}

void TestDocWriters::composerNumbersAndStamps()
{
    for (const QString &tool : { u"pdftotext"_s, u"pdfinfo"_s })
        if (!haveTool(tool))
            QSKIP("poppler-utils is not installed");
    doc::Document list;
    list.title = u"证据目录"_s;
    list.blocks << para(doc::Style::Title, { doc::Run { u"证据目录"_s } });
    list.blocks << para(doc::Style::Body, { doc::Run { statute } });
    const int listPages = pdfPageCount(list);
    QCOMPARE(listPages, 1);

    const QString path = m_dir.filePath(u"bundle.pdf"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    {
        PdfComposer pdf(&out);
        pdf.setTitle(u"证据材料"_s);
        const Result<int> added = pdf.appendDocument(list);
        QVERIFY(added.ok());
        QCOMPARE(*added, listPages);
        QVERIFY(pdf.appendImage(exhibitImage(Qt::cyan, { 600, 1300 }), u"证据1-1"_s).ok());
        QVERIFY(pdf.appendImage(exhibitImage(Qt::yellow, { 1400, 700 }), u"证据1-2"_s).ok());
        QVERIFY(
            pdf.appendPage({ 842, 595 }, exhibitImage(Qt::white, { 842, 595 }), u"证据2"_s).ok());
        QVERIFY(!pdf.appendImage(QImage()).ok());
        QCOMPARE(pdf.pageCount(), 4);
        QVERIFY(pdf.finish().ok());
        QVERIFY(!pdf.appendImage(exhibitImage(Qt::red, { 10, 10 })).ok());
    }
    out.close();
    QCOMPARE(pdfPages(path), 4);

    const QString first = normalised(pdfText(path, 1));
    QVERIFY(first.contains(normalised(statute)));
    QVERIFY(first.contains(u"—1—"_s));
    const QString third = normalised(pdfText(path, 3));
    QVERIFY2(third.contains(u"证据1-2"_s) && third.contains(u"—3—"_s), qPrintable(third));
    QVERIFY(!third.contains(u"证据1-1"_s));
    const QString fourth = normalised(pdfText(path, 4));
    QVERIFY(fourth.contains(u"证据2"_s) && fourth.contains(u"—4—"_s));
    // The exhibit page keeps the size it was given (landscape A4 in points).
    const QString info =
        QString::fromUtf8(run(u"pdfinfo"_s, { u"-f"_s, u"4"_s, u"-l"_s, u"4"_s, path }));
    QVERIFY2(
        info.contains(QRegularExpression(u"Page\\s+4 size:\\s+842 x 595 pts"_s)), qPrintable(info));
}

QTEST_MAIN(TestDocWriters)
#include "tst_docwriters.moc"
