#include "law/theorycatalogue.h"

#include "law/jsonvalues.h"
#include "law/statutelibrary.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

QString string(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toString();
}

std::optional<Burden> burdenFromString(const QString &text)
{
    if (text == u"plaintiff")
        return Burden::Plaintiff;
    if (text == u"defendant")
        return Burden::Defendant;
    if (text == u"shifting")
        return Burden::Shifting;
    return std::nullopt;
}

std::optional<TheoryKind> kindFromString(const QString &text)
{
    if (text == u"common-core")
        return TheoryKind::CommonCore;
    if (text == u"private")
        return TheoryKind::Private;
    if (text == u"public-interest")
        return TheoryKind::PublicInterest;
    return std::nullopt;
}

Note noteFromJson(const QJsonObject &o)
{
    return { string(o, "zh"_L1), string(o, "en"_L1), stringList(o.value("articles"_L1)),
        stringList(o.value("cases"_L1)), stringList(o.value("unbundledReferences"_L1)),
        o.value("unverified"_L1).toBool() };
}

QList<Note> notesFromJson(const QJsonValue &value)
{
    QList<Note> out;
    for (const auto &v : value.toArray())
        out << noteFromJson(v.toObject());
    return out;
}

// Lists are short (a dozen theories, a few elements each), so a linear search is enough.
template<typename T> const T *findById(const QList<T> &list, QStringView key, QString T::*member)
{
    const auto it = std::find_if(
        list.cbegin(), list.cend(), [&](const T &value) { return value.*member == key; });
    return it != list.cend() ? &*it : nullptr;
}

LawRule ruleFromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return { stringList(o.value("articles"_L1)), stringList(o.value("priorLaw"_L1)) };
}

// "personal-information" (or absent), "privacy", "contract".
std::optional<PleadedRight> rightFromString(const QString &text)
{
    if (text.isEmpty() || text == u"personal-information")
        return PleadedRight::PersonalInformation;
    if (text == u"privacy")
        return PleadedRight::Privacy;
    if (text == u"contract")
        return PleadedRight::Contract;
    return std::nullopt;
}

QList<ClaimTemplate> claimsFromJson(const QJsonValue &value)
{
    QList<ClaimTemplate> out;
    for (const QString &text : stringList(value))
        out << ClaimTemplate { text };
    return out;
}

// Collects the problems of one catalogue; `where` names the entry a message is about.
struct Validator {
    const TheoryCatalogue &catalogue;
    const StatuteLibrary &library;
    QSet<QString> ids;
    QStringList problems;

    void checkId(const QString &id)
    {
        if (id.isEmpty())
            return; // reported by the caller with its context
        if (ids.contains(id)) {
            problems << QCoreApplication::translate(
                "habeas::TheoryCatalogue", "Duplicate id \u201c%1\u201d.")
                            .arg(id);
        }
        ids.insert(id);
    }

    void checkArticles(const QString &where, const QStringList &references)
    {
        for (const QString &reference : references) {
            const ArticleReference parsed = parseArticleReference(reference, library);
            if (!parsed.isValid()) {
                problems << QCoreApplication::translate(
                    "habeas::TheoryCatalogue", "%1: citation \u201c%2\u201d: %3")
                                .arg(where, reference, parsed.errorString);
            }
        }
    }

    void checkUnbundled(const QString &where, const QStringList &references)
    {
        for (const QString &reference : references) {
            if (!catalogue.unbundledInstrument(reference)) {
                problems << QCoreApplication::translate("habeas::TheoryCatalogue",
                    "%1: unbundled reference \u201c%2\u201d names no instrument of the "
                    "unbundled list.")
                                .arg(where, reference);
            } else if (parseArticleReference(reference, library).isValid()) {
                // Bundled text is checked, so it must not hide among the unchecked references.
                problems << QCoreApplication::translate("habeas::TheoryCatalogue",
                    "%1: \u201c%2\u201d is in the bundled texts; cite it as an article.")
                                .arg(where, reference);
            }
        }
    }

    // Earlier law is either bundled text or an unbundled instrument whose dates are known.
    void checkPriorLaw(const QString &where, const QStringList &references)
    {
        for (const QString &reference : references) {
            if (parseArticleReference(reference, library).isValid())
                continue;
            const UnbundledInstrument *in = catalogue.unbundledInstrument(reference);
            if (!in || in->citationTitle.isEmpty() || !in->inForce.isValid()) {
                problems << QCoreApplication::translate("habeas::TheoryCatalogue",
                    "%1: earlier law \u201c%2\u201d is neither bundled text nor an unbundled "
                    "instrument with a citation title and an in-force date.")
                                .arg(where, reference);
            }
        }
    }

    void checkRule(const QString &where, const LawRule &rule)
    {
        checkArticles(where, rule.articles);
        checkPriorLaw(where, rule.priorLaw);
    }

    void checkCases(const QString &where, const QStringList &codes)
    {
        for (const QString &code : codes) {
            if (!catalogue.caseReference(code)) {
                problems << QCoreApplication::translate(
                    "habeas::TheoryCatalogue", "%1: unknown case reference \u201c%2\u201d.")
                                .arg(where, code);
            }
        }
    }

    void checkTexts(const QString &where, const QString &zh, const QString &en)
    {
        if (zh.trimmed().isEmpty() || en.trimmed().isEmpty()) {
            problems << QCoreApplication::translate(
                "habeas::TheoryCatalogue", "%1: the Chinese or the English text is missing.")
                            .arg(where);
        }
    }

    void checkNote(const QString &where, const Note &note)
    {
        checkTexts(where, note.textZh, note.textEn);
        checkArticles(where, note.articles);
        checkCases(where, note.caseCodes);
        checkUnbundled(where, note.unbundledReferences);
    }

    void checkClaims(const QString &where, const QList<ClaimTemplate> &claims)
    {
        for (const ClaimTemplate &claim : claims) {
            const QString &t = claim.text;
            if (t.trimmed().isEmpty() || t.count(u'〔') != t.count(u'〕')) {
                problems << QCoreApplication::translate("habeas::TheoryCatalogue",
                    "%1: claim \u201c%2\u201d is empty or has unbalanced 〔〕.")
                                .arg(where, t);
            }
        }
    }

    // Element and defence ids are "<theory id>.<suffix>"; returns the name for messages.
    QString checkMemberId(const Theory &theory, const QString &id)
    {
        checkId(id);
        if (!id.startsWith(theory.id + u'.')) {
            problems << QCoreApplication::translate("habeas::TheoryCatalogue",
                "The id \u201c%1\u201d does not start with its theory id \u201c%2.\u201d.")
                            .arg(id, theory.id);
        }
        return id.isEmpty() ? theory.id : id;
    }

    void checkElement(const Theory &theory, const Element &e)
    {
        const QString where = checkMemberId(theory, e.id);
        checkTexts(where, e.textZh, e.textEn);
        checkArticles(where, e.articles);
        checkUnbundled(where, e.unbundledReferences);
        checkPriorLaw(where, e.priorLaw);
        checkCases(where, e.caseCodes);
        for (const QString &code : e.evidenceCodes) {
            if (!catalogue.evidenceCode(code)) {
                problems << QCoreApplication::translate("habeas::TheoryCatalogue",
                    "%1: evidence code \u201c%2\u201d is not in the evidence table.")
                                .arg(where, code);
            }
        }
        if (!e.limb.isEmpty()
            && std::none_of(theory.limbs.cbegin(), theory.limbs.cend(),
                [&](const Limb &l) { return l.id == e.limb; })) {
            problems << QCoreApplication::translate(
                "habeas::TheoryCatalogue", "%1: unknown limb \u201c%2\u201d.")
                            .arg(where, e.limb);
        }
        if (!e.restates.isEmpty() && !restatable(e.restates)) {
            problems << QCoreApplication::translate("habeas::TheoryCatalogue",
                "%1: restates \u201c%2\u201d, which is not a common-core element.")
                            .arg(where, e.restates);
        }
    }

    void checkDefence(const Theory &theory, const Defence &d)
    {
        const QString where = checkMemberId(theory, d.id);
        checkTexts(where, d.defenceZh, d.defenceEn);
        checkTexts(where, d.answerZh, d.answerEn);
        checkArticles(where, d.articles);
        checkCases(where, d.caseCodes);
        checkUnbundled(where, d.unbundledReferences);
    }

    void checkTheory(const Theory &t)
    {
        checkId(t.id); // never empty: load() refuses theories without one
        checkTexts(t.id, t.nameZh, t.nameEn);
        checkArticles(t.id, t.articles);
        checkUnbundled(t.id, t.unbundledReferences);
        if (t.elements.isEmpty()) {
            problems << QCoreApplication::translate(
                "habeas::TheoryCatalogue", "Theory \u201c%1\u201d has no elements.")
                            .arg(t.id);
        }
        // The common core's requests are the catalogue's common claims.
        const bool hasClaims = t.kind == TheoryKind::CommonCore
            ? !catalogue.commonClaims().isEmpty()
            : !t.claims.isEmpty();
        if (!hasClaims) {
            problems << QCoreApplication::translate(
                "habeas::TheoryCatalogue", "Theory \u201c%1\u201d has no claims.")
                            .arg(t.id);
        }
        for (const Limb &l : t.limbs) {
            checkTexts(t.id + u'/' + l.id, l.nameZh, l.nameEn);
            checkRule(t.id + u'/' + l.id, l.duty);
            checkRule(t.id + u'/' + l.id, l.liability);
        }
        checkRule(t.id, t.duty);
        checkRule(t.id, t.liability);
        // What a complaint needs to reason the claim: a heading and the rule of liability.
        if (t.kind != TheoryKind::CommonCore && (t.headingZh.isEmpty() || t.liability.isEmpty()))
            problems << QCoreApplication::translate("habeas::TheoryCatalogue",
                "Theory \u201c%1\u201d has no heading or no liability rule.")
                            .arg(t.id);
        if (t.alternatives && t.limbs.size() < 2)
            problems << QCoreApplication::translate("habeas::TheoryCatalogue",
                "Theory \u201c%1\u201d offers alternatives but has fewer than two limbs.")
                            .arg(t.id);
        for (const Element &e : t.elements)
            checkElement(t, e);
        for (const Defence &d : t.defences)
            checkDefence(t, d);
        checkClaims(t.id, t.claims);
        for (const Note &n : t.notes + t.procedure)
            checkNote(t.id, n);
    }

    void checkTables()
    {
        QSet<QString> seen;
        const auto checkKey = [&](const QString &key) {
            if (key.isEmpty() || seen.contains(key)) {
                problems << QCoreApplication::translate("habeas::TheoryCatalogue",
                    "Empty or duplicate code \u201c%1\u201d in the catalogue tables.")
                                .arg(key);
            }
            seen.insert(key);
        };
        for (const EvidenceCode &e : catalogue.evidenceCodes()) {
            checkKey(e.code);
            checkTexts(e.code, e.textZh, e.textEn);
            checkArticles(e.code, e.articles);
        }
        for (const CaseReference &c : catalogue.cases())
            checkKey(c.code);
        for (const UnbundledInstrument &u : catalogue.unbundledInstruments())
            checkKey(u.abbreviation);
        checkClaims(u"commonClaims"_s, catalogue.commonClaims());
    }

    bool restatable(const QString &id) const
    {
        const auto &all = catalogue.theories();
        return std::any_of(all.cbegin(), all.cend(),
            [&](const Theory &t) { return t.kind == TheoryKind::CommonCore && t.element(id); });
    }
};

} // namespace

QStringList ClaimTemplate::placeholders() const
{
    QStringList out;
    for (qsizetype from = text.indexOf(u'〔'); from >= 0; from = text.indexOf(u'〔', from + 1)) {
        const qsizetype to = text.indexOf(u'〕', from);
        if (to < 0)
            break;
        out << text.sliced(from, to - from + 1);
    }
    return out;
}

const Element *Theory::element(QStringView elementId) const
{
    return findById(elements, elementId, &Element::id);
}

const Limb *Theory::limb(QStringView limbId) const
{
    return findById(limbs, limbId, &Limb::id);
}

TheoryCatalogue::TheoryCatalogue() = default;
TheoryCatalogue::~TheoryCatalogue() = default;

void TheoryCatalogue::clear()
{
    m_theories.clear();
    m_evidenceCodes.clear();
    m_commonClaims.clear();
    m_cases.clear();
    m_unbundledInstruments.clear();
    m_errorString.clear();
}

bool TheoryCatalogue::fail(const QString &message)
{
    clear();
    m_errorString = message;
    return false;
}

namespace {

// The elements of a theory; what is wrong with them, or empty.
QString elementsFromJson(const QJsonArray &array, QList<Element> &elements)
{
    for (const auto &ev : array) {
        const QJsonObject e = ev.toObject();
        const std::optional<Burden> burden = burdenFromString(string(e, "burden"_L1));
        if (!burden) {
            return QCoreApplication::translate("habeas::TheoryCatalogue",
                "Element \u201c%1\u201d has an unknown burden \u201c%2\u201d.")
                .arg(string(e, "id"_L1), string(e, "burden"_L1));
        }
        elements << Element { string(e, "id"_L1), string(e, "limb"_L1), string(e, "zh"_L1),
            string(e, "en"_L1), *burden, stringList(e.value("articles"_L1)),
            stringList(e.value("priorLaw"_L1)), stringList(e.value("evidence"_L1)),
            string(e, "evidenceNoteZh"_L1), string(e, "evidenceNoteEn"_L1),
            string(e, "restates"_L1), stringList(e.value("cases"_L1)),
            stringList(e.value("unbundledReferences"_L1)), e.value("unverified"_L1).toBool() };
    }
    return {};
}

// One theory of the catalogue; what is wrong with it, or empty.
QString theoryFromJson(const QJsonObject &o, Theory &t)
{
    t.id = string(o, "id"_L1);
    const std::optional<TheoryKind> kind = kindFromString(string(o, "kind"_L1));
    if (t.id.isEmpty() || !kind) {
        return QCoreApplication::translate(
            "habeas::TheoryCatalogue", "Theory \u201c%1\u201d has no id or an unknown kind.")
            .arg(t.id);
    }
    t.kind = *kind;
    t.code = string(o, "code"_L1);
    t.nameZh = string(o, "nameZh"_L1);
    t.nameEn = string(o, "nameEn"_L1);
    t.articles = stringList(o.value("articles"_L1));
    t.unbundledReferences = stringList(o.value("unbundledReferences"_L1));
    const std::optional<PleadedRight> right = rightFromString(string(o, "right"_L1));
    if (!right)
        return QCoreApplication::translate("habeas::TheoryCatalogue",
            "Theory \u201c%1\u201d pleads an unknown right \u201c%2\u201d.")
            .arg(t.id, string(o, "right"_L1));
    t.right = *right;
    t.alternatives = o.value("oneOf"_L1).toBool();
    t.headingZh = string(o, "heading"_L1);
    t.duty = ruleFromJson(o.value("duty"_L1));
    t.liability = ruleFromJson(o.value("liability"_L1));
    for (const auto &lv : o.value("limbs"_L1).toArray()) {
        const QJsonObject l = lv.toObject();
        t.limbs << Limb { string(l, "id"_L1), string(l, "zh"_L1), string(l, "en"_L1),
            string(l, "heading"_L1), ruleFromJson(l.value("duty"_L1)),
            ruleFromJson(l.value("liability"_L1)),
            l.contains("right"_L1) ? rightFromString(string(l, "right"_L1)) : std::nullopt };
    }
    if (QString why = elementsFromJson(o.value("elements"_L1).toArray(), t.elements);
        !why.isEmpty())
        return why;
    for (const auto &dv : o.value("defences"_L1).toArray()) {
        const QJsonObject d = dv.toObject();
        t.defences << Defence { string(d, "id"_L1), string(d, "defenceZh"_L1),
            string(d, "defenceEn"_L1), string(d, "answerZh"_L1), string(d, "answerEn"_L1),
            stringList(d.value("articles"_L1)), stringList(d.value("cases"_L1)),
            stringList(d.value("unbundledReferences"_L1)), d.value("unverified"_L1).toBool() };
    }
    t.claims = claimsFromJson(o.value("claims"_L1));
    t.notes = notesFromJson(o.value("notes"_L1));
    t.procedure = notesFromJson(o.value("procedure"_L1));
    return {};
}

} // namespace

bool TheoryCatalogue::load(const QString &path)
{
    clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QCoreApplication::translate("habeas::TheoryCatalogue",
            "Cannot open the theory catalogue %1 (is the resource initialised?).")
                        .arg(path));
    }
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(QCoreApplication::translate(
            "habeas::TheoryCatalogue", "The theory catalogue is not valid JSON: %1")
                        .arg(jsonError.errorString()));
    }
    const QJsonObject root = doc.object();

    for (const auto &v : root.value("unbundledInstruments"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        m_unbundledInstruments << UnbundledInstrument { string(o, "abbreviation"_L1),
            string(o, "titleZh"_L1), string(o, "nameEn"_L1), string(o, "citationTitle"_L1),
            QDate::fromString(string(o, "inForce"_L1), Qt::ISODate),
            QDate::fromString(string(o, "ended"_L1), Qt::ISODate) };
    }
    for (const auto &v : root.value("cases"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        m_cases << CaseReference { string(o, "code"_L1), string(o, "labelZh"_L1),
            string(o, "labelEn"_L1), string(o, "court"_L1), o.value("unverified"_L1).toBool() };
    }
    for (const auto &v : root.value("evidenceCodes"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        m_evidenceCodes << EvidenceCode { string(o, "code"_L1), string(o, "zh"_L1),
            string(o, "en"_L1), stringList(o.value("articles"_L1)) };
    }
    m_commonClaims = claimsFromJson(root.value("commonClaims"_L1));

    const QJsonArray theories = root.value("theories"_L1).toArray();
    for (const auto &tv : theories) {
        Theory t;
        if (const QString why = theoryFromJson(tv.toObject(), t); !why.isEmpty())
            return fail(why);
        m_theories << t;
    }
    if (m_theories.isEmpty()) {
        return fail(QCoreApplication::translate(
            "habeas::TheoryCatalogue", "The theory catalogue lists no theories."));
    }
    return true;
}

const Theory *TheoryCatalogue::theory(QStringView id) const
{
    return findById(m_theories, id, &Theory::id);
}

const EvidenceCode *TheoryCatalogue::evidenceCode(QStringView code) const
{
    return findById(m_evidenceCodes, code, &EvidenceCode::code);
}

const UnbundledInstrument *TheoryCatalogue::unbundledInstrument(QStringView reference) const
{
    // The longest abbreviation that starts the reference and ends at a word boundary:
    // "NPCSC-2012 2" is the decision, never a shorter namesake.
    const UnbundledInstrument *best = nullptr;
    for (const UnbundledInstrument &in : m_unbundledInstruments) {
        const bool matches = reference == in.abbreviation
            || (reference.startsWith(in.abbreviation)
                && !reference.at(in.abbreviation.size()).isLetterOrNumber());
        if (matches && (!best || in.abbreviation.size() > best->abbreviation.size()))
            best = &in;
    }
    return best;
}

const CaseReference *TheoryCatalogue::caseReference(QStringView code) const
{
    return findById(m_cases, code, &CaseReference::code);
}

QStringList TheoryCatalogue::validate(const StatuteLibrary &library) const
{
    Validator validator { *this, library, {}, {} };
    validator.checkTables();
    for (const Theory &t : m_theories)
        validator.checkTheory(t);
    return validator.problems;
}

QString toId(Burden burden)
{
    switch (burden) {
    case Burden::Plaintiff:
        return QStringLiteral("plaintiff");
    case Burden::Defendant:
        return QStringLiteral("defendant");
    case Burden::Shifting:
        return QStringLiteral("shifting");
    }
    return {};
}

} // namespace habeas
