#include "mainwindow.h"

#include "afterfirstpaint.h"
#include "bundletransfer.h"
#include "casedialog.h"
#include "caselistpanel.h"
#include "cases/casestore.h"
#include "caseworkspace.h"
#include "core/clock.h"
#include "damagespanel.h"
#include "deadlines/deadlinestore.h"
#include "deadlinespanel.h"
#include "dialogs.h"
#include "documentspanel.h"
#include "evidencepanel.h"
#include "factspanel.h"
#include "inspector.h"
#include "itemmodels/casefilter.h"
#include "itemmodels/caselistmodel.h"
#include "itemmodels/proofmodel.h"
#include "overviewpanel.h"
#include "partiespanel.h"
#include "preferencesdialog.h"
#include "publicinterestview.h"
#include "registerpanel.h"
#include "reviewpanel.h"
#include "searchresults.h"
#include "serverlogindialog.h"
#include "serverstatus.h"
#include "statutebrowser.h"
#include "storage/auditlog.h"
#include "storage/changefeed.h"
#include "storage/library.h"
#include "teachingexport.h"
#include "teamdialog.h"
#include "undo/casecommands.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace habeas {

MainWindow::MainWindow(Library &library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_undo(new UndoManager(this))
    , m_caseList(new CaseListPanel(library.cases(), this))
    , m_workspace(new CaseWorkspace(library, *m_undo, this))
    , m_inspector(new Inspector(this))
    , m_libraryLabel(new QLabel(this))
    , m_integrityLabel(new QLabel(this))
    , m_searchField(new QLineEdit(this))
    , m_searchResults(new SearchResults(library, this))
    , m_bundles(new BundleTransfer(library, m_caseList, this))
{
    updateTitle();
    addPanels(library);
    setCentralWidget(centralArea(library));
    addDocks();

    m_libraryLabel->setText(
        tr("Library: %1")
            .arg(library.isServer() ? library.location().toString()
                                    : QDir::toNativeSeparators(library.path())));
    statusBar()->addWidget(m_libraryLabel, 1);
    if (library.isServer()) // a server gone away says so, with Try Again
        statusBar()->addPermanentWidget(new ServerStatus(library, this));
    statusBar()->addPermanentWidget(m_integrityLabel);
    if (auto *evidence = m_workspace->panel<EvidencePanel>())
        statusBar()->addPermanentWidget(evidence->activityWidget()); // reading files: progress

    buildActions();
    buildMenus();

    connect(
        m_caseList, &CaseListPanel::currentCaseChanged, this, &MainWindow::onCurrentCaseChanged);
    connect(m_workspace, &CaseWorkspace::inspect, m_inspector, &Inspector::show);
    connect(m_workspace, &CaseWorkspace::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_bundles, &BundleTransfer::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_undo, &UndoManager::changed, this, &MainWindow::updateActions);
    connect(m_undo, &UndoManager::failed, this,
        [this](const QString &message) { Dialogs::error(this, tr("Undo"), message); });
    connect(&library.cases(), &CaseStore::caseChanged, this, &MainWindow::updateActions);
    new ChangeFeed(library, this); // others' commits reload the open views (docs/server.md)

    // Roomy on a desktop, and never larger than the screen (a 1366×768 laptop's included).
    resize(QSize(1360, 820).boundedTo(screen()->availableGeometry().size()));
    m_workspace->setCase(0);
    if (m_caseList->proxy()->rowCount() > 0)
        m_caseList->selectCase(
            m_caseList->proxy()->index(0, 0).data(CaseListModel::IdRole).toLongLong());
    updateActions();
    // The audit chain's check reads the whole log (and waits for the file's own check, see
    // Library::open): started once the case list is on screen, not competing with it.
    m_integrityLabel->setText(tr("Checking the audit chain…"));
    new AfterFirstPaint(m_caseList->view()->viewport(), this, [this] { checkIntegrity(); });
    // Once the window is up: what falls due within three days, or has passed.
    QTimer::singleShot(0, this, &MainWindow::remindDeadlines);
}

// The case's panels, in the order of their tabs.
void MainWindow::addPanels(Library &library)
{
    m_workspace->addPanel(new OverviewPanel(library, *m_undo, m_workspace));
    m_workspace->addPanel(new PartiesPanel(library, *m_undo, m_workspace));
    m_workspace->addPanel(new EvidencePanel(library, *m_undo, m_workspace));
    m_workspace->addPanel(new FactsPanel(library, *m_undo, m_workspace));
    m_workspace->addPanel(new DamagesPanel(library, *m_undo, m_workspace));
    m_workspace->addPanel(new PublicInterestPanel(library, *m_undo, m_workspace));
    m_workspace->addPanel(new RegisterPanel(library, *m_undo, m_workspace));
    m_workspace->addPanel(new DocumentsPanel(library, *m_undo, m_workspace));
    m_workspace->addPanel(new DeadlinesPanel(library, *m_undo, m_workspace));
    if (auto *facts = m_workspace->panel<FactsPanel>())
        facts->proofModel()->setReview(&library.review()); // the review's markers
    auto *review = new ReviewPanel(library, *m_undo, m_workspace);
    m_workspace->addPanel(review);
    connect(review, &ReviewPanel::showAnchor, this,
        [this](qint64, const AnchorPlace &place, ReviewAnchor::Kind kind) {
            showReviewAnchor(*m_workspace, place, kind);
        });
}

// The case list beside the workspace, under a banner when the library is read-only.
QWidget *MainWindow::centralArea(Library &library)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    if (library.isReadOnly()) {
        auto *banner = new QLabel(library.readOnlyReason(), central);
        banner->setWordWrap(true);
        banner->setAutoFillBackground(true);
        QPalette p = banner->palette();
        p.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xc4));
        p.setColor(QPalette::WindowText, Qt::black);
        banner->setPalette(p);
        banner->setMargin(6);
        layout->addWidget(banner);
    }
    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->addWidget(m_caseList);
    splitter->addWidget(m_workspace);
    // The case at hand takes the width; the list beside it shows titles and parties.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 340, 1000 });
    layout->addWidget(splitter, 1);
    return central;
}

// The inspector on the right; the search results below, shown when there is a query.
void MainWindow::addDocks()
{
    auto *dock = new QDockWidget(tr("Inspector"), this);
    dock->setObjectName(u"inspector"_s);
    dock->setWidget(m_inspector);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, dock);

    auto *results = new QDockWidget(tr("Search results"), this);
    results->setObjectName(u"search-results"_s);
    results->setWidget(m_searchResults);
    results->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, results);
    results->hide();
    m_searchField->setPlaceholderText(tr("Search the library (Ctrl+F)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMaximumWidth(320);
    connect(m_searchField, &QLineEdit::textEdited, m_searchResults, &SearchResults::searchSoon);
    connect(m_searchField, &QLineEdit::returnPressed, this,
        [this] { m_searchResults->search(m_searchField->text()); });
    connect(m_searchResults, &SearchResults::searched, results,
        [this, results] { results->setVisible(!m_searchResults->query().isEmpty()); });
    connect(m_searchResults, &SearchResults::openRequested, this, &MainWindow::openSearchHit);
}

MainWindow::~MainWindow()
{
    m_integrity.waitForFinished();
}

void MainWindow::buildActions()
{
    const auto make = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newCase = make(tr("&New Case…"), QKeySequence::New, &MainWindow::newCase);
    m_openLibrary = make(tr("&Open Library…"), QKeySequence::Open, &MainWindow::chooseLibrary);
    m_preferences =
        make(tr("&Preferences…"), QKeySequence::Preferences, &MainWindow::showPreferences);
    if (m_preferences->shortcut().isEmpty())
        m_preferences->setShortcut(QKeySequence(u"Ctrl+,"_s));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_quit = make(tr("&Quit"), QKeySequence::Quit, &QWidget::close);
    m_quit->setMenuRole(QAction::QuitRole);

    m_undoAction = make(tr("&Undo"), QKeySequence::Undo, [this] {
        if (auto st = m_undo->undo(); !st.ok())
            Dialogs::error(this, tr("Undo"), st.error().message);
    });
    m_redoAction = make(tr("&Redo"), QKeySequence::Redo, [this] {
        if (auto st = m_undo->redo(); !st.ok())
            Dialogs::error(this, tr("Redo"), st.error().message);
    });
    m_deleteCase = make(tr("&Move Case to Trash"), QKeySequence::Delete, &MainWindow::deleteCase);
    m_restoreCase =
        make(tr("R&estore Case"), QKeySequence(u"Ctrl+Shift+R"_s), &MainWindow::restoreCase);
    m_purgeCase = make(tr("Delete Case &Permanently…"), QKeySequence(), &MainWindow::purgeCase);
    // Delete and Backspace belong to text fields first: only the case list takes them.
    m_deleteCase->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_caseList->view()->addAction(m_deleteCase);

    m_editCase = make(tr("&Edit Case…"), QKeySequence(u"Ctrl+E"_s), [this] {
        if (auto *overview = m_workspace->panel<OverviewPanel>()) {
            m_workspace->showPanel(overview);
            overview->editCase();
        }
    });
    m_addParty = make(tr("Add &Party…"), QKeySequence(u"Ctrl+Shift+P"_s), [this] {
        if (auto *parties = m_workspace->panel<PartiesPanel>()) {
            m_workspace->showPanel(parties);
            parties->addParty();
        }
    });
    m_showTrash = make(tr("Show &Trash"), QKeySequence(u"Ctrl+Shift+T"_s), [this](bool on) {
        m_caseList->setShowingTrash(on);
        updateActions();
    });
    m_showTrash->setCheckable(true);
    m_search = make(tr("&Search Library"), QKeySequence::Find, [this] {
        m_searchField->setFocus();
        m_searchField->selectAll();
    });
    m_findCase = make(tr("&Find Case"), QKeySequence(u"Ctrl+Shift+F"_s), [this] {
        m_caseList->filterEdit()->setFocus();
        m_caseList->filterEdit()->selectAll();
    });
    m_statutes = make(tr("&Statutes…"), QKeySequence(u"Ctrl+L"_s), &MainWindow::showStatutes);
    m_deadlines =
        make(tr("All &Deadlines…"), QKeySequence(u"Ctrl+Shift+D"_s), &MainWindow::showDeadlines);
    m_about = make(tr("&About Habeas"), QKeySequence(), &MainWindow::showAbout);
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = make(tr("About &Qt"), QKeySequence(), &QApplication::aboutQt);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newCase);
    file->addSeparator();
    file->addAction(m_bundles->importAction());
    file->addAction(m_bundles->exportAction());
    file->addAction((new TeachingExport(m_library, m_caseList, m_bundles, this))->action());
    file->addAction(m_bundles->importReviewAction());
    file->addSeparator();
    file->addAction(m_openLibrary);
    file->addAction(openServerLibraryAction(
        this, [this](const QString &address) { emit openLibraryRequested(address); }));
    file->addAction(m_preferences);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_deleteCase);
    edit->addAction(m_restoreCase);
    edit->addAction(m_purgeCase);

    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
    caseMenu->addAction(m_editCase);
    caseMenu->addAction(m_addParty);
    caseMenu->addAction((new TeamAction(m_library, m_caseList, this))->action());
    caseMenu->setToolTipsVisible(true); // Team… says why it is off on a folder library
    caseMenu->addSeparator();
    caseMenu->addAction(m_showTrash);

    // One shortcut per panel of the open case, in tab order: Ctrl+1 Overview, Ctrl+2 Parties, …
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_search);
    view->addAction(m_findCase);
    view->addSeparator();
    for (int i = 0; i < m_workspace->tabs()->count() && i < 9; ++i) {
        auto *show = view->addAction(m_workspace->tabs()->tabText(i));
        show->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(show, &QAction::triggered, this,
            [this, i] { m_workspace->tabs()->setCurrentIndex(i); });
    }

    view->addSeparator();
    view->addAction(m_deadlines);

    QMenu *law = menuBar()->addMenu(tr("&Law"));
    law->addAction(m_statutes);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
    help->addAction(m_aboutQt);

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(u"main-toolbar"_s);
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(m_newCase);
    tools->addAction(m_addParty);
    tools->addSeparator();
    tools->addAction(m_undoAction);
    tools->addAction(m_redoAction);
    tools->addSeparator();
    tools->addAction(m_showTrash);
    auto *spacer = new QWidget(tools);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    tools->addWidget(spacer);
    tools->addWidget(m_searchField);
}

void MainWindow::openSearchHit(const SearchHit &hit, const QString &query)
{
    m_caseList->setShowingTrash(false);
    m_caseList->selectCase(hit.caseId);
    auto *evidence = m_workspace->panel<EvidencePanel>();
    if (!evidence || m_caseList->currentCaseId() != hit.caseId)
        return;
    m_workspace->showPanel(evidence);
    // Page 0 is a hit in the title or notes: the exhibit opens on its first page.
    evidence->showExhibit(hit.evidenceId, std::max(1, hit.page), query);
}

void MainWindow::onCurrentCaseChanged(qint64 caseId)
{
    m_searchResults->setPreferredCase(caseId);
    m_undo->setCurrentCase(caseId);
    m_workspace->setCase(caseId);
    m_inspector->clear();
    updateActions();
}

void MainWindow::updateActions()
{
    const bool writable = !m_library.isReadOnly();
    const qint64 caseId = m_caseList->currentCaseId();
    const bool trash = m_caseList->showingTrash();
    m_newCase->setEnabled(writable);
    m_undoAction->setEnabled(writable && m_undo->canUndo());
    m_redoAction->setEnabled(writable && m_undo->canRedo());
    m_undoAction->setText(m_undo->canUndo() ? tr("&Undo %1").arg(m_undo->undoText()) : tr("&Undo"));
    m_redoAction->setText(m_undo->canRedo() ? tr("&Redo %1").arg(m_undo->redoText()) : tr("&Redo"));
    m_deleteCase->setEnabled(writable && caseId && !trash);
    m_restoreCase->setEnabled(writable && caseId && trash);
    m_purgeCase->setEnabled(writable && caseId && trash);
    m_editCase->setEnabled(writable && caseId && !trash);
    m_addParty->setEnabled(writable && caseId && !trash);
    m_showTrash->setChecked(trash);
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString where = m_library.isServer() ? m_library.location().toString()
                                               : QDir::toNativeSeparators(m_library.path());
    const QString library = m_library.isReadOnly() ? tr("Habeas — %1 (read-only)").arg(where)
                                                   : tr("Habeas — %1").arg(where);
    const qint64 caseId = m_caseList->currentCaseId();
    const auto c = caseId ? m_library.cases().caseById(caseId) : Result<CaseRecord>(CaseRecord());
    // [*]: the case has changed since it was opened or a document was last generated from it.
    if (c.ok() && !c->title.isEmpty())
        setWindowTitle(tr("%1[*] — %2").arg(c->title, library));
    else
        setWindowTitle(library);
    setWindowModified(caseId && !m_undo->isClean(caseId));
}

void MainWindow::newCase()
{
    if (!m_newCase->isEnabled())
        return;
    CaseRecord blank;
    blank.cause = u"个人信息保护纠纷"_s;
    CaseDialog dialog(blank, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto command = std::make_unique<CreateCaseCommand>(m_library.cases(), dialog.record());
    auto *raw = command.get();
    if (auto st = m_undo->pushLibrary(std::move(command)); !st.ok()) {
        Dialogs::error(this, tr("New case"), st.error().message);
        return;
    }
    m_caseList->setShowingTrash(false);
    m_caseList->selectCase(raw->caseId());
}

void MainWindow::moveCurrentCase(bool toTrash)
{
    const qint64 id = m_caseList->currentCaseId();
    if (!id || !(toTrash ? m_deleteCase : m_restoreCase)->isEnabled())
        return;
    const auto c = m_library.cases().caseById(id);
    if (!c.ok())
        return;
    if (auto st = m_undo->pushLibrary(
            std::make_unique<TrashCaseCommand>(m_library.cases(), id, c->title, toTrash));
        !st.ok()) {
        Dialogs::error(
            this, toTrash ? tr("Move case to trash") : tr("Restore case"), st.error().message);
    } else if (toTrash) {
        statusBar()->showMessage(
            tr("Moved “%1” to the trash. Edit ▸ Undo or Restore brings it back.").arg(c->title),
            8000);
    } else {
        m_caseList->setShowingTrash(false);
        m_caseList->selectCase(id);
    }
}

void MainWindow::purgeCase()
{
    const qint64 id = m_caseList->currentCaseId();
    if (!id || !m_purgeCase->isEnabled())
        return;
    const auto c = m_library.cases().caseById(id);
    if (!c.ok())
        return;
    if (!Dialogs::confirm(this, tr("Delete case permanently"),
            tr("Delete “%1” and everything in it for good? This cannot be undone; "
               "the audit log keeps a record that it was deleted.")
                .arg(c->title),
            tr("Delete Permanently")))
        return;
    if (auto st = m_library.cases().purgeCase(id); !st.ok())
        Dialogs::error(this, tr("Delete case permanently"), st.error().message);
    else
        m_undo->forgetCase(id); // the other cases keep their histories
}

QString MainWindow::integrityText() const
{
    return m_integrityLabel->text();
}

void MainWindow::checkIntegrity()
{
    m_integrityLabel->setText(tr("Checking the audit chain…"));
    // Hash-chain verification reads the whole log: a worker thread with its own connection.
    const LibraryLocation at = m_library.location();
    auto *watcher = new QFutureWatcher<AuditLog::Verification>(this);
    connect(watcher, &QFutureWatcher<AuditLog::Verification>::finished, this, [this, watcher] {
        const AuditLog::Verification v = watcher->result();
        watcher->deleteLater();
        m_integrityLabel->setText(v.ok
                ? tr("Audit chain intact (%n entries)", nullptr, static_cast<int>(v.rows))
                : v.message);
        QPalette p = m_integrityLabel->palette();
        if (!v.ok)
            p.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
        m_integrityLabel->setPalette(p);
        // Found only now (the check ran beside the window): said at once, not just in the bar.
        if (!v.ok && !m_library.damage().isEmpty())
            Dialogs::error(this, tr("Damaged library"), v.message);
    });
    Library *library = &m_library; // outlives the window, which waits for this on closing
    m_integrity = QtConcurrent::run([at, library] {
        const auto failed = [](const QString &why) {
            return AuditLog::Verification { false, 0, 0, -1, why };
        };
        // The file's own check first, when it runs beside the window (see Library::open): a
        // damaged file refuses every write, and says so here.
        if (const QString damage = library->damage(); !damage.isEmpty())
            return failed(damage);
        auto lib = Library::open(at, Library::OpenMode::AnotherConnection);
        return lib.ok() ? lib.value()->audit().verify() : failed(lib.error().message);
    });
    watcher->setFuture(m_integrity);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && dialog.save())
        Dialogs::information(this, tr("Preferences"),
            tr("Saved. The new language or library is used when Habeas starts again."));
}

void MainWindow::chooseLibrary()
{
    const QString dir =
        Dialogs::existingDirectory(this, tr("Open or create a library"), m_library.path());
    if (!dir.isEmpty() && QDir(dir) != QDir(m_library.path()))
        emit openLibraryRequested(dir);
}

void MainWindow::showDeadlines()
{
    auto *window = findChild<DeadlinesWindow *>();
    if (!window) {
        window = new DeadlinesWindow(m_library, *m_undo, this);
        connect(window->list(), &DeadlineList::openCaseRequested, this,
            [this](qint64 caseId, qint64 deadlineId) {
                m_caseList->setShowingTrash(false);
                m_caseList->selectCase(caseId);
                if (auto *panel = m_workspace->panel<DeadlinesPanel>()) {
                    m_workspace->showPanel(panel);
                    panel->list()->select(deadlineId);
                }
                activateWindow();
            });
    }
    window->show();
    window->raise();
    window->activateWindow();
}

void MainWindow::remindDeadlines()
{
    const auto statuses = m_library.deadlines().statuses(0);
    if (!statuses.ok())
        return;
    const QDate today = Clock::today();
    QStringList lines;
    for (const DeadlineStatus &s : statuses.value()) {
        if (s.record.isDone() || !s.computed || s.daysLeft(today) > kReminderDays)
            continue;
        const QString when = describeDaysLeft(s.daysLeft(today));
        lines << tr("%1 — %2: %3 (%4)")
                     .arg(s.dueDate().toString(Qt::ISODate),
                         s.caseNumber.isEmpty() ? s.caseTitle : s.caseNumber, s.title(), when);
    }
    if (lines.isEmpty())
        return;
    Dialogs::information(this, tr("Deadlines"),
        tr("These deadlines fall due within %n day(s) or have passed:", nullptr, kReminderDays)
            + u"\n\n"_s + lines.join(u'\n'));
    showDeadlines();
}

void MainWindow::showStatutes()
{
    // One browser per window, kept while the window lives: the index is built once.
    auto *browser = findChild<StatuteBrowser *>();
    if (!browser) {
        browser = new StatuteBrowser(this);
        browser->setCaseLibrary(&m_library);
    }
    browser->show();
    browser->raise();
    browser->activateWindow();
}

void MainWindow::showAbout()
{
    const QString sqlite = m_library.sqliteVersion();
    Dialogs::about(this, tr("About Habeas"),
        tr("<h3>Habeas %1</h3>"
           "<p>A workbench for privacy litigation under Chinese law: cases, evidence, statutes, "
           "damages and "
           "the documents to file. Everything stays in the library on this computer.</p>"
           "<p>Built with:</p><ul>"
           "<li>Qt %2 — GNU LGPL version 3</li>"
           "<li>SQLite %3 — public domain</li>"
           "</ul><p>The statutes shipped are official texts, which are not subject to copyright "
           "(Copyright Law of the PRC, Art. 5).</p>")
            .arg(QStringLiteral(HABEAS_VERSION), QString::fromLatin1(qVersion()), sqlite));
}

} // namespace habeas
