#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace habeas {

struct Element;
struct EventRecord;
struct UnbundledInstrument;

// When the conduct an element rests on took place: from the first day of its earliest fact to
// the last day of its latest, reaching further when the lawyer marks the conduct continuing.
struct ConductPeriod {
    QDate from;
    QDate to; // the last fact, or the continuing date when that is later
    QDate lastFact;
    QDate continuingUntil; // invalid: the lawyer has not marked the conduct continuing

    [[nodiscard]] bool isValid() const { return from.isValid() && to.isValid(); }
    [[nodiscard]] bool continuing() const { return continuingUntil.isValid(); }
    bool operator==(const ConductPeriod &) const = default;
};

// The first and last day an event's date covers: "2021-01" is 2021-01-01 … 2021-01-31.
[[nodiscard]] std::pair<QDate, QDate> eventSpan(const EventRecord &event);

// The facts an element rests on are the events proven by the exhibits cited for it; when no
// cited exhibit proves an event, the case's earliest facts. Invalid without dated facts.
[[nodiscard]] ConductPeriod conductPeriod(const QList<qint64> &citedEvidence,
    const QList<EventRecord> &events, const QDate &continuingUntil = {});

// One article reference of an element placed in time.
struct LawInTime {
    enum class Status {
        Applies,
        NotYetInForce, // came into force after the conduct ended
        NoLongerInForce, // ended before the conduct began
        Unknown, // no dated facts, or an instrument without dates: not checked
    };

    QString reference; // as the catalogue writes it: "PIPL 16", "TLL 6(2)"
    QStringList citations; // court form, one per article a range spans
    QString title; // the instrument, without 《》
    QDate inForce;
    QDate ended;
    bool bundled = true;
    bool priorLaw = false; // offered as the earlier law, not one of the element's own articles
    Status status = Status::Unknown;

    [[nodiscard]] bool applies() const
    {
        return status == Status::Applies || status == Status::Unknown;
    }
    [[nodiscard]] bool outOfForce() const { return !applies(); }
    bool operator==(const LawInTime &) const = default;
};

// The element's own articles, then its earlier law, each checked against the conduct.
// Procedural instruments (the court's law at trial) always apply.
[[nodiscard]] QList<LawInTime> lawInTime(const Element &element, const ConductPeriod &conduct);
// The same for loose references (a theory's articles), none of them earlier law.
[[nodiscard]] QList<LawInTime> lawInTime(
    const QStringList &references, const ConductPeriod &conduct);

// The element's own articles that were not in force during the conduct.
[[nodiscard]] QList<LawInTime> outOfForce(const QList<LawInTime> &law);
// Whether anything the element could be pleaded under applies; true when it cites no law.
[[nodiscard]] bool hasApplicableLaw(const QList<LawInTime> &law);
// The court-form citations that apply, own articles first, without repeats.
[[nodiscard]] QStringList applicableCitations(const QList<LawInTime> &law);

// 《中华人民共和国侵权责任法》第六条第二款 for "TLL 6(2)"; empty if the reference is unreadable.
[[nodiscard]] QString unbundledCitation(const QString &reference, const UnbundledInstrument &in);

// A period as a filing writes it: 2021年1月20日, 2021年1月 (a whole month), 2019年,
// 2021年1月15日至2021年1月20日.
[[nodiscard]] QString zhPeriod(const QDate &from, const QDate &last);

// For filings and the missing-field check (always Chinese): "《中华人民共和国个人信息保护法》
// 第十六条自2021年11月1日起施行，晚于其所依事实（2021年1月20日）".
[[nodiscard]] QString outOfForceZh(const LawInTime &law, const ConductPeriod &conduct);
// The same for people, in the interface language.
[[nodiscard]] QString outOfForceText(const LawInTime &law, const ConductPeriod &conduct);

} // namespace habeas
