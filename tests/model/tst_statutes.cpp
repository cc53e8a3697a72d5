#include "law/chinesenumerals.h"
#include "law/citation.h"
#include "law/statute.h"
#include "law/statutelibrary.h"
#include "law/statuteparser.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace habeas;

namespace {

QString readResource(const QString &fileName)
{
    QFile file(u":/statutes/"_s + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString chopTrailingBlank(QString s)
{
    while (!s.isEmpty() && (s.back().isSpace() || s.back() == QChar(0x200B)))
        s.chop(1);
    return s;
}

struct RawArticle {
    QString numeral;
    QString text;
};

// Deliberately not the parser's algorithm: a regex finds each "第X条 " line start and the article
// runs to the next one or to the next heading.
QList<RawArticle> extractArticles(const QString &raw)
{
    static const QRegularExpression start(
        uR"((?m)^第([零〇一二三四五六七八九十百千]+)条[ \x{3000}])"_s);
    QList<RawArticle> out;
    const qsizetype bodyStart = raw.indexOf(u"<!-- INFO END -->");
    QList<QRegularExpressionMatch> matches;
    for (auto it = start.globalMatch(raw, bodyStart); it.hasNext();)
        matches << it.next();
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const qsizetype from = matches[i].capturedStart();
        const qsizetype to = i + 1 < matches.size() ? matches[i + 1].capturedStart() : raw.size();
        QString chunk = raw.sliced(from, to - from);
        if (const qsizetype heading = chunk.indexOf(u"\n#"); heading >= 0)
            chunk.truncate(heading);
        out << RawArticle { matches[i].captured(1), chopTrailingBlank(chunk) };
    }
    return out;
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

} // namespace

class TstStatutes final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void numerals_data();
    void numerals();
    void numeralsRoundTrip();
    void numeralsRejectMalformed_data();
    void numeralsRejectMalformed();
    void numeralsAcceptVariants();

    void loadIsFast();
    void articleCounts_data();
    void articleCounts();
    void catalogue();
    void parseWarnings();
    void header();
    void pipl13();
    void pipl17();
    void pipl47();
    void chapterPaths();
    void itemsAreConsecutive();
    void roundTripAllArticles();

    void lookups();
    void nearestArticles();

    void parseCitation_data();
    void parseCitation();
    void parseCitationErrors_data();
    void parseCitationErrors();
    void missingArticleSuggestsNearest();
    void formatCitation_data();
    void formatCitation();
    void citationRoundTripAllArticles();

    void parserEdgeCases();
    void parserRejectsUnusableText();
    void libraryFromDirectory();

private:
    StatuteLibrary m_library;
};

void TstStatutes::initTestCase()
{
    QVERIFY2(m_library.load(), qPrintable(m_library.errorString()));
}

// --- numerals -----------------------------------------------------------------------------

void TstStatutes::numerals_data()
{
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << 0 << u"零"_s;
    QTest::newRow("1") << 1 << u"一"_s;
    QTest::newRow("10") << 10 << u"十"_s;
    QTest::newRow("16") << 16 << u"十六"_s;
    QTest::newRow("20") << 20 << u"二十"_s;
    QTest::newRow("100") << 100 << u"一百"_s;
    QTest::newRow("103") << 103 << u"一百零三"_s;
    QTest::newRow("110") << 110 << u"一百一十"_s;
    QTest::newRow("111") << 111 << u"一百一十一"_s;
    QTest::newRow("306") << 306 << u"三百零六"_s;
    QTest::newRow("1000") << 1000 << u"一千"_s;
    QTest::newRow("1001") << 1001 << u"一千零一"_s;
    QTest::newRow("1010") << 1010 << u"一千零一十"_s;
    QTest::newRow("1034") << 1034 << u"一千零三十四"_s;
    QTest::newRow("1100") << 1100 << u"一千一百"_s;
    QTest::newRow("1182") << 1182 << u"一千一百八十二"_s;
    QTest::newRow("10000") << 10000 << u"一万"_s;
    QTest::newRow("10010") << 10010 << u"一万零一十"_s;
    QTest::newRow("100010") << 100010 << u"十万零一十"_s;
    QTest::newRow("123456") << 123456 << u"十二万三千四百五十六"_s;
}

void TstStatutes::numerals()
{
    QFETCH(int, value);
    QFETCH(QString, text);
    QCOMPARE(toChineseNumeral(value), text);
    QCOMPARE(fromChineseNumeral(text), std::optional<int>(value));
}

void TstStatutes::numeralsRoundTrip()
{
    for (int i = 0; i <= 30000; ++i) {
        const QString text = toChineseNumeral(i);
        if (fromChineseNumeral(text) != std::optional<int>(i))
            QFAIL(qPrintable(u"%1 -> %2 does not round-trip"_s.arg(i).arg(text)));
    }
    QCOMPARE(toChineseNumeral(-1), QString());
    QCOMPARE(toChineseNumeral(maxChineseNumeral + 1), QString());
}

void TstStatutes::numeralsRejectMalformed_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &s :
        { u""_s, u"一二"_s, u"百"_s, u"千一"_s, u"一千三"_s, u"一万三"_s, u"十十"_s, u"一百零"_s,
            u"零零"_s, u"万"_s, u"一百千"_s, u"16"_s, u"第十"_s, u"一千一千"_s })
        QTest::newRow(qPrintable(s.isEmpty() ? u"empty"_s : s)) << s;
}

void TstStatutes::numeralsRejectMalformed()
{
    QFETCH(QString, text);
    QCOMPARE(fromChineseNumeral(text), std::nullopt);
}

void TstStatutes::numeralsAcceptVariants()
{
    QCOMPARE(fromChineseNumeral(u"一十六"), std::optional<int>(16));
    QCOMPARE(fromChineseNumeral(u"两百"), std::optional<int>(200));
    QCOMPARE(fromChineseNumeral(u"一百〇三"), std::optional<int>(103));
    QCOMPARE(fromChineseNumeral(u"一千三百"), std::optional<int>(1300));
}

// --- library and parsed texts -------------------------------------------------------------

void TstStatutes::loadIsFast()
{
    StatuteLibrary library;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(library.load(), qPrintable(library.errorString()));
    const qint64 ms = timer.elapsed();
    qInfo("Loaded %lld instruments in %lld ms",
        static_cast<long long>(library.instruments().size()), static_cast<long long>(ms));
    QVERIFY2(ms < 100 * habeas::test::kTimingFactor, qPrintable(u"loading took %1 ms"_s.arg(ms)));
}

void TstStatutes::articleCounts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::newRow("pipl") << u"pipl"_s << 74 << 1 << 74;
    QTest::newRow("civil-code-general") << u"civil-code-general"_s << 204 << 1 << 204;
    QTest::newRow("civil-code-contracts") << u"civil-code-contracts"_s << 526 << 463 << 988;
    QTest::newRow("litigation-fees-measures") << u"litigation-fees-measures"_s << 56 << 1 << 56;
    QTest::newRow("spc-network-personal-rights")
        << u"spc-network-personal-rights"_s << 13 << 1 << 13;
    QTest::newRow("civil-code-personality-rights")
        << u"civil-code-personality-rights"_s << 51 << 989 << 1039;
    QTest::newRow("civil-code-tort-liability")
        << u"civil-code-tort-liability"_s << 95 << 1164 << 1258;
    QTest::newRow("cpl") << u"cpl"_s << 306 << 1 << 306;
    QTest::newRow("consumer-rights-law") << u"consumer-rights-law"_s << 63 << 1 << 63;
    QTest::newRow("csl") << u"csl"_s << 79 << 1 << 79;
    QTest::newRow("dsl") << u"dsl"_s << 55 << 1 << 55;
    QTest::newRow("e-commerce-law") << u"e-commerce-law"_s << 89 << 1 << 89;
    QTest::newRow("minors-protection-law") << u"minors-protection-law"_s << 132 << 1 << 132;
    QTest::newRow("network-data-regulations") << u"network-data-regulations"_s << 64 << 1 << 64;
    QTest::newRow("spc-civil-evidence") << u"spc-civil-evidence"_s << 100 << 1 << 100;
    QTest::newRow("spc-cpl-interpretation") << u"spc-cpl-interpretation"_s << 550 << 1 << 550;
    QTest::newRow("spc-consumer-public-interest")
        << u"spc-consumer-public-interest"_s << 19 << 1 << 19;
    QTest::newRow("spc-facial-recognition") << u"spc-facial-recognition"_s << 16 << 1 << 16;
    QTest::newRow("spc-mental-distress") << u"spc-mental-distress"_s << 6 << 1 << 6;
    QTest::newRow("spc-spp-public-interest") << u"spc-spp-public-interest"_s << 27 << 1 << 27;
    QTest::newRow("spc-tort-interpretation-1") << u"spc-tort-interpretation-1"_s << 26 << 1 << 26;
}

void TstStatutes::articleCounts()
{
    QFETCH(QString, id);
    QFETCH(int, count);
    QFETCH(int, first);
    QFETCH(int, last);
    const Instrument *in = m_library.instrument(id);
    QVERIFY(in);
    QCOMPARE(in->articles.size(), count);
    QCOMPARE(in->firstArticleNumber(), first);
    QCOMPARE(in->lastArticleNumber(), last);
    for (qsizetype i = 0; i < in->articles.size(); ++i) {
        QCOMPARE(in->articles[i].number, first + static_cast<int>(i)); // no gaps, no duplicates
        QCOMPARE(in->articles[i].instrumentId, id);
    }
}

void TstStatutes::catalogue()
{
    const QList<const Instrument *> all = m_library.instruments();
    QCOMPARE(all.size(), 21); // one per bundled *.md apart from resources/statutes/SOURCES.md
    for (const Instrument *in : all) {
        QVERIFY2(!readResource(in->fileName).isEmpty(), qPrintable(in->fileName));
        // The catalogue's formal title must be the one the text itself carries.
        QCOMPARE(in->title, in->sourceTitle);
        QVERIFY(!in->englishName.isEmpty());
        QVERIFY(!in->abbreviation.isEmpty());
        QVERIFY(!in->shortNames.isEmpty());
        QVERIFY2(in->inForce.isValid(), qPrintable(in->id));
        for (const HistoryEntry &e : in->history) {
            if (e.kind == HistoryEntry::Kind::InForce)
                QCOMPARE(e.date, in->inForce);
        }
        // Every name resolves to this instrument, or to the books of its code, and nothing else.
        const QList<const Instrument *> expected = in->groupId.isEmpty()
            ? QList<const Instrument *> { in }
            : m_library.resolve(in->groupId);
        QStringList names = in->shortNames;
        names << in->id << in->title << in->abbreviation;
        for (const QString &name : std::as_const(names)) {
            const QList<const Instrument *> found = m_library.resolve(name);
            const bool ok = found == QList<const Instrument *> { in } || found == expected;
            QVERIFY2(ok, qPrintable(in->id + u": "_s + name));
        }
    }
    const InstrumentGroup *code = m_library.group(u"civil-code");
    QVERIFY(code);
    QCOMPARE(code->memberIds,
        QStringList({ u"civil-code-general"_s, u"civil-code-contracts"_s,
            u"civil-code-personality-rights"_s, u"civil-code-tort-liability"_s }));
    QCOMPARE(m_library.resolve(u"民法典").size(), 4);
    QCOMPARE(m_library.resolve(u"人格权编").size(), 1);
    QCOMPARE(m_library.resolve(u"《个人信息保护法》").front()->id, u"pipl"_s);
    QCOMPARE(m_library.resolve(u"  pipl ").front()->id, u"pipl"_s);
    QVERIFY(m_library.resolve(u"Unknown Law").isEmpty());
}

void TstStatutes::parseWarnings()
{
    // The only tolerated oddity: the SPC CPL Interpretation lists its division headings up
    // front like a table of contents; those headings cover no article and are dropped.
    QCOMPARE(m_library.warnings(),
        QStringList(u"spc-civil-procedure-interpretation-2022.md: 22 heading(s) without "
                    "articles ignored."_s));
    const Instrument *interp = m_library.instrument(u"spc-cpl-interpretation");
    QCOMPARE(interp->headings.size(), 23);
    QCOMPARE(interp->headings.front().text, u"一、管辖"_s);
    QCOMPARE(interp->headings.front().kind, HeadingKind::Division);
    QCOMPARE(interp->headings.front().firstArticle, 1);
    QCOMPARE(interp->preamble.size(), 4);
    QCOMPARE(interp->preamble.front(), u"最高人民法院"_s);
}

void TstStatutes::header()
{
    const Instrument *pipl = m_library.instrument(u"pipl");
    QCOMPARE(pipl->history.size(), 1);
    QCOMPARE(pipl->history.front().kind, HistoryEntry::Kind::Adopted);
    QCOMPARE(pipl->adoptionDate(), QDate(2021, 8, 20));
    QVERIFY(pipl->preamble.isEmpty());

    const Instrument *cpl = m_library.instrument(u"cpl");
    QCOMPARE(cpl->history.size(), 6);
    QCOMPARE(cpl->adoptionDate(), QDate(1991, 4, 9));
    QCOMPARE(cpl->history.back().kind, HistoryEntry::Kind::Amended);
    QCOMPARE(cpl->history.back().date, QDate(2023, 9, 1));
    QVERIFY(cpl->history.back().text.endsWith(u"第五次修正）")); // kept as given

    const Instrument *general = m_library.instrument(u"civil-code-general");
    QCOMPARE(general->history.size(), 2);
    QCOMPARE(general->history.back().kind, HistoryEntry::Kind::InForce);
    QCOMPARE(general->headings.front().kind, HeadingKind::Book);
    QCOMPARE(general->headings.front().text, u"总则"_s);
    QCOMPARE(general->book, u"第一编 总则"_s);

    QVERIFY(m_library.instrument(u"network-data-regulations")->history.isEmpty());
    QCOMPARE(m_library.instrument(u"spc-civil-evidence")->preamble.size(), 1);
    QCOMPARE(m_library.instrument(u"pipl")->kind, InstrumentKind::Law);
    QCOMPARE(
        m_library.instrument(u"spc-mental-distress")->kind, InstrumentKind::JudicialInterpretation);
}

void TstStatutes::pipl13()
{
    const Article *a = m_library.article(u"pipl", 13);
    QVERIFY(a);
    QCOMPARE(a->numberText, u"第十三条"_s);
    QCOMPARE(a->separator, u" "_s);
    QCOMPARE(a->paragraphs.size(), 2);
    QCOMPARE(a->paragraphs[0].text, u"符合下列情形之一的，个人信息处理者方可处理个人信息："_s);
    QCOMPARE(a->paragraphs[0].items.size(), 7);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(a->paragraphs[0].items[i].number, i + 1);
    QCOMPARE(a->paragraphs[0].items[0].text, u"（一）取得个人的同意；"_s);
    QCOMPARE(a->paragraphs[0].items[0].body(), u"取得个人的同意；"_s);
    QVERIFY(a->paragraphs[0].items[1].text.startsWith(
        u"（二）为订立、履行个人作为一方当事人的合同所必需"));
    QCOMPARE(a->paragraphs[0].items[6].text, u"（七）法律、行政法规规定的其他情形。"_s);
    QCOMPARE(a->paragraphs[1].text,
        u"依照本法其他有关规定，处理个人信息应当取得个人同意，但是有前款第二项至第七项规定情形"
        "的，不需取得个人同意。"_s);
    QVERIFY(a->paragraphs[1].items.isEmpty());
    QCOMPARE(a->paragraph(2), &a->paragraphs[1]);
    QCOMPARE(a->paragraph(3), nullptr);
}

void TstStatutes::pipl17()
{
    const Article *a = m_library.article(u"pipl", 17);
    QVERIFY(a);
    QCOMPARE(a->paragraphs.size(), 3);
    QCOMPARE(a->paragraphs[0].items.size(), 4);
    QCOMPARE(a->paragraphs[0].items[3].text, u"（四）法律、行政法规规定应当告知的其他事项。"_s);
    QCOMPARE(a->paragraphs[1].text, u"前款规定事项发生变更的，应当将变更部分告知个人。"_s);
    QVERIFY(a->paragraphs[1].items.isEmpty());
    QVERIFY(a->paragraphs[2].text.startsWith(u"个人信息处理者通过制定个人信息处理规则的方式告知"));
    QVERIFY(a->paragraphs[2].items.isEmpty());
}

void TstStatutes::pipl47()
{
    const Article *a = m_library.article(u"pipl", 47);
    QVERIFY(a);
    QCOMPARE(a->paragraphs.size(), 2);
    QVERIFY(
        a->paragraphs[0].text.startsWith(u"有下列情形之一的，个人信息处理者应当主动删除个人信息"));
    QCOMPARE(a->paragraphs[0].items.size(), 5);
    QCOMPARE(a->paragraphs[0].items[2].text, u"（三）个人撤回同意；"_s);
    QVERIFY(a->paragraphs[1].text.endsWith(u"应当停止除存储和采取必要的安全保护措施之外的处理。"));
}

void TstStatutes::chapterPaths()
{
    QCOMPARE(m_library.article(u"pipl", 13)->chapterPath,
        QStringList({ u"第二章 个人信息处理规则"_s, u"第一节 一般规定"_s }));
    QCOMPARE(m_library.article(u"civil-code", 1034)->chapterPath,
        QStringList({ u"人格权编"_s, u"第六章\u2002\u2002隐私权和个人信息保护"_s }));
    QCOMPARE(m_library.article(u"cpl", 124)->chapterPath,
        QStringList(
            { u"第二编 审判程序"_s, u"第十二章 第一审普通程序"_s, u"第一节 起诉和受理"_s }));
    QCOMPARE(m_library.article(u"spc-civil-evidence", 14)->chapterPath.size(), 1);
    QVERIFY(m_library.article(u"spc-mental-distress", 1)->chapterPath.isEmpty());

    const Instrument *cpl = m_library.instrument(u"cpl");
    QCOMPARE(cpl->headings.front().kind, HeadingKind::Book);
    QCOMPARE(cpl->headings.front().firstArticle, 1);
    QCOMPARE(cpl->headings[1].kind, HeadingKind::Chapter);
    QCOMPARE(cpl->headings.back().lastArticle, 306);
}

void TstStatutes::itemsAreConsecutive()
{
    for (const Instrument *in : m_library.instruments()) {
        for (const Article &a : in->articles) {
            QVERIFY(!a.paragraphs.isEmpty());
            for (const Paragraph &p : a.paragraphs) {
                for (qsizetype i = 0; i < p.items.size(); ++i) {
                    if (p.items[i].number != i + 1)
                        QFAIL(qPrintable(u"%1 %2"_s.arg(in->id).arg(a.number)));
                }
            }
        }
    }
    // The SPC CPL Interpretation mostly writes items with ASCII brackets: "(一)".
    int ascii = 0;
    for (const Article &art : m_library.instrument(u"spc-cpl-interpretation")->articles) {
        for (const Paragraph &p : art.paragraphs) {
            for (const Item &i : p.items)
                ascii += i.text.startsWith(u'(') ? 1 : 0;
        }
    }
    QCOMPARE(ascii, 280);
}

void TstStatutes::roundTripAllArticles()
{
    int total = 0;
    for (const Instrument *in : m_library.instruments()) {
        const QString raw = readResource(in->fileName);
        const QList<RawArticle> expected = extractArticles(raw);
        QCOMPARE(in->articles.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const Article &a = in->articles[i];
            QCOMPARE(a.numberText, u'第' + expected[i].numeral + u'条');
            // The files write numerals in the canonical form toChineseNumeral() produces.
            QCOMPARE(toChineseNumeral(a.number), expected[i].numeral);
            if (a.fullText() != expected[i].text) {
                QFAIL(qPrintable(
                    u"%1 article %2 differs:\n%3\n---\n%4"_s.arg(in->id).arg(a.number).arg(
                        a.fullText(), expected[i].text)));
            }
            ++total;
        }
    }
    QCOMPARE(total, 2551);
}

void TstStatutes::lookups()
{
    QCOMPARE(
        m_library.article(u"civil-code", 1034)->instrumentId, u"civil-code-personality-rights"_s);
    QCOMPARE(m_library.article(u"民法典", 1182)->instrumentId, u"civil-code-tort-liability"_s);
    QCOMPARE(m_library.article(u"Civil Code", 188)->instrumentId, u"civil-code-general"_s);
    QCOMPARE(m_library.article(u"PIPL", 74)->number, 74);
    QCOMPARE(m_library.article(u"pipl", 75), nullptr);
    QCOMPARE(m_library.article(u"civil-code", 577)->instrumentId, u"civil-code-contracts"_s);
    QCOMPARE(m_library.article(u"civil-code", 1050), nullptr); // the family book is not bundled
    QCOMPARE(m_library.instrument(u"nope"), nullptr);
}

void TstStatutes::nearestArticles()
{
    QList<const Article *> near = m_library.nearestArticles(u"pipl", 75);
    QCOMPARE(near.size(), 3);
    QCOMPARE(near[0]->number, 74);
    QCOMPARE(near[1]->number, 73);
    near = m_library.nearestArticles(u"pipl", 0, 1);
    QCOMPARE(near.size(), 1);
    QCOMPARE(near[0]->number, 1);
    near = m_library.nearestArticles(u"pipl", 10, 3);
    QCOMPARE(near[0]->number, 10);
    QCOMPARE(near[1]->number, 9); // ties: lower number first
    QCOMPARE(near[2]->number, 11);
    // Across the books of the Civil Code: 1100 lies between 1039 (61 away) and 1164 (64 away).
    // 1036 and 1164 are both 64 away: the tie goes to the lower number.
    near = m_library.nearestArticles(u"civil-code", 1100, 5);
    QCOMPARE(near.size(), 5);
    QCOMPARE(near[0]->instrumentId, u"civil-code-personality-rights"_s);
    QCOMPARE(near[0]->number, 1039);
    QCOMPARE(near[3]->number, 1036);
    QCOMPARE(near[4]->instrumentId, u"civil-code-tort-liability"_s);
    QCOMPARE(near[4]->number, 1164);
    QVERIFY(m_library.nearestArticles(u"unknown", 3).isEmpty());
}

// --- citations ----------------------------------------------------------------------------

void TstStatutes::parseCitation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("article");
    QTest::addColumn<int>("paragraph");
    QTest::addColumn<int>("item");
    const auto row = [](const QString &text, const QString &id, int art, int para, int item) {
        QTest::newRow(qPrintable(text)) << text << id << art << para << item;
    };
    row(u"PIPL 16"_s, u"pipl"_s, 16, 0, 0);
    row(u"PIPL 13(1)(ii)"_s, u"pipl"_s, 13, 1, 2);
    row(u"pipl 13 (1) (ii)"_s, u"pipl"_s, 13, 1, 2);
    row(u"PIPL Art. 13(1)(2)"_s, u"pipl"_s, 13, 1, 2);
    row(u"Article 13(1)(ii) of the PIPL"_s, u"pipl"_s, 13, 1, 2);
    row(u"PIPL 13(ii)"_s, u"pipl"_s, 13, 1, 2); // the only paragraph with items
    row(u"个人信息保护法第十六条"_s, u"pipl"_s, 16, 0, 0);
    row(u"《中华人民共和国个人信息保护法》第十三条第一款第（二）项"_s, u"pipl"_s, 13, 1, 2);
    row(u"《个人信息保护法》第十三条第一款第二项"_s, u"pipl"_s, 13, 1, 2);
    row(u"个人信息保护法 第13条 第1款 第(2)项"_s, u"pipl"_s, 13, 1, 2);
    row(u"ＰＩＰＬ　１６"_s, u"pipl"_s, 16, 0, 0);
    row(u"ＰＩＰＬ　１３（１）（ⅱ）"_s, u"pipl"_s, 13, 1, 2);
    row(u"Civil Code 1034"_s, u"civil-code-personality-rights"_s, 1034, 0, 0);
    row(u"民法典第一千零三十四条"_s, u"civil-code-personality-rights"_s, 1034, 0, 0);
    row(u"民法典第一千一百八十二条"_s, u"civil-code-tort-liability"_s, 1182, 0, 0);
    row(u"Civil Code 188"_s, u"civil-code-general"_s, 188, 0, 0);
    row(u"《中华人民共和国民法典》第一千一百六十五条第二款"_s, u"civil-code-tort-liability"_s, 1165,
        2, 0);
    row(u"cc 1034(2)"_s, u"civil-code-personality-rights"_s, 1034, 2, 0);
    row(u"人格权编第1034条"_s, u"civil-code-personality-rights"_s, 1034, 0, 0);
    row(u"CPL 124"_s, u"cpl"_s, 124, 0, 0);
    row(u"民事诉讼法第一百二十四条"_s, u"cpl"_s, 124, 0, 0);
    row(u"民诉法解释第九十条"_s, u"spc-cpl-interpretation"_s, 90, 0, 0);
    row(u"《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十条"_s,
        u"spc-cpl-interpretation"_s, 90, 0, 0);
    row(u"侵权责任编解释（一）第二条"_s, u"spc-tort-interpretation-1"_s, 2, 0, 0);
    row(u"精神损害赔偿解释第五条第（三）项"_s, u"spc-mental-distress"_s, 5, 0, 3);
    row(u"Facial Recognition Provisions 2(viii)"_s, u"spc-facial-recognition"_s, 2, 0, 8);
    row(u"网络安全法第四十二条"_s, u"csl"_s, 42, 0, 0);
}

void TstStatutes::parseCitation()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    QFETCH(int, article);
    QFETCH(int, paragraph);
    QFETCH(int, item);
    const CitationParseResult r = habeas::parseCitation(text, m_library);
    QVERIFY2(r.isValid(), qPrintable(r.errorString));
    QCOMPARE(r.citation, (Citation { id, article, paragraph, item }));
    QVERIFY(r.suggestions.isEmpty());
}

void TstStatutes::parseCitationErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // a fragment of the expected error
    QTest::newRow("empty") << u"  "_s << u"empty"_s;
    QTest::newRow("no number") << u"PIPL"_s << u"Cannot read"_s;
    QTest::newRow("no name") << u"第十六条"_s << u"does not name a statute"_s;
    QTest::newRow("unknown") << u"Foo Law 3"_s << u"Unknown statute \u201cFoo Law\u201d"_s;
    QTest::newRow("missing article") << u"PIPL 75"_s << u"PIPL has no Article 75"_s;
    QTest::newRow("code gap") << u"民法典第一千一百条"_s
                              << u"not in the bundled books of the Civil Code"_s;
    QTest::newRow("paragraph") << u"PIPL 13(3)"_s
                               << u"has 2 paragraph(s); there is no paragraph 3"_s;
    QTest::newRow("item") << u"PIPL 13(1)(viii)"_s << u"has 7 item(s); there is no item 8"_s;
    QTest::newRow("no items") << u"PIPL 4(ii)"_s << u"has no numbered items"_s;
    QTest::newRow("bad numeral") << u"个人信息保护法第十十条"_s << u"invalid number"_s;
    QTest::newRow("bad roman") << u"PIPL 13(1)(iiii)"_s << u"invalid number"_s;
}

void TstStatutes::parseCitationErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const CitationParseResult r = habeas::parseCitation(text, m_library);
    QVERIFY(!r.isValid());
    QVERIFY2(r.errorString.contains(message), qPrintable(r.errorString));
}

void TstStatutes::missingArticleSuggestsNearest()
{
    CitationParseResult r = habeas::parseCitation(u"PIPL 75"_s, m_library);
    QVERIFY(!r.isValid());
    QCOMPARE(r.errorString,
        u"PIPL has no Article 75; its articles run from 1 to 74. Did you mean PIPL 74?"_s);
    QVERIFY(!r.suggestions.isEmpty());
    QCOMPARE(r.suggestions.front(), (Citation { u"pipl"_s, 74, 0, 0 }));

    r = habeas::parseCitation(u"Civil Code 1100"_s, m_library);
    QVERIFY(!r.isValid());
    QVERIFY2(r.errorString.contains(u"1\u2013204, 463\u2013988, 989\u20131039, 1164\u20131258"),
        qPrintable(r.errorString));
    QCOMPARE(r.suggestions.front(), (Citation { u"civil-code-personality-rights"_s, 1039, 0, 0 }));

    // A stored citation to a missing article of a Civil Code book searches the whole code.
    r = validateCitation({ u"civil-code-general"_s, 1100, 0, 0 }, m_library);
    QVERIFY(!r.isValid());
    QCOMPARE(r.suggestions.front().article, 1039);
}

void TstStatutes::formatCitation_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("article");
    QTest::addColumn<int>("paragraph");
    QTest::addColumn<int>("item");
    QTest::addColumn<QString>("court");
    QTest::addColumn<QString>("shortForm");
    QTest::newRow("pipl 13(1)(ii)")
        << u"pipl"_s << 13 << 1 << 2
        << u"《中华人民共和国个人信息保护法》第十三条第一款第（二）项"_s << u"PIPL 13(1)(ii)"_s;
    QTest::newRow("pipl 16") << u"pipl"_s << 16 << 0 << 0
                             << u"《中华人民共和国个人信息保护法》第十六条"_s << u"PIPL 16"_s;
    QTest::newRow("cc 1034(2)") << u"civil-code-personality-rights"_s << 1034 << 2 << 0
                                << u"《中华人民共和国民法典》第一千零三十四条第二款"_s
                                << u"Civil Code 1034(2)"_s;
    QTest::newRow("cc 1182") << u"civil-code-tort-liability"_s << 1182 << 0 << 0
                             << u"《中华人民共和国民法典》第一千一百八十二条"_s
                             << u"Civil Code 1182"_s;
    QTest::newRow("cpl 124(iv)") << u"cpl"_s << 124 << 0 << 4
                                 << u"《中华人民共和国民事诉讼法》第一百二十四条第（四）项"_s
                                 << u"CPL 124(iv)"_s;
    QTest::newRow("interp 90")
        << u"spc-cpl-interpretation"_s << 90 << 0 << 0
        << u"《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十条"_s
        << u"SPC CPL Interpretation 90"_s;
    QTest::newRow("mental 5(iii)")
        << u"spc-mental-distress"_s << 5 << 0 << 3
        << u"《最高人民法院关于确定民事侵权精神损害赔偿责任若干问题的解释》第五条第（三）项"_s
        << u"SPC Mental Distress Interpretation 5(iii)"_s;
}

void TstStatutes::formatCitation()
{
    QFETCH(QString, id);
    QFETCH(int, article);
    QFETCH(int, paragraph);
    QFETCH(int, item);
    QFETCH(QString, court);
    QFETCH(QString, shortForm);
    const Citation c { id, article, paragraph, item };
    QCOMPARE(habeas::formatCitation(c, m_library), court);
    QCOMPARE(habeas::formatCitation(c, m_library, CitationStyle::Short), shortForm);
    QCOMPARE(habeas::parseCitation(court, m_library).citation, c);
    QCOMPARE(habeas::parseCitation(shortForm, m_library).citation, c);
    QCOMPARE(habeas::formatCitation({ u"nope"_s, 1, 0, 0 }, m_library), QString());
}

void TstStatutes::citationRoundTripAllArticles()
{
    int checked = 0;
    for (const Instrument *in : m_library.instruments()) {
        for (const Article &a : in->articles) {
            QList<Citation> citations { { in->id, a.number, 0, 0 } };
            for (int p = 1; p <= a.paragraphs.size(); ++p) {
                if (a.paragraphs.size() > 1)
                    citations << Citation { in->id, a.number, p, 0 };
                for (int i = 1; i <= a.paragraphs[p - 1].items.size(); ++i)
                    citations << Citation { in->id, a.number, a.paragraphs.size() > 1 ? p : 0, i };
            }
            for (const Citation &c : std::as_const(citations)) {
                for (const CitationStyle style : { CitationStyle::Court, CitationStyle::Short }) {
                    const QString text = habeas::formatCitation(c, m_library, style);
                    const CitationParseResult r = habeas::parseCitation(text, m_library);
                    if (!r.isValid() || r.citation != c)
                        QFAIL(qPrintable(text + u": "_s + r.errorString));
                    ++checked;
                }
            }
        }
    }
    QVERIFY(checked > 2 * 1956);
}

// --- parser and loader on synthetic input -------------------------------------------------

void TstStatutes::parserEdgeCases()
{
    // CRLF, a full-width separator, a zero-width-space "blank" line, items in two paragraphs,
    // a cross-reference paragraph starting with "第…条" and a numbering gap.
    const QString text =
        u"# 测试法\r\n\r\n2020年1月2日 通过\r\n\r\n<!-- INFO END -->\r\n\r\n"
        "前言。\r\n\r\n## 第一章 总则\r\n\r\n第一条\u3000甲：\r\n\r\n（一）子；\r\n\r\n"
        "（二）丑。\r\n\r\n乙：\r\n\r\n(一)寅。\r\n\r\n\u200b\r\n\r\n"
        "第三条 第一条规定的情形，另行处理。\r\n\r\n第一条规定的丙。\r\n"_s;
    const StatuteParseResult r = parseStatute(text);
    QVERIFY2(r.isValid(), qPrintable(r.errorString));
    const Instrument &in = r.instrument;
    QCOMPARE(in.sourceTitle, u"测试法"_s);
    QCOMPARE(in.history.size(), 1);
    QCOMPARE(in.history.front().date, QDate(2020, 1, 2));
    QCOMPARE(in.preamble, QStringList(u"前言。"_s));
    QCOMPARE(in.articles.size(), 2);
    const Article &first = in.articles[0];
    QCOMPARE(first.separator, u"\u3000"_s);
    QCOMPARE(first.paragraphs.size(), 2);
    QCOMPARE(first.paragraphs[0].items.size(), 2);
    QCOMPARE(first.paragraphs[1].items.size(), 1);
    QCOMPARE(first.paragraphs[1].items[0].body(), u"寅。"_s);
    // Line endings are normalised: fullText() always separates blocks with "\n\n".
    QCOMPARE(
        first.fullText(), u"第一条\u3000甲：\n\n（一）子；\n\n（二）丑。\n\n乙：\n\n(一)寅。"_s);
    QCOMPARE(in.articles[1].paragraphs.size(), 2);
    QCOMPARE(in.articles[1].paragraphs[1].text, u"第一条规定的丙。"_s);
    QCOMPARE(r.warnings, QStringList(u"Articles 2 to 2 are missing."_s));

    int n = 0;
    QVERIFY(isItemLine(u"（十二）x", &n));
    QCOMPARE(n, 12);
    QVERIFY(!isItemLine(u"（注）x"));
    QVERIFY(!isItemLine(u"（一"));
}

void TstStatutes::parserRejectsUnusableText()
{
    QVERIFY(!parseStatute(u"no heading\n\n第一条 甲。").isValid());
    QVERIFY(!parseStatute(u"# 标题\n\n<!-- INFO END -->\n\n没有条文。").isValid());
    const StatuteParseResult descending =
        parseStatute(u"# 标题\n\n<!-- INFO END -->\n\n第二条 甲。\n\n第一条 乙。");
    QVERIFY(!descending.isValid());
    QVERIFY(descending.errorString.contains(u"not ascending"));
}

void TstStatutes::libraryFromDirectory()
{
    // Two books of one code plus the ambiguity case the bundled texts do not contain:
    // an article whose items are spread over two paragraphs.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u"instruments.json"_s), uR"({
        "groups": [{"id": "test-code", "title": "测试法典", "abbreviation": "Test Code",
                    "aliases": ["TC", "测试法典"]}],
        "instruments": [
          {"id": "book-a", "file": "a.md", "kind": "law", "group": "test-code", "title": "测试法典",
           "abbreviation": "Test Code", "aliases": ["甲编"], "inForce": "2020-01-01"},
          {"id": "book-b", "file": "b.md", "kind": "law", "group": "test-code", "title": "测试法典",
           "abbreviation": "Test Code", "aliases": ["乙编"], "inForce": "2020-01-01"}
        ]})"_s));
    QVERIFY(writeFile(dir.filePath(u"a.md"_s),
        u"# 测试法典\n\n# 甲编\n\n<!-- INFO END -->\n\n第一条 甲：\n\n（一）子；\n\n"
        "乙：\n\n（一）丑。\n\n第三条 丙。"_s));
    QVERIFY(writeFile(
        dir.filePath(u"b.md"_s), u"# 测试法典\n\n# 乙编\n\n<!-- INFO END -->\n\n第十条 丁。\n"_s));

    StatuteLibrary library;
    QVERIFY2(library.load(dir.path()), qPrintable(library.errorString()));
    QCOMPARE(library.instruments().size(), 2);
    QCOMPARE(library.article(u"TC", 10)->instrumentId, u"book-b"_s);

    CitationParseResult r = habeas::parseCitation(u"TC 1(i)"_s, library);
    QVERIFY(!r.isValid());
    QVERIFY2(r.errorString.contains(u"name the paragraph, e.g. Test Code 1(1)(i)"),
        qPrintable(r.errorString));
    QVERIFY(habeas::parseCitation(u"TC 1(2)(i)"_s, library).isValid());

    r = habeas::parseCitation(u"测试法典第七条"_s, library);
    QVERIFY(!r.isValid());
    QCOMPARE(r.suggestions.front(), (Citation { u"book-b"_s, 10, 0, 0 })); // 3 away, 3 is 4 away
    r = habeas::parseCitation(u"TC 2"_s, library);
    QCOMPARE(r.suggestions.front(), (Citation { u"book-a"_s, 1, 0, 0 })); // tie: lower first

    StatuteLibrary missing;
    QVERIFY(!missing.load(dir.filePath(u"nowhere"_s)));
    QVERIFY(missing.errorString().contains(u"instruments.json"));
    QVERIFY(!missing.isLoaded());
}

QTEST_GUILESS_MAIN(TstStatutes)
#include "tst_statutes.moc"
