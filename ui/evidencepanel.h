#pragma once

#include "casepanel.h"
#include "evidence/evidencestore.h"
#include "readingactivity.h"

#include <QFutureWatcher>
#include <QHash>
#include <QTemporaryDir>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QLayout;

namespace habeas {

class EvidenceModel;
class EvidenceViewer;
class EvidenceQueue;
struct ProcessOutcome;
struct StagedFile;

// 证据: the exhibits of the case. Files are imported by drag and drop or a file dialog; their
// bytes are copied into the store on a worker thread with a progress bar and Cancel, then
// recorded (each one undoable). A cancelled import records nothing. Then the files are read
// (text, pages, OCR) by a background queue that never holds up the import or the window; its
// progress and Cancel live in activityWidget(), which the main window puts in its status bar.
class EvidencePanel final : public CasePanel {
    Q_OBJECT

public:
    EvidencePanel(Library &library, UndoManager &undo, QWidget *parent = nullptr);
    ~EvidencePanel() override;

    QString title() const override { return tr("Evidence"); }
    void setCase(qint64 caseId) override;

    // Starts an import; importFinished() reports the summary.
    void importFiles(const QStringList &files);
    void chooseFiles();
    // Every file under a folder, subfolders included, hidden files and folders left out.
    void importFolder(const QString &folder);
    void chooseFolder();
    // An image on the clipboard (a screenshot just taken), imported as "截图 <date time>".
    void pasteFromClipboard();
    void removeExhibit();
    // Moves the selected exhibit one place up or down inside its group (renumbering; undoable).
    void moveExhibit(int delta);
    // Moves an exhibit to `position` (from 1) in `group`: what a drag inside the list asks.
    void moveExhibitTo(qint64 id, int group, int position);
    // A copy with the exhibit's redaction boxes burned in, written on a worker; false when
    // it cannot start (no region: says why), else redactedExported() reports the outcome.
    bool exportRedacted(const QString &target);
    void editExhibit();
    void verify();
    bool isImporting() const { return m_watcher.isRunning() || m_staged != nullptr; }

    QTableView *view() const { return m_view; }
    EvidenceModel *model() const { return m_model; }
    // The viewer beside the list, showing the selected exhibit.
    EvidenceViewer *viewer() const { return m_viewer; }
    // Selects an exhibit and shows `page` (from 1) with `phrase` highlighted.
    void showExhibit(qint64 id, int page, const QString &phrase = {});
    // The selected exhibit in a window of its own (double-click or Enter).
    EvidenceViewer *openViewerWindow();
    EvidenceQueue *queue() const { return m_queue; }
    QWidget *activityWidget() const { return m_activity; }

signals:
    void importFinished(const QString &summary);
    // After "Verify integrity" (run on a worker): true when every original matched.
    void verified(bool allMatched);
    void redactedExported(const QString &target, bool written);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void onStagingFinished();
    void recordNextFiles();
    void finishImport();
    void discardStaged();
    void onItemRead(const ProcessOutcome &outcome);
    // The constructor's parts.
    void setUpView();
    QLayout *buttonRow();
    void connectImport(Library &library);
    void connectExhibitActions();
    void askPasswords();
    void updateActions();
    void inspectSelection();
    qint64 selectedId() const;

    qint64 m_caseId = 0;
    qint64 m_importCase = 0;
    EvidenceModel *m_model;
    QTableView *m_view;
    EvidenceViewer *m_viewer;
    QPushButton *m_import;
    QPushButton *m_remove;
    QCheckBox *m_supplement;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_redacted;
    QPushButton *m_edit;
    QPushButton *m_verify;
    QSpinBox *m_group;
    QLabel *m_hint;
    QFutureWatcher<std::pair<QString, QString>> m_watcher; // (file, error) per file
    QList<StagedFile> *m_staged = nullptr; // filled by the worker, read when it is done
    QHash<QString, QString> m_titles; // file → title, for pasted screenshots
    // Recording the staged files, a few per turn of the event loop.
    QStringList m_importLines;
    int m_importedCount = 0;
    int m_recordIndex = 0;
    QList<qint64> m_toRead;
    EvidenceStore::Supplement m_supplementList;
    QTemporaryDir m_pasted; // the clipboard's images, until they are in the store
    QPushButton *m_importFolder;
    EvidenceQueue *m_queue;
    ReadingActivity *m_activity;
    QList<qint64> m_needPassword;
    bool m_askingPassword = false;
};

} // namespace habeas
