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

    static QVariant value(const Key &key);
    static void setValue(const Key &key, const QVariant &value);

    // The folder of the user's library: --library, else $HABEAS_LIBRARY, else the saved
    // preference, else AppDataLocation/library.
    static QString resolveLibraryPath(const QString &commandLine);
    static QString defaultLibraryPath();
};

} // namespace habeas
