#pragma once

#include "core/result.h"
#include "law/lawintime.h"
#include "law/theorycatalogue.h"

#include <QObject>

#include <functional>

namespace habeas {

class Library;

enum class ElementStatus { Unproven, Supported, Disputed, Proven };
QString toId(ElementStatus s);
std::optional<ElementStatus> elementStatusFromId(const QString &id);

// The catalogue shipped in resources/theories, loaded once.
const TheoryCatalogue &theoryCatalogue();

struct ElementCitation {
    qint64 id = 0;
    qint64 evidenceId = 0;
    QString exhibit; // 证据1-2
    int page = 0;
    QString note;
    qint64 annotationId = 0; // a region of the page, when cited that precisely
    int region = 0;

    // "证据1-2，第3页，区域1": the exhibit, down to what is cited of it.
    QString reference() const;
    bool operator==(const ElementCitation &) const = default;
};

// One element of a claim: the catalogue's text and burden, and where the case stands on it.
struct ClaimElement {
    QString id; // "refusal-of-service.2"
    QString textZh;
    QString textEn;
    Burden burden = Burden::Plaintiff;
    ElementStatus status = ElementStatus::Unproven;
    QString note; // the lawyer's statement of how the case meets the element
    QList<ElementCitation> citations;
    QString limb; // the catalogue's limb; empty: every limb
    // Of an alternative the claim does not plead (its theory's limbs are alternatives and the
    // claim chose another, or none yet): neither a gap nor pleaded.
    bool offPath = false;
    // The processor withholds the evidence of it after a production order: the plaintiff asks
    // the court to find its content adverse to the processor (EvP 95).
    bool adverseInference = false;
    // The dates of the facts the element rests on (conductPeriod()) and its articles, own and
    // earlier, placed in them: computed on reading, never stored.
    ConductPeriod conduct;
    QList<LawInTime> law;
    // The version of its claim_elements row as read (storage/rowversion.h); 0: no row yet.
    qint64 rowVersion = 0;
    QString updatedBy; // the last writer on a server

    bool operator==(const ClaimElement &) const = default;
};

// What the lawyer sets of one element, its claim_elements row: the record of a versioned edit
// (status, statement, adverse inference).
struct ElementState {
    qint64 id = 0; // the claim's
    QString element; // the full id
    ElementStatus status = ElementStatus::Unproven;
    QString note;
    bool adverseInference = false;
    qint64 rowVersion = 0; // as read; 0: not read, not checked
    QString updatedBy;

    static ElementState of(qint64 claimId, const ClaimElement &element);
    // The same state, whatever version each was read at.
    bool sameContent(const ElementState &o) const;
};

struct ClaimRecord {
    qint64 id = 0;
    qint64 caseId = 0;
    QString theoryId;
    QString theoryName;
    // The lawyer's word that the conduct went on at least until this date (data still held and
    // used, say), so that law coming into force before it applies; invalid: not marked.
    QDate continuingUntil;
    // The heading of its reasons as the lawyer wrote it; empty: the theory's own (claimHeading()).
    QString heading;
    // The limb chosen when the theory's limbs are alternatives; empty: none chosen.
    QString alternative;
    QList<ClaimElement> elements;
    // The version of the claims row as read (heading, alternative, continuing date are
    // versioned there; storage/rowversion.h); 0: not read, not checked.
    qint64 rowVersion = 0;
    QString updatedBy; // the last writer on a server

    // The claim's theory offers alternatives and none is chosen.
    [[nodiscard]] bool needsAlternative() const;
    // The same heading, alternative and continuing date, whatever version each was read at.
    [[nodiscard]] bool sameContent(const ClaimRecord &o) const;
};

// How a stale edit names a claim (“claim 1 (拒绝提供服务)”) and one of its elements.
[[nodiscard]] QString claimWhat(const ClaimRecord &claim);
[[nodiscard]] QString elementWhat(const ClaimRecord &claim, const QString &elementId);

// The heading its reasons stand under: the lawyer's sentence, else the chosen limb's, else the
// theory's.
[[nodiscard]] QString claimHeading(const ClaimRecord &claim);

struct GapReport {
    struct Gap {
        qint64 claimId = 0;
        QString theoryId;
        QString element;
        QString text;
        Burden burden = Burden::Plaintiff;
    };
    QList<Gap> elementsWithoutEvidence;
    QList<std::pair<qint64, QString>> evidenceProvingNothing; // exhibit id, exhibit number
    // Elements the plaintiff pleads whose own articles were not in force at the time of the
    // facts. Those with earlier law that applies are reported; those without any law in force
    // (noLawInForce) are gaps.
    struct OutOfForce {
        qint64 claimId = 0;
        QString theoryId;
        QString element;
        ConductPeriod conduct;
        QList<LawInTime> articles; // the element's own articles not in force
        QStringList pleadedInstead; // court-form citations of the law that applies
        bool noLawInForce = false;
    };
    QList<OutOfForce> lawOutOfForce;
    // Claims whose theory offers alternatives none of which is chosen: only the elements common
    // to every alternative are counted until one is.
    struct Unchosen {
        qint64 claimId = 0;
        QString theoryId;
        QString theoryName;
        QStringList limbs; // "push: 信息推送、商业营销（第二十四条第二款）"
    };
    QList<Unchosen> alternativesNotChosen;
    bool isEmpty() const
    {
        return elementsWithoutEvidence.isEmpty() && evidenceProvingNothing.isEmpty()
            && alternativesNotChosen.isEmpty()
            && std::none_of(lawOutOfForce.cbegin(), lawOutOfForce.cend(),
                [](const OutOfForce &o) { return o.noLawInForce; });
    }
};

// The claims (legal theories) of each case and the proof of their elements.
class ClaimStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimStore)

public:
    explicit ClaimStore(Library &library);

    Result<qint64> addClaim(qint64 caseId, const QString &theoryId);
    Result<QList<ClaimRecord>> claims(qint64 caseId) const;
    Result<ClaimRecord> claim(qint64 id) const;

    // Every in-place edit of a claim or an element takes the row version the caller read
    // (`seen`: ClaimRecord::rowVersion for the claim's heading, alternative and continuing date,
    // ClaimElement::rowVersion for an element; 0: not checked) and gives the version written; an
    // edit read at an older version is refused as stale, naming the last writer on a server
    // (storage/rowversion.h).
    // element: the full id or its number within the theory ("2").
    Result<qint64> setStatus(qint64 claimId, const QString &element, ElementStatus status,
        const QString &note = {}, qint64 seen = 0);
    // An element's whole state at once, at state.rowVersion (the element commands' undo, redo).
    Result<qint64> setElementState(const ElementState &state);
    Result<ElementState> elementState(qint64 claimId, const QString &element) const;
    // annotationId: a region of the exhibit (its page is then the region's page).
    Result<qint64> cite(qint64 claimId, const QString &element, qint64 evidenceId, int page = 0,
        const QString &note = {}, qint64 annotationId = 0);
    Status removeCitation(qint64 citationId);

    // The case's own 诉讼请求 (besides money and costs), in order; empty: the complaint uses
    // the claims' catalogue wording. setRequests replaces them all.
    Result<QStringList> requests(qint64 caseId) const;
    Status setRequests(qint64 caseId, const QStringList &requests);
    // Marks the conduct of a claim as continuing until `until` (an invalid date: not
    // continuing). Kept in claim_elements under the reserved element key "@continuing", so the
    // schema needs no new column.
    Result<qint64> setContinuingUntil(qint64 claimId, const QDate &until, qint64 seen = 0);
    // The heading of the claim's reasons, a sentence; an empty one is refused, naming the claim.
    // clearHeading returns to the theory's own.
    Result<qint64> setHeading(qint64 claimId, const QString &heading, qint64 seen = 0);
    Result<qint64> clearHeading(qint64 claimId, qint64 seen = 0);
    // The alternative (a limb id of a theory whose limbs are alternatives); empty: none.
    Result<qint64> setAlternative(qint64 claimId, const QString &limb, qint64 seen = 0);
    // Marks an element the plaintiff must prove as resting on the processor's refusal to produce
    // the evidence of it (EvP 95); refused for an element the defendant bears.
    Result<qint64> setAdverseInference(
        qint64 claimId, const QString &element, bool adverse, qint64 seen = 0);
    Status removeClaim(qint64 claimId);
    Status restoreClaim(qint64 claimId);

    // Elements the plaintiff must prove that no evidence is cited for, and evidence that proves
    // nothing.
    Result<GapReport> gaps(qint64 caseId) const;

signals:
    void claimsChanged(qint64 caseId);

private:
    // The claim, when the library takes writes.
    Result<ClaimRecord> writableClaim(qint64 claimId) const;
    // One transaction over the claims of a case; the views are told when it commits.
    Status change(qint64 caseId, const std::function<Status()> &work);
    Result<QString> resolveElement(const ClaimRecord &claim, const QString &element) const;
    Result<qint64> updateClaimColumn(const ClaimRecord &claim, const QString &column,
        const QString &value, const QString &auditAction, qint64 seen);
    static QString adverseRefusal(const ClaimRecord &claim, const QString &elementId);
    // Writes an element's row (status, note, adverse inference) of `claim` at `seen`.
    Result<qint64> writeElement(
        const ClaimRecord &claim, const ElementState &next, qint64 seen, const QString &action);

    Library &m_library;
};

} // namespace habeas
