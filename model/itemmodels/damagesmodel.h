#pragma once

#include "damages/damagesrecord.h"
#include "itemmodels/caserowsmodel.h"

namespace habeas {

class DamagesStore;
struct PartyRecord;
struct EvidenceRecord;

// The items of one scenario of one case, as the worksheet shows them.
class DamagesModel final : public CaseRowsModel<DamagesRecord> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DamagesModel)

public:
    enum Column { Head, Item, Basis, Defendants, Amount, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, AmountFenRole };

    explicit DamagesModel(DamagesStore &store, QObject *parent = nullptr);

    void setCase(qint64 caseId, const QString &scenario);
    // Names for defendant ids in the Defendants column.
    void setParties(const QList<PartyRecord> &parties);
    // Exhibit numbers for the items' proof.
    void setExhibits(const QList<EvidenceRecord> &exhibits);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const DamagesRecord &record(int row) const { return m_rows.at(row); }

private:
    qint64 idOf(const DamagesRecord &row) const override { return row.id; }

    void reload();

    DamagesStore &m_store;
    QString m_scenario;
    QHash<qint64, QString> m_partyNames;
    QHash<qint64, QString> m_exhibits;
};

} // namespace habeas
