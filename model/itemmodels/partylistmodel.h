#pragma once

#include "cases/casetypes.h"
#include "itemmodels/caserowsmodel.h"

namespace habeas {

class CaseStore;

// The parties of one case, in filing order.
class PartyListModel final : public CaseRowsModel<PartyRecord> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartyListModel)

public:
    enum Column { Role, Name, Type, Identifier, Phone, Address, ColumnCount };
    enum RoleId { IdRole = Qt::UserRole + 1 };

    explicit PartyListModel(CaseStore &store, QObject *parent = nullptr);

    void setCase(qint64 caseId);
    // The removed parties instead of the live ones, to restore them.
    void setShowRemoved(bool removed);
    bool showsRemoved() const { return m_removed; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const PartyRecord &record(int row) const { return m_rows.at(row); }

private:
    qint64 idOf(const PartyRecord &row) const override { return row.id; }

    void reload();
    void onPartiesChanged(qint64 caseId);

    CaseStore &m_store;
    bool m_removed = false;
};

} // namespace habeas
