#pragma once

#include "review/reviewstore.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace habeas {

// The review comments of one case, oldest first, each with where its anchor is. Changes in the
// store are applied as row removals, insertions and dataChanged (rowdiff.h), never a reset.
class ReviewModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewModel)

public:
    enum Column { State, Anchor, Text, Author, Edited, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ResolvedRole,
        ConflictRole,
    };
    struct Row {
        ReviewComment comment;
        AnchorPlace place;
    };

    explicit ReviewModel(ReviewStore &store, QObject *parent = nullptr);

    void setCase(qint64 caseId);
    qint64 caseId() const { return m_caseId; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Row &row(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const;
    QString lastError() const { return m_error; }

private:
    ReviewStore &m_store;
    qint64 m_caseId = 0;
    QList<Row> m_rows;
    QString m_error;
};

// Which comments a view shows.
class ReviewFilter final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class Show { Open, Resolved, All };
    explicit ReviewFilter(QObject *parent = nullptr);
    void setShow(Show show);
    Show show() const { return m_show; }
    // The predicate itself, for the CLI's --open and --resolved.
    static bool accepts(const ReviewComment &comment, Show show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::Open;
};

} // namespace habeas
