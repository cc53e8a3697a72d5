#pragma once

#include "cases/casetypes.h"
#include "cases/eventstore.h"

#include <QJsonObject>

namespace habeas {

struct AuditEntry;

// The JSON forms of the command line's --json output (and of later exports).
// Field names are part of the CLI contract: add, never rename.
QJsonObject toJson(const CaseRecord &c);
QJsonObject toJson(const PartyRecord &p);
QJsonObject toJson(const EventRecord &e);
QJsonObject toJson(const AuditEntry &e);

} // namespace habeas
