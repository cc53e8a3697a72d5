#include "evidencepanel.h"

#include "backgroundjob.h"
#include "cases/casestore.h"
#include "core/clock.h"
#include "dialogs.h"
#include "evidence/evidencequeue.h"
#include "evidence/evidencestore.h"
#include "evidence/evidencetext.h"
#include "evidencedialog.h"
#include "evidenceviewer.h"
#include "flowlayout.h"
#include "itemmodels/evidencemodel.h"
#include "panelwidgets.h"
#include "redactedexport.h"
#include "staleedit.h"
#include "storage/library.h"
#include "undo/evidencecommands.h"
#include "undo/factscommands.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QMutex>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace habeas {

EvidencePanel::EvidencePanel(Library &library, UndoManager &undo, QWidget *parent)
    : CasePanel(library, undo, parent)
    , m_model(new EvidenceModel(library.evidence(), this))
    , m_view(new QTableView(this))
    , m_viewer(new EvidenceViewer(library, undo, this))
    , m_import(new QPushButton(tr("&Import files…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_supplement(new QCheckBox(tr("Supplementary list"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move Do&wn"), this))
    , m_redacted(new QPushButton(tr("Export Re&dacted…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_verify(new QPushButton(tr("&Verify integrity"), this))
    , m_group(new QSpinBox(this))
    , m_hint(new QLabel(tr("Drop screenshots, PDFs, recordings or any other file here. Originals "
                           "are kept byte for "
                           "byte under their SHA-256."),
          this))
    , m_importFolder(new QPushButton(tr("Import &folder…"), this))
    , m_queue(new EvidenceQueue(library, this))
    , m_activity(new ReadingActivity(*m_queue, this))
{
    setAcceptDrops(true);
    setUpView();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttonRow());
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_viewer);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    layout->addWidget(m_hint);
    m_hint->setWordWrap(true);
    connectImport(library);
    connectExhibitActions();
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        inspectSelection();
        if (m_viewer->evidenceId() != selectedId())
            m_viewer->setEvidence(selectedId());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        if (m_viewer->evidenceId() != selectedId())
            m_viewer->setEvidence(selectedId()); // a reset drops the selection silently
    });
    // Imports and removals arrive as rows inserted or removed (the selection is kept).
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EvidencePanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EvidencePanel::updateActions);
    updateActions();
}

void EvidencePanel::setUpView()
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Drag an exhibit to a new place to renumber; files dropped here are imported (below).
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(EvidenceModel::Title, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(EvidenceModel::Purpose, QHeaderView::Stretch);
    auto *openWindow = new QAction(tr("Open in a window"), m_view);
    openWindow->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    openWindow->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(openWindow);
    connect(openWindow, &QAction::triggered, this, &EvidencePanel::openViewerWindow);
    connect(m_view, &QTableView::doubleClicked, this, &EvidencePanel::openViewerWindow);
}

QLayout *EvidencePanel::buttonRow()
{
    m_group->setRange(1, 99);
    m_group->setPrefix(tr("group "));
    m_group->setToolTip(
        tr("The exhibit group (the fact the files prove) new files are numbered in"));
    m_supplement->setToolTip(tr("Import into a new supplementary evidence list (补充证据目录): its "
                                "exhibits are numbered after every group of the earlier lists"));
    m_up->setShortcut(QKeySequence(u"Ctrl+Up"_s));
    m_down->setShortcut(QKeySequence(u"Ctrl+Down"_s));
    m_up->setToolTip(tr("Move the exhibit up in its group and renumber (Ctrl+Up)"));
    m_down->setToolTip(tr("Move the exhibit down in its group and renumber (Ctrl+Down)"));
    m_verify->setObjectName(u"verifyButton"_s);
    auto *buttons = new FlowLayout;
    for (QWidget *w : std::initializer_list<QWidget *> { m_import, m_importFolder, m_group,
             m_supplement, m_edit, m_remove, m_up, m_down, m_redacted })
        buttons->addWidget(w);
    buttons->addTrailingWidget(m_verify);
    return buttons;
}

// Files in: chosen, pasted or dropped, staged off the GUI thread, then read in the background
// with progress and Cancel in the main window's status bar.
void EvidencePanel::connectImport(Library &library)
{
    connect(m_import, &QPushButton::clicked, this, &EvidencePanel::chooseFiles);
    connect(m_importFolder, &QPushButton::clicked, this, &EvidencePanel::chooseFolder);
    auto *paste = new QShortcut(QKeySequence::Paste, m_view);
    paste->setContext(Qt::WidgetWithChildrenShortcut);
    connect(paste, &QShortcut::activated, this, &EvidencePanel::pasteFromClipboard);
    connect(m_queue, &EvidenceQueue::itemProcessed, this, &EvidencePanel::onItemRead);
    connect(m_activity, &ReadingActivity::stopped, this, [this](const QString &stoppedBecause) {
        if (!stoppedBecause.isEmpty())
            emit statusMessage(stoppedBecause);
    });
    connect(
        &library.evidenceText(), &EvidenceText::textChanged, m_model, &EvidenceModel::refreshItem);
    // What an earlier session left unread, once the window is up.
    QTimer::singleShot(0, m_queue, [this] { m_queue->enqueuePending(); });
    connect(&m_watcher, &QFutureWatcher<std::pair<QString, QString>>::finished, this,
        &EvidencePanel::onStagingFinished);
}

void EvidencePanel::connectExhibitActions()
{
    connect(m_remove, &QPushButton::clicked, this, &EvidencePanel::removeExhibit);
    connect(m_up, &QPushButton::clicked, this, [this] { moveExhibit(-1); });
    connect(m_model, &EvidenceModel::moveRequested, this, &EvidencePanel::moveExhibitTo);
    connect(m_down, &QPushButton::clicked, this, [this] { moveExhibit(1); });
    connect(m_redacted, &QPushButton::clicked, this, [this] {
        const auto r = this->library().evidence().item(selectedId());
        if (!r.ok())
            return;
        const QString suffix = r->isPdf() ? u".pdf"_s : u".png"_s;
        const QString path = Dialogs::saveFileName(this, tr("Export Redacted Copy"),
            r->exhibitNumber() + tr(" (redacted)") + suffix,
            r->isPdf() ? tr("PDF (*.pdf)") : tr("PNG image (*.png)"));
        if (!path.isEmpty())
            exportRedacted(path);
    });
    connect(m_edit, &QPushButton::clicked, this, &EvidencePanel::editExhibit);
    connect(m_viewer, &EvidenceViewer::statusMessage, this, &EvidencePanel::statusMessage);
    connect(m_verify, &QPushButton::clicked, this, &EvidencePanel::verify);
}

EvidencePanel::~EvidencePanel()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
    delete m_staged;
}

void EvidencePanel::setCase(qint64 caseId)
{
    m_caseId = caseId;
    m_model->setCase(caseId);
    m_view->resizeColumnToContents(EvidenceModel::Exhibit);
    updateActions();
}

qint64 EvidencePanel::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(EvidenceModel::IdRole).toLongLong();
}

void EvidencePanel::showExhibit(qint64 id, int page, const QString &phrase)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    m_viewer->showPage(page, phrase);
}

EvidenceViewer *EvidencePanel::openViewerWindow()
{
    if (!selectedId())
        return nullptr;
    auto *window = new EvidenceViewer(library(), undo(), this);
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setAsksForPassword(true);
    window->setEvidence(selectedId());
    window->resize(900, 1000);
    window->show();
    connect(window, &EvidenceViewer::statusMessage, this, &EvidencePanel::statusMessage);
    return window;
}

void EvidencePanel::updateActions()
{
    const auto c =
        m_caseId ? library().cases().caseById(m_caseId) : Result<CaseRecord>(Error::notFound({}));
    const bool writable = c.ok() && !c->isTrashed() && !library().isReadOnly() && !isImporting();
    m_import->setEnabled(writable);
    m_importFolder->setEnabled(writable);
    m_remove->setEnabled(writable && selectedId());
    const auto current = library().evidence().item(selectedId());
    const int row = m_model->rowOf(selectedId());
    const auto sameGroup = [&](int other) {
        return current.ok() && other >= 0 && other < m_model->rowCount()
            && m_model->record(other).group == current->group;
    };
    m_up->setEnabled(writable && sameGroup(row - 1));
    m_down->setEnabled(writable && sameGroup(row + 1));
    m_redacted->setEnabled(current.ok() && (current->isPdf() || current->isImage()));
    m_edit->setEnabled(writable && selectedId());
    m_verify->setEnabled(m_model->rowCount() > 0);
}

void EvidencePanel::inspectSelection()
{
    const auto r = library().evidence().item(selectedId());
    if (!r.ok())
        return;
    emit inspect(r->exhibitNumber() + u' ' + r->title,
        { { tr("File"), r->originalName }, { tr("Type"), r->mediaType },
            { tr("Size"), QLocale().formattedDataSize(r->size) }, { u"SHA-256"_s, r->sha256 },
            { tr("Proves"), r->purpose }, { tr("Source"), r->source },
            { tr("Captured"),
                r->capturedAt.isValid() ? QLocale().toString(r->capturedAt, QLocale::ShortFormat)
                                        : QString() },
            { tr("Device"), r->device }, { tr("Operator"), r->operatorName },
            { tr("Notarial certificate"), r->notaryCert }, { tr("Imported"), r->createdAt } });
}

void EvidencePanel::onItemRead(const ProcessOutcome &outcome)
{
    if (outcome.kind == ProcessOutcome::Kind::Encrypted) {
        m_needPassword << outcome.id;
        // Asked once the current event is done, so a dialog never opens inside a signal.
        QTimer::singleShot(0, this, &EvidencePanel::askPasswords);
    }
}

void EvidencePanel::askPasswords()
{
    if (m_askingPassword)
        return;
    m_askingPassword = true;
    while (!m_needPassword.isEmpty()) {
        const auto r = library().evidence().item(m_needPassword.takeFirst());
        if (!r.ok() || r->parseState != EvidenceRecord::ParseState::Encrypted)
            continue;
        const auto password = Dialogs::password(this, tr("Protected PDF"),
            tr("%1 (“%2”) is protected by a password. %3\n\nIts password:")
                .arg(r->exhibitNumber(), r->title, r->parseNote));
        if (password && !password->isEmpty())
            m_queue->enqueue({ r->id }, *password);
    }
    m_askingPassword = false;
}

void EvidencePanel::removeExhibit()
{
    const auto r = library().evidence().item(selectedId());
    if (!r.ok() || !m_remove->isEnabled())
        return;
    if (auto st = undo().pushCase(
            m_caseId, std::make_unique<RemoveEvidenceCommand>(library().evidence(), r.value()));
        !st.ok())
        Dialogs::error(this, tr("Remove exhibit"), st.error().message);
    else
        emit statusMessage(tr("Removed %1. Edit ▸ Undo brings it back.").arg(r->exhibitNumber()));
}

void EvidencePanel::editExhibit()
{
    const auto before = library().evidence().item(selectedId());
    if (!before.ok() || !m_edit->isEnabled())
        return;
    const qint64 id = before->id;
    // When saving fails the dialog comes back with what was typed; a stale edit asks.
    editInDialog(
        this, tr("Edit exhibit"), before.value(),
        [this](const EvidenceRecord &r) { return std::make_unique<EvidenceDialog>(r, this); },
        [this, id] { return library().evidence().item(id); },
        [this](const EvidenceRecord &from, const EvidenceRecord &to) {
            return undo().pushCase(
                m_caseId, std::make_unique<EditEvidenceCommand>(library().evidence(), from, to));
        });
}

void EvidencePanel::verify()
{
    const auto checks = library().evidence().integrityChecks(m_caseId);
    if (!checks.ok()) {
        Dialogs::error(this, tr("Verify integrity"), checks.error().message);
        return;
    }
    using Problem = EvidenceStore::Problem;
    // Re-hashing every original can take minutes on a large case: a worker, with Cancel.
    QFuture<Problem> future =
        QtConcurrent::run([checks = checks.value()](QPromise<Problem> &promise) {
            promise.setProgressRange(0, static_cast<int>(checks.size()));
            for (int i = 0; i < checks.size(); ++i) {
                if (promise.isCanceled())
                    return;
                if (auto problem = EvidenceStore::checkIntegrity(checks.at(i)))
                    promise.addResult(*problem);
                promise.setProgressValue(i + 1);
            }
        });
    m_verify->setEnabled(false);
    const int count = static_cast<int>(checks->size());
    runInBackground(this, tr("Verifying %n original(s)…", nullptr, count), future,
        [this](const QFuture<Problem> &done) {
            updateActions();
            if (done.isCanceled()) {
                emit statusMessage(tr("Verification cancelled."));
                emit verified(false);
                return;
            }
            const QList<Problem> problems = done.results();
            emit verified(problems.isEmpty());
            if (problems.isEmpty()) {
                Dialogs::information(
                    this, tr("Verify integrity"), tr("Every stored original matches its SHA-256."));
                return;
            }
            QStringList lines;
            for (const Problem &p : problems)
                lines << tr("%1: %2").arg(p.exhibit, p.message);
            Dialogs::error(this, tr("Verify integrity"), lines.join(u'\n'));
        });
}

void EvidencePanel::moveExhibit(int delta)
{
    const auto r = library().evidence().item(selectedId());
    if (r.ok() && r->seq + delta >= 1)
        moveExhibitTo(r->id, r->group, r->seq + delta);
}

void EvidencePanel::moveExhibitTo(qint64 id, int group, int position)
{
    const auto r = library().evidence().item(id);
    if (!r.ok() || library().isReadOnly() || (r->group == group && r->seq == position))
        return;
    auto command = std::make_unique<MoveEvidenceCommand>(
        library().evidence(), id, r->group, r->seq, group, position, r->exhibitNumber());
    pushEdit(this, undo(), m_caseId, std::move(command), tr("Move Exhibit"));
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->selectRow(row);
}

bool EvidencePanel::exportRedacted(const QString &target)
{
    const auto job = planRedactedExport(library(), selectedId());
    if (!job.ok()) {
        Dialogs::error(this, tr("Export Redacted Copy"), job.error().message);
        return false;
    }
    // Every page is rasterised at 200 dpi: a worker, with progress and Cancel.
    using Copy = Result<QString>; // the copy's SHA-256
    QFuture<Copy> future = QtConcurrent::run([job = job.value(), target](QPromise<Copy> &promise) {
        std::atomic_bool cancel = false;
        const auto copy =
            writeRedactedCopy(job, target, {}, &cancel, [&promise, &cancel](int done, int all) {
                promise.setProgressRange(0, all);
                promise.setProgressValue(done);
                if (promise.isCanceled())
                    cancel = true;
            });
        if (!promise.isCanceled())
            promise.addResult(copy);
    });
    m_redacted->setEnabled(false);
    runInBackground(this, tr("Burning the redactions into %1…").arg(job->exhibit), future,
        [this, job = job.value(), target](const QFuture<Copy> &done) {
            updateActions();
            if (done.isCanceled() || done.resultCount() == 0) {
                // The copy is written through QSaveFile: a cancelled one never appears.
                emit statusMessage(tr("Export cancelled; nothing was written."));
                emit redactedExported(target, false);
                return;
            }
            const Copy copy = done.result();
            const Status logged =
                copy.ok() ? logRedactedExport(library(), job, copy.value()) : Status(copy.error());
            if (!logged.ok()) {
                Dialogs::error(this, tr("Export Redacted Copy"), logged.error().message);
                emit redactedExported(target, false);
                return;
            }
            emit statusMessage(tr("Wrote %1 with the redactions burned in.").arg(target));
            emit redactedExported(target, true);
        });
    return true;
}

} // namespace habeas
