#include "core/cjkfont.h"

#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace habeas::CjkFont {

QStringList preferences()
{
#if defined(Q_OS_WIN)
    return { u"SimSun"_s, u"Microsoft YaHei"_s, u"NSimSun"_s, u"SimHei"_s };
#elif defined(Q_OS_MACOS)
    return { u"PingFang SC"_s, u"Songti SC"_s, u"STSong"_s, u"Heiti SC"_s };
#else
    return { u"WenQuanYi Zen Hei"_s, u"Noto Sans CJK SC"_s, u"Noto Serif CJK SC"_s,
        u"Source Han Sans SC"_s };
#endif
}

QString family()
{
    static const QString chosen = [] {
        const QStringList installed = QFontDatabase::families();
        for (const QString &preferred : preferences())
            if (installed.contains(preferred))
                return preferred;
        const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
        if (!chinese.isEmpty())
            return chinese.first();
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return chosen;
}

} // namespace habeas::CjkFont
