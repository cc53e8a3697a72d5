#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace habeas {

// A procuratorate's suit is PublicInterest (民事公益诉讼) or CriminalIncidentalPublicInterest
// (刑事附带民事公益诉讼, brought with the criminal prosecution).
enum class CaseKind { Private, PublicInterest, Clinic, CriminalIncidentalPublicInterest };
// Both public-interest kinds: a 公益诉讼起诉人, no 原告, no court fee, money to the public.
bool isPublicInterest(CaseKind kind);
enum class CaseStage {
    Intake,
    Investigation,
    PreFiling,
    Filed,
    FirstInstance,
    Appeal,
    Enforcement,
    Closed
};
enum class PartyRole { Plaintiff, Defendant, ThirdParty, PublicInterestPlaintiff, Agent };
enum class PartyType { Person, Organisation };
enum class Sex { Unspecified, Male, Female };
// An agent is entrusted by the party (委托诉讼代理人, CPL 61) or its statutory agent (法定代理人,
// CPL 60): the guardian of a minor or incapacitated natural person.
enum class Agency { Entrusted, Statutory };
// An entrusted agent's powers (CPL 62); Unset until the lawyer chooses.
enum class Authority { Unset, General, Special };

// CPL 61: a party (or its statutory agent) may entrust one or two agents.
constexpr int kMaxEntrustedAgents = 2;

// Stable ids (stored in the database and used on the command line) and display names.
// Each enum's list of values comes from one table so ids, names and order cannot drift apart.
QString toId(CaseKind v);
QString toId(CaseStage v);
QString toId(PartyRole v);
QString toId(PartyType v);
QString toId(Sex v);
QString toId(Agency v);
QString toId(Authority v);

std::optional<CaseKind> caseKindFromId(const QString &id);
std::optional<CaseStage> caseStageFromId(const QString &id);
std::optional<PartyRole> partyRoleFromId(const QString &id);
std::optional<PartyType> partyTypeFromId(const QString &id);
std::optional<Sex> sexFromId(const QString &id);
std::optional<Agency> agencyFromId(const QString &id);
std::optional<Authority> authorityFromId(const QString &id);

QString displayName(CaseKind v);
QString displayName(CaseStage v);
QString displayName(PartyRole v);
QString displayName(PartyType v);
QString displayName(Sex v);
QString displayName(Agency v);
QString displayName(Authority v);

// The special powers of CPL 62, by id (admit, waive, modify, settle, counterclaim, appeal), in
// the statute's order, and each one's name for the user.
QStringList allSpecialPowers();
QString specialPowerName(const QString &id);

QList<CaseKind> allCaseKinds();
QList<CaseStage> allCaseStages();
QList<PartyRole> allPartyRoles();

struct CaseRecord {
    qint64 id = 0;
    QString title;
    CaseKind kind = CaseKind::Private;
    CaseStage stage = CaseStage::Intake;
    QString number; // 案号, e.g. （2021）京0491民初5094号
    QString
        procuratorateNumber; // public interest: the procuratorate's 文号, 京海检民公诉〔2024〕1号
    QString court;
    QString cause; // 案由, e.g. 个人信息保护纠纷
    QDate filedOn;
    QDate closedOn; // the day the case ended; no deadline starts after it
    QString notes;
    QString createdAt;
    QString updatedAt;
    QString trashedAt; // empty unless in the trash
    QString partiesSummary; // derived when listing: "罗某 诉 北京某某教育科技有限公司"
    qint64 rowVersion = 0; // the version read (storage/rowversion.h); 0: not read, not checked
    QString updatedBy; // the last writer on a server

    bool isTrashed() const { return !trashedAt.isEmpty(); }
    // The fields a user edits, for change detection and undo.
    bool sameContent(const CaseRecord &o) const;
};

struct PartyRecord {
    qint64 id = 0;
    qint64 caseId = 0;
    PartyRole role = PartyRole::Plaintiff;
    PartyType type = PartyType::Person;
    int position = 0;
    QString name;
    // Natural person (Civil Procedure Law Art. 124(1))
    Sex sex = Sex::Unspecified;
    QDate birthDate;
    QString ethnicity;
    QString occupation;
    QString employer;
    QString idNumber;
    // Organisation
    QString uscc;
    QString legalRep;
    QString legalRepTitle;
    // Both
    QString address; // 住所
    QString phone; // contact
    qint64 representsId = 0; // an agent's principal
    // Agents only
    Agency agency = Agency::Entrusted;
    QString relation; // a statutory agent's relation to the party: 父亲, 监护人
    Authority authority = Authority::Unset; // entrusted agents
    QStringList specialPowers; // ids of allSpecialPowers(), with Authority::Special

    bool isEntrustedAgent() const
    {
        return role == PartyRole::Agent && agency == Agency::Entrusted;
    }
    bool isStatutoryAgent() const
    {
        return role == PartyRole::Agent && agency == Agency::Statutory;
    }
    QString createdAt;
    QString updatedAt;
    QString trashedAt;
    qint64 rowVersion = 0; // the version read (storage/rowversion.h); 0: not read, not checked
    QString updatedBy; // the last writer on a server

    bool isTrashed() const { return !trashedAt.isEmpty(); }
    bool sameContent(const PartyRecord &o) const;
    bool operator==(const PartyRecord &) const = default;
};

struct FieldProblem {
    QString field; // the CLI option name without dashes: "id-number", "uscc", "name"
    QString message; // for the user, translated
};

// Checks a case before it is stored; empty when it is acceptable.
QList<FieldProblem> validateCase(const CaseRecord &c);
// Checks a party: required name, ID number and USCC check characters, loose phone,
// and an ID number that agrees with the birth date and sex entered.
QList<FieldProblem> validateParty(const PartyRecord &p);

} // namespace habeas
