#pragma once

#include "storage/auditlog.h"

#include <QFuture>
#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;

namespace habeas {

class BundleTransfer;
class CaseListPanel;
class CaseWorkspace;
class Inspector;
class Library;
class SearchResults;
class UndoManager;
struct SearchHit;

// The single main window: cases on the left, the open case's panels in the middle, the
// inspector on the right, library and integrity state in the status bar.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Library &library, QWidget *parent = nullptr);
    ~MainWindow() override;

    CaseListPanel *caseList() const { return m_caseList; }
    CaseWorkspace *workspace() const { return m_workspace; }
    Inspector *inspector() const { return m_inspector; }
    UndoManager &undoManager() { return *m_undo; }
    // File ▸ Export Case… / Import Case…, and .habeas files dropped or named at start.
    BundleTransfer *bundles() const { return m_bundles; }

    QAction *newCaseAction() const { return m_newCase; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *deleteCaseAction() const { return m_deleteCase; }
    QAction *restoreCaseAction() const { return m_restoreCase; }
    QAction *purgeCaseAction() const { return m_purgeCase; }
    QString integrityText() const;
    // The toolbar's search across the library (Ctrl+F) and its results.
    QLineEdit *searchField() const { return m_searchField; }
    SearchResults *searchResults() const { return m_searchResults; }
    QAction *searchAction() const { return m_search; }
    void openSearchHit(const SearchHit &hit, const QString &query);

    QAction *deadlinesAction() const { return m_deadlines; }
    // At start: open deadlines due within this many days, or overdue, are shown.
    static constexpr int kReminderDays = 3;

    void newCase();
    void deleteCase() { moveCurrentCase(true); }
    void restoreCase() { moveCurrentCase(false); }
    void purgeCase();
    void showDeadlines();
    void remindDeadlines();

signals:
    // The user chose another library folder (File ▸ Open Library).
    void openLibraryRequested(const QString &path);

private:
    // Edit ▸ Move Case to Trash, or Restore Case: one undoable step.
    void moveCurrentCase(bool toTrash);
    // The constructor's parts.
    void addPanels(Library &library);
    QWidget *centralArea(Library &library);
    void addDocks();
    void buildActions();
    void buildMenus();
    void onCurrentCaseChanged(qint64 caseId);
    void updateActions();
    void updateTitle();
    void checkIntegrity();
    void showPreferences();
    void showAbout();
    void chooseLibrary();
    void showStatutes();

    Library &m_library;
    UndoManager *m_undo;
    CaseListPanel *m_caseList;
    CaseWorkspace *m_workspace;
    Inspector *m_inspector;
    QLabel *m_libraryLabel;
    QLabel *m_integrityLabel;
    QLineEdit *m_searchField;
    SearchResults *m_searchResults;
    BundleTransfer *m_bundles;
    QFuture<AuditLog::Verification> m_integrity; // waited for on close: it holds its own connection

    QAction *m_newCase = nullptr;
    QAction *m_openLibrary = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_editCase = nullptr;
    QAction *m_addParty = nullptr;
    QAction *m_deleteCase = nullptr;
    QAction *m_restoreCase = nullptr;
    QAction *m_purgeCase = nullptr;
    QAction *m_showTrash = nullptr;
    QAction *m_deadlines = nullptr;
    QAction *m_findCase = nullptr;
    QAction *m_search = nullptr;
    QAction *m_statutes = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};

} // namespace habeas
