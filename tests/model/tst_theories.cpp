#include "law/citation.h"
#include "law/statutelibrary.h"
#include "law/theorycatalogue.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace habeas;

namespace {

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

const Defence *findDefence(const Theory &theory, const QString &id)
{
    const auto it = std::find_if(theory.defences.cbegin(), theory.defences.cend(),
        [&](const Defence &d) { return d.id == id; });
    return it != theory.defences.cend() ? &*it : nullptr;
}

// All citations a list of article references stands for, ranges expanded.
QList<Citation> citationsOf(const QStringList &references, const StatuteLibrary &library)
{
    QList<Citation> out;
    for (const QString &reference : references)
        out << parseArticleReference(reference, library).citations;
    return out;
}

bool anyContains(const QStringList &messages, const QString &needle)
{
    return std::any_of(
        messages.cbegin(), messages.cend(), [&](const QString &m) { return m.contains(needle); });
}

// A catalogue whose tables are sound; `theories` is the content of its "theories" array.
QString catalogueJson(const QString &theories)
{
    return uR"({"evidenceCodes": [{"code": "E1", "zh": "录屏", "en": "recording"}],
                "cases": [{"code": "C1", "labelZh": "甲诉乙", "labelEn": "A v. B"}],
                "unbundledInstruments": [{"abbreviation": "NecPI", "titleZh": "必要范围规定"}],
                "theories": [)"_s
        + theories + u"]}"_s;
}

} // namespace

class TstTheories final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void catalogueIsValid();
    void theoriesPresent_data();
    void theoriesPresent();
    void burdens();
    void noFaultPresumption();
    void luoDefences_data();
    void luoDefences();
    void evidenceCodes();
    void claimsKeepBriefWording();
    void unbundledReferencesStayApart();
    void publicInterestProcedure();
    void earlierLawStandsBesideThePipl();
    void liabilityRestsOnRulesNotDefinitions();
    void alternativesAndNewRoutes();

    void articleRanges_data();
    void articleRanges();
    void articleRangeErrors_data();
    void articleRangeErrors();

    void validateCatchesBrokenCatalogue();
    void validateCatchesStructuralProblems();
    void loadRejectsUnusableFiles();

private:
    StatuteLibrary m_library;
    TheoryCatalogue m_catalogue;
};

void TstTheories::initTestCase()
{
    QVERIFY2(m_library.load(), qPrintable(m_library.errorString()));
    QVERIFY2(m_catalogue.load(), qPrintable(m_catalogue.errorString()));
    QVERIFY(m_catalogue.isLoaded());
}

// The build-time check: no theory cites an article, paragraph or item the bundled texts lack.
void TstTheories::catalogueIsValid()
{
    const QStringList problems = m_catalogue.validate(m_library);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TstTheories::theoriesPresent_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("nameZh");
    QTest::addColumn<int>("kind");
    const auto row = [](const char16_t *id, const char16_t *code, const char16_t *nameZh,
                         TheoryKind kind) {
        QTest::newRow(QString::fromUtf16(id).toUtf8().constData())
            << QString::fromUtf16(id) << QString::fromUtf16(code) << QString::fromUtf16(nameZh)
            << static_cast<int>(kind);
    };
    row(u"common-core", u"T0", u"个人信息侵权共同要件", TheoryKind::CommonCore);
    row(u"forced-collection", u"T1", u"强制/过度收集个人信息", TheoryKind::Private);
    row(u"no-valid-consent", u"T2", u"未告知/未取得有效同意", TheoryKind::Private);
    row(u"refusal-of-service", u"T3", u"以不同意为由拒绝提供服务", TheoryKind::Private);
    row(u"automated-decision", u"T4", u"自动化决策/个性化推送", TheoryKind::Private);
    row(u"third-party-provision", u"T5", u"未经单独同意向他人提供", TheoryKind::Private);
    row(u"marketing-intrusion", u"T6", u"营销短信/电话侵扰", TheoryKind::Private);
    row(u"rights-request", u"T7", u"查阅复制更正删除请求未获回应", TheoryKind::Private);
    row(u"sensitive-minors", u"T8", u"敏感个人信息与未成年人信息", TheoryKind::Private);
    row(u"facial-recognition", u"T9", u"人脸识别", TheoryKind::Private);
    row(u"breach", u"T10", u"个人信息泄露/安全保障义务", TheoryKind::Private);
    row(u"cross-border", u"T11", u"个人信息跨境提供", TheoryKind::Private);
    row(u"public-interest", u"T12", u"个人信息保护民事公益诉讼", TheoryKind::PublicInterest);
}

void TstTheories::theoriesPresent()
{
    QFETCH(QString, id);
    QFETCH(QString, code);
    QFETCH(QString, nameZh);
    QFETCH(int, kind);
    const Theory *t = m_catalogue.theory(id);
    QVERIFY(t);
    QCOMPARE(t->code, code);
    QCOMPARE(t->nameZh, nameZh);
    QVERIFY(!t->nameEn.isEmpty());
    QCOMPARE(static_cast<int>(t->kind), kind);
    QVERIFY(!t->articles.isEmpty());
    QVERIFY(!t->elements.isEmpty());
    for (const Element &e : t->elements) {
        QVERIFY2(e.id.startsWith(id + u'.'), qPrintable(e.id));
        QVERIFY(!e.textZh.isEmpty() && !e.textEn.isEmpty());
    }
    // The common core's own requests are the common claims appended to every private theory.
    if (t->kind == TheoryKind::CommonCore)
        QVERIFY(!m_catalogue.commonClaims().isEmpty());
    else
        QVERIFY(!t->claims.isEmpty());
    QCOMPARE(m_catalogue.theory(u"no-such-theory"), nullptr);
}

void TstTheories::burdens()
{
    for (const Theory &t : m_catalogue.theories()) {
        const auto has = [&](Burden b) {
            return std::any_of(t.elements.cbegin(), t.elements.cend(),
                [&](const Element &e) { return e.burden == b; });
        };
        QVERIFY2(has(Burden::Plaintiff), qPrintable(t.id));
        QVERIFY2(has(Burden::Defendant), qPrintable(t.id));
    }
    const auto burdenIs = [&](const char16_t *theory, const char16_t *element, Burden burden) {
        const Theory *t = m_catalogue.theory(QStringView(theory));
        const Element *e = t ? t->element(QStringView(element)) : nullptr;
        return e && e->burden == burden;
    };
    // Spot checks against the brief's P / D / P→D markers.
    QVERIFY(burdenIs(u"common-core", u"common-core.5", Burden::Shifting));
    QVERIFY(burdenIs(u"forced-collection", u"forced-collection.2", Burden::Plaintiff));
    QVERIFY(burdenIs(u"forced-collection", u"forced-collection.3", Burden::Defendant));
    QVERIFY(burdenIs(u"no-valid-consent", u"no-valid-consent.2", Burden::Shifting));
    QVERIFY(burdenIs(u"refusal-of-service", u"refusal-of-service.3", Burden::Defendant));
    QVERIFY(burdenIs(u"automated-decision", u"automated-decision.6", Burden::Defendant));
    QVERIFY(burdenIs(u"third-party-provision", u"third-party-provision.2", Burden::Shifting));
    QVERIFY(burdenIs(u"marketing-intrusion", u"marketing-intrusion.4", Burden::Plaintiff));
    QVERIFY(burdenIs(u"rights-request", u"rights-request.4", Burden::Defendant));
    QVERIFY(burdenIs(u"breach", u"breach.4", Burden::Shifting));
    QVERIFY(burdenIs(u"facial-recognition", u"facial-recognition.4", Burden::Defendant));
}

// PIPL 69(1): fault is presumed, so every private theory carries a no-fault element for the
// processor to prove.
void TstTheories::noFaultPresumption()
{
    const CitationParseResult pipl69 = parseCitation(u"PIPL 69(1)"_s, m_library);
    QVERIFY(pipl69.isValid());
    const Theory *core = m_catalogue.theory(u"common-core");
    QVERIFY(core);
    const Element *coreNoFault = core->element(u"common-core.8");
    QVERIFY(coreNoFault);
    QCOMPARE(coreNoFault->burden, Burden::Defendant);
    QVERIFY(citationsOf(coreNoFault->articles, m_library).contains(pipl69.citation));

    int privateTheories = 0;
    for (const Theory &t : m_catalogue.theories()) {
        // Privacy (CC 1165(1)) and contract (CC 577) carry no presumption of fault.
        if (t.kind != TheoryKind::Private
            || t.liability.articles != QStringList { u"PIPL 69(1)"_s })
            continue;
        ++privateTheories;
        const auto noFault = std::find_if(t.elements.cbegin(), t.elements.cend(),
            [](const Element &e) { return e.restates == u"common-core.8"; });
        QVERIFY2(noFault != t.elements.cend(), qPrintable(t.id));
        QCOMPARE(noFault->burden, Burden::Defendant);
        QVERIFY2(noFault->textEn.contains(u"no fault"_s, Qt::CaseInsensitive), qPrintable(t.id));
        QVERIFY2(noFault->textZh.contains(u"无过错"), qPrintable(t.id));
        QVERIFY2(
            citationsOf(noFault->articles, m_library).contains(pipl69.citation), qPrintable(t.id));
    }
    QCOMPARE(privateTheories, 11);
}

// Every theory names the rule that imposes liability and the duty breached; no definition (PIPL
// 4, 73; CC 1034(1)–(2)) and no provision on who processes (PIPL 21) is either.
void TstTheories::liabilityRestsOnRulesNotDefinitions()
{
    const QStringList definitions { u"PIPL 4"_s, u"PIPL 73"_s, u"CC 1034(1)"_s, u"CC 1034(2)"_s,
        u"PIPL 21"_s };
    const auto isDefinition = [&](const QString &reference) {
        return std::any_of(definitions.cbegin(), definitions.cend(),
            [&](const QString &d) { return reference == d || reference.startsWith(d + u'('); });
    };
    for (const Theory &t : m_catalogue.theories()) {
        if (t.kind == TheoryKind::CommonCore)
            continue;
        QVERIFY2(!t.headingZh.isEmpty() && !t.liability.articles.isEmpty(), qPrintable(t.id));
        QVERIFY2(t.headingZh.startsWith(u"被告"_s), qPrintable(t.id));
        QList<LawRule> rules { t.duty, t.liability };
        for (const Limb &l : t.limbs)
            rules << l.duty << l.liability;
        for (const LawRule &rule : std::as_const(rules))
            for (const QString &reference : rule.articles + rule.priorLaw)
                QVERIFY2(!isDefinition(reference), qPrintable(t.id + u": "_s + reference));
    }
    QCOMPARE(m_catalogue.theory(u"no-valid-consent")->liability.articles,
        QStringList { u"PIPL 69(1)"_s });
    // Before the PIPL: the Civil Code's fault rule, before the Civil Code the Tort Liability Law.
    QCOMPARE(m_catalogue.theory(u"no-valid-consent")->liability.priorLaw,
        (QStringList { u"CC 1165(1)"_s, u"TLL 6(1)"_s }));
}

void TstTheories::alternativesAndNewRoutes()
{
    const Theory *pipl24 = m_catalogue.theory(u"automated-decision");
    QVERIFY(pipl24->alternatives);
    QCOMPARE(pipl24->limbs.size(), 3);
    QCOMPARE(pipl24->limb(u"push")->duty.articles, QStringList { u"PIPL 24(2)"_s });
    QCOMPARE(pipl24->limb(u"price")->duty.articles, QStringList { u"PIPL 24(1)"_s });
    QCOMPARE(pipl24->limb(u"decision")->duty.articles, QStringList { u"PIPL 24(3)"_s });
    // The SMS claim's privacy limb is an addition, not an alternative.
    QVERIFY(!m_catalogue.theory(u"marketing-intrusion")->alternatives);
    QCOMPARE(m_catalogue.theory(u"marketing-intrusion")->limb(u"privacy")->right,
        std::optional(PleadedRight::Privacy));

    const Theory *privacy = m_catalogue.theory(u"privacy");
    QVERIFY(privacy);
    QCOMPARE(privacy->right, PleadedRight::Privacy);
    QVERIFY(privacy->articles.contains(u"CC 1034(3)"_s));
    QCOMPARE(privacy->liability.articles, QStringList { u"CC 1165(1)"_s });
    const Theory *contract = m_catalogue.theory(u"contract");
    QVERIFY(contract);
    QCOMPARE(contract->right, PleadedRight::Contract);
    QCOMPARE(contract->liability.articles, QStringList { u"CC 577"_s });
    QCOMPARE(contract->liability.priorLaw, QStringList { u"CL 107"_s });
    QVERIFY(contract->articles.contains(u"SPC Facial Recognition Provisions 12"_s));
    QVERIFY(m_catalogue.unbundledInstrument(u"CL 107"));
    QCOMPARE(m_catalogue.unbundledInstrument(u"CL 107")->ended, QDate(2020, 12, 31));
    QVERIFY2(m_catalogue.validate(m_library).isEmpty(),
        qPrintable(m_catalogue.validate(m_library).join(u'\n')));
}

void TstTheories::luoDefences_data()
{
    QTest::addColumn<QString>("theory");
    QTest::addColumn<QString>("defence");
    QTest::addColumn<QString>("defenceText");
    QTest::addColumn<QString>("answerText");
    QTest::addColumn<QString>("citation");
    QTest::newRow("tags not PI") << u"forced-collection"_s << u"forced-collection.d3"_s
                                 << u"画像标签"_s << u"结合"_s << u"CC 1034(2)"_s;
    QTest::newRow("tags not PI (T0)") << u"common-core"_s << u"common-core.d8"_s << u"画像标签"_s
                                      << u"手机号码结合"_s << u"PIPL 4(1)"_s;
    QTest::newRow("necessary") << u"forced-collection"_s << u"forced-collection.d1"_s << u"所必需"_s
                               << u"基本功能"_s << u"PIPL 24(2)"_s;
    QTest::newRow("necessary (T3)") << u"refusal-of-service"_s << u"refusal-of-service.d1"_s
                                    << u"所必需"_s << u"仅需手机号码"_s << u"PIPL 16"_s;
    QTest::newRow("voluntary") << u"forced-collection"_s << u"forced-collection.d2"_s
                               << u"自愿填写"_s << u"跳过或者拒绝"_s << u"PIPL 14(1)"_s;
    QTest::newRow("phone number") << u"marketing-intrusion"_s << u"marketing-intrusion.d1"_s
                                  << u"手机号码不属于个人信息"_s << u"电话号码"_s
                                  << u"CC 1034(2)"_s;
}

// The defences of the seed case 罗某 (C1) and the courts' answers.
void TstTheories::luoDefences()
{
    QFETCH(QString, theory);
    QFETCH(QString, defence);
    QFETCH(QString, defenceText);
    QFETCH(QString, answerText);
    QFETCH(QString, citation);
    const Theory *t = m_catalogue.theory(theory);
    QVERIFY(t);
    const Defence *d = findDefence(*t, defence);
    QVERIFY(d);
    QVERIFY(d->caseCodes.contains(u"C1"_s));
    QVERIFY2(d->defenceZh.contains(defenceText), qPrintable(d->defenceZh));
    QVERIFY2(d->answerZh.contains(answerText), qPrintable(d->answerZh));
    QVERIFY(!d->defenceEn.isEmpty() && !d->answerEn.isEmpty());
    const CitationParseResult cited = parseCitation(citation, m_library);
    QVERIFY(cited.isValid());
    QVERIFY(citationsOf(d->articles, m_library).contains(cited.citation));

    const CaseReference *c1 = m_catalogue.caseReference(u"C1");
    QVERIFY(c1);
    QVERIFY(c1->labelZh.startsWith(u"罗某"));
    QVERIFY(c1->unverified); // dockets from press reports
}

void TstTheories::evidenceCodes()
{
    const QList<EvidenceCode> &codes = m_catalogue.evidenceCodes();
    QCOMPARE(codes.size(), 11);
    for (int i = 0; i < codes.size(); ++i) {
        QCOMPARE(codes.at(i).code, u'E' + QString::number(i + 1));
        QVERIFY(!codes.at(i).textZh.isEmpty() && !codes.at(i).textEn.isEmpty());
    }
    QVERIFY(m_catalogue.evidenceCode(u"E10")->textEn.contains(u"produce logs"));
    QCOMPARE(m_catalogue.evidenceCode(u"E12"), nullptr);
    const Element *e = m_catalogue.theory(u"forced-collection")->element(u"forced-collection.1");
    QCOMPARE(e->evidenceCodes, (QStringList { u"E1"_s, u"E3"_s, u"E4"_s }));
    // The sender presumption of marketing-intrusion.2 comes from C8.
    const Element *sender =
        m_catalogue.theory(u"marketing-intrusion")->element(u"marketing-intrusion.2");
    QCOMPARE(sender->caseCodes, QStringList { u"C8"_s });
    QVERIFY(!sender->evidenceNoteZh.isEmpty() || !sender->evidenceCodes.isEmpty());
}

void TstTheories::claimsKeepBriefWording()
{
    const QList<ClaimTemplate> &common = m_catalogue.commonClaims();
    QCOMPARE(common.size(), 6);
    QCOMPARE(common.front().text, u"判令被告向原告书面赔礼道歉（致歉内容须经法院审核）"_s);
    QCOMPARE(common.back().text, u"判令本案诉讼费用由被告负担"_s);

    // Joined as in the brief, the stored requests give back its sentence.
    const auto joined = [&](const char16_t *id) -> QString { // not a dangling QStringBuilder
        QStringList texts;
        for (const ClaimTemplate &c : m_catalogue.theory(QStringView(id))->claims)
            texts << c.text;
        return texts.join(u'；') + u'。';
    };
    QCOMPARE(joined(u"forced-collection"),
        u"判令被告停止收集、使用原告的〔职业、学习阶段、学习目的等〕非必要个人信息；"
        u"判令被告删除已收集的上述个人信息（包括据此生成的用户画像标签）。"_s);
    QCOMPARE(joined(u"marketing-intrusion"),
        u"判令被告停止向原告手机号码（尾号XXXX）发送商业性短信、拨打营销电话；"
        u"判令被告赔偿原告短信退订费用人民币X元。"_s);
    QCOMPARE(m_catalogue.theory(u"public-interest")->claims.size(), 5);

    const ClaimTemplate &first = m_catalogue.theory(u"forced-collection")->claims.front();
    QCOMPARE(first.placeholders(), QStringList { u"〔职业、学习阶段、学习目的等〕"_s });
    const ClaimTemplate &refusal = m_catalogue.theory(u"refusal-of-service")->claims.front();
    QCOMPARE(refusal.placeholders(), (QStringList { u"〔…〕"_s, u"〔…〕"_s }));
}

// NB instruments are named, never cited as articles, and the data says they are unchecked.
void TstTheories::unbundledReferencesStayApart()
{
    const Theory *t1 = m_catalogue.theory(u"forced-collection");
    QVERIFY(t1->unbundledReferences.contains(u"NecPI"_s));
    QVERIFY(t1->element(u"forced-collection.3")->unverified);
    // The contract book, the network personal-rights provisions and the fee measures are bundled
    // now: cited and checked like any other article.
    QVERIFY(m_catalogue.theory(u"facial-recognition")->articles.contains(u"CC 497"_s));
    QVERIFY(m_catalogue.theory(u"sensitive-minors")->unbundledReferences.contains(u"MOPR 32"_s));
    for (const Theory &t : m_catalogue.theories()) {
        for (const QString &reference : t.unbundledReferences)
            QVERIFY2(!parseCitation(reference, m_library).isValid(), qPrintable(reference));
    }
    const auto &known = m_catalogue.unbundledInstruments();
    for (const char16_t *abbreviation : { u"AppM", u"NecPI", u"MOPR", u"CrimPI" }) {
        QVERIFY(std::any_of(known.cbegin(), known.cend(),
            [&](const UnbundledInstrument &u) { return u.abbreviation == abbreviation; }));
    }
}

void TstTheories::publicInterestProcedure()
{
    const Theory *t = m_catalogue.theory(u"public-interest");
    QVERIFY(t);
    QVERIFY(t->procedure.size() >= 8);
    const CitationParseResult cpli287 = parseCitation(u"CPL Interpretation 287"_s, m_library);
    QVERIFY(cpli287.isValid());
    const bool announced =
        std::any_of(t->procedure.cbegin(), t->procedure.cend(), [&](const Note &n) {
            return citationsOf(n.articles, m_library).contains(cpli287.citation);
        });
    QVERIFY(announced);
    const bool flagged = std::any_of(
        t->procedure.cbegin(), t->procedure.cend(), [](const Note &n) { return n.unverified; });
    QVERIFY(flagged);
    QVERIFY(m_catalogue.theory(u"forced-collection")->procedure.isEmpty());
}

void TstTheories::articleRanges_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QStringList>("expected"); // short-form citations
    QTest::newRow("single") << u"PIPL 16"_s << QStringList { u"PIPL 16"_s };
    QTest::newRow("items") << u"PIPL 13(1)(ii)–(iv)"_s
                           << QStringList { u"PIPL 13(1)(ii)"_s, u"PIPL 13(1)(iii)"_s,
                                  u"PIPL 13(1)(iv)"_s };
    QTest::newRow("paragraphs") << u"PIPL 14(1)–(2)"_s
                                << QStringList { u"PIPL 14(1)"_s, u"PIPL 14(2)"_s };
    QTest::newRow("articles") << u"PIPL 51–53"_s
                              << QStringList { u"PIPL 51"_s, u"PIPL 52"_s, u"PIPL 53"_s };
    QTest::newRow("items without paragraph")
        << u"CC 1036(i)–(iii)"_s
        << QStringList { u"Civil Code 1036(i)"_s, u"Civil Code 1036(ii)"_s,
               u"Civil Code 1036(iii)"_s };
    QTest::newRow("civil code") << u"CC 1037–1038"_s
                                << QStringList { u"Civil Code 1037"_s, u"Civil Code 1038"_s };
}

void TstTheories::articleRanges()
{
    QFETCH(QString, reference);
    QFETCH(QStringList, expected);
    const ArticleReference parsed = parseArticleReference(reference, m_library);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.errorString));
    QStringList got;
    for (const Citation &c : parsed.citations)
        got << formatCitation(c, m_library, CitationStyle::Short);
    QCOMPARE(got, expected);
}

void TstTheories::articleRangeErrors_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("message");
    QTest::newRow("descending") << u"PIPL 13(1)(iv)–(ii)"_s << u"does not run upwards"_s;
    QTest::newRow("end missing") << u"PIPL 70–75"_s << u"no Article 75"_s;
    QTest::newRow("end item missing") << u"PIPL 13(1)(vi)–(ix)"_s << u"no item 9"_s;
    QTest::newRow("mixed levels") << u"PIPL 13–(2)"_s << u"as a range"_s;
    QTest::newRow("empty end") << u"PIPL 13–"_s << u"as a range"_s;
}

void TstTheories::articleRangeErrors()
{
    QFETCH(QString, reference);
    QFETCH(QString, message);
    const ArticleReference parsed = parseArticleReference(reference, m_library);
    QVERIFY(!parsed.isValid());
    QVERIFY(parsed.citations.isEmpty());
    QVERIFY2(parsed.errorString.contains(message), qPrintable(parsed.errorString));
}

// Exactly the four planted problems, one message each.
void TstTheories::validateCatchesBrokenCatalogue()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"theories.json"_s);
    const QString json = catalogueJson(uR"json({
        "id": "x", "kind": "private", "nameZh": "甲", "nameEn": "X",
        "heading": "被告侵害了原告的个人信息权益", "liability": {"articles": ["PIPL 69(1)"]},
        "articles": ["PIPL 13(1)(ii)"],
        "elements": [
            {"id": "x.1", "burden": "plaintiff", "zh": "甲", "en": "a", "articles": ["PIPL 75"]},
            {"id": "x.2", "burden": "defendant", "zh": "乙", "en": "b",
             "articles": ["PIPL 13(1)(ix)"]},
            {"id": "x.3", "burden": "shifting", "zh": "丙", "en": "c", "evidence": ["E42"]},
            {"id": "x.3", "burden": "plaintiff", "zh": "丁", "en": "d", "evidence": ["E1"]}
        ],
        "claims": ["判令被告停止处理原告的〔…〕个人信息"]
    })json"_s);
    QVERIFY(writeFile(path, json));
    TheoryCatalogue catalogue;
    QVERIFY2(catalogue.load(path), qPrintable(catalogue.errorString()));
    const QStringList problems = catalogue.validate(m_library);
    QVERIFY2(anyContains(problems, u"\u201cPIPL 75\u201d"_s), qPrintable(problems.join(u'\n')));
    QVERIFY(anyContains(problems, u"no Article 75"_s));
    QVERIFY(anyContains(problems, u"\u201cPIPL 13(1)(ix)\u201d"_s));
    QVERIFY(anyContains(problems, u"no item 9"_s));
    QVERIFY(anyContains(problems, u"evidence code \u201cE42\u201d"_s));
    QVERIFY(anyContains(problems, u"Duplicate id \u201cx.3\u201d"_s));
    QCOMPARE(problems.size(), 4);
}

void TstTheories::validateCatchesStructuralProblems()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"theories.json"_s);
    const QString json = catalogueJson(uR"json({
        "id": "x", "kind": "private", "nameZh": "甲", "nameEn": "X",
        "unbundledReferences": ["NecPI", "Zork 3"],
        "elements": [
            {"id": "y.1", "burden": "plaintiff", "zh": "甲", "en": "a", "limb": "nope"},
            {"id": "x.2", "burden": "defendant", "zh": "乙", "en": "", "restates": "x.1"},
            {"id": "x.3", "burden": "plaintiff", "zh": "丙", "en": "c", "articles": ["Foo 3"]}
        ],
        "defences": [
            {"id": "x.d1", "defenceZh": "抗辩", "defenceEn": "defence", "answerZh": "答复",
             "answerEn": "answer", "cases": ["C9"], "articles": ["PIPL 5–3"]}
        ],
        "claims": ["判令被告〔…"]
    }, {
        "id": "x", "kind": "public-interest", "nameZh": "乙", "nameEn": "Y"
    })json"_s);
    QVERIFY(writeFile(path, json));
    TheoryCatalogue catalogue;
    QVERIFY2(catalogue.load(path), qPrintable(catalogue.errorString()));
    const QStringList problems = catalogue.validate(m_library);
    const QString all = problems.join(u'\n');
    QVERIFY2(anyContains(problems, u"\u201cZork 3\u201d names no instrument"_s), qPrintable(all));
    QVERIFY(anyContains(problems, u"\u201cy.1\u201d does not start with its theory id"_s));
    QVERIFY(anyContains(problems, u"unknown limb \u201cnope\u201d"_s));
    QVERIFY(anyContains(problems, u"x.2: the Chinese or the English text is missing"_s));
    QVERIFY(anyContains(problems, u"restates \u201cx.1\u201d"_s));
    QVERIFY(anyContains(problems, u"Unknown statute \u201cFoo\u201d"_s));
    QVERIFY(anyContains(problems, u"unknown case reference \u201cC9\u201d"_s));
    QVERIFY(anyContains(problems, u"does not run upwards"_s));
    QVERIFY(anyContains(problems, u"unbalanced"_s));
    QVERIFY(anyContains(problems, u"Duplicate id \u201cx\u201d"_s));
    QVERIFY(anyContains(problems, u"Theory \u201cx\u201d has no elements"_s));
    QVERIFY(anyContains(problems, u"Theory \u201cx\u201d has no claims"_s));
    QVERIFY(anyContains(problems, u"Theory \u201cx\u201d has no heading or no liability rule"_s));
    QCOMPARE(problems.size(), 14);
}

void TstTheories::loadRejectsUnusableFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TheoryCatalogue catalogue;
    QVERIFY(!catalogue.load(dir.filePath(u"missing.json"_s)));
    QVERIFY(catalogue.errorString().contains(u"Cannot open"_s));

    const QString path = dir.filePath(u"theories.json"_s);
    QVERIFY(writeFile(path, u"{ not json"_s));
    QVERIFY(!catalogue.load(path));
    QVERIFY(catalogue.errorString().contains(u"not valid JSON"_s));

    const QString badBurden = catalogueJson(uR"json({"id": "x", "kind": "private",
        "elements": [{"id": "x.1", "burden": "court"}]})json"_s);
    QVERIFY(writeFile(path, badBurden));
    QVERIFY(!catalogue.load(path));
    QVERIFY(catalogue.errorString().contains(u"unknown burden \u201ccourt\u201d"_s));
    QVERIFY(!catalogue.isLoaded());

    QVERIFY(writeFile(path, catalogueJson(u"{\"id\": \"x\", \"kind\": \"tort\"}"_s)));
    QVERIFY(!catalogue.load(path));

    QVERIFY(writeFile(path, catalogueJson(QString())));
    QVERIFY(!catalogue.load(path));
    QVERIFY(catalogue.errorString().contains(u"no theories"_s));
}

// Conduct before 2021-11-01 (and before 2021-01-01) needs the law of its time: the elements the
// plaintiff pleads under the PIPL offer the Civil Code and the laws before it.
void TstTheories::earlierLawStandsBesideThePipl()
{
    const auto prior = [&](const char16_t *id) {
        for (const Theory &t : m_catalogue.theories())
            if (const Element *e = t.element(QString::fromUtf16(id)))
                return e->priorLaw;
        return QStringList();
    };
    QCOMPARE(prior(u"refusal-of-service.2"), (QStringList { u"CC 1035(1)"_s, u"CSL 41(2)"_s }));
    QVERIFY(prior(u"forced-collection.2").contains(u"Consumer Rights Law 29(1)"_s));
    QVERIFY(prior(u"third-party-provision.1").contains(u"CSL 42(1)"_s));
    QVERIFY(prior(u"third-party-provision.1").contains(u"CC 1038(1)"_s));
    QVERIFY(prior(u"rights-request.3").contains(u"CSL 43"_s));
    // The absence of fault under the Tort Liability Law before the Civil Code.
    QVERIFY(prior(u"common-core.8").contains(u"TLL 6(2)"_s));
    // Every earlier law is bundled text in force before the PIPL, or a named instrument whose
    // life is known.
    for (const Theory &t : m_catalogue.theories())
        for (const Element &e : t.elements)
            for (const QString &reference : e.priorLaw) {
                const ArticleReference parsed = parseArticleReference(reference, m_library);
                if (parsed.isValid()) {
                    const Instrument *in =
                        m_library.instrument(parsed.citations.first().instrumentId);
                    QVERIFY2(in->inForce < QDate(2021, 11, 1), qPrintable(e.id + u' ' + reference));
                    continue;
                }
                const UnbundledInstrument *in = m_catalogue.unbundledInstrument(reference);
                QVERIFY2(in && in->inForce.isValid() && !in->citationTitle.isEmpty(),
                    qPrintable(e.id + u' ' + reference));
            }
    const UnbundledInstrument *general = m_catalogue.unbundledInstrument(u"GPCL 111");
    QCOMPARE(general->citationTitle, u"中华人民共和国民法总则"_s);
    QCOMPARE(general->inForce, QDate(2017, 10, 1));
    QCOMPARE(general->ended, QDate(2020, 12, 31));
    // The instruments know their life; procedure is the court's at trial.
    QCOMPARE(m_library.instrument(u"pipl")->inForce, QDate(2021, 11, 1));
    QCOMPARE(m_library.instrument(u"network-data-regulations")->inForce, QDate(2025, 1, 1));
    QVERIFY(!m_library.instrument(u"pipl")->ended.isValid());
    QVERIFY(m_library.instrument(u"spc-cpl-interpretation")->governsProceedings);
    QVERIFY(m_library.instrument(u"spc-civil-evidence")->governsProceedings);
    QVERIFY(!m_library.instrument(u"spc-facial-recognition")->governsProceedings);
}

QTEST_GUILESS_MAIN(TstTheories)
#include "tst_theories.moc"
