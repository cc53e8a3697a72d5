#include "core/settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace habeas {

const Settings::Key Settings::Language { "ui/language", u"system"_s };
const Settings::Key Settings::LibraryPath { "library/path", QString() };

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
