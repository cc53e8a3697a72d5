// ClaimStore: what the liability section of a complaint reads from a claim — its heading, the
// alternative it pleads, and the elements resting on an adverse inference.
#include "core/clock.h"
#include "law/claimstore.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace habeas {

bool ClaimRecord::needsAlternative() const
{
    const Theory *theory = theoryCatalogue().theory(theoryId);
    return theory && theory->alternatives && !theory->limb(alternative);
}

QString claimHeading(const ClaimRecord &claim)
{
    if (!claim.heading.trimmed().isEmpty())
        return claim.heading.trimmed();
    const Theory *theory = theoryCatalogue().theory(claim.theoryId);
    if (!theory)
        return claim.theoryName;
    if (const Limb *limb = theory->limb(claim.alternative); limb && !limb->headingZh.isEmpty())
        return limb->headingZh;
    return theory->headingZh.isEmpty() ? theory->nameZh : theory->headingZh;
}

Status ClaimStore::updateClaimColumn(const ClaimRecord &claim, const QString &column,
    const QString &value, const QString &auditAction)
{
    const QSqlDatabase db = m_library.database();
    return change(claim.caseId, [&]() -> Status {
        // column is one of ours, never user input.
        SqlQuery q(
            db, u"UPDATE claims SET %1 = :value, updated_at = :now WHERE id = :id"_s.arg(column));
        q.bind(u":value"_s, textValue(value))
            .bind(u":now"_s, Clock::isoNow())
            .bind(u":id"_s, claim.id);
        if (auto e = q.exec(); !e.ok())
            return e;
        return m_library.audit().append(
            claim.caseId, auditAction, u"claim"_s, claim.id, { { column, value } });
    });
}

Status ClaimStore::setHeading(qint64 claimId, const QString &heading)
{
    const auto c = writableClaim(claimId);
    if (!c.ok())
        return c.error();
    const QString text = heading.simplified();
    if (text.isEmpty())
        return Error::input(QCoreApplication::translate("habeas::Claims",
            "The heading of claim %1 (%2) cannot be empty: write the sentence its reasons stand "
            "under, or return to the theory's own.")
                                .arg(claimId)
                                .arg(c->theoryName));
    return updateClaimColumn(c.value(), u"heading"_s, text, u"claim.heading"_s);
}

Status ClaimStore::clearHeading(qint64 claimId)
{
    const auto c = writableClaim(claimId);
    if (!c.ok())
        return c.error();
    return updateClaimColumn(c.value(), u"heading"_s, QString(), u"claim.heading"_s);
}

Status ClaimStore::setAlternative(qint64 claimId, const QString &limb)
{
    const auto c = writableClaim(claimId);
    if (!c.ok())
        return c.error();
    const Theory *theory = theoryCatalogue().theory(c->theoryId);
    if (!theory || !theory->alternatives)
        return Error::input(QCoreApplication::translate(
            "habeas::Claims", "Claim %1 (%2) offers no alternatives to choose from.")
                                .arg(claimId)
                                .arg(c->theoryName));
    if (!limb.isEmpty() && !theory->limb(limb)) {
        QStringList ids;
        for (const Limb &l : theory->limbs)
            ids << l.id;
        return Error::input(QCoreApplication::translate(
            "habeas::Claims", "Claim %1 (%2) has no alternative \"%3\"; it has %4.")
                                .arg(claimId)
                                .arg(c->theoryName, limb, ids.join(u", "_s)));
    }
    return updateClaimColumn(c.value(), u"alternative"_s, limb, u"claim.alternative"_s);
}

Status ClaimStore::setAdverseInference(qint64 claimId, const QString &element, bool adverse)
{
    const auto c = writableClaim(claimId);
    if (!c.ok())
        return c.error();
    const auto id = resolveElement(c.value(), element);
    if (!id.ok())
        return id.error();
    for (const ClaimElement &e : c->elements)
        if (e.id == id.value() && e.burden == Burden::Defendant)
            return Error::input(QCoreApplication::translate("habeas::Claims",
                "Element %1 of claim %2 (%3) is the defendant's to prove: an adverse inference "
                "helps only the party that bears the burden (EvP 95).")
                                    .arg(id.value())
                                    .arg(claimId)
                                    .arg(c->theoryName));
    const QSqlDatabase db = m_library.database();
    return change(c->caseId, [&]() -> Status {
        SqlQuery q(db,
            u"INSERT INTO claim_elements (claim_id, element, adverse_inference) VALUES (:claim, "
            ":element, :adverse) ON CONFLICT (claim_id, element) DO UPDATE SET "
            "adverse_inference = excluded.adverse_inference"_s);
        q.bind(u":claim"_s, claimId)
            .bind(u":element"_s, id.value())
            .bind(u":adverse"_s, adverse ? 1 : 0);
        if (auto e = q.exec(); !e.ok())
            return e;
        return m_library.audit().append(c->caseId, u"claim.adverse"_s, u"claim"_s, claimId,
            { { u"element"_s, id.value() }, { u"adverse"_s, adverse } });
    });
}

} // namespace habeas
