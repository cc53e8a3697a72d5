#pragma once

#include "cases/casetypes.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace habeas {

// What the case list shows: the predicate lives here, in the model layer, so the CLI and
// tests apply the same rule as the window.
struct CaseFilter {
    QString text; // matched against title, parties, number, court, cause; case-insensitive
    std::optional<CaseKind> kind;
    std::optional<CaseStage> stage;

    bool matches(const CaseRecord &c) const;
    bool isEmpty() const { return text.trimmed().isEmpty() && !kind && !stage; }
};

// Filters and sorts a CaseListModel; sorts on CaseListModel::SortRole, never on display text.
class CaseFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseFilterProxy)

public:
    explicit CaseFilterProxy(QObject *parent = nullptr);

    void setFilter(const CaseFilter &filter);
    const CaseFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    CaseFilter m_filter;
};

} // namespace habeas
