#pragma once

#include "cases/publicintereststore.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace habeas {

struct DamagesRecord;
struct PartyRecord;

// The money a procuratorate claims, item by item (never 赔偿原告, never every defendant for
// everything): "判令被告甲、被告乙连带赔偿社会公共利益损失人民币…元（…），上缴国库". One
// defendant answers for its own item; several named on an item answer jointly and severally
// for that item alone. Escaped for the markup.
struct PublicInterestClaims {
    QStringList texts;
    QStringList missing; // items without defendants or, except costs, without a recipient
};
PublicInterestClaims publicInterestClaims(
    const QList<DamagesRecord> &items, const QList<PartyRecord> &parties);

// "按条计算的损害：行踪轨迹信息5234条×每条人民币10元×敏感个人信息10＝人民币523,400元", for each
// per-record item; the count named after the register's category when it comes from there.
QStringList perRecordWorkings(const QList<DamagesRecord> &items);

// Per defendant with illegal gain claimed or a criminal fine recorded: what is claimed from it
// (alone and jointly) beside the fine the criminal judgment ordered, which is not claimed.
QStringList gainAndFineLines(const QList<DamagesRecord> &items, const QList<PartyRecord> &parties,
    const QMap<qint64, CriminalFine> &fines);

} // namespace habeas
