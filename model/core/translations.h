#pragma once

#include <QString>

class QCoreApplication;

namespace habeas {

// Installs Habeas's and Qt's own translations for a language setting: "system" follows the
// system's UI languages (Chinese → zh_CN, anything else → en), or "zh_CN" / "en".
// Returns the language actually used.
QString installTranslations(QCoreApplication &app, const QString &setting);

} // namespace habeas
