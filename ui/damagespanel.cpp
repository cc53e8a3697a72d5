#include "damagespanel.h"

#include "cases/casestore.h"
#include "damages/courtfee.h"
#include "damages/damagesstore.h"
#include "damages/money.h"
#include "damagesdialog.h"
#include "dialogs.h"
#include "evidence/evidencestore.h"
#include "flowlayout.h"
#include "itemmodels/damagesmodel.h"
#include "law/claimqueries.h"
#include "law/claimstore.h"
#include "publicinterestview.h"
#include "register/registerstore.h"
#include "staleedit.h"
#include "storage/library.h"
#include "undo/damagescommands.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace habeas {

DamagesPanel::DamagesPanel(Library &library, UndoManager &undo, QWidget *parent)
    : CasePanel(library, undo, parent)
    , m_model(new DamagesModel(library.damages(), this))
    , m_scenario(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add item…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_copy(new QPushButton(tr("&Copy scenario to…"), this))
    , m_totals(new QLabel(this))
    , m_feeKind(new QComboBox(this))
    , m_simplified(new QCheckBox(tr("Simplified procedure (halved)"), this))
    , m_ending(new QComboBox(this))
    , m_fee(new QLabel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
{
    setUpView();
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Scenario:"), this));
    top->addWidget(m_scenario, 1);
    top->addWidget(m_copy);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_chartView->setMinimumWidth(380);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(totalsBox());
    lower->addWidget(m_chartView);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);
    lower->setSizes({ 420, 420 });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 3);
    layout->addWidget(lower, 2);

    connect(m_add, &QPushButton::clicked, this, &DamagesPanel::addItem);
    connect(m_edit, &QPushButton::clicked, this, &DamagesPanel::editItem);
    connect(m_remove, &QPushButton::clicked, this, &DamagesPanel::removeItem);
    connect(m_copy, &QPushButton::clicked, this, &DamagesPanel::copyScenario);
    connect(m_view, &QTableView::doubleClicked, this, &DamagesPanel::editItem);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &DamagesPanel::updateActions);
    connect(m_scenario, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setCase(m_caseId, currentScenario());
        refreshTotals();
        updateActions();
    });
    connect(m_feeKind, &QComboBox::currentIndexChanged, this, &DamagesPanel::refreshTotals);
    connect(m_simplified, &QCheckBox::toggled, this, &DamagesPanel::refreshTotals);
    connect(m_ending, &QComboBox::currentIndexChanged, this, &DamagesPanel::refreshTotals);
    connectStores(library);
    updateActions();
}

void DamagesPanel::setUpView()
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(DamagesModel::Item, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(
        DamagesModel::Amount, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(DamagesModel::Head, 150);
    m_view->setColumnWidth(DamagesModel::Basis, 200);
}

// The totals, and the court fee with what it depends on: the kind of case, the procedure, how
// the case ends.
QWidget *DamagesPanel::totalsBox()
{
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setWordWrap(true);
    m_totals->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_fee->setWordWrap(true);
    m_fee->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_feeKind->addItem(tr("Personality-rights case"), static_cast<int>(FeeKind::Personality));
    m_feeKind->addItem(tr("Property case"), static_cast<int>(FeeKind::Property));
    m_feeKind->setToolTip(tr("A claim in contract makes it a property case"));
    m_feeKind->setObjectName(u"feeKind"_s);
    m_ending->setObjectName(u"ending"_s);
    m_fee->setObjectName(u"fee"_s);
    m_ending->addItem(tr("Ends by judgment"), static_cast<int>(CaseEnding::Judgment));
    m_ending->addItem(tr("Mediated (halved, Art. 15)"), static_cast<int>(CaseEnding::Mediation));
    m_ending->addItem(tr("Withdrawn (halved, Art. 15)"), static_cast<int>(CaseEnding::Withdrawal));

    auto *totalsBox = new QGroupBox(tr("Totals"), this);
    auto *totalsLayout = new QVBoxLayout(totalsBox);
    totalsLayout->addWidget(m_totals);
    auto *feeRow = new FlowLayout;
    feeRow->addWidget(new QLabel(tr("Court fee:"), totalsBox));
    feeRow->addWidget(m_feeKind);
    feeRow->addWidget(m_simplified);
    feeRow->addWidget(m_ending);
    totalsLayout->addLayout(feeRow);
    totalsLayout->addWidget(m_fee);
    totalsLayout->addStretch();
    return totalsBox;
}

// What other panels change: the claims (the fee's kind), the items, their exhibits, the parties.
void DamagesPanel::connectStores(Library &library)
{
    connect(&library.claims(), &ClaimStore::claimsChanged, this, [this](qint64 caseId) {
        if (caseId == m_caseId)
            defaultFeeKind();
    });
    connect(&library.damages(), &DamagesStore::damagesChanged, this, [this](qint64 caseId) {
        if (caseId == m_caseId)
            refresh();
    });
    connect(&library.evidence(), &EvidenceStore::evidenceChanged, this, [this](qint64 caseId) {
        if (caseId == m_caseId)
            refresh();
    });
    connect(&library.cases(), &CaseStore::partiesChanged, this, [this](qint64 caseId) {
        if (caseId == m_caseId)
            refresh();
    });
}

QString DamagesPanel::currentScenario() const
{
    return m_scenario->currentData().toString();
}

void DamagesPanel::setScenario(const QString &scenario)
{
    const int index = m_scenario->findData(scenario);
    if (index >= 0)
        m_scenario->setCurrentIndex(index);
}

void DamagesPanel::defaultFeeKind()
{
    // A claim in contract makes it a property case (诉讼费用交纳办法 Art. 13(1)).
    const auto claims = library().claims().claims(m_caseId);
    m_feeKind->setCurrentIndex(m_feeKind->findData(static_cast<int>(
        claims.ok() && pleadsContract(claims.value()) ? FeeKind::Property : FeeKind::Personality)));
}

void DamagesPanel::setCase(qint64 caseId)
{
    m_caseId = caseId;
    defaultFeeKind();
    refreshScenarios();
    refresh();
}

void DamagesPanel::refresh()
{
    if (m_caseId) {
        // A database failure leaves the worksheet without names and says so in the totals.
        const auto parties = library().cases().parties(m_caseId, CaseStore::Trash::Include);
        const auto exhibits = library().evidence().items(m_caseId);
        m_model->setParties(parties.ok() ? parties.value() : QList<PartyRecord>());
        m_model->setExhibits(exhibits.ok() ? exhibits.value() : QList<EvidenceRecord>());
    }
    m_model->setCase(m_caseId, currentScenario());
    refreshTotals();
    refreshChart();
    updateActions();
}

void DamagesPanel::refreshScenarios()
{
    const QString keep = currentScenario();
    const QSignalBlocker blocker(m_scenario);
    m_scenario->clear();
    const auto names =
        m_caseId ? library().damages().scenarios(m_caseId) : Result<QStringList>(QStringList());
    for (const QString &name : names.ok() ? names.value() : QStringList())
        m_scenario->addItem(scenario::displayName(name), name);
    const int index = m_scenario->findData(keep.isEmpty() ? scenario::kClaimed : keep);
    m_scenario->setCurrentIndex(std::max(0, index));
}

void DamagesPanel::refreshTotals()
{
    if (!m_caseId) {
        m_totals->clear();
        m_fee->clear();
        return;
    }
    const auto totals = library().damages().totals(m_caseId, currentScenario());
    if (!totals.ok()) {
        m_totals->setText(totals.error().message.toHtmlEscaped());
        return;
    }
    const QLocale locale;
    const auto partiesResult = library().cases().parties(m_caseId, CaseStore::Trash::Include);
    if (!partiesResult.ok()) {
        m_totals->setText(partiesResult.error().message.toHtmlEscaped());
        return;
    }
    const QList<PartyRecord> &parties = partiesResult.value();
    QString html = u"<table cellspacing=4>"_s;
    const auto row = [&](const QString &label, const QString &value, bool bold = false) {
        html += bold
            ? u"<tr><td><b>%1</b></td><td align=right><b>%2</b></td></tr>"_s.arg(
                label.toHtmlEscaped(), value)
            : u"<tr><td>%1</td><td align=right>%2</td></tr>"_s.arg(label.toHtmlEscaped(), value);
    };
    for (auto it = totals->perHead.cbegin(); it != totals->perHead.cend(); ++it)
        row(headDisplayName(it.key()), formatYuan(it.value(), locale));
    for (auto it = totals->perDefendant.cbegin(); it != totals->perDefendant.cend(); ++it) {
        QString name = QString::number(it.key());
        for (const PartyRecord &p : parties)
            if (p.id == it.key())
                name = p.name;
        row(tr("Against %1").arg(name), formatYuan(it.value(), locale));
    }
    if (totals->jointFen)
        row(tr("of which jointly and severally"), formatYuan(totals->jointFen, locale));
    row(tr("Total"), formatYuan(totals->totalFen, locale), true);
    html += u"</table><p><b>%1</b></p>"_s.arg(chineseCapitals(totals->totalFen).toHtmlEscaped());
    // The scenarios side by side, so the one on screen is read against the others.
    const auto names = library().damages().scenarios(m_caseId);
    QStringList others;
    for (const QString &name : names.ok() ? names.value() : QStringList()) {
        const auto t = library().damages().totals(m_caseId, name);
        if (t.ok() && (t->totalFen > 0 || name == currentScenario()))
            others << u"%1 %2"_s.arg(
                scenario::displayName(name).toHtmlEscaped(), formatYuan(t->totalFen, locale));
    }
    if (others.size() > 1)
        html += u"<p>%1</p>"_s.arg(tr("Scenarios: %1").arg(others.join(u" · "_s)));
    for (const QString &w : totals->warnings)
        html += u"<p style='color:#c01c28'>⚠ %1</p>"_s.arg(w.toHtmlEscaped());
    const auto owner = library().cases().caseById(m_caseId);
    const bool procuratorate = owner.ok() && isPublicInterest(owner->kind);
    if (procuratorate)
        html += publicInterestSummaryHtml(library(), m_caseId, currentScenario(), parties);
    m_totals->setText(html);
    // A procuratorate pays no court fee (SPPR 107): nothing is computed or offered.
    for (QWidget *w : std::initializer_list<QWidget *> { m_feeKind, m_simplified, m_ending })
        w->setVisible(!procuratorate);
    if (procuratorate) {
        m_fee->setText(tr("None: a procuratorate pays no court fee."));
        return;
    }

    const CourtFee fee =
        computeCourtFee(totals->totalFen, static_cast<FeeKind>(m_feeKind->currentData().toInt()),
            m_simplified->isChecked(), static_cast<CaseEnding>(m_ending->currentData().toInt()));
    m_fee->setText(explainCourtFee(fee, locale).join(u'\n'));
}

void DamagesPanel::refreshChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    if (!m_caseId)
        return;
    const auto names = library().damages().scenarios(m_caseId);
    const auto all = library().damages().items(m_caseId);
    if (!names.ok() || !all.ok())
        return;
    QStringList scenarios;
    for (const QString &s : names.value())
        if (std::any_of(all->cbegin(), all->cend(),
                [&](const DamagesRecord &r) { return r.scenario == s; }))
            scenarios << s;
    auto *series = new QStackedBarSeries;
    double maxTotal = 0;
    QList<double> totals(scenarios.size(), 0.0);
    for (DamagesHead head : allDamagesHeads()) {
        QList<qreal> values;
        bool any = false;
        for (int i = 0; i < scenarios.size(); ++i) {
            qint64 fen = 0;
            for (const DamagesRecord &r : all.value())
                if (r.scenario == scenarios.at(i) && r.head == head)
                    fen += r.amountFen;
            any = any || fen > 0;
            values << fen / 100.0; // display only; every figure shown as text stays in fen
            totals[i] += fen / 100.0;
        }
        if (!any)
            continue;
        auto *set = new QBarSet(headDisplayName(head));
        set->append(values);
        series->append(set);
    }
    for (double t : totals)
        maxTotal = std::max(maxTotal, t);
    m_chart->addSeries(series);
    QStringList labels;
    for (const QString &s : scenarios)
        labels << scenario::displayName(s);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    m_chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, maxTotal > 0 ? maxTotal * 1.1 : 1);
    values->setLabelFormat(u"%.0f"_s);
    values->applyNiceNumbers();
    values->setTitleText(tr("yuan"));
    m_chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    m_chart->setTitle(tr("Heads of damage per scenario"));
}

QString DamagesPanel::totalsText() const
{
    return m_totals->text() + u'\n' + m_fee->text();
}

qint64 DamagesPanel::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(DamagesModel::IdRole).toLongLong();
}

void DamagesPanel::updateActions()
{
    const auto c =
        m_caseId ? library().cases().caseById(m_caseId) : Result<CaseRecord>(Error::notFound({}));
    const bool writable = c.ok() && !c->isTrashed() && !library().isReadOnly();
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && selectedId());
    m_remove->setEnabled(writable && selectedId());
    m_copy->setEnabled(writable && m_model->rowCount() > 0);
}

void DamagesPanel::addItem()
{
    if (!m_add->isEnabled())
        return;
    DamagesRecord blank;
    blank.caseId = m_caseId;
    blank.scenario = currentScenario();
    blank.head = DamagesHead::RightsProtectionCost;
    blank.basis = defaultBasis(blank.head);
    const auto lists = dialogLists();
    if (!lists.ok())
        return Dialogs::error(this, tr("Add damages item"), lists.error().message);
    const QList<PartyRecord> &parties = lists->parties;
    // With one defendant, that is who the item is claimed against.
    const auto defendants = std::count_if(parties.cbegin(), parties.cend(),
        [](const PartyRecord &p) { return p.role == PartyRole::Defendant; });
    for (const PartyRecord &p : parties)
        if (p.role == PartyRole::Defendant && defendants == 1)
            blank.defendantIds << p.id;
    DamagesDialog dialog(blank, parties, lists->scenarios, lists->exhibits, this);
    if (lists->registerStats)
        dialog.setRegisterStats(*lists->registerStats);
    DamagesRecord record;
    // When saving fails the dialog comes back with what was typed.
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return;
        record = dialog.record();
        const Status st = undo().pushCase(
            m_caseId, std::make_unique<AddDamagesCommand>(library().damages(), record));
        if (st.ok())
            break;
        Dialogs::error(this, tr("Add damages item"), st.error().message);
    }
    if (record.scenario != currentScenario()) {
        refreshScenarios();
        setScenario(record.scenario);
    }
}

void DamagesPanel::editItem()
{
    const qint64 id = selectedId();
    if (!id || !m_edit->isEnabled())
        return;
    const auto before = library().damages().item(id);
    if (!before.ok())
        return Dialogs::error(this, tr("Edit damages item"), before.error().message);
    const auto lists = dialogLists();
    if (!lists.ok())
        return Dialogs::error(this, tr("Edit damages item"), lists.error().message);
    // When saving fails the dialog comes back with what was typed; a stale edit asks.
    editInDialog(
        this, tr("Edit damages item"), before.value(),
        [this, &lists](const DamagesRecord &r) {
            auto dialog = std::make_unique<DamagesDialog>(
                r, lists->parties, lists->scenarios, lists->exhibits, this);
            if (lists->registerStats)
                dialog->setRegisterStats(*lists->registerStats);
            return dialog;
        },
        [this, id] { return library().damages().item(id); },
        [this](const DamagesRecord &from, const DamagesRecord &to) {
            return undo().pushCase(
                m_caseId, std::make_unique<EditDamagesCommand>(library().damages(), from, to));
        });
}

Result<DamagesPanel::DialogLists> DamagesPanel::dialogLists()
{
    auto parties = library().cases().parties(m_caseId);
    if (!parties.ok())
        return parties.error();
    auto scenarios = library().damages().scenarios(m_caseId);
    if (!scenarios.ok())
        return scenarios.error();
    auto exhibits = library().evidence().items(m_caseId);
    if (!exhibits.ok())
        return exhibits.error();
    RegisterStore registers(library());
    const auto hasRegister = registers.hasRegister(m_caseId);
    if (!hasRegister.ok())
        return hasRegister.error();
    std::optional<RegisterStats> stats;
    if (hasRegister.value()) {
        const auto read = registers.stats(m_caseId);
        if (!read.ok())
            return read.error();
        stats = read.value();
    }
    return DialogLists { std::move(parties).value(), std::move(scenarios).value(),
        std::move(exhibits).value(), std::move(stats) };
}

void DamagesPanel::removeItem()
{
    const qint64 id = selectedId();
    if (!id || !m_remove->isEnabled())
        return;
    const auto item = library().damages().item(id);
    if (!item.ok())
        return;
    if (auto st = undo().pushCase(
            m_caseId, std::make_unique<RemoveDamagesCommand>(library().damages(), item.value()));
        !st.ok())
        Dialogs::error(this, tr("Remove damages item"), st.error().message);
}

void DamagesPanel::copyScenario()
{
    if (!m_copy->isEnabled())
        return;
    const QString target = Dialogs::text(this, tr("Copy scenario"),
        tr("Copy every item of “%1” into the scenario named:")
            .arg(scenario::displayName(currentScenario())),
        QString())
                               .value_or(QString())
                               .trimmed();
    if (target.isEmpty() || target == currentScenario())
        return;
    if (auto st = undo().pushCase(m_caseId,
            std::make_unique<CopyScenarioCommand>(
                library().damages(), m_caseId, currentScenario(), target));
        !st.ok()) {
        Dialogs::error(this, tr("Copy scenario"), st.error().message);
        return;
    }
    refreshScenarios();
    setScenario(target);
}

} // namespace habeas
