#include "register/registerdamages.h"

#include "damages/damagesrecord.h"
#include "damages/damagesstore.h"
#include "damages/registerbasis.h"
#include "register/registerstore.h"
#include "storage/library.h"

namespace habeas {

namespace {
// The register's figures for the case, or nullopt when the case has none.
Result<std::optional<RegisterStats>> registerStats(Library &library, qint64 caseId)
{
    RegisterStore store(library);
    const auto has = store.hasRegister(caseId);
    if (!has.ok())
        return has.error();
    if (!has.value())
        return std::optional<RegisterStats>();
    const auto stats = store.stats(caseId);
    if (!stats.ok())
        return stats.error();
    return std::optional<RegisterStats>(stats.value());
}
} // namespace

Result<bool> countFromRegister(Library &library, DamagesRecord &record)
{
    if (record.head != DamagesHead::PerRecord || record.registerBasis.isEmpty())
        return false;
    const auto stats = registerStats(library, record.caseId);
    if (!stats.ok())
        return stats.error();
    if (!stats.value())
        return false;
    QList<DamagesRecord> items { record };
    const bool changed = !applyRegisterCounts(items, *stats.value()).isEmpty();
    record = items.constFirst();
    return changed;
}

Result<QList<qint64>> recountFromRegister(Library &library, qint64 caseId)
{
    const auto stats = registerStats(library, caseId);
    if (!stats.ok())
        return stats.error();
    if (!stats.value())
        return QList<qint64>();
    auto items = library.damages().items(caseId);
    if (!items.ok())
        return items.error();
    const QList<qint64> changed = applyRegisterCounts(items.value(), *stats.value());
    for (const DamagesRecord &r : std::as_const(items.value()))
        if (changed.contains(r.id))
            if (auto st = library.damages().updateItem(r); !st.ok())
                return st.error();
    return changed;
}

} // namespace habeas
