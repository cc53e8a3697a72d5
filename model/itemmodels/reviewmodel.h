#pragma once

#include "itemmodels/caserowsmodel.h"
#include "review/reviewstore.h"

#include <QSortFilterProxyModel>

namespace habeas {

// A comment and where its anchor is now.
struct ReviewRow {
    ReviewComment comment;
    AnchorPlace place;
};

// The review comments of one case, oldest first, each with where its anchor is. Changes in the
// store are applied as row removals, insertions and dataChanged (rowdiff.h), never a reset.
class ReviewModel final : public CaseRowsModel<ReviewRow> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewModel)

public:
    enum Column { State, Anchor, Text, Author, Edited, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ResolvedRole,
        ConflictRole,
    };
    using Row = ReviewRow;

    explicit ReviewModel(ReviewStore &store, QObject *parent = nullptr);

    void setCase(qint64 caseId);
    void reload();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Row &row(int row) const { return m_rows.at(row); }

private:
    qint64 idOf(const Row &row) const override { return row.comment.id; }

    ReviewStore &m_store;
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
