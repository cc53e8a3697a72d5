#include "cases/casetypes.h"

#include "core/clock.h"
#include "validation/identitycodes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

constexpr const char *kContext = "habeas::CaseTypes";

template<typename E> struct EnumEntry {
    E value;
    const char16_t *id;
    const char *name; // translated in kContext
};

constexpr EnumEntry<CaseKind> kKinds[] = {
    { CaseKind::Private, u"private", QT_TRANSLATE_NOOP("habeas::CaseTypes", "Private suit") },
    { CaseKind::PublicInterest, u"public-interest",
        QT_TRANSLATE_NOOP("habeas::CaseTypes", "Public-interest suit") },
    { CaseKind::Clinic, u"clinic", QT_TRANSLATE_NOOP("habeas::CaseTypes", "Clinic (teaching)") },
    { CaseKind::CriminalIncidentalPublicInterest, u"criminal-incidental-public-interest",
        QT_TRANSLATE_NOOP("habeas::CaseTypes", "Public-interest suit with a criminal case") },
};
constexpr EnumEntry<CaseStage> kStages[] = {
    { CaseStage::Intake, u"intake", QT_TRANSLATE_NOOP("habeas::CaseTypes", "Intake") },
    { CaseStage::Investigation, u"investigation",
        QT_TRANSLATE_NOOP("habeas::CaseTypes", "Collecting evidence") },
    { CaseStage::PreFiling, u"pre-filing",
        QT_TRANSLATE_NOOP("habeas::CaseTypes", "Before filing") },
    { CaseStage::Filed, u"filed", QT_TRANSLATE_NOOP("habeas::CaseTypes", "Filed") },
    { CaseStage::FirstInstance, u"first-instance",
        QT_TRANSLATE_NOOP("habeas::CaseTypes", "First instance") },
    { CaseStage::Appeal, u"appeal", QT_TRANSLATE_NOOP("habeas::CaseTypes", "Appeal") },
    { CaseStage::Enforcement, u"enforcement",
        QT_TRANSLATE_NOOP("habeas::CaseTypes", "Enforcement") },
    { CaseStage::Closed, u"closed", QT_TRANSLATE_NOOP("habeas::CaseTypes", "Closed") },
};
constexpr EnumEntry<PartyRole> kRoles[] = {
    { PartyRole::Plaintiff, u"plaintiff", QT_TRANSLATE_NOOP("habeas::CaseTypes", "Plaintiff") },
    { PartyRole::Defendant, u"defendant", QT_TRANSLATE_NOOP("habeas::CaseTypes", "Defendant") },
    { PartyRole::ThirdParty, u"third-party",
        QT_TRANSLATE_NOOP("habeas::CaseTypes", "Third party") },
    { PartyRole::PublicInterestPlaintiff, u"public-interest-plaintiff",
        QT_TRANSLATE_NOOP("habeas::CaseTypes", "Public-interest plaintiff") },
    { PartyRole::Agent, u"agent", QT_TRANSLATE_NOOP("habeas::CaseTypes", "Agent ad litem") },
};
constexpr EnumEntry<PartyType> kTypes[] = {
    { PartyType::Person, u"person", QT_TRANSLATE_NOOP("habeas::CaseTypes", "Natural person") },
    { PartyType::Organisation, u"org", QT_TRANSLATE_NOOP("habeas::CaseTypes", "Organisation") },
};
constexpr EnumEntry<Agency> kAgencies[] = {
    { Agency::Entrusted, u"entrusted",
        QT_TRANSLATE_NOOP("habeas::CaseTypes", "Entrusted agent (CPL 61)") },
    { Agency::Statutory, u"statutory",
        QT_TRANSLATE_NOOP("habeas::CaseTypes", "Statutory agent (guardian, CPL 60)") },
};
constexpr EnumEntry<Authority> kAuthorities[] = {
    { Authority::Unset, u"", QT_TRANSLATE_NOOP("habeas::CaseTypes", "Not chosen") },
    { Authority::General, u"general", QT_TRANSLATE_NOOP("habeas::CaseTypes", "General authority") },
    { Authority::Special, u"special",
        QT_TRANSLATE_NOOP("habeas::CaseTypes", "Special authority (CPL 62)") },
};
struct PowerEntry {
    const char16_t *id;
    const char *name;
};
constexpr PowerEntry kPowers[] = {
    { u"admit", QT_TRANSLATE_NOOP("habeas::CaseTypes", "admit claims") },
    { u"waive", QT_TRANSLATE_NOOP("habeas::CaseTypes", "waive claims") },
    { u"modify", QT_TRANSLATE_NOOP("habeas::CaseTypes", "modify claims") },
    { u"settle", QT_TRANSLATE_NOOP("habeas::CaseTypes", "settle") },
    { u"counterclaim", QT_TRANSLATE_NOOP("habeas::CaseTypes", "counterclaim") },
    { u"appeal", QT_TRANSLATE_NOOP("habeas::CaseTypes", "appeal") },
};
constexpr EnumEntry<Sex> kSexes[] = {
    { Sex::Unspecified, u"", QT_TRANSLATE_NOOP("habeas::CaseTypes", "Not stated") },
    { Sex::Male, u"male", QT_TRANSLATE_NOOP("habeas::CaseTypes", "Male") },
    { Sex::Female, u"female", QT_TRANSLATE_NOOP("habeas::CaseTypes", "Female") },
};

template<typename E, size_t N> QString idOf(const EnumEntry<E> (&table)[N], E v)
{
    for (const auto &e : table)
        if (e.value == v)
            return QString::fromUtf16(e.id);
    return {};
}

template<typename E, size_t N> QString nameOf(const EnumEntry<E> (&table)[N], E v)
{
    for (const auto &e : table)
        if (e.value == v)
            return QCoreApplication::translate(kContext, e.name);
    return {};
}

template<typename E, size_t N>
std::optional<E> fromId(const EnumEntry<E> (&table)[N], const QString &id)
{
    for (const auto &e : table)
        if (id == QStringView(e.id))
            return e.value;
    return std::nullopt;
}

template<typename E, size_t N> QList<E> valuesOf(const EnumEntry<E> (&table)[N])
{
    QList<E> values;
    for (const auto &e : table)
        values << e.value;
    return values;
}

} // namespace

QString toId(CaseKind v)
{
    return idOf(kKinds, v);
}
QString toId(CaseStage v)
{
    return idOf(kStages, v);
}
QString toId(PartyRole v)
{
    return idOf(kRoles, v);
}
QString toId(PartyType v)
{
    return idOf(kTypes, v);
}
QString toId(Sex v)
{
    return idOf(kSexes, v);
}

QString toId(Agency v)
{
    return idOf(kAgencies, v);
}
QString toId(Authority v)
{
    return idOf(kAuthorities, v);
}
std::optional<Agency> agencyFromId(const QString &id)
{
    return fromId(kAgencies, id);
}
std::optional<Authority> authorityFromId(const QString &id)
{
    return fromId(kAuthorities, id);
}
QString displayName(Agency v)
{
    return nameOf(kAgencies, v);
}
QString displayName(Authority v)
{
    return nameOf(kAuthorities, v);
}

QStringList allSpecialPowers()
{
    QStringList ids;
    for (const PowerEntry &p : kPowers)
        ids << QString::fromUtf16(p.id);
    return ids;
}

QString specialPowerName(const QString &id)
{
    for (const PowerEntry &p : kPowers)
        if (id == QStringView(p.id))
            return QCoreApplication::translate(kContext, p.name);
    return {};
}

std::optional<CaseKind> caseKindFromId(const QString &id)
{
    return fromId(kKinds, id);
}
std::optional<CaseStage> caseStageFromId(const QString &id)
{
    return fromId(kStages, id);
}
std::optional<PartyRole> partyRoleFromId(const QString &id)
{
    return fromId(kRoles, id);
}
std::optional<PartyType> partyTypeFromId(const QString &id)
{
    return fromId(kTypes, id);
}
std::optional<Sex> sexFromId(const QString &id)
{
    return fromId(kSexes, id);
}

QString displayName(CaseKind v)
{
    return nameOf(kKinds, v);
}
QString displayName(CaseStage v)
{
    return nameOf(kStages, v);
}
QString displayName(PartyRole v)
{
    return nameOf(kRoles, v);
}
QString displayName(PartyType v)
{
    return nameOf(kTypes, v);
}
QString displayName(Sex v)
{
    return nameOf(kSexes, v);
}

QList<CaseKind> allCaseKinds()
{
    return valuesOf(kKinds);
}
QList<CaseStage> allCaseStages()
{
    return valuesOf(kStages);
}
QList<PartyRole> allPartyRoles()
{
    return valuesOf(kRoles);
}

bool isPublicInterest(CaseKind kind)
{
    return kind == CaseKind::PublicInterest || kind == CaseKind::CriminalIncidentalPublicInterest;
}

bool CaseRecord::sameContent(const CaseRecord &o) const
{
    return title == o.title && kind == o.kind && stage == o.stage && number == o.number
        && procuratorateNumber == o.procuratorateNumber && court == o.court && cause == o.cause
        && filedOn == o.filedOn && closedOn == o.closedOn && notes == o.notes;
}

bool PartyRecord::sameContent(const PartyRecord &o) const
{
    return role == o.role && type == o.type && name == o.name && sex == o.sex
        && birthDate == o.birthDate && ethnicity == o.ethnicity && occupation == o.occupation
        && employer == o.employer && idNumber == o.idNumber && uscc == o.uscc
        && legalRep == o.legalRep && legalRepTitle == o.legalRepTitle && address == o.address
        && phone == o.phone && representsId == o.representsId && agency == o.agency
        && relation == o.relation && authority == o.authority && specialPowers == o.specialPowers;
}

QList<FieldProblem> validateCase(const CaseRecord &c)
{
    QList<FieldProblem> problems;
    if (c.title.trimmed().isEmpty())
        problems << FieldProblem { u"title"_s,
            QCoreApplication::translate("habeas::CaseTypes", "A case needs a title.") };
    if (!isPublicInterest(c.kind) && !c.procuratorateNumber.trimmed().isEmpty())
        problems << FieldProblem { u"procuratorate-number"_s,
            QCoreApplication::translate("habeas::CaseTypes",
                "Only a public-interest case has a procuratorate's document number (文号).") };
    if (c.filedOn.isValid() && c.filedOn > Clock::today())
        problems << FieldProblem { u"filed-on"_s,
            QCoreApplication::translate(
                "habeas::CaseTypes", "The filing date lies in the future.") };
    if (c.closedOn.isValid() && c.filedOn.isValid() && c.closedOn < c.filedOn)
        problems << FieldProblem { u"closed-on"_s,
            QCoreApplication::translate(
                "habeas::CaseTypes", "The case cannot close before it was filed.") };
    return problems;
}

namespace {

// What an agent's kind allows: a statutory agent is a natural person with a relation and no
// power of attorney; special powers only with special authority, each one known.
QList<FieldProblem> validateAgency(const PartyRecord &p)
{
    QList<FieldProblem> problems;
    const auto problem = [&](const char16_t *field, const char *text) {
        problems << FieldProblem { QString::fromUtf16(field),
            QCoreApplication::translate(kContext, text) };
    };
    if (p.role != PartyRole::Agent) {
        if (p.agency != Agency::Entrusted || p.authority != Authority::Unset
            || !p.specialPowers.isEmpty() || !p.relation.trimmed().isEmpty())
            problem(u"authority",
                QT_TRANSLATE_NOOP(
                    "habeas::CaseTypes", "Only an agent has an agency, a relation or powers."));
        return problems;
    }
    if (p.agency == Agency::Statutory) {
        if (p.type != PartyType::Person)
            problem(u"agency",
                QT_TRANSLATE_NOOP(
                    "habeas::CaseTypes", "A statutory agent (法定代理人) is a natural person."));
        if (p.relation.trimmed().isEmpty())
            problem(u"relation",
                QT_TRANSLATE_NOOP("habeas::CaseTypes",
                    "A statutory agent needs the relation to the party (e.g. 父亲, 监护人)."));
        if (p.authority != Authority::Unset || !p.specialPowers.isEmpty())
            problem(u"authority",
                QT_TRANSLATE_NOOP("habeas::CaseTypes",
                    "A statutory agent acts by law, not under a power of attorney."));
        return problems;
    }
    if (!p.specialPowers.isEmpty() && p.authority != Authority::Special)
        problem(u"special-powers",
            QT_TRANSLATE_NOOP(
                "habeas::CaseTypes", "Special powers need special authority (CPL 62)."));
    if (p.authority == Authority::Special && p.specialPowers.isEmpty())
        problem(u"special-powers",
            QT_TRANSLATE_NOOP("habeas::CaseTypes",
                "Special authority names at least one special power (CPL 62)."));
    const QStringList known = allSpecialPowers();
    for (const QString &power : p.specialPowers)
        if (!known.contains(power))
            problems << FieldProblem { u"special-powers"_s,
                QCoreApplication::translate(kContext,
                    "Unknown special power \"%1\" (admit, waive, modify, settle, counterclaim, "
                    "appeal).")
                    .arg(power) };
    return problems;
}

} // namespace

QList<FieldProblem> validateParty(const PartyRecord &p)
{
    QList<FieldProblem> problems;
    if (p.name.trimmed().isEmpty())
        problems << FieldProblem { u"name"_s,
            QCoreApplication::translate("habeas::CaseTypes", "A party needs a name.") };
    if (p.type == PartyType::Person) {
        if (p.birthDate.isValid() && p.birthDate > Clock::today())
            problems << FieldProblem { u"birth-date"_s,
                QCoreApplication::translate(
                    "habeas::CaseTypes", "The birth date lies in the future.") };
        if (!p.idNumber.isEmpty()) {
            const CodeCheck id = checkResidentId(p.idNumber);
            if (!id.ok) {
                problems << FieldProblem { u"id-number"_s, id.message };
            } else {
                if (p.birthDate.isValid() && p.birthDate != id.birthDate)
                    problems << FieldProblem { u"birth-date"_s,
                        QCoreApplication::translate(
                            "habeas::CaseTypes", "The ID number gives the birth date %1, not %2.")
                            .arg(id.birthDate.toString(Qt::ISODate),
                                p.birthDate.toString(Qt::ISODate)) };
                if (p.sex != Sex::Unspecified && (p.sex == Sex::Male) != id.male)
                    problems << FieldProblem { u"sex"_s,
                        id.male ? QCoreApplication::translate(
                            "habeas::CaseTypes", "The ID number belongs to a man.")
                                : QCoreApplication::translate(
                                    "habeas::CaseTypes", "The ID number belongs to a woman.") };
            }
        }
        if (!p.uscc.isEmpty())
            problems << FieldProblem { u"uscc"_s,
                QCoreApplication::translate(
                    "habeas::CaseTypes", "A natural person has no unified social credit code.") };
    } else {
        if (!p.uscc.isEmpty()) {
            const CodeCheck code = checkUscc(p.uscc);
            if (!code.ok)
                problems << FieldProblem { u"uscc"_s, code.message };
        }
        if (!p.idNumber.isEmpty())
            problems << FieldProblem { u"id-number"_s,
                QCoreApplication::translate("habeas::CaseTypes",
                    "An organisation has no resident ID number; enter its unified social credit "
                    "code.") };
    }
    for (const FieldProblem &problem : validateAgency(p))
        problems << problem;
    if (!p.phone.isEmpty()) {
        const CodeCheck phone = checkPhone(p.phone);
        if (!phone.ok)
            problems << FieldProblem { u"phone"_s, phone.message };
    }
    return problems;
}

} // namespace habeas
