#include "evidencebundle.h"

#include "core/trfunction.h"
#include "evidence/annotationstore.h"
#include "evidence/evidencestore.h"
#include "filingcontext.h"
#include "markup.h"
#include "pdfcomposer.h"
#include "pdfdocument.h"
#include "pdfwriter.h"
#include "storage/blobstore.h"
#include "storage/library.h"
#include "templateregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QPainter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

const QString kCoverTemplate = u"evidence-bundle"_s;
const QString kListTemplate = u"evidence-list"_s;

constexpr char kTrContext[] = "habeas::Documents";
constexpr auto tr = &translateIn<kTrContext>;

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

// Where an image fits on an A4 page inside the GB/T 9704 margins, at dpi.
QSize imageBlockPixels(double dpi)
{
    const doc::PageSetup page;
    const double mmPerInch = 25.4;
    return { int((210 - page.leftMm - page.rightMm) / mmPerInch * dpi),
        int((297 - page.topMm - page.bottomMm) / mmPerInch * dpi) };
}

void burnRedactions(QImage &image, const QList<QRectF> &boxes)
{
    if (boxes.isEmpty())
        return;
    if (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32
        && image.format() != QImage::Format_ARGB32_Premultiplied)
        image = image.convertToFormat(QImage::Format_RGB32);
    QPainter painter(&image);
    for (const QRectF &box : boxes)
        painter.fillRect(QRectF(box.x() * image.width(), box.y() * image.height(),
                             box.width() * image.width(), box.height() * image.height()),
            Qt::black);
}

// Reads the exhibits and works out how each prints and how many pages it takes.
Result<QList<BundleExhibit>> readExhibits(Library &library, qint64 caseId)
{
    const auto items = library.evidence().items(caseId);
    if (!items.ok())
        return items.error();
    const BlobStore blobs(library.blobsPath());
    QList<BundleExhibit> exhibits;
    for (const EvidenceRecord &r : items.value()) {
        if (r.isTrashed())
            continue;
        BundleExhibit e;
        e.evidenceId = r.id;
        e.number = r.exhibitNumber();
        e.title = r.title;
        e.file = blobs.pathFor(r.sha256);
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
            e.note = tr("The original is missing from the library's blob store.");
        } else if (r.isPdf()) {
            auto pdf = PdfDocument::open(e.file);
            if (!pdf.ok())
                e.note = pdf.error().message;
            else if (pdf.value()->pageCount() < 1)
                e.note = tr("The PDF has no pages.");
            else {
                e.kind = BundleExhibit::Kind::Pdf;
                e.pages = pdf.value()->pageCount();
            }
        } else if (r.isImage()) {
            QImageReader reader(e.file);
            if (reader.canRead() && reader.size().isValid())
                e.kind = BundleExhibit::Kind::Image;
            else
                e.note = tr("The image cannot be read: %1").arg(reader.errorString());
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

Status cancelled()
{
    return Error::input(tr("The evidence bundle was cancelled."));
}

Status writeImageExhibit(PdfComposer &pdf, const BundleExhibit &e, const BundleWriteOptions &o)
{
    QImageReader reader(e.file);
    reader.setAutoTransform(true);
    // A screenshot larger than the page's text block at ~200 dpi is decoded smaller: sharp
    // enough to read, and a 300-page bundle stays small.
    const QSize block = imageBlockPixels(qMax(o.dpi, 200.0));
    const QSize size = reader.size();
    if (size.width() > block.width() || size.height() > block.height())
        reader.setScaledSize(size.scaled(block, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return Error::input(tr("%1 cannot be read: %2").arg(e.number, reader.errorString()));
    burnRedactions(image, e.redactions.value(0));
    return pdf.appendImage(image, e.number);
}

Status writePdfExhibit(PdfComposer &pdf, const BundleExhibit &e, const BundleWriteOptions &o,
    const std::function<void()> &pageDone)
{
    auto document = PdfDocument::open(e.file);
    if (!document.ok())
        return Error::input(u"%1: %2"_s.arg(e.number, document.error().message));
    for (int i = 0; i < e.pages; ++i) {
        if (o.cancel && o.cancel->load())
            return cancelled();
        const QSizeF size = document.value()->pageSize(i);
        auto image = document.value()->renderPage(i, o.dpi, o.cancel);
        if (!image.ok())
            return (o.cancel && o.cancel->load()) ? cancelled() : Status(image.error());
        burnRedactions(image.value(), e.redactions.value(i));
        if (Status st = pdf.appendPage(size, image.value(), i == 0 ? e.number : QString());
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

Result<BundlePlan> planEvidenceBundle(
    Library &library, qint64 caseId, const TemplateRegistry &registry, bool draft)
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
            return Error::input(
                tr("The case lacks what the evidence bundle needs: %1").arg(missing.join(u"；"_s)));
    }
    auto exhibits = readExhibits(library, caseId);
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
        return Error::input(tr("The evidence list's length does not settle; the bundle cannot "
                               "be paginated."));
    return plan;
}

Result<int> writeEvidenceBundle(
    const BundlePlan &plan, QIODevice *out, const BundleWriteOptions &options)
{
    PdfComposer pdf(out);
    pdf.setTitle(plan.title);
    const auto pageDone = [&] {
        if (options.progress)
            options.progress(pdf.pageCount(), plan.pageCount);
    };
    for (const doc::Document *part : { &plan.cover, &plan.list }) {
        if (auto added = pdf.appendDocument(*part); !added.ok())
            return added.error();
        pageDone();
    }
    for (const BundleExhibit &e : plan.exhibits) {
        if (options.cancel && options.cancel->load())
            return cancelled().error();
        if (pdf.pageCount() + 1 != e.firstPage)
            return Error::input(tr("The evidence bundle's pages no longer match its list at "
                                   "%1; generate it again.")
                                    .arg(e.number));
        Status st;
        switch (e.kind) {
        case BundleExhibit::Kind::Image:
            st = writeImageExhibit(pdf, e, options);
            pageDone();
            break;
        case BundleExhibit::Kind::Pdf:
            st = writePdfExhibit(pdf, e, options, pageDone);
            break;
        case BundleExhibit::Kind::Placeholder:
            if (auto added = pdf.appendDocument(placeholderDocument(e), e.number); !added.ok())
                st = added.error();
            pageDone();
            break;
        }
        if (!st.ok())
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
        return Error::io(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why));
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
