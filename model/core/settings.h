#pragma once

#include <QString>
#include <QVariant>

namespace habeas {

// Every persistent preference is declared here once, with its default.
// Backed by QSettings; tests run with QStandardPaths test mode, which isolates it.
class Settings final {
public:
    struct Key {
        const char *name;
        QVariant defaultValue;
    };

    static const Key Language; // "system", "zh_CN" or "en"
    static const Key LibraryPath; // empty: the default location
    static const Key TesseractPath; // empty: found on PATH or in the usual install places
    static const Key UserName; // who writes review comments; empty: the operating system's user

    // The tesseract program OCR runs: $HABEAS_TESSERACT, else the saved preference, else the
    // first found on PATH or in the platform's usual install places (a Finder-started macOS
    // app has no Homebrew PATH), else plain "tesseract" (whose failure names the problem).
    static QString tesseractProgram();
    // Just the search of PATH and the usual places; empty when not found.
    static QString detectTesseract();
    // The folders searched after PATH: /opt/homebrew/bin and /usr/local/bin on macOS,
    // C:\Program Files\Tesseract-OCR on Windows, /usr/local/bin elsewhere.
    static QStringList tesseractInstallPlaces();

    static QVariant value(const Key &key);
    static void setValue(const Key &key, const QVariant &value);

    // The folder of the user's library: --library, else $HABEAS_LIBRARY, else the saved
    // preference, else AppDataLocation/library.
    static QString resolveLibraryPath(const QString &commandLine);
    static QString defaultLibraryPath();
};

} // namespace habeas
