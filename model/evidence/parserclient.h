#pragma once

#include <QDateTime>
#include <QList>
#include <QProcessEnvironment>
#include <QSize>
#include <QString>

#include <atomic>
#include <chrono>

namespace habeas {

// One page of what the worker read.
struct ParsedPage {
    int page = 0; // from 1
    double widthPt = 0; // 0 for images and plain text
    double heightPt = 0;
    QString text;
    QString origin; // "pdf" (the text layer), "ocr" or "text" (a plain-text file)
};

// What habeas-parse found in a file, or why it found nothing.
struct ParseResult {
    enum class Status {
        Ok,
        Unreadable, // the file cannot be read, or reading it crashed or hung the parser
        Encrypted, // a PDF that needs a password
        WrongPassword,
        Cancelled, // stopped on request; says nothing about the file
        ParserUnavailable, // habeas-parse is missing or did not start; says nothing either
    };
    enum class Kind { Other, Image, Pdf };

    Status status = Status::Unreadable;
    Kind kind = Kind::Other;
    QString reason; // for a person; empty when status is Ok
    QString mediaType;
    QSize size; // images, in pixels
    int pageCount = 0;
    QList<ParsedPage> pages;
    QDateTime capturedAt; // invalid when the file does not say
    bool capturedAtHasOffset = false; // false: the device's clock, zone unknown
    bool thumbnailWritten = false;
    // Something that did not work but does not make the file unreadable, e.g. OCR wanted
    // and tesseract not installed.
    QString warning;
    // The CPU seconds the worker process had used when it answered (a long-lived worker's
    // total, so ParserPool can retire it before its CPU limit); 0 when it did not say.
    double workerCpuSeconds = 0;

    bool ok() const { return status == Status::Ok; }
    // All pages' text, separated by form feeds.
    QString text() const;

    // Parses the worker's JSON answer; anything else gives status Unreadable.
    static ParseResult fromJson(const QByteArray &json);
};

// The answers for a worker that did not answer, shared by ParserClient and ParserPool.
namespace ParseFailure {
ParseResult missingWorker(const QString &workerPath);
ParseResult notStarted(const QString &error);
ParseResult cancelled();
ParseResult timedOut(std::chrono::milliseconds limit);
// Killed by a signal (`crashed`), or ended with a non-zero exit code.
ParseResult crashed(bool signalled, int exitCode);
ParseResult noAnswer();
// The original could not be fetched from the library's server to be read: says nothing about
// the file, which stays waiting to be read.
ParseResult noOriginal(const QString &error);
} // namespace ParseFailure

struct ParseRequest {
    QString file;
    QString password;
    bool ocr = false;
    QString thumbnailPath; // empty: no thumbnail
};

// Runs the habeas-parse worker on one file, so a file that crashes or hangs a parser
// (Poppler, an image decoder, Tesseract) costs that process only. Synchronous and
// blocking: call it from a worker thread; it needs no event loop. Each call starts its
// own process, so one ParserClient may serve several threads at once. For many files,
// ParserPool keeps a few workers alive instead (evidence/parserpool.h).
class ParserClient final {
public:
    ParserClient();

    // $HABEAS_PARSE_PATH, else habeas-parse next to the running executable.
    static QString defaultWorkerPath();
    void setWorkerPath(const QString &path) { m_workerPath = path; }
    QString workerPath() const { return m_workerPath; }

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // When `cancel` becomes true the worker is killed and the result is Cancelled.
    ParseResult parse(const ParseRequest &request, const std::atomic_bool *cancel = nullptr) const;

    static constexpr std::chrono::milliseconds kDefaultTimeout { 60'000 };
    // A worker that prints more than this is not answering the question it was asked.
    static constexpr qint64 kMaxAnswerBytes = 256LL * 1024 * 1024;
    // The worker's environment: this one, and the tesseract this process chose.
    static QProcessEnvironment workerEnvironment();

private:
    QString m_workerPath;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
};

} // namespace habeas
