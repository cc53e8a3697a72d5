#include "demo/demoevidence.h"

#include "cases/eventstore.h"
#include "core/cjkfont.h"
#include "evidence/annotationstore.h"
#include "evidence/evidencestore.h"
#include "law/claimstore.h"
#include "storage/library.h"

#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

constexpr int kWidth = 1080;
constexpr int kHeight = 2340;

QFont font(int pixels, bool bold = false)
{
    QFont f(CjkFont::family());
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

// A phone screen: status bar, title bar, then what `body` paints.
template<typename Body> QImage phoneScreen(const QString &title, Body body)
{
    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    image.fill(QColor(0xf5, 0xf6, 0xf8));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(0, 0, kWidth, 90, QColor(0xff, 0xff, 0xff));
    p.setFont(font(36));
    p.setPen(Qt::black);
    p.drawText(QRect(40, 0, 300, 90), Qt::AlignVCenter, u"09:30"_s);
    p.drawText(QRect(kWidth - 340, 0, 300, 90), Qt::AlignVCenter | Qt::AlignRight, u"4G  86%"_s);
    p.fillRect(0, 90, kWidth, 150, QColor(0xff, 0xff, 0xff));
    p.setFont(font(52, true));
    p.drawText(QRect(0, 90, kWidth, 150), Qt::AlignCenter, title);
    p.setPen(QColor(0xdd, 0xdd, 0xdd));
    p.drawLine(0, 240, kWidth, 240);
    body(p);
    return image;
}

QImage questionnaire()
{
    return phoneScreen(u"完善个人信息"_s, [](QPainter &p) {
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.setFont(font(40));
        p.drawText(QRect(60, 290, kWidth - 120, 140), Qt::TextWordWrap,
            u"为了给您提供个性化的学习服务，请完善以下信息（均为必填）"_s);
        const QStringList fields = { u"职业"_s, u"学习阶段"_s, u"学习目的"_s, u"英语水平"_s,
            u"中文姓名"_s, u"英文姓名"_s };
        const QStringList values = { u"请选择职业"_s, u"请选择学习阶段"_s, u"请选择学习目的"_s,
            u"请选择英语水平"_s, u"请输入真实姓名"_s, u"请输入英文名"_s };
        int y = 470;
        for (int i = 0; i < fields.size(); ++i, y += 200) {
            p.fillRect(40, y, kWidth - 80, 170, Qt::white);
            p.setPen(Qt::black);
            p.setFont(font(44, true));
            p.drawText(QRect(80, y, 320, 170), Qt::AlignVCenter, fields[i] + u" *"_s);
            p.setPen(QColor(0xaa, 0xaa, 0xaa));
            p.setFont(font(42));
            p.drawText(QRect(400, y, kWidth - 500, 170), Qt::AlignVCenter | Qt::AlignRight,
                values[i] + u"  >"_s);
        }
        // The only way on: no "skip", no "refuse".
        p.setBrush(QColor(0x2e, 0x7d, 0xf6));
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(QRect(80, 1900, kWidth - 160, 150), 75, 75);
        p.setPen(Qt::white);
        p.setFont(font(54, true));
        p.drawText(QRect(80, 1900, kWidth - 160, 150), Qt::AlignCenter, u"下一步"_s);
    });
}

QImage smsList()
{
    return phoneScreen(u"信息"_s, [](QPainter &p) {
        const QStringList messages = {
            u"【某某英语】尊敬的用户，您的账户已开通，初始密码已发送，快来体验吧！回T退订"_s,
            u"【某某英语】新用户专享：外教一对一体验课0元领，名额有限，速抢！回T退订"_s,
            u"【某某英语】您的专属学习计划已生成，点击查看职场英语课程。回T退订"_s,
        };
        int y = 300;
        const QStringList dates = { u"2021年1月15日"_s, u"2021年1月17日"_s, u"2021年1月19日"_s };
        p.setFont(font(40, true));
        p.setPen(Qt::black);
        p.drawText(QRect(60, 260, kWidth - 120, 60), Qt::AlignVCenter,
            u"106900000000 · 发往 138****8000"_s);
        y = 360;
        for (int i = 0; i < messages.size(); ++i) {
            p.setPen(QColor(0x99, 0x99, 0x99));
            p.setFont(font(34));
            p.drawText(QRect(0, y, kWidth, 60), Qt::AlignCenter, dates[i]);
            y += 70;
            p.setBrush(Qt::white);
            p.setPen(Qt::NoPen);
            p.drawRoundedRect(QRect(60, y, kWidth - 200, 260), 30, 30);
            p.setPen(Qt::black);
            p.setFont(font(42));
            p.drawText(QRect(100, y + 20, kWidth - 280, 230), Qt::TextWordWrap, messages[i]);
            y += 320;
        }
    });
}

QImage affiliatedApp()
{
    return phoneScreen(u"某某口语 · 我的"_s, [](QPainter &p) {
        p.setPen(Qt::black);
        p.setFont(font(46, true));
        p.drawText(QRect(60, 300, kWidth - 120, 80), Qt::AlignVCenter, u"账户：138****8000"_s);
        p.setFont(font(40));
        p.drawText(QRect(60, 390, kWidth - 120, 80), Qt::AlignVCenter,
            u"已同步某某英语账户，无需重新注册"_s);
        p.setFont(font(44, true));
        p.drawText(QRect(60, 520, kWidth - 120, 80), Qt::AlignVCenter, u"我的订单"_s);
        const QStringList orders = { u"职场英语进阶课 · 已购买 · 2021-01-18"_s,
            u"外教一对一体验课 · 已预约 · 2021-01-19"_s };
        int y = 620;
        for (const QString &order : orders) {
            p.fillRect(40, y, kWidth - 80, 150, Qt::white);
            p.setFont(font(40));
            p.drawText(QRect(80, y, kWidth - 160, 150), Qt::AlignVCenter, order);
            y += 180;
        }
        p.setPen(QColor(0x99, 0x99, 0x99));
        p.setFont(font(34));
        p.drawText(QRect(60, 1020, kWidth - 120, 120), Qt::TextWordWrap,
            u"订单信息来源：某某英语（关联应用）"_s);
    });
}

// Two pages of a privacy policy, with the sharing clause on page 2.
bool writePrivacyPolicy(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(u"某某英语隐私政策"_s);
    QPainter p;
    if (!p.begin(&writer))
        return false;
    const QRect area(200, 250, writer.width() - 400, writer.height() - 500);
    const QStringList pages = {
        u"某某英语隐私政策\n\n更新日期：2020年12月1日\n\n"
        "一、我们收集的信息\n为向您提供个性化学习服务，您在首次登录时需提供职业、学习阶段、"
        "学习目的、英语水平及真实姓名。如您不提供上述信息，将无法使用我们的服务。\n\n"
        "二、我们如何使用信息\n我们会根据您的信息为您生成用户画像，向您推送课程与营销信息。"_s,
        u"三、信息的共享\n第五条 我们会与关联公司共享您的账户信息和订单信息，以便您在关联公司"
        "的应用中直接登录并使用已购买的服务。\n\n"
        "四、您的权利\n您可以通过客服电话查阅、更正您的个人信息。"_s,
    };
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        p.setFont(font(48));
        p.drawText(area, Qt::TextWordWrap, pages[i]);
    }
    return p.end();
}

struct DemoExhibit {
    QString file;
    int group;
    QString title;
    QString purpose;
    QString source;
    QString captured;
    QString collection;
};

// The regions the claims cite.
struct DemoRegions {
    qint64 button = 0; // the questionnaire's only button
    qint64 fields = 0; // its required fields
    qint64 sms = 0; // the marketing messages
};

// The four exhibits, drawn into `dir`.
Status drawDemoFiles(const QTemporaryDir &dir)
{
    const auto save = [&](const QImage &image, const QString &name) {
        return image.save(dir.filePath(name), "PNG");
    };
    if (!save(questionnaire(), u"首次登录页面.png"_s) || !save(smsList(), u"营销短信.png"_s)
        || !save(affiliatedApp(), u"关联App页面.png"_s)
        || !writePrivacyPolicy(dir.filePath(u"隐私政策.pdf"_s)))
        return Error::io(QCoreApplication::translate(
            "habeas::Demo", "The demo evidence could not be drawn in %1.")
                             .arg(dir.path()));
    return {};
}

// The exhibits imported as a notary's record of them; their ids in the order of the register.
Result<QList<qint64>> importDemoExhibits(Library &library, qint64 caseId, const QTemporaryDir &dir)
{
    const QString app = u"某某英语 App（com.example.english）5.2.1"_s;
    const DemoExhibit exhibits[] = {
        { u"首次登录页面.png"_s, 1, u"首次登录“完善个人信息”页面截图"_s,
            u"证明被告App首次登录强制要求填写职业、学习阶段等信息，仅有“下一步”，无跳过或拒绝选项"_s,
            app, u"2021-01-20T09:30:00+08:00"_s, u"公证处电脑上安装App后首次登录，逐屏截图"_s },
        { u"隐私政策.pdf"_s, 1, u"某某英语隐私政策（2020年12月1日版）"_s,
            u"证明被告以不提供信息即无法使用服务为条件，并约定与关联公司共享账户及订单信息"_s, app,
            u"2021-01-20T09:40:00+08:00"_s, u"在App“我的—设置—隐私政策”页面导出"_s },
        { u"营销短信.png"_s, 2, u"营销短信截图"_s,
            u"证明被告未经同意为原告手机号开通账户并发送营销短信"_s,
            u"原告手机短信（iPhone 11，iOS 14.3）"_s, u"2021-01-20T10:05:00+08:00"_s,
            u"公证员监督下打开原告手机短信应用截图"_s },
        { u"关联App页面.png"_s, 3, u"关联App“某某口语”账户及订单页面截图"_s,
            u"证明被告将原告账户及订单信息提供给关联App"_s,
            u"某某口语 App（com.example.speaking）3.0.2"_s, u"2021-01-20T10:20:00+08:00"_s,
            u"在公证处电脑上安装关联App并以原告手机号登录"_s },
    };
    QList<qint64> ids;
    for (const DemoExhibit &e : exhibits) {
        EvidenceRecord meta;
        meta.group = e.group;
        meta.title = e.title;
        meta.purpose = e.purpose;
        meta.source = e.source;
        meta.capturedAt = QDateTime::fromString(e.captured, Qt::ISODate);
        meta.device = u"iPhone 11，iOS 14.3"_s;
        meta.operatorName = u"罗某"_s;
        meta.witnesses = u"北京市某某公证处公证员张某"_s;
        meta.notaryCert = u"（2021）京某某内民证字第1234号"_s;
        meta.collection = e.collection;
        const ImportOutcome o = library.evidence().importFile(caseId, dir.filePath(e.file), meta);
        if (o.kind != ImportOutcome::Kind::Imported)
            return Error::io(o.message);
        ids << o.id;
    }
    return ids;
}

// Regions: the questionnaire's only button, the policy's sharing clause, the SMS, and the phone
// number a bundle should not print.
Result<DemoRegions> markDemoRegions(Library &library, const QList<qint64> &ids)
{
    AnnotationStore &regions = library.annotations();
    const auto region = [&](qint64 evidenceId, int page, Annotation::Kind kind, QRectF rect,
                            const QString &note) -> Result<qint64> {
        Annotation a;
        a.evidenceId = evidenceId;
        a.page = page;
        a.kind = kind;
        a.rect = rect;
        a.note = note;
        return regions.add(a);
    };
    const auto button = region(ids[0], 1, Annotation::Kind::Highlight,
        QRectF(0.05, 0.80, 0.90, 0.09), u"页面仅有“下一步”按钮，没有“跳过”或“拒绝”"_s);
    const auto fields = region(ids[0], 1, Annotation::Kind::Highlight,
        QRectF(0.03, 0.19, 0.94, 0.54), u"职业、学习阶段、学习目的、英语水平、真实姓名均为必填"_s);
    const auto sms = region(ids[2], 1, Annotation::Kind::Highlight, QRectF(0.05, 0.17, 0.82, 0.45),
        u"三条营销短信，均以“某某英语”名义发送"_s);
    const auto phone = region(
        ids[2], 1, Annotation::Kind::Redaction, QRectF(0.05, 0.11, 0.9, 0.03), u"号码不公开"_s);
    for (const auto *r : { &button, &fields, &sms, &phone })
        if (!r->ok())
            return r->error();
    return DemoRegions { button.value(), fields.value(), sms.value() };
}

// The facts they prove, by date (the chronology comes back sorted, not as it was added; the law
// in time reads the facts' dates through these links).
Status linkDemoFacts(Library &library, qint64 caseId, const QList<qint64> &ids)
{
    if (auto events = library.events().events(caseId); events.ok()) {
        const QHash<QString, QList<qint64>> proof = { { u"2021-01-15"_s, { ids[2] } },
            { u"2021-01-20"_s, { ids[0], ids[1] } }, { u"2021-01"_s, { ids[1], ids[3] } } };
        for (EventRecord e : events.value()) {
            if (!proof.contains(e.date))
                continue;
            e.evidenceIds = proof.value(e.date);
            if (auto st = library.events().updateEvent(e); !st.ok())
                return st.error();
        }
    }

    return {};
}

// The claims of the judgment: PIPL 16, 24 and 23, element by element.
Status addDemoClaims(
    Library &library, qint64 caseId, const QList<qint64> &ids, const DemoRegions &regions)
{
    ClaimStore &claims = library.claims();
    struct Cite {
        const char16_t *element;
        qint64 evidenceId;
        qint64 regionId;
        ElementStatus status;
    };
    const auto claim = [&](const QString &theory, const QList<Cite> &cites) -> Status {
        const auto id = claims.addClaim(caseId, theory);
        if (!id.ok())
            return id.error();
        for (const Cite &c : cites) {
            const QString element = QString::fromUtf16(c.element);
            if (c.evidenceId)
                if (auto st = claims.cite(id.value(), element, c.evidenceId, 0, {}, c.regionId);
                    !st.ok())
                    return st.error();
            if (auto st = claims.setStatus(id.value(), element, c.status); !st.ok())
                return st.error();
        }
        return {};
    };
    if (auto st = claim(u"refusal-of-service"_s,
            { { u"1", ids[0], regions.fields, ElementStatus::Proven },
                { u"2", ids[0], regions.button, ElementStatus::Proven },
                { u"3", ids[1], 0, ElementStatus::Disputed } });
        !st.ok())
        return st;
    if (auto st = claim(u"automated-decision"_s, { { u"1", ids[1], 0, ElementStatus::Supported } });
        !st.ok())
        return st;
    if (auto st = claim(u"third-party-provision"_s,
            { { u"1", ids[3], 0, ElementStatus::Proven },
                { u"2", ids[1], 0, ElementStatus::Supported } });
        !st.ok())
        return st;
    if (auto st = claim(
            u"marketing-intrusion"_s, { { u"1", ids[2], regions.sms, ElementStatus::Proven } });
        !st.ok())
        return st;

    return {};
}

// The case in the lawyer's words: how the proven elements are met, and the requests
// (docs/filings.md §1; the money and the costs come from the damages worksheet).
Status stateDemoCase(Library &library, qint64 caseId)
{
    ClaimStore &claims = library.claims();
    const auto all = claims.claims(caseId);
    if (!all.ok())
        return all.error();
    const std::pair<const char16_t *, const char16_t *> statements[] = {
        { u"refusal-of-service.1",
            u"原告首次登录被告App时不愿提供职业、学习阶段、学习目的、英语水平及真实姓名，页面却没有"
            u"跳过或拒绝的选项" },
        { u"refusal-of-service.2",
            u"被告App将上述信息设为必填，页面仅有“下一步”按钮，原告不填写即无法使用服务" },
        // The defendant bears this exception; the statement answers the defence it is expected
        // to raise (the brief's seed case, defence 2).
        { u"refusal-of-service.3",
            u"被告主张上述信息系提供个性化学习服务所必需，但英语学习App的基本功能仅需手机号码即可实"
            u"现，"
            u"个性化推送不能作为提供服务的唯一方式，上述信息并非提供服务所必需" },
        { u"automated-decision.1", u"被告依据原告填写的信息生成“上班族”“商务职场”等用户画像标签" },
        { u"third-party-provision.1",
            u"被告将原告的账户信息及订单信息提供给关联App“某某口语”，原告未在该App注册即可见其账户"
            u"及订单" },
        { u"third-party-provision.2",
            u"被告未就向关联公司提供原告个人信息告知原告并取得其单独同意，隐私政策第五条仅概括约定"
            u"共享" },
        { u"marketing-intrusion.1",
            u"被告未经原告同意，以原告实名登记的两个手机号码开通账户并向其发送营销短信；手机号码能"
            u"够"
            u"与原告的账户信息结合识别原告，属于原告的个人信息" },
    };
    for (const ClaimRecord &c : all.value())
        // PIPL 24 is pleaded as push without a convenient opt-out, one of its alternatives.
        if (c.theoryId == u"automated-decision"_s)
            if (auto st = claims.setAlternative(c.id, u"push"_s); !st.ok())
                return st.error();
    for (const ClaimRecord &c : all.value())
        for (const ClaimElement &e : c.elements)
            for (const auto &[element, statement] : statements)
                if (e.id == QStringView(element))
                    if (auto st =
                            claims.setStatus(c.id, e.id, e.status, QString::fromUtf16(statement));
                        !st.ok())
                        return st.error();
    return claims.setRequests(caseId,
        { u"判令被告向原告提供其处理的原告个人信息副本"_s,
            u"判令被告停止处理并删除原告个人信息，停止向原告发送商业性短信"_s,
            u"判令被告停止向关联公司提供原告个人信息"_s, u"判令被告向原告书面赔礼道歉"_s });
}

} // namespace

Status addDemoEvidence(Library &library, qint64 caseId)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::io(dir.errorString());
    if (Status st = drawDemoFiles(dir); !st.ok())
        return st;
    const auto ids = importDemoExhibits(library, caseId, dir);
    if (!ids.ok())
        return ids.error();
    const auto regions = markDemoRegions(library, ids.value());
    if (!regions.ok())
        return regions.error();
    if (Status st = linkDemoFacts(library, caseId, ids.value()); !st.ok())
        return st;
    if (Status st = addDemoClaims(library, caseId, ids.value(), regions.value()); !st.ok())
        return st;
    return stateDemoCase(library, caseId);
}

} // namespace habeas
