#include "factspanel.h"

#include "cases/casestore.h"
#include "citedialog.h"
#include "claimliabilitybar.h"
#include "damages/damagesstore.h"
#include "dialogs.h"
#include "eventdialog.h"
#include "evidence/annotationstore.h"
#include "evidence/evidencestore.h"
#include "factshtml.h"
#include "flowlayout.h"
#include "gapreportview.h"
#include "itemmodels/chronologymodel.h"
#include "itemmodels/evidencemodel.h"
#include "itemmodels/proofmatrixmodel.h"
#include "itemmodels/proofmodel.h"
#include "law/claimqueries.h"
#include "law/statutelibrary.h"
#include "panelwidgets.h"
#include "requestlist.h"
#include "staleedit.h"
#include "storage/library.h"
#include "undo/factscommands.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace habeas {

FactsPanel::FactsPanel(Library &library, UndoManager &undo, QWidget *parent)
    : CasePanel(library, undo, parent)
    , m_chronologyModel(new ChronologyModel(library.events(), library.evidence(), this))
    , m_proofModel(new ProofModel(library.claims(), library.evidence(), this))
    , m_matrixModel(new ProofMatrixModel(library.claims(), library.evidence(), this))
    , m_exhibitModel(new EvidenceModel(library.evidence(), this))
    , m_chronologySort(new QSortFilterProxyModel(this))
    , m_chronology(rowTableView(this))
    , m_elements(rowTableView(this))
    , m_matrix(new QTableView(this))
    , m_exhibits(rowTableView(this))
    , m_law(new QTextBrowser(this))
    , m_gapReport(new GapReportView(this))
    , m_tabs(new QTabWidget(this))
    , m_requestList(new RequestList(library, this))
    , m_theory(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_addEvent(new QPushButton(tr("&Add Fact…"), this))
    , m_editEvent(new QPushButton(tr("Edit…"), this))
    , m_removeEvent(new QPushButton(tr("Remove"), this))
    , m_addClaim(new QPushButton(tr("Add &Claim"), this))
    , m_removeClaim(new QPushButton(tr("Remove Claim"), this))
    , m_cite(new QPushButton(tr("C&ite Evidence…"), this))
    , m_uncite(new QPushButton(tr("Remove Citation"), this))
    , m_statement(new QPushButton(tr("&Statement…"), this))
    , m_requests(new QPushButton(tr("Claims for &Relief…"), this))
    , m_continuing(new QPushButton(tr("C&ontinuing…"), this))
    , m_summary(new QLabel(this))
    , m_liability(new ClaimLiabilityBar(library, undo, this))
{
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(headedBox(tr("Chronology"), chronologyButtons(), m_chronology, split));
    split->addWidget(headedBox(tr("Claims and proof"), claimButtons(), m_tabs, split));
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    // The claims and their elements are the work: they get most of the height from the start.
    split->setSizes({ 200, 500 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    setUpChronology();
    setUpProofTabs();
    connectChronology(library);
    connectClaims();
    updateActions();
}

// The chronology, in date order.
void FactsPanel::setUpChronology()
{
    m_chronologySort->setSourceModel(m_chronologyModel);
    m_chronologySort->setSortRole(ChronologyModel::SortRole);
    m_chronology->setModel(m_chronologySort);
    m_chronology->setSortingEnabled(true);
    m_chronology->sortByColumn(ChronologyModel::Date, Qt::AscendingOrder);
    m_chronology->horizontalHeader()->setSectionResizeMode(
        ChronologyModel::Fact, QHeaderView::Stretch);
}

QLayout *FactsPanel::chronologyButtons()
{
    auto *eventButtons = new QHBoxLayout;
    eventButtons->addWidget(m_addEvent);
    eventButtons->addWidget(m_editEvent);
    eventButtons->addWidget(m_removeEvent);
    return eventButtons;
}

QLayout *FactsPanel::claimButtons()
{
    for (const Theory &t : theoryCatalogue().theories())
        if (t.kind != TheoryKind::CommonCore)
            m_theory->addItem(u"%1 %2"_s.arg(t.code, t.nameZh), t.id);
    m_status->addItem(tr("Mark as…"), -1);
    for (ElementStatus s : { ElementStatus::Unproven, ElementStatus::Supported,
             ElementStatus::Disputed, ElementStatus::Proven })
        m_status->addItem(toDisplay(s), static_cast<int>(s));
    // The theories' names are long: the box shows some 24 characters, its list them whole.
    m_theory->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_theory->setMinimumContentsLength(24);
    auto *claimButtons = new FlowLayout;
    for (QWidget *w : std::initializer_list<QWidget *> { m_theory, m_addClaim, m_removeClaim,
             m_status, m_cite, m_uncite, m_statement, m_requests, m_continuing, m_liability })
        claimButtons->addWidget(w);
    m_continuing->setObjectName(u"continuing"_s);
    m_continuing->setToolTip(tr("Mark the claim's conduct as continuing until a date (data still "
                                "held and used), so that law in force by then applies"));
    m_statement->setToolTip(
        tr("How the case meets the element, in your words: the complaint's reasons use it"));
    m_requests->setToolTip(tr("The 诉讼请求 of the complaint, one per line (amounts and costs are "
                              "added from the damages worksheet)"));
    return claimButtons;
}

// The claims, element by element; exhibits are dropped onto an element to cite them. The
// elements take the width; beside them the exhibits to drag and the law to read.
QWidget *FactsPanel::elementsTab()
{
    m_elements->setModel(m_proofModel);
    m_elements->setAcceptDrops(true);
    m_elements->setDragDropMode(QAbstractItemView::DropOnly);
    m_elements->setDropIndicatorShown(true);
    QHeaderView *header = m_elements->horizontalHeader();
    header->setSectionResizeMode(ProofModel::Element, QHeaderView::Stretch);
    header->setSectionResizeMode(ProofModel::Burden, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProofModel::Status, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProofModel::Evidence, QHeaderView::Interactive);
    header->resizeSection(ProofModel::Claim, 110);
    header->resizeSection(ProofModel::Evidence, 120);
    m_law->setPlaceholderText(tr("Select an element to read the articles it rests on."));
    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(exhibitsBox());
    side->addWidget(m_law);
    side->setSizes({ 200, 400 });
    auto *elementsSplit = new QSplitter(Qt::Horizontal, this);
    elementsSplit->addWidget(m_elements);
    elementsSplit->addWidget(side);
    elementsSplit->setStretchFactor(0, 3);
    elementsSplit->setStretchFactor(1, 2);
    elementsSplit->setSizes({ 600, 400 });
    return elementsSplit;
}

QWidget *FactsPanel::exhibitsBox()
{
    m_exhibits->setModel(m_exhibitModel);
    for (int c = 0; c < EvidenceModel::ColumnCount; ++c)
        m_exhibits->setColumnHidden(c, c != EvidenceModel::Exhibit && c != EvidenceModel::Title);
    m_exhibits->horizontalHeader()->setSectionResizeMode(
        EvidenceModel::Title, QHeaderView::Stretch);
    m_exhibits->setDragEnabled(true);
    m_exhibits->setDragDropMode(QAbstractItemView::DragOnly);
    m_exhibits->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_exhibits->setToolTip(tr("Drag an exhibit onto an element to cite it"));
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Exhibits (drag onto an element):"), box));
    layout->addWidget(m_exhibits);
    return box;
}

void FactsPanel::setUpProofTabs()
{
    m_matrix->setModel(m_matrixModel);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->horizontalHeader()->setDefaultSectionSize(64);
    m_tabs->addTab(elementsTab(), tr("Elements"));
    m_tabs->addTab(m_matrix, tr("Matrix"));
    m_tabs->addTab(m_gapReport, tr("Gaps"));
    m_tabs->addTab(m_requestList, tr("Claims for Relief"));
    connect(m_gapReport, &GapReportView::exportRequested, this, &FactsPanel::exportGaps);
}

void FactsPanel::connectChronology(Library &library)
{
    connect(m_addEvent, &QPushButton::clicked, this, &FactsPanel::addEvent);
    connect(m_editEvent, &QPushButton::clicked, this, &FactsPanel::editEvent);
    connect(m_chronology, &QTableView::doubleClicked, this, &FactsPanel::editEvent);
    connect(m_removeEvent, &QPushButton::clicked, this, &FactsPanel::removeEvent);
    // The law in time reads the facts' dates: a changed chronology changes the warnings.
    connect(&library.events(), &EventStore::eventsChanged, this, [this](qint64 caseId) {
        if (caseId == m_caseId)
            m_proofModel->setCase(m_caseId);
    });
    connect(m_chronology->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &FactsPanel::updateActions);
    connect(m_chronologyModel, &QAbstractItemModel::modelReset, m_chronology,
        &QTableView::resizeRowsToContents);
    connect(m_chronologyModel, &QAbstractItemModel::modelReset, this, &FactsPanel::updateActions);
    // A fact added or removed arrives as a row of its own; a changed one as dataChanged.
    for (const auto change :
        { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_chronologyModel, change, this, [this] {
            m_chronology->resizeRowsToContents();
            updateActions();
        });
    connect(m_chronologyModel, &QAbstractItemModel::dataChanged, m_chronology,
        &QTableView::resizeRowsToContents);
}

void FactsPanel::connectClaims()
{
    connect(m_addClaim, &QPushButton::clicked, this,
        [this] { addClaim(m_theory->currentData().toString()); });
    connect(m_removeClaim, &QPushButton::clicked, this, &FactsPanel::removeClaim);
    connect(m_status, &QComboBox::activated, this, [this](int index) {
        const int status = m_status->itemData(index).toInt();
        m_status->setCurrentIndex(0);
        if (status >= 0)
            setStatus(status);
    });
    connect(m_cite, &QPushButton::clicked, this, &FactsPanel::cite);
    connect(m_elements, &QTableView::doubleClicked, this, &FactsPanel::cite);
    connect(m_uncite, &QPushButton::clicked, this, &FactsPanel::removeCitation);
    connect(m_statement, &QPushButton::clicked, this, &FactsPanel::editStatement);
    connect(m_requests, &QPushButton::clicked, this, &FactsPanel::editRequests);
    connect(m_requestList, &QListWidget::itemActivated, m_requests, &QPushButton::click);
    connect(m_continuing, &QPushButton::clicked, this, &FactsPanel::editContinuing);
    connect(m_liability, &ClaimLiabilityBar::changed, this, &FactsPanel::selectElement);
    connect(m_proofModel, &ProofModel::citeRequested, this, &FactsPanel::citeExhibits);
    connect(m_matrix, &QTableView::clicked, this, [this](const QModelIndex &index) {
        selectElement(index.data(ProofMatrixModel::ClaimIdRole).toLongLong(),
            index.data(ProofMatrixModel::ElementIdRole).toString());
    });
    connect(m_elements->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showLaw();
    });
    // The proof model changes by rows; reloaded() says a case's rows were read again.
    connect(m_proofModel, &ProofModel::reloaded, this, [this] {
        refreshGaps();
        updateActions();
        showLaw();
    });
    connect(m_proofModel, &ProofModel::reloaded, m_elements, &QTableView::resizeRowsToContents);
}

void FactsPanel::setCase(qint64 caseId)
{
    m_caseId = caseId;
    m_chronologyModel->setCase(caseId);
    m_proofModel->setCase(caseId);
    m_matrixModel->setCase(caseId);
    m_exhibitModel->setCase(caseId);
    m_requestList->setCase(caseId);
    setEnabled(caseId != 0);
    refreshGaps();
    updateActions();
}

int FactsPanel::currentElementRow() const
{
    const QModelIndexList rows = m_elements->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

std::optional<ProofModel::Row> FactsPanel::currentProof() const
{
    const int row = currentElementRow();
    if (row < 0)
        return std::nullopt;
    return m_proofModel->row(row);
}

void FactsPanel::selectElement(qint64 claimId, const QString &elementId)
{
    const int row = m_proofModel->rowOf(claimId, elementId);
    if (row < 0)
        return;
    m_tabs->setCurrentIndex(0);
    m_elements->selectRow(row);
    m_elements->scrollTo(m_proofModel->index(row, 0));
}

void FactsPanel::updateActions()
{
    const bool writable = !library().isReadOnly() && m_caseId != 0;
    const bool event = m_chronology->selectionModel()->hasSelection();
    const int row = currentElementRow();
    m_addEvent->setEnabled(writable);
    m_editEvent->setEnabled(writable && event);
    m_removeEvent->setEnabled(writable && event);
    m_addClaim->setEnabled(writable);
    m_removeClaim->setEnabled(writable && row >= 0);
    m_status->setEnabled(writable && row >= 0);
    m_cite->setEnabled(writable && row >= 0);
    m_statement->setEnabled(writable && row >= 0);
    m_continuing->setEnabled(writable && row >= 0);
    m_requests->setEnabled(writable);
    m_uncite->setEnabled(
        writable && row >= 0 && !m_proofModel->row(row).element->citations.isEmpty());
    const ProofModel::Row r = row >= 0 ? m_proofModel->row(row) : ProofModel::Row();
    m_liability->setSelection(m_caseId, r.claim, r.element, writable);
}

void FactsPanel::refreshGaps()
{
    if (!m_caseId) {
        m_gapReport->browser()->clear();
        m_summary->clear();
        return;
    }
    const auto gaps = library().claims().gaps(m_caseId);
    if (!gaps.ok()) {
        m_gapReport->browser()->setPlainText(gaps.error().message);
        return;
    }
    int proven = 0;
    int elements = 0;
    for (const ClaimRecord &c : m_proofModel->claims())
        for (const ClaimElement &e : c.elements) {
            ++elements;
            proven += e.status == ElementStatus::Proven ? 1 : 0;
        }
    m_summary->setText(tr("%1 claim(s), %2 of %3 elements proven, %4 gap(s), %5 exhibit(s) "
                          "proving nothing")
                           .arg(m_proofModel->claims().size())
                           .arg(proven)
                           .arg(elements)
                           .arg(gaps->elementsWithoutEvidence.size())
                           .arg(gaps->evidenceProvingNothing.size()));
    const auto claimed = library().damages().items(m_caseId, scenario::kClaimed);
    m_gapReport->browser()->setHtml(gapReportHtml(gaps.value(), m_proofModel->claims(),
        claimed.ok() ? distressWarnings(claimed.value(), scenario::kClaimed) : QStringList()));
}

void FactsPanel::showLaw()
{
    const int row = currentElementRow();
    if (row < 0) {
        m_law->clear();
        return;
    }
    m_law->setHtml(elementLawHtml(m_proofModel->row(row)));
}

void FactsPanel::addEvent()
{
    EventRecord e;
    e.caseId = m_caseId;
    runEventDialog(e, tr("Add Fact"));
}

void FactsPanel::runEventDialog(const EventRecord &start, const QString &title)
{
    const auto exhibits = library().evidence().items(m_caseId);
    if (!exhibits.ok())
        return Dialogs::error(this, title, exhibits.error().message);
    const auto makeDialog = [&](const EventRecord &r) {
        return std::make_unique<EventDialog>(r, exhibits.value(), this);
    };
    if (start.id != 0) {
        editInDialog(
            this, title, start, makeDialog,
            [this, id = start.id] { return library().events().event(id); },
            [this](const EventRecord &from, const EventRecord &to) {
                return undo().pushCase(
                    m_caseId, std::make_unique<EditEventCommand>(library().events(), from, to));
            });
        return;
    }
    const auto dialog = makeDialog(start);
    while (dialog->exec() == QDialog::Accepted) {
        const Status st = undo().pushCase(
            m_caseId, std::make_unique<AddEventCommand>(library().events(), dialog->event()));
        if (st.ok())
            return;
        Dialogs::error(this, title, st.error().message);
    }
}

std::optional<EventRecord> FactsPanel::selectedEvent() const
{
    const QModelIndexList rows = m_chronology->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_chronologyModel->record(m_chronologySort->mapToSource(rows.first()).row());
}

void FactsPanel::editEvent()
{
    if (const std::optional<EventRecord> selected = selectedEvent())
        runEventDialog(*selected, tr("Edit Fact"));
}

void FactsPanel::removeEvent()
{
    const std::optional<EventRecord> e = selectedEvent();
    if (!e)
        return;
    auto command = std::make_unique<RemoveEventCommand>(library().events(), *e);
    pushEdit(this, undo(), m_caseId, std::move(command), tr("Remove Fact"));
}

void FactsPanel::addClaim(const QString &theoryId)
{
    const Theory *theory = theoryCatalogue().theory(theoryId);
    if (!theory)
        return;
    auto command =
        std::make_unique<AddClaimCommand>(library().claims(), m_caseId, theoryId, theory->nameZh);
    pushEdit(this, undo(), m_caseId, std::move(command), tr("Add Claim"));
}

void FactsPanel::removeClaim()
{
    const auto r = currentProof();
    if (!r)
        return;
    const ClaimRecord claim = *r->claim;
    auto command = std::make_unique<RemoveClaimCommand>(library().claims(), claim);
    pushEdit(this, undo(), m_caseId, std::move(command), tr("Remove Claim"));
}

void FactsPanel::cite()
{
    const auto r = currentProof();
    if (!r)
        return;
    const qint64 claimId = r->claim->id;
    const QString elementId = r->element->id;
    const auto exhibits = library().evidence().items(m_caseId);
    if (!exhibits.ok())
        return Dialogs::error(this, tr("Cite Evidence"), exhibits.error().message);
    CiteDialog dialog(r->element->textZh, exhibits.value(), library().annotations(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.evidenceId())
        return;
    const auto exhibit = library().evidence().item(dialog.evidenceId());
    auto command = std::make_unique<CiteCommand>(library().claims(),
        CiteCommand::What { claimId, elementId, dialog.evidenceId(), dialog.page(), dialog.note(),
            dialog.annotationId() },
        exhibit.ok() ? exhibit->exhibitNumber() : QString());
    pushEdit(this, undo(), m_caseId, std::move(command), tr("Cite Evidence"));
    selectElement(claimId, elementId);
}

void FactsPanel::citeExhibits(
    qint64 claimId, const QString &elementId, const QList<qint64> &evidenceIds)
{
    if (library().isReadOnly())
        return;
    for (qint64 id : evidenceIds) {
        const auto exhibit = library().evidence().item(id);
        if (!exhibit.ok())
            continue;
        auto command = std::make_unique<CiteCommand>(library().claims(),
            CiteCommand::What { claimId, elementId, id, 0, {}, 0 }, exhibit->exhibitNumber());
        if (auto st = undo().pushCase(m_caseId, std::move(command)); !st.ok()) {
            Dialogs::error(this, tr("Cite Evidence"), st.error().message);
            break;
        }
    }
    selectElement(claimId, elementId);
}

void FactsPanel::removeCitation()
{
    const auto r = currentProof();
    if (!r || r->element->citations.isEmpty())
        return;
    const qint64 claimId = r->claim->id;
    const QString elementId = r->element->id;
    // The most recent citation of the element.
    auto command = std::make_unique<UnciteCommand>(
        library().claims(), claimId, elementId, r->element->citations.last());
    pushEdit(this, undo(), m_caseId, std::move(command), tr("Remove Citation"));
    selectElement(claimId, elementId);
}

bool FactsPanel::exportGaps(const QString &path)
{
    const auto gaps = library().claims().gaps(m_caseId);
    const auto owner = library().cases().caseById(m_caseId);
    if (!gaps.ok() || !owner.ok())
        return false;
    return m_gapReport->exportReport(path, owner->title, gaps.value(), m_proofModel->claims());
}

void FactsPanel::editRequests()
{
    const auto stored = library().claims().requests(m_caseId);
    QStringList current = stored.ok() ? stored.value() : QStringList();
    if (current.isEmpty()) // start from the catalogue's wording, to be made the case's own
        current = defaultRequests(m_proofModel->claims());
    const auto text = Dialogs::text(this, tr("Claims for Relief"),
        tr("诉讼请求, one per line. The amounts claimed and 本案诉讼费用由被告负担 are added "
           "from the damages worksheet."),
        current.join(u'\n'), true);
    if (text)
        setRequests(text->split(u'\n', Qt::SkipEmptyParts));
}

void FactsPanel::setRequests(const QStringList &requests)
{
    const auto stored = library().claims().requests(m_caseId);
    const QStringList before = stored.ok() ? stored.value() : QStringList();
    auto command =
        std::make_unique<SetRequestsCommand>(library().claims(), m_caseId, before, requests);
    pushEdit(this, undo(), m_caseId, std::move(command), tr("Claims for Relief"));
}

} // namespace habeas
