// ClaimStore: what the liability section of a complaint reads from a claim — its heading, the
// alternative it pleads, and the elements resting on an adverse inference.
#include "law/claimstore.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/rowversion.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QJsonObject>

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

bool ClaimRecord::sameContent(const ClaimRecord &o) const
{
    return id == o.id && heading == o.heading && alternative == o.alternative
        && continuingUntil == o.continuingUntil;
}

ElementState ElementState::of(qint64 claimId, const ClaimElement &element)
{
    return { claimId, element.id, element.status, element.note, element.adverseInference,
        element.rowVersion, element.updatedBy };
}

bool ElementState::sameContent(const ElementState &o) const
{
    return id == o.id && element == o.element && status == o.status && note == o.note
        && adverseInference == o.adverseInference;
}

QString claimWhat(const ClaimRecord &claim)
{
    return QCoreApplication::translate("habeas::Claims", "claim %1 (%2)")
        .arg(claim.id)
        .arg(claim.theoryName);
}

QString elementWhat(const ClaimRecord &claim, const QString &elementId)
{
    return QCoreApplication::translate("habeas::Claims", "element %1 of claim %2 (%3)")
        .arg(elementId.section(u'.', -1))
        .arg(claim.id)
        .arg(claim.theoryName);
}

Result<qint64> ClaimStore::updateClaimColumn(const ClaimRecord &claim, const QString &column,
    const QString &value, const QString &auditAction, qint64 seen)
{
    const QString what = claimWhat(claim);
    if (auto st = checkSeen(seen, { claim.rowVersion, claim.updatedBy }, what); !st.ok())
        return st.error();
    const QSqlDatabase db = m_library.database();
    const Status st = change(claim.caseId, [&]() -> Status {
        // column is one of ours, never user input.
        SqlQuery q(db,
            u"UPDATE claims SET %1 = :value, updated_at = :now"_s.arg(column) + kVersionedWhere);
        q.bind(u":value"_s, textValue(value));
        if (auto e = execVersioned(q, claim.id, claim.rowVersion, what); !e.ok())
            return e;
        return m_library.audit().append(
            claim.caseId, auditAction, u"claim"_s, claim.id, { { column, value } });
    });
    return versionAfter(st, claim.rowVersion);
}

Result<qint64> ClaimStore::writeElement(
    const ClaimRecord &claim, const ElementState &next, qint64 seen, const QString &action)
{
    const ClaimElement *current = nullptr;
    for (const ClaimElement &e : claim.elements)
        if (e.id == next.element)
            current = &e;
    if (!current)
        return resolveElement(claim, next.element).error();
    const QString what = elementWhat(claim, next.element);
    if (auto st = checkSeen(seen, { current->rowVersion, current->updatedBy }, what); !st.ok())
        return st.error();
    const QSqlDatabase db = m_library.database();
    const Status st = change(claim.caseId, [&]() -> Status {
        // An element without a row yet (one the catalogue added later) gets one, at version 1;
        // when another writer made it meanwhile, this edit is stale.
        SqlQuery q(db,
            current->rowVersion == 0
                ? u"INSERT INTO claim_elements (claim_id, element, status, note, "
                  u"adverse_inference) VALUES (:claim, :element, :status, :note, :adverse) "
                  u"ON CONFLICT (claim_id, element) DO NOTHING"_s
                : u"UPDATE claim_elements SET status = :status, note = :note, adverse_inference "
                  u"= :adverse, row_version = row_version + 1 WHERE claim_id = :claim AND "
                  u"element = :element AND row_version = :seen"_s);
        q.bind(u":claim"_s, claim.id)
            .bind(u":element"_s, next.element)
            .bind(u":status"_s, toId(next.status))
            .bind(u":note"_s, textValue(next.note))
            .bind(u":adverse"_s, next.adverseInference ? 1 : 0);
        if (current->rowVersion != 0)
            q.bind(u":seen"_s, current->rowVersion);
        if (auto e = q.exec(); !e.ok())
            return e;
        if (auto e = checkUpdated(q, what); !e.ok())
            return e;
        QJsonObject detail { { u"element"_s, next.element } };
        if (action == u"claim.adverse"_s)
            detail.insert(u"adverse"_s, next.adverseInference);
        else
            detail.insert(u"status"_s, toId(next.status));
        return m_library.audit().append(claim.caseId, action, u"claim"_s, claim.id, detail);
    });
    return versionAfter(st, current->rowVersion);
}

Result<qint64> ClaimStore::setElementState(const ElementState &state)
{
    const auto c = writableClaim(state.id);
    if (!c.ok())
        return c.error();
    const auto id = resolveElement(c.value(), state.element);
    if (!id.ok())
        return id.error();
    ElementState next = state;
    next.element = id.value();
    QString action = u"claim.status"_s;
    for (const ClaimElement &e : c->elements) {
        if (e.id != next.element)
            continue;
        if (e.burden == Burden::Defendant && next.adverseInference)
            return Error::input(adverseRefusal(c.value(), next.element));
        if (e.adverseInference != next.adverseInference)
            action = u"claim.adverse"_s;
    }
    return writeElement(c.value(), next, state.rowVersion, action);
}

Result<ElementState> ClaimStore::elementState(qint64 claimId, const QString &element) const
{
    const auto c = claim(claimId);
    if (!c.ok())
        return c.error();
    const auto id = resolveElement(c.value(), element);
    if (!id.ok())
        return id.error();
    ElementState state;
    for (const ClaimElement &e : c->elements)
        if (e.id == id.value())
            state = ElementState::of(claimId, e);
    return state;
}

Result<qint64> ClaimStore::setHeading(qint64 claimId, const QString &heading, qint64 seen)
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
    return updateClaimColumn(c.value(), u"heading"_s, text, u"claim.heading"_s, seen);
}

Result<qint64> ClaimStore::clearHeading(qint64 claimId, qint64 seen)
{
    const auto c = writableClaim(claimId);
    if (!c.ok())
        return c.error();
    return updateClaimColumn(c.value(), u"heading"_s, QString(), u"claim.heading"_s, seen);
}

Result<qint64> ClaimStore::setAlternative(qint64 claimId, const QString &limb, qint64 seen)
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
    return updateClaimColumn(c.value(), u"alternative"_s, limb, u"claim.alternative"_s, seen);
}

QString ClaimStore::adverseRefusal(const ClaimRecord &claim, const QString &elementId)
{
    return QCoreApplication::translate("habeas::Claims",
        "Element %1 of claim %2 (%3) is the defendant's to prove: an adverse inference "
        "helps only the party that bears the burden (EvP 95).")
        .arg(elementId)
        .arg(claim.id)
        .arg(claim.theoryName);
}

Result<qint64> ClaimStore::setAdverseInference(
    qint64 claimId, const QString &element, bool adverse, qint64 seen)
{
    const auto c = writableClaim(claimId);
    if (!c.ok())
        return c.error();
    const auto id = resolveElement(c.value(), element);
    if (!id.ok())
        return id.error();
    ElementState next;
    for (const ClaimElement &e : c->elements) {
        if (e.id != id.value())
            continue;
        if (e.burden == Burden::Defendant)
            return Error::input(adverseRefusal(c.value(), e.id));
        next = ElementState::of(claimId, e);
    }
    next.adverseInference = adverse;
    return writeElement(c.value(), next, seen, u"claim.adverse"_s);
}

} // namespace habeas
