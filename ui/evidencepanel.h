#pragma once

#include "casepanel.h"

#include <QFutureWatcher>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace habeas {

class EvidenceModel;
class EvidenceViewer;
struct StagedFile;

// 证据: the exhibits of the case. Files are imported by drag and drop or a file dialog; their
// bytes are copied into the store on a worker thread with a progress bar and Cancel, then
// recorded (each one undoable). A cancelled import records nothing.
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
    void removeExhibit();
    void editExhibit();
    void verify();
    bool isImporting() const { return m_watcher.isRunning(); }

    QTableView *view() const { return m_view; }
    EvidenceModel *model() const { return m_model; }
    // The viewer beside the list, showing the selected exhibit.
    EvidenceViewer *viewer() const { return m_viewer; }
    // Selects an exhibit and shows `page` (from 1) with `phrase` highlighted.
    void showExhibit(qint64 id, int page, const QString &phrase = {});
    // The selected exhibit in a window of its own (double-click or Enter).
    EvidenceViewer *openViewerWindow();

signals:
    void importFinished(const QString &summary);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void onStagingFinished();
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
    QPushButton *m_edit;
    QPushButton *m_verify;
    QSpinBox *m_group;
    QLabel *m_hint;
    QFutureWatcher<std::pair<QString, QString>> m_watcher; // (file, error) per file
    QList<StagedFile> *m_staged = nullptr; // filled by the worker, read when it is done
};

} // namespace habeas
