#include "demo/demolibrary.h"

#include "cases/casestore.h"
#include "cases/eventstore.h"
#include "damages/damagesstore.h"
#include "demo/demoevidence.h"
#include "demo/demoletters.h"
#include "storage/library.h"

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

// The 2,900 yuan of rights-protection costs the court awarded, as ledger entries (the split
// between them is illustrative: the report gives only the total), priced in three scenarios.
Status addDemoDamages(Library &library, qint64 caseId, qint64 defendantId)
{
    DamagesStore &damages = library.damages();
    const struct {
        const char16_t *scenario;
        ExpenseKind kind;
        qint64 fen;
        const char16_t *payee;
        const char16_t *receipt;
        const char16_t *paidOn;
    } ledger[] = {
        { u"claimed", ExpenseKind::Notary, 120000, u"北京市某某公证处", u"公证费发票 No. 00112233",
            u"2021-01-22" },
        { u"claimed", ExpenseKind::Lawyer, 150000, u"北京市某某律师事务所",
            u"律师费发票 No. 00445566", u"2021-01-25" },
        { u"claimed", ExpenseKind::Travel, 20000, u"交通费（出租车）", u"出租车票 3 张",
            u"2021-01-27" },
        { u"expected", ExpenseKind::Notary, 120000, u"北京市某某公证处", u"公证费发票 No. 00112233",
            u"2021-01-22" },
        { u"expected", ExpenseKind::Lawyer, 150000, u"北京市某某律师事务所",
            u"律师费发票 No. 00445566", u"2021-01-25" },
        { u"expected", ExpenseKind::Travel, 20000, u"交通费（出租车）", u"出租车票 3 张",
            u"2021-01-27" },
        { u"conservative", ExpenseKind::Notary, 120000, u"北京市某某公证处",
            u"公证费发票 No. 00112233", u"2021-01-22" },
        { u"conservative", ExpenseKind::Lawyer, 80000, u"北京市某某律师事务所",
            u"律师费发票 No. 00445566（部分支持）", u"2021-01-25" },
    };
    for (const auto &e : ledger) {
        DamagesRecord r;
        r.caseId = caseId;
        r.head = DamagesHead::RightsProtectionCost;
        r.scenario = QString::fromUtf16(e.scenario);
        r.amountFen = e.fen;
        r.expenseKind = e.kind;
        r.payee = QString::fromUtf16(e.payee);
        r.receipt = QString::fromUtf16(e.receipt);
        r.paidOn = QDate::fromString(QString::fromUtf16(e.paidOn), Qt::ISODate);
        r.basis = defaultBasis(r.head);
        r.defendantIds = { defendantId };
        if (auto st = damages.addItem(r); !st.ok())
            return st.error();
    }
    DamagesRecord distress;
    distress.caseId = caseId;
    distress.head = DamagesHead::MentalDistress;
    distress.scenario = scenario::kClaimed;
    distress.amountFen = 500000;
    distress.description = u"强制收集个人信息、未经同意开通账户并发送营销短信造成的精神损害"_s;
    distress.basis = defaultBasis(distress.head);
    distress.factors = { u"fault"_s, u"circumstances"_s, u"consequences"_s };
    // The serious harm Civil Code Art. 1183(1) requires, in the lawyer's words.
    distress.seriousHarm =
        u"原告的两个手机号码被用于开通账户并持续收到营销短信，其账户及订单信息被提供给关联App，"
        u"原告因担忧个人信息被进一步滥用而长期焦虑，正常生活受到严重干扰"_s;
    distress.defendantIds = { defendantId };
    if (auto st = damages.addItem(distress); !st.ok())
        return st.error();
    return {};
}

// 罗某, the app's operator, and 罗某's lawyer; returns the defendant's id.
Result<qint64> addDemoParties(CaseStore &cases, qint64 caseId)
{
    PartyRecord plaintiff;
    plaintiff.caseId = caseId;
    plaintiff.role = PartyRole::Plaintiff;
    plaintiff.type = PartyType::Person;
    plaintiff.name = u"罗某"_s;
    plaintiff.sex = Sex::Male;
    plaintiff.birthDate = QDate(1990, 3, 7);
    plaintiff.ethnicity = u"汉族"_s;
    plaintiff.occupation = u"公司职员"_s;
    plaintiff.employer = u"北京某某咨询有限公司"_s;
    plaintiff.address = u"北京市朝阳区某某路1号院2号楼301室"_s;
    plaintiff.idNumber = u"110105199003071239"_s;
    plaintiff.phone = u"13800138000"_s;
    auto plaintiffId = cases.addParty(plaintiff);
    if (!plaintiffId.ok())
        return plaintiffId.error();

    PartyRecord defendant;
    defendant.caseId = caseId;
    defendant.role = PartyRole::Defendant;
    defendant.type = PartyType::Organisation;
    defendant.name = u"北京某某教育科技有限公司"_s;
    defendant.uscc = u"91110108MA01XQ7B24"_s;
    defendant.address = u"北京市海淀区某某街10号5层501"_s;
    defendant.legalRep = u"张某"_s;
    defendant.legalRepTitle = u"执行董事"_s;
    defendant.phone = u"010-62345678"_s;
    auto defendantId = cases.addParty(defendant);
    if (!defendantId.ok())
        return defendantId.error();

    PartyRecord agent;
    agent.caseId = caseId;
    agent.role = PartyRole::Agent;
    agent.type = PartyType::Person;
    agent.name = u"王某"_s;
    agent.sex = Sex::Female;
    agent.occupation = u"律师"_s;
    agent.employer = u"北京市某某律师事务所"_s;
    agent.phone = u"13900139000"_s;
    agent.representsId = plaintiffId.value();
    // The client grants the powers one by one (CPL 62): no admission or waiver of claims.
    agent.authority = Authority::Special;
    agent.specialPowers = { u"modify"_s, u"settle"_s, u"appeal"_s };
    if (auto st = cases.addParty(agent); !st.ok())
        return st.error();
    return defendantId;
}

// The chronology, two facts of it disputed.
Status addDemoEvents(Library &library, qint64 caseId)
{
    const struct {
        const char16_t *date;
        DatePrecision precision;
        const char16_t *text;
        bool disputed;
    } events[] = {
        { u"2021-01-15", DatePrecision::Day,
            u"被告经线下合作门店，未经原告同意获取原告的两个手机号码，为其分别开通账户并设置密码，"
            "随后向该两个号码发送营销短信。",
            true },
        { u"2021-01-20", DatePrecision::Day,
            u"原告首次登录被告App，App要求填写职业、学习阶段、学习目的、英语水平及中英文真实姓名，"
            "未提供跳过或拒绝选项，不填写无法使用。",
            false },
        { u"2021-01", DatePrecision::Month,
            u"被告根据原告填写的信息生成“上班族”“商务职场”等用户画像标签，并将原告的账户及订单信息"
            u"共享给两款关联App。",
            true },
        { u"2021-01-27", DatePrecision::Day, u"原告向北京互联网法院提起诉讼。", false },
    };
    for (const auto &e : events) {
        EventRecord record;
        record.caseId = caseId;
        record.date = QString::fromUtf16(e.date);
        record.precision = e.precision;
        record.text = QString::fromUtf16(e.text);
        record.disputed = e.disputed;
        if (auto st = library.events().addEvent(record); !st.ok())
            return st.error();
    }
    return {};
}

} // namespace

Result<qint64> addDemoCase(Library &library)
{
    CaseStore &cases = library.cases();

    CaseRecord c;
    c.title = u"罗某诉北京某某教育科技有限公司个人信息保护纠纷案"_s;
    c.kind = CaseKind::Private;
    c.stage = CaseStage::FirstInstance;
    c.court = u"北京互联网法院"_s;
    c.number = u"（2021）京0491民初5094号"_s;
    c.cause = u"个人信息保护纠纷"_s;
    c.filedOn = QDate(2021, 1, 27);
    c.notes =
        u"英语学习App首次登录强制收集职业、学习阶段、学习目的、英语水平及真实姓名，无跳过或拒绝选项"
        u"；"
        "未经同意为原告两个手机号码开通账户并发送营销短信；向两款关联App共享账户及订单信息。"
        // Which law applies, and why (LEGAL-BRIEF §3, §7): the dates decide, not the judgment.
        "法律适用：被诉行为发生于2021年1月，民法典已自2021年1月1日起施行，"
        "个人信息保护法（2021年11月1日起施行）尚未施行，起诉时（2021年1月27日）亦未通过；"
        "故依民法典第一千零三十四条至第一千零三十八条、网络安全法第四十一条、第四十二条、"
        "消费者权益保护法第二十九条主张，不援引个人信息保护法，更不援引"
        "2025年1月1日起施行的网络数据安全管理条例。"_s;
    auto caseId = cases.createCase(c);
    if (!caseId.ok())
        return caseId.error();

    const auto defendantId = addDemoParties(cases, caseId.value());
    if (!defendantId.ok())
        return defendantId.error();
    if (auto st = addDemoEvents(library, caseId.value()); !st.ok())
        return st.error();
    if (auto st = addDemoDamages(library, caseId.value(), defendantId.value()); !st.ok())
        return st.error();
    if (auto st = addDemoEvidence(library, caseId.value()); !st.ok())
        return st.error();
    if (auto st = addDemoLetters(library, caseId.value()); !st.ok())
        return st.error();
    return caseId;
}

} // namespace habeas
