#include "filingtext.h"

#include "cases/eventstore.h"
#include "damages/damagesrecord.h"
#include "damages/money.h"
#include "law/citation.h"
#include "law/statutelibrary.h"
#include "law/theorycatalogue.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

QString expenseLabel(ExpenseKind kind)
{
    switch (kind) {
    case ExpenseKind::Lawyer:
        return u"律师费"_s;
    case ExpenseKind::Notary:
        return u"公证费"_s;
    case ExpenseKind::Timestamp:
        return u"电子数据存证费"_s;
    case ExpenseKind::Preservation:
        return u"保全费"_s;
    case ExpenseKind::Investigation:
        return u"调查取证费"_s;
    case ExpenseKind::Travel:
        return u"交通费"_s;
    case ExpenseKind::Printing:
        return u"打印复印费"_s;
    case ExpenseKind::Other:
        return u"其他费用"_s;
    }
    return {};
}

} // namespace

// 人民币2,900元, with fen only when there are any.
QString yuanFigures(qint64 fen)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QString out = u"人民币"_s + english.toString(qulonglong(fen / fenPerYuan));
    if (const qint64 cents = fen % fenPerYuan; cents != 0)
        out += u'.' + QString::number(cents).rightJustified(2, u'0');
    return out + u"元"_s;
}

QString amountText(qint64 fen)
{
    return yuanFigures(fen) + u"（大写："_s + chineseCapitals(fen) + u"）"_s;
}

// The wording of a damages claim per head (the "commonClaims" of resources/theories/theories.json).
QString damagesClaim(DamagesHead head, qint64 fen, const QList<DamagesRecord> &items)
{
    const QString amount = amountText(fen);
    switch (head) {
    case DamagesHead::PropertyLoss:
        return u"判令被告赔偿原告经济损失"_s + amount;
    case DamagesHead::ProcessorGain:
        return u"判令被告按照其因侵权所获得的利益赔偿原告损失"_s + amount;
    case DamagesHead::RightsProtectionCost: {
        QMap<int, qint64> perKind;
        for (const DamagesRecord &r : items)
            if (r.head == head && r.expenseKind)
                perKind[int(*r.expenseKind)] += r.amountFen;
        QStringList parts;
        for (auto it = perKind.cbegin(); it != perKind.cend(); ++it)
            parts.append(expenseLabel(ExpenseKind(it.key())) + yuanFigures(it.value()).mid(3));
        QString text = u"判令被告赔偿原告为制止侵权行为所支付的合理开支"_s + amount;
        if (parts.size() > 1)
            text += u"，其中"_s + parts.join(u"、"_s);
        return text;
    }
    case DamagesHead::MentalDistress:
        return u"判令被告赔偿原告精神损害抚慰金"_s + amount;
    case DamagesHead::Discretionary:
        return u"判令被告赔偿原告损失"_s + amount;
    case DamagesHead::IllegalGain:
    case DamagesHead::PerRecord:
        return u"判令被告赔偿社会公共利益损失"_s + amount
            + u"，上缴国库，专门用于个人信息保护公益事项"_s;
    }
    return {};
}

QStringList courtCitations(const QStringList &references)
{
    QStringList out;
    for (const QString &ref : references) {
        const ArticleReference parsed = parseArticleReference(ref, bundledStatutes());
        if (!parsed.isValid())
            continue; // unbundled instruments are never printed as verified law
        for (const Citation &c : parsed.citations)
            if (const QString text = formatCitation(c, bundledStatutes());
                !text.isEmpty() && !out.contains(text))
                out.append(text);
    }
    return out;
}

// Courts name an instrument once for a run of its articles:
// 《中华人民共和国个人信息保护法》第十四条第一款、第十六条.
QString joinCitations(const QStringList &citations)
{
    QString out;
    QString previousTitle;
    for (const QString &c : citations) {
        const qsizetype close = c.indexOf(u'》');
        const QString title = close > 0 ? c.left(close + 1) : QString();
        if (!out.isEmpty())
            out += u"、"_s;
        out += !title.isEmpty() && title == previousTitle ? c.mid(close + 1) : c;
        previousTitle = title;
    }
    return out;
}

// 2021年1月22日 / 2021年1月 / 2021年 / 约2021年1月.
QString eventDate(const EventRecord &e)
{
    const QStringList parts = e.date.split(u'-');
    QString text = parts.value(0) + u"年"_s;
    if (parts.size() > 1)
        text += QString::number(parts[1].toInt()) + u"月"_s;
    if (parts.size() > 2)
        text += QString::number(parts[2].toInt()) + u"日"_s;
    return e.precision == DatePrecision::Approximate ? u"约"_s + text : text;
}

} // namespace habeas
