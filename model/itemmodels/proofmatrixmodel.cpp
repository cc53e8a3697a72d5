#include "itemmodels/proofmatrixmodel.h"

#include "itemmodels/proofmodel.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

quint64 cellKey(int row, int column)
{
    return (quint64(quint32(row)) << 32) | quint32(column);
}

} // namespace

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
    m_caseId = caseId;
    reload();
}

void ProofMatrixModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_columns.clear();
    m_cells.clear();
    if (m_caseId) {
        if (auto items = m_evidence.items(m_caseId); items.ok())
            m_columns = items.value();
        QHash<qint64, int> columnOf;
        for (int c = 0; c < m_columns.size(); ++c)
            columnOf.insert(m_columns.at(c).id, c);
        if (auto claims = m_claims.claims(m_caseId); claims.ok()) {
            for (const ClaimRecord &claim : claims.value()) {
                for (const ClaimElement &e : claim.elements) {
                    const int row = static_cast<int>(m_rows.size());
                    m_rows << Row { claim.id, e.id,
                        u"%1 · %2"_s.arg(claim.theoryName, e.id.section(u'.', -1)), e.textZh,
                        e.status };
                    for (const ElementCitation &citation : e.citations) {
                        const auto column = columnOf.constFind(citation.evidenceId);
                        if (column != columnOf.cend())
                            m_cells[cellKey(row, column.value())] << citation.reference();
                    }
                }
            }
        }
    }
    endResetModel();
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
    const auto cell = m_cells.constFind(cellKey(index.row(), index.column()));
    const bool cited = cell != m_cells.cend();
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
