#include "damages/damagesrecord.h"

#include "cases/casetypes.h"
#include "damages/money.h"
#include "damages/registerbasis.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {
struct KindEntry {
    ExpenseKind kind;
    const char16_t *id;
    const char *name;
};
constexpr KindEntry kKinds[] = {
    { ExpenseKind::Lawyer, u"lawyer", QT_TRANSLATE_NOOP("habeas::Damages", "Lawyer's fee") },
    { ExpenseKind::Notary, u"notary", QT_TRANSLATE_NOOP("habeas::Damages", "Notarisation") },
    { ExpenseKind::Timestamp, u"timestamp",
        QT_TRANSLATE_NOOP("habeas::Damages", "Trusted timestamp") },
    { ExpenseKind::Preservation, u"preservation",
        QT_TRANSLATE_NOOP("habeas::Damages", "Evidence preservation") },
    { ExpenseKind::Investigation, u"investigation",
        QT_TRANSLATE_NOOP("habeas::Damages", "Investigation") },
    { ExpenseKind::Travel, u"travel", QT_TRANSLATE_NOOP("habeas::Damages", "Travel") },
    { ExpenseKind::Printing, u"printing",
        QT_TRANSLATE_NOOP("habeas::Damages", "Printing and copying") },
    { ExpenseKind::Other, u"other", QT_TRANSLATE_NOOP("habeas::Damages", "Other") },
};
struct RecipientEntry {
    Recipient recipient;
    const char16_t *id;
    const char *name;
};
constexpr RecipientEntry kRecipients[] = {
    { Recipient::Unset, u"", QT_TRANSLATE_NOOP("habeas::Damages", "Not stated") },
    { Recipient::Treasury, u"treasury",
        QT_TRANSLATE_NOOP("habeas::Damages", "State treasury (上缴国库)") },
    { Recipient::Fund, u"fund", QT_TRANSLATE_NOOP("habeas::Damages", "Public-interest fund") },
    { Recipient::Organisation, u"organisation",
        QT_TRANSLATE_NOOP("habeas::Damages", "Organisation") },
};
} // namespace

QString toId(Recipient r)
{
    for (const auto &e : kRecipients)
        if (e.recipient == r)
            return QString::fromUtf16(e.id);
    return {};
}

std::optional<Recipient> recipientFromId(const QString &id)
{
    for (const auto &e : kRecipients)
        if (id == QStringView(e.id))
            return e.recipient;
    return std::nullopt;
}

QString displayName(Recipient r)
{
    for (const auto &e : kRecipients)
        if (e.recipient == r)
            return QCoreApplication::translate("habeas::Damages", e.name);
    return {};
}

QList<Recipient> allRecipients()
{
    QList<Recipient> list;
    for (const auto &e : kRecipients)
        list << e.recipient;
    return list;
}

QString toId(ExpenseKind k)
{
    for (const auto &e : kKinds)
        if (e.kind == k)
            return QString::fromUtf16(e.id);
    return {};
}

std::optional<ExpenseKind> expenseKindFromId(const QString &id)
{
    for (const auto &e : kKinds)
        if (id == QStringView(e.id))
            return e.kind;
    return std::nullopt;
}

QString displayName(ExpenseKind k)
{
    for (const auto &e : kKinds)
        if (e.kind == k)
            return QCoreApplication::translate("habeas::Damages", e.name);
    return {};
}

QList<ExpenseKind> allExpenseKinds()
{
    QList<ExpenseKind> kinds;
    for (const auto &e : kKinds)
        kinds << e.kind;
    return kinds;
}

const QList<DistressFactor> &distressFactors()
{
    // 《最高人民法院关于确定民事侵权精神损害赔偿责任若干问题的解释》第五条, items (一)–(六).
    static const QList<DistressFactor> factors {
        { u"fault", u"（一）侵权人的过错程度，但是法律另有规定的除外" },
        { u"circumstances", u"（二）侵权行为的目的、方式、场合等具体情节" },
        { u"consequences", u"（三）侵权行为所造成的后果" },
        { u"profit", u"（四）侵权人的获利情况" },
        { u"ability", u"（五）侵权人承担责任的经济能力" },
        { u"living-standard", u"（六）受理诉讼法院所在地的平均生活水平" },
    };
    return factors;
}

QString scenario::displayName(const QString &name)
{
    if (name == kClaimed)
        return QCoreApplication::translate("habeas::Damages", "Claimed");
    if (name == kExpected)
        return QCoreApplication::translate("habeas::Damages", "Expected");
    if (name == kConservative)
        return QCoreApplication::translate("habeas::Damages", "Conservative");
    return name;
}

bool DamagesRecord::sameContent(const DamagesRecord &o) const
{
    return head == o.head && scenario == o.scenario && amountFen == o.amountFen
        && description == o.description && basis == o.basis && note == o.note
        && records == o.records && perRecordFen == o.perRecordFen && coefficients == o.coefficients
        && factors == o.factors && expenseKind == o.expenseKind && paidOn == o.paidOn
        && payee == o.payee && receipt == o.receipt && defendantIds == o.defendantIds
        && evidenceId == o.evidenceId && seriousHarm == o.seriousHarm && recipient == o.recipient
        && recipientName == o.recipientName && registerBasis == o.registerBasis;
}

DamagesItem DamagesRecord::toCalcItem() const
{
    DamagesItem item;
    item.id = id;
    item.head = head;
    item.amountFen = amountFen;
    item.scenario = scenario;
    item.defendantIds = defendantIds;
    return item;
}

QString defaultBasis(DamagesHead head)
{
    switch (head) {
    case DamagesHead::PropertyLoss:
    case DamagesHead::ProcessorGain:
    case DamagesHead::Discretionary:
    case DamagesHead::RightsProtectionCost:
        return u"《中华人民共和国个人信息保护法》第六十九条第二款；《中华人民共和国民法典》第一千一百八十二条"_s;
    case DamagesHead::MentalDistress:
        return u"《中华人民共和国民法典》第一千一百八十三条第一款"_s;
    case DamagesHead::IllegalGain:
        return u"《中华人民共和国个人信息保护法》第六十九条第二款、第七十条"_s;
    case DamagesHead::PerRecord:
        return {}; // no statute prices a record: the assumptions are the basis
    }
    return {};
}

QStringList distressWarnings(const QList<DamagesRecord> &items, const QString &scenario)
{
    QStringList out;
    for (const DamagesRecord &r : items) {
        if (r.head != DamagesHead::MentalDistress || r.scenario != scenario || r.isTrashed()
            || r.amountFen == 0 || !r.seriousHarm.trimmed().isEmpty())
            continue;
        out << QCoreApplication::translate("habeas::Damages",
            "Mental distress (item %1, %2) is claimed with no serious harm recorded: Civil Code "
            "Art. 1183(1) awards it only for serious mental harm. Record what shows it.")
                   .arg(r.id)
                   .arg(r.description.isEmpty() ? headDisplayName(r.head) : r.description);
    }
    return out;
}

namespace {

QList<FieldProblem> validateRecipient(DamagesRecord &r)
{
    QList<FieldProblem> problems;
    r.recipientName = r.recipientName.trimmed();
    r.registerBasis = r.registerBasis.trimmed();
    const bool named = r.recipient == Recipient::Fund || r.recipient == Recipient::Organisation;
    if (!named)
        r.recipientName.clear();
    else if (r.recipientName.isEmpty())
        problems << FieldProblem { u"to-name"_s,
            QCoreApplication::translate(
                "habeas::Damages", "Name the fund or organisation the money is to be paid to.") };
    if (!r.registerBasis.isEmpty() && !isValidRegisterBasis(r.registerBasis))
        problems << FieldProblem { u"from-register"_s,
            QCoreApplication::translate("habeas::Damages",
                "\"%1\" is not a count of the register: use records, minors, under14 or "
                "category:<category>.")
                .arg(r.registerBasis) };
    return problems;
}

} // namespace

QList<FieldProblem> validateDamages(DamagesRecord &r, const QList<PartyRecord> &parties)
{
    QList<FieldProblem> problems;
    if (r.scenario.trimmed().isEmpty())
        problems << FieldProblem { u"scenario"_s,
            QCoreApplication::translate("habeas::Damages", "An item needs a scenario.") };
    if (r.head == DamagesHead::PerRecord) {
        QStringList factors;
        for (const LabelledCoefficient &c : r.coefficients)
            factors << c.factor;
        const PerRecordResult computed = computePerRecord(r.records, r.perRecordFen, factors);
        if (!computed.isValid())
            problems << FieldProblem { u"records"_s, computed.error };
        else
            r.amountFen = *computed.fen;
    } else if (r.amountFen < 0 || r.amountFen > maxAmountFen) {
        problems << FieldProblem { u"amount"_s,
            QCoreApplication::translate(
                "habeas::Damages", "An amount lies between 0 and 10,000,000,000,000 yuan.") };
    }
    for (qint64 id : std::as_const(r.defendantIds)) {
        const auto it = std::find_if(
            parties.cbegin(), parties.cend(), [id](const PartyRecord &p) { return p.id == id; });
        if (it == parties.cend() || it->isTrashed())
            problems << FieldProblem { u"defendant"_s,
                QCoreApplication::translate(
                    "habeas::Damages", "Party %1 is not a party of this case.")
                    .arg(id) };
        else if (it->role != PartyRole::Defendant)
            problems << FieldProblem { u"defendant"_s,
                QCoreApplication::translate("habeas::Damages",
                    "%1 is not a defendant of this case, "
                    "so no item can be claimed against them.")
                    .arg(it->name) };
    }
    for (const QString &f : std::as_const(r.factors)) {
        const auto &all = distressFactors();
        if (std::none_of(all.cbegin(), all.cend(),
                [&](const DistressFactor &d) { return f == QStringView(d.id); }))
            problems << FieldProblem { u"factor"_s,
                QCoreApplication::translate("habeas::Damages", "\"%1\" is not a factor of Art. 5.")
                    .arg(f) };
    }
    if (r.head != DamagesHead::RightsProtectionCost) {
        // Ledger fields belong to costs only: nothing stray is kept on other heads.
        r.expenseKind.reset();
        r.paidOn = {};
        r.payee.clear();
        r.receipt.clear();
    }
    r.seriousHarm = r.seriousHarm.trimmed();
    if (r.head != DamagesHead::MentalDistress) {
        r.factors.clear();
        r.seriousHarm.clear();
    }
    if (r.head != DamagesHead::PerRecord) {
        r.records = 0;
        r.perRecordFen = 0;
        r.coefficients.clear();
        r.registerBasis.clear();
    }
    problems << validateRecipient(r);
    return problems;
}

} // namespace habeas
