#pragma once

#include "bundle/bundleformat.h"
#include "bundle/casebundle.h"
#include "review/reviewstore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QAction;
class QMainWindow;
class QProgressDialog;
class QWidget;

namespace habeas {

class CaseListPanel;
class Library;

// What a bundle job hands back to the window.
struct BundleJobResult {
    bool importing = false;
    bool reviewing = false; // File ▸ Import Review Comments…: merged onto caseId
    ReviewMerge merge;
    bool ok = false;
    bundle::Failure failure;
    qint64 caseId = 0; // import: the new case
    bundle::Manifest manifest;
    QString path;
};

// File ▸ Export Case… and File ▸ Import Case…, a .habeas dropped onto the window, and a bundle
// named on the command line. The work runs on a worker thread with its own connection to the
// library, behind a progress dialog with Cancel; the window learns of an imported case through
// the case store's signal.
class BundleTransfer final : public QObject {
    Q_OBJECT

public:
    BundleTransfer(Library &library, CaseListPanel *caseList, QMainWindow *window);
    ~BundleTransfer() override;

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    QAction *importReviewAction() const { return m_importReview; }

    void exportCase(qint64 caseId);
    // Asks for a file when `chosen` is empty, and for the passphrase when it is encrypted.
    void importCase(const QString &chosen = {});
    // A file named on the command line (the file manager's "Open with Habeas"): asks first.
    void offerImport(const QString &path);
    // Several (`habeas A.habeas B.habeas`): each offered in turn, once the last one's import
    // has ended.
    void offerImports(const QStringList &paths);
    // Brings the review comments of a bundle of this case that came back (bundle::importReview).
    void importReview(qint64 caseId, const QString &chosen = {});
    bool isRunning() const { return m_watcher.isRunning(); }
    void cancel();
    // The running job's progress dialog (shown after a moment), with its Cancel button.
    QProgressDialog *progressDialog() const;

    static bool isBundleFile(const QString &path);
    // Where to write a bundle and how to protect it: asks for the file (suggested: fileName
    // .habeas in Documents; .habeas added to a name without a suffix), then the passphrase
    // dialog. An empty path when either is cancelled.
    struct ExportTarget {
        QString path;
        bundle::ExportOptions options;
    };
    static ExportTarget askExportTarget(
        QWidget *parent, const QString &title, const QString &fileName);
    // Runs a bundle job on a worker behind the progress dialog (Export Teaching Copy… too).
    void start(const QString &label, std::function<BundleJobResult(const bundle::Progress &)> job);
    // Runs a job that writes a bundle to `path` on the worker's own connection to the library.
    using WriteJob = std::function<bundle::Outcome<bundle::Manifest>(
        Library &library, const bundle::Progress &progress)>;
    void startWriting(const QString &label, const QString &path, WriteJob write);

signals:
    void finished(const BundleJobResult &result);
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void done();
    void reviewDone(const BundleJobResult &result);
    void updateActions();
    void offerNext();

    Library &m_library;
    CaseListPanel *m_caseList;
    QMainWindow *m_window;
    QAction *m_export;
    QAction *m_import;
    QAction *m_importReview;
    QFutureWatcher<BundleJobResult> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<QProgressDialog> m_progress;
    QStringList m_offers; // offerImports(): the files still to offer
};

} // namespace habeas
