#pragma once

#include "cases/casetypes.h"

#include <QString>
#include <QStringList>

// The party blocks of a filing (docs/filings.md §0.1), written in the narrative style of the
// SPC's 2016 forms. Filings are Chinese whatever the interface language, so these are fixed
// strings.
namespace habeas {

// The particulars a template can require of a party ("defendants.address").
enum class PartyField {
    Name,
    Sex,
    BirthDate,
    Ethnicity,
    Occupation,
    Address,
    IdNumber,
    Uscc,
    LegalRep,
    Phone,
    Authority // an entrusted agent's 一般授权/特别授权 (CPL 62)
};

std::optional<PartyField> partyFieldFromId(const QString &id);
// Whether the field exists for this kind of party (an organisation has no sex).
bool partyFieldApplies(PartyField field, PartyType type);
bool partyFieldMissing(const PartyRecord &party, PartyField field);
// 住所, 公民身份号码 …
QString partyFieldLabel(PartyField field);

// 原告, 被告, 第三人, 公益诉讼起诉人, 委托诉讼代理人.
QString roleLabel(PartyRole role);
// The role as a filing names this party: 法定代理人 for a statutory agent, else roleLabel().
QString partyLabel(const PartyRecord &party);

// A natural person under 18 on `on` (Civil Code 17), by the birth date entered.
bool isMinorOn(const PartyRecord &party, const QDate &on);

// The powers of attorney's wording of an entrusted agent's authority (CPL 62;
// docs/filings.md §9): 一般授权 with the general matters, or 特别授权 with the general matters
// and each special power granted, one by one. Empty when not chosen.
QString authorityText(const PartyRecord &agent);
// The special powers as the power of attorney lists them: 代为承认诉讼请求 …
QStringList specialPowerTexts(const PartyRecord &agent);

// How a lawyer names the gap: 被告北京某某教育科技有限公司的住所.
QString missingPartyFieldName(const PartyRecord &party, PartyField field);

// The paragraphs of one party's block, as markup (user text escaped). A required field the
// party lacks is written as a gap marker in its place; a missing optional one is left out.
// An organisation's 法定代表人 is a second paragraph. `label` replaces the role label
// (委托人 in a power of attorney). A statutory agent is written with the full particulars of
// a natural person and, after the name, its relation to `principal` (（系张某的父亲）).
QStringList partyParagraphs(const PartyRecord &party, const QList<PartyField> &required,
    const QString &label = {}, const PartyRecord *principal = nullptr);

// 2021年1月22日 (Arabic numerals, docs/filings.md §0.2).
QString chineseDate(const QDate &date);

} // namespace habeas
