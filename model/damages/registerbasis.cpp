#include "damages/registerbasis.h"

#include "damages/damagesrecord.h"
#include "register/registerstats.h"

using namespace Qt::StringLiterals;

namespace habeas {

namespace {
const QString kCategory = u"category:"_s;

QString categoryOf(const QString &basis)
{
    return basis.startsWith(kCategory) ? basis.mid(kCategory.size()).trimmed() : QString();
}
} // namespace

bool isValidRegisterBasis(const QString &basis)
{
    return basis == u"records" || basis == u"minors" || basis == u"under14"
        || !categoryOf(basis).isEmpty();
}

std::optional<qint64> registerCount(const QString &basis, const RegisterStats &stats)
{
    if (basis == u"records")
        return stats.records;
    if (basis == u"minors")
        return stats.minors;
    if (basis == u"under14")
        return stats.under14;
    const QString category = categoryOf(basis);
    if (category.isEmpty())
        return std::nullopt;
    return stats.byCategory.value(category, 0);
}

QString registerBasisLabel(const QString &basis)
{
    if (basis == u"records")
        return u"公民个人信息"_s;
    if (basis == u"minors")
        return u"未成年人信息"_s;
    if (basis == u"under14")
        return u"未满十四周岁未成年人信息"_s;
    const QString category = categoryOf(basis);
    if (category.isEmpty())
        return {};
    return category.endsWith(u"信息") ? category : category + u"信息"_s;
}

QList<qint64> applyRegisterCounts(
    QList<DamagesRecord> &items, const RegisterStats &stats, QStringList *problems)
{
    QList<qint64> changed;
    for (DamagesRecord &r : items) {
        if (r.head != DamagesHead::PerRecord || r.registerBasis.isEmpty())
            continue;
        const std::optional<qint64> count = registerCount(r.registerBasis, stats);
        if (!count || *count < 1) {
            if (problems)
                problems->append(u"登记名册中的"_s + registerBasisLabel(r.registerBasis)
                    + u"条数（按条计算的损害"_s
                    + (r.description.isEmpty() ? QString() : u"「"_s + r.description + u"」"_s)
                    + u"）"_s);
            continue;
        }
        QStringList factors;
        for (const LabelledCoefficient &c : std::as_const(r.coefficients))
            factors << c.factor;
        const PerRecordResult amount = computePerRecord(*count, r.perRecordFen, factors);
        if (!amount.isValid())
            continue;
        if (r.records != *count || r.amountFen != *amount.fen) {
            r.records = *count;
            r.amountFen = *amount.fen;
            changed << r.id;
        }
    }
    return changed;
}

} // namespace habeas
