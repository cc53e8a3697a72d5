#pragma once

#include <QVariantMap>

namespace habeas {

class Library;
struct Period;

// A period as a Chinese filing writes it: 十五日, 十个工作日, 六个月, 二年.
QString chinesePeriod(const Period &period);

// What the filings say of the case's deadlines (schema 7), for the template context:
//   responsePeriod.{period, due}: the open rights-request deadline the letter sets (the newest),
//     so a letter states the day its period ends — 十五日, 2024年10月8日
//   publicNotice.{start, due, period}: the open 30-day announcement before a public-interest suit
// A key is absent when the case has no such deadline or its day cannot be computed.
QVariantMap deadlineContext(Library &library, qint64 caseId);

} // namespace habeas
