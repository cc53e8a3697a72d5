#include "itemmodels/chronologymodel.h"

#include "evidence/evidencestore.h"
#include "itemmodels/rowdiff.h"

using namespace Qt::StringLiterals;

namespace habeas {

ChronologyModel::ChronologyModel(EventStore &events, EvidenceStore &evidence, QObject *parent)
    : CaseRowsModel(ColumnCount, parent)
    , m_events(events)
    , m_evidence(evidence)
{
    const auto follow = [this](qint64 caseId) {
        if (caseId == m_caseId)
            reload();
    };
    connect(&m_events, &EventStore::eventsChanged, this, follow);
    // Renumbered or removed exhibits change what the Evidence column says.
    connect(&m_evidence, &EvidenceStore::evidenceChanged, this, follow);
}

void ChronologyModel::setCase(qint64 caseId)
{
    m_exhibits.clear();
    resetToCase(caseId);
    reload();
}

// An added, edited or removed fact arrives as that row (itemmodels/rowdiff.h); renumbered
// exhibits change the column that cites them.
void ChronologyModel::reload()
{
    QList<EventRecord> fresh;
    QHash<qint64, QString> exhibits;
    if (m_caseId) {
        if (auto events = m_events.events(m_caseId); events.ok())
            fresh = std::move(events).value();
        if (auto headings = m_evidence.headings(m_caseId); headings.ok())
            for (const ExhibitHeading &h : headings.value())
                exhibits.insert(h.id, h.exhibitNumber());
    }
    const bool renumbered = exhibits != m_exhibits;
    m_exhibits = std::move(exhibits);
    replaceRows(std::move(fresh));
    if (renumbered && !m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QVariant ChronologyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventRecord &e = m_rows.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role == SortRole)
        return index.column() == Date ? QVariant(e.date) : data(index, Qt::DisplayRole);
    if (role == Qt::ToolTipRole && index.column() == Fact)
        return e.text;
    if (role == Qt::CheckStateRole && index.column() == Disputed)
        return e.disputed ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return e.displayDate();
    case Fact:
        return e.text;
    case Evidence: {
        QStringList exhibits;
        for (qint64 id : e.evidenceIds)
            exhibits << m_exhibits.value(id, u"#%1"_s.arg(id));
        exhibits.sort();
        return exhibits.join(u"、"_s);
    }
    default:
        return {};
    }
}

QVariant ChronologyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Fact:
        return tr("Fact");
    case Evidence:
        return tr("Evidence");
    case Disputed:
        return tr("Disputed");
    default:
        return {};
    }
}

} // namespace habeas
