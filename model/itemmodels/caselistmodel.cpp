#include "itemmodels/caselistmodel.h"

#include "cases/casestore.h"

#include <QCoreApplication>

namespace habeas {

CaseListModel::CaseListModel(CaseStore &store, Scope scope, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_scope(scope)
{
    connect(&m_store, &CaseStore::caseChanged, this, &CaseListModel::onCaseChanged);
    connect(&m_store, &CaseStore::caseRemoved, this, &CaseListModel::onCaseRemoved);
    reload();
}

void CaseListModel::reload()
{
    beginResetModel();
    auto cases = m_store.listCases(
        m_scope == Scope::Live ? CaseStore::Trash::Exclude : CaseStore::Trash::Only);
    m_rows = cases.ok() ? cases.value() : QList<CaseRecord>();
    endResetModel();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseRecord &c = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return c.id;
    case KindRole:
        return static_cast<int>(c.kind);
    case StageRole:
        return static_cast<int>(c.stage);
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return c.partiesSummary.isEmpty() ? c.title : c.title + u'\n' + c.partiesSummary;
        break;
    case SortRole:
        switch (index.column()) {
        case Kind:
            return static_cast<int>(c.kind);
        case Stage:
            return static_cast<int>(c.stage);
        case Updated:
            return c.updatedAt;
        default:
            break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return c.title;
        case Parties:
            return c.partiesSummary;
        case Number:
            return c.number;
        case Court:
            return c.court;
        case Cause:
            return c.cause;
        case Kind:
            return displayName(c.kind);
        case Stage:
            return displayName(c.stage);
        case Updated:
            return c.updatedAt.left(10);
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Case");
    case Parties:
        return tr("Parties");
    case Number:
        return tr("Case number");
    case Court:
        return tr("Court");
    case Cause:
        return tr("Cause of action");
    case Kind:
        return tr("Kind");
    case Stage:
        return tr("Stage");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

int CaseListModel::rowOf(qint64 caseId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == caseId)
            return row;
    return -1;
}

QModelIndex CaseListModel::indexOf(qint64 caseId, int column) const
{
    const int row = rowOf(caseId);
    return row < 0 ? QModelIndex() : index(row, column);
}

void CaseListModel::onCaseChanged(qint64 caseId)
{
    const auto fetched = m_store.caseById(caseId);
    if (!fetched.ok())
        return removeRowOf(caseId);
    const CaseRecord &c = fetched.value();
    const bool belongs = (m_scope == Scope::Trash) == c.isTrashed();
    const int row = rowOf(caseId);
    if (!belongs)
        return removeRowOf(caseId);
    if (row >= 0) {
        m_rows[row] = c;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = static_cast<int>(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(c);
    endInsertRows();
}

void CaseListModel::onCaseRemoved(qint64 caseId)
{
    removeRowOf(caseId);
}

void CaseListModel::removeRowOf(qint64 caseId)
{
    const int row = rowOf(caseId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace habeas
