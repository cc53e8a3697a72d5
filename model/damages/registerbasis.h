#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace habeas {

struct DamagesRecord;
struct RegisterStats;

// Where a per-record item takes its record count from in the case's register of affected
// persons: "records" (distinct persons), "minors", "under14", or "category:<category>" (the
// category as the register has it, e.g. category:行踪轨迹).
bool isValidRegisterBasis(const QString &basis);
// The count the basis names in `stats`; nullopt for an unknown basis. A category the register
// lacks counts 0.
std::optional<qint64> registerCount(const QString &basis, const RegisterStats &stats);
// What the records are, as a filing names them: 公民个人信息, 未成年人信息,
// 未满十四周岁未成年人信息, 行踪轨迹信息.
QString registerBasisLabel(const QString &basis);

// Each per-record item with a register basis takes its count from `stats` and its amount is
// computed again; returns the items whose count or amount changed. An item whose count is now
// 0 keeps its old figures and is listed in `problems` (in Chinese, for the filing's gaps).
QList<qint64> applyRegisterCounts(
    QList<DamagesRecord> &items, const RegisterStats &stats, QStringList *problems = nullptr);

} // namespace habeas
