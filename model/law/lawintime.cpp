#include "law/lawintime.h"

#include "cases/eventstore.h"
#include "law/chinesenumerals.h"
#include "law/claimstore.h" // theoryCatalogue()
#include "law/statutelibrary.h"
#include "law/theorycatalogue.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

QString zhDate(const QDate &date)
{
    return date.toString(u"yyyy年M月d日"_s);
}

} // namespace

QString zhPeriod(const QDate &from, const QDate &last)
{
    if (from == last)
        return zhDate(from);
    // A fact dated by month or year covers it whole: 2021年1月, 2019年.
    if (from.day() == 1 && last == from.addMonths(1).addDays(-1))
        return from.toString(u"yyyy年M月"_s);
    if (from.dayOfYear() == 1 && last == QDate(from.year(), 12, 31))
        return from.toString(u"yyyy年"_s);
    return zhDate(from) + u"至"_s + zhDate(last);
}

namespace {

QString zhFacts(const ConductPeriod &conduct)
{
    return zhPeriod(conduct.from, conduct.lastFact);
}

LawInTime::Status statusFor(const QDate &inForce, const QDate &ended, const ConductPeriod &conduct)
{
    if (!conduct.isValid() || !inForce.isValid())
        return LawInTime::Status::Unknown;
    // Conduct that reaches the in-force date falls under the law for what happens from then
    // on; only conduct wholly before it (or wholly after the law ended) is outside it.
    if (conduct.to < inForce)
        return LawInTime::Status::NotYetInForce;
    if (ended.isValid() && conduct.from > ended)
        return LawInTime::Status::NoLongerInForce;
    return LawInTime::Status::Applies;
}

LawInTime place(const QString &reference, bool priorLaw, const ConductPeriod &conduct)
{
    LawInTime law;
    law.reference = reference;
    law.priorLaw = priorLaw;
    const StatuteLibrary &statutes = bundledStatutes();
    const ArticleReference parsed = parseArticleReference(reference, statutes);
    if (parsed.isValid() && !parsed.citations.isEmpty()) {
        const Instrument *in = statutes.instrument(parsed.citations.first().instrumentId);
        for (const Citation &c : parsed.citations)
            if (const QString text = formatCitation(c, statutes); !text.isEmpty())
                law.citations.append(text);
        if (in) {
            law.title = in->title;
            law.inForce = in->inForce;
            law.ended = in->ended;
            if (in->governsProceedings) {
                law.status = LawInTime::Status::Applies;
                return law;
            }
        }
        law.status = statusFor(law.inForce, law.ended, conduct);
        return law;
    }
    law.bundled = false;
    if (const UnbundledInstrument *in = theoryCatalogue().unbundledInstrument(reference)) {
        law.title = in->citationTitle;
        law.inForce = in->inForce;
        law.ended = in->ended;
        if (const QString text = unbundledCitation(reference, *in); !text.isEmpty())
            law.citations.append(text);
    }
    law.status = statusFor(law.inForce, law.ended, conduct);
    return law;
}

} // namespace

std::pair<QDate, QDate> eventSpan(const EventRecord &event)
{
    const QStringList parts = event.date.split(u'-');
    const int year = parts.value(0).toInt();
    if (parts.size() >= 3) {
        const QDate day = QDate::fromString(event.date, Qt::ISODate);
        return { day, day };
    }
    if (parts.size() == 2) {
        const QDate first(year, parts[1].toInt(), 1);
        return { first, first.isValid() ? first.addMonths(1).addDays(-1) : QDate() };
    }
    return { QDate(year, 1, 1), QDate(year, 12, 31) };
}

ConductPeriod conductPeriod(const QList<qint64> &citedEvidence, const QList<EventRecord> &events,
    const QDate &continuingUntil)
{
    QList<const EventRecord *> facts;
    for (const EventRecord &e : events)
        for (qint64 id : e.evidenceIds)
            if (citedEvidence.contains(id)) {
                facts.append(&e);
                break;
            }
    if (facts.isEmpty()) {
        // Nothing ties the element to a fact: the case's earliest facts, so that a later fact
        // (the filing, say) never brings later law within reach. Linking the exhibit to its fact,
        // or marking the conduct continuing, says otherwise.
        QDate earliest;
        for (const EventRecord &e : events)
            if (const QDate first = eventSpan(e).first;
                first.isValid() && (!earliest.isValid() || first < earliest))
                earliest = first;
        for (const EventRecord &e : events)
            if (eventSpan(e).first == earliest)
                facts.append(&e);
    }
    ConductPeriod period;
    for (const EventRecord *e : std::as_const(facts)) {
        const auto [first, last] = eventSpan(*e);
        if (!first.isValid() || !last.isValid())
            continue;
        if (!period.from.isValid() || first < period.from)
            period.from = first;
        if (!period.lastFact.isValid() || last > period.lastFact)
            period.lastFact = last;
    }
    period.continuingUntil = continuingUntil;
    period.to = period.lastFact;
    if (continuingUntil.isValid() && (!period.to.isValid() || continuingUntil > period.to))
        period.to = continuingUntil;
    return period;
}

QList<LawInTime> lawInTime(const Element &element, const ConductPeriod &conduct)
{
    QList<LawInTime> out = lawInTime(element.articles, conduct);
    for (const QString &reference : element.priorLaw)
        out.append(place(reference, true, conduct));
    return out;
}

QList<LawInTime> lawInTime(const QStringList &references, const ConductPeriod &conduct)
{
    QList<LawInTime> out;
    for (const QString &reference : references)
        out.append(place(reference, false, conduct));
    return out;
}

QList<LawInTime> outOfForce(const QList<LawInTime> &law)
{
    QList<LawInTime> out;
    for (const LawInTime &l : law)
        if (!l.priorLaw && l.outOfForce())
            out.append(l);
    return out;
}

bool hasApplicableLaw(const QList<LawInTime> &law)
{
    return law.isEmpty()
        || std::any_of(law.cbegin(), law.cend(), [](const LawInTime &l) { return l.applies(); });
}

QStringList applicableCitations(const QList<LawInTime> &law)
{
    QStringList out;
    for (const LawInTime &l : law)
        if (l.applies())
            for (const QString &c : l.citations)
                if (!out.contains(c))
                    out.append(c);
    return out;
}

QString unbundledCitation(const QString &reference, const UnbundledInstrument &in)
{
    if (in.citationTitle.isEmpty())
        return {};
    // "TLL 6(2)", "GPCL 111", "NPCSC-2012 7": article, then optional 款 and 项 (roman).
    static const QRegularExpression shape(uR"(^\s*(\d+)(?:\((\d+)\))?(?:\(([ivx]+)\))?\s*$)"_s);
    const QRegularExpressionMatch m = shape.match(reference.mid(in.abbreviation.size()));
    if (!m.hasMatch())
        return {};
    QString text =
        u"《"_s + in.citationTitle + u"》第"_s + toChineseNumeral(m.captured(1).toInt()) + u"条"_s;
    if (!m.captured(2).isEmpty())
        text += u"第"_s + toChineseNumeral(m.captured(2).toInt()) + u"款"_s;
    if (!m.captured(3).isEmpty()) {
        static const QStringList romans { u"i"_s, u"ii"_s, u"iii"_s, u"iv"_s, u"v"_s, u"vi"_s,
            u"vii"_s, u"viii"_s, u"ix"_s, u"x"_s };
        const qsizetype n = romans.indexOf(m.captured(3));
        if (n < 0)
            return {};
        text += u"第（"_s + toChineseNumeral(int(n) + 1) + u"）项"_s;
    }
    return text;
}

QString outOfForceZh(const LawInTime &law, const ConductPeriod &conduct)
{
    const QString cited = law.citations.isEmpty() ? law.reference : law.citations.first();
    if (law.status == LawInTime::Status::NoLongerInForce)
        return cited + u"已于"_s + zhDate(law.ended) + u"失效，早于其所依事实（"_s
            + zhFacts(conduct) + u"）"_s;
    return cited + u"自"_s + zhDate(law.inForce) + u"起施行，晚于其所依事实（"_s + zhFacts(conduct)
        + u"）"_s;
}

QString outOfForceText(const LawInTime &law, const ConductPeriod &conduct)
{
    const QString cited = law.citations.isEmpty() ? law.reference : law.citations.first();
    const QString facts = conduct.from == conduct.lastFact
        ? conduct.from.toString(Qt::ISODate)
        : conduct.from.toString(Qt::ISODate) + u"\u2013"_s + conduct.lastFact.toString(Qt::ISODate);
    if (law.status == LawInTime::Status::NoLongerInForce)
        return QCoreApplication::translate("habeas::LawInTime",
            "%1 ceased to be in force on %2, before the facts it rests on (%3)")
            .arg(cited, law.ended.toString(Qt::ISODate), facts);
    return QCoreApplication::translate(
        "habeas::LawInTime", "%1 is in force only from %2, after the facts it rests on (%3)")
        .arg(cited, law.inForce.toString(Qt::ISODate), facts);
}

} // namespace habeas
