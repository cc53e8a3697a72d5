#include "pdfdocument.h"

#include "core/trfunction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>

#include <cmath>
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

// Held around every Poppler call; see the class comment.
QMutex &popplerMutex()
{
    static QMutex mutex;
    static const bool quiet = [] {
        Poppler::setDebugErrorFunction(&popplerMessage, QVariant());
        return true;
    }();
    Q_UNUSED(quiet)
    return mutex;
}

constexpr char kTrContext[] = "habeas::Parsing";
constexpr auto tr = &translateIn<kTrContext>;

bool abortRequested(const QVariant &closure)
{
    const auto *flag = reinterpret_cast<const std::atomic_bool *>(closure.value<quintptr>());
    return flag != nullptr && flag->load();
}

} // namespace

struct PdfDocument::Private {
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
        return fail(
            PdfDocument::OpenFailure::Unreadable, tr("This is not a PDF, or the PDF is damaged."));
    if (doc->isLocked()) {
        if (password.isEmpty())
            return fail(PdfDocument::OpenFailure::PasswordRequired,
                tr("The PDF is encrypted: a password is required to open it."));
        // AES-256 documents take UTF-8 passwords, older ones Latin-1 (PDFDocEncoding).
        const QByteArray utf8 = password.toUtf8();
        doc->unlock(utf8, utf8);
        const QByteArray latin1 = password.toLatin1();
        if (doc->isLocked() && latin1 != utf8)
            doc->unlock(latin1, latin1);
        if (doc->isLocked())
            return fail(PdfDocument::OpenFailure::WrongPassword,
                tr("The password does not open this PDF."));
    }
    if (doc->numPages() < 1)
        return fail(PdfDocument::OpenFailure::Unreadable, tr("The PDF has no pages."));
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
    const QMutexLocker lock(&popplerMutex());
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
            tr("%1 does not exist or cannot be read.").arg(QDir::toNativeSeparators(file)));
    }
    const QMutexLocker lock(&popplerMutex());
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
    const QMutexLocker lock(&popplerMutex());
    auto doc = openLocked(Poppler::Document::loadFromData(bytes), password, failure);
    if (!doc.ok())
        return doc.error();
    auto p = std::make_unique<Private>();
    p->doc = std::move(doc).value();
    return std::unique_ptr<PdfDocument>(new PdfDocument(std::move(p)));
}

int PdfDocument::pageCount() const
{
    const QMutexLocker lock(&popplerMutex());
    return d->doc->numPages();
}

QSizeF PdfDocument::pageSize(int index) const
{
    const QMutexLocker lock(&popplerMutex());
    const auto page = d->page(index);
    return page ? page->pageSizeF() : QSizeF();
}

Result<QString> PdfDocument::pageText(int index) const
{
    const QMutexLocker lock(&popplerMutex());
    const auto page = d->page(index);
    if (!page)
        return Error::input(tr("Page %1 cannot be read.").arg(index + 1));
    return page->text(QRectF());
}

Result<QImage> PdfDocument::renderPage(int index, double dpi, const std::atomic_bool *cancel) const
{
    auto cancelled = [] {
        return Error::input(tr("Rendering was cancelled."));
    };
    if (cancel && cancel->load())
        return cancelled();
    const QMutexLocker lock(&popplerMutex());
    const auto page = d->page(index);
    if (!page)
        return Error::input(tr("Page %1 cannot be read.").arg(index + 1));
    const QSizeF size = page->pageSizeF();
    if (size.isEmpty() || !(dpi > 0))
        return Error::input(tr("Page %1 cannot be rendered.").arg(index + 1));
    // A page can declare any size (a MediaBox of 200 × 200 inches is legal): scale down
    // rather than allocate gigabytes.
    const double pixels = size.width() * dpi / 72.0 * size.height() * dpi / 72.0;
    if (pixels > double(kMaxRenderPixels))
        dpi *= std::sqrt(double(kMaxRenderPixels) / pixels);
    const QVariant closure = QVariant::fromValue(reinterpret_cast<quintptr>(cancel));
    QImage image = page->renderToImage(dpi, dpi, -1, -1, -1, -1, Poppler::Page::Rotate0, nullptr,
        nullptr, cancel ? &abortRequested : nullptr, closure);
    if (cancel && cancel->load())
        return cancelled();
    if (image.isNull())
        return Error::input(tr("Page %1 cannot be rendered.").arg(index + 1));
    return image;
}

QList<QRectF> PdfDocument::findText(int index, const QString &phrase) const
{
    if (phrase.trimmed().isEmpty())
        return {};
    const QMutexLocker lock(&popplerMutex());
    const auto page = d->page(index);
    if (!page)
        return {};
    return page->search(phrase, Poppler::Page::IgnoreCase | Poppler::Page::AcrossLines);
}

QList<PdfDocument::Word> PdfDocument::words(int index) const
{
    const QMutexLocker lock(&popplerMutex());
    const auto page = d->page(index);
    if (!page)
        return {};
    QList<Word> result;
    for (const auto &box : page->textList())
        result.append({ box->text(), box->boundingBox() });
    return result;
}

} // namespace habeas
