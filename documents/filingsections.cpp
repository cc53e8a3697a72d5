#include "filingsections.h"

#include "cases/casetypes.h"
#include "cases/eventstore.h"
#include "damages/damagescalc.h"
#include "damages/damagesrecord.h"
#include "damages/money.h"
#include "evidence/evidencestore.h"
#include "filingtext.h"
#include "law/chinesenumerals.h"
#include "law/claimqueries.h"
#include "law/claimstore.h"
#include "markup.h"
#include "partyparticulars.h"
#include "pleading.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace habeas {

bool clientHasOwnAgent(const QList<PartyRecord> &parties, bool publicInterest)
{
    const PartyRole client =
        publicInterest ? PartyRole::PublicInterestPlaintiff : PartyRole::Plaintiff;
    bool own = false;
    for (const PartyRecord &a : parties)
        for (const PartyRecord &p : parties)
            own = own || (a.isEntrustedAgent() && a.representsId == p.id && p.role == client);
    return own;
}

int filingCopies(const QList<PartyRecord> &parties)
{
    int defendants = 0;
    for (const PartyRecord &p : parties)
        defendants += p.role == PartyRole::Defendant ? 1 : 0;
    return std::max(defendants, 1);
}

RequestTexts requestTexts(const QStringList &ownRequests, const QList<ClaimRecord> &claims)
{
    RequestTexts out;
    if (!ownRequests.isEmpty()) {
        for (const QString &r : ownRequests)
            out.texts.append(escapeMarkup(r));
        return out;
    }
    static const QRegularExpression fillIn(u"〔|XXXX|被告甲|被告乙"_s);
    for (const QString &text : defaultRequests(claims)) {
        out.texts.append(escapeMarkup(text));
        if (text.contains(fillIn))
            out.needsWording = true;
    }
    return out;
}

QVariantList requestItems(const QStringList &texts)
{
    QVariantList items;
    for (qsizetype i = 0; i < texts.size(); ++i)
        items.append(QVariantMap {
            { u"text"_s, QString(texts[i] + (i + 1 == texts.size() ? u"。"_s : u"；"_s)) } });
    return items;
}

QStringList damagesRequestTexts(const QList<DamagesRecord> &damages, const DamagesTotals &totals,
    const QList<PartyRecord> &parties)
{
    QStringList texts;
    for (auto it = totals.perHead.cbegin(); it != totals.perHead.cend(); ++it)
        if (it.value() > 0)
            texts.append(damagesClaim(it.key(), it.value(), damages));
    QStringList jointNames;
    for (const DamagesRecord &r : damages) {
        if (r.defendantIds.size() < 2)
            continue;
        for (const PartyRecord &p : parties)
            if (r.defendantIds.contains(p.id) && !jointNames.contains(p.name))
                jointNames.append(p.name);
    }
    if (jointNames.size() > 1) {
        QStringList named;
        for (const QString &n : std::as_const(jointNames))
            named.append(u"被告"_s + escapeMarkup(n));
        texts.append(named.join(u"、"_s).prepend(u"判令"_s) + u"对上述赔偿承担连带责任"_s);
    }
    return texts;
}

QVariantMap amountSection(qint64 totalFen)
{
    return QVariantMap { { u"present"_s, totalFen > 0 }, { u"figures"_s, yuanFigures(totalFen) },
        { u"capitals"_s, chineseCapitals(totalFen) } };
}

QVariantList factsSection(const QList<EventRecord> &events)
{
    QVariantList facts;
    for (const EventRecord &e : events) {
        const QString date = eventDate(e);
        const QString text = escapeMarkup(e.text);
        facts.append(QVariantMap { { u"date"_s, date }, { u"text"_s, text },
            { u"line"_s, QString(date + u"，"_s + text) }, { u"disputed"_s, e.disputed } });
    }
    return facts;
}

QVariantMap reasonsSection(const Pleading &pleading, const QString &gapLabel)
{
    QVariantMap out {
        { u"reasons"_s, pleading.reasons }, { u"reasonSections"_s, pleading.sections },
        { u"amounts"_s, pleading.amounts.isEmpty() ? QVariant(false) : QVariant(pleading.amounts) }
    };
    if (pleading.reasons.isEmpty() && !gapLabel.isEmpty()) {
        const QVariantList points { QVariantMap { { u"text"_s, gapMarker(gapLabel) } } };
        out.insert(u"reasons"_s, QVariantList { QVariantMap { { u"points"_s, points } } });
    }
    return out;
}

namespace {

// Where and how an exhibit was obtained: source, device, operator, notarial certificate, date.
QString evidenceSource(const EvidenceRecord &e)
{
    QStringList source;
    for (const QString &s : { e.source, e.device, e.operatorName, e.notaryCert })
        if (!s.trimmed().isEmpty())
            source.append(s.trimmed());
    if (e.capturedAt.isValid())
        source.append(chineseDate(e.capturedAt.date()) + u"取证"_s);
    return source.join(u"；"_s);
}

} // namespace

EvidenceSection evidenceSection(const QList<EvidenceRecord> &evidence,
    const QMap<qint64, QStringList> &provedBy, const QMap<qint64, QString> &exhibitPages)
{
    EvidenceSection out;
    int index = 0;
    for (const EvidenceRecord &e : evidence) {
        QString purpose = e.purpose.trimmed();
        if (purpose.isEmpty())
            purpose = provedBy.value(e.id).join(u"；"_s);
        const QVariantMap row { { u"index"_s, ++index }, { u"number"_s, e.exhibitNumber() },
            { u"title"_s, escapeMarkup(e.title) }, { u"source"_s, escapeMarkup(evidenceSource(e)) },
            { u"purpose"_s, escapeMarkup(purpose) },
            { u"pages"_s, escapeMarkup(exhibitPages.value(e.id)) } };
        out.rows.append(row);
        const QString label = u"第"_s + toChineseNumeral(e.group) + u"组"_s;
        if (out.groups.isEmpty() || out.groups.last().toMap().value(u"label"_s) != label)
            out.groups.append(QVariantMap { { u"label"_s, label }, { u"rows"_s, QVariantList() } });
        QVariantMap group = out.groups.last().toMap();
        group[u"rows"_s] = group.value(u"rows"_s).toList() << row;
        out.groups.last() = group;
    }
    return out;
}

} // namespace habeas
