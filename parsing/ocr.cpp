#include "ocr.h"

#include "platform/workerguard.h"
#include "thumbnail.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::Parsing)
};

struct Run {
    QByteArray out;
    QByteArray err;
};

Result<Run> runTesseract(const QStringList &arguments, const OcrOptions &options)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // One page is small work; Tesseract's OpenMP threads only fight the rest of the import.
    env.insert(u"OMP_THREAD_LIMIT"_s, u"1"_s);
    process.setProcessEnvironment(env);
    // If whoever runs us is killed (the worker on a timeout), tesseract goes with it.
    WorkerGuard::prepare(process);
    process.start(options.program, arguments);
    if (process.waitForStarted(10'000))
        WorkerGuard::adopt(process);
    else
        return Error::input(
            Text::tr("Text recognition is not available: the tesseract program is not "
                     "installed (%1).")
                .arg(process.errorString()));
    QDeadlineTimer deadline(options.timeout);
    while (!process.waitForFinished(100)) {
        if (process.state() == QProcess::NotRunning)
            break;
        const bool cancelled = options.cancel && options.cancel->load();
        if (cancelled || deadline.hasExpired()) {
            process.kill();
            process.waitForFinished(5'000);
            if (cancelled)
                return Error::input(Text::tr("Text recognition was cancelled."));
            return Error::input(Text::tr("Text recognition timed out after %1 s.")
                                    .arg(options.timeout.count() / 1000));
        }
    }
    Run run { process.readAllStandardOutput(), process.readAllStandardError() };
    if (process.exitStatus() != QProcess::NormalExit)
        return Error::input(Text::tr("Text recognition failed: tesseract crashed."));
    if (process.exitCode() != 0) {
        const QString detail = QString::fromUtf8(run.err).trimmed();
        if (detail.contains(u"Failed loading language"_s) || detail.contains(u"traineddata"_s))
            return Error::input(
                Text::tr("Text recognition is not available: a language it needs (%1) "
                         "is not installed for tesseract.")
                    .arg(options.languages));
        return Error::input(Text::tr("Text recognition failed: %1").arg(detail.left(500)));
    }
    return run;
}

// Tesseract separates CJK characters with spaces; full-text search and people do not.
QString tidy(const QString &text)
{
    static const QRegularExpression cjkGap(
        u"(?<=[\\x{3000}-\\x{303F}\\x{3400}-\\x{9FFF}\\x{FF00}-\\x{FFEF}])[ \\t]+"
        "(?=[\\x{3000}-\\x{303F}\\x{3400}-\\x{9FFF}\\x{FF00}-\\x{FFEF}])"_s);
    QString result = text;
    result.remove(cjkGap);
    result.remove(QChar(u'\f'));
    return result.trimmed();
}

} // namespace

Result<QStringList> ocrLanguages(const OcrOptions &options)
{
    OcrOptions quick = options;
    quick.timeout = std::chrono::milliseconds(15'000);
    const auto run = runTesseract({ u"--list-langs"_s }, quick);
    if (!run.ok())
        return run.error();
    // "List of available languages in "/usr/share/…" (3):" then one per line; older
    // versions print the list on stderr.
    QStringList languages;
    const QString all = QString::fromUtf8(run->out + '\n' + run->err);
    for (const QString &line : all.split(u'\n')) {
        const QString name = line.trimmed();
        if (!name.isEmpty() && !name.contains(u' ') && !name.endsWith(u':'))
            languages.append(name);
    }
    return languages;
}

Result<QString> ocrFile(const QString &imageFile, const OcrOptions &options)
{
    const auto installed = ocrLanguages(options);
    if (!installed.ok())
        return installed.error();
    QStringList missing;
    for (const QString &language : options.languages.split(u'+', Qt::SkipEmptyParts)) {
        if (!installed->contains(language))
            missing.append(language);
    }
    if (!missing.isEmpty())
        return Error::input(
            Text::tr("Text recognition is not available: the tesseract language data "
                     "for %1 is not installed.")
                .arg(missing.join(u", "_s)));
    const auto run = runTesseract({ imageFile, u"stdout"_s, u"-l"_s, options.languages }, options);
    if (!run.ok())
        return run.error();
    return tidy(QString::fromUtf8(run->out));
}

Result<QString> ocrImage(const QImage &image, const OcrOptions &options)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::io(
            Text::tr("A temporary folder cannot be created: %1").arg(dir.errorString()));
    const QString file = dir.filePath(u"page.png"_s);
    if (auto st = savePng(image, file); !st.ok())
        return st.error();
    return ocrFile(file, options);
}

} // namespace habeas
