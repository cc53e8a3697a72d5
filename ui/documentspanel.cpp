#include "documentspanel.h"

#include "dialogs.h"
#include "documentfieldsdialog.h"
#include "documentregister.h"
#include "docxwriter.h"
#include "evidencebundle.h"
#include "filingcontext.h"
#include "pdfdocument.h"
#include "pdfwriter.h"
#include "review/reviewstore.h"
#include "storage/blobstore.h"
#include "storage/library.h"
#include "storage/storagebackend.h"
#include "templateregistry.h"
#include "undo/undomanager.h"

#include <QBuffer>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPromise>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <optional>

using namespace Qt::StringLiterals;

namespace habeas {

// One piece of work for the thread pool: everything read from the library beforehand.
struct DocumentJob {
    enum class Action { Preview, Save };
    Action action = Action::Preview;
    QString format; // docx | pdf
    QString path;
    std::optional<doc::Document> document;
    std::optional<BundlePlan> bundle;
    std::shared_ptr<std::atomic_bool> cancel;
    // The evidence bundle is planned on the worker too (it opens every PDF exhibit to count
    // its pages), over a connection of its own to the library there.
    std::optional<LibraryLocation> planBundleFrom;
    BlobStorage *blobs = nullptr; // where a saved document's copy is kept (the library's)
    qint64 caseId = 0;
    bool draft = false;
};

namespace {

const QString kBundle = u"evidence-bundle"_s;
constexpr int kPreviewPages = 40;
constexpr double kPreviewDpi = 56;

// On the thread pool: writes the document (to memory for a preview) and renders the pages.
void runJob(QPromise<DocumentJobResult> &promise, const DocumentJob &job)
{
    DocumentJobResult result;
    BundleWriteOptions options;
    options.cancel = job.cancel.get();
    options.progress = [&promise](int done, int total) {
        promise.setProgressRange(0, total);
        promise.setProgressValue(done);
    };
    const auto fail = [&](const Error &error) {
        result.error = error.message;
        result.cancelled = job.cancel->load();
        promise.addResult(result);
    };
    if (job.planBundleFrom) {
        auto library = Library::open(*job.planBundleFrom, Library::OpenMode::AnotherConnection);
        if (!library.ok())
            return fail(library.error());
        auto plan = planEvidenceBundle(*library.value(), job.caseId,
            TemplateRegistry(library.value()->path()), job.draft, job.cancel.get());
        if (!plan.ok())
            return fail(plan.error());
        DocumentJob planned = job;
        planned.planBundleFrom.reset();
        planned.bundle = std::move(plan).value();
        return runJob(promise, planned);
    }
    if (job.action == DocumentJob::Action::Save) {
        Result<int> pages = 0;
        if (job.bundle)
            pages = saveEvidenceBundle(*job.bundle, job.path, options);
        else if (job.format == u"pdf"_s)
            pages = savePdf(*job.document, job.path);
        else if (Status st = saveDocx(*job.document, job.path); !st.ok())
            pages = st.error();
        else
            pages = pdfPageCount(*job.document);
        if (!pages.ok())
            return fail(pages.error());
        result.pageCount = pages.value();
        result.path = job.path;
        // Kept in the library's store here, not on the window's thread (a bundle is megabytes,
        // and the copy is synced to disk).
        const auto stored = DocumentRegister::storeCopy(*job.blobs, job.path);
        if (!stored.ok())
            return fail(stored.error());
        result.sha256 = stored.value();
        promise.addResult(result);
        return;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    // A bundle's preview is written only as far as it is shown: thousands of pages would take
    // minutes and hundreds of megabytes in memory.
    options.pageLimit = kPreviewPages;
    const Result<int> pages = job.bundle ? writeEvidenceBundle(*job.bundle, &buffer, options)
                                         : writePdf(*job.document, &buffer);
    if (!pages.ok())
        return fail(pages.error());
    auto pdf = PdfDocument::fromData(buffer.data());
    if (!pdf.ok())
        return fail(pdf.error());
    result.pageCount = job.bundle ? job.bundle->pageCount : pdf.value()->pageCount();
    for (int i = 0; i < pdf.value()->pageCount() && i < kPreviewPages; ++i) {
        auto image = pdf.value()->renderPage(i, kPreviewDpi, job.cancel.get());
        if (!image.ok())
            return fail(image.error());
        result.pages << image.value();
    }
    promise.addResult(result);
}

QString kindLabel(const QString &kind)
{
    if (kind == u"court-filing"_s)
        return DocumentsPanel::tr("Court filing");
    if (kind == u"letter"_s)
        return DocumentsPanel::tr("Letter");
    if (kind == u"notice"_s)
        return DocumentsPanel::tr("Notice");
    return kind;
}

} // namespace

DocumentsPanel::DocumentsPanel(Library &library, UndoManager &undo, QWidget *parent)
    : CasePanel(library, undo, parent)
    , m_templates(new QTreeWidget(this))
    , m_missingNote(new QLabel(this))
    , m_missing(new QListWidget(this))
    , m_draft(new QCheckBox(tr("Generate a draft anyway (gaps marked, 草稿 watermark)"), this))
    , m_fields(new QPushButton(tr("&Fields…"), this))
    , m_preview(new QPushButton(tr("&Preview"), this))
    , m_saveDocx(new QPushButton(tr("Save as &DOCX…"), this))
    , m_savePdf(new QPushButton(tr("Save as PD&F…"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_generated(new QTreeWidget(this))
    , m_previewNote(new QLabel(this))
    , m_pagesHost(new QWidget(this))
    , m_pagesLayout(new QVBoxLayout(m_pagesHost))
{
    m_templates->setHeaderLabels({ tr("Template"), tr("Kind"), tr("Source") });
    m_templates->setRootIsDecorated(false);
    m_templates->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_missingNote->setWordWrap(true);
    m_missing->setMaximumHeight(120);
    m_generated->setHeaderLabels(
        { tr("Document"), tr("Format"), tr("Draft"), tr("Generated"), tr("File") });
    m_generated->setRootIsDecorated(false);
    m_previewNote->setWordWrap(true);
    m_pagesLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_templates, 2);
    leftLayout->addWidget(m_missingNote);
    leftLayout->addWidget(m_missing);
    leftLayout->addWidget(m_draft);
    auto *buttons = new QHBoxLayout;
    m_fields->setToolTip(tr("What the lawyer sets for this letter or application: categories, "
                            "grounds, period, what each claim demands …"));
    for (QPushButton *b : { m_fields, m_preview, m_saveDocx, m_savePdf, m_open })
        buttons->addWidget(b);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(new QLabel(tr("Generated for this case:"), left));
    leftLayout->addWidget(m_generated, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_pagesHost);
    scroll->setWidgetResizable(true);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_previewNote);
    rightLayout->addWidget(scroll, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_templates, &QTreeWidget::currentItemChanged, this, [this] {
        refreshMissing();
        showPages({}, 0);
    });
    connect(m_draft, &QCheckBox::toggled, this, &DocumentsPanel::updateActions);
    connect(&library.review(), &ReviewStore::reviewChanged, this, [this](qint64 caseId) {
        if (caseId == m_caseId)
            refreshGenerated(); // the review's markers
    });
    connect(m_fields, &QPushButton::clicked, this, &DocumentsPanel::editFields);
    connect(m_preview, &QPushButton::clicked, this, &DocumentsPanel::preview);
    connect(m_saveDocx, &QPushButton::clicked, this, [this] { saveAs(u"docx"_s); });
    connect(m_savePdf, &QPushButton::clicked, this, [this] { saveAs(u"pdf"_s); });
    connect(m_open, &QPushButton::clicked, this, &DocumentsPanel::openDocument);
    connect(m_generated, &QTreeWidget::itemSelectionChanged, this, &DocumentsPanel::updateActions);
    connect(m_generated, &QTreeWidget::itemActivated, this, &DocumentsPanel::openDocument);
    connect(
        &m_watcher, &QFutureWatcher<DocumentJobResult>::finished, this, &DocumentsPanel::finished);
    refreshTemplates();
}

DocumentsPanel::~DocumentsPanel()
{
    // The job holds no pointer into the panel, but wait so nothing outlives the library.
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void DocumentsPanel::setCase(qint64 caseId)
{
    m_caseId = caseId;
    showPages({}, 0);
    refreshTemplates();
    refreshGenerated();
}

void DocumentsPanel::showEvent(QShowEvent *event)
{
    CasePanel::showEvent(event);
    // The case may have changed in another panel since: what is missing is read afresh.
    refreshMissing();
}

bool DocumentsPanel::selectTemplate(const QString &id)
{
    for (int i = 0; i < m_templates->topLevelItemCount(); ++i)
        if (m_templates->topLevelItem(i)->data(0, Qt::UserRole).toString() == id) {
            m_templates->setCurrentItem(m_templates->topLevelItem(i));
            return true;
        }
    return false;
}

QString DocumentsPanel::currentTemplate() const
{
    const QTreeWidgetItem *item = m_templates->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void DocumentsPanel::refreshTemplates()
{
    const QString current = currentTemplate();
    m_templates->clear();
    const TemplateRegistry registry(library().path());
    for (const TemplateInfo &t : registry.list()) {
        auto *item = new QTreeWidgetItem(
            m_templates, { t.name, kindLabel(t.kind), t.builtIn ? tr("Built-in") : tr("Library") });
        item->setData(0, Qt::UserRole, t.id);
        item->setToolTip(0, t.isValid() ? t.id : t.error);
        if (!t.isValid())
            item->setForeground(0, Qt::red);
    }
    if (!selectTemplate(current) && m_templates->topLevelItemCount() > 0)
        m_templates->setCurrentItem(m_templates->topLevelItem(0));
    refreshMissing();
}

void DocumentsPanel::refreshMissing()
{
    m_missing->clear();
    m_missingFields.clear();
    const QString id = currentTemplate();
    if (m_caseId == 0 || id.isEmpty()) {
        m_missingNote->clear();
        updateActions();
        return;
    }
    const TemplateRegistry registry(library().path());
    QStringList ids { id };
    if (id == kBundle)
        ids << u"evidence-list"_s; // the bundle prints the list too
    for (const QString &each : ids) {
        const auto missing = missingFields(library(), m_caseId, each, registry);
        if (!missing.ok()) {
            m_missingNote->setText(missing.error().message);
            updateActions();
            return;
        }
        for (const QString &field : missing.value())
            if (!m_missingFields.contains(field))
                m_missingFields << field;
    }
    for (const QString &field : std::as_const(m_missingFields)) {
        auto *item = new QListWidgetItem(field, m_missing);
        item->setForeground(Qt::red);
    }
    m_missing->setVisible(!m_missingFields.isEmpty());
    m_missingNote->setText(m_missingFields.isEmpty()
            ? tr("The case has everything this document needs.")
            : tr("The case lacks %n field(s) this document legally needs:", nullptr,
                static_cast<int>(m_missingFields.size())));
    updateActions();
}

void DocumentsPanel::editFields()
{
    const TemplateRegistry registry(library().path());
    const TemplateInfo *info = registry.find(currentTemplate());
    if (m_caseId == 0 || !info)
        return;
    DocumentFieldsDialog dialog(library(), m_caseId, *info, this);
    if (dialog.exec() == QDialog::Accepted) {
        showPages({}, 0);
        refreshMissing();
    }
}

void DocumentsPanel::refreshGenerated()
{
    m_generated->clear();
    if (m_caseId == 0)
        return updateActions();
    const TemplateRegistry registry(library().path());
    const auto list = DocumentRegister(library()).list(m_caseId);
    const QHash<QString, QStringList> notes = library().review().openNotes(m_caseId);
    if (list.ok())
        for (const GeneratedDocument &d : list.value()) {
            const TemplateInfo *info = registry.find(d.templateId);
            auto *item = new QTreeWidgetItem(m_generated,
                { info ? info->name : d.templateId, d.format.toUpper(),
                    d.draft ? tr("Draft") : QString(),
                    QDateTime::fromString(d.createdAt, Qt::ISODate)
                        .toLocalTime()
                        .toString(u"yyyy-MM-dd HH:mm"_s),
                    QDir::toNativeSeparators(d.path) });
            item->setData(0, Qt::UserRole, d.path);
            item->setToolTip(4, u"SHA-256 "_s + d.sha256);
            // The clinic's review: its open comments on this document.
            AnchorPlace place;
            place.documentId = d.id;
            if (const QStringList open =
                    notes.value(ReviewStore::placeKey(ReviewAnchor::Kind::Document, place));
                !open.isEmpty()) {
                item->setText(0, u"\u270e%1 "_s.arg(open.size()) + item->text(0));
                item->setToolTip(0, tr("Review comments:") + u"\n"_s + open.join(u"\n"_s));
            }
        }
    updateActions();
}

void DocumentsPanel::updateActions()
{
    const bool busy = m_watcher.isRunning();
    const bool can = m_caseId != 0 && !currentTemplate().isEmpty() && !busy
        && (m_missingFields.isEmpty() || m_draft->isChecked());
    m_draft->setEnabled(!m_missingFields.isEmpty());
    const TemplateRegistry registry(library().path());
    const TemplateInfo *info = registry.find(currentTemplate());
    m_fields->setEnabled(m_caseId != 0 && !busy && info && DocumentFieldsDialog::applies(*info));
    m_preview->setEnabled(can);
    m_savePdf->setEnabled(can);
    m_saveDocx->setEnabled(can && currentTemplate() != kBundle);
    m_open->setEnabled(m_generated->topLevelItemCount() > 0);
}

void DocumentsPanel::preview()
{
    DocumentJob job;
    job.action = DocumentJob::Action::Preview;
    job.format = u"pdf"_s;
    start(std::move(job));
}

void DocumentsPanel::saveAs(const QString &format)
{
    const QString id = currentTemplate();
    if (id.isEmpty() || m_caseId == 0)
        return;
    const TemplateRegistry registry(library().path());
    const TemplateInfo *info = registry.find(id);
    const QString suffix = u"."_s + format;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath((info ? info->name : id) + suffix);
    QString path =
        Dialogs::saveFileName(this, format == u"pdf"_s ? tr("Save as PDF") : tr("Save as DOCX"),
            suggested, format == u"pdf"_s ? tr("PDF (*.pdf)") : tr("Word document (*.docx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    DocumentJob job;
    job.action = DocumentJob::Action::Save;
    job.format = format;
    job.path = path;
    start(std::move(job));
}

void DocumentsPanel::start(DocumentJob job)
{
    const QString id = currentTemplate();
    if (id.isEmpty() || m_caseId == 0 || m_watcher.isRunning())
        return;
    // A draft only when something is missing: a complete case prints without the watermark.
    const bool draft = !m_missingFields.isEmpty() && m_draft->isChecked();
    const TemplateRegistry registry(library().path());
    if (id == kBundle) {
        job.planBundleFrom = library().location();
        job.caseId = m_caseId;
        job.draft = draft;
    } else {
        auto document = buildDocument(library(), m_caseId, id, registry, draft);
        if (!document.ok())
            return Dialogs::error(this, tr("Documents"), document.error().message);
        job.document = std::move(document).value();
    }
    job.blobs = &library().blobs();
    m_pendingCase = m_caseId;
    m_pendingTemplate = id;
    m_pendingFormat = job.format;
    m_pendingDraft = draft;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    job.cancel = m_cancel;

    auto *progress = new QProgressDialog(job.action == DocumentJob::Action::Save
            ? tr("Writing %1…").arg(QDir::toNativeSeparators(job.path))
            : tr("Preparing the preview…"),
        tr("Cancel"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(&m_watcher, &QFutureWatcher<DocumentJobResult>::progressRangeChanged, progress,
        &QProgressDialog::setRange);
    connect(&m_watcher, &QFutureWatcher<DocumentJobResult>::progressValueChanged, progress,
        &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, this, [cancel = m_cancel] { *cancel = true; });
    connect(&m_watcher, &QFutureWatcher<DocumentJobResult>::finished, progress,
        &QProgressDialog::close);
    m_watcher.setFuture(QtConcurrent::run(
        [job = std::move(job)](QPromise<DocumentJobResult> &promise) { runJob(promise, job); }));
    updateActions();
}

void DocumentsPanel::finished()
{
    const QFuture<DocumentJobResult> future = m_watcher.future();
    updateActions();
    if (future.resultCount() == 0)
        return emit jobFinished();
    const DocumentJobResult result = future.result();
    if (result.cancelled) {
        emit statusMessage(tr("Cancelled; nothing was written."));
    } else if (!result.error.isEmpty()) {
        Dialogs::error(this, tr("Documents"), result.error);
    } else if (result.path.isEmpty()) {
        showPages(result.pages, result.pageCount);
    } else {
        const auto recorded = DocumentRegister(library()).record(m_pendingCase, m_pendingTemplate,
            m_pendingFormat, result.path, result.sha256, m_pendingDraft);
        if (!recorded.ok()) {
            Dialogs::error(this, tr("Documents"), recorded.error().message);
        } else {
            undo().markClean(m_pendingCase); // the case as last generated: no [*] in the title
            emit statusMessage(tr("Saved %1 (%n page(s)).", nullptr, result.pageCount)
                                   .arg(QDir::toNativeSeparators(result.path)));
        }
        refreshGenerated();
    }
    emit jobFinished();
}

void DocumentsPanel::showPages(const QList<QImage> &pages, int pageCount)
{
    while (QLayoutItem *item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_previewPages = static_cast<int>(pages.size());
    for (const QImage &page : pages) {
        auto *label = new QLabel(m_pagesHost);
        label->setPixmap(QPixmap::fromImage(page));
        label->setFrameShape(QFrame::Box);
        m_pagesLayout->addWidget(label);
    }
    if (pageCount == 0)
        m_previewNote->setText(tr("Preview the document to see its pages before saving."));
    else if (pageCount > m_previewPages)
        m_previewNote->setText(
            tr("%n page(s); the first %1 are shown.", nullptr, pageCount).arg(m_previewPages));
    else
        m_previewNote->setText(tr("%n page(s).", nullptr, pageCount));
}

void DocumentsPanel::openDocument()
{
    QTreeWidgetItem *item = m_generated->currentItem();
    if (!item)
        item = m_generated->topLevelItem(0);
    if (!item)
        return;
    const QString path = item->data(0, Qt::UserRole).toString();
    if (!QFileInfo::exists(path))
        return Dialogs::error(this, tr("Open"),
            tr("%1 is no longer there; the register keeps a copy of its bytes in the library.")
                .arg(QDir::toNativeSeparators(path)));
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace habeas
