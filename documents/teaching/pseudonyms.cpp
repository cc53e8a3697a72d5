#include "pseudonyms.h"

#include "validation/identitycodes.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace habeas::teaching {

namespace {

// The heavenly stems, then the earthly branches; after those a number follows the stem.
const QStringList &stems()
{
    static const QStringList list =
        u"甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"_s.split(QString(), Qt::SkipEmptyParts);
    return list;
}

QString replacementFor(Identifier::Kind kind)
{
    switch (kind) {
    case Identifier::Kind::IdNumber:
        return u"［身份证号码已隐去］"_s;
    case Identifier::Kind::CreditCode:
        return u"［统一社会信用代码已隐去］"_s;
    case Identifier::Kind::Phone:
        return u"［电话已隐去］"_s;
    case Identifier::Kind::Address:
        return u"［住址已隐去］"_s;
    case Identifier::Kind::Email:
        return u"［电子邮箱已隐去］"_s;
    case Identifier::Kind::Name:
        break;
    }
    return {};
}

QString partyLabel(const QJsonObject &party)
{
    const QString role = party.value(u"role"_s).toString();
    if (role == u"plaintiff"_s)
        return u"原告"_s;
    if (role == u"public-interest-plaintiff"_s)
        return u"公益诉讼起诉人"_s;
    if (role == u"defendant"_s)
        return u"被告"_s;
    if (role == u"third-party"_s)
        return u"第三人"_s;
    return party.value(u"agency"_s).toString() == u"statutory"_s ? u"法定代理人"_s
                                                                 : u"委托诉讼代理人"_s;
}

int roleOrder(const QJsonObject &party)
{
    static const QStringList order { u"plaintiff"_s, u"public-interest-plaintiff"_s, u"defendant"_s,
        u"third-party"_s, u"agent"_s };
    return int(order.indexOf(party.value(u"role"_s).toString()));
}

// A number as written without its spaces and dashes: "010-6234 5678" → "01062345678".
QString compact(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace() && c != u'-' && c != QChar(0xff0d))
            out += c.toUpper();
    return out;
}

QList<QJsonObject> rowsOf(const QJsonObject &tables, const QString &table)
{
    QList<QJsonObject> rows;
    for (const QJsonValue v : tables.value(table).toArray())
        rows.append(v.toObject());
    return rows;
}

void addParties(Pseudonyms &p, const QJsonObject &tables)
{
    QList<QJsonObject> parties = rowsOf(tables, u"parties"_s);
    std::stable_sort(
        parties.begin(), parties.end(), [](const QJsonObject &a, const QJsonObject &b) {
            if (roleOrder(a) != roleOrder(b))
                return roleOrder(a) < roleOrder(b);
            return a.value(u"position"_s).toInteger() < b.value(u"position"_s).toInteger();
        });
    for (const QJsonObject &party : parties)
        p.addName(party.value(u"name"_s).toString(), partyLabel(party),
            party.value(u"type"_s).toString() == u"org"_s);
    for (const QJsonObject &party : parties) {
        p.addName(party.value(u"legal_rep"_s).toString(), u"法定代表人"_s);
        p.addName(party.value(u"employer"_s).toString(), u"单位"_s, true);
        p.addIdentifier(Identifier::Kind::IdNumber, party.value(u"id_number"_s).toString());
        p.addIdentifier(Identifier::Kind::CreditCode, party.value(u"uscc"_s).toString());
        p.addIdentifier(Identifier::Kind::Address, party.value(u"address"_s).toString());
        for (const QString &phone :
            party.value(u"phone"_s)
                .toString()
                .split(QRegularExpression(u"[、,，;；/]"_s), Qt::SkipEmptyParts))
            p.addIdentifier(Identifier::Kind::Phone, phone);
    }
}

} // namespace

QString organisationKind(const QString &name)
{
    static const QStringList kinds { u"律师事务所"_s, u"公证处"_s, u"事务所"_s, u"公司"_s,
        u"集团"_s, u"银行"_s, u"医院"_s, u"大学"_s, u"学院"_s, u"学校"_s, u"委员会"_s, u"协会"_s,
        u"研究院"_s, u"中心"_s, u"法院"_s, u"检察院"_s, u"局"_s };
    for (const QString &kind : kinds)
        if (name.trimmed().endsWith(kind))
            return kind;
    return {};
}

QStringList splitNames(const QString &text)
{
    QStringList names;
    for (const QString &part :
        text.split(QRegularExpression(u"[、,，;；/\\n]|\\s{2,}"_s), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            names << part.trimmed();
    return names;
}

Pseudonyms Pseudonyms::fromTables(const QJsonObject &tables)
{
    Pseudonyms p;
    addParties(p, tables);
    for (const QJsonObject &item : rowsOf(tables, u"evidence_items"_s)) {
        for (const QString &name : splitNames(item.value(u"operator"_s).toString()))
            p.addName(name, u"操作人"_s);
        for (const QString &name : splitNames(item.value(u"witnesses"_s).toString()))
            p.addName(name, name.contains(u"公证"_s) ? u"公证员"_s : u"证人"_s);
    }
    for (const QJsonObject &item : rowsOf(tables, u"damages_items"_s)) {
        const QString payee = item.value(u"payee"_s).toString();
        p.addName(payee, u"收款人"_s, !organisationKind(payee).isEmpty());
    }
    return p;
}

QString Pseudonyms::addName(const QString &raw, const QString &label, bool organisation)
{
    const QString name = raw.trimmed();
    if (name.isEmpty())
        return {};
    if (m_names.contains(name))
        return m_names.value(name);
    const int n = m_next++;
    QString pseudonym = label + stems().at(n % stems().size());
    if (n >= stems().size())
        pseudonym += QString::number(n / stems().size() + 1);
    if (organisation)
        pseudonym += organisationKind(name);
    m_names.insert(name, pseudonym);
    // A one-character name still loses its row, but is not searched for in texts: it would
    // match half the language.
    if (name.size() >= 2) {
        m_identifiers.append({ Identifier::Kind::Name, name, pseudonym });
        rebuild();
    }
    return pseudonym;
}

void Pseudonyms::addIdentifier(Identifier::Kind kind, const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.size() < 4)
        return;
    for (const Identifier &known : std::as_const(m_identifiers))
        if (known.text == text)
            return;
    m_identifiers.append({ kind, text, replacementFor(kind) });
    rebuild();
}

void Pseudonyms::rebuild()
{
    std::stable_sort(m_identifiers.begin(), m_identifiers.end(),
        [](const Identifier &a, const Identifier &b) { return a.text.size() > b.text.size(); });
    QStringList alternatives;
    for (const Identifier &i : std::as_const(m_identifiers))
        alternatives << QRegularExpression::escape(i.text);
    m_known = QRegularExpression(alternatives.isEmpty() ? u"(?!)"_s : alternatives.join(u'|'));
}

namespace {

template<typename Replace>
QString replaceAll(const QString &text, const QRegularExpression &re, Replace replace)
{
    QString out;
    qsizetype from = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += replace(m);
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

QString maskPatterns(QString text)
{
    static const QRegularExpression email(u"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"_s);
    static const QRegularExpression code(u"(?<![0-9A-Za-z])[0-9A-Za-z]{18}(?![0-9A-Za-z])"_s);
    static const QRegularExpression phone(u"(?<![0-9])(?:(?:\\+?86[- ]?)?1[3-9][0-9](?:[- ]?"
                                          "[0-9]{4}){2}|0[0-9]{2,3}[- ]?[0-9]{7,8})(?![0-9])"_s);
    static const QRegularExpression address(
        u"(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|"
        "江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|"
        "内蒙古|广西|西藏|宁夏|新疆|香港|澳门)\\p{Han}{0,8}?(?:省|市|自治区|特别行政区)?"
        "[\\p{Han}0-9]{0,20}?(?:区|县|市|旗)[\\p{Han}0-9A-Za-z\\-－]{0,30}?[0-9]+号(?:院)?"
        "(?:[0-9A-Za-z\\-－]+(?:号楼|栋|幢|单元|层|楼|室))*"_s);
    text = replaceAll(
        text, email, [](const auto &) { return replacementFor(Identifier::Kind::Email); });
    text = replaceAll(text, code, [](const QRegularExpressionMatch &m) {
        const QString c = m.captured().toUpper();
        if (checkResidentId(c).ok)
            return replacementFor(Identifier::Kind::IdNumber);
        if (checkUscc(c).ok)
            return replacementFor(Identifier::Kind::CreditCode);
        return m.captured();
    });
    text = replaceAll(
        text, phone, [](const auto &) { return replacementFor(Identifier::Kind::Phone); });
    return replaceAll(
        text, address, [](const auto &) { return replacementFor(Identifier::Kind::Address); });
}

} // namespace

QString Pseudonyms::apply(const QString &text) const
{
    if (text.isEmpty())
        return text;
    const QString named = replaceAll(text, m_known, [this](const QRegularExpressionMatch &m) {
        for (const Identifier &i : m_identifiers)
            if (i.text == m.captured())
                return i.replacement;
        return m.captured();
    });
    return maskPatterns(named);
}

QString Pseudonyms::leakIn(const QString &text) const
{
    if (text.isEmpty())
        return {};
    QString digits;
    for (const Identifier &i : m_identifiers) {
        if (text.contains(i.text, Qt::CaseInsensitive))
            return i.text;
        if (i.kind == Identifier::Kind::IdNumber || i.kind == Identifier::Kind::CreditCode
            || i.kind == Identifier::Kind::Phone) {
            if (digits.isNull())
                digits = compact(text);
            const QString own = compact(i.text);
            if (own.size() >= 7 && digits.contains(own))
                return i.text;
        }
    }
    return {};
}

} // namespace habeas::teaching
