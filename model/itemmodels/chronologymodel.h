#pragma once

#include "cases/eventstore.h"
#include "itemmodels/caserowsmodel.h"

#include <QHash>

namespace habeas {

class EvidenceStore;

// The chronology of one case, in date order: the facts a complaint's 事实与理由 tells.
class ChronologyModel final : public CaseRowsModel<EventRecord> {
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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const EventRecord &record(int row) const { return m_rows.at(row); }

private:
    qint64 idOf(const EventRecord &row) const override { return row.id; }

    void reload();

    EventStore &m_events;
    EvidenceStore &m_evidence;
    QHash<qint64, QString> m_exhibits; // exhibit id → 证据1-2
};

} // namespace habeas
