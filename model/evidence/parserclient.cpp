#include "evidence/parserclient.h"

#include "core/settings.h"
#include "platform/workerguard.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("habeas::ParserClient", text);
}

ParseResult failed(ParseResult::Status status, const QString &reason)
{
    ParseResult r;
    r.status = status;
    r.reason = reason;
    return r;
}

} // namespace

namespace ParseFailure {

ParseResult missingWorker(const QString &workerPath)
{
    return failed(ParseResult::Status::ParserUnavailable,
        tr("The file parser (habeas-parse) is not installed at %1; reinstall Habeas.")
            .arg(QDir::toNativeSeparators(workerPath)));
}

ParseResult notStarted(const QString &error)
{
    return failed(ParseResult::Status::ParserUnavailable,
        tr("The file parser (habeas-parse) did not start: %1").arg(error));
}

ParseResult noOriginal(const QString &error)
{
    return failed(ParseResult::Status::ParserUnavailable,
        tr("The original could not be fetched from the library server to be read: %1").arg(error));
}

ParseResult cancelled()
{
    return failed(ParseResult::Status::Cancelled, tr("Reading the file was cancelled."));
}

ParseResult timedOut(std::chrono::milliseconds limit)
{
    return failed(ParseResult::Status::Unreadable,
        tr("Reading the file timed out after %1 s; the file may be damaged or built "
           "to hang a parser.")
            .arg(double(limit.count()) / 1000.0));
}

ParseResult crashed(bool signalled, int exitCode)
{
    if (signalled)
        return failed(ParseResult::Status::Unreadable,
            tr("The parser crashed while reading this file; the file may be damaged or "
               "malicious."));
    return failed(ParseResult::Status::Unreadable,
        tr("The parser crashed while reading this file (exit code %1); the file may be "
           "damaged or malicious.")
            .arg(exitCode));
}

ParseResult noAnswer()
{
    return failed(
        ParseResult::Status::Unreadable, tr("The parser gave no usable answer for this file."));
}

} // namespace ParseFailure

QString ParseResult::text() const
{
    QStringList texts;
    for (const ParsedPage &p : pages)
        texts.append(p.text);
    return texts.join(u'\f');
}

ParseResult ParseResult::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QJsonObject o = doc.object();
    static const QHash<QString, Status> statuses {
        { u"ok"_s, Status::Ok },
        { u"unreadable"_s, Status::Unreadable },
        { u"encrypted"_s, Status::Encrypted },
        { u"wrong-password"_s, Status::WrongPassword },
    };
    const QString status = o.value(u"status"_s).toString();
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !statuses.contains(status))
        return failed(Status::Unreadable, tr("The parser gave no usable answer for this file."));
    ParseResult r;
    r.status = statuses.value(status);
    r.reason = o.value(u"reason"_s).toString();
    const QString kind = o.value(u"kind"_s).toString();
    r.kind = kind == u"pdf"_s ? Kind::Pdf : kind == u"image"_s ? Kind::Image : Kind::Other;
    r.mediaType = o.value(u"mediaType"_s).toString();
    r.size = QSize(o.value(u"width"_s).toInt(), o.value(u"height"_s).toInt());
    r.pageCount = o.value(u"pageCount"_s).toInt();
    for (const QJsonValue v : o.value(u"pages"_s).toArray()) {
        const QJsonObject p = v.toObject();
        r.pages.append({ p.value(u"page"_s).toInt(), p.value(u"widthPt"_s).toDouble(),
            p.value(u"heightPt"_s).toDouble(), p.value(u"text"_s).toString(),
            p.value(u"origin"_s).toString() });
    }
    if (const QString captured = o.value(u"capturedAt"_s).toString(); !captured.isEmpty()) {
        r.capturedAt = QDateTime::fromString(captured, Qt::ISODate);
        r.capturedAtHasOffset = r.capturedAt.isValid() && r.capturedAt.timeSpec() != Qt::LocalTime;
    }
    r.thumbnailWritten = o.value(u"thumbnail"_s).toBool();
    r.warning = o.value(u"warning"_s).toString();
    r.workerCpuSeconds = o.value(u"cpuSeconds"_s).toDouble();
    if (r.status != Status::Ok && r.reason.isEmpty())
        r.reason = tr("The parser gave no reason.");
    return r;
}

ParserClient::ParserClient()
    : m_workerPath(defaultWorkerPath())
{
}

QString ParserClient::defaultWorkerPath()
{
    if (const QString env = qEnvironmentVariable("HABEAS_PARSE_PATH"); !env.isEmpty())
        return env;
    QString name = u"habeas-parse"_s;
#ifdef Q_OS_WIN
    name += u".exe"_s;
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

QProcessEnvironment ParserClient::workerEnvironment()
{
    // The worker runs OCR with the tesseract this process chose (environment, Preferences or
    // detection): it does not read this user's settings itself.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HABEAS_TESSERACT"_s, Settings::tesseractProgram());
    return env;
}

ParseResult ParserClient::parse(const ParseRequest &request, const std::atomic_bool *cancel) const
{
    if (!QFileInfo(m_workerPath).isExecutable())
        return ParseFailure::missingWorker(m_workerPath);
    QStringList arguments;
    // The password goes through a pipe: a command line is visible to every local user.
    if (!request.password.isEmpty())
        arguments << u"--password-stdin"_s;
    if (request.ocr)
        arguments << u"--ocr"_s;
    if (!request.thumbnailPath.isEmpty())
        arguments << u"--thumbnail"_s << request.thumbnailPath;
    arguments << u"--"_s << request.file;

    QProcess process;
    process.setProcessEnvironment(workerEnvironment());
    // A worker must not outlive the thread that waits for it, nor take all memory.
    WorkerGuard::prepare(process);
    process.start(m_workerPath, arguments);
    if (!process.waitForStarted(10'000))
        return ParseFailure::notStarted(process.errorString());
    WorkerGuard::adopt(process);
    process.write(request.password.toUtf8());
    process.closeWriteChannel();

    const QDeadlineTimer deadline(m_timeout);
    while (!process.waitForFinished(50)) {
        if (process.state() == QProcess::NotRunning)
            break;
        // Diagnostics are not the answer; drop them so a chatty decoder cannot fill memory.
        process.readAllStandardError();
        const bool cancelled = cancel && cancel->load();
        const bool late = deadline.hasExpired();
        const bool flooding = process.bytesAvailable() > kMaxAnswerBytes;
        if (cancelled || late || flooding) {
            process.kill();
            process.waitForFinished(5'000);
            if (cancelled)
                return ParseFailure::cancelled();
            if (late)
                return ParseFailure::timedOut(m_timeout);
            return ParseFailure::noAnswer();
        }
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return ParseFailure::crashed(
            process.exitStatus() != QProcess::NormalExit, process.exitCode());
    return ParseResult::fromJson(process.readAllStandardOutput());
}

} // namespace habeas
