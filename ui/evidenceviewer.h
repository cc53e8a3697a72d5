#pragma once

#include "evidence/annotationstore.h"
#include "evidence/evidencestore.h"
#include "originalfetch.h"
#include "pagerenderer.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QToolBar;

namespace habeas {

class Library;
class PageRenderer;
class PageView;
class UndoManager;

// One exhibit on screen: an image or a PDF page by page (rendered off the GUI thread), with
// zoom, fit and pan, the exhibit's highlights and redaction boxes over it and the tools that
// add them (each an undoable command), or, for any other file, what it is and a way to open
// a copy with the system's application. The original is only ever read.
class EvidenceViewer final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceViewer)

public:
    EvidenceViewer(Library &library, UndoManager &undo, QWidget *parent = nullptr);
    ~EvidenceViewer() override;

    // 0 shows nothing.
    void setEvidence(qint64 id);
    qint64 evidenceId() const { return m_record.id; }
    // `page` counts from 1; `phrase`, when given, is highlighted where it is on a PDF page.
    void showPage(int page, const QString &phrase = {});
    int currentPage() const { return m_page + 1; }
    int pageCount() const;

    // A viewer in its own window asks for a PDF's password at once; the one beside the
    // evidence list waits until the user clicks "Enter password…".
    void setAsksForPassword(bool ask) { m_asksPassword = ask; }
    void enterPassword();

    PageView *pageView() const { return m_view; }
    QSpinBox *pageSpin() const { return m_pageSpin; }
    // What the viewer says instead of a page (no exhibit, unreadable, password needed…).
    QString message() const;
    bool isShowingPage() const;
    // A server's original is fetched, or a PDF opened, on a worker: true until its first page
    // can be shown.
    bool isOpening() const;
    bool isShowingFileInfo() const;
    QString fileInfoText() const;

    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *fitWidthAction() const { return m_fitWidth; }
    QAction *fitPageAction() const { return m_fitPage; }
    QAction *actualSizeAction() const { return m_actualSize; }
    QAction *nextPageAction() const { return m_nextPage; }
    QAction *previousPageAction() const { return m_previousPage; }
    QAction *highlightAction() const { return m_highlight; }
    QAction *redactAction() const { return m_redact; }
    QAction *copyCitationAction() const { return m_copyCitation; }
    QAction *removeRegionAction() const { return m_removeRegion; }

signals:
    void statusMessage(const QString &text);

private:
    // The constructor's parts.
    void setUpPages();
    void connectRenderer();
    void buildActions();
    void open();
    void openPdf(const QString &password);
    // The original as a local file, then `then`: at once on a folder library, where it is one;
    // fetched from a server on a worker thread (the window's thread never waits for the
    // network), saying so meanwhile. An answer for an exhibit no longer shown is dropped.
    void withOriginal(const OriginalFetch::Then &then);
    void onPdfOpened(PageRenderer::OpenResult result, const QString &error);
    void showPages();
    void showMessage(const QString &text, bool offerPassword = false);
    void showFileInfo();
    void showCurrentPage();
    void requestRender();
    void reloadRegions();
    void reloadReviewNotes();
    void addRegion(Annotation::Kind kind, const QRectF &fraction, const QString &note);
    void removeRegion();
    void copyCitation();
    void openExternally();
    void updateActions();
    bool isWritable() const;

    Library &m_library;
    UndoManager &m_undo;
    bool m_fetching = false; // the shown exhibit's original is on its way
    PageRenderer *m_renderer;
    OriginalFetch *m_originals; // a server's originals, fetched off the window's thread
    EvidenceRecord m_record;
    int m_page = 0;
    QString m_phrase;
    bool m_asksPassword = false;
    bool m_askingNow = false; // this opening was started by "Enter password…"
    QString m_tryingPassword; // remembered once it opens the PDF
    std::optional<std::pair<int, QString>> m_pendingPage; // asked for while opening
    qint64 m_selectAfterReload = 0;

    QToolBar *m_bar;
    QToolBar *m_tools;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QPushButton *m_passwordButton;
    PageView *m_view;
    QWidget *m_info;
    QLabel *m_infoText;
    QPushButton *m_openExternally;
    QSpinBox *m_pageSpin;
    QLabel *m_pageOf;
    QLabel *m_zoomLabel;
    QLabel *m_status;

    QAction *m_previousPage = nullptr;
    QAction *m_nextPage = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fitWidth = nullptr;
    QAction *m_fitPage = nullptr;
    QAction *m_actualSize = nullptr;
    QAction *m_highlight = nullptr;
    QAction *m_redact = nullptr;
    QAction *m_copyCitation = nullptr;
    QAction *m_removeRegion = nullptr;
    QList<QAction *> m_pageWidgets; // the page spin box and "of N" in the toolbar
};

} // namespace habeas
