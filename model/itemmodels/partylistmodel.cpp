#include "itemmodels/partylistmodel.h"

#include "cases/casestore.h"
#include "itemmodels/rowdiff.h"

namespace habeas {

PartyListModel::PartyListModel(CaseStore &store, QObject *parent)
    : CaseRowsModel(ColumnCount, parent)
    , m_store(store)
{
    connect(&m_store, &CaseStore::partiesChanged, this, &PartyListModel::onPartiesChanged);
}

void PartyListModel::setCase(qint64 caseId)
{
    resetToCase(caseId);
    reload();
}

void PartyListModel::setShowRemoved(bool removed)
{
    m_removed = removed;
    resetToCase(m_caseId);
    reload();
}

// A party added, edited or removed arrives as that row (itemmodels/rowdiff.h).
void PartyListModel::reload()
{
    QList<PartyRecord> fresh;
    if (m_caseId) {
        auto parties = m_store.parties(
            m_caseId, m_removed ? CaseStore::Trash::Only : CaseStore::Trash::Exclude);
        if (parties.ok())
            fresh = std::move(parties).value();
    }
    replaceRows(std::move(fresh));
}

void PartyListModel::onPartiesChanged(qint64 caseId)
{
    if (caseId != m_caseId)
        return;
    // Parties of one case are few; a reset keeps this adapter simple and the selection is
    // restored by the view from the id.
    reload();
}

QVariant PartyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartyRecord &p = m_rows.at(index.row());
    if (role == IdRole)
        return p.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Role: // a statutory agent (法定代理人) is told apart from the entrusted ones
        return p.isStatutoryAgent() ? displayName(p.agency) : displayName(p.role);
    case Name:
        return p.name;
    case Type:
        return displayName(p.type);
    case Identifier:
        return p.type == PartyType::Person ? p.idNumber : p.uscc;
    case Phone:
        return p.phone;
    case Address:
        return p.address;
    default:
        return {};
    }
}

QVariant PartyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Role:
        return tr("Role");
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Identifier:
        return tr("ID number / credit code");
    case Phone:
        return tr("Phone");
    case Address:
        return tr("Domicile");
    default:
        return {};
    }
}

} // namespace habeas
