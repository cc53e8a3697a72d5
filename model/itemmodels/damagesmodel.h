#pragma once

#include "damages/damagesrecord.h"

#include <QAbstractTableModel>

namespace habeas {

class DamagesStore;
struct PartyRecord;
struct EvidenceRecord;

// The items of one scenario of one case, as the worksheet shows them.
class DamagesModel final : public QAbstractTableModel {
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const DamagesRecord &record(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const;

private:
    void reload();

    DamagesStore &m_store;
    qint64 m_caseId = 0;
    QString m_scenario;
    QList<DamagesRecord> m_rows;
    QHash<qint64, QString> m_partyNames;
    QHash<qint64, QString> m_exhibits;
};

} // namespace habeas
