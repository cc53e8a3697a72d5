#include "partyparticulars.h"

#include "markup.h"

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

struct FieldInfo {
    PartyField field;
    const char16_t *id;
    const char16_t *label;
};

constexpr FieldInfo kFields[] = {
    { PartyField::Name, u"name", u"姓名或名称" },
    { PartyField::Sex, u"sex", u"性别" },
    { PartyField::BirthDate, u"birthDate", u"出生日期" },
    { PartyField::Ethnicity, u"ethnicity", u"民族" },
    { PartyField::Occupation, u"occupation", u"职业" },
    { PartyField::Address, u"address", u"住所" },
    { PartyField::IdNumber, u"idNumber", u"公民身份号码" },
    { PartyField::Uscc, u"uscc", u"统一社会信用代码" },
    { PartyField::LegalRep, u"legalRep", u"法定代表人" },
    { PartyField::Phone, u"phone", u"联系方式" },
    { PartyField::Authority, u"authority", u"代理权限（一般授权或者特别授权）" },
};

struct PowerText {
    const char16_t *id;
    const char16_t *text;
};

// CPL 62, in the statute's order.
constexpr PowerText kPowerTexts[] = {
    { u"admit", u"代为承认诉讼请求" },
    { u"waive", u"代为放弃诉讼请求" },
    { u"modify", u"代为变更诉讼请求" },
    { u"settle", u"进行和解" },
    { u"counterclaim", u"提起反诉" },
    { u"appeal", u"提起上诉" },
};

const QString kGeneralMatters = u"代为起诉、提交证据、参加庭审、进行辩论、签收法律文书"_s;

} // namespace

std::optional<PartyField> partyFieldFromId(const QString &id)
{
    for (const FieldInfo &f : kFields)
        if (id == QStringView(f.id))
            return f.field;
    return std::nullopt;
}

QString partyFieldLabel(PartyField field)
{
    for (const FieldInfo &f : kFields)
        if (f.field == field)
            return QString::fromUtf16(f.label);
    return {};
}

bool partyFieldApplies(PartyField field, PartyType type)
{
    switch (field) {
    case PartyField::Sex:
    case PartyField::BirthDate:
    case PartyField::Ethnicity:
    case PartyField::Occupation:
    case PartyField::IdNumber:
        return type == PartyType::Person;
    case PartyField::Uscc:
    case PartyField::LegalRep:
        return type == PartyType::Organisation;
    case PartyField::Name:
    case PartyField::Address:
    case PartyField::Phone:
        return true;
    case PartyField::Authority:
        return false; // by the agency, not the type: partyFieldMissing
    }
    return true;
}

bool partyFieldMissing(const PartyRecord &p, PartyField field)
{
    if (field == PartyField::Authority)
        return p.isEntrustedAgent() && p.authority == Authority::Unset;
    if (!partyFieldApplies(field, p.type))
        return false;
    switch (field) {
    case PartyField::Name:
        return p.name.trimmed().isEmpty();
    case PartyField::Sex:
        return p.sex == Sex::Unspecified;
    case PartyField::BirthDate:
        return !p.birthDate.isValid();
    case PartyField::Ethnicity:
        return p.ethnicity.trimmed().isEmpty();
    case PartyField::Occupation: // 工作单位和职务或职业: either will do
        return p.occupation.trimmed().isEmpty() && p.employer.trimmed().isEmpty();
    case PartyField::Address:
        return p.address.trimmed().isEmpty();
    case PartyField::IdNumber:
        return p.idNumber.trimmed().isEmpty();
    case PartyField::Uscc:
        return p.uscc.trimmed().isEmpty();
    case PartyField::LegalRep:
        return p.legalRep.trimmed().isEmpty();
    case PartyField::Phone:
        return p.phone.trimmed().isEmpty();
    case PartyField::Authority:
        return false;
    }
    return false;
}

QString roleLabel(PartyRole role)
{
    switch (role) {
    case PartyRole::Plaintiff:
        return u"原告"_s;
    case PartyRole::Defendant:
        return u"被告"_s;
    case PartyRole::ThirdParty:
        return u"第三人"_s;
    case PartyRole::PublicInterestPlaintiff:
        return u"公益诉讼起诉人"_s;
    case PartyRole::Agent:
        return u"委托诉讼代理人"_s;
    }
    return {};
}

QString partyLabel(const PartyRecord &party)
{
    return party.isStatutoryAgent() ? u"法定代理人"_s : roleLabel(party.role);
}

bool isMinorOn(const PartyRecord &party, const QDate &on)
{
    return party.type == PartyType::Person && party.birthDate.isValid()
        && party.birthDate.addYears(18) > on;
}

QStringList specialPowerTexts(const PartyRecord &agent)
{
    QStringList out;
    for (const PowerText &p : kPowerTexts)
        if (agent.specialPowers.contains(QString::fromUtf16(p.id)))
            out.append(QString::fromUtf16(p.text));
    return out;
}

QString authorityText(const PartyRecord &agent)
{
    switch (agent.authority) {
    case Authority::Unset:
        return {};
    case Authority::General:
        return u"一般授权，即"_s + kGeneralMatters + u"。"_s;
    case Authority::Special: {
        QStringList items;
        for (const QString &t : specialPowerTexts(agent))
            items.append(t);
        return u"特别授权，即"_s + kGeneralMatters + u"，以及："_s + items.join(u"；"_s) + u"。"_s;
    }
    }
    return {};
}

QString missingPartyFieldName(const PartyRecord &party, PartyField field)
{
    return partyLabel(party) + party.name.trimmed() + u"的"_s + partyFieldLabel(field);
}

QString chineseDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return u"%1年%2月%3日"_s.arg(date.year()).arg(date.month()).arg(date.day());
}

QStringList partyParagraphs(const PartyRecord &p, const QList<PartyField> &required,
    const QString &label, const PartyRecord *principal)
{
    const QString lead = (label.isEmpty() ? partyLabel(p) : label) + u"："_s;
    // Each particular: its lead-in and text when present, the lead-in and a gap when required
    // and absent (住所地⟦缺：…⟧), else nothing.
    auto part = [&](PartyField field, const QString &prefix, const QString &text) -> QString {
        if (!partyFieldMissing(p, field))
            return prefix + text;
        return required.contains(field) ? prefix + gapMarker(missingPartyFieldName(p, field))
                                        : QString();
    };
    auto e = [](const QString &s) {
        return escapeMarkup(s.trimmed());
    };
    QStringList segments;
    auto add = [&](const QString &s) {
        if (!s.isEmpty())
            segments.append(s);
    };

    QString name = partyFieldMissing(p, PartyField::Name)
        ? gapMarker(partyLabel(p) + u"的姓名或名称"_s)
        : e(p.name);
    if (p.isStatutoryAgent() && principal && !p.relation.trimmed().isEmpty())
        name += u"（系"_s + e(principal->name) + u"的"_s + e(p.relation) + u"）"_s;
    add(name);
    QStringList paragraphs;
    if (p.isEntrustedAgent()) {
        // 委托诉讼代理人：×××，××律师事务所律师，联系方式：……。(SPC16)
        add(part(PartyField::Occupation, {}, e(p.employer) + e(p.occupation)));
        add(part(PartyField::Phone, u"联系方式："_s, e(p.phone)));
        paragraphs.append(lead + segments.join(u"，"_s) + u"。"_s);
        return paragraphs;
    }
    if (p.type == PartyType::Person) {
        add(part(PartyField::Sex, {}, p.sex == Sex::Male ? u"男"_s : u"女"_s));
        add(part(PartyField::BirthDate, {}, chineseDate(p.birthDate) + u"生"_s));
        QString ethnicity = p.ethnicity.trimmed();
        if (!ethnicity.isEmpty() && !ethnicity.endsWith(u'族'))
            ethnicity += u'族';
        add(part(PartyField::Ethnicity, {}, e(ethnicity)));
        add(part(PartyField::Occupation, {}, e(p.employer) + e(p.occupation)));
        add(part(PartyField::Address, u"住"_s, e(p.address)));
        add(part(PartyField::IdNumber, u"公民身份号码："_s, e(p.idNumber)));
        QString first = lead + segments.join(u"，"_s) + u"。"_s;
        if (const QString phone = part(PartyField::Phone, {}, e(p.phone)); !phone.isEmpty())
            first += u"联系方式："_s + phone + u"。"_s;
        paragraphs.append(first);
        return paragraphs;
    }
    // Organisation: 名称，住所地，统一社会信用代码; then the 法定代表人 line with the contact.
    add(part(PartyField::Address, u"住所地"_s, e(p.address)));
    add(part(PartyField::Uscc, u"统一社会信用代码："_s, e(p.uscc)));
    paragraphs.append(lead + segments.join(u"，"_s) + u"。"_s);
    QStringList rep;
    const QString repName = part(PartyField::LegalRep, {}, e(p.legalRep));
    if (!repName.isEmpty()) {
        rep.append(repName);
        if (!p.legalRepTitle.trimmed().isEmpty())
            rep.append(e(p.legalRepTitle));
    }
    const QString phone = part(PartyField::Phone, {}, e(p.phone));
    if (!phone.isEmpty())
        rep.append(u"联系方式："_s + phone);
    if (!repName.isEmpty())
        paragraphs.append(u"法定代表人："_s + rep.join(u"，"_s) + u"。"_s);
    else if (!rep.isEmpty()) // no representative named: the contact still belongs to the block
        paragraphs.append(rep.join(u"，"_s) + u"。"_s);
    return paragraphs;
}

} // namespace habeas
