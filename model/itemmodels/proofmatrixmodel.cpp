#include "itemmodels/proofmatrixmodel.h"

#include "itemmodels/proofmodel.h"
#include "itemmodels/rowdiff.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace habeas {

ProofMatrixModel::ProofMatrixModel(ClaimStore &claims, EvidenceStore &evidence, QObject *parent)
    : QAbstractTableModel(parent)
    , m_claims(claims)
    , m_evidence(evidence)
{
    const auto follow = [this](qint64 caseId) {
        if (caseId == m_caseId)
            reload();
    };
    connect(&m_claims, &ClaimStore::claimsChanged, this, follow);
    connect(&m_evidence, &EvidenceStore::evidenceChanged, this, follow);
}

void ProofMatrixModel::setCase(qint64 caseId)
{
    if (caseId != m_caseId) {
        beginResetModel(); // another case: nothing of the old matrix is kept
        m_caseId = caseId;
        m_rows.clear();
        m_columns.clear();
        endResetModel();
    }
    reload();
}

// An exhibit added or removed arrives as its column, a citation as its element's row, a claim
// as its rows (itemmodels/rowdiff.h); cells are found by ids, so they hold at every step.
void ProofMatrixModel::reload()
{
    QList<ExhibitHeading> columns;
    QList<Row> rows;
    if (m_caseId) {
        if (auto headings = m_evidence.headings(m_caseId); headings.ok())
            columns = std::move(headings).value();
        QSet<qint64> live;
        live.reserve(columns.size());
        for (const ExhibitHeading &e : std::as_const(columns))
            live.insert(e.id);
        if (auto claims = m_claims.claims(m_caseId); claims.ok()) {
            for (const ClaimRecord &claim : claims.value()) {
                for (const ClaimElement &e : claim.elements) {
                    Row row { claim.id, e.id,
                        u"%1 · %2"_s.arg(claim.theoryName, e.id.section(u'.', -1)), e.textZh,
                        e.status, {} };
                    for (const ElementCitation &citation : e.citations)
                        if (live.contains(citation.evidenceId))
                            row.cited[citation.evidenceId] << citation.reference();
                    rows << std::move(row);
                }
            }
        }
    }
    applyRows(
        m_columns, std::move(columns), [](const ExhibitHeading &e) { return e.id; },
        std::equal_to<>(), columnSignalsOf(this));
    RowSignals rowSignals = rowSignalsOf(this, columnCount());
    rowSignals.changed = [this, cells = rowSignals.changed](int first, int last) {
        if (columnCount() > 0)
            cells(first, last);
        emit headerDataChanged(Qt::Vertical, first, last);
    };
    applyRows(
        m_rows, std::move(rows), [](const Row &r) { return std::pair(r.claimId, r.elementId); },
        std::equal_to<>(), rowSignals);
}

int ProofMatrixModel::citedCount() const
{
    int count = 0;
    for (const Row &r : m_rows)
        count += int(r.cited.size());
    return count;
}

int ProofMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProofMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant ProofMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto cell = row.cited.constFind(m_columns.at(index.column()).id);
    const bool cited = cell != row.cited.cend();
    switch (role) {
    case Qt::DisplayRole:
        return cited ? u"●"_s : QString();
    case Qt::TextAlignmentRole:
        return Qt::AlignCenter;
    case Qt::ToolTipRole:
        return cited
            ? QVariant(QString(m_rows.at(index.row()).text + u"\n"_s + cell->join(u"\n"_s)))
            : QVariant();
    case Qt::BackgroundRole:
        if (!cited)
            return {};
        return m_rows.at(index.row()).status == ElementStatus::Proven ? QColor(0xc8, 0xe6, 0xc9)
                                                                      : QColor(0xff, 0xf3, 0xc4);
    case CitedRole:
        return cited;
    case EvidenceIdRole:
        return m_columns.at(index.column()).id;
    case ClaimIdRole:
        return m_rows.at(index.row()).claimId;
    case ElementIdRole:
        return m_rows.at(index.row()).elementId;
    default:
        return {};
    }
}

QVariant ProofMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columns.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_columns.at(section).exhibitNumber();
        if (role == Qt::ToolTipRole)
            return m_columns.at(section).title;
        return {};
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    if (role == Qt::DisplayRole)
        return QString(
            m_rows.at(section).label + u"  ["_s + toDisplay(m_rows.at(section).status) + u']');
    if (role == Qt::ToolTipRole)
        return m_rows.at(section).text;
    return {};
}

} // namespace habeas
