#pragma once

#include "cases/casetypes.h"

#include <QAbstractTableModel>

namespace habeas {

class CaseStore;

// The library's cases, live or in the trash, as a table. An adapter over CaseStore: it keeps
// rows in step with the store's signals and holds no rules of its own.
class CaseListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListModel)

public:
    enum Column { Title, Parties, Number, Court, Cause, Kind, Stage, Updated, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole, // raw value for sorting: dates as ISO text, enums by their order
        KindRole,
        StageRole,
    };

    enum class Scope { Live, Trash };

    CaseListModel(CaseStore &store, Scope scope, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const CaseRecord &record(int row) const { return m_rows.at(row); }
    int rowOf(qint64 caseId) const;
    QModelIndex indexOf(qint64 caseId, int column = Title) const;

    // Reads every case again (after opening a library).
    void reload();

private:
    void onCaseChanged(qint64 caseId);
    void onCaseRemoved(qint64 caseId);
    void removeRowOf(qint64 caseId);

    CaseStore &m_store;
    Scope m_scope;
    QList<CaseRecord> m_rows;
};

} // namespace habeas
