// habeas-parse: opens ONE untrusted file in a process of its own and prints what it found as
// one JSON object on stdout. Habeas runs it through ParserClient with a time limit, so a file
// that crashes or hangs Poppler, an image decoder or Tesseract costs this process only.

#include "core/settings.h"
#include "core/translations.h"
#include "imageprobe.h"
#include "ocr.h"
#include "pdfdocument.h"
#include "platform/workerguard.h"
#include "thumbnail.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QStringDecoder>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::StringLiterals;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::Parse)
};

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// Defence in depth behind the caller's time limit: a decoder tricked into allocating
// without end, or spinning, is stopped by the kernel. No core file either: it would hold
// the evidence's content.
void limitResources()
{
    habeas::WorkerGuard::limitSelf({}, kSanitized);
}

struct Options {
    QString file;
    QString password;
    bool ocr = false;
    QString thumbnail;
};

// Almost no text on a page means it is a scan or a photograph of a document.
bool needsOcr(const QString &text)
{
    return text.simplified().size() < 16;
}

void setFailure(QJsonObject &out, const QString &status, const QString &reason)
{
    out[u"status"_s] = status;
    out[u"reason"_s] = reason;
}

void addWarning(QJsonObject &out, const QString &warning)
{
    const QString previous = out.value(u"warning"_s).toString();
    out[u"warning"_s] = previous.isEmpty() ? warning : previous + u'\n' + warning;
}

QJsonObject page(int number, const QString &text, const QString &origin, QSizeF sizePt = {})
{
    QJsonObject p { { u"page"_s, number }, { u"text"_s, text }, { u"origin"_s, origin } };
    if (!sizePt.isEmpty()) {
        // Hundredths of a point are far below anything a reader can see.
        p[u"widthPt"_s] = std::round(sizePt.width() * 100) / 100;
        p[u"heightPt"_s] = std::round(sizePt.height() * 100) / 100;
    }
    return p;
}

void writeThumbnail(QJsonObject &out, const habeas::Result<QImage> &image, const QString &target)
{
    if (target.isEmpty())
        return;
    if (!image.ok()) {
        addWarning(out, Text::tr("No thumbnail: %1").arg(image.error().message));
        return;
    }
    const auto st = habeas::savePng(image.value(), target);
    if (!st.ok())
        addWarning(out, Text::tr("No thumbnail: %1").arg(st.error().message));
    out[u"thumbnail"_s] = st.ok();
}

void parsePdf(QJsonObject &out, const Options &options)
{
    using habeas::PdfDocument;
    out[u"kind"_s] = u"pdf"_s;
    PdfDocument::OpenFailure why = PdfDocument::OpenFailure::None;
    const auto opened = PdfDocument::open(options.file, options.password, &why);
    if (!opened.ok()) {
        const QString status = why == PdfDocument::OpenFailure::PasswordRequired ? u"encrypted"_s
            : why == PdfDocument::OpenFailure::WrongPassword ? u"wrong-password"_s
                                                             : u"unreadable"_s;
        setFailure(out, status, opened.error().message);
        return;
    }
    const PdfDocument &doc = *opened.value();
    const int count = doc.pageCount();
    out[u"pageCount"_s] = count;
    QJsonArray pages;
    for (int i = 0; i < count; ++i) {
        const auto layer = doc.pageText(i);
        QString text = layer.ok() ? layer.value() : QString();
        QString origin = u"pdf"_s;
        if (options.ocr && needsOcr(text)) {
            // 300 dpi is what Tesseract is trained for.
            const auto image = doc.renderPage(i, 300);
            const auto recognised = image.ok() ? habeas::ocrImage(image.value())
                                               : habeas::Result<QString>(image.error());
            if (recognised.ok()) {
                text = recognised.value();
                origin = u"ocr"_s;
            } else {
                addWarning(out, Text::tr("Page %1: %2").arg(i + 1).arg(recognised.error().message));
            }
        }
        pages.append(page(i + 1, text, origin, doc.pageSize(i)));
    }
    out[u"pages"_s] = pages;
    if (!options.thumbnail.isEmpty()) {
        const QSizeF first = doc.pageSize(0);
        const double dpi =
            habeas::kThumbnailSize * 72.0 / std::max({ first.width(), first.height(), 1.0 });
        auto image = doc.renderPage(0, dpi);
        if (image.ok() && image->width() > habeas::kThumbnailSize)
            image = image->scaled(habeas::kThumbnailSize, habeas::kThumbnailSize,
                Qt::KeepAspectRatio, Qt::SmoothTransformation);
        writeThumbnail(out, image, options.thumbnail);
    }
    out[u"status"_s] = u"ok"_s;
}

void parseImage(QJsonObject &out, const Options &options)
{
    out[u"kind"_s] = u"image"_s;
    const auto probe = habeas::probeImage(options.file);
    if (!probe.ok()) {
        setFailure(out, u"unreadable"_s, probe.error().message);
        return;
    }
    out[u"mediaType"_s] = probe->mediaType;
    out[u"width"_s] = probe->size.width();
    out[u"height"_s] = probe->size.height();
    out[u"pageCount"_s] = 1;
    if (probe->capturedAt.isValid())
        out[u"capturedAt"_s] = probe->capturedAt.toString(Qt::ISODate);
    // Decoding (at thumbnail size: cheap, yet it reads every byte) is what tells a
    // truncated or corrupt image from a good one.
    const auto image = habeas::imageThumbnail(options.file);
    if (!image.ok()) {
        setFailure(out, u"unreadable"_s, image.error().message);
        return;
    }
    writeThumbnail(out, image, options.thumbnail);
    if (options.ocr) {
        // Tesseract's own reader (Leptonica) handles the common formats; others go through
        // a PNG decoded here.
        static const QList<QByteArray> direct { "png", "jpeg", "tiff", "bmp", "pbm", "pgm", "ppm" };
        habeas::Result<QString> text = habeas::Error::input(QString());
        if (direct.contains(probe->format)) {
            text = habeas::ocrFile(options.file);
        } else {
            QImageReader reader(options.file);
            reader.setAutoTransform(true);
            const QImage full = reader.read();
            text = full.isNull()
                ? habeas::Result<QString>(habeas::Error::input(reader.errorString()))
                : habeas::ocrImage(full);
        }
        if (text.ok())
            out[u"pages"_s] = QJsonArray { page(1, text.value(), u"ocr"_s) };
        else
            addWarning(out, text.error().message);
    }
    out[u"status"_s] = u"ok"_s;
}

void parseOther(QJsonObject &out, const Options &options, const QMimeType &mime)
{
    out[u"kind"_s] = u"other"_s;
    out[u"status"_s] = u"ok"_s;
    constexpr qint64 kMaxText = 16 * 1024 * 1024;
    QFile file(options.file);
    if (!mime.inherits(u"text/plain"_s) || file.size() > kMaxText
        || !file.open(QIODevice::ReadOnly))
        return;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(file.readAll());
    if (!utf8.hasError()) {
        out[u"pageCount"_s] = 1;
        out[u"pages"_s] = QJsonArray { page(1, text, u"text"_s) };
    }
}

QJsonObject parse(const Options &options)
{
    QJsonObject out { { u"kind"_s, u"other"_s } };
    const QFileInfo info(options.file);
    if (!info.isFile() || !info.isReadable()) {
        setFailure(out, u"unreadable"_s,
            Text::tr("%1 does not exist or cannot be read.")
                .arg(QDir::toNativeSeparators(options.file)));
        return out;
    }
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(info);
    out[u"mediaType"_s] = mime.name();
    if (info.size() == 0) {
        setFailure(out, u"unreadable"_s, Text::tr("The file is empty (0 bytes)."));
        return out;
    }
    QImageReader probe(options.file);
    probe.setDecideFormatFromContent(true);
    if (habeas::looksLikePdf(options.file) || mime.inherits(u"application/pdf"_s))
        parsePdf(out, options);
    else if (mime.name().startsWith(u"image/"_s) || probe.canRead())
        parseImage(out, options);
    else
        parseOther(out, options, mime);
    return out;
}

// --serve: one request per line on stdin (a JSON object: file, password, ocr, thumbnail), one
// answer per line on stdout, until stdin closes. ParserPool keeps a few of these alive so a file
// costs no process start; it restarts one after a crash, a hang or a number of files. The
// answer also says how much CPU time this process has used, so the pool can retire it long
// before the CPU limit of limitResources() could cut a file short.
int serve()
{
    // A path and a password; anything longer is not a request.
    constexpr size_t kMaxRequest = 1 << 20;
    std::string line;
    while (std::getline(std::cin, line)) {
        QJsonObject out;
        const QJsonDocument request =
            line.size() > kMaxRequest ? QJsonDocument() : QJsonDocument::fromJson(line.c_str());
        const QJsonObject r = request.object();
        if (!request.isObject() || !r.value(u"file"_s).isString()) {
            out = { { u"kind"_s, u"other"_s } };
            setFailure(
                out, u"unreadable"_s, Text::tr("The request to the parser was not understood."));
        } else {
            Options options;
            options.file = r.value(u"file"_s).toString();
            options.password = r.value(u"password"_s).toString();
            options.ocr = r.value(u"ocr"_s).toBool();
            options.thumbnail = r.value(u"thumbnail"_s).toString();
            out = parse(options);
        }
        out[u"cpuSeconds"_s] = habeas::WorkerGuard::cpuSecondsUsed();
        const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Compact) + '\n';
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        if (std::fflush(stdout) != 0)
            return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    limitResources();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Habeas"_s);
    QCoreApplication::setApplicationName(u"Habeas"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HABEAS_VERSION));
    habeas::installTranslations(
        app, habeas::Settings::value(habeas::Settings::Language).toString());
    habeas::installImageAllocationLimit();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Reads one evidence file and prints what it holds as one JSON object."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption password(u"password"_s, Text::tr("The PDF's password."), u"P"_s);
    const QCommandLineOption passwordStdin(
        u"password-stdin"_s, Text::tr("Read the PDF's password from standard input."));
    const QCommandLineOption ocr(
        u"ocr"_s, Text::tr("Recognise the text of images and of PDF pages without a text layer."));
    const QCommandLineOption thumbnail(
        u"thumbnail"_s, Text::tr("Write a thumbnail (PNG) to this file."), u"OUT.png"_s);
    const QCommandLineOption serveOption(u"serve"_s,
        Text::tr("Read requests (one JSON object a line) from standard input and answer each on a "
                 "line of standard output, until the input ends."));
    parser.addOptions({ password, passwordStdin, ocr, thumbnail, serveOption });
    parser.addPositionalArgument(u"FILE"_s, Text::tr("The file to read."));
    parser.process(app);
    if (parser.isSet(serveOption) && parser.positionalArguments().isEmpty())
        return serve();
    if (parser.positionalArguments().size() != 1) {
        std::fputs(qPrintable(parser.helpText()), stderr);
        return 2;
    }

    Options options;
    options.file = parser.positionalArguments().constFirst();
    options.password = parser.value(password);
    if (parser.isSet(passwordStdin)) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly)) {
            QByteArray bytes = in.readAll();
            if (bytes.endsWith('\n'))
                bytes.chop(1);
            options.password = QString::fromUtf8(bytes);
        }
    }
    options.ocr = parser.isSet(ocr);
    options.thumbnail = parser.value(thumbnail);

    const QByteArray json = QJsonDocument(parse(options)).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
}
