#include "register/registerimport.h"

#include "validation/identitycodes.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::Register)
};

// A header as compared: no spaces, underscores, hyphens, stars or colons; lower case.
QString normalisedHeader(const QString &header)
{
    QString h;
    for (const QChar c : header)
        if (!c.isSpace() && c != u'_' && c != u'-' && c != u'*' && c != u':' && c != u'：'
            && c != QChar(0xFEFF))
            h.append(c.toLower());
    return h;
}

const QStringList &usualHeaders(RegisterRole role)
{
    static const QHash<RegisterRole, QStringList> headers {
        { RegisterRole::Name,
            { u"姓名"_s, u"名字"_s, u"客户姓名"_s, u"用户姓名"_s, u"真实姓名"_s, u"name"_s,
                u"fullname"_s } },
        { RegisterRole::IdNumber,
            { u"身份证号"_s, u"身份证号码"_s, u"公民身份号码"_s, u"证件号码"_s, u"证件号"_s,
                u"身份证"_s, u"身份证件号码"_s, u"idnumber"_s, u"idno"_s, u"idcard"_s, u"id"_s,
                u"idcardnumber"_s } },
        { RegisterRole::Phone,
            { u"手机号"_s, u"手机号码"_s, u"手机"_s, u"电话"_s, u"联系电话"_s, u"电话号码"_s,
                u"联系方式"_s, u"phone"_s, u"mobile"_s, u"tel"_s, u"telephone"_s, u"phonenumber"_s,
                u"mobilephone"_s } },
        { RegisterRole::Address,
            { u"地址"_s, u"住址"_s, u"家庭住址"_s, u"联系地址"_s, u"户籍地址"_s, u"居住地址"_s,
                u"address"_s } },
        { RegisterRole::Category,
            { u"信息类别"_s, u"类别"_s, u"信息类型"_s, u"类型"_s, u"信息种类"_s, u"category"_s,
                u"type"_s, u"infotype"_s } },
    };
    return *headers.find(role);
}

// 1.10105E+17, 1.10105199001011E+17: what a spreadsheet program shows of an ID number it took
// for a number, its last digits gone.
bool isScientific(const QString &text)
{
    static const QRegularExpression re(u"^[0-9](\\.[0-9]+)?[eE]\\+?[0-9]+$"_s);
    return text.size() < 24 && (text.contains(u'E') || text.contains(u'e'))
        && re.match(text).hasMatch();
}

quint64 mix(quint64 x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

} // namespace

QString toId(RegisterRole role)
{
    switch (role) {
    case RegisterRole::Name:
        return u"name"_s;
    case RegisterRole::IdNumber:
        return u"id-number"_s;
    case RegisterRole::Phone:
        return u"phone"_s;
    case RegisterRole::Address:
        return u"address"_s;
    case RegisterRole::Category:
        return u"category"_s;
    }
    return {};
}

std::optional<RegisterRole> registerRoleFromId(QStringView id)
{
    for (const RegisterRole role : kRegisterRoles)
        if (toId(role) == id)
            return role;
    return std::nullopt;
}

QString roleName(RegisterRole role)
{
    switch (role) {
    case RegisterRole::Name:
        return Text::tr("name");
    case RegisterRole::IdNumber:
        return Text::tr("ID number");
    case RegisterRole::Phone:
        return Text::tr("phone");
    case RegisterRole::Address:
        return Text::tr("address");
    case RegisterRole::Category:
        return Text::tr("category");
    }
    return {};
}

Result<ColumnMapping> mapColumns(
    const QStringList &header, const QHash<RegisterRole, QString> &given)
{
    ColumnMapping mapping;
    mapping.headerColumns = int(header.size());
    QStringList normalised;
    for (const QString &h : header)
        normalised.append(normalisedHeader(h));
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        const int col = int(normalised.indexOf(normalisedHeader(it.value())));
        if (col < 0)
            return Error::input(Text::tr("the file has no column \"%1\" (for %2); its columns: %3")
                                    .arg(it.value(), toId(it.key()), header.join(u", "_s)));
        mapping.columns.insert(it.key(), col);
    }
    for (const RegisterRole role : kRegisterRoles) {
        if (mapping.columns.contains(role))
            continue;
        for (const QString &name : usualHeaders(role)) {
            const int col = int(normalised.indexOf(name));
            if (col >= 0 && !mapping.columns.values().contains(col)) {
                mapping.columns.insert(role, col);
                break;
            }
        }
    }
    if (!mapping.columns.contains(RegisterRole::IdNumber))
        return Error::input(Text::tr("no column of the file holds the ID number (its columns: %1); "
                                     "name it with --column id-number=HEADER")
                                .arg(header.join(u", "_s)));
    return mapping;
}

bool IdSet::insert(quint64 key)
{
    if (m_slots.empty() || (m_size + 1) * 4 > qsizetype(m_slots.size()) * 3)
        grow();
    const quint64 stored = key + 1;
    const size_t mask = m_slots.size() - 1;
    for (size_t i = mix(key) & mask;; i = (i + 1) & mask) {
        if (m_slots[i] == stored)
            return false;
        if (m_slots[i] == 0) {
            m_slots[i] = stored;
            ++m_size;
            return true;
        }
    }
}

void IdSet::grow()
{
    std::vector<quint64> old;
    old.swap(m_slots);
    m_slots.assign(old.empty() ? size_t(1) << 16 : old.size() * 2, 0);
    const size_t mask = m_slots.size() - 1;
    for (const quint64 stored : old) {
        if (stored == 0)
            continue;
        size_t i = mix(stored - 1) & mask;
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = stored;
    }
}

int ageOn(QDate birth, QDate on)
{
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    return age;
}

RegisterRowProcessor::RegisterRowProcessor(
    const ColumnMapping &mapping, QDate asOf, const RegisterKey &key)
    : m_mapping(mapping)
    , m_asOf(asOf)
    , m_key(key)
{
    m_stats.asOf = asOf;
}

QString RegisterRowProcessor::ageBand(int age)
{
    if (age < 14)
        return u"0-13"_s;
    if (age < 18)
        return u"14-17"_s;
    return age < 60 ? u"18-59"_s : u"60+"_s;
}

bool RegisterRowProcessor::reject(qint64 line, const QString &problem)
{
    ++m_unreadable;
    if (m_unreadableList.size() < kListedUnreadable)
        m_unreadableList.append({ line, problem });
    return false;
}

qint16 RegisterRowProcessor::categoryIndex(const QString &category)
{
    if (category.isEmpty())
        return -1;
    const auto it = m_categoryIndex.constFind(category);
    if (it != m_categoryIndex.cend())
        return *it;
    if (m_categories.size() >= kMaxCategories)
        return -1;
    const auto index = qint16(m_categories.size());
    m_categories.append(category);
    m_categoryIndex.insert(category, index);
    m_byCategory.push_back(0);
    return index;
}

void RegisterRowProcessor::countRecord(const PersonRow &person)
{
    ++m_stats.records;
    if (person.age < 18)
        ++m_stats.minors;
    if (person.age < 14)
        ++m_stats.under14;
    ++m_byAgeBand[person.age < 14 ? 0 : person.age < 18 ? 1 : person.age < 60 ? 2 : 3];
    ++m_byProvince[person.province % 100];
    if (person.category >= 0)
        ++m_byCategory[size_t(person.category)];
}

RegisterStats RegisterRowProcessor::stats() const
{
    RegisterStats s = m_stats;
    static const int bandAges[4] = { 0, 14, 18, 60 };
    for (int i = 0; i < 4; ++i)
        if (m_byAgeBand[i])
            s.byAgeBand.insert(ageBand(bandAges[i]), m_byAgeBand[i]);
    for (int p = 0; p < 100; ++p)
        if (m_byProvince[p])
            s.byProvince.insert(QString::number(p), m_byProvince[p]);
    for (size_t c = 0; c < m_byCategory.size(); ++c)
        if (m_byCategory[c])
            s.byCategory.insert(m_categories.at(qsizetype(c)), m_byCategory[c]);
    s.unreadableRows = m_unreadable;
    return s;
}

bool RegisterRowProcessor::process(const registerfile::TableRow &row, PersonRow &out)
{
    if (!row.problem.isEmpty())
        return reject(row.line, row.problem);
    const qsizetype idCol = m_mapping.column(RegisterRole::IdNumber);
    const qsizetype fields = row.cells.size();
    if (fields <= idCol)
        return reject(row.line,
            Text::tr("the row has %1 field(s); the ID number is in column %2")
                .arg(fields)
                .arg(idCol + 1));
    for (qsizetype i = m_mapping.headerColumns; i < fields; ++i)
        if (!row.cells.at(i).trimmed().isEmpty())
            return reject(row.line,
                Text::tr(
                    "the row has %1 fields where the header has %2 (a comma in a field without "
                    "quotes?)")
                    .arg(fields)
                    .arg(m_mapping.headerColumns));
    const QString idText = row.cells.at(idCol).trimmed();
    if (isScientific(idText))
        return reject(row.line,
            Text::tr(
                "the ID number is the number %1 in scientific notation: the spreadsheet program "
                "dropped its last digits; format the column as text and export the file again")
                .arg(idText));
    ++m_stats.rows;
    out = PersonRow {};
    out.line = quint32(row.line);
    const qsizetype catCol = m_mapping.column(RegisterRole::Category);
    out.category =
        catCol >= 0 && catCol < fields ? categoryIndex(row.cells.at(catCol).trimmed()) : qint16(-1);
    const CodeCheck check = checkResidentId(idText);
    if (!check.ok) {
        ++m_stats.invalidIdNumbers;
    } else {
        const QString id = idText.toUpper();
        out.hasId = true;
        out.idHash = m_key.idNumberHash(id);
        out.age = qint8(std::clamp(ageOn(check.birthDate, m_asOf), 0, 127));
        out.province = quint8(QStringView(id).left(2).toInt());
        if (m_seen.insert(QStringView(id).left(17).toULongLong()))
            countRecord(out);
        else
            ++m_stats.duplicates;
    }
    const qsizetype phoneCol = m_mapping.column(RegisterRole::Phone);
    const QString phone =
        phoneCol >= 0 && phoneCol < fields ? row.cells.at(phoneCol).trimmed() : QString();
    if (!phone.isEmpty()) {
        if (checkPhone(phone).ok) {
            out.hasPhone = true;
            out.phoneHash = m_key.phoneHash(phone);
        } else {
            ++m_stats.invalidPhones;
        }
    }
    return true;
}

} // namespace habeas
