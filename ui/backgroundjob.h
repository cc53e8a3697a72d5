#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QWidget>

#include <utility>

namespace habeas {

// Work that would hold up the window (hashing originals, rasterising pages, walking folders)
// runs on a worker as a QFuture; this shows its progress in a window-modal dialog with Cancel
// and calls `done(future)` on the GUI thread when it has finished or been cancelled. The
// dialog appears only when the work takes longer than `minimumMs`, so quick work stays
// silent. The worker sees Cancel as QPromise::isCanceled(). Returns the dialog (for tests).
template<typename T, typename Done>
QProgressDialog *runInBackground(
    QWidget *parent, const QString &label, QFuture<T> future, Done done, int minimumMs = 400)
{
    auto *watcher = new QFutureWatcher<T>(parent);
    auto *progress = new QProgressDialog(
        label, QCoreApplication::translate("habeas::BackgroundJob", "Cancel"), 0, 0, parent);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(minimumMs);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    QObject::connect(
        watcher, &QFutureWatcherBase::progressRangeChanged, progress, &QProgressDialog::setRange);
    QObject::connect(
        watcher, &QFutureWatcherBase::progressValueChanged, progress, &QProgressDialog::setValue);
    QObject::connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    QObject::connect(watcher, &QFutureWatcherBase::finished, parent,
        [watcher, progress, done = std::move(done)]() mutable {
            // hide(), not close(): closing a progress dialog emits canceled().
            progress->disconnect(watcher);
            progress->hide();
            progress->deleteLater();
            watcher->deleteLater();
            done(watcher->future());
        });
    watcher->setFuture(std::move(future));
    return progress;
}

} // namespace habeas
