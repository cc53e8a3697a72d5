#include "bundletransfer.h"

#include "bundle/casebundle.h"
#include "bundlepassphrasedialog.h"
#include "caselistpanel.h"
#include "cases/casestore.h"
#include "dialogs.h"
#include "storage/library.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMainWindow>
#include <QMimeData>
#include <QProgressDialog>
#include <QPromise>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

constexpr int kSteps = 1000; // the progress bar's range: permille of the bytes

// The worker's own library: the window's connection belongs to the GUI thread.
template<typename Work> BundleJobResult onOwnLibrary(const LibraryLocation &at, Work work)
{
    BundleJobResult result;
    auto library = Library::open(at, Library::OpenMode::AnotherConnection);
    if (!library.ok()) {
        result.failure = bundle::Failure::other(library.error());
        return result;
    }
    return work(*library.value());
}

QString droppedBundle(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && BundleTransfer::isBundleFile(url.toLocalFile()))
            return url.toLocalFile();
    return {};
}

} // namespace

BundleTransfer::BundleTransfer(Library &library, CaseListPanel *caseList, QMainWindow *window)
    : QObject(window)
    , m_library(library)
    , m_caseList(caseList)
    , m_window(window)
    , m_export(new QAction(tr("E&xport Case…"), this))
    , m_import(new QAction(tr("&Import Case…"), this))
    , m_importReview(new QAction(tr("Import &Review Comments…"), this))
{
    m_export->setShortcut(QKeySequence(u"Ctrl+Shift+E"_s));
    m_import->setShortcut(QKeySequence(u"Ctrl+Shift+I"_s));
    connect(
        m_export, &QAction::triggered, this, [this] { exportCase(m_caseList->currentCaseId()); });
    connect(m_import, &QAction::triggered, this, [this] { importCase(); });
    connect(m_importReview, &QAction::triggered, this,
        [this] { importReview(m_caseList->currentCaseId()); });
    connect(m_caseList, &CaseListPanel::currentCaseChanged, this, &BundleTransfer::updateActions);
    connect(&m_watcher, &QFutureWatcher<BundleJobResult>::finished, this, &BundleTransfer::done);
    // A .habeas dropped anywhere on the window that does not take the drop itself.
    window->setAcceptDrops(true);
    window->installEventFilter(this);
    updateActions();
}

BundleTransfer::~BundleTransfer()
{
    cancel();
    m_watcher.waitForFinished();
}

bool BundleTransfer::isBundleFile(const QString &path)
{
    return path.endsWith(u".habeas"_s, Qt::CaseInsensitive) && QFileInfo(path).isFile();
}

QProgressDialog *BundleTransfer::progressDialog() const
{
    return m_progress.data();
}

void BundleTransfer::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

void BundleTransfer::updateActions()
{
    const bool idle = !m_watcher.isRunning();
    m_export->setEnabled(idle && m_caseList->currentCaseId() != 0);
    m_import->setEnabled(idle && !m_library.isReadOnly());
    m_importReview->setEnabled(idle && !m_library.isReadOnly() && m_caseList->currentCaseId() != 0);
}

bool BundleTransfer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::DragEnter) {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (!droppedBundle(drag->mimeData()).isEmpty() && m_import->isEnabled()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (watched == m_window && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = droppedBundle(drop->mimeData());
        if (!path.isEmpty()) {
            drop->acceptProposedAction();
            // After the drop returns: the drag source should not wait on our dialogs.
            QMetaObject::invokeMethod(
                this, [this, path] { importCase(path); }, Qt::QueuedConnection);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

BundleTransfer::ExportTarget BundleTransfer::askExportTarget(
    QWidget *parent, const QString &title, const QString &fileName)
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(fileName + u".habeas"_s);
    QString path =
        Dialogs::saveFileName(parent, title, suggested, tr("Habeas case bundles (*.habeas)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += u".habeas"_s;
    BundlePassphraseDialog options(path, parent);
    if (options.exec() != QDialog::Accepted)
        return {};
    return { path, { options.encrypt(), options.passphrase().toUtf8() } };
}

void BundleTransfer::exportCase(qint64 caseId)
{
    if (caseId == 0 || m_watcher.isRunning())
        return;
    const auto record = m_library.cases().caseById(caseId);
    if (!record.ok())
        return Dialogs::error(m_window, tr("Export Case"), record.error().message);
    QString title = record->title;
    title.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"_"_s);
    const ExportTarget target = askExportTarget(m_window, tr("Export Case"), title);
    if (target.path.isEmpty())
        return;
    const QString path = target.path;
    const bundle::ExportOptions exportOptions = target.options;
    startWriting(tr("Exporting the case to %1…").arg(QDir::toNativeSeparators(path)), path,
        [=](Library &library, const bundle::Progress &progress) {
            return bundle::exportCase(library, caseId, path, exportOptions, progress);
        });
}

void BundleTransfer::startWriting(const QString &label, const QString &path, WriteJob write)
{
    const LibraryLocation libraryAt = m_library.location();
    start(label, [=](const bundle::Progress &progress) {
        return onOwnLibrary(libraryAt, [&](Library &library) {
            BundleJobResult r;
            r.path = path;
            auto m = write(library, progress);
            r.ok = m.ok();
            if (m.ok())
                r.manifest = m.value();
            else
                r.failure = m.failure();
            return r;
        });
    });
}

void BundleTransfer::importCase(const QString &chosen)
{
    if (m_watcher.isRunning() || m_library.isReadOnly())
        return;
    const QString path = chosen.isEmpty()
        ? Dialogs::openFileName(m_window, tr("Import Case"), tr("Habeas case bundles (*.habeas)"))
        : chosen;
    if (path.isEmpty())
        return;
    QByteArray passphrase;
    if (bundle::isEncryptedBundle(path)) {
        const auto answer = Dialogs::password(m_window, tr("Import Case"),
            tr("%1 is encrypted. Its passphrase:").arg(QFileInfo(path).fileName()));
        if (!answer)
            return;
        passphrase = answer->toUtf8();
    }
    const LibraryLocation libraryAt = m_library.location();
    start(tr("Importing %1…").arg(QDir::toNativeSeparators(path)),
        [=](const bundle::Progress &progress) {
            return onOwnLibrary(libraryAt, [&](Library &library) {
                BundleJobResult r;
                r.importing = true;
                r.path = path;
                auto imported = bundle::importBundle(library, path, passphrase, progress);
                r.ok = imported.ok();
                if (imported.ok()) {
                    r.caseId = imported.value().caseId;
                    r.manifest = imported.value().manifest;
                } else {
                    r.failure = imported.failure();
                }
                return r;
            });
        });
}

void BundleTransfer::importReview(qint64 caseId, const QString &chosen)
{
    if (caseId == 0 || m_watcher.isRunning() || m_library.isReadOnly())
        return;
    const QString title = tr("Import Review Comments");
    const QString path = chosen.isEmpty()
        ? Dialogs::openFileName(m_window, title, tr("Habeas case bundles (*.habeas)"))
        : chosen;
    if (path.isEmpty())
        return;
    QByteArray passphrase;
    if (bundle::isEncryptedBundle(path)) {
        const auto answer = Dialogs::password(m_window, title,
            tr("%1 is encrypted. Its passphrase:").arg(QFileInfo(path).fileName()));
        if (!answer)
            return;
        passphrase = answer->toUtf8();
    }
    const LibraryLocation libraryAt = m_library.location();
    start(tr("Reading the review comments of %1…").arg(QDir::toNativeSeparators(path)),
        [=](const bundle::Progress &progress) {
            return onOwnLibrary(libraryAt, [&](Library &library) {
                BundleJobResult r;
                r.importing = true;
                r.reviewing = true;
                r.caseId = caseId;
                r.path = path;
                auto merged = bundle::importReview(library, caseId, path, passphrase, progress);
                r.ok = merged.ok();
                if (merged.ok()) {
                    r.manifest = merged.value().manifest;
                    r.merge = merged.value().merge;
                } else {
                    r.failure = merged.failure();
                }
                return r;
            });
        });
}

void BundleTransfer::reviewDone(const BundleJobResult &result)
{
    emit m_library.review().reviewChanged(result.caseId); // the panels read them again
    const ReviewMerge &m = result.merge;
    QString text = tr("From %1: %2 new, %3 updated, %4 kept (newer here), %5 unchanged.")
                       .arg(QFileInfo(result.path).fileName())
                       .arg(m.added)
                       .arg(m.updated)
                       .arg(m.kept)
                       .arg(m.unchanged);
    if (const int conflicts = m.conflicts; conflicts > 0)
        text += u"\n\n"_s
            + tr("%n comment(s) changed on both sides: both versions are kept. Choose one in the "
                 "Review panel (Keep Mine or Take Theirs).",
                nullptr, conflicts);
    Dialogs::information(m_window, tr("Import Review Comments"), text);
    emit statusMessage(text.section(u'\n', 0, 0));
}

void BundleTransfer::offerImport(const QString &path)
{
    if (!isBundleFile(path))
        return Dialogs::error(m_window, tr("Import Case"),
            tr("%1 is not a Habeas case bundle (a .habeas file).")
                .arg(QDir::toNativeSeparators(path)));
    if (m_library.isReadOnly())
        return Dialogs::error(m_window, tr("Import Case"), m_library.readOnlyReason());
    if (Dialogs::confirm(m_window, tr("Import Case"),
            tr("Import the case bundle %1 into this library (%2) as a new case?")
                .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(m_library.path())),
            tr("&Import")))
        importCase(QFileInfo(path).absoluteFilePath());
}

void BundleTransfer::offerImports(const QStringList &paths)
{
    m_offers << paths;
    offerNext();
}

void BundleTransfer::offerNext()
{
    while (!m_offers.isEmpty() && !m_watcher.isRunning())
        offerImport(m_offers.takeFirst());
}

void BundleTransfer::start(
    const QString &label, std::function<BundleJobResult(const bundle::Progress &)> job)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto *progress = new QProgressDialog(label, tr("Cancel"), 0, kSteps, m_window);
    progress->setObjectName(u"bundleProgress"_s);
    m_progress = progress;
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(&m_watcher, &QFutureWatcher<BundleJobResult>::progressValueChanged, progress,
        &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, this, [cancel = m_cancel] { *cancel = true; });
    connect(
        &m_watcher, &QFutureWatcher<BundleJobResult>::finished, progress, &QProgressDialog::close);
    m_watcher.setFuture(QtConcurrent::run(
        [job = std::move(job), cancel = m_cancel](QPromise<BundleJobResult> &promise) {
            promise.setProgressRange(0, kSteps);
            const bundle::Progress report = [&](qint64 done, qint64 total) {
                if (total > 0)
                    promise.setProgressValue(int(done * kSteps / total));
                return !*cancel;
            };
            promise.addResult(job(report));
        }));
    updateActions();
}

void BundleTransfer::done()
{
    updateActions();
    if (m_watcher.future().resultCount() == 0)
        return;
    const BundleJobResult result = m_watcher.result();
    if (result.ok && result.reviewing) {
        reviewDone(result);
    } else if (result.ok && result.importing) {
        emit m_library.cases().caseChanged(result.caseId); // the case list takes the new row
        m_caseList->selectCase(result.caseId);
        emit statusMessage(tr("Imported \"%1\" as a new case.")
                               .arg(result.manifest.caseSummary.value(u"title"_s).toString()));
    } else if (result.ok) {
        emit statusMessage(
            tr("Exported the case to %1 (%2).")
                .arg(QDir::toNativeSeparators(result.path),
                    result.manifest.encrypted ? tr("encrypted") : tr("not encrypted")));
    } else if (result.failure.kind == bundle::Failure::Kind::Cancelled) {
        emit statusMessage(result.failure.error.message);
    } else {
        Dialogs::error(m_window,
            result.reviewing       ? tr("Import Review Comments")
                : result.importing ? tr("Import Case")
                                   : tr("Export Case"),
            result.failure.error.message);
    }
    emit finished(result);
    // A mistyped passphrase: asked again, until it is right or the user cancels.
    if (result.importing && result.failure.wrongPassphrase)
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                result.reviewing ? importReview(result.caseId, result.path)
                                 : importCase(result.path);
            },
            Qt::QueuedConnection);
    // The next file named on the command line, after that retry (if any) has begun.
    if (!m_offers.isEmpty())
        QMetaObject::invokeMethod(this, &BundleTransfer::offerNext, Qt::QueuedConnection);
}

} // namespace habeas
