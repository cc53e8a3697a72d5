// EvidencePanel: bringing files in — the file and folder dialogs, drag and drop, the clipboard,
// staging on a worker thread and recording a few files per turn of the event loop.
#include "cases/casestore.h"
#include "core/clock.h"
#include "dialogs.h"
#include "evidence/evidencequeue.h"
#include "evidence/evidencestore.h"
#include "evidence/evidencetext.h"
#include "evidencedialog.h"
#include "evidencepanel.h"
#include "evidenceviewer.h"
#include "itemmodels/evidencemodel.h"
#include "redactedexport.h"
#include "storage/library.h"
#include "storage/storagebackend.h"
#include "undo/evidencecommands.h"
#include "undo/factscommands.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QElapsedTimer>
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

namespace {

// The files under a folder, in path order; hidden files and anything in a hidden folder are
// not evidence the user chose (.DS_Store, .git). Runs on the import's worker (a folder of
// thousands of files on a network drive takes seconds); stops early when cancelled.
QStringList filesUnder(const QString &folder, const QPromise<std::pair<QString, QString>> &promise)
{
    QStringList files;
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext() && !promise.isCanceled()) {
        const QString path = it.next();
        const QStringList parts = root.relativeFilePath(path).split(u'/');
        if (std::none_of(parts.cbegin(), parts.cend(),
                [](const QString &part) { return part.startsWith(u'.'); }))
            files << path;
    }
    files.sort();
    return files;
}

// The paths given, each folder replaced by the files under it.
QStringList expandFolders(const QStringList &paths, QPromise<std::pair<QString, QString>> &promise)
{
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files << path;
            continue;
        }
        const QStringList under = filesUnder(path, promise);
        if (under.isEmpty())
            promise.addResult(std::pair { path,
                QCoreApplication::translate("habeas::EvidencePanel", "the folder holds no file") });
        files << under;
    }
    return files;
}

} // namespace

void EvidencePanel::chooseFiles()
{
    if (!m_import->isEnabled())
        return;
    const QStringList files = Dialogs::openFileNames(this, tr("Import evidence"));
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
        // Folders are walked on the import's worker, not here.
        files << QFileInfo(url.toLocalFile()).absoluteFilePath();
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
    BlobStorage *blobs = &library().blobs(); // the library outlives the import
    // Hashing and copying happen on a worker; the database is written on this thread after.
    QFuture<std::pair<QString, QString>> future = QtConcurrent::run(
        [paths = files, blobs, staged, mutex](QPromise<std::pair<QString, QString>> &promise) {
            const QStringList found = expandFolders(paths, promise);
            promise.setProgressRange(0, static_cast<int>(found.size()));
            for (int i = 0; i < found.size(); ++i) {
                if (promise.isCanceled())
                    break;
                const auto result = EvidenceStore::stage(*blobs, found.at(i));
                if (result.ok()) {
                    QMutexLocker lock(mutex);
                    staged->append(result.value());
                    promise.addResult(std::pair { found.at(i), QString() });
                } else {
                    promise.addResult(std::pair { found.at(i), result.error().message });
                }
                promise.setProgressValue(i + 1);
            }
            delete mutex;
        });
    m_watcher.setFuture(future);
    // The count is known once the worker has walked the folders among the paths.
    auto *progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, 0, this);
    connect(&m_watcher, &QFutureWatcher<std::pair<QString, QString>>::progressRangeChanged,
        progress, [progress](int, int maximum) {
            progress->setRange(0, maximum);
            progress->setLabelText(tr("Importing %n file(s)…", nullptr, maximum));
        });
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
    m_importLines.clear();
    m_importedCount = 0;
    m_recordIndex = 0;
    m_toRead.clear();
    if (m_watcher.isCanceled()) {
        // Nothing half recorded: the copies already in the store are simply not referenced.
        m_importLines << tr("Import cancelled; nothing was added.");
        discardStaged();
        delete m_staged;
        m_staged = nullptr;
        finishImport();
        return;
    }
    for (const auto &[file, error] : m_watcher.future().results())
        if (!error.isEmpty())
            m_importLines << tr("%1: not imported — %2").arg(QFileInfo(file).fileName(), error);
    recordNextFiles();
}

// Records the staged files for a few milliseconds at a time, letting the event loop run in
// between, so a large import never freezes the window; each file is its own undoable command.
void EvidencePanel::recordNextFiles()
{
    constexpr int kTurnMs = 10;
    QElapsedTimer turn;
    turn.start();
    {
        EvidenceStore::Batch batch(library().evidence());
        EvidenceRecord meta;
        meta.group = m_group->value();
        if (m_supplement->isChecked()) {
            // One new list for the whole import, numbered after every earlier group.
            if (m_recordIndex == 0) {
                const auto next = library().evidence().nextSupplement(m_importCase);
                m_supplementList = next.ok() ? next.value() : EvidenceStore::Supplement {};
            }
            meta.batch = m_supplementList.batch;
            meta.group = std::max(meta.group, m_supplementList.firstGroup);
        }
        for (int n = 0; m_recordIndex < m_staged->size() && (n == 0 || turn.elapsed() < kTurnMs);
             ++n) {
            const StagedFile &staged = m_staged->at(m_recordIndex++);
            meta.title = m_titles.value(staged.path);
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
                ++m_importedCount;
                m_toRead << outcome.id;
                if (!outcome.message.isEmpty())
                    m_importLines << tr("%1 (%2): %3")
                                         .arg(QFileInfo(staged.path).fileName(), outcome.exhibit,
                                             outcome.message);
            } else {
                m_importLines << tr("%1: %2").arg(
                    QFileInfo(staged.path).fileName(), outcome.message);
            }
        }
    }
    if (m_recordIndex < m_staged->size()) {
        emit statusMessage(tr("Recording %1 of %2…").arg(m_recordIndex).arg(m_staged->size()));
        // A timer, not a posted event: posted events run before timers, so a chain of
        // zero-delay turns would starve the window's own timers (repaints, the clock).
        QTimer::singleShot(1, this, &EvidencePanel::recordNextFiles);
        return;
    }
    m_importLines.prepend(tr("Imported %n file(s).", nullptr, m_importedCount));
    m_queue->enqueue(m_toRead);
    discardStaged();
    delete m_staged;
    m_staged = nullptr;
    finishImport();
}

// The copies of files that were staged but not recorded (cancelled, refused) are removed now
// rather than left to `library check --repair`; those a row cites stay.
void EvidencePanel::discardStaged()
{
    if (!m_staged)
        return;
    QStringList hashes;
    for (const StagedFile &staged : std::as_const(*m_staged))
        hashes << staged.sha256;
    if (auto st = library().discardUnreferenced(hashes); !st.ok())
        m_importLines << st.error().message;
}

void EvidencePanel::finishImport()
{
    m_titles.clear();
    updateActions();
    const QString summary = m_importLines.join(u'\n');
    emit statusMessage(m_importLines.first());
    if (m_importLines.size() > 1)
        Dialogs::information(this, tr("Import evidence"), summary);
    emit importFinished(summary);
}

void EvidencePanel::chooseFolder()
{
    if (!m_importFolder->isEnabled())
        return;
    const QString folder = Dialogs::existingDirectory(this, tr("Import a folder"));
    if (!folder.isEmpty())
        importFolder(folder);
}

void EvidencePanel::importFolder(const QString &folder)
{
    importFiles({ folder });
}

void EvidencePanel::pasteFromClipboard()
{
    if (!m_import->isEnabled() || !m_pasted.isValid())
        return;
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    const QImage image =
        data && data->hasImage() ? qvariant_cast<QImage>(data->imageData()) : QImage();
    if (image.isNull()) {
        emit statusMessage(tr("The clipboard holds no image to paste."));
        return;
    }
    const QDateTime now = Clock::now();
    // A file name without colons (Windows refuses them); the title keeps the clock's form.
    const QString file = m_pasted.filePath(
        u"screenshot-%1-%2.png"_s.arg(now.toString(u"yyyyMMdd-HHmmss"_s)).arg(m_titles.size()));
    if (!image.save(file, "PNG")) {
        Dialogs::error(this, tr("Paste"), tr("The pasted image cannot be saved for import."));
        return;
    }
    m_titles.insert(file, u"截图 "_s + now.toString(u"yyyy-MM-dd HH:mm:ss"_s));
    importFiles({ file });
}

} // namespace habeas
