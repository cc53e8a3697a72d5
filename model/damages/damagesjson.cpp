#include "damages/damagesjson.h"

#include "cases/casetypes.h"
#include "damages/money.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace habeas {

QJsonObject toJson(const DamagesRecord &r)
{
    QJsonObject o {
        { u"id"_s, r.id },
        { u"caseId"_s, r.caseId },
        { u"head"_s, headId(r.head) },
        { u"scenario"_s, r.scenario },
        { u"amountFen"_s, r.amountFen },
        { u"amount"_s, formatYuanPlain(r.amountFen) },
        { u"description"_s, r.description },
        { u"basis"_s, r.basis },
        { u"note"_s, r.note },
    };
    QJsonArray defendants;
    for (qint64 id : r.defendantIds)
        defendants.append(id);
    o.insert(u"defendants"_s, defendants);
    o.insert(u"joint"_s, r.defendantIds.size() > 1);
    o.insert(u"evidence"_s, r.evidenceId ? QJsonValue(r.evidenceId) : QJsonValue());
    if (r.head == DamagesHead::PerRecord) {
        QJsonArray coefficients;
        for (const LabelledCoefficient &c : r.coefficients)
            coefficients.append(QJsonObject { { u"label"_s, c.label }, { u"factor"_s, c.factor } });
        o.insert(u"records"_s, r.records);
        o.insert(u"perRecordFen"_s, r.perRecordFen);
        o.insert(u"coefficients"_s, coefficients);
        if (!r.registerBasis.isEmpty())
            o.insert(u"fromRegister"_s, r.registerBasis);
    }
    if (r.recipient != Recipient::Unset) { // public interest: where the money goes
        o.insert(u"to"_s, toId(r.recipient));
        if (!r.recipientName.isEmpty())
            o.insert(u"toName"_s, r.recipientName);
    }
    if (r.head == DamagesHead::MentalDistress) {
        o.insert(u"factors"_s, QJsonArray::fromStringList(r.factors));
        o.insert(u"seriousHarm"_s, r.seriousHarm);
    }
    if (r.head == DamagesHead::RightsProtectionCost) {
        o.insert(u"expenseKind"_s, r.expenseKind ? QJsonValue(toId(*r.expenseKind)) : QJsonValue());
        o.insert(u"paidOn"_s,
            r.paidOn.isValid() ? QJsonValue(r.paidOn.toString(Qt::ISODate)) : QJsonValue());
        o.insert(u"payee"_s, r.payee);
        o.insert(u"receipt"_s, r.receipt);
    }
    return o;
}

QJsonObject toJson(
    const DamagesTotals &t, const QString &scenario, const QList<PartyRecord> &parties)
{
    QJsonArray heads;
    for (auto it = t.perHead.cbegin(); it != t.perHead.cend(); ++it)
        heads.append(
            QJsonObject { { u"head"_s, headId(it.key()) }, { u"amountFen"_s, it.value() } });
    QJsonArray defendants;
    for (auto it = t.perDefendant.cbegin(); it != t.perDefendant.cend(); ++it) {
        QString name;
        for (const PartyRecord &p : parties)
            if (p.id == it.key())
                name = p.name;
        defendants.append(QJsonObject { { u"party"_s, it.key() }, { u"name"_s, name },
            { u"amountFen"_s, it.value() }, { u"capitals"_s, chineseCapitals(it.value()) } });
    }
    return {
        { u"scenario"_s, scenario },
        { u"totalFen"_s, t.totalFen },
        { u"total"_s, formatYuanPlain(t.totalFen) },
        { u"capitals"_s, chineseCapitals(t.totalFen) },
        { u"jointFen"_s, t.jointFen },
        { u"unattributedFen"_s, t.unattributedFen },
        { u"perHead"_s, heads },
        { u"perDefendant"_s, defendants },
        { u"warnings"_s, QJsonArray::fromStringList(t.warnings) },
    };
}

QJsonObject toJson(const CourtFee &fee)
{
    return {
        { u"kind"_s, fee.kind == FeeKind::Property ? u"property"_s : u"personality"_s },
        { u"claimFen"_s, fee.claimFen },
        { u"simplified"_s, fee.simplified },
        { u"ending"_s, toId(fee.ending) },
        { u"minFen"_s, fee.minFen },
        { u"maxFen"_s, fee.maxFen },
        { u"fullMinFen"_s, fee.fullMinFen },
        { u"fullMaxFen"_s, fee.fullMaxFen },
    };
}

} // namespace habeas
