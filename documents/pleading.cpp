#include "pleading.h"

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

} // namespace

Pleading buildPleading(const QList<ClaimRecord> &claims)
{
    Pleading out;
    QVariantList personal;
    QVariantList privacy;
    for (const ClaimRecord &claim : claims) {
        const Theory *theory = theoryCatalogue().theory(claim.theoryId);
        if (!theory)
            continue;
        QVariantList points;
        QVariantList answers;
        QStringList basis; // court-form citations of the elements pleaded, in order
        QList<const ClaimElement *> pleaded;
        // A privacy theory of its own, or the privacy limb of one that has both.
        bool privacyClaim = claim.theoryId.startsWith(u"privacy"_s);
        for (const ClaimElement &element : claim.elements) {
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
                    answers.append(QVariantMap { { u"text"_s,
                        QString(u"对于被告可能提出的抗辩，原告认为："_s + escapeMarkup(statement)
                            + support(citations, exhibits) + u"。"_s) } });
                continue;
            }
            if (element.status != ElementStatus::Proven
                && element.status != ElementStatus::Supported)
                continue;
            const Element *catalogued = theory->element(element.id);
            if (catalogued && catalogued->limb == u"privacy")
                privacyClaim = true;
            pleaded.append(&element);
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
                const QString missing = elementLabel(claim, element) + u"在行为时有效的法律依据（"_s
                    + why.join(u"；"_s) + u"；行为持续至施行之后的，请标明持续）"_s;
                out.missing.append(missing);
                text +=
                    gapMarker(elementLabel(claim, element, false) + u"在行为时有效的法律依据"_s);
            }
            for (const QString &c : citations)
                if (!basis.contains(c))
                    basis.append(c);
            points.append(QVariantMap {
                { u"text"_s, QString(text + support(citations, exhibits) + u"。"_s) } });
        }
        if (points.isEmpty() && answers.isEmpty())
            continue;
        const QString law = lawInTimeSentence(pleaded, basis);
        if (basis.isEmpty() && !pleaded.isEmpty()) {
            // No element cites an article: the theory's own, as far as they were in force.
            ConductPeriod whole = pleaded.first()->conduct;
            for (const ClaimElement *e : std::as_const(pleaded)) {
                if (e->conduct.from.isValid() && e->conduct.from < whole.from)
                    whole.from = e->conduct.from;
                if (e->conduct.to.isValid() && e->conduct.to > whole.to)
                    whole.to = e->conduct.to;
            }
            basis = applicableCitations(lawInTime(theory->articles, whole));
        }
        QVariantList &section = privacyClaim ? privacy : personal;
        section.append(QVariantMap { { u"heading"_s,
                                         QString(u"（"_s + toChineseNumeral(int(section.size()) + 1)
                                             + u"）"_s + theory->nameZh) },
            { u"name"_s, theory->nameZh }, { u"points"_s, points + answers }, { u"law"_s, law },
            { u"basis"_s,
                pleaded.isEmpty() ? QString()
                                  : escapeMarkup(joinCitations(byInstrument(basis))) } });
    }
    // 一、 is the facts; the rights infringed follow, each under its own heading.
    int number = 2;
    for (const auto &[list, right] :
        { std::pair { &personal, u"个人信息权益"_s }, std::pair { &privacy, u"隐私权"_s } }) {
        if (list->isEmpty())
            continue;
        out.sections.append(QVariantMap {
            { u"heading"_s,
                QString(toChineseNumeral(number++) + u"、被告的行为侵害了原告的"_s + right) },
            { u"reasons"_s, *list } });
        // The flat list (templates without the sections) numbers its headings straight through.
        for (const QVariant &v : std::as_const(*list)) {
            QVariantMap reason = v.toMap();
            reason[u"heading"_s] = QString(u"（"_s + toChineseNumeral(int(out.reasons.size()) + 1)
                + u"）"_s + reason.value(u"name"_s).toString());
            out.reasons.append(reason);
        }
    }
    return out;
}

} // namespace habeas
