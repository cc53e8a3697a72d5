#include "registerscale.h"

#include "markup.h"
#include "register/registerstats.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

// The 2017 SPC/SPP interpretation on PI crimes, Art. 5(1)(iii)–(v): the most sensitive
// categories first.
int tierOf(const QString &category)
{
    static const QStringList first { u"行踪轨迹"_s, u"通信内容"_s, u"征信"_s, u"财产"_s };
    static const QStringList second { u"住宿"_s, u"通信记录"_s, u"健康生理"_s, u"交易"_s };
    for (const QString &c : first)
        if (category.startsWith(c))
            return 0;
    for (const QString &c : second)
        if (category.startsWith(c))
            return 1;
    return 2;
}

QString informationLabel(const QString &category)
{
    return category.endsWith(u"信息") ? category : category + u"信息"_s;
}

} // namespace

QString approximateCount(qint64 n, const QString &unit)
{
    if (n < 10000)
        return QString::number(std::max<qint64>(n, 0)) + unit;
    const bool yi = n >= 100000000;
    const qint64 tenth = yi ? 10000000 : 1000; // one decimal of 亿 or 万
    const qint64 tenths = n / tenth;
    QString text = QString::number(tenths / 10);
    if (tenths % 10 != 0)
        text += u'.' + QString::number(tenths % 10);
    text += yi ? u"亿"_s : u"万"_s;
    if (n % tenth != 0)
        text += u"余"_s;
    return text + unit;
}

QString registerScaleSentence(const RegisterStats &stats)
{
    if (stats.records <= 0)
        return {};
    struct Entry {
        QString category;
        qint64 count;
    };
    QList<Entry> categories;
    for (auto it = stats.byCategory.cbegin(); it != stats.byCategory.cend(); ++it)
        if (it.value() > 0 && !it.key().trimmed().isEmpty())
            categories.append({ it.key().trimmed(), it.value() });
    std::stable_sort(categories.begin(), categories.end(), [](const Entry &a, const Entry &b) {
        const int ta = tierOf(a.category);
        const int tb = tierOf(b.category);
        return ta != tb ? ta < tb : a.count > b.count;
    });
    QStringList parts;
    for (const Entry &e : std::as_const(categories))
        parts.append(
            escapeMarkup(informationLabel(e.category)) + QString::number(e.count) + u"条"_s);
    QString sentence = u"涉及公民个人信息"_s + approximateCount(stats.records, u"条"_s);
    QString minors;
    if (stats.minors > 0) {
        minors = u"未成年人信息"_s + QString::number(stats.minors) + u"条"_s;
        if (stats.under14 > 0)
            minors +=
                u"（其中未满十四周岁未成年人信息"_s + QString::number(stats.under14) + u"条）"_s;
    } else if (stats.under14 > 0) {
        minors = u"未满十四周岁未成年人信息"_s + QString::number(stats.under14) + u"条"_s;
    }
    if (!parts.isEmpty() || !minors.isEmpty()) {
        sentence += u"，其中"_s + parts.join(u"、"_s);
        if (!minors.isEmpty())
            sentence += (parts.isEmpty() ? QString() : u"，"_s) + minors;
    }
    return sentence;
}

} // namespace habeas
