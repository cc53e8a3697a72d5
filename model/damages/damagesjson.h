#pragma once

#include "damages/courtfee.h"
#include "damages/damagesrecord.h"

#include <QJsonObject>

namespace habeas {

struct PartyRecord;

// JSON forms for `habeas-cli damages … --json`: amounts as integer fen, with the figures and
// the 大写 a filing prints.
QJsonObject toJson(const DamagesRecord &r);
QJsonObject toJson(
    const DamagesTotals &t, const QString &scenario, const QList<PartyRecord> &parties);
QJsonObject toJson(const CourtFee &fee);

} // namespace habeas
