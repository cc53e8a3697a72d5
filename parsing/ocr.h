#pragma once

#include "core/result.h"
#include "core/settings.h"

#include <QImage>
#include <QString>

#include <atomic>
#include <chrono>

namespace habeas {

// Text recognition by the `tesseract` command (tesseract IMAGE stdout -l LANGS), run as a
// child process with a time limit. Blocking; callable from any thread, no event loop needed.
struct OcrOptions {
    QString program = Settings::tesseractProgram(); // a name on PATH, or a path
    QString languages = QStringLiteral("chi_sim+eng");
    std::chrono::milliseconds timeout { 120'000 };
    const std::atomic_bool *cancel = nullptr; // kills tesseract when it becomes true
};

// The recognised text, with the spaces Tesseract puts between Chinese characters removed.
// Errors say plainly when tesseract or one of the languages is not installed.
Result<QString> ocrFile(const QString &imageFile, const OcrOptions &options = {});
Result<QString> ocrImage(const QImage &image, const OcrOptions &options = {});

// The languages the installed tesseract knows ("eng", "chi_sim", …).
Result<QStringList> ocrLanguages(const OcrOptions &options = {});

} // namespace habeas
