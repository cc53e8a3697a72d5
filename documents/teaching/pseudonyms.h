#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace habeas::teaching {

// A personal identifier the teaching copy must not carry, and what stands in its place.
struct Identifier {
    enum class Kind { Name, IdNumber, CreditCode, Phone, Address, Email };
    Kind kind = Kind::Name;
    QString text;
    QString replacement;
};

// The pseudonyms of one case: every party and person named in it (parties, agents, legal
// representatives, employers, operators, witnesses and notaries, payees) gets one, by role and
// in order — 原告甲, 被告乙公司, 委托诉讼代理人丙, 证人丁 — the same name the same pseudonym
// everywhere. apply() replaces those names and the parties' known ID numbers, credit codes,
// phones and addresses in a text, then masks whatever else looks like one: a valid resident ID
// number (GB 11643) or unified social credit code (GB 32100), a phone number, an e-mail
// address, a street address ending in a house number.
class Pseudonyms final {
public:
    // From case.json's tables (casesnapshot.h): parties, evidence_items, damages_items.
    static Pseudonyms fromTables(const QJsonObject &tables);

    // Gives `raw` (a name) a pseudonym `label` + the next stem (+ the organisation's kind), unless
    // it has one; a one-character name is replaced in its row but not searched for in texts.
    // Returns its pseudonym.
    QString addName(const QString &raw, const QString &label, bool organisation = false);
    void addIdentifier(Identifier::Kind kind, const QString &raw);

    QString pseudonymOf(const QString &name) const { return m_names.value(name.trimmed()); }
    QString apply(const QString &text) const;
    // Every identifier known, longest first.
    const QList<Identifier> &identifiers() const { return m_identifiers; }
    // The first known identifier `text` still holds (spaces and dashes ignored for numbers).
    QString leakIn(const QString &text) const;

private:
    void rebuild();

    QHash<QString, QString> m_names;
    QList<Identifier> m_identifiers;
    QRegularExpression m_known;
    int m_next = 0;
};

// "某某教育科技有限公司" → "公司": what kind of organisation a name says it is, or empty.
QString organisationKind(const QString &name);
// The parts of a free-text list of persons ("张某、李某；王某").
QStringList splitNames(const QString &text);

} // namespace habeas::teaching
