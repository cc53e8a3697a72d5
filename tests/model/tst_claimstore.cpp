#include "cases/casestore.h"
#include "cases/eventstore.h"
#include "demo/demolibrary.h"
#include "evidence/evidencestore.h"
#include "law/claimstore.h"
#include "storage/auditlog.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

class TstClaimStore final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { pinClock(); }
    void init();
    void cleanup() { m_lib.reset(); }
    void aClaimCarriesItsTheorysElements();
    void citeAndStatusDriveTheGapReport();
    void refusesWhatDoesNotExist();
    void eventsCiteTheirEvidence();
    void lawIsCheckedAgainstTheDatesOfTheFacts();
    void continuingConductReachesLaterLaw();
    void earlierLawIsCitedByNameWhenNotBundled();
    void gapsCountOnlyTheChosenAlternative();
    void headingsAreSentencesTheLawyerEdits();
    void adverseInferenceStandsInForTheWithheldEvidence();

private:
    // The demo's chronology moved to 2019: the consent case the PIPL came too late for.
    qint64 conductIn2019();
    qint64 exhibit(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_files.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        f.close();
        return (*m_lib)->evidence().importFile(m_case, f.fileName(), {}).id;
    }

    std::unique_ptr<TempLibrary> m_lib;
    QTemporaryDir m_files;
    qint64 m_case = 0;
};

void TstClaimStore::gapsCountOnlyTheChosenAlternative()
{
    ClaimStore &claims = (*m_lib)->claims();
    const qint64 claim = claims.addClaim(m_case, u"automated-decision"_s).value();
    auto gapsOf = [&] {
        QStringList ids;
        for (const GapReport::Gap &g : claims.gaps(m_case).value().elementsWithoutEvidence)
            if (g.claimId == claim)
                ids << g.element.section(u'.', -1);
        return ids;
    };
    // None chosen: a clear message, and only what every alternative shares counts.
    GapReport report = claims.gaps(m_case).value();
    QCOMPARE(report.alternativesNotChosen.size(), 1);
    QCOMPARE(report.alternativesNotChosen.first().claimId, claim);
    QCOMPARE(report.alternativesNotChosen.first().limbs.size(), 3);
    QVERIFY(report.alternativesNotChosen.first().limbs.first().startsWith(u"push: "_s));
    QVERIFY(!report.isEmpty());
    QCOMPARE(gapsOf(), QStringList { u"10"_s });
    // Push without an opt-out: its three elements and the damage, not the price or decision ones.
    QVERIFY(claims.setAlternative(claim, u"push"_s).ok());
    QCOMPARE(gapsOf(), (QStringList { u"1"_s, u"2"_s, u"3"_s, u"10"_s }));
    QVERIFY(claims.gaps(m_case).value().alternativesNotChosen.isEmpty());
    const ClaimRecord c = claims.claim(claim).value();
    QCOMPARE(c.alternative, u"push"_s);
    QVERIFY(c.elements.at(3).offPath); // 4: price
    QVERIFY(!c.elements.at(0).offPath);
    QCOMPARE(
        claimHeading(c), theoryCatalogue().theory(u"automated-decision")->limb(u"push")->headingZh);
    QVERIFY(claims.setAlternative(claim, u"decision"_s).ok());
    QCOMPARE(gapsOf(), (QStringList { u"7"_s, u"8"_s, u"10"_s }));
    // Bad input changes nothing and names the choices.
    const auto bad = claims.setAlternative(claim, u"pricing"_s);
    QVERIFY(!bad.ok());
    QVERIFY2(
        bad.error().message.contains(u"push, price, decision"_s), qPrintable(bad.error().message));
    QCOMPARE(claims.claim(claim).value().alternative, u"decision"_s);
    QCOMPARE((*m_lib)->audit().list(m_case).value().last().action, u"claim.alternative"_s);
    const qint64 other = claims.addClaim(m_case, u"breach"_s).value();
    QVERIFY(!claims.setAlternative(other, u"push"_s).ok());
}

void TstClaimStore::headingsAreSentencesTheLawyerEdits()
{
    ClaimStore &claims = (*m_lib)->claims();
    const qint64 claim = claims.addClaim(m_case, u"no-valid-consent"_s).value();
    QCOMPARE(claimHeading(claims.claim(claim).value()),
        u"被告未经原告同意处理其个人信息，侵害了原告的个人信息权益"_s);
    const QString own = u"被告在原告注册前即收集其通讯录，侵害了原告的个人信息权益"_s;
    QVERIFY(claims.setHeading(claim, u"  "_s + own + u"\n"_s).ok());
    QCOMPARE(claims.claim(claim).value().heading, own);
    QCOMPARE(claimHeading(claims.claim(claim).value()), own);
    // Empty: refused, naming the claim; the heading stays.
    const auto empty = claims.setHeading(claim, u" \n "_s);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().kind, Error::Kind::Input);
    QVERIFY2(empty.error().message.contains(u"claim %1 (未告知/未取得有效同意)"_s.arg(claim)),
        qPrintable(empty.error().message));
    QCOMPARE(claims.claim(claim).value().heading, own);
    QVERIFY(claims.clearHeading(claim).ok());
    QVERIFY(claims.claim(claim).value().heading.isEmpty());
}

void TstClaimStore::adverseInferenceStandsInForTheWithheldEvidence()
{
    ClaimStore &claims = (*m_lib)->claims();
    const qint64 claim = claims.addClaim(m_case, u"breach"_s).value();
    auto isGap = [&](const QString &element) {
        const auto gaps = claims.gaps(m_case).value().elementsWithoutEvidence;
        return std::any_of(gaps.cbegin(), gaps.cend(),
            [&](const GapReport::Gap &g) { return g.element == element; });
    };
    QVERIFY(isGap(u"breach.2"_s));
    QVERIFY(claims.setAdverseInference(claim, u"2"_s, true).ok());
    QVERIFY(claims.claim(claim).value().elements.at(1).adverseInference);
    QVERIFY(!isGap(u"breach.2"_s));
    // The status and statement are kept apart from the flag, and the flag from them.
    QVERIFY(
        claims.setStatus(claim, u"2"_s, ElementStatus::Supported, u"泄露的数据仅被告持有"_s).ok());
    QVERIFY(claims.claim(claim).value().elements.at(1).adverseInference);
    // The defendant's own element cannot rest on its own refusal.
    const auto refused = claims.setAdverseInference(claim, u"3"_s, true);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(u"breach.3"_s));
    QVERIFY(claims.setAdverseInference(claim, u"2"_s, false).ok());
    QVERIFY(!claims.claim(claim).value().elements.at(1).adverseInference);
    QCOMPARE(claims.claim(claim).value().elements.at(1).note, u"泄露的数据仅被告持有"_s);
}

void TstClaimStore::init()
{
    m_lib = std::make_unique<TempLibrary>();
    m_case = addDemoCase(*m_lib->library).value();
}

void TstClaimStore::aClaimCarriesItsTheorysElements()
{
    ClaimStore &claims = (*m_lib)->claims();
    const auto id = claims.addClaim(m_case, u"refusal-of-service"_s);
    QVERIFY(id.ok());
    const ClaimRecord c = claims.claim(id.value()).value();
    const Theory *theory = theoryCatalogue().theory(u"refusal-of-service");
    QVERIFY(theory);
    QCOMPARE(c.elements.size(), theory->elements.size());
    QCOMPARE(c.elements.first().id, u"refusal-of-service.1"_s);
    for (const ClaimElement &e : c.elements)
        QCOMPARE(e.status, ElementStatus::Unproven);
    // The no-fault element carries PIPL 69's presumption: the defendant's burden.
    QVERIFY(std::any_of(c.elements.cbegin(), c.elements.cend(),
        [](const ClaimElement &e) { return e.burden == Burden::Defendant; }));
    QCOMPARE((*m_lib)->audit().list(m_case).value().last().action, u"claim.add"_s);
    const auto twice = claims.addClaim(m_case, u"refusal-of-service"_s);
    QVERIFY(!twice.ok());
    QVERIFY(twice.error().message.contains(u"already"_s));
}

void TstClaimStore::citeAndStatusDriveTheGapReport()
{
    ClaimStore &claims = (*m_lib)->claims();
    const qint64 claim = claims.addClaim(m_case, u"refusal-of-service"_s).value();
    const qint64 recording = exhibit(u"recording.mp4"_s, "first-login screen recording");
    const qint64 unused = exhibit(u"unused.png"_s, "nothing yet");
    GapReport before = claims.gaps(m_case).value();
    const QList<ClaimElement> elements = claims.claim(claim).value().elements;
    const auto plaintiffElements = std::count_if(elements.cbegin(), elements.cend(),
        [](const ClaimElement &e) { return e.burden != Burden::Defendant; });
    QCOMPARE(before.elementsWithoutEvidence.size(), plaintiffElements);
    QCOMPARE(before.evidenceProvingNothing.size(), 2);

    QVERIFY(claims.cite(claim, u"2"_s, recording, 3, u"the block screen"_s).ok());
    QVERIFY(claims.setStatus(claim, u"refusal-of-service.1"_s, ElementStatus::Proven).ok());
    const ClaimRecord c = claims.claim(claim).value();
    QCOMPARE(c.elements.at(1).citations.size(), 1);
    QCOMPARE(c.elements.at(1).citations.first().exhibit, u"证据1-1"_s);
    QCOMPARE(c.elements.at(1).citations.first().page, 3);
    QCOMPARE(c.elements.at(0).status, ElementStatus::Proven);

    const GapReport after = claims.gaps(m_case).value();
    QCOMPARE(after.elementsWithoutEvidence.size(), plaintiffElements - 2);
    QCOMPARE(after.evidenceProvingNothing.size(), 1);
    QCOMPARE(after.evidenceProvingNothing.first().first, unused);
}

void TstClaimStore::refusesWhatDoesNotExist()
{
    ClaimStore &claims = (*m_lib)->claims();
    QVERIFY(!claims.addClaim(m_case, u"punitive-damages"_s).ok());
    const qint64 claim = claims.addClaim(m_case, u"marketing-intrusion"_s).value();
    QVERIFY(!claims.setStatus(claim, u"99"_s, ElementStatus::Proven).ok());
    QVERIFY(!claims.cite(claim, u"1"_s, 424242).ok());
    CaseRecord other;
    other.title = u"另一案"_s;
    const qint64 otherCase = (*m_lib)->cases().createCase(other).value();
    QFile f(m_files.filePath(u"x.txt"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("other case's exhibit");
    f.close();
    const qint64 foreign = (*m_lib)->evidence().importFile(otherCase, f.fileName(), {}).id;
    const auto st = claims.cite(claim, u"1"_s, foreign);
    QVERIFY(!st.ok());
    QVERIFY(st.error().message.contains(u"not evidence of this case"_s));
}

void TstClaimStore::eventsCiteTheirEvidence()
{
    const qint64 sms = exhibit(u"sms.png"_s, "marketing SMS");
    EventRecord e;
    e.caseId = m_case;
    e.date = u"2021-01-15"_s;
    e.text = u"营销短信"_s;
    e.evidenceIds = { sms };
    const auto id = (*m_lib)->events().addEvent(e);
    QVERIFY(id.ok());
    bool found = false;
    for (const EventRecord &r : (*m_lib)->events().events(m_case).value())
        if (r.id == id.value()) {
            QCOMPARE(r.evidenceIds, QList<qint64> { sms });
            found = true;
        }
    QVERIFY(found);
    e.evidenceIds = { 987654 };
    const auto bad = (*m_lib)->events().addEvent(e);
    QVERIFY(!bad.ok());
    QCOMPARE((*m_lib)->events().events(m_case).value().size(), 5); // the refused event left nothing
}

qint64 TstClaimStore::conductIn2019()
{
    EventStore &events = (*m_lib)->events();
    for (const EventRecord &e : events.events(m_case).value())
        if (!events.trashEvent(e.id).ok())
            return 0;
    const qint64 page = exhibit(u"consent-page.png"_s, "page");
    EventRecord e;
    e.caseId = m_case;
    e.date = u"2019-03-01"_s;
    e.text = u"原告首次登录被告App，页面要求同意隐私政策方可使用，未提供拒绝选项。"_s;
    e.evidenceIds = { page };
    if (!events.addEvent(e).ok())
        return 0;
    return page;
}

void TstClaimStore::lawIsCheckedAgainstTheDatesOfTheFacts()
{
    const qint64 page = conductIn2019();
    QVERIFY(page);
    ClaimStore &claims = (*m_lib)->claims();
    const qint64 forced = claims.addClaim(m_case, u"forced-collection"_s).value();
    QVERIFY(claims.cite(forced, u"2"_s, page).ok());
    const qint64 face = claims.addClaim(m_case, u"facial-recognition"_s).value();
    QVERIFY(claims.cite(face, u"2"_s, page).ok());

    const ClaimElement compelled = claims.claim(forced).value().elements.at(1);
    QCOMPARE(compelled.conduct.from, QDate(2019, 3, 1));
    QCOMPARE(compelled.conduct.to, QDate(2019, 3, 1));
    // The PIPL (2021-11-01) did not govern March 2019: both of its articles are flagged.
    QStringList flagged;
    for (const LawInTime &l : outOfForce(compelled.law)) {
        flagged << l.reference;
        QCOMPARE(l.inForce, QDate(2021, 11, 1));
        QCOMPARE(l.status, LawInTime::Status::NotYetInForce);
    }
    QCOMPARE(flagged, (QStringList { u"PIPL 14(1)"_s, u"PIPL 16"_s }));
    // The law of the time is offered instead: the Cybersecurity Law, the Consumer Rights Law,
    // the General Provisions of the Civil Law; not the Civil Code, in force from 2021.
    const QStringList instead = applicableCitations(compelled.law);
    QVERIFY(instead.contains(u"《中华人民共和国网络安全法》第四十一条第一款"_s));
    QVERIFY(instead.contains(u"《中华人民共和国网络安全法》第四十一条第二款"_s));
    QVERIFY(instead.contains(u"《中华人民共和国消费者权益保护法》第二十九条第一款"_s));
    QVERIFY(instead.contains(u"《中华人民共和国民法总则》第一百一十一条"_s));
    for (const QString &c : instead) {
        QVERIFY2(!c.contains(u"个人信息保护法"_s), qPrintable(c));
        QVERIFY2(!c.contains(u"民法典"_s), qPrintable(c));
    }
    QCOMPARE(outOfForceZh(outOfForce(compelled.law).first(), compelled.conduct),
        u"《中华人民共和国个人信息保护法》第十四条第一款自2021年11月1日起施行，晚于其所依事实"
        u"（2019年3月1日）"_s);

    // In the gap report: the consent element is pleaded under the earlier law; the facial-
    // recognition provisions (2021-08-01) have no earlier law, a gap that fails the check.
    const GapReport report = claims.gaps(m_case).value();
    const auto entry = [&](const QString &element) -> const GapReport::OutOfForce * {
        for (const auto &o : report.lawOutOfForce)
            if (o.element == element)
                return &o;
        return nullptr;
    };
    QVERIFY(entry(u"forced-collection.2"_s));
    QVERIFY(!entry(u"forced-collection.2"_s)->noLawInForce);
    QVERIFY(entry(u"forced-collection.2"_s)
                ->pleadedInstead.contains(u"《中华人民共和国网络安全法》第四十一条第一款"_s));
    QVERIFY(entry(u"facial-recognition.1"_s));
    QVERIFY(entry(u"facial-recognition.1"_s)->noLawInForce);
    QVERIFY(!report.isEmpty());
    // The defendant's elements (absence of fault) are not the plaintiff's to plead.
    QVERIFY(!entry(u"forced-collection.5"_s));
    // The suit filed in 2022 is on the chronology too; an element whose exhibit proves no fact
    // rests on the earliest facts, never on the filing (which would bring the PIPL in).
    EventRecord filed;
    filed.caseId = m_case;
    filed.date = u"2022-01-10"_s;
    filed.text = u"原告向人民法院提起诉讼。"_s;
    QVERIFY((*m_lib)->events().addEvent(filed).ok());
    const qint64 loose = exhibit(u"policy.png"_s, "policy");
    QVERIFY(claims.cite(forced, u"4"_s, loose).ok());
    const ClaimElement consent = claims.claim(forced).value().elements.at(3);
    QCOMPARE(consent.conduct.to, QDate(2019, 3, 1));
    QCOMPARE(outOfForce(consent.law).size(), 1);
    QCOMPARE(claims.claim(forced).value().elements.at(1).conduct.to, QDate(2019, 3, 1));
    // Procedure is the court's at trial: the 2022 CPL interpretation is never flagged.
    const QList<LawInTime> procedure =
        lawInTime(QStringList { u"SPC CPL Interpretation 91"_s }, compelled.conduct);
    QCOMPARE(procedure.first().status, LawInTime::Status::Applies);
}

void TstClaimStore::continuingConductReachesLaterLaw()
{
    const qint64 page = conductIn2019();
    QVERIFY(page);
    ClaimStore &claims = (*m_lib)->claims();
    const qint64 forced = claims.addClaim(m_case, u"forced-collection"_s).value();
    QVERIFY(claims.cite(forced, u"2"_s, page).ok());
    // The lawyer: the data were still held and used in 2022.
    QVERIFY(claims.setContinuingUntil(forced, QDate(2022, 3, 1)).ok());
    const ClaimRecord marked = claims.claim(forced).value();
    QCOMPARE(marked.continuingUntil, QDate(2022, 3, 1));
    const ClaimElement compelled = marked.elements.at(1);
    QVERIFY(compelled.conduct.continuing());
    QCOMPARE(compelled.conduct.to, QDate(2022, 3, 1));
    QVERIFY(outOfForce(compelled.law).isEmpty());
    QVERIFY(
        applicableCitations(compelled.law).contains(u"《中华人民共和国个人信息保护法》第十六条"_s));
    for (const auto &o : claims.gaps(m_case).value().lawOutOfForce)
        QVERIFY(o.element != u"forced-collection.2"_s);
    // Continuing ends no claim's elements: they are read as before, and the mark is undone.
    QCOMPARE(
        marked.elements.size(), theoryCatalogue().theory(u"forced-collection")->elements.size());
    QVERIFY(claims.setContinuingUntil(forced, {}).ok());
    QVERIFY(!claims.claim(forced).value().continuingUntil.isValid());
    QCOMPARE(outOfForce(claims.claim(forced).value().elements.at(1).law).size(), 2);
}

void TstClaimStore::earlierLawIsCitedByNameWhenNotBundled()
{
    const UnbundledInstrument *tort = theoryCatalogue().unbundledInstrument(u"TLL 6(2)");
    QVERIFY(tort);
    QCOMPARE(tort->inForce, QDate(2010, 7, 1));
    QCOMPARE(tort->ended, QDate(2020, 12, 31));
    QCOMPARE(
        unbundledCitation(u"TLL 6(2)"_s, *tort), u"《中华人民共和国侵权责任法》第六条第二款"_s);
    const UnbundledInstrument *decision = theoryCatalogue().unbundledInstrument(u"NPCSC-2012 7");
    QVERIFY(decision);
    QCOMPARE(unbundledCitation(u"NPCSC-2012 7"_s, *decision),
        u"《全国人民代表大会常务委员会关于加强网络信息保护的决定》第七条"_s);
    // The Tort Liability Law governs 2019 and not 2022; marked as not bundled either way.
    ConductPeriod in2019 { QDate(2019, 1, 1), QDate(2019, 1, 1), QDate(2019, 1, 1), {} };
    ConductPeriod in2022 { QDate(2022, 1, 1), QDate(2022, 1, 1), QDate(2022, 1, 1), {} };
    const Element *noFault =
        theoryCatalogue().theory(u"forced-collection")->element(u"forced-collection.5");
    QVERIFY(noFault->priorLaw.contains(u"TLL 6(2)"_s));
    for (const LawInTime &l : lawInTime(*noFault, in2019))
        if (l.reference == u"TLL 6(2)"_s) {
            QVERIFY(!l.bundled);
            QCOMPARE(l.status, LawInTime::Status::Applies);
        }
    for (const LawInTime &l : lawInTime(*noFault, in2022))
        if (l.reference == u"TLL 6(2)"_s)
            QCOMPARE(l.status, LawInTime::Status::NoLongerInForce);
}

QTEST_GUILESS_MAIN(TstClaimStore)
#include "tst_claimstore.moc"
