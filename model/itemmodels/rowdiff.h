#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QSet>

#include <functional>
#include <type_traits>

namespace habeas {

// What a list model does to tell its views about a change; each item model fills these with
// its own (protected) begin/end calls.
struct RowSignals {
    std::function<void(int first, int last)> beginRemove;
    std::function<void()> endRemove;
    std::function<void(int first, int last)> beginInsert;
    std::function<void()> endInsert;
    std::function<void()> beginReset;
    std::function<void()> endReset;
    std::function<void(int first, int last)> changed;
};

namespace detail {
// The begin/end calls are protected; a pointer to each, taken through a class that derives
// from QAbstractItemModel, may be called on any model.
struct ModelCalls : QAbstractItemModel {
    static constexpr auto beginRemove = &ModelCalls::beginRemoveRows;
    static constexpr auto endRemove = &ModelCalls::endRemoveRows;
    static constexpr auto beginInsert = &ModelCalls::beginInsertRows;
    static constexpr auto endInsert = &ModelCalls::endInsertRows;
    static constexpr auto beginReset = &ModelCalls::beginResetModel;
    static constexpr auto endReset = &ModelCalls::endResetModel;
    static constexpr auto beginRemoveCols = &ModelCalls::beginRemoveColumns;
    static constexpr auto endRemoveCols = &ModelCalls::endRemoveColumns;
    static constexpr auto beginInsertCols = &ModelCalls::beginInsertColumns;
    static constexpr auto endInsertCols = &ModelCalls::endInsertColumns;
};
} // namespace detail

// The signals of a flat list or table model with `columns` columns.
inline RowSignals rowSignalsOf(QAbstractItemModel *model, int columns)
{
    using C = detail::ModelCalls;
    return RowSignals {
        [model](int first, int last) { (model->*C::beginRemove)({}, first, last); },
        [model] { (model->*C::endRemove)(); },
        [model](int first, int last) { (model->*C::beginInsert)({}, first, last); },
        [model] { (model->*C::endInsert)(); },
        [model] { (model->*C::beginReset)(); },
        [model] { (model->*C::endReset)(); },
        [model, columns](int first, int last) {
            emit model->dataChanged(model->index(first, 0), model->index(last, columns - 1));
        },
    };
}

// The same for the columns of a table (whose header names each column): a column changed is a
// change of its header.
inline RowSignals columnSignalsOf(QAbstractItemModel *model)
{
    using C = detail::ModelCalls;
    return RowSignals {
        [model](int first, int last) { (model->*C::beginRemoveCols)({}, first, last); },
        [model] { (model->*C::endRemoveCols)(); },
        [model](int first, int last) { (model->*C::beginInsertCols)({}, first, last); },
        [model] { (model->*C::endInsertCols)(); },
        [model] { (model->*C::beginReset)(); },
        [model] { (model->*C::endReset)(); },
        [model](
            int first, int last) { emit model->headerDataChanged(Qt::Horizontal, first, last); },
    };
}

// Removes the rows `kept` says no to, from the end, a contiguous run at a time.
template<typename Row, typename Kept>
void removeRowsNotIn(QList<Row> &rows, Kept kept, const RowSignals &out)
{
    for (qsizetype i = rows.size() - 1; i >= 0;) {
        if (kept(rows.at(i))) {
            --i;
            continue;
        }
        qsizetype first = i;
        while (first > 0 && !kept(rows.at(first - 1)))
            --first;
        out.beginRemove(int(first), int(i));
        rows.remove(first, i - first + 1);
        out.endRemove();
        i = first - 1;
    }
}

// Brings `rows` to `fresh` (both in display order, each row known by idOf) as row removals,
// insertions and dataChanged — not a reset — so that views keep their selection, scroll
// position and current row, and re-lay out only what changed. A change of order among the
// rows kept (a renumbering move) is told as a reset. `same` says whether two rows with one id
// show the same.
template<typename Row, typename IdOf, typename Same>
void applyRows(QList<Row> &rows, QList<Row> fresh, IdOf idOf, Same same, const RowSignals &out)
{
    // The first fill of a list (a case opened) is one insertion, the rows moved rather than
    // copied: 10,000 exhibits arrive as one rowsInserted.
    if (rows.isEmpty()) {
        if (fresh.isEmpty())
            return;
        out.beginInsert(0, int(fresh.size()) - 1);
        rows = std::move(fresh);
        out.endInsert();
        return;
    }
    using Id = std::decay_t<decltype(idOf(rows.value(0)))>;
    // Ids looked up in hashes: a list of 10,000 rows is compared in linear time.
    QList<Id> freshIds;
    freshIds.reserve(fresh.size());
    QSet<Id> freshSet;
    freshSet.reserve(fresh.size());
    for (const Row &r : std::as_const(fresh)) {
        freshIds.append(idOf(r));
        freshSet.insert(freshIds.last());
    }
    removeRowsNotIn(
        rows, [&](const Row &r) { return freshSet.contains(idOf(r)); }, out);
    // The rows kept must be in the fresh order; otherwise the list was reordered.
    QList<Id> kept;
    kept.reserve(rows.size());
    for (const Row &r : std::as_const(rows))
        kept.append(idOf(r));
    const QSet<Id> keptSet(kept.cbegin(), kept.cend());
    QList<Id> freshKept;
    freshKept.reserve(kept.size());
    for (const Id &id : std::as_const(freshIds))
        if (keptSet.contains(id))
            freshKept.append(id);
    if (kept != freshKept) {
        out.beginReset();
        rows = std::move(fresh);
        out.endReset();
        return;
    }
    // Insertions, a contiguous run at a time; then what changed in the rows that stayed.
    int firstChanged = -1;
    int lastChanged = -1;
    for (qsizetype i = 0; i < fresh.size();) {
        if (i < rows.size() && idOf(rows.at(i)) == freshIds.at(i)) {
            if (!same(rows.at(i), fresh.at(i))) {
                rows[i] = fresh.at(i);
                firstChanged = firstChanged < 0 ? int(i) : firstChanged;
                lastChanged = int(i);
            }
            ++i;
            continue;
        }
        qsizetype last = i;
        while (last + 1 < fresh.size() && !keptSet.contains(freshIds.at(last + 1)))
            ++last;
        out.beginInsert(int(i), int(last));
        rows.insert(i, last - i + 1, Row());
        for (qsizetype k = i; k <= last; ++k)
            rows[k] = fresh.at(k);
        out.endInsert();
        i = last + 1;
    }
    if (firstChanged >= 0)
        out.changed(firstChanged, lastChanged);
}

} // namespace habeas
