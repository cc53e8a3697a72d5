#include "partyblocks.h"

#include "markup.h"
#include "partyparticulars.h"
#include "templateregistry.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

struct PartyList {
    const char16_t *id; // in "requires:" and the template data
    PartyRole role;
};

constexpr PartyList kPartyLists[] = {
    { u"plaintiffs", PartyRole::Plaintiff },
    { u"defendants", PartyRole::Defendant },
    { u"thirdParties", PartyRole::ThirdParty },
    { u"agents", PartyRole::Agent },
    { u"publicInterestPlaintiffs", PartyRole::PublicInterestPlaintiff },
};

const PartyList *partyList(QStringView id)
{
    for (const PartyList &l : kPartyLists)
        if (id == QStringView(l.id))
            return &l;
    return nullptr;
}

// "plaintiffs.address" → (plaintiffs, Address); "plaintiffs" → (plaintiffs, nullopt).
std::pair<const PartyList *, std::optional<PartyField>> splitPartyField(const QString &field)
{
    const qsizetype dot = field.indexOf(u'.');
    const PartyList *list = partyList(QStringView(field).left(dot < 0 ? field.size() : dot));
    if (!list || dot < 0)
        return { list, std::nullopt };
    return { list, partyFieldFromId(field.mid(dot + 1)) };
}

// The lists a party is in: an entrusted agent in agents, a statutory agent in none (it is
// printed with its party).
bool inList(const PartyRecord &p, PartyRole role)
{
    return p.role == role && !p.isStatutoryAgent();
}

const PartyRecord *findParty(const QList<PartyRecord> &parties, qint64 id)
{
    for (const PartyRecord &p : parties)
        if (p.id == id)
            return &p;
    return nullptr;
}

QList<PartyField> requiredPartyFields(const TemplateInfo &info, PartyRole role)
{
    QList<PartyField> fields;
    for (const QString &f : info.requiredFields)
        if (auto [list, field] = splitPartyField(f); list && list->role == role && field)
            fields.append(*field);
    return fields;
}

// A statutory agent gives the particulars its party's role requires (docs/filings.md §0.1).
QList<PartyField> requiredFieldsOf(
    const TemplateInfo &info, const PartyRecord &p, const QList<PartyRecord> &parties)
{
    if (p.isStatutoryAgent())
        if (const PartyRecord *principal = findParty(parties, p.representsId))
            return requiredPartyFields(info, principal->role);
    return requiredPartyFields(info, p.role);
}

QList<const PartyRecord *> agentsOf(
    const QList<PartyRecord> &parties, const PartyRecord &principal, Agency agency)
{
    QList<const PartyRecord *> out;
    for (const PartyRecord &a : parties)
        if (a.role == PartyRole::Agent && a.agency == agency && a.representsId == principal.id)
            out.append(&a);
    return out;
}

QVariantList textItems(const QStringList &texts)
{
    QVariantList items;
    for (const QString &t : texts)
        items.append(QVariantMap { { u"text"_s, t } });
    return items;
}

QString joinNames(const QList<PartyRecord> &parties, PartyRole role)
{
    QStringList names;
    for (const PartyRecord &p : parties)
        if (inList(p, role))
            names.append(escapeMarkup(p.name));
    return names.join(u"、"_s);
}

} // namespace

bool isPartyRequirement(const QString &field)
{
    return splitPartyField(field).first != nullptr;
}

bool isKnownPartyRequirement(const QString &field)
{
    const auto [list, partyField] = splitPartyField(field);
    return list && (!field.contains(u'.') || partyField);
}

QStringList missingPartyFields(
    const QString &field, const QList<PartyRecord> &parties, const QDate &today)
{
    QStringList missing;
    const auto [list, partyField] = splitPartyField(field);
    if (!list)
        return missing;
    bool any = false;
    for (const PartyRecord &p : parties) {
        if (!inList(p, list->role))
            continue;
        any = true;
        const QList<const PartyRecord *> guardians = agentsOf(parties, p, Agency::Statutory);
        if (partyField == PartyField::Authority) {
            // Only the client's power of attorney is ours to write (not the other side's).
            const PartyRecord *principal = findParty(parties, p.representsId);
            const bool client = principal
                && (principal->role == PartyRole::Plaintiff
                    || principal->role == PartyRole::PublicInterestPlaintiff);
            if (client && partyFieldMissing(p, *partyField))
                missing.append(missingPartyFieldName(p, *partyField));
        } else if (partyField) {
            if (partyFieldMissing(p, *partyField))
                missing.append(missingPartyFieldName(p, *partyField));
            for (const PartyRecord *g : guardians)
                if (partyFieldMissing(*g, *partyField))
                    missing.append(missingPartyFieldName(*g, *partyField));
        } else if (guardians.isEmpty() && isMinorOn(p, today) && list->role != PartyRole::Agent) {
            // CPL 60: a minor sues and is sued through the statutory agent.
            missing.append(roleLabel(p.role) + p.name.trimmed() + u"（未成年人）的法定代理人"_s);
        }
    }
    if (!any)
        missing.append(roleLabel(list->role));
    return missing;
}

namespace {

struct Builder {
    const TemplateInfo &info;
    const QList<PartyRecord> &parties;

    // An application names the party that applies 申请人 and the defendants 被申请人.
    static QString applicationLabel(const PartyRecord &p)
    {
        switch (p.role) {
        case PartyRole::Plaintiff:
        case PartyRole::PublicInterestPlaintiff:
            return u"申请人"_s;
        case PartyRole::Defendant:
            return u"被申请人"_s;
        default:
            return {};
        }
    }

    // One party as the lists give it, with its paragraphs as each kind of document names it.
    QVariantMap entry(const PartyRecord &p) const
    {
        const PartyRecord *principal = findParty(parties, p.representsId);
        const QList<PartyField> required = requiredFieldsOf(info, p, parties);
        const QString poaLabel = p.isEntrustedAgent() ? u"受委托人"_s
            : p.isStatutoryAgent()                    ? u"法定代理人"_s
            : p.type == PartyType::Organisation       ? u"委托单位"_s
                                                      : u"委托人"_s;
        QVariantList powers = textItems(specialPowerTexts(p));
        QString authority = authorityText(p);
        if (p.isEntrustedAgent() && authority.isEmpty())
            authority = gapMarker(missingPartyFieldName(p, PartyField::Authority));
        return QVariantMap { { u"name"_s, escapeMarkup(p.name) },
            { u"paragraphs"_s, textItems(partyParagraphs(p, required, {}, principal)) },
            // The same particulars as a power of attorney names them (SPC16).
            { u"principalParagraphs"_s,
                textItems(partyParagraphs(p, required, poaLabel, principal)) },
            { u"applicationParagraphs"_s,
                textItems(partyParagraphs(p, required, applicationLabel(p), principal)) },
            { u"address"_s, escapeMarkup(p.address) }, { u"phone"_s, escapeMarkup(p.phone) },
            { u"legalRep"_s, escapeMarkup(p.legalRep) },
            { u"legalRepTitle"_s, escapeMarkup(p.legalRepTitle) },
            { u"employer"_s, escapeMarkup(p.employer) },
            { u"isPerson"_s, p.type == PartyType::Person },
            { u"isOrganisation"_s, p.type == PartyType::Organisation },
            { u"principal"_s, principal ? escapeMarkup(principal->name) : QString() },
            { u"authority"_s, authority }, { u"special"_s, p.authority == Authority::Special },
            { u"powers"_s, powers }, { u"guardians"_s, guardians(p) } };
    }

    QVariantList guardians(const PartyRecord &p) const
    {
        QVariantList out;
        for (const PartyRecord *g : agentsOf(parties, p, Agency::Statutory))
            out.append(QVariantMap { { u"name"_s, escapeMarkup(g->name) },
                { u"relation"_s, escapeMarkup(g->relation) } });
        return out;
    }

    // The party's paragraphs (by `key`), then its statutory and (unless `principalOnly`) its
    // entrusted agents'.
    QVariantList block(const PartyRecord &p, const QString &key, bool principalOnly = false) const
    {
        QVariantList out = entry(p).value(key).toList();
        for (Agency agency : { Agency::Statutory, Agency::Entrusted }) {
            if (principalOnly && agency == Agency::Entrusted)
                continue;
            for (const PartyRecord *a : agentsOf(parties, p, agency))
                out.append(entry(*a).value(principalOnly ? key : u"paragraphs"_s).toList());
        }
        return out;
    }

    // 张某（法定代理人：张某某）: who signs for the party.
    QString signer(const PartyRecord &p) const
    {
        QStringList names;
        for (const PartyRecord *g : agentsOf(parties, p, Agency::Statutory))
            names.append(escapeMarkup(g->name));
        return escapeMarkup(p.name)
            + (names.isEmpty() ? QString() : u"（法定代理人："_s + names.join(u"、"_s) + u"）"_s);
    }

    // The signature lines of a power of attorney (SPC16): a person signs, with its statutory
    // agent; an organisation seals and its legal representative signs.
    QVariantList poaSigners(PartyRole role) const
    {
        QStringList lines;
        for (const PartyRecord &p : parties) {
            if (!inList(p, role))
                continue;
            if (p.type == PartyType::Organisation) {
                lines.append(u"委托单位："_s + escapeMarkup(p.name) + u"（盖章）"_s);
                lines.append(u"法定代表人："_s
                    + (p.legalRep.trimmed().isEmpty()
                            ? gapMarker(missingPartyFieldName(p, PartyField::LegalRep))
                            : escapeMarkup(p.legalRep))
                    + u"（签名）"_s);
                continue;
            }
            lines.append(u"委托人："_s + escapeMarkup(p.name) + u"（签名）"_s);
            for (const PartyRecord *g : agentsOf(parties, p, Agency::Statutory))
                lines.append(u"法定代理人："_s + escapeMarkup(g->name) + u"（签名）"_s);
        }
        return textItems(lines);
    }
};

} // namespace

namespace {

// plaintiffs, defendants, thirdParties, agents, publicInterestPlaintiffs: each role's entries, a
// gap for a required list that is empty. Returns the lists by role.
QHash<PartyRole, QVariantList> insertPartyLists(
    QVariantMap &d, const Builder &b, const TemplateInfo &info, const QList<PartyRecord> &parties)
{
    QHash<PartyRole, QVariantList> lists;
    for (const PartyRecord &p : parties)
        if (!p.isStatutoryAgent())
            lists[p.role].append(b.entry(p));
    for (const PartyList &l : kPartyLists) {
        const QString id = QString::fromUtf16(l.id);
        if (lists[l.role].isEmpty() && info.requiredFields.contains(id)) {
            const QString gap = gapMarker(roleLabel(l.role));
            const QVariantList paragraphs = textItems({ roleLabel(l.role) + u"："_s + gap });
            lists[l.role].append(QVariantMap { { u"name"_s, gap }, { u"paragraphs"_s, paragraphs },
                { u"principalParagraphs"_s, paragraphs },
                { u"applicationParagraphs"_s, paragraphs } });
        }
        d.insert(id, lists[l.role]);
    }
    return lists;
}

// In the order a filing lists them (docs/filings.md §0.1): 原告 (and 公益诉讼起诉人), each
// followed by its 法定代理人 and 委托诉讼代理人, then 被告, then 第三人. An application
// names the plaintiffs 申请人 and the defendants 被申请人.
void insertPartyBlocks(QVariantMap &d, const Builder &b, const QList<PartyRecord> &parties,
    QHash<PartyRole, QVariantList> &lists, PartyRole applicant)
{
    QVariantList partyBlock;
    QVariantList poaPrincipals;
    QVariantList applicantBlock;
    QVariantList respondentBlock;
    for (PartyRole role : { PartyRole::PublicInterestPlaintiff, PartyRole::Plaintiff,
             PartyRole::Defendant, PartyRole::ThirdParty }) {
        bool any = false;
        for (const PartyRecord &p : parties) {
            if (!inList(p, role))
                continue;
            any = true;
            partyBlock.append(b.block(p, u"paragraphs"_s));
            if (role == applicant) {
                applicantBlock.append(b.block(p, u"applicationParagraphs"_s));
                poaPrincipals.append(b.block(p, u"principalParagraphs"_s, true));
            }
            if (role == PartyRole::Defendant)
                respondentBlock.append(b.block(p, u"applicationParagraphs"_s));
        }
        if (!any && !lists[role].isEmpty()) // the gap of a required but absent list
            partyBlock.append(lists[role].first().toMap().value(u"paragraphs"_s).toList());
    }
    d.insert(u"partyBlock"_s, partyBlock);
    d.insert(u"applicantBlock"_s, applicantBlock);
    if (poaPrincipals.isEmpty() && !lists[applicant].isEmpty())
        poaPrincipals = lists[applicant].first().toMap().value(u"principalParagraphs"_s).toList();
    d.insert(u"poaPrincipals"_s, poaPrincipals);
    d.insert(u"respondentBlock"_s, respondentBlock);
}

// The agents of the party the document speaks for: who issues its letters and whom its power of
// attorney appoints (not the other side's lawyers).
void insertClientAgents(QVariantMap &d, const Builder &b, const TemplateInfo &info,
    const QList<PartyRecord> &parties, PartyRole applicant)
{
    QVariantList clientAgents;
    QStringList clientAgentNames;
    for (const PartyRecord &p : parties)
        if (inList(p, applicant))
            for (const PartyRecord *a : agentsOf(parties, p, Agency::Entrusted)) {
                clientAgents.append(b.entry(*a));
                clientAgentNames.append(escapeMarkup(a->name));
            }
    if (clientAgents.isEmpty() && info.requiredFields.contains(u"agents"_s)) {
        const QString gap = gapMarker(roleLabel(PartyRole::Agent));
        clientAgents.append(QVariantMap { { u"name"_s, gap }, { u"employer"_s, gap },
            { u"principalParagraphs"_s, textItems({ u"受委托人："_s + gap }) } });
        clientAgentNames.append(gap);
    }
    d.insert(u"clientAgents"_s, clientAgents);
    d.insert(u"clientAgentNames"_s, clientAgentNames.join(u"、"_s));
}

} // namespace

void insertPartyData(QVariantMap &d, const TemplateInfo &info, const QList<PartyRecord> &parties,
    bool publicInterest)
{
    const Builder b { info, parties };
    QHash<PartyRole, QVariantList> lists = insertPartyLists(d, b, info, parties);
    const PartyRole applicant =
        publicInterest ? PartyRole::PublicInterestPlaintiff : PartyRole::Plaintiff;
    insertPartyBlocks(d, b, parties, lists, applicant);
    const QString plaintiffNames = joinNames(parties, applicant);
    QStringList signers;
    for (const PartyRecord &p : parties)
        if (inList(p, applicant))
            signers.append(b.signer(p));
    d.insert(u"plaintiffNames"_s, plaintiffNames);
    d.insert(u"defendantNames"_s, joinNames(parties, PartyRole::Defendant));
    d.insert(u"signer"_s, signers.join(u"、"_s));
    d.insert(u"agentNames"_s, joinNames(parties, PartyRole::Agent));
    d.insert(
        u"publicInterestPlaintiffNames"_s, joinNames(parties, PartyRole::PublicInterestPlaintiff));
    d.insert(u"poaSigners"_s, b.poaSigners(applicant));
    insertClientAgents(d, b, info, parties, applicant);
    bool organisation = false;
    for (const PartyRecord &p : parties)
        organisation = organisation || (inList(p, applicant) && p.type == PartyType::Organisation);
    d.insert(u"poaWe"_s, organisation ? u"我单位"_s : u"我方"_s);
}

} // namespace habeas
