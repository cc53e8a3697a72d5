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

Result<FilingContext> buildFilingContext(
    Library &library, qint64 caseId, const TemplateInfo &info, const FilingOptions &options)
{
    FilingContext ctx;
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
    auto articles = quotedArticles(info);
    if (!articles.ok())
        return articles.error();

    const CaseRecord &c = ctx.caseRecord;
    const bool publicInterest = isPublicInterest(c.kind);
    QVariantMap &d = ctx.data;
    std::optional<RegisterStats> stats;
    QStringList moneyMissing; // what the money claimed lacks, for a template that claims it
    if (publicInterest) { // per-record counts from the register, before anything is summed
        stats = registerStatsFor(library, caseId, options);
        applyRegister(damages.value(), totals.value(), stats, moneyMissing);
    }

    // 诉讼请求: the theories' wording, then the claimed damages, then the costs.
    QStringList claimTexts;
    // The lawyer's own wording when the case has it; the catalogue's otherwise.
    const auto ownRequests = library.claims().requests(caseId);
    if (ownRequests.ok() && !ownRequests->isEmpty()) {
        for (const QString &r : ownRequests.value())
            claimTexts.append(escapeMarkup(r));
    } else {
        static const QRegularExpression fillIn(u"〔|XXXX|被告甲|被告乙"_s);
        for (const QString &text : defaultRequests(claims.value())) {
            claimTexts.append(escapeMarkup(text));
            if (text.contains(fillIn))
                ctx.claimsNeedWording = true;
        }
    }
    if (publicInterest) { // item by item, each to its payee (publicinterestclaims.h)
        const PublicInterestClaims money = publicInterestClaims(damages.value(), ctx.parties);
        claimTexts.append(money.texts);
        moneyMissing.append(money.missing);
        if (isRequired(info, u"claims") || info.text.contains(u"pi.workings"_s))
            ctx.documentMissing.append(moneyMissing);
    } else {
        for (auto it = totals->perHead.cbegin(); it != totals->perHead.cend(); ++it)
            if (it.value() > 0)
                claimTexts.append(damagesClaim(it.key(), it.value(), damages.value()));
    }
    QStringList jointNames;
    for (const DamagesRecord &r : damages.value()) {
        if (r.defendantIds.size() < 2)
            continue;
        for (const PartyRecord &p : ctx.parties)
            if (r.defendantIds.contains(p.id) && !jointNames.contains(p.name))
                jointNames.append(p.name);
    }
    if (jointNames.size() > 1 && !publicInterest) {
        QStringList named;
        for (const QString &n : std::as_const(jointNames))
            named.append(u"被告"_s + escapeMarkup(n));
        claimTexts.append(named.join(u"、"_s).prepend(u"判令"_s) + u"对上述赔偿承担连带责任"_s);
    }
    ctx.claimCount = int(claimTexts.size());
    if (!publicInterest) // a procuratorate's suit pays no fee (SPPR 107)
        claimTexts.append(u"本案诉讼费用由被告负担"_s);

    // 事实: the chronology.
    QVariantList facts;
    for (const EventRecord &e : events.value()) {
        const QString date = eventDate(e);
        const QString text = escapeMarkup(e.text);
        facts.append(QVariantMap { { u"date"_s, date }, { u"text"_s, text },
            { u"line"_s, QString(date + u"，"_s + text) }, { u"disputed"_s, e.disputed } });
    }
    ctx.factCount = int(facts.size());

    // 理由: each claim's proven or supported elements in the lawyer's words, under the law in
    // force at the time of their facts; the defendant's elements only as answers.
    const Pleading pleading = buildPleading(claims.value(), damages.value());
    const QMap<qint64, QStringList> &provedBy = pleading.provedBy;
    const QVariantList &reasons = pleading.reasons;
    ctx.reasonCount = int(reasons.size());
    if (usesReasons(info))
        ctx.pleadingMissing = pleading.missing;
    if (info.text.contains(u"{{#amounts}}"_s))
        ctx.pleadingMissing += pleading.amountsMissing;

    // 证据: one row per exhibit, grouped as the register groups them.
    QVariantList rows;
    QVariantList groups;
    int index = 0;
    for (const EvidenceRecord &e : evidence.value()) {
        QString purpose = e.purpose.trimmed();
        if (purpose.isEmpty())
            purpose = provedBy.value(e.id).join(u"；"_s);
        QStringList source;
        for (const QString &s : { e.source, e.device, e.operatorName, e.notaryCert })
            if (!s.trimmed().isEmpty())
                source.append(s.trimmed());
        if (e.capturedAt.isValid())
            source.append(chineseDate(e.capturedAt.date()) + u"取证"_s);
        const QVariantMap row { { u"index"_s, ++index }, { u"number"_s, e.exhibitNumber() },
            { u"title"_s, escapeMarkup(e.title) },
            { u"source"_s, escapeMarkup(source.join(u"；"_s)) },
            { u"purpose"_s, escapeMarkup(purpose) },
            { u"pages"_s, escapeMarkup(options.exhibitPages.value(e.id)) } };
        rows.append(row);
        const QString label = u"第"_s + toChineseNumeral(e.group) + u"组"_s;
        if (groups.isEmpty() || groups.last().toMap().value(u"label"_s) != label)
            groups.append(QVariantMap { { u"label"_s, label }, { u"rows"_s, QVariantList() } });
        QVariantMap group = groups.last().toMap();
        group[u"rows"_s] = group.value(u"rows"_s).toList() << row;
        groups.last() = group;
    }
    ctx.evidenceCount = int(rows.size());

    // What a letter demands: each request's demand in the lawyer's words, then the amounts.
    if (const auto items = RequestStore(library).requests(caseId); items.ok()) {
        const LetterDemands letter = letterDemands(items.value(), totals->perHead);
        d.insert(u"demands"_s, letter.items);
        if (info.text.contains(u"{{#demands}}"_s)) {
            ctx.documentMissing.append(letter.missing);
            if (items->isEmpty() && !claims->isEmpty())
                ctx.documentMissing.append(u"诉讼请求的具体表述及其在律师函中的要求"_s);
        }
    }
    const QVariantMap deadlines = deadlineContext(library, caseId);
    auto fields = documentFieldData(library, caseId, info, deadlines.keys());
    if (!fields.ok())
        return fields.error();
    d.insert(fields->data);
    ctx.documentMissing.append(fields->missing);
    // A letter or a power of attorney speaks through the client's own agents, not the other
    // side's.
    if (isRequired(info, u"agents")) {
        const PartyRole client = publicInterest ? PartyRole::PublicInterestPlaintiff
                                                : PartyRole::Plaintiff;
        bool own = false;
        for (const PartyRecord &a : std::as_const(ctx.parties))
            for (const PartyRecord &p : std::as_const(ctx.parties))
                own = own || (a.isEntrustedAgent() && a.representsId == p.id && p.role == client);
        if (!own)
            ctx.documentMissing.append(roleLabel(PartyRole::Agent));
    }

    // Everything missing is known now (but a public-interest case's own parts, added last);
    // gaps go where the template will print the field.
    auto gapIfEmpty = [&](QVariantList list, QStringView field) {
        if (list.isEmpty() && isRequired(info, field))
            list.append(QVariantMap { { u"text"_s, gapMarker(caseFieldLabel(field)) },
                { u"line"_s, gapMarker(caseFieldLabel(field)) } });
        return list;
    };
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
    int defendants = 0;
    for (const PartyRecord &p : std::as_const(ctx.parties))
        defendants += p.role == PartyRole::Defendant ? 1 : 0;
    d.insert(u"copies"_s, QString::number(std::max(defendants, 1)));
    d.insert(u"hasFacts"_s, !facts.isEmpty());
    d.insert(u"hasReasons"_s, !reasons.isEmpty());
    d.insert(u"caseLine"_s,
        QString((publicInterest ? u"公益诉讼起诉人"_s : u"原告"_s) + plaintiffNames + u"诉被告"_s
            + defendantNames + escapeMarkup(c.cause) + u"一案"_s));

    QVariantList claimItems;
    for (qsizetype i = 0; i < claimTexts.size(); ++i)
        claimItems.append(QVariantMap { { u"text"_s,
            QString(claimTexts[i] + (i + 1 == claimTexts.size() ? u"。"_s : u"；"_s)) } });
    d.insert(u"claims"_s, gapIfEmpty(ctx.claimCount == 0 ? QVariantList() : claimItems, u"claims"));
    d.insert(u"amount"_s,
        QVariantMap { { u"present"_s, totals->totalFen > 0 },
            { u"figures"_s, yuanFigures(totals->totalFen) },
            { u"capitals"_s, chineseCapitals(totals->totalFen) } });
    d.insert(u"facts"_s, gapIfEmpty(facts, u"facts"));
    d.insert(u"reasons"_s, reasons);
    d.insert(u"reasonSections"_s, pleading.sections);
    d.insert(u"amounts"_s,
        pleading.amounts.isEmpty() ? QVariant(false) : QVariant(pleading.amounts));
    if (reasons.isEmpty() && isRequired(info, u"reasons"))
        d.insert(u"reasons"_s,
            QVariantList { QVariantMap {
                { u"points"_s, textItems({ gapMarker(caseFieldLabel(u"reasons")) }) } } });
    d.insert(u"evidence"_s, gapIfEmpty(rows, u"evidence"));
    d.insert(u"evidenceGroups"_s, groups);
    d.insert(u"hasEvidence"_s, !rows.isEmpty());
    d.insert(u"articles"_s, articles.value());
    d.insert(deadlines);
    if (!publicInterest && info.text.contains(u"{{{pi.scale}}}"_s)) // a procuratorate's form
        ctx.documentMissing.append(u"公益诉讼的案件类型（民事公益诉讼或刑事附带民事公益诉讼）"_s);
    if (publicInterest)
        if (auto st = insertPublicInterestData(
                library, ctx, info, damages.value(), events.value(), stats);
            !st.ok())
            return st.error();
    d.insert(u"missing"_s, textItems(missingFields(info, ctx)));
    return ctx;
}

Result<doc::Document> buildDocument(Library &library, qint64 caseId, const QString &templateId,
    const TemplateRegistry &registry, const FilingOptions &options)
{
    const TemplateInfo *info = registry.find(templateId);
    if (!info)
        return Error::notFound(
            QCoreApplication::translate("habeas::Templates", "There is no template \"%1\".")
                .arg(templateId));
    if (!info->isValid())
        return Error::input(info->error);
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
    const TemplateInfo *info = registry.find(templateId);
    if (!info)
        return Error::notFound(
            QCoreApplication::translate("habeas::Templates", "There is no template \"%1\".")
                .arg(templateId));
    if (!info->isValid())
        return Error::input(info->error);
    auto ctx = buildFilingContext(library, caseId, *info);
    if (!ctx.ok())
        return ctx.error();
    return missingFields(*info, ctx.value());
}

} // namespace habeas
