// Letters, applications and parties from the case's own facts (issue 11, items 5-7): generated
// from the demo and from cases built here the way a lawyer would — a 2019 consent case, a
// data-leak case, a minors case, an organisation's power of attorney, a deceased's data — and
// read sentence by sentence.
#include "cases/casestore.h"
#include "cases/documentfieldstore.h"
#include "cases/eventstore.h"
#include "cases/requeststore.h"
#include "damages/damagesstore.h"
#include "demo/demolibrary.h"
#include "documentfields.h"
#include "filingcontext.h"
#include "law/claimstore.h"
#include "templateregistry.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

namespace {

QString runsText(const QList<doc::Run> &runs)
{
    QString text;
    for (const doc::Run &r : runs)
        text += r.text;
    return text;
}

// Blocks on lines of their own, as doc::Document::plainText() joins them.
QString plainText(const doc::Document &document)
{
    QStringList lines;
    for (const doc::Block &block : document.blocks) {
        if (const auto *p = std::get_if<doc::Paragraph>(&block))
            lines.append(p->text());
        else if (const auto *list = std::get_if<doc::List>(&block))
            for (const auto &item : list->items)
                lines.append(runsText(item));
    }
    return lines.join(u'\n');
}

template<typename T> QByteArray why(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

} // namespace

class TstLetters final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { pinClock(); }
    void init();
    void cleanup() { m_lib.reset(); }

    void demoLettersSayOnlyWhatTheCaseRecords();
    void consentCaseOf2019WithdrawsOnlyFromTheChronology();
    void leakCaseDemandsInTheLawyersWords();
    void apologyHasItsFormMediumAndDuration();
    void minorPleadsThroughTheStatutoryAgent();
    void organisationSignsAsASealedPrincipal();
    void deceasedsDataCitePipl49();
    void applicationsNeedTheirFields();
    void badFieldValuesAreRefusedByName();

private:
    Library &lib() { return *m_lib->library; }
    qint64 newCase(const QString &title, const QString &cause = u"个人信息保护纠纷"_s);
    qint64 person(qint64 caseId, PartyRole role, const QString &name, const QDate &born,
        qint64 represents = 0);
    qint64 company(qint64 caseId, PartyRole role, const QString &name);
    qint64 lawyer(
        qint64 caseId, qint64 principal, Authority authority, const QStringList &powers = {});
    qint64 addEvent(qint64 caseId, const QString &date, const QString &text);
    QString render(qint64 caseId, const QString &templateId, bool draft = false);
    Result<doc::Document> build(qint64 caseId, const QString &templateId, bool draft = false);
    void setFields(qint64 caseId, const QString &templateId, const QMap<QString, QString> &values);

    std::unique_ptr<TempLibrary> m_lib;
    TemplateRegistry m_registry;
};

void TstLetters::init()
{
    m_lib = std::make_unique<TempLibrary>();
    QVERIFY(m_lib->library);
}

qint64 TstLetters::newCase(const QString &title, const QString &cause)
{
    CaseRecord c;
    c.title = title;
    c.court = u"北京互联网法院"_s;
    c.cause = cause;
    return lib().cases().createCase(c).value();
}

qint64 TstLetters::person(
    qint64 caseId, PartyRole role, const QString &name, const QDate &born, qint64 represents)
{
    PartyRecord p;
    p.caseId = caseId;
    p.role = role;
    p.name = name;
    p.sex = Sex::Male;
    p.birthDate = born;
    p.ethnicity = u"汉族"_s;
    p.occupation = born.year() > 2008 ? u"学生"_s : u"职员"_s;
    p.address = u"北京市海淀区某某路2号"_s;
    p.phone = u"13800138001"_s;
    p.representsId = represents;
    if (role == PartyRole::Agent) {
        p.agency = Agency::Statutory;
        p.relation = u"父亲"_s;
    }
    const auto id = lib().cases().addParty(p);
    if (!id.ok())
        qWarning("addParty: %s", why(id).constData());
    return id.ok() ? id.value() : 0;
}

qint64 TstLetters::company(qint64 caseId, PartyRole role, const QString &name)
{
    PartyRecord p;
    p.caseId = caseId;
    p.role = role;
    p.type = PartyType::Organisation;
    p.name = name;
    p.address = u"上海市浦东新区某某路8号"_s;
    p.legalRep = u"李某"_s;
    p.legalRepTitle = u"董事长"_s;
    return lib().cases().addParty(p).value();
}

qint64 TstLetters::lawyer(
    qint64 caseId, qint64 principal, Authority authority, const QStringList &powers)
{
    PartyRecord p;
    p.caseId = caseId;
    p.role = PartyRole::Agent;
    p.name = u"陈律师"_s;
    p.occupation = u"律师"_s;
    p.employer = u"北京市某某律师事务所"_s;
    p.representsId = principal;
    p.authority = authority;
    p.specialPowers = powers;
    return lib().cases().addParty(p).value();
}

qint64 TstLetters::addEvent(qint64 caseId, const QString &date, const QString &text)
{
    EventRecord e;
    e.caseId = caseId;
    e.date = date;
    e.text = text;
    return lib().events().addEvent(e).value();
}

Result<doc::Document> TstLetters::build(qint64 caseId, const QString &templateId, bool draft)
{
    return buildDocument(lib(), caseId, templateId, m_registry, draft);
}

QString TstLetters::render(qint64 caseId, const QString &templateId, bool draft)
{
    const auto document = build(caseId, templateId, draft);
    return document.ok() ? plainText(document.value()) : u"REFUSED: "_s + document.error().message;
}

void TstLetters::setFields(
    qint64 caseId, const QString &templateId, const QMap<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const auto spec = documentFieldSpec(templateId, it.key());
        QVERIFY2(spec, qPrintable(templateId + u"."_s + it.key()));
        const Status ok = checkDocumentField(lib(), caseId, *spec, it.value());
        QVERIFY2(ok.ok(), why(ok).constData());
    }
    QVERIFY(DocumentFieldStore(lib()).setFields(caseId, templateId, values).ok());
}

void TstLetters::demoLettersSayOnlyWhatTheCaseRecords()
{
    const qint64 c = addDemoCase(lib()).value();
    // Consent was never given in the demo: the deletion letter withdraws nothing and deletes
    // only the categories the lawyer chose, within the lawyer's period.
    const QString deletion = render(c, u"deletion-request"_s);
    QVERIFY2(!deletion.startsWith(u"REFUSED"_s), qPrintable(deletion));
    QVERIFY(!deletion.contains(u"撤回"_s));
    QVERIFY(!deletion.contains(u"同意的"_s));
    QVERIFY(deletion.contains(
        u"贵方处理请求人的下列个人信息：贵方未经请求人同意获取的请求人的两个"
        "手机号码及据此开通的账户信息；据请求人填写的信息生成的用户画像标签。"_s));
    QVERIFY(deletion.contains(u"删除贵方处理的请求人的上述个人信息；"_s));
    QVERIFY(!deletion.contains(u"全部"_s));
    QVERIFY(deletion.contains(u"请贵方在收到本函之日起十五日内书面答复。"_s));
    // The access letter: PIPL 44, 45, 50 (48 as the lawyer chose), the chosen categories only.
    const QString access = render(c, u"access-request"_s);
    QVERIFY2(
        access.contains(u"依据《中华人民共和国个人信息保护法》第四十四条、第四十五条、第四十八条"
                        "、第五十条的规定，现向贵方提出如下请求："_s),
        qPrintable(access));
    QVERIFY(!access.contains(u"第四十九条"_s)); // no deceased's data here
    QVERIFY(access.contains(
        u"提供贵方处理的下列个人信息供请求人查阅、复制：注册及登录时填写的手机号码"_s));
    QVERIFY(!access.contains(u"短信发送记录"_s)); // the categories the template used to hard-code
    QVERIFY(access.contains(u"请贵方在收到本函之日起十五日内答复并提供上述信息。"_s));
    // The 律师函 demands each request in the lawyer's words, then the money, never 判令.
    const QString letter = render(c, u"lawyer-letter"_s);
    const QString demands = letter.mid(letter.indexOf(u"三、委托人的要求"_s));
    QVERIFY2(demands.contains(u"\n停止向关联公司提供委托人的个人信息；\n"_s), qPrintable(letter));
    QVERIFY(demands.contains(u"\n向委托人书面赔礼道歉；\n"_s));
    QVERIFY(demands.contains(u"赔偿委托人精神损害抚慰金人民币5,000元（大写：人民币伍仟元整）"_s));
    QVERIFY(!demands.contains(u"判令"_s));
    QVERIFY(!demands.contains(u"原告"_s));
    // The whole letter speaks to the addressee: no 原告 or 被告, no suit already brought.
    QVERIFY2(!letter.contains(u"原告"_s) && !letter.contains(u"被告"_s), qPrintable(letter));
    QVERIFY(!letter.contains(u"提起诉讼。"_s.prepend(u"法院"_s)));
    QVERIFY(letter.contains(u"贵方以委托人不提供非必要的个人信息为由拒绝提供服务"_s));
}

void TstLetters::consentCaseOf2019WithdrawsOnlyFromTheChronology()
{
    const qint64 c = newCase(u"赵某诉某某阅读App隐私纠纷案"_s);
    person(c, PartyRole::Plaintiff, u"赵某"_s, QDate(1988, 5, 2));
    company(c, PartyRole::Defendant, u"某某信息技术有限公司"_s);
    addEvent(c, u"2019-03-01"_s, u"原告注册被告App，勾选同意《隐私政策》。"_s);
    const qint64 withdrawal =
        addEvent(c, u"2019-06-10"_s, u"原告通过App“设置—隐私”撤回对个性化推荐的同意。"_s);
    addEvent(c, u"2019-07-15"_s, u"被告继续依据原告的阅读记录向其推荐内容。"_s);
    setFields(c, u"deletion-request"_s,
        { { u"categories"_s, u"阅读记录\n据阅读记录生成的兴趣标签"_s }, { u"grounds"_s, u"3"_s },
            { u"period"_s, u"20"_s } });
    // Item (三) chosen but no withdrawal pointed at on the chronology: nothing is generated.
    const QString refused = render(c, u"deletion-request"_s);
    QVERIFY2(refused.startsWith(u"REFUSED"_s) && refused.contains(u"大事记中撤回同意的事件"_s),
        qPrintable(refused));
    QVERIFY(build(c, u"deletion-request"_s, true).ok()); // a draft marks the gap
    setFields(c, u"deletion-request"_s, { { u"withdrawal"_s, QString::number(withdrawal) } });
    const QString text = render(c, u"deletion-request"_s);
    QVERIFY2(text.contains(u"\n2019年6月10日，原告通过App“设置—隐私”撤回对个性化推荐的同意。\n"_s),
        qPrintable(text));
    QVERIFY(text.contains(
        u"《中华人民共和国个人信息保护法》第四十七条第一款第（三）项：“（三）个人撤回同意；”"_s));
    QVERIFY(!text.contains(u"（四）"_s));
    QVERIFY(text.contains(u"贵方处理请求人的下列个人信息：阅读记录；据阅读记录生成的兴趣标签。"_s));
    QVERIFY(text.contains(u"请贵方在收到本函之日起二十日内书面答复。"_s));
    // The access letter of the same case: no explanation asked, so no PIPL 48.
    setFields(
        c, u"access-request"_s, { { u"categories"_s, u"阅读记录"_s }, { u"period"_s, u"30"_s } });
    const QString access = render(c, u"access-request"_s);
    QVERIFY2(
        access.contains(u"依据《中华人民共和国个人信息保护法》第四十四条、第四十五条、第五十条的"
                        "规定"_s),
        qPrintable(access));
    QVERIFY(!access.contains(u"第四十八条"_s));
    QVERIFY(!access.contains(u"解释说明"_s));
    QVERIFY(access.contains(u"查阅、复制：阅读记录；"_s));
    QVERIFY(access.contains(u"请贵方在收到本函之日起三十日内答复"_s));
}

void TstLetters::leakCaseDemandsInTheLawyersWords()
{
    const qint64 c = newCase(u"孙某诉某某快递公司个人信息泄露案"_s);
    const qint64 plaintiff = person(c, PartyRole::Plaintiff, u"孙某"_s, QDate(1979, 1, 9));
    company(c, PartyRole::Defendant, u"某某快递有限公司"_s);
    lawyer(c, plaintiff, Authority::General);
    addEvent(c, u"2023-04-02"_s, u"被告的运单系统遭入侵，原告的姓名、电话和住址被泄露。"_s);
    DamagesRecord distress;
    distress.caseId = c;
    distress.head = DamagesHead::MentalDistress;
    distress.amountFen = 500000;
    distress.description = u"住址泄露后持续收到骚扰电话造成的精神损害"_s;
    distress.basis = defaultBasis(distress.head);
    distress.factors = { u"consequences"_s };
    const auto added = lib().damages().addItem(distress);
    QVERIFY2(added.ok(), why(added).constData());
    QVERIFY(lib()
                .claims()
                .setRequests(c,
                    { u"判令被告停止向“原告帮”App提供原告的个人信息"_s,
                        u"判令被告删除其泄露的原告个人信息"_s })
                .ok());
    setFields(c, u"lawyer-letter"_s,
        { { u"period"_s, u"10"_s },
            { u"facts"_s,
                u"委托人于2019年6月10日通过贵方App撤回对个性化推荐的同意，贵方此后仍依据其阅读记录向其推荐内容。"_s },
            { u"analysis"_s,
                u"贵方在委托人撤回同意后继续处理其个人信息，违反了《中华人民共和国网络安全法》第四十一条第一款的规定。"_s } });
    // Until the lawyer words each demand, no letter: nothing is derived by replacing words.
    const QString refused = render(c, u"lawyer-letter"_s);
    QVERIFY2(refused.contains(u"诉讼请求第一项在律师函中的要求、诉讼请求第二项在律师函中的要求"_s),
        qPrintable(refused));
    RequestStore requests(lib());
    QVERIFY(requests.setDemand(c, 1, u"停止向“原告帮”App提供委托人的个人信息"_s).ok());
    QVERIFY(requests.setDemand(c, 2, u"删除贵方泄露的委托人个人信息。"_s).ok());
    const QString text = render(c, u"lawyer-letter"_s);
    // The facts and the analysis are the lawyer's letter, not the complaint's chronology.
    QVERIFY(text.contains(u"委托人于2019年6月10日通过贵方App撤回对个性化推荐的同意"_s));
    QVERIFY(!text.contains(u"原告注册被告App"_s));
    // The quotation keeps its 原告; the lawyer's words are printed as written.
    QVERIFY2(text.contains(
                 u"\n停止向“原告帮”App提供委托人的个人信息；\n删除贵方泄露的委托人个人信息；\n"_s),
        qPrintable(text));
    QVERIFY(
        text.contains(u"\n赔偿委托人精神损害抚慰金人民币5,000元（大写：人民币伍仟元整）。\n"_s));
    QVERIFY(text.contains(
        u"北京市某某律师事务所（以下简称“本所”）接受孙某（以下简称“委托人”）的委托"_s));
    QVERIFY(text.contains(u"请贵方在收到本函之日起十日内书面答复。"_s));
    // The requests keep their demands when their wording is set again unchanged.
    QVERIFY(lib()
                .claims()
                .setRequests(c,
                    { u"判令被告删除其泄露的原告个人信息"_s,
                        u"判令被告停止向“原告帮”App提供原告的个人信息"_s })
                .ok());
    QCOMPARE(requests.requests(c).value().first().demand, u"删除贵方泄露的委托人个人信息"_s);
}

void TstLetters::apologyHasItsFormMediumAndDuration()
{
    const qint64 c = newCase(u"孙某诉某某快递公司名誉及个人信息纠纷案"_s);
    person(c, PartyRole::Plaintiff, u"孙某"_s, QDate(1979, 1, 9));
    company(c, PartyRole::Defendant, u"某某快递有限公司"_s);
    RequestStore requests(lib());
    QVERIFY(!requests.addApology(c, ApologyForm::Public, u"《法治日报》"_s).ok()); // no days
    QVERIFY(!requests.addApology(c, ApologyForm::Written, u"《法治日报》"_s, 7).ok());
    QVERIFY(requests.addApology(c, ApologyForm::Public, u"其运营的“某某快递”App首页显著位置"_s, 30)
                .ok());
    const CaseRequest apology = requests.requests(c).value().first();
    QCOMPARE(apology.apology, ApologyForm::Public);
    QCOMPARE(apology.apologyDays, 30);
    const QString complaint = render(c, u"civil-complaint"_s, true);
    QVERIFY2(
        complaint.contains(u"判令被告某某快递有限公司在其运营的“某某快递”App首页显著位置连续30日"
                           "刊登致歉声明，向原告孙某公开赔礼道歉（致歉内容须经法院审核）；"_s),
        qPrintable(complaint));
    QVERIFY(requests.addApology(c, ApologyForm::Written).ok());
    QCOMPARE(requests.requests(c).value().last().text,
        u"判令被告某某快递有限公司向原告孙某书面赔礼道歉"_s);
    QCOMPARE(requests.requests(c).value().last().demand, u"向委托人书面赔礼道歉"_s);
}

void TstLetters::minorPleadsThroughTheStatutoryAgent()
{
    const qint64 c = newCase(u"王小明诉某某游戏公司个人信息保护纠纷案"_s);
    const qint64 minor = person(c, PartyRole::Plaintiff, u"王小明"_s, QDate(2012, 5, 1));
    company(c, PartyRole::Defendant, u"某某游戏有限公司"_s);
    lawyer(c, minor, Authority::Special, { u"settle"_s });
    // A minor without a statutory agent cannot give a power of attorney (CPL 60).
    const auto missing = missingFields(lib(), c, u"power-of-attorney"_s, m_registry);
    QVERIFY(missing.ok());
    QVERIFY2(missing->contains(u"原告王小明（未成年人）的法定代理人"_s),
        qPrintable(missing->join(u"、"_s)));
    QVERIFY(person(c, PartyRole::Agent, u"王大明"_s, QDate(1980, 2, 3), minor) > 0);

    // CPL 124 and the filing norms: the party, then its 法定代理人 with full particulars and
    // the relation, then the 委托诉讼代理人, then the defendant.
    const QString complaint = render(c, u"civil-complaint"_s, true);
    const QString party = u"原告：王小明，男，2012年5月1日生，汉族，学生，住北京市海淀区某某路2号。"
                          "联系方式：13800138001。"_s;
    const QString guardian =
        u"法定代理人：王大明（系王小明的父亲），男，1980年2月3日生，汉族，职员，"
        "住北京市海淀区某某路2号。联系方式：13800138001。"_s;
    QVERIFY2(complaint.contains(party), qPrintable(complaint));
    QVERIFY(complaint.contains(guardian));
    const qsizetype at = complaint.indexOf(guardian);
    QVERIFY(complaint.indexOf(party) < at);
    QVERIFY(at < complaint.indexOf(u"委托诉讼代理人：陈律师"_s));
    QVERIFY(complaint.indexOf(u"委托诉讼代理人：陈律师"_s)
        < complaint.indexOf(u"被告：某某游戏有限公司"_s));
    QVERIFY(complaint.contains(u"具状人：王小明（法定代理人：王大明）"_s));

    // The power of attorney: given through the statutory agent, who signs with the minor;
    // the one special power granted, and no other.
    const QString poa = render(c, u"power-of-attorney"_s);
    QVERIFY2(poa.contains(u"委托人：王小明，男，2012年5月1日生"_s), qPrintable(poa));
    QVERIFY(poa.contains(u"法定代理人：王大明（系王小明的父亲）"_s));
    QVERIFY(
        poa.contains(u"委托诉讼代理人陈律师的代理事项和权限：特别授权，即代为起诉、提交证据、参加"
                     "庭审、进行辩论、签收法律文书，以及：进行和解。"_s));
    for (const QString &absent : { u"代为承认"_s, u"代为放弃"_s, u"提起上诉"_s, u"提起反诉"_s })
        QVERIFY2(!poa.contains(absent), qPrintable(absent));
    QVERIFY(poa.contains(u"\n委托人：王小明（签名）\n法定代理人：王大明（签名）\n"_s));

    // An application names the minor 申请人 with the same statutory agent.
    setFields(c, u"personality-injunction"_s,
        { { u"conduct"_s, u"被申请人持续向未成年申请人推送充值广告。"_s },
            { u"harm"_s, u"申请人的个人信息被持续用于诱导充值。"_s },
            { u"orders"_s, u"停止向申请人推送个性化充值广告"_s } });
    const QString injunction = render(c, u"personality-injunction"_s);
    QVERIFY2(injunction.contains(u"申请人：王小明，男，2012年5月1日生"_s), qPrintable(injunction));
    QVERIFY(injunction.contains(guardian));
    QVERIFY(injunction.contains(u"被申请人：某某游戏有限公司"_s));
    QVERIFY(injunction.contains(u"申请人：王小明（法定代理人：王大明）（签名）"_s));
}

void TstLetters::organisationSignsAsASealedPrincipal()
{
    const qint64 c =
        newCase(u"某某科技公司诉某某数据公司网络侵权责任纠纷案"_s, u"网络侵权责任纠纷"_s);
    const qint64 org = company(c, PartyRole::Plaintiff, u"某某科技有限公司"_s);
    company(c, PartyRole::Defendant, u"某某数据有限公司"_s);
    // Only the other side has a lawyer: our power of attorney appoints nobody yet.
    PartyRecord theirs;
    theirs.caseId = c;
    theirs.role = PartyRole::Agent;
    theirs.name = u"对方律师"_s;
    theirs.occupation = u"律师"_s;
    theirs.representsId = org + 1; // the defendant; its powers are not ours to state
    QVERIFY(lib().cases().addParty(theirs).ok());
    const auto nobody = missingFields(lib(), c, u"power-of-attorney"_s, m_registry);
    QVERIFY2(
        nobody.ok() && nobody->contains(u"委托诉讼代理人"_s), qPrintable(nobody->join(u"、"_s)));
    const qint64 agent = lawyer(c, org, Authority::Unset);
    const QString refused = render(c, u"power-of-attorney"_s);
    QVERIFY2(refused.contains(u"委托诉讼代理人陈律师的代理权限（一般授权或者特别授权）"_s),
        qPrintable(refused));
    PartyRecord general = lib().cases().partyById(agent).value();
    general.authority = Authority::General;
    QVERIFY(lib().cases().updateParty(general).ok());
    const QString poa = render(c, u"power-of-attorney"_s);
    QVERIFY2(poa.contains(u"委托单位：某某科技有限公司，住所地上海市浦东新区某某路8号。"_s),
        qPrintable(poa));
    QVERIFY(poa.contains(u"作为我单位参加诉讼的委托诉讼代理人。"_s));
    QVERIFY(
        poa.contains(u"委托诉讼代理人陈律师的代理事项和权限：一般授权，即代为起诉、提交证据、参加"
                     "庭审、进行辩论、签收法律文书。"_s));
    QVERIFY(!poa.contains(u"特别授权"_s));
    QVERIFY(poa.contains(u"\n委托单位：某某科技有限公司（盖章）\n法定代表人：李某（签名）\n"_s));
    QVERIFY(!poa.contains(u"委托人：某某科技有限公司"_s)); // not signed as a person
    // The other side's lawyer is not appointed by this power of attorney.
    const QString ours = render(c, u"power-of-attorney"_s);
    QVERIFY2(ours.contains(u"现委托陈律师在"_s), qPrintable(ours));
    QVERIFY(!ours.contains(u"对方律师"_s));
    QVERIFY(!ours.contains(u"对方律师的代理权限"_s));

    // CPL 61: one or two agents; the third is refused, naming the party.
    QVERIFY(lawyer(c, org, Authority::General) > 0);
    PartyRecord third;
    third.caseId = c;
    third.role = PartyRole::Agent;
    third.name = u"第三位律师"_s;
    third.representsId = org;
    const auto added = lib().cases().addParty(third);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().message.contains(u"某某科技有限公司 already has two agents"_s),
        why(added).constData());
}

void TstLetters::deceasedsDataCitePipl49()
{
    const qint64 c = newCase(u"张某诉某某社交公司查阅死者个人信息纠纷案"_s);
    person(c, PartyRole::Plaintiff, u"张某"_s, QDate(1975, 8, 8));
    company(c, PartyRole::Defendant, u"某某社交网络有限公司"_s);
    setFields(c, u"access-request"_s,
        { { u"categories"_s, u"张父的账户注册信息\n张父生前的聊天记录"_s },
            { u"period"_s, u"30"_s }, { u"deceased"_s, u"张父"_s } });
    const QString refused = render(c, u"access-request"_s);
    QVERIFY2(refused.contains(u"请求人与死者的近亲属关系"_s)
            && refused.contains(u"请求人自身的合法、正当利益"_s),
        qPrintable(refused));
    setFields(c, u"access-request"_s,
        { { u"relation"_s, u"儿子"_s }, { u"interest"_s, u"处理张父的遗产事务"_s } });
    const QString text = render(c, u"access-request"_s);
    QVERIFY2(
        text.contains(u"请求人系已故的张父的儿子，为了处理张父的遗产事务，依据《中华人民共和国"
                      "个人信息保护法》第四十四条、第四十五条、第四十九条、第五十条的规定，对张父的"
                      "相关个人信息向贵方提出如下请求："_s),
        qPrintable(text));
    QVERIFY(
        text.contains(u"《中华人民共和国个人信息保护法》第四十九条规定：“自然人死亡的，其近亲属为了"
                      "自身的合法、正当利益"_s));
}

void TstLetters::applicationsNeedTheirFields()
{
    const qint64 c = addDemoCase(lib()).value();
    DocumentFieldStore fields(lib());
    QVERIFY(fields
                .setFields(c, u"document-production"_s,
                    { { u"documents"_s, QString() }, { u"control"_s, QString() } })
                .ok());
    const QString refused = render(c, u"document-production"_s);
    QVERIFY2(refused.contains(u"申请提交的书证名称或者内容、对方当事人控制该书证的根据"_s),
        qPrintable(refused));
    const auto draft = build(c, u"document-production"_s, true);
    QVERIFY(draft.ok());
    QCOMPARE(draft->watermark, u"草稿"_s);

    const qint64 full = addDemoCase(lib()).value(); // a second demo case, its fields untouched
    const QString production = render(full, u"document-production"_s);
    QVERIFY2(production.contains(
                 u"请求贵院责令被申请人北京某某教育科技有限公司提交其控制的下列书证（包括"
                 "电子数据）："_s),
        qPrintable(production));
    QVERIFY(production.contains(
        u"依据《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第一百一十二"
        "条、《最高人民法院关于民事诉讼证据的若干规定》第四十五条以及《最高人民法院"
        "关于民事诉讼证据的若干规定》第九十九条第二款的规定"_s));
    QVERIFY(production.contains(
        u"属于《最高人民法院关于民事诉讼证据的若干规定》第四十七条第一款第（三）项"
        "规定的情形"_s));
    QVERIFY(production.contains(u"此致\n北京互联网法院"_s));
    const QString investigation = render(full, u"evidence-investigation"_s);
    QVERIFY(investigation.contains(
        u"《中华人民共和国民事诉讼法》第六十七条第二款规定：“当事人及其诉讼代理人"
        "因客观原因不能自行收集的证据"_s));
    QVERIFY(investigation.contains(u"被调查人：北京某某教育科技有限公司"_s));
    const QString injunction = render(full, u"personality-injunction"_s);
    QVERIFY(injunction.contains(u"《中华人民共和国民法典》第九百九十七条规定："_s));
    // Evidence preservation in the suit (84(1)), or before it when urgent (84(2)).
    QVERIFY(render(full, u"evidence-preservation"_s)
                .contains(u"依据《中华人民共和国民事诉讼法》第八十四条第一款的规定"_s));
    setFields(full, u"evidence-preservation"_s, { { u"beforeSuit"_s, u"yes"_s } });
    const QString urgent = render(full, u"evidence-preservation"_s);
    QVERIFY(urgent.contains(u"因情况紧急"_s));
    QVERIFY(urgent.contains(u"第八十四条第二款"_s));
    QVERIFY(!urgent.contains(u"正在贵院审理"_s));
}

void TstLetters::badFieldValuesAreRefusedByName()
{
    const qint64 c = addDemoCase(lib()).value();
    const qint64 other = newCase(u"另案"_s);
    const qint64 foreign = addEvent(other, u"2020-01-01"_s, u"另案的事件"_s);
    const auto check = [&](const QString &templateId, const QString &field, const QString &value) {
        return checkDocumentField(lib(), c, *documentFieldSpec(templateId, field), value);
    };
    const Status zero = check(u"access-request"_s, u"period"_s, u"0"_s);
    QVERIFY(!zero.ok());
    QVERIFY(zero.error().message.contains(u"period"_s));
    QVERIFY(!check(u"access-request"_s, u"period"_s, u"十五"_s).ok());
    const Status ninth = check(u"deletion-request"_s, u"grounds"_s, u"4,9"_s);
    QVERIFY(!ninth.ok());
    QVERIFY2(ninth.error().message.contains(u"1 to 5"_s), why(ninth).constData());
    const Status elsewhere =
        check(u"deletion-request"_s, u"withdrawal"_s, QString::number(foreign));
    QVERIFY(!elsewhere.ok());
    QVERIFY(elsewhere.error().message.contains(u"withdrawal"_s));
    QVERIFY(!check(u"evidence-preservation"_s, u"beforeSuit"_s, u"maybe"_s).ok());
    QVERIFY(check(u"deletion-request"_s, u"grounds"_s, u"1,4"_s).ok());
    QVERIFY(!documentFieldSpec(u"deletion-request"_s, u"no-such"_s));
    // A letter with its period cleared and no deadline: refused outside a draft, naming it.
    QVERIFY(DocumentFieldStore(lib())
                .setFields(c, u"lawyer-letter"_s, { { u"period"_s, QString() } })
                .ok());
    QVERIFY(render(c, u"lawyer-letter"_s).contains(u"答复期限（日）"_s));
    QVERIFY(!render(c, u"lawyer-letter"_s, true).startsWith(u"REFUSED"_s));
}

QTEST_MAIN(TstLetters)
#include "tst_letters.moc"
