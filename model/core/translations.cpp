#include "core/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace habeas {

QString installTranslations(QCoreApplication &app, const QString &setting)
{
    QString language = setting;
    if (language != u"zh_CN"_s && language != u"en"_s) {
        language = u"en"_s;
        const QStringList ui = QLocale::system().uiLanguages();
        if (!ui.isEmpty() && ui.first().startsWith(u"zh"_s))
            language = u"zh_CN"_s;
    }
    QLocale::setDefault(language == u"zh_CN"_s ? QLocale(QLocale::Chinese, QLocale::China)
                                               : QLocale(QLocale::English, QLocale::UnitedStates));
    // One catalogue per layer and per program (cmake/HabeasTranslations.cmake): each program
    // carries those of what it links.
    const QDir catalogues(u":/i18n"_s);
    for (const QString &name :
        catalogues.entryList({ u"habeas_*_"_s + language + u".qm"_s }, QDir::Files, QDir::Name)) {
        auto *own = new QTranslator(&app);
        if (own->load(catalogues.filePath(name)))
            QCoreApplication::installTranslator(own);
        else
            delete own;
    }
    if (language == u"zh_CN"_s) {
        auto *qt = new QTranslator(&app);
        if (qt->load(u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return language;
}

} // namespace habeas
