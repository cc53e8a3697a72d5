#include "deadlinespanel.h"

#include "cases/eventstore.h"
#include "core/clock.h"
#include "deadlinedialog.h"
#include "deadlines/deadlinestore.h"
#include "deadlines/icalendar.h"
#include "dialogs.h"
#include "documentregister.h"
#include "itemmodels/deadlinemodel.h"
#include "panelwidgets.h"
#include "staleedit.h"
#include "storage/filesync.h"
#include "storage/library.h"
#include "undo/deadlinecommands.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace habeas {

DeadlineList::DeadlineList(Library &library, UndoManager &undo, bool allCases, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_undo(undo)
    , m_allCases(allCases)
    , m_model(new DeadlineModel(library.deadlines(), this))
    , m_filter(new DeadlineFilter(this))
    , m_view(rowTableView(this))
    , m_show(new QComboBox(this))
    , m_details(new QLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_done(new QPushButton(tr("Mark &Done"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_export(new QPushButton(tr("E&xport Calendar (.ics)…"), this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setDynamicSortFilter(true);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DeadlineModel::Due, Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setColumnHidden(DeadlineModel::Case, !allCases);

    const std::pair<DeadlineFilter::Show, QString> shows[] = {
        { DeadlineFilter::Show::Open, tr("Open") },
        { DeadlineFilter::Show::Overdue, tr("Overdue") },
        { DeadlineFilter::Show::Within7, tr("Due within 7 days") },
        { DeadlineFilter::Show::Within30, tr("Due within 30 days") },
        { DeadlineFilter::Show::Done, tr("Done") },
        { DeadlineFilter::Show::All, tr("All") },
    };
    for (const auto &[show, label] : shows)
        m_show->addItem(label, static_cast<int>(show));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(80);
    m_add->setVisible(!allCases);
    m_export->setObjectName(u"exportCalendar"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_show);
    top->addStretch(1);
    top->addWidget(m_add);
    top->addWidget(m_edit);
    top->addWidget(m_done);
    top->addWidget(m_remove);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);

    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setShow(static_cast<DeadlineFilter::Show>(m_show->currentData().toInt()));
        updateDetails();
    });
    connect(m_add, &QPushButton::clicked, this, &DeadlineList::addDeadline);
    connect(m_edit, &QPushButton::clicked, this, &DeadlineList::editDeadline);
    connect(m_done, &QPushButton::clicked, this, &DeadlineList::toggleDone);
    connect(m_remove, &QPushButton::clicked, this, &DeadlineList::removeDeadline);
    connect(m_export, &QPushButton::clicked, this, &DeadlineList::exportCalendar);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &DeadlineList::updateDetails);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &DeadlineList::updateDetails);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &DeadlineList::updateDetails);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_allCases)
            emit openCaseRequested(index.data(DeadlineModel::CaseIdRole).toLongLong(),
                index.data(DeadlineModel::IdRole).toLongLong());
        else
            editDeadline();
    });
    if (allCases)
        setCase(0);
    updateDetails();
}

void DeadlineList::setCase(qint64 caseId)
{
    m_caseId = caseId;
    if (!m_allCases && caseId == 0) {
        m_model->setCase(-1);
    } else {
        m_model->setCase(m_allCases ? 0 : caseId);
    }
    updateDetails();
}

qint64 DeadlineList::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(DeadlineModel::IdRole).toLongLong();
}

void DeadlineList::select(qint64 deadlineId)
{
    const int row = m_model->rowOf(deadlineId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_view->selectRow(index.row());
}

void DeadlineList::updateDetails()
{
    const bool writable = !m_library.isReadOnly();
    const qint64 id = selectedId();
    const int row = id ? m_model->rowOf(id) : -1;
    m_add->setEnabled(writable && m_caseId > 0);
    m_edit->setEnabled(writable && row >= 0);
    m_remove->setEnabled(writable && row >= 0);
    m_done->setEnabled(writable && row >= 0);
    m_export->setEnabled(m_model->rowCount() > 0);
    if (row < 0) {
        m_details->setText(m_model->lastError());
        m_done->setText(tr("Mark &Done"));
        return;
    }
    const DeadlineStatus &s = m_model->status(row);
    m_done->setText(s.record.isDone() ? tr("Re&open") : tr("Mark &Done"));
    QStringList lines;
    lines << (s.computed ? tr("%1 — due %2").arg(s.title(), s.dueDate().toString(Qt::ISODate))
                         : tr("%1 — %2").arg(s.title(), s.problem));
    if (const QString basis = basisText(s.record.kind); !basis.isEmpty())
        lines << tr("Basis: %1; counted under %2.").arg(basis, countingBasisText(s.record.kind));
    lines << tr("Starts from: %1").arg(s.startSource);
    if (s.computed)
        lines += s.due.working;
    for (const QString &w : s.warnings)
        lines << tr("Warning: %1").arg(w);
    if (!s.record.note.isEmpty())
        lines << s.record.note;
    m_details->setText(lines.join(u'\n'));
}

bool DeadlineList::runDialog(const DeadlineRecord &record)
{
    const auto events = m_library.events().events(record.caseId);
    const auto documents = DocumentRegister(m_library).list(record.caseId);
    const auto makeDialog = [&](const DeadlineRecord &r) {
        return std::make_unique<DeadlineDialog>(m_library.deadlines(), r,
            events.ok() ? events.value() : QList<EventRecord>(),
            documents.ok() ? documents.value() : QList<GeneratedDocument>(), this);
    };
    if (record.id != 0) {
        // A failed save brings the dialog back with what was typed; a stale one asks.
        return editInDialog(
            this, tr("Deadline"), record, makeDialog,
            [&] { return m_library.deadlines().deadline(record.id); },
            [&](const DeadlineRecord &from, const DeadlineRecord &to) {
                return m_undo.pushCase(record.caseId,
                    std::make_unique<EditDeadlineCommand>(m_library.deadlines(), from, to));
            });
    }
    const auto dialog = makeDialog(record);
    if (dialog->exec() != QDialog::Accepted)
        return false;
    auto command = std::make_unique<AddDeadlineCommand>(m_library.deadlines(), dialog->record());
    auto *added = command.get();
    const Status st = m_undo.pushCase(record.caseId, std::move(command));
    if (st.ok())
        select(added->createdId());
    if (!st.ok())
        Dialogs::error(this, tr("Deadline"), st.error().message);
    return st.ok();
}

void DeadlineList::addDeadline()
{
    if (m_caseId <= 0)
        return;
    DeadlineRecord r;
    r.caseId = m_caseId;
    r.kind = DeadlineKind::Answer;
    r.fromDate = Clock::today();
    runDialog(r);
}

void DeadlineList::editDeadline()
{
    const auto r = m_library.deadlines().deadline(selectedId());
    if (!r.ok())
        return;
    runDialog(r.value());
}

void DeadlineList::toggleDone()
{
    const auto r = m_library.deadlines().deadline(selectedId());
    if (!r.ok())
        return;
    if (auto st = m_undo.pushCase(r->caseId,
            std::make_unique<SetDeadlineDoneCommand>(
                m_library.deadlines(), r.value(), !r->isDone()));
        !st.ok())
        Dialogs::error(this, tr("Deadline"), st.error().message);
    updateDetails();
}

void DeadlineList::removeDeadline()
{
    const auto r = m_library.deadlines().deadline(selectedId());
    if (!r.ok())
        return;
    if (auto st = m_undo.pushCase(
            r->caseId, std::make_unique<RemoveDeadlineCommand>(m_library.deadlines(), r.value()));
        !st.ok())
        Dialogs::error(this, tr("Deadline"), st.error().message);
}

void DeadlineList::exportCalendar()
{
    const auto statuses = m_library.deadlines().statuses(m_allCases ? 0 : m_caseId);
    if (!statuses.ok()) {
        Dialogs::error(this, tr("Export calendar"), statuses.error().message);
        return;
    }
    const QString path = Dialogs::saveFileName(this, tr("Export calendar"),
        QDir::home().filePath(
            m_allCases ? u"habeas-deadlines.ics"_s : u"habeas-case-%1.ics"_s.arg(m_caseId)),
        tr("iCalendar (*.ics)"));
    if (path.isEmpty())
        return;
    const auto events = calendarEvents(statuses.value(), m_library.deadlines().calendarUidPrefix());
    const QByteArray bytes = writeICalendar(events, Clock::now());
    if (const auto written = FileSync::writeAtomically(path, bytes); !written.ok()) {
        Dialogs::error(this, tr("Export calendar"), written.error().message);
        return;
    }
    Dialogs::information(this, tr("Export calendar"),
        tr("Wrote %n open deadline(s) to %1.", nullptr, static_cast<int>(events.size()))
            .arg(QDir::toNativeSeparators(path)));
}

DeadlinesPanel::DeadlinesPanel(Library &library, UndoManager &undo, QWidget *parent)
    : CasePanel(library, undo, parent)
    , m_list(new DeadlineList(library, undo, false, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
}

void DeadlinesPanel::setCase(qint64 caseId)
{
    m_list->setCase(caseId);
}

DeadlinesWindow::DeadlinesWindow(Library &library, UndoManager &undo, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_list(new DeadlineList(library, undo, true, this))
{
    setWindowTitle(tr("Deadlines — all cases"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    resize(900, 520);
}

} // namespace habeas
