// Exhibit order, page text and its search, and the regions of pages.
#include "cases/casestore.h"
#include "demo/demolibrary.h"
#include "evidence/annotationstore.h"
#include "evidence/evidencestore.h"
#include "evidence/evidencetext.h"
#include "law/claimstore.h"
#include "storage/auditlog.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

class TstEvidenceText final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { pinClock(); }
    void init();
    void cleanup() { m_lib.reset(); }
    void moveRenumbersBothGroups();
    void restoredExhibitNeverSharesANumber();
    void supplementaryListContinuesTheNumbering();
    void searchFindsChineseInPagesAndTitles();
    void searchSkipsRemovedExhibitsAndOtherCases();
    void regionsAreNumberedAndCited();
    void regionsOutsideThePageAreRefused();

private:
    qint64 add(const QString &title, int group = 1)
    {
        const QString path = m_files.filePath(title + u".bin"_s);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(title.toUtf8() + QByteArray::number(++m_counter));
        f.close();
        EvidenceRecord meta;
        meta.title = title;
        meta.group = group;
        return (*m_lib)->evidence().importFile(m_case, path, meta).id;
    }
    QStringList order()
    {
        QStringList list;
        for (const EvidenceRecord &r : (*m_lib)->evidence().items(m_case).value())
            list << r.exhibitNumber() + u' ' + r.title;
        return list;
    }

    std::unique_ptr<TempLibrary> m_lib;
    QTemporaryDir m_files;
    qint64 m_case = 0;
    int m_counter = 0;
};

void TstEvidenceText::init()
{
    m_lib = std::make_unique<TempLibrary>();
    CaseRecord c;
    c.title = u"罗某诉某科技公司"_s;
    m_case = (*m_lib)->cases().createCase(c).value();
}

void TstEvidenceText::moveRenumbersBothGroups()
{
    add(u"A"_s);
    const qint64 b = add(u"B"_s);
    add(u"C"_s);
    add(u"D"_s, 2);
    EvidenceStore &store = (*m_lib)->evidence();
    QVERIFY(store.moveItem(b, 3).ok());
    QCOMPARE(
        order(), QStringList({ u"证据1-1 A"_s, u"证据1-2 C"_s, u"证据1-3 B"_s, u"证据2-1 D"_s }));
    // Into the other group, first place: the group it leaves closes up.
    QVERIFY(store.moveItem(b, 1, 2).ok());
    QCOMPARE(
        order(), QStringList({ u"证据1-1 A"_s, u"证据1-2 C"_s, u"证据2-1 B"_s, u"证据2-2 D"_s }));
    // A position past the end means last.
    QVERIFY(store.moveItem(b, 99).ok());
    QCOMPARE(order().last(), u"证据2-2 B"_s);
    QCOMPARE(store.moveItem(b, 0).error().kind, Error::Kind::Input);
    const auto entries = (*m_lib)->audit().list(m_case).value();
    QCOMPARE(entries.last().action, u"evidence.move"_s);
    QCOMPARE(entries.last().detail.value(u"to"_s).toString(), u"证据2-2"_s);
}

void TstEvidenceText::restoredExhibitNeverSharesANumber()
{
    add(u"A"_s);
    const qint64 b = add(u"B"_s);
    EvidenceStore &store = (*m_lib)->evidence();
    QVERIFY(store.trashItem(b).ok());
    add(u"C"_s); // takes 证据1-2
    QVERIFY(store.restoreItem(b).ok());
    QCOMPARE(order(), QStringList({ u"证据1-1 A"_s, u"证据1-2 C"_s, u"证据1-3 B"_s }));
}

void TstEvidenceText::supplementaryListContinuesTheNumbering()
{
    EvidenceStore &store = (*m_lib)->evidence();
    QCOMPARE(store.nextSupplement(m_case)->batch, 1); // nothing listed: the first list
    add(u"A"_s);
    add(u"B"_s, 2);
    const auto next = store.nextSupplement(m_case);
    QCOMPARE(next->batch, 2);
    QCOMPARE(next->firstGroup, 3);
    const QString path = m_files.filePath(u"late.bin"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("later evidence");
    f.close();
    EvidenceRecord meta;
    meta.batch = 2;
    meta.group = 2; // a group of the first list: refused, naming where it may start
    ImportOutcome refused = store.importFile(m_case, path, meta);
    QCOMPARE(refused.kind, ImportOutcome::Kind::Rejected);
    QVERIFY(refused.message.contains(u"3"_s));
    meta.group = next->firstGroup;
    const ImportOutcome added = store.importFile(m_case, path, meta);
    QCOMPARE(added.kind, ImportOutcome::Kind::Imported);
    QCOMPARE(added.exhibit, u"证据3-1"_s);
    QCOMPARE(store.item(added.id)->batch, 2);
}

void TstEvidenceText::searchFindsChineseInPagesAndTitles()
{
    const qint64 sms = add(u"营销短信截图"_s);
    const qint64 policy = add(u"隐私政策"_s);
    EvidenceText &text = (*m_lib)->evidenceText();
    QVERIFY(text.storeParse(sms, EvidenceRecord::ParseState::Ok, {}, 1,
                    { { 1, 0, 0, PageText::Origin::Ocr,
                        u"【某某英语】尊敬的用户，您的专属学习计划已生成，回T退订"_s } },
                    false)
                .ok());
    QList<PageText> pages;
    for (int p = 1; p <= 3; ++p)
        pages << PageText { p, 595, 842, PageText::Origin::Pdf,
            p == 2 ? u"第五条 我们会与关联公司共享您的账户信息和订单信息。"_s
                   : u"本政策适用于某某英语产品。"_s };
    QVERIFY(text.storeParse(policy, EvidenceRecord::ParseState::Ok, {}, 3, pages, false).ok());
    QCOMPARE((*m_lib)->evidence().item(policy)->pageCount, 3);

    // Three characters and more: the trigram index, with the hit marked in the snippet.
    auto hits = text.search(u"关联公司"_s);
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().evidenceId, policy);
    QCOMPARE(hits->first().page, 2);
    QVERIFY(hits->first().snippet.contains(
        EvidenceText::kHitStart + u"关联公司"_s + EvidenceText::kHitEnd));
    // Two characters — most Chinese words — come from the index of character pairs.
    hits = text.search(u"退订"_s);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().evidenceId, sms);
    // Every word must match, on the same page.
    QCOMPARE(text.search(u"关联公司 订单信息"_s)->size(), 1);
    QCOMPARE(text.search(u"关联公司 退订"_s)->size(), 0);
    // Titles match too, as page 0.
    hits = text.search(u"短信"_s);
    QVERIFY(std::any_of(hits->cbegin(), hits->cend(),
        [&](const SearchHit &h) { return h.evidenceId == sms && h.page == 0; }));
    // Reparsing replaces the pages, and the index follows.
    QVERIFY(text.storeParse(policy, EvidenceRecord::ParseState::Ok, {}, 1,
                    { { 1, 595, 842, PageText::Origin::Pdf, u"新版本"_s } }, false)
                .ok());
    QCOMPARE(text.search(u"关联公司"_s)->size(), 0);
    QCOMPARE(text.search(u"新版本"_s)->size(), 1);
    QCOMPARE(text.search(u"   "_s).error().kind, Error::Kind::Input);
}

void TstEvidenceText::searchSkipsRemovedExhibitsAndOtherCases()
{
    const qint64 a = add(u"截图甲"_s);
    EvidenceText &text = (*m_lib)->evidenceText();
    QVERIFY(text.storeParse(a, EvidenceRecord::ParseState::Ok, {}, 1,
                    { { 1, 0, 0, PageText::Origin::Ocr, u"请完善个人资料"_s } }, false)
                .ok());
    CaseRecord other;
    other.title = u"另一案件"_s;
    const qint64 otherCase = (*m_lib)->cases().createCase(other).value();
    QCOMPARE(text.search(u"个人资料"_s, m_case)->size(), 1);
    QCOMPARE(text.search(u"个人资料"_s, otherCase)->size(), 0);
    QVERIFY((*m_lib)->evidence().trashItem(a).ok());
    QCOMPARE(text.search(u"个人资料"_s)->size(), 0);
}

void TstEvidenceText::regionsAreNumberedAndCited()
{
    const qint64 shot = add(u"首次登录页面"_s);
    AnnotationStore &regions = (*m_lib)->annotations();
    Annotation a;
    a.evidenceId = shot;
    a.rect = QRectF(0.1, 0.6, 0.8, 0.1);
    a.note = u"只有“下一步”，没有“跳过”"_s;
    const auto first = regions.add(a);
    QVERIFY(first.ok());
    a.kind = Annotation::Kind::Redaction;
    a.rect = QRectF(0, 0, 1, 0.05);
    const auto second = regions.add(a);
    QVERIFY(second.ok());
    QCOMPARE(regions.annotation(second.value())->region, 2);
    QCOMPARE(regions.citation(first.value()).value(), u"证据1-1, page 1, region 1"_s);
    // A removed region keeps its number: region 3 is never region 2 again.
    QVERIFY(regions.trash(second.value()).ok());
    QCOMPARE(regions.annotations(shot)->size(), 1);
    QCOMPARE(regions.annotation(regions.add(a).value())->region, 3);

    // An element cites the region; the claim shows it down to the region.
    const qint64 claim = (*m_lib)->claims().addClaim(m_case, u"refusal-of-service"_s).value();
    QVERIFY((*m_lib)->claims().cite(claim, u"2"_s, shot, 0, {}, first.value()).ok());
    const ElementCitation cited = (*m_lib)->claims().claim(claim)->elements.at(1).citations.first();
    QCOMPARE(cited.region, 1);
    QCOMPARE(cited.page, 1);
    QCOMPARE(cited.reference(), u"证据1-1, page 1, region 1"_s);
    // A region of another exhibit is refused.
    const qint64 other = add(u"隐私政策"_s);
    QCOMPARE((*m_lib)->claims().cite(claim, u"2"_s, other, 0, {}, first.value()).error().kind,
        Error::Kind::Input);
    // Renumbering the exhibits moves the citation with them.
    QVERIFY((*m_lib)->evidence().moveItem(shot, 2).ok());
    QCOMPARE((*m_lib)->claims().claim(claim)->elements.at(1).citations.first().reference(),
        u"证据1-2, page 1, region 1"_s);
    QVERIFY((*m_lib)->claims().removeCitation(cited.id).ok());
    QVERIFY((*m_lib)->claims().claim(claim)->elements.at(1).citations.isEmpty());
}

void TstEvidenceText::regionsOutsideThePageAreRefused()
{
    const qint64 shot = add(u"截图"_s);
    AnnotationStore &regions = (*m_lib)->annotations();
    Annotation a;
    a.evidenceId = shot;
    a.rect = QRectF(0.5, 0.5, 0.6, 0.1); // past the right edge
    QCOMPARE(regions.add(a).error().kind, Error::Kind::Input);
    a.rect = QRectF(0.1, 0.1, 0, 0.1); // empty
    QCOMPARE(regions.add(a).error().kind, Error::Kind::Input);
    a.rect = QRectF(0.1, 0.1, 0.2, 0.2);
    a.page = 2; // an image has one page
    const auto refused = regions.add(a);
    QCOMPARE(refused.error().kind, Error::Kind::Input);
    QVERIFY(refused.error().message.contains(u"no page 2"_s));
    QCOMPARE(regions.annotations(shot)->size(), 0);
}

QTEST_GUILESS_MAIN(TstEvidenceText)
#include "tst_evidencetext.moc"
