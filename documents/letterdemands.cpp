#include "letterdemands.h"

#include "filingtext.h"
#include "law/chinesenumerals.h"
#include "markup.h"

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

// The amount a letter asks for, by the head of damages: the letter is addressed to the
// processor (贵方) on behalf of 委托人.
QString damagesDemand(DamagesHead head, qint64 fen)
{
    const QString amount = amountText(fen);
    switch (head) {
    case DamagesHead::PropertyLoss:
        return u"赔偿委托人经济损失"_s + amount;
    case DamagesHead::ProcessorGain:
        return u"按照贵方因处理委托人个人信息所获得的利益赔偿委托人损失"_s + amount;
    case DamagesHead::RightsProtectionCost:
        return u"赔偿委托人为制止侵权行为所支付的合理开支"_s + amount;
    case DamagesHead::MentalDistress:
        return u"赔偿委托人精神损害抚慰金"_s + amount;
    case DamagesHead::Discretionary:
        return u"赔偿委托人损失"_s + amount;
    case DamagesHead::IllegalGain:
    case DamagesHead::PerRecord:
        return {}; // public-interest heads: not a client's demand
    }
    return {};
}

} // namespace

LetterDemands letterDemands(
    const QList<CaseRequest> &requests, const QMap<DamagesHead, qint64> &claimedPerHead)
{
    LetterDemands out;
    QStringList texts;
    for (const CaseRequest &r : requests) {
        if (r.demand.trimmed().isEmpty()) {
            const QString label =
                u"诉讼请求第"_s + toChineseNumeral(r.position) + u"项在律师函中的要求"_s;
            out.missing.append(label);
            texts.append(gapMarker(label));
        } else {
            texts.append(escapeMarkup(r.demand.trimmed()));
        }
    }
    for (auto it = claimedPerHead.cbegin(); it != claimedPerHead.cend(); ++it)
        if (const QString d = damagesDemand(it.key(), it.value()); it.value() > 0 && !d.isEmpty())
            texts.append(d);
    if (texts.isEmpty()) {
        const QString label = u"委托人的要求（诉讼请求及其在律师函中的表述）"_s;
        out.missing.append(label);
        texts.append(gapMarker(label));
    }
    for (qsizetype i = 0; i < texts.size(); ++i)
        out.items.append(QVariantMap {
            { u"text"_s, QString(texts[i] + (i + 1 == texts.size() ? u"。"_s : u"；"_s)) } });
    return out;
}

} // namespace habeas
