// The closing section of 事实和理由: each amount claimed, with the basis in force at the time of
// the conduct. Filings are Chinese: nothing here is translated.
#include "filingtext.h"
#include "law/chinesenumerals.h"
#include "markup.h"
#include "pleading.h"

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

// The basis of each head, in tort and in contract (catalogue references, with the law before).
struct HeadBasis {
    DamagesHead head;
    LawRule tort;
    LawRule contract;
};

const QList<HeadBasis> &headBases()
{
    static const QList<HeadBasis> bases {
        { DamagesHead::PropertyLoss, { { u"PIPL 69(2)"_s, u"CC 1182"_s }, { u"TLL 20"_s } },
            { { u"CC 584"_s }, { u"CL 113(1)"_s } } },
        { DamagesHead::ProcessorGain, { { u"PIPL 69(2)"_s, u"CC 1182"_s }, { u"TLL 20"_s } },
            { { u"CC 584"_s }, { u"CL 113(1)"_s } } },
        { DamagesHead::Discretionary,
            { { u"PIPL 69(2)"_s, u"CC 1182"_s, u"SPC Network Personal Rights Provisions 12(2)"_s },
                { u"TLL 20"_s } },
            { { u"CC 584"_s }, { u"CL 113(1)"_s } } },
        { DamagesHead::RightsProtectionCost,
            { { u"SPC Network Personal Rights Provisions 12(1)"_s, u"CC 1182"_s },
                { u"TLL 20"_s } },
            { { u"CC 584"_s }, { u"CL 113(1)"_s } } },
        { DamagesHead::MentalDistress,
            { { u"CC 1183(1)"_s, u"SPC Mental Distress Interpretation 5"_s }, { u"TLL 22"_s } },
            { { u"CC 996"_s, u"CC 1183(1)"_s, u"SPC Mental Distress Interpretation 5"_s }, {} } },
    };
    return bases;
}

// "侵权人的过错程度" for the factor id "fault": the item of MDI Art. 5 without its number
// and proviso.
QString factorText(const QString &id)
{
    for (const DistressFactor &f : distressFactors())
        if (id == QStringView(f.id)) {
            QString text = QString::fromUtf16(f.text);
            text.remove(0, text.indexOf(u'）') + 1);
            return text.section(u'，', 0, 0);
        }
    return {};
}

QString descriptions(const QList<const DamagesRecord *> &items)
{
    QStringList out;
    for (const DamagesRecord *r : items)
        if (!r->description.trimmed().isEmpty())
            out.append(escapeMarkup(r->description.trimmed()));
    return out.isEmpty() ? QString() : u"（"_s + out.join(u"；"_s) + u"）"_s;
}

// The paragraph of one head, after its number; missing gets what it still lacks.
QString headParagraph(DamagesHead head, const QList<const DamagesRecord *> &items,
    const QList<DamagesRecord> &all, const QStringList &basis, bool contract, QStringList &missing)
{
    qint64 fen = 0;
    for (const DamagesRecord *r : items)
        fen += r->amountFen;
    const QString amount = yuanFigures(fen);
    const QString by = u"依照"_s + joinCitations(basis) + u"的规定，"_s;
    switch (head) {
    case DamagesHead::PropertyLoss:
        return u"关于财产损失。原告因被告的上述行为遭受财产损失"_s + amount + descriptions(items)
            + u"。"_s + by
            + (contract ? u"被告应当赔偿因其违约造成的损失。"_s
                        : u"被告应当按照原告因此受到的损失承担赔偿责任。"_s);
    case DamagesHead::ProcessorGain:
        return u"关于被告获得的利益。被告因上述行为获得利益"_s + amount + descriptions(items)
            + u"。"_s + by + u"被告应当按照其因此获得的利益承担赔偿责任。"_s;
    case DamagesHead::Discretionary:
        return u"关于赔偿数额。原告因此受到的损失和被告因此获得的利益均难以确定，"_s + by
            + u"请求人民法院根据实际情况确定赔偿数额，原告主张"_s + amount + u"。"_s;
    case DamagesHead::RightsProtectionCost: {
        // The breakdown by expense, as the request itself gives it.
        const QString request = damagesClaim(head, fen, all);
        const qsizetype of = request.indexOf(u"，其中"_s);
        return u"关于合理开支。原告为制止被告的上述行为支付了合理开支"_s + amount
            + (of < 0 ? descriptions(items) : request.mid(of)) + u"。"_s + by
            + (contract ? u"上述开支属于因被告违约造成的损失，应当由被告赔偿。"_s
                        : u"上述合理开支属于原告的财产损失，应当由被告赔偿。"_s);
    }
    case DamagesHead::MentalDistress: {
        QStringList harm;
        QStringList factors;
        for (const DamagesRecord *r : items) {
            if (r->seriousHarm.trimmed().isEmpty()) {
                missing.append(u"精神损害抚慰金（第"_s + QString::number(r->id)
                    + u"项）的严重精神损害后果（民法典第一千一百八十三条第一款）"_s);
                harm.append(gapMarker(u"严重精神损害的后果"_s));
            } else {
                harm.append(escapeMarkup(r->seriousHarm.trimmed()));
            }
            for (const QString &f : r->factors)
                if (const QString text = factorText(f); !text.isEmpty() && !factors.contains(text))
                    factors.append(text);
        }
        QString text = u"关于精神损害抚慰金。"_s;
        for (QString h : std::as_const(harm)) {
            while (h.endsWith(u'。'))
                h.chop(1);
            text += h + u"。"_s;
        }
        text += u"被告的行为给原告造成了严重精神损害，"_s + by + u"原告有权请求精神损害赔偿。"_s;
        if (!factors.isEmpty())
            text += u"综合"_s + factors.join(u"、"_s) + u"等因素，"_s;
        return text + u"原告主张精神损害抚慰金"_s + amount + u"。"_s;
    }
    case DamagesHead::IllegalGain:
    case DamagesHead::PerRecord:
        break;
    }
    return {};
}

} // namespace

QStringList citationsInForce(const LawRule &rule, const ConductPeriod &conduct)
{
    const QStringList own = applicableCitations(lawInTime(rule.articles, conduct));
    return own.isEmpty() ? applicableCitations(lawInTime(rule.priorLaw, conduct)) : own;
}

QVariantList amountReasons(
    const QList<ClaimRecord> &claims, const QList<DamagesRecord> &claimed, QStringList &missing)
{
    // The conduct of every claim together; contract bases only when every claim is contract.
    QList<const ClaimElement *> elements;
    bool contract = !claims.isEmpty();
    for (const ClaimRecord &c : claims) {
        const Theory *theory = theoryCatalogue().theory(c.theoryId);
        contract = contract && theory && theory->right == PleadedRight::Contract;
        for (const ClaimElement &e : c.elements)
            if (e.burden != Burden::Defendant && !e.offPath)
                elements.append(&e);
    }
    ConductPeriod conduct;
    for (const ClaimElement *e : std::as_const(elements)) {
        if (!e->conduct.isValid())
            continue;
        if (!conduct.from.isValid() || e->conduct.from < conduct.from)
            conduct.from = e->conduct.from;
        if (!conduct.to.isValid() || e->conduct.to > conduct.to)
            conduct.to = e->conduct.to;
    }
    conduct.lastFact = conduct.to;
    QVariantList points;
    for (const HeadBasis &b : headBases()) {
        QList<const DamagesRecord *> items;
        for (const DamagesRecord &r : claimed)
            if (r.head == b.head && !r.isTrashed() && r.amountFen > 0)
                items.append(&r);
        if (items.isEmpty())
            continue;
        const QStringList basis = citationsInForce(contract ? b.contract : b.tort, conduct);
        const QString text = headParagraph(b.head, items, claimed, basis, contract, missing);
        points.append(QVariantMap { { u"text"_s,
            QString(u"（"_s + toChineseNumeral(int(points.size()) + 1) + u"）"_s + text) } });
    }
    return points;
}

} // namespace habeas
