#include "itemmodels/deadlinemodel.h"

#include "core/clock.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QSet>

namespace habeas {

namespace {

// Whether a deadline shows the same as before: what any column, role or tooltip reads.
bool sameStatus(const DeadlineStatus &a, const DeadlineStatus &b)
{
    return a.record.sameContent(b.record) && a.record.doneAt == b.record.doneAt
        && a.record.caseId == b.record.caseId && a.caseTitle == b.caseTitle
        && a.caseNumber == b.caseNumber && a.start == b.start && a.startSource == b.startSource
        && a.computed == b.computed && a.due.due == b.due.due && a.due.working == b.due.working
        && a.due.reason == b.due.reason && a.problem == b.problem && a.warnings == b.warnings;
}

} // namespace

DeadlineModel::DeadlineModel(DeadlineStore &store, QObject *parent)
    : CaseRowsModel(ColumnCount, parent)
    , m_store(store)
{
    m_caseId = -1; // no case yet; 0 is every case
    connect(&store, &DeadlineStore::deadlinesChanged, this, [this](qint64 caseId) {
        if (m_caseId == 0 || caseId == m_caseId)
            reload();
    });
}

void DeadlineModel::setCase(qint64 caseId)
{
    if (caseId == m_caseId)
        return;
    resetToCase(caseId);
    reload();
}

void DeadlineModel::reload()
{
    if (m_caseId < 0)
        return;
    const auto loaded = m_store.statuses(m_caseId);
    m_error = loaded.ok() ? QString() : loaded.error().message;
    const QList<DeadlineStatus> fresh = loaded.ok() ? loaded.value() : QList<DeadlineStatus>();
    QHash<qint64, int> freshRow;
    for (int i = 0; i < fresh.size(); ++i)
        freshRow.insert(fresh.at(i).record.id, i);

    // Rows gone: removed from the bottom up so the indices above stay valid.
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        if (!freshRow.contains(m_rows.at(row).record.id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // Rows kept: refreshed in place, and the views told of the runs of rows that changed only.
    QSet<qint64> present;
    int firstChanged = -1;
    const auto flush = [&](int row) {
        if (firstChanged >= 0)
            emit dataChanged(index(firstChanged, 0), index(row - 1, ColumnCount - 1));
        firstChanged = -1;
    };
    for (int row = 0; row < m_rows.size(); ++row) {
        const qint64 id = m_rows.at(row).record.id;
        present.insert(id);
        const DeadlineStatus &now = fresh.at(freshRow.value(id));
        if (sameStatus(m_rows.at(row), now)) {
            flush(row);
            continue;
        }
        m_rows[row] = now;
        firstChanged = firstChanged < 0 ? row : firstChanged;
    }
    flush(static_cast<int>(m_rows.size()));
    // Rows new: appended.
    QList<DeadlineStatus> added;
    for (const DeadlineStatus &s : fresh)
        if (!present.contains(s.record.id))
            added << s;
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_rows += added;
        endInsertRows();
    }
}

QVariant DeadlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DeadlineStatus &s = m_rows.at(index.row());
    const QDate today = Clock::today();
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("habeas::DeadlineModel", text);
    };
    switch (role) {
    case IdRole:
        return s.record.id;
    case CaseIdRole:
        return s.record.caseId;
    case DueDateRole:
        return s.dueDate();
    case DaysLeftRole:
        return s.computed ? QVariant(s.daysLeft(today)) : QVariant();
    case DoneRole:
        return s.record.isDone();
    case OverdueRole:
        return s.isOverdue(today);
    case SortRole:
        switch (index.column()) {
        case Due:
        case DaysLeft:
            // Open before done; undated last.
            return QString(QString::number(s.record.isDone() ? 1 : 0)
                + (s.computed ? s.dueDate().toString(Qt::ISODate) : QStringLiteral("9999")));
        case Title:
            return s.title();
        case Case:
            return s.caseTitle;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (s.isOverdue(today))
            return QBrush(QColor(0xC6, 0x28, 0x28));
        return {};
    case Qt::ToolTipRole: {
        QStringList lines = s.computed ? s.due.working : QStringList { s.problem };
        lines += s.warnings;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Due:
        return s.computed ? s.dueDate().toString(Qt::ISODate) : tr("cannot be computed");
    case DaysLeft: {
        if (s.record.isDone())
            return tr("done");
        if (!s.computed)
            return QString();
        return describeDaysLeft(s.daysLeft(today));
    }
    case Title:
        return s.warnings.isEmpty() ? s.title() : s.title() + QStringLiteral(" ⚠");
    case Case:
        return s.caseNumber.isEmpty() ? s.caseTitle : s.caseNumber;
    case Period:
        return tr("%1 from %2").arg(describePeriod(s.record.period), s.start.toString(Qt::ISODate));
    case Basis:
        return basisText(s.record.kind);
    default:
        return {};
    }
}

QVariant DeadlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("habeas::DeadlineModel", text);
    };
    switch (section) {
    case Due:
        return tr("Due");
    case DaysLeft:
        return tr("When");
    case Title:
        return tr("Deadline");
    case Case:
        return tr("Case");
    case Period:
        return tr("Period");
    case Basis:
        return tr("Basis");
    default:
        return {};
    }
}

DeadlineFilter::DeadlineFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DeadlineModel::SortRole);
}

void DeadlineFilter::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateFilter();
}

bool DeadlineFilter::accepts(const DeadlineStatus &s, Show show, QDate today)
{
    const bool done = s.record.isDone();
    switch (show) {
    case Show::All:
        return true;
    case Show::Done:
        return done;
    case Show::Open:
        return !done;
    case Show::Overdue:
        return s.isOverdue(today);
    case Show::Within7:
        return !done && s.computed && s.daysLeft(today) <= 7;
    case Show::Within30:
        return !done && s.computed && s.daysLeft(today) <= 30;
    }
    return true;
}

bool DeadlineFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const DeadlineModel *>(sourceModel());
    if (!model)
        return true;
    return accepts(model->status(sourceRow), m_show, Clock::today());
}

} // namespace habeas
