#include "damages/publicinterestsummary.h"

#include "cases/publicintereststore.h"

#include <QCoreApplication>

namespace habeas {

PublicInterestSummary summarisePublicInterest(const QList<DamagesRecord> &items,
    const QString &scenario, const QList<qint64> &defendantOrder,
    const QMap<qint64, CriminalFine> &fines)
{
    PublicInterestSummary s;
    QMap<qint64, DefendantShare> shares;
    for (qint64 id : defendantOrder)
        shares.insert(id, DefendantShare { id, 0, 0, 0, fines.value(id).fineFen });
    for (const DamagesRecord &r : items) {
        if (r.scenario != scenario || r.isTrashed())
            continue;
        s.totalFen += r.amountFen;
        if (r.defendantIds.isEmpty())
            s.unattributedFen += r.amountFen;
        for (qint64 id : r.defendantIds) {
            DefendantShare &d = shares[id];
            d.partyId = id;
            (r.defendantIds.size() == 1 ? d.aloneFen : d.jointFen) += r.amountFen;
            if (r.head == DamagesHead::IllegalGain)
                d.illegalGainFen += r.amountFen;
        }
        auto payee = std::find_if(s.payees.begin(), s.payees.end(), [&](const PayeeTotal &p) {
            return p.recipient == r.recipient && p.name == r.recipientName;
        });
        if (payee == s.payees.end())
            s.payees.append(PayeeTotal { r.recipient, r.recipientName, r.amountFen });
        else
            payee->fen += r.amountFen;
    }
    for (qint64 id : defendantOrder)
        s.defendants.append(shares.take(id));
    for (const DefendantShare &d : std::as_const(shares)) // not (or no longer) a listed defendant
        s.defendants.append(d);
    std::stable_sort(
        s.payees.begin(), s.payees.end(), [](const PayeeTotal &a, const PayeeTotal &b) {
            const auto rank = [](Recipient r) {
                return r == Recipient::Unset ? 9 : int(r);
            };
            return rank(a.recipient) != rank(b.recipient) ? rank(a.recipient) < rank(b.recipient)
                                                          : a.name < b.name;
        });
    return s;
}

QString payeeLabel(const PayeeTotal &payee)
{
    if (payee.recipient == Recipient::Fund || payee.recipient == Recipient::Organisation)
        return payee.name;
    return displayName(payee.recipient);
}

} // namespace habeas
