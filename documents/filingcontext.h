#pragma once

#include "cases/casetypes.h"
#include "core/result.h"
#include "docmodel.h"
#include "register/registerstats.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace habeas {

class Library;
class TemplateRegistry;
struct TemplateInfo;

struct FilingOptions {
    // Render the gaps (⟦缺：…⟧ runs) and a 草稿 watermark instead of refusing.
    bool draft = false;
    // Evidence id → its pages in the bundle ("3-5"), filled by whoever paginates the bundle.
    QMap<qint64, QString> exhibitPages;
    // A public-interest case's register figures; when absent, the installed provider's
    // (publicinterestcontext.h).
    std::optional<RegisterStats> registerStats;
};

// What a template sees, built from one case. `data` is a QVariant tree (maps, lists, strings,
// bools) whose user text is already escaped for the markup (markup.h); a field the template
// requires and the case lacks appears as a gap marker in it.
//
// Keys (see the shipped templates for their use):
//   case.{title,cause,court,number,publicInterest}; court, cause (shortcuts)
//   date (2026年11月28日), copies (one per defendant), caseLine (原告×诉被告×…纠纷一案)
//   plaintiffs, defendants, thirdParties, agents (entrusted agents only),
//     publicInterestPlaintiffs: lists of {name, paragraphs:[{text}], principalParagraphs:
//     [{text}] (as 委托人/委托单位/受委托人), applicationParagraphs (as 申请人/被申请人), address,
//     phone, employer, isPerson, isOrganisation, legalRep, legalRepTitle, principal,
//     guardians:[{name, relation}] (法定代理人), and for an agent authority (一般授权，即…/
//     特别授权，即…), special, powers:[{text}] (the CPL 62 powers granted)}
//   partyBlock: [{text}] every party paragraph in filing order (原告, 其法定代理人, 其委托诉讼
//     代理人, 被告, 第三人); applicantBlock, respondentBlock: the same for an application
//   plaintiffNames, defendantNames, agentNames, publicInterestPlaintiffNames (、)
//   signer: who signs for the plaintiffs (张某（法定代理人：张某某）)
//   poaSigners: [{text}] a power of attorney's signature lines (委托单位：…（盖章）/法定代表人),
//   poaWe: 我方 or 我单位
//   clientAgents, clientAgentNames: the entrusted agents of the plaintiffs (or the
//     public-interest plaintiff), who issue a letter and whom a power of attorney appoints
//   fields.<id>: the document's own fields as the lawyer set them (documentfields.h): text;
//     Lines [{text, index, last}]; Days 三十日; Items [{number, text, citation}]; Event
//     {date, text, line}; Flag true/false
//   hasFacts, hasReasons, hasEvidence: whether the lists have real entries
//   claims: [{text}] the 诉讼请求, each ending in ；, the last in 。
//   demands: [{text}] what a letter demands: each request's demand in the lawyer's words
//     (RequestStore), then the amounts claimed (letterdemands.h)
//   amount.{figures,capitals} the claimed total (人民币2,900元 / 人民币贰仟玖佰元整)
//   facts: [{date, text, line}] the chronology
//   reasons: [{heading, name, points:[{text}], law, liability, basis}] proven or supported
//     elements, in the lawyer's words; law says why the law cited is the law of the time;
//     liability the duty breached and the rule imposing liability (pleading.h)
//   reasonSections: [{heading, reasons}] the same, personal information, privacy and contract
//     apart
//   amounts: {heading, points:[{text}]} each amount claimed with its basis, or false
//   evidence: [{number, title, source, purpose, pages}], evidenceGroups: [{label, rows}]
//   responsePeriod.{period,due}, publicNotice.{period,start,due}: the case's deadlines
//     (deadlinetext.h), absent when it has none
//   articles.<KEY>.{citation,short,text,paragraphs:[{text}]} (short: 第四十五条 without the
//     instrument, for a run; text: the statute's words without the
//     leading 第X条; text joins the paragraphs) for each "articles:" entry of the
//     header, KEY being the reference with non-alphanumerics as _ ("PIPL 45" → PIPL_45)
//   pi (public-interest kinds only): {criminal, title (民事公益诉讼起诉书 / 刑事附带…),
//     number (文号), prosecutors:[{name, title}], law:[{citation, text, …}] the articles the
//     date of the conduct calls for, pipl, basis (the citations joined), noticeBasis, scale (the
//     register's 涉及公民个人信息…条 sentence), workings:[{text}] per-record arithmetic,
//     gains:[{text}] illegal gain claimed beside the criminal fine, per defendant,
//     notice.{published, medium, due, contact, phone, whoMaySue, cameForward},
//     noticeStatement (the 起诉书's account of the announcement)}
struct FilingContext {
    QVariantMap data;
    // The case as read, for missingFields().
    CaseRecord caseRecord;
    QList<PartyRecord> parties;
    int claimCount = 0; // 诉讼请求 other than the costs
    // The catalogue's wording still has its fill-ins (〔…〕, 尾号XXXX, 被告甲/乙): the case needs
    // its own wording (ClaimStore::setRequests) before a complaint is filed.
    bool claimsNeedWording = false;
    int factCount = 0;
    int reasonCount = 0;
    // For templates that print the reasons: elements pleaded without the lawyer's statement or
    // without law in force at the time of their facts, named for the lawyer (pleading.h).
    QStringList pleadingMissing;
    // The document's own fields (documentfields.h) and the letter's demands it lacks.
    QStringList documentMissing;
    int evidenceCount = 0;
};

// True for a name the "requires:" header may use: plaintiffs, defendants, thirdParties,
// agents, publicInterestPlaintiffs (at least one), <one of those>.<field> with field one of
// name sex birthDate ethnicity occupation address idNumber uscc legalRep phone, and court,
// cause, number, claims, facts, reasons, evidence.
bool isKnownRequiredField(const QString &field);

// The "articles:" machinery for any references: KEY → {citation, short, text, paragraphs}, KEY
// as articleKey() makes it. Input error naming `where` for a reference not bundled.
Result<QVariantMap> quoteArticles(const QStringList &references, const QString &where);
QString articleKey(const QString &reference);

Result<FilingContext> buildFilingContext(
    Library &library, qint64 caseId, const TemplateInfo &info, const FilingOptions &options = {});

// The required fields of `info` the context lacks, in Chinese
// ("被告北京某某教育科技有限公司的住所").
QStringList missingFields(const TemplateInfo &info, const FilingContext &ctx);

// The one entry point: the case rendered with the template. Without draft, refuses (Input)
// when a required field is missing, listing every one.
Result<doc::Document> buildDocument(Library &library, qint64 caseId, const QString &templateId,
    const TemplateRegistry &registry, bool draft);
Result<doc::Document> buildDocument(Library &library, qint64 caseId, const QString &templateId,
    const TemplateRegistry &registry, const FilingOptions &options);

// What generation would refuse for; empty when the case is complete for the template.
Result<QStringList> missingFields(
    Library &library, qint64 caseId, const QString &templateId, const TemplateRegistry &registry);

} // namespace habeas
