#include "itemmodels/proofmodel.h"

#include "evidence/evidencestore.h"
#include "itemmodels/rowdiff.h"
#include "review/reviewstore.h"

#include <QColor>
#include <QCoreApplication>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace habeas {

QString toDisplay(ElementStatus status)
{
    switch (status) {
    case ElementStatus::Unproven:
        return QCoreApplication::translate("habeas::ProofModel", "unproven");
    case ElementStatus::Supported:
        return QCoreApplication::translate("habeas::ProofModel", "supported");
    case ElementStatus::Disputed:
        return QCoreApplication::translate("habeas::ProofModel", "disputed");
    case ElementStatus::Proven:
        return QCoreApplication::translate("habeas::ProofModel", "proven");
    }
    return {};
}

QString toDisplay(Burden burden)
{
    switch (burden) {
    case Burden::Plaintiff:
        return QCoreApplication::translate("habeas::ProofModel", "plaintiff");
    case Burden::Defendant:
        return QCoreApplication::translate("habeas::ProofModel", "defendant");
    case Burden::Shifting:
        return QCoreApplication::translate("habeas::ProofModel", "shifting");
    }
    return {};
}

QString lawWarning(const ClaimElement &element)
{
    const QList<LawInTime> stale = outOfForce(element.law);
    if (stale.isEmpty())
        return {};
    QStringList lines;
    for (const LawInTime &l : stale)
        lines << outOfForceText(l, element.conduct);
    const QStringList instead = applicableCitations(element.law);
    lines << (instead.isEmpty()
            ? QCoreApplication::translate("habeas::ProofModel",
                "No article of this element was in force at the time: rest it on other law, "
                "or mark the conduct continuing.")
            : QCoreApplication::translate("habeas::ProofModel", "Pleaded instead under %1.")
                  .arg(instead.join(u"、"_s)));
    for (const LawInTime &l : element.law)
        if (l.priorLaw && !l.bundled && l.applies())
            lines << QCoreApplication::translate("habeas::ProofModel",
                "%1 is not in the bundled texts: check its wording before filing.")
                         .arg(l.citations.value(0, l.reference));
    return lines.join(u'\n');
}

QList<qint64> evidenceIdsFrom(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(QString::fromLatin1(kEvidenceMimeType)))
        return ids;
    const QList<QByteArray> lines = data->data(QString::fromLatin1(kEvidenceMimeType)).split('\n');
    for (const QByteArray &line : lines) {
        bool ok = false;
        const qint64 id = line.trimmed().toLongLong(&ok);
        if (ok && id > 0)
            ids << id;
    }
    return ids;
}

ProofModel::ProofModel(ClaimStore &claims, EvidenceStore &evidence, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(claims)
{
    const auto follow = [this](qint64 caseId) {
        if (caseId == m_caseId)
            reload();
    };
    connect(&m_store, &ClaimStore::claimsChanged, this, follow);
    connect(&evidence, &EvidenceStore::evidenceChanged, this, follow);
}

void ProofModel::setCase(qint64 caseId)
{
    if (caseId != m_caseId) {
        beginResetModel(); // another case: nothing of the old rows is kept
        m_caseId = caseId;
        m_rows.clear();
        m_claims.clear();
        m_notes.clear();
        endResetModel();
    }
    reload();
}

void ProofModel::setReview(ReviewStore *review)
{
    m_review = review;
    connect(review, &ReviewStore::reviewChanged, this, [this](qint64 caseId) {
        if (caseId != m_caseId || m_rows.isEmpty())
            return;
        m_notes = m_review->openNotes(m_caseId);
        emit dataChanged(index(0, Element), index(int(m_rows.size()) - 1, Element));
    });
    reload();
}

// An element cited, marked or edited arrives as that row, a claim added or removed as its
// rows (itemmodels/rowdiff.h). The rows point into m_claims: the fresh claims are read into a
// list of their own, the rows compared, and the list kept only once every row points into it.
void ProofModel::reload()
{
    const QHash<QString, QStringList> notes =
        m_review && m_caseId ? m_review->openNotes(m_caseId) : QHash<QString, QStringList>();
    QList<ClaimRecord> claims;
    if (m_caseId)
        if (auto read = m_store.claims(m_caseId); read.ok())
            claims = std::move(read).value();
    QList<Row> fresh;
    for (const ClaimRecord &c : std::as_const(claims))
        for (const ClaimElement &e : c.elements)
            fresh << Row { &c, &e, e.id.section(u'.', -1).toInt(), &e == &c.elements.first() };
    const auto key = [](const Row &r) {
        return std::pair(r.claim->id, r.element->id);
    };
    const auto same = [](const Row &a, const Row &b) {
        const ClaimRecord &x = *a.claim;
        const ClaimRecord &y = *b.claim;
        return a.number == b.number && a.firstOfClaim == b.firstOfClaim && x.theoryId == y.theoryId
            && x.theoryName == y.theoryName && x.continuingUntil == y.continuingUntil
            && x.heading == y.heading && x.alternative == y.alternative && *a.element == *b.element;
    };
    applyRows(m_rows, fresh, key, same, rowSignalsOf(this, ColumnCount));
    // Every row now shows what its fresh twin shows: point them all at the fresh claims (the
    // list's elements stay where they are when it is moved).
    m_rows = std::move(fresh);
    m_claims = std::move(claims);
    if (notes != m_notes) {
        m_notes = notes;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, Element), index(int(m_rows.size()) - 1, Element));
    }
    emit reloaded();
}

int ProofModel::rowOf(qint64 claimId, const QString &elementId) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].claim->id == claimId && m_rows[r].element->id == elementId)
            return r;
    return -1;
}

int ProofModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProofModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProofModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    AnchorPlace place;
    place.claimId = r.claim->id;
    place.element = r.element->id;
    const QStringList notes = index.column() == Element
        ? m_notes.value(ReviewStore::placeKey(ReviewAnchor::Kind::Element, place))
        : QStringList();
    switch (role) {
    case ClaimIdRole:
        return r.claim->id;
    case ElementIdRole:
        return r.element->id;
    case StatusRole:
        return static_cast<int>(r.element->status);
    case LawWarningRole:
        return lawWarning(*r.element);
    case Qt::ToolTipRole: {
        if (index.column() == Claim)
            return r.claim->theoryName;
        const QString warning = lawWarning(*r.element);
        QString tip =
            warning.isEmpty() ? r.element->textZh : r.element->textZh + u"\n\n"_s + warning;
        if (!notes.isEmpty())
            tip += u"\n\n"_s + tr("Review comments:") + u"\n"_s + notes.join(u"\n"_s);
        return tip;
    }
    case Qt::ForegroundRole:
        // Of an alternative the claim does not plead: neither a gap nor pleaded.
        if (r.element->offPath)
            return QColor(0x80, 0x80, 0x80);
        // An article not in force at the time of the facts: red when nothing else applies.
        if (index.column() == Element && !outOfForce(r.element->law).isEmpty())
            return hasApplicableLaw(r.element->law) ? QColor(0xa0, 0x60, 0x00)
                                                    : QColor(0xb0, 0x20, 0x20);
        // An element the plaintiff must prove, with nothing cited and not proven: a gap.
        if (index.column() == Evidence && r.element->citations.isEmpty()
            && r.element->burden != habeas::Burden::Defendant
            && r.element->status != ElementStatus::Proven && !r.element->adverseInference)
            return QColor(0xb0, 0x20, 0x20);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Claim:
        // The theory's name on its first element only: the rows read as groups.
        return r.firstOfClaim ? r.claim->theoryName : QString();
    case Element: {
        const QString marker = notes.isEmpty() ? QString() : u"\u270e%1 "_s.arg(notes.size());
        return QString(marker
            + (outOfForce(r.element->law).isEmpty()
                    ? u"%1. %2"_s.arg(r.number).arg(r.element->textZh)
                    : u"\u26a0 %1. %2"_s.arg(r.number).arg(r.element->textZh)));
    }
    case Burden:
        return toDisplay(r.element->burden);
    case Status:
        return toDisplay(r.element->status);
    case Evidence: {
        if (r.element->offPath)
            return tr("not pleaded (another alternative)");
        if (r.element->citations.isEmpty() && r.element->adverseInference)
            return tr("adverse inference (EvP 95)");
        if (r.element->citations.isEmpty())
            return r.element->burden == habeas::Burden::Defendant ? QString() : tr("no evidence");
        QStringList refs;
        for (const ElementCitation &c : r.element->citations)
            refs << c.reference();
        return refs.join(u"; "_s);
    }
    default:
        return {};
    }
}

QVariant ProofModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Claim:
        return tr("Claim");
    case Element:
        return tr("Element");
    case Burden:
        return tr("Burden");
    case Status:
        return tr("Status");
    case Evidence:
        return tr("Evidence");
    default:
        return {};
    }
}

Qt::ItemFlags ProofModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDropEnabled : base;
}

QStringList ProofModel::mimeTypes() const
{
    return { QString::fromLatin1(kEvidenceMimeType) };
}

bool ProofModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &parent) const
{
    return parent.isValid() && !evidenceIdsFrom(data).isEmpty();
}

bool ProofModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Copies: whoever handles the request changes the claims, and this model reloads its rows.
    const qint64 claimId = m_rows.at(parent.row()).claim->id;
    const QString elementId = m_rows.at(parent.row()).element->id;
    const QList<qint64> ids = evidenceIdsFrom(data);
    emit citeRequested(claimId, elementId, ids);
    // The citation is made (or refused, with its message) by whoever handles the request; the
    // drop itself was taken — a copy, so nothing leaves the exhibit list it came from.
    return true;
}

} // namespace habeas
