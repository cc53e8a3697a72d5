#include "itemmodels/casefilter.h"

#include "itemmodels/caselistmodel.h"

#include <QCollator>

namespace habeas {

bool CaseFilter::matches(const CaseRecord &c) const
{
    if (kind && c.kind != *kind)
        return false;
    if (stage && c.stage != *stage)
        return false;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return true;
    // Every word must appear somewhere, so "罗某 互联网" finds the demo case.
    const QStringList words = needle.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const bool found = c.title.contains(word, Qt::CaseInsensitive)
            || c.partiesSummary.contains(word, Qt::CaseInsensitive)
            || c.number.contains(word, Qt::CaseInsensitive)
            || c.court.contains(word, Qt::CaseInsensitive)
            || c.cause.contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

CaseFilterProxy::CaseFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CaseListModel::SortRole);
    setDynamicSortFilter(true);
}

void CaseFilterProxy::setFilter(const CaseFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool CaseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto *cases = qobject_cast<const CaseListModel *>(sourceModel());
    return cases && m_filter.matches(cases->record(sourceRow));
}

bool CaseFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(CaseListModel::SortRole);
    const QVariant r = right.data(CaseListModel::SortRole);
    if (l.typeId() == QMetaType::Int && r.typeId() == QMetaType::Int)
        return l.toInt() < r.toInt();
    // Chinese titles sort by pinyin order under a zh collator, as a Chinese user expects.
    static thread_local QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    return collator.compare(l.toString(), r.toString()) < 0;
}

} // namespace habeas
