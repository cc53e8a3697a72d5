#include "pdfdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>

#include <cmath>
#include <mutex>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

// Poppler reports every oddity of a damaged file (hundreds of lines for random bytes);
// useful when debugging, noise otherwise. QT_LOGGING_RULES="habeas.poppler.debug=true".
Q_LOGGING_CATEGORY(lcPoppler, "habeas.poppler", QtWarningMsg)

void popplerMessage(const QString &message, const QVariant &)
{
    qCDebug(lcPoppler) << message;
}

// A blank one-page PDF, rendered once before any document is opened (see preparePoppler()).
QByteArray blankPdf()
{
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (const char *object :
        { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>" }) {
        offsets << pdf.size();
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + object + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 4\n0000000000 65535 f \n";
    for (qsizetype offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf +=
        "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// Once per process, before the first document. Poppler 22.12 builds some process-wide state
// lazily and unguarded on first use: GfxState's LittleCMS profiles (sRGB, XYZ) and the CMS
// error handler, created by the first GfxState — that is, the first render or text extraction
// of any page — behind a plain null check. Two first renders on two threads would race there
// (Boomaga#148, poppler work item 1800), so one blank page is rendered here, under the once
// flag, before any document can be in use. The rest of Poppler's global state (GlobalParams,
// the Qt frontend's reference count of it) has locks of its own.
void preparePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction(&popplerMessage, QVariant());
        const auto doc = Poppler::Document::loadFromData(blankPdf());
        const auto page = doc && doc->numPages() == 1 ? doc->page(0) : nullptr;
        if (page)
            page->renderToImage(8, 8);
        else
            qCWarning(lcPoppler) << "Poppler could not be prepared with a blank page";
    });
}

struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::Parsing)
};

bool abortRequested(const QVariant &closure)
{
    const auto *flag = static_cast<const std::atomic_bool *>(closure.value<void *>());
    return flag != nullptr && flag->load();
}

} // namespace

struct PdfDocument::Private {
    // Held around every call into this document: a Poppler document serves one thread at a
    // time. Different documents run in parallel.
    mutable QMutex mutex;
    std::unique_ptr<Poppler::Document> doc;

    std::unique_ptr<Poppler::Page> page(int index) const
    {
        if (index < 0 || index >= doc->numPages())
            return {};
        return doc->page(index);
    }
};

namespace {

Result<std::unique_ptr<Poppler::Document>> openLocked(std::unique_ptr<Poppler::Document> doc,
    const QString &password, PdfDocument::OpenFailure *failure)
{
    auto fail = [failure](PdfDocument::OpenFailure why, const QString &message) {
        if (failure)
            *failure = why;
        return Error::input(message);
    };
    if (!doc)
        return fail(PdfDocument::OpenFailure::Unreadable,
            Text::tr("This is not a PDF, or the PDF is damaged."));
    if (doc->isLocked()) {
        if (password.isEmpty())
            return fail(PdfDocument::OpenFailure::PasswordRequired,
                Text::tr("The PDF is encrypted: a password is required to open it."));
        // AES-256 documents take UTF-8 passwords, older ones Latin-1 (PDFDocEncoding).
        const QByteArray utf8 = password.toUtf8();
        doc->unlock(utf8, utf8);
        const QByteArray latin1 = password.toLatin1();
        if (doc->isLocked() && latin1 != utf8)
            doc->unlock(latin1, latin1);
        if (doc->isLocked())
            return fail(PdfDocument::OpenFailure::WrongPassword,
                Text::tr("The password does not open this PDF."));
    }
    if (doc->numPages() < 1)
        return fail(PdfDocument::OpenFailure::Unreadable, Text::tr("The PDF has no pages."));
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    if (failure)
        *failure = PdfDocument::OpenFailure::None;
    return doc;
}

} // namespace

PdfDocument::PdfDocument(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}

PdfDocument::~PdfDocument()
{
    const QMutexLocker lock(&d->mutex);
    d->doc.reset();
}

Result<std::unique_ptr<PdfDocument>> PdfDocument::open(
    const QString &file, const QString &password, OpenFailure *failure)
{
    const QFileInfo info(file);
    if (!info.isFile() || !info.isReadable()) {
        if (failure)
            *failure = OpenFailure::Unreadable;
        return Error::input(
            Text::tr("%1 does not exist or cannot be read.").arg(QDir::toNativeSeparators(file)));
    }
    preparePoppler();
    auto doc = openLocked(Poppler::Document::load(file), password, failure);
    if (!doc.ok())
        return doc.error();
    auto p = std::make_unique<Private>();
    p->doc = std::move(doc).value();
    return std::unique_ptr<PdfDocument>(new PdfDocument(std::move(p)));
}

Result<std::unique_ptr<PdfDocument>> PdfDocument::fromData(
    const QByteArray &bytes, const QString &password, OpenFailure *failure)
{
    preparePoppler();
    auto doc = openLocked(Poppler::Document::loadFromData(bytes), password, failure);
    if (!doc.ok())
        return doc.error();
    auto p = std::make_unique<Private>();
    p->doc = std::move(doc).value();
    return std::unique_ptr<PdfDocument>(new PdfDocument(std::move(p)));
}

int PdfDocument::pageCount() const
{
    const QMutexLocker lock(&d->mutex);
    return d->doc->numPages();
}

QSizeF PdfDocument::pageSize(int index) const
{
    const QMutexLocker lock(&d->mutex);
    const auto page = d->page(index);
    return page ? page->pageSizeF() : QSizeF();
}

Result<QString> PdfDocument::pageText(int index) const
{
    const QMutexLocker lock(&d->mutex);
    const auto page = d->page(index);
    if (!page)
        return Error::input(Text::tr("Page %1 cannot be read.").arg(index + 1));
    return page->text(QRectF());
}

Result<QImage> PdfDocument::renderPage(int index, double dpi, const std::atomic_bool *cancel) const
{
    auto cancelled = [] {
        return Error::input(Text::tr("Rendering was cancelled."));
    };
    if (cancel && cancel->load())
        return cancelled();
    const QMutexLocker lock(&d->mutex);
    const auto page = d->page(index);
    if (!page)
        return Error::input(Text::tr("Page %1 cannot be read.").arg(index + 1));
    const QSizeF size = page->pageSizeF();
    if (size.isEmpty() || !(dpi > 0))
        return Error::input(Text::tr("Page %1 cannot be rendered.").arg(index + 1));
    // A page can declare any size (a MediaBox of 200 × 200 inches is legal): scale down
    // rather than allocate gigabytes.
    const double pixels = size.width() * dpi / 72.0 * size.height() * dpi / 72.0;
    if (pixels > double(kMaxRenderPixels))
        dpi *= std::sqrt(double(kMaxRenderPixels) / pixels);
    // Poppler hands the closure back to abortRequested, which only reads the flag.
    const QVariant closure =
        QVariant::fromValue(const_cast<void *>(static_cast<const void *>(cancel)));
    QImage image = page->renderToImage(dpi, dpi, -1, -1, -1, -1, Poppler::Page::Rotate0, nullptr,
        nullptr, cancel ? &abortRequested : nullptr, closure);
    if (cancel && cancel->load())
        return cancelled();
    if (image.isNull())
        return Error::input(Text::tr("Page %1 cannot be rendered.").arg(index + 1));
    return image;
}

QList<QRectF> PdfDocument::findText(int index, const QString &phrase) const
{
    if (phrase.trimmed().isEmpty())
        return {};
    const QMutexLocker lock(&d->mutex);
    const auto page = d->page(index);
    if (!page)
        return {};
    return page->search(phrase, Poppler::Page::IgnoreCase | Poppler::Page::AcrossLines);
}

QList<PdfDocument::Word> PdfDocument::words(int index) const
{
    const QMutexLocker lock(&d->mutex);
    const auto page = d->page(index);
    if (!page)
        return {};
    QList<Word> result;
    for (const auto &box : page->textList())
        result.append({ box->text(), box->boundingBox() });
    return result;
}

} // namespace habeas
