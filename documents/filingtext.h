#pragma once

#include "damages/damagescalc.h"
#include "law/statutelibrary.h" // bundledStatutes()

#include <QList>
#include <QString>
#include <QStringList>

// The fixed wording of filings: amounts, damages claims, citations, fact dates. Filings are
// Chinese whatever the interface language, so none of this is translated.
namespace habeas {

class StatuteLibrary;
struct DamagesRecord;
struct EventRecord;

// 人民币2,900元 (fen only when there are any).
QString yuanFigures(qint64 fen);
// 人民币2,900元（大写：人民币贰仟玖佰元整）.
QString amountText(qint64 fen);

// One 诉讼请求 for the claimed amount of a head, in the wording of the catalogue's common
// claims; the rights-protection costs are broken down by expense from `items`.
QString damagesClaim(DamagesHead head, qint64 fen, const QList<DamagesRecord> &items);

// Court-form citations of catalogue references ("PIPL 16", ranges); references to unbundled
// instruments are dropped, never printed as verified law.
QStringList courtCitations(const QStringList &references);

// Courts name an instrument once for a run of its articles:
// 《中华人民共和国个人信息保护法》第十四条第一款、第十六条.
QString joinCitations(const QStringList &citations);

// 2021年1月22日 / 2021年1月 / 2021年 / 约2021年1月, by the event's precision.
QString eventDate(const EventRecord &event);

} // namespace habeas
