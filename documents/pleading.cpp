#include "pleading.h"

#include "damages/damagesrecord.h"
#include "filingtext.h"
#include "law/chinesenumerals.h"
#include "markup.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

QString withoutStop(QString text)
{
    text = text.trimmed();
    while (text.endsWith(u'。') || text.endsWith(u'；'))
        text.chop(1);
    return text;
}

QString zhDate(const QDate &date)
{
    return date.toString(u"yyyy年M月d日"_s);
}

// How the lawyer finds the element: 「以不同意为由拒绝提供服务」要件2（被告以此为由…）. The
// document's own gap names the element without the catalogue's words (withText false).
QString elementLabel(const ClaimRecord &claim, const ClaimElement &element, bool withText = true)
{
    const QString label = u"「"_s + claim.theoryName + u"」要件"_s + element.id.section(u'.', -1);
    return withText ? label + u"（"_s + withoutStop(element.textZh) + u"）"_s : label;
}

// The citations of one instrument together, instruments in the order they first appear, so
// that joinCitations() names each once:
// 《民法典》第一千零三十五条、第一千零三十八条、《网络安全法》….
QStringList byInstrument(const QStringList &citations)
{
    QStringList titles;
    QHash<QString, QStringList> groups;
    for (const QString &c : citations) {
        const QString title = c.left(c.indexOf(u'》') + 1);
        if (!titles.contains(title))
            titles.append(title);
        groups[title].append(c);
    }
    QStringList out;
    for (const QString &t : std::as_const(titles))
        out += groups.value(t);
    return out;
}

// "（依据：…；证据：…）" after a statement, when there is anything to say.
QString support(const QStringList &citations, const QStringList &exhibits)
{
    QStringList parts;
    if (!citations.isEmpty())
        parts.append(u"依据："_s + joinCitations(byInstrument(citations)));
    if (!exhibits.isEmpty())
        parts.append(u"证据："_s + exhibits.join(u"、"_s));
    return parts.isEmpty() ? QString() : u"（"_s + escapeMarkup(parts.join(u"；"_s)) + u"）"_s;
}

// Instruments named once each, in order: 《A》、《B》.
void addTitle(QStringList &titles, const QString &title)
{
    const QString named = u"《"_s + title + u"》"_s;
    if (!title.isEmpty() && !titles.contains(named))
        titles.append(named);
}

// Why the claim rests on the law it cites: the facts predate a law, or the conduct continued
// past its in-force date. Empty when every article simply applies.
QString lawInTimeSentence(const QList<const ClaimElement *> &pleaded, const QStringList &cited)
{
    QDate from;
    QDate last;
    QDate continuing;
    QStringList notYet; // 《个人信息保护法》（2021年11月1日起施行）
    QStringList applied;
    QStringList byContinuing;
    QDate continuingFrom;
    for (const ClaimElement *e : pleaded) {
        if (!e->conduct.isValid())
            continue;
        if (!from.isValid() || e->conduct.from < from)
            from = e->conduct.from;
        if (!last.isValid() || e->conduct.lastFact > last)
            last = e->conduct.lastFact;
        continuing = e->conduct.continuingUntil;
        for (const LawInTime &l : e->law) {
            // Only the laws a court weighs against each other (民法典, 个人信息保护法) are
            // named as not yet in force; a later regulation or interpretation simply drops out.
            if (l.status == LawInTime::Status::NotYetInForce && !l.priorLaw
                && l.title.startsWith(u"中华人民共和国"_s)) {
                const QString named =
                    u"《"_s + l.title + u"》（"_s + zhDate(l.inForce) + u"起施行）"_s;
                if (!notYet.contains(named))
                    notYet.append(named);
            }
            const bool isCited = std::any_of(l.citations.cbegin(), l.citations.cend(),
                [&](const QString &c) { return cited.contains(c); });
            if (l.status != LawInTime::Status::Applies || !isCited)
                continue;
            addTitle(applied, l.title);
            if (e->conduct.continuing() && l.inForce > e->conduct.lastFact) {
                addTitle(byContinuing, l.title);
                if (!continuingFrom.isValid() || l.inForce > continuingFrom)
                    continuingFrom = l.inForce;
            }
        }
    }
    if (!from.isValid())
        return {};
    const QString facts = zhPeriod(from, last);
    QStringList sentences;
    if (!notYet.isEmpty()) {
        QString s =
            u"被告的上述行为发生于"_s + facts + u"，彼时"_s + notYet.join(u"、"_s) + u"尚未施行"_s;
        if (!applied.isEmpty())
            s += u"，故适用行为时有效的"_s + applied.join(u"、"_s);
        sentences.append(s + u"。"_s);
    }
    if (!byContinuing.isEmpty())
        sentences.append(u"被告的上述行为始于"_s + zhDate(from) + u"，持续至"_s + zhDate(continuing)
            + u"，在"_s + byContinuing.join(u"、"_s) + u"施行（"_s + zhDate(continuingFrom)
            + u"）之后仍在继续，故亦适用"_s + byContinuing.join(u"、"_s) + u"。"_s);
    return escapeMarkup(sentences.join(QString()));
}

// The conduct of a claim: from the earliest fact of its pleaded elements to the latest.
ConductPeriod claimConduct(const QList<const ClaimElement *> &elements)
{
    ConductPeriod whole;
    for (const ClaimElement *e : elements) {
        if (!e->conduct.isValid())
            continue;
        if (!whole.from.isValid() || e->conduct.from < whole.from)
            whole.from = e->conduct.from;
        if (!whole.to.isValid() || e->conduct.to > whole.to)
            whole.to = e->conduct.to;
        if (!whole.lastFact.isValid() || e->conduct.lastFact > whole.lastFact)
            whole.lastFact = e->conduct.lastFact;
        whole.continuingUntil = e->conduct.continuingUntil;
    }
    return whole;
}

// The liability sentence the rule pleaded imposes, by the catalogue reference that applied.
QString liabilitySentence(const QString &reference, PleadedRight right)
{
    const QString harmed = right == PleadedRight::Privacy ? u"隐私权"_s : u"个人信息权益"_s;
    if (reference.startsWith(u"PIPL 69"_s))
        return u"被告作为个人信息处理者，不能证明自己没有过错，应当承担损害赔偿等侵权责任"_s;
    if (reference == u"CC 1165(2)"_s || reference == u"TLL 6(2)"_s)
        return u"被告不能证明自己没有过错，应当承担侵权责任"_s;
    if (reference.startsWith(u"CC 1165"_s) || reference.startsWith(u"TLL 6"_s))
        return u"被告因过错侵害原告的"_s + harmed + u"，应当承担侵权责任"_s;
    if (reference == u"CC 577"_s || reference == u"CL 107"_s)
        return u"被告应当承担继续履行、采取补救措施或者赔偿损失等违约责任"_s;
    return u"被告应当承担相应的民事责任"_s;
}

// The limb whose heading and law the claim pleads: the chosen alternative, or (for limbs that
// are not alternatives) one with law of its own an element of which is pleaded.
const Limb *pleadedLimb(const ClaimRecord &claim, const Theory &theory)
{
    if (theory.alternatives)
        return theory.limb(claim.alternative);
    for (const ClaimElement &e : claim.elements) {
        const Limb *limb = theory.limb(e.limb);
        if (limb && !limb->liability.isEmpty() && e.burden != Burden::Defendant
            && (e.status == ElementStatus::Proven || e.status == ElementStatus::Supported))
            return limb;
    }
    return nullptr;
}

// 证明…的证据由被告控制… (EvP 95), after the statement of an element it is to prove.
QString adverseInferenceSentence()
{
    const QStringList cited = courtCitations({ u"SPC Evidence Provisions 95"_s });
    return u"证明上述事实的证据由被告控制，被告无正当理由拒不提交，原告主张该证据的内容不利于被告，"_s
           u"依照"_s
        + cited.value(0) + u"的规定，请求人民法院认定该主张成立"_s;
}

struct ClaimReasons {
    QVariantList points;
    QVariantList answers;
    QStringList cited; // court-form citations of the elements pleaded
    QList<const ClaimElement *> pleaded;
};

// The elements of one claim as a court reads them; what is missing goes to out.missing.
ClaimReasons elementReasons(const ClaimRecord &claim, const Theory &theory, Pleading &out)
{
    ClaimReasons r;
    const bool unchosen = claim.needsAlternative();
    for (const ClaimElement &element : claim.elements) {
        if (element.offPath || (unchosen && !element.limb.isEmpty()))
            continue; // only the alternative the claim pleads
        const QString statement = withoutStop(element.note);
        QStringList exhibits;
        for (const ElementCitation &cite : element.citations) {
            if (!exhibits.contains(cite.exhibit))
                exhibits.append(cite.exhibit);
            if (!statement.isEmpty() && !out.provedBy[cite.evidenceId].contains(statement))
                out.provedBy[cite.evidenceId].append(statement);
        }
        const QStringList citations = applicableCitations(element.law);
        if (element.burden == Burden::Defendant) {
            // The defendant's exception or absence of fault is never the plaintiff's case;
            // a disputed one is answered, in the lawyer's words, or not at all.
            if (element.status == ElementStatus::Disputed && !statement.isEmpty())
                r.answers.append(QVariantMap { { u"text"_s,
                    QString(u"对于被告可能提出的抗辩，原告认为："_s + escapeMarkup(statement)
                        + support(citations, exhibits) + u"。"_s) } });
            continue;
        }
        if (element.status != ElementStatus::Proven && element.status != ElementStatus::Supported
            && !element.adverseInference)
            continue;
        r.pleaded.append(&element);
        QString text;
        if (statement.isEmpty()) {
            // The catalogue's wording is a note to the lawyer, never a fact.
            out.missing.append(elementLabel(claim, element) + u"的事实陈述"_s);
            text = gapMarker(elementLabel(claim, element, false) + u"的事实陈述"_s);
        } else {
            text = escapeMarkup(statement);
        }
        if (!hasApplicableLaw(element.law)) {
            QStringList why;
            for (const LawInTime &l : outOfForce(element.law))
                why.append(outOfForceZh(l, element.conduct));
            out.missing.append(elementLabel(claim, element) + u"在行为时有效的法律依据（"_s
                + why.join(u"；"_s) + u"；行为持续至施行之后的，请标明持续）"_s);
            text += gapMarker(elementLabel(claim, element, false) + u"在行为时有效的法律依据"_s);
        }
        for (const QString &c : citations)
            if (!r.cited.contains(c))
                r.cited.append(c);
        text += support(citations, exhibits) + u"。"_s;
        if (element.adverseInference)
            text += escapeMarkup(adverseInferenceSentence()) + u"。"_s;
        r.points.append(QVariantMap { { u"text"_s, text } });
    }
    Q_UNUSED(theory)
    return r;
}

// 被告的上述行为违反了…的规定。依照…的规定，被告…应当承担…责任。 The duty breached and the
// rule that imposes liability, in force at the time of the conduct; never a definition.
QString liabilityParagraph(const ClaimRecord &claim, const Theory &theory, const Limb *limb,
    const ConductPeriod &conduct, QStringList &basis, Pleading &out)
{
    const PleadedRight right = limb && limb->right ? *limb->right : theory.right;
    const LawRule &dutyRule = limb && !limb->duty.isEmpty() ? limb->duty : theory.duty;
    const LawRule &liabilityRule =
        limb && !limb->liability.isEmpty() ? limb->liability : theory.liability;
    const QStringList duty = citationsInForce(dutyRule, conduct);
    QString rule;
    QStringList liability;
    for (const LawInTime &l :
        lawInTime(liabilityRule.articles, conduct) + lawInTime(liabilityRule.priorLaw, conduct))
        if (l.applies() && !l.citations.isEmpty()) {
            rule = l.reference;
            liability = l.citations;
            break;
        }
    basis = duty + liability;
    QString text;
    if (!duty.isEmpty())
        text = u"被告的上述行为违反了"_s + joinCitations(byInstrument(duty)) + u"的规定"_s
            + (right == PleadedRight::Contract ? u"，构成违约。"_s : u"。"_s);
    if (liability.isEmpty()) {
        const QString label = u"「"_s + claim.theoryName + u"」"_s;
        out.missing.append(label + u"在行为时有效的责任依据"_s);
        return escapeMarkup(text) + gapMarker(label + u"的责任依据"_s);
    }
    text += u"依照"_s + joinCitations(liability) + u"的规定，"_s + liabilitySentence(rule, right)
        + u"。"_s;
    return escapeMarkup(text);
}

// One claim's reasons, or an empty map when nothing of it is pleaded.
QVariantMap claimReasons(
    const ClaimRecord &claim, const Theory &theory, Pleading &out, PleadedRight &right)
{
    if (claim.needsAlternative()) {
        QStringList names;
        for (const Limb &l : theory.limbs)
            names.append(l.nameZh);
        out.missing.append(u"「"_s + claim.theoryName + u"」所主张的情形（择一："_s
            + names.join(u"／"_s) + u"）"_s);
    }
    const ClaimReasons r = elementReasons(claim, theory, out);
    if (r.points.isEmpty() && r.answers.isEmpty())
        return {};
    const Limb *limb = pleadedLimb(claim, theory);
    right = limb && limb->right ? *limb->right : theory.right;
    QString heading = claim.heading.trimmed();
    if (heading.isEmpty())
        heading = limb && !limb->headingZh.isEmpty() ? limb->headingZh : claimHeading(claim);
    QStringList basis;
    QString liability;
    if (!r.pleaded.isEmpty())
        liability = liabilityParagraph(claim, theory, limb, claimConduct(r.pleaded), basis, out);
    if (claim.needsAlternative())
        liability = gapMarker(u"「"_s + claim.theoryName + u"」所主张的情形"_s) + liability;
    return { { u"name"_s, escapeMarkup(heading) }, { u"points"_s, r.points + r.answers },
        { u"law"_s, lawInTimeSentence(r.pleaded, r.cited + basis) }, { u"liability"_s, liability },
        { u"basis"_s,
            r.pleaded.isEmpty() ? QString() : escapeMarkup(joinCitations(byInstrument(basis))) } };
}

} // namespace

Pleading buildPleading(const QList<ClaimRecord> &claims, const QList<DamagesRecord> &claimed)
{
    Pleading out;
    QVariantList personal;
    QVariantList privacy;
    QVariantList contract;
    for (const ClaimRecord &claim : claims) {
        const Theory *theory = theoryCatalogue().theory(claim.theoryId);
        if (!theory)
            continue;
        PleadedRight right = theory->right;
        QVariantMap reason = claimReasons(claim, *theory, out, right);
        if (reason.isEmpty())
            continue;
        QVariantList &section = right == PleadedRight::Privacy ? privacy
            : right == PleadedRight::Contract                  ? contract
                                                               : personal;
        reason[u"heading"_s] = QString(u"（"_s + toChineseNumeral(int(section.size()) + 1) + u"）"_s
            + reason.value(u"name"_s).toString());
        section.append(reason);
    }
    // 一、 is the facts; the rights infringed follow, each under its own heading, then the money.
    int number = 2;
    for (const auto &[list, title] :
        { std::pair { &personal, u"被告的行为侵害了原告的个人信息权益"_s },
            std::pair { &privacy, u"被告的行为侵害了原告的隐私权"_s },
            std::pair { &contract, u"被告的行为构成违约"_s } }) {
        if (list->isEmpty())
            continue;
        out.sections.append(
            QVariantMap { { u"heading"_s, QString(toChineseNumeral(number++) + u"、"_s + title) },
                { u"reasons"_s, *list } });
        // The flat list (templates without the sections) numbers its headings straight through.
        for (const QVariant &v : std::as_const(*list)) {
            QVariantMap reason = v.toMap();
            reason[u"heading"_s] = QString(u"（"_s + toChineseNumeral(int(out.reasons.size()) + 1)
                + u"）"_s + reason.value(u"name"_s).toString());
            out.reasons.append(reason);
        }
    }
    const QVariantList amounts = amountReasons(claims, claimed, out.amountsMissing);
    if (!amounts.isEmpty())
        out.amounts = QVariantMap {
            { u"heading"_s, QString(toChineseNumeral(number) + u"、关于原告主张的各项赔偿"_s) },
            { u"points"_s, amounts }
        };
    return out;
}

} // namespace habeas
