#include "evidenceviewer.h"

#include "cases/casestore.h"
#include "dialogs.h"
#include "pagerenderer.h"
#include "pageview.h"
#include "review/reviewstore.h"
#include "storage/blobstore.h"
#include "storage/library.h"
#include "storage/storagebackend.h"
#include "thumbnailcache.h"
#include "undo/factscommands.h"
#include "undo/undomanager.h"

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

// 100% shows a PDF page at its printed size on a 96-dpi desktop.
constexpr double kScreenDpi = 96.0;

// Passwords the user gave this session, by SHA-256, so a PDF is not asked for twice.
// Kept in memory only: a password is never written to the library.
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> known;
    return known;
}

} // namespace

EvidenceViewer::EvidenceViewer(Library &library, UndoManager &undo, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_undo(undo)
    , m_renderer(new PageRenderer(this))
    , m_originals(new OriginalFetch(library, this))
    , m_bar(new QToolBar(this))
    , m_tools(new QToolBar(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_passwordButton(new QPushButton(tr("Enter password…"), this))
    , m_view(new PageView(this))
    , m_info(new QWidget(this))
    , m_infoText(new QLabel(m_info))
    , m_openExternally(new QPushButton(tr("Open with the system application"), m_info))
    , m_pageSpin(new QSpinBox(this))
    , m_pageOf(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
    , m_status(new QLabel(this))
{
    setUpPages();
    m_pageSpin->setRange(1, 1);
    m_pageSpin->setKeyboardTracking(false);
    m_pageSpin->setToolTip(tr("Page"));
    m_zoomLabel->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(u"8888%"_s));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_status->hide();
    m_bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_tools->setToolButtonStyle(Qt::ToolButtonTextOnly);

    buildActions();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_bar);
    layout->addWidget(m_tools);
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);

    connect(m_passwordButton, &QPushButton::clicked, this, &EvidenceViewer::enterPassword);
    connect(m_openExternally, &QPushButton::clicked, this, &EvidenceViewer::openExternally);
    connect(m_pageSpin, &QSpinBox::valueChanged, this, [this](int page) {
        if (page - 1 == m_page)
            return;
        m_page = page - 1;
        m_phrase.clear();
        showCurrentPage();
    });
    connect(m_view, &PageView::zoomChanged, this, [this] {
        requestRender();
        updateActions();
    });
    connect(m_view, &PageView::regionDrawn, this, &EvidenceViewer::addRegion);
    connect(m_view, &PageView::selectionChanged, this, &EvidenceViewer::updateActions);
    connectRenderer();
    connect(&library.annotations(), &AnnotationStore::annotationsChanged, this,
        [this](qint64 evidenceId) {
            if (evidenceId == m_record.id)
                reloadRegions();
        });
    connect(&library.review(), &ReviewStore::reviewChanged, this, [this](qint64 caseId) {
        if (m_record.id && caseId == m_record.caseId)
            reloadReviewNotes();
    });
    setEvidence(0);
}

// The stack's pages: a message (with a password button for an encrypted PDF), the page view, and
// the facts of a file that cannot be shown.
void EvidenceViewer::setUpPages()
{
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    auto *messagePage = new QWidget(this);
    auto *messageLayout = new QVBoxLayout(messagePage);
    messageLayout->addStretch();
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_passwordButton, 0, Qt::AlignHCenter);
    messageLayout->addStretch();

    m_infoText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_infoText->setWordWrap(true);
    m_infoText->setTextFormat(Qt::PlainText);
    auto *infoLayout = new QVBoxLayout(m_info);
    infoLayout->addStretch();
    infoLayout->addWidget(m_infoText);
    infoLayout->addWidget(m_openExternally, 0, Qt::AlignLeft);
    infoLayout->addStretch();

    m_stack->addWidget(messagePage);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_info);
}

void EvidenceViewer::connectRenderer()
{
    connect(m_renderer, &PageRenderer::opened, this, &EvidenceViewer::onPdfOpened);
    connect(m_renderer, &PageRenderer::rendered, this, [this](int index, const QImage &image) {
        if (index == 0)
            ThumbnailCache::remember(m_record.sha256, image);
        if (index != m_page)
            return;
        m_view->setImage(image);
        m_status->hide();
    });
    connect(m_renderer, &PageRenderer::failed, this, [this](int index, const QString &error) {
        if (index != m_page)
            return;
        m_status->setText(tr("Page %1 cannot be shown: %2").arg(index + 1).arg(error));
        m_status->show();
    });
    connect(
        m_renderer, &PageRenderer::hitsFound, this, [this](int index, const QList<QRectF> &hits) {
            if (index == m_page)
                m_view->setHits(hits);
        });
}

EvidenceViewer::~EvidenceViewer() = default;

void EvidenceViewer::buildActions()
{
    const auto make = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        // The shortcuts act where the viewer has focus, not in the evidence list beside it.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_previousPage = make(tr("Previous page"), QKeySequence(Qt::Key_PageUp),
        [this] { m_pageSpin->setValue(m_pageSpin->value() - 1); });
    m_nextPage = make(tr("Next page"), QKeySequence(Qt::Key_PageDown),
        [this] { m_pageSpin->setValue(m_pageSpin->value() + 1); });
    m_previousPage->setText(u"◀"_s);
    m_previousPage->setToolTip(tr("Previous page (PgUp)"));
    m_nextPage->setText(u"▶"_s);
    m_nextPage->setToolTip(tr("Next page (PgDown)"));
    m_zoomOut = make(tr("Zoom out"), QKeySequence::ZoomOut, [this] { m_view->zoomOut(); });
    m_zoomIn = make(tr("Zoom in"), QKeySequence::ZoomIn, [this] { m_view->zoomIn(); });
    m_zoomOut->setText(u"−"_s);
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_zoomIn->setText(u"+"_s);
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    m_fitWidth =
        make(tr("Fit width"), QKeySequence(), [this] { m_view->setFit(PageView::Fit::Width); });
    m_fitPage =
        make(tr("Fit page"), QKeySequence(), [this] { m_view->setFit(PageView::Fit::Page); });
    m_actualSize = make(tr("100%"), QKeySequence(u"Ctrl+0"_s), [this] { m_view->setZoom(1.0); });

    m_highlight = make(tr("Highlight"), QKeySequence(u"H"_s), [this](bool on) {
        m_view->setTool(on ? PageView::Tool::Highlight : PageView::Tool::Browse);
    });
    m_redact = make(tr("Redact"), QKeySequence(u"R"_s),
        [this](bool on) { m_view->setTool(on ? PageView::Tool::Redact : PageView::Tool::Browse); });
    m_highlight->setCheckable(true);
    m_redact->setCheckable(true);
    m_highlight->setToolTip(tr("Drag over the page to highlight a region (H)"));
    m_redact->setToolTip(
        tr("Drag over the page to draw a redaction box; exported copies black it out (R)"));
    auto *tools = new QActionGroup(this);
    tools->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    tools->addAction(m_highlight);
    tools->addAction(m_redact);
    m_copyCitation = make(tr("Copy citation"), QKeySequence::Copy, &EvidenceViewer::copyCitation);
    m_removeRegion = make(tr("Remove region"), QKeySequence::Delete, &EvidenceViewer::removeRegion);

    m_bar->addAction(m_previousPage);
    // A toolbar hides its widgets through their actions, not through the widgets.
    m_pageWidgets = { m_bar->addWidget(m_pageSpin), m_bar->addWidget(m_pageOf) };
    m_bar->addAction(m_nextPage);
    m_bar->addSeparator();
    m_bar->addAction(m_zoomOut);
    m_bar->addWidget(m_zoomLabel);
    m_bar->addAction(m_zoomIn);
    m_bar->addAction(m_fitWidth);
    m_bar->addAction(m_fitPage);
    m_bar->addAction(m_actualSize);
    // The region tools on a row of their own: beside the list one row cannot hold them all.
    m_tools->addAction(m_highlight);
    m_tools->addAction(m_redact);
    m_tools->addSeparator();
    m_tools->addAction(m_copyCitation);
    m_tools->addAction(m_removeRegion);
}

int EvidenceViewer::pageCount() const
{
    return m_renderer->pageCount();
}

QString EvidenceViewer::message() const
{
    return m_stack->currentIndex() == 0 ? m_message->text() : m_status->text();
}

bool EvidenceViewer::isShowingPage() const
{
    return m_stack->currentWidget() == m_view;
}

bool EvidenceViewer::isShowingFileInfo() const
{
    return m_stack->currentWidget() == m_info;
}

QString EvidenceViewer::fileInfoText() const
{
    return m_infoText->text();
}

void EvidenceViewer::setEvidence(qint64 id)
{
    m_renderer->close();
    m_pendingPage.reset();
    m_fetching = false;
    m_askingNow = false;
    m_phrase.clear();
    m_page = 0;
    const auto record =
        id ? m_library.evidence().item(id) : Result<EvidenceRecord>(Error::notFound({}));
    m_record = record.ok() ? record.value() : EvidenceRecord();
    if (!record.ok()) {
        setWindowTitle(tr("Exhibit"));
        showMessage(id ? record.error().message : tr("Select an exhibit to see it here."));
        return;
    }
    setWindowTitle(tr("%1 %2 — Habeas").arg(m_record.exhibitNumber(), m_record.title));
    open();
}

void EvidenceViewer::open()
{
    if (m_record.isPdf()) {
        openPdf(passwords().value(m_record.sha256));
        return;
    }
    if (m_record.isImage()) {
        withOriginal([this](const Result<QString> &file) {
            QString error = file.ok() ? QString() : file.error().message;
            if (!file.ok() || !m_renderer->openImage(file.value(), &error)) {
                showMessage(tr("This image cannot be shown: %1").arg(error));
                return;
            }
            showPages();
        });
        return;
    }
    showFileInfo();
}

void EvidenceViewer::openPdf(const QString &password)
{
    m_tryingPassword = password;
    withOriginal([this, password](const Result<QString> &file) {
        showMessage(tr("Opening %1…").arg(m_record.exhibitNumber()));
        m_renderer->openPdfInBackground(file.ok() ? file.value() : QString(), password);
    });
}

void EvidenceViewer::withOriginal(const OriginalFetch::Then &then)
{
    const QString sha = m_record.sha256;
    m_fetching = m_originals->fetch(sha, [this, sha, then](const Result<QString> &file) {
        if (m_record.sha256 != sha) // another exhibit is shown now
            return;
        m_fetching = false;
        then(file);
    });
    if (m_fetching)
        showMessage(tr("Fetching %1 from the library server…").arg(m_record.exhibitNumber()));
}

void EvidenceViewer::onPdfOpened(PageRenderer::OpenResult result, const QString &error)
{
    using R = PageRenderer::OpenResult;
    if (result == R::Ok) {
        if (!m_tryingPassword.isEmpty())
            passwords().insert(m_record.sha256, m_tryingPassword);
        m_askingNow = false;
        showPages();
        return;
    }
    if (result != R::PasswordRequired && result != R::WrongPassword) {
        m_askingNow = false;
        showMessage(tr("This PDF cannot be shown: %1").arg(error));
        return;
    }
    const bool wrong = result == R::WrongPassword;
    const QString refused = wrong ? tr("The password given does not open this PDF.")
                                  : tr("This PDF is protected by a password.");
    if (!m_asksPassword && !m_askingNow) {
        showMessage(refused, true);
        return;
    }
    const auto password = Dialogs::password(this, tr("Password"),
        wrong ? tr("That password does not open %1. Try again:").arg(m_record.exhibitNumber())
              : tr("%1 is protected by a password:").arg(m_record.exhibitNumber()));
    if (!password) {
        m_askingNow = false;
        showMessage(refused, true);
        return;
    }
    openPdf(*password);
}

void EvidenceViewer::showPages()
{
    m_pageSpin->blockSignals(true);
    m_pageSpin->setRange(1, m_renderer->pageCount());
    m_pageSpin->setValue(1);
    m_pageSpin->blockSignals(false);
    m_pageOf->setText(tr(" of %1").arg(m_renderer->pageCount()));
    m_stack->setCurrentWidget(m_view);
    if (const auto pending = std::exchange(m_pendingPage, std::nullopt))
        showPage(pending->first, pending->second);
    else
        showCurrentPage();
}

void EvidenceViewer::enterPassword()
{
    if (!m_record.isPdf() || isOpening())
        return;
    m_askingNow = true;
    open();
}

bool EvidenceViewer::isOpening() const
{
    return m_fetching || m_renderer->isOpening();
}

void EvidenceViewer::showMessage(const QString &text, bool offerPassword)
{
    m_message->setText(text);
    m_passwordButton->setVisible(offerPassword);
    m_stack->setCurrentIndex(0);
    m_status->hide();
    updateActions();
}

void EvidenceViewer::showFileInfo()
{
    m_infoText->setText(tr("%1\nType: %2\nSize: %3\nSHA-256: %4\n\nHabeas does not display "
                           "this kind of file itself.")
                            .arg(m_record.originalName, m_record.mediaType,
                                QLocale().formattedDataSize(m_record.size), m_record.sha256));
    m_stack->setCurrentWidget(m_info);
    m_status->hide();
    updateActions();
}

void EvidenceViewer::showPage(int page, const QString &phrase)
{
    if (isOpening()) {
        m_pendingPage = std::pair { page, phrase };
        return;
    }
    if (!isShowingPage())
        return;
    m_page = std::clamp(page, 1, std::max(1, pageCount())) - 1;
    m_pageSpin->blockSignals(true);
    m_pageSpin->setValue(m_page + 1);
    m_pageSpin->blockSignals(false);
    m_phrase = phrase;
    showCurrentPage();
}

void EvidenceViewer::showCurrentPage()
{
    const QSizeF size = m_renderer->pageSize(m_page);
    m_view->setPage(m_renderer->isPdf() ? size * (kScreenDpi / 72.0) : size);
    // Something at once: the thumbnail stretched, until the sharp page arrives.
    if (m_page == 0)
        m_view->setImage(
            ThumbnailCache::find(m_library.thumbnailPath(m_record.sha256), m_record.sha256));
    m_status->hide();
    reloadRegions();
    requestRender();
    if (!m_phrase.isEmpty())
        m_renderer->findHits(m_page, m_phrase);
    updateActions();
}

void EvidenceViewer::requestRender()
{
    if (!isShowingPage() || m_renderer->pageCount() == 0)
        return;
    // Pixels for the device, not for the logical size: sharp on a 2× screen.
    const double dpi = std::round(kScreenDpi * m_view->zoom() * devicePixelRatioF());
    QImage image = m_renderer->request(m_page, dpi);
    if (!image.isNull())
        m_view->setImage(image);
    m_zoomLabel->setText(u"%1%"_s.arg(std::lround(m_view->zoom() * 100)));
}

// The clinic's review: the open comments on this page's regions.
void EvidenceViewer::reloadReviewNotes()
{
    QHash<qint64, QStringList> byRegion;
    if (m_record.id) {
        const QHash<QString, QStringList> notes = m_library.review().openNotes(m_record.caseId);
        for (const Annotation &a : m_view->regions()) {
            AnchorPlace place;
            place.annotationId = a.id;
            if (const QStringList open =
                    notes.value(ReviewStore::placeKey(ReviewAnchor::Kind::Region, place));
                !open.isEmpty())
                byRegion.insert(a.id, open);
        }
    }
    m_view->setRegionNotes(byRegion);
}

void EvidenceViewer::reloadRegions()
{
    QList<Annotation> onPage;
    if (m_record.id) {
        const auto all = m_library.annotations().annotations(m_record.id);
        if (all.ok())
            for (const Annotation &a : all.value())
                if (a.page == m_page + 1)
                    onPage << a;
    }
    m_view->setRegions(onPage);
    reloadReviewNotes();
    if (m_selectAfterReload) {
        m_view->selectRegion(m_selectAfterReload);
        m_selectAfterReload = 0;
    }
    updateActions();
}

bool EvidenceViewer::isWritable() const
{
    if (!m_record.id || m_record.isTrashed() || m_library.isReadOnly())
        return false;
    const auto c = m_library.cases().caseById(m_record.caseId);
    return c.ok() && !c->isTrashed();
}

void EvidenceViewer::addRegion(Annotation::Kind kind, const QRectF &fraction, const QString &note)
{
    if (!isWritable() || !isShowingPage())
        return;
    Annotation a;
    a.evidenceId = m_record.id;
    a.page = m_page + 1;
    a.kind = kind;
    a.rect = fraction;
    a.note = note;
    auto command = std::make_unique<AddAnnotationCommand>(m_library.annotations(), a);
    auto *raw = command.get();
    if (auto st = m_undo.pushCase(m_record.caseId, std::move(command)); !st.ok()) {
        Dialogs::error(this, tr("Add region"), st.error().message);
        return;
    }
    m_view->selectRegion(raw->createdId());
    emit statusMessage(kind == Annotation::Kind::Redaction
            ? tr("Redaction box added. Exports of %1 black it out.").arg(m_record.exhibitNumber())
            : tr("Highlight added to %1.").arg(m_record.exhibitNumber()));
}

void EvidenceViewer::removeRegion()
{
    const auto a = m_library.annotations().annotation(m_view->selectedRegion());
    if (!a.ok() || !isWritable())
        return;
    if (auto st = m_undo.pushCase(m_record.caseId,
            std::make_unique<RemoveAnnotationCommand>(m_library.annotations(), a.value()));
        !st.ok())
        Dialogs::error(this, tr("Remove region"), st.error().message);
    else
        emit statusMessage(tr("Removed region %1. Edit ▸ Undo brings it back.").arg(a->region));
}

void EvidenceViewer::copyCitation()
{
    const auto citation = m_library.annotations().citation(m_view->selectedRegion());
    if (!citation.ok())
        return;
    QGuiApplication::clipboard()->setText(citation.value());
    emit statusMessage(tr("Copied “%1”.").arg(citation.value()));
}

void EvidenceViewer::openExternally()
{
    // A copy in a folder of our own: the application it opens in may write to it, and the
    // stored original must never be handed out for writing.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(u"habeas-open/"_s + m_record.sha256.left(16));
    QString name = QFileInfo(m_record.originalName).fileName();
    if (name.isEmpty())
        name = m_record.sha256;
    const QString target = QDir(folder).filePath(name);
    if (!QDir().mkpath(folder)) {
        Dialogs::error(this, tr("Open"), tr("Cannot create %1.").arg(folder));
        return;
    }
    if (!QFileInfo::exists(target)) {
        if (auto st = m_library.evidence().exportOriginal(m_record.id, target); !st.ok()) {
            Dialogs::error(this, tr("Open"), st.error().message);
            return;
        }
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(target)))
        Dialogs::error(this, tr("Open"), tr("No application opens %1.").arg(name));
}

void EvidenceViewer::updateActions()
{
    const bool page = isShowingPage();
    const bool many = page && pageCount() > 1;
    m_previousPage->setEnabled(many && m_page > 0);
    m_nextPage->setEnabled(many && m_page + 1 < pageCount());
    m_pageSpin->setEnabled(many);
    for (QAction *a : std::as_const(m_pageWidgets))
        a->setVisible(page && m_renderer->isPdf());
    for (QAction *a : { m_zoomIn, m_zoomOut, m_fitWidth, m_fitPage, m_actualSize })
        a->setEnabled(page);
    m_zoomIn->setEnabled(page && m_view->zoom() < PageView::kMaxZoom);
    m_zoomOut->setEnabled(page && m_view->zoom() > PageView::kMinZoom);
    const bool writable = page && isWritable();
    m_highlight->setEnabled(writable);
    m_redact->setEnabled(writable);
    if (!writable) {
        m_highlight->setChecked(false);
        m_redact->setChecked(false);
        m_view->setTool(PageView::Tool::Browse);
    }
    const bool selected = page && m_view->selectedRegion() != 0;
    m_copyCitation->setEnabled(selected);
    m_removeRegion->setEnabled(selected && writable);
    m_zoomLabel->setText(page ? u"%1%"_s.arg(std::lround(m_view->zoom() * 100)) : QString());
}

} // namespace habeas
