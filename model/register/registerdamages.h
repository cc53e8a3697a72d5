#pragma once

#include "core/result.h"

#include <QList>

namespace habeas {

class Library;
struct DamagesRecord;

// Per-record damages counted from the case's register of affected persons (damages add
// --from-register): the worksheet, `damages total` and the filings all show the register's count.

// When `record` is a per-record item naming a register basis and its case has a register, takes
// the count from the register and computes the amount again. Returns whether it did; a case
// without a register (or a basis the register counts 0 of) leaves the typed count.
Result<bool> countFromRegister(Library &library, DamagesRecord &record);

// Counts every such item of the case again from its register and stores those that changed (each
// an audited damages edit): after a register import. Returns the ids of the items changed.
Result<QList<qint64>> recountFromRegister(Library &library, qint64 caseId);

} // namespace habeas
