#include "law/claimstore.h"

#include "cases/casestore.h"
#include "cases/eventstore.h"
#include "core/clock.h"
#include "evidence/annotationstore.h"
#include "evidence/evidencestore.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/rowversion.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

// The claim_elements row that holds a claim's continuing date (ISO, in its note).
constexpr auto kContinuingKey = u"@continuing";

void setState(ClaimElement &element, const ElementState &row)
{
    element.status = row.status;
    element.note = row.note;
    element.adverseInference = row.adverseInference;
    element.rowVersion = row.rowVersion;
    element.updatedBy = row.updatedBy;
}

} // namespace

QString toId(ElementStatus s)
{
    switch (s) {
    case ElementStatus::Unproven:
        return u"unproven"_s;
    case ElementStatus::Supported:
        return u"supported"_s;
    case ElementStatus::Disputed:
        return u"disputed"_s;
    case ElementStatus::Proven:
        return u"proven"_s;
    }
    return {};
}

std::optional<ElementStatus> elementStatusFromId(const QString &id)
{
    for (ElementStatus s : { ElementStatus::Unproven, ElementStatus::Supported,
             ElementStatus::Disputed, ElementStatus::Proven })
        if (toId(s) == id)
            return s;
    return std::nullopt;
}

const TheoryCatalogue &theoryCatalogue()
{
    static TheoryCatalogue catalogue;
    static const bool loaded = catalogue.load(); // once, thread-safe (static initialisation)
    Q_UNUSED(loaded)
    return catalogue;
}

ClaimStore::ClaimStore(Library &library)
    : m_library(library)
{
}

Result<qint64> ClaimStore::addClaim(qint64 caseId, const QString &theoryId)
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return st.error();
    const Theory *theory = theoryCatalogue().theory(theoryId);
    if (!theory)
        return Error::input(QCoreApplication::translate(
            "habeas::Claims", "There is no theory \"%1\" in the catalogue.")
                                .arg(theoryId));
    const auto owner = m_library.cases().caseById(caseId);
    if (!owner.ok())
        return owner.error();
    const auto existing = claims(caseId);
    if (!existing.ok())
        return existing.error();
    for (const ClaimRecord &c : existing.value())
        if (c.theoryId == theoryId)
            return Error::input(QCoreApplication::translate(
                "habeas::Claims", "Case %1 already asserts %2 (claim %3).")
                                    .arg(caseId)
                                    .arg(theory->nameZh)
                                    .arg(c.id));
    const QSqlDatabase db = m_library.database();
    qint64 id = 0;
    const Status st = change(caseId, [&]() -> Status {
        SqlQuery q(db,
            u"INSERT INTO claims (case_id, theory, created_at, updated_at) VALUES (:case, :theory, :now, :now) RETURNING id"_s);
        q.bind(u":case"_s, caseId).bind(u":theory"_s, theoryId).bind(u":now"_s, Clock::isoNow());
        if (auto e = q.exec(); !e.ok())
            return e;
        id = q.returnedId();
        for (const Element &element : theory->elements) {
            SqlQuery el(
                db, u"INSERT INTO claim_elements (claim_id, element) VALUES (:claim, :element)"_s);
            el.bind(u":claim"_s, id).bind(u":element"_s, element.id);
            if (auto e = el.exec(); !e.ok())
                return e;
        }
        return m_library.audit().append(
            caseId, u"claim.add"_s, u"claim"_s, id, { { u"theory"_s, theoryId } });
    });
    if (!st.ok())
        return st.error();
    return id;
}

Result<ClaimRecord> ClaimStore::claim(qint64 id) const
{
    const QSqlDatabase db = m_library.database();
    SqlQuery q(db,
        u"SELECT case_id, theory, heading, alternative, row_version, updated_by FROM claims "
        "WHERE id = :id AND trashed_at IS NULL"_s);
    q.bind(u":id"_s, id);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    if (!q.next())
        return Error::notFound(
            QCoreApplication::translate("habeas::Claims", "There is no claim %1.").arg(id));
    ClaimRecord c;
    c.id = id;
    c.caseId = q.value(0).toLongLong();
    c.theoryId = q.value(1).toString();
    c.heading = q.value(2).toString();
    c.alternative = q.value(3).toString();
    c.rowVersion = q.value(4).toLongLong();
    c.updatedBy = q.value(5).toString();
    const Theory *theory = theoryCatalogue().theory(c.theoryId);
    c.theoryName = theory ? theory->nameZh : c.theoryId;
    SqlQuery el(db,
        u"SELECT element, status, note, adverse_inference, row_version, updated_by FROM "
        "claim_elements WHERE claim_id = :id"_s);
    el.bind(u":id"_s, id);
    if (auto st = el.exec(); !st.ok())
        return st.error();
    QHash<QString, ElementState> rows; // what the library holds of each element
    while (el.next())
        rows.insert(el.value(0).toString(),
            { id, el.value(0).toString(),
                elementStatusFromId(el.value(1).toString()).value_or(ElementStatus::Unproven),
                el.value(2).toString(), el.value(3).toInt() != 0, el.value(4).toLongLong(),
                el.value(5).toString() });
    SqlQuery cit(db,
        u"SELECT c.id, c.element, c.evidence_id, c.page, c.note, e.group_no, e.seq, "
        "c.annotation_id, a.region_no FROM element_citations c "
        "JOIN evidence_items e ON e.id = c.evidence_id LEFT JOIN evidence_annotations a ON "
        "a.id = c.annotation_id AND a.trashed_at IS NULL WHERE c.claim_id = :id AND "
        "e.trashed_at IS NULL ORDER BY c.id"_s);
    cit.bind(u":id"_s, id);
    if (auto st = cit.exec(); !st.ok())
        return st.error();
    QHash<QString, QList<ElementCitation>> citations;
    while (cit.next())
        citations[cit.value(1).toString()]
            << ElementCitation { cit.value(0).toLongLong(), cit.value(2).toLongLong(),
                   u"证据%1-%2"_s.arg(cit.value(5).toInt()).arg(cit.value(6).toInt()),
                   cit.value(3).toInt(), cit.value(4).toString(),
                   cit.value(8).isNull() ? 0 : cit.value(7).toLongLong(), cit.value(8).toInt() };
    c.continuingUntil =
        QDate::fromString(rows.value(QString::fromUtf16(kContinuingKey)).note, Qt::ISODate);
    const auto events = m_library.events().events(c.caseId);
    if (!events.ok())
        return events.error();
    // The catalogue gives the elements and their order; the database where the case stands.
    for (const Element &e : theory ? theory->elements : QList<Element>()) {
        ClaimElement ce;
        ce.id = e.id;
        ce.textZh = e.textZh;
        ce.textEn = e.textEn;
        ce.burden = e.burden;
        setState(ce, rows.value(e.id)); // no row: unproven, version 0
        ce.citations = citations.value(e.id);
        ce.limb = e.limb;
        ce.offPath = theory->alternatives && !e.limb.isEmpty() && e.limb != c.alternative;
        QList<qint64> cited;
        for (const ElementCitation &ci : std::as_const(ce.citations))
            cited << ci.evidenceId;
        ce.conduct = conductPeriod(cited, events.value(), c.continuingUntil);
        ce.law = lawInTime(e, ce.conduct);
        c.elements << ce;
    }
    return c;
}

Result<QList<ClaimRecord>> ClaimStore::claims(qint64 caseId) const
{
    SqlQuery q(m_library.database(),
        u"SELECT id FROM claims WHERE case_id = :case AND trashed_at IS NULL ORDER BY id"_s);
    q.bind(u":case"_s, caseId);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<ClaimRecord> list;
    for (qint64 id : ids) {
        auto c = claim(id);
        if (!c.ok())
            return c.error();
        list << c.value();
    }
    return list;
}

Result<ClaimRecord> ClaimStore::writableClaim(qint64 claimId) const
{
    return m_library.whenWritable([&] { return claim(claimId); });
}

Status ClaimStore::change(qint64 caseId, const std::function<Status()> &work)
{
    return inTransaction(m_library.database(), work, [&] { emit claimsChanged(caseId); });
}

Result<QString> ClaimStore::resolveElement(const ClaimRecord &claim, const QString &element) const
{
    const QString wanted = element.contains(u'.') ? element : claim.theoryId + u'.' + element;
    for (const ClaimElement &e : claim.elements)
        if (e.id == wanted)
            return e.id;
    return Error::input(
        QCoreApplication::translate(
            "habeas::Claims", "Claim %1 (%2) has no element \"%3\"; it has %4.")
            .arg(claim.id)
            .arg(claim.theoryName, element)
            .arg(claim.elements.isEmpty() ? QString() : u"1–%1"_s.arg(claim.elements.size())));
}

Result<qint64> ClaimStore::setStatus(
    qint64 claimId, const QString &element, ElementStatus status, const QString &note, qint64 seen)
{
    const auto c = writableClaim(claimId);
    if (!c.ok())
        return c.error();
    const auto id = resolveElement(c.value(), element);
    if (!id.ok())
        return id.error();
    ElementState next;
    for (const ClaimElement &e : c->elements)
        if (e.id == id.value())
            next = ElementState::of(claimId, e);
    next.status = status;
    next.note = note;
    return writeElement(c.value(), next, seen, u"claim.status"_s);
}

QString ElementCitation::reference() const
{
    if (region > 0)
        return QCoreApplication::translate("habeas::Claims", "%1, page %2, region %3")
            .arg(exhibit)
            .arg(page)
            .arg(region);
    if (page > 0)
        return QCoreApplication::translate("habeas::Claims", "%1, page %2").arg(exhibit).arg(page);
    return exhibit;
}

Result<qint64> ClaimStore::cite(qint64 claimId, const QString &element, qint64 evidenceId, int page,
    const QString &note, qint64 annotationId)
{
    const auto c = writableClaim(claimId);
    if (!c.ok())
        return c.error();
    const auto elementId = resolveElement(c.value(), element);
    if (!elementId.ok())
        return elementId.error();
    const auto exhibit = m_library.evidence().item(evidenceId);
    if (!exhibit.ok() || exhibit->caseId != c->caseId || exhibit->isTrashed())
        return Error::input(QCoreApplication::translate(
            "habeas::Claims", "Exhibit %1 is not evidence of this case.")
                                .arg(evidenceId));
    if (page < 0)
        return Error::input(QCoreApplication::translate("habeas::Claims", "A page is 1 or more."));
    if (annotationId != 0) {
        const auto region = m_library.annotations().annotation(annotationId);
        if (!region.ok() || region->evidenceId != evidenceId || region->isTrashed())
            return Error::input(QCoreApplication::translate(
                "habeas::Claims", "Region %1 is not a region of exhibit %2.")
                                    .arg(annotationId)
                                    .arg(exhibit->exhibitNumber()));
        page = region->page;
    }
    const QSqlDatabase db = m_library.database();
    qint64 id = 0;
    const Status st = change(c->caseId, [&]() -> Status {
        SqlQuery q(db,
            u"INSERT INTO element_citations (claim_id, element, evidence_id, page, note, "
            "annotation_id, created_at) VALUES (:claim, :element, :evidence, :page, :note, "
            ":annotation, :now) RETURNING id"_s);
        q.bind(u":claim"_s, claimId)
            .bind(u":element"_s, elementId.value())
            .bind(u":evidence"_s, evidenceId)
            .bind(u":page"_s, page ? QVariant(page) : QVariant(QMetaType::fromType<int>()))
            .bind(u":note"_s, textValue(note))
            .bind(u":annotation"_s,
                annotationId ? QVariant(annotationId) : QVariant(QMetaType::fromType<qint64>()))
            .bind(u":now"_s, Clock::isoNow());
        if (auto e = q.exec(); !e.ok())
            return e;
        id = q.returnedId();
        return m_library.audit().append(c->caseId, u"claim.cite"_s, u"claim"_s, claimId,
            { { u"element"_s, elementId.value() }, { u"exhibit"_s, exhibit->exhibitNumber() } });
    });
    if (!st.ok())
        return st.error();
    return id;
}

Result<GapReport> ClaimStore::gaps(qint64 caseId) const
{
    const auto list = claims(caseId);
    if (!list.ok())
        return list.error();
    GapReport report;
    QSet<qint64> cited;
    for (const ClaimRecord &c : list.value()) {
        if (c.needsAlternative()) {
            GapReport::Unchosen unchosen { c.id, c.theoryId, c.theoryName, {} };
            for (const Limb &l : theoryCatalogue().theory(c.theoryId)->limbs)
                unchosen.limbs << l.id + u": "_s + l.nameZh;
            report.alternativesNotChosen << unchosen;
        }
        for (const ClaimElement &e : c.elements) {
            for (const ElementCitation &citation : e.citations)
                cited.insert(citation.evidenceId);
            // Only the alternative the claim pleads counts.
            if (e.offPath)
                continue;
            // What the defendant must prove (PIPL 69's presumption, exceptions) is not the
            // plaintiff's gap; a proven or cited element, or one the processor's refusal to
            // produce evidence is to prove (EvP 95), is not a gap.
            if (e.burden != Burden::Defendant && e.citations.isEmpty()
                && e.status != ElementStatus::Proven && !e.adverseInference)
                report.elementsWithoutEvidence
                    << GapReport::Gap { c.id, c.theoryId, e.id, e.textZh, e.burden };
            // What the defendant bears is never pleaded as the plaintiff's case.
            if (e.burden == Burden::Defendant)
                continue;
            if (const QList<LawInTime> stale = outOfForce(e.law); !stale.isEmpty())
                report.lawOutOfForce << GapReport::OutOfForce { c.id, c.theoryId, e.id, e.conduct,
                    stale, applicableCitations(e.law), !hasApplicableLaw(e.law) };
        }
    }
    const auto exhibits = m_library.evidence().headings(caseId);
    if (!exhibits.ok())
        return exhibits.error();
    for (const ExhibitHeading &e : exhibits.value())
        if (!cited.contains(e.id))
            report.evidenceProvingNothing << std::pair { e.id, e.exhibitNumber() };
    return report;
}

} // namespace habeas

namespace habeas {

Status ClaimStore::removeCitation(qint64 citationId)
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return st;
    const QSqlDatabase db = m_library.database();
    SqlQuery find(db, u"SELECT claim_id, element FROM element_citations WHERE id = :id"_s);
    find.bind(u":id"_s, citationId);
    if (auto st = find.exec(); !st.ok())
        return st;
    if (!find.next())
        return Error::notFound(
            QCoreApplication::translate("habeas::Claims", "There is no citation %1.")
                .arg(citationId));
    const qint64 claimId = find.value(0).toLongLong();
    const QString element = find.value(1).toString();
    const auto c = claim(claimId);
    if (!c.ok())
        return c.error();
    return change(c->caseId, [&]() -> Status {
        SqlQuery q(db, u"DELETE FROM element_citations WHERE id = :id"_s);
        q.bind(u":id"_s, citationId);
        if (auto e = q.exec(); !e.ok())
            return e;
        return m_library.audit().append(
            c->caseId, u"claim.uncite"_s, u"claim"_s, claimId, { { u"element"_s, element } });
    });
}

Result<qint64> ClaimStore::setContinuingUntil(qint64 claimId, const QDate &until, qint64 seen)
{
    const auto c = writableClaim(claimId);
    if (!c.ok())
        return c.error();
    const QString what = claimWhat(c.value());
    if (auto st = checkSeen(seen, { c->rowVersion, c->updatedBy }, what); !st.ok())
        return st.error();
    const QSqlDatabase db = m_library.database();
    const Status st = change(c->caseId, [&]() -> Status {
        SqlQuery q(db,
            until.isValid()
                ? u"INSERT INTO claim_elements (claim_id, element, note) VALUES (:claim, "
                  u":element, :note) ON CONFLICT (claim_id, element) DO UPDATE SET note = "
                  u"excluded.note"_s
                : u"DELETE FROM claim_elements WHERE claim_id = :claim AND element = :element"_s);
        q.bind(u":claim"_s, claimId).bind(u":element"_s, QString::fromUtf16(kContinuingKey));
        if (until.isValid())
            q.bind(u":note"_s, until.toString(Qt::ISODate));
        if (auto e = q.exec(); !e.ok())
            return e;
        // The date is the claim's: its version is the claims row's.
        SqlQuery v(db, u"UPDATE claims SET updated_at = :now"_s + kVersionedWhere);
        if (auto e = execVersioned(v, claimId, c->rowVersion, what); !e.ok())
            return e;
        return m_library.audit().append(c->caseId, u"claim.continuing"_s, u"claim"_s, claimId,
            { { u"until"_s, until.isValid() ? until.toString(Qt::ISODate) : QString() } });
    });
    return versionAfter(st, c->rowVersion);
}

Status ClaimStore::removeClaim(qint64 claimId)
{
    const auto c = writableClaim(claimId);
    if (!c.ok())
        return c.error();
    const QSqlDatabase db = m_library.database();
    return change(c->caseId, [&]() -> Status {
        if (auto e = setTrashedAt(db, u"claims", claimId, true); !e.ok())
            return e;
        return m_library.audit().append(
            c->caseId, u"claim.remove"_s, u"claim"_s, claimId, { { u"theory"_s, c->theoryId } });
    });
}

Status ClaimStore::restoreClaim(qint64 claimId)
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return st;
    const QSqlDatabase db = m_library.database();
    SqlQuery find(db, u"SELECT case_id, theory FROM claims WHERE id = :id"_s);
    find.bind(u":id"_s, claimId);
    if (auto st = find.exec(); !st.ok())
        return st;
    if (!find.next())
        return Error::notFound(
            QCoreApplication::translate("habeas::Claims", "There is no claim %1.").arg(claimId));
    const qint64 caseId = find.value(0).toLongLong();
    const QString theory = find.value(1).toString();
    return change(caseId, [&]() -> Status {
        if (auto e = setTrashedAt(db, u"claims", claimId, false); !e.ok())
            return e;
        return m_library.audit().append(
            caseId, u"claim.restore"_s, u"claim"_s, claimId, { { u"theory"_s, theory } });
    });
}

Result<QStringList> ClaimStore::requests(qint64 caseId) const
{
    SqlQuery q(m_library.database(),
        u"SELECT text FROM case_requests WHERE case_id = :case ORDER BY position"_s);
    q.bind(u":case"_s, caseId);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

Status ClaimStore::setRequests(qint64 caseId, const QStringList &requests)
{
    const auto owner = m_library.whenWritable([&] { return m_library.cases().caseById(caseId); });
    if (!owner.ok())
        return owner.error();
    QStringList cleaned;
    for (QString r : requests) {
        r = r.trimmed();
        // The complaint numbers them and ends each with ；: drop what the user typed for that.
        static const QRegularExpression number(u"^\\s*(\\d+[.．、]|[（(]\\d+[)）])\\s*"_s);
        r.remove(number);
        while (r.endsWith(u'；') || r.endsWith(u';') || r.endsWith(u'。'))
            r.chop(1);
        if (!r.trimmed().isEmpty())
            cleaned << r.trimmed();
    }
    const QSqlDatabase db = m_library.database();
    return change(caseId, [&]() -> Status {
        // A request kept word for word keeps its letter demand and apology particulars.
        SqlQuery kept(db,
            u"SELECT text, demand, apology_form, apology_medium, apology_days, uid FROM "
            "case_requests WHERE case_id = :case"_s);
        kept.bind(u":case"_s, caseId);
        if (auto e = kept.exec(); !e.ok())
            return e;
        QHash<QString, QVariantList> keptBy;
        while (kept.next())
            keptBy.insert(kept.value(0).toString(),
                { kept.value(1), kept.value(2), kept.value(3), kept.value(4), kept.value(5) });
        SqlQuery clear(db, u"DELETE FROM case_requests WHERE case_id = :case"_s);
        clear.bind(u":case"_s, caseId);
        if (auto e = clear.exec(); !e.ok())
            return e;
        for (qsizetype i = 0; i < cleaned.size(); ++i) {
            // …and its identity (schema 15), which review comments are anchored to.
            const QVariantList old = keptBy.value(cleaned.at(i),
                { u""_s, u""_s, u""_s, QVariant(QMetaType::fromType<int>()), u""_s });
            SqlQuery q(db,
                u"INSERT INTO case_requests (case_id, position, text, demand, apology_form, "
                "apology_medium, apology_days, uid) VALUES (:case, :pos, :text, :d, :f, :m, :n, "
                ":uid)"_s);
            q.bind(u":case"_s, caseId)
                .bind(u":pos"_s, static_cast<int>(i + 1))
                .bind(u":text"_s, cleaned.at(i))
                .bind(u":d"_s, old.at(0))
                .bind(u":f"_s, old.at(1))
                .bind(u":m"_s, old.at(2))
                .bind(u":n"_s, old.at(3))
                .bind(u":uid"_s, old.at(4));
            if (auto e = q.exec(); !e.ok())
                return e;
        }
        return m_library.audit().append(caseId, u"requests.set"_s, u"case"_s, caseId,
            { { u"count"_s, static_cast<int>(cleaned.size()) } });
    });
}

} // namespace habeas
