#include "publicinterestcontext.h"

#include "cases/eventstore.h"
#include "cases/publicintereststore.h"
#include "core/clock.h"
#include "damages/damagesrecord.h"
#include "damages/registerbasis.h"
#include "filingcontext.h"
#include "filingtext.h"
#include "law/lawintime.h"
#include "markup.h"
#include "partyparticulars.h"
#include "publicinterestclaims.h"
#include "register/registerstore.h"
#include "registerscale.h"
#include "templateregistry.h"

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

const QDate kPiplInForce(2021, 11, 1);
const QDate kCivilCodeInForce(2021, 1, 1);
const QDate kCybersecurityInForce(2017, 6, 1);

QVariantList lineItems(const QStringList &lines)
{
    QVariantList out;
    for (const QString &l : lines)
        out.append(QVariantMap { { u"text"_s, l } });
    return out;
}

bool templateUses(const TemplateInfo &info, const QString &key)
{
    return info.text.contains(key);
}

// The announcement as the filings state it, and what it still lacks.
QVariantMap noticeData(const std::optional<PublicNotice> &notice, const PublicInterestLaw &law,
    QStringList &noticeMissing, QStringList &outcomeMissing)
{
    QVariantMap out;
    out.insert(u"whoMaySue"_s,
        law.pipl ? u"法律规定的消费者组织和由国家网信部门确定的组织"_s
                 : u"法律规定的机关和有关组织"_s);
    if (!notice) {
        noticeMissing.append(u"诉前公告的发布日期、媒体、联系人及联系电话"_s);
        for (const QString &key : { u"published"_s, u"medium"_s, u"contact"_s, u"phone"_s })
            out.insert(key, gapMarker(noticeMissing.first()));
        return out;
    }
    const auto due = publicNoticeDue(notice->publishedOn);
    out.insert(u"published"_s, chineseDate(notice->publishedOn));
    out.insert(u"medium"_s, escapeMarkup(notice->medium));
    out.insert(u"contact"_s, escapeMarkup(notice->contact));
    out.insert(u"phone"_s, escapeMarkup(notice->phone));
    if (due.ok())
        out.insert(u"due"_s, chineseDate(due->due));
    if (due.ok() && due->due >= Clock::today())
        outcomeMissing.append(u"诉前公告期满（公告期至"_s + chineseDate(due->due) + u"届满）"_s);
    else if (notice->outcome == NoticeOutcome::Unknown)
        outcomeMissing.append(u"诉前公告期满后有无法律规定的机关和有关组织提起诉讼"_s);
    else if (notice->outcome == NoticeOutcome::CameForward)
        outcomeMissing.append(u"检察机关起诉的条件：公告期满已有组织（"_s
            + escapeMarkup(notice->organisations.join(u"、"_s))
            + u"）提起诉讼，检察机关可以支持起诉而不另行起诉"_s);
    out.insert(u"cameForward"_s, escapeMarkup(notice->organisations.join(u"、"_s)));
    return out;
}

// The 起诉书's account of the announcement, with its legal basis; gaps where it lacks something.
QString noticeStatement(const QVariantMap &n, const QString &basis,
    const QStringList &noticeMissing, const QStringList &outcomeMissing)
{
    if (!noticeMissing.isEmpty())
        return gapMarker(noticeMissing.join(u"、"_s));
    QString text = u"本院依照"_s + basis + u"的规定，于"_s + n.value(u"published"_s).toString()
        + u"在"_s + n.value(u"medium"_s).toString() + u"发布诉前公告，公告期间为三十日，至"_s
        + n.value(u"due"_s).toString() + u"届满。"_s;
    if (!outcomeMissing.isEmpty())
        return text + gapMarker(outcomeMissing.join(u"、"_s));
    return text + u"公告期满，"_s + n.value(u"whoMaySue"_s).toString() + u"未提起诉讼。"_s;
}

} // namespace

std::optional<RegisterStats> registerStatsFor(
    Library &library, qint64 caseId, const FilingOptions &options)
{
    if (options.registerStats)
        return options.registerStats;
    const auto stats = RegisterStore(library).stats(caseId);
    if (!stats.ok() || stats->isEmpty())
        return std::nullopt;
    return stats.value();
}

PublicInterestLaw publicInterestLaw(const ConductPeriod &conduct, bool criminalIncidental)
{
    PublicInterestLaw law;
    law.known = conduct.isValid();
    law.pipl = !law.known || conduct.to >= kPiplInForce;
    if (law.pipl) {
        law.references = { u"PIPL 70"_s, u"CPL 58(2)"_s };
    } else {
        if (conduct.to >= kCivilCodeInForce)
            law.references = { u"Civil Code 111"_s, u"Civil Code 1038(1)"_s };
        else if (conduct.to >= kCybersecurityInForce)
            law.references = { u"CSL 42(1)"_s, u"CSL 44"_s };
        law.references +=
            { u"Consumer Rights Law 29(2)"_s, u"Consumer Rights Law 47"_s, u"CPL 58(2)"_s };
    }
    law.procedural = { u"SPC/SPP Procuratorial PIL Interpretation 13"_s };
    if (criminalIncidental)
        law.procedural.append(u"SPC/SPP Procuratorial PIL Interpretation 20"_s);
    return law;
}

void applyRegister(QList<DamagesRecord> &items, DamagesTotals &totals,
    const std::optional<RegisterStats> &stats, QStringList &missing)
{
    bool counted = false;
    for (const DamagesRecord &r : std::as_const(items))
        counted = counted || (r.head == DamagesHead::PerRecord && !r.registerBasis.isEmpty());
    if (!counted)
        return;
    if (!stats || stats->isEmpty()) {
        missing.append(u"涉案人员登记名册（按条计算的损害取其条数）"_s);
        return;
    }
    applyRegisterCounts(items, *stats, &missing);
    QList<DamagesItem> calc;
    for (const DamagesRecord &r : std::as_const(items))
        calc.append(r.toCalcItem());
    totals = computeTotals(calc, scenario::kClaimed);
}

Status insertPublicInterestData(Library &library, FilingContext &ctx, const TemplateInfo &info,
    const QList<DamagesRecord> &items, const QList<EventRecord> &events,
    const std::optional<RegisterStats> &stats)
{
    const CaseRecord &c = ctx.caseRecord;
    const bool criminal = c.kind == CaseKind::CriminalIncidentalPublicInterest;
    auto record = PublicInterestStore(library).record(c.id);
    if (!record.ok())
        return record.error();
    const PublicInterestLaw law = publicInterestLaw(conductPeriod({}, events), criminal);
    auto quoted = quoteArticles(law.references + law.procedural, info.path);
    if (!quoted.ok())
        return quoted.error();
    QVariantList lawItems;
    QStringList substantive;
    for (const QString &ref : std::as_const(law.references)) {
        const QVariantMap a = quoted->value(articleKey(ref)).toMap();
        lawItems.append(a);
        substantive.append(a.value(u"citation"_s).toString());
    }
    QStringList procedural;
    for (const QString &ref : std::as_const(law.procedural))
        procedural.append(quoted->value(articleKey(ref)).toMap().value(u"citation"_s).toString());

    QVariantMap pi;
    pi.insert(u"criminal"_s, criminal);
    pi.insert(u"title"_s, criminal ? u"刑事附带民事公益诉讼起诉书"_s : u"民事公益诉讼起诉书"_s);
    const QString number = c.procuratorateNumber.trimmed();
    pi.insert(u"number"_s, number.isEmpty() ? gapMarker(u"文号"_s) : escapeMarkup(number));
    QVariantList prosecutors;
    for (const Prosecutor &p : std::as_const(record->prosecutors))
        prosecutors.append(QVariantMap { { u"name"_s, escapeMarkup(p.name) },
            { u"title"_s, escapeMarkup(p.title.isEmpty() ? u"检察官"_s : p.title) } });
    pi.insert(u"prosecutors"_s, prosecutors);
    pi.insert(u"law"_s, lawItems);
    pi.insert(u"pipl"_s, law.pipl);
    pi.insert(u"basis"_s, joinCitations(substantive + procedural));
    pi.insert(u"noticeBasis"_s, procedural.value(0));
    const QString scale = stats ? registerScaleSentence(*stats) : QString();
    pi.insert(u"scale"_s,
        scale.isEmpty() ? gapMarker(u"涉案人员登记名册（涉及的个人信息条数）"_s) : scale);
    const QStringList workings = perRecordWorkings(items);
    const QStringList gains = gainAndFineLines(items, ctx.parties, record->fines);
    pi.insert(u"workings"_s, lineItems(workings));
    pi.insert(u"gains"_s, lineItems(gains));
    pi.insert(u"hasMoney"_s, !workings.isEmpty() || !gains.isEmpty());
    QStringList noticeMissing;
    QStringList outcomeMissing;
    const QVariantMap notice = noticeData(record->notice, law, noticeMissing, outcomeMissing);
    pi.insert(u"notice"_s, notice);
    pi.insert(u"noticeStatement"_s,
        noticeStatement(notice, procedural.value(0), noticeMissing, outcomeMissing));

    // What the template prints decides what it lacks.
    if (templateUses(info, u"pi.number"_s) && number.isEmpty())
        ctx.documentMissing.append(u"检察机关的文号"_s);
    if (templateUses(info, u"pi.scale"_s) && scale.isEmpty())
        ctx.documentMissing.append(u"涉案人员登记名册（涉及的个人信息条数）"_s);
    if (templateUses(info, u"pi.notice"_s))
        ctx.documentMissing.append(noticeMissing);
    if (templateUses(info, u"pi.noticeStatement"_s))
        ctx.documentMissing.append(outcomeMissing);
    if (templateUses(info, u"pi.law"_s) && !law.known)
        ctx.documentMissing.append(u"事实经过中行为的日期（据以确定适用的法律）"_s);
    if (templateUses(info, u"pi.prosecutors"_s) && prosecutors.isEmpty())
        ctx.documentMissing.append(u"承办检察官"_s);
    ctx.data.insert(u"pi"_s, pi);
    return {};
}

} // namespace habeas
