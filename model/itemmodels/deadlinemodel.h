#pragma once

#include "deadlines/deadlinestore.h"
#include "itemmodels/caserowsmodel.h"

#include <QSortFilterProxyModel>

namespace habeas {

// The deadlines of one case, or of every case (caseId 0). Rows keep the order they arrived in;
// a DeadlineFilter over it sorts by due date and filters by urgency. Changes in the store are
// applied as row removals, insertions and dataChanged, never as a reset, so a view keeps its
// selection and scroll position.
class DeadlineModel final : public CaseRowsModel<DeadlineStatus> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlineModel)

public:
    enum Column { Due, DaysLeft, Title, Case, Period, Basis, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        CaseIdRole,
        DueDateRole, // QDate; invalid when it cannot be computed
        DaysLeftRole, // qint64; negative when overdue
        DoneRole,
        OverdueRole,
        SortRole, // raw data for sorting the column
    };

    explicit DeadlineModel(DeadlineStore &store, QObject *parent = nullptr);

    void setCase(qint64 caseId); // 0: every case
    void reload();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const DeadlineStatus &status(int row) const { return m_rows.at(row); }

private:
    qint64 idOf(const DeadlineStatus &row) const override { return row.record.id; }

    DeadlineStore &m_store;
};

// Which deadlines a view shows, by urgency relative to today (Clock::today()).
class DeadlineFilter final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class Show { Open, Overdue, Within7, Within30, Done, All };

    explicit DeadlineFilter(QObject *parent = nullptr);
    void setShow(Show show);
    Show show() const { return m_show; }

    // The predicate itself, for the CLI's --overdue and --due-within.
    static bool accepts(const DeadlineStatus &status, Show show, QDate today);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::Open;
};

} // namespace habeas
