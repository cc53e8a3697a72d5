#pragma once

#include "itemmodels/rowdiff.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace habeas {

// What the table models over the rows of one case share: the case shown, its rows, the last
// load error, the counts and the lookup by id. Each model says how a row is identified
// (idOf), reads its rows from its store and brings them in with replaceRows.
template<typename Row> class CaseRowsModel : public QAbstractTableModel {
public:
    qint64 caseId() const { return m_caseId; }
    // Why the last load failed; empty when it did not.
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }
    // The row of the record with this id; -1 when none shows it.
    int rowOf(qint64 id) const
    {
        for (int row = 0; row < m_rows.size(); ++row)
            if (idOf(m_rows.at(row)) == id)
                return row;
        return -1;
    }

protected:
    CaseRowsModel(int columns, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columns(columns)
    {
    }

    virtual qint64 idOf(const Row &row) const = 0;

    // Another case: nothing of the old rows is kept.
    void resetToCase(qint64 caseId)
    {
        beginResetModel();
        m_caseId = caseId;
        m_rows.clear();
        endResetModel();
    }
    // The fresh rows replace those shown row by row (itemmodels/rowdiff.h); `same` says whether
    // two rows with one id show the same.
    template<typename Same = std::equal_to<>> void replaceRows(QList<Row> fresh, Same same = {})
    {
        applyRows(
            m_rows, std::move(fresh), [this](const Row &row) { return idOf(row); }, same,
            rowSignalsOf(this, m_columns));
    }

    qint64 m_caseId = 0;
    QList<Row> m_rows;
    QString m_error;

private:
    int m_columns;
};

} // namespace habeas
