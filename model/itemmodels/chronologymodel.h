#pragma once

#include "cases/eventstore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace habeas {

class EvidenceStore;

// The chronology of one case, in date order: the facts a complaint's 事实与理由 tells.
class ChronologyModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChronologyModel)

public:
    enum Column { Date, Fact, Evidence, Disputed, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole, // the ISO date, so 2021-01 sorts before 2021-01-20
    };

    ChronologyModel(EventStore &events, EvidenceStore &evidence, QObject *parent = nullptr);

    void setCase(qint64 caseId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const EventRecord &record(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const;

private:
    void reload();

    EventStore &m_events;
    EvidenceStore &m_evidence;
    qint64 m_caseId = 0;
    QList<EventRecord> m_rows;
    QHash<qint64, QString> m_exhibits; // exhibit id → 证据1-2
};

} // namespace habeas
