#include "evidencebundle.h"

#include "evidence/annotationstore.h"
#include "evidence/evidencestore.h"
#include "evidencebundlepages.h"
#include "filingcontext.h"
#include "markup.h"
#include "pdfcomposer.h"
#include "pdfdocument.h"
#include "pdfwriter.h"
#include "storage/blobstore.h"
#include "storage/library.h"
#include "storage/storagebackend.h"
#include "templateregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

const QString kCoverTemplate = u"evidence-bundle"_s;
const QString kListTemplate = u"evidence-list"_s;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::Documents)
};

// The page that stands for an exhibit the bundle cannot print (audio, e-mail, an unreadable
// or encrypted file): what it is and how to find the original.
doc::Document placeholderDocument(const BundleExhibit &e)
{
    QString markup = u"# "_s + escapeMarkup(e.number) + u"\n## "_s + escapeMarkup(e.title)
        + u"\n~\n> 文件名："_s + escapeMarkup(e.originalName) + u"\n> 文件类型："_s
        + escapeMarkup(e.mediaType.isEmpty() ? u"application/octet-stream"_s : e.mediaType)
        + u"\n> 文件大小："_s + QString::number(e.size) + u" 字节\n> SHA-256："_s + e.sha256;
    if (!e.note.isEmpty())
        markup += u"\n> 说明："_s + escapeMarkup(e.note);
    markup += u"\n~\n> 本证据不宜打印，原件另行提交。\n"_s;
    doc::Document document = parseMarkup(markup);
    document.title = e.number;
    return document;
}

// Reads the exhibits and works out how each prints and how many pages it takes.
Result<QList<BundleExhibit>> readExhibits(
    Library &library, qint64 caseId, const std::atomic_bool *cancel)
{
    const auto items = library.evidence().items(caseId);
    if (!items.ok())
        return items.error();
    QList<BundleExhibit> exhibits;
    for (const EvidenceRecord &r : items.value()) {
        if (cancel && cancel->load())
            return bundle::cancelledError();
        if (r.isTrashed())
            continue;
        BundleExhibit e;
        e.evidenceId = r.id;
        e.number = r.exhibitNumber();
        e.title = r.title;
        // A path the printer reads: on a server, a checked copy in the session folder.
        const auto file = library.blobs().localFile(r.sha256);
        e.file = file.ok() ? file.value() : QString();
        e.originalName = r.originalName;
        e.mediaType = r.mediaType;
        e.sha256 = r.sha256;
        e.size = r.size;
        const auto regions = library.annotations().annotations(r.id);
        if (!regions.ok())
            return regions.error();
        for (const Annotation &a : regions.value())
            if (a.kind == Annotation::Kind::Redaction && !a.isTrashed())
                e.redactions[a.page - 1].append(a.rect);
        if (!QFileInfo::exists(e.file)) {
            e.note = Text::tr("The original is missing from the library's blob store.");
        } else if (r.isPdf()) {
            auto pdf = PdfDocument::open(e.file);
            if (!pdf.ok())
                e.note = pdf.error().message;
            else if (pdf.value()->pageCount() < 1)
                e.note = Text::tr("The PDF has no pages.");
            else {
                e.kind = BundleExhibit::Kind::Pdf;
                e.pages = pdf.value()->pageCount();
            }
        } else if (r.isImage()) {
            QImageReader reader(e.file);
            if (reader.canRead() && reader.size().isValid())
                e.kind = BundleExhibit::Kind::Image;
            else
                e.note = Text::tr("The image cannot be read: %1").arg(reader.errorString());
        }
        if (e.kind == BundleExhibit::Kind::Placeholder)
            e.pages = pdfPageCount(placeholderDocument(e));
        exhibits << e;
    }
    return exhibits;
}

// Numbers the exhibits' pages after the cover and a list of listPages pages; returns the
// bundle's page count.
int paginate(QList<BundleExhibit> &exhibits, int firstPage)
{
    int page = firstPage;
    for (BundleExhibit &e : exhibits) {
        e.firstPage = page;
        page += e.pages;
    }
    return page - 1;
}

// The exhibit pages that are decoded or rendered, in the order they are written.
QList<bundle::PageJob> pageJobs(const BundlePlan &plan)
{
    QList<bundle::PageJob> jobs;
    for (const BundleExhibit &e : plan.exhibits) {
        if (e.kind == BundleExhibit::Kind::Image)
            jobs.append({ &e, 0 });
        else if (e.kind == BundleExhibit::Kind::Pdf)
            for (int i = 0; i < e.pages; ++i)
                jobs.append({ &e, i });
    }
    return jobs;
}

// Writes one exhibit: its pages from the pipeline (a placeholder is laid out here), up to the
// bundle's page lastPage.
Status writeExhibit(PdfComposer &pdf, const BundleExhibit &e, bundle::PagePipeline &pages,
    int lastPage, const std::function<void()> &pageDone)
{
    if (e.kind == BundleExhibit::Kind::Placeholder) {
        if (auto added = pdf.appendDocument(placeholderDocument(e), e.number); !added.ok())
            return added.error();
        pageDone();
        return {};
    }
    const int count = e.kind == BundleExhibit::Kind::Image ? 1 : e.pages;
    for (int i = 0; i < count && pdf.pageCount() < lastPage; ++i) {
        bundle::PreparedPage page = pages.next();
        if (!page.status.ok())
            return page.status;
        const QString stamp = i == 0 ? e.number : QString();
        if (Status st = e.kind == BundleExhibit::Kind::Image
                ? pdf.appendImage(page.image, stamp)
                : pdf.appendPage(page.sizePt, page.image, stamp);
            !st.ok())
            return st;
        pageDone();
    }
    return {};
}

} // namespace

QString BundleExhibit::pageRange() const
{
    if (firstPage < 1)
        return {};
    return pages > 1 ? u"%1-%2"_s.arg(firstPage).arg(firstPage + pages - 1)
                     : QString::number(firstPage);
}

Result<BundlePlan> planEvidenceBundle(Library &library, qint64 caseId,
    const TemplateRegistry &registry, bool draft, const std::atomic_bool *cancel)
{
    if (!draft) {
        QStringList missing;
        for (const QString &id : { kCoverTemplate, kListTemplate }) {
            const auto lacks = missingFields(library, caseId, id, registry);
            if (!lacks.ok())
                return lacks.error();
            for (const QString &field : lacks.value())
                if (!missing.contains(field))
                    missing << field;
        }
        if (!missing.isEmpty())
            return Error::input(Text::tr("The case lacks what the evidence bundle needs: %1")
                                    .arg(missing.join(u"；"_s)));
    }
    auto exhibits = readExhibits(library, caseId, cancel);
    if (!exhibits.ok())
        return exhibits.error();

    BundlePlan plan;
    auto cover = buildDocument(library, caseId, kCoverTemplate, registry, draft);
    if (!cover.ok())
        return cover.error();
    plan.cover = std::move(cover).value();
    plan.coverPages = pdfPageCount(plan.cover);
    plan.title = plan.cover.title;
    plan.exhibits = std::move(exhibits).value();

    // Pass one lays the list out without page numbers; each further pass fills in the ranges
    // that follow from the length of the last. Longer ranges can wrap a cell and so lengthen
    // the list: stop when the length holds.
    FilingOptions options;
    options.draft = draft;
    bool settled = false;
    for (int pass = 0; pass < 5 && !settled; ++pass) {
        auto list = buildDocument(library, caseId, kListTemplate, registry, options);
        if (!list.ok())
            return list.error();
        const int listPages = pdfPageCount(list.value());
        settled = pass > 0 && listPages == plan.listPages;
        plan.list = std::move(list).value();
        plan.listPages = listPages;
        if (settled)
            break;
        plan.pageCount = paginate(plan.exhibits, plan.coverPages + plan.listPages + 1);
        options.exhibitPages.clear();
        for (const BundleExhibit &e : std::as_const(plan.exhibits))
            options.exhibitPages.insert(e.evidenceId, e.pageRange());
    }
    if (!settled)
        return Error::input(
            Text::tr("The evidence list's length does not settle; the bundle cannot "
                     "be paginated."));
    return plan;
}

Result<int> writeEvidenceBundle(
    const BundlePlan &plan, QIODevice *out, const BundleWriteOptions &options)
{
    PdfComposer pdf(out);
    pdf.setTitle(plan.title);
    const int last =
        options.pageLimit > 0 ? qMin(options.pageLimit, plan.pageCount) : plan.pageCount;
    const auto pageDone = [&] {
        if (options.progress)
            options.progress(qMin(pdf.pageCount(), last), last);
    };
    for (const doc::Document *part : { &plan.cover, &plan.list }) {
        if (auto added = pdf.appendDocument(*part); !added.ok())
            return added.error();
        pageDone();
    }
    bundle::PagePipeline pages(pageJobs(plan), options);
    for (const BundleExhibit &e : plan.exhibits) {
        if (pdf.pageCount() >= last)
            break;
        if (options.cancel && options.cancel->load())
            return bundle::cancelledError();
        if (pdf.pageCount() + 1 != e.firstPage)
            return Error::input(Text::tr("The evidence bundle's pages no longer match its list at "
                                         "%1; generate it again.")
                                    .arg(e.number));
        if (Status st = writeExhibit(pdf, e, pages, last, pageDone); !st.ok())
            return st.error();
    }
    if (Status done = pdf.finish(); !done.ok())
        return done.error();
    return pdf.pageCount();
}

Result<int> saveEvidenceBundle(
    const BundlePlan &plan, const QString &path, const BundleWriteOptions &options)
{
    QSaveFile file(path);
    const auto failed = [&](const QString &why) {
        return Error::io(Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    const Result<int> pages = writeEvidenceBundle(plan, &file, options);
    if (!pages.ok()) {
        file.cancelWriting();
        return pages.error().kind == Error::Kind::Io ? failed(pages.error().message)
                                                     : pages.error();
    }
    if (!file.commit())
        return failed(file.errorString());
    return pages;
}

} // namespace habeas
