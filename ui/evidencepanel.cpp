#include "evidencepanel.h"

#include "cases/casestore.h"
#include "dialogs.h"
#include "evidence/evidencestore.h"
#include "evidencedialog.h"
#include "evidenceviewer.h"
#include "itemmodels/evidencemodel.h"
#include "storage/library.h"
#include "undo/evidencecommands.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QMutex>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
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
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_verify(new QPushButton(tr("&Verify integrity"), this))
    , m_group(new QSpinBox(this))
    , m_hint(new QLabel(tr("Drop screenshots, PDFs, recordings or any other file here. Originals "
                           "are kept byte for "
                           "byte under their SHA-256."),
          this))
{
    setAcceptDrops(true);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(EvidenceModel::Title, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(EvidenceModel::Purpose, QHeaderView::Stretch);
    m_group->setRange(1, 99);
    m_group->setPrefix(tr("group "));
    m_group->setToolTip(
        tr("The exhibit group (the fact the files prove) new files are numbered in"));
    m_hint->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_group);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_verify);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_viewer);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    layout->addWidget(m_hint);

    connect(m_import, &QPushButton::clicked, this, &EvidencePanel::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &EvidencePanel::removeExhibit);
    connect(m_edit, &QPushButton::clicked, this, &EvidencePanel::editExhibit);
    connect(m_view, &QTableView::doubleClicked, this, &EvidencePanel::openViewerWindow);
    auto *openWindow = new QAction(tr("Open in a window"), m_view);
    openWindow->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    openWindow->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(openWindow);
    connect(openWindow, &QAction::triggered, this, &EvidencePanel::openViewerWindow);
    connect(m_viewer, &EvidenceViewer::statusMessage, this, &EvidencePanel::statusMessage);
    connect(m_verify, &QPushButton::clicked, this, &EvidencePanel::verify);
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
    connect(&m_watcher, &QFutureWatcher<std::pair<QString, QString>>::finished, this,
        &EvidencePanel::onStagingFinished);
    updateActions();
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
    m_remove->setEnabled(writable && selectedId());
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

void EvidencePanel::chooseFiles()
{
    if (!m_import->isEnabled())
        return;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import evidence"));
    if (!files.isEmpty())
        importFiles(files);
}

void EvidencePanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && m_import->isEnabled())
        event->acceptProposedAction();
}

void EvidencePanel::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (info.isDir()) {
            // A whole folder: its files, in name order, not recursing into subfolders.
            const QDir dir(info.absoluteFilePath());
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                files << dir.filePath(name);
        } else {
            files << info.absoluteFilePath();
        }
    }
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        importFiles(files);
    }
}

void EvidencePanel::importFiles(const QStringList &files)
{
    if (isImporting() || !m_caseId || library().isReadOnly())
        return;
    m_importCase = m_caseId;
    delete m_staged;
    m_staged = new QList<StagedFile>;
    auto *staged = m_staged;
    auto *mutex = new QMutex;
    const QString blobs = library().blobsPath();
    // Hashing and copying happen on a worker; the database is written on this thread after.
    QFuture<std::pair<QString, QString>> future = QtConcurrent::run(
        [files, blobs, staged, mutex](QPromise<std::pair<QString, QString>> &promise) {
            promise.setProgressRange(0, static_cast<int>(files.size()));
            for (int i = 0; i < files.size(); ++i) {
                if (promise.isCanceled())
                    break;
                const auto result = EvidenceStore::stage(blobs, files.at(i));
                if (result.ok()) {
                    QMutexLocker lock(mutex);
                    staged->append(result.value());
                    promise.addResult(std::pair { files.at(i), QString() });
                } else {
                    promise.addResult(std::pair { files.at(i), result.error().message });
                }
                promise.setProgressValue(i + 1);
            }
            delete mutex;
        });
    m_watcher.setFuture(future);
    auto *progress =
        new QProgressDialog(tr("Importing %n file(s)…", nullptr, static_cast<int>(files.size())),
            tr("Cancel"), 0, static_cast<int>(files.size()), this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(&m_watcher, &QFutureWatcher<std::pair<QString, QString>>::progressValueChanged,
        progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, &m_watcher,
        &QFutureWatcher<std::pair<QString, QString>>::cancel);
    connect(&m_watcher, &QFutureWatcher<std::pair<QString, QString>>::finished, progress,
        &QWidget::close);
    updateActions();
}

void EvidencePanel::onStagingFinished()
{
    const bool cancelled = m_watcher.isCanceled();
    QStringList lines;
    int imported = 0;
    if (cancelled) {
        // Nothing half recorded: the copies already in the store are simply not referenced.
        lines << tr("Import cancelled; nothing was added.");
    } else {
        for (const auto &[file, error] : m_watcher.future().results())
            if (!error.isEmpty())
                lines << tr("%1: not imported — %2").arg(QFileInfo(file).fileName(), error);
        EvidenceRecord meta;
        meta.group = m_group->value();
        for (const StagedFile &staged : std::as_const(*m_staged)) {
            auto command = std::make_unique<ImportEvidenceCommand>(
                library().evidence(), m_importCase, staged, meta);
            auto *raw = command.get();
            const ImportOutcome outcome = [&] {
                const Status st = undo().pushCase(m_importCase, std::move(command));
                if (st.ok())
                    return raw->outcome();
                ImportOutcome failed;
                failed.path = staged.path;
                failed.message = st.error().message;
                return failed;
            }();
            if (outcome.kind == ImportOutcome::Kind::Imported) {
                ++imported;
                if (!outcome.message.isEmpty())
                    lines << tr("%1 (%2): %3")
                                 .arg(QFileInfo(staged.path).fileName(), outcome.exhibit,
                                     outcome.message);
            } else {
                lines << tr("%1: %2").arg(QFileInfo(staged.path).fileName(), outcome.message);
            }
        }
        lines.prepend(tr("Imported %n file(s).", nullptr, imported));
    }
    delete m_staged;
    m_staged = nullptr;
    updateActions();
    const QString summary = lines.join(u'\n');
    emit statusMessage(lines.first());
    if (lines.size() > 1)
        Dialogs::information(this, tr("Import evidence"), summary);
    emit importFinished(summary);
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
    EvidenceDialog dialog(before.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const EvidenceRecord after = dialog.record();
    if (auto st = undo().pushCase(m_caseId,
            std::make_unique<EditEvidenceCommand>(library().evidence(), before.value(), after));
        !st.ok())
        Dialogs::error(this, tr("Edit exhibit"), st.error().message);
}

void EvidencePanel::verify()
{
    const auto problems = library().evidence().verify(m_caseId);
    if (!problems.ok()) {
        Dialogs::error(this, tr("Verify integrity"), problems.error().message);
        return;
    }
    if (problems->isEmpty()) {
        Dialogs::information(
            this, tr("Verify integrity"), tr("Every stored original matches its SHA-256."));
        return;
    }
    QStringList lines;
    for (const auto &p : problems.value())
        lines << tr("%1: %2").arg(p.exhibit, p.message);
    Dialogs::error(this, tr("Verify integrity"), lines.join(u'\n'));
}

} // namespace habeas
