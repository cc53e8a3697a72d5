#pragma once

#include "casepanel.h"

#include <QFutureWatcher>
#include <QImage>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace habeas {

struct DocumentJob;

// What a document job hands back to the GUI thread.
struct DocumentJobResult {
    QString error; // empty: done
    bool cancelled = false;
    QList<QImage> pages; // a preview's pages
    int pageCount = 0;
    QString path; // a saved file
    QString sha256;
};

// 文书: the filing templates; for the chosen one what the case still lacks, a preview of the
// PDF, saving it as DOCX or PDF (recorded in the case's register and the audit log), and the
// documents generated for the case. Writing and rendering run on the thread pool; the
// database is read on the GUI thread only.
class DocumentsPanel final : public CasePanel {
    Q_OBJECT

public:
    DocumentsPanel(Library &library, UndoManager &undo, QWidget *parent = nullptr);
    ~DocumentsPanel() override;

    QString title() const override { return tr("Documents"); }
    void setCase(qint64 caseId) override;

    bool selectTemplate(const QString &id);
    QString currentTemplate() const;
    void preview();
    // format: docx or pdf. Asks where (through Dialogs), writes off the GUI thread.
    void saveAs(const QString &format);
    void openDocument();
    // The chosen letter's or application's own fields (DocumentFieldsDialog).
    void editFields();

    QTreeWidget *templateList() const { return m_templates; }
    QListWidget *missingList() const { return m_missing; }
    QCheckBox *draftBox() const { return m_draft; }
    QPushButton *fieldsButton() const { return m_fields; }
    QTreeWidget *generatedList() const { return m_generated; }
    int previewPageCount() const { return m_previewPages; }
    bool isBusy() const { return m_watcher.isRunning(); }

signals:
    void jobFinished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshTemplates();
    void refreshMissing();
    void refreshGenerated();
    void updateActions();
    void start(DocumentJob job);
    void finished();
    void showPages(const QList<QImage> &pages, int pageCount);

    qint64 m_caseId = 0;
    QStringList m_missingFields;
    qint64 m_pendingCase = 0;
    QString m_pendingTemplate;
    QString m_pendingFormat;
    bool m_pendingDraft = false;
    int m_previewPages = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<DocumentJobResult> m_watcher;

    QTreeWidget *m_templates;
    QLabel *m_missingNote;
    QListWidget *m_missing;
    QCheckBox *m_draft;
    QPushButton *m_fields;
    QPushButton *m_preview;
    QPushButton *m_saveDocx;
    QPushButton *m_savePdf;
    QPushButton *m_open;
    QTreeWidget *m_generated;
    QLabel *m_previewNote;
    QWidget *m_pagesHost;
    QVBoxLayout *m_pagesLayout;
};

} // namespace habeas
