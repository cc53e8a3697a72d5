#include "law/statutelibrary.h"

#include "law/jsonvalues.h"
#include "law/statuteparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

std::optional<InstrumentKind> kindFromString(const QString &kind)
{
    if (kind == u"law")
        return InstrumentKind::Law;
    if (kind == u"administrative-regulation")
        return InstrumentKind::AdministrativeRegulation;
    if (kind == u"judicial-interpretation")
        return InstrumentKind::JudicialInterpretation;
    return std::nullopt;
}

bool readFile(const QString &path, QByteArray *data)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *data = file.readAll();
    return true;
}

// Books of one code share their names; a name must still map to each instrument once.
void appendUnique(QList<const Instrument *> *list, const Instrument *instrument)
{
    if (!list->contains(instrument))
        list->append(instrument);
}

} // namespace

StatuteLibrary::StatuteLibrary() = default;
StatuteLibrary::~StatuteLibrary() = default;

void StatuteLibrary::clear()
{
    m_instruments.clear();
    m_groups.clear();
    m_byId.clear();
    m_byName.clear();
    m_errorString.clear();
    m_warnings.clear();
}

bool StatuteLibrary::fail(const QString &message)
{
    clear();
    m_errorString = message;
    return false;
}

QString StatuteLibrary::normalizedName(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII, including （）
            u = static_cast<char16_t>(u - 0xFEE0);
        switch (u) {
        // Quotation and book-title marks, separators and dots carry no meaning in a name.
        case u'《':
        case u'》':
        case u'〈':
        case u'〉':
        case u'<':
        case u'>':
        case u'"':
        case u'\'':
        case u'“':
        case u'”':
        case u'‘':
        case u'’':
        case u'「':
        case u'」':
        case u'.':
        case u'-':
        case u'_':
        case u',':
        case u'·':
            continue;
        default:
            break;
        }
        const QChar ch(u);
        if (ch.isSpace() || u == 0x200B)
            continue;
        out += ch.toLower();
    }
    return out;
}

void StatuteLibrary::addName(const QString &name, const QString &instrumentId)
{
    const Instrument *in = m_byId.value(instrumentId);
    const QString key = normalizedName(name);
    if (!in || key.isEmpty())
        return;
    appendUnique(&m_byName[key], in);
    // Court texts cite PRC laws with and without the country prefix; accept both.
    static const QString prefix = normalizedName(u"中华人民共和国");
    if (key.startsWith(prefix) && key.size() > prefix.size())
        appendUnique(&m_byName[key.sliced(prefix.size())], in);
}

bool StatuteLibrary::load(const QString &root)
{
    clear();
    const QString catalogPath = root + u"/instruments.json"_s;
    QByteArray catalogData;
    if (!readFile(catalogPath, &catalogData)) {
        return fail(QCoreApplication::translate("habeas::StatuteLibrary",
            "Cannot open the statute catalogue %1 (is the resource initialised?).")
                        .arg(catalogPath));
    }
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(catalogData, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(QCoreApplication::translate(
            "habeas::StatuteLibrary", "The statute catalogue is not valid JSON: %1")
                        .arg(jsonError.errorString()));
    }
    const QJsonObject catalog = doc.object();

    loadGroups(catalog);
    const QJsonArray entries = catalog.value(u"instruments"_s).toArray();
    m_instruments.reserve(static_cast<std::size_t>(entries.size()));
    for (const auto &value : entries)
        if (!loadInstrument(root, value.toObject()))
            return false;
    if (m_instruments.empty()) {
        return fail(QCoreApplication::translate(
            "habeas::StatuteLibrary", "The statute catalogue lists no instruments."));
    }

    indexNames();
    return true;
}

void StatuteLibrary::loadGroups(const QJsonObject &catalog)
{
    for (const auto &value : catalog.value(u"groups"_s).toArray()) {
        const QJsonObject o = value.toObject();
        auto group = std::make_unique<InstrumentGroup>();
        group->id = o.value(u"id"_s).toString();
        group->title = o.value(u"title"_s).toString();
        group->englishName = o.value(u"englishName"_s).toString();
        group->abbreviation = o.value(u"abbreviation"_s).toString();
        group->shortNames = stringList(o.value(u"aliases"_s));
        m_groups.push_back(std::move(group));
    }
}

// One entry of the catalogue: its text read and parsed, its metadata, its group.
bool StatuteLibrary::loadInstrument(const QString &root, const QJsonObject &o)
{
    const QString id = o.value(u"id"_s).toString();
    const QString fileName = o.value(u"file"_s).toString();
    const std::optional<InstrumentKind> kind = kindFromString(o.value(u"kind"_s).toString());
    if (id.isEmpty() || fileName.isEmpty() || !kind || m_byId.contains(id)) {
        return fail(QCoreApplication::translate(
            "habeas::StatuteLibrary", "Invalid or duplicate catalogue entry \u201c%1\u201d.")
                        .arg(id));
    }
    QByteArray data;
    if (!readFile(root + u'/' + fileName, &data)) {
        return fail(QCoreApplication::translate(
            "habeas::StatuteLibrary", "Cannot open the statute text %1.")
                        .arg(fileName));
    }
    StatuteParseResult parsed = parseStatute(QString::fromUtf8(data));
    if (!parsed.isValid())
        return fail(fileName + u": "_s + parsed.errorString);
    for (const QString &w : std::as_const(parsed.warnings))
        m_warnings << fileName + u": "_s + w;

    auto in = std::make_unique<Instrument>(std::move(parsed.instrument));
    in->id = id;
    in->fileName = fileName;
    in->kind = *kind;
    in->title = o.value(u"title"_s).toString();
    in->groupId = o.value(u"group"_s).toString();
    in->book = o.value(u"book"_s).toString();
    in->englishName = o.value(u"englishName"_s).toString();
    in->abbreviation = o.value(u"abbreviation"_s).toString();
    in->shortNames = stringList(o.value(u"aliases"_s));
    in->inForce = QDate::fromString(o.value(u"inForce"_s).toString(), Qt::ISODate);
    in->ended = QDate::fromString(o.value(u"ended"_s).toString(), Qt::ISODate);
    in->governsProceedings = o.value(u"governs"_s).toString() == u"proceedings";
    for (Article &a : in->articles)
        a.instrumentId = id;

    if (!in->groupId.isEmpty()) {
        const auto g = std::find_if(m_groups.begin(), m_groups.end(),
            [&](const auto &gr) { return gr->id == in->groupId; });
        if (g == m_groups.end()) {
            return fail(QCoreApplication::translate(
                "habeas::StatuteLibrary", "Unknown group \u201c%1\u201d in the catalogue.")
                            .arg(in->groupId));
        }
        (*g)->memberIds << id;
    }
    m_byId.insert(id, in.get());
    m_instruments.push_back(std::move(in));
    return true;
}

// Every name an instrument or its group goes by, for citations to find it.
void StatuteLibrary::indexNames()
{
    for (const auto &in : m_instruments) {
        addName(in->id, in->id);
        addName(in->title, in->id);
        addName(in->abbreviation, in->id);
        for (const QString &alias : std::as_const(in->shortNames))
            addName(alias, in->id);
    }
    for (const auto &g : m_groups) {
        for (const QString &memberId : std::as_const(g->memberIds)) {
            addName(g->id, memberId);
            addName(g->title, memberId);
            addName(g->abbreviation, memberId);
            for (const QString &alias : std::as_const(g->shortNames))
                addName(alias, memberId);
        }
    }
}

QList<const Instrument *> StatuteLibrary::instruments() const
{
    QList<const Instrument *> out;
    out.reserve(static_cast<qsizetype>(m_instruments.size()));
    for (const auto &in : m_instruments)
        out << in.get();
    return out;
}

const Instrument *StatuteLibrary::instrument(QStringView id) const
{
    return m_byId.value(id.toString());
}

QList<const InstrumentGroup *> StatuteLibrary::groups() const
{
    QList<const InstrumentGroup *> out;
    for (const auto &g : m_groups)
        out << g.get();
    return out;
}

const InstrumentGroup *StatuteLibrary::group(QStringView id) const
{
    for (const auto &g : m_groups) {
        if (g->id == id)
            return g.get();
    }
    return nullptr;
}

QList<const Instrument *> StatuteLibrary::resolve(QStringView name) const
{
    if (const Instrument *byId = instrument(name))
        return { byId };
    const QString key = normalizedName(name);
    if (key.isEmpty())
        return {};
    const auto it = m_byName.constFind(key);
    return it != m_byName.cend() ? *it : QList<const Instrument *> {};
}

const Article *StatuteLibrary::article(QStringView name, int number) const
{
    for (const Instrument *in : resolve(name)) {
        if (const Article *a = in->article(number))
            return a;
    }
    return nullptr;
}

QList<const Article *> StatuteLibrary::nearestArticles(
    QStringView name, int number, qsizetype maxCount) const
{
    QList<const Article *> candidates;
    if (maxCount <= 0)
        return candidates;
    // Only the maxCount neighbours on either side of `number` in each book can win.
    for (const Instrument *in : resolve(name)) {
        const auto &articles = in->articles;
        const auto pos = std::lower_bound(articles.cbegin(), articles.cend(), number,
            [](const Article &a, int n) { return a.number < n; });
        const qsizetype index = pos - articles.cbegin();
        const qsizetype from = std::max<qsizetype>(0, index - maxCount);
        const qsizetype to = std::min<qsizetype>(articles.size(), index + maxCount);
        for (qsizetype i = from; i < to; ++i)
            candidates << &articles[i];
    }
    std::sort(candidates.begin(), candidates.end(), [number](const Article *a, const Article *b) {
        const int da = std::abs(a->number - number);
        const int db = std::abs(b->number - number);
        return da != db ? da < db : a->number < b->number;
    });
    if (candidates.size() > maxCount)
        candidates.resize(maxCount);
    return candidates;
}

} // namespace habeas

namespace habeas {

const StatuteLibrary &bundledStatutes()
{
    static StatuteLibrary library;
    static const bool loaded = library.load(); // once, thread-safe (static initialisation)
    Q_UNUSED(loaded)
    return library;
}

} // namespace habeas
