#include "filingcontext.h"

#include "cases/casestore.h"
#include "cases/eventstore.h"
#include "cases/requeststore.h"
#include "core/clock.h"
#include "damages/damagesrecord.h"
#include "damages/damagesstore.h"
#include "damages/money.h"
#include "deadlinetext.h"
#include "documentfields.h"
#include "evidence/evidencestore.h"
#include "filingsections.h"
#include "filingtext.h"
#include "law/chinesenumerals.h"
#include "law/claimqueries.h"
#include "law/claimstore.h"
#include "law/statutelibrary.h"
#include "letterdemands.h"
#include "markup.h"
#include "partyblocks.h"
#include "partyparticulars.h"
#include "pleading.h"
#include "publicinterestclaims.h"
#include "publicinterestcontext.h"
#include "storage/library.h"
#include "templateengine.h"
#include "templateregistry.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

// Case-level requirements and how a lawyer names each when it is missing.
struct CaseField {
    const char16_t *id;
    const char16_t *label;
};

constexpr CaseField kCaseFields[] = {
    { u"court", u"受诉法院" },
    { u"cause", u"案由" },
    { u"number", u"案号" },
    { u"claims", u"诉讼请求" },
    { u"facts", u"事实经过（案件大事记）" },
    { u"reasons", u"已证明或有证据支持的要件事实" },
    { u"evidence", u"证据" },
};

QString caseFieldLabel(QStringView id)
{
    for (const CaseField &f : kCaseFields)
        if (id == QStringView(f.id))
            return QString::fromUtf16(f.label);
    return {};
}

bool isRequired(const TemplateInfo &info, QStringView field)
{
    return info.requiredFields.contains(field.toString());
}

// A template that prints the reasons pleads the elements: each needs the lawyer's statement and
// law in force at the time of its facts.
bool usesReasons(const TemplateInfo &info)
{
    return isRequired(info, u"reasons") || info.text.contains(u"{{#reasons}}"_s)
        || info.text.contains(u"{{#reasonSections}}"_s);
}

QVariantList textItems(const QStringList &texts)
{
    QVariantList items;
    for (const QString &t : texts)
        items.append(QVariantMap { { u"text"_s, t } });
    return items;
}

} // namespace

QString articleKey(const QString &reference)
{
    static const QRegularExpression nonWord(u"[^A-Za-z0-9]+"_s);
    QString key = reference;
    key.replace(nonWord, u"_"_s);
    while (key.endsWith(u'_'))
        key.chop(1);
    while (key.startsWith(u'_'))
        key.remove(0, 1);
    return key;
}

// Exact statute text for the "articles:" header, never retyped.
Result<QVariantMap> quoteArticles(const QStringList &references, const QString &where)
{
    QVariantMap out;
    for (const QString &ref : references) {
        const CitationParseResult parsed = parseCitation(ref, bundledStatutes());
        const Instrument *instrument =
            parsed.isValid() ? bundledStatutes().instrument(parsed.citation.instrumentId) : nullptr;
        const Article *article =
            instrument ? instrument->article(parsed.citation.article) : nullptr;
        if (!article)
            return Error::input(QCoreApplication::translate("habeas::Templates",
                "The template %1 quotes \"%2\", which is not in the bundled statutes.")
                                    .arg(where, ref));
        // The statute's own words, without the leading 第X条: templates quote them after the
        // citation ("第七十条规定：“…”").
        QStringList blocks;
        for (int n = 1; n <= int(article->paragraphs.size()); ++n) {
            if (parsed.citation.paragraph != 0 && parsed.citation.paragraph != n)
                continue;
            const Paragraph *p = article->paragraph(n);
            if (parsed.citation.item == 0)
                blocks.append(p->text);
            for (const Item &item : p->items)
                if (parsed.citation.item == 0 || parsed.citation.item == item.number)
                    blocks.append(item.text);
        }
        QStringList escaped;
        for (const QString &b : std::as_const(blocks))
            escaped.append(escapeMarkup(b));
        const QString citation = formatCitation(parsed.citation, bundledStatutes());
        out.insert(articleKey(ref),
            QVariantMap { { u"citation"_s, citation },
                // 第四十五条, for a run naming the instrument once (…第四十四条、第四十五条)
                { u"short"_s, citation.mid(citation.indexOf(u'》') + 1) },
                { u"text"_s, escaped.join(QString()) }, { u"paragraphs"_s, textItems(escaped) } });
    }
    return out;
}

namespace {

Result<QVariantMap> quotedArticles(const TemplateInfo &info)
{
    return quoteArticles(info.articles, info.path);
}

} // namespace

bool isKnownRequiredField(const QString &field)
{
    return !caseFieldLabel(field).isEmpty() || isKnownPartyRequirement(field)
        || !documentFieldOf(field).isEmpty();
}

QStringList missingFields(const TemplateInfo &info, const FilingContext &ctx)
{
    QStringList missing;
    auto add = [&](const QString &name) {
        if (!missing.contains(name))
            missing.append(name);
    };
    const CaseRecord &c = ctx.caseRecord;
    for (const QString &field : info.requiredFields) {
        if (isPartyRequirement(field)) {
            // A procuratorate's case has no 原告: its 公益诉讼起诉人 stands where one is required.
            QString asked = field;
            if (isPublicInterest(c.kind) && field.startsWith(u"plaintiffs"))
                asked.replace(0, int(qstrlen("plaintiffs")), u"publicInterestPlaintiffs"_s);
            for (const QString &m : missingPartyFields(asked, ctx.parties, Clock::today()))
                add(m);
            continue;
        }
        if (!documentFieldOf(field).isEmpty())
            continue; // with the conditional ones in documentMissing
        const bool absent = (field == u"court" && c.court.trimmed().isEmpty())
            || (field == u"cause" && c.cause.trimmed().isEmpty())
            || (field == u"number" && c.number.trimmed().isEmpty())
            || (field == u"claims" && ctx.claimCount == 0)
            || (field == u"facts" && ctx.factCount == 0)
            || (field == u"reasons" && ctx.reasonCount == 0)
            || (field == u"evidence" && ctx.evidenceCount == 0);
        if (absent)
            add(caseFieldLabel(field));
        else if (field == u"claims" && ctx.claimsNeedWording)
            add(u"诉讼请求的具体表述（通用表述中的〔…〕等待填写之处）"_s);
    }
    for (const QString &m : ctx.pleadingMissing)
        add(m);
    for (const QString &m : ctx.documentMissing)
        add(m);
    return missing;
}

namespace {

// The records a filing reads from one case, each read once.
struct CaseRecords {
    QList<EventRecord> events;
    QList<ClaimRecord> claims;
    QList<EvidenceRecord> evidence;
    QList<DamagesRecord> damages; // the claimed scenario
    DamagesTotals totals;
};

// Reads the case and its parties into `ctx` and the rest into the result.
Result<CaseRecords> readCaseRecords(Library &library, qint64 caseId, FilingContext &ctx)
{
    auto caseRecord = library.cases().caseById(caseId);
    if (!caseRecord.ok())
        return caseRecord.error();
    ctx.caseRecord = caseRecord.value();
    auto parties = library.cases().parties(caseId);
    auto events = library.events().events(caseId);
    auto claims = library.claims().claims(caseId);
    auto evidence = library.evidence().items(caseId);
    auto damages = library.damages().items(caseId, scenario::kClaimed);
    auto totals = library.damages().totals(caseId, scenario::kClaimed);
    for (const Error *e :
        { parties.ok() ? nullptr : &parties.error(), events.ok() ? nullptr : &events.error(),
            claims.ok() ? nullptr : &claims.error(), evidence.ok() ? nullptr : &evidence.error(),
            damages.ok() ? nullptr : &damages.error(), totals.ok() ? nullptr : &totals.error() })
        if (e)
            return *e;
    ctx.parties = parties.value();
    return CaseRecords { events.value(), claims.value(), evidence.value(), damages.value(),
        totals.value() };
}

// 诉讼请求: the requests' wording, then the money claimed, then the costs. Sets the context's
// claim count and whether the wording needs the lawyer; a public-interest case's money adds
// what it lacks to `moneyMissing`, and to the document's gaps when the template claims it.
QStringList claimTexts(Library &library, qint64 caseId, const TemplateInfo &info,
    const CaseRecords &records, FilingContext &ctx, QStringList &moneyMissing)
{
    const bool publicInterest = isPublicInterest(ctx.caseRecord.kind);
    const auto ownRequests = library.claims().requests(caseId);
    RequestTexts requests =
        requestTexts(ownRequests.ok() ? ownRequests.value() : QStringList(), records.claims);
    ctx.claimsNeedWording = requests.needsWording;
    QStringList texts = requests.texts;
    if (publicInterest) { // item by item, each to its payee (publicinterestclaims.h)
        const PublicInterestClaims money = publicInterestClaims(records.damages, ctx.parties);
        texts.append(money.texts);
        moneyMissing.append(money.missing);
        if (isRequired(info, u"claims") || info.text.contains(u"pi.workings"_s))
            ctx.documentMissing.append(moneyMissing);
    } else {
        texts.append(damagesRequestTexts(records.damages, records.totals, ctx.parties));
    }
    ctx.claimCount = int(texts.size());
    if (!publicInterest) // a procuratorate's suit pays no fee (SPPR 107)
        texts.append(u"本案诉讼费用由被告负担"_s);
    return texts;
}

// What the document itself says beyond the case: a letter's demands, the document's own fields,
// the client's agents; what of them it lacks goes to the context's gaps.
Status insertDocumentData(Library &library, qint64 caseId, const TemplateInfo &info,
    const CaseRecords &records, const QVariantMap &deadlines, FilingContext &ctx)
{
    QVariantMap &d = ctx.data;
    // What a letter demands: each request's demand in the lawyer's words, then the amounts.
    if (const auto items = RequestStore(library).requests(caseId); items.ok()) {
        const LetterDemands letter = letterDemands(items.value(), records.totals.perHead);
        d.insert(u"demands"_s, letter.items);
        if (info.text.contains(u"{{#demands}}"_s)) {
            ctx.documentMissing.append(letter.missing);
            if (items->isEmpty() && !records.claims.isEmpty())
                ctx.documentMissing.append(u"诉讼请求的具体表述及其在律师函中的要求"_s);
        }
    }
    auto fields = documentFieldData(library, caseId, info, deadlines.keys());
    if (!fields.ok())
        return fields.error();
    d.insert(fields->data);
    ctx.documentMissing.append(fields->missing);
    if (isRequired(info, u"agents")
        && !clientHasOwnAgent(ctx.parties, isPublicInterest(ctx.caseRecord.kind)))
        ctx.documentMissing.append(roleLabel(PartyRole::Agent));
    return {};
}

// The case's own keys: case, court, cause, date, copies, caseLine; and the parties'.
void insertCaseData(QVariantMap &d, const TemplateInfo &info, const FilingContext &ctx)
{
    const CaseRecord &c = ctx.caseRecord;
    const bool publicInterest = isPublicInterest(c.kind);
    auto scalar = [&](const QString &value, QStringView field) {
        if (value.trimmed().isEmpty() && isRequired(info, field))
            return gapMarker(caseFieldLabel(field));
        return escapeMarkup(value);
    };
    insertPartyData(d, info, ctx.parties, publicInterest);
    const QString plaintiffNames = d.value(u"plaintiffNames"_s).toString();
    const QString defendantNames = d.value(u"defendantNames"_s).toString();
    d.insert(u"case"_s,
        QVariantMap { { u"title"_s, escapeMarkup(c.title) },
            { u"cause"_s, scalar(c.cause, u"cause") }, { u"court"_s, scalar(c.court, u"court") },
            { u"number"_s, scalar(c.number, u"number") },
            { u"publicInterest"_s, publicInterest } });
    // Shortcuts; not `number`, which an exhibit row would shadow in a section.
    d.insert(u"court"_s, scalar(c.court, u"court"));
    d.insert(u"cause"_s, scalar(c.cause, u"cause"));
    d.insert(u"date"_s, chineseDate(Clock::today()));
    d.insert(u"copies"_s, QString::number(filingCopies(ctx.parties)));
    d.insert(u"caseLine"_s,
        QString((publicInterest ? u"公益诉讼起诉人"_s : u"原告"_s) + plaintiffNames + u"诉被告"_s
            + defendantNames + escapeMarkup(c.cause) + u"一案"_s));
}

} // namespace

Result<FilingContext> buildFilingContext(
    Library &library, qint64 caseId, const TemplateInfo &info, const FilingOptions &options)
{
    FilingContext ctx;
    auto read = readCaseRecords(library, caseId, ctx);
    if (!read.ok())
        return read.error();
    CaseRecords records = std::move(read).value();
    auto articles = quotedArticles(info);
    if (!articles.ok())
        return articles.error();
    const bool publicInterest = isPublicInterest(ctx.caseRecord.kind);
    QVariantMap &d = ctx.data;
    std::optional<RegisterStats> stats;
    QStringList moneyMissing; // what the money claimed lacks, for a template that claims it
    if (publicInterest) { // per-record counts from the register, before anything is summed
        stats = registerStatsFor(library, caseId, options);
        applyRegister(records.damages, records.totals, stats, moneyMissing);
    }
    const QStringList claims = claimTexts(library, caseId, info, records, ctx, moneyMissing);
    const QVariantList facts = factsSection(records.events);
    ctx.factCount = int(facts.size());
    // 理由: each claim's proven or supported elements in the lawyer's words, under the law in
    // force at the time of their facts; the defendant's elements only as answers.
    const Pleading pleading = buildPleading(records.claims, records.damages);
    ctx.reasonCount = int(pleading.reasons.size());
    if (usesReasons(info))
        ctx.pleadingMissing = pleading.missing;
    if (info.text.contains(u"{{#amounts}}"_s))
        ctx.pleadingMissing += pleading.amountsMissing;
    const EvidenceSection evidence =
        evidenceSection(records.evidence, pleading.provedBy, options.exhibitPages);
    ctx.evidenceCount = int(evidence.rows.size());

    const QVariantMap deadlines = deadlineContext(library, caseId);
    if (auto st = insertDocumentData(library, caseId, info, records, deadlines, ctx); !st.ok())
        return st.error();
    // Everything missing is known now (but a public-interest case's own parts, added last);
    // gaps go where the template will print the field.
    auto gapIfEmpty = [&](QVariantList list, QStringView field) {
        if (list.isEmpty() && isRequired(info, field))
            list.append(QVariantMap { { u"text"_s, gapMarker(caseFieldLabel(field)) },
                { u"line"_s, gapMarker(caseFieldLabel(field)) } });
        return list;
    };
    insertCaseData(d, info, ctx);
    d.insert(u"hasFacts"_s, !facts.isEmpty());
    d.insert(u"hasReasons"_s, !pleading.reasons.isEmpty());
    d.insert(u"claims"_s,
        gapIfEmpty(ctx.claimCount == 0 ? QVariantList() : requestItems(claims), u"claims"));
    d.insert(u"amount"_s, amountSection(records.totals.totalFen));
    d.insert(u"facts"_s, gapIfEmpty(facts, u"facts"));
    d.insert(reasonsSection(
        pleading, isRequired(info, u"reasons") ? caseFieldLabel(u"reasons") : QString()));
    d.insert(u"evidence"_s, gapIfEmpty(evidence.rows, u"evidence"));
    d.insert(u"evidenceGroups"_s, evidence.groups);
    d.insert(u"hasEvidence"_s, !evidence.rows.isEmpty());
    d.insert(u"articles"_s, articles.value());
    d.insert(deadlines);
    if (!publicInterest && info.text.contains(u"{{{pi.scale}}}"_s)) // a procuratorate's form
        ctx.documentMissing.append(u"公益诉讼的案件类型（民事公益诉讼或刑事附带民事公益诉讼）"_s);
    if (publicInterest)
        if (auto st = insertPublicInterestData(
                library, ctx, info, records.damages, records.events, stats);
            !st.ok())
            return st.error();
    d.insert(u"missing"_s, textItems(missingFields(info, ctx)));
    return ctx;
}

namespace {

// The template the id names, when it exists and reads without error.
Result<const TemplateInfo *> validTemplate(
    const TemplateRegistry &registry, const QString &templateId)
{
    const TemplateInfo *info = registry.find(templateId);
    if (!info)
        return Error::notFound(
            QCoreApplication::translate("habeas::Templates", "There is no template \"%1\".")
                .arg(templateId));
    if (!info->isValid())
        return Error::input(info->error);
    return info;
}

} // namespace

Result<doc::Document> buildDocument(Library &library, qint64 caseId, const QString &templateId,
    const TemplateRegistry &registry, const FilingOptions &options)
{
    const auto found = validTemplate(registry, templateId);
    if (!found.ok())
        return found.error();
    const TemplateInfo *info = found.value();
    auto ctx = buildFilingContext(library, caseId, *info, options);
    if (!ctx.ok())
        return ctx.error();
    const QStringList missing = missingFields(*info, ctx.value());
    if (!missing.isEmpty() && !options.draft)
        return Error::input(QCoreApplication::translate("habeas::Templates",
            "Cannot generate %1: the case lacks %2. Fill them in, or generate a draft.")
                                .arg(info->name, missing.join(u"、"_s)));
    auto markup = renderTemplate(info->text, ctx->data, info->path);
    if (!markup.ok())
        return markup.error();
    doc::Document document = parseMarkup(markup.value());
    if (document.title.isEmpty())
        document.title = info->name;
    if (options.draft)
        document.watermark = u"草稿"_s;
    return document;
}

Result<doc::Document> buildDocument(Library &library, qint64 caseId, const QString &templateId,
    const TemplateRegistry &registry, bool draft)
{
    FilingOptions options;
    options.draft = draft;
    return buildDocument(library, caseId, templateId, registry, options);
}

Result<QStringList> missingFields(
    Library &library, qint64 caseId, const QString &templateId, const TemplateRegistry &registry)
{
    const auto found = validTemplate(registry, templateId);
    if (!found.ok())
        return found.error();
    const TemplateInfo *info = found.value();
    auto ctx = buildFilingContext(library, caseId, *info);
    if (!ctx.ok())
        return ctx.error();
    return missingFields(*info, ctx.value());
}

} // namespace habeas
