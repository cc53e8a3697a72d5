#pragma once

#include "deadlines/deadlinestore.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace habeas {

// The deadlines of one case, or of every case (caseId 0). Rows keep the order they arrived in;
// a DeadlineFilter over it sorts by due date and filters by urgency. Changes in the store are
// applied as row removals, insertions and dataChanged, never as a reset, so a view keeps its
// selection and scroll position.
class DeadlineModel final : public QAbstractTableModel {
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
    qint64 caseId() const { return m_caseId; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const DeadlineStatus &status(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const;
    QString lastError() const { return m_error; }

private:
    DeadlineStore &m_store;
    qint64 m_caseId = -1;
    QList<DeadlineStatus> m_rows;
    QString m_error;
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
