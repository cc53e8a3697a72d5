#include "publicinterestclaims.h"

#include "cases/casetypes.h"
#include "damages/damagesrecord.h"
#include "damages/money.h"
#include "damages/registerbasis.h"
#include "filingtext.h"
#include "markup.h"

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

QString partyName(const QList<PartyRecord> &parties, qint64 id)
{
    for (const PartyRecord &p : parties)
        if (p.id == id)
            return escapeMarkup(p.name);
    return {};
}

// 被告甲 / 被告甲、被告乙, in the order the parties are listed.
QString defendantsOf(const DamagesRecord &r, const QList<PartyRecord> &parties)
{
    QStringList names;
    for (const PartyRecord &p : parties)
        if (r.defendantIds.contains(p.id))
            names.append(u"被告"_s + escapeMarkup(p.name));
    return names.join(u"、"_s);
}

// The head as a filing names it (always Chinese).
QString headLabel(DamagesHead head)
{
    switch (head) {
    case DamagesHead::PropertyLoss:
        return u"实际损失"_s;
    case DamagesHead::ProcessorGain:
        return u"侵权人获益"_s;
    case DamagesHead::RightsProtectionCost:
        return u"合理费用"_s;
    case DamagesHead::MentalDistress:
        return u"精神损害抚慰金"_s;
    case DamagesHead::Discretionary:
        return u"酌定赔偿"_s;
    case DamagesHead::IllegalGain:
        return u"违法所得"_s;
    case DamagesHead::PerRecord:
        return u"按条计算的损害"_s;
    }
    return {};
}

QString itemName(const DamagesRecord &r)
{
    return escapeMarkup(
        r.description.trimmed().isEmpty() ? headLabel(r.head) : r.description.trimmed());
}

QString recipientText(const DamagesRecord &r)
{
    switch (r.recipient) {
    case Recipient::Treasury:
        return u"，上缴国库"_s;
    case Recipient::Fund:
        return u"，支付至"_s + escapeMarkup(r.recipientName) + u"，专门用于个人信息保护公益事项"_s;
    case Recipient::Organisation:
        return u"，支付给"_s + escapeMarkup(r.recipientName) + u"，专门用于个人信息保护公益事项"_s;
    case Recipient::Unset:
        break;
    }
    return {};
}

// What the item claims, after the defendants: "按违法所得连带赔偿社会公共利益损失人民币…".
QString claimBody(const DamagesRecord &r)
{
    const QString together = r.defendantIds.size() > 1 ? u"连带"_s : QString();
    const QString amount = amountText(r.amountFen);
    switch (r.head) {
    case DamagesHead::RightsProtectionCost: {
        const QString description = escapeMarkup(r.description.trimmed());
        return together + u"承担本案"_s
            + (description.isEmpty() ? u"鉴定评估等合理费用"_s : description) + amount;
    }
    case DamagesHead::IllegalGain:
        return u"按违法所得"_s + together + u"赔偿社会公共利益损失"_s + amount;
    case DamagesHead::PerRecord:
        return u"按涉案个人信息条数"_s + together + u"赔偿社会公共利益损失"_s + amount;
    default:
        break;
    }
    return together + u"赔偿社会公共利益损失"_s + amount;
}

} // namespace

PublicInterestClaims publicInterestClaims(
    const QList<DamagesRecord> &items, const QList<PartyRecord> &parties)
{
    PublicInterestClaims out;
    for (const DamagesRecord &r : items) {
        if (r.amountFen <= 0)
            continue;
        const QString defendants = defendantsOf(r, parties);
        if (defendants.isEmpty())
            out.missing.append(u"损害赔偿项目「"_s + itemName(r) + u"」由哪一被告承担"_s);
        if (r.recipient == Recipient::Unset && r.head != DamagesHead::RightsProtectionCost)
            out.missing.append(
                u"损害赔偿项目「"_s + itemName(r) + u"」的款项去向（上缴国库、公益基金或组织）"_s);
        out.texts.append(u"判令"_s
            + (defendants.isEmpty() ? gapMarker(u"承担该项的被告"_s) : defendants) + claimBody(r)
            + recipientText(r));
    }
    return out;
}

QStringList perRecordWorkings(const QList<DamagesRecord> &items)
{
    QStringList out;
    for (const DamagesRecord &r : items) {
        if (r.head != DamagesHead::PerRecord || r.records <= 0 || r.perRecordFen <= 0)
            continue;
        const QString what = r.registerBasis.isEmpty()
            ? u"涉案个人信息"_s
            : escapeMarkup(registerBasisLabel(r.registerBasis));
        QString line = itemName(r) + u"："_s + what + QString::number(r.records) + u"条×每条"_s
            + yuanFigures(r.perRecordFen);
        for (const LabelledCoefficient &c : r.coefficients)
            line += u"×"_s + escapeMarkup(c.label) + u"系数"_s + c.factor;
        line += u"＝"_s + yuanFigures(r.amountFen);
        if (!r.registerBasis.isEmpty())
            line += u"（条数取自涉案人员登记名册）"_s;
        out.append(line);
    }
    return out;
}

QStringList gainAndFineLines(const QList<DamagesRecord> &items, const QList<PartyRecord> &parties,
    const QMap<qint64, CriminalFine> &fines)
{
    QStringList out;
    for (const PartyRecord &p : parties) {
        if (p.role != PartyRole::Defendant)
            continue;
        qint64 alone = 0;
        qint64 joint = 0;
        for (const DamagesRecord &r : items)
            if (r.head == DamagesHead::IllegalGain && r.defendantIds.contains(p.id))
                (r.defendantIds.size() == 1 ? alone : joint) += r.amountFen;
        const auto fine = fines.constFind(p.id);
        if (alone == 0 && joint == 0 && fine == fines.cend())
            continue;
        QStringList parts;
        if (alone > 0)
            parts.append(u"本案请求其按违法所得赔偿"_s + yuanFigures(alone));
        if (joint > 0)
            parts.append(u"与其他被告连带按违法所得赔偿"_s + yuanFigures(joint));
        if (fine != fines.cend())
            parts.append((fine->judgment.isEmpty() ? u"刑事判决"_s
                                                   : escapeMarkup(fine->judgment) + u"刑事判决"_s)
                + u"已判处其罚金"_s + yuanFigures(fine->fineFen) + u"（罚金不属本案诉讼请求）"_s);
        out.append(u"被告"_s + partyName(parties, p.id) + u"："_s + parts.join(u"；"_s) + u"。"_s);
    }
    return out;
}

} // namespace habeas
