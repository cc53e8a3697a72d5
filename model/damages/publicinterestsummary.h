#pragma once

#include "damages/damagesrecord.h"

#include <QList>
#include <QMap>
#include <QString>

namespace habeas {

struct CriminalFine;

// What each defendant answers for in a public-interest suit, and where the money goes.
struct DefendantShare {
    qint64 partyId = 0;
    qint64 aloneFen = 0; // items naming this defendant alone
    qint64 jointFen = 0; // items it answers for jointly and severally with others
    qint64 illegalGainFen = 0; // of both, the illegal gain
    qint64 fineFen = 0; // the criminal fine already ordered: information, not claimed
};

struct PayeeTotal {
    Recipient recipient = Recipient::Unset;
    QString name; // the fund or organisation
    qint64 fen = 0;
};

struct PublicInterestSummary {
    QList<DefendantShare> defendants; // in the order of `defendantOrder`
    QList<PayeeTotal> payees; // treasury, then funds and organisations by name, then unset
    qint64 totalFen = 0;
    qint64 unattributedFen = 0; // items naming no defendant
};

// Over the items of `scenario`; defendantOrder: the case's defendants as listed.
PublicInterestSummary summarisePublicInterest(const QList<DamagesRecord> &items,
    const QString &scenario, const QList<qint64> &defendantOrder,
    const QMap<qint64, CriminalFine> &fines);

// Where a payee's money goes, for the user: "State treasury (上缴国库)", or the fund's name.
QString payeeLabel(const PayeeTotal &payee);

} // namespace habeas
