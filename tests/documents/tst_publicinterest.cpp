#include "cases/casestore.h"
#include "cases/eventstore.h"
#include "cases/publicintereststore.h"
#include "damages/damagesstore.h"
#include "evidence/evidencestore.h"
#include "filingcontext.h"
#include "law/claimstore.h"
#include "publicinterestcontext.h"
#include "registerscale.h"
#include "templateregistry.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

namespace {

QString plainText(const doc::Document &document)
{
    QStringList lines;
    for (const doc::Block &block : document.blocks) {
        if (const auto *p = std::get_if<doc::Paragraph>(&block)) {
            lines.append(p->text());
        } else if (const auto *list = std::get_if<doc::List>(&block)) {
            for (const auto &item : list->items) {
                QString text;
                for (const doc::Run &r : item)
                    text += r.text;
                lines.append(text);
            }
        }
    }
    return lines.join(u'\n');
}

template<typename T> QByteArray why(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

// A register as the register's store would report it: 123,456 distinct persons.
RegisterStats registerOf123456()
{
    RegisterStats s;
    s.rows = 130000;
    s.duplicates = 6000;
    s.invalidIdNumbers = 544;
    s.records = 123456;
    s.minors = 301;
    s.under14 = 120;
    s.byCategory = { { u"财产信息"_s, 812 }, { u"行踪轨迹"_s, 5234 }, { u"通信记录"_s, 40000 },
        { u"姓名及电话"_s, 77410 } };
    s.asOf = QDate(2022, 3, 1);
    return s;
}

} // namespace

class TstPublicInterest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { pinClock(); }
    void init();
    void cleanup() { m_lib.reset(); }

    void countsAreWrittenAsCourtsWriteThem();
    void scaleSentenceComesFromTheRegister();
    void complaintClaimsItemByItemToThePublic();
    void criminalIncidentalSuitSaysSo();
    void conductBeforeThePiplIsPleadedUnderTheEarlierLaw();
    void announcementStatesItsPeriodAndContact();
    void whatTheProcuratorateLacksIsNamed();
    void evidenceListNeedsNoPlaintiff();

private:
    Library &lib() { return *m_lib->library; }
    QString render(const QString &templateId, bool draft = false);
    qint64 addItem(DamagesHead head, qint64 fen, const QList<qint64> &defendants,
        Recipient to = Recipient::Treasury, const QString &toName = {});

    std::unique_ptr<TempLibrary> m_lib;
    qint64 m_case = 0;
    qint64 m_seller = 0; // 张某, who sold the data
    qint64 m_buyer = 0; // the company that bought and used it
    std::optional<RegisterStats> m_stats = registerOf123456();
};

void TstPublicInterest::init()
{
    m_lib = std::make_unique<TempLibrary>();
    QVERIFY(m_lib->library);
    m_stats = registerOf123456();
    CaseRecord c;
    c.title = u"北京市海淀区人民检察院诉张某等个人信息保护民事公益诉讼案"_s;
    c.kind = CaseKind::PublicInterest;
    c.court = u"北京市第一中级人民法院"_s;
    c.cause = u"个人信息保护纠纷"_s;
    c.procuratorateNumber = u"京海检民公诉〔2026〕1号"_s;
    auto id = lib().cases().createCase(c);
    QVERIFY(id.ok());
    m_case = id.value();
    PartyRecord procuratorate;
    procuratorate.caseId = m_case;
    procuratorate.role = PartyRole::PublicInterestPlaintiff;
    procuratorate.type = PartyType::Organisation;
    procuratorate.name = u"北京市海淀区人民检察院"_s;
    procuratorate.address = u"北京市海淀区某某路1号"_s;
    QVERIFY(lib().cases().addParty(procuratorate).ok());
    PartyRecord seller;
    seller.caseId = m_case;
    seller.role = PartyRole::Defendant;
    seller.name = u"张某"_s;
    seller.sex = Sex::Male;
    seller.birthDate = QDate(1990, 3, 7);
    seller.idNumber = u"110105199003071239"_s;
    seller.address = u"北京市朝阳区某某街2号"_s;
    m_seller = lib().cases().addParty(seller).value();
    PartyRecord buyer;
    buyer.caseId = m_case;
    buyer.role = PartyRole::Defendant;
    buyer.type = PartyType::Organisation;
    buyer.name = u"北京某某数据科技有限公司"_s;
    buyer.uscc = u"91110108MA01XQ7B24"_s;
    buyer.address = u"北京市海淀区某某大厦3层"_s;
    m_buyer = lib().cases().addParty(buyer).value();
    for (const auto &[date, text] :
        { std::pair { u"2022-03-01"_s,
              u"被告张某通过即时通讯群组向被告北京某某数据科技有限公司出售公民个人信息。"_s },
            std::pair { u"2022-08-15"_s, u"公安机关查获被告存储的公民个人信息数据。"_s } }) {
        EventRecord e;
        e.caseId = m_case;
        e.date = date;
        e.text = text;
        QVERIFY(lib().events().addEvent(e).ok());
    }
    QVERIFY(
        lib()
            .claims()
            .setRequests(m_case,
                { u"判令被告立即停止非法买卖公民个人信息的行为，删除其非法获取的公民个人信息"_s })
            .ok());
    PublicInterestStore store(lib());
    QVERIFY(
        store.setProsecutors(m_case, { { u"王某"_s, u"检察官"_s }, { u"李某"_s, u"检察官助理"_s } })
            .ok());
    PublicNotice notice;
    notice.publishedOn = QDate(2025, 12, 1);
    notice.medium = u"正义网"_s;
    notice.contact = u"王某"_s;
    notice.phone = u"010-82345678"_s;
    notice.outcome = NoticeOutcome::None;
    QVERIFY(store.setNotice(m_case, notice).ok());
}

qint64 TstPublicInterest::addItem(DamagesHead head, qint64 fen, const QList<qint64> &defendants,
    Recipient to, const QString &toName)
{
    DamagesRecord r;
    r.caseId = m_case;
    r.head = head;
    r.amountFen = fen;
    r.defendantIds = defendants;
    r.recipient = to;
    r.recipientName = toName;
    const auto id = lib().damages().addItem(r);
    return id.ok() ? id.value() : 0;
}

QString TstPublicInterest::render(const QString &templateId, bool draft)
{
    FilingOptions options;
    options.draft = draft;
    options.registerStats = m_stats;
    const auto document = buildDocument(lib(), m_case, templateId, TemplateRegistry(), options);
    if (!document.ok())
        return u"REFUSED: "_s + document.error().message;
    const QString text = plainText(document.value());
    if (qEnvironmentVariableIsSet("HABEAS_DUMP"))
        qInfo().noquote() << text;
    return text;
}

void TstPublicInterest::countsAreWrittenAsCourtsWriteThem()
{
    QCOMPARE(approximateCount(0, u"条"_s), u"0条"_s);
    QCOMPARE(approximateCount(9999, u"条"_s), u"9999条"_s);
    QCOMPARE(approximateCount(10000, u"条"_s), u"1万条"_s);
    QCOMPARE(approximateCount(123456, u"条"_s), u"12.3万余条"_s); // cut, never rounded up
    QCOMPARE(approximateCount(129999, u"条"_s), u"12.9万余条"_s);
    QCOMPARE(approximateCount(123000, u"条"_s), u"12.3万条"_s);
    QCOMPARE(approximateCount(120000, u"条"_s), u"12万条"_s);
    QCOMPARE(approximateCount(100000001, u"条"_s), u"1亿余条"_s);
    QCOMPARE(approximateCount(250000000, u"条"_s), u"2.5亿条"_s);
    QCOMPARE(approximateCount(10000000, u"人"_s), u"1000万人"_s);
}

void TstPublicInterest::scaleSentenceComesFromTheRegister()
{
    // The most sensitive categories first (2017 interpretation Art. 5), each exact; the minors
    // after them.
    QCOMPARE(registerScaleSentence(registerOf123456()),
        u"涉及公民个人信息12.3万余条，其中行踪轨迹信息5234条、财产信息812条、通信记录信息40000条、"
        "姓名及电话信息77410条，未成年人信息301条（其中未满十四周岁未成年人信息120条）"_s);
    RegisterStats small;
    small.rows = small.records = 3456;
    QCOMPARE(registerScaleSentence(small), u"涉及公民个人信息3456条"_s);
    small.under14 = 12;
    QCOMPARE(registerScaleSentence(small),
        u"涉及公民个人信息3456条，其中未满十四周岁未成年人信息12条"_s);
    QCOMPARE(registerScaleSentence(RegisterStats {}), QString());
}

void TstPublicInterest::complaintClaimsItemByItemToThePublic()
{
    // The seller's own gain, the two defendants' joint gain, and a per-record item counted from
    // the register's 行踪轨迹 category (the typed count, 1, is replaced by the register's 5234).
    QVERIFY(addItem(DamagesHead::IllegalGain, 8600000, { m_seller }));
    QVERIFY(addItem(DamagesHead::IllegalGain, 12000000, { m_seller, m_buyer }, Recipient::Fund,
        u"北京市个人信息保护公益基金"_s));
    DamagesRecord perRecord;
    perRecord.caseId = m_case;
    perRecord.head = DamagesHead::PerRecord;
    perRecord.records = 1;
    perRecord.perRecordFen = 100;
    perRecord.coefficients = { { u"敏感个人信息"_s, u"10"_s } };
    perRecord.defendantIds = { m_buyer };
    perRecord.recipient = Recipient::Treasury;
    perRecord.registerBasis = u"category:行踪轨迹"_s;
    QVERIFY(lib().damages().addItem(perRecord).ok());
    QVERIFY(PublicInterestStore(lib())
                .setFine(m_case, m_seller, CriminalFine { 2000000, u"（2025）京0108刑初123号"_s })
                .ok());

    const QString text = render(u"public-interest-complaint"_s);
    QVERIFY2(!text.startsWith(u"REFUSED"_s), qPrintable(text));
    QVERIFY(text.contains(u"民事公益诉讼起诉书\n京海检民公诉〔2026〕1号"_s));
    QVERIFY(text.contains(u"公益诉讼起诉人：北京市海淀区人民检察院"_s));
    QVERIFY(!text.contains(u"原告"_s));
    QVERIFY(!text.contains(u"诉讼费用"_s));
    // Each item names its own defendants and payee; only the joint one is joint.
    QVERIFY2(
        text.contains(
            u"判令被告张某按违法所得赔偿社会公共利益损失人民币86,000元（大写：人民币捌万陆仟元整），上缴国库；"_s),
        qPrintable(text));
    QVERIFY(text.contains(
        u"判令被告张某、被告北京某某数据科技有限公司按违法所得连带赔偿社会公共利益损失"
        "人民币120,000元（大写：人民币壹拾贰万元整），支付至北京市个人信息保护公益基金，"
        "专门用于个人信息保护公益事项；"_s));
    QVERIFY(text.contains(u"判令被告北京某某数据科技有限公司按涉案个人信息条数赔偿社会公共利益损失"
                          "人民币52,340元"_s));
    QVERIFY(!text.contains(u"对上述赔偿承担连带责任"_s)); // never every defendant for everything
    // The working, with the register's count; the fine beside the gain, not claimed.
    QVERIFY(text.contains(u"行踪轨迹信息5234条×每条人民币1元×敏感个人信息系数10＝人民币52,340元"
                          "（条数取自涉案人员登记名册）"_s));
    QVERIFY(text.contains(
        u"被告张某：本案请求其按违法所得赔偿人民币86,000元；与其他被告连带按违法所得"
        "赔偿人民币120,000元；（2025）京0108刑初123号刑事判决已判处其罚金人民币20,000元"
        "（罚金不属本案诉讼请求）。"_s));
    QVERIFY(text.contains(
        u"经本院审查，被告的行为涉及公民个人信息12.3万余条，其中行踪轨迹信息5234条"_s));
    // The announcement with its legal basis; PIPL 70 for conduct of 2022.
    QVERIFY(text.contains(
        u"本院依照《最高人民法院、最高人民检察院关于检察公益诉讼案件适用法律若干问题的解释》"
        "第十三条的规定，于2025年12月1日在正义网发布诉前公告，公告期间为三十日，至2025年12月31日"
        "届满。公告期满，法律规定的消费者组织和由国家网信部门确定的组织未提起诉讼。"_s));
    QVERIFY(text.contains(
        u"《中华人民共和国个人信息保护法》第七十条规定：“个人信息处理者违反本法规定"_s));
    QVERIFY(!text.contains(u"消费者权益保护法"_s));
    QVERIFY(text.contains(u"提起民事公益诉讼，请依法判决。"_s));
    QVERIFY(text.contains(u"检察官　王某\n检察官助理　李某\n北京市海淀区人民检察院（院印）"_s));
}

void TstPublicInterest::criminalIncidentalSuitSaysSo()
{
    QVERIFY(addItem(DamagesHead::IllegalGain, 8600000, { m_seller }));
    CaseRecord c = lib().cases().caseById(m_case).value();
    c.kind = CaseKind::CriminalIncidentalPublicInterest;
    QVERIFY(lib().cases().updateCase(c).ok());
    QCOMPARE(lib().cases().caseById(m_case)->kind, CaseKind::CriminalIncidentalPublicInterest);
    const QString text = render(u"public-interest-complaint"_s);
    QVERIFY2(
        text.contains(u"刑事附带民事公益诉讼起诉书\n京海检民公诉〔2026〕1号"_s), qPrintable(text));
    QVERIFY(text.contains(u"第十三条、第二十条之规定，提起刑事附带民事公益诉讼，请依法判决。"_s));
    QVERIFY(!text.contains(u"原告"_s));
}

void TstPublicInterest::conductBeforeThePiplIsPleadedUnderTheEarlierLaw()
{
    QVERIFY(addItem(DamagesHead::IllegalGain, 8600000, { m_seller }));
    for (const EventRecord &e : lib().events().events(m_case).value())
        QVERIFY(lib().events().trashEvent(e.id).ok());
    EventRecord e;
    e.caseId = m_case;
    e.date = u"2021-06-10"_s; // the Civil Code in force, the PIPL not yet
    e.text = u"被告张某向被告北京某某数据科技有限公司出售其收集的消费者个人信息。"_s;
    QVERIFY(lib().events().addEvent(e).ok());
    const QString text = render(u"public-interest-complaint"_s);
    QVERIFY2(!text.contains(u"个人信息保护法"_s), qPrintable(text));
    QVERIFY(text.contains(
        u"《中华人民共和国民法典》第一百一十一条规定：“自然人的个人信息受法律保护。"_s));
    QVERIFY(text.contains(
        u"《中华人民共和国民法典》第一千零三十八条第一款规定：“信息处理者不得泄露或者篡改"_s));
    QVERIFY(text.contains(
        u"《中华人民共和国消费者权益保护法》第二十九条第二款规定：“经营者及其工作人员"_s));
    QVERIFY(text.contains(
        u"《中华人民共和国消费者权益保护法》第四十七条规定：“对侵害众多消费者合法权益的行为"_s));
    QVERIFY(text.contains(u"《中华人民共和国民事诉讼法》第五十八条第二款规定"_s));
    QVERIFY(text.contains(u"公告期满，法律规定的机关和有关组织未提起诉讼。"_s));
    // Before the Civil Code (2021-01-01): the Cybersecurity Law instead.
    for (const EventRecord &old : lib().events().events(m_case).value())
        QVERIFY(lib().events().trashEvent(old.id).ok());
    e.date = u"2019-05-01"_s;
    QVERIFY(lib().events().addEvent(e).ok());
    const QString earlier = render(u"public-interest-complaint"_s);
    QVERIFY(!earlier.contains(u"民法典"_s));
    QVERIFY(
        earlier.contains(u"《中华人民共和国网络安全法》第四十四条规定：“任何个人和组织不得窃取"_s));
    const QString notice = render(u"pre-suit-notice"_s);
    QVERIFY(notice.contains(u"请法律规定的机关和有关组织在本公告发出之日起三十日内"_s));
}

void TstPublicInterest::announcementStatesItsPeriodAndContact()
{
    const QString text = render(u"pre-suit-notice"_s);
    QVERIFY2(!text.startsWith(u"REFUSED"_s), qPrintable(text));
    QVERIFY(text.contains(
        u"本院在履行职责中发现，张某、北京某某数据科技有限公司实施了侵害众多个人的个人信息"
        "权益的行为，涉及公民个人信息12.3万余条"_s));
    QVERIFY(text.contains(
        u"请法律规定的消费者组织和由国家网信部门确定的组织在本公告发出之日起三十日内将有关"
        "情况书面反馈本院。本公告于2025年12月1日发布，公告期于2025年12月31日届满。"_s));
    QVERIFY(text.contains(u"联系人：王某\n联系电话：010-82345678"_s));
    QVERIFY(text.endsWith(u"北京市海淀区人民检察院\n2025年12月1日"_s));
    // Before the period ends, the announcement still renders, the complaint not.
    PublicNotice fresh = PublicInterestStore(lib()).record(m_case)->notice.value();
    fresh.publishedOn = QDate(2026, 2, 20);
    fresh.outcome = NoticeOutcome::Unknown;
    QVERIFY(PublicInterestStore(lib()).setNotice(m_case, fresh).ok());
    QVERIFY(!render(u"pre-suit-notice"_s).startsWith(u"REFUSED"_s));
    QVERIFY(render(u"public-interest-complaint"_s)
                .contains(u"诉前公告期满（公告期至2026年3月23日届满）"_s));
    // Required: a contact phone that is one (checkPhone), and an outcome only after the period.
    fresh.phone = u"123"_s;
    QVERIFY(!PublicInterestStore(lib()).setNotice(m_case, fresh).ok());
    fresh.phone = u"010-82345678"_s;
    fresh.contact.clear();
    QVERIFY(!PublicInterestStore(lib()).setNotice(m_case, fresh).ok());
    fresh.contact = u"王某"_s;
    fresh.outcome = NoticeOutcome::None;
    const auto early = PublicInterestStore(lib()).setNotice(m_case, fresh);
    QVERIFY(!early.ok());
    QVERIFY(early.error().message.contains(u"2026-03-23"_s));
}

void TstPublicInterest::whatTheProcuratorateLacksIsNamed()
{
    QVERIFY(addItem(DamagesHead::IllegalGain, 8600000, {}, Recipient::Unset));
    CaseRecord c = lib().cases().caseById(m_case).value();
    c.procuratorateNumber.clear();
    const auto cleared = lib().cases().updateCase(c);
    QVERIFY(cleared.ok());
    c.rowVersion = cleared.value(); // the version it wrote: this record is not stale
    PublicNotice n = PublicInterestStore(lib()).record(m_case)->notice.value();
    n.outcome = NoticeOutcome::CameForward;
    n.organisations = { u"中国消费者协会"_s };
    QVERIFY(PublicInterestStore(lib()).setNotice(m_case, n).ok());
    m_stats.reset();
    const QString refused = render(u"public-interest-complaint"_s);
    for (const QString &lack : { u"检察机关的文号"_s, u"涉案人员登记名册（涉及的个人信息条数）"_s,
             u"损害赔偿项目「违法所得」由哪一被告承担"_s,
             u"损害赔偿项目「违法所得」的款项去向（上缴国库、公益基金或组织）"_s,
             u"公告期满已有组织（中国消费者协会）提起诉讼"_s })
        QVERIFY2(refused.contains(lack), qPrintable(lack + u"\n"_s + refused));
    const QString draft = render(u"public-interest-complaint"_s, true);
    QVERIFY(draft.contains(u"⟦缺：检察机关的文号⟧"_s) || draft.contains(u"缺：文号"_s));
    // A private case cannot use the procuratorate's forms, nor carry its number.
    c.kind = CaseKind::Private;
    const auto madePrivate = lib().cases().updateCase(c);
    QVERIFY(madePrivate.ok());
    c.rowVersion = madePrivate.value();
    c.procuratorateNumber = u"京海检民公诉〔2026〕1号"_s;
    QCOMPARE(lib().cases().updateCase(c).error().kind, Error::Kind::Input);
    QVERIFY(!PublicInterestStore(lib()).setProsecutors(m_case, { { u"王某"_s, {} } }).ok());
}

void TstPublicInterest::evidenceListNeedsNoPlaintiff()
{
    EvidenceRecord meta;
    meta.title = u"扣押的U盘中的公民个人信息数据"_s;
    meta.group = 1;
    meta.source = u"公安机关扣押"_s;
    meta.purpose = u"证明被告非法获取公民个人信息的数量和种类"_s;
    QTemporaryDir dir;
    QFile f(dir.filePath(u"data.txt"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("x");
    f.close();
    QCOMPARE(lib().evidence().importFile(m_case, f.fileName(), meta).kind,
        ImportOutcome::Kind::Imported);
    for (CaseKind kind : { CaseKind::PublicInterest, CaseKind::CriminalIncidentalPublicInterest }) {
        CaseRecord c = lib().cases().caseById(m_case).value();
        c.kind = kind;
        QVERIFY(lib().cases().updateCase(c).ok());
        for (const QString &id : { u"evidence-list"_s, u"evidence-bundle"_s }) {
            const QString text = render(id);
            QVERIFY2(!text.startsWith(u"REFUSED"_s), qPrintable(text));
            QVERIFY(text.contains(
                u"公益诉讼起诉人北京市海淀区人民检察院诉被告张某、北京某某数据科技有限公司"_s));
            QVERIFY(text.contains(u"文号：京海检民公诉〔2026〕1号"_s));
            QVERIFY(text.contains(u"提交人：北京市海淀区人民检察院"_s));
            QVERIFY(!text.contains(u"原告"_s));
        }
    }
}

QTEST_GUILESS_MAIN(TstPublicInterest)
#include "tst_publicinterest.moc"
