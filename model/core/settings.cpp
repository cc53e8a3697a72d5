#include "core/settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace habeas {

const Settings::Key Settings::Language { "ui/language", u"system"_s };
const Settings::Key Settings::LibraryPath { "library/path", QString() };
const Settings::Key Settings::TesseractPath { "ocr/tesseract", QString() };
const Settings::Key Settings::UserName { "review/userName", QString() };

QStringList Settings::tesseractInstallPlaces()
{
#if defined(Q_OS_WIN)
    QStringList places;
    for (const char *variable : { "ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA" }) {
        const QString root = qEnvironmentVariable(variable);
        if (!root.isEmpty())
            places << QDir(root).filePath(u"Tesseract-OCR"_s)
                   << QDir(root).filePath(u"Programs/Tesseract-OCR"_s);
    }
    places << u"C:/Program Files/Tesseract-OCR"_s;
    places.removeDuplicates();
    return places;
#elif defined(Q_OS_MACOS)
    return { u"/opt/homebrew/bin"_s, u"/usr/local/bin"_s, u"/opt/local/bin"_s };
#else
    return { u"/usr/local/bin"_s };
#endif
}

QString Settings::detectTesseract()
{
    if (QString onPath = QStandardPaths::findExecutable(u"tesseract"_s); !onPath.isEmpty())
        return onPath;
    return QStandardPaths::findExecutable(u"tesseract"_s, tesseractInstallPlaces());
}

QString Settings::tesseractProgram()
{
    if (QString env = qEnvironmentVariable("HABEAS_TESSERACT"); !env.isEmpty())
        return env;
    if (QString saved = value(TesseractPath).toString(); !saved.isEmpty())
        return saved;
    const QString found = detectTesseract();
    return found.isEmpty() ? u"tesseract"_s : found;
}

QVariant Settings::value(const Key &key)
{
    return QSettings().value(QLatin1String(key.name), key.defaultValue);
}

void Settings::setValue(const Key &key, const QVariant &value)
{
    QSettings().setValue(QLatin1String(key.name), value);
}

QString Settings::defaultLibraryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"library"_s);
}

QString Settings::resolveLibraryPath(const QString &commandLine)
{
    if (!commandLine.isEmpty())
        return commandLine;
    const QString env = qEnvironmentVariable("HABEAS_LIBRARY");
    if (!env.isEmpty())
        return env;
    const QString saved = value(LibraryPath).toString();
    return saved.isEmpty() ? defaultLibraryPath() : saved;
}

} // namespace habeas
