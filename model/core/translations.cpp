#include "core/translations.h"

#include <QCoreApplication>
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
    auto *own = new QTranslator(&app);
    if (own->load(u":/i18n/habeas_"_s + language + u".qm"_s))
        QCoreApplication::installTranslator(own);
    else
        delete own;
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
