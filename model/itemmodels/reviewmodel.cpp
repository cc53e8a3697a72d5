#include "itemmodels/reviewmodel.h"

#include "itemmodels/rowdiff.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

bool sameRow(const ReviewModel::Row &a, const ReviewModel::Row &b)
{
    const ReviewComment &x = a.comment;
    const ReviewComment &y = b.comment;
    return x.text == y.text && x.revision == y.revision && x.resolvedAt == y.resolvedAt
        && x.resolvedBy == y.resolvedBy && x.editedAt == y.editedAt && x.conflict == y.conflict
        && x.author == y.author && a.place.label == b.place.label && a.place.found == b.place.found;
}

QString shortTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? t.toString(u"yyyy-MM-dd HH:mm"_s) : iso;
}
} // namespace

ReviewModel::ReviewModel(ReviewStore &store, QObject *parent)
    : CaseRowsModel(ColumnCount, parent)
    , m_store(store)
{
    connect(&store, &ReviewStore::reviewChanged, this, [this](qint64 caseId) {
        if (caseId == m_caseId)
            reload();
    });
}

void ReviewModel::setCase(qint64 caseId)
{
    if (caseId == m_caseId)
        return;
    resetToCase(caseId);
    reload();
}

void ReviewModel::reload()
{
    QList<Row> fresh;
    if (m_caseId > 0) {
        const auto loaded = m_store.comments(m_caseId);
        m_error = loaded.ok() ? QString() : loaded.error().message;
        for (const ReviewComment &c : loaded.ok() ? loaded.value() : QList<ReviewComment>())
            fresh.append({ c, m_store.place(m_caseId, c.anchor) });
    }
    replaceRows(std::move(fresh), sameRow);
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const ReviewComment &c = r.comment;
    switch (role) {
    case IdRole:
        return c.id;
    case ResolvedRole:
        return c.isResolved();
    case ConflictRole:
        return c.hasConflict();
    case Qt::ToolTipRole:
        if (c.hasConflict())
            return tr("Changed on both sides since the last exchange. The other version:\n%1")
                .arg(c.conflict.value(u"text"_s).toString());
        return c.text;
    case Qt::ForegroundRole:
        if (index.column() == Anchor && !r.place.found)
            return QBrush(QColor(0x99, 0x33, 0x33));
        return c.isResolved() ? QVariant(QBrush(QColor(0x80, 0x80, 0x80))) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case State:
        if (c.hasConflict())
            return tr("Conflict");
        return c.isResolved() ? tr("Resolved by %1").arg(c.resolvedBy) : tr("Open");
    case Anchor:
        return r.place.label;
    case Text:
        return c.text.simplified();
    case Author:
        return c.author;
    case Edited:
        return shortTime(c.editedAt);
    }
    return {};
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State:
        return tr("State");
    case Anchor:
        return tr("On");
    case Text:
        return tr("Comment");
    case Author:
        return tr("Author");
    case Edited:
        return tr("Edited");
    }
    return {};
}

ReviewFilter::ReviewFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ReviewFilter::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateFilter();
}

bool ReviewFilter::accepts(const ReviewComment &comment, Show show)
{
    switch (show) {
    case Show::Open:
        return !comment.isResolved() || comment.hasConflict();
    case Show::Resolved:
        return comment.isResolved();
    case Show::All:
        return true;
    }
    return true;
}

bool ReviewFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const ReviewModel *>(sourceModel());
    return !model || accepts(model->row(sourceRow).comment, m_show);
}

} // namespace habeas
