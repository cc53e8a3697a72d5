#include "overviewpanel.h"

#include "casedialog.h"
#include "cases/casestore.h"
#include "cases/eventstore.h"
#include "core/clock.h"
#include "deadlines/deadlinestore.h"
#include "dialogs.h"
#include "staleedit.h"
#include "storage/library.h"
#include "undo/casecommands.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {
enum Field { Number, Court, Cause, Kind, Stage, Filed, Parties, Notes, FieldCount };
}

OverviewPanel::OverviewPanel(Library &library, UndoManager &undo, QWidget *parent)
    : CasePanel(library, undo, parent)
    , m_heading(new QLabel(this))
    , m_form(new QFormLayout)
    , m_dates(new QTableWidget(this))
    , m_edit(new QPushButton(tr("&Edit case…"), this))
    , m_nextDeadline(new QLabel(this))
{
    m_nextDeadline->setWordWrap(true);
    m_nextDeadline->setTextFormat(Qt::PlainText);
    m_nextDeadline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont deadlineFont = m_nextDeadline->font();
    deadlineFont.setBold(true);
    m_nextDeadline->setFont(deadlineFont);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QString labels[FieldCount] = { tr("Case number:"), tr("Court:"), tr("Cause of action:"),
        tr("Kind:"), tr("Stage:"), tr("Filed on:"), tr("Parties:"), tr("Notes:") };
    for (const QString &label : labels) {
        auto *value = new QLabel(this);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_values << value;
        m_form->addRow(label, value);
    }

    m_dates->setColumnCount(3);
    m_dates->setHorizontalHeaderLabels({ tr("Date"), tr("Fact"), tr("Disputed") });
    m_dates->verticalHeader()->hide();
    m_dates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dates->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dates->setWordWrap(true);
    // Facts are sentences: rows grow to show them whole rather than elide them.
    m_dates->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_dates->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_dates->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_dates->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_edit, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_nextDeadline);
    layout->addLayout(m_form);
    layout->addWidget(new QLabel(tr("Key dates"), this));
    layout->addWidget(m_dates, 1);

    connect(m_edit, &QPushButton::clicked, this, &OverviewPanel::editCase);
    connect(&library.cases(), &CaseStore::caseChanged, this, [this](qint64 id) {
        if (id == m_caseId)
            refresh();
    });
    connect(&library.events(), &EventStore::eventsChanged, this, [this](qint64 id) {
        if (id == m_caseId)
            refresh();
    });
    connect(&library.deadlines(), &DeadlineStore::deadlinesChanged, this, [this](qint64 id) {
        if (id == m_caseId)
            showNextDeadline();
    });
    m_edit->setEnabled(!library.isReadOnly());
}

void OverviewPanel::setCase(qint64 caseId)
{
    m_caseId = caseId;
    refresh();
}

void OverviewPanel::refresh()
{
    const auto c =
        m_caseId ? library().cases().caseById(m_caseId) : Result<CaseRecord>(Error::notFound({}));
    if (!c.ok()) {
        m_heading->clear();
        for (QLabel *v : std::as_const(m_values))
            v->clear();
        m_dates->setRowCount(0);
        m_edit->setEnabled(false);
        m_nextDeadline->clear();
        return;
    }
    showNextDeadline();
    m_edit->setEnabled(!library().isReadOnly() && !c->isTrashed());
    m_heading->setText(c->isTrashed() ? tr("%1 (in the trash)").arg(c->title) : c->title);
    const QString none = tr("—");
    const auto orNone = [&](const QString &s) {
        return s.isEmpty() ? none : s;
    };
    m_values[Number]->setText(orNone(c->number));
    m_values[Court]->setText(orNone(c->court));
    m_values[Cause]->setText(orNone(c->cause));
    m_values[Kind]->setText(displayName(c->kind));
    m_values[Stage]->setText(displayName(c->stage));
    m_values[Filed]->setText(
        c->filedOn.isValid() ? QLocale().toString(c->filedOn, QLocale::LongFormat) : none);
    m_values[Parties]->setText(orNone(c->partiesSummary));
    m_values[Notes]->setText(orNone(c->notes));

    const auto events = library().events().events(m_caseId);
    const QList<EventRecord> list = events.ok() ? events.value() : QList<EventRecord>();
    m_dates->setRowCount(static_cast<int>(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const EventRecord &e = list.at(row);
        m_dates->setItem(row, 0, new QTableWidgetItem(e.displayDate()));
        m_dates->setItem(row, 1, new QTableWidgetItem(e.text));
        m_dates->setItem(row, 2, new QTableWidgetItem(e.disputed ? tr("disputed") : QString()));
    }
}

void OverviewPanel::showNextDeadline()
{
    // The case leads with what is due next: the earliest open deadline, overdue ones first.
    const auto statuses = library().deadlines().statuses(m_caseId);
    const DeadlineStatus *next = nullptr;
    if (statuses.ok())
        for (const DeadlineStatus &s : statuses.value())
            if (!s.record.isDone() && s.computed) {
                next = &s;
                break;
            }
    QPalette palette = m_nextDeadline->palette();
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    if (!next) {
        m_nextDeadline->setText(tr("No open deadline."));
        m_nextDeadline->setPalette(palette);
        return;
    }
    const qint64 days = next->daysLeft(Clock::today());
    const QString when = describeDaysLeft(days);
    m_nextDeadline->setText(
        tr("Next deadline: %1, due %2 (%3)")
            .arg(next->title(), QLocale().toString(next->dueDate(), QLocale::LongFormat), when));
    if (days < 0)
        palette.setColor(QPalette::WindowText, QColor(0xC6, 0x28, 0x28));
    m_nextDeadline->setPalette(palette);
}

void OverviewPanel::editCase()
{
    const auto c = library().cases().caseById(m_caseId);
    if (!c.ok())
        return;
    // When saving fails the dialog comes back with what was typed; a stale edit asks.
    editInDialog(
        this, tr("Edit case"), c.value(),
        [this](const CaseRecord &r) { return std::make_unique<CaseDialog>(r, this); },
        [this] { return library().cases().caseById(m_caseId); },
        [this](const CaseRecord &before, const CaseRecord &after) {
            return undo().pushCase(
                m_caseId, std::make_unique<EditCaseCommand>(library().cases(), before, after));
        });
}

} // namespace habeas
