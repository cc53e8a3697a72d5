#include "caselistpanel.h"

#include "cases/casestore.h"
#include "itemmodels/casefilter.h"
#include "itemmodels/caselistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace habeas {

CaseListPanel::CaseListPanel(CaseStore &store, QWidget *parent)
    : QWidget(parent)
    , m_live(new CaseListModel(store, CaseListModel::Scope::Live, this))
    , m_trash(new CaseListModel(store, CaseListModel::Scope::Trash, this))
    , m_proxy(new CaseFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_trashButton(new QToolButton(this))
    , m_view(new QTableView(this))
{
    m_filter->setPlaceholderText(tr("Filter cases (title, party, court, number)"));
    m_filter->setClearButtonEnabled(true);
    m_kind->addItem(tr("All kinds"), -1);
    for (CaseKind k : allCaseKinds())
        m_kind->addItem(displayName(k), static_cast<int>(k));
    m_stage->addItem(tr("All stages"), -1);
    for (CaseStage s : allCaseStages())
        m_stage->addItem(displayName(s), static_cast<int>(s));
    m_trashButton->setText(tr("Trash"));
    m_trashButton->setCheckable(true);
    m_trashButton->setToolTip(tr("Show the cases in the trash, to restore them"));

    m_proxy->setSourceModel(m_live);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CaseListModel::Updated, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(CaseListModel::Title, 260);
    m_view->setColumnWidth(CaseListModel::Parties, 200);
    for (int column : { int(CaseListModel::Number), int(CaseListModel::Court),
             int(CaseListModel::Cause), int(CaseListModel::Kind) })
        m_view->setColumnHidden(column, true);
    m_view->setAccessibleName(tr("Cases"));

    // The kinds' and stages' names are long: the boxes shrink with the list, their lists do not.
    for (QComboBox *box : { m_kind, m_stage }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_stage);
    filters->addWidget(m_trashButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &CaseListPanel::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CaseListPanel::applyFilter);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &CaseListPanel::applyFilter);
    connect(m_trashButton, &QToolButton::toggled, this, &CaseListPanel::setShowingTrash);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CaseListPanel::emitCurrent);
    // A row that disappears (trashed, filtered away) changes what is current.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CaseListPanel::emitCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CaseListPanel::emitCurrent);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CaseListPanel::emitCurrent);
}

qint64 CaseListPanel::currentCaseId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return current.data(CaseListModel::IdRole).toLongLong();
}

void CaseListPanel::selectCase(qint64 caseId)
{
    auto *source = qobject_cast<CaseListModel *>(m_proxy->sourceModel());
    QModelIndex index = m_proxy->mapFromSource(source->indexOf(caseId));
    if (!index.isValid() && source->rowOf(caseId) >= 0) {
        // Hidden by the filter: clear it rather than leave the user looking at nothing.
        m_filter->clear();
        m_kind->setCurrentIndex(0);
        m_stage->setCurrentIndex(0);
        index = m_proxy->mapFromSource(source->indexOf(caseId));
    }
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
    emitCurrent();
}

bool CaseListPanel::showingTrash() const
{
    return m_proxy->sourceModel() == m_trash;
}

void CaseListPanel::setShowingTrash(bool trash)
{
    if (trash == showingTrash())
        return;
    m_trashButton->setChecked(trash);
    m_proxy->setSourceModel(trash ? m_trash : m_live);
    emitCurrent();
}

void CaseListPanel::applyFilter()
{
    CaseFilter f;
    f.text = m_filter->text();
    if (const int k = m_kind->currentData().toInt(); k >= 0)
        f.kind = static_cast<CaseKind>(k);
    if (const int s = m_stage->currentData().toInt(); s >= 0)
        f.stage = static_cast<CaseStage>(s);
    m_proxy->setFilter(f);
    emitCurrent();
}

void CaseListPanel::emitCurrent()
{
    const qint64 id = currentCaseId();
    if (id == m_lastEmitted)
        return;
    m_lastEmitted = id;
    emit currentCaseChanged(id);
}

} // namespace habeas
