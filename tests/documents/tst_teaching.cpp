// The teaching copy's text side: pseudonyms (consistent, by role, organisations keep their
// kind), masking of ID numbers, credit codes, phones, e-mail and addresses, and every text of
// every table of the demo case rewritten; its rendering side: metadata scrubbed from PDFs and
// PNGs, and a name on an original's page found outside the redactions.

#include "bundle/casesnapshot.h"
#include "bundle/teachingreviews.h"
#include "demo/demolibrary.h"
#include "evidence/annotationstore.h"
#include "pseudonyms.h"
#include "teachingrender.h"
#include "teachingrows.h"
#include "testsupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::teaching;

class TstTeaching : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::pinClock(); }
    void pseudonymsAreConsistentAndByRole();
    void masksIdentifiersByPattern();
    void everyTextOfEveryTableIsRewritten();
    void scrubsPdfAndPngMetadata();
    void findsANameOutsideTheRedactions();
    void reviewsHoldUntilTheRegionsChange();
};

namespace {

QJsonObject tablesOfDemo(test::TempLibrary &lib, qint64 *caseId = nullptr)
{
    const auto id = addDemoCase(*lib.library);
    if (!id.ok())
        return {};
    if (caseId)
        *caseId = id.value();
    auto snapshot = bundle::CaseSnapshot::read(lib->database(), id.value());
    return snapshot.ok() ? snapshot.value().tableRows() : QJsonObject();
}

} // namespace

void TstTeaching::pseudonymsAreConsistentAndByRole()
{
    test::TempLibrary lib;
    const QJsonObject tables = tablesOfDemo(lib);
    QVERIFY(!tables.isEmpty());
    const Pseudonyms p = Pseudonyms::fromTables(tables);
    QCOMPARE(p.pseudonymOf(u"罗某"_s), u"原告甲"_s);
    QCOMPARE(p.pseudonymOf(u"北京某某教育科技有限公司"_s), u"被告乙公司"_s);
    QCOMPARE(p.pseudonymOf(u"王某"_s), u"委托诉讼代理人丙"_s);
    QVERIFY(p.pseudonymOf(u"张某"_s).startsWith(u"法定代表人"_s));
    QVERIFY(p.pseudonymOf(u"北京市某某公证处公证员张某"_s).startsWith(u"公证员"_s));
    QVERIFY(p.pseudonymOf(u"北京市某某律师事务所"_s).endsWith(u"律师事务所"_s));
    // The same person everywhere: the operator 罗某 is the plaintiff.
    QCOMPARE(p.apply(u"罗某起诉。罗某（原告）与北京某某教育科技有限公司"_s),
        u"原告甲起诉。原告甲（原告）与被告乙公司"_s);
    // The longer name first: the notary's whole entry, not the legal representative in it.
    QCOMPARE(p.apply(u"北京市某某公证处公证员张某；张某"_s),
        p.pseudonymOf(u"北京市某某公证处公证员张某"_s) + u"；"_s + p.pseudonymOf(u"张某"_s));
    QCOMPARE(p.leakIn(u"电话 010 6234 5678"_s), u"010-62345678"_s);
    QVERIFY(p.leakIn(p.apply(u"罗某 13800138000 北京市朝阳区某某路1号院2号楼301室"_s)).isEmpty());
    // A one-character name has a pseudonym for its row, but texts are not searched for it.
    Pseudonyms q;
    QCOMPARE(q.addName(u"罗"_s, u"原告"_s), u"原告甲"_s);
    QCOMPARE(q.pseudonymOf(u"罗"_s), u"原告甲"_s);
    QCOMPARE(q.apply(u"罗马"_s), u"罗马"_s);
}

void TstTeaching::masksIdentifiersByPattern()
{
    Pseudonyms p;
    p.addName(u"李某某"_s, u"证人"_s);
    QCOMPARE(p.apply(u"证人李某某，身份证号110105199003071239。"_s),
        u"证人证人甲，身份证号［身份证号码已隐去］。"_s);
    // Eighteen digits that fail the check character are not an ID number.
    QCOMPARE(p.apply(u"订单号110105199003071230"_s), u"订单号110105199003071230"_s);
    QCOMPARE(p.apply(u"信用代码91110108MA01XQ7B24"_s), u"信用代码［统一社会信用代码已隐去］"_s);
    QCOMPARE(p.apply(u"手机139 0013 9000，座机010-62345678"_s),
        u"手机［电话已隐去］，座机［电话已隐去］"_s);
    QCOMPARE(p.apply(u"邮箱 luo.mou@example.com 联系"_s), u"邮箱 ［电子邮箱已隐去］ 联系"_s);
    QCOMPARE(p.apply(u"住所地上海市浦东新区某某路88号3栋1201室，"_s), u"住所地［住址已隐去］，"_s);
    QCOMPARE(p.apply(u"住广东省深圳市南山区某某街道科技园路1号。"_s), u"住［住址已隐去］。"_s);
    QCOMPARE(p.apply(u"北京市海淀区人民法院（2021）京0108民初1234号"_s),
        u"北京市海淀区人民法院（2021）京0108民初1234号"_s);
    QCOMPARE(p.apply(u"2021年1月15日，证据1-2第3页"_s), u"2021年1月15日，证据1-2第3页"_s);
}

void TstTeaching::everyTextOfEveryTableIsRewritten()
{
    test::TempLibrary lib;
    QJsonObject tables = tablesOfDemo(lib);
    const Pseudonyms p = Pseudonyms::fromTables(tables);
    QVERIFY(tableLeaks(tables, p).contains(u"parties 1 name: 罗某"_s));
    // Write a name, an ID number and a phone into every text of every row (not into the
    // columns that hold dates, hashes and the schema's fixed vocabularies).
    const QString planted = u"罗某 110105199003071239 13800138000"_s;
    const QStringList fixed = u"sha256 bundle_id date from_date filed_on closed_on paid_on "
                              "birth_date media_type role type kind stage precision head theory "
                              "element status origin coefficients factors unit template format "
                              "path agency authority special_powers sex expense_kind parse_state "
                              "ocr_state apology_form field"_s.split(u' ');
    int plantedIn = 0;
    for (auto t = tables.begin(); t != tables.end(); ++t) {
        QJsonArray rows;
        for (const QJsonValue v : t.value().toArray()) {
            QJsonObject row = v.toObject();
            for (auto c = row.begin(); c != row.end(); ++c)
                if (c.value().isString() && !fixed.contains(c.key())
                    && !c.key().endsWith(u"_at"_s)) {
                    c.value() = QString(c.value().toString() + planted);
                    ++plantedIn;
                }
            rows.append(row);
        }
        t.value() = rows;
    }
    QVERIFY(plantedIn > 100);
    QHash<qint64, Rendering> renderings;
    for (const QJsonValue v : tables.value(u"evidence_items"_s).toArray())
        renderings.insert(v.toObject().value(u"id"_s).toInteger(),
            Rendering { {}, u"E1.png"_s, u"image/png"_s, QString(64, u'a'), 10, 1, {} });
    const QJsonObject out = anonymiseTables(tables, p, renderings, u"new-id"_s);
    QVERIFY2(tableLeaks(out, p).isEmpty(), qPrintable(tableLeaks(out, p).join(u'\n')));
    QVERIFY(out.value(u"documents"_s).toArray().isEmpty());
    QVERIFY(!out.value(u"events"_s).toArray().isEmpty());
    const QJsonObject theCase = out.value(u"cases"_s).toArray().first().toObject();
    QCOMPARE(theCase.value(u"case_number"_s).toString(), QString());
    QCOMPARE(theCase.value(u"bundle_id"_s).toString(), u"new-id"_s);
    QVERIFY(theCase.value(u"title"_s).toString().startsWith(u"原告甲诉被告乙公司"_s));
    for (const QJsonValue v : out.value(u"evidence_items"_s).toArray()) {
        QCOMPARE(v.toObject().value(u"original_name"_s).toString(), u"E1.png"_s);
        QVERIFY(v.toObject().value(u"title"_s).toString().contains(u"原告甲"_s));
    }
    for (const QJsonValue v : out.value(u"parties"_s).toArray()) {
        QCOMPARE(v.toObject().value(u"id_number"_s).toString(), QString());
        QCOMPARE(v.toObject().value(u"phone"_s).toString(), QString());
        QVERIFY(v.toObject().value(u"birth_date"_s).isNull());
    }
}

void TstTeaching::scrubsPdfAndPngMetadata()
{
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setTitle(u"罗某的病历"_s);
        writer.setCreator(u"Scanner 3000"_s);
        QPainter painter(&writer);
        painter.fillRect(QRect(0, 0, 100, 100), Qt::black);
    }
    QByteArray bytes = pdf.data();
    // Qt writes the Info strings as UTF-16BE.
    const auto utf16be = [](const QString &s) {
        QByteArray out;
        for (const QChar c : s)
            out += char(c.unicode() >> 8), out += char(c.unicode() & 0xff);
        return out;
    };
    QVERIFY(bytes.contains("/Producer") && bytes.contains(utf16be(u"Scanner 3000"_s)));
    const qsizetype size = bytes.size();
    QVERIFY(scrubPdfMetadata(bytes));
    QCOMPARE(bytes.size(), size);
    for (const char *key :
        { "/Producer", "/Creator", "/Title", "/CreationDate", "/Author", "xmpmeta", "/Metadata" })
        QVERIFY2(!bytes.contains(key), key);
    QVERIFY(!bytes.contains(utf16be(u"Scanner 3000"_s)));
    QVERIFY(!bytes.contains(utf16be(u"罗某"_s)));

    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setText(u"Author"_s, u"罗某"_s);
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&png, "PNG"));
    QByteArray pngBytes = png.data();
    QVERIFY(pngBytes.contains("tEXt") || pngBytes.contains("iTXt"));
    QVERIFY(scrubPngMetadata(pngBytes));
    QVERIFY(
        !pngBytes.contains("tEXt") && !pngBytes.contains("iTXt") && !pngBytes.contains("Author"));
    QImage back;
    QVERIFY(back.loadFromData(pngBytes, "PNG"));
    QCOMPARE(back.size(), QSize(8, 8));
    QByteArray notPng("GIF89a");
    QVERIFY(!scrubPngMetadata(notPng));
}

void TstTeaching::findsANameOutsideTheRedactions()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"named.pdf"_s);
    {
        QPdfWriter writer(file);
        writer.setResolution(72);
        QPainter painter(&writer);
        QFont font(u"Noto Sans CJK SC"_s);
        font.setPixelSize(24);
        painter.setFont(font);
        painter.drawText(QPointF(50, 80), u"申请人罗某的账户"_s);
    }
    Pseudonyms p;
    p.addName(u"罗某"_s, u"原告"_s);
    ExhibitPlan e;
    e.exhibit = u"证据4-1"_s;
    e.neutralName = u"E5"_s;
    e.blobPath = file;
    e.pages.insert(1, { u"申请人罗某的账户"_s, u"pdf"_s });
    QCOMPARE(uncoveredIdentifiers(e, p),
        QStringList { u"E5 (证据4-1) page 1 shows 罗某 outside any redaction"_s });
    e.boxes[0] = { QRectF(0.0, 0.3, 1.0, 0.1) }; // elsewhere on the page
    QCOMPARE(uncoveredIdentifiers(e, p).size(), 1);
    e.boxes[0] = { QRectF(0.0, 0.0, 1.0, 0.15) }; // over the line
    QCOMPARE(uncoveredIdentifiers(e, p), QStringList());
    // Text without positions (OCR): a page with no redaction at all cannot hide it.
    e.pages.insert(1, { u"申请人罗某的账户"_s, u"ocr"_s });
    e.boxes.clear();
    QCOMPARE(uncoveredIdentifiers(e, p).size(), 1);
}

void TstTeaching::reviewsHoldUntilTheRegionsChange()
{
    test::TempLibrary lib;
    qint64 caseId = 0;
    QVERIFY(!tablesOfDemo(lib, &caseId).isEmpty());
    auto reviews = bundle::teachingReviews(*lib.library, caseId);
    QVERIFY(reviews.ok());
    QCOMPARE(reviews.value().size(), 4);
    QVERIFY(!reviews.value().first().reviewed);
    QList<qint64> ids;
    for (const bundle::ExhibitReview &r : reviews.value())
        ids << r.evidenceId;
    QVERIFY(bundle::recordTeachingReviews(*lib.library, caseId, ids).ok());
    reviews = bundle::teachingReviews(*lib.library, caseId);
    for (const bundle::ExhibitReview &r : reviews.value())
        QVERIFY(r.reviewed);
    Annotation a;
    a.evidenceId = ids.first();
    a.kind = Annotation::Kind::Redaction;
    a.rect = QRectF(0.1, 0.1, 0.2, 0.2);
    QVERIFY(lib->annotations().add(a).ok());
    reviews = bundle::teachingReviews(*lib.library, caseId);
    QVERIFY(!reviews.value().first().reviewed);
    QVERIFY(reviews.value().first().changed);
    QVERIFY(reviews.value().last().reviewed);
    QVERIFY(!bundle::recordTeachingReviews(*lib.library, caseId + 1, ids).ok());
}

QTEST_MAIN(TstTeaching)
#include "tst_teaching.moc"
