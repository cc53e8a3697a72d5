#include "demo/demoletters.h"

#include "cases/documentfieldstore.h"
#include "cases/requeststore.h"

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

// What the demo's applications ask of the court: the sharing records only the operator holds.
Status addDemoApplications(DocumentFieldStore &fields, qint64 caseId)
{
    const QString records =
        u"被申请人向关联App“某某口语”等提供申请人账户信息及订单信息的后台日志（电子数据）"_s;
    if (auto st = fields.setFields(caseId, u"document-production"_s,
            { { u"documents"_s,
                  records + u"\n被申请人据申请人填写的信息生成用户画像标签的记录（电子数据）"_s },
                { u"facts"_s,
                    u"被申请人向关联公司提供申请人个人信息的范围、时间和接收方，以及被申请人对申请"
                    u"人进行画像的"
                    "方式；上述事实关系到被申请人是否违反告知同意规则及申请人损失的范围。"_s },
                { u"control"_s,
                    u"上述日志和记录由被申请人的服务器生成并保存，申请人仅能在关联App中看到其账户及"
                    u"订单信息，"
                    "无从取得日志本身。"_s },
                { u"grounds"_s, u"3"_s },
                { u"reason"_s,
                    u"上述日志和记录记载的是申请人本人的个人信息被处理的情况，申请人依据《中华人民"
                    u"共和国个人"
                    "信息保护法》第四十五条有权查阅、复制，被申请人应当提交。"_s } });
        !st.ok())
        return st;
    if (auto st = fields.setFields(caseId, u"evidence-investigation"_s,
            { { u"holder"_s, u"北京某某教育科技有限公司，住所地北京市海淀区某某街10号5层501"_s },
                { u"evidence"_s, records },
                { u"cause"_s,
                    u"上述电子数据保存于被申请人的服务器，涉及被申请人的商业秘密，申请人及其诉讼代理人无权调取。"_s },
                { u"facts"_s, u"被申请人向关联公司提供申请人个人信息的范围、时间和接收方。"_s },
                { u"leads"_s,
                    u"被申请人运营的App及关联App“某某口语”的账户系统，申请人注册手机号码尾号为8000。"_s } });
        !st.ok())
        return st;
    if (auto st = fields.setFields(caseId, u"evidence-preservation"_s,
            { { u"evidence"_s, records + u"，保存于被申请人的服务器"_s },
                { u"risk"_s,
                    u"上述日志由被申请人单方控制，可以随时修改或者删除；被申请人的隐私政策载明日志"
                    u"仅保存"
                    "六个月。"_s },
                { u"measures"_s, u"复制、拍照并制作笔录"_s } });
        !st.ok())
        return st;
    return fields.setFields(caseId, u"personality-injunction"_s,
        { { u"conduct"_s,
              u"被申请人未经申请人单独同意，持续向关联App“某某口语”等提供申请人的账户信息及订单信息。"_s },
            { u"harm"_s,
                u"申请人的个人信息一经提供即在多个App之间扩散，无法收回，事后的赔偿难以弥补。"_s },
            { u"orders"_s, u"停止向关联App“某某口语”等第三方提供申请人的个人信息"_s } });
}

} // namespace

Status addDemoLetters(Library &library, qint64 caseId)
{
    DocumentFieldStore fields(library);
    // The access request asks for what the chronology shows the app collected and shared;
    // 15 days is the lawyer's choice, not a statutory period.
    if (auto st = fields.setFields(caseId, u"access-request"_s,
            { { u"categories"_s,
                  u"注册及登录时填写的手机号码、职业、学习阶段、学习目的、英语水平和中英文姓名\n"
                  "据此生成的用户画像及标签\n"
                  "账户信息和订单信息\n"
                  "向关联App“某某口语”等提供的请求人个人信息及其接收方"_s },
                { u"explain"_s, u"yes"_s }, { u"period"_s, u"15"_s } });
        !st.ok())
        return st;
    // Consent was never given, so nothing is withdrawn: the deletion rests on unlawful
    // processing (PIPL 47(1)(iv)).
    if (auto st = fields.setFields(caseId, u"deletion-request"_s,
            { { u"categories"_s,
                  u"贵方未经请求人同意获取的请求人的两个手机号码及据此开通的账户信息\n"
                  "据请求人填写的信息生成的用户画像标签"_s },
                { u"grounds"_s, u"4"_s },
                { u"violation"_s,
                    u"贵方未经请求人同意获取请求人的两个手机号码并为其开通账户，以不提供服务相要挟"
                    u"收集"
                    "请求人的职业等信息，并将请求人的账户及订单信息提供给关联App。"_s },
                { u"period"_s, u"15"_s } });
        !st.ok())
        return st;
    if (auto st = fields.setFields(caseId, u"lawyer-letter"_s,
            { { u"facts"_s,
                  u"2021年1月15日，贵方经线下合作门店，未经委托人同意获取委托人的两个手机号码，"
                  "为其分别开通账户并设置密码，随后向该两个号码发送营销短信。\n"
                  "2021年1月20日，委托人首次登录贵方App，App要求填写职业、学习阶段、学习目的、"
                  "英语水平及中英文真实姓名，未提供跳过或拒绝选项，不填写无法使用。\n"
                  "贵方根据委托人填写的信息生成“上班族”“商务职场”等用户画像标签，并将委托人的"
                  "账户及订单信息提供给两款关联App。"_s },
                { u"analysis"_s,
                    u"贵方以委托人不提供非必要的个人信息为由拒绝提供服务，违反了《中华人民共和国"
                    "民法典》第一千零三十五条第一款、《中华人民共和国网络安全法》第四十一条的"
                    "规定。\n"
                    "贵方未经委托人同意向其发送商业性短信，违反了《中华人民共和国消费者权益保护"
                    "法》第二十九条第三款的规定；未经委托人同意向他人提供其个人信息，违反了"
                    "《中华人民共和国民法典》第一千零三十八条第一款、《中华人民共和国网络安全法》"
                    "第四十二条第一款的规定。\n"
                    "贵方的上述行为侵害了委托人的个人信息权益，依照《中华人民共和国民法典》第一千"
                    "一百六十五条第一款的规定，应当承担侵权责任。"_s },
                { u"period"_s, u"15"_s } });
        !st.ok())
        return st;
    if (auto st = addDemoApplications(fields, caseId); !st.ok())
        return st;
    RequestStore requests(library);
    const char16_t *demands[] = {
        u"向委托人提供贵方处理的委托人个人信息副本",
        u"停止处理并删除委托人的个人信息，停止向委托人发送商业性短信",
        u"停止向关联公司提供委托人的个人信息",
        u"向委托人书面赔礼道歉",
    };
    const auto list = requests.requests(caseId);
    if (!list.ok())
        return list.error();
    for (int i = 0; i < int(std::size(demands)) && i < list->size(); ++i)
        if (auto st = requests.setDemand(caseId, i + 1, QString::fromUtf16(demands[i])); !st.ok())
            return st;
    return {};
}

} // namespace habeas
