#pragma once

#include <QString>
#include <QtGlobal>

namespace habeas {

struct RegisterStats;

// A count as courts write a headline figure: exact below ten thousand (3456条); above, in 万 or
// 亿 with one decimal, cut (never rounded) down and marked 余 when anything was cut:
// 123456 → 12.3万余条, 120000 → 12万条, 123000 → 12.3万条, 250000000 → 2.5亿条. `unit` is
// the measure word (条, 人, 名).
QString approximateCount(qint64 n, const QString &unit);

// The scale of the harm as the 起诉书 and the 诉前公告 state it, from the register's figures:
// "涉及公民个人信息12.3万余条，其中行踪轨迹信息5234条、财产信息812条，未成年人信息301条（其中未满
// 十四周岁未成年人信息120条）". The headline is the distinct persons (records) rounded as
// approximateCount() does; every breakdown is exact, since the thresholds a prosecutor compares
// against (50, 500, 5000 under the 2017 interpretation on PI crimes, Art. 5) are exact figures.
// Categories follow that article's tiers (行踪轨迹, 通信内容, 征信, 财产; then 住宿, 通信记录,
// 健康生理, 交易; then the rest, each tier by count), zero counts left out. Empty for an empty
// register. Already escaped for the markup.
QString registerScaleSentence(const RegisterStats &stats);

} // namespace habeas
