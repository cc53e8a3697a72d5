// 事实和理由 as a judge reads it, on the demo and on four cases shaped like real ones (a 2019
// consent case, a data leak with mental distress, a facial-recognition case in contract, a
// minors case): the liability basis, no definition as the basis, no defendant element as the
// plaintiff's case, the law in force, each amount with its basis, the chosen alternative only.
#include "cases/casestore.h"
#include "cases/eventstore.h"
#include "damages/courtfee.h"
#include "damages/damagesstore.h"
#include "demo/demolibrary.h"
#include "evidence/evidencestore.h"
#include "filingcontext.h"
#include "law/claimqueries.h"
#include "law/claimstore.h"
#include "templateregistry.h"
#include "testsupport.h"

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

// The definitions a complaint may quote but never rest liability on.
const QStringList kDefinitions {
    u"《中华人民共和国个人信息保护法》第四条"_s,
    u"《中华人民共和国个人信息保护法》第七十三条"_s,
    u"第一千零三十四条第二款"_s,
    u"第二十一条"_s,
};

// The sentences that state the law a claim rests on: "被告的上述行为违反了…" and "依照…".
QStringList basisSentences(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n'))
        for (const QString &sentence : line.split(u'。'))
            if (sentence.startsWith(u"被告的上述行为违反了"_s) || sentence.startsWith(u"依照"_s))
                out.append(sentence);
    return out;
}

} // namespace

class TstPleadings final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { pinClock(); }
    void init() { m_lib = std::make_unique<TempLibrary>(); }
    void cleanup() { m_lib.reset(); }
    void demoRestsLiabilityOnTheRulesNotOnDefinitions();
    void demoPleadsOnlyTheChosenAlternative();
    void consentCaseOf2019();
    void leakWithMentalDistress();
    void facialRecognitionInContract();
    void minorsCase();
    void privacyIsAFaultLiability();

private:
    Library &lib() { return *m_lib->library; }
    qint64 newCase(const QString &title);
    // The demo with its exhibits and claims.
    qint64 demoCase();
    qint64 exhibit(qint64 caseId, const QString &title);
    void fact(qint64 caseId, const QString &date, const QString &text, qint64 evidence);
    // Marks an element and gives the lawyer's statement; cites the exhibit when there is one.
    void plead(qint64 claim, const QString &element, const QString &statement, qint64 evidence = 0,
        ElementStatus status = ElementStatus::Proven);
    qint64 money(qint64 caseId, DamagesHead head, qint64 fen, const QString &description,
        const QString &seriousHarm = {});
    QString complaint(qint64 caseId);
    QStringList pleadingMissing(qint64 caseId);

    std::unique_ptr<TempLibrary> m_lib;
    QTemporaryDir m_files;
};

qint64 TstPleadings::demoCase()
{
    const auto id = addDemoCase(lib());
    if (!id.ok())
        qWarning("%s", qPrintable(id.error().message));
    return id.ok() ? id.value() : 0;
}

qint64 TstPleadings::newCase(const QString &title)
{
    CaseRecord c;
    c.title = title;
    c.court = u"北京互联网法院"_s;
    c.cause = u"个人信息保护纠纷"_s;
    const qint64 id = lib().cases().createCase(c).value();
    for (const auto &[role, type, name] :
        { std::tuple { PartyRole::Plaintiff, PartyType::Person, u"张某"_s },
            std::tuple { PartyRole::Defendant, PartyType::Organisation, u"某某科技有限公司"_s } }) {
        PartyRecord p;
        p.caseId = id;
        p.role = role;
        p.type = type;
        p.name = name;
        lib().cases().addParty(p).value();
    }
    return id;
}

qint64 TstPleadings::exhibit(qint64 caseId, const QString &title)
{
    const QString path = m_files.filePath(title + QString::number(caseId) + u".txt"_s);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(title.toUtf8());
    f.close();
    EvidenceRecord meta;
    meta.title = title;
    return lib().evidence().importFile(caseId, path, meta).id;
}

void TstPleadings::fact(qint64 caseId, const QString &date, const QString &text, qint64 evidence)
{
    EventRecord e;
    e.caseId = caseId;
    e.date = date;
    e.text = text;
    e.evidenceIds = { evidence };
    QVERIFY(lib().events().addEvent(e).ok());
}

void TstPleadings::plead(qint64 claim, const QString &element, const QString &statement,
    qint64 evidence, ElementStatus status)
{
    QVERIFY(lib().claims().setStatus(claim, element, status, statement).ok());
    if (evidence)
        QVERIFY(lib().claims().cite(claim, element, evidence).ok());
}

qint64 TstPleadings::money(qint64 caseId, DamagesHead head, qint64 fen, const QString &description,
    const QString &seriousHarm)
{
    DamagesRecord r;
    r.caseId = caseId;
    r.head = head;
    r.amountFen = fen;
    r.description = description;
    r.basis = defaultBasis(head);
    r.seriousHarm = seriousHarm;
    if (head == DamagesHead::RightsProtectionCost)
        r.expenseKind = ExpenseKind::Lawyer;
    return lib().damages().addItem(r).value();
}

QString TstPleadings::complaint(qint64 caseId)
{
    const TemplateRegistry registry;
    const auto document = buildDocument(lib(), caseId, u"civil-complaint"_s, registry, true);
    if (!document.ok())
        qWarning("%s", why(document).constData());
    const QString text = document.ok() ? plainText(document.value()) : QString();
    if (qEnvironmentVariableIsSet("HABEAS_DUMP"))
        qInfo().noquote() << text;
    return text;
}

QStringList TstPleadings::pleadingMissing(qint64 caseId)
{
    const TemplateRegistry registry;
    const auto context = buildFilingContext(lib(), caseId, *registry.find(u"civil-complaint"_s));
    return context.ok() ? context->pleadingMissing : QStringList { u"(no context)"_s };
}

void TstPleadings::demoRestsLiabilityOnTheRulesNotOnDefinitions()
{
    const qint64 demo = demoCase();
    const QString text = complaint(demo);
    QVERIFY(!text.isEmpty());
    // No "cites whatever the elements carry" sentence any more.
    QVERIFY(!text.contains(u"被告应当承担相应的民事责任"_s));
    const QStringList basis = basisSentences(text);
    QVERIFY(basis.size() >= 8);
    for (const QString &sentence : basis)
        for (const QString &definition : kDefinitions)
            QVERIFY2(!sentence.contains(definition), qPrintable(sentence));
    // January 2021: the Civil Code's fault rule, with the duty breached, for each claim.
    QVERIFY2(
        text.contains(u"被告的上述行为违反了《中华人民共和国民法典》第一千零三十五条第一款、"
                      u"《中华人民共和国网络安全法》第四十一条第一款的规定。依照《中华人民共和国"
                      u"民法典》第一千一百六十五条第一款的规定，被告因过错侵害原告的个人信息权"
                      u"益，应当承担侵权责任。"_s),
        qPrintable(text));
    QVERIFY(!text.contains(u"第六十九条第一款"_s)); // the PIPL came in November 2021
    // Headings are sentences.
    QVERIFY(text.contains(
        u"（一）被告以原告不同意处理其个人信息为由拒绝提供服务，侵害了原告的个人信息权益"_s));
    // The defendant's exception (refusal-of-service.3) only as the answer to a defence.
    QVERIFY(!text.contains(u"例外"_s));
    QVERIFY(text.contains(u"对于被告可能提出的抗辩，原告认为："_s));
    // The money, each amount with its basis.
    QVERIFY(text.contains(u"三、关于原告主张的各项赔偿"_s));
    QVERIFY2(
        text.contains(u"（一）关于合理开支。原告为制止被告的上述行为支付了合理开支人民币2,900元，"
                      u"其中律师费1,500元、公证费1,200元、交通费200元。依照《最高人民法院关于审理"
                      u"利用信息网络侵害人身权益民事纠纷案件适用法律若干问题的规定》第十二条第一款"
                      u"、《中华人民共和国民法典》第一千一百八十二条的规定，上述合理开支属于原告的"
                      u"财产损失，应当由被告赔偿。"_s),
        qPrintable(text));
    QVERIFY(
        text.contains(u"依照《中华人民共和国民法典》第一千一百八十三条第一款、《最高人民法院关于"
                      u"确定民事侵权精神损害赔偿责任若干问题的解释》第五条的规定，原告有权请求精神"
                      u"损害赔偿。"_s));
    QVERIFY(text.contains(u"原告主张精神损害抚慰金人民币5,000元。"_s));
    QVERIFY(pleadingMissing(demo).isEmpty());
    // A heading of the lawyer's replaces the default.
    const qint64 refusal = lib().claims().claims(demo).value().first().id;
    QVERIFY(lib()
                .claims()
                .setHeading(refusal, u"被告设置信息填写关卡，侵害了原告的个人信息权益"_s)
                .ok());
    QVERIFY(complaint(demo).contains(u"（一）被告设置信息填写关卡，侵害了原告的个人信息权益"_s));
}

void TstPleadings::demoPleadsOnlyTheChosenAlternative()
{
    const qint64 demo = demoCase();
    ClaimStore &claims = lib().claims();
    qint64 pipl24 = 0;
    for (const ClaimRecord &c : claims.claims(demo).value())
        if (c.theoryId == u"automated-decision"_s)
            pipl24 = c.id;
    // Push, chosen by the demo: its heading and duty (ECL 18(1) before the PIPL).
    QString text = complaint(demo);
    QVERIFY(text.contains(u"（二）被告利用原告的个人信息向原告进行个性化推送"_s));
    QVERIFY(
        text.contains(u"被告的上述行为违反了《中华人民共和国电子商务法》第十八条第一款的规定。"_s));
    // A price-limb statement is not pleaded while push is chosen; it is once price is.
    const QString price = u"同一课程向原告展示的价格高于新用户"_s;
    plead(pipl24, u"4"_s, price, 0, ElementStatus::Supported);
    QVERIFY(!complaint(demo).contains(price));
    QVERIFY(claims.setAlternative(pipl24, u"price"_s).ok());
    text = complaint(demo);
    QVERIFY(text.contains(price));
    QVERIFY(!text.contains(u"被告依据原告填写的信息生成“上班族”"_s)); // push's element 1
    QVERIFY(text.contains(u"在交易条件上对原告实行不合理的差别待遇"_s));
    // None chosen: a clear message naming the claim, and neither limb is pleaded.
    QVERIFY(claims.setAlternative(pipl24, QString()).ok());
    const QStringList missing = pleadingMissing(demo);
    QVERIFY2(missing.contains(
                 u"「自动化决策/个性化推送」所主张的情形（择一：信息推送、商业营销（第二十四条"
                 u"第二款）／交易价格等交易条件上的差别待遇（第二十四条第一款）／对个人权益"
                 u"有重大影响的决定（第二十四条第三款））"_s),
        qPrintable(missing.join(u'\n')));
    QVERIFY(!complaint(demo).contains(price));
}

// The 2019 consent case: no PIPL, no Civil Code; the Tort Liability Law's fault rule and the
// Cybersecurity Law's duty.
void TstPleadings::consentCaseOf2019()
{
    const qint64 c = newCase(u"张某诉某某科技有限公司（2019年通讯录）"_s);
    const qint64 recording = exhibit(c, u"注册流程录屏"_s);
    fact(c, u"2019-06-10"_s, u"原告注册被告App时，App在未告知的情况下读取原告手机通讯录。"_s,
        recording);
    const qint64 consent = lib().claims().addClaim(c, u"no-valid-consent"_s).value();
    plead(consent, u"1"_s, u"被告App 5.1版于2019年6月10日读取原告手机通讯录共计312条联系人信息"_s,
        recording);
    plead(
        consent, u"3"_s, u"被告在读取通讯录前未取得原告同意，隐私政策亦未提及通讯录"_s, recording);
    // The processor's other lawful basis, marked proven by mistake: never the plaintiff's case.
    plead(consent, u"4"_s, {}, 0);
    money(c, DamagesHead::RightsProtectionCost, 300000, u"律师费"_s);
    const QString text = complaint(c);
    QVERIFY(text.contains(u"（一）被告未经原告同意处理其个人信息，侵害了原告的个人信息权益"_s));
    QVERIFY2(
        text.contains(u"被告的上述行为违反了《中华人民共和国网络安全法》第四十一条第一款、"
                      u"《中华人民共和国消费者权益保护法》第二十九条第一款、《中华人民共和国民法"
                      u"总则》第一百一十一条的规定。依照《中华人民共和国侵权责任法》第六条第一款的"
                      u"规定，被告因过错侵害原告的个人信息权益，应当承担侵权责任。"_s),
        qPrintable(text));
    QVERIFY(
        text.contains(u"依照《中华人民共和国侵权责任法》第二十条的规定，上述合理开支属于原告的财产"
                      u"损失"_s));
    // The in-force warning: the PIPL had not come into force.
    QVERIFY(
        text.contains(u"彼时《中华人民共和国个人信息保护法》（2021年11月1日起施行）尚未施行"_s));
    QVERIFY(!text.contains(u"《中华人民共和国个人信息保护法》第"_s));
    QVERIFY(!text.contains(u"《中华人民共和国民法典》第"_s));
    QVERIFY(!text.contains(u"第十三条第一款第（二）项"_s)); // element 4, the defendant's
    QVERIFY(pleadingMissing(c).isEmpty());
}

// A data leak in 2023 with mental distress: PIPL 69(1), the security duties, an adverse
// inference on who held the data, and the money.
void TstPleadings::leakWithMentalDistress()
{
    const qint64 c = newCase(u"张某诉某某科技有限公司（2023年泄露）"_s);
    const qint64 calls = exhibit(c, u"诈骗电话录音"_s);
    fact(c, u"2023-04-02"_s, u"原告在被告平台的订单信息泄露，原告随即接到冒充客服的诈骗电话。"_s,
        calls);
    const qint64 breach = lib().claims().addClaim(c, u"breach"_s).value();
    plead(breach, u"1"_s, u"原告在被告平台的姓名、电话及订单信息被泄露给诈骗人员"_s, calls);
    // Who held the data: only the processor has the logs, and it refused to produce them.
    plead(breach, u"2"_s, u"诈骗人员掌握的订单编号仅存于被告系统"_s, 0, ElementStatus::Supported);
    QVERIFY(lib().claims().setAdverseInference(breach, u"2"_s, true).ok());
    plead(breach, u"3"_s, u"被告已尽到安全保障义务"_s, 0); // the defendant's: never pleaded
    money(c, DamagesHead::PropertyLoss, 1200000, u"被诈骗转账的款项"_s);
    money(c, DamagesHead::RightsProtectionCost, 500000, u"律师费"_s);
    const qint64 distress = money(c, DamagesHead::MentalDistress, 1000000, u"精神损害"_s);
    // Without the serious harm CC 1183(1) requires, the complaint names what is missing.
    QVERIFY2(pleadingMissing(c).join(u'\n').contains(
                 u"严重精神损害后果（民法典第一千一百八十三条第一款）"_s),
        qPrintable(pleadingMissing(c).join(u'\n')));
    DamagesRecord r = lib().damages().item(distress).value();
    r.seriousHarm = u"原告因诈骗遭受财产损失后持续失眠，经医院诊断为焦虑状态"_s;
    QVERIFY(lib().damages().updateItem(r).ok());
    QVERIFY(pleadingMissing(c).isEmpty());

    const QString text = complaint(c);
    QVERIFY(
        text.contains(u"（一）被告未履行个人信息安全保护义务，致使原告的个人信息泄露，侵害了原告的"
                      u"个人信息权益"_s));
    QVERIFY2(text.contains(
                 u"被告的上述行为违反了《中华人民共和国个人信息保护法》第九条、第五十一条、第"
                 u"五十七条第一款的规定。依照《中华人民共和国个人信息保护法》第六十九条第一款"
                 u"的规定，被告作为个人信息处理者，不能证明自己没有过错，应当承担损害赔偿等侵权"
                 u"责任。"_s),
        qPrintable(text));
    QVERIFY(text.contains(u"诈骗人员掌握的订单编号仅存于被告系统（依据："_s));
    QVERIFY(text.contains(
        u"证明上述事实的证据由被告控制，被告无正当理由拒不提交，原告主张该证据的内容不利"
        u"于被告，依照《最高人民法院关于民事诉讼证据的若干规定》第九十五条的规定，请求"
        u"人民法院认定该主张成立。"_s));
    QVERIFY(!text.contains(u"被告已尽到安全保障义务"_s));
    QVERIFY(text.contains(
        u"（一）关于财产损失。原告因被告的上述行为遭受财产损失人民币12,000元（被诈骗转"
        u"账的款项）。依照《中华人民共和国个人信息保护法》第六十九条第二款、《中华人民"
        u"共和国民法典》第一千一百八十二条的规定，被告应当按照原告因此受到的损失承担赔偿"
        u"责任。"_s));
    QVERIFY(text.contains(
        u"（三）关于精神损害抚慰金。原告因诈骗遭受财产损失后持续失眠，经医院诊断为焦虑"
        u"状态。被告的行为给原告造成了严重精神损害，依照《中华人民共和国民法典》第一千"
        u"一百八十三条第一款、《最高人民法院关于确定民事侵权精神损害赔偿责任若干问题的"
        u"解释》第五条的规定"_s));
    // A personality-rights case for the fee, halved on mediation.
    QVERIFY(!pleadsContract(lib().claims().claims(c).value()));
    QCOMPARE(
        computeCourtFee(2700000, FeeKind::Personality, false, CaseEnding::Mediation).maxFen, 25000);
}

// Face-only entry forced on an annual-pass holder in 2019 (the first facial-recognition case):
// decided in contract, under the Contract Law; the fee is a property case's.
void TstPleadings::facialRecognitionInContract()
{
    const qint64 c = newCase(u"张某诉某某动物世界（年卡人脸识别）"_s);
    const qint64 notice = exhibit(c, u"入园方式变更短信"_s);
    fact(c, u"2019-10-17"_s, u"被告通知年卡用户须经人脸识别方可入园。"_s, notice);
    const qint64 contract = lib().claims().addClaim(c, u"contract"_s).value();
    plead(contract, u"1"_s, u"原告购买被告双人年卡，约定以指纹识别方式入园"_s, notice);
    plead(contract, u"2"_s,
        u"被告单方将入园方式变更为人脸识别，并要求原告激活人脸识别，否则不能入园"_s, notice);
    plead(contract, u"3"_s, u"被告主张其店堂告示已作提示"_s, 0); // the defendant's
    money(c, DamagesHead::PropertyLoss, 102000, u"年卡费用及交通费"_s);
    const QString text = complaint(c);
    QVERIFY(text.contains(u"二、被告的行为构成违约"_s));
    QVERIFY(!text.contains(u"侵害了原告的个人信息权益\n"_s));
    QVERIFY(text.contains(u"（一）被告违反双方合同关于个人信息处理的约定，应当承担违约责任"_s));
    QVERIFY2(
        text.contains(u"被告的上述行为违反了《中华人民共和国合同法》第六十条第一款、第六十条第二款"
                      u"的规定，构成违约。依照《中华人民共和国合同法》第一百零七条的规定，被告应当"
                      u"承担继续履行、采取补救措施或者赔偿损失等违约责任。"_s),
        qPrintable(text));
    QVERIFY(text.contains(
        u"依照《中华人民共和国合同法》第一百一十三条第一款的规定，被告应当赔偿因其违约"
        u"造成的损失。"_s));
    QVERIFY(!text.contains(u"第六十九条"_s));
    QVERIFY(!text.contains(u"店堂告示"_s));
    // The same conduct in 2022: the Civil Code's contract articles.
    const qint64 later = newCase(u"张某诉某某动物世界（2022年）"_s);
    const qint64 sms = exhibit(later, u"短信"_s);
    fact(later, u"2022-05-01"_s, u"被告通知须经人脸识别方可入园。"_s, sms);
    const qint64 claim2022 = lib().claims().addClaim(later, u"contract"_s).value();
    plead(claim2022, u"2"_s, u"被告单方将入园方式变更为人脸识别"_s, sms);
    QVERIFY(
        complaint(later).contains(u"依照《中华人民共和国民法典》第五百七十七条的规定，被告应当承担"
                                  u"继续履行、采取补救措施或者赔偿损失等违约责任。"_s));
    // A property case for the court fee: 1,020 yuan → 50 yuan, halved on withdrawal.
    QVERIFY(pleadsContract(lib().claims().claims(c).value()));
    const CourtFee fee = computeCourtFee(102000, FeeKind::Property, false, CaseEnding::Withdrawal);
    QCOMPARE(fee.fullMinFen, 5000);
    QCOMPARE(fee.minFen, 2500);
}

// A child's data taken without a guardian's consent in 2023: PIPL 69(1), PIPL 28–31.
void TstPleadings::minorsCase()
{
    const qint64 c = newCase(u"李某（未成年人）诉某某短视频公司"_s);
    const qint64 account = exhibit(c, u"账户注册记录"_s);
    fact(c, u"2023-02-01"_s, u"原告（时年十二周岁）注册被告App，App采集其人脸及位置信息。"_s,
        account);
    const qint64 minors = lib().claims().addClaim(c, u"sensitive-minors"_s).value();
    plead(minors, u"1"_s, u"被告收集的原告人脸信息及行踪轨迹属于敏感个人信息，原告时年十二周岁"_s,
        account);
    plead(minors, u"2"_s, u"被告未取得原告监护人的同意"_s, account);
    // The defendant's justification, disputed: answered, not pleaded as the plaintiff's case.
    plead(minors, u"3"_s, u"被告称人脸信息用于实名认证，但注册仅需手机号码即可完成"_s, 0,
        ElementStatus::Disputed);
    const QString text = complaint(c);
    QVERIFY2(text.contains(
                 u"（一）被告未取得原告或者其监护人的单独同意处理原告的敏感个人信息，侵害了原告"
                 u"的个人信息权益"_s),
        qPrintable(text));
    QVERIFY(text.contains(
        u"被告的上述行为违反了《中华人民共和国个人信息保护法》第二十八条第二款、第二十九"
        u"条、第三十一条第一款的规定。依照《中华人民共和国个人信息保护法》第六十九条第一"
        u"款的规定，被告作为个人信息处理者，不能证明自己没有过错"_s));
    QVERIFY(text.contains(u"对于被告可能提出的抗辩，原告认为：被告称人脸信息用于实名认证"_s));
    QVERIFY(!text.contains(u"具有特定的目的和充分的必要性"_s));
    QVERIFY(!text.contains(u"关于原告主张的各项赔偿"_s)); // no money claimed
}

void TstPleadings::privacyIsAFaultLiability()
{
    const qint64 c = newCase(u"王某诉某某读书App"_s);
    const qint64 shot = exhibit(c, u"好友列表截图"_s);
    fact(c, u"2022-03-01"_s, u"被告App向原告的微信好友公开原告的读书记录。"_s, shot);
    const qint64 privacy = lib().claims().addClaim(c, u"privacy"_s).value();
    plead(privacy, u"1"_s, u"原告的读书记录反映其阅读偏好，原告不愿为他人知晓"_s, shot);
    plead(privacy, u"2"_s, u"被告未经原告同意向其微信好友公开读书记录"_s, shot);
    plead(privacy, u"5"_s, u"被告默认开启公开功能，未尽合理注意义务"_s, shot);
    const QString text = complaint(c);
    QVERIFY(text.contains(u"二、被告的行为侵害了原告的隐私权"_s));
    QVERIFY(!text.contains(u"侵害了原告的个人信息权益"_s));
    QVERIFY2(text.contains(
                 u"被告的上述行为违反了《中华人民共和国民法典》第一千零三十二条第一款、第一千零"
                 u"三十三条的规定。依照《中华人民共和国民法典》第一千一百六十五条第一款的规定，"
                 u"被告因过错侵害原告的隐私权，应当承担侵权责任。"_s),
        qPrintable(text));
}

QTEST_MAIN(TstPleadings) // a QGuiApplication: the demo draws its exhibits
#include "tst_pleadings.moc"
